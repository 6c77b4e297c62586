"""Find the places a document names and resolve each to one gazetteer entry.

Recognition looks up capitalised word sequences (any case in an ALL-CAPS headline) in
the gazetteer, longest first, and widens them to the facility or area they name: "the
port of Samsun", "Misrata airport", "northern Hama", "the Libyan capital". It refuses
names that the words around them make a vessel's or a person's, and names that are also
ordinary English words ("Reading", "Man") unless the text puts them in a geographic
frame ("in Reading", "Reading, Pa.").

Resolution picks, for a name with several candidates, the one that the document's
context supports best, and records why: the country or state the text ties the name to
("Libya's Tripoli", "Paris, Ky."), the countries and states of the document's other
places, nearness to them, and population as a prior. It runs twice, the second time
with the first round's choices as context, and gives one name one sense per document.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import accumulate, compress, repeat
from operator import add, and_, is_, itemgetter

from routes.gazetteer import AREA_NAMES, Gazetteer, name_key
from routes.model import Document, Mention, Place, Span

# Words; a hyphen separates words ("London-based", "Deir ez-Zor"), as name_key reads it.
# a word's letters and digits, without footnote marks ("to Sanaa.² In its reply")
_WORD_CHAR = r"[^\W_\u00b2\u00b3\u00b9\u2070\u2074-\u2079]"
_TOKEN = re.compile(rf"{_WORD_CHAR}+(?:['.]{_WORD_CHAR}+)*'?", re.UNICODE)
_QUOTE = re.compile(r"'s?(?![^\W_])")  # where a possessive word ends
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
_ROMAN_NUMERAL = re.compile(r"(?!I$)X{0,2}(?:IX|IV|V?I{1,3}|V)")  # not "I": "in Moscow I met"
_LIST_GAP = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})", re.UNICODE)
# Lower-case particles that begin Arabic names when a hyphen ties them to the next word
# ("al-Tanf", "ad-Dana"): a name may start with one.
PARTICLES = {"al", "el", "ad", "ar", "as", "ash", "at", "az", "ad", "ed", "en", "es", "ez", "an", "ul", "um"}
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
SETTLEMENT_OF = {"town of", "city of", "village of", "settlement of"}
AREA_WORDS = {"province", "governorate", "region", "district", "countryside", "suburbs", "outskirts"}
DIRECTIONS = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western",
    "south-eastern", "south-western", "northeast", "northwest", "southeast", "southwest", "upper", "lower",
}
# Words before a name that put it on the map: "in Reading", "near Bath".
GEOGRAPHIC_WORDS = {
    "in", "at", "from", "to", "near", "into", "outside", "across", "through", "toward", "towards", "via",
    "around", "between", "within", "throughout", "across", "off", "inside", "entering", "leaving",
}
# After a name, what makes it a vessel's: "Port Olya-3", "the Kama, a Russian-flagged cargo ship".
_VESSEL_AFTER = re.compile(r"-\d+\b|,\s+(?:a|an)\s+(?:[\w-]+\s+){0,4}(?:%s)\b" % "|".join(
    ["ship", "vessel", "tanker", "freighter", "dhow", "ferry", "trawler", "barge", "coaster"]))
# "the North" and "the South" standing alone, not "the North Atlantic" or "the South of France"
_THE_NORTH = re.compile(r"\b[Tt]he\s+(North|South)\b(?!\s+(?:of\b|[A-Z]))(?!-)")
# After a name, what makes it a works' name: "the Sloboda plant in Čačak" is in Čačak.
_WORKS_AFTER = re.compile(r"\s+(?:plant|factory|works|shipyard|arsenal)\s+(?:in|at|near|outside)\s+(?=[^\W\d_])")
# Words before a name that make it a person's or a vessel's, not a place's.
PERSON_TITLES = {
    "president", "minister", "general", "gen", "marshal", "field", "captain", "capt", "major", "maj",
    "colonel", "col", "lieutenant", "lt", "sergeant", "mr", "mrs", "ms", "dr", "sheikh", "king",
    "prince", "emir", "commander", "spokesman", "chancellor", "premier", "secretary", "ambassador",
    "envoy", "senator", "governor", "mayor", "judge", "saint", "coach", "sen", "rep", "gov", "sgt",
    "officer", "detective", "deputy", "sheriff", "pastor", "rev", "father", "sister", "brother",
    # "the Imam Ali compound", "Ayatollah Khamenei", "Admiral Tokarev"
    "imam", "ayatollah", "mullah", "admiral", "adm", "brigadier", "corporal",
}
VESSEL_WORDS = {"ship", "vessel", "mv", "m/v", "tanker", "freighter", "frigate", "dhow", "boat", "yacht",
                "ferry", "carrier", "destroyer", "corvette", "submarine", "warship", "trawler"}
# First words of proper names that are places even when a person's name follows them.
# the four quarters between the cardinal points ("north-east" is read as these words joined)
QUARTERS = {"northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern",
            "southwestern"}
NAME_PREFIXES = DIRECTIONS | {"new", "fort", "port", "lake", "mount", "saint", "st", "san", "santa", "el", "al"}
# Prior weight by layer: a curated entry was checked by a person.
CURATED_BONUS = 0.6
# An administrative area counts all its towns' people; a tenth of them keeps it from
# outranking the city it is named after (Geneva the city, not the canton).
AREA_DISCOUNT = 10
# A national capital is what a bare name most often means ("Washington", "Athens").
CAPITAL_BONUS = 0.5
# A country's own name is what the bare name most often means ("Jamaica", not the town in New
# York), unless words around it tie it to the town.
COUNTRY_NAME_BONUS = 1.0
# A town matched by one of its GeoNames alternate names only, not its own name.
ALIAS_PENALTY = 0.5
# A second-level area (county, district) named like towns is rarely what the bare name means;
# its people may include a large city of another name (Perth in the district of Cambridge).
SECOND_LEVEL_PENALTY = 0.3
# A city this large is meant by its own name written with a capital inside a sentence (not in
# capitals: "NICE" is an agency), even when the name is also an English word ("Boston" is a
# card game in Webster's); a smaller town (Reading, Bath) needs a geographic frame.
LARGE_CITY = 250_000
# Places whose points lie within this many degrees of each other count as near.
NEAR_DEGREES = 1.5


class _Tokens:
    """The words of a whole document, found in one regular-expression pass: the text split
    on words gives words and the gaps between them, whose running lengths are the offsets,
    so no Python object is made and no Python code runs per word."""

    __slots__ = ("starts", "ends", "texts", "keys", "possessive", "upper")

    def __init__(self, text: str) -> None:
        if len(_KEYS) > 200_000:
            _KEYS.clear()
        parts = _TOKEN_SPLIT.split(text)
        offsets = list(accumulate(map(len, parts), initial=0))
        texts = parts[1::2]
        self.starts = starts = offsets[1::2]
        size = len(texts)
        self.possessive = [False] * size
        if "'" in text:  # only the words around an apostrophe are looked at again
            ends = offsets[2::2]
            for quote in _QUOTE.finditer(text):
                i = bisect_right(starts, quote.start()) - 1
                if i < 0 or ends[i] != quote.end():
                    continue
                word = texts[i]
                if word[-1] == "'" and len(word) > 1:  # "Libya's" is Libya, possessive
                    texts[i], self.possessive[i] = word[:-1], True
                elif word.endswith("'s") and len(word) > 2:
                    texts[i], self.possessive[i] = word[:-2], True
            self.ends = list(map(add, starts, map(len, texts)))
        else:
            self.ends = offsets[2::2]
        self.texts = texts
        self.keys = keys = list(map(_KEYS.get, texts))
        if None in keys:
            for i in compress(range(size), map(is_, keys, repeat(None, size))):
                keys[i] = _KEYS.setdefault(texts[i], name_key(texts[i]))
        self.upper = list(map(str.isupper, map(itemgetter(0), texts)))


class _Words:
    """The words of one sentence, as parallel lists: most words are looked at only as the
    neighbours of a name, so no object is made per word."""

    __slots__ = ("starts", "ends", "texts", "keys", "possessive", "upper", "size", "capitals", "headline")

    def __init__(self, text: str, start: int, end: int, tokens: _Tokens | None = None) -> None:
        if tokens is None:
            tokens = _Tokens(text[start:end])
            shift = start
            lo, hi = 0, len(tokens.texts)
        else:
            shift = 0
            lo, hi = bisect_left(tokens.starts, start), bisect_left(tokens.starts, end)
        self.starts = tokens.starts[lo:hi]
        self.ends = tokens.ends[lo:hi]
        if shift:
            self.starts = [s + shift for s in self.starts]
            self.ends = [e + shift for e in self.ends]
        self.texts = tokens.texts[lo:hi]
        self.keys = tokens.keys[lo:hi]
        self.possessive = tokens.possessive[lo:hi]
        self.upper = upper = tokens.upper[lo:hi]
        self.size = len(upper)
        self.capitals = list(compress(range(self.size), upper))  # where a name may start
        # "the 86th Air Base", "the 201st Military Base": a name may start on an ordinal too
        numbers = list(compress(range(self.size - 1), map(str.isdigit, map(itemgetter(0), self.texts))))
        if numbers:
            ordinals = [i for i in numbers if upper[i + 1] and _ORDINAL.fullmatch(self.texts[i])]
            self.capitals = sorted(self.capitals + ordinals) if ordinals else self.capitals
        self.headline = _is_headline(self)

    @staticmethod
    def of_document(text: str, sentences) -> list[tuple[object, "_Words"]]:
        """Each sentence with its words, the document tokenised once. A sentence whose edge
        falls inside a word (no sentence splitter does that, but spans may come from
        anywhere) is tokenised on its own, so its words are exactly its own."""
        tokens = _Tokens(text)
        starts, ends = tokens.starts, tokens.ends
        out = []
        for s in sentences:
            lo, hi = bisect_left(starts, s.start), bisect_left(starts, s.end)
            clean = (lo == 0 or ends[lo - 1] <= s.start) and (hi == lo or ends[hi - 1] <= s.end)
            out.append((s, _Words(text, s.start, s.end, tokens if clean else None)))
        return out

    def key_of(self, start: int, end: int) -> str:
        """The words from start to end (exclusive) in name_key form."""
        return " ".join(self.keys[start:end])


@dataclass
class _Candidate:
    start: int
    end: int
    key: str
    places: list[Place]
    kind: str = "name"
    country_hint: str | None = None  # a country the text ties this name to
    area_hint: str | None = None  # a state or province the text ties it to ("Paris, Ky.")
    types: tuple[str, ...] = ()  # facility types the wording asks for
    area: bool = False  # "northern Hama", "Idlib province": the area, not the town
    hint_reason: str = ""

    def sense(self) -> tuple:
        """What decides the place: one name read the same way gets one sense per document."""
        return self.key, self.kind, self.country_hint, self.area_hint, self.types, self.area


_NO_COUNTS: dict[str, int] = {}


@dataclass
class _Context:
    """What the rest of a document says about where it is."""

    countries: Counter[str]
    areas: Counter[str]
    sentences: dict[int, Counter[str]]
    cells: Counter[tuple[int, int]]
    total: int
    # for each grid square asked about, the mentions in it or in the eight squares around it
    near: dict[tuple[int, int], int] = field(default_factory=dict)


# name_key of each distinct word seen, kept small enough for a long-running process.
_KEYS: dict[str, str] = {}


@lru_cache(maxsize=65536)
def _key(word: str) -> str:
    return name_key(word)


@lru_cache(maxsize=65536)
def _first_word(key: str) -> str:
    return key.partition(" ")[0]  # "U.S" is one token but two words


class Recogniser:
    """Finds and resolves place mentions with one gazetteer; build once, use for many documents."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        # The longest name (in words) that starts with each word: most words start none.
        self._first_words: dict[str, int] = {}
        for key in gazetteer.name_keys():
            first = key.partition(" ")[0]
            self._first_words[first] = max(self._first_words.get(first, 0), key.count(" ") + 1)
        self._cells: dict[str, tuple[int, int]] = {}
        self._owned: set[str] = set()
        self._kin: set[str] = set()  # countries the same name was read in under another wording
        self._priors: dict[str, float] = {}
        self._starting: dict[str, bool] = {}  # per distinct word: may a name start with it

    # -- recognition ------------------------------------------------------------------------

    def mentions(self, document: Document) -> list[Mention]:
        """Every place mention in the document's prose, resolved."""
        sentences = _Words.of_document(document.text, document.sentences)
        people = self._people(document.text, sentences)
        vessels = _vessel_names(sentences)
        found: list[tuple[int, _Candidate]] = []
        for number, (_, words) in enumerate(sentences):
            for candidate in self._sentence_candidates(document.text, words, people, vessels):
                found.append((number, candidate))
        mentions = self._resolve(document, found)
        return sorted(mentions + _short_country_names(document, mentions), key=lambda m: m.start)

    def unknown_names(self, document: Document) -> list[str]:
        """Capitalised names in a geographic frame ("near Kelleyland") that no layer knows:
        the names an online geocoder may be asked about."""
        text, names = document.text, []
        for sentence in document.sentences:
            w = _Words(text, sentence.start, sentence.end)
            if w.headline:
                continue
            for i in range(1, w.size):
                if not w.upper[i] or w.keys[i - 1] not in GEOGRAPHIC_WORDS or w.upper[i - 1]:
                    continue
                end = i + 1
                while end < w.size and w.upper[end] and w.starts[end] - w.ends[end - 1] <= 1:
                    end += 1
                known = any(self.gazetteer.has_name(w.key_of(i, j)) for j in range(i + 1, end + 1))
                if not known and self.gazetteer.place_of_adjective_key(w.keys[i]) is None \
                        and w.keys[i] not in self.gazetteer.common_words:
                    names.append(text[w.starts[i]:w.ends[end - 1]])
        return names

    def _people(self, text: str, sentences: list[tuple[Span, _Words]]) -> set[str]:
        """Last words of the document's personal names ("Sheriff Greg Taylor", "Jon R. Taylor"):
        the document later calls that person "Taylor", not the town.

        A personal name here is a run of capitalised words after any title, whose first word
        names no place and whose last word no curated place or country; or a capitalised
        word inside a sentence that names no place at all ("Putin", so not "Vladimir Putin").
        """
        people: set[str] = set()
        given = self.gazetteer.given_names
        for _, w in sentences:
            if not w.capitals or w.headline or _title_case(text, w):
                continue
            run: list[int] = []
            previous = -2
            for i in [*w.capitals, -1]:
                if run and i != previous + 1:  # a lower-case word between: the run ends there
                    if len(run) > 1:  # (one word alone is never taken for a name)
                        self._person(w, run, people, given)
                    run = []
                previous = i
                capital = i >= 0 and w.keys[i] not in PERSON_TITLES
                last = run[-1] if run else -1
                if capital and run and not w.possessive[last] and (
                        w.starts[i] - w.ends[last] <= 1 or len(w.texts[last]) == 1 and w.starts[i] - w.ends[last] <= 2):
                    run.append(i)
                    continue
                if len(run) > 1:
                    self._person(w, run, people, given)
                run = [i] if capital else []
        return people

    def _person(self, w: _Words, run: list[int], people: set[str], given: frozenset[str]) -> None:
        """Note the last word of a run of capitalised words that is a personal name."""
        common = self.gazetteer.common_words
        while run and w.keys[run[0]] in common and w.keys[run[0]] not in given:
            run.pop(0)
        if len(run) < 2 or w.keys[run[0]] in NAME_PREFIXES:
            pass
        elif not self.gazetteer.has_name(w.keys[run[0]]) and not self._settled(w.keys[run[-1]]) \
                or w.keys[run[0]] in given and not self.gazetteer.has_name(w.keys[run[-1]]) \
                and w.keys[run[-1]] not in common:
            people.add(w.keys[run[-1]])  # "Jon Taylor", "Vladimir Putin" ("Tyler Perry": see _inside_name)
        elif len(run) == 1 and run[0] > 0 and not self.gazetteer.has_name(w.keys[run[0]]):
            people.add(w.keys[run[0]])  # "Putin said": a name, and no place's

    def _starts_name(self, key: str) -> bool:
        """Whether some name begins with this word (cached per distinct word)."""
        known = self._starting.get(key)
        if known is None:
            if len(self._starting) > 200_000:
                self._starting.clear()
            known = self._starting[key] = _first_word(key) in self._first_words
        return known

    def _settled(self, key: str) -> bool:
        """Whether a word names a place people checked."""
        return any(self.gazetteer.is_curated(p) for p in self.gazetteer.lookup_key(key))

    def _sentence_candidates(self, text: str, w: _Words, people: set[str],
                             vessels: frozenset[tuple[str, ...]] = frozenset()) -> list[_Candidate]:
        headline = w.headline
        aboard = _named_vessels(w, vessels)
        found: list[_Candidate] = []
        if headline:
            starts = range(w.size)
        elif w.size and text.find("-", w.starts[0], w.ends[-1]) >= 0:
            particles = [i for i in compress(range(w.size), map(PARTICLES.__contains__, w.keys))
                         if not w.upper[i] and _particle(w, i)]
            starts = sorted(w.capitals + particles) if particles else w.capitals
        else:
            starts = w.capitals
        starts_name = self._starts_name
        after = 0  # the first word not yet part of a match
        keys = w.keys
        for i in starts:
            if i < after or i in aboard or not starts_name(keys[i]):
                continue
            candidate, used = self._match_at(text, w, i, headline, people)
            if candidate is not None:
                found.append(candidate)
                state = self._state_after(text, w, i + used)
                if state is not None:
                    found.append(state)
                    used += 1
            after = i + used
        _countries_listed(text, found)
        return found

    def _state_after(self, text: str, w: _Words, k: int) -> _Candidate | None:
        """The state that a short form names right after a place and a comma: "Springfield,
        Ill.", "Dayton, OH" (forms that elsewhere are words: "ill", "OR")."""
        if k >= w.size or not w.upper[k] or text[w.ends[k - 1]:w.starts[k]] != ", ":
            return None
        word = w.texts[k]
        if not (len(word) == 2 and word.isupper() or text[w.ends[k]:w.ends[k] + 1] == "."):
            return None
        state = self.gazetteer.place_after_place(w.keys[k])
        if state is None:
            return None
        return _Candidate(w.starts[k], w.ends[k], w.keys[k], [state], hint_reason=f"'{word}' after a place")

    def _match_at(self, text: str, w: _Words, i: int, headline: bool,
                  people: set[str]) -> tuple[_Candidate | None, int]:
        gazetteer = self.gazetteer
        known = gazetteer.is_name_or_adjective
        keys, upper, possessive = w.keys, w.upper, w.possessive
        longest = min(self._first_words[_first_word(keys[i])], w.size - i)
        lower = not (upper[i] or headline)  # "al-Tanf": a particle starts a longer name only
        for n in range(longest, 0, -1):
            last = i + n - 1
            if n > 1:
                if not (upper[last] or headline or keys[last] in FACILITY_WORDS or keys[last] in AREA_WORDS):
                    continue
                if any(possessive[i:last]):
                    # "Democratic People's Republic of Korea": the name holds the apostrophe; "Libya's
                    # Tripoli" is two names
                    if not all(text.startswith("'s", w.ends[j]) for j in range(i, last) if possessive[j]):
                        continue
                    key = " ".join(keys[j] + "s" if possessive[j] else keys[j] for j in range(i, last)) + " " + keys[last]
                else:
                    key = " ".join(keys[i:last + 1])
            elif lower:
                continue
            else:
                key = keys[i]
            if not known(key):
                continue
            places = gazetteer.lookup_key(key)
            adjective = gazetteer.place_of_adjective_key(key)
            if places and (adjective is None or any(gazetteer.is_curated(p) for p in places)):
                if not self._plausible(text, w, i, n, places, headline, people):
                    return None, n
                candidate = _Candidate(w.starts[i], w.ends[last], key, places)
                return candidate, n + self._widen(text, w, i, n, candidate)
            if adjective is not None and not w.possessive[last]:
                return self._after_adjective(w, i, n, adjective)  # "the Somali coast": Somalia's
        return None, 1

    def _plausible(self, text: str, w: _Words, i: int, n: int, places: list[Place], headline: bool,
                   people: set[str]) -> bool:
        """Reject a vessel's or person's name, a name inside a longer proper name, and a
        common word that nothing around it makes a place."""
        before = w.keys[i - 1] if i else ""
        if before in VESSEL_WORDS or before in PERSON_TITLES or _VESSEL_AFTER.match(text, w.ends[i + n - 1]):
            return False
        curated = any(self.gazetteer.is_curated(p) for p in places)
        if not headline and self._inside_name(w, i, n, places, people) and not (curated and n > 1):
            return False
        if n > 1:
            return True
        key = w.keys[i]
        if key in people and not any(p.is_country for p in places):
            return False
        if curated:
            return True
        works = _WORKS_AFTER.match(text, w.ends[i])
        if works and text[works.end()].isupper():
            return False  # "the Sloboda plant in Čačak": a works named like a town, in another town
        if len(key) <= 4 and all(p.type == "airport" for p in places):
            return False  # "LHR", "EGLL": codes name airports in look-ups, rarely in prose
        return key not in self.gazetteer.common_words or self._geographic(text, w, i) \
            or i > 0 and not headline and w.upper[i] and not w.texts[i].isupper() and self._large_city(key, places)

    def _large_city(self, key: str, places: list[Place]) -> bool:
        """Whether a word is the own name of a large city and nobody's name: capitalised
        inside a sentence, it means the city even when it is also an English word ("Boston",
        "Cork", "Saskatoon"), but not when it is a given name or surname ("Mary", "Bush")."""
        gazetteer = self.gazetteer
        if key in gazetteer.given_names or key in gazetteer.surnames:
            return False
        return any(p.type == "city" and p.population >= LARGE_CITY and gazetteer.by_own_name(p, key)
                   for p in places)

    def _inside_name(self, w: _Words, i: int, n: int, places: list[Place], people: set[str]) -> bool:
        """Whether the words touch other capitalised words that make them a person's name:
        "Jon Taylor" always; "George Bush" when the document names another Bush too; "Tyler
        Perry" when Tyler is a small town nobody checked.

        A larger place followed by capitalised words is an institution named after it
        ("Ohio Supreme Court", "Paris High School") and still names the place.
        """
        gazetteer = self.gazetteer
        if i > 1 and w.upper[i - 1] and not w.possessive[i - 1] and w.starts[i] - w.ends[i - 1] <= 1 \
                and not gazetteer.has_name(w.keys[i - 1]):
            # "Jon Taylor", "Mark Jackson": after a given name or an unknown word, a person's
            # name; after an ordinary word or an acronym ("Metropolitan Atlanta", "First
            # Baptist Church Maryville"), an institution's, which still names the place
            before = w.keys[i - 1]
            if before in gazetteer.given_names or not (before in gazetteer.common_words or w.texts[i - 1].isupper()):
                return True
        j = i + n
        if j >= w.size or not w.upper[j] or w.starts[j] - w.ends[j - 1] > 1 or w.possessive[j - 1]:
            return False
        after = w.keys[j]
        if after in FACILITY_WORDS or after in AREA_WORDS or " ".join(w.keys[j:j + 2]) in FACILITY_WORDS:
            return False  # "Nakhchivan International Airport" even after "Heydar Aliyev International"
        given = n == 1 and w.keys[i] in gazetteer.given_names
        if given and after in gazetteer.surnames and not any(p.type in ("region", "country")
                                                             for p in gazetteer.lookup_key(after)):
            return True  # "Tyler Perry", "Austin Hill": a given name and a frequent surname
        if gazetteer.has_name(after):
            return False
        if after in people or _ROMAN_NUMERAL.fullmatch(w.texts[j]):
            return True  # "the Sparta IV", "Louis XIV": a ship's or ruler's name, numbered
        if any(w.keys[k] in FACILITY_WORDS for k in range(j + 1, min(j + 3, w.size)) if w.upper[k]):
            return False  # "Kunming Changshui International Airport": a facility named after the town
        if after in gazetteer.common_words or w.texts[j].isupper():
            return False  # "Springfield City Council", "Gainesville VFW": named after the place
        # an unknown word: a surname after a given name ("Paris Hilton") or after a town that
        # nobody checked, however large ("Vladimir Putin"); after a country, a state or a
        # checked place, part of an institution's name that still names the place
        return given or all(not gazetteer.is_curated(p) and p.type in ("city", "region") for p in places)

    def _geographic(self, text: str, w: _Words, i: int) -> bool:
        """Whether the words around a name frame it as a place: "in Reading", "Reading, Pa."."""
        if i and (w.keys[i - 1] in GEOGRAPHIC_WORDS or w.keys[i - 1] in DIRECTIONS):
            return True
        j = i + 1
        return j < w.size and text[w.ends[i]:w.starts[j]] == ", " and w.upper[j] \
            and any(p.type in ("region", "country") for p in self.gazetteer.lookup_key(w.keys[j]))

    def _widen(self, text: str, w: _Words, i: int, n: int, candidate: _Candidate) -> int:
        """Extend a match to the facility or area that the words around it name, and note the
        country or state that the words around it tie it to."""
        gazetteer = self.gazetteer
        extra = 0
        j = i + n
        for width in (2, 1):
            words = w.key_of(j, j + width)
            if j + width <= w.size and words in FACILITY_WORDS:
                candidate.types = FACILITY_WORDS[words]
                candidate.end = w.ends[j + width - 1]
                extra = width
                break
        else:
            if j < w.size and w.keys[j] in AREA_WORDS:
                candidate.area = True
                candidate.end = w.ends[j]
                extra = 1
        prefix = w.key_of(i - 2, i) if i >= 2 else ""
        if prefix in FACILITY_PREFIXES:
            candidate.types = FACILITY_PREFIXES[prefix]
            candidate.start = w.starts[i - 2]
        if prefix in FACILITY_PREFIXES or prefix in SETTLEMENT_OF:
            # "the Turkish port of Samsun", "the Egyptian town of Rafah", "the Chadian border town of
            # Tine": the country of the word before
            for k in (i - 3, i - 4):
                country = gazetteer.country_of_adjective(w.texts[k]) if k >= 0 else None
                if country is not None:
                    candidate.country_hint = country.country
                    candidate.hint_reason = f"'{' '.join(w.texts[k:i - 1])} of'"
                    break
        if i >= 1 and w.keys[i - 1] in DIRECTIONS:
            candidate.start = w.starts[i - 1]
            # "northeast Syria", "north-east Syria": a quarter of a country the gazetteer knows by that
            # name ("eastern Libya" stays the country, told apart only by its bearing)
            first = i - 2 if i >= 2 and w.keys[i - 2] in DIRECTIONS and text[w.ends[i - 2]:w.starts[i - 1]] == "-" else i - 1
            quarter = w.key_of(first, i).replace(" ", "") in QUARTERS
            named = [p for p in gazetteer.lookup_key(w.key_of(first, i + n)) if p.type == "region" and quarter]
            if named:
                candidate.start, candidate.key, candidate.places = w.starts[first], w.key_of(first, i + n), named
            else:
                candidate.area = True
        if i >= 1 and w.possessive[i - 1]:
            self._hint(candidate, w.keys[i - 1], f"'{w.texts[i - 1]}'s'")
        k = i + n + extra
        if k < w.size and text[w.ends[k - 1]:w.starts[k]] == ", " and w.upper[k]:
            self._hint(candidate, w.keys[k], f"'{text[w.starts[i]:w.ends[k]]}'")
        return extra

    def _hint(self, candidate: _Candidate, key: str, reason: str) -> None:
        """Tie a name to the country or state another name gives: "Libya's Tripoli", "Paris, Ky."."""
        state = self.gazetteer.place_after_place(key)  # "Springfield, Ill.", "Dayton, OH"
        for place in [state] if state is not None else self.gazetteer.lookup_key(key):
            if place.is_country:
                candidate.country_hint, candidate.hint_reason = place.country, reason
                return
            area = self.gazetteer.area(place)
            if place.type == "region" and area and area.endswith(f"/{place.name}") or \
                    place.type == "region" and self.gazetteer.is_curated(place) and area:
                candidate.country_hint, candidate.area_hint, candidate.hint_reason = place.country, area, reason
                return

    def _after_adjective(self, w: _Words, i: int, n: int, place: Place) -> tuple[_Candidate, int]:
        """'Turkish' names Turkey; 'the Libyan capital' and 'the Libyan coast' name places in it."""
        word = " ".join(w.texts[i:i + n])
        nxt = w.keys[i + n] if i + n < w.size else ""
        if nxt == "capital" and place.is_country:
            capital = self.gazetteer.capital(place.country)
            if capital is not None:
                return _Candidate(w.starts[i], w.ends[i + n], capital.id, [capital], country_hint=place.country,
                                  hint_reason=f"'{word} capital'"), n + 1
        if nxt == "coast":
            coasts = [p for p in self.gazetteer.lookup(f"{word} coast") if p.type == "coast"]
            if coasts:
                return _Candidate(w.starts[i], w.ends[i + n], coasts[0].id, coasts, country_hint=place.country,
                                  hint_reason=f"'{word} coast'"), n + 1
        return _Candidate(w.starts[i], w.ends[i + n - 1], place.id, [place], kind="adjective"), n

    # -- resolution -------------------------------------------------------------------------

    def _resolve(self, document: Document, found: list[tuple[int, _Candidate]]) -> list[Mention]:
        """Choose one place per mention from the country words and places around it."""
        refined = [(number, c, self._refine(c)) for number, c in found]
        first = self._context([(n, p) for n, _, places in refined if len({x.country for x in places}) == 1
                               for p in places[:1]])
        first_choices = self._choose(refined, first, None)
        second = self._context([(n, chosen[1]) for (n, _, _), chosen in zip(refined, first_choices)])
        choices = self._choose(refined, second, first_choices)
        return [Mention(doc_id=document.id, start=c.start, end=c.end, text=document.text[c.start:c.end],
                        place=place, score=score, reason=reason, kind=c.kind)
                for (_, c, _), (score, place, reason) in zip(refined, choices)]

    def _context(self, chosen: list[tuple[int, Place]]) -> _Context:
        context = _Context(Counter(), Counter(), {}, Counter(), len(chosen) or 1)
        for number, place in chosen:
            context.countries[place.country] += 1
            context.sentences.setdefault(number, Counter())[place.country] += 1
            area = self.gazetteer.area(place)
            if area:
                context.areas[area] += 1
            if place.type not in ("country", "sea") and place.country != "XX":
                context.cells[self._cell(place)] += 1
        return context

    def _choose(self, refined: list[tuple[int, _Candidate, list[Place]]], context: _Context,
                previous: list[tuple[float, Place, str]] | None) -> list[tuple[float, Place, str]]:
        """One (score, place, reason) per mention; mentions read the same way share a choice."""
        by_sense: dict[tuple, tuple[float, Place, str]] = {}
        own: dict[tuple, list[Place]] = {}
        if previous is not None:
            for (_, c, _), (_, place, _) in zip(refined, previous):
                own.setdefault(c.sense(), []).append(place)
        out = []
        for number, c, places in refined:
            sense = c.sense()
            if sense not in by_sense:
                # "to Tripoli ... It berthed at the port of Tripoli": the port of the town read before
                self._kin = {chosen[1].country for other, chosen in by_sense.items() if other[0] == c.key and not other[4]}
                by_sense[sense] = self._decide(c, places, number, context, own.get(sense, []))
            out.append(by_sense[sense])
        return out

    def _decide(self, c: _Candidate, places: list[Place], number: int, context: _Context,
                own: list[Place]) -> tuple[float, Place, str]:
        if len(places) == 1:
            return 0.9, places[0], c.hint_reason or "only candidate"
        # towns that bear the name as their own: the others are known by it only to GeoNames
        self._owned = {c.key} if any(p.type == "city" and self.gazetteer.by_own_name(p, c.key)
                                     for p in places) else set()
        scored = sorted(((self._score(p, c, number, context, own, False)[0], p) for p in places),
                        key=lambda sp: (-sp[0], sp[1].id))
        score, best = scored[0]
        why = self._score(best, c, number, context, own)[1]
        margin = score - scored[1][0]
        confidence = round(min(1.0, max(0.05, 1 / (1 + math.exp(-margin * 3)))), 3)
        reason = f"{len(scored)} candidates; chose {best.country}" + (f": {why}" if why else "")
        return confidence, best, reason

    def _score(self, place: Place, c: _Candidate, number: int, context: _Context,
               own: list[Place], explain: bool = True) -> tuple[float, str]:
        """Prior (curated, population, a whole country) plus what the document says."""
        gazetteer = self.gazetteer
        score = self._prior(place)
        if c.key in self._owned and place.id.startswith("adm2-"):
            score -= SECOND_LEVEL_PENALTY  # a town before the county or district of its name
        if c.key in self._owned and not gazetteer.by_own_name(place, c.key):
            score -= ALIAS_PENALTY  # "Washington" is also an old name of Piqua, Ohio
        if place.is_country and gazetteer.by_own_name(place, c.key):
            score += COUNTRY_NAME_BONUS
        reasons: list[str] | None = [] if explain else None  # words only for the chosen place
        area = gazetteer.area(place)
        if c.country_hint == place.country and (c.area_hint is None or c.area_hint == area):
            score += 3
            if reasons is not None:
                reasons.append(c.hint_reason or f"tied to {c.country_hint}")
        if place.country in self._kin:
            score += 1.5
            if reasons is not None:
                reasons.append("the same name read so elsewhere in the document")
        mine = sum(1 for p in own if p.country == place.country) if own else 0
        local = context.sentences.get(number, _NO_COUNTS).get(place.country, 0) - mine
        if local > 0:
            score += 1
            if reasons is not None:
                reasons.append(f"{place.country} named in the same sentence")
        count = context.countries.get(place.country, 0) - mine
        if count > 0:
            score += 1.5 * count / context.total
            if reasons is not None:
                reasons.append(f"{count} other mention(s) in {place.country}")
        if area:
            count = context.areas.get(area, 0) - (sum(1 for p in own if gazetteer.area(p) == area) if own else 0)
            if count > 0:
                score += 1.5 * count / context.total + 0.3
                if reasons is not None:
                    reasons.append(f"{count} other mention(s) in {area.partition('/')[2]}")
        if place.type not in ("country", "sea") and place.country != "XX":
            row, col = self._cell(place)
            near = context.near.get((row, col))
            if near is None:  # counted once per square and document
                cells = context.cells
                near = context.near[row, col] = sum(cells.get((row + dr, col + dc), 0)
                                                    for dr in (-1, 0, 1) for dc in (-1, 0, 1))
            if own:
                near -= sum(1 for p in own if p.type not in ("country", "sea") and p.country != "XX"
                            and abs(self._cell(p)[0] - row) <= 1 and abs(self._cell(p)[1] - col) <= 1)
            if near > 0:
                score += 0.5
                if reasons is not None:
                    reasons.append("near other places of the document")
        return score, "; ".join(reasons[:2]) if reasons else ""

    def _prior(self, place: Place) -> float:
        """What a place scores before the document is read: checked by a person, its people
        (an area's discounted), a whole country or a national capital. Cached per place."""
        prior = self._priors.get(place.id)
        if prior is None:
            gazetteer = self.gazetteer
            curated = gazetteer.is_curated(place)
            prior = CURATED_BONUS if curated else 0.0
            people = place.population if curated or place.type != "region" else place.population // AREA_DISCOUNT
            prior += math.log10(people + 10) / 8
            if place.is_country:
                prior += 0.4
            elif gazetteer.is_capital(place):
                prior += CAPITAL_BONUS
            self._priors[place.id] = prior
        return prior

    def _cell(self, place: Place) -> tuple[int, int]:
        """A coarse grid square, for a cheap 'near the document's other places' test."""
        cell = self._cells.get(place.id)
        if cell is None:
            cell = self._cells[place.id] = (int(math.floor(place.lat / NEAR_DEGREES)),
                                            int(math.floor(place.lon / NEAR_DEGREES)))
        return cell

    def _refine(self, c: _Candidate) -> list[Place]:
        """The facility that 'X airport' or 'the port of X' names, or the area 'northern X' names
        ("northern Hama" is Hama Governorate, "the southern Red Sea" the sea)."""
        places = c.places
        if c.types:
            exact = [p for p in places if p.type in c.types]
            if exact:
                return exact
            facilities = [f for p in places for f in self.gazetteer.facilities(p.id, c.types)]
            # "the port of Tobruk" is the one called "Tobruk port", not the oil terminal beside it
            named = [f for f in facilities if any(f in self.gazetteer.lookup_key(f"{c.key} {word}")
                                                  for word, types in FACILITY_WORDS.items() if f.type in types)]
            if named or facilities:
                return named or facilities
        if c.area:
            areas = [p for p in places if p.type in ("region", "country", "sea", "coast")] or [
                p for word in AREA_NAMES for p in self.gazetteer.lookup_key(f"{c.key} {word}") if p.type == "region"]
            if areas:
                return self._curated_sea_first(areas)  # "the southern Red Sea" is the sea
        return self._curated_sea_first(places)

    def _curated_sea_first(self, places: list[Place]) -> list[Place]:
        """A curated sea, coast or region across countries before an unchecked area that shares
        its name: "the Red Sea" is the sea, not Egypt's Red Sea governorate, and "the Sahel" the
        belt south of the Sahara, not Burkina Faso's Sahel region, unless the text says "governorate"."""
        wide = [p for p in places if (p.type in ("sea", "coast") or p.country == "XX") and self.gazetteer.is_curated(p)]
        if not wide:
            return places
        return [p for p in places if not (p.type == "region" and not self.gazetteer.is_curated(p))]


