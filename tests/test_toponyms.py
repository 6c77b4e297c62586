"""Place recognition and resolution on real sentences: the seeds, and the traps of news prose."""

from __future__ import annotations

from pathlib import Path

import pytest

from routes import documents
from routes.model import Document, Mention, Span
from routes.pipeline import Reader

from conftest import SEEDS


def doc(text: str, doc_id: str = "t") -> Document:
    """A document whose sentences are its lines, as documents.py would split prose."""
    spans, start = [], 0
    for line in text.split("\n"):
        spans.extend(documents.split_sentences(text, start, start + len(line)))
        start += len(line) + 1
    return Document(doc_id, doc_id, text.split("\n")[0], None, None, None, text, "", tuple(spans))


def found(reader: Reader, text: str) -> dict[str, Mention]:
    return {m.text: m for m in reader.recogniser.mentions(doc(text))}


@pytest.fixture(scope="module")
def seed_mentions(reader: Reader) -> dict[str, tuple[Document, list[Mention]]]:
    out = {}
    for path in sorted(SEEDS.glob("*.txt")):
        for document in documents.load(path, reader.is_place):
            out[path.stem] = (document, reader.recogniser.mentions(document))
    return out


def test_tripoli_is_libyan_in_every_seed(seed_mentions):
    tripolis = [m for _, mentions in seed_mentions.values() for m in mentions if "Tripoli" in m.text]
    assert len({m.doc_id for m in tripolis}) >= 4
    assert all(m.place.country == "LY" for m in tripolis), [(m.doc_id, m.place.id) for m in tripolis]


def test_misrata_airport_is_not_the_city(seed_mentions):
    _, mentions = seed_mentions["001_f7a587afc17cc427"]
    airport = next(m for m in mentions if m.text == "Misrata airport")
    city = next(m for m in mentions if m.text == "Misrata")
    assert airport.place.type == "airport" and airport.place.parent == city.place.id == "ly-misrata"


@pytest.mark.parametrize("seed, text, place_id", [
    ("001_f7a587afc17cc427", "Samsun", "tr-samsun"),
    ("003_1f0b582e6eaf7b57", "port of Samsun", "tr-samsun-port"),
    ("003_1f0b582e6eaf7b57", "Idlib", "sy-idlib"),
    ("003_1f0b582e6eaf7b57", "Jabal al Zawiya", "sy-jabal-al-zawiya"),
    ("003_1f0b582e6eaf7b57", "Kfar Nabouda", "sy-kafr-nabudah"),
    ("000_3721ac6cdbd9f31d", "Ankara", "tr-ankara"),
])
def test_seed_places_resolve(seed_mentions, seed, text, place_id):
    _, mentions = seed_mentions[seed]
    assert {m.place.id for m in mentions if m.text == text} == {place_id}


def test_northern_hama_is_the_syrian_area(seed_mentions):
    _, mentions = seed_mentions["003_1f0b582e6eaf7b57"]
    hama = next(m for m in mentions if m.text == "northern Hama")
    assert hama.place.country == "SY" and hama.place.type == "region"


def test_nothing_from_page_furniture(seed_mentions, reader):
    furniture_names = 0
    for document, mentions in seed_mentions.values():
        inside = [False] * len(document.text)
        for s in document.sentences:
            inside[s.start:s.end] = [True] * (s.end - s.start)
        assert all(all(inside[m.start:m.end]) for m in mentions), document.id
        outside = "".join(ch if not flag else " " for ch, flag in zip(document.text, inside))
        furniture_names += sum(1 for word in outside.split() if word[:1].isupper() and reader.gazetteer.lookup(word))
    assert furniture_names, "the seeds' furniture names places, so this test means something"


def test_every_mention_says_why(seed_mentions):
    for _, mentions in seed_mentions.values():
        assert all(m.reason for m in mentions)
        assert all(0 < m.score <= 1 for m in mentions)


def test_hamas_is_not_hama(reader):
    mentions = found(reader, "Israel and Hamas agreed a truce after fighting near Hama.")
    assert "Hamas" not in mentions
    assert mentions["Hama"].place.country == "SY"


def test_a_ship_named_once_after_a_vessel_word_keeps_its_name(reader):
    mentions = found(reader, "We have been watching the Saudi-flagged ro-ro cargo ship Bahri Jazan since April. "
                             "Bahri Jazan docked at Jeddah Islamic Port on 29 May.")
    assert "Bahri" not in mentions and "Jazan" not in mentions
    assert mentions["Jeddah Islamic Port"].place.country == "SA"


