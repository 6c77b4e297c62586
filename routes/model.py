"""The plain values that the pipeline's stages hand one another.

Every stage imports this module and the stages before it, never one after it.
Values are frozen so that a stage cannot change what an earlier one decided.
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

Mode = Literal["sea", "air", "land", "unknown"]
Status = Literal["reported", "alleged", "planned", "denied"]
PlaceType = Literal[
    "country", "region", "city", "port", "airport", "airbase", "base", "crossing", "coast", "sea"
]

MODES: tuple[str, ...] = ("sea", "air", "land", "unknown")
STATUSES: tuple[str, ...] = ("reported", "alleged", "planned", "denied")
PLACE_TYPES: tuple[str, ...] = (
    "country", "region", "city", "port", "airport", "airbase", "base", "crossing", "coast", "sea"
)
# Places a vehicle actually leaves from or arrives at, finer than a city.
FACILITY_TYPES: frozenset[str] = frozenset({"port", "airport", "airbase", "base", "crossing"})
# Cargo names (lexicon.yaml) that are people rather than materiel.
PEOPLE: frozenset[str] = frozenset({"troops", "fighters", "mercenaries", "officers"})


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of a document's text, end exclusive."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Document:
    """One report, its text normalised so that offsets still match the file's characters.

    `sentences` are the spans of prose; page furniture (navigation, widgets, related links)
    is left out of them, so no later stage finds places or legs in it.
    """

    id: str
    path: str
    title: str
    outlet: str | None
    url: str | None
    published: date | None
    text: str
    sha256: str
    sentences: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Place:
    """A point on the map with the name that people use for it."""

    id: str
    name: str
    type: str
    country: str
    lat: float
    lon: float
    source: str
    aliases: tuple[str, ...] = ()
    population: int = 0
    parent: str | None = None  # the city a port, airport or base belongs to

    @property
    def is_country(self) -> bool:
        return self.type == "country"


def km(a: Place, b: Place) -> float:
    """Great-circle distance between two places, in kilometres."""
    dlat, dlon = math.radians(b.lat - a.lat), math.radians(b.lon - a.lon)
    h = math.sin(dlat / 2) ** 2 + math.cos(math.radians(a.lat)) * math.cos(math.radians(b.lat)) * math.sin(dlon / 2) ** 2
    return 12742 * math.asin(math.sqrt(min(1.0, h)))


@dataclass(frozen=True, slots=True)
class Mention:
    """A place named in a document, with how sure the resolution is and why."""

    doc_id: str
    start: int
    end: int
    text: str
    place: Place
    score: float
    reason: str
    kind: str = "name"  # "name"; "adjective" for a country named by its people ("Turkish"); "actor" or
    # "supplier" for a group or company that stands for the country it is based in; "there" for
    # the word that takes up a place named before ("landed there"), "thence" for "sail from there"


@dataclass(frozen=True, slots=True)
class Citation:
    """The sentence that supports a leg, and where it came from."""

    doc_id: str
    title: str
    outlet: str | None
    url: str | None
    published: str | None
    quote: str
    start: int
    end: int

    @classmethod
    def of(cls, document: Document, span: Span) -> Citation:
        return cls(
            doc_id=document.id,
            title=document.title,
            outlet=document.outlet,
            url=document.url,
            published=document.published.isoformat() if document.published else None,
            quote=document.text[span.start:span.end],
            start=span.start,
            end=span.end,
        )


@dataclass(frozen=True, slots=True)
class Leg:
    """One movement of goods or people from an origin to a destination, with its evidence."""

    origin: Place
    destination: Place
    mode: str = "unknown"
    date: str | None = None  # ISO 8601, possibly partial: 2019-05
    carrier: str | None = None
    cargo: tuple[str, ...] = ()
    status: str = "reported"
    confidence: float = 0.5
    citations: tuple[Citation, ...] = ()
    via: tuple[Place, ...] = ()
    actors: tuple[str, ...] = ()
    route_id: str | None = None
    id: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", leg_id(self))

    @property
    def sources(self) -> int:
        """Distinct documents that support this leg."""
        return len({c.doc_id for c in self.citations})


def leg_id(leg: Leg) -> str:
    """A stable id from what the leg says, so two builds of one corpus give the same ids."""
    content = {
        "origin": leg.origin.id,
        "destination": leg.destination.id,
        "via": [p.id for p in leg.via],
        "mode": leg.mode,
        "date": leg.date,
        "carrier": leg.carrier,
        "cargo": sorted(leg.cargo),
        "status": leg.status,
        "citations": sorted((c.doc_id, c.start, c.end) for c in leg.citations),
    }
    digest = hashlib.sha256(json.dumps(content, sort_keys=True).encode("utf-8")).hexdigest()
    return digest[:16]
