"""Read movements (legs) out of sentences: who or what moved, from where, to where, how, when.

A sentence yields a leg when it has a movement word (lexicon `triggers`), something that
moves (cargo or a vehicle) and places in the roles of origin and destination. Roles come
from cue words ("from", "to", "landed at"), from the grammatical subject of a sending or
receiving verb ("Turkey sends", "Burkina Faso received"), from a country word on the
vehicle or the cargo ("a Turkish convoy", "Russian instructors"), and from the sentences
before, when the text refers back to a vehicle or shipment ("The vessel then sailed to
Latakia"; "From there the consignment was moved to Sanaa"), or where the rest of it went
("Others crossed by land into Niger"). A later sentence may also say where the vehicle had
come from ("The ship had sailed from Tartus"), and a denial may point back at the legs before
("Egypt has rejected the accusation"): those legs are recorded again as denied.
Relief goods alone, and "any ship" in a threat, make no leg.

A sentence is split at its movement words into frames; frames that tell one movement
("sailed from Iran ... bound for Yemen", "crossed into Niger before reaching Agadez") are
joined, and a frame that moves on from where another ended ("acquired the system before
it was smuggled to the GNA") starts a leg of its own. Everything the extractor knows
about words is in lexicon.yaml; this module holds only the rules that combine them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from typing import Iterable, Sequence

from routes import dates, lexicon
from routes.gazetteer import Gazetteer
from routes.lexicon import Hit
from routes.model import FACILITY_TYPES, PEOPLE, Citation, Document, Leg, Mention, Place, Span, km

# How far back from a place a cue word may stand ("to the armed groups affiliated with the GNA").
CUE_REACH = 70
# How far a facility may lie from the city whose name it is given with ("Ankara's Etimesgut air base").
NEAR_CITY_KM = 60
# How many sentences back a missing destination or a referred-to cargo is looked for.
CONTEXT_SENTENCES = 3
# How many sentences back a vehicle or shipment that the text refers to may have been left.
TRAIL_SENTENCES = 2
# How many sentences a shipment waits where it arrived for a sentence that picks it up there
# ("Once unloaded, the crates were trucked inland").
PICK_UP_SENTENCES = 6
# How many sentences later "the convoy" or "the vehicles" may still start where the last shipment arrived.
LANDED_SENTENCES = 12
FACILITY_TOWN_KM = 40  # how far a port or airport may lie from the town that names where it is
BEARING_KM = 120  # how far a place may lie from the town it is said to be north, south, east or west of
SUMMARY_SENTENCES = 6  # how far from a leg through a stop the text may tell, leg by leg, the chain it sums up
VESSEL_REACH = 300  # how many characters before "She berthed" a ship must be named for "she" to be it
LEAD_SENTENCES = 3  # how far after a country-to-country lead its body may tell that chain
FACILITY_REACH = 6  # sentences back that "the airport" or "the port" may refer to
# Ends of a leg in one country closer than this are one place (an airport and its town).
SAME_PLACE_KM = 25
NEIGHBOUR_KM = 10  # two places a sentence names as a journey's ends are two places when this far apart
REGION_KM = 150  # how far from a region's point a place inside it may lie
# How far after a movement word a place after "in" or "at" may end the movement.
WEAK_REACH = 60
_DETERMINERS = {"a", "an", "the", "this", "that", "its", "their", "his", "her", "our", "whose", "cargo"}
# "Russian naval ships", "navy transport ships": words that say what kind of vehicle a noun is
_VEHICLE_KINDS = frozenset({"naval", "navy", "transport", "merchant", "military", "supply", "sister"})
# "stopped both trucks", "loaded onto two trucks": a count before a vehicle noun (a count of journeys,
# "14 flights between Benina and Kufra", still tells movements)
_COUNTS = {"both", "each", "every", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
           "several", "many", "multiple", "dozens", "hundreds", "more", "other", "further"}
_DEFINITE = re.compile(r"\b(?:the|this|these|those|both|such)\s+(?:\S+\s+){0,3}$", re.IGNORECASE)
_ADJECTIVE_GAP = re.compile(r"\s+(?:(?:the|a|an|its|their|his|her)\s+)?", re.IGNORECASE)
# Up to three words after a definite article, one of which may head a cargo named before ("the launchers").
# "a consignment of 18 two-stroke gasoline engines of a type ...": the shipment word and the head of what it held
_SHIPMENT_OF = re.compile(r"\b(\w+)\s+of\s+(?:[\w-]+\s+){0,4}?([a-z]+s)\b(?=\s*[,.;:]|\s+(?:of|from|for|to|in|at|and|that|which|with|were|was)\b)")
_DEFINITE_NOUN = re.compile(r"\b(?:the|these|those)((?:\s+[\w-]+){1,3})", re.IGNORECASE)
_OBJECT_DEFINITE = re.compile(r"\s+(?:the|this|these|those|such)\s+(?:[\w-]+\s+){0,2}", re.IGNORECASE)
_OPENING_THAT = re.compile(r"\s*That\s+(?:\S+\s+){0,2}")  # "That shipment had been headed for Saada"
_OPENING_DEFINITE = re.compile(r"\s*(?:the|this|that)\s+(?:\S+\s+){0,3}", re.IGNORECASE)
# A ship's name after its vessel word, or listed after it ("two vessels, the Angara and the Lady
# Maria"), or before it in apposition ("the Sparta IV, a Russian-flagged cargo ship").
_SHIP_NAME = r"(?:[A-Z][\w'-]*|[IVX]+|\d+)(?:\s+(?:[A-Z][\w'-]*|[IVX]+|\d+)){0,2}"
_NAMED_AFTER = re.compile(rf"(,)?\s+(?:the\s+)?{_SHIP_NAME}(?:(?:,\s+|\s+and\s+)the\s+{_SHIP_NAME})*")
_VESSEL_NAME = re.compile(rf"(?:^,?\s+(?:the\s+)?|(?:,\s+|\s+and\s+)the\s+)(?P<name>{_SHIP_NAME})")
_NAMED_BEFORE = re.compile(rf"\b[Tt]he\s+(?P<name>{_SHIP_NAME}),\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}$")
# "a missile struck a Liberian-flagged ship entering the harbour": a flag says where a ship came
# from only when the sentence says what it carried ("offloaded ... from a Russian-flagged cargo ship")
_FLAG = re.compile(r"-(?:flagged|registered)\b")
_FLAGGED = re.compile(r"\b([A-Z][a-z]+)-(?:flagged|registered)\b")
_OPERATOR_STOP = {"had", "has", "have", "was", "were", "is", "are", "that", "which", "who", "and", "with"}
_OWNED_FACILITY = re.compile(r"'s?\s+(?:[a-z]+\s+){0,2}(?:air\s?base|base|airfield|airport|port|naval\s+(?:base|facility))\b")
# "in what analysts say is the biggest airlift so far": a movement word named, not a movement on
# "continued to Sanaa", "continued its voyage", "continued north": a journey goes on; "continue
# strikes on Hodeidah", "continued operations": something else does
_GOES_ON_WITH = re.compile(r"\s+(?:(?:to|on|onward|onwards|towards?|into|through|via|across|along|by|from|over|past|"
                           r"overland|north|south|east|west|\w+wards?|\w+ly|\w+ing|unimpeded|unhindered)\b|"
                           r"(?:(?:its|their|the|his|her)\s+)?(?:(?:onward|long|slow)\s+)?"
                           r"(?:journey|voyage|way|flight|route|trip|passage|transit|course|drive)s?\b|[,.;:]|$)")
# "to relieve the city of", "to reinforce its garrison in", "to take part in the war": "to" before a
# verb and its object
_INFINITIVE = re.compile(r"\s+(?:(?!(?:the|a|an)\b)[a-z]+\s+(?:the|a|an|its|their|his|her|our)\b|(?:take\s+part|"
                         r"fight|join|help|assist|serve|train|replace|make\s+up\s+for|"
                         r"compensate\s+for|offset)\b)")
# "its artillery can reach the airport", "missiles able to reach Israel": a range, not a movement
_ABLE_TO = re.compile(r"\b(?:can|could|cannot|can't|able\s+to|capable\s+of)\s+(?:\w+ly\s+)?(?:still\s+)?$")
_NOMINAL = re.compile(r"\b(?:is|was|are|were)\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}$")
_THAT_OPENS = re.compile(r"\bthat\s+$")  # "A spokesperson for the ministry denied that Iran": a clause of its own
# "declined to comment on the flight but said Turkey would send": "but" opens a clause of its own
_CLAUSE_BREAK = re.compile(r"[;:()\[\]]|,\s+(?:while|whereas|although|which|who|whose)\b|\sbut\s")
# "landing at night, and Israel has struck the airport": the cue had its object before the comma
_NEW_CONJUNCT = re.compile(r",\s+and\b")
# A country word joined to these says where a thing was made, not where it came from.
# "the Iran-aligned Houthi movement", "Saudi-led coalition": whose side, not a place
_AFFILIATED = re.compile(r"-(?:aligned|backed|allied|linked|affiliated|sponsored|supported|led|controlled|held|"
                         r"funded|financed|run|owned|trained|equipped)\b")
# "the Ethiopian Air Force has received drones": a country word on the forces that received them
_FORCE_AFTER = re.compile(r"\s+(?:(?:National|People's|Royal|Revolutionary)\s+)?(?:[Aa]ir\s+[Ff]orce|[Aa]rmy|[Nn]avy|"
                          r"military|[Aa]rmed\s+[Ff]orces|government|[Dd]efen[cs]e\s+[Ff]orces?|[Dd]efen[cs]e\s+[Mm]inistry|"
                          r"Marines|Marine\s+Corps)\b")
# "the Armed Forces took delivery of": forces named by no country, the dateline country's own
_OWN_FORCES = re.compile(r"\bthe\s+(?:national\s+)?(?:armed\s+forces|army|air\s+force|navy|military|junta|"
                         r"defen[cs]e\s+forces|gendarmerie)\s+(?:(?:has|have|had|recently|also|just)\s+)*\Z", re.IGNORECASE)
# "between Russia's bases in Syria and ...": whose bases, not a place; the bases are in Syria
_OWNS_ABROAD = re.compile(r"(?:'s?|(?<=[a-z]))\s+(?:[\w-]+\s+)?(?:bases?|air\s?bases?|facility|facilities|garrisons?|contingents?)"
                          r"\s+(?:in|at)\s")
_MADE = re.compile(r"-(?:made|built|manufactured|produced|origin|designed|supplied)\b")
# "the missile, which is jointly produced by India and Russia": who makes it, told of no movement
_MADE_BY_CLAUSE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?"
                             r"(?:made|produced|manufactured|assembled)\s+\w+$")
# Words that open a clause, after which a place is its subject ("... said that Iran shipped").
_CLAUSE_OPENERS = r"that|and|but|while|as|after|when|whereas|although|because|since|before|meanwhile"
_CLAUSE_OPENER = re.compile(rf"\b(?:{_CLAUSE_OPENERS})\b", re.IGNORECASE)
_SUBJECT_CLAUSE = re.compile(rf"[,;:\"“]\s*|\b(?:{_CLAUSE_OPENERS})\s+", re.IGNORECASE)
# "since the Oct. 7 Hamas attack", "after the 2020 war": a date that names an event, not a movement's day
_NAMES_EVENT = re.compile(r"\s+(?:[A-Z][\w-]*\s+){0,2}(?:attack|war|coup|ceasefire|truce|offensive|invasion|incursion|"
                          r"raid|election|summit|massacre|earthquake|uprising|revolution|agreement|accord)s?\b")
_WHICH_HAD = re.compile(r",\s*(?:which|that)\s+(?:(?:had|has|have|was|were)\s+)?(?:\w+ly\s+)?")  # ", which had"
_SINCE_BEFORE = re.compile(r"\bsince\b[^.;:]*$")  # "since gunmen broke through the fence on Oct. 7": looking back
_APPOSITIVE_TO = re.compile(r",\s+(?:the|a|an)\s+[^,;:()]{0,60}?\s+")  # ", the air base Russia operates "
_ON_AFTER = re.compile(r"\s+on(?:ward|wards)?\s+(?:to|towards?|into)\b")  # "drove on to Ukraine"
_FROM_WHERE_AFTER = re.compile(r",?\s+from\s+where\b")
_FRONTED_FROM = re.compile(r"\s*From\s+(?:the\s+)?")  # "From Dar es Salaam, the troops are due to be flown"
# A wire dateline opening a sentence ("SEOUL, Oct 7 (Reuters) -", "MANAMA, Bahrain (AP) —"):
# where the story was filed, never where anything moved.
_DATELINE = re.compile(
    r"\s*(?:[A-Z][A-Z'.-]+(?:\s+[A-Z][A-Z'.-]+)*(?:,[^()\n—–]{1,40}?)?\s*(?:\([^()\n]{1,30}\))?"
    r"|[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+)*(?:,[^()\n—–]{1,40}?)?\s*\([^()\n]{1,30}\))\s*[-—–]+\s+")
# words for coming in, as against setting out or passing: "arrived from Slovakia" came to where the story is
_ARRIVAL = re.compile(r"arriv|land|touch|dock|berth", re.IGNORECASE)
_PRONOUN_OBJECT = re.compile(r"\s+(?:them|it)\b")
_TO_SOMEONE_VIA = re.compile(r"\bto\s+(?:the|its|their|his|her)\s+(?:[a-z][\w-]*\s+){1,3}(?:through|via|by way of)\s+(?:the\s+)?\Z")
_BEARING = re.compile(r"north|south|east|west", re.IGNORECASE)
_DATELINE_LINE = re.compile(r"\s*[A-Z][A-Z'.-]+(?:\s+[A-Z][A-Z'.-]+)*(?:,\s*[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+)*)?\s*")
# "the largest consignment to the Sahel since Malian troops suffered ...": another clause's people
_SUBORDINATE = re.compile(r"\b(?:since|when|after|because|while|although|whereas|until|unless)\b")
# "flown into the capital on Monday, the army said, as the nation turns to Ankara": a clause of its own
_NEW_CLAUSE = re.compile(r",\s*(?:as|while|whereas|since|because|although|though)\s+(?:the|a|an|its|their|[A-Z]\w*)\b")
# "has pledged more than $300 million", "pledged €2bn": money, not goods
_VALUE_AFTER = re.compile(r"\s+(?:(?:a\s+further|another|an\s+additional|more\s+than|over|about|nearly|some|up\s+to|at\s+least)\s+)?"
                          r"(?:US)?[$€£]|\s+[\d.,]+\s*(?:million|billion|bn)\b|\s+(?:money|cash|funds|aid\s+money)\b",
                          re.IGNORECASE)
_BY_AFTER = re.compile(r"\s+by\b")
_ABSTRACT_OBJECT = re.compile(r"\s+(?:(?:technical|military|tactical|political|diplomatic|financial|legal|full|"
                              r"unwavering|strong|continued)\s+)?"
                              r"(?:advice|training|intelligence|funding|financing|cover|backing|guidance|expertise|support)\b")
_ASIDE_OPENS = re.compile(r",\s*(?:which|who|whose|where)\b")
_RELATIVE = re.compile(r",\s*(?:which|that)\b")
# "a depot that supplies", "a firm which ships": a relative clause in the present, what something does
_WHAT_IT_DOES = re.compile(r"\b(?:that|which)\s+(?:\w+ly\s+)?$")
# "continue to train", not "continued to al-Jufra" or "continuing to the port of Izmail"
_TO_VERB = re.compile(r"\s+to\s+(?!(?:the|a|an|its|their|this|that|these|those|where)\b)([a-z]+)\b(?![-'])")
# "did not obtain a license from the U.S. Department of Commerce to export firearms": paperwork
_LICENCE_TO = re.compile(r"\b(?:[Ll]icen[cs]es?|[Pp]ermits?)\b(?:[^.;]|(?<=[A-Z])\.){0,60}\bto\s+$")
_ROUTE_FOR = re.compile(r"\broutes?\b[^,.;:]{0,50}\bto\s+$")  # "a route Russia has used for years to supply"
# "the U.S. position on weapons supplies to Israel": a policy, not a movement
_POLICY_ON = re.compile(r"\b(?:position|policy|policies|stance|views?|debate|rules)\s+on\s+(?:[\w-]+\s+){0,2}$")
# "imported at least $1 billion worth of weapons", "exported $2bn in arms": what goods were worth
_VALUE_OBJECT = re.compile(r"\s+(?:(?:at\s+least|about|some|nearly|almost|more\s+than|over|around|an\s+estimated)\s+)?"
                           r"(?:US)?[$€£]\s?\d[\d.,]*\s*(?:million|billion|bn|m)?\s+(?:worth\s+of|in)\b", re.IGNORECASE)
# "36 percent of its imports", "9.8% of all major arms sold worldwide", "India's largest arms
# supplier": a market share or a ranking, the words of arms-trade statistics (SIPRI's yearly
# trends), not of one movement
_MARKET_SHARE = re.compile(
    r"\b\d+(?:\.\d+)?\s*(?:%|per\s?cent\b)\s+of\s+(?:(?:its|their|all|global|world|worldwide|total|the\s+world's|"
    r"the\s+global|[A-Z]\w+'s)\s+)+(?:[\w-]+\s+){0,3}?(?:imports|exports|arms|purchases|sales|transfers|market)\b|"
    r"\b(?:largest|biggest|main|top|leading|(?:second|third)[- ](?:largest|biggest))\s+(?:arms\s+|weapons\s+)?"
    r"(?:suppliers?|importers?|exporters?|buyers?|customers?|recipients?|markets?)\b")
# an hour that a narrative places on the day it last named, as a wire story places it on the day it is filed
_HOUR_OF_NIGHT = re.compile(r"\b(?:after\s+midnight|before\s+dawn|at\s+dawn)\b", re.IGNORECASE)
_CAPTURED = re.compile(r"\b(?:seized|captured|took|retook|recaptured|overran|stormed|entered)\b")
_POST_AFTER = re.compile(r"\s+(?:border\s+post|border\s+crossing|crossing\s+point|crossing|checkpoint|frontier\s+post)\b")
_ON_BOARD_AFTER = re.compile(r"(?:\s+[\w'-]+){1,4}?\s+(?:on\s+board|aboard)\b")
_THEN_BEFORE = re.compile(r"\b(?:and\s+)?then\s+$")
_TO_AFTER = re.compile(r"\s+(?:on\s+)?(?:to|into|towards?)\b")
# words of a delivery from a maker, not of a force moving its own kit ("Ukraine moved HIMARS to the front")
_DELIVERIES = ("deliver", "ship", "suppl", "transfer", "hand", "arriv", "unload", "offload", "brought", "bring",
               "sent", "send", "receiv", "took delivery", "taken delivery", "airlift", "export", "sold", "sell")
_HABITS = frozenset({"buying", "purchasing", "importing", "acquiring", "procuring", "sourcing"})
# "systems previously deployed in Syria": where the goods were before, not where they went
_WHERE_IT_WAS = re.compile(r"\b(?:previously|formerly|originally|until\s+recently)\s+$", re.IGNORECASE)
_IN_OR_AT = re.compile(r"\s+(?:in|at)\b")
# a preposition that opens a place's phrase, or parts a cargo list from the movement word
_PREPOSITION = re.compile(r"\b(?:to|in|into|at|for|from|with|by|of|on)\b", re.IGNORECASE)
# ", among them Norinco VN22 and ZFB-05 models,": what the cargo included
_INCLUDING_ASIDE = re.compile(r",\s*(?:among\s+them|including|such\s+as|notably|mostly|mainly)\b[^,;]*,", re.IGNORECASE)
_ASIDE = re.compile(r",\s*(?:which|who|whose|where)\b[^,;]*,")
_ASIDE_OR_TAIL = re.compile(r",\s*(?:which|who|whose)\b[^,;]*(?:,|$)|,\s*where\b[^,;]*,")
# ", which left Bar on 2 April 2019,", ", where it arrived on 22 September": an aside telling where
# the same journey began or ended
_SAME_JOURNEY_ASIDE = re.compile(r",\s*(?:which\s+(?:had\s+)?(?:\w+ly\s+)?(?:left|departed|sailed\s+from|set\s+sail\s+from|"
                                 r"took\s+off\s+from)|where\s+(?:it|she|they)\s+(?:\w+ly\s+)?(?:arrived|docked|landed|"
                                 r"berthed|unloaded|discharged))\b")
_DATE_ASIDE = re.compile(r",\s*(?:which|who|whose|where|when|(?:a|an)\s+[^,;]{0,40}?\b(?:that|which|the|its|their|"
                         r"\w+ed\s+(?:by|under|for))\b)"
                         r"[^,;]*|\bsince\s+(?:the|it|they|its|their|a|an)\b[^,;]*")
_PEOPLE_AT = re.compile(r"\b(?:(?:operator|official|source|spotter|resident|diplomat|analyst|journalist|reporter|"
                        r"investigator|prosecutor|researcher|activist|firm|customer|client|buyer|broker|trader|agent|"
                        r"lawyer|judge|court|correspondent|observer)s?|witness(?:es)?|compan(?:y|ies))\s+$", re.IGNORECASE)
_HISTORY = re.compile(r"\b(?:had|has|have)\s+(?:earlier|previously|once|formerly)\s+(?:\w+\s+)?$", re.IGNORECASE)
_PARTITIVE_RELATIVE = re.compile(r",\s*(?:\w+|all|some|most|many|none|each|both)\s+of\s+(?:which|whom)\b", re.IGNORECASE)
_FIRM_BEFORE = re.compile(r"\b(?:carriers?|compan(?:y|ies)|firms?|airlines?|operators?|owners?|brokers?|manufacturers?|"
                          r"makers?|subsidiar(?:y|ies))\b[^.;,]{0,25}$", re.IGNORECASE)
_TO_PEOPLE = re.compile(r"\b(?:to|into\s+the\s+hands\s+of)\s+(?:the\s+)?[\w-]+(?:'s|’s)\s+(?:[\w-]+\s+){0,2}$")
_SAILED_FROM = re.compile(r"\b(?:sail(?:ed|ing|s)?|set(?:ting|s)?\s+sail)\s+(?:from|out\s+of)\b", re.IGNORECASE)
_SUBJECT_OF_VERB = re.compile(r"\s+(?:has|have|had|is|are|was|were|will|would|says|said|did|does|can|could|may|might|"
                              r"must|should)\b")
_BORDER = re.compile(r"\s+(?:border|borders|frontier)\b", re.IGNORECASE)
# "Tikhoretsk, in southern Russia's Krasnodar region": a possessive country may stand between.
_QUALIFIER_GAP = re.compile(r"\s*(?:,\s*in\b|,|\bin\b)\s*(?:the\s+)?(?:[a-z-]+ern\s+|central\s+|occupied\s+)?"
                            r"(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*'s\s+)?")
# Words that make a name one of a region, whatever town the gazetteer knows by it ("Krasnodar region").
_REGION_WORDS = ("region", "province", "oblast", "krai", "governorate", "district", "state", "prefecture")
# Words that describe a vehicle before its type ("Russian military Il-76 transport aircraft").
# Words before a plural vehicle that leave it general ("most ships", "as vessels").
_GENERAL = {"and", "or", "as", "where", "when", "while", "that", "which", "most", "many", "some", "other", "all"}
# Quantifiers a few words before a plural vehicle that leave it general ("most of their container ships").
_QUANTIFIERS = {"most", "many", "some", "all"}
_CARRIER_WORDS = {"cargo", "military", "naval", "transport", "air", "force", "airlines", "airline", "logistics", "supply"}
# "the airport", "the Syrian port": a facility named before, and the kinds of place it may be.
_FACILITY_REFERENCE = re.compile(
    r"\b[Tt]he\s+(?:(?P<adjective>[A-Z][a-z]+)\s+)?(?P<noun>air\s?base|airport|airfield|airstrip|seaport|port|"
    r"harbou?r|naval\s+base|base|camp)\b(?!\s+(?:of|city|town|authorit\w*)\b)(?!-)")
# "a thousand kilometres from the front lines", "40 miles south of": how far, not whence
_DISTANCE_BEFORE = re.compile(r"\b(?:kilomet(?:er|re)s?|km|miles|nautical\s+miles|metres|meters|away)"
                              r"(?:\s+(?:north|south|east|west|north-east|north-west|south-east|south-west))?\s+$")
_FIGURE_BEFORE = re.compile(r"\d[\d,.]*\s*-?\s*$")
_HOW_FAR = re.compile(r"\s+(?:(?:more\s+than|over|some|about|nearly|almost|roughly|around|another|a\s+further|"
                      r"the|a\s+total\s+of)\s+)?")
_NARROWING = re.compile(r"(?:\s+(?:military\s+|army\s+|training\s+|air\s+|naval\s+)?"
                        r"(?P<area>coast|coastline|region|province|shore|depots?|bases?|positions?|camps?))?"
                        r"(?:,?\s+(?P<list>such\s+as|including|notably|among\s+them)"
                        r"(?:\s+(?:a|an|the|one)\s+(?:[a-z]+\s+)?(?:depot|base|airbase|airfield|port|camp|garrison|"
                        r"arsenal|facility|site|warehouse)\s+(?:near|in|at|outside))?|\s+(?P<near>near|around|outside|close\s+to|at|in|"
                        r"on\s+the\s+outskirts\s+of|just\s+outside))\s+"
                        r"(?:the\s+(?:town|city|village|settlement)\s+of\s+)?")
# "the vessel had loaded in Jeddah", "they had collected the cargo": what came before the arrival just told
_PAST_PERFECT = re.compile(r"\bhad\s+(?:been\s+)?(?:\w+ly\s+)?$")
_OBJECT_GAP = re.compile(r"\s+(?:(?:only|just)\s+)?(?:(?:the|a|an|some|its|their|more|much|[\d,.]+\s+tonnes\s+of)\s+)?")
# "Tehran had never sent weapons", "it had not provided ammunition", but not "not only sent"
_NEGATED = re.compile(r"\b(?:not|never|n't)\s+(?!only\b|just\b)(?:\w+\s+)?$")
# "no aircraft carrying military cargo has ever landed at Abeche": a movement said not to have happened
_NONE_MOVED = re.compile(r"\b(?:[Nn]o|[Nn]ot\s+(?:a\s+single|one))\s+(?!fewer\b|less\b|more\b|longer\b|sooner\b|doubt\b)[^.;:!?]{1,80}?\b(?:(?:has|have|had)\s+(?:ever\s+|yet\s+)?(?:been\s+)?|ever\s+)$")
# "Turkey has sent no such systems into Idlib": nothing moved
_NONE_SENT = re.compile(r"\s+no\s+(?!fewer\b|less\b|more\b|longer\b|sooner\b|doubt\b|later\b)")
_ESCORTED_BY = re.compile(r"\b(?:escorted|accompanied|shadowed|guarded|protected)\s+by\s+(?:(?:the|a|an|two|three|four|several)\s+)?$")
_ESCORTING = re.compile(_ESCORTED_BY.pattern.removesuffix("$") + r"(?:[\w-]+\s+){0,3}$")
# "security forces at a checkpoint near Al-Abr stopped a lorry": a stop on the way, not the end
_CHECKPOINT_AT = re.compile(r"\b(?:checkpoints?|roadblocks?)\s+(?:\w+\s+)?(?:near|outside|at|in|on)\s+(?:the\s+)?$")
# "had declared Benghazi as its next port of call", "with Chittagong listed as her destination"
_AS_DESTINATION = re.compile(r"\s+(?:(?:listed|given|named|shown|entered|set|declared)\s+)?as\s+(?:its|her|their|the)\s+"
                             r"(?:next\s+|final\s+|intended\s+|declared\s+)?"
                             r"(?:port\s+of\s+call|destination|port\s+of\s+discharge)\b")
_HOME_TO = re.compile(r"(?:,|\b(?:is|was|are|were|also|remains|became))\s+home\s+$")  # not "flew home to France"
# "would arrive through Tobruk", "were imported by sea from Spain through the Port of Lome": where they came in
_ARRIVE_THROUGH = re.compile(r"(?:\s+by\s+(?:sea|air|road|rail))?(?:\s+from\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?"
                             r"\s+(?:through|via)\s+(?:the\s+)?(?:(?:port|harbour|harbor|airport)\s+of\s+)?")
_STILL_AT = re.compile(r"\b(?:still|remaining|stored|stockpiled|kept|left\s+behind)\s+$")
_ANOTHER_VEHICLE = re.compile(r"(?:A|An|Another|A\s+second|A\s+third|A\s+further)\s")
_PUT_DOWN = ("land", "unload", "offload", "discharg")  # words that put a cargo down where they say
# "men in Russian military uniforms", "painted in Iranian colours": what people or aircraft wear
_DRESS = re.compile(r"\s+(?:military\s+|army\s+|air\s+force\s+|naval\s+|police\s+)?"
                    r"(?:uniforms?|fatigues|insignia|markings|livery|liveries|colou?rs|camouflage)\b")
# "moved out of Uzbekistan in due course, without saying where they would go": the end is unknown
_WHERE_UNSAID = re.compile(r"\b(?:without\s+saying|(?:did|would|could)\s+not\s+say|declined\s+to\s+say|"
                           r"(?:is|was|remains|remained)\s+(?:not\s+known|unknown|unclear))\s+where\b")
_OF_AFTER = re.compile(r"\s+of\b")
_FORCED_TO = re.compile(r"\b(?:forced|required|ordered|compelled|obliged)\s+(?!by\b)[^.;]{0,100}?\bto\s+$")
_FIRED_AFTER = re.compile(r"\s*(?:(?:that|which)\s+(?:were|was|had\s+been)\s+)?")
# "the Stockholm International Peace Research Institute", "the Moscow Times": a body named after the place
_INSTITUTION_AFTER = re.compile(r"(?:\s+[A-Z][a-z]+){0,4}\s+(?:Institute|University|Observatory|Foundation|Times|Post|"
                                r"Herald|Tribune|Journal|Independent)\b")
_ATTRIBUTE = re.compile(r"\b(?:a|an|the)\s+(?:[\w-]+,?\s+){0,2}$")  # "a fenced, restricted berth": a kind of berth
_WAR_IN = re.compile(r"\b(?:war|conflict|fighting|hostilities|insurgency|front\s*lines?)\s+(?:in|on|over)$")
_WAR_AFTER = re.compile(r"\s+(?:war|conflict|crisis|front|offensive)\b")
_PRONOUN = re.compile(r"\b(?:it|they|them)\b")
# "accused Ethiopia of secretly sending", "blamed Iran for smuggling", "charged Wagner with flying"
_ACCUSED_OF = re.compile(r"\s+(?:of|for|with)\s+(?:\w+ly\s+)?(?:having\s+)?")
# "and ships them", "and trucks the crates": a verb, with its object after it
_OBJECT_AFTER = re.compile(r"\s+(?:them|it|the|a|an|its|their|some|more)\b")
_RECIPIENT_BEFORE = re.compile(r"\b(?:to|for|into)\s+(?:the\s+)?(?:[A-Z]\w+'s\s+)?$")
_FORCES_RECEIVING = re.compile(r"\b(?:to|for)\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]*|government|rebel|allied|local|opposition|"
                               r"pro-[\w-]+|[\w-]+-(?:aligned|backed|allied|led))\s+){1,3}$")
# "an air campaign against jihadists and separatist rebels": whom they fight, not who moves
_FOUGHT_BEFORE = re.compile(r"\bagainst\s+(?:[\w-]+\s+){0,3}$")
# "Mali's armed forces said Wednesday they had taken delivery": who speaks, not who moves
_SPEAKS_AFTER = re.compile(r"\s+(?:said|say|says|told|announced|stated|confirmed|claimed|familiar\s+with|who\s+spoke|"
                           r"speaking\s+on)\b")
_WE_BEFORE = re.compile(r"\b(?:we|I)\s+$")
_FOR_UNITS = re.compile(r"\bfor\s+(?:the\s+)?(?:[\w'-]+\s+){1,6}$")  # "for units of the 201st base (stationed in)"
_SOURCES_AFTER = re.compile(r"\s+(?:military\s+|police\s+|security\s+)?intelligence\s+(?:officers?|officials?|sources?)\b")
_DESIGNATOR = re.compile(r"([A-Za-z]{1,3})-?(\d{1,4})[A-Za-z]{0,3}\d{0,2}")
_MATCHING = re.compile(r"\s+(?:of\s+)?(?:matching|identical|the\s+same|similar)\b|\s+(?:that|which)\s+match(?:es|ed)\b")
_WHERE_CLAUSE = re.compile(r",\s+where\s+[^,;:.()]{0,80}?\s")
_BEARING_OF = re.compile(r"(?:(?:some|about|approximately|roughly|around|nearly|almost)\s+)?(?:\d[\d,.]*\s*|a\s+few\s+)"
                         r"(?:km|kilomet(?:er|re)s?|miles|nautical\s+miles)\s+(?:\w+\s+)?(?:north|south|east|west)[\w-]*\s+of\s+$")
_BEARING_AFTER = re.compile(r",?\s+(?:(?:some|about|approximately|roughly|around)\s+)?(?:\d[\d,.]*\s*(?:km|kilomet(?:er|re)s?|miles)\s+)?"
                            r"(?:north|south|east|west)[\w-]*\s+of\s+(?:the\s+)?")
_LOCATOR_BEFORE = re.compile(r",\s+(?:(?:north|south|east|west)[\w-]*\s+of|near|outside)\s+(?:the\s+)?$")
_NEAR_AFTER = re.compile(r",?\s+(?:near|outside|just\s+outside|close\s+to)\s+(?:the\s+)?")
_NOT_BUT = re.compile(r"\bnot\s+(?:in|at|to|into|from|for)?\s*(?:the\s+)?$")
_BUT_AFTER = re.compile(r",?\s+but\b")
_FOR_SITE = re.compile(r"\s+for\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w-]+\s+){0,2}")
_OFFLOADED_FROM = re.compile(r"\b(?:offloaded|unloaded|removed|taken|discharged|brought)\s+(?:from|off|out\s+of)\s+"
                             r"(?:the\s+|a\s+|an\s+|its\s+|their\s+|those\s+)?(?:[\w-]+\s+)?$")
# "informed the Panel that it had delivered", "said on Thursday it would send": who said it does it
_SAID_IT = re.compile(r"\b(?:informed|told|notified|assured|said|says|stated|confirmed|acknowledged|admitted|announced)\b"
                      r"(?:[^.;]{0,40}?\bthat|(?:\s+on\s+\w+|\s+\w+day)?)\s+(?:it|they)\s+"
                      r"(?:had\s+|has\s+|have\s+|will\s+|would\s+|was\s+ready\s+to\s+|(?:plans|planned|intends|intended)\s+to\s+)?"
                      r"(?:\w+ly\s+)?$")
_FLAGGED_SHIP = re.compile(r"-flagged\b")  # "the Russian-flagged Nadezhda-7": a ship, whatever it is called
_SHE_OR_HER = re.compile(r"\b(?:[Ss]he|[Hh]er)\b")
_SHE_BEFORE = re.compile(r"\b[Ss]he\s+(?:had\s+|has\s+|is\s+|was\s+)?(?:been\s+)?(?:(?:\w+ly|almost|now|still|also|then)\s+){0,2}$")
# "some of them", "part of the consignment": a part of the goods told of before
_SOME_OF = re.compile(r"\b(?:some|part|most|many|much|several|a\s+few|one|two|three|half|others?)\s+of\s+"
                      r"(?:them|it|these|those|the\s+\w+)\b", re.IGNORECASE)
# "all of its equipment": what someone holds, not a shipment
_HELD = re.compile(r"\b(?:its|their|his|her|our)\s+$", re.IGNORECASE)
# "One of them said": a count of speakers, not of what moved
_SPEECH_AFTER = re.compile(r"\s+(?:\w+ly\s+)?(?:said|says|told|added|noted|stated|confirmed|described)\b")
_COUNT_OF = re.compile(r"(?:(?:at\s+least|at\s+most|only|about|around|nearly|some)\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                       r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|half|all|each|both|"
                       r"several|a\s+few|a\s+dozen|a\s+third|two-thirds)\s+of\s+(?:them|these|those|the\s+\w+)\b",
                       re.IGNORECASE)
# "The same ferry", "The Ilyushin Il-76", "A first column": a vehicle the sentences before told of
_VEHICLE_TAKEN_UP = re.compile(r"\s*(?:[Tt]he\s+(?:same\s+)?|(?:[Tt]he|An?)\s+(?:first|second|third|last|final|lead|leading|"
                               r"advance)\s+)(?:[A-Z][\w-]*\s+)*")
# "a dozen pickup trucks", "40 trucks": a number of vehicles
_COUNTED = re.compile(r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|"
                      r"dozen|dozens\s+of|hundreds\s+of|several)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# "denied claims spread on social media that": the claim a saying verb takes, then what it says
_CLAIMS_THAT = re.compile(r"\s+(?:the\s+)?(?:claims?|reports?|allegations?|accusations?|suggestions?)(?:\s+\S+){0,6}?\s+that\b")
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|being|be)\s+(?:\w+ly\s+)*$")
_ADVERBS = re.compile(r"(?:\s+(?:\w+ly|that|which|had|have|has))*\s+")
_AIRSPACE = re.compile(r"\s+air\s?space\b", re.IGNORECASE)
_TIME_OPENERS = {"in", "on", "by", "since", "during", "early", "late", "last", "this", "mid", "week", "month", "year",
                 "summer", "winter", "spring", "autumn"}
# "In August they were carried by truck", "Two days later it docked", "From the Tanzanian port they
# were trucked": a time or a place before the pronoun
_TIME_OR_PLACE_FIRST = (r"(?:In|On|By|Last|Later|Then|Next|Early|Late|After|Within|During|Over|Around|Some|"
                        r"A|One|Two|Three|Four|Five|Days|Weeks|Months|Hours|From|At|Via|Through)\b[\w\s'-]{0,40}?,?\s+")
_TIME_THEN_PRONOUN = re.compile(_TIME_OR_PLACE_FIRST + r"(?:it|they)\s")
_TIME_THEN_SHE = re.compile(_TIME_OR_PLACE_FIRST + r"she\s")  # "Four days later she reappeared"
# "it landed", "and they were then trucked", ", they are expected to be sent", "records show that they
# were loaded" (but "stated that it had provided": the speaker)
_PRONOUN_SUBJECT = re.compile(r"(?:(?:^|[,;]\s*|\band\s+)(?:it|they)\s+(?:(?:had|has|was|were|then|later|finally)\s+)?"
                              r"(?:(?:are|is|will|would|were|was)\s+(?:(?:expected|due|likely|set|scheduled)\s+to\s+)?be\s+)?"
                              r"|\bthat\s+they\s+(?:were|had\s+been)\s+"
                              # "AIS data show it leaving Amirabad": tracking or imagery placing it
                              r"|\b(?:shows?|showed|showing|saw|sees?|recorded|tracked|captured|spotted|placed|puts?)\s+(?:it|them)\s+)$")
# "driven across the Georgian-Armenian border at the Sadakhlo crossing", "trucked to Ouagadougou, crossing the
# border at Cinkasse": a point on the way
_AT_THE_BORDER = re.compile(r"\b(?:(?:across|over)\s+the\s+[A-Z][a-z]+-[A-Z][a-z]+|crossing\s+the)\s+(?:border|frontier)"
                            r"\s+(?:at|near|through)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$")
_ABOUT_ANOTHER = re.compile(r",\s*(?:a|an)\s+[^,;]*?\b(?:that|which)\b[^,;]*$")
# "US officials have long accused [it] of moving", not "Iran has been accused of sending"
_ACCUSER = re.compile(r"(?<!been )(?<!is )(?<!are )(?<!was )(?<!were )\baccus(?:e|es|ed|ing)\s+(?:\w+\s+)?of\s+(?:\w+ly\s+)?$")
_PAIRED_BORDER = re.compile(r"-[A-Z][a-z]+\s+(?:border|frontier)\b")
_BORDER_PAIR = re.compile(r"\b([A-Z][a-z]+)-([A-Z][a-z]+)\s+(?:border|frontier)\b")
_ACROSS_BORDER = re.compile(r"\s+(?:\w+\s+)?(?:across|over)\s+the\s+(?:border|frontier)\b")
_AND_END = re.compile(r"(?:\s+in\s+the\s+[\w\s-]{1,30}?)?\s+and\s+(?:the\s+)?")
_IN_TOWN = re.compile(r"\s+(?:in|at|near|outside|next\s+to|beside|close\s+to|adjoining)\s+")
# "assembled at the airport and then flown", "loaded onto trucks at Amdjarass and driven":
# a participle before the place, and nothing but "and then" between it and the movement word.
_HANDLED_THEN = re.compile(r"\b\w+(?:ed|ept|eld|uilt)\b(?:\s+\S+){0,3}\s+(?:at|in)\s+(?:the\s+)?$")
# "trucks loaded with ammunition": what they carried, not where they were loaded
_LOADED_WITH = re.compile(r"\s+with\b")
# "The vehicles were then driven north": a later stage of the movement told before
_SEQUEL = re.compile(r"\b(?:then|later|subsequently|afterwards|thereafter|onward|onwards)\b|\bfrom\s+there\b", re.IGNORECASE)
# "according to the National Intelligence Service", "according to a State Department spokesman",
# "according to a statement from the Rwanda Defence Force"
_NAMED_BODY = re.compile(r"\s+(?:(?:a|an|the)\s+(?:\w+\s+)?(?:statement|communiqu[eé]|press\s+release)\s+(?:from|by|of)\s+)?"
                         r"(?:the\s+)?(?:[A-Z][\w'.-]*\s+(?:of\s+(?:the\s+)?)?){0,5}"
                         r"(?:Ministry|Service|Agency|Command|Department|Directorate|Office|Staff|Pentagon|Kremlin|"
                         r"Army|Navy|Forces?|Guard|Council|Commission|Government|Secretariat)\b"
                         r"|\s+(?:a|an|the)\s+(?:[A-Z][\w'.-]*\s+){1,4}(?:spokesman|spokeswoman|spokesperson|statement)\b"
                         # "According to the ministry, the wheeled vehicles ...": the body the story already named
                         r"|\s+the\s+(?:defen[cs]e\s+)?(?:ministry|government|army)\b")
# "According to three local traders, cargo from those flights ...": who says so, before the sentence's own words
_ATTRIBUTION_OPENS = re.compile(r"\s*According\s+to\s+[^,;]{1,90},\s*")
# "unloaded from cargo planes at Amdjarass": a vehicle a preposition governs is no subject
_PREPOSITION_BEFORE = re.compile(r"\b(?:from|off|onto|aboard|into|by|on)\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+)?$")
# "We assess that some of these trains probably carried", "Those trucks then drove"
_THESE_VEHICLES = re.compile(r"(?:[^.;]*?\bthat\s+)?(?:(?:some|most|many|all|several|one|two|three|each)\s+of\s+)?"
                             r"(?:[Tt]hese|[Tt]hose)\s+(?P<vehicle>[\w-]+(?:\s+[\w-]+)?)\b")
_BY_AGENT = re.compile(r"\s+by\s+(?:the\s+)?")  # "to be delivered by Russia", "shipped by the United States"
_PARTS_AFTER = re.compile(r"(?:'s?|’s?)?\s+(?:spare\s+)?parts\b")  # "helicopters' spare parts": cargo
_FOR_BEFORE = re.compile(r"\bfor\s+$")  # "loaded onto chartered cargo ships for France"
_AND_THEN = re.compile(r"\band\s+(?:then|later|subsequently)\s+$")  # "trucked to Douala and then loaded"
# "assembled at the airport and then flown", "now parked in N'Djamena are to be trucked"
_THEN_MOVED = re.compile(r"(?:\s*,)?\s+(?:and\s+)?(?:then\s+|later\s+|subsequently\s+)?"
                         r"(?:(?:was|were|(?:is|are|was|were)\s+(?:to|due\s+to|expected\s+to)\s+be|will\s+be)\s+)?"
                         r"(?:\w+ly\s+)?", re.IGNORECASE)
# words before a vehicle noun that make it a verb: "to ferry", "will ship"
_VERB_OPENERS = frozenset({"to", "will", "would", "could", "can", "may", "might", "must", "shall", "should", "did"})
# the words that may stand between a supplier and its verb: "Spain also agreed to supply", "Germany would send"
_SUPPLIER_AUXILIARIES = frozenset({"to", "will", "would", "has", "have", "had", "also", "already", "later",
                                   "then", "since", "shall"})
# "consisting of launcher trucks", "including supply trucks": a noun before the vehicle word, after "of"
_COMPOUND_AFTER_OF = re.compile(r"\b(?:of|including|comprising)\s+(?:[\d,]+\s+)?[a-z]+(?<!ed)(?<!ly)\s+$")
_VEHICLE_PREPOSITIONS = frozenset({"onto", "on", "aboard", "by", "into", "in", "via"})  # "loaded onto trucks"
# "missiles fired at ships", "a fleet of ships": a vehicle noun, but "a series of flights to Bamako" moves
_NOUN_PREPOSITIONS = frozenset({"at", "against", "of", "from", "with", "for"})
# between a policy verb and the movement word: at most a determiner and a country word
_POLICY_GAP = re.compile(r"\s+(?:(?:the|all|any|its|their|further|new|future|arms|weapons|military|[A-Z][a-z]+)\s+){0,2}")
_SALE = re.compile(r"sell|sells|sold|selling", re.IGNORECASE)
# "... at the port of X opened a container that had been shipped from Y"
_SEIZED_FROM = re.compile(r"\b(?:seized|confiscated)\s+from$")
_FOUND_VERB = re.compile(r"\b(?:found|opened|seized|discovered|inspected|intercepted|recovered|uncovered)\b")
_FOUND_THERE = re.compile(r"\b(?:that|which)\s+(?:(?:had|has|have)\s+(?:been\s+)?)?(?:\w+ly\s+)?$")
_AND_PLACE_AT = re.compile(r"\s+and\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,4}")
_FUNCTION_WORDS = frozenset({"a", "an", "the", "to", "from", "into", "in", "at", "for", "and", "or", "of", "via",
                             "through", "by", "on", "off", "onto", "towards", "toward", "near", "with"})
# "documented by the Panel, a dhow carrying ...": bodies that report, never a vessel's name
_BODIES = frozenset({"panel", "government", "ministry", "council", "committee", "commission", "mission", "coalition",
                     "navy", "army", "agency", "court", "tribunal", "office", "department", "group"})
_POINTS_BACK = re.compile(r"\b(?:where|there|thence|which)\b", re.IGNORECASE)
_THERE = re.compile(r"\s+(?P<there>there)\b")
_THENCE = re.compile(r"\s+from\s+(?P<there>there)\b")
_CAPITAL_AFTER = re.compile(r"(?:'s)?\s+capital\b(?!\s+(?:of|city\s+of)\b)(?!,?\s+[A-Z])")
_BARE_CAPITAL = re.compile(r"\b[Tt]he\s+capital\b(?!\s+(?:of|city\s+of)\b)(?!,?\s+[A-Z])")
_TOWN_REFERENCE = re.compile(r"\b[Tt]he\s+(?:(?P<qualifier>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+)?"
                             r"(?:(?:port|coastal|border|desert|oasis|hilltop|garrison|frontline|northern|southern|"
                             r"eastern|western|central)\s+)?(?:city|town)\b(?!\s+(?:of|hall|council|centre|center)\b)")
_REGION_REFERENCE = re.compile(r"\b[Tt]he\s+(?:(?P<qualifier>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+)?"
                               r"(?:(?:northern|southern|eastern|western|central|border|breakaway|embattled|contested)\s+)?"
                               r"(?:region|province|governorate|enclave)\b(?!\s+of\b)")
_INTO_BEFORE = re.compile(r"\b(?:into|to|towards|toward|entered|reached)\s+$")
_ITS_TERRITORY = re.compile(r"\b(?:its|their)\s+(?:own\s+)?(?:territory|soil|airspace|territorial\s+waters)\b")
_POSSESSED_FACILITY = re.compile(r"'s?\s+(?:(?:main|international|military|new|old|commercial)\s+)?"
                                 r"(?P<noun>air\s?base|airport|airfield|seaport|port|harbou?r|naval\s+base)\b")
_FACILITY_NOUNS = {"airbase": ("airbase", "airport"), "airport": ("airport", "airbase"),
                   "airfield": ("airport", "airbase"), "airstrip": ("airport", "airbase"),
                   "seaport": ("port",), "port": ("port",), "harbour": ("port",), "harbor": ("port",),
                   "navalbase": ("port", "base"), "base": ("base", "airbase"), "camp": ("base",)}
# Vehicle nouns that are journeys: "several cargo flights a week by Il-76 aircraft from Abu Dhabi
# to Amdjarass" tells a movement, where "the ship from Samsun" only names a vessel.
_NOUN_TRIGGERS = re.compile(r"shipments?|deliver(?:y|ies)|transfers?|consignments?|flights?|voyages?|airlifts?|convoys?")
_IN_PARTICLE = re.compile(r"\s+in\b(?!\s+(?:the|a|an|its|their|[A-Z\d]))")  # "flown in from Turkey", not "flown in the jets"
# "the main gateway for Western military aid to Ukraine", "a hub for deliveries into Sudan": what a
# place serves, not where this movement went
_ROLE_OF_PLACE = re.compile(r"\b(?:gateway|hub|conduit|lifeline|corridor|artery|springboard|staging\s+(?:post|area|ground)|"
                            r"transit\s+point|entry\s+point|route)s?\s+(?:for|of)\s+(?:[\w'-]+\s+){0,5}$")
# "landed at Rzeszow-Jasionka, carrying shells destined for Ukraine": where the vehicle ended, and
# where its cargo is meant to go after
_ARRIVED_AT = re.compile(r"\b(?:landed|arrived|docked|berthed|unloaded|offloaded|touched\s+down)\s+(?:\w+ly\s+)?"
                         r"(?:at|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$")
_CARGO_GOAL = re.compile(r"\b(?:destined|bound|earmarked|intended|meant)\s+for\s+(?:the\s+)?(?:[\w-]+\s+)?$")
# "a carrier sanctioned by the US Treasury for ferrying weapons to Syria": a record, not a journey
_REASON_FOR = re.compile(r"\b(?:sanctioned|designated|blacklisted|penali[sz]ed|fined|indicted|convicted|notorious|"
                         r"infamous|known|punished|sanctions)\b[^,;.]{0,50}?\bfor\s+(?:\w+ly\s+)?$"
                         # "companies that UN investigators have previously linked to arms deliveries in Libya"
                         r"|\b(?:linked|tied|connected)\s+to\s+(?:\w+\s+){0,2}$"
                         # "a cargo carrier that US officials have long accused of moving materiel": its record
                         r"|\b(?:that|which|whom)\s+[^,;.]{0,40}?\b(?:long\s+)?accused\s+of\s+(?:\w+ly\s+)?$")
# "Most departed from Al Dhafra Air Base", "Several then flew on": a quantifier alone for the vehicles just counted
_QUANTIFIER_OPENS = re.compile(r"(?:Most|Many|Some|Several|All|A\s+few|Both|Each|Half)\s+(?:(?:then|later|also|had|have|"
                               r"were|was)\s+)*(?:\w+ed|flew|went|came|took|drove|sailed|left|made|set\s+off)\b"
                               # "All six landed at Heydar Aliyev International Airport": the flights just counted
                               r"|All\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:(?:then|later|also)\s+)*"
                               r"(?:landed|arrived|docked|berthed|reached|departed|left|flew|sailed|crossed|returned)\b")
# "The general cargo ship Kaliakra Star": a vessel's name right after its type
_NAME_AFTER = re.compile(r"\s+(?:the\s+)?[A-Z][\w'-]+")
_TOPIC_OF = re.compile(r"\b(?:on|about|of|regarding|concerning|into)\s+(?:the|a|an|this|these|such)\s+(?:[\w-]+\s+)?$"
                       # "Azerbaijan was closely monitoring arms deliveries to Armenia": what a state watches
                       r"|\b(?:monitoring|monitors|monitored|watching|watches|tracking|tracks|following)\s+(?:the\s+)?"
                       r"(?:[\w-]+\s+)?$")
_JOURNEYS = frozenset({"flight", "flights", "voyage", "voyages", "sortie", "sorties", "airlift", "airlifts"})
_FROM_AFTER = re.compile(r"(?:\s+[^\s,;:.()]+){0,8}?\s+from\s")
# a ship's or an aircraft's word: the verb says which ("flown to Qatar with the support of Voyager tankers")
_EITHER_CARRIERS = {"freighter", "freighters", "tanker", "tankers"}
_GENERIC_CARRIERS = {"ship", "vessel", "aircraft", "plane", "flight", "convoy", "boat", "truck", "trucks", "freighter",
                     "flights", "ships", "vessels", "planes", "boats", "convoys", "trains", "train",
                     "airline", "airlines", "cargo airline", "cargo airlines", "jet", "jets"}


@dataclass
class _Role:
    """A place in a sentence and the part it plays in the movement."""

    mention: Mention
    role: str | None = None  # origin, destination, destination_weak, via


@dataclass
class _Frame:
    """The words one movement word governs, and the movement they tell once joined."""

    trigger: Hit
    kind: str  # send, arrive, load or receive
    start: int
    end: int
    origins: list[Place] = field(default_factory=list)
    destinations: list[Place] = field(default_factory=list)
    via: list[Place] = field(default_factory=list)
    triggers: list[Hit] = field(default_factory=list)
    inferred: str = ""  # why an endpoint came from outside the sentence
    skip: bool = False  # a visit or talks: no movement of goods or forces
    goes_on: bool = False  # "continued to N'Djamena": the same vehicle on from a stop
    mode: str = "unknown"  # what the frame's own words or its end say: "trucked", "to the port of"


@dataclass
class _Sentence:
    """What the lexicon finds in one sentence."""

    index: int
    span: Span
    cargo: list[Hit]
    vehicles: list[Hit]
    mode_phrases: list[Hit]
    triggers: list[Hit]
    actors: list[Hit]
    roles: list[_Role]


@dataclass
class _Trail:
    """Where the vehicle or shipment the text follows was last placed, for the next sentences."""

    index: int
    place: Place
    leg: Leg | None = None
    arrived: bool = False  # the place is where the thing was unloaded or landed, not where it set out
    vehicle: str = ""  # the aircraft or vessel type it set out on ("C-130"), to know it again
    date: str | None = None  # when it was placed there, for "two hours later" when no leg was told yet
    mode: str = "unknown"  # how it set out ("A second ship sailed from the Port of Beaumont"), for its arrival


class LegExtractor:
    """Turns one document's sentences and place mentions into legs."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.lex = lexicon.load()

    def legs(self, document: Document, mentions: list[Mention]) -> list[Leg]:
        out = _without_summaries(self._movements(document, mentions), document)
        if not self._military(document.text):
            # flights, trains and removals in everyday news: only what names its cargo stays
            out = [leg for leg in out if leg.cargo]
        return out

    def _movements(self, document: Document, mentions: list[Mention]) -> list[Leg]:
        out: list[Leg] = []
        year_hint = _year_hints(document)
        previous_legs: list[tuple[int, Leg]] = []
        trail: _Trail | None = None
        landed: _Trail | None = None  # where the last shipment told arrived, for "the convoy" paragraphs on
        vessels = self._vessel_names(document.text, mentions)
        for index, span in enumerate(document.sentences):
            span = _prose(document.text, span)
            inside = [m for m in mentions if span.start <= m.start and m.end <= span.end]
            sentence = self._read(document, index, span, inside, mentions, out, vessels)
            if trail is not None and not trail.place.is_country and (
                    self._shipment_referred_to(document.text, span) or self._takes_up(document.text, span.start, span.end)) \
                    and (any(m.place == trail.place and m.kind == "name" for m in inside)
                         or sentence is not None and any(r.mention.place == trail.place and r.role is None
                                                         for r in sentence.roles)):
                # "The crates did not remain in Nishtun", "spotters at the airport show both aircraft parked":
                # still there
                trail = replace(trail, index=index)
            found: list[Leg] = []
            if sentence is not None:
                if trail is not None and index - trail.index > TRAIL_SENTENCES and not (
                        trail.arrived and index - trail.index <= PICK_UP_SENTENCES and self._picks_up(document.text, span)):
                    trail = None
                if trail is None and landed is not None and index - landed.index <= LANDED_SENTENCES \
                        and (self._names_vehicle_again(document.text, span)
                             or self._offloaded_from_vehicle(document.text, span, vessels)):
                    trail = landed  # "We conclude that the convoy reached Bamako": from the quay it was last seen on
                found, trail = self._sentence_legs(document, sentence, mentions, year_hint, trail, out)
                if trail is not None and trail.arrived and trail.leg is not None:
                    landed = trail
            elif trail is not None and trail.leg is not None and trail.leg in out and index - trail.index <= 1 \
                    and (taken := self._taken_town(document.text, span, inside, trail.leg)) is not None:
                # "... pushed north towards the Adrar des Ifoghas. Five days later they seized Anefis": the
                # column's march ended in the town it took
                refined = replace(trail.leg, destination=taken, id="",
                                  citations=(*trail.leg.citations, Citation.of(document, span)))
                out[out.index(trail.leg)] = refined
                trail = _Trail(index, taken, refined, True)
            if found:
                found = [self._from_context(document, index, leg) for leg in found]
                previous_legs = [(index, leg) for leg in found]
                out.extend(found)
                if trail is not None and trail.leg is not None and found[-1].status != "denied":
                    trail.leg = found[-1]
                continue
            denied, own_voice = self._denied(document, index, span, inside, mentions, out)
            for claim, denial in denied:
                if own_voice:  # the document rebuts the claims it told of: they stand as denied
                    out[out.index(claim)] = replace(denial, citations=(*claim.citations, *denial.citations))
                else:
                    out.append(denial)
            if denied:
                continue
            # A sentence with no movement of its own may describe the last one's cargo, or doubt it:
            # "We could not verify the claim", "Two sources told the Panel that the flights delivered drones".
            # but not a hedge inside a clause about something else ("operated by Qeshm Fars Air, a carrier
            # that US officials have long accused of moving materiel")
            hedges = {h.value for h in self.lex.status.finditer(document.text, span.start, span.end)
                      if not _ABOUT_ANOTHER.search(document.text, span.start, h.start)}
            doubted = bool(hedges & {"doubted", "unnamed"})
            for position, (at, leg) in enumerate(previous_legs):
                if index - at <= 2 and leg in out:
                    enriched = self._enrich(document, span, leg)
                    if (doubted or "alleged" in hedges and self._takes_up(document.text, span.start, span.end, leg.mode)) \
                            and enriched.status == "reported":
                        enriched = replace(enriched, status="alleged", id="",
                                           confidence=round(max(0.05, enriched.confidence - 0.15), 2),
                                           citations=(*enriched.citations, Citation.of(document, span)))
                    if enriched is not leg:
                        out[out.index(leg)] = enriched
                        previous_legs[position] = (at, enriched)
                        if trail is not None and trail.leg is leg:
                            trail.leg = enriched
        return out

    def _military(self, text: str) -> bool:
        """Whether the document speaks of arms, fighters or military transport, so that a
        movement with no cargo named ("flights between Harare and London") may be one of them."""
        return any(h.text.lower() not in self.lex.everyday_cargo for h in self.lex.cargo.finditer(text)) or \
            any(True for _ in self.lex.military_vehicles.finditer(text))

    # -- one sentence -----------------------------------------------------------------------

    def _cargo(self, text: str, start: int, end: int, actors: list[Hit] | None = None) -> list[Hit]:
        """Cargo words, without those in the name of a group that is based somewhere or receives
        ("Sudan's Rapid Support Forces" are no troops on the move; "an Africa Corps contingent" are)."""
        if actors is None:
            actors = list(self.lex.actors.finditer(text, start, end))
        named = [h for h in actors if h.value in self.lex.actor_countries or _RECIPIENT_BEFORE.search(text, start, h.start)]
        hits = list(self.lex.cargo.finditer(text, start, end))
        aircraft = {h.end for h in hits if h.value == "combat aircraft"}
        # "its cargo was destined for Houthi forces", "to government forces in Marib": who received it;
        # "Su-30SME fighters" are aircraft
        return [h for h in hits if not _within(h, named)
                and not (h.value in PEOPLE and (_FORCES_RECEIVING.search(text, max(start, h.start - 60), h.start)
                                                or _FOUGHT_BEFORE.search(text, max(start, h.start - 60), h.start)
                                                or _SPEAKS_AFTER.match(text, h.end)))
                and not (h.value == "fighters" and text[h.start - 1:h.start].isspace() and h.start - 1 in aircraft)]

    def _vessel_names(self, text: str, mentions: list[Mention]) -> dict[str, str]:
        """Ships a document names, by name: "the landing ship Ivan Gren", "two vessels, the Angara
        and the Lady Maria", "the Sparta IV, a Russian cargo ship"; each later "the Angara" is
        that vessel, so the sentences that follow it are about a vehicle."""
        places = {(m.start, m.end) for m in mentions}
        names: dict[str, str] = {}
        for hit in self.lex.vehicles.finditer(text):
            if hit.value != "sea":
                continue
            after = _NAMED_AFTER.match(text, hit.end)
            found = [m for m in _VESSEL_NAME.finditer(after.group()) if m.start() == 0 or after.group(1)] \
                if after else []
            before = _NAMED_BEFORE.search(text, max(0, hit.start - 80), hit.start)
            if before:
                found.append(before)
            for m in found:
                offset = after.start() if m.re is _VESSEL_NAME else 0
                span = (offset + m.start("name"), offset + m.end("name"))
                first = m.group("name").split()[0].lower()
                if not any(a < span[1] and span[0] < b for a, b in places) and first not in _FUNCTION_WORDS \
                        and first not in _BODIES and first not in dates.MONTHS and first not in dates.WEEKDAYS:
                    names[m.group("name")] = hit.value
        return names

    def _read(self, document: Document, index: int, span: Span, inside: list[Mention],
              every: list[Mention], told: list[Leg], vessels: dict[str, str]) -> _Sentence | None:
        """The lexicon's findings in a sentence that has a movement word and something that moves."""
        text, lex = document.text, self.lex
        actors = list(lex.actors.finditer(text, span.start, span.end))
        cargo = self._cargo(text, span.start, span.end, actors)
        # "attack helicopters", "aircraft parts": a vehicle word inside a cargo name is what moved, not how
        vehicles = _compounds(text, [h for h in lex.vehicles.finditer(text, span.start, span.end) if not _within(h, cargo)])
        vehicles += [Hit(m.start(), m.end(), m.group(), vessels[m.group()]) for name in vessels
                     for m in re.compile(rf"\b{re.escape(name)}\b").finditer(text, span.start, span.end)
                     if not any(v.start <= m.start() <= v.end + 5 for v in vehicles)]  # "cargo ship Sparta IV" is one
        vehicles = sorted(vehicles + _flagged_names(text, span, vehicles), key=lambda h: h.start)
        vehicles = [v for v in vehicles if not _verb_form(text, span, v, cargo)
                    and not _ESCORTING.search(text, max(span.start, v.start - 60), v.start)]  # "escorted by frigates"
        modes = list(lex.mode_phrases.finditer(text, span.start, span.end))
        vehicles = [v for v in vehicles if not _within(v, modes)]  # "crossing by ferry" says how, as a phrase
        vehicles = [v for v in vehicles if not _listed_after(text, v, cargo)  # "armoured vehicles and trucks"
                    # "a convoy of trucks carrying equipment offloaded from the flights", "vehicles offloaded
                    # from the Bana were driven in convoy": the trucks move
                    and not (_OFFLOADED_FROM.search(text, max(span.start, v.start - 40), v.start)
                             and any(other.start != v.start for other in vehicles))]
        # "The Maria, which had previously traded in coal, sailed from Rajin": what it did before
        asides = [m.span() for m in _ASIDE.finditer(text, span.start, span.end)]
        civilian = [h for h in lex.civilian_cargo.finditer(text, span.start, span.end)
                    if not any(a <= h.start < b for a, b in asides)]
        if civilian and all(_within(h, civilian) for h in cargo):
            return None  # aid trucks with food and medicine, ships with grain and timber: not arms logistics
        # "the Maia-1 and the Maria ... sailing from Rajin to Vostochny": only a vessel sails from a place
        modes += [Hit(m.start(), m.end(), m.group(), "sea") for m in _SAILED_FROM.finditer(text, span.start, span.end)]
        if not cargo and not vehicles and not modes and not self._shipment_referred_to(text, span) \
                and not self._referred_heads(document, index, span) and not self._partitive(text, span) \
                and not self._pronoun_opens(text, span) and not self._picks_up(text, span) \
                and not self._moves_them(document, index, span, told) and not self._takes_up(text, span.start, span.end) \
                and not any(h.value in lex.shipment_words and not _HELD.search(text, max(span.start, h.start - 12), h.start)
                            for h in lex.anaphora.finditer(text, span.start, span.end)):
            # nothing moves: no cargo, vehicle, consignment or crates (but "all of its equipment" is a stock)
            return None
        triggers = self._triggers(text, span, vehicles, cargo)
        if not triggers:
            return None
        places = [self._capital_named(text, self._possessed_facility(text, m)) for m in inside
                  if not _within(m, actors) and not self._speaks(text, m) and not _AFFILIATED.match(text, m.end)
                  and not (_FLAG.match(text, m.end) and not cargo)
                  and not _OWNS_ABROAD.match(text, m.end)
                  and not (m.kind == "adjective" and _DRESS.match(text, m.end))
                  and not _INSTITUTION_AFTER.match(text, m.end)]
        places += self._actor_mentions(document, actors)
        # "the Tanzanian port", "the Red Sea city": the place referred to, not the adjective in the words
        references = self._facilities_referred_to(document, index, span, every, told) + \
            self._towns_referred_to(document, index, span, every, told) + self._capital_referred_to(document, span, every)
        places = [m for m in places if not any(r.start <= m.start < r.end for r in references)] + references
        places += self._there(document, index, span, triggers, every)
        places += self._own_territory(text, span, inside)
        places = _drop_qualifiers(text, sorted(places, key=lambda m: m.start), lex.place_nouns)
        roles = self._roles(text, span, places, triggers)
        return _Sentence(index, span, cargo, vehicles, modes, triggers, actors, roles)

    def _there(self, document: Document, index: int, span: Span, triggers: list[Hit],
               every: list[Mention]) -> list[Mention]:
        """ "... landed there": the last place the sentences before named."""
        text = document.text
        since = document.sentences[max(0, index - TRAIL_SENTENCES)].start
        # "a depot near Tikhoretsk, within reach of the front lines in southern Ukraine": where the
        # fighting is stays no scene to refer back to
        earlier = [m for m in every if since <= m.start and m.end <= span.start
                   and not _WAR_IN.search(text, max(0, m.start - 30), m.start - 1)]
        # "Tikhoretsk in Krasnodar krai": the place, not where it lies; and "HMAS Stirling on Garden
        # Island, south of Perth": the base, not the town it lies south of
        earlier = [m for k, m in enumerate(earlier) if not (k and (
            _qualifies_after(text, earlier[k - 1], m) or m.start - earlier[k - 1].end <= 40
            and _LOCATOR_BEFORE.search(text, earlier[k - 1].end, m.start)))]
        out = []
        cues = list(self.lex.cues.finditer(text, span.start, span.end))
        named_end = any(c.value == "destination" for c in cues)
        for trigger in triggers:
            thence = _THENCE.match(text, trigger.end)
            if thence and earlier:  # "expected to sail from there to Vostochny"
                last = earlier[-1]
                out.append(Mention(document.id, thence.start("there"), thence.end(), "there", last.place, last.score,
                                   f"'from there' refers back to {last.text}", kind="thence"))
                continue
            m = _THERE.match(text, trigger.end)
            if named_end and m and any(c.value == "destination" and c.end <= m.start()
                                       for c in self.lex.cues.finditer(text, span.start, m.start())):
                continue  # "heading for Puerto Cabello ... expected to dock there": named already
            # "A source at Misrata airport told MAW that a C-130 landed there": a place the sentence
            # set the scene at comes first, else the last place the sentences before named
            here = [p for p in every if span.start <= p.start and p.end <= trigger.start and not p.place.is_country
                    and (cue := _cue_before(text, cues, p.start, triggers)) is not None and cue.value == "weak"]
            if m and (here or earlier) and not any(True for _ in self.lex.cues.finditer(trigger.text)):  # not "left there"
                last = (here or earlier)[-1]
                out.append(Mention(document.id, m.start("there"), m.end(), "there", last.place, last.score,
                                   f"'there' refers back to {last.text}", kind="there"))
        return out

    def _own_territory(self, text: str, span: Span, inside: list[Mention]) -> list[Mention]:
        """ "Mauritania's defence ministry denied that Malian soldiers had crossed into its
        territory": the country of the sentence's first named place, the one that speaks."""
        out = []
        for m in _ITS_TERRITORY.finditer(text, span.start, span.end):
            named = [x for x in inside if x.end <= m.start() and x.kind == "name"]
            country = self.gazetteer.country(named[0].place.country) if named else None
            if country is not None:
                out.append(Mention(inside[0].doc_id, m.start(), m.end(), m.group(0), country, named[0].score,
                                   f"'{m.group(0)}' is {named[0].text}'s"))
        return out

    def _capital_named(self, text: str, mention: Mention) -> Mention:
        """ "docked in Somalia's capital", "landed in the Malian capital": the country's capital city."""
        if not (mention.place.is_country or mention.kind == "adjective"):
            return mention
        m = _CAPITAL_AFTER.match(text, mention.end)
        if m is None or (mention.kind == "adjective" and not text[:mention.start].rstrip().lower().endswith("the")):
            return mention
        capital = self.gazetteer.capital(mention.place.country)
        if capital is None:
            return mention
        return replace(mention, end=m.end(), text=text[mention.start:m.end()], place=capital, kind="name",
                       reason=f"{mention.reason}; its capital")

    def _possessed_facility(self, text: str, mention: Mention) -> Mention:
        """ "Vladivostok's international airport", "Yangon's Thilawa port": the town's facility."""
        m = _POSSESSED_FACILITY.match(text, mention.end)
        if m is None:
            return mention
        kinds = _FACILITY_NOUNS[m.group("noun").lower().replace(" ", "")]
        facility = mention.place if mention.place.type in kinds else \
            next(iter(self.gazetteer.facilities(mention.place.id, kinds)), None)
        if facility is None:
            return mention
        return replace(mention, end=m.end(), text=text[mention.start:m.end()], place=facility,
                       reason=f"{mention.reason}; its {m.group('noun')}")

    def _facilities_referred_to(self, document: Document, index: int, span: Span, every: list[Mention],
                                told: list[Leg]) -> list[Mention]:
        """ "The drones were assembled at the airport", "trucked from the port to the air base":
        a definite noun for a kind of facility takes up the last end of a movement told before
        that is one (or a town with one), else the last such place named in the sentences
        before; in the country an adjective gives ("the Syrian port")."""
        text = document.text
        since = document.sentences[max(0, index - FACILITY_REACH)].start
        out = []
        for m in _FACILITY_REFERENCE.finditer(text, span.start, span.end):
            if any(x.start < m.end() and m.start() < x.end and x.start != m.start("adjective") for x in every):
                continue  # part of a name: "the Misrata airport"
            if any(_AFTER_NAME.fullmatch(text, x.end, m.start()) for x in every if x.end <= m.start()):
                continue  # "Hmeimim, the Russian air base south-east of Latakia" only describes the name
            where = _IN_TOWN.match(text, m.end())
            if where and any(x.start == where.end() for x in every):
                continue  # "the airport in Port Sudan" names its town
            country = self.gazetteer.country_of_adjective(m.group("adjective")) if m.group("adjective") else None
            if m.group("adjective") and country is None:
                continue
            kinds = _FACILITY_NOUNS[m.group("noun").lower().replace(" ", "")]
            ends = [(p, p.name, leg.mode) for leg in reversed(told) if leg.citations[0].start >= since
                    for p in (leg.destination, leg.origin)]
            named = [(x.place, x.text, None) for x in reversed(every) if since <= x.start and x.end <= m.start()]
            # "Rzeszow-Jasionka, a regional airport ... known for budget flights to London. ... the
            # airport's director": a facility named as one before a town that merely has one
            named.sort(key=lambda item: item[0].type not in kinds)
            # "... flew to Nevatim. A second stream began at Ramstein itself. Six C-17s flew from the
            # base": a facility named after the last movement told is the one meant
            told_end = max((c.end for leg in told for c in leg.citations), default=-1)
            later = [(x.place, x.text, None) for x in reversed(every) if max(since, told_end) <= x.start
                     and x.end <= span.start and x.place.type in kinds]
            for place, name, mode in later + ends + named:
                if country is not None and place.country != country.country:
                    continue
                facility = place if place.type in kinds else next(iter(self.gazetteer.facilities(place.id, kinds)), None)
                if facility is None and place.type == "city" and mode is not None \
                        and mode == self.lex.place_modes.get(kinds[0]):
                    facility = place  # "unloaded at Dar es Salaam. From the Tanzanian port": the town a ship reached
                if facility is not None:
                    out.append(Mention(document.id, m.start(), m.end(), m.group(0), facility, 0.7,
                                       f"'{m.group(0)}' refers back to {name}"))
                    break
        return out

    def _towns_referred_to(self, document: Document, index: int, span: Span, every: list[Mention],
                           told: list[Leg]) -> list[Mention]:
        """ "landed at the Red Sea city", "poured into the town", "crossed the border into the
        region": the town a movement told just before ended in, else the last town (or region)
        named before (in the country an adjective gives), unless the words stand right after a
        name ("Salalah, the Omani port city") and only describe it."""
        text = document.text
        since = document.sentences[max(0, index - FACILITY_REACH)].start
        out = []
        references = [(m, "city") for m in _TOWN_REFERENCE.finditer(text, span.start, span.end)] + \
            [(m, "region") for m in _REGION_REFERENCE.finditer(text, span.start, span.end)]
        for m, kind in references:
            if re.search(r"[\w.)]\s*,\s*$", text[max(span.start, m.start() - 3):m.start()]):
                continue
            country = self.gazetteer.country_of_adjective(m.group("qualifier")) if m.group("qualifier") else None
            if kind == "region" and (m.group("qualifier") and country is None or not _INTO_BEFORE.search(
                    text, max(span.start, m.start() - 12), m.start())):
                continue  # "the Afar region" is named, "conflicts in the region" is no end of a movement
            named = [x for x in reversed(every) if since <= x.start and x.end <= (span.start if kind == "city" else m.start())
                     and x.place.type == kind and (country is None or x.place.country == country.country)]
            # "unloaded ... at Tobruk port on Monday, the largest delivery seen in the eastern city": the
            # town of a port or airport the sentence put the goods at, not one they came from
            here = [town for x in reversed(every) if kind == "city" and span.start <= x.start and x.end <= m.start()
                    and (_after_word(text, x, "at") or _after_word(text, x, "in"))
                    for town in [x.place if x.place.type == "city" else self.gazetteer.get(x.place.parent or "")]
                    if town is not None and town.type == "city" and (country is None or town.country == country.country)]
            # "landed at Goma International Airport ... soldiers, who were flown into the city": Goma
            reached = [town for leg in reversed(told) if kind == "city" and leg.citations[0].start >= since
                       for town in [leg.destination if leg.destination.type == "city"
                                    else self.gazetteer.get(leg.destination.parent or "")]
                       if town is not None and town.type == "city" and (country is None or town.country == country.country)]
            if here:
                out.append(Mention(document.id, m.start(), m.end(), m.group(0), here[0], 0.7,
                                   f"'{m.group(0)}' refers back to {here[0].name}, named just before"))
            elif reached:
                out.append(Mention(document.id, m.start(), m.end(), m.group(0), reached[0], 0.7,
                                   f"'{m.group(0)}' refers back to {reached[0].name}, where a movement ended"))
            elif named:
                out.append(Mention(document.id, m.start(), m.end(), m.group(0), named[0].place, 0.7,
                                   f"'{m.group(0)}' refers back to {named[0].text}"))
        return out

    def _capital_referred_to(self, document: Document, span: Span, every: list[Mention]) -> list[Mention]:
        """ "flown into the capital" in a story filed from N'Djamena: the capital of the country
        the dateline names."""
        text = document.text
        filed = _filed_from(document, every)
        capital = self.gazetteer.capital(filed.place.country) if filed is not None else None
        if capital is None:
            return []
        # "flown into Niamey and presented at the capital's air base": the capital just named
        named = [m.start for m in every if span.start <= m.start < span.end and m.place.id != capital.id
                 and self.gazetteer.capital(m.place.country) == m.place]
        return [Mention(document.id, m.start(), m.end(), m.group(0), capital, 0.7,
                        f"'{m.group(0)}' in a story filed from {filed.text}")
                for m in _BARE_CAPITAL.finditer(text, span.start, span.end) if not any(at < m.start() for at in named)]

    def _shipment_referred_to(self, text: str, span: Span) -> bool:
        """ "The container was unloaded at ...": a shipment the sentences before told of moves here."""
        return any(h.value in self.lex.shipment_words and _definite_before(text, span.start, h.start)
                   for h in self.lex.anaphora.finditer(text, span.start, span.end))

    def _referred_heads(self, document: Document, index: int, span: Span) -> list[str]:
        """ "The launchers were unloaded at Bandar Abbas": the cargo named a sentence or two before
        ("Pinaka multiple rocket launchers") whose head noun the span takes up after "the"."""
        text = document.text
        named: dict[str, str] = {}
        for back in range(1, TRAIL_SENTENCES + 1):
            if index - back >= 0:
                earlier = document.sentences[index - back]
                for hit in self._cargo(text, earlier.start, earlier.end):
                    named.setdefault(hit.text.split()[-1].lower(), hit.value)
                for m in _SHIPMENT_OF.finditer(text, earlier.start, earlier.end):
                    if m.group(1).lower() in self.lex.shipment_words:  # "a consignment of 18 gasoline engines"
                        named.setdefault(m.group(2).lower(), m.group(2).lower())
        return [named[word.lower()] for m in _DEFINITE_NOUN.finditer(text, span.start, span.end)
                for word in m.group(1).split() if word.lower() in named]

    def _takes_up(self, text: str, start: int, end: int, mode: str | None = None) -> bool:
        """ "the flights", "these shipments": a vehicle or shipment the sentences before named,
        by a word that fits how it travelled when that is known ("the vessel" is no flight)."""
        vehicles = {h.start: h.value for h in self.lex.vehicles.finditer(text, start, end)}
        return any(_definite_before(text, start, hit.start) and (mode in (None, "unknown")
                                                                 or vehicles.get(hit.start, mode) == mode)
                   for hit in self.lex.anaphora.finditer(text, start, end))

    def _pronoun_opens(self, text: str, span: Span) -> bool:
        """ "It landed in Niamey", "After a refuelling stop in Colombo, it berthed at Port Qasim":
        the sentence, or the clause of its movement word, is about what the sentences before moved."""
        words = text[span.start:span.end].split(maxsplit=1)
        if words and words[0] in self.lex.pronouns or _TIME_THEN_PRONOUN.match(text, span.start, span.end):
            return True
        if words and words[0] in self.lex.vessel_pronouns or \
                _TIME_THEN_SHE.match(text, span.start, span.end):  # "She berthed at Misrata port", after a ship
            return self._ship_in_mind(text, span.start)
        if _SHE_OR_HER.search(text, span.start, span.end) and any(
                _SHE_BEFORE.search(text, max(span.start, hit.start - 40), hit.start)
                for hit in self.lex.triggers.finditer(text, span.start, span.end)):
            return self._ship_in_mind(text, span.start)  # "..., she is almost certainly headed for Tartus"
        return _PRONOUN.search(text, span.start, span.end) is not None and \
            any(_PRONOUN_SUBJECT.search(text, max(span.start, hit.start - 30), hit.start)
                for hit in self.lex.triggers.finditer(text, span.start, span.end))

    def _ship_in_mind(self, text: str, position: int) -> bool:
        """Whether a ship was named shortly before, or a "she" or "her" that was itself about one
        ("... the Nadezhda-7 ... left Bandar Anzali. Imagery shows her alongside ... Four days later she")."""
        while True:
            before = max(0, position - VESSEL_REACH)
            if any(h.value == "sea" for h in self.lex.vehicles.finditer(text, before, position)) \
                    or _FLAGGED_SHIP.search(text, before, position):
                return True
            earlier = [m.start() for m in _SHE_OR_HER.finditer(text, before, position)]
            if not earlier:
                return False
            position = earlier[0]

    def _picks_up(self, text: str, span: Span) -> bool:
        """ "Once unloaded, ...", "From there, ...": the sentence opens on a shipment where it arrived."""
        return any(hit.start - span.start <= 20 for hit in self.lex.pick_ups.finditer(text, span.start, span.end))

    def _moves_them(self, document: Document, index: int, span: Span, told: list[Leg]) -> bool:
        """ "... drove the weapons to a stash house in Laredo. Another man then carried them into
        Nuevo Laredo": a movement word whose object is a pronoun, just after a movement was told."""
        since = document.sentences[max(0, index - TRAIL_SENTENCES)].start
        return bool(told) and told[-1].citations[0].start >= since and any(
            _PRONOUN_OBJECT.match(document.text, t.end) for t in self.lex.triggers.finditer(document.text, span.start, span.end))

    def _introduces_vessel(self, text: str, span: Span) -> bool:
        """ "The general cargo ship Kaliakra Star, registered in Bulgaria, loaded at Burgas": a vessel
        named for the first time, not one the paragraph before spoke of."""
        return any(_NAME_AFTER.match(text, hit.end)
                   for hit in self.lex.vehicles.finditer(text, span.start, min(span.end, span.start + 40)))

    def _names_vehicle_again(self, text: str, span: Span) -> bool:
        """ "We conclude that the convoy reached Bamako", "According to traders, cargo from those flights
        is moved on": a vehicle the text spoke of, early in the sentence (after whoever says so)."""
        def again(start: int, determiners: str) -> bool:
            return any(re.search(rf"\b(?:{determiners})\s+$", text[max(span.start, hit.start - 10):hit.start], re.IGNORECASE)
                       for hit in self.lex.vehicles.finditer(text, start, min(span.end, start + 40)))

        opening = _ATTRIBUTION_OPENS.match(text, span.start, span.end)
        return again(span.start, "the|these|those") or opening is not None and again(opening.end(), "these|those")

    def _offloaded_from_vehicle(self, text: str, span: Span, vessels: dict[str, str]) -> bool:
        """ "the armoured vehicles offloaded from the Bana were driven to Misrata": goods taken off
        a vessel or aircraft the text spoke of, which start where it arrived."""
        names = [m.start() for name in vessels for m in re.finditer(rf"\b{re.escape(name)}\b", text[span.start:span.end])]
        starts = [h.start - span.start for h in self.lex.vehicles.finditer(text, span.start, span.end)] + names
        return any(_OFFLOADED_FROM.search(text, span.start, span.start + at) for at in starts)

    def _names_vehicle_before(self, text: str, sentence: _Sentence, frame: _Frame) -> bool:
        """ "the Panel established that the dhow had been loaded at Chabahar": the vehicle the text
        followed, named again with "the" just before the movement word."""
        return any(frame.trigger.start - h.end <= 30 and _DEFINITE.search(text[max(sentence.span.start, h.start - 8):h.start])
                   for h in sentence.vehicles if h.end <= frame.trigger.start)

    def _opens_on_vehicle(self, text: str, span: Span) -> bool:
        """ "The vessel, which had sailed from ...": the sentence opens on a vehicle or shipment
        the sentences before spoke of."""
        return any(_OPENING_DEFINITE.fullmatch(text, span.start, h.start)
                   for h in self.lex.anaphora.finditer(text, span.start, min(span.end, span.start + 40)))

    def _partitive(self, text: str, span: Span) -> bool:
        """ "Others crossed by land into Niger": the sentence opens with a pronoun for part of
        what the sentence before moved."""
        opening = _COUNT_OF.match(text, span.start, span.end) or _QUANTIFIER_OPENS.match(text, span.start, span.end)
        if opening is not None and _SPEECH_AFTER.match(text, opening.end()):
            return False  # "One of them said part of the shipment would be flown": one of the sources
        return any(h.start == span.start for h in self.lex.partitives.finditer(text, span.start, span.end)) \
            or opening is not None  # "Two of the aircraft", "Most departed from Al Dhafra"

    def _says_that(self, text: str, mention: Mention, trigger: Hit) -> bool:
        """ "Azerbaijan's foreign ministry denied that Israeli aircraft had flown ...": the place is
        the subject of the saying or denying, and the movement is told in the clause after it."""
        gap = text[mention.end:trigger.start]
        if _ACCUSER.search(gap):
            return True  # "a carrier that US officials have long accused of moving materiel": who accuses
        verbs = [*self.lex.speech.finditer(gap), *self.lex.denial_verbs.finditer(gap)]
        # "said in a briefing in Vilnius on Tuesday that": where and when it was said may come between
        return any(re.match(r"(?:\s+\S+){0,8}?\s+that\b", gap[v.end:]) or _CLAIMS_THAT.match(gap, v.end) for v in verbs)

    def _speaks(self, text: str, mention: Mention) -> bool:
        """ "Niger state television said", "Libyan and Malian sources told AFP": a place that
        names who spoke, with at most a few words and no punctuation before the verb of saying."""
        window = text[mention.end:mention.end + 50]
        for hit in self.lex.speech.finditer(window):
            if not hit.text.islower():
                continue  # "the Pacific to the United States": a name, not a verb of saying
            gap = window[:hit.start]
            after = mention.end + hit.end
            if any(t.start - after <= 1 for t in self.lex.triggers.finditer(text, after, after + 20)):
                return False  # "China's only reported export of the AH-4": the word names the movement
            # "South Korea's Joint Chiefs of Staff said": a body the place owns may take more words
            return len(gap.split()) <= (5 if re.match(r"'s?\s", gap) else 3) and not re.search(r"[,;:.()\"]", gap)
        return False

    def _sentence_legs(self, document: Document, sentence: _Sentence, every: list[Mention],
                       year_hint: dict[int, int], trail: _Trail | None,
                       out: list[Leg]) -> tuple[list[Leg], _Trail | None]:
        """The legs a sentence tells, and where it leaves the thing that moved."""
        text = document.text
        frames = self._frames(text, sentence)
        for k, frame in enumerate(frames):
            frame.skip = self._not_a_movement(text, sentence, frame) or self._generic_mover(text, sentence, frame) or (
                # "have landed in Bamako ..., in what analysts say is the biggest airlift so far for the
                # Russian defence ministry": the words name the movement told before, not a new one
                any(not other.skip for other in frames[:k])
                and bool(_NOMINAL.search(text, max(sentence.span.start, frame.trigger.start - 40), frame.trigger.start)))
            self._fill(text, sentence, frame)
        for frame in frames:
            frame.goes_on = self._goes_on(text, frame.trigger)
            frame.mode = self._frame_mode(text, sentence, frame)
        movements = _join(frames, text)
        # the place a sentence opens from ("From Dar es Salaam, ..."), unless what set out from it is trade
        # ("From Guayaquil, Ecuador's drug exports leave ...")
        fronted = [r.mention.place for r in sentence.roles[:1]
                   if r.role == "origin" and _FRONTED_FROM.fullmatch(text, sentence.span.start, r.mention.start)
                   and not any(f.skip for f in movements)]
        legs: list[Leg] = []
        for k, frame in enumerate(movements):
            if frame.skip:
                continue
            arrived_on = None
            if not frame.destinations:
                # "Damascus International Airport, where Iranian cargo aircraft unloaded weapons"; "sailed
                # from Chabahar, was stopped south of Nishtun, where its crew had planned to unload the cargo"
                where = [r for r in sentence.roles for t in frame.triggers if t.value == "arrive"
                         and r.mention.end <= t.start and _WHERE_CLAUSE.fullmatch(text, r.mention.end, t.start)]
                frame.destinations = [where[-1].mention.place] if where else []
            if not frame.origins and not frame.destinations and frame.kind == "arrive" and trail is not None \
                    and trail.arrived and trail.leg is not None and sentence.index - trail.index <= 1 \
                    and _rank(trail.place) > 1 and not any(other.destinations for other in movements) \
                    and _ANOTHER_VEHICLE.match(text, sentence.span.start, frame.trigger.start) \
                    and any(v.end <= frame.trigger.start for v in sentence.vehicles):
                # "... flew the vehicles to Port-au-Prince. A U.S. Air Force transport arrived on the
                # same day with a second load": another vehicle, at the same place
                frame.destinations = [trail.place]
                frame.inferred = f"destination from the sentences before: {trail.place.name}"
            if frame.origins and not frame.destinations and trail is not None \
                    and not _WHERE_UNSAID.search(text, frame.trigger.end, sentence.span.end) \
                    and self._refers_back(document, sentence, frame):
                refined = self._precede(document, sentence, frame, trail, out)
                if refined is not None:
                    trail = _Trail(sentence.index, refined.destination, refined)
                    continue
                if trail.leg is None and trail.arrived and trail.place not in frame.origins and (
                        self._opens_on_vehicle(text, sentence.span) or self._partitive(text, sentence.span)
                        or _PAST_PERFECT.search(text, max(sentence.span.start, frame.trigger.start - 30),
                                                frame.trigger.start)
                        and (sentence.index - trail.index == 1 or self._names_vehicle_before(text, sentence, frame))):
                    # "The bombs were unloaded at Ashdod. The vessel, which had sailed from Sunny Point, ...";
                    # "... discharged 40 APCs at Aden. Officials said the vessel had loaded in Jeddah."
                    frame.destinations = [trail.place]
                    frame.inferred = f"destination from the sentences before: {trail.place.name}"
                    arrived_on = trail.date
            if frame.origins and frame.destinations and all(d.is_country for d in frame.destinations) \
                    and trail is not None and trail.leg is None and trail.arrived \
                    and sentence.index - trail.index == 1 and trail.place not in frame.origins \
                    and any(d.country == trail.place.country for d in frame.destinations):
                # "landed today at the 86th Air Base in Fetesti. The jets took off from Leeuwarden and were
                # flown to Romania": the country is the one the landing was in, and the base is where
                frame.destinations = [trail.place]
                frame.inferred = f"destination from the sentences before: {trail.place.name}"
            if not frame.origins and frame.destinations and trail is not None and trail.leg is None \
                    and not trail.arrived and trail.vehicle and trail.vehicle == _designator(self._vehicle(sentence, frame)):
                # "a C-130E took off from Cigli ... a Turkish C-130 landed there": the same type, the same flight
                frame.origins = [trail.place]
                frame.inferred = f"origin from the sentences before: {trail.place.name}"
            if not frame.origins and frame.destinations and fronted:
                # "From Dar es Salaam, the troops are due to be flown home ..., while their vehicles are
                # expected to be shipped to Durban": the opening names where both set out from
                frame.origins = fronted
            self._fall_back(document, sentence, frame, movements[k - 1] if k else None, movements, every, out)
            seen_at = self._seen_at(document, sentence, frame, every) if not frame.origins and frame.destinations else None
            if seen_at is not None:
                frame.origins = [seen_at]
                frame.inferred = f"origin from the sentence before: {seen_at.name}"
            if not frame.origins and frame.destinations and trail is not None \
                    and (trail.leg is not None or not trail.arrived) and self._partitive(text, sentence.span):
                # "Others crossed by land into Niger": the rest left from where the whole did; but
                # "Some of the men were later sent on to Niger" moved on from where the whole arrived;
                # "17 flights departed Ovda. Fifteen of them landed at Baku": from where they set out
                onward = any(True for _ in self.lex.continuations.finditer(text, sentence.span.start,
                                                                          frame.trigger.start))
                start = trail.place if trail.leg is None else trail.leg.destination if onward else trail.leg.origin
                frame.origins = [start]
                frame.inferred = f"origin from the sentences before: {start.name}"
            elif not frame.origins and not frame.destinations and trail is not None and trail.leg is not None \
                    and _ACROSS_BORDER.match(text, frame.trigger.end) and self._refers_back(document, sentence, frame):
                # "The equipment was then driven across the border": into the country the story is about
                beyond = self._context_destination(document, sentence.index, [trail.place], every)
                if beyond is not None and beyond.country != trail.place.country:
                    frame.origins, frame.destinations = [trail.place], [beyond]
                    frame.inferred = f"origin and destination from the sentences before: {beyond.name}"
            elif not frame.origins and frame.destinations and trail is not None and (
                    self._refers_back(document, sentence, frame) or self._narrows(sentence, frame, trail)
                    # "... landed at Maiquetía ... the bombers were due to leave for Engels": from where they are,
                    # when the sentence names no other place they might leave
                    or trail.arrived and frame.trigger.text.lower().startswith(("leav", "left", "depart"))
                    and not all(p.is_country for p in frame.destinations)
                    and not any(r.role is None and r.mention.kind == "name" and not r.mention.place.is_country
                                for r in sentence.roles)) \
                    and not _history(text, sentence.span, frame.trigger) \
                    and not all(p.type == "sea" for p in frame.destinations):  # "it reappeared in the Red Sea": on its way
                refined = self._follow(document, sentence, frame, trail, out)
                if refined is not None:
                    trail = _Trail(sentence.index, refined.destination, refined)
                    continue
            if len(frame.destinations) > 1:
                # "entering at the Rubavu border post and exiting at Rusumo, ... to Dar es Salaam": the
                # border posts on the way are passed, the last end is reached
                posts = {r.mention.place for r in sentence.roles if r.mention.place in frame.destinations[:-1]
                         and (r.mention.place.type == "crossing" or _POST_AFTER.match(text, r.mention.end))}
                frame.via += [p for p in frame.destinations if p in posts and p not in frame.via]
                frame.destinations = [p for p in frame.destinations if p not in posts]
            if not frame.origins and not frame.destinations and frame.kind in ("send", "arrive") \
                    and _REST_OPENS.match(text, sentence.span.start, frame.trigger.start) \
                    and (first := self._first_batch(out)) is not None:
                # "The first 38 Abrams tanks arrived at Taipei Port ... The remaining 70 tanks are scheduled
                # to be delivered by the end of next year": the rest of the order, between the same countries
                frame.origins, frame.destinations = [first[0]], [first[1]]
                frame.inferred = f"origin and destination from the first batch: {first[0].name} to {first[1].name}"
            if trail is not None and (told := self._retold(document, sentence, frame, trail, out)) is not None:
                trail = _Trail(sentence.index, told.destination, told)
                continue
            if not frame.origins and frame.destinations and (trail is None or not self._refers_back(document, sentence, frame)) \
                    and (maker := self._maker(text, sentence, frame)) is not None:
                frame.origins = [maker]
                frame.inferred = f"origin from the maker of the system: {maker.name}"
            if any(p.is_country for p in frame.origins) and self._refers_back(document, sentence, frame):
                # "landed today at the 86th Air Base near Fetesti ... the jets would be flown onward from
                # Romania to Ukraine": from where the story put them in that country
                cued = {r.mention.place for r in sentence.roles if r.role == "origin"}
                frame.origins = [self._where_left(out, p) if p.is_country and p in cued else p for p in frame.origins]
            for origin in frame.origins:
                for destination in frame.destinations:
                    leg = self._leg(document, sentence, frame, origin, destination, year_hint, trail)
                    if leg is not None and arrived_on and arrived_on.startswith(leg.date or "") and arrived_on != leg.date:
                        # "arrived at Busan on Tuesday ... The carrier, which left Guam earlier this month": the
                        # arrival's own day
                        leg = replace(leg, date=arrived_on, id="")
                    if leg is not None and all(leg.id != other.id for other in legs):
                        legs.append(leg)
        legs = _without_coarser(legs)
        if not legs and not any(f.origins or f.destinations for f in movements if not f.skip) \
                and (stopped := self._stopped_at(text, sentence)) is not None:
            # "intercepted a column of eleven trucks near Humera carrying assault rifles": where the
            # goods were when they were stopped, for "The vehicles had crossed from Sudan"
            return legs, _Trail(sentence.index, stopped, None, True)
        refined_here = trail.leg if trail is not None and trail.index == sentence.index else None
        for frame in reversed(movements):
            if frame.skip or _history(text, sentence.span, frame.trigger):
                continue  # "two of which had earlier flown to eastern Libya": what the aircraft did before
            if not frame.destinations and trail is not None and not trail.place.is_country \
                    and any(a <= frame.trigger.start < b for a, b in _asides(text, sentence.span, -1)):
                continue  # "... docked at Port Sudan. The vessel, which had sailed from Mersin, was unloaded": still there
            # "flights departing Ankara's Etimesgut air base": an end in the start's own country says nothing
            ends = [p for p in frame.destinations if p.type != "sea"
                    and not (p.is_country and any(o.country == p.country for o in frame.origins))]
            starts = frame.origins
            if frame.destinations and not ends:
                # "boarded the dhow in the Arabian Sea": the vessel the text follows is still on its way,
                # from where it left when the sentence names that ("departed Ovda ... toward the Caspian")
                starts = [p for p in frame.origins if not p.is_country and p.type != "sea"]
                if not starts and trail is not None and not trail.arrived:
                    # "It reappeared in the southern Red Sea": still on the voyage the trail follows
                    trail = replace(trail, index=sentence.index)
                    break
                if not starts:
                    continue
            place = (ends or starts or [None])[-1]
            if not ends and not legs and refined_here is not None and refined_here.origin in [
                    self._facility(p, refined_here.mode) for p in starts]:
                # "The ship arrived after a voyage from the port of Jeddah": where it came from, told
                # of a vehicle still where the leg refined ends
                place, ends = refined_here.destination, [refined_here.destination]
            if place is not None and self._status(text, sentence.span, frame) == "denied":
                continue  # "the vessel did not call at Gabès": it is still where it was
            if place is None and trail is not None and trail.arrived and frame.trigger.text.lower().startswith(_PUT_DOWN) \
                    and not frame.origins and not any(r.role for r in sentence.roles):
                # "... at a berth in Makhachkala. Crates were unloaded at night": still where it arrived
                trail = replace(trail, index=sentence.index)
                break
            if place is not None and place.is_country and not legs and trail is not None \
                    and not trail.place.is_country and (trail.place.country == place.country or trail.arrived):
                # "... berthed at the port of Alexandroupolis. Unloading was carried out by the Hellenic
                # Armed Forces": still at the port, not anywhere in Greece; "... landed at Maiquetía. The
                # Russian pilots would take part in joint flights": still where they landed
                trail = replace(trail, index=sentence.index)
                break
            if place is not None:
                # the leg this sentence told, or the one it refined ("The Il-76 had departed Vnukovo"); a
                # vehicle that left for the open sea is on its way from where it left
                leg = legs[-1] if legs else refined_here
                trail = _Trail(sentence.index, place, leg, bool(ends), _designator(self._vehicle(sentence, frame)),
                               None if leg is not None else self._date(document, sentence.span, year_hint, None,
                                                                       frame.trigger.start), frame.mode)
                break
        return legs, trail

    def _visit_before(self, text: str, span: Span, cue: Hit, triggers: list[Hit]) -> bool:
        """ "visits by Yevkurov himself to Niamey, Bamako and Ouagadougou", "a delegation to
        Moscow": the place is where people went to meet, in the same clause, no movement word between."""
        start = max(span.start, cue.start - 40)
        return any(not re.search(r"[,;:]", text[h.end:cue.start])
                   and not any(h.end <= t.start < cue.start for t in triggers)
                   for h in self.lex.not_movements.finditer(text, start, cue.start))

    def _actor_mentions(self, document: Document, actors: list[Hit]) -> list[Mention]:
        """Groups whose base is known ("the GNA") stand for their country."""
        out = []
        for hit in actors:
            code = self.lex.actor_countries.get(hit.value)
            country = self.gazetteer.country(code) if code else None
            if country is not None:
                kind = "supplier" if hit.value in self.lex.suppliers else "actor"
                out.append(Mention(document.id, hit.start, hit.end, hit.text, country, 0.8,
                                   f"'{hit.text}' is based in {country.name}", kind=kind))
        return out

    def _distance_before(self, text: str, span: Span, cue: Hit, triggers: list[Hit]) -> bool:
        """ "a base 30 km south of Tripoli": the cue measures where a place lies; but in "moved more
        than 6,000 km west to Kursk" the distance is how far the movement went."""
        distance = _DISTANCE_BEFORE.search(text, max(span.start, cue.start - 30), cue.start)
        if distance is None:
            return False
        figure = _FIGURE_BEFORE.search(text, max(span.start, distance.start() - 30), distance.start())
        return figure is None or not any(t.end <= figure.start() and _HOW_FAR.fullmatch(text, t.end, figure.start())
                                         for t in triggers)

    def _roles(self, text: str, span: Span, places: list[Mention], triggers: list[Hit]) -> list[_Role]:
        """Give each place the role of the nearest cue before it, when nothing stands between."""
        # "In 2023, South Korea shipped", "in late March": a preposition of time, not of place
        # "best known for budget flights to London", "supply routes to Crimea": the cue belongs to a
        # noun that names no movement
        trade_ends = {h.end for h in self.lex.not_triggers.finditer(text, span.start, span.end)}
        cues = [c for c in self.lex.cues.finditer(text, span.start, span.end) if not dates.starts_date(text, c.end)
                and not self._distance_before(text, span, c, triggers)
                and not any(p.start <= c.start < p.end for p in places)  # "Al Dhafra Air Base, south of Abu Dhabi"
                and not (c.value == "destination" and self._visit_before(text, span, c, triggers))
                and not (_MADE_BY_CLAUSE.search(text, max(span.start, c.start - 30), c.end)
                         and not any(t.start > c.end for t in triggers))]
        # a cue right after such a noun is the noun's: "to hand over power to Adama Barrow" keeps the "to"
        # before it from reaching the name; "landing sites near Qandala" lets "at" reach the town
        def after_noun(cue: Hit) -> bool:
            return cue.start - 1 in trade_ends and text[cue.start - 1].isspace()

        cues = [replace(c, value="none") if after_noun(c) else c for c in cues
                if not after_noun(c) or c.text.lower() == "to"]
        vehicles = list(self.lex.vehicles.finditer(text, span.start, span.end))
        roles: list[_Role] = []
        previous_end = span.start
        for k, mention in enumerate(places):
            role = _Role(mention)
            if mention.kind in ("there", "thence"):  # "landed there", "sail from there", made by _there
                roles.append(_Role(mention, "destination" if mention.kind == "there" else "origin"))
                previous_end = mention.end
                continue
            cue = _cue_before(text, cues, mention.start, triggers)
            if cue is not None and mention.kind == "adjective" and _PAIRED_BORDER.match(text, mention.end):
                cue = None  # "carried to the Georgian-Armenian border": a border, its side told by the crossing
            if cue is not None and _WAR_AFTER.match(text, mention.end) and text[:mention.start].endswith("the "):
                cue = None  # "transferred no missiles to either side in the Ukraine conflict": the war, not a place
            if roles and roles[-1].role == "origin" and _AND_END.fullmatch(text, roles[-1].mention.end, mention.start) \
                    and any(c.value == "between" and c.end <= roles[-1].mention.start for c in cues):
                cue = None  # "between Israel's Ovda air base in the Negev desert and Baku"
                role.role = "destination"
            if cue is not None and _POINTS_BACK.search(cue.text):
                cue = None  # "from where the RSF used them": the place before is the origin
            if cue is not None and cue.end < previous_end:
                # the cue belongs to the place before, and this one shares it only when coordinated
                if _closes_between(text, cues, mention, roles):
                    role.role = "destination"  # "flights between Benina airport in Benghazi and Kufra"
                elif _coordinated(text, places, k) and not self._speaks(text, mention):
                    role.role = roles[-1].role
                cue = None
            if cue is not None and cue.value == "between":
                role.role = "origin" if self._moving_before(text, span, cue) else None
                cue = None
            if cue is not None and mention.kind == "adjective" and not _ADJECTIVE_GAP.fullmatch(text[cue.end:mention.start]):
                cue = None  # "to Syrian rebels", not "to help Russian forces" or "for Deir ez-Zor, two Iraqi officials"
            if cue is not None and mention.kind == "adjective" and _on_vehicle(text, mention, self.lex):
                cue = None  # "planes tied to an Iranian airline": a vehicle is no place to go to
            if cue is not None and cue.value == "near" and _lies_near(text, roles, cue, cues, triggers):
                cue = None  # "from Dassault's Mérignac facility near Bordeaux": where the place before lies
            if cue is not None and cue.value == "near":
                # "from a military airfield near Moscow" starts there; "an airstrip near Merowe" or
                # "crossed into Iraq near Mandali" ends there only when nothing stronger names the end
                continued = _continued(text, cues, cue, mention, places, triggers, vehicles)
                strong = [c for c in cues if c.end <= cue.start and c.value == "destination"]
                if continued == "destination" and strong and \
                        not any(strong[-1].end <= p.start < cue.start and p.kind != "actor" for p in places[:k]):
                    # "to a logistics hub near Rzeszow", "to the Rapid Support Forces' lines outside El
                    # Fasher": no place named the end before (a force is no place)
                    role.role = "destination"
                elif roles and roles[-1].role == "origin" and _FOR_SITE.fullmatch(text, roles[-1].mention.end, cue.start):
                    role.role = "destination"  # "left Bosaso for forward positions near Iskushuban"
                elif _BEARING.match(cue.text) and (continued == "origin" or any(
                        t.end <= cue.start and not text[t.end:cue.start].strip() for t in triggers)):
                    role.role = None  # "its transponder went dark south of Cyprus": somewhere at sea
                else:
                    role.role = "origin" if continued == "origin" else "destination_weak"
            elif cue is not None and cue.value == "weak" and cue.text.lower() == "for" and roles \
                    and roles[-1].role == "origin" and not text[roles[-1].mention.end:cue.start].strip():
                role.role = "destination"  # "left Stepanakert for Armenia", "out of Niamey for N'Djamena"
            elif cue is not None and cue.value == "weak" and roles and roles[-1].role == "origin" \
                    and _AND_PLACE_AT.fullmatch(text, roles[-1].mention.end, cue.start) \
                    and any(c.value == "between" and c.end <= roles[-1].mention.start for c in cues):
                role.role = "destination"  # "between the port of Rajin and a restricted pier at Dunai"
            elif cue is not None and cue.value == "weak" and cue.start == span.start and (
                    cue.text.lower() == "at" and any(t.start > mention.end for t in triggers)
                    or (loading := next((t for t in triggers if t.start > mention.end), None)) is not None
                    and loading.value == "load" and not _LOADED_WITH.match(text, loading.end)):
                # "At Albu Kamal, the cargo is shifted onto lorries, which head west to Qusayr"; "In the
                # Chadian capital, the vehicles were loaded onto An-124s and flown to France"
                role.role = "origin"
            elif cue is not None and cue.value == "weak" and _PEOPLE_AT.search(text, max(span.start, cue.start - 30), cue.start) \
                    and not _TO_PEOPLE.search(text, max(span.start, cue.start - 60), cue.start):
                pass  # "flown for operators in Almaty", "ship spotters in Istanbul": where people are, unless
                # the goods went to them ("trucked to Al-Shabaab's commercial agents in Jilib")
            elif cue is not None and cue.value == "weak" and _STILL_AT.search(text, max(span.start, cue.start - 20), cue.start) \
                    and any(t.end <= mention.start for t in triggers) and not any(r.role == "origin" for r in roles):
                role.role = "origin"  # "move some of the vessels and stores still at Tartus to Tobruk": where they are
            elif cue is not None and cue.value == "weak" and _WAR_IN.search(text, max(span.start, cue.start - 30), cue.end):
                pass  # "to any party to the war in Ukraine": where the war is, not who received
            elif cue is not None and cue.value == "weak":
                if mention.kind != "actor":  # "in the ranks of the GNA" is not a destination
                    role.role = _continued(text, cues, cue, mention, places, triggers, vehicles) or "destination_weak"
            elif cue is not None and cue.value == "kept":
                # "the Fifth Fleet, which is based in Bahrain, seized rifles": an aside about someone else;
                # "registered to carriers based in Kazakhstan": where a firm sits, not whence anything moved
                # but "The units, which had spent weeks at training grounds around Ussuriysk, were
                # transferred to Kursk": an aside on what moves, right before the movement word
                aside = any(a.start() < mention.start < a.end() and not any(
                    _THEN_MOVED.fullmatch(text, a.end(), t.start) for t in triggers if t.start >= a.end())
                    for a in _ASIDE.finditer(text, span.start, span.end))
                firm = _FIRM_BEFORE.search(text, max(span.start, cue.start - 40), cue.start)
                if any(t.start > mention.end for t in triggers) and not aside and not firm:
                    role.role = "origin"
                elif _FOR_UNITS.search(text, max(span.start, cue.start - 60), cue.start) \
                        and any(t.end <= cue.start for t in triggers):
                    role.role = "destination"  # "arrived on October 18 for units of the 201st base stationed in Dushanbe"
                else:
                    role.role = _continued(text, cues, cue, mention, places, triggers, vehicles)  # "from the training ground near Ussuriysk"
            elif cue is not None and cue.value != "none":
                role.role = cue.value
            if role.role is None and roles and _coordinated(text, places, k) and not self._speaks(text, mention):
                # but in "to the Kursk region, South Korea's Joint Chiefs of Staff said" the last place spoke
                role.role = roles[-1].role
            if role.role is None and _direct_object(text, mention, triggers):
                role.role = "destination"  # "supplied Azerbaijan with drones"
            if role.role is None and _AS_DESTINATION.match(text, mention.end):
                role.role = "destination"  # "had declared Benghazi as its next port of call"
            if mention.kind == "adjective" and _BORDER.match(text, mention.end) and not (
                    cue is not None and cue.value == "destination" and cue.text.lower() in ("to", "towards", "toward")):
                role.role = None  # "depots near the Ukrainian border" may lie on either side of it; "driven to
                # the Ukrainian border" goes on into Ukraine
            if role.role in ("destination", "destination_weak") and self._fired_into(text, span, mention, triggers):
                role.role = None  # "provided missiles, and Russia fired some of them into Ukraine": a target
            if role.role == "via" and any(t.text.lower().startswith(("arriv", "import"))
                                          and _ARRIVE_THROUGH.fullmatch(text, t.end, mention.start)
                                          for t in triggers):
                role.role = "destination"  # "shipments from Russia would arrive through Tobruk": where they come in
            if role.role == "destination_weak" and _AT_THE_BORDER.search(text, max(span.start, mention.start - 80), mention.start):
                role.role = "via"  # "driven across the Georgian-Armenian border at the Sadakhlo crossing": on into Armenia
            if _NOT_BUT.search(text, max(span.start, mention.start - 20), mention.start) \
                    and _BUT_AFTER.match(text, mention.end):
                role.role = None  # "landed not in Baku but at Ganja airport"
            if _FROM_WHERE_AFTER.match(text, mention.end) and role.role in (None, "destination_weak") \
                    and not any(t.end <= mention.start for t in triggers):
                # "commissioned at the Hudong-Zhonghua shipyard in Shanghai, from where it set out"; but in
                # "discharged it at a terminal near Yangon, from where it was trucked" Yangon ends the voyage
                role.role = "origin"
            if _AIRSPACE.match(text, mention.end):
                role.role = None  # "a cruise missile crossed into Polish airspace": a weapon in flight, no delivery
            if roles and roles[-1].role in ("origin", "destination") and _narrows(
                    text, roles[-1].mention, mention, any(mention.end < c.start and c.end <= p.start and c.value == "destination"
                                                          for c in cues for p in places[k + 1:])):
                role.role, roles[-1].role = roles[-1].role, None
            roles.append(role)
            previous_end = mention.end
        return roles

    def _speaker(self, text: str, sentence: _Sentence, frame: _Frame, every: list[Mention], taken: set[Place]) -> list[Place]:
        """The country that said it did the movement ("Moscow said it had delivered", "Tirana has
        said it plans to acquire"). The speaker is no place of the movement, so the sentence's
        places left it out: look again."""
        said = _SAID_IT.search(text, max(sentence.span.start, frame.trigger.start - 120), frame.trigger.start)
        if said is None:
            return []
        speakers = [self._metonym(m.place) for m in every
                    if sentence.span.start <= m.start and m.end <= said.start() and m.kind != "adjective"]
        return [p for p in speakers if p.is_country and p not in taken][-1:]

    def _fired_into(self, text: str, span: Span, mention: Mention, triggers: list[Hit]) -> bool:
        """Whether a verb of firing stands between the last movement word and the place."""
        start = max([t.end for t in triggers if t.end <= mention.start], default=span.start)
        return any(True for _ in self.lex.use_verbs.finditer(text, start, mention.start))

    def _moving_before(self, text: str, span: Span, cue: Hit) -> bool:
        """ "flights between", "Il-76 aircraft between", "shuttled ammunition between": a vehicle,
        movement or cargo word just before "between" makes its places ends of a journey, not the
        sides of a border."""
        # "flew repeatedly between", "flew nine times between"
        before = re.sub(r"(?:\s+(?:\w+ly|once|twice|\w+\s+times))+\s*$", " ", text[max(span.start, cue.start - 40):cue.start])
        words = [*self.lex.vehicles.finditer(before), *self.lex.triggers.finditer(before), *self.lex.cargo.finditer(before)]
        return any(h.end >= len(before.rstrip()) and h.text.lower() not in self.lex.place_nouns for h in words)

    def _triggers(self, text: str, span: Span, vehicles: list[Hit], cargo: list[Hit]) -> list[Hit]:
        """Movement words, without vehicle nouns that only look like verbs ("the ship")."""
        out = []
        # "carried out a raid" performs; "carried out of Afghanistan" carries
        trade = [t for t in self.lex.not_triggers.finditer(text, span.start, span.end)
                 if not (t.text.lower().endswith(" out") and _OF_AFTER.match(text, t.end))]
        modes = list(self.lex.mode_phrases.finditer(text, span.start, span.end))
        for hit in self.lex.triggers.finditer(text, span.start, span.end):
            if _within(hit, trade):
                continue  # "shipping insurers", "flight data"
            if _ABSTRACT_OBJECT.match(text, hit.end):
                continue  # "provided technical advice to RSF commanders": nothing that travels
            if hit.text.lower().startswith("pledg") and _VALUE_AFTER.match(text, hit.end):
                continue  # "has pledged more than $300 million": money
            if _within(hit, modes) and hit.start > next(m.start for m in modes if m.start <= hit.start < m.end):
                continue  # "crossing by ferry at Isaccea", "by truck": how it travelled, not a movement of its own
            if any(True for _ in self.lex.people_moves.finditer(hit.text)):
                mover = max((h for h in cargo if h.end <= hit.start), key=lambda h: h.start, default=None)
                by_vehicle = any(v.end <= hit.start for v in vehicles) and \
                    not re.search(r"\bwho\s+(?:had\s+|has\s+)?$", text[max(span.start, hit.start - 12):hit.start])
                # "howitzers ... travelling by sea to Bandar Abbas": goods go by a way people do not name
                by_way = mover is not None and any(m.start == hit.end + 1 for m in modes)
                if (mover is None or mover.value not in PEOPLE) and not by_vehicle and not by_way:
                    continue  # "a procurement chief who travelled to Abu Dhabi", not "fighters" or "a convoy travelled"
            before = text[span.start:hit.start].split()[-1:]
            is_vehicle = any(v.start <= hit.start < v.end for v in vehicles)
            journey = hit.text.lower() in _JOURNEYS
            if not journey and any(v.start <= hit.start and hit.end <= v.end and " " in v.text for v in vehicles):
                continue  # "the landing ship Ivan Gren": a word inside a vehicle's name
            if is_vehicle and not journey and _COMPOUND_AFTER_OF.search(text, max(span.start, hit.start - 40), hit.start):
                continue  # "consisting of launcher trucks, radars and missiles": a thing carried, not a verb
            if is_vehicle and not (journey and _FROM_AFTER.match(text, hit.end, span.end)) and (
                    not before or before[0].lower() in _DETERMINERS | _VEHICLE_PREPOSITIONS | _VEHICLE_KINDS
                    or not journey and (before[0].lower() in _NOUN_PREPOSITIONS | _COUNTS or before[0].isdigit())
                    or before[0][:1].isupper() or before[0].endswith(("-flagged", "ed"))):
                continue
            if _listed_after(text, hit, [*cargo, *vehicles]) and not _OBJECT_AFTER.match(text, hit.end) \
                    and any(True for _ in self.lex.vehicles.finditer(hit.text)):
                continue  # "armoured vehicles and trucks" names one more thing carried; "and ships them" moves
            if hit.text.lower() in self.lex.place_nouns and before and (
                    before[0].lower() in _DETERMINERS or before[0][:1].isupper()
                    or before[0].lower() in self.lex.place_nouns):
                continue  # "the border crossing at Agarak", "the Rafah crossing": a place, not a movement
            if hit.text.lower() in ("take", "takes", "taken", "took", "taking") and _ON_BOARD_AFTER.match(text, hit.end):
                hit = replace(hit, value="load")  # "had taken the tanks on board at the port of Masan"
            out.append(hit)
        if out:
            # "travelling by sea to Bandar Abbas and then by road to the Agarak crossing": the way the
            # goods went on names a movement of its own
            out = sorted(out + [Hit(m.start, m.end, m.text, "send") for m in modes
                                if _THEN_BEFORE.search(text, max(span.start, m.start - 12), m.start)
                                and _TO_AFTER.match(text, m.end) and m.start > out[0].end],
                         key=lambda h: h.start)
        # "air force transport planes had flown", "a supply convoy": a word that says what the
        # vehicle is for is no movement of its own when another word tells the movement
        modifiers = [h for h in out if text[h.end:h.end + 1] == " " and any(v.start == h.end + 1 for v in vehicles)
                     and not h.text.lower().endswith(("ed", "ing")) and " " not in h.text]  # not "put on trains"
        return [h for h in out if h not in modifiers] if len(modifiers) < len(out) else out

    def _frames(self, text: str, sentence: _Sentence) -> list[_Frame]:
        """Split a sentence at its movement words; a stretch with no place, or one that only says
        what the vehicle carried ("landed at Mogadishu carrying ..."), joins the one before."""
        frames: list[_Frame] = []
        roles, span = sentence.roles, sentence.span
        carrying = {h.start for h in self.lex.carrying.finditer(text, span.start, span.end)}
        for k, hit in enumerate(sentence.triggers):
            end = sentence.triggers[k + 1].start if k + 1 < len(sentence.triggers) else span.end
            has_place = any(hit.start <= r.mention.start < end for r in roles)
            if frames and (not has_place or hit.start in carrying):
                frames[-1].end = end
                frames[-1].triggers.append(hit)
                continue
            if frames and not any(frames[-1].start <= r.mention.start < frames[-1].end for r in roles):
                frames[-1] = _Frame(hit, hit.value, frames[-1].start, end, triggers=[*frames[-1].triggers, hit])
                continue
            frames.append(_Frame(hit, hit.value, span.start if not frames else hit.start, end, triggers=[hit]))
        return frames

    def _goes_on(self, text: str, trigger: Hit) -> bool:
        """ "continued to N'Djamena": the vehicle went on, in the past; "was to continue to
        Russia" is a plan of its own."""
        return trigger.text.lower().endswith(("ed", "ing")) and \
            any(True for _ in self.lex.journey_goes_on.finditer(trigger.text))

    def _not_a_movement(self, text: str, sentence: _Sentence, frame: _Frame) -> bool:
        """A delegation sent to talks, a visit: people travelling to meet, not a shipment; a
        policy on shipments ("halt its supplies", "track Turkish transfers"); or a trade figure."""
        window_end = min(frame.end, frame.trigger.end + 40)
        if any(True for _ in self.lex.not_movements.finditer(text, frame.trigger.end, window_end)):
            return True
        opening = max(0, frame.trigger.start - 40)
        opening += max((m.end() for m in re.finditer(r"[,;:.]", text[opening:frame.trigger.start])), default=0)
        if any(True for _ in self.lex.civilian_movers.finditer(text, opening, frame.trigger.start)) \
                and not any(True for _ in self.lex.cargo.finditer(text, opening, frame.trigger.start)):
            return True  # "Refugees from Ethiopia continue to arrive in the town"
        if any(True for _ in self.lex.operations.finditer(text, frame.trigger.end, frame.end)):
            return True  # "drones now take off regularly from the capital's airport on missions over the east"
        if any(_OBJECT_GAP.fullmatch(text, frame.trigger.end, h.start)
               for h in self.lex.civilian_cargo.finditer(text, frame.trigger.end, min(frame.end, frame.trigger.end + 30))):
            return True  # "the flights transported humanitarian assistance for refugees in Chad"
        if any(h.end == frame.trigger.start - 1 for h in self.lex.civilian_cargo.finditer(
                    text, max(0, frame.trigger.start - 30), frame.trigger.start)):
            return True  # "Ecuador's drug exports leave hidden in containers of bananas": trade
        if frame.trigger.text.endswith("s") and any(True for _ in self.lex.figures.finditer(
                text, frame.trigger.end, min(frame.end, frame.trigger.end + 40))):
            return True  # "Russia's arms exports fell by half": a figure, not a movement
        if _WHAT_IT_DOES.search(text, max(0, frame.trigger.start - 30), frame.trigger.start) \
                and re.fullmatch(r"[a-z]+s", frame.trigger.text) and not _NOUN_TRIGGERS.fullmatch(frame.trigger.text):
            return True  # "a depot near Rostov-on-Don that supplies Russian units in Donetsk": what it does
        if _WHERE_IT_WAS.search(text, max(0, frame.trigger.start - 20), frame.trigger.start) \
                and frame.trigger.text.endswith("ed") and _IN_OR_AT.match(text, frame.trigger.end):
            return True  # "components of air-defence systems previously deployed in Syria": where they were
        if frame.kind == "receive" and frame.trigger.text.lower() in _HABITS:
            return True  # "since Yerevan began buying weapons from India and France": a trade, not one delivery
        if _VALUE_OBJECT.match(text, frame.trigger.end):
            return True  # "the military had imported at least $1 billion worth of weapons": a trade figure
        if _MARKET_SHARE.search(text, sentence.span.start, sentence.span.end) and (
                frame.trigger.text.endswith("s") and not _NOUN_TRIGGERS.fullmatch(frame.trigger.text.lower())
                or _MARKET_SHARE.match(text, frame.trigger.end + 1)):
            return True  # "purchases from France, Israel and the US grew" beside "India's largest supplier"
        if _POLICY_ON.search(text, max(0, frame.trigger.start - 40), frame.trigger.start):
            return True  # "the U.S. position on weapons supplies to Israel was unchanged": a policy, not a movement
        if _ROUTE_FOR.search(text, max(0, frame.trigger.start - 60), frame.trigger.start):
            return True  # "along a route Russia has used for years to supply its forces in Syria": what a route is for
        if frame.trigger.text.lower().startswith("continu") and (doing := _TO_VERB.match(text, frame.trigger.end)) \
                and not any(True for _ in self.lex.triggers.finditer(doing.group(1))):
            return True  # "Taiwanese pilots continue to train at Luke Air Force Base": keep doing, not go on
        if _LICENCE_TO.search(text, max(0, frame.trigger.start - 80), frame.trigger.start):
            return True  # "did not obtain a license from the Department of Commerce to export firearms to Haiti"
        if _REASON_FOR.search(text, max(0, frame.trigger.start - 80), frame.trigger.start):
            return True  # "a carrier sanctioned by the US Treasury for ferrying weapons to Syria": a past record
        if frame.kind == "arrive" and _FORCED_TO.search(text, max(0, frame.trigger.start - 120), frame.trigger.start):
            return True  # "required an Il-76 ... flying from Tehran to Aleppo to land at Diyarbakir": an interception
        before = text[max(0, frame.trigger.start - 30):frame.trigger.start]
        if frame.trigger.text.lower().startswith("reach") and _ABLE_TO.search(before):
            return True
        if any(True for _ in self.lex.journey_goes_on.finditer(frame.trigger.text)) \
                and not _GOES_ON_WITH.match(text, frame.trigger.end):
            return True
        clause = text[max(0, frame.trigger.start - 100):frame.trigger.start]  # "Barges carrying ... shells crossed"
        if any(True for _ in self.lex.flight_verbs.finditer(frame.trigger.text)) and any(
                _ADVERBS.fullmatch(clause, h.end) and not self._carried(clause[:h.start])
                for h in self.lex.munitions.finditer(clause)):
            return True  # "a cruise missile crossed into Polish airspace": a weapon in flight, not carried
        gaps = [_FIRED_AFTER.match(clause, h.end).end() for h in self.lex.munitions.finditer(clause)]
        if any(u.start == gap for gap in gaps for u in self.lex.use_verbs.finditer(clause, gap, gap + 12)):
            return True  # "Two rockets fired from Syria landed in Hermel": a weapon used, not moved
        return any(_POLICY_GAP.fullmatch(before, h.end) and not _ATTRIBUTE.search(before, 0, h.start)
                   for h in self.lex.policy_verbs.finditer(before))

    def _carried(self, before: str) -> bool:
        """Whether the clause before a munition names what carries it ("Trucks loaded with missiles")."""
        clause = re.split(r"[,;:]", before)[-1]
        return any(True for _ in self.lex.vehicles.finditer(clause)) or any(True for _ in self.lex.carrying.finditer(clause))

    def _generic_mover(self, text: str, sentence: _Sentence, frame: _Frame) -> bool:
        """ "any ship sailing to Ukrainian ports would be treated as a target": a threat or a rule
        about whatever might move, not a movement; but "denied that any military materiel had been
        transported" denies one."""
        if self._status(text, sentence.span, frame) == "denied" or any(
                _NONE_MOVED.search(text, max(sentence.span.start, t.start - 100), t.start) for t in sentence.triggers):
            return False  # "no aircraft carrying military cargo has ever landed at Abeche" denies one
        movers = [h for h in sentence.vehicles + sentence.cargo if h.start <= frame.trigger.start]
        mover = max(movers, key=lambda h: h.start, default=None)
        if mover is None:
            return False
        before = text[sentence.span.start:mover.start].split()[-2:]
        return any(word.strip("\"'“‘(").lower() in self.lex.generic_determiners for word in before)

    def _fill(self, text: str, sentence: _Sentence, frame: _Frame) -> None:
        """The origins, destinations and via places that the cues of a frame name."""
        own = [r for r in sentence.roles if frame.start <= r.mention.start < frame.end]
        after = [r for r in own if r.mention.start >= frame.trigger.start
                 and not _NEW_CLAUSE.search(text, frame.trigger.end, r.mention.start)]
        strong = [r for r in after if r.role == "destination"]
        weak = [r for r in after if r.role == "destination_weak"
                and r.mention.start - frame.trigger.end - _bearing_length(text, frame.trigger.end, r.mention.start)
                - _object_length(text, frame.trigger.end, r.mention.start, sentence.cargo) <= WEAK_REACH
                and not _SALE.fullmatch(frame.trigger.text)]  # "sold at outlets in Florida": where, not whither
        if not strong and not weak and frame.trigger.text.lower().startswith(_PUT_DOWN):
            # "landed approximately 300 AK-pattern rifles, 40 PKM machine-guns and 12 crates of
            # ammunition on a beach near Bareeda": a long list of what was landed, then where
            weak = [r for r in after if r.role == "destination_weak"
                    and not any(frame.trigger.end <= t.start < r.mention.start for t in sentence.triggers)][:1]
        # "..., as the army presses an offensive to retake Khartoum from the RSF": another clause's places
        own = [r for r in own if r.mention.start < frame.trigger.start
               or not _NEW_CLAUSE.search(text, frame.trigger.end, r.mention.start)]
        frame.origins = _places(r for r in own if r.role == "origin")
        frame.via = _places(r for r in own if r.role == "via")
        if frame.kind == "load":
            # "loading grain in Sevastopol": where it was loaded is where it set out from; but
            # "loaded onto chartered cargo ships for France" says where they were going
            first = next((k for k, r in enumerate(weak)
                          if _FOR_BEFORE.search(text, max(0, r.mention.start - 5), r.mention.start)), len(weak))
            bound = weak[first:]  # "for Egypt, Turkey and China": the places listed after "for" too
            frame.origins = _finest(frame.origins + _places(r for r in weak if r not in bound))
            frame.destinations = _finest(_places(strong or bound))
            return
        frame.origins = _finest(frame.origins)
        arrived = [r for r in strong if _ARRIVED_AT.search(text, max(sentence.span.start, r.mention.start - 40), r.mention.start)]
        if arrived:
            # "landed at Rzeszow-Jasionka, carrying ammunition destined for Ukraine": the flight ends
            # where it landed; where the cargo is meant to go next is no part of it
            strong = [r for r in strong if r in arrived or not (
                _CARGO_GOAL.search(text, max(sentence.span.start, r.mention.start - 60), r.mention.start)
                and r.mention.start > arrived[0].mention.start)]
        frame.destinations = _finest(_places(strong or weak))
        if frame.origins and all(p.is_country for p in frame.destinations):
            # "customs officers at the port of Cap-Haitien opened a container that had been
            # shipped from Miami", "officers in Nuevo Laredo found rounds in a truck that had crossed
            # from Laredo": the thing found there had come there, unless there was a border crossing
            # or a checkpoint on the way ("at the Shehen crossing", "at a checkpoint near Al-Abr"); it
            # says more than the country it was addressed to
            found_at = [r for r in sentence.roles if r.role == "destination_weak" and r.mention.end <= frame.trigger.start
                        and (r in own or _FOUND_VERB.search(text, r.mention.end, frame.trigger.start))
                        and r.mention.place.type != "crossing"
                        and not _CHECKPOINT_AT.search(text, max(0, r.mention.start - 40), r.mention.start)
                        and _FOUND_THERE.search(text[r.mention.end:frame.trigger.start])
                        and all(p.country == r.mention.place.country for p in frame.destinations)]
            frame.destinations = _places(found_at[:1]) or frame.destinations
        if not frame.origins and frame.destinations:
            # "assembled at the airport and then flown to Wadi Seidna": where the goods were
            # handled just before they moved on is where they set out from
            handled = [r for r in own if r.role == "destination_weak" and r.mention.end <= frame.trigger.start
                       and (m := _HANDLED_THEN.search(text, max(sentence.span.start, r.mention.start - 40),
                                                      r.mention.start))
                       and not any(True for _ in self.lex.interdictions.finditer(m.group()))  # "seized a dhow in"
                       and _THEN_MOVED.fullmatch(text, r.mention.end, frame.trigger.start)]
            if handled:
                frame.origins = [handled[-1].mention.place]

    def _fall_back(self, document: Document, sentence: _Sentence, frame: _Frame, previous: _Frame | None,
                   movements: list[_Frame], every: list[Mention], told: list[Leg]) -> None:
        """Endpoints the cues left open: from the movement before, the subject, a country word,
        a request, the context."""
        if frame.skip:
            return
        text, roles = document.text, sentence.roles
        if frame.destinations and frame.origins and all(p.type == "sea" for p in frame.origins):
            # "it reappeared in the Andaman Sea and berthed at Thilawa": the sea was crossed, the
            # voyage began where the vessel was last placed
            frame.via += [p for p in frame.origins if p not in frame.via]
            frame.origins = []
        if not frame.origins and frame.destinations and previous is not None and not previous.skip \
                and previous.destinations and frame.kind in ("send", "load") and (
                    self._moves_on(text, previous, frame) or _changes_vehicle(previous, frame)
                    or ({previous.kind, previous.triggers[-1].value} & {"receive", "arrive"}
                        and not _RELATIVE.search(text, previous.trigger.end, frame.trigger.start))):
            # "... acquired the system before it was smuggled to the GNA", "smuggled to Berbera and
            # later transported to Mogadishu", "unloaded at Poti and driven across Georgia to
            # Armenia": it moved on from where it was; but in "received APCs, which were shipped to
            # Poti" the relative clause tells how they came.
            frame.origins = list(previous.destinations)
        taken = {p for other in movements for p in other.destinations if other is not frame and not other.skip}
        asides = _asides(text, sentence.span, frame.trigger.start)  # "Niger, whose army expelled U.S. forces, took ..."
        before = [r for r in roles if r.mention.start < frame.trigger.start and r.role is None
                  and not any(a <= r.mention.start < b for a, b in asides)]
        # "Baku possesses information on the delivery of ammunition to Armenia": the topic of what
        # Baku knows, not a delivery Baku made
        topic = _NOUN_TRIGGERS.fullmatch(frame.trigger.text.lower()) and \
            _TOPIC_OF.search(text, max(sentence.span.start, frame.trigger.start - 20), frame.trigger.start)
        subjects = [r for r in before if r.mention.kind != "adjective" and not topic
                    and _is_subject(text, sentence.span, r.mention, frame.trigger, self.lex)
                    and not self._interdicts(text, r.mention, frame.trigger, asides)
                    and not self._says_that(text, r.mention, frame.trigger)]
        if frame.kind == "receive":
            # "Burkina Faso received drones from Turkey": the subject received them, whatever a later
            # clause says ("Armenia has taken delivery of howitzers ..., after losing Karabakh to Azerbaijan")
            forces = [r for r in before if r.mention.kind == "adjective" and _FORCE_AFTER.match(text, r.mention.end)]
            if not subjects and not frame.destinations and forces:
                frame.destinations = [forces[-1].mention.place]  # "the Ethiopian Air Force has received drones"
            if subjects and not any(p.country == subjects[-1].mention.place.country for p in frame.destinations):
                frame.destinations = [self._metonym(subjects[-1].mention.place)]
            elif not frame.destinations and _OWN_FORCES.search(text, sentence.span.start, frame.triggers[0].start) \
                    and (filed := _filed_from(document, every)) is not None:
                # "the Armed Forces took delivery of drones from Turkiye" in a story filed from Ouagadougou
                frame.destinations = [self.gazetteer.country(filed.place.country) or filed.place]
            if not frame.destinations:
                frame.destinations = self._speaker(text, sentence, frame, every, set())  # "Tirana has said it plans to acquire"
            if not frame.origins:
                # "bought Iranian drones", "agreed to buy Indian-made howitzers": bought from the maker
                frame.origins = _places(r for r in roles if r.mention.start > frame.trigger.start and r.role is None
                                        and (_on_mover(text, r.mention, self.lex)
                                             or r.mention.kind == "adjective" and _MADE.match(text, r.mention.end)))[:1]
            if not frame.origins:
                # "has taken delivery of T-72 tanks donated by Russia": who gave them
                frame.origins = [self._metonym(r.mention.place) for r in roles if r.role is None and any(
                    t.start > frame.trigger.end and t.value == "send" and _BY_AGENT.fullmatch(text, t.end, r.mention.start)
                    for t in sentence.triggers)][:1]
            return
        if frame.origins and not frame.destinations and frame.trigger.text.lower().startswith("withdr"):
            # "ordering Malawi's troops to prepare to withdraw from eastern Congo": they go home
            owners = [r.mention.place for r in before if r.mention.place.is_country
                      and (r.mention.kind == "adjective" or text.startswith("'s", r.mention.end))
                      and _on_mover(text, r.mention, self.lex)
                      and all(r.mention.place.country != p.country for p in frame.origins)]
            frame.destinations = owners[-1:]
        asker, asked = self._request(text, sentence, frame)
        if not frame.destinations and asker is not None:
            frame.destinations = [asker]
        if not frame.origins and asked is not None:
            frame.origins = [asked]
        subjects = [r for r in subjects if r.mention.kind != "actor" and r.mention.place not in taken
                    and not any(t.value == "receive" and r.mention.end <= t.start < frame.trigger.start
                                for t in sentence.triggers)]  # "Armenia has received APCs, which were shipped"
        # "a Russian cargo ship carrying North Korean ammunition docked at Vostochny": a ship coming
        # home says nothing of where it came from; the cargo's country does
        home = {p.country for p in frame.destinations}
        adjectives = [r for r in roles if r.role is None and _on_mover(text, r.mention, self.lex)
                      and (r.mention.kind in ("adjective", "supplier") or _names_vehicle(text, r.mention, self.lex)
                           # "a battalion of the Burundi National Defence Force": the country's own force
                           or r.mention.place.is_country and _FORCE_AFTER.match(text, r.mention.end))
                      and r.mention.place not in taken and r.mention.place.country not in home
                      and not self._interdicts(text, r.mention, frame.trigger)
                      and not _SUBORDINATE.search(text, frame.trigger.end, max(frame.trigger.end, r.mention.start))
                      # "landed at Ganja, which has itself been hit by Armenian rockets": about the place
                      and not _ASIDE_OPENS.search(text, frame.trigger.end, max(frame.trigger.end, r.mention.start))]
        if subjects and adjectives and adjectives[0].mention.start < frame.trigger.start \
                and "," in text[subjects[-1].mention.end:adjectives[0].mention.start]:
            # "Days after Egypt cut ties with Doha, Turkish troops were flown into Doha": the
            # subject of another clause; the troops' own country word says where they came from
            subjects = []
        if subjects and frame.kind == "send" and not frame.destinations and self._supplied(text, frame.trigger):
            # "The base is resupplied by air from Mozdok", "Armenia was supplied with drones": who got them
            frame.destinations = [self._metonym(subjects[-1].mention.place)]
            subjects = []
            agents = [r for r in roles if r.mention.start > frame.trigger.end and r.role is None
                      and _after_word(text, r.mention, "by")]  # "supplied with drones by Turkey"
            if not frame.origins and agents:
                frame.origins = [self._metonym(agents[0].mention.place)]
        if not frame.origins and subjects and frame.kind == "send":
            frame.origins = [self._metonym(subjects[-1].mention.place)]
            if not frame.destinations and frame.origins[0].is_country and self._supplier_verb(text, subjects[-1], frame) \
                    and any(h.text.lower() not in self.lex.everyday_cargo for h in sentence.cargo) \
                    and not any(r.mention.start > frame.trigger.end for r in roles) \
                    and self._status(text, sentence.span, frame) != "denied" \
                    and (recipient := self._recipient_told(document, every, told, frame.origins[0])) is not None:
                # "Spain also agreed to supply six older Leopard 2A4s", in a story of tanks sent to
                # Ukraine: a supplier's own sentence need not name the country every leg goes to
                frame.destinations = [recipient]
                frame.inferred = f"destination from the story: {recipient.name}"
        if not frame.origins and frame.kind == "send":
            # "the Pskov-based 76th Guards Air Assault Division had been transferred": its home; "The
            # remaining four are expected to be delivered by Russia next year": who sends them
            based = [r.mention.place for r in before
                     if r.mention.kind != "adjective" and text.startswith("-based", r.mention.end)]
            agents = [self._metonym(r.mention.place) for r in roles
                      if r.role is None and _BY_AGENT.fullmatch(text, frame.trigger.end, r.mention.start)]
            frame.origins = based[-1:] or [p for p in agents if p.is_country][:1]
        if not frame.origins and frame.kind == "send":
            # "the Government of Türkiye informed the Panel that it had delivered": who said it did it
            frame.origins = self._speaker(text, sentence, frame, every, taken)
        if not frame.origins:
            # "a plane chartered by the UAE": who runs the vehicle, when nothing names its departure
            frame.origins = _places(r for r in roles if r.role == "operator")[:1]
        if not frame.origins:
            frame.origins = [adjectives[0].mention.place] if adjectives else []
        if not frame.origins:
            # "Turkish-made drones arrived by sea in Port Sudan": where they were made, at last
            made = [r for r in roles if r.role is None and r.mention.kind == "adjective" and _MADE.match(text, r.mention.end)
                    and r.mention.place not in taken and r.mention.place.country not in home]
            frame.origins = [made[0].mention.place] if made else []
        if not frame.destinations and frame.via:
            # "driven across the Georgian-Armenian border at the Sadakhlo crossing": into the side the
            # crossing (or where it set out) is not on
            pair = _BORDER_PAIR.search(text, frame.trigger.end, frame.end)
            sides = [self.gazetteer.country_of_adjective(word) for word in pair.groups()] if pair else []
            here = (frame.origins or frame.via)[0].country
            beyond = [c for c in sides if c is not None and c.country != here]
            if len(beyond) == 1 and len(sides) == 2 and None not in sides:
                frame.destinations = beyond
        if frame.origins and not frame.destinations and frame.kind == "send":
            # "continued to fly weapons to the militia through Amdjarass airport": the last place
            # named on the way to people with no place of their own
            passed = [r for r in roles if r.role == "via" and frame.trigger.end < r.mention.start < frame.end
                      and _TO_SOMEONE_VIA.search(text, frame.trigger.end, r.mention.start)]
            if passed and passed[-1].mention.place in frame.via and not passed[-1].mention.place.is_country:
                frame.destinations = [passed[-1].mention.place]
                frame.via = [p for p in frame.via if p != passed[-1].mention.place]
        if frame.origins and not frame.destinations and frame.kind == "send" and sentence.index > 0 \
                and _IN_PARTICLE.match(text, frame.trigger.end):
            # "Turkish F-16s have been parked at Ganja airport. The jets had flown in from Turkey": in to
            # where the sentence before placed them
            earlier = document.sentences[sentence.index - 1]
            here = [m.place for m in every if earlier.start <= m.start < earlier.end and m.kind == "name"
                    and (m.place.type in FACILITY_TYPES or m.place.type == "city")
                    and m.place.country != frame.origins[0].country]
            frame.destinations = here[-1:]
        own = [r for r in roles if frame.start <= r.mention.start < frame.end]
        attached = any(r.role == "origin" and 0 <= r.mention.start - frame.trigger.end <= 20 for r in own)
        # but "transports, staged at Tashkent's airport, flew paratroopers into Kabul": the sentence says where
        if not frame.destinations and attached and not _WHERE_UNSAID.search(text, frame.trigger.end, sentence.span.end) \
                and not any(other.destinations for other in movements if other is not frame and not other.skip):
            place = self._context_destination(document, sentence.index, frame.origins, every,
                                              arrived=bool(_ARRIVAL.match(frame.trigger.text)))
            if place is not None:
                frame.destinations = [place]
                frame.inferred = f"destination from context: {place.name}"

    def _supplier_verb(self, text: str, subject: _Role, frame: _Frame) -> bool:
        """ "Spain also agreed to supply", "Russia delivered": the subject's own finite verb or
        infinitive, not "denies supplying", "can fly at three times the speed of sound" or "the
        largest export order"."""
        trigger = frame.trigger
        between = text[subject.mention.end:trigger.start].split()
        return trigger.text.islower() and not trigger.text.endswith("ing") \
            and not _NOUN_TRIGGERS.fullmatch(trigger.text.lower()) and len(between) <= 5 \
            and not re.search(r"[,;:]", text[subject.mention.end:trigger.start]) \
            and (not between or between[-1].lower() in _SUPPLIER_AUXILIARIES)

    def _taken_town(self, text: str, span: Span, inside: list[Mention], leg: Leg) -> Place | None:
        """The town a column heading only towards a region or country took next ("they seized Anefis")."""
        if leg.mode != "land" or _rank(leg.destination) > 1 or not self._pronoun_opens(text, span):
            return None
        taken = _CAPTURED.search(text, span.start, span.end)
        town = next((m.place for m in inside if taken and m.start == taken.end() + 1), None)
        return town if town is not None and _rank(town) >= 2 and town.country == leg.destination.country else None

    def _maker(self, text: str, sentence: _Sentence, frame: _Frame) -> Place | None:
        """ "Zuzana 2 howitzers handed over to Ukraine": the country that alone builds the system a
        delivery names, when nothing else says where it came from; not for a force moving its own kit
        ("Ukraine moved HIMARS to the front") or a system seen in use."""
        if not frame.trigger.text.lower().startswith(_DELIVERIES):
            return None
        made_in = {h.value for h in self.lex.makers.finditer(text, sentence.span.start, sentence.span.end)}
        home = {p.country for p in frame.destinations}
        if len(made_in) != 1 or made_in & home or any(
                r.mention.start < frame.trigger.start and r.mention.place.country in home for r in sentence.roles):
            return None
        return self.gazetteer.country(made_in.pop())

    def _stopped_at(self, text: str, sentence: _Sentence) -> Place | None:
        """The town or facility right after an interception of a vehicle or of cargo."""
        if not (sentence.vehicles or sentence.cargo):
            return None
        for stop in self.lex.interdictions.finditer(text, sentence.span.start, sentence.span.end):
            if not stop.text.lower().endswith("ed"):
                continue  # "made a brief stop at Port Klang": a call on the way
            at = [r.mention.place for r in sentence.roles if r.role == "destination_weak"
                  and 0 < r.mention.start - stop.end <= WEAK_REACH and _rank(r.mention.place) >= 2]
            if at:
                return at[0]
        return None

    def _first_batch(self, told: list[Leg]) -> tuple[Place, Place] | None:
        """The countries the last delivery from one country into another went between."""
        crossed = [leg for leg in told if leg.status != "denied" and leg.origin.country != leg.destination.country]
        if not crossed:
            return None
        origin = self.gazetteer.country(crossed[-1].origin.country)
        destination = self.gazetteer.country(crossed[-1].destination.country)
        return (origin, destination) if origin is not None and destination is not None else None

    def _retold(self, document: Document, sentence: _Sentence, frame: _Frame, trail: _Trail,
                out: list[Leg]) -> Leg | None:
        """ "... flights from Damascus International Airport to Benina. ... these flights carried
        Syrian fighters to Libya": the leg just told, told again between its countries; it takes
        the new sentence's cargo and citation instead of becoming a leg of its own."""
        previous = trail.leg
        if previous is None or previous not in out or sentence.index - trail.index > 2 \
                or not frame.origins or not frame.destinations \
                or not all(p.is_country and p.country == previous.origin.country for p in frame.origins) \
                or not all(p.is_country and p.country == previous.destination.country for p in frame.destinations) \
                or previous.origin.is_country and previous.destination.is_country \
                or not self._refers_back(document, sentence, frame):
            return None
        cargo = _unique((*previous.cargo, *(h.value for h in sentence.cargo)))
        told = replace(previous, cargo=cargo, citations=(*previous.citations, Citation.of(document, sentence.span)), id="")
        out[out.index(previous)] = told
        return told

    def _where_left(self, told: list[Leg], country: Place) -> Place:
        """The one place in a country where the story's legs so far ended, else the country."""
        places = {leg.destination for leg in told if leg.status != "denied"
                  and leg.destination.country == country.country and not leg.destination.is_country}
        return places.pop() if len(places) == 1 else country

    def _recipient_told(self, document: Document, every: list[Mention], told: list[Leg],
                        supplier: Place) -> Place | None:
        """The one country the story's last legs all went to and its opening names, if another
        supplier's goods could go there too (not the home that troops in a withdrawal story flew to)."""
        countries = {leg.destination.country for leg in told[-3:] if leg.status != "denied"}
        if len(countries) != 1 or supplier.country in countries:
            return None
        country = countries.pop()
        first = document.sentences[0]
        headline = not document.text[first.start:first.end].rstrip().endswith((".", "!", "?", '"', "”"))
        lead_end = document.sentences[min(int(headline), len(document.sentences) - 1)].end
        if not any(m.start < lead_end and m.place.country == country for m in every):
            return None
        return self.gazetteer.country(country)

    def _supplied(self, text: str, trigger: Hit) -> bool:
        """A passive verb whose object is who receives: "was supplied with", "is resupplied from"."""
        return any(True for _ in self.lex.recipient_verbs.finditer(trigger.text)) and \
            bool(_PASSIVE_BEFORE.search(text, max(0, trigger.start - 30), trigger.start))

    def _interdicts(self, text: str, mention: Mention, trigger: Hit, asides: Sequence[tuple[int, int]] = ()) -> bool:
        """Whether the place stopped the movement rather than sent it ("the US Navy seized a dhow carrying");
        an aside about the place ("Niger, whose army seized power, took delivery") does not count."""
        return any(not any(a <= h.start < b for a, b in asides)
                   for h in self.lex.interdictions.finditer(text, mention.end, trigger.start))

    def _moves_on(self, text: str, previous: _Frame, frame: _Frame) -> bool:
        """Whether a word between two movements says the second went on from the first ("later")."""
        return any(True for _ in self.lex.continuations.finditer(text, previous.trigger.end, frame.trigger.start))

    def _request(self, text: str, sentence: _Sentence, frame: _Frame) -> tuple[Place | None, Place | None]:
        """ "The army asked Iran to provide drones": who asked (destination) and who was asked (origin)."""
        asks = [h for h in self.lex.requests.finditer(text, sentence.span.start, frame.trigger.start)]
        if not asks:
            return None, None
        ask = asks[-1]
        asked = [r for r in sentence.roles if ask.end <= r.mention.start < frame.trigger.start and r.role is None]
        asker = [r for r in sentence.roles if r.mention.start < ask.start and r.role is None
                 and ask.start - r.mention.end <= 30]
        return (self._metonym(asker[-1].mention.place) if asker else None,
                self._metonym(asked[0].mention.place) if asked else None)

    def _metonym(self, place: Place) -> Place:
        """A capital acting ("Ankara has been smuggling", "Washington has moved") stands for its country."""
        if self.gazetteer.is_capital(place):
            return self.gazetteer.country(place.country) or place
        return place

    def _context_destination(self, document: Document, index: int, origins: list[Place],
                             every: list[Mention], arrived: bool = False) -> Place | None:
        """Where the preceding sentences sent something ("a dhow ... bound for Yemen. The dhow had
        departed from Konarak"), else where they are set ("mercenaries brought from Syria")."""
        text = document.text
        here = document.sentences[index]
        # "The container, which was shipped from Miami": a thing the text refers back to may
        # reach into the paragraph before for where it was sent; otherwise a new paragraph sets a new scene
        refers = self._opens_on_vehicle(text, here) and not self._introduces_vessel(text, here)
        for back in range(1, CONTEXT_SENTENCES + 1):
            if index - back < 0:
                break
            # "... arrived in Ukraine. ¶ ... a second train arrived from Slovakia": an arrival
            # with no place still lands where the text last sent things
            # across a paragraph break, only the sentence just before may set the scene
            beyond = "\n\n" in text[document.sentences[index - back].end:here.start]
            if beyond and not (refers or arrived):
                break
            beyond = beyond and not (refers and back == 1)
            sentence = _prose(text, document.sentences[index - back])
            inside = [m for m in every if sentence.start <= m.start < sentence.end and m.place not in origins
                      and not _AFFILIATED.match(text, m.end)
                      and not (m.place.is_country and any(o.country == m.place.country for o in origins))]
            cues = list(self.lex.cues.finditer(text, sentence.start, sentence.end))
            sent_to = [m for m in inside if (cue := _cue_before(text, cues, m.start, [])) is not None
                       and cue.value == "destination" and not any(cue.end <= o.start < m.start for o in inside)]
            if sent_to:
                return sent_to[-1].place
            if beyond:
                continue
            names = [m for m in inside if m.kind == "name" and not _after_word(text, m, "from")
                     and not any(True for _ in self.lex.interdictions.finditer(text, max(sentence.start, m.start - 40),
                                                                            m.start))]  # "seized a dhow in the Gulf of Aden"
            if names:
                place = names[-1].place
                return self.gazetteer.country(place.country) or place
        return None

    # -- more than one sentence: following the thing that moved ---------------------------------

    def _refers_back(self, document: Document, sentence: _Sentence, frame: _Frame) -> bool:
        """Whether the frame's mover is one the sentences before placed ("the vessel", "from there",
        "the launchers" after "Pinaka rocket launchers")."""
        text, start = document.text, sentence.span.start
        if self._pronoun_opens(text, sentence.span) or \
                self._referred_heads(document, sentence.index, Span(start, frame.trigger.start)):
            return True
        if any(True for _ in self.lex.continuations.finditer(text, start, frame.trigger.start)) \
                or self._picks_up(text, sentence.span):
            return True
        if any(text.endswith("the same ", start, v.start) for v in sentence.vehicles):
            return True  # "left for Uganda aboard the same aircraft"
        if self._takes_up(text, start, frame.trigger.start) or self._partitive(text, sentence.span):
            return True  # "the flights"; "Most originated in Abu Dhabi", after "a dozen flights into Bosaso"
        # "instructed to deliver the cargo to Hodeidah": the object of the movement word
        after = frame.trigger.end
        if any(_OBJECT_DEFINITE.fullmatch(text, after, hit.start)
               for hit in self.lex.anaphora.finditer(text, after, min(frame.end, after + 40))):
            return True
        if self._names_vehicle_before(text, sentence, frame) or _SHE_BEFORE.search(text, start, frame.trigger.start):
            return True  # "the dhow had been loaded at Chabahar", "AIS data show that she had loaded at Nordenham"
        # "a vessel of matching length and hull colour berthed at Port Sudan": the one tracked before
        if any(_MATCHING.match(text, hit.end) for hit in sentence.vehicles if hit.start < frame.trigger.start):
            return True
        # "The Ilyushin Il-76, which ..., departed Vnukovo" after "a Russian military transport plane";
        # "The same ferry was imaged alongside at Port Krym"; "A first column drove through Goris"
        return any(hit.start - start <= 30 and _VEHICLE_TAKEN_UP.fullmatch(text, start, hit.start)
                   for hit in sentence.vehicles)

    def _narrows(self, sentence: _Sentence, frame: _Frame, trail: _Trail) -> bool:
        """ "An Il-76 would climb out of Hmeimim ... on its descent into central Libya. One analyst
        counted seven flights, every one of which ended at al-Jufra air base": the next sentence names,
        inside the country or region the last leg ended in, where it ended, and nothing else moves."""
        previous = trail.leg
        end = max((r.mention.end for r in sentence.roles if r.mention.place in frame.destinations), default=frame.end)
        return previous is not None and sentence.index - trail.index <= 2 and len(frame.destinations) == 1 \
            and _rank(previous.destination) <= 1 < _rank(frame.destinations[0]) \
            and frame.destinations[0].country == previous.destination.country \
            and all(h.value in previous.cargo for h in sentence.cargo if h.start < end)

    def _follow(self, document: Document, sentence: _Sentence, frame: _Frame, trail: _Trail,
                out: list[Leg]) -> Leg | None:
        """Carry the trail into this frame: refine the last leg's end, or move on from it.

        "The aircraft landed at an airstrip near Merowe" after a flight to Sudan ends that
        flight at Merowe (returned, so the caller makes no new leg); "The weapons are then
        trucked into Lebanon" after a flight to Damascus starts a new leg at Damascus.
        """
        previous = trail.leg
        stated = self._stated_mode(document.text, sentence, frame)
        if previous is not None and previous in out and len(frame.destinations) == 1 \
                and stated in ("unknown", previous.mode):
            place = frame.destinations[0]
            coarse = previous.destination
            passed = [p for p in previous.via if p.is_country and p.country == place.country]
            if passed and _rank(place) > 0 and coarse.country != place.country:
                # "shipped to Armenia through Iran. The launchers were unloaded at Bandar Abbas"
                via = tuple(place if p in passed else p for p in previous.via)
                refined = replace(previous, via=via, citations=(*previous.citations,
                                                                Citation.of(document, sentence.span)), id="")
                out[out.index(previous)] = refined
                return refined
            part = sentence.index > 0 and self._partitive(document.text, document.sentences[sentence.index - 1])
            if frame.goes_on and place != coarse and place not in previous.via and previous.origin != place \
                    and not part and not self._partitive(document.text, sentence.span):
                # "landed at Baghdad International Airport, where it sat for two hours. The aircraft
                # then continued to Damascus": one journey through a stop; but after "At least four of
                # these aircraft did not stay long", the four went on from there
                mode = previous.mode if previous.mode != "unknown" else stated
                refined = replace(previous, destination=self._facility(place, mode), via=(*previous.via, coarse),
                                  citations=(*previous.citations, Citation.of(document, sentence.span)), id="")
                out[out.index(previous)] = refined
                return refined
            if place.country == coarse.country and _rank(coarse) <= 1 < _rank(place):
                mode = previous.mode if previous.mode != "unknown" else self._mode(document.text, sentence,
                                                                                   frame, previous.origin, place)
                # "crossed into eastern Congo through the Bunagana border post ... into Bunagana": the
                # stop it passed is now where it ended
                via = tuple(v for v in previous.via if km(v, place) > SAME_PLACE_KM)
                refined = replace(previous, destination=self._facility(place, mode), mode=mode, via=via,
                                  citations=(*previous.citations, Citation.of(document, sentence.span)), id="")
                out[out.index(previous)] = refined
                return refined
        if previous is not None and previous in out and self._tells_load(document.text, sentence, frame, previous):
            hedged = self._status(document.text, sentence.span, frame) == "alleged" and previous.status == "reported"
            refined = replace(previous, cargo=_unique((*previous.cargo, *(h.value for h in sentence.cargo))),
                              status="alleged" if hedged else previous.status,
                              citations=(*previous.citations, Citation.of(document, sentence.span)), id="")
            out[out.index(previous)] = refined
            return refined
        frame.origins = [trail.place]
        frame.inferred = f"origin from the sentences before: {trail.place.name}"
        return None

    def _seen_at(self, document: Document, sentence: _Sentence, frame: _Frame, every: list[Mention]) -> Place | None:
        """ "Imagery of the Tumangang rail yard shows up to 73 freight wagons ... We assess that some of
        these trains carried munitions to Khasan": vehicles taken up from the sentence before set out
        from the one place it named."""
        text = document.text
        opening = _THESE_VEHICLES.match(text, sentence.span.start, frame.trigger.start)
        if opening is None or not any(True for _ in self.lex.vehicles.finditer(opening.group("vehicle"))) \
                or sentence.index == 0:
            return None
        before = document.sentences[sentence.index - 1]
        named = {m.place for m in every if before.start <= m.start and m.end <= before.end and m.kind != "adjective"
                 and not m.place.is_country}
        return named.pop() if len(named) == 1 and not named & set(frame.destinations) else None

    def _tells_load(self, text: str, sentence: _Sentence, frame: _Frame, previous: Leg) -> bool:
        """ "According to multiple sources, the flights carried weapons destined for the RSF": the
        vehicle the last leg followed, and what it carried on that journey, not a journey on."""
        start = sentence.span.start
        carried = [t for t in frame.triggers if any(True for _ in self.lex.journey_carried.finditer(t.text))]
        if not carried or any(True for _ in self.lex.continuations.finditer(text, start, frame.end)):
            return False
        return any(v.start < carried[0].start and v.value in (previous.mode, "unknown")
                   and _DEFINITE.search(text[start:v.start]) for v in sentence.vehicles)

    def _precede(self, document: Document, sentence: _Sentence, frame: _Frame, trail: _Trail,
                 out: list[Leg]) -> Leg | None:
        """ "The ship had sailed from the Syrian port of Tartus": where the vehicle the last leg
        followed came from, when that leg knew only a country (from "a Russian landing ship")
        or a coarser place in the same country. The leg is refined; no new leg is made."""
        previous = trail.leg
        if previous is None or previous not in out or frame.kind == "receive":
            return None
        origin = frame.origins[-1]
        stated = self._stated_mode(document.text, sentence, frame)
        if stated not in ("unknown", previous.mode) and (previous.mode != "unknown" or origin.is_country) \
                or origin.country == previous.destination.country:
            return None
        vehicles = {v.value for v in sentence.vehicles}
        if previous.mode != "unknown" and vehicles and previous.mode not in vehicles:
            return None  # "unloaded from a cargo ship" before a convoy set out: the goods changed vehicle
        coarse = previous.origin
        if not (coarse.is_country or (coarse.country == origin.country and _rank(coarse) < _rank(origin))):
            return None
        # "dispatching troops to Russia ... The troops were carried aboard amphibious ships from Chongjin"
        mode = previous.mode if previous.mode != "unknown" else stated
        # "from where it set out on a voyage that included a port call in Colombo": the stop it names too
        stops = tuple(v for v in (self._facility(p, mode) for p in frame.via) if v not in previous.via)
        refined = replace(previous, origin=self._facility(origin, mode),
                          destination=self._facility(previous.destination, mode), mode=mode, via=(*previous.via, *stops),
                          confidence=round(previous.confidence + (0.1 if coarse.is_country else 0), 2),
                          citations=(*previous.citations, Citation.of(document, sentence.span)), id="")
        out[out.index(previous)] = refined
        return refined

    def _stated_mode(self, text: str, sentence: _Sentence, frame: _Frame) -> str:
        """The mode a frame's own words state: a vehicle, a phrase ("by road") or the verb."""
        owner = [v for v in sentence.vehicles if v.end <= frame.trigger.start
                 and _WHICH_HAD.fullmatch(text, v.end, frame.trigger.start)]
        if owner:
            return owner[-1].value  # "The aircraft, which had taken off from Dover": whatever else the sentence names
        inside = [h for h in sentence.vehicles + sentence.mode_phrases if frame.start <= h.start < frame.end
                  and not self._counted_cargo(text, sentence, h)
                  and not _PARTS_AFTER.match(text, h.end)  # "trucks had hauled helicopters' spare parts"
                  # "discharged at Gdansk ... to shorten the overland haul": the mode of the next movement word
                  and not (h in sentence.mode_phrases
                           and any(t.start == h.end + 1 and t.start > frame.trigger.end for t in sentence.triggers))]
        typed = [h for h in inside if h in sentence.vehicles and h.text.lower() not in _GENERIC_CARRIERS]
        # "the helicopters and trucks moved north by rail and road": how they went, said right after the verb
        phrased = [h for h in inside if h in sentence.mode_phrases and 0 <= h.start - frame.trigger.end <= 20]
        said = phrased[0] if phrased else _nearest(typed, frame) or _nearest(inside, frame)  # "an An-124 heavy freighter" flies
        flown = [hit.value for t in frame.triggers for hit in self.lex.trigger_modes.finditer(t.text)]
        if said is not None and said.text.lower() in _EITHER_CARRIERS and flown:
            return flown[0]  # "a similar freighter loaded at Sofia airport ... and flew directly to Al Dhafra"
        if said is not None and said.value != "sea" and said.end <= frame.trigger.start \
                and frame.trigger.text.lower().startswith("ship") and any(p.type == "port" for p in frame.destinations):
            return "sea"  # "Six of the aircraft were shipped in crates from Vladivostok to Thilawa port": cargo
        if said is not None:
            return said.value
        opening = text[sentence.span.start:frame.trigger.start].split(maxsplit=1)[:1]
        if (_SHE_BEFORE.search(text, max(sentence.span.start, frame.trigger.start - 40), frame.trigger.start)
                or opening and opening[0] in self.lex.vessel_pronouns) and self._ship_in_mind(text, sentence.span.start):
            return "sea"  # "she is almost certainly headed for Tartus", "Her AIS had her inbound": a ship
        # "Barges carrying Bulgarian-made shells crossed the Danube": the vehicle that is the subject
        carrying = {h.start for h in self.lex.carrying.finditer(text, sentence.span.start, frame.trigger.start)}
        subject = [v for v in sentence.vehicles if v.end <= frame.trigger.start
                   and not re.search(r"[,;:]", text[v.end:frame.trigger.start])
                   # "Crates unloaded from cargo planes at Amdjarass are driven": the planes are no subject
                   and not _PREPOSITION_BEFORE.search(text, max(sentence.span.start, v.start - 30), v.start)
                   and all(t.start < v.start or t.start >= frame.trigger.start or t.start in carrying
                           for t in sentence.triggers)]
        if subject:
            return subject[-1].value
        for trigger in frame.triggers:
            for hit in self.lex.trigger_modes.finditer(trigger.text):
                return hit.value
        return "unknown"

    def _counted_cargo(self, text: str, sentence: _Sentence, vehicle: Hit) -> bool:
        """ "The ship arrived ... with about 40 armoured personnel carriers, a dozen pickup trucks":
        vehicles counted after a carrier of another kind are what it carried."""
        return bool(_COUNTED.search(text, max(sentence.span.start, vehicle.start - 20), vehicle.start)) and any(
            v.end <= vehicle.start and v.value != vehicle.value for v in sentence.vehicles)

    def _frame_mode(self, text: str, sentence: _Sentence, frame: _Frame) -> str:
        """The mode a frame states, or the one the kind of place it ends at implies."""
        stated = self._stated_mode(text, sentence, frame)
        if stated != "unknown":
            return stated
        kinds = {self.lex.place_modes.get(p.type) for p in frame.destinations} - {None}
        return kinds.pop() if len(kinds) == 1 else "unknown"

    # -- building a leg ---------------------------------------------------------------------

    def _leg(self, document: Document, sentence: _Sentence, frame: _Frame, origin: Place, destination: Place,
             year_hint: dict[int, int], trail: _Trail | None) -> Leg | None:
        if origin.id == destination.id or self._traffic(document.text, sentence):
            return None
        if origin.is_country and destination.country == origin.country:
            return None
        if destination.is_country and origin.country == destination.country:
            return None
        region = self.gazetteer.area(destination) if destination.type == "region" else None
        if region is not None and self.gazetteer.area(origin) == region:
            return None  # "unloaded at Kerch ... trains heading west into Crimea": still inside the region
        # "unloaded at Amdjarass" after flights to Amdjarass airport: one place, not a journey; but
        # "driven from the port to Croix-des-Bouquets" names both ends of a short drive
        if origin.country == destination.country and km(origin, destination) < SAME_PLACE_KM \
                and not _distinct_facilities(origin, destination) and region is None \
                and (frame.inferred or km(origin, destination) < NEIGHBOUR_KM):
            return None
        text, span = document.text, sentence.span
        vehicle = self._vehicle(sentence, frame)
        mode = self._mode(text, sentence, frame, origin, destination)
        if trail is not None and trail.mode != "unknown" and frame.inferred.startswith("origin") and not trail.arrived \
                and frame.kind == "arrive" and self._stated_mode(text, sentence, frame) == "unknown":
            mode = trail.mode  # "A second ship sailed from Beaumont ... That cargo was discharged at Gdansk"
        origin, destination = self._facility(origin, mode), self._facility(destination, mode)
        if origin.id == destination.id:
            return None  # "near the port of Nishtun" after troops at Nishtun: the town and its port
        status = self._status(text, span, frame)
        # "bound for Mali, where Russia's Africa Corps is taking over, ...": not what the convoy carried
        # "landed at Ganja, which has itself been hit by Armenian rockets." is about the place too
        asides = _asides(text, span, frame.trigger.start, _ASIDE_OR_TAIL)
        cargo = _unique(h.value for h in sentence.cargo if not any(a <= h.start < b for a, b in asides))
        if not cargo and origin.country == destination.country == "XX":
            return None  # "voyages between Asia and northern Europe": trade lanes, not a shipment
        if any(p.country == "XX" and p.type == "region" for p in (origin, destination)):
            return None  # "flights from Syria and Libya to the Sahel": a region of many countries ends nothing
        if any(p.type == "sea" for p in (origin, destination)):
            return None  # "boarded in the Arabian Sea", "moved munitions to the Pacific coast": crossed, not reached
        if frame.trigger.text.lower().startswith("on ") and _rank(destination) < 2:
            return None  # "reappearing on approach to the Somali coast": a point on the way to an airfield
        earlier = trail.leg if trail is not None and frame.inferred.startswith("origin") else None
        if earlier is not None:
            status = "alleged" if earlier.status == "alleged" and status == "reported" else status
            cargo = cargo or earlier.cargo
        date = self._date(document, span, year_hint, trail, near=frame.trigger.start, ahead=status == "planned")
        if date is None and trail is not None and trail.leg is None and trail.arrived and trail.date \
                and _rank(trail.place) <= 1 and destination.country == trail.place.country \
                and (trail.place.is_country or km(destination, trail.place) <= 2 * REGION_KM):
            # "The missile system arrived in northern Luzon on April 11 ... It was transported by C-17
            # from Lewis-McChord to Laoag": the arrival told first, with its day
            date = trail.date
        confidence = 0.7
        confidence -= 0.15 if status == "alleged" else 0
        confidence -= 0.1 * sum(p.is_country for p in (origin, destination))
        confidence -= 0.2 if frame.inferred else 0
        return Leg(
            origin=origin,
            destination=destination,
            # "out of Hmeimim, the air base near Latakia": a stop at either end is no stop
            via=tuple(v for v in (self._facility(p, mode) for p in frame.via)
                      if min(km(v, origin), km(v, destination)) > SAME_PLACE_KM),
            mode=mode,
            date=date,
            carrier=self._carrier(text, span, vehicle),
            cargo=cargo,
            status=status,
            confidence=round(max(0.05, confidence), 2),
            citations=(Citation.of(document, span),),
            actors=_unique(h.value for h in sentence.actors),
        )

    def _traffic(self, text: str, sentence: _Sentence) -> bool:
        """ "Ships loaded at Odesa sailed mainly to Turkey": plural vehicles that no word singles
        out, with no cargo and no date, tell of trade, not of a movement someone could trace; but
        "Trucks loaded at Kazanlak ... drove on to Ukraine, according to people involved in arranging
        the deliveries" names what they were."""
        if sentence.cargo or not sentence.vehicles or dates.find_dates(text, sentence.span.start, sentence.span.end) \
                or any(_NOUN_TRIGGERS.fullmatch(t.text.lower()) for t in sentence.triggers):
            return False
        for vehicle in sentence.vehicles:
            before = [w.lower() for w in text[sentence.span.start:vehicle.start].split()[-4:]]
            general = before and (before[-1] in _GENERAL or _QUANTIFIERS.intersection(before))
            if not vehicle.text.endswith("s") or (before and not general):
                return False
        return True

    def _vehicle(self, sentence: _Sentence, frame: _Frame) -> Hit | None:
        """The vehicle nearest the movement word, preferring one inside the frame, and a type
        ("Il-76") to a generic word ("92 flights by Il-76 aircraft")."""
        typed = [v for v in sentence.vehicles if v.text.lower() not in _GENERIC_CARRIERS]
        return _nearest(typed, frame) or _nearest(sentence.vehicles, frame)

    def _mode(self, text: str, sentence: _Sentence, frame: _Frame, origin: Place, destination: Place) -> str:
        """Sea, air or land: from a vehicle or a phrase ("by road"), the verb, or the places.

        A vehicle or phrase inside the frame comes first, then the frame's own verb, so
        "smuggled to Berbera by boat and later transported by road to Mogadishu" gives one
        sea leg and one land leg.
        """
        stated = self._stated_mode(text, sentence, frame)
        if stated != "unknown":
            return stated  # "the weapons are then trucked to Lebanon", after cargo flights
        said = _nearest(sentence.vehicles + sentence.mode_phrases, frame)
        if said is not None:
            return said.value
        for place in (destination, origin, *frame.via):
            if place.type in self.lex.place_modes:
                return self.lex.place_modes[place.type]
        for role in sentence.roles:  # "the northern port of Cap-Haitien", a town to the gazetteer
            if role.mention.place in (destination, origin):
                for hit in self.lex.place_words.finditer(role.mention.text):
                    return hit.value
        if frame.trigger.text.lower().startswith("ship") and all(
                self.gazetteer.facilities(p.id, ("port",)) for p in (origin, destination)):
            return "sea"  # "shipped from Constanta to Odesa": from one port town to another
        return "unknown"

    def _facility(self, place: Place, mode: str) -> Place:
        """An air leg into a city ends at its airport, a sea leg at its port, when it has one."""
        wanted = {"air": ("airport", "airbase"), "sea": ("port",)}.get(mode)
        if not wanted or place.type != "city":
            return place
        facilities = self.gazetteer.facilities(place.id, wanted)
        return facilities[0] if facilities else place

    def _status(self, text: str, span: Span, frame: _Frame) -> str:
        # "according to the National Intelligence Service": a body that answers for what it says; "departures
        # that we could match to a landing": what the analysts could do, not a plan
        hits = [h for h in self.lex.status.finditer(text, span.start, span.end)
                if not (h.text.lower() == "according to" and _NAMED_BODY.match(text, h.end))
                and not (h.value == "planned" and _WE_BEFORE.search(text, max(span.start, h.start - 12), h.start))]
        groups = {h.value for h in hits}
        trigger = frame.trigger
        if "denied" in groups or _NEGATED.search(text, max(span.start, trigger.start - 20), trigger.start) \
                or _NONE_SENT.match(text, trigger.end) or self._rejects_claim(text, span.start, trigger.start) \
                or any(_NONE_MOVED.search(text, max(span.start, t.start - 100), t.start) for t in frame.triggers):
            return "denied"
        # "will send", but not "the vehicles that Paris agreed to sell were shipped": another verb between
        # (or before the verb after a noun that names the movement: "A shipment of APCs is due to dock at Mokha")
        verbs = frame.triggers if _NOUN_TRIGGERS.fullmatch(trigger.text.lower()) else [trigger]
        # "are to be trucked to Douala and then loaded onto ships": the second verb shares the first's "are to be"
        earlier = [t for t in self.lex.triggers.finditer(text, span.start, trigger.start)]
        if earlier and _AND_THEN.search(text, earlier[-1].end, trigger.start):
            verbs = [*verbs, earlier[-1]]
            earlier = earlier[:-1]
        if earlier and verbs[-1].text.endswith("ing") and text[:verbs[-1].start].endswith(", ") \
                and not re.search(r"[,;:]", text[earlier[-1].end:verbs[-1].start - 2]):
            # "was expected to take the southern route, travelling by sea": the clause it hangs on
            verbs = [*verbs, earlier[-1]]
        modal = any(h.value == "planned" and moved.start - 30 <= h.start and h.end <= moved.start
                    and not any(not any(True for _ in self.lex.journey_goes_on.finditer(t.text))  # "would continue to send"
                                for t in self.lex.triggers.finditer(text, h.end, moved.start))
                    for h in hits for moved in verbs)
        nominal = text[span.start:trigger.start].split()[-1:] in (["the"], ["of"], ["a"], ["an"])
        future = nominal and any(h.value == "planned" and h.start > trigger.end for h in hits)
        # "asked Iran to provide", "ready to deploy forces if the GNA requests it", but not
        # "crossed into Chad after the army requested help"
        conditional = any(h.value == "conditional" and not _CLAUSE_OPENER.search(
            text, min(h.end, trigger.end), max(h.start, trigger.start))
            # "sent a million shells to Russia, an estimate consistent with the counts if each ...": an aside
            and not (h.start > trigger.end and "," in text[trigger.end:h.start]) for h in hits)
        if modal or future or conditional or trigger.text.lower().startswith("pledg") and not _BY_AFTER.match(text, trigger.end):
            # "has pledged 24 F-16s to Ukraine": promised, not yet sent; but "the tanks pledged by Sunak
            # have reached Ukraine" came
            return "planned"
        if groups & {"alleged", "doubted", "unnamed"}:
            return "alleged"
        return "reported"

    def _date(self, document: Document, span: Span, year_hint: dict[int, int], trail: _Trail | None,
              near: int | None = None, ahead: bool = False) -> str | None:
        """The sentence's own date, the one nearest the movement word ("sentenced on Tuesday a man
        who smuggled rifles in 2022"); else one relative to publication or to the last movement."""
        text = document.text
        span = _prose(text, span)  # "QAMISHLI, Syria, June 13, 2017 (AFP) -" dates the story, not the convoy
        hint = _nearest_year(year_hint, span.start)
        found = [hit for hit in dates.find_dates(text, span.start, span.end) if not _NAMES_EVENT.match(text, hit.end)]
        if near is not None:
            found = sorted(found, key=lambda hit: min(abs(hit.start - near), abs(hit.end - near)))
        # a date in a clause the movement word is not in tells of something else ("the Nasim-e
        # Shomal, which had last called at a Russian port in June, left ..."): the last resort
        # but "The vessel, which left Bar on 2 April 2019, docked at Jeddah": the same voyage's start
        asides = [(a, b) for a, b in _asides(text, span, near, _DATE_ASIDE) if not _SAME_JOURNEY_ASIDE.match(text, a)] \
            if near is not None else []
        aside = [hit for hit in found if any(a <= hit.start < b for a, b in asides)]
        # "In March 2023, a vessel unloaded ... The vehicles were then driven north, reaching
        # Ouagadougou in early April": a later stage of a movement dated before the year of publication
        earlier = trail.leg.date if trail is not None and trail.leg is not None and trail.leg.date else ""
        before = dates.bounds(earlier)[0] if len(earlier) >= 7 and _SEQUEL.search(text, span.start, span.end) else None
        if before is None or document.published is None or before.year >= document.published.year:
            before = None
        def distance(start: int, end: int) -> int:
            return min(abs(start - near), abs(end - near)) if near is not None else 0

        for hit in [hit for hit in found if hit not in aside]:
            if not dates.is_statement_date(text, hit.start, hit.end):
                resolved = dates.resolve(hit, before or document.published, hint, ahead or before is not None)
                # "berthed at Karachi on Sunday ..., closing out a program that began in 2017": a
                # weekday nearer the movement word than a bare year dates it
                # and "landed late on Thursday ..., the latest since gunmen broke through the fence on Oct. 7"
                # dates the landing by the weekday, not by what the "since" looks back to
                looks_back = _SINCE_BEFORE.search(text, max(span.start, hit.start - 100), hit.start)
                nearer = [m for m in dates.relatives(text, span.start, span.end)
                          if (hit.month is None or looks_back) and (m.group("weekday") or m.group("weekday2") or m.group("weekday3"))
                          and distance(m.start(), m.end()) < distance(hit.start, hit.end)]
                if resolved and nearer and document.published is not None and before is None:
                    return dates.resolve_relative(nearer[0], document.published)
                if resolved and len(resolved) == 4:
                    # "signed for TB2s in 2023, and the first batch was flown ... in December 2023": the
                    # same year told more precisely
                    finer = [d for other in found if other is not hit and other not in aside
                             and not dates.is_statement_date(text, other.start, other.end)
                             and (d := dates.resolve(other, before or document.published, hint, ahead or before is not None))
                             and d.startswith(resolved + "-")]
                    return finer[0] if finer else resolved
                if resolved:
                    return resolved
        offset = dates.event_offset(text, span.start, span.end)
        if offset is not None:
            earlier = (trail.leg.date if trail.leg is not None else trail.date) if trail is not None else None
            return dates.shift(earlier, offset) if earlier else None
        if _HOUR_OF_NIGHT.search(text, span.start, span.end) and (scene := _scene_date(document, span.start, ahead)):
            return scene  # "The flight of 17 February stands out. An Il-76MD left Hmeimim shortly after midnight"
        return dates.relative(text, document.published, span.start, span.end, ahead)

    def dated_by_scene(self, leg: Leg, documents: dict[str, Document]) -> Leg:
        """A movement no source dates takes the last date that a paragraph gave before one of its
        citations (the first that has one), which a narrative keeps until it gives another ("On
        12 March the dhow left Jask. It sailed to Xaafuun ..."). Done after merging: a date read
        off the scene is no detail that tells two movements apart."""
        if leg.date:
            return leg
        for citation in leg.citations:
            document = documents.get(citation.doc_id)
            found = _scene_date(document, citation.start, leg.status == "planned") if document else None
            if found:
                return replace(leg, date=found, id="")
        return leg

    def _carrier(self, text: str, span: Span, vehicle: Hit | None) -> str | None:
        """The vessel or aircraft as the text names it: type, name, flag and operator."""
        if vehicle is None:
            return None
        start, end = vehicle.start, vehicle.end
        flag = None
        for m in _FLAGGED.finditer(text, max(span.start, start - 40), start):
            flag = m
        if flag is not None:
            start = flag.start()
        else:
            words = text[span.start:start].split()
            described: list[str] = []
            for word in reversed(words[-5:]):
                if word.lower() in ("a", "an", "the", "its", "their") or not word[:1].isalnum() \
                        or word[-1] in ",;:":  # "Between 1 and 30 September, Ilyushin Il-76TD freighters"
                    break
                if text[span.start:start].lstrip().startswith(word) and self.gazetteer.is_common_word(word.lower()):
                    break  # "Two cargo vessels": a capital for the sentence, not for a name
                if word[:1].isupper() or word.lower() in _CARRIER_WORDS or any(ch.isdigit() for ch in word):
                    described.insert(0, word)
                else:
                    break
            if described:
                start = text.rfind(described[0], span.start, start)
        description = text[start:end]
        name = re.match(r"\s+((?:[A-Z][\w-]*)(?:\s+(?:[A-Z][\w-]*|\d+|[IVX]+)\b)?)", text[end:span.end])
        if name and any(True for _ in self.lex.cargo.finditer(name.group(1))):
            name = None  # "drones" or "Kornet" after the vehicle is what it carried
        if name and vehicle.value == "sea":
            description = f"{name.group(1)} ({description})"  # the ship Amazon
            end += name.end()
        elif name and (any(ch.isdigit() for ch in vehicle.text) or not self.gazetteer.lookup(name.group(1))):
            description = f"{description} {name.group(1).split()[0]}"  # C-130 Hercules
            end += len(name.group(0)) - len(name.group(1)) + len(name.group(1).split()[0])
        operator = re.match(r"\s+(?:of|operated\s+by)\s+(?:a|an|the)?\s*([A-Z](?:[\w'-]+\s*){1,5})", text[end:span.end])
        if operator:
            words = []
            for word in operator.group(1).split():
                verb = word.lower() not in _CARRIER_WORDS and any(True for _ in self.lex.triggers.finditer(word))
                if word.lower() in _OPERATOR_STOP or verb:
                    break
                words.append(word)
            if words:
                description = f"{description} ({' '.join(words)})" if "(" not in description \
                    else f"{description[:-1]}, {' '.join(words)})"
        words = description.lower().split()
        while len(words) > 1 and words[0] in _CARRIER_WORDS:
            words.pop(0)  # "cargo vessels", "military transport aircraft": no more than a kind
        if " ".join(words) in _GENERIC_CARRIERS:
            return None
        return description

    # -- more than one sentence: what the text says about a movement elsewhere ----------------

    def _rejects_claim(self, text: str, start: int, end: int) -> Hit | None:
        """A verb that rejects with a word for the claim within a few words ("categorically
        rejects the allegations"), but not "Cairo has denied taking sides"."""
        claims = list(self.lex.denial_claims.finditer(text, start, end))
        return next((v for v in self.lex.denial_verbs.finditer(text, start, end)
                     if any(_words_apart(text, v, c) <= 4 for c in claims)), None)

    def _denied(self, document: Document, index: int, span: Span, inside: list[Mention],
                mentions: list[Mention], out: list[Leg]) -> tuple[list[tuple[Leg, Leg]], bool]:
        """ "Egypt has rejected the accusation": the legs of the sentences before that the
        speaker's country takes part in, each with its denied claim cited to the denial; and whether the
        document speaks the denial in its own voice (a ministry's press release that names no
        speaker: the country its dateline names).

        A denial counts when a word for the claim stands within a few words of the rejecting
        verb, so "Cairo has denied taking sides" and "denied that the equipment was destined
        for ..." deny no movement.
        """
        text = document.text
        verb = self._rejects_claim(text, span.start, span.end)
        if verb is None:
            return [], False
        deniers = {self._metonym(m.place).country for m in inside if m.end <= verb.start}
        own_voice = not deniers and (filed := _filed_from(document, mentions)) is not None
        if own_voice:
            deniers = {filed.place.country}  # "The Ministry categorically denies these allegations", from Ouagadougou
        since = document.sentences[max(0, index - CONTEXT_SENTENCES)].start
        # a promise is not a claim one can deny having carried out
        # "rejects claims that the Ethiopian Air Force has received armed drones from the UAE": a claim
        # that names its places denies only a movement between them, not the army's own deployments
        claimed = {self._metonym(m.place).country for m in inside if m.start > verb.end}
        out_of = [leg for leg in out if leg.status not in ("denied", "planned") and leg.citations[-1].start >= since
                  and deniers & {leg.origin.country, leg.destination.country}
                  and claimed <= {leg.origin.country, leg.destination.country}]
        citation = Citation.of(document, span)
        return [(leg, replace(leg, status="denied", citations=(citation,), id="", confidence=round(
                    max(0.05, 0.5 - 0.1 * sum(p.is_country for p in (leg.origin, leg.destination))), 2)))
                for leg in out_of], own_voice

    def _from_context(self, document: Document, index: int, leg: Leg) -> Leg:
        """A leg with the cargo, vessel name, hedging and citations the sentences before add."""
        leg = self._inherit_cargo(document, index, leg)
        leg = self._antecedent(document, index, leg)
        leg = self._mode_carried_over(document, index, leg)
        return self._named_carrier(document, index, leg)

    def _mode_carried_over(self, document: Document, index: int, leg: Leg) -> Leg:
        """ "Warships intercepted dhows carrying small arms. ... the cargo had been loaded at
        Chabahar": the shipment a sentence takes up travelled as the vehicles just before did."""
        span = document.sentences[index]
        moved = next(self.lex.triggers.finditer(document.text, span.start, span.end), None)
        if leg.mode != "unknown" or moved is None or not self._shipment_referred_to(document.text, Span(span.start, moved.start)):
            return leg  # the shipment is what moves, not "consistent with the container counts above"
        for back in (1, 2):
            if index - back < 0:
                break
            earlier = document.sentences[index - back]
            modes = {v.value for v in self.lex.vehicles.finditer(document.text, earlier.start, earlier.end)}
            if len(modes) == 1:
                return replace(leg, mode=modes.pop(), id="")
            if modes:
                break
        return leg

    def _inherit_cargo(self, document: Document, index: int, leg: Leg) -> Leg:
        """'The Iranian system' takes the names of the systems the sentences before it gave, and
        'the consignment' with no cargo of its own takes the cargo of the last sentence that had some."""
        text = document.text
        sentence = document.sentences[index]
        heads = self._referred_heads(document, index, sentence)
        if heads and not leg.cargo:
            return replace(leg, cargo=_unique(heads), id="")  # "the launchers", after "Pinaka rocket launchers"
        refs = [h for h in self.lex.anaphora.finditer(text, sentence.start, sentence.end)
                if _DEFINITE.search(text[sentence.start:h.start])]
        if not refs:
            return leg
        shipment = not leg.cargo and any(h.value in self.lex.shipment_words for h in refs)
        named: list[str] = []
        for back in range(1, CONTEXT_SENTENCES + 1):
            if index - back < 0:
                break
            earlier = document.sentences[index - back]
            hits = list(self._cargo(text, earlier.start, earlier.end))
            if shipment and hits:
                named = [h.value for h in reversed(hits)]
                break
            named += [h.value for h in hits if h.text[:1].isupper()]
        if not named:
            return leg
        return replace(leg, cargo=_unique([*leg.cargo, *reversed(named)]), id="")

    def _antecedent(self, document: Document, index: int, leg: Leg) -> Leg:
        """'The ship, which came from Samsun, ...' continues 'the arrival of a ship with 40 vehicles'.

        The vehicle the sentence opens with, after a definite article, is one of the same kind
        (a ship for a vessel, an aircraft for a flight) named in the sentence or two before;
        that sentence's cargo, hedging, vessel name and citation join the leg.
        """
        text = document.text
        sentence = document.sentences[index]
        opening = next(self.lex.vehicles.finditer(text, sentence.start, min(sentence.end, sentence.start + 30)), None)
        if opening is None or not _OPENING_DEFINITE.fullmatch(text[sentence.start:opening.start]):
            return leg
        for back in (1, 2):
            if index - back < 0:
                break
            earlier = document.sentences[index - back]
            same = [v for v in self.lex.vehicles.finditer(text, earlier.start, earlier.end)
                    if v.value == opening.value]
            if not same:
                continue
            cargo = [h.value for h in self._cargo(text, earlier.start, earlier.end)]
            hedged = any(h.value in ("alleged", "doubted", "unnamed") for h in self.lex.status.finditer(text, earlier.start, earlier.end))
            hedge = hedged and leg.status == "reported"
            return replace(
                leg,
                cargo=_unique([*cargo, *leg.cargo]),
                carrier=leg.carrier or self._carrier(text, earlier, same[0]),
                # "seized from a dhow on Jan. 11 ... The dhow had sailed from Konarak": the day it was found at sea
                date=leg.date or self._date(document, earlier, _year_hints(document), None),
                status="alleged" if hedge else leg.status,
                confidence=round(leg.confidence - (0.15 if hedge else 0), 2),
                citations=(Citation.of(document, earlier), *leg.citations),
                id="",
            )
        return leg

    def _named_carrier(self, document: Document, index: int, leg: Leg) -> Leg:
        """ "the vessel" takes the name that a sentence or two before gave a vessel ("the ship Angara")."""
        if leg.carrier is not None or leg.mode == "unknown":
            return leg
        text, span = document.text, document.sentences[index]
        definite = [v for v in self.lex.vehicles.finditer(text, span.start, span.end)
                    if v.value == leg.mode and _DEFINITE.search(text[span.start:v.start])]
        if not definite:
            return leg
        for back in range(1, TRAIL_SENTENCES + 1):
            if index - back < 0:
                break
            earlier = document.sentences[index - back]
            for vehicle in self.lex.vehicles.finditer(text, earlier.start, earlier.end):
                carrier = self._carrier(text, earlier, vehicle) if vehicle.value == leg.mode else None
                if carrier is not None:
                    return replace(leg, carrier=carrier, id="")
        return leg

    def _enrich(self, document: Document, sentence: Span, leg: Leg) -> Leg:
        """'The batch included armoured vehicles ...': cargo named in a sentence that refers back.

        The reference is a shipment word ("the batch", "the delivery") or the leg's own cargo
        ("the armoured vehicles are BMC Kirpi"), after a definite article.
        """
        text = document.text
        cargo = list(self._cargo(text, sentence.start, sentence.end))
        refers = False
        for hit in self.lex.anaphora.finditer(text, sentence.start, sentence.end):
            definite = _DEFINITE.search(text[sentence.start:hit.start])
            if not definite:
                continue
            np_start = sentence.start + definite.start()
            named = {c.value for c in cargo if np_start <= c.start < hit.end}
            if hit.value in self.lex.shipment_words or named & set(leg.cargo):
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


