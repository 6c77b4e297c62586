"""Run the stages in order: documents → places → legs → network → geometry → files."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from routes import documents, export, gazetteer, geometry, maps, network
from routes.errors import InputError, OutputError
from routes.gazetteer import Gazetteer
from routes.legs import LegExtractor
from routes.model import Document, Leg, Mention
from routes.toponyms import Recogniser

Progress = Callable[[int, int, str], None]


@dataclass
class Corpus:
    """What the stages read out of a set of files."""

    documents: list[Document] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    legs: list[Leg] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class BuildResult:
    corpus: Corpus
    legs: list[Leg]
    places: list[export.PlaceSummary]
    files: list[Path]


class Reader:
    """Documents to mentions and legs, with one gazetteer loaded once."""

    def __init__(self, gazetteer_dir: Path) -> None:
        self.gazetteer: Gazetteer = gazetteer.load(gazetteer_dir)
        self.recogniser = Recogniser(self.gazetteer)
        self.extractor = LegExtractor(self.gazetteer)

    def is_place(self, line: str) -> bool:
        return bool(self.gazetteer.lookup(line.strip()))

    def read(self, paths: list[Path], strict: bool = False, progress: Progress | None = None) -> Corpus:
        """Read every file; a bad one is a warning (an error when strict) and the rest go on."""
        corpus = Corpus()
        seen: dict[str, str] = {}
        for number, path in enumerate(paths, start=1):
            if progress:
                progress(number, len(paths), path.name)
            problems: list[InputError] | None = None if strict else []
            try:
                loaded = documents.load(path, self.is_place, problems)
            except InputError as error:
                if strict:
                    raise
                corpus.warnings.append(f"skipped {error}")
                continue
            corpus.warnings.extend(f"skipped {problem}" for problem in problems or ())
            for document in loaded:
                if document.id in seen:
                    problem = InputError(str(path), f"document id '{document.id}' already used by {seen[document.id]}")
                    if strict:
                        raise problem
                    corpus.warnings.append(f"skipped {problem}")
                    continue
                seen[document.id] = str(path)
                mentions = self.recogniser.mentions(document)
                corpus.documents.append(document)
                corpus.mentions.extend(mentions)
                corpus.legs.extend(self.extractor.legs(document, mentions))
        return corpus

    def movements(self, corpus: Corpus) -> list[Leg]:
        """The corpus's legs merged into movements, each dated as its story dates it."""
        documents = {document.id: document for document in corpus.documents}
        return [self.extractor.dated_by_scene(leg, documents) for leg in network.merge(corpus.legs)]


def build(seeds: Path, gazetteer_dir: Path, out: Path, strict: bool = False,
          progress: Progress | None = None, reader: Reader | None = None) -> BuildResult:
    """Read the documents in `seeds` and write every output into `out`, all or nothing.

    A failure to write is one OutputError naming the folder; the previous outputs stay.
    """
    reader = reader or Reader(gazetteer_dir)
    inside_out = out.resolve()
    paths = [p for p in documents.find_inputs(seeds) if inside_out not in p.resolve().parents]
    if not paths:
        raise InputError(str(seeds), f"no documents ({', '.join(documents.SUFFIXES)}) in this folder")
    corpus = reader.read(paths, strict=strict, progress=progress)
    if not corpus.documents:
        raise InputError(str(seeds), "no readable documents: " + "; ".join(corpus.warnings))
    legs = network.routes(reader.movements(corpus))
    paths_by_leg = {leg.id: geometry.path(leg, reader.gazetteer) for leg in legs}
    places = export.summarise_places(corpus.mentions, legs)
    mentioned: dict[str, set[str]] = {}
    for mention in corpus.mentions:
        mentioned.setdefault(mention.doc_id, set()).add(mention.place.id)
    try:
        with export.Output(out) as output:
            export.write_all(output, legs, paths_by_leg, places)
            maps.write_maps(output, corpus.documents, legs, paths_by_leg, places, mentioned)
            files = output.commit()
    except OutputError:
        raise
    except OSError as error:
        raise OutputError(str(out), f"cannot write outputs ({error.strerror or error})") from None
    return BuildResult(corpus, legs, places, files)
