"""The command line: build, places, legs, gazetteer check."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Sequence

from routes import __version__, export, gazetteer, geocoder
from routes.errors import RoutesError
from routes.model import Document
from routes.pipeline import Reader, build
from routes.toponyms import Recogniser

DEFAULT_SEEDS = Path("seeds")
DEFAULT_GAZETTEER = Path("gazetteer")
DEFAULT_OUT = Path("maps")


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="python -m routes", description=(
        "Turn reporting on arms shipments and military logistics into cited maps and GIS files. "
        "Works offline: nothing leaves the machine unless --online-geocoder is given."))
    top.add_argument("--version", action="version", version=f"routes {__version__}")
    commands = top.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = commands.add_parser("build", help="read every document in a folder and write maps and GIS files")
    run.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS, help="folder of documents (default: seeds/)")
    run.add_argument("--gazetteer", type=Path, default=DEFAULT_GAZETTEER,
                     help="curated gazetteer folder (default: gazetteer/)")
    run.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: maps/)")
    run.add_argument("--strict", action="store_true", help="stop at the first unreadable document")
    run.add_argument("--quiet", action="store_true", help="print no progress bar")
    _online_options(run)

    for name, what in (("places", "the place mentions found"), ("legs", "the legs found")):
        sub = commands.add_parser(name, help=f"print {what} in documents, one a line")
        sub.add_argument("files", nargs="+", type=Path, metavar="FILE")
        sub.add_argument("--json", action="store_true", help="one JSON object a line")
        sub.add_argument("--gazetteer", type=Path, default=DEFAULT_GAZETTEER,
                         help="curated gazetteer folder (default: gazetteer/)")
        if name == "places":
            _online_options(sub)

    gaz = commands.add_parser("gazetteer", help="work with the curated gazetteer")
    gaz_commands = gaz.add_subparsers(dest="gazetteer_command", required=True, metavar="ACTION")
    check = gaz_commands.add_parser("check", help="validate the curated gazetteer and list what is wrong where")
    check.add_argument("--gazetteer", type=Path, default=DEFAULT_GAZETTEER,
                       help="curated gazetteer folder (default: gazetteer/)")
    return top


def _online_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("--online-geocoder", metavar="SERVICE",
                         help="ask this geopy service (e.g. nominatim) about names no offline layer knows, and "
                              "write its answers to --proposals for review; sends those names to the service")
    command.add_argument("--user-agent", help="who is asking, as the online geocoder's service requires")
    command.add_argument("--proposals", type=Path, default=geocoder.DEFAULT_PROPOSALS,
                         help="where the online geocoder writes proposed gazetteer entries "
                              f"(default: {geocoder.DEFAULT_PROPOSALS})")


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        if args.command == "build":
            return _build(args)
        if args.command in ("places", "legs"):
            return _read(args)
        return _check(args)
    except RoutesError as error:
        print(f"routes: error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("routes: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into `head`: stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _progress_bar(number: int, total: int, name: str) -> None:
    width = 30
    done = int(width * number / total)
    sys.stderr.write(f"\r[{'#' * done}{'.' * (width - done)}] {number}/{total} {name[:40]:<40}")
    if number == total:
        sys.stderr.write("\n")
    sys.stderr.flush()


def _online(args: argparse.Namespace) -> geocoder.OnlineGeocoder | None:
    """The online geocoder, only when the user asked for one."""
    return geocoder.OnlineGeocoder(args.online_geocoder, args.user_agent) if args.online_geocoder else None


def _propose(args: argparse.Namespace, online: geocoder.OnlineGeocoder, documents: list[Document],
             recogniser: Recogniser) -> None:
    """Ask about the names no offline layer knows and write the answers for review."""
    names = [(name, d.id) for d in documents for name in recogniser.unknown_names(d)]
    count = online.propose(names, args.proposals)
    print(f"routes: {count} proposed place(s) for {len({n for n, _ in names})} unknown name(s) -> {args.proposals}",
          file=sys.stderr)


def _build(args: argparse.Namespace) -> int:
    progress = _progress_bar if sys.stderr.isatty() and not args.quiet else None
    online = _online(args)
    reader = Reader(args.gazetteer)
    result = build(args.seeds, args.gazetteer, args.out, strict=args.strict, progress=progress, reader=reader)
    if online is not None:
        _propose(args, online, result.corpus.documents, reader.recogniser)
    for warning in result.corpus.warnings:
        print(f"routes: warning: {warning}", file=sys.stderr)
    print(
        f"{len(result.corpus.documents)} documents, {len(result.places)} places, {len(result.legs)} legs "
        f"-> {len(result.files)} files in {args.out}/ (open {args.out / 'index.html'})"
    )
    return 0


def _read(args: argparse.Namespace) -> int:
    reader = Reader(args.gazetteer)
    for path in args.files:
        if not path.is_file():
            raise RoutesError(f"{path}: no such file")
    online = _online(args) if args.command == "places" else None
    corpus = reader.read(list(args.files), strict=True)
    if online is not None:
        _propose(args, online, corpus.documents, reader.recogniser)
    if args.command == "places":
        for m in corpus.mentions:
            row = {"doc_id": m.doc_id, "start": m.start, "end": m.end, "text": m.text, "place_id": m.place.id,
                   "name": m.place.name, "country": m.place.country, "lat": m.place.lat, "lon": m.place.lon,
                   "type": m.place.type, "kind": m.kind, "score": m.score, "reason": m.reason}
            print(json.dumps(row, ensure_ascii=False) if args.json else
                  f"{m.doc_id}\t{m.start}-{m.end}\t{m.text}\t{m.place.id}\t{m.place.name} ({m.place.country})\t{m.reason}")
        return 0
    from routes import geometry, network

    legs = network.routes(network.merge(corpus.legs))
    for leg in legs:
        props = export.leg_properties(leg, geometry.path(leg, reader.gazetteer))
        if args.json:
            print(json.dumps(props, ensure_ascii=False))
        else:
            print(f"{leg.id}\t{leg.origin.name} -> {leg.destination.name}\t{leg.mode}\t{leg.date or '-'}\t"
                  f"{leg.status}\t{', '.join(leg.cargo) or '-'}\t{leg.carrier or '-'}\t{leg.sources} source(s)")
    return 0


def _check(args: argparse.Namespace) -> int:
    problems = gazetteer.check(args.gazetteer)
    for problem in problems:
        print(f"{args.gazetteer}/{problem}")
    if problems:
        print(f"routes: {len(problems)} problem(s) in {args.gazetteer}/", file=sys.stderr)
        return 1
    print(f"{args.gazetteer}/: no problems")
    return 0