def _scene_date(document: Document, start: int, ahead: bool) -> str | None:
    """The last date that the sentences of the paragraph before offset `start` give."""
    text = document.text
    index = next((k for k, s in enumerate(document.sentences) if s.start <= start < s.end), None)
    if index is None:
        return None
    hints = _year_hints(document)
    for back in range(1, index + 1):
        earlier = document.sentences[index - back]
        if "\n" in text[earlier.end:start]:
            return None  # a new paragraph, or a new line where a text has no blank ones, sets a new scene
        earlier = _prose(text, earlier)
        for hit in reversed(dates.find_dates(text, earlier.start, earlier.end)):
            if not dates.is_statement_date(text, hit.start, hit.end) and not _NAMES_EVENT.match(text, hit.end):
                resolved = dates.resolve(hit, document.published, _nearest_year(hints, hit.start), ahead)
                if resolved and ahead and resolved != dates.resolve(hit, document.published,
                                                                     _nearest_year(hints, hit.start), False):
                    return None  # "carried troops between Oct. 8 and 13 ... a second contingent is expected to be
                    # shipped": the scene is past, and the plan's date is not said
                if resolved:
                    return resolved
        # "The final push came at dawn on Tuesday. Troops left Anefis ...": a weekday sets the scene too
        days = [m for m in dates.relatives(text, earlier.start, earlier.end) if m.group("weekday") or m.group("weekday2")]
        if days and document.published is not None and not ahead:
            return dates.resolve_relative(days[-1], document.published)
    return None


