"""End-to-end geoparsing benchmark: the places stage on public, gold-annotated news corpora.

For each corpus (`*.jsonl` in the corpus folder, one document a line with gold toponyms)
it splits every line of each text into sentences (the corpora are plain prose, with no
page furniture to leave out), runs the recogniser, and prints:

- acc@161: gold toponyms that a predicted mention overlaps and puts within 161 km of the
  gold point, over all gold toponyms (missed ones count as wrong);
- recall: gold toponyms that some predicted mention overlaps;
- precision: predicted mentions that overlap some gold toponym (the corpora leave some
  real places unannotated, so this is a lower bound);
- docs/s: documents per second for the places stage alone, on one core, with reading
  the files and loading the gazetteer excluded.

Adjective mentions ("Turkish" for Turkey) are predictions like any other, in every corpus:
LGL and TR-News annotate such demonyms, GeoWebNews does not, so they lower its precision.
"""

from __future__ import annotations

import argparse
import json
import math
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from routes import documents, gazetteer
from routes.model import Document, Mention
from routes.toponyms import Recogniser

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPORA = ROOT.parent / "shared" / "benchmarks" / "geoparse"
DEFAULT_GAZETTEER = ROOT / "gazetteer"
ACCURATE_KM = 161


@dataclass(frozen=True, slots=True)
class Gold:
    start: int
    end: int
    name: str
    lat: float
    lon: float


@dataclass
class Score:
    corpus: str
    documents: int = 0
    gold: int = 0
    found: int = 0
    accurate: int = 0
    predicted: int = 0
    matched: int = 0
    seconds: float = 0.0

    def row(self) -> str:
        def ratio(a: int, b: int) -> str:
            return f"{a / b:.3f}" if b else "-"
        speed = f"{self.documents / self.seconds:.0f}" if self.seconds else "-"
        return (f"{self.corpus:<12} {self.documents:>5} {self.gold:>6} {ratio(self.accurate, self.gold):>8} "
                f"{ratio(self.found, self.gold):>7} {ratio(self.matched, self.predicted):>9} {speed:>7}")


HEADER = f"{'corpus':<12} {'docs':>5} {'gold':>6} {'acc@161':>8} {'recall':>7} {'precision':>9} {'docs/s':>7}"


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance on a sphere of the Earth's mean radius."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742 * math.asin(min(1.0, math.sqrt(h)))


def read_corpus(path: Path) -> tuple[list[Document], dict[str, list[Gold]]]:
    """The documents of a corpus file and their gold toponyms.

    The corpora hold plain prose without page furniture, so every line is split into
    sentences as it is; the place stage sees exactly the text the offsets refer to.
    """
    docs, gold = [], {}
    for line in path.read_text(encoding="utf-8").split("\n"):
        if not line.strip():
            continue
        record = json.loads(line)
        text = documents.normalise(record["text"])
        sentences = [s for start, end in _lines(text) for s in documents.split_sentences(text, start, end)]
        doc_id = f"{path.stem}:{record['id']}"
        docs.append(Document(id=doc_id, path=str(path), title=record.get("title") or "", outlet=None,
                             url=record.get("url"), published=None, text=text, sha256="",
                             sentences=tuple(sentences)))
        gold[doc_id] = [Gold(t["start"], t["end"], t["name"], float(t["lat"]), float(t["lon"]))
                        for t in record["toponyms"]]
    return docs, gold


