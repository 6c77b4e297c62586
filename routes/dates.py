"""Calendar dates written in running text, kept as precise as the text makes them.

"May 20" in a report published on 25 May 2019 is 2019-05-20; "in August 2017" is 2017-08;
"in late March" is March of the report's year (or the year before, when March is still to
come); "on Tuesday" and "last week" count back from the day the report was published. A date
the text does not pin to a year stays without one rather than being invented.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
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
# A month or a year on its own counts only after a word that makes it a time ("in May",
# "late March": "May" is also a verb); the hit starts at the month or year itself.
_PREFIXED = [
    re.compile(rf"\b(?:[Ii]n|[Dd]uring|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]hroughout|[Bb]etween|[Ff]rom|[Ee]arly|[Ll]ate|"
               rf"[Mm]id|[Ee]nd\s+of|[Bb]eginning\s+of|[Ss]tart\s+of|[Ll]ast|[Tt]his|"
               # "in the second half of December", "the first week of March"
               rf"[Hh]alf\s+of|[Ww]eeks?\s+of|[Dd]ays\s+of|[Ff]ortnight\s+of)[\s-]+(?:(?:early|late|mid)[\s-]+)?"
               rf"{_MONTH}(?![\w-])(?!\s+[0-3]?\d\b)"),
    re.compile(rf"\b(?:[Ii]n|[Dd]uring|[Tt]hroughout|[Bb]y|[Bb]efore|[Uu]ntil|[Ee]nd\s+of|[Hh]alf\s+of|[Qq]uarter\s+of)"
               rf"\s+(?:(?:early|late|mid)[\s-]+)?"
               rf"{_YEAR}\b(?![-/]\d)"),
]
_DAY_PAIR = re.compile(r"\b(?P<first>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:and|to|-|–)\s*(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s")
_MONTH_DAY_PAIR = re.compile(rf"\b{_MONTH}\s+(?P<first>[0-3]?\d)\s*(?:-|–|to|and)\s*{_DAY}\b(?:,?\s+{_YEAR}\b)?")
_MONTH_OF_YEAR = re.compile(rf"\b{_MONTH}\s+(?:of\s+)?(?P<which>last|this|next)\s+year\b")
_YEARS_ON = {"last": -1, "this": 0, "next": 1}
_PERIOD_JOIN = re.compile(r"\s*(?:and|to|until|till|through|-|–)\s*")
_TIME = re.compile(r"\b\d{1,2}:\d\d(?::\d\d)?\s*(?:[AaPp]\.?[Mm]\.?)?|\b(?:GMT|UTC|CET|CEST|EET|EEST|BST|EST|EDT)\b")
_DATE_LINE_WORDS = re.compile(r"\b(?:published|updated|posted|last|on|at)\b", re.IGNORECASE)
YEAR = re.compile(r"\b(?:19|20)\d\d\b")

# A day right after a verb of saying dates the statement, not the event it reports ("the
# ministry said on Monday", "officials said Wednesday"): wire copy's attribution.
_STATEMENT = re.compile(r"\b(?:said|says|told\s+\S+|announced|added|stated|confirmed|reported|declared)\s+(?:on\s+)?$",
                        re.IGNORECASE)


# "In June 2021, CNN reported that ...", "The Kremlin on Thursday dismissed as fabrications claims
# that ...": a date just before a verb of saying or denying dates the words, not the movement
_REPORTED_AFTER = re.compile(r",\s+(?:the\s+)?(?:[A-Z][\w.'-]*\s+){1,4}(?:reported|said|announced|revealed|disclosed)\s+that\b"
                             r"|\s+(?:said|dismissed|denied|rejected|announced|confirmed|warned|told)\b")


def is_statement_date(text: str, start: int, end: int | None = None) -> bool:
    """Whether the date at `start` ("on Monday", "March 3") is the day something was said."""
    return bool(_STATEMENT.search(text, max(0, start - 40), start)) or \
        end is not None and bool(_REPORTED_AFTER.match(text, end))


# Words that place an event relative to the day a report was written, in days.
RELATIVE_DAYS = {"today": 0, "overnight": 0, "yesterday": -1, "last night": -1, "this morning": 0,
                 "tonight": 0, "after midnight": 0, "before dawn": 0, "at dawn": 0, "this afternoon": 0,
                 "this evening": 0}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_RELATIVE = re.compile(
    # "overnight into Monday" is Monday, told by the weekday that follows
    r"\b(?P<word>today|overnight(?!\s+into\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|yesterday|last\s+night|"
    r"this\s+morning|tonight|after\s+midnight|before\s+dawn|"
    r"at\s+dawn|this\s+afternoon|this\s+evening)\b"
    r"|\b(?:on|last|this|early|late|into)\s+(?P<weekday>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b"
    r"|\b(?P<weekday2>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+(?:night|morning|evening|afternoon)\b"
    # AP style, a weekday straight after the verb: "landed Saturday at Ceiba"
    r"|(?-i:(?<=[a-z] ))(?P<weekday3>(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))\b(?!\s+(?-i:[A-Z]))"
    r"|\b(?P<period>(?:last|this|earlier\s+this|later\s+this|past|next)\s+(?:week|month|year))\b"
    r"|\b(?P<weekend>(?:over|at|during)\s+the\s+weekend|last\s+weekend|this\s+(?:past\s+)?weekend)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class DateHit:
    """A date in a text: the parts it states, and where."""

    start: int
    end: int
    year: int | None
    month: int | None  # None when only a year is written ("in 2021")
    day: int | None
    until: DateHit | None = None  # the end of a period: "between June and November 2023"
    years_on: int | None = None  # "in January of last year": the year counted from the anchor's


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateHit]:
    """Every date written in text[start:end], longest reading first where they overlap."""
    end = len(text) if end is None else end
    hits: list[DateHit] = []
    for pattern in _PATTERNS + _PREFIXED:
        for m in pattern.finditer(text, start, end):
            parts = m.groupdict()
            if parts.get("month_n"):
                month: int | None = int(parts["month_n"])
            elif parts.get("month"):
                month = MONTHS[parts["month"].lower()]
            else:
                month = None
            day = int(parts["day"]) if parts.get("day") else None
            if day is not None and not 1 <= day <= 31:
                continue
            year = int(parts["year"]) if parts.get("year") else None
            first = m.start("month" if parts.get("month") else "year") if pattern in _PREFIXED else m.start()
            hits.append(DateHit(first, m.end(), year, month, day))
    for m in _MONTH_OF_YEAR.finditer(text, start, end):  # "in January of last year"
        hits.append(DateHit(m.start(), m.end(), None, MONTHS[m.group("month").lower()], None,
                            years_on=_YEARS_ON[m.group("which").lower()]))
    for m in _MONTH_DAY_PAIR.finditer(text, start, end):  # "May 19-20, 2019"
        year = int(m.group("year")) if m.group("year") else None
        month = MONTHS[m.group("month").lower()]
        hits.append(DateHit(m.start(), m.end(), year, month, int(m.group("first")),
                            until=DateHit(m.start("day"), m.end(), year, month, int(m.group("day")))))
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[DateHit] = []
    for hit in hits:
        if not kept or hit.start >= kept[-1].end:
            kept.append(hit)
    # "14 and 31 December 2024": a first day that borrows the month and year of the second
    for m in _DAY_PAIR.finditer(text, start, end):
        if not any(h.start <= m.start() < h.end for h in kept):
            second = next((h for h in kept if h.start == m.start("day")), None)
            if second is not None and second.month is not None:
                kept.append(DateHit(m.start(), m.end("first"), second.year, second.month, int(m.group("first"))))
    kept.sort(key=lambda h: h.start)
    # "between June and November 2023", "from 14 to 31 December": one period, the first part
    # taking the year (and month) of the second where it does not state its own.
    out: list[DateHit] = []
    for hit in kept:
        first = out[-1] if out else None
        if first is not None and first.until is None and first.month is not None and \
                _PERIOD_JOIN.fullmatch(text[first.end:hit.start]):
            year = first.year if first.year is not None else hit.year
            out[-1] = DateHit(first.start, hit.end, year, first.month, first.day, until=hit)
        else:
            out.append(hit)
    return out


# "in 2023", "in late March", and spans of time: "In recent years", "in the coming weeks", "At the same time"
_DATE_START = re.compile(rf"\s+(?:(?:early|late|mid)[\s-]+)?(?:{_YEAR}|{_MONTH}(?![\w-]))|\s+(?i:(?:the\s+)?"
                         r"(?:recent|past|last|coming|next|following|previous)\s+(?:\w+\s+)?(?:years?|months?|weeks?|"
                         r"days?|decades?)\b|the\s+meantime\b|(?:the\s+same|that|the|this)\s+(?:time|moment|point)\b|one\s+point\b)")


def starts_date(text: str, position: int) -> bool:
    """Whether a date follows at `position` ("in 2023", "in late March"), after a space."""
    return bool(_DATE_START.match(text, position))


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


def resolve(hit: DateHit, anchor: date | None, year_hint: int | None = None, ahead: bool = False) -> str | None:
    """The ISO 8601 form of a date, its year taken from the text, the anchor or a hint.

    A month and day without a year take the anchor's year, or the year before when that
    would put the event after the report was written; for what is still to come (`ahead`,
    "will send troops in January" written in September) the year after when that would put
    it before.
    """
    if hit.until is not None:
        first = resolve(replace(hit, until=None), anchor, year_hint, ahead)
        last = resolve(hit.until, anchor, year_hint, ahead)
        if first and last and first != last and bounds(first)[0] <= bounds(last)[1]:
            return f"{first.split('/')[0]}/{last.split('/')[-1]}"
        return first
    year = hit.year
    if hit.years_on is not None:
        if anchor is None:
            return None
        year = anchor.year + hit.years_on
    if hit.month is None:
        return f"{year:04d}" if year else None
    if year is None and anchor is not None:
        year = anchor.year
        if ahead and (hit.month, hit.day or 31) < (anchor.month, anchor.day):
            year += 1
        elif not ahead and (hit.month, hit.day or 1) > (anchor.month, anchor.day):
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


def relative(text: str, anchor: date | None, start: int = 0, end: int | None = None, ahead: bool = False) -> str | None:
    """The day or period that the first relative expression in text[start:end] names.

    "yesterday" and "overnight" are days, "on Tuesday" the last Tuesday up to the anchor (with
    `ahead`, for what is still to come, the next one),
    "last week" a range of seven days, "earlier this month" a month. A day on which something
    was said ("the ministry said on Monday") is not the day of the event. Without an anchor
    (the day the report was published) there is nothing to count from, so no date.
    """
    if anchor is None:
        return None
    found = relatives(text, start, end)
    return resolve_relative(found[0], anchor, ahead) if found else None


def relatives(text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    """The relative expressions in text[start:end] that date an event, not a statement."""
    return [m for m in _RELATIVE.finditer(text, start, len(text) if end is None else end)
            if not is_statement_date(text, m.start(), m.end())]


def resolve_relative(m: re.Match[str], anchor: date, ahead: bool = False) -> str:
    """The day or period a relative expression names, counted from the anchor; a weekday of
    something to come ("due to leave on Friday") is the next one."""
    if m.group("word"):
        offset = RELATIVE_DAYS[" ".join(m.group("word").lower().split())]
        return (anchor + timedelta(days=offset)).isoformat()
    if m.group("weekend"):
        saturday = anchor - timedelta(days=(anchor.weekday() - 5) % 7)  # the last Saturday up to the anchor
        if m.group("weekend").lower().startswith("last") and anchor.weekday() in (5, 6):
            saturday -= timedelta(days=7)
        return f"{saturday.isoformat()}/{min(saturday + timedelta(days=1), anchor).isoformat()}"
    weekday = m.group("weekday") or m.group("weekday2") or m.group("weekday3")
    if weekday and ahead and not m.group().lower().startswith("last"):
        return (anchor + timedelta(days=(WEEKDAYS.index(weekday.lower()) - anchor.weekday()) % 7)).isoformat()
    if weekday:
        back = (anchor.weekday() - WEEKDAYS.index(weekday.lower())) % 7
        if back == 0 and m.group().lower().startswith("last"):
            back = 7  # "last Tuesday" in a Tuesday paper is a week ago
        return (anchor - timedelta(days=back)).isoformat()
    which, unit = m.group("period").lower().split()[-2:]
    if unit == "week":
        if which in ("last", "next"):
            monday = anchor - timedelta(days=anchor.weekday()) + timedelta(days=7 if which == "next" else -7)
            return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"
        monday = anchor - timedelta(days=anchor.weekday())
        return f"{monday.isoformat()}/{anchor.isoformat()}"
    if unit == "month":
        if which == "last":
            previous = anchor.replace(day=1) - timedelta(days=1)
            return f"{previous.year:04d}-{previous.month:02d}"
        if which == "next":
            following = anchor.replace(day=28) + timedelta(days=4)
            return f"{following.year:04d}-{following.month:02d}"
        return f"{anchor.year:04d}-{anchor.month:02d}"
    return f"{anchor.year + _YEARS_ON.get(which, 0):04d}"


# Words that date an event by another one ("a day before the aircraft landed"), in days.
_EVENT_OFFSET = re.compile(
    r"\b(?:(?P<before>a|one|the|two|three)\s+days?\s+(?:before|earlier|prior)|the\s+previous\s+day"
    r"|(?P<after>a|one|two|three)\s+days?\s+later|the\s+(?:next|following)\s+day"
    r"|(?P<same>(?:an?|one|two|three|four|five|six|several|a\s+few|\d+)\s+hours?\s+later|later\s+that\s+day"
    r"|the\s+same\s+day))\b",
    re.IGNORECASE,
)
_COUNTS = {"a": 1, "one": 1, "the": 1, "two": 2, "three": 3}


def event_offset(text: str, start: int = 0, end: int | None = None) -> int | None:
    """Days between the event a text tells of and the one it is dated by, when it says so."""
    m = _EVENT_OFFSET.search(text, start, len(text) if end is None else end)
    if m is None:
        return None
    if m.group("before"):
        return -_COUNTS[m.group("before").lower()]
    if m.group("after"):
        return _COUNTS[m.group("after").lower()]
    if m.group("same"):
        return 0  # "two hours later", "later that day"
    return -1 if "previous" in m.group().lower() else 1


def shift(value: str, days: int) -> str | None:
    """A day moved by a number of days ("a day before" the landing); None unless value is a day."""
    try:
        return (date.fromisoformat(value) + timedelta(days=days)).isoformat()
    except ValueError:
        return None


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
