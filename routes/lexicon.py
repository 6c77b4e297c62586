"""The lexicon: routes/lexicon.yaml compiled into phrase matchers.

The words live in data so that an analyst can extend them without touching code;
this module only turns them into regular expressions once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Iterable, Iterator

import yaml

LEXICON_FILE = "lexicon.yaml"
WEAPON_SYSTEMS_FILE = "weapon_systems.yaml"


_VARIANT = r"(?:[A-Z]{1,3}\d{0,2}|s)?"
_VARIANT_END = re.compile(r"(?<=\d)[A-Za-z]{1,3}\d{0,2}$")


@dataclass(frozen=True, slots=True)
class Hit:
    """A phrase of the lexicon found in a text."""

    start: int
    end: int
    text: str
    value: str  # the canonical name or the group the phrase belongs to


def _branches(node: dict[str, dict], last: str) -> str:
    """The pattern for the phrases below a node of the tree, longest first. A space matches any
    run of white space; a designator ending in a digit takes its variant letters ("C-130E",
    "Il-76MD", "T-72B3", "C-130s")."""
    options = [(r"\s+" if char == " " else re.escape(char)) + _branches(child, char)
               for char, child in sorted(node.items()) if char]
    if "" in node:
        options.append(_VARIANT if last.isdigit() else "")
    return options[0] if len(options) == 1 else f"(?:{'|'.join(options)})"


def _inflections(lemma: str) -> list[str]:
    """Regular English forms of a verb or noun lemma: ship, ships, shipped, shipping."""
    if " " in lemma or not lemma.replace("-", "").isalpha() or not lemma.islower():
        return [lemma]
    forms = {lemma, lemma + "s", lemma + "ed", lemma + "ing"}
    if lemma.endswith("e"):
        forms |= {lemma + "d", lemma[:-1] + "ing"}
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if lemma.endswith(("s", "sh", "ch", "x")):
        forms.add(lemma + "es")
    if len(lemma) >= 3 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou":
        # ship -> shipped, transfer -> transferred; the doubled form never matches where it is wrong
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return sorted(forms)


class PhraseMatcher:
    """Finds the longest lexicon phrases in a text, on word boundaries. A phrase whose value is
    empty is found and not reported: it only keeps the shorter phrases inside it from matching
    ("customs officers" keeps "officers" from being cargo)."""

    def __init__(self, phrases: Iterable[tuple[str, str]], inflect: bool = False,
                 patterns: Iterable[tuple[re.Pattern[str], str]] = ()) -> None:
        self._patterns = tuple(patterns)  # shapes no word list holds, with their value
        exact: dict[str, str] = {}
        folded: dict[str, str] = {}
        for phrase, value in phrases:
            forms = _inflections(phrase) if inflect else [phrase]
            for form in forms:
                if form.isupper() and len(form) > 1:
                    exact.setdefault(form, value)
                else:
                    folded.setdefault(form.lower(), value)
        self._exact = exact
        self._folded = folded
        self._regex = self._compile(list(exact), re.NOFLAG) if exact else None
        self._fregex = self._compile(list(folded), re.IGNORECASE) if folded else None

    @staticmethod
    def _compile(words: list[str], flags: re.RegexFlag) -> re.Pattern[str]:
        """One pattern for every phrase, shaped as a tree of shared beginnings: a flat alternation
        of a thousand phrases is tried phrase by phrase at every position of the text."""
        tree: dict[str, dict] = {}
        for word in words:
            node = tree
            for char in word:
                node = node.setdefault(char, {})
            node[""] = {}
        return re.compile(rf"(?<![\w-]){_branches(tree, '')}(?![\w-])", flags)

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[Hit]:
        end = len(text) if end is None else end
        hits: list[Hit] = []
        for regex, table, fold in ((self._regex, self._exact, False), (self._fregex, self._folded, True)):
            if regex is None:
                continue
            for m in regex.finditer(text, start, end):
                key = " ".join(m.group().split())
                key = key.lower() if fold else key
                value = table.get(key)
                if value is None:  # a variant of a designator the lexicon names
                    value = table[_VARIANT_END.sub("", key)]
                hits.append(Hit(m.start(), m.end(), m.group(), value))
        for pattern, value in self._patterns:
            hits.extend(Hit(m.start(), m.end(), m.group(), value) for m in pattern.finditer(text, start, end))
        hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
        last_end = -1
        for hit in hits:
            if hit.start >= last_end:
                if hit.value:
                    yield hit
                last_end = hit.end


@dataclass(frozen=True)
class Lexicon:
    """Every matcher the extractor needs, built once from lexicon.yaml."""

    triggers: PhraseMatcher
    trigger_modes: PhraseMatcher
    not_triggers: PhraseMatcher
    carrying: PhraseMatcher
    interdictions: PhraseMatcher
    use_verbs: PhraseMatcher
    recipient_verbs: PhraseMatcher
    munitions: PhraseMatcher
    flight_verbs: PhraseMatcher
    shipment_words: frozenset[str]
    place_nouns: frozenset[str]
    cues: PhraseMatcher
    requests: PhraseMatcher
    continuations: PhraseMatcher
    pick_ups: PhraseMatcher
    journey_goes_on: PhraseMatcher
    journey_carried: PhraseMatcher
    people_moves: PhraseMatcher
    vehicles: PhraseMatcher
    registrations: re.Pattern[str]  # aircraft registration marks, which are vehicles too
    military_vehicles: PhraseMatcher
    everyday_cargo: frozenset[str]
    mode_phrases: PhraseMatcher
    place_modes: dict[str, str]
    place_words: PhraseMatcher
    partitives: PhraseMatcher
    pronouns: frozenset[str]
    vessel_pronouns: frozenset[str]
    generic_determiners: frozenset[str]
    speech: PhraseMatcher
    accusations: PhraseMatcher
    cargo: PhraseMatcher
    civilian_cargo: PhraseMatcher
    figures: PhraseMatcher
    anaphora: PhraseMatcher
    status: PhraseMatcher
    denial_verbs: PhraseMatcher
    denial_claims: PhraseMatcher
    not_movements: PhraseMatcher
    operations: PhraseMatcher
    civilian_movers: PhraseMatcher
    policy_verbs: PhraseMatcher
    actors: PhraseMatcher
    actor_countries: dict[str, str]  # actor name -> ISO country code, for actors based in one country
    makers: PhraseMatcher  # weapon systems only one country builds and exports -> that country's code
    suppliers: frozenset[str]  # actors that send: arms makers, exporters, their airlines, national armed forces
    furniture_tail: frozenset[str]
    furniture_teaser: frozenset[str]
    furniture_prefix: tuple[str, ...]


def _pairs(groups: dict[str, list[str]]) -> list[tuple[str, str]]:
    for group, words in groups.items():
        for word in words:
            if isinstance(word, bool):  # YAML reads a bare off, on, yes or no as a truth value
                raise ValueError(f"{LEXICON_FILE}: {group}: {word!r} is not a word; quote it")
    return [(str(word), group) for group, words in groups.items() for word in words]


def _registration_marks(prefixes: list[str]) -> re.Pattern[str]:
    """Aircraft registrations ("EP-FAB", "RA-76503", "4K-AZ101"): a nationality prefix of two
    or more characters, a hyphen and three to six capitals or digits, written as registered."""
    longest_first = sorted((re.escape(str(p)) for p in prefixes), key=len, reverse=True)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(longest_first)})-[A-Z0-9]{{3,6}}(?![\w-])")


@cache
def load() -> Lexicon:
    """The packaged lexicon; read once per process."""
    package = resources.files("routes")
    raw = yaml.safe_load(package.joinpath(LEXICON_FILE).read_text("utf-8"))
    # the lexicon's own cargo words come first, so a word in both files keeps the lexicon's name
    cargo = raw["cargo"] + yaml.safe_load(package.joinpath(WEAPON_SYSTEMS_FILE).read_text("utf-8"))
    furniture = raw["furniture"]
    registrations = _registration_marks(raw["registration_prefixes"])
    senders = raw["suppliers"] + raw["armed_forces"]
    return Lexicon(
        triggers=PhraseMatcher(_pairs(raw["triggers"]), inflect=True),
        trigger_modes=PhraseMatcher(_pairs(raw["trigger_modes"]), inflect=True),
        not_triggers=PhraseMatcher((w, w) for w in raw["not_triggers"]),
        carrying=PhraseMatcher((w, w) for w in raw["carrying"]),
        interdictions=PhraseMatcher((w, w) for w in raw["interdictions"]),
        recipient_verbs=PhraseMatcher(((w, w) for w in raw["recipient_verbs"]), inflect=True),
        use_verbs=PhraseMatcher(((w, w) for w in raw["weapon_use"]["verbs"]), inflect=True),
        munitions=PhraseMatcher((w, w) for w in raw["weapon_use"]["munitions"]),
        flight_verbs=PhraseMatcher(((w, w) for w in raw["weapon_use"]["flight_verbs"]), inflect=True),
        shipment_words=frozenset(w.lower() for w in raw["shipment_words"]),
        place_nouns=frozenset(w.lower() for w in raw["place_nouns"]),
        cues=PhraseMatcher(_pairs(raw["cues"])),
        requests=PhraseMatcher((w, w) for w in raw["requests"]),
        continuations=PhraseMatcher((w, w) for w in raw["continuations"]),
        pick_ups=PhraseMatcher((w, w) for w in raw["pick_ups"]),
        journey_goes_on=PhraseMatcher(((w, w) for w in raw["journey_goes_on"]), inflect=True),
        journey_carried=PhraseMatcher(((w, w) for w in raw["journey_carried"]), inflect=True),
        people_moves=PhraseMatcher((w, w) for w in raw["people_moves"]),
        vehicles=PhraseMatcher(_pairs(raw["vehicles"]), patterns=[(registrations, "air")]),
        registrations=registrations,
        military_vehicles=PhraseMatcher((w, w) for w in raw["military_vehicles"]),
        everyday_cargo=frozenset(w.lower() for w in raw["everyday_cargo"]),
        mode_phrases=PhraseMatcher(_pairs(raw["mode_phrases"])),
        place_modes=dict(raw["place_modes"]),
        place_words=PhraseMatcher((w, mode) for w, mode in raw["place_words"].items()),
        partitives=PhraseMatcher((w, w) for w in raw["partitives"]),
        pronouns=frozenset(raw["pronouns"]),
        vessel_pronouns=frozenset(raw["vessel_pronouns"]),
        generic_determiners=frozenset(w.lower() for w in raw["generic_determiners"]),
        speech=PhraseMatcher((w, w) for w in raw["speech"]),
        accusations=PhraseMatcher((w, w) for w in raw["accusations"]),
        civilian_cargo=PhraseMatcher((w, w) for w in raw["civilian_cargo"]),
        figures=PhraseMatcher((w, w) for w in raw["figures"]),
        cargo=PhraseMatcher([(str(w), entry["name"]) for entry in cargo for w in entry["words"]]
                            + [(str(w), "") for w in raw["not_cargo"]]),
        anaphora=PhraseMatcher((w, w) for w in raw["anaphora"]),
        status=PhraseMatcher(_pairs(raw["status"])),
        denial_verbs=PhraseMatcher((w, w) for w in raw["denials"]["verbs"]),
        denial_claims=PhraseMatcher((w, w) for w in raw["denials"]["claims"]),
        not_movements=PhraseMatcher((w, w) for w in raw["not_movements"]),
        operations=PhraseMatcher((w, w) for w in raw["operations"]),
        civilian_movers=PhraseMatcher((w, w) for w in raw["civilian_movers"]),
        policy_verbs=PhraseMatcher((w, w) for w in raw["policy_verbs"]),
        actors=PhraseMatcher((str(w), entry["name"]) for entry in raw["actors"] + senders for w in entry["words"]),
        actor_countries={entry["name"]: entry["country"] for entry in raw["actors"] + senders
                         if entry.get("country")},
        suppliers=frozenset(entry["name"] for entry in senders),
        makers=PhraseMatcher((str(w), entry["country"]) for entry in raw["makers"] for w in entry["systems"]),
        furniture_tail=frozenset(w.lower() for w in furniture["tail"]),
        furniture_teaser=frozenset(w.lower() for w in furniture["teaser"]),
        furniture_prefix=tuple(w.lower() for w in furniture["prefix"]),
    )
