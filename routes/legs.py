"""Read movements (legs) out of sentences: who or what moved, from where, to where, how, when.

A sentence yields a leg when it has a movement word (lexicon `triggers`), something that
moves (cargo or a vehicle) and two places in the roles of origin and destination. Roles
come from cue words ("from", "to", "landed at"), from a country word on the vehicle or
the sender ("a Turkish convoy", "Turkey sends"), or, for a destination the sentence
leaves out, from the place the sentences before it are about. A sentence that refers
back to the shipment ("The batch included ...") adds its cargo and its citation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from routes import dates, lexicon
from routes.gazetteer import Gazetteer
from routes.lexicon import Hit
from routes.model import Citation, Document, Leg, Mention, Place, Span

# How far back from a place a cue word may stand ("to the armed groups affiliated with the GNA").
CUE_REACH = 45
# How many sentences back a missing destination or a referred-to cargo is looked for.
CONTEXT_SENTENCES = 3
# Words that stand for a whole shipment when they refer back to one.
SHIPMENT_WORDS = {"batch", "shipment", "consignment", "cargo", "load", "delivery"}
# How far after a movement word a place after "in" or "at" may end the movement.
WEAK_REACH = 60
_DETERMINERS = {"a", "an", "the", "this", "that", "its", "their", "his", "her", "our", "whose", "cargo"}
_DEFINITE = re.compile(r"\b(?:the|this|these|those|both|such)\s+(?:\S+\s+){0,3}$", re.IGNORECASE)
_FLAGGED = re.compile(r"\b([A-Z][a-z]+)-flagged\b")
_OPERATOR_STOP = {"had", "has", "have", "was", "were", "is", "are", "that", "which", "who", "and", "with"}
_CLAUSE_BREAK = re.compile(r"[;:()\[\]]|,\s+(?:but|while|whereas|although)\b")


@dataclass
class _Role:
    """A place in a sentence and the part it plays in the movement."""

    mention: Mention
    role: str | None = None  # origin, destination, destination_weak, via
    strength: int = 0


@dataclass
class _Frame:
    """The words one movement word governs: from it to the next movement word."""

    trigger: Hit
    kind: str  # send, arrive or receive
    start: int
    end: int
    origins: list[Place] = field(default_factory=list)
    destinations: list[Place] = field(default_factory=list)
    via: list[Place] = field(default_factory=list)
    inferred: str = ""


class LegExtractor:
    """Turns one document's sentences and place mentions into legs."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.lex = lexicon.load()

    def legs(self, document: Document, mentions: list[Mention]) -> list[Leg]:
        out: list[Leg] = []
        year_hint = _year_hints(document)
        previous_legs: list[tuple[int, Leg]] = []
        for index, sentence in enumerate(document.sentences):
            inside = [m for m in mentions if sentence.start <= m.start and m.end <= sentence.end]
            found = self._sentence_legs(document, index, sentence, inside, mentions, year_hint)
            if found:
                found = [self._antecedent(document, index, self._inherit_cargo(document, index, leg))
                         for leg in found]
                previous_legs = [(index, leg) for leg in found]
                out.extend(found)
                continue
            # A sentence with no movement of its own may describe the last one's cargo.
            for position, (at, leg) in enumerate(previous_legs):
                if index - at <= 2:
                    enriched = self._enrich(document, sentence, leg)
                    if enriched is not leg:
                        out[out.index(leg)] = enriched
                        previous_legs[position] = (at, enriched)
        return out

    # -- one sentence -----------------------------------------------------------------------

    def _sentence_legs(self, document: Document, index: int, sentence: Span, inside: list[Mention],
                       every: list[Mention], year_hint: dict[int, int]) -> list[Leg]:
        text, lex = document.text, self.lex
        cargo = list(lex.cargo.finditer(text, sentence.start, sentence.end))
        vehicles = list(lex.vehicles.finditer(text, sentence.start, sentence.end))
        if not cargo and not vehicles:
            return []
        triggers = self._triggers(text, sentence, vehicles)
        if not triggers:
            return []
        places = inside + self._actors(document, sentence)
        places.sort(key=lambda m: m.start)
        roles = self._roles(text, sentence, places, triggers)
        frames = self._frames(sentence, triggers, roles)
        legs: list[Leg] = []
        previous: _Frame | None = None
        for frame in frames:
            if self._not_a_movement(text, frame):
                previous = frame
                continue
            self._fill(document, index, frame, previous, roles, every)
            previous = frame
            for origin in frame.origins:
                for destination in frame.destinations:
                    leg = self._leg(document, sentence, frame, origin, destination, cargo, vehicles, year_hint)
                    if leg is not None and all(leg.id != other.id for other in legs):
                        legs.append(leg)
        return legs

    def _actors(self, document: Document, sentence: Span) -> list[Mention]:
        """Groups whose base is known ("the GNA") stand for their country."""
        out = []
        for hit in self.lex.actors.finditer(document.text, sentence.start, sentence.end):
            country = self.gazetteer.country(hit.value)
            if country is not None:
                out.append(Mention(document.id, hit.start, hit.end, hit.text, country, 0.8,
                                   f"'{hit.text}' is based in {country.name}", kind="actor"))
        return out

    def _roles(self, text: str, sentence: Span, places: list[Mention], triggers: list[Hit]) -> list[_Role]:
        """Give each place the role of the nearest cue before it, when nothing stands between."""
        cues = list(self.lex.cues.finditer(text, sentence.start, sentence.end))
        roles: list[_Role] = []
        previous_end = sentence.start
        for k, mention in enumerate(places):
            following = places[k + 1] if k + 1 < len(places) else None
            if following is not None and _qualifies(text, mention, following):
                continue  # "Turkey's" in "Turkey's Samsun", "Turkish" in "the Turkish port of Samsun"
            role = _Role(mention)
            for cue in reversed(cues):
                if cue.end > mention.start:
                    continue
                gap = text[cue.end:mention.start]
                crossed = any(cue.end <= t.start < mention.start for t in triggers)
                if mention.start - cue.end > CUE_REACH or _CLAUSE_BREAK.search(gap) or crossed:
                    break
                if cue.end < previous_end and not _coordinated(text, places, k):
                    break
                if mention.kind == "actor" and cue.value == "destination_weak":
                    break  # "in the ranks of the GNA" is not a destination
                role.role = cue.value
                role.strength = 1 if cue.value == "destination_weak" else 2
                if role.role == "destination_weak" and self._strong_before(text, cues, cue, mention, triggers):
                    role.role, role.strength = "destination", 2  # "to militias in Libya"
                break
            if role.role is None and roles and _coordinated(text, places, k):
                role.role, role.strength = roles[-1].role, roles[-1].strength
            roles.append(role)
            previous_end = mention.end
        return roles

    def _strong_before(self, text: str, cues: list[Hit], weak: Hit, mention: Mention,
                       triggers: list[Hit]) -> bool:
        """Whether 'in' only continues a destination: "to armed groups in Libya"."""
        for cue in reversed(cues):
            if cue.end > weak.start:
                continue
            if mention.start - cue.end > CUE_REACH or _CLAUSE_BREAK.search(text[cue.end:mention.start]) \
                    or any(cue.end <= t.start < mention.start for t in triggers):
                return False
            return cue.value == "destination"
        return False

    def _triggers(self, text: str, sentence: Span, vehicles: list[Hit]) -> list[Hit]:
        """Movement words, without vehicle nouns that only look like verbs ("the ship")."""
        out = []
        for hit in self.lex.triggers.finditer(text, sentence.start, sentence.end):
            before = text[sentence.start:hit.start].split()[-1:]
            is_vehicle = any(v.start <= hit.start < v.end for v in vehicles)
            if is_vehicle and (not before or before[0].lower() in _DETERMINERS or before[0][:1].isupper()
                               or before[0].endswith(("-flagged", "ed"))):
                continue
            out.append(hit)
        return out

    def _frames(self, sentence: Span, triggers: list[Hit], roles: list[_Role]) -> list[_Frame]:
        """Split a sentence at its movement words; a stretch with no place joins the one before."""
        frames: list[_Frame] = []
        for k, hit in enumerate(triggers):
            end = triggers[k + 1].start if k + 1 < len(triggers) else sentence.end
            has_place = any(hit.start <= r.mention.start < end for r in roles)
            if frames and not has_place:
                frames[-1].end = end
                continue
            if frames and not any(frames[-1].start <= r.mention.start < frames[-1].end for r in roles):
                frames[-1] = _Frame(hit, hit.value, frames[-1].start, end)
                continue
            frames.append(_Frame(hit, hit.value, sentence.start if not frames else hit.start, end))
        return frames

    def _not_a_movement(self, text: str, frame: _Frame) -> bool:
        """A delegation sent to talks, a visit: people travelling to meet, not a shipment."""
        window_end = min(frame.end, frame.trigger.end + 40)
        return any(True for _ in self.lex.not_movements.finditer(text, frame.trigger.end, window_end))

    def _fill(self, document: Document, index: int, frame: _Frame, previous: _Frame | None,
              roles: list[_Role], every: list[Mention]) -> None:
        """Origins, destinations and via places of a frame, with the fallbacks for missing ones."""
        text = document.text
        own = [r for r in roles if frame.start <= r.mention.start < frame.end]
        after = [r for r in own if r.mention.start >= frame.trigger.start]
        strong = [r for r in after if r.role == "destination"]
        weak = [r for r in after if r.role == "destination_weak"
                and r.mention.start - frame.trigger.end <= WEAK_REACH]
        frame.origins = _places(r for r in own if r.role == "origin")
        frame.via = _places(r for r in own if r.role == "via")
        frame.destinations = _places(strong or weak)
        taken = set(frame.destinations) | set(previous.destinations if previous else ())
        subject = [r for r in roles if r.mention.start < frame.trigger.start and r.role is None
                   and r.mention.kind != "actor" and r.mention.place not in taken]
        if frame.kind == "receive":
            # "Turkey acquired the Iranian system": the subject received it.
            if not frame.destinations and subject:
                frame.destinations = [self._metonym(subject[-1].mention.place)]
            if not frame.origins:
                frame.origins = _places(r for r in after if r.role is None and r.mention.kind == "adjective")[:1]
            return
        if not frame.origins and previous is not None and previous.kind in ("receive", "arrive"):
            # "... acquired the system before it was smuggled to the GNA": it moved on from there.
            frame.origins = list(previous.destinations)
        if not frame.origins and subject:
            frame.origins = [self._metonym(subject[-1].mention.place)]
        if not frame.origins:
            adjectives = [r for r in roles if r.role is None and r.mention.kind == "adjective"
                          and _before_mover(text, r.mention, self.lex) and r.mention.place not in taken]
            frame.origins = [adjectives[0].mention.place] if adjectives else []
        attached = any(r.role == "origin" and 0 <= r.mention.start - frame.trigger.end <= 20 for r in own)
        if not frame.destinations and attached:
            place = self._context_destination(document, index, frame.origins, every)
            if place is not None:
                frame.destinations = [place]
                frame.inferred = f"destination from context: {place.name}"

    def _metonym(self, place: Place) -> Place:
        """A capital acting ("Ankara has been smuggling") stands for its country."""
        capital = self.gazetteer.capital(place.country)
        if capital is not None and capital.id == place.id:
            return self.gazetteer.country(place.country) or place
        return place

    def _context_destination(self, document: Document, index: int, origins: list[Place],
                             every: list[Mention]) -> Place | None:
        """Where the preceding sentences are set, for "mercenaries brought from Syria"."""
        for back in range(1, CONTEXT_SENTENCES + 1):
            if index - back < 0:
                break
            sentence = document.sentences[index - back]
            names = [m for m in every if sentence.start <= m.start < sentence.end and m.kind == "name"
                     and m.place not in origins and not _after_word(document.text, m, "from")]
            if names:
                place = names[-1].place
                return self.gazetteer.country(place.country) or place
        return None

    # -- building a leg ---------------------------------------------------------------------

    def _leg(self, document: Document, sentence: Span, frame: _Frame, origin: Place, destination: Place,
             cargo: list[Hit], vehicles: list[Hit], year_hint: dict[int, int]) -> Leg | None:
        if origin.id == destination.id:
            return None
        if origin.is_country and destination.country == origin.country:
            return None
        if destination.is_country and origin.country == destination.country and not frame.via:
            return None
        text = document.text
        vehicle = min(vehicles, key=lambda v: abs(v.start - frame.trigger.start)) if vehicles else None
        mode = self._mode(vehicle, origin, destination)
        origin, destination = self._facility(origin, mode), self._facility(destination, mode)
        status = self._status(text, sentence, frame)
        confidence = 0.7
        confidence -= 0.15 if status == "alleged" else 0
        confidence -= 0.1 * sum(p.is_country for p in (origin, destination))
        confidence -= 0.2 if frame.inferred else 0
        return Leg(
            origin=origin,
            destination=destination,
            via=tuple(self._facility(p, mode) for p in frame.via if p.id not in (origin.id, destination.id)),
            mode=mode,
            date=self._date(document, sentence, year_hint),
            carrier=self._carrier(text, sentence, vehicle, frame),
            cargo=_unique(h.value for h in cargo),
            status=status,
            confidence=round(max(0.05, confidence), 2),
            citations=(Citation.of(document, sentence),),
        )

    def _mode(self, vehicle: Hit | None, origin: Place, destination: Place) -> str:
        if vehicle is not None:
            return vehicle.value
        for place in (destination, origin):
            if place.type in self.lex.place_modes:
                return self.lex.place_modes[place.type]
        return "unknown"

    def _facility(self, place: Place, mode: str) -> Place:
        """An air leg into a city ends at its airport, a sea leg at its port, when it has one."""
        wanted = {"air": ("airport", "airbase"), "sea": ("port",)}.get(mode)
        if not wanted or place.type != "city":
            return place
        facilities = self.gazetteer.facilities(place.id, wanted)
        return facilities[0] if facilities else place

    def _status(self, text: str, sentence: Span, frame: _Frame) -> str:
        hits = list(self.lex.status.finditer(text, sentence.start, sentence.end))
        groups = {h.value for h in hits}
        if "denied" in groups:
            return "denied"
        before = text[max(sentence.start, frame.trigger.start - 30):frame.trigger.start]
        modal = any(h.value == "planned" and h.start >= frame.trigger.start - len(before) and h.end <= frame.trigger.start
                    for h in hits)
        nominal = text[sentence.start:frame.trigger.start].split()[-1:] in (["the"], ["of"], ["a"], ["an"])
        future = nominal and any(h.value == "planned" and h.start > frame.trigger.end for h in hits)
        if modal or future or "conditional" in groups:
            return "planned"
        if "alleged" in groups:
            return "alleged"
        return "reported"

    def _date(self, document: Document, sentence: Span, year_hint: dict[int, int]) -> str | None:
        hits = dates.find_dates(document.text, sentence.start, sentence.end)
        hint = _nearest_year(year_hint, sentence.start)
        for hit in hits:
            resolved = dates.resolve(hit, document.published, hint)
            if resolved:
                return resolved
        for word in dates.RELATIVE_DAYS:
            if re.search(rf"\b{word}\b", document.text[sentence.start:sentence.end], re.IGNORECASE):
                return dates.relative(word, document.published)
        return None

    def _carrier(self, text: str, sentence: Span, vehicle: Hit | None, frame: _Frame) -> str | None:
        """The vessel or aircraft as the text names it: type, name, flag and operator."""
        if vehicle is None:
            return None
        start, end = vehicle.start, vehicle.end
        flag = None
        for m in _FLAGGED.finditer(text, max(sentence.start, start - 40), start):
            flag = m
        if flag is not None:
            start = flag.start()
        else:
            words = text[sentence.start:start].split()
            described = []
            for word in reversed(words[-3:]):
                if word.lower() in ("a", "an", "the", "its", "their"):
                    break
                if word[:1].isupper() or word.lower() in ("cargo", "military", "naval", "transport"):
                    described.insert(0, word)
                else:
                    break
            if described:
                start = text.rfind(described[0], sentence.start, start)
        description = text[start:end]
        name = re.match(r"\s+((?:[A-Z][\w-]*)(?:\s+[A-Z][\w-]*)?)", text[end:sentence.end])
        if name and vehicle.value == "sea":
            description = f"{name.group(1)} ({description})"  # the ship Amazon
            end += name.end()
        elif name and (any(ch.isdigit() for ch in vehicle.text) or not self.gazetteer.lookup(name.group(1))):
            description = f"{description} {name.group(1).split()[0]}"  # C-130 Hercules
            end += len(name.group(0)) - len(name.group(1)) + len(name.group(1).split()[0])
        operator = re.match(r"\s+of\s+(?:a|an|the)?\s*((?:[\w'-]+\s*){1,5})", text[end:sentence.end])
        if operator:
            words = []
            for word in operator.group(1).split():
                verb = word.endswith("ed") and any(True for _ in self.lex.triggers.finditer(word))
                if word.lower() in _OPERATOR_STOP or verb:
                    break
                words.append(word)
            if words:
                description = f"{description} ({' '.join(words)})" if "(" not in description \
                    else f"{description[:-1]}, {' '.join(words)})"
        if description.lower() in ("ship", "vessel", "aircraft", "plane", "flight", "convoy", "boat", "truck",
                                   "trucks", "flights"):
            return None
        return description

    # -- more than one sentence -------------------------------------------------------------

    def _inherit_cargo(self, document: Document, index: int, leg: Leg) -> Leg:
        """'The Iranian system' takes the names of the systems the sentences before it gave."""
        text = document.text
        sentence = document.sentences[index]
        refers = any(_DEFINITE.search(text[sentence.start:h.start])
                     for h in self.lex.anaphora.finditer(text, sentence.start, sentence.end))
        if not refers:
            return leg
        named: list[str] = []
        for back in range(1, CONTEXT_SENTENCES + 1):
            if index - back < 0:
                break
            earlier = document.sentences[index - back]
            named += [h.value for h in self.lex.cargo.finditer(text, earlier.start, earlier.end)
                      if h.text[:1].isupper()]
        if not named:
            return leg
        return replace(leg, cargo=_unique([*leg.cargo, *reversed(named)]), id="")

    def _antecedent(self, document: Document, index: int, leg: Leg) -> Leg:
        """'The ship, which came from Samsun, ...' continues 'the arrival of a ship with 40 vehicles'."""
        text = document.text
        sentence = document.sentences[index]
        opening = next(self.lex.vehicles.finditer(text, sentence.start, min(sentence.end, sentence.start + 30)), None)
        if opening is None or not _DEFINITE.search(text[sentence.start:opening.start]):
            return leg
        for back in (1, 2):
            if index - back < 0:
                break
            earlier = document.sentences[index - back]
            same = [v for v in self.lex.vehicles.finditer(text, earlier.start, earlier.end)
                    if v.text.lower() == opening.text.lower()]
            if not same:
                continue
            cargo = [h.value for h in self.lex.cargo.finditer(text, earlier.start, earlier.end)]
            hedged = any(h.value == "alleged" for h in self.lex.status.finditer(text, earlier.start, earlier.end))
            return replace(
                leg,
                cargo=_unique([*cargo, *leg.cargo]),
                status="alleged" if hedged and leg.status == "reported" else leg.status,
                confidence=round(leg.confidence - (0.15 if hedged and leg.status == "reported" else 0), 2),
                citations=(Citation.of(document, earlier), *leg.citations),
                id="",
            )
        return leg

    def _enrich(self, document: Document, sentence: Span, leg: Leg) -> Leg:
        """'The batch included armoured vehicles ...': cargo named in a sentence that refers back.

        The reference is a shipment word ("the batch", "the delivery") or the leg's own cargo
        ("the armoured vehicles are BMC Kirpi"), after a definite article.
        """
        text = document.text
        cargo = list(self.lex.cargo.finditer(text, sentence.start, sentence.end))
        refers = False
        for hit in self.lex.anaphora.finditer(text, sentence.start, sentence.end):
            definite = _DEFINITE.search(text[sentence.start:hit.start])
            if not definite:
                continue
            np_start = sentence.start + definite.start()
            named = {c.value for c in cargo if np_start <= c.start < hit.end}
            if hit.value in SHIPMENT_WORDS or named & set(leg.cargo):
                refers = True
                break
        if not refers or not cargo:
            return leg
        return replace(
            leg,
            cargo=_unique([*leg.cargo, *(h.value for h in cargo)]),
            citations=(*leg.citations, Citation.of(document, sentence)),
            id="",
        )