def _filed_from(document: Document, every: list[Mention]) -> Mention | None:
    """The place a wire dateline names ("SEOUL, Oct 7 (Reuters) -", or "NEW DELHI" on a line of its own)."""
    text = document.text
    for sentence in document.sentences[:2]:
        dateline = _DATELINE.match(text, sentence.start, sentence.end)
        end = dateline.end() if dateline else sentence.end if _DATELINE_LINE.fullmatch(text, sentence.start, sentence.end) else None
        filed = next((m for m in every if end is not None and sentence.start <= m.start < end), None)
        if filed is not None:
            return filed
    return None


def _asides(text: str, span: Span, near: int, clause: re.Pattern[str] = _ASIDE) -> list[tuple[int, int]]:
    """Relative clauses set off by commas that the movement word at `near` is not in; with
    _DATE_ASIDE also ", a town the RSF captured in April 2024", "since the mission replaced
    AMISOM in April", which date something else."""
    return [m.span() for m in clause.finditer(text, span.start, span.end) if not m.start() <= near < m.end()]


def _join(frames: list[_Frame], text: str) -> list[_Frame]:
    """Frames that tell one movement, joined; a frame that moves on from another, chained.

    "sailed from Iran ... bound for Yemen" and "docked at Hodeidah after sailing from Bandar
    Abbas" are one movement told in two frames, but a new vehicle ("shipped to Bandar Abbas
    and then trucked north") starts a new one; "crossed into Niger before reaching Agadez"
    ends at Agadez by way of Niger, and "flew to Entebbe ... and then continued to N'Djamena"
    at N'Djamena by way of Entebbe.
    """
    out: list[_Frame] = []
    for frame in frames:
        previous = out[-1] if out and not out[-1].skip and not frame.skip else None
        if previous is not None:
            if (previous.origins or previous.kind == "send" and frame.kind == "arrive") \
                    and not previous.destinations and frame.destinations and not frame.origins:
                # "Paris agreed to supply radars; these are expected to reach Armenia in 2024"
                previous.destinations = frame.destinations
            elif previous.destinations and not previous.origins and frame.origins and not frame.destinations \
                    and not _RELATIVE.search(text, previous.trigger.end, frame.trigger.start):
                # "docked at Hodeidah after sailing from Bandar Abbas"; but not "arrived in Goma, ... the
                # rebellion, which has driven people from their homes in North Kivu"
                previous.origins = frame.origins
            elif previous.origins and not previous.destinations and frame.kind == "load" and frame.origins \
                    and not set(frame.origins) & set(previous.origins) \
                    and _THEN_LOADED.search(text, previous.trigger.end, frame.trigger.start):
                # "set out by road from Camp Kengun ... and were loaded onto a ferry at Yatsushiro port":
                # the road ends where the ferry is loaded, and the ferry's voyage starts there
                previous.destinations = list(frame.origins)
                out.append(frame)
                continue
            elif not frame.origins and not frame.destinations:
                if previous.destinations and _changes_vehicle(previous, frame):
                    # "shipped to the port of Bandar Abbas and then trucked north": the goods changed vehicle
                    frame.origins = list(previous.destinations)
                    out.append(frame)
                    continue
                # "loaded onto trucks in Iran, driven across Iraq and brought into Syria": on the way
            elif previous.destinations and frame.destinations and not frame.origins \
                    and frame.trigger.text.lower().startswith("return"):
                # "flights from the base to Ben Gurion airport, usually returning to Cyprus": the way back
                # is no further end of the way out
                out.append(frame)
                continue
            elif previous.destinations and frame.destinations and not frame.origins \
                    and _SOME_OF.search(text, previous.trigger.end, frame.trigger.start):
                # "carried by dhow from Iran to Yemen ..., before some of them entered the Somali market":
                # what part of the goods did later is no end of the voyage
                out.append(frame)
                continue
            elif previous.destinations and frame.destinations and not frame.origins and (
                    frame.kind == "arrive" or _inside(frame.destinations, previous.destinations)
                    or frame.goes_on or all(p.type == "crossing" for p in previous.destinations)
                    # "crossed the Danube bridge into Romania and drove on to Ukraine": through a country
                    or all(p.is_country for p in previous.destinations) and _ON_AFTER.match(text, frame.trigger.end)
                    and frame.trigger.text.lower() in ("drove", "sailed", "flew")):
                # "driven across the border in the area of Tine and delivered to bases around Kutum":
                # a crossing is passed, not reached
                if not _inside(previous.destinations, [d for d in frame.destinations if d.is_country]):
                    # "reached Hasakah city, where the cargo was unloaded at a base of the Syrian Democratic
                    # Forces": a country after a town in it says no more than the town did
                    passed = [p for p in previous.destinations
                              if not any(p.country == d.country and _rank(p) <= 1 for d in frame.destinations)]
                    previous.via += [p for p in passed if p not in frame.destinations]
                    previous.destinations = frame.destinations
            else:
                out.append(frame)
                continue
            previous.via += [p for p in frame.via if p not in previous.via]
            previous.end = frame.end
            previous.triggers += frame.triggers
            continue
        out.append(frame)
    return out


