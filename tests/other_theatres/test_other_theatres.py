"""The extractor on reporting from other theatres than the seeds', written for these tests.

Each YAML file here holds sentences and short reports in the manner of UN panel reports and
wire stories, with the legs a careful reader draws from them (none, for visits and talks).
The aggregate bar is the one the extractor is held to on real reporting it has never seen.
Each file's own bar is where it honestly stands.

The third to seventh batches are short reports written here; each was scored before the
rules were changed for it (F1 0.53, 0.53, 0.52, 0.78, 0.67) and then used to find general
causes. The eighth to thirty-second batches are long-form documents (300-700 words of wire copy,
panel reports, OSINT investigations, features and briefs, with background, quotes and one
document without a leg each), written and annotated by annotators who never saw the
extractor, and scored untuned: eighth 0.52, ninth 0.54, tenth 0.51, eleventh 0.46 (the
eleventh and tenth were held out while the rules changed for the eighth and ninth; the
tenth then moved to 0.57 and the eleventh to 0.50 before either was looked at). The twelfth,
written after all the changes and never looked at, scored 0.59 (mode 0.88): that is the
estimate for long real reporting at the time, below the 0.80 the project is held to; it is
now used. The thirteenth and fourteenth, written later by two more annotators, scored 0.49 and
0.67 untuned (0.58 together) after the first changes for the twelfth, and were then used. The
fifteenth and sixteenth were written at the same time, kept out of the project while the
rules changed for the twelfth to fourteenth, and scored untuned only afterwards: 0.56 and
0.48, 0.53 together (precision 0.67, recall 0.44, mode 0.89), the estimate then; most of what
was missed was multi-leg itineraries in OSINT write-ups. They were then used. The seventeenth to nineteenth were written next by three more
annotators (Yemen and Sudan; Ukraine, the Black Sea and the Caucasus; the Sahel and Libya) and
scored untuned before any change: 0.47, 0.53 and 0.52 (0.50 together). The seventeenth and
eighteenth were then used; the nineteenth was kept out while the rules changed and scored
untuned again afterwards: 0.54 (precision 0.46, recall 0.65, mode 0.92), and then used. The
twentieth (a mix of all five theatres) was written during that work and scored untuned once
every rule was in: 0.56 (precision 0.52, recall 0.60, mode 1.00); the code as it stood before
any of that work scores it 0.55. That is the current estimate for long real reporting, and it
shows that rules found on one batch carry over only a little to the next. The twenty-first to
twenty-third (Yemen, the Red Sea and the Horn of Africa; Ukraine, Russia and their suppliers;
Sudan, Chad, Libya and the Levant) were written by three more annotators and scored untuned with
the code before any change: 0.47, 0.58 and 0.65 (0.57 together: precision 0.60, recall 0.54).
The twentieth, twenty-first and twenty-second were then used; the twenty-third was kept out
until every rule was in and scored untuned once: 0.61 (precision 0.67, recall 0.56, mode
0.80), lower than before the work, which is the estimate now. Looking at it showed two rules
that had hurt it (a skipped frame dropping a denial of "any materiel", a hedge reaching a
flight from a sentence about a ship); with those fixed it stood at 0.65. The twenty-fourth to
twenty-sixth (the Caucasus and Central Asia; the Sahel and West Africa; the Horn of Africa, the
Gulf of Aden and the eastern Mediterranean) were written by three more annotators and scored
untuned with the code before any change: 0.72, 0.74 and 0.47. The twenty-fourth and
twenty-fifth were then used (0.84 and 0.77 after); the twenty-sixth was kept out until every
rule was in and then scored 0.47 (precision 0.64, recall 0.37), no better than before: the
estimate now, and the third time that rules found on some batches did not carry over to the
batch held out. The twenty-seventh to twenty-ninth (Libya, Syria and the eastern Mediterranean;
Sudan, Chad and the Red Sea; Ukraine, Russia and the Black Sea) were written by three more
annotators and scored untuned with the code before any change: 0.75, 0.60 and 0.57. The
twenty-sixth (now looked at), twenty-seventh and twenty-eighth were then used; the
twenty-ninth was kept out until every rule was in and then scored 0.57 again (precision 0.67,
recall 0.50, mode 0.90): the estimate now, and the fourth time that rules found on some
batches did not carry over to the batch held out. The thirtieth to thirty-second (the South
Caucasus and the Caspian; the Sahel and West Africa; Ethiopia, Eritrea and the Great Lakes)
were written by three more annotators and scored untuned with the code before any change: 0.47,
0.74 and 0.65. The thirtieth and thirty-first were then used (0.94 and 0.89 after); the
thirty-second was kept out until every rule was in and then scored 0.63 (precision 0.73,
recall 0.55, mode 0.91): the estimate now, and the fifth time that rules found on some
batches did not carry over to the batch held out. The thirty-third to thirty-fifth (Yemen, the
Red Sea and the Gulf of Aden; Sudan, Libya and Chad; Ukraine, the Black Sea and Russia's
suppliers), with short wire stories among the long documents, were written by three more
annotators and scored untuned with the code before any change: 0.56, 0.74 and 0.46. The
thirty-second (now looked at), thirty-third and thirty-fourth were then used, and new regional
gazetteer files written. The thirty-sixth and thirty-seventh (the 2020 Karabakh war; Libya
2019-2021, in the manner of the outlets that covered them) were written during that work and
scored, untuned, with the code as it then stood: 0.65 and 0.77 (the code before any of the work
scored them 0.67 and 0.77); they were then used too. The thirty-fifth was kept out until every
rule was in and then scored 0.46 (precision 0.45, recall 0.47, mode 0.78), as before the work;
looking at it then gave one rule (a refuelling stop told after the landing), which moved it
to 0.47. The estimate now lies between about 0.45 and 0.77 by theatre, and this is the sixth
time that rules found on some batches did not carry over to the batches held out. The
thirty-eighth to forty-second (Syria 2012-2019; the Horn of Africa; Western military aid to
Ukraine; the Sahel 2021-2024; the Great Lakes and Haiti) were written by five more annotators
and scored untuned with the code before any change: 0.67, 0.53, 0.53, 0.75 and 0.55. The
thirty-fifth (now looked at), thirty-eighth, thirty-ninth, fortieth and forty-second were then
used (0.59, 0.75, 0.79, 0.63 and 0.73 after, most of the gain on the last three from three new
regional gazetteer files); the forty-first was kept out until every rule was in and then scored
0.75 again (precision 0.75, recall 0.75, mode 0.93): the seventh time that rules found on some
batches did not carry over to the batch held out, and the estimate now lies between about 0.55
and 0.79 by theatre. These batches put the aggregate status bar at 0.83 (annotators split on
hedged legs and on denials of what the same document reports) and the detail bar at 0.78
(every detail they miss is a date: most often one the text gives in another sentence than the
leg's own, and twice a weekday resolved against the wrong anchor). From the thirtieth batch on, legs are matched to annotations by an optimal
assignment rather than a greedy pass (the earlier figures do not change by it), and the
aggregate status bar stood at 0.85, where the new batches put it. Two kinds of
re-annotation were made where an annotator's convention contradicted DESIGN.md: one flight
with a refuelling stop is one leg with a via, and (earlier batches) a denial of a movement
the same document reports is cited on that movement rather than a second leg.
Bars sit just below where each file stands, so they keep it from getting worse.
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
    assert total.f1 >= 0.82, total.summary()  # never below the 0.80 the project is held to
    assert total.mode_accuracy >= 0.9, total.summary()
    assert total.status_right >= 0.83 * total.matched, total.summary()
    assert total.detail_agreement >= 0.78, total.summary()


# Files held to a bar of their own; the rest to DEFAULT_BAR.
BARS = {"fortysecond_batch": 0.7, "fortyfirst_batch": 0.72, "fortieth_batch": 0.6, "thirtyninth_batch": 0.76,
        "thirtyeighth_batch": 0.72, "thirtyseventh_batch": 0.83, "thirtysixth_batch": 0.85, "thirtyfifth_batch": 0.45, "thirtyfourth_batch": 0.78,
        "thirtythird_batch": 0.85, "thirtysecond_batch": 0.83, "thirtyfirst_batch": 0.85, "thirtieth_batch": 0.9, "twentyninth_batch": 0.62, "twentyseventh_batch": 0.85, "twentysixth_batch": 0.68, "twentyfifth_batch": 0.72,
        "twentyfourth_batch": 0.85, "twentythird_batch": 0.75, "twentysecond_batch": 0.75, "twentyfirst_batch": 0.55,
        "twentieth_batch": 0.78, "nineteenth_batch": 0.65, "eighteenth_batch": 0.85, "seventeenth_batch": 0.85,
        "sixteenth_batch": 0.68, "fifteenth_batch": 0.8, "fourteenth_batch": 0.85, "thirteenth_batch": 0.72,
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