# -- helpers ----------------------------------------------------------------------------------


def _places(roles) -> list[Place]:
    out: list[Place] = []
    for r in roles:
        if r.mention.place not in out:
            out.append(r.mention.place)
    return out


def _unique(values) -> tuple[str, ...]:
    out: list[str] = []
    for value in values:
        if value not in out:
            out.append(value)
    return tuple(out)


def _qualifies(text: str, mention: Mention, following: Mention) -> bool:
    """A country word that only qualifies the next place: "Libya's Tripoli", "Turkish port of Samsun"."""
    gap = text[mention.end:following.start]
    return (mention.place.is_country or mention.kind == "adjective") and gap in ("'s ", "' ", " ", "'s")


def _coordinated(text: str, places: list[Mention], k: int) -> bool:
    """ "Syria and Turkey": the second place shares the first one's role."""
    if k == 0:
        return False
    gap = text[places[k - 1].end:places[k].start].strip().lower()
    return gap in (",", "and", "or", ", and", "as well as")


def _before_mover(text: str, mention: Mention, lex: lexicon.Lexicon) -> bool:
    """ "Turkish convoy", "Iranian weapons": a country word on what moves."""
    window = text[mention.end:mention.end + 30]
    return any(h.start < 20 for h in lex.vehicles.finditer(window)) or \
        any(h.start < 20 for h in lex.cargo.finditer(window))


def _after_word(text: str, mention: Mention, word: str) -> bool:
    return text[max(0, mention.start - len(word) - 12):mention.start].lower().split()[-1:] == [word]


def _year_hints(document: Document) -> dict[int, int]:
    """Explicit years in the text by offset: the nearest dates a bare 'May 20'."""
    return {m.start(): int(m.group()) for m in dates.YEAR.finditer(document.text)}


def _nearest_year(hints: dict[int, int], offset: int) -> int | None:
    if not hints:
        return None
    nearest = min(hints, key=lambda at: abs(at - offset))
    return hints[nearest]