# "The remaining 70 tanks", "The rest of the order": the part of the goods still to come
_REST_OPENS = re.compile(r"\s*(?:[Tt]he\s+(?:remaining|rest|remainder|other)\b|[Rr]emaining\b)(?!\s+of\s+(?:the\s+)?"
                         r"(?:day|week|month|year|war|country|region|world|time)\b)")
# "set out by road from Camp Kengun ... and were loaded": the loading came next, not "after loading"
_THEN_LOADED = re.compile(r"\b(?:and|then)\s+(?:(?:was|were|had\s+been|then)\s+)*$")


def _changes_vehicle(previous: _Frame, frame: _Frame) -> bool:
    """ "flown to Amdjarass and trucked to Nyala": a new mode is a new vehicle, a new leg."""
    return "unknown" not in (frame.mode, previous.mode) and frame.mode != previous.mode


def _narrows(text: str, coarse: Mention, fine: Mention, ends_later: bool = False) -> bool:
    """ "ports on Iran's Makran coast, such as Konarak", "the Somali coast near Bosaso", "depots in
    western Russia, including a depot near Tikhoretsk": a place in a coast, region or country just
    named says where in it."""
    place = coarse.place
    gap = _NARROWING.fullmatch(text, coarse.end, fine.start)
    if gap is None or fine.place.is_country or gap.group("near") in ("at", "in") and gap.group("area") is None:
        return False  # "positions at Al Malha", but not "Sudan at Tine"
    if coarse.kind in ("actor", "adjective"):
        # "to Hezbollah positions near Qusayr", "to Turkish positions around Binnish": where the men are
        return gap.group("area") is not None
    if fine.place.country != place.country:
        return False
    # "the Somali coast near Bosaso", "crossed into Sudan near Kassala"; but "crossed into Iraq near
    # Mandali and drove on to Al-Qaim" passed a border town
    return place.type in ("coast", "region", "sea") or place.is_country and (
        gap.group("near") is None or gap.group("area") is not None or not ends_later)