@pytest.mark.parametrize("text, ship, place, country", [
    ("The ship Amazon sailed from Samsun to Tripoli in May.", "Amazon", "Tripoli", "LY"),
    # a numbered name is a ship's; "I" after a place is no numeral
    ("The equipment came on the Sparta IV from Novorossiysk. In Moscow I heard of it.", "Sparta", "Moscow", "RU"),
    # "-3" after a name, or an appositive calling it a ship, makes it the vessel's
    ("The cargo ship Port Olya-3 left Amirabad for Russia.", "Port Olya", "Amirabad", "IR"),
    ("The Kama, a Russian-flagged cargo ship, left Amirabad in March.", "Kama", "Amirabad", "IR"),
])
def test_a_ship_name_is_no_place(reader, text, ship, place, country):
    mentions = found(reader, text)
    assert ship not in mentions
    assert mentions[place].place.country == country


def test_all_caps_headline(reader):
    mentions = found(reader, "TURKISH CARGO SHIP DOCKS IN MISRATA WITH ARMS FOR TRIPOLI")
    assert mentions["MISRATA"].place.id == "ly-misrata"
    assert mentions["TRIPOLI"].place.country == "LY"
    assert mentions["TURKISH"].kind == "adjective" and mentions["TURKISH"].place.id == "tr"


def test_possessive_and_adjective_forms(reader):
    mentions = found(reader, "Arms went from Lebanon's Tripoli to the Libyan capital, then to the port of Samsun.")
    assert mentions["Tripoli"].place.country == "LB" and "Lebanon's" in mentions["Tripoli"].reason
    assert mentions["Libyan capital"].place.id == "ly-tripoli"
    assert mentions["port of Samsun"].place.type == "port"


def test_a_name_may_hold_an_apostrophe(reader):
    mentions = found(reader, "The Democratic People's Republic of Korea sent shells to the Russian Federation.")
    assert mentions["Democratic People's Republic of Korea"].place.id == "kp"
    assert "Republic of Korea" not in mentions


def test_common_words_are_places_only_in_a_geographic_frame(reader):
    assert not {"Reading", "Man", "More"} & found(reader, "Reading the report. Man held. More arms came.").keys()
    assert found(reader, "The convoy stopped in Reading overnight.")["Reading"].place.country == "GB"


def test_a_person_is_not_the_town_of_their_surname(reader):
    mentions = found(reader, "Sheriff Greg Taylor said the case is open. Taylor said more would follow from Tyler.")
    assert "Taylor" not in mentions
    assert "Tyler" in mentions


def test_city_and_state_name_each_other(reader):
    mentions = found(reader, "Two men from Paris, Ky., were arrested in Lexington on Monday.")
    assert mentions["Paris"].place.country == "US"
    assert mentions["Ky"].place.id == "us-kentucky"
    assert mentions["Lexington"].place.country == "US"


def test_context_picks_between_namesakes(reader):
    mentions = found(reader, "Troops moved from Beirut and Sidon to Tripoli, in northern Lebanon.")
    assert mentions["Tripoli"].place.country == "LB"
    assert "LB" in mentions["Tripoli"].reason


def test_a_quarter_of_a_country_named_as_one_is_that_region(reader):
    mentions = found(reader, "Troops moved from Erbil into north-east Syria, while fighting went on in eastern Libya.")
    assert mentions["north-east Syria"].place.id == "sy-northeast"
    assert mentions["eastern Libya"].place.id == "ly"  # a bearing alone still leaves the country


def test_a_shrine_named_after_an_imam_is_no_town_of_his_name(reader):
    mentions = found(reader, "Trucks unload crates inside the Imam Ali compound on the edge of Albu Kamal. Other "
                             "flights landed at Imam Khomeini International Airport.")
    assert "Ali" not in mentions and "Imam Ali" not in mentions
    assert mentions["Imam Khomeini International Airport"].place.country == "IR"


def test_okinawa_is_the_island_of_the_bases(reader):
    okinawa = found(reader, "Amphibious ships sailed from Okinawa for Subic Bay.")["Okinawa"].place
    assert okinawa.country == "JP" and 26.0 < okinawa.lat < 27.0 and 127.5 < okinawa.lon < 128.5


def test_continents_and_their_adjectives(reader):
    mentions = found(reader, "European officials said the shipments reached North Africa and the Middle East.")
    assert mentions["European"].place.id == "xx-europe" and mentions["European"].kind == "adjective"
    assert mentions["North Africa"].place.id == "xx-north-africa"
    assert mentions["Middle East"].place.id == "xx-middle-east"


def test_unknown_names_in_a_geographic_frame(reader):
    names = reader.recogniser.unknown_names(doc("The convoy left from Kelleyland Junction for Misrata."))
    assert names == ["Kelleyland Junction"]


def test_mention_offsets_slice_the_text(seed_mentions):
    for document, mentions in seed_mentions.values():
        assert all(document.text[m.start:m.end] == m.text for m in mentions)


