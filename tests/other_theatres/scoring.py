"""Score extracted legs against annotated ones, the way the project is judged.

A leg found matches an expected one when both ends agree: within 100 km of the expected
place, or in the expected country where the annotation names only a country. Each
expected leg matches at most one leg found, by an optimal assignment that makes the most
matches and, among them, prefers the same mode, status and cargo.
Mode accuracy is over matched pairs; the other fields are reported as agreement so that
a regression in dates, carriers or cargo shows without failing the match itself. A date
agrees when it lies within the annotated one (a span of months inside the year annotated).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import yaml
from geopy.distance import geodesic
from scipy.optimize import linear_sum_assignment

from routes import dates
from routes.gazetteer import Gazetteer
from routes.model import Leg, Place
from routes.pipeline import Reader

MATCH_KM = 100


@dataclass
class Score:
    """Counts over a set of documents, and a line for each disagreement."""

    found: int = 0
    expected: int = 0
    matched: int = 0
    mode_right: int = 0
    status_right: int = 0
    details_right: int = 0
    details: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def mode_accuracy(self) -> float:
        return self.mode_right / self.matched if self.matched else 1.0

    @property
    def detail_agreement(self) -> float:
        return self.details_right / self.details if self.details else 1.0

    def summary(self) -> str:
        return (f"P={self.precision:.2f} R={self.recall:.2f} F1={self.f1:.2f} mode={self.mode_accuracy:.2f} "
                f"status={self.status_right}/{self.matched} details={self.detail_agreement:.2f} "
                f"({self.matched} matched, {self.found} found, {self.expected} expected)\n" + "\n".join(self.misses))


def load_cases(path: Path) -> list[dict[str, Any]]:
    """Annotated cases: `id`, `text` or `file`, optional `published`, and the `legs` expected."""
    return yaml.safe_load(path.read_text(encoding="utf-8")) or []


def read_cases(reader: Reader, cases: list[dict[str, Any]], folder: Path) -> dict[str, list[Leg]]:
    """Each case as a document of its own, through the same reader a build uses; legs merged."""
    found: dict[str, list[Leg]] = {}
    for case in cases:
        path = folder / f"{case['id']}.jsonl"
        row = {"id": case["id"], "title": case.get("title", case["id"]), "text": case["text"],
               "published": str(case["published"]) if case.get("published") else None}
        path.write_text(json.dumps(row) + "\n", encoding="utf-8")
        corpus = reader.read([path], strict=True)
        found[case["id"]] = reader.movements(corpus)
    return found


def score(gazetteer: Gazetteer, expected: dict[str, list[dict[str, Any]]], found: dict[str, list[Leg]]) -> Score:
    """Match found legs to expected ones document by document and count."""
    total = Score()
    for doc_id, wanted in expected.items():
        legs = found.get(doc_id, [])
        total.found += len(legs)
        total.expected += len(wanted)
        used_legs: set[str] = set()
        used_wanted: set[int] = set()
        for leg, k in _assign(gazetteer, legs, wanted):
            used_legs.add(leg.id)
            used_wanted.add(k)
            total.matched += 1
            _compare(total, doc_id, leg, wanted[k])
        for leg in legs:
            if leg.id not in used_legs:
                total.misses.append(f"{doc_id}: unexpected {_describe(leg)}")
        for k, want in enumerate(wanted):
            if k not in used_wanted:
                total.misses.append(f"{doc_id}: missing {_name(want['origin'])} -> {_name(want['destination'])} ({want['mode']})")
    return total


def _assign(gazetteer: Gazetteer, legs: list[Leg], wanted: list[dict[str, Any]]) -> list[tuple[Leg, int]]:
    """As many (leg, expected index) pairs with matching ends as can be made, each side used
    once; among those, the ones whose mode, status and cargo agree most. An optimal assignment,
    so that a leg to Nakhchivan that also fits "to Azerbaijan" does not take the place of the
    leg to Azerbaijan."""
    if not legs or not wanted:
        return []
    unmatched = 1000.0
    cost = np.full((len(legs), len(wanted)), unmatched)
    for i, leg in enumerate(legs):
        for k, want in enumerate(wanted):
            if _ends_match(gazetteer, leg, want):
                cost[i, k] = ((leg.mode != want["mode"]) + (leg.status != want.get("status", "reported"))
                              - 0.1 * len(set(leg.cargo) & set(want.get("cargo", ()))))
    rows, cols = linear_sum_assignment(cost)
    return [(legs[i], int(k)) for i, k in zip(rows, cols) if cost[i, k] < unmatched]


def _compare(total: Score, doc_id: str, leg: Leg, want: dict[str, Any]) -> None:
    if leg.mode == want["mode"]:
        total.mode_right += 1
    else:
        total.misses.append(f"{doc_id}: mode {leg.mode}, expected {want['mode']}: {_describe(leg)}")
    if leg.status == want.get("status", "reported"):
        total.status_right += 1
    else:
        total.misses.append(f"{doc_id}: status {leg.status}, expected {want.get('status', 'reported')}")
    checks = []
    if "date" in want:
        wanted_date = str(want["date"])
        # a narrower date inside the annotated period ("2023-06/2023-11" for "2023") agrees with it
        checks.append(("date", wanted_date, wanted_date if _within_period(leg.date, wanted_date) else leg.date or ""))
    if "carrier" in want:
        checks.append(("carrier", want["carrier"], want["carrier"] if want["carrier"] in (leg.carrier or "") else leg.carrier))
    for name in ("cargo", "actors"):
        if name in want:
            have = set(getattr(leg, name))
            checks.append((name, sorted(want[name]), sorted(set(want[name]) & have)))
    for name, wanted_value, value in checks:
        total.details += 1
        if wanted_value == value:
            total.details_right += 1
        else:
            total.misses.append(f"{doc_id}: {name} {value!r}, expected {wanted_value!r}")


def _ends_match(gazetteer: Gazetteer, leg: Leg, want: dict[str, Any]) -> bool:
    return _near(gazetteer, leg.origin, want["origin"]) and _near(gazetteer, leg.destination, want["destination"])


def _near(gazetteer: Gazetteer, place: Place, expected: str | dict[str, Any]) -> bool:
    """Within MATCH_KM of the expected place, or in the expected country (an ISO code).

    The expected place is a gazetteer id, or `{name, lat, lon}` so that an annotator can
    name a place without knowing whether the gazetteer holds it.
    """
    if isinstance(expected, dict):
        return geodesic((place.lat, place.lon), (expected["lat"], expected["lon"])).km <= MATCH_KM
    if len(expected) == 2 and expected.isupper():
        return place.country == expected
    target = gazetteer.get(expected)
    if target is None:
        raise KeyError(f"expected place {expected!r} is not in the gazetteer")
    return geodesic((place.lat, place.lon), (target.lat, target.lon)).km <= MATCH_KM


def _describe(leg: Leg) -> str:
    return f"{leg.origin.id} -> {leg.destination.id} ({leg.mode}, {leg.status}) {', '.join(leg.cargo)}"


def _name(expected: str | dict[str, Any]) -> str:
    return expected["name"] if isinstance(expected, dict) else expected


def _within_period(found: str | None, wanted: str) -> bool:
    if not found:
        return False
    start, end = dates.bounds(found)
    first, last = dates.bounds(wanted)
    return first <= start and end <= last