def _vessel_names(sentences: list[tuple[Span, _Words]]) -> frozenset[tuple[str, ...]]:
    """Names that follow a vessel word ("the ro-ro cargo ship Bahri Jazan", "the landing ship
    Azov"): the document's later "Bahri Jazan docked at Jeddah" or "the Azov delivered" is the
    ship again, not a town."""
    names = set()
    for _, w in sentences:
        if w.headline:
            continue  # "TURKISH CARGO SHIP DOCKS IN MISRATA": every word is capitalised
        for j in range(w.size - 1):
            if w.keys[j] not in VESSEL_WORDS or not w.upper[j + 1]:
                continue
            end = j + 1
            while end < w.size and end - j <= 4 and w.upper[end] and w.starts[end] - w.ends[end - 1] <= 1 \
                    and not w.possessive[end - 1]:
                end += 1
            if end - j > 1:
                names.add(tuple(w.keys[j + 1:end]))
    return frozenset(names)


def _named_vessels(w: _Words, vessels: frozenset[tuple[str, ...]]) -> set[int]:
    """The word positions of a sentence that spell a vessel's name."""
    inside: set[int] = set()
    for name in vessels:
        for i in range(w.size - len(name) + 1):
            # a one-word name is the ship's only after "the": "the Azov delivered", not "in Azov"
            if tuple(w.keys[i:i + len(name)]) == name and (len(name) > 1 or i > 0 and w.keys[i - 1] == "the"):
                inside.update(range(i, i + len(name)))
    return inside