def test_sentence_spans_of_test_documents():
    d = doc("One line here.\nSecond line there.")
    assert [d.text[s.start:s.end] for s in d.sentences] == ["One line here.", "Second line there."]
    assert isinstance(d.sentences[0], Span) and Path(d.path).name == "t"


def test_hyphenated_and_particle_names(reader):
    text = ("Fighters moved from Deir ez-Zor to Maarat al-Numan and Jisr al-Shughur, then to al-Tanf.\n"
            "Al-Bab fell, trucks crossed at Bab al-Hawa, and a London-based group said so.")
    places = {m.text: m.place.id for m in reader.recogniser.mentions(doc(text))}
    for name in ("Deir ez-Zor", "Maarat al-Numan", "Jisr al-Shughur", "al-Tanf", "Al-Bab", "Bab al-Hawa"):
        assert places.get(name, "").startswith("sy-"), (name, places)
    assert "London" in places


def test_compass_words_and_adjectives_before_regions(reader):
    places = found(reader, "Fighting spread in South Darfur.\nPirates roam the Somali coast.")
    assert "South" not in places and places["South Darfur"].place.country == "SD"
    assert places["Somali"].place.country == "SO"


def test_given_name_and_surname_are_a_person(reader):
    places = found(reader, "Azerbaijan's president thanked Moscow in a phone call with Vladimir Putin.\n"
                           "The film was made by Tyler Perry in Atlanta.")
    assert "Vladimir" not in places and "Tyler" not in places
    assert "Moscow" in places and "Atlanta" in places


def test_institutions_still_name_their_place(reader):
    places = found(reader, "A fashion show by The Allendale Woman's Club raised money.\n"
                           "The Beverly Hills Police Department said the child was hurt.")
    assert "Allendale" in places and "Beverly Hills" in places


def test_state_abbreviation_after_a_city(reader):
    places = found(reader, "SPRINGFIELD, Ill. (AP) - Officials say the tests came back.\nHe lives in Dayton, OH now.")
    assert places["SPRINGFIELD"].place.country == "US" and abs(places["SPRINGFIELD"].place.lon + 89.6) < 0.5
    assert places["Ill"].place.id == "us-illinois" and places["OH"].place.id == "us-ohio"



def test_a_state_abbreviation_that_begins_other_names_needs_a_place_before_it(reader):
    places = found(reader, "Soldiers with Rwandan insignia deployed towards the airport and the Mont Goma area.")
    assert "Mont" not in places or places["Mont"].place.country != "US"
    assert found(reader, "Officials in Billings, Mont., said the base was closed.")["Mont"].place.id == "us-montana"


def test_a_capital_before_its_namesakes(reader):
    assert found(reader, "Officials in Washington said so.")["Washington"].place.country == "US"
    assert abs(found(reader, "Officials in Washington said so.")["Washington"].place.lat - 38.9) < 0.5


def test_a_curated_sea_before_an_area_of_its_name(reader):
    text = "Houthi forces fired on a ship in the Red Sea off Egypt's coast."
    assert found(reader, text)["Red Sea"].place.id == "xx-red-sea"


def test_the_european_union_is_a_place(reader):
    places = found(reader, "The EU extended its arms embargo, and the European Union patrols the coast of Libya.")
    assert places["EU"].place.id == "xx-european-union"
    assert places["European Union"].place.id == "xx-european-union"


def test_a_large_city_named_by_an_english_word(reader):
    # "boston" is a card game in Webster's; a city of this size is meant by the capitalised name
    places = found(reader, "David Unsworth is a Boston native, and the Saskatoon police arrested him.")
    assert places["Boston"].place.country == "US"
    assert places["Saskatoon"].place.country == "CA"
    # a smaller town named by an English word still needs a geographic frame
    assert "Bath" not in found(reader, "He sold Bath salts.")
    # and a given name is no city, however large a city bears it
    assert "Mary" not in found(reader, "Queen Mary said so, and Mary agreed.")


def test_document_tokens_match_each_sentence_alone():
    from routes.toponyms import _Words
    text = ("Libya's coast-guard met al-Tanf's envoys near Deir ez-Zor.\n"
            "U.S. officials said the Jones' farm, rock'n'roll and Misrata's port were \"safe\".")
    document = doc(text)
    for sentence, words in _Words.of_document(text, document.sentences):
        alone = _Words(text, sentence.start, sentence.end)
        for field in ("starts", "ends", "texts", "keys", "possessive", "upper", "capitals", "size", "headline"):
            assert getattr(words, field) == getattr(alone, field), field


def test_a_name_listed_with_countries_is_the_country(reader):
    # Niger is also a Nigerian state, and Abuja pulls towards Nigeria
    places = found(reader, "ECOWAS met in Abuja. Mali, Burkina Faso and Niger left the bloc.")
    assert places["Niger"].place.id == "ne"


