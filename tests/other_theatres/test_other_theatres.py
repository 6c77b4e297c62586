"""The extractor on reporting from other theatres than the seeds', written for these tests.

Each YAML file here holds sentences and short reports in the manner of UN panel reports and
wire stories, with the legs a careful reader draws from them (none, for visits and talks).
The aggregate bar is the one the extractor is held to on real reporting it has never seen.
Each file's own bar is where it honestly stands.

How each batch was written, scored untuned and then used or held out, and what the estimate on
unseen reporting is, is recorded in docs/evaluation.md. Bars sit just below where each file
stands, so they keep it from getting worse.
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
    assert total.f1 >= 0.83, total.summary()  # never below the 0.80 the project is held to
    assert total.mode_accuracy >= 0.9, total.summary()
    assert total.status_right >= 0.81 * total.matched, total.summary()  # status is the weakest detail
    assert total.detail_agreement >= 0.78, total.summary()


# Files held to a bar of their own; the rest to DEFAULT_BAR.
BARS = {"hundredtenth_batch": 0.94, "hundredninth_batch": 0.73, "hundredeighth_batch": 0.9, "hundredseventh_batch": 0.94,
        "hundredsixth_batch": 0.76, "hundredfifth_batch": 0.95, "hundredfourth_batch": 0.83, "hundredthird_batch": 0.97,
        "hundredsecond_batch": 0.75, "hundredfirst_batch": 0.94,
        "hundredth_batch": 0.7, "ninetyninth_batch": 0.74, "ninetyeighth_batch": 0.76, "ninetyseventh_batch": 0.82,
        "ninetysixth_batch": 0.83, "ninetyfifth_batch": 0.9, "ninetyfourth_batch": 0.86, "ninetythird_batch": 0.83,
        "ninetysecond_batch": 0.73, "ninetyfirst_batch": 0.9,
        "ninetieth_batch": 0.72, "eightyninth_batch": 0.72, "eightyeighth_batch": 0.72, "eightyseventh_batch": 0.75,
        "eightysixth_batch": 0.85, "eightyfifth_batch": 0.84, "eightyfourth_batch": 0.63, "eightythird_batch": 0.75, "eightysecond_batch": 0.85, "eightyfirst_batch": 0.7,
        "eightieth_batch": 0.8, "seventyninth_batch": 0.9,
        "seventyeighth_batch": 0.57, "seventyseventh_batch": 0.63, "seventysixth_batch": 0.82, "seventyfifth_batch": 0.75,
        "seventyfourth_batch": 0.72, "seventythird_batch": 0.56,
        "seventysecond_batch": 0.68, "seventyfirst_batch": 0.75, "seventieth_batch": 0.75, "sixtyninth_batch": 0.67,
        "sixtyeighth_batch": 0.75, "sixtyseventh_batch": 0.85,
        "sixtysixth_batch": 0.73, "sixtyfifth_batch": 0.8, "sixtyfourth_batch": 0.8, "sixtythird_batch": 0.75,
        "sixtysecond_batch": 0.76, "sixtyfirst_batch": 0.75, "sixtieth_batch": 0.75, "fiftyninth_batch": 0.8, "fiftyeighth_batch": 0.68, "fiftyseventh_batch": 0.85,
        "fiftysixth_batch": 0.7, "fiftyfifth_batch": 0.78, "fiftyfourth_batch": 0.78, "fiftythird_batch": 0.8, "fiftysecond_batch": 0.8, "fiftyfirst_batch": 0.7,
        "fiftieth_batch": 0.85, "fortyninth_batch": 0.75, "fortyeighth_batch": 0.8, "fortyseventh_batch": 0.67, "fortysixth_batch": 0.65, "fortyfifth_batch": 0.55,
        "fortyfourth_batch": 0.8, "fortythird_batch": 0.72, "fortysecond_batch": 0.7, "fortyfirst_batch": 0.72, "fortieth_batch": 0.7, "thirtyninth_batch": 0.82,
        "thirtyeighth_batch": 0.72, "thirtyseventh_batch": 0.83, "thirtysixth_batch": 0.85, "thirtyfifth_batch": 0.45, "thirtyfourth_batch": 0.78,
        "thirtythird_batch": 0.85, "thirtysecond_batch": 0.83, "thirtyfirst_batch": 0.85, "thirtieth_batch": 0.9, "twentyninth_batch": 0.62, "twentyseventh_batch": 0.85, "twentysixth_batch": 0.68, "twentyfifth_batch": 0.72,
        "twentyfourth_batch": 0.85, "twentythird_batch": 0.75, "twentysecond_batch": 0.75, "twentyfirst_batch": 0.55,
        "twentieth_batch": 0.78, "nineteenth_batch": 0.7, "eighteenth_batch": 0.85, "seventeenth_batch": 0.85,
        "sixteenth_batch": 0.68, "fifteenth_batch": 0.8, "fourteenth_batch": 0.85, "thirteenth_batch": 0.82,
        "twelfth_batch": 0.85, "eleventh_batch": 0.8, "tenth_batch": 0.8, "ninth_batch": 0.9, "eighth_batch": 0.65,
        "seventh_batch": 0.9, "sixth_batch": 0.75, "fifth_batch": 0.9, "fourth_batch": 0.75, "third_batch": 0.9}
DEFAULT_BAR = 0.9


@pytest.mark.parametrize("theatre", [path.stem for path in THEATRES])
def test_each_theatre_on_its_own(scores: dict[str, Score], theatre: str):
    assert scores[theatre].f1 >= BARS.get(theatre, DEFAULT_BAR), scores[theatre].summary()


def test_the_score_matches_a_finer_leg_to_its_own_annotation(reader: Reader, tmp_path: Path):
    """A leg to Nakhchivan also fits "to Azerbaijan"; it must not take that annotation's place."""
    case = {"id": "finer", "published": "2024-01-10",
            "text": "In 2021 Ankara sent military advisers to Nakhchivan. Turkey delivered Bayraktar TB2 drones "
                    "to Azerbaijan in 2020.",
            "legs": [{"origin": "TR", "destination": "AZ", "mode": "unknown"},
                     {"origin": "TR", "destination": {"name": "Nakhchivan", "lat": 39.21, "lon": 45.41},
                      "mode": "unknown"}]}
    found = read_cases(reader, [case], tmp_path)
    result = score(reader.gazetteer, {"finer": case["legs"]}, found)
    assert (result.found, result.matched) == (2, 2), result.summary()
