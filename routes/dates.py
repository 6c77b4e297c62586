"""Calendar dates written in running text, kept as precise as the text makes them.

"May 20" in a report published on 25 May 2019 is 2019-05-20; "in August 2017" is 2017-08;
a date the text does not pin to a year stays without one rather than being invented.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {
    name.lower(): number
    for number, names in enumerate(
        (
            ("January", "Jan"), ("February", "Feb"), ("March", "Mar"), ("April", "Apr"), ("May",),
            ("June", "Jun"), ("July", "Jul"), ("August", "Aug"), ("September", "Sep", "Sept"),
            ("October", "Oct"), ("November", "Nov"), ("December", "Dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?,?\s+"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

_PATTERNS = [
    re.compile(rf"\b{_YEAR}-(?P<month_n>[01]\d)-(?P<day>[0-3]\d)\b"),
    re.compile(rf"\b(?:{_WEEKDAY})?{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b"),
    re.compile(rf"\b(?:{_WEEKDAY})?{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR}\b)?"),
    re.compile(rf"\b{_MONTH}\s+(?:of\s+)?{_YEAR}\b"),
]
_TIME = re.compile(r"\b\d{1,2}:\d\d(?::\d\d)?\s*(?:[AaPp]\.?[Mm]\.?)?|\b(?:GMT|UTC|CET|CEST|EET|EEST|BST|EST|EDT)\b")
_DATE_LINE_WORDS = re.compile(r"\b(?:published|updated|posted|last|on|at)\b", re.IGNORECASE)
YEAR = re.compile(r"\b(?:19|20)\d\d\b")

# Words that place an event relative to the day a report was written, in days.
RELATIVE_DAYS = {"today": 0, "overnight": 0, "yesterday": -1, "last night": -1}


@dataclass(frozen=True, slots=True)
class DateHit:
    """A date in a text: the parts it states, and where."""

    start: int
    end: int
    year: int | None
    month: int
    day: int | None


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateHit]:
    """Every date written in text[start:end], longest reading first where they overlap."""
    end = len(text) if end is None else end
    hits: list[DateHit] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(text, start, end):
            parts = m.groupdict()
            month = int(parts["month_n"]) if parts.get("month_n") else MONTHS[parts["month"].lower()]
            day = int(parts["day"]) if parts.get("day") else None
            if day is not None and not 1 <= day <= 31:
                continue
            year = int(parts["year"]) if parts.get("year") else None
            hits.append(DateHit(m.start(), m.end(), year, month, day))
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[DateHit] = []
    for hit in hits:
        if not kept or hit.start >= kept[-1].end:
            kept.append(hit)
    return kept


def date_line(line: str) -> date | None:
    """The date a line states when the line is a dateline and nothing else."""
    hits = [h for h in find_dates(line) if h.year and h.day]
    if len(hits) != 1:
        return None
    hit = hits[0]
    rest = line[: hit.start] + line[hit.end:]
    rest = _DATE_LINE_WORDS.sub(" ", _TIME.sub(" ", rest))
    if re.search(r"[A-Za-z]{2,}", re.sub(_WEEKDAY.rstrip(r",?\s+"), " ", rest)):
        return None
    try:
        return date(hit.year, hit.month, hit.day)
    except ValueError:
        return None


def resolve(hit: DateHit, anchor: date | None, year_hint: int | None = None) -> str | None:
    """The ISO 8601 form of a date, its year taken from the text, the anchor or a hint.

    A month and day without a year take the anchor's year, or the year before when that
    would put the event after the report was written.
    """
    year = hit.year
    if year is None and anchor is not None:
        year = anchor.year
        if (hit.month, hit.day or 1) > (anchor.month, anchor.day):
            year -= 1
    if year is None:
        year = year_hint
    if year is None:
        return None
    if hit.day is None:
        return f"{year:04d}-{hit.month:02d}"
    try:
        return date(year, hit.month, hit.day).isoformat()
    except ValueError:
        return f"{year:04d}-{hit.month:02d}"


def relative(word: str, anchor: date | None) -> str | None:
    """The day a relative word ("yesterday", "overnight") names, when the anchor is known."""
    offset = RELATIVE_DAYS.get(word.lower())
    if offset is None or anchor is None:
        return None
    return (anchor + timedelta(days=offset)).isoformat()


def bounds(value: str) -> tuple[date, date]:
    """The first and last day an ISO 8601 date or range ('2019-05', '2019-05-19/2019-05-20') may mean."""
    first, _, last = value.partition("/")
    return _day(first, start=True), _day(last or first, start=False)


def _day(value: str, start: bool) -> date:
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return date(*parts)
    year, month = parts[0], parts[1] if len(parts) > 1 else (1 if start else 12)
    if start:
        return date(year, month, 1)
    following = date(year + month // 12, month % 12 + 1, 1)
    return following - timedelta(days=1)