def _compounds(text: str, vehicles: list[Hit]) -> list[Hit]:
    """ "A Boeing 747 freighter", "an Il-76 transport plane": vehicle words side by side are one
    vehicle, of the kind the first and most specific of them says."""
    out: list[Hit] = []
    for hit in vehicles:
        if out and not text[out[-1].end:hit.start].strip():
            first = out.pop()
            hit = Hit(first.start, hit.end, text[first.start:hit.end], first.value)
        out.append(hit)
    return out


def _flagged_names(text: str, span: Span, vehicles: list[Hit]) -> list[Hit]:
    """ "The Iranian-flagged Nasim-e Shomal ... left Bandar Anzali": a flag with no vessel word
    after it stands for the vessel it names."""
    out = []
    for m in _FLAGGED.finditer(text, span.start, span.end):
        if m.group(0).endswith("-flagged") and not any(m.end() <= v.start <= m.end() + 30 for v in vehicles):
            out.append(Hit(m.start(), m.end(), m.group(0), "sea"))
    return out


def _inside(places: list[Place], coarse: list[Place]) -> bool:
    """ "crossed into Iraq ... and drove on to Al-Qaim": every place lies in a country or region before."""
    return all(any(p.country == c.country and _rank(c) <= 1 < _rank(p) for c in coarse) for p in places)