def _countries_listed(text: str, found: list[_Candidate]) -> None:
    """ "Mali, Burkina Faso and Niger": a name listed next to a country is the country of
    that name, not the Nigerian state or the town that shares it."""
    for k, candidate in enumerate(found):
        countries = [p for p in candidate.places if p.is_country]
        if not countries or len(countries) == len(candidate.places):
            continue
        for other in found[max(0, k - 1):k] + found[k + 1:k + 2]:
            between = text[min(other.end, candidate.end):max(other.start, candidate.start)]
            if other.kind == "name" and other.places and all(p.is_country for p in other.places) \
                    and _LIST_GAP.fullmatch(between):
                candidate.places = countries
                candidate.hint_reason = "listed with countries"
                break


def _particle(w: _Words, i: int) -> bool:
    """Whether a lower-case word is a particle tied by a hyphen to a capitalised one: "al-Tanf"."""
    j = i + 1
    return j < w.size and w.upper[j] and w.keys[i] in PARTICLES and w.starts[j] - w.ends[i] == 1
    # (the one character between them is the hyphen: the tokens split there)


def _short_country_names(document: Document, mentions: list[Mention]) -> list[Mention]:
    """ "the North had sent containers" in a story that names North Korea: the country the
    document calls by the first word of its name."""
    named: dict[str, Mention] = {}
    for m in mentions:
        if m.place.is_country and m.place.name.startswith(("North ", "South ")):
            named.setdefault(m.place.name.split()[0], m)
    if not named:
        return []
    taken = {(m.start, m.end) for m in mentions}
    return [Mention(document.id, hit.start(1), hit.end(1), hit.group(1), named[hit.group(1)].place, named[hit.group(1)].score,
                    f"'the {hit.group(1)}' after {named[hit.group(1)].text}")
            for hit in _THE_NORTH.finditer(document.text)
            if hit.group(1) in named and hit.start(1) > named[hit.group(1)].start and (hit.start(1), hit.end(1)) not in taken]


def _title_case(text: str, w: _Words) -> bool:
    """A title in Title Case ("Flight Logs Trace Serbian Shells From Niš"), with no full stop
    at its end: its runs of capitals are not personal names."""
    if not w.size or any(mark in text[w.ends[-1]:w.ends[-1] + 3] for mark in ".!?"):
        return False
    long_words = [i for i in range(w.size) if len(w.texts[i]) >= 4 and w.texts[i].isalpha()]
    return len(long_words) >= 4 and sum(w.upper[i] for i in long_words) >= 0.8 * len(long_words)


def _is_headline(w: _Words) -> bool:
    """An ALL-CAPS line, where capitals say nothing about names."""
    headline = getattr(w, "headline", None)
    if headline is not None:
        return headline
    if w.size < 3 or not w.upper[1]:
        return False
    alpha = list(map(str.isalpha, w.texts))
    words = sum(alpha)
    return words >= 3 and sum(map(and_, alpha, map(str.isupper, w.texts))) >= 0.8 * words
