"""The extractor on reporting from other theatres than the seeds', written for these tests.

Each YAML file here holds sentences and short reports in the manner of UN panel reports and
wire stories, with the legs a careful reader draws from them (none, for visits and talks).
The aggregate bar is the one the extractor is held to on real reporting it has never seen.
Each file's own bar is where it honestly stands. Batches the rules were later changed for sit
near 0.9 (the fourth scored F1 0.53 untuned, the fifth 0.52, and both were then used to find
general causes). The sixth batch, written after those changes and scored untuned (F1 0.78), is
an earlier estimate for unseen reporting. The seventh batch, written before any change made
for it and scored untuned (F1 0.67, mode 0.83 on matched legs), is the current estimate; the
changes made after it (general rules and lexicon words) raised it to 0.89 and the sixth to 0.84.
Untuned batches' bars sit just below their untuned scores: they keep them from getting worse
and are raised only with a new, untuned batch beside them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from other_theatres.scoring import Score, load_cases, read_cases, score
from routes.pipeline import Reader

HERE = Path(__file__).parent
THEATRES = sorted(HERE.glob("*.yaml"))


@pytest.fixture(scope="module")
def scores(reader: Reader, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Score]:
    out = {}
    for path in THEATRES:
        cases = load_cases(path)
        found = read_cases(reader, cases, tmp_path_factory.mktemp(path.stem))
        out[path.stem] = score(reader.gazetteer, {c["id"]: c["legs"] for c in cases}, found)
    return out


def test_every_theatre_has_cases_and_negatives():
    for path in THEATRES:
        cases = load_cases(path)
        assert len(cases) >= 6, path.name
        assert any(not case["legs"] for case in cases), f"{path.name} has no case without a leg"


def test_all_theatres_together_reach_the_bar(scores: dict[str, Score]):
    total = Score()
    for part in scores.values():
        for name in ("found", "expected", "matched", "mode_right", "status_right", "details_right", "details"):
            setattr(total, name, getattr(total, name) + getattr(part, name))
        total.misses += part.misses
    assert total.f1 >= 0.85, total.summary()  # never below the 0.80 the project is held to
    assert total.mode_accuracy >= 0.9, total.summary()
    assert total.status_right >= 0.9 * total.matched, total.summary()
    assert total.detail_agreement >= 0.8, total.summary()


# Files held to a bar of their own; the rest to DEFAULT_BAR.
BARS = {"seventh_batch": 0.65, "sixth_batch": 0.75, "fifth_batch": 0.85, "fourth_batch": 0.75, "third_batch": 0.85}
DEFAULT_BAR = 0.9


@pytest.mark.parametrize("theatre", [path.stem for path in THEATRES])
def test_each_theatre_on_its_own(scores: dict[str, Score], theatre: str):
    assert scores[theatre].f1 >= BARS.get(theatre, DEFAULT_BAR), scores[theatre].summary()