def _distinct_facilities(first: Place, second: Place) -> bool:
    """ "flown into Aden Adde ... driven to Camp TURKSOM": a port, an airfield and a base of one
    city are different places, and goods moved between them travelled."""
    kinds = {"airbase": "airport"}
    return first.type in FACILITY_TYPES and second.type in FACILITY_TYPES \
        and kinds.get(first.type, first.type) != kinds.get(second.type, second.type)


def _history(text: str, span: Span, trigger: Hit) -> bool:
    """ "had earlier flown", "had previously delivered": what a vehicle or firm did before the
    movement the text follows."""
    return _HISTORY.search(text, max(span.start, trigger.start - 30), trigger.start) is not None


# "Olya, a small port in the Volga delta in ": a description of the name, up to where it lies
_APPOSITIVE_IN = re.compile(r"(?:,\s+(?:the|a|an|its|[A-Z][\w-]*'s)|'s)\s+[^,;:.()]{0,60}?\s(?:in|of)\s+(?:the\s+)?")
_AFTER_NAME = re.compile(r"\s*,\s*")  # "Hmeimim, the Russian air base": words that describe the name


def _definite_before(text: str, start: int, end: int) -> bool:
    """Whether a definite word comes just before `end`: "the batch", "these flights", and "That
    shipment" opening the text from `start` (elsewhere "that" opens a clause: "claims that weapons")."""
    return _DEFINITE.search(text, start, end) is not None or _OPENING_THAT.fullmatch(text, start, end) is not None


