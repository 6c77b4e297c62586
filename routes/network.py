"""From legs as sentences state them to movements: merge what several sources say about one
movement, and chain legs that carry the same goods on through a place into routes.

Merging is careful in one direction: two shipments wrongly made one hide a movement from
the analyst, while one shipment left as two only shows up twice. So a leg with details
(a date, a carrier, named cargo) merges with another only when nothing in them disagrees
and, where an endpoint is as coarse as a country, a detail ties them; a bare claim ("Turkey
sends weapons to Libya") joins a detailed movement only when exactly one fits it.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from typing import Callable

from routes import dates, lexicon
from routes.model import FACILITY_TYPES, PEOPLE, Leg, Place

DATE_WINDOW_DAYS = 3
MAX_CONFIDENCE = 0.95
# How specific an endpoint is: a merged leg keeps the most specific one.
_PRECISION = {"country": 0, "sea": 1, "coast": 1, "region": 2, "city": 3}
COARSE = 1  # a country, coast or sea: too wide to tell two movements apart by itself


def precision(place: Place) -> int:
    return 4 if place.type in FACILITY_TYPES else _PRECISION.get(place.type, 3)


def merge(legs: list[Leg]) -> list[Leg]:
    """One leg per movement, carrying the citations of every leg that describes it.

    Detailed legs are grouped first, a country-to-country lead joining the one movement of its
    own document it sums up; then each bare claim joins the one movement it fits
    (from its own document, or from another between the same specific places), or is cited on
    each of its own document's movements when several fit and all carry its cargo; bare claims
    left over merge with the same claim between the same places. Places that agree share
    their countries, so legs are only compared within one pair of countries.
    """
    ordered = sorted(_fold_denials(legs), key=lambda leg: (leg.citations[0].doc_id, leg.citations[0].start, leg.id))
    movements: dict[tuple[str, str], list[_Group]] = {}
    detailed = [leg for leg in ordered if not is_bare(leg)]
    leads = [leg for leg in detailed if leg.date and _is_lead(leg)]
    for leg in detailed:
        if leg not in leads:
            _add(movements.setdefault(_countries(leg), []), leg, same_movement)
    for leg in leads:
        own = [group for group in movements.get(_countries(leg), [])
               if _same_document(leg, group.leg) and fits(leg, group.leg)]
        if len(own) == 1:
            own[0].add(leg)
        else:
            _add(movements.setdefault(_countries(leg), []), leg, same_movement)
    claims: dict[tuple[str, str], list[_Group]] = {}
    for leg in ordered:
        if not is_bare(leg):
            continue
        fitting = [group for group in movements.get(_countries(leg), [])
                   if _may_restate(leg, group) and fits(leg, group.leg)]
        if len(fitting) == 1:
            fitting[0].add(leg)
        elif fitting and all(_same_document(leg, group.leg) and set(leg.cargo) <= set(group.leg.cargo)
                             for group in fitting):
            # "Iran keeps shipping drones to Russia" over two drone shipments of its own story, or a
            # headline naming no cargo ("Tracking Iran's airlift to Syria"), sums up each; "Turkey is
            # smuggling weapons to Libya" over a ship and a missile system stays a claim
            for group in fitting:
                group.add(leg)
        else:
            _add(claims.setdefault(_countries(leg), []), leg, same_story_claim)
    merged = [group.leg for groups in (*movements.values(), *claims.values()) for group in groups]
    return sorted(merged, key=lambda leg: (leg.date or "9999", leg.origin.id, leg.destination.id, leg.id))


def _fold_denials(legs: list[Leg]) -> list[Leg]:
    """A denial of a movement that its own document also reports ("Tehran has denied arming the
    Houthis" after the seizure of an Iranian dhow) is cited on that movement, which keeps the
    status its sources give it; a denial of nothing else reported stays a denied leg."""
    out = list(legs)
    for denial in legs:
        if denial.status != "denied":
            continue
        docs = {c.doc_id for c in denial.citations}
        denied = [k for k, leg in enumerate(out) if leg.status in ("reported", "alleged")
                  and docs & {c.doc_id for c in leg.citations}
                  and _places_agree(leg.origin, denial.origin) and _places_agree(leg.destination, denial.destination)
                  and _cargo_agrees(leg.cargo, denial.cargo)
                  # denying flights is not denying the voyage the document reports
                  and _modes_agree(leg.mode, denial.mode)
                  # denying missiles is not denying the drones the document reports
                  and (not leg.cargo or not denial.cargo or bool(set(leg.cargo) & set(denial.cargo)))]
        for k in denied:
            citations = {(c.doc_id, c.start, c.end): c for c in (*out[k].citations, *denial.citations)}
            out[k] = replace(out[k], citations=tuple(citations[key] for key in sorted(citations)))
        if denied:
            out.remove(denial)
    return out


class _Group:
    """The legs told of one movement, with their combination kept at hand."""

    def __init__(self, leg: Leg) -> None:
        self.legs = [leg]
        self.leg = leg

    def add(self, leg: Leg) -> None:
        self.legs.append(leg)
        self.leg = combine(self.legs)


def _countries(leg: Leg) -> tuple[str, str]:
    return leg.origin.country, leg.destination.country


def _add(groups: list[_Group], leg: Leg, same: Callable[[Leg, Leg], bool]) -> None:
    """Put a leg into the first group it belongs to, or into a group of its own."""
    for group in groups:
        if same(group.leg, leg):
            group.add(leg)
            return
    groups.append(_Group(leg))


def is_bare(leg: Leg) -> bool:
    """A claim with nothing to tell it from another: no date, no carrier, no named cargo."""
    return not leg.date and not leg.carrier and not named_cargo(leg.cargo)


def _is_lead(leg: Leg) -> bool:
    """Between two whole countries, dated no closer than a month ("North Korea has shipped
    containers to Russia since early September"): the lead of a story that details it later."""
    return leg.origin.is_country and leg.destination.is_country and not leg.carrier \
        and not named_cargo(leg.cargo) and not _to_the_day(leg.date)


def named_cargo(cargo: tuple[str, ...]) -> set[str]:
    """Systems and models (Kornet, BMC Kirpi), not words for a kind of goods: the lexicon names
    kinds in lower case ("rockets", "armoured vehicles") and systems by their designations."""
    return {name for name in cargo if not name.islower()}


def same_movement(a: Leg, b: Leg) -> bool:
    """Whether two detailed legs tell of one movement.

    Between the same places (a city and its port count as one) they merge when nothing
    disagrees. When one endpoint refines the other (Libya and Tripoli) or an endpoint is a
    whole country, coast or sea, a detail must also tie them; otherwise two shipments from
    Turkey to Libya a month apart would become one.
    """
    if not (_places_agree(a.origin, b.origin) and _places_agree(a.destination, b.destination)):
        return False
    same_places = _same_place(a.origin, b.origin) and _same_place(a.destination, b.destination)
    coarse = min(precision(p) for p in (a.origin, a.destination, b.origin, b.destination)) <= COARSE
    # "Ugandan troops enter Bunagana" over "a column ... crossed from Uganda into Bunagana": one
    # story telling one movement twice between the very same ends, once without its date
    retold = _same_document(a, b) and (a.origin.id, a.destination.id) == (b.origin.id, b.destination.id) \
        and not (a.date and b.date) and max(precision(a.origin), precision(a.destination)) > COARSE
    if (coarse or not same_places) and not retold and not _tied_by_detail(a, b):
        return False
    return agree(a, b)


def fits(claim: Leg, movement: Leg) -> bool:
    """Whether a bare claim may be about this movement: its places hold it and nothing disagrees."""
    return _places_agree(claim.origin, movement.origin) and _places_agree(claim.destination, movement.destination) \
        and agree(claim, movement)


def same_claim(a: Leg, b: Leg) -> bool:
    """Two bare claims between the same places that agree: one claim, however many outlets repeat it."""
    return _same_place(a.origin, b.origin) and _same_place(a.destination, b.destination) and agree(a, b)


def same_story_claim(a: Leg, b: Leg) -> bool:
    """One bare claim, or two denials in one document where one holds the other ("no foreign troops
    have been transported from Romanian territory to Ukraine" after denying a crossing from Constanta
    to Odesa)."""
    return same_claim(a, b) or a.status == b.status == "denied" and _same_document(a, b) \
        and (fits(a, b) or fits(b, a))


def agree(a: Leg, b: Leg) -> bool:
    """Nothing in the two legs contradicts the other: mode, status, date, carrier, cargo."""
    return (
        _modes_agree(a.mode, b.mode)
        and _statuses_agree(a.status, b.status)
        and _dates_agree(a.date, b.date)
        and _carriers_agree(a.carrier, b.carrier)
        and _cargo_agrees(a.cargo, b.cargo)
    )


def _may_restate(claim: Leg, group: _Group) -> bool:
    """A claim may restate a movement of its own document (a headline, a lead), or one from
    another document between the same specific places (not whole countries, coasts or seas)."""
    if _same_document(claim, group.leg):
        return True
    movement = group.leg
    return min(precision(claim.origin), precision(claim.destination)) > COARSE \
        and _same_place(claim.origin, movement.origin) and _same_place(claim.destination, movement.destination)


def _same_document(a: Leg, b: Leg) -> bool:
    return bool({c.doc_id for c in a.citations} & {c.doc_id for c in b.citations})


def _modes_agree(a: str, b: str) -> bool:
    return a == b or "unknown" in (a, b)


def _same_place(a: Place, b: Place) -> bool:
    """One place, or a city and one of its ports, airports or bases."""
    return a.id == b.id or a.parent == b.id or b.parent == a.id


def _places_agree(a: Place, b: Place) -> bool:
    """The same place, or one that refines the other: a city or facility in a country, coast or sea."""
    if _same_place(a, b):
        return True
    coarse, fine = (a, b) if precision(a) <= precision(b) else (b, a)
    return precision(coarse) <= COARSE and coarse.country == fine.country and precision(fine) > precision(coarse)


def _tied_by_detail(a: Leg, b: Leg) -> bool:
    """Both dated to the day, one carrier by name or type, or one named piece of cargo."""
    if _to_the_day(a.date) and _to_the_day(b.date):
        return True
    if a.carrier and b.carrier and _carrier_marks(a.carrier) & _carrier_marks(b.carrier):
        return True
    return bool(named_cargo(a.cargo) & named_cargo(b.cargo))


def _to_the_day(value: str | None) -> bool:
    """A day or a span of days; a month or a year ties nothing."""
    if not value:
        return False
    return all(len(part.split("-")) == 3 for part in value.split("/"))


def _statuses_agree(a: str, b: str) -> bool:
    return a == b or {a, b} <= {"reported", "alleged"}


def _dates_agree(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return True
    a1, a2 = dates.bounds(a)
    b1, b2 = dates.bounds(b)
    gap = max((b1 - a2).days, (a1 - b2).days, 0)
    return gap <= DATE_WINDOW_DAYS


def _carrier_marks(carrier: str) -> set[str]:
    """What tells one carrier from another: type designators and names (C-130, An-124, Amazon)."""
    words = re.findall(r"[A-Za-z0-9][\w-]*", carrier)
    return {w.lower() for w in words if any(ch.isdigit() for ch in w)} or \
        {w.lower() for w in words if w[:1].isupper() and not w.endswith("-flagged")}


def _carriers_agree(a: str | None, b: str | None) -> bool:
    """Two types (An-124, Il-76) or two names disagree when they share nothing; a type and an
    operator's name ("Ilyushin Il-76TD", "Silk Way West Airlines cargo aircraft") may be one plane."""
    if not a or not b:
        return True
    registered_a, registered_b = _registrations(a), _registrations(b)
    if registered_a and registered_b:
        return bool(registered_a & registered_b)  # one airframe, or two
    marks_a, marks_b = _carrier_marks(a) - registered_a, _carrier_marks(b) - registered_b
    if _has_type(marks_a) != _has_type(marks_b):
        return True
    return not marks_a or not marks_b or bool(marks_a & marks_b)


def _registrations(carrier: str) -> set[str]:
    """The registration marks in a carrier ("4K-AZ101"): a single airframe of whatever type."""
    return {mark.lower() for mark in lexicon.load().registrations.findall(carrier)}


def _has_type(marks: set[str]) -> bool:
    return any(ch.isdigit() for mark in marks for ch in mark)


def _cargo_agrees(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """People and materiel are different movements; empty cargo agrees with anything."""
    if not a or not b:
        return True
    return bool(set(a) & PEOPLE) == bool(set(b) & PEOPLE)


def combine(legs: list[Leg]) -> Leg:
    """The merged leg: the most specific endpoints, every citation, corroborated confidence."""
    if len(legs) == 1:
        return legs[0]
    first = legs[0]
    carriers = [leg.carrier for leg in legs if leg.carrier]
    modes = [leg.mode for leg in legs if leg.mode != "unknown"]
    citations = {(c.doc_id, c.start, c.end): c for leg in legs for c in leg.citations}
    origin = max((leg.origin for leg in legs), key=precision)
    destination = max((leg.destination for leg in legs), key=precision)
    return replace(
        first,
        origin=origin,
        destination=destination,
        # "crossed into Congo through the Bunagana border post" merged with "entered Bunagana": a stop
        # that is now an end is no stop
        via=tuple({p.id: p for leg in legs for p in leg.via if p.id not in (origin.id, destination.id)}.values()),
        mode=modes[0] if modes else "unknown",
        date=date_span([leg.date for leg in legs]),
        carrier=max(carriers, key=len) if carriers else None,
        cargo=tuple(dict.fromkeys(item for leg in legs for item in leg.cargo)),
        status="reported" if any(leg.status == "reported" for leg in legs) else first.status,
        confidence=corroborated(legs),
        citations=tuple(citations[key] for key in sorted(citations)),
        actors=tuple(dict.fromkeys(actor for leg in legs for actor in leg.actors)),
        id="",
    )


def date_span(values: list[str | None]) -> str | None:
    """Every stated date within one value: a date, or ISO 8601 'start/end' when sources differ."""
    stated = [value for value in values if value]
    if not stated:
        return None
    first = min(stated, key=lambda value: dates.bounds(value)[0]).split("/")[0]
    last = max(stated, key=lambda value: dates.bounds(value)[1]).split("/")[-1]
    return first if first == last else f"{first}/{last}"


def corroborated(legs: list[Leg]) -> float:
    """Independent documents add up: 1 − Π(1 − c) over documents, at most MAX_CONFIDENCE.

    A document counts once, with the highest confidence among its legs: an article that
    repeats itself is still one source.
    """
    best: dict[str, float] = {}
    for leg in legs:
        for doc_id in {c.doc_id for c in leg.citations}:
            best[doc_id] = max(best.get(doc_id, 0.0), leg.confidence)
    doubt = 1.0
    for doc_id in sorted(best):
        doubt *= 1 - best[doc_id]
    return round(min(MAX_CONFIDENCE, 1 - doubt), 2)


def routes(legs: list[Leg]) -> list[Leg]:
    """Give a route_id to legs that chain through a shared place carrying the same named goods."""
    parent = {leg.id: leg.id for leg in legs}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    starting: dict[str, list[Leg]] = {}  # legs by the id of their origin and of its parent city
    for leg in legs:
        for key in {leg.origin.id, leg.origin.parent} - {None}:
            starting.setdefault(key, []).append(leg)
    for first in legs:
        end = first.destination
        onward = {id(leg): leg for key in {end.id, end.parent} - {None} for leg in starting.get(key, [])}
        for second in onward.values():
            if first is second or not _same_place(first.destination, second.origin):
                continue
            if _same_place(first.origin, second.destination):
                continue  # there and back is two movements, not a route
            if named_cargo(first.cargo) & named_cargo(second.cargo) and _in_order(first.date, second.date):
                parent[find(second.id)] = find(first.id)
    groups: dict[str, list[str]] = {}
    for leg in legs:
        groups.setdefault(find(leg.id), []).append(leg.id)
    route_of = {}
    for members in groups.values():
        if len(members) > 1:
            route = "route-" + hashlib.sha256("|".join(sorted(members)).encode()).hexdigest()[:10]
            route_of.update({m: route for m in members})
    return [replace(leg, route_id=route_of.get(leg.id)) for leg in legs]


def _in_order(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.split("/")[0] <= b.split("/")[-1]
