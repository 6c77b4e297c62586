"""From legs as sentences state them to movements: merge what several sources say about one
movement, and chain legs that carry the same goods on through a place into routes.

Two legs describe the same movement when their endpoints are the same or one refines the
other (Libya and Tripoli, Misrata and Misrata's airport), their modes, carriers, cargo
and status agree, and their dates lie within DATE_WINDOW_DAYS of each other.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace

from routes import dates
from routes.model import FACILITY_TYPES, Leg, Place

DATE_WINDOW_DAYS = 3
PEOPLE = frozenset({"troops", "fighters", "mercenaries", "officers"})
# Cargo words too general to show that two reports describe the same shipment.
GENERIC_CARGO = PEOPLE | {"weapons", "ammunition", "vehicles", "armoured vehicles", "missiles", "drones",
                          "small arms", "artillery", "fuel", "weapon systems"}
# How specific an endpoint is: a merged leg keeps the most specific one.
_PRECISION = {"country": 0, "sea": 1, "coast": 1, "region": 2, "city": 3}
_STATUS_ORDER = ("reported", "alleged")


def precision(place: Place) -> int:
    return 4 if place.type in FACILITY_TYPES else _PRECISION.get(place.type, 3)


def merge(legs: list[Leg]) -> list[Leg]:
    """One leg per movement, carrying the citations of every leg that describes it."""
    ordered = sorted(legs, key=lambda leg: (leg.citations[0].doc_id, leg.citations[0].start, leg.id))
    merged: list[Leg] = []
    for leg in ordered:
        for k, existing in enumerate(merged):
            if same_movement(existing, leg):
                merged[k] = combine(existing, leg)
                break
        else:
            merged.append(leg)
    return sorted(merged, key=lambda leg: (leg.date or "9999", leg.origin.id, leg.destination.id, leg.id))


def same_movement(a: Leg, b: Leg) -> bool:
    """Whether two legs tell of one movement.

    Legs between the same places (a city and its port count as one place) merge when
    nothing in them disagrees. When an endpoint is a whole country, coast or sea, a detail
    must also tie them (both dated, the same carrier, the same named cargo), or both must be
    bare claims between the same places; otherwise "Turkey sends weapons to Libya" would swallow every shipment from
    a Turkish port to a Libyan one.
    """
    same_places = _same_place(a.origin, b.origin) and _same_place(a.destination, b.destination)
    coarse = min(precision(p) for p in (a.origin, a.destination, b.origin, b.destination)) <= 1
    if not same_places and not (_places_agree(a.origin, b.origin) and _places_agree(a.destination, b.destination)):
        return False
    bare = same_places and _generic(a) and _generic(b)
    if (coarse or not same_places) and not (_tied_by_detail(a, b) or bare):
        return False
    return (
        _modes_agree(a.mode, b.mode)
        and _statuses_agree(a.status, b.status)
        and _dates_agree(a.date, b.date)
        and _carriers_agree(a.carrier, b.carrier)
        and _cargo_agrees(a.cargo, b.cargo)
    )


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
    return precision(coarse) <= 1 and coarse.country == fine.country and precision(fine) > precision(coarse)


def _tied_by_detail(a: Leg, b: Leg) -> bool:
    """Both dated, one carrier, or one named piece of cargo (a system, not "weapons")."""
    if a.date and b.date:
        return True
    if a.carrier and b.carrier and _carrier_marks(a.carrier) & _carrier_marks(b.carrier):
        return True
    return bool((set(a.cargo) & set(b.cargo)) - GENERIC_CARGO)


def _generic(leg: Leg) -> bool:
    """A claim with nothing to tell it from another: no date, no carrier, no named cargo."""
    return not leg.date and not leg.carrier and not (set(leg.cargo) - GENERIC_CARGO)


def _statuses_agree(a: str, b: str) -> bool:
    return a == b or {a, b} <= set(_STATUS_ORDER)


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
    if not a or not b:
        return True
    marks_a, marks_b = _carrier_marks(a), _carrier_marks(b)
    return not marks_a or not marks_b or bool(marks_a & marks_b)


def _cargo_agrees(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """People and materiel are different movements; empty cargo agrees with anything."""
    if not a or not b:
        return True
    return bool(set(a) & PEOPLE) == bool(set(b) & PEOPLE)


def combine(a: Leg, b: Leg) -> Leg:
    """The merged leg: the most specific endpoints, every citation, corroborated confidence."""
    origin = a.origin if precision(a.origin) >= precision(b.origin) else b.origin
    destination = a.destination if precision(a.destination) >= precision(b.destination) else b.destination
    via = tuple({p.id: p for p in (*a.via, *b.via)}.values())
    citations = tuple(sorted({(c.doc_id, c.start, c.end): c for c in (*a.citations, *b.citations)}.values(),
                             key=lambda c: (c.doc_id, c.start)))
    carriers = [c for c in (a.carrier, b.carrier) if c]
    carrier = max(carriers, key=len) if carriers else None
    status = "reported" if "reported" in (a.status, b.status) else a.status
    return replace(
        a,
        origin=origin,
        destination=destination,
        via=via,
        mode=a.mode if a.mode != "unknown" else b.mode,
        date=_date_span(a.date, b.date),
        carrier=carrier,
        cargo=tuple(dict.fromkeys((*a.cargo, *b.cargo))),
        status=status,
        confidence=corroborated(a, b),
        citations=citations,
        id="",
    )


def _date_span(a: str | None, b: str | None) -> str | None:
    """Both dates when sources differ by a day or two: ISO 8601 'start/end'."""
    if a is None or b is None or a == b:
        return a or b
    first = min(a.split("/")[0], b.split("/")[0])
    last = max(a.split("/")[-1], b.split("/")[-1])
    return first if first == last else f"{first}/{last}"


def corroborated(a: Leg, b: Leg) -> float:
    """Independent documents add up: 1 − Π(1 − c) over documents, at most 0.95.

    Two citations from one document count once, with the higher confidence of the two.
    """
    if {c.doc_id for c in a.citations} & {c.doc_id for c in b.citations}:
        return max(a.confidence, b.confidence)
    return round(min(0.95, 1 - (1 - a.confidence) * (1 - b.confidence)), 2)


def routes(legs: list[Leg]) -> list[Leg]:
    """Give a route_id to legs that chain through a shared place carrying the same goods."""
    parent = {leg.id: leg.id for leg in legs}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for first in legs:
        for second in legs:
            if first is second or first.destination.id != second.origin.id:
                continue
            if first.origin.id == second.destination.id:
                continue
            named = (set(first.cargo) & set(second.cargo)) - {"weapons", "vehicles"}
            if named and _in_order(first.date, second.date):
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