def _lies_near(text: str, roles: list[_Role], cue: Hit, cues: list[Hit], triggers: list[Hit]) -> bool:
    """Whether "near" says where the end named just before lies: "from Dassault's Mérignac facility
    near Bordeaux", "from Hmeimim, the air base Russia operates near the Syrian port of Latakia"."""
    anchor = next((r for r in reversed(roles) if r.role in ("origin", "destination")), None)
    if anchor is None or anchor.mention.kind == "actor" or any(anchor.mention.end <= c.start < cue.start for c in cues):
        return False
    gap = text[anchor.mention.end:cue.start]
    if anchor is roles[-1] and len(gap.split()) <= 3 and "," not in gap:
        return True
    return bool(_APPOSITIVE_TO.fullmatch(gap)) and not any(anchor.mention.end <= t.start < cue.start for t in triggers)


def _cue_before(text: str, cues: list[Hit], position: int, triggers: list[Hit]) -> Hit | None:
    """The nearest cue before a place, unless a clause break or a movement word stands between."""
    for cue in reversed(cues):
        if cue.end > position:
            continue
        gap = text[cue.end:position]
        crossed = any(cue.end <= t.start < position for t in triggers)
        if position - cue.end > CUE_REACH or _CLAUSE_BREAK.search(gap) or crossed or _THAT_OPENS.search(gap) \
                or cue.value != "between" and _NEW_CONJUNCT.search(gap):
            return None
        if cue.value in ("origin", "kept") and cue.text.lower().endswith((" at", " in")) and len(gap.split()) > 6:
            return None  # "vehicles waiting at the beach removed ... before units of the Puntland police": no place of its own
        if cue.text.lower() in ("to", "into") and _ROLE_OF_PLACE.search(text, max(0, cue.start - 80), cue.start):
            return None  # "the gateway for Western military aid to Ukraine": what the place serves
        if cue.text.lower() == "to" and _INFINITIVE.match(gap):
            return None  # "an offensive to relieve the city of Marib": a purpose, not where anything went
        if cue.text.lower() == "to" and _HOME_TO.search(text, max(0, cue.start - 16), cue.start):
            return None  # "the Syrian port of Tartus, home to Russia's only naval facility": what is there
        return cue
    return None


