"""Find the places a document names and resolve each to one gazetteer entry.

Recognition looks up capitalised word sequences (any case in an ALL-CAPS headline) in
the gazetteer, longest first, and widens them to the facility or area they name: "the
port of Samsun", "Misrata airport", "northern Hama", "the Libyan capital". Resolution
picks, for a name with several candidates, the one that the document's context
supports best, and records why.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from routes.gazetteer import Gazetteer, name_key
from routes.model import Document, Mention, Place, Span

_TOKEN = re.compile(r"[^\W_]+(?:[-'.][^\W_]+)*'?", re.UNICODE)
# Words after a city that name one of its facilities, and the place types they mean.
FACILITY_WORDS = {
    "airport": ("airport", "airbase"), "international airport": ("airport",),
    "air base": ("airbase", "airport"), "airbase": ("airbase", "airport"), "airfield": ("airbase", "airport"),
    "military airport": ("airbase", "airport"), "port": ("port",), "harbour": ("port",), "harbor": ("port",),
    "seaport": ("port",), "naval base": ("port", "base"), "crossing": ("crossing",),
    "border crossing": ("crossing",), "base": ("base", "airbase"),
}
FACILITY_PREFIXES = {"port of": ("port",), "harbour of": ("port",), "harbor of": ("port",),
                     "airport of": ("airport",)}
AREA_WORDS = {"province", "governorate", "region", "district", "countryside", "suburbs", "outskirts"}
DIRECTIONS = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western",
    "south-eastern", "south-western", "northeast", "northwest", "southeast", "southwest", "upper", "lower",
}
# Words before a name that make it a person's or a vessel's, not a place's.
PERSON_TITLES = {
    "president", "minister", "general", "gen", "marshal", "field", "captain", "capt", "major", "maj",
    "colonel", "col", "lieutenant", "lt", "sergeant", "mr", "mrs", "ms", "dr", "sheikh", "king",
    "prince", "emir", "commander", "spokesman", "chancellor", "premier", "secretary", "ambassador",
    "envoy", "senator", "governor", "mayor", "judge", "saint",
}
VESSEL_WORDS = {"ship", "vessel", "mv", "m/v", "tanker", "freighter", "frigate", "dhow", "boat", "yacht",
                "ferry", "carrier", "destroyer", "corvette", "submarine", "warship", "trawler"}
# Prior weight by layer: a curated entry was checked by a person.
CURATED_BONUS = 0.6


@dataclass(frozen=True, slots=True)
class _Token:
    start: int
    end: int
    text: str
    key: str
    possessive: bool


@dataclass
class _Candidate:
    start: int
    end: int
    places: list[Place]
    kind: str = "name"
    country_hint: str | None = None  # a country the text ties this name to
    types: tuple[str, ...] = ()  # facility types the wording asks for
    area: bool = False  # "northern Hama", "Idlib province": the area, not the town
    hint_reason: str = ""


@lru_cache(maxsize=65536)
def _key(word: str) -> str:
    return name_key(word)


def tokens(text: str, start: int, end: int) -> list[_Token]:
    """Words of a sentence; a possessive "'s" is split off and remembered."""
    out = []
    for m in _TOKEN.finditer(text, start, end):
        word, possessive = m.group(), False
        if word.endswith("'s") or word.endswith("'"):
            possessive = True
            word = word[:-2] if word.endswith("'s") else word[:-1]
        if not word:
            continue
        out.append(_Token(m.start(), m.start() + len(word), word, _key(word), possessive))
    return out


class Recogniser:
    """Finds and resolves place mentions with one gazetteer; build once, use for many documents."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self._first_words: dict[str, int] = {}
        for key in gazetteer._by_key:
            first, _, _ = key.partition(" ")
            self._first_words[first] = max(self._first_words.get(first, 0), key.count(" ") + 1)

    # -- recognition ------------------------------------------------------------------------

    def mentions(self, document: Document) -> list[Mention]:
        """Every place mention in the document's prose, resolved."""
        candidates: list[tuple[Span, _Candidate]] = []
        for sentence in document.sentences:
            for candidate in self._sentence_candidates(document.text, sentence):
                candidates.append((sentence, candidate))
        return self._resolve(document, candidates)

    def _sentence_candidates(self, text: str, sentence: Span) -> list[_Candidate]:
        toks = tokens(text, sentence.start, sentence.end)
        letters = [ch for ch in text[sentence.start:sentence.end] if ch.isalpha()]
        headline = bool(letters) and sum(ch.isupper() for ch in letters) / len(letters) > 0.8
        found: list[_Candidate] = []
        i = 0
        while i < len(toks):
            candidate, used = self._match_at(text, toks, i, headline)
            if candidate is None:
                i += 1
                continue
            found.append(candidate)
            i += used
        return found

    def _capitalised(self, tok: _Token, headline: bool) -> bool:
        return headline or tok.text[:1].isupper() or tok.text[:1].isdigit() and len(tok.text) > 2

    def _match_at(self, text: str, toks: list[_Token], i: int, headline: bool) -> tuple[_Candidate | None, int]:
        tok = toks[i]
        if not self._capitalised(tok, headline):
            return None, 1
        gazetteer = self.gazetteer
        # "Turkish", "Libyan capital", "Turkish port of Samsun"
        country = None if "-" in tok.text else gazetteer.country_of_adjective(tok.text)
        if country is not None and not tok.possessive:
            return self._after_adjective(text, toks, i, country)
        longest = min(self._first_words.get(tok.key, 0), len(toks) - i)
        for n in range(longest, 0, -1):
            last = toks[i + n - 1]
            if n > 1 and not (self._capitalised(last, headline) or last.key in FACILITY_WORDS
                              or last.key in AREA_WORDS):
                continue
            if any(t.possessive for t in toks[i:i + n - 1]):
                continue
            key = " ".join(t.key for t in toks[i:i + n])
            if not gazetteer.has_name(key):
                continue
            places = gazetteer.lookup(key)
            if not self._plausible(toks, i, n, places, headline):
                return None, n
            candidate = _Candidate(toks[i].start, last.end, places)
            used = n + self._widen(toks, i, n, candidate)
            return candidate, used
        return None, 1

    def _plausible(self, toks: list[_Token], i: int, n: int, places: list[Place], headline: bool) -> bool:
        """Reject a vessel's or person's name, and uncurated names inside a longer proper name."""
        before = toks[i - 1].key if i else ""
        if before in VESSEL_WORDS or before in PERSON_TITLES:
            return False
        curated = any(not _is_offline(p) for p in places)
        if curated or headline:
            return True
        inside_run = (i and toks[i - 1].text[:1].isupper() and not toks[i - 1].possessive
                      and toks[i - 1].end + 1 >= toks[i].start and not _sentence_initial(toks, i - 1)) \
            or (i + n < len(toks) and toks[i + n].text[:1].isupper() and toks[i + n].start - toks[i + n - 1].end <= 1)
        return not inside_run

    def _widen(self, toks: list[_Token], i: int, n: int, candidate: _Candidate) -> int:
        """Extend a match to the facility or area that the words around it name."""
        extra = 0
        j = i + n
        for width in (2, 1):
            words = " ".join(t.key for t in toks[j:j + width])
            if len(toks[j:j + width]) == width and words in FACILITY_WORDS:
                candidate.types = FACILITY_WORDS[words]
                candidate.end = toks[j + width - 1].end
                extra = width
                break
        else:
            if j < len(toks) and toks[j].key in AREA_WORDS:
                candidate.area = True
                candidate.end = toks[j].end
                extra = 1
        if i >= 2 and " ".join(t.key for t in toks[i - 2:i]) in FACILITY_PREFIXES:
            candidate.types = FACILITY_PREFIXES[" ".join(t.key for t in toks[i - 2:i])]
            candidate.start = toks[i - 2].start
            if i >= 3 and self.gazetteer.country_of_adjective(toks[i - 3].text):
                country = self.gazetteer.country_of_adjective(toks[i - 3].text)
                candidate.country_hint = country.country if country else None
                candidate.hint_reason = f"'{toks[i - 3].text} {toks[i - 2].text} of'"
        if i >= 1 and toks[i - 1].key in DIRECTIONS:
            candidate.start = toks[i - 1].start
            candidate.area = True
        if i >= 1 and toks[i - 1].possessive:
            country = self.gazetteer.lookup(toks[i - 1].text)
            country_places = [p for p in country if p.is_country]
            if country_places:
                candidate.country_hint = country_places[0].country
                candidate.hint_reason = f"'{toks[i - 1].text}'s'"
        return extra

    def _after_adjective(self, text: str, toks: list[_Token], i: int, country: Place) -> tuple[_Candidate, int]:
        nxt = toks[i + 1].key if i + 1 < len(toks) else ""
        if nxt == "capital":
            capital = self.gazetteer.capital(country.country)
            if capital is not None:
                return _Candidate(toks[i].start, toks[i + 1].end, [capital], country_hint=country.country,
                                  hint_reason=f"'{toks[i].text} capital'"), 2
        if nxt == "coast":
            coasts = [p for p in self.gazetteer.lookup(f"{toks[i].text} coast") if p.type == "coast"]
            if coasts:
                return _Candidate(toks[i].start, toks[i + 1].end, coasts, country_hint=country.country,
                                  hint_reason=f"'{toks[i].text} coast'"), 2
        return _Candidate(toks[i].start, toks[i].end, [country], kind="adjective"), 1

    # -- resolution -------------------------------------------------------------------------

    def _resolve(self, document: Document, found: list[tuple[Span, _Candidate]]) -> list[Mention]:
        """Choose one place per mention from the country words and places around it."""
        doc_countries: Counter[str] = Counter()
        sentence_countries: dict[int, Counter[str]] = {}
        anchors: list[Place] = []
        for sentence, c in found:
            unambiguous = len({p.country for p in c.places}) == 1
            if unambiguous or c.country_hint:
                code = c.country_hint or c.places[0].country
                doc_countries[code] += 1
                sentence_countries.setdefault(sentence.start, Counter())[code] += 1
                if len(c.places) == 1 and not c.places[0].is_country:
                    anchors.append(c.places[0])
        total = sum(doc_countries.values()) or 1
        mentions = []
        for sentence, c in found:
            places = self._refine(c)
            local = sentence_countries.get(sentence.start, Counter())
            scored = sorted(
                ((self._score(p, c, local, doc_countries, total, anchors), p) for p in places),
                key=lambda sp: (-sp[0][0], sp[1].id),
            )
            (score, why), best = scored[0]
            if len(scored) == 1:
                reason = why or "only candidate"
            else:
                runner = scored[1]
                reason = f"{len(scored)} candidates; chose {best.country}" + (f": {why}" if why else "")
                score = 1 / (1 + math.exp(-(score - runner[0][0]) * 3))
            confidence = round(min(1.0, max(0.05, score if len(scored) > 1 else 0.9)), 3)
            mentions.append(Mention(
                doc_id=document.id, start=c.start, end=c.end, text=document.text[c.start:c.end],
                place=best, score=confidence, reason=reason, kind=c.kind,
            ))
        return mentions

    def _refine(self, c: _Candidate) -> list[Place]:
        """The facility that 'X airport' or 'the port of X' names, or the area 'northern X' names."""
        places = c.places
        if c.types:
            exact = [p for p in places if p.type in c.types]
            if exact:
                return exact
            facilities = [f for p in places for f in self.gazetteer.facilities(p.id, c.types)]
            if facilities:
                return facilities
        if c.area:
            areas = [p for p in places if p.type in ("region", "country")]
            if areas:
                return areas
        return places

    def _score(self, place: Place, c: _Candidate, local: Counter[str], doc: Counter[str], total: int,
               anchors: list[Place]) -> tuple[float, str]:
        score = 0.0 if _is_offline(place) else CURATED_BONUS
        score += math.log10(place.population + 10) / 8
        if place.is_country:
            score += 0.4
        reasons = []
        if c.country_hint:
            if place.country == c.country_hint:
                score += 3
                reasons.append(c.hint_reason or f"tied to {c.country_hint}")
        if local.get(place.country):
            score += 1.5
            reasons.append(f"{place.country} named in the same sentence")
        share = doc.get(place.country, 0) / total
        if share:
            score += 1.5 * share
            reasons.append(f"{doc[place.country]} mention(s) of {place.country} in the document")
        near = [a for a in anchors if a.id != place.id and _km(a, place) < 400]
        if near:
            score += 0.5
            reasons.append(f"near {near[0].name}")
        return score, "; ".join(reasons[:2])


def _is_offline(place: Place) -> bool:
    return place.id.startswith(("geonames-", "icao-"))


def _sentence_initial(toks: list[_Token], i: int) -> bool:
    return i == 0


def _km(a: Place, b: Place) -> float:
    """Great-circle distance, for a coarse 'is it near' test in scoring."""
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dl = math.radians(b.lon - a.lon)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742 * math.asin(min(1.0, math.sqrt(h)))