def _lines(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for end in [i for i, ch in enumerate(text) if ch == "\n"] + [len(text)]:
        spans.append((start, end))
        start = end + 1
    return spans


def score(corpus: str, docs: list[Document], predictions: dict[str, list[Mention]],
          gold: dict[str, list[Gold]]) -> Score:
    result = Score(corpus, documents=len(docs))
    for document in docs:
        truth, mentions = gold.get(document.id, []), predictions[document.id]
        result.gold += len(truth)
        result.predicted += len(mentions)
        result.matched += sum(1 for m in mentions if any(_overlap(m, g) for g in truth))
        for g in truth:
            hits = [m for m in mentions if _overlap(m, g)]
            result.found += bool(hits)
            result.accurate += any(km(m.place.lat, m.place.lon, g.lat, g.lon) <= ACCURATE_KM for m in hits)
    return result


def _overlap(mention: Mention, gold: Gold) -> bool:
    return mention.start < gold.end and gold.start < mention.end


def run(path: Path, recogniser: Recogniser, repeat: int = 1) -> tuple[Score, list[Document], dict[str, list[Mention]],
                                                            dict[str, list[Gold]]]:
    """Score one corpus file; the places stage is timed `repeat` times and the best time kept."""
    docs, gold = read_corpus(path)
    best = math.inf
    predictions: dict[str, list[Mention]] = {}
    for _ in range(repeat):
        began = time.process_time()
        predictions = {d.id: recogniser.mentions(d) for d in docs}
        best = min(best, time.process_time() - began)
    result = score(path.stem, docs, predictions, gold)
    result.seconds = best
    return result, docs, predictions, gold


def main(argv: Sequence[str] | None = None) -> int:
    options = argparse.ArgumentParser(prog="python -m bench geoparse", description=__doc__.splitlines()[0])
    options.add_argument("corpora", nargs="*", metavar="NAME",
                         help="corpus names to run (file stems, e.g. geowebnews lgl); default: every .jsonl")
    options.add_argument("--corpus-dir", type=Path, default=DEFAULT_CORPORA,
                         help="folder of benchmark .jsonl files (default: ../shared/benchmarks/geoparse)")
    options.add_argument("--gazetteer", type=Path, default=DEFAULT_GAZETTEER, help="curated gazetteer folder")
    options.add_argument("--repeat", type=int, default=3, help="time the places stage this many times (best kept)")
    options.add_argument("--errors", type=Path, help="write each miss and wrong resolution to this JSONL file")
    args = options.parse_args(argv)
    paths = sorted(args.corpus_dir.glob("*.jsonl"))
    if args.corpora:
        paths = [p for p in paths if p.stem in args.corpora]
    if not paths:
        options.error(f"no corpus files in {args.corpus_dir}")
    recogniser = Recogniser(gazetteer.load(args.gazetteer))
    print(HEADER)
    errors = []
    for path in paths:
        result, docs, predictions, gold = run(path, recogniser, args.repeat)
        print(result.row(), flush=True)
        if args.errors:
            errors += _errors(docs, predictions, gold)
    if args.errors:
        args.errors.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in errors), encoding="utf-8")
    return 0


def _errors(docs: list[Document], predictions: dict[str, list[Mention]],
            gold: dict[str, list[Gold]]) -> list[dict[str, object]]:
    """Misses, wrong places and unmatched predictions, for reading while developing."""
    out: list[dict[str, object]] = []
    for document in docs:
        truth, mentions = gold.get(document.id, []), predictions[document.id]
        for g in truth:
            hits = [m for m in mentions if _overlap(m, g)]
            context = document.text[max(0, g.start - 60):g.end + 60].replace("\n", " ")
            if not hits:
                out.append({"doc": document.id, "error": "missed", "name": g.name, "context": context})
            elif all(km(m.place.lat, m.place.lon, g.lat, g.lon) > ACCURATE_KM for m in hits):
                m = hits[0]
                out.append({"doc": document.id, "error": "wrong", "name": g.name, "gold": [g.lat, g.lon],
                            "chose": f"{m.place.id} {m.place.name} ({m.place.country})", "reason": m.reason,
                            "km": round(km(m.place.lat, m.place.lon, g.lat, g.lon)), "context": context})
        for m in mentions:
            if not any(_overlap(m, g) for g in truth):
                context = document.text[max(0, m.start - 60):m.end + 60].replace("\n", " ")
                out.append({"doc": document.id, "error": "extra", "name": m.text,
                            "chose": f"{m.place.id} {m.place.name} ({m.place.country})", "context": context})
    return out


if __name__ == "__main__":
    raise SystemExit(main())