def _continued(text: str, cues: list[Hit], weak: Hit, mention: Mention, places: list[Mention],
               triggers: list[Hit], vehicles: list[Hit]) -> str | None:
    """The role a weak cue continues: "to militias in Libya", "from their base at Assab".

    Only when every place between the strong cue and this one lies in the same country, so
    "to Russia for use in the war in Ukraine" does not end in Ukraine; and not after a seizure
    ("waybills seized from a trader detained in Ouagadougou").
    """
    for cue in reversed(cues):
        if cue.end > weak.start or cue.value in ("weak", "near"):
            continue
        if _SEIZED_FROM.search(text, max(0, cue.start - 20), cue.end):
            return None
        if cue.value == "origin" and weak.text.lower() == "for":
            return "destination"  # "leaving the camp by road for Benin"
        if cue.value not in ("origin", "destination", "between", "via") or cue.text.lower() == "across":
            return None  # "across the border at Bunagana" ends at the crossing; "through the airfield in Poland" passes
        if _POINTS_BACK.search(cue.text):
            return None  # "from where they were used in Khartoum": the place before is the origin
        if cue.text.lower() in ("onto", "aboard") or cue.value == "origin" and any(
                cue.end <= v.start and v.end <= weak.start for v in vehicles):
            return None  # "loaded onto trucks at Amdjarass", "unloaded from cargo planes at Amdjarass": the vehicle took the cue
        gap = text[cue.end:mention.start]
        if mention.start - cue.end > CUE_REACH or _CLAUSE_BREAK.search(gap) \
                or cue.text.lower() == "to" and _INFINITIVE.match(gap) or any(cue.end <= t.start < mention.start for t in triggers):
            return None  # "in time to overfly the inauguration of the canal branch at Ismailia": a purpose, not an end
        between = [p for p in places if cue.end <= p.start < mention.start]
        role = "origin" if cue.value == "between" else cue.value  # "between Benina airport in Benghazi and ..."
        return role if all(p.place.country == mention.place.country for p in between) else None
    return None


def _closes_between(text: str, cues: list[Hit], mention: Mention, roles: list[_Role]) -> bool:
    """Whether a place is the "and Y" of a "between X and Y" whose X was made the origin."""
    opening = [c for c in cues if c.value == "between" and c.end <= mention.start]
    if not opening or not roles or roles[-1].role != "origin":
        return False
    gap = text[opening[-1].end:mention.start]
    return len(gap) <= 2 * CUE_REACH and bool(re.fullmatch(r"(?:(?!\band\b)[^;:()])+\band\s+(?:the\s+)?", gap))


def _words_apart(text: str, a: Hit, b: Hit) -> int:
    """How many words stand between two hits, or a large number when a clause break does."""
    first, second = (a, b) if a.start <= b.start else (b, a)
    gap = text[first.end:second.start]
    return 99 if _CLAUSE_BREAK.search(gap) or "," in gap else len(gap.split())


def _direct_object(text: str, mention: Mention, triggers: list[Hit]) -> bool:
    """A place right after the verb and before "with": the one supplied ("supplied Azerbaijan
    with drones", "supplied the Slovenian Armed Forces with trucks")."""
    end = mention.end
    if mention.kind == "adjective":
        force = _FORCE_AFTER.match(text, end)
        if force is None:
            return False
        end = force.end()
    for trigger in triggers:
        if 0 <= mention.start - trigger.end <= 5 and re.fullmatch(r"\s+(?:the\s+)?", text[trigger.end:mention.start]):
            return bool(re.match(r"\s+with\b", text[end:end + 6]))
    return False


def _is_subject(text: str, span: Span, mention: Mention, trigger: Hit, lex: lexicon.Lexicon) -> bool:
    """A place that opens its clause ("Iran shipped", "... said that North Korea has sent",
    "officials said Berlin is expected to deliver"), or owns the noun before the movement word
    ("Turkey's involvement in smuggling")."""
    if re.match(r"'s?\s", text[mention.end:mention.end + 3]) and 0 < trigger.start - mention.end <= 30:
        return True
    if _PARTITIVE_RELATIVE.match(text, mention.end):
        return False  # "carriers based in Kazakhstan and Kyrgyzstan, two of which had flown": the carriers flew
    if _ACCUSED_OF.fullmatch(text, mention.end, trigger.start) and any(
            h.end >= mention.start - 5 for h in lex.accusations.finditer(text, max(span.start, mention.start - 20), mention.start)):
        return True  # "accused Ethiopia of sending": the accused did it
    before = text[span.start:mention.start]
    said = [h for h in lex.speech.finditer(before) if h.text.islower()]
    clause = _SUBJECT_CLAUSE.split(before[said[-1].end:] if said else before)[-1]
    words = [word.lower() for word in clause.split()]
    if words and words[0] in _TIME_OPENERS and all(w in _TIME_OPENERS or w in dates.MONTHS or w in dates.WEEKDAYS
                                                    or w.isdigit() or w in ("the", "a", "an") for w in words):
        return True  # "In 2021 Ankara sent", "On Tuesday Moscow flew"
    return all(word in ("the", "a", "an") for word in words)


def _on_mover(text: str, mention: Mention, lex: lexicon.Lexicon) -> bool:
    """ "Turkish convoy", "Iranian weapons": a country word on what moves, not where it was made."""
    if _MADE.match(text, mention.end) or _ESCORTED_BY.search(text, max(0, mention.start - 40), mention.start) \
            or _SOURCES_AFTER.match(text, mention.end):
        # "Russian-made"; "escorted by Turkish naval vessels" are not what carried the goods, and "two
        # Congolese intelligence officers described soldiers crossing" are who told of it
        return False
    # words that describe a vehicle do not count against the distance ("Egyptian air force transport planes")
    described = re.match(r"(?:\s+(?:" + "|".join(_CARRIER_WORDS) + r")\b)*", text[mention.end:mention.end + 60])
    reach = 20 + (described.end() if described else 0)
    window = text[mention.end:mention.end + reach + 10]
    return any(h.start < reach for h in lex.vehicles.finditer(window)) or \
        any(h.start < reach for h in lex.cargo.finditer(window)) or \
        any(h.start < reach and h.value in lex.shipment_words for h in lex.anaphora.finditer(window))  # "a British consignment"


def _on_vehicle(text: str, mention: Mention, lex: lexicon.Lexicon) -> bool:
    """ "an Iranian airline", "a Turkish naval logistics ship", "UAE cargo planes": the place
    word describes a vehicle, with nothing but words for a vehicle between them."""
    window = text[mention.end:mention.end + 80]
    if re.search(r"\b[A-Z]\.[A-Z]$", mention.text):
        window = window.removeprefix(".")  # "U.S. Air Force transport": the abbreviation's own stop
    return any(set(window[:h.start].split()) <= _CARRIER_WORDS for h in lex.vehicles.finditer(window) if h.start > 0)


def _names_vehicle(text: str, mention: Mention, lex: lexicon.Lexicon) -> bool:
    """ "US military cargo flights", "UAE cargo planes": a country's name used as a word on the vehicle."""
    return mention.place.is_country and _on_vehicle(text, mention, lex)


def _drop_qualifiers(text: str, places: list[Mention], place_nouns: frozenset[str]) -> list[Mention]:
    """Leave out country or region words that only say where the next or last place is."""
    kept: list[Mention] = []
    for k, mention in enumerate(places):
        following = places[k + 1] if k + 1 < len(places) else None
        if following is not None and _qualifies(text, mention, following, place_nouns):
            continue  # "Turkey's" in "Turkey's Samsun", "Turkish" in "the Turkish port of Samsun"
        previous = kept[-1] if kept else None
        if previous is not None and _qualifies_after(text, previous, mention):
            # "Lebanon" in "Tripoli in Lebanon": one place, whose words the cues then skip
            kept[-1] = replace(previous, end=mention.end, text=text[previous.start:mention.end])
            continue
        if any(_describes_where(text, anchor, mention) for anchor in kept[-3:]):
            continue  # "Amirabad, Iran's main Caspian port in Mazandaran province": where it lies
        kept.append(mention)
    return kept


def _describes_where(text: str, place: Mention, region: Mention) -> bool:
    """Whether a region of the place's own country ends a description set after the place's name."""
    wide = region.place.type == "region" or region.text.lower().endswith(_REGION_WORDS)
    return wide and _rank(place.place) > 1 and region.place.country == place.place.country \
        and _APPOSITIVE_IN.fullmatch(text, place.end, region.start) is not None


def _qualifies(text: str, mention: Mention, following: Mention, place_nouns: frozenset[str]) -> bool:
    """A country or region word that only qualifies the next place: "Libya's Tripoli", "Turkish
    port of Samsun", "the Chadian border town of Tine", "the Black Sea port of Poti"."""
    country = mention.place.is_country or mention.kind == "adjective"
    finer = _rank(following.place) > _rank(mention.place) and (country or _rank(mention.place) <= 1)
    if following.start < mention.end:
        return finer  # "Black Sea port" and "port of Poti" overlap: the port is the place
    gap = text[mention.end:following.start]
    if gap in ("'s ", "' ", "'s") and _rank(mention.place) == 2 and _rank(following.place) == 3 \
            and km(mention.place, following.place) < NEAR_CITY_KM:
        return True  # "Ankara's Etimesgut air base", "Izmir's Cigli air base": the base is the place
    if gap in ("'s ", "' ", " ", "'s"):
        return country
    words = gap.removeprefix("'s").removeprefix("'").split()  # "Russia's commercial port of Vostochny"
    if finer and following.text.split()[0].lower() in place_nouns and 0 < len(words) <= 2 \
            and all(word.isalpha() and word.islower() and word not in _FUNCTION_WORDS for word in words):
        return True  # "the Baltic naval port of Baltiysk"
    return finer and gap[:1].isspace() and len(words) >= 2 and words[-1] == "of" \
        and all(word.lower() in place_nouns for word in words[:-1])


def _qualifies_after(text: str, place: Mention, qualifier: Mention) -> bool:
    """ "Hodeidah, Yemen", "Nishtun in Al Mahrah", "the Houthis in Yemen", "Djibo, Sahel region",
    "the airport in Maiquetia"."""
    if qualifier.kind != "name":
        return False
    if place.place.type in FACILITY_TYPES and qualifier.place.is_country and _owner(text, place, qualifier):
        return True  # "Hmeimim, Russia's air base near Latakia": who runs it, not a second place
    if (_BEARING_AFTER.fullmatch(text, place.end, qualifier.start) or _NEAR_AFTER.fullmatch(text, place.end, qualifier.start)) \
            and not place.place.is_country and km(place.place, qualifier.place) <= BEARING_KM:
        # "Al Dhafra Air Base, south of Abu Dhabi", "Wadi Seidna air base north of Omdurman", "Nur Khan
        # Air Base near Rawalpindi", "the port of Ust-Luga near St Petersburg": where it lies, not a second place
        return True
    if place.place.type in FACILITY_TYPES and qualifier.place.type in ("city", "region") \
            and km(place.place, qualifier.place) <= FACILITY_TOWN_KM:
        # "Simon Bolivar International Airport in Maiquetia", "José Aponte de la Torre Airport in Ceiba":
        # the town or municipality the facility serves
        return bool(_QUALIFIER_GAP.fullmatch(text[place.end:qualifier.start]))
    if qualifier.place.country != place.place.country:
        # a region of the world ("the Sahel", "the Horn of Africa") after a town only says where it is
        return qualifier.place.country == "XX" and _rank(qualifier.place) <= 1 < _rank(place.place) \
            and bool(_QUALIFIER_GAP.fullmatch(text[place.end:qualifier.start]))
    if place.place.id.startswith("adm2-") and qualifier.place.id.startswith("adm1-") \
            and place.place.id[5:].startswith(qualifier.place.id[5:]):
        return True  # "Tawang in Arunachal Pradesh": a district in its state
    region = qualifier.place.type == "region" or qualifier.text.lower().endswith(_REGION_WORDS) \
        or text[qualifier.end:qualifier.end + 12].lower().lstrip().startswith(_REGION_WORDS)  # "Krasnodar Krai"
    wider = qualifier.place.is_country or (region and _rank(place.place) > 1)
    return wider and not place.place.is_country and bool(_QUALIFIER_GAP.fullmatch(text[place.end:qualifier.start]))


def _owner(text: str, facility: Mention, country: Mention) -> bool:
    """Whether a country right after a facility names who runs it: "Hmeimim, Russia's air base"."""
    apostrophe = text.find("'", country.start, country.end)  # the mention may take in "'s air base"
    return bool(re.fullmatch(r",\s+", text[facility.end:country.start])) and \
        bool(_OWNED_FACILITY.match(text, apostrophe if apostrophe >= 0 else country.end))


def _coordinated(text: str, places: list[Mention], k: int) -> bool:
    """ "Syria and Turkey": the second place shares the first one's role; a country word shares
    only another's ("Russian and Iranian drones", not "at Agarak, Azerbaijani media")."""
    if k == 0 or (places[k].kind == "adjective" and places[k - 1].kind != "adjective"):
        return False
    if _SUBJECT_OF_VERB.match(text, places[k].end):
        return False  # "to Damascus International Airport, and Israel has struck the airport": a new clause
    gap = text[places[k - 1].end:places[k].start].strip().lower()
    return gap in (",", "and", "or", ", and", "as well as", "and the", ", and the", "or the")


def _rank(place: Place) -> int:
    """How finely a place pins a point: country 0, region, coast or sea 1, city 2, facility 3."""
    if place.is_country:
        return 0
    if place.type in ("region", "coast", "sea"):
        return 1
    return 3 if place.type in FACILITY_TYPES else 2


def _finest(places: list[Place]) -> list[Place]:
    """ "to the RSF in Darfur": a country or region is dropped for a finer place within it, and
    "Vnukovo airport outside Moscow" is the airport."""
    return [p for p in places
            if not (_rank(p) <= 1 and any(q.country == p.country and _rank(q) > _rank(p) for q in places))
            and not any(q.parent == p.id for q in places)]


def _without_coarser(legs: list[Leg]) -> list[Leg]:
    """ "received a batch of Israeli drones, which arrived at Baku airport", "transferred to the
    training centre being set up at Fetesti": one movement, told once to the country or town and
    once to the airport or base, is kept as the finer leg."""
    def refines(fine: Place, coarse: Place) -> bool:
        return fine.id == coarse.id or (fine.country == coarse.country and _rank(coarse) <= 1 < _rank(fine)) \
            or _rank(coarse) == 2 and _rank(fine) == 3 and km(fine, coarse) < SAME_PLACE_KM  # the base at a town

    return [leg for leg in legs if not any(
        other is not leg and other.status == leg.status and refines(other.origin, leg.origin)
        # "arrived by sea from Russia, while simulators were flown from Russia to Hindon": two ways, two legs
        and (other.mode == leg.mode or "unknown" in (other.mode, leg.mode))
        and refines(other.destination, leg.destination)
        and (other.origin.id, other.destination.id) != (leg.origin.id, leg.destination.id) for other in legs)]


def _without_summaries(legs: list[Leg], document: Document) -> list[Leg]:
    """A leg the text also tells as a chain, leg by leg, is the chain's summary, not a journey of
    its own: country to country just before the chain ("Armenia has taken delivery of Indian-made
    howitzers. The guns were shipped from Nhava Sheva to Bandar Abbas ... and driven into
    Armenia"), or through the chain's own stop ("fighters had left Syria for Baku by way of
    Gaziantep" after "bussed to Gaziantep ... flown from Gaziantep to Baku"). Planned and
    denied movements summarise only their own kind."""
    starts = [s.start for s in document.sentences]

    def told_in(leg: Leg) -> int:
        return bisect_right(starts, leg.citations[0].start)

    def headline(leg: Leg) -> bool:
        """Told in the first line, when that line is a heading: no full stop ends it."""
        first = document.sentences[0] if document.sentences else None
        return first is not None and first.start <= leg.citations[0].start < first.end \
            and not document.text[first.start:first.end].rstrip().endswith((".", "!", "?", '"', "”"))

    def kind(leg: Leg) -> str:
        return "happened" if leg.status in ("reported", "alleged") else leg.status

    def chained(leg: Leg, first: Leg, then: Leg) -> bool:
        return first.origin.country == leg.origin.country != first.destination.country == then.origin.country \
            != leg.destination.country == then.destination.country

    def summarises(leg: Leg) -> bool:
        others = [other for other in legs if other is not leg and kind(other) == kind(leg)]
        if headline(leg) and _rank(leg.origin) <= 1 and _rank(leg.destination) <= 1 and any(
                o.origin.country == leg.origin.country and o.destination.country == leg.destination.country
                and _rank(o.origin) + _rank(o.destination) > _rank(leg.origin) + _rank(leg.destination) for o in others):
            # "How Iranian drones reach Russia" over a story of voyages from Amirabad to Makhachkala;
            # "Belarus sends ammunition trains to Russia's Bryansk region" over the trains to Klintsy
            return True
        if leg.via:
            near = [o for o in others if abs(told_in(o) - told_in(leg)) <= SUMMARY_SENTENCES]
            return any(chained(leg, first, then) and any(km(first.destination, stop) <= SAME_PLACE_KM for stop in leg.via)
                       for first in near for then in near)
        after = [o for o in others if 0 <= told_in(o) - told_in(leg) <= LEAD_SENTENCES]
        # "Russia began deploying peacekeepers to Nagorno-Karabakh": a region is as coarse as a country
        return leg.origin.is_country and (leg.destination.is_country or leg.destination.type == "region") and any(
            chained(leg, first, then) and (leg.destination.is_country or km(leg.destination, then.destination) <= REGION_KM)
            for first in after for then in after)

    def covers(coarse: Place, fine: Place) -> bool:
        return fine.country == coarse.country if coarse.is_country else km(coarse, fine) <= SAME_PLACE_KM

    def retold(leg: Leg) -> bool:
        """ "Russian cargo planes have landed in Bamako. The Il-76s departed from Hmeimim ...
        before continuing to Bamako", "a convoy left the capital heading for Chad. The convoy
        set off from the base at Niamey's airport for N'Djamena": the next sentence names the
        ends the lead gave only a country for (an operator's country, for where it set out). A
        lead that says no mode ("A second flow comes from Colombia, where the FARC dissidents sell
        rifles to Ecuadorian gangs") is retold only by a leg between the same two countries."""
        def same_ends(other: Leg) -> bool:
            if leg.mode == "unknown":
                return covers(leg.origin, other.origin) and covers(leg.destination, other.destination)
            return other.mode == leg.mode and (leg.origin.is_country or covers(leg.origin, other.origin)) \
                and covers(leg.destination, other.destination)

        return (leg.origin.is_country or leg.destination.is_country) and any(
            other is not leg and not other.origin.is_country
            and (leg.destination.is_country or not other.destination.is_country)
            and kind(other) == kind(leg) and 0 <= told_in(other) - told_in(leg) <= 1 and same_ends(other)
            and km(other.origin, leg.destination) > SAME_PLACE_KM
            for other in legs)

    return [leg for leg in legs if not summarises(leg) and not retold(leg)]


def _nearest(hits: list[Hit], frame: _Frame) -> Hit | None:
    """The hit nearest the frame's movement word, preferring one inside the frame."""
    inside = [h for h in hits if frame.start <= h.start < frame.end]
    return min(inside or hits, key=lambda h: abs(h.start - frame.trigger.start), default=None)


def _bearing_length(text: str, start: int, end: int) -> int:
    """How much of the text before a place only says how far from it ("a landing site approximately
    5 km east of Qandala"): those words do not part the place from the movement."""
    found = _BEARING_OF.search(text, start, end)
    return end - found.start() if found else 0


def _object_length(text: str, start: int, end: int, cargo: list[Hit]) -> int:
    """How much of the text between a movement word and a place is the cargo it moved
    ("unloaded some 40 armoured vehicles, among them VN22 and ZFB-05 models, at the port of
    Lome"): the object and the list of what it included do not part the place from the
    movement, when the place's own preposition follows them."""
    cursor, length = start, 0
    for hit in (h for h in cargo if start <= h.start and h.end <= end):
        if hit.start < cursor:
            continue
        if hit.start - cursor > 25 or _PREPOSITION.search(text, cursor, hit.start):
            break
        length, cursor = length + hit.end - hit.start, hit.end
        if (listed := _INCLUDING_ASIDE.match(text, cursor, end)) is not None:
            length, cursor = length + listed.end() - listed.start(), listed.end()
    rest = text[cursor:end]
    return length if "," not in rest and _PREPOSITION.match(rest.lstrip()) else 0


def _designator(vehicle: Hit | None) -> str:
    """The type a vehicle word names, without its variant ("C-130E" and "C-130s" are "C-130")."""
    found = _DESIGNATOR.fullmatch(vehicle.text) if vehicle is not None else None
    return f"{found.group(1).upper()}-{found.group(2)}" if found else ""


def _verb_form(text: str, span: Span, vehicle: Hit, cargo: list[Hit]) -> bool:
    """ "helicopters were used to ferry troops", "plans to ship ammunition": a vehicle word used as
    the verb says nothing of the vehicle (helicopters ferry troops, and aircraft ship them)."""
    if " " in vehicle.text or not vehicle.text.islower():
        return False
    before = text[span.start:vehicle.start].split()[-1:]  # "to ferry", not "transferred to trucks"
    return bool(before) and before[0].lower() in _VERB_OPENERS and not vehicle.text.endswith("s") or \
        bool(_OBJECT_AFTER.match(text, vehicle.end)) or any(h.start == vehicle.end + 1 for h in cargo)


def _listed_after(text: str, hit: Hit, nouns: list[Hit]) -> bool:
    """ "armoured vehicles and trucks": a word listed after a cargo or vehicle noun is one more of them."""
    return any(re.fullmatch(r",?\s+(?:and|or)\s+", text[n.end:hit.start]) for n in nouns if n.end <= hit.start)


def _within(hit: Hit | Mention, spans: Iterable[Hit]) -> bool:
    return any(s.start <= hit.start and hit.end <= s.end for s in spans)


def _places(roles: Iterable[_Role]) -> list[Place]:
    out: list[Place] = []
    for r in roles:
        if r.mention.place not in out:
            out.append(r.mention.place)
    return out


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


def _after_word(text: str, mention: Mention, word: str) -> bool:
    return text[max(0, mention.start - len(word) - 12):mention.start].lower().split()[-1:] == [word]


def _prose(text: str, span: Span) -> Span:
    """A sentence without the wire dateline it may open with."""
    m = _DATELINE.match(text, span.start, span.end)
    return Span(m.end(), span.end) if m else span


def _year_hints(document: Document) -> dict[int, int]:
    """Explicit years in the text by offset: the nearest dates a bare 'May 20'."""
    return {m.start(): int(m.group()) for m in dates.YEAR.finditer(document.text)}


def _nearest_year(hints: dict[int, int], offset: int) -> int | None:
    if not hints:
        return None
    nearest = min(hints, key=lambda at: abs(at - offset))
    return hints[nearest]