def test_a_facility_named_after_its_town_still_names_the_town(reader):
    places = found(reader, "A Y-9 flew from Nanning Wuxu International Airport to Naypyitaw.")
    assert places["Nanning"].place.country == "CN"
    # a curated airport is found by its whole name
    places = found(reader, "A Y-8 flew from Kunming Changshui International Airport to Naypyitaw.")
    assert places["Kunming Changshui International Airport"].place.id == "cn-kunming-airport"


def test_a_region_across_countries_before_a_province_of_its_name(reader):
    places = found(reader, "Burkina Faso, Mali and Niger are the three Sahel juntas; flights reach the Sahel weekly.")
    assert places["Sahel"].place.id == "xx-sahel"


def test_a_bearing_on_a_sea_is_the_sea(reader):
    mentions = found(reader, "The ship reappeared on 14 September in the southern Red Sea, heading north.")
    assert mentions["southern Red Sea"].place.id == "xx-red-sea"


def test_the_port_of_a_town_read_before_is_in_the_same_country(reader):
    mentions = found(reader, "The Panel of Experts on Libya identified the transfer of materiel to Tripoli aboard the "
                             "Lebanese-flagged vessel Bana. It berthed at the port of Tripoli on 28 January.")
    assert mentions["Tripoli"].place.country == "LY"
    assert mentions["port of Tripoli"].place.id == "ly-tripoli-port"


@pytest.mark.parametrize("text, name, place_id", [
    ("The fighters were sent to the frontlines in Ain Zara and Salahuddin.", "Ain Zara", "ly-ain-zara"),
    ("Shelling hit Abu Salim overnight.", "Abu Salim", "ly-abu-salim"),
    ("The tanker loaded jet fuel at the Vadinar terminal in Gujarat.", "Vadinar", "in-vadinar-terminal"),
])
def test_curated_towns_districts_and_terminals(reader, text, name, place_id):
    assert found(reader, text)[name].place.id == place_id


def test_a_title_case_headline_names_no_person(reader):
    mentions = found(reader, "Flight Logs and Licences Trace Serbian Shells From Niš to Israel and the Gulf\n"
                             "Seven flights took off from Niš and landed at Nevatim air base.")
    assert [m.place.id for m in mentions.values() if m.text == "Niš"] == ["geonames-787657"]


def test_a_works_named_like_a_town_is_no_place(reader):
    mentions = found(reader, "Rockets made at the Sloboda plant in Čačak were trucked north.")
    assert "Sloboda" not in mentions and mentions["Čačak"].place.country == "RS"


def test_the_north_is_north_korea_once_the_story_named_it(reader):
    mentions = reader.recogniser.mentions(doc("North Korea has sent troops to Russia. The agency said the North had "
                                              "also sent shells, and the South is watching the North Atlantic."))
    assert [(m.text, m.place.id) for m in mentions if m.text in ("North", "South")] == [("North", "kp")]


def test_the_country_word_before_town_of_chooses_between_namesakes(reader):
    mentions = reader.recogniser.mentions(doc("Tunnels ran from the Egyptian town of Rafah into the Gazan city of "
                                              "Rafah."))
    assert [m.place.id for m in mentions if m.text == "Rafah"] == ["eg-rafah", "ps-rafah"]


@pytest.mark.parametrize("text, name, country", [
    ("Troops were ordered to withdraw from eastern Congo.", "eastern Congo", "CD"),
    ("Helicopters flew out of Lučko bound for Ukraine.", "Lučko", "HR"),
    ("K9 howitzers were shipped from Masan to Gdynia.", "Masan", "KR"),
])
def test_wire_names_for_places_and_countries(reader, text, name, country):
    place = found(reader, text)[name].place
    assert place.country == country
    if name == "Masan":
        assert place.lon > 128  # Masan on the south coast, not a point near Gwangju


def test_a_country_is_meant_by_its_own_name_among_towns_of_another(reader):
    mentions = found(reader, "Straw buyers purchase pistols in Miami, Fort Lauderdale and Orlando, investigators say.\n"
                             "Containers leave the Port of Miami and Port Everglades in Florida for Texas and Georgia.\n"
                             "Pistols are smuggled from Haiti to Jamaica aboard fishing boats.")
    assert mentions["Jamaica"].place.id == "jm"  # not the town in New York, for all the American places


def test_a_base_named_by_its_ordinal_is_the_base_not_the_town_beside_it(reader):
    mentions = found(reader, "The jets landed today at the 86th Air Base near Fetești, Romania, where the centre is.")
    assert mentions["86th Air Base"].place.id == "ro-fetesti-airbase"
