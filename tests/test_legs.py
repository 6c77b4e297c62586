"""Leg extraction, rule by rule, on sentences written like wire stories and panel reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from routes import network
from routes.model import Leg, km
from routes.pipeline import Reader


@pytest.fixture
def legs_of(reader: Reader, tmp_path: Path):
    """The legs extracted from a text published on a given day, as a build reads them."""
    def read(text: str, published: str | None = "2024-01-22") -> list[Leg]:
        path = tmp_path / "doc.jsonl"
        path.write_text(json.dumps({"id": "d", "title": "t", "text": text, "published": published}) + "\n",
                        encoding="utf-8")
        return reader.read([path], strict=True).legs
    return read


def ends(legs: list[Leg]) -> set[tuple[str, str]]:
    return {(leg.origin.id, leg.destination.id) for leg in legs}


def only(legs: list[Leg]) -> Leg:
    assert len(legs) == 1, [(leg.origin.id, leg.destination.id) for leg in legs]
    return legs[0]


# -- movement words and cues ---------------------------------------------------------------------

@pytest.mark.parametrize("text, origin, destination", [
    ("Il-76 cargo aircraft flew ammunition from Abu Dhabi to Amdjarass.", "ae-abu-dhabi", "td-amdjarass"),
    ("Russia has been airlifting tanks to the Hmeimim air base.", "ru", "sy-hmeimim-airbase"),
    ("A convoy of trucks carrying fuel left Kufra and crossed into Sudan.", "ly-kufra", "sd"),
    ("The Togo-flagged ship Almaha docked at Hodeidah after sailing from Bandar Abbas with fuel.",
     "ir-bandar-abbas", "ye-hodeidah"),
    ("Weapons smuggled out of Yemen were unloaded at Berbera.", "ye", "so-berbera"),
    ("A dhow that had sailed from Iran carrying rifles bound for the Houthis was seized.", "ir", "ye"),
    ("The Houthis received drones destined for Saada from Iran.", "ir", "ye-saada"),
    ("Turkey supplied Azerbaijan with Bayraktar TB2 drones.", "tr", "az"),
    ("A Turkish military convoy entered Idlib through the Bab al-Hawa crossing.", "tr", "sy-idlib"),
    ("The last French troops left Gao for Niamey.", "ml-gao", "ne-niamey"),
    ("Emirati forces withdrew troops from their base at Assab in Eritrea to the United Arab Emirates.",
     "er-assab", "ae"),
])
def test_origin_and_destination_cues(legs_of, text, origin, destination):
    assert (origin, destination) in {(leg.origin.id.removesuffix("-port").removesuffix("-airport"),
                                      leg.destination.id.removesuffix("-port").removesuffix("-airport"))
                                     for leg in legs_of(text)}


def test_via_cues(legs_of):
    leg = only(legs_of("Fighters were flown from Gaziantep to Azerbaijan via Istanbul."))
    assert [p.parent or p.id for p in leg.via] == ["tr-istanbul"]
    leg = only(legs_of("Iran shipped drones to Russia across the Caspian Sea, unloading them at Makhachkala."))
    assert leg.destination.id.startswith("ru-makhachkala") and "xx-caspian-sea" in [p.id for p in leg.via]


@pytest.mark.parametrize("text, via", [
    ("Cargo flights carrying ammunition originated in Abu Dhabi and made refuelling stops at Entebbe, Uganda, "
     "before continuing to Amdjarass.", "Entebbe"),
    ("The Il-76 carrying ammunition took off from Abu Dhabi and made a technical stop at Sidi Barrani before "
     "landing at Amdjarass.", "Sidi Barrani"),
])
def test_a_refuelling_or_technical_stop_is_a_via(legs_of, text, via):
    leg = only(legs_of(text))
    assert (leg.origin.id, leg.destination.id, leg.mode) == ("ae-abu-dhabi-airport", "td-amdjarass-airport", "air")
    assert [p.name.split()[0] for p in leg.via] == [via.split()[0]]


def test_a_later_arrival_word_ends_the_same_movement(legs_of):
    leg = only(legs_of("Weapons trafficked from Libya crossed into Niger before reaching Agadez."))
    assert (leg.origin.id, leg.destination.id) == ("ly", "ne-agadez")


def test_receiving_then_sending_chains_two_legs(legs_of):
    legs = legs_of("Turkey acquired the Iranian Misagh-2 system before it was smuggled to the GNA.")
    assert ends(legs) == {("ir", "tr"), ("tr", "ly")}


def test_a_place_that_only_says_where_another_is_plays_no_role(legs_of):
    leg = only(legs_of("The Syrian-flagged vessel Laodicea loaded grain in Berdyansk and docked at Tripoli in "
                       "Lebanon, according to the Ukrainian embassy."))
    assert leg.destination.country == "LB" and leg.origin.id.startswith("ua-berdiansk")


# -- sentences that refer back ----------------------------------------------------------------------

def test_the_same_aircraft_type_named_again_lands_the_flight_that_took_off(legs_of):
    leg = only(legs_of("On 4 July, a Turkish Air Force C-130E took off from Izmir's Cigli air base in the early "
                       "morning. Its signal was lost shortly after it passed south of Crete. A source at Misrata "
                       "airport, who asked not to be named, told us that a Turkish C-130 landed there roughly two "
                       "hours later and was unloaded on the military side of the field.", "2020-08-01"))
    assert (leg.origin.id, leg.destination.id, leg.mode, leg.status, leg.date) == (
        "tr-cigli-airbase", "ly-misrata-airport", "air", "alleged", "2020-07-04")
    assert "C-130" in leg.carrier


def test_a_designator_takes_its_variant_letters(legs_of):
    leg = only(legs_of("A Turkish C-130E flew ammunition from Kayseri to al-Watiya."))
    assert (leg.origin.country, leg.destination.id, leg.mode) == ("TR", "ly-al-watiya-airbase", "air")
    assert "C-130E" in leg.carrier


def test_a_matching_vessel_seen_in_port_is_the_one_that_went_dark(legs_of):
    leg = only(legs_of(
        "The SAHEL STAR, a general cargo vessel flagged in the Comoros, last transmitted its position off Bandar Abbas "
        "on 17 November 2023 before switching off its AIS transponder for nine days. Satellite imagery captured on "
        "26 November shows a vessel of matching length, hull colour and crane configuration berthed at the southern "
        "port of Port Sudan. Two port workers said that containers with weapons were unloaded from the ship at night.",
        "2024-03-01"))
    assert (leg.origin.id, leg.destination.id.removesuffix("-port"), leg.mode, leg.date) == (
        "ir-bandar-abbas-port", "sd-port-sudan", "sea", "2023-11-26")


def test_a_place_with_a_where_clause_is_where_the_clause_unloads(legs_of):
    leg = only(legs_of("Israel struck Damascus International Airport, where Iranian cargo aircraft have long been "
                       "suspected of unloading weapons destined for allied militias."))
    assert (leg.origin.id, leg.destination.id, leg.mode, leg.status) == ("ir", "sy-damascus-airport", "air", "alleged")


def test_the_dhow_that_offloaded_near_a_town_had_loaded_where_a_later_sentence_says(legs_of):
    leg = only(legs_of(
        "On 27 February 2024, a wooden dhow offloaded its cargo of rifles at an informal landing site approximately "
        "5 km east of Qandala, Bari region. Vehicles waiting at the beach removed part of the consignment before "
        "police arrived and detained the vessel and its crew. On the basis of interviews with the crew, the Panel "
        "established that the dhow had been loaded at Chabahar, on the Makran coast of Iran, and had departed that "
        "port on 19 February 2024.", "2024-09-01"))
    assert (leg.origin.id, leg.destination.id.removesuffix("-port"), leg.mode) == ("ir-chabahar-port", "so-qandala", "sea")


def test_she_had_loaded_elsewhere_after_berthing_at_the_port_of_the_section(legs_of):
    leg = only(legs_of(
        "Alexandroupolis.\nThe Greek port has become one of the US military's main gateways to south-eastern "
        "Europe. On 14 January 2025 the roll-on/roll-off vessel Nordic Aster berthed at the port's eastern quay. AIS "
        "data show that she had loaded in early January at Nordenham, on the Weser estuary in Germany, with military "
        "vehicles and ammunition.", "2025-02-10"))
    assert (leg.origin.id, leg.destination.id, leg.mode) == ("de-nordenham-port", "gr-alexandroupolis-port", "sea")


def test_the_vessel_sails_on_from_where_it_loaded(legs_of):
    leg = only(legs_of("Satellite images show the bulk carrier Matros Pozynich loading grain in Sevastopol on "
                       "19 May. The vessel then sailed to Latakia."))
    assert leg.origin.id.startswith("ua-sevastopol") and leg.destination.id.startswith("sy-latakia")
    assert leg.mode == "sea" and "Matros Pozynich" in leg.carrier


def test_from_there_moves_on_from_the_last_place(legs_of):
    leg = only(legs_of("Anti-tank missiles were unloaded at the port of Nishtun. From there the consignment "
                       "was moved overland by truck to Sanaa."))
    assert (leg.origin.id, leg.destination.id, leg.mode) == ("ye-nishtun", "ye-sanaa", "land")
    assert "anti-tank missiles" in leg.cargo


def test_a_later_sentence_refines_the_end_of_the_last_leg(legs_of):
    leg = only(legs_of("The LNA sent planeloads of military supplies from Benghazi to the RSF in April. "
                       "The aircraft landed at an airstrip near Merowe."))
    assert leg.destination.country == "SD" and leg.destination.id.startswith("sd-merowe")
    assert leg.mode == "air" and len(leg.citations) == 2


def test_the_ship_which_came_from_takes_the_cargo_before_it(legs_of):
    leg = only(legs_of("Yemeni coastguards intercepted the vessel Jihan 1 carrying MANPADS, reportedly. "
                       "The ship, which had left Iran, was bound for Saada."))
    assert "MANPADS" in leg.cargo and leg.status == "alleged" and "Jihan 1" in leg.carrier
    assert len(leg.citations) == 2


# -- endpoints, mode, carrier, cargo, actors ----------------------------------------------------------

def test_country_word_on_the_vehicle_is_the_origin_before_where_it_was_made(legs_of):
    assert ends(legs_of("A Russian Il-76 landed at Bamako airport with drones.")) == {("ru", "ml-bamako-airport")}
    assert ends(legs_of("A Russian Il-76 landed at Bamako airport with Chinese-made drones.")) == \
        {("ru", "ml-bamako-airport")}
    # where the goods were made, when nothing else says where they came from
    assert ends(legs_of("Turkish-made Bayraktar TB2 drones arrived by sea in Port Sudan.")) == {("tr", "sd-port-sudan")}


def test_capital_standing_for_its_country(legs_of):
    leg = only(legs_of("Ankara has been smuggling weapons to militias in Libya."))
    assert (leg.origin.id, leg.destination.id) == ("tr", "ly")
    assert leg.confidence == pytest.approx(0.5)  # two whole-country ends


@pytest.mark.parametrize("text, mode", [
    ("Weapons were ferried by skiff from Yemen to Bosaso.", "sea"),
    ("Drone engines were trucked from Oman to Sanaa.", "land"),
    ("An A400M flew troops from Turkey to Misrata.", "air"),
    ("Fighters crossed from the Central African Republic into Sudan.", "land"),
    ("Weapons were shipped from Turkey to the port of Tripoli.", "sea"),
    ("Turkey sent weapons to Libya.", "unknown"),
])
def test_mode_from_vehicles_places_and_verbs(legs_of, text, mode):
    assert only(legs_of(text)).mode == mode


def test_two_modes_in_one_sentence(legs_of):
    legs = legs_of("Rifles were smuggled from Yemen to Berbera by boat and later transported by road to Mogadishu.")
    assert {(leg.origin.country, leg.destination.id.split("-")[1], leg.mode) for leg in legs} == \
        {("YE", "berbera", "sea"), ("SO", "mogadishu", "land")}


def test_carrier_with_flag_type_name_and_operator(legs_of):
    leg = only(legs_of("In December, a Boeing 747 operated by Fars Air Qeshm flew drones from Bandar Abbas to "
                       "Port Sudan."))
    assert leg.carrier == "Boeing 747 (Fars Air Qeshm)"
    leg = only(legs_of("The Russian-flagged cargo ship Sparta IV sailed from Novorossiysk to Tartus with military cargo."))
    assert leg.carrier == "Sparta IV (Russian-flagged cargo ship)"


def test_cargo_names_systems_and_actors_are_recorded(legs_of):
    leg = only(legs_of("From Amdjarass, Kornet missiles and ammunition were trucked to Rapid Support Forces "
                       "positions in Darfur."))
    assert {"Kornet", "ammunition"} <= set(leg.cargo) and "troops" not in leg.cargo
    assert leg.actors == ("Rapid Support Forces",) and leg.destination.id == "sd-darfur"


# -- dates ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, published, date", [
    ("On 12 February 2023, a dhow sailed from Iran to Yemen with rifles.", "2023-03-01", "2023-02-12"),
    ("A Russian Il-76 landed at Bamako airport on Saturday with drones.", "2024-01-22", "2024-01-20"),
    ("A Turkish convoy crossed into Syria overnight with tanks.", "2019-05-25", "2019-05-25"),
    ("Il-76 aircraft flew weapons from Latakia to Bamako in December 2021.", "2022-01-20", "2021-12"),
    ("The vessel sailed from Novorossiysk to Tartus in late March with tanks.", "2022-04-12", "2022-03"),
    ("Trucks carried fuel from Kufra to Sudan last week.", "2024-01-22", "2024-01-15/2024-01-21"),
    ("Trucks carried fuel from Kufra to Sudan on Saturday.", None, None),
    ("Turkey supplied Azerbaijan with drones in 2020.", "2020-10-01", "2020"),
])
def test_dates_absolute_relative_partial_never_invented(legs_of, text, published, date):
    assert only(legs_of(text, published)).date == date


# -- status and what is not a movement ---------------------------------------------------------------

@pytest.mark.parametrize("text, status", [
    ("Iran shipped drones to Russia, according to Ukrainian intelligence.", "alleged"),
    ("Egypt reportedly delivered drones to Sudan.", "alleged"),
    ("Germany will deliver air defence systems to Ukraine.", "planned"),
    ("Russia is ready to deploy instructors to Niger.", "planned"),
    ("The Sudanese army has asked Iran to provide drones.", "planned"),
    ("Washington has agreed to send Patriot batteries to Saudi Arabia.", "planned"),
    ("India promised to supply rocket launchers to Armenia.", "planned"),
    ("Tehran has denied shipping weapons to the Houthis.", "denied"),
    ("Il-76 aircraft flew ammunition from Abu Dhabi to Amdjarass, according to flight-tracking data.", "reported"),
    ("A Russian ship took artillery shells from Tartus to Tobruk, according to two maritime security sources.",
     "alleged"),
    ("We assess, with moderate confidence, that the cargo was trucked from Tobruk to Benghazi with rockets.",
     "alleged"),
    ("A column of armoured vehicles crossed into Chad from Libya after the army requested help.", "reported"),
])
def test_status(legs_of, text, status):
    assert only(legs_of(text)).status == status


def test_asked_and_asking_give_origin_and_destination(legs_of):
    assert ends(legs_of("The Sudanese army has asked Iran to provide drones.")) == {("ir", "sd")}


@pytest.mark.parametrize("text", [
    "A Houthi delegation flew from Sanaa to Muscat for talks on a truce.",
    "President Zelensky flew to Washington for talks on further military aid.",
    "Iran's defence minister visited Beirut last week to discuss weapons supplies.",
    "Niger's defence minister travelled to Moscow to discuss the purchase of helicopters.",
    "A UN aid convoy of trucks carrying food and medicine crossed into Syria through Bab al-Hawa.",
    "The Houthis fired anti-ship missiles at vessels in the Red Sea.",
    "Refugees crossed from Sudan into Chad through Adre.",
])
def test_visits_talks_aid_and_attacks_are_not_legs(legs_of, text):
    assert not legs_of(text)


# -- wire copy: datelines, interdictions, traffic ---------------------------------------------------

def test_a_wire_dateline_is_where_the_story_was_filed_not_an_end(legs_of):
    leg = only(legs_of("DJIBOUTI (Reuters) - Emirati transport aircraft flew armoured vehicles to Bosaso "
                       "airport on Sunday, officials said."))
    assert leg.origin.id == "ae" and leg.destination.id == "so-bosaso-airport"
    assert leg.citations[0].quote.startswith("Emirati")


def test_who_intercepted_a_shipment_did_not_send_it(legs_of):
    legs = legs_of("A French frigate boarded a stateless skiff carrying rifles bound for Somalia. "
                   "The skiff had sailed from the Yemeni port of Nishtun two days earlier.")
    leg = only(legs)
    assert leg.origin.id.startswith("ye-nishtun") and leg.destination.id == "so" and leg.mode == "sea"


def test_ships_in_general_are_trade_not_a_movement(legs_of):
    assert legs_of("Vessels loaded at Constanta sail mostly to Egypt and Israel.") == []
    assert legs_of("Most tankers leaving Novorossiysk head to India, traders said.") == []


def test_shipping_as_a_trade_word_is_not_a_movement(legs_of):
    assert legs_of("The destroyer escorted a tanker, and shipping insurers raised premiums for the Black Sea.") == []


@pytest.mark.parametrize("text, published, date", [
    # a date in a clause about something else dates that
    ("In June 2024, convoys travelled from Kufra to Mellit, a town the RSF captured in April 2024, with "
     "ammunition.", "2025-01-15", "2024-06"),
    ("Uganda on Thursday airlifted 1,000 soldiers from Entebbe to Mogadishu in the first rotation since the "
     "mission replaced AMISOM in April.", "2022-06-10", "2022-06-09"),
    ("Cham Wings, a Syrian carrier designated by the Treasury in 2016, operated 33 flights carrying fighters from "
     "Damascus to Benghazi between January and April 2020.", "2021-03-08", "2020-01/2020-04"),
    # the story's own dateline is the day it was filed; "on Monday" counts back from it
    ("QAMISHLI, Syria, June 13, 2017 (AFP) - Dozens of trucks loaded with weapons crossed into Syria from "
     "Iraq on Monday.", "2017-06-13", "2017-06-12"),
    ("Two aircraft carrying weapons flew from Cairo to Mogadishu last Tuesday.", "2024-09-03", "2024-08-27"),
    ("Sailors seized 2,100 rifles in January of last year from a dhow sailing from Iran to Yemen.",
     "2024-02-15", "2023-01"),
])
def test_the_date_is_the_movements_own(legs_of, text, published, date):
    assert only(legs_of(text, published)).date == date


def test_a_movement_without_a_date_of_its_own_keeps_the_paragraphs(reader: Reader, tmp_path: Path):
    """ "On 12 March the dhow left Jask. ... it sailed to Xaafuun": the narrative keeps its day
    until it gives another, within the paragraph, and only once movements are merged."""
    text = ("On 12 March 2017, the dhow Al Nasser left Jask carrying fishing nets. According to its crew, the "
            "dhow sailed directly from Jask to Xaafuun with rifles.\n\n"
            "Separately, a boat took rifles from Mukalla to Bosaso.")
    path = tmp_path / "doc.jsonl"
    path.write_text(json.dumps({"id": "d", "title": "t", "text": text, "published": "2017-11-08"}) + "\n",
                    encoding="utf-8")
    corpus = reader.read([path], strict=True)
    assert {(leg.origin.id, leg.date) for leg in corpus.legs} == {("ir-jask-port", None), ("ye-mukalla-port", None)}
    dated = {leg.origin.id: leg.date for leg in reader.movements(corpus)}
    assert dated == {"ir-jask-port": "2017-03-12", "ye-mukalla-port": None}


def test_a_statement_day_does_not_date_the_movement(legs_of):
    leg = only(legs_of("Iran shipped drones to Russia in August, Ukrainian intelligence said on Monday.",
                       published="2024-01-22"))
    assert leg.date == "2023-08"


# -- endpoints: qualifiers, borders, departures --------------------------------------------------------

@pytest.mark.parametrize("text, origin, destination", [
    ("Fuel trucks drove from Kufra to the Chadian border town of Tine.", "ly-kufra", "td-tine"),
    ("The freighter sailed from Alexandria to the Libyan city of Benghazi with arms.", "eg-alexandria", "ly-benghazi"),
    ("The vessel brought ammunition from Novorossiysk to the Black Sea port of Poti.", "ru-novorossiysk", "ge-poti"),
    ("Fighters were driven from Gao to Menaka, Sahel region.", "ml-gao", "ml-menaka"),
])
def test_words_that_say_where_a_place_is_play_no_role(legs_of, text, origin, destination):
    leg = only(legs_of(text))
    assert leg.origin.id.startswith(origin) and leg.destination.id.startswith(destination)


def test_left_one_place_for_another(legs_of):
    leg = only(legs_of("A convoy of Russian armoured vehicles left Tessalit for Gao on Friday."))
    assert leg.origin.id.startswith("ml-tessalit") and leg.destination.id.startswith("ml-gao")


def test_a_country_word_on_a_border_is_not_an_end(legs_of):
    legs = legs_of("Ammunition was unloaded at Rostov-on-Don and taken by rail to depots near the Ukrainian border.")
    assert all(leg.destination.country != "UA" for leg in legs)


def test_a_country_named_on_the_vehicle_is_the_origin(legs_of):
    leg = only(legs_of("Dozens of US military cargo flights have landed at Nevatim air base since October."))
    assert leg.origin.id == "us" and leg.destination.id == "il-nevatim-airbase" and leg.mode == "air"


def test_a_country_word_is_not_coordinated_with_a_place(legs_of):
    legs = legs_of("Trucks carrying ammunition crossed into Syria at Abu Kamal, Iraqi officials said.")
    assert all(leg.destination.country == "SY" for leg in legs)


# -- several movements in a sentence, and the shipment referred to --------------------------------------

def test_a_movement_goes_on_inside_the_country_it_entered(legs_of):
    leg = only(legs_of("Trucks carrying rockets crossed from Iran into Iraq and drove on to Al-Qaim."))
    assert leg.origin.id == "ir" and leg.destination.id == "iq-al-qaim"


def test_carrying_describes_the_load_of_the_movement_before(legs_of):
    leg = only(legs_of("An Egyptian military plane landed at Port Sudan carrying ammunition for the Sudanese army."))
    assert leg.origin.id == "eg" and leg.destination.id.startswith("sd-port-sudan") and "ammunition" in leg.cargo


def test_a_relative_clause_tells_how_the_received_goods_came(legs_of):
    legs = legs_of("Armenia has received Indian artillery, which was shipped to Poti and then trucked to Yerevan.")
    assert ("am", "ge-poti-port") not in ends(legs)
    assert any(leg.destination.id.startswith("am-yerevan") and leg.mode == "land" for leg in legs)


def test_the_verb_of_a_movement_gives_its_mode_before_a_vehicle_of_another(legs_of):
    legs = legs_of("Iranian cargo planes land at Damascus airport, and the weapons are then trucked to Lebanon.")
    onward = [leg for leg in legs if leg.destination.id == "lb"]
    assert onward and onward[0].mode == "land"


def test_the_cargo_referred_to_moves_on(legs_of):
    legs = legs_of("Rockets were trucked from Iran to Al-Qaim. From there the cargo was taken to Abu Kamal.")
    assert ("iq-al-qaim", "sy-abu-kamal") in ends(legs)


# -- rules added with the fifth batch: each with a sentence of its own, not a batch's --------------

def test_flights_between_two_places_run_from_the_first_to_the_second(legs_of):
    legs = legs_of("Investigators counted 30 flights by An-124 aircraft between Abu Dhabi and Amdjarass in 2023.")
    assert any(leg.origin.id.startswith("ae-abu-dhabi") and leg.destination.id.startswith("td-amdjarass")
               for leg in legs)


def test_a_border_between_two_countries_is_no_journey(legs_of):
    legs = legs_of("Drones struck a convoy carrying rockets near the crossing between Syria and Lebanon.")
    assert ("sy", "lb") not in ends(legs)


def test_who_chartered_the_vehicle_is_evidence_for_the_origin(legs_of):
    leg = only(legs_of("A cargo plane chartered by Turkey unloaded ammunition at Misrata airport on Monday."))
    assert leg.origin.id == "tr" and leg.destination.id == "ly-misrata-airport"


def test_a_place_near_the_start_refines_the_origin(legs_of):
    leg = only(legs_of("A skiff carrying rifles left the Iranian coast near Jask and headed towards Yemen."))
    assert (leg.origin.id, leg.destination.id, leg.mode) == ("ir-jask-port", "ye", "sea")  # a skiff leaving near Jask sets out from its port


def test_a_place_that_speaks_is_not_an_end(legs_of):
    leg = only(legs_of("A Turkish cargo plane landed at Bamako airport with drones, Malian state television said."))
    assert leg.origin.id == "tr"


def test_where_the_vehicle_had_come_from_replaces_the_country_of_its_flag(legs_of):
    leg = only(legs_of("A Russian cargo ship unloaded tanks at Tobruk on May 2. The ship had sailed from Tartus."))
    assert leg.origin.id == "sy-tartus-port" and leg.date == "2023-05-02" and len(leg.citations) == 2


def test_the_others_leave_from_where_the_whole_did(legs_of):
    legs = legs_of("Hundreds of fighters were flown from Benghazi to Bamako. Others crossed by land into Niger.")
    assert any(leg.destination.id == "ne" and leg.mode == "land" and leg.origin.country == "LY"
               and "fighters" in leg.cargo for leg in legs)


def test_a_noun_that_heads_the_cargo_before_refers_back_to_it(legs_of):
    legs = legs_of("Iran shipped Shahed drones to Russia through the Caspian Sea. "
                   "The drones were unloaded at Makhachkala and trucked to Moscow.")
    onward = [leg for leg in legs if leg.destination.id.startswith("ru-moscow")]
    assert onward and onward[0].origin.id.startswith("ru-makhachkala") and onward[0].mode == "land"


def test_a_denial_that_points_back_denies_the_legs_before(legs_of):
    legs = legs_of("Sudanese officials said Chadian trucks carried ammunition from Abeche to Nyala. "
                   "Chad has rejected the accusation.")
    statuses = {leg.status for leg in legs if leg.destination.id == "sd-nyala"}
    assert statuses == {"reported", "denied"}


def test_a_denial_of_something_else_denies_no_leg(legs_of):
    legs = legs_of("Chadian trucks carried ammunition from Abeche to Nyala. Chad has denied taking sides in the war.")
    assert all(leg.status != "denied" for leg in legs)


def test_relief_goods_alone_make_no_leg(legs_of):
    assert not legs_of("A convoy of trucks carrying food aid and blankets crossed from Chad into Darfur on Sunday.")
    assert legs_of("A convoy of trucks carrying food and ammunition crossed from Chad into Darfur on Sunday.")


def test_any_vehicle_at_all_is_a_threat_not_a_movement(legs_of):
    assert not legs_of("The Houthis said any vessel carrying weapons to Israel would be targeted.")


def test_a_port_in_the_name_gives_the_mode(legs_of):
    leg = only(legs_of("A container of rifles from Miami reached the port of Cap-Haitien."))
    assert leg.mode == "sea"


# -- rules found on the sixth and seventh batches -------------------------------------------------

def test_convoys_that_leave_a_town_for_another_start_there(legs_of):
    leg = only(legs_of("Pick-up trucks carrying fighters leave Kufra every few days for North Darfur, by road."))
    assert (leg.origin.id, leg.destination.id, leg.mode) == ("ly-kufra", "sd-north-darfur", "land")


def test_a_place_near_the_end_is_the_end_when_nothing_else_names_it(legs_of):
    legs = legs_of("Trucks carried the ammunition from depots in the Czech Republic to a logistics hub near "
                   "Rzeszow in south-eastern Poland.")
    assert ends(legs) == {("cz", "pl-rzeszow")}


def test_who_denies_that_something_moved_is_not_where_it_came_from(legs_of):
    leg = only(legs_of("Turkey's foreign ministry denied that Israeli aircraft had flown weapons to Baku."))
    assert (leg.origin.id, leg.status, leg.mode) == ("il", "denied", "air")


def test_a_vehicle_word_inside_a_cargo_name_gives_no_mode(legs_of):
    leg = only(legs_of("Russian Mi-35 attack helicopters were shipped to Yangon in 2022."))
    assert leg.mode == "unknown"  # "shipped" names no vessel or port, the helicopters are the cargo


def test_unloading_at_an_airport_then_at_its_town_is_no_journey(legs_of):
    legs = legs_of("Il-76 cargo aircraft flew from Abu Dhabi to Amdjarass airport. Weapons unloaded at "
                   "Amdjarass were then trucked across the border to Darfur.")
    assert ("td-amdjarass-airport", "td-amdjarass") not in ends(legs)
    assert ("td-amdjarass", "sd-darfur") in ends(legs)


def test_part_of_a_shipment_sent_on_later_starts_where_the_whole_arrived(legs_of):
    legs = legs_of("Il-76 transport planes flew armoured vehicles and personnel from Benghazi to Bamako. "
                   "Some of the men were later sent on by road to Niger.")
    assert ("ml-bamako-airport", "ne") in ends(legs)  # where the planes landed


def test_a_single_source_telling_a_wire_service_hedges(legs_of):
    leg = only(legs_of("Il-76 planes flew troops from Benghazi to Bamako, a Malian security source told Reuters."))
    assert leg.status == "alleged"


def test_doubt_cast_in_the_next_sentence_makes_a_movement_alleged(legs_of):
    leg = only(legs_of("An Air Koryo Tu-154 flew missile parts from Pyongyang to Moscow. We could not verify the claim."))
    assert leg.status == "alleged" and len(leg.citations) == 2


@pytest.mark.parametrize("text, origin, destination", [
    # a definite noun for a facility takes up the place of that kind told before
    ("A cargo plane flew drones from Bandar Abbas to Port Sudan. The drones were assembled at the airport "
     "and then flown to Wadi Seidna air base.", "sd-port-sudan-airport", "sd-wadi-seidna-airbase"),
    ("The ship docked at Tobruk with armoured vehicles. Two days later the cargo was trucked from the port to "
     "Benghazi.", "ly-tobruk-port", "ly-benghazi"),
    # "there" right after a movement word is the last place named before
    ("Its airport at Jasionka handles military transports. On Tuesday two C-17 jets that had taken off from "
     "Dover Air Force Base landed there.", "us-dover-afb", "pl-rzeszow-jasionka"),
    # goods handled at a place and then moved on set out from it
    ("Sources said the materiel was loaded onto trucks at Amdjarass and driven across the border into Sudan.",
     "td-amdjarass", "sd"),
    # "from where" points back; the place after it is no origin
    ("Drones were flown to Wadi Seidna air base, from where the RSF positions in Khartoum North were hit.",
     None, None),
])
def test_places_the_text_refers_back_to(legs_of, text, origin, destination):
    found = ends(legs_of(text))
    if origin is None:
        assert not any(o == "sd" or d == "sd-khartoum-north" for o, d in found), found
    else:
        assert (origin, destination) in found, found


def test_a_time_is_not_a_place_and_a_name_is_not_a_verb_of_saying(legs_of):
    leg = only(legs_of("In 2023, South Korea shipped 155 mm rounds across the Pacific to the United States."))
    assert (leg.origin.id, leg.destination.id, leg.mode) == ("kr", "us", "sea")


def test_an_aircraft_type_before_freighter_flies(legs_of):
    leg = only(legs_of("A Boeing 747 freighter flew drones from Bandar Abbas to Port Sudan."))
    assert leg.mode == "air" and leg.carrier == "Boeing 747 freighter"


def test_a_sale_at_a_shop_is_no_destination(legs_of):
    assert legs_of("Most recovered rifles were first sold at retail outlets in the United States, chiefly in "
                   "Florida and Texas, Haitian police said.") == []


def test_a_policy_on_shipments_is_not_a_shipment(legs_of):
    assert legs_of("European governments should track Turkish transfers of drones to Azerbaijan.") == []
    assert legs_of("Nicaragua asked the court to order Germany to halt its weapons supplies to Israel.") == []


def test_an_arms_maker_that_delivers_stands_for_its_country(legs_of):
    leg = only(legs_of("Baykar is expected to deliver Akinci drones to Azerbaijan before the end of 2024."))
    assert (leg.origin.id, leg.destination.id, leg.status, leg.date) == ("tr", "az", "planned", "2024")


def test_the_troops_own_country_beats_the_subject_of_another_clause(legs_of):
    leg = only(legs_of("Days after Egypt cut ties with Doha in June 2017, Turkish troops with armoured vehicles "
                       "were flown into Doha."))
    assert leg.origin.id == "tr" and leg.destination.id.startswith("qa-")


def test_everyday_travel_is_no_leg_but_named_cargo_is(legs_of):
    assert legs_of("United Airlines started new daily flights between Washington and Moscow, citing strong demand.") == []
    assert legs_of("He moved his family from Santa Clara to Dallas.") == []
    assert only(legs_of("Russia has been airlifting tanks to the Hmeimim air base.")).cargo == ("armoured vehicles",)


def test_what_was_found_at_a_place_had_come_there(legs_of):
    leg = only(legs_of("Customs officers at the port of Cap-Haitien opened a container of rifles that had been "
                       "shipped from Miami."))
    assert (leg.origin.country, leg.destination.country, leg.mode, leg.cargo) == ("US", "HT", "sea", ("small arms",))
    assert "Miami" in leg.origin.name and "Cap-Ha" in leg.destination.name


def test_an_unnamed_source_hedges_and_asks_for_nothing(legs_of):
    leg = only(legs_of("About 100 Russian military personnel landed at Bamako's Modibo Keita airport aboard two "
                       "Ilyushin transport aircraft from Russia earlier this month, according to two diplomatic "
                       "sources in Bamako, who asked not to be named.", "2024-02-22"))
    assert (leg.origin.id, leg.destination.id, leg.status, leg.date) == ("ru", "ml-bamako-airport", "alleged", "2024-02")


def test_its_territory_is_the_speakers_country(legs_of):
    leg = only(legs_of("Mauritania's defence ministry denied that Malian soldiers had crossed into its territory "
                       "in pursuit of rebels."))
    assert (leg.origin.id, leg.destination.id, leg.status) == ("ml", "mr", "denied")


def test_a_promise_is_not_denied_by_rejecting_another_accusation(legs_of):
    found = legs_of("Russia's deputy defence minister told Malian television that Moscow would send additional "
                    "instructors to Mali in the coming months. A U.N. report found that Malian troops and foreign "
                    "military personnel killed 500 people in Moura, an accusation Bamako rejects.")
    assert [(leg.origin.id, leg.destination.id, leg.status) for leg in found] == [("ru", "ml", "planned")]


def test_a_word_for_what_a_vehicle_is_for_is_no_movement(legs_of):
    leg = only(legs_of("An Egyptian military source denied reports that Egyptian air force transport planes had "
                       "flown ammunition to Port Sudan in February.", "2024-03-03"))
    assert (leg.origin.id, leg.destination.id, leg.mode, leg.status) == ("eg", "sd-port-sudan-airport", "air", "denied")
    # a movement said with "no" not to have happened is a denial of it
    leg = only(legs_of('"No Egyptian aircraft has carried weapons to Sudan," the source said.'))
    assert (leg.origin.id, leg.destination.id, leg.status) == ("eg", "sd", "denied")


def test_flights_from_a_place_are_a_movement_after_any_word(legs_of):
    leg = only(legs_of("The Panel documented several cargo flights a week by Ilyushin Il-76TD aircraft from Abu "
                       "Dhabi to Amdjarass airport in north-eastern Chad."))
    assert (leg.origin.id, leg.destination.id, leg.mode) == ("ae-abu-dhabi-airport", "td-amdjarass-airport", "air")


def test_a_flag_stands_for_the_ship_it_names(legs_of):
    leg = only(legs_of("The Iranian-flagged Nasim-e Shomal, which had last called at a Russian port in June, left "
                       "Bandar Anzali with drones on 19 August and docked at Makhachkala, in Dagestan, on 23 August.",
                       "2024-11-12"))
    assert (leg.origin.id, leg.destination.id, leg.mode) == ("ir-bandar-anzali-port", "ru-makhachkala-port", "sea")
    assert leg.date == "2024-08-19"  # the date by the movement, not the one in the relative clause


def test_a_region_after_a_town_only_says_where_it_is(legs_of):
    leg = only(legs_of("From Dunay, the containers of shells were hauled by rail to an ammunition depot near "
                       "Tikhoretsk, in southern Russia's Krasnodar region."))
    assert leg.destination.name == "Tikhoretsk"


def test_goods_bought_at_a_place_and_smuggled_set_out_from_there(legs_of):
    leg = only(legs_of("The ring bought dozens of rifles in the Houston area and smuggled them to a faction of the "
                       "Gulf Cartel in the Mexican border city of Reynosa between March and November 2022."))
    assert (leg.origin.name, leg.destination.name, leg.date) == ("Houston", "Reynosa", "2022-03/2022-11")


def test_troops_pouring_across_a_border(legs_of):
    leg = only(legs_of("In November 2020 Eritrean troops poured across the border and into Adigrat."))
    assert (leg.origin.id, leg.mode, leg.date) == ("er", "land", "2020-11")
    assert (round(leg.destination.lat, 1), round(leg.destination.lon, 1)) == (14.3, 39.5)  # Adigrat


def test_a_new_paragraph_sets_a_new_scene(legs_of):
    text = ("More than 1,000 drones were launched at Ukrainian cities, including Kyiv and Odesa.\n\n"
            "On 1 September 2024 the Russian-flagged cargo vessel Kaspiy-11 switched off its transponder "
            "after leaving the Iranian port of Amirabad with missiles.")
    assert all(leg.destination.country != "UA" for leg in legs_of(text))
    text = ("Customs officers found rifles in a shipping container at the port of Cap-Haitien.\n\n"
            "The container, which was shipped from Miami in early August, was declared as clothing.")
    assert {(leg.origin.country, leg.destination.country) for leg in legs_of(text)} == {("US", "HT")}


def test_a_kind_of_vehicle_is_no_carrier(legs_of):
    leg = only(legs_of("Two cargo vessels carried drones across the Caspian Sea from Iran to Russia in August 2024."))
    assert leg.carrier is None


def test_a_countrys_capital_is_its_capital_city(legs_of):
    leg = only(legs_of("An Egyptian warship loaded with artillery and armored vehicles docked in Somalia's capital "
                       "on Monday.", "2024-09-24"))
    assert (leg.origin.id, leg.destination.id, leg.mode) == ("eg", "so-mogadishu-port", "sea")
    leg = only(legs_of("Russian instructors arrived in the Malian capital on Monday."))
    assert leg.destination.id == "ml-bamako"


def test_the_capital_just_named_is_not_the_datelines(legs_of):
    legs = legs_of("BAMAKO (AFP) - Niger received Akinci drones from Turkey in May. They were flown into Niamey and "
                   "presented to the press at the capital's air base.", "2025-01-09")
    assert {leg.destination.country for leg in legs} == {"NE"}


def test_a_new_clause_after_a_comma_and_is_not_an_end(legs_of):
    for text in ("Cargo aircraft flew weapons from Tehran to Damascus International Airport, often landing at night, "
                 "and Israel has struck the airport.",
                 "Cargo aircraft flew weapons from Tehran to Damascus International Airport, and Israel has struck "
                 "the airport."):
        assert {leg.destination.id for leg in legs_of(text)} == {"sy-damascus-airport"}


def test_a_ships_past_trade_is_not_its_cargo(legs_of):
    legs = legs_of("Since August 2023, ships have carried artillery ammunition for Moscow. The Maia-1 and the Maria, "
                   "which had previously traded in coal, followed a different pattern, sailing from Rajin to the "
                   "commercial port of Vostochny.")
    assert ("kp-rajin-port", "ru-vostochny-port") in ends(legs)


def test_flight_tracking_phrases(legs_of):
    legs = legs_of("On 3 July a Turkish A400M took off from Kayseri Erkilet and flew west over Antalya. Its transponder "
                   "was switched off south of Crete, but the same aircraft reappeared on approach to al-Watiya three "
                   "hours later.", "2020-07-10")
    assert ends(legs) == {("tr-kayseri-erkilet-airbase", "ly-al-watiya-airbase")}
    # "Ankara's Etimesgut air base" is the base; "Most made a technical stop" is part of the flights
    legs = legs_of("We logged eleven C-130 flights departing Ankara's Etimesgut air base. Most made a technical stop "
                   "at Izmir's Cigli air base before continuing to Misrata airport.", "2020-07-10")
    leg = only(legs)
    assert (leg.origin.id, leg.destination.id) == ("tr-etimesgut-airbase", "ly-misrata-airport")
    assert [p.id for p in leg.via] == ["tr-cigli-airbase"]
    legs = legs_of("The majority of the flights carrying weapons landed at Sidi Barrani airbase. A smaller number "
                   "flew from Assab, Eritrea, directly to Al Khadim airbase.")
    assert ("er-assab-base", "ly-al-khadim-airbase") in ends(legs)


def test_a_flight_log_that_began_and_ended_somewhere(legs_of):
    leg = only(legs_of("At least 11 C-17 flights carrying munitions that began at Dover Air Force Base in Delaware "
                       "ended at Nevatim airbase in the Negev desert.", "2023-10-20"))
    assert (leg.origin.id, leg.destination.id, leg.mode) == ("us-dover-afb", "il-nevatim-airbase", "air")
    leg = only(legs_of("RAF transport aircraft flew ammunition from Akrotiri to Israel.", "2023-10-20"))
    assert leg.origin.id == "cy-akrotiri-airbase"


def test_where_people_are_is_no_end(legs_of):
    legs = legs_of("The vessel loaded armoured vehicles at Samsun on 21 June and transited the Bosphorus two days "
                   "later, when ship spotters in Istanbul photographed its deck.", "2020-07-10")
    assert {leg.destination.id for leg in legs} <= {"tr"} and "tr-istanbul" not in {l.destination.id for l in legs}


def test_a_numbered_paragraph_and_a_denied_call_keep_the_trail(legs_of):
    """A report's "65." opens its paragraph, and "did not call at Gabès" leaves the ship where it was."""
    text = ("C. Maritime transfers\n\n64. The Panel investigated the voyage of the cargo vessel Bana. The vessel "
            "left the port of Mersin, Turkey, on 23 January 2020, declaring Gabès, Tunisia, as its next port of "
            "call. The vessel did not call at Gabès at any point.\n\n65. Satellite imagery shows the Bana berthed "
            "at the port of Tripoli, Libya, on 28 January 2020 with armoured vehicles on board.\n\n"
            "66. At least eight of the armoured vehicles offloaded from the Bana were driven in convoy along the "
            "coastal road to Misrata on 2 February 2020.")
    found = {(leg.origin.id, leg.destination.id, leg.mode) for leg in legs_of(text, "2021-03-08")}
    assert {("tr-mersin-port", "ly-tripoli-port", "sea"), ("ly-tripoli-port", "ly-misrata", "land")} <= found


def test_a_promised_month_lies_ahead(legs_of):
    leg = only(legs_of("Egypt has pledged to send troops to Somalia as part of a new mission due to take over "
                       "in January.", "2024-09-24"))
    assert (leg.status, leg.date) == ("planned", "2025-01")
    leg = only(legs_of("Egypt sent troops to Somalia in January.", "2024-09-24"))
    assert leg.date == "2024-01"


def test_a_way_by_sea_moves_even_when_the_goods_are_only_parts(legs_of):
    found = legs_of("Officials say Mahra has become a route by which drone components reach the Houthis. According "
                    "to two officials, parts arrive by sea at Salalah, the Omani port city, and are driven across "
                    "the Sarfait crossing into Mahra and on to al-Ghaydah, the provincial capital, where they are "
                    "repackaged. From there, the officials allege, they are loaded onto local trucks and driven "
                    "west across the desert, skirting the front lines in Marib, to Sanaa.")
    assert ends(found) == {("om-salalah", "ye-al-ghaydah"), ("ye-al-ghaydah", "ye-sanaa")}
    assert {leg.status for leg in found} == {"alleged"}


def test_the_town_takes_up_the_town_named_before(legs_of):
    found = legs_of("Cargo planes tied to an Iranian airline have flown into Port Sudan since December, carrying "
                    "drones. Six flights by a Boeing 747 freighter departed Bandar Abbas in January and landed at "
                    "the Red Sea city.", "2024-03-03")
    # the lead's flights from Iran are the ones the next sentence says departed Bandar Abbas
    assert ends(found) == {("ir-bandar-abbas-airport", "sd-port-sudan-airport")}
    assert all(leg.origin.id != "xx-red-sea" and leg.destination.id != "xx-red-sea" for leg in found)


def test_a_town_and_its_port_are_one_place(legs_of):
    assert legs_of("Saudi troops set up positions at Nishtun, near the port of Nishtun, in November 2017.") == []


# -- flight tracking, panel reports and features -------------------------------------------------

def test_each_and_both_take_up_the_flights_before(legs_of):
    legs = legs_of("We recorded 14 flights by Il-76 transport aircraft. Each departed Chkalovsky airbase, "
                   "stopped to refuel at Hmeimim in Syria, and landed at Bamako's Modibo Keita International "
                   "Airport. We also identified two flights by an Il-76 registered in Libya. Both flew from "
                   "Benina airport to Niamey.")
    assert ends(legs) == {("ru-chkalovsky", "ml-bamako-airport"), ("ly-benina", "ne-niamey-airport")}


def test_a_vehicle_that_continued_from_a_stop_makes_one_leg(legs_of):
    leg = only(legs_of("On 19 August an Il-76 with ammunition left Abu Dhabi International Airport, flew to "
                       "Entebbe, where it sat for five hours, and then continued to N'Djamena."))
    assert (leg.origin.id, leg.destination.id) == ("ae-abu-dhabi-airport", "td-ndjamena-airport")
    assert [p.country for p in leg.via] == ["UG"]
    # a plan to go on is a leg of its own, and so are goods flown on from a place
    legs = legs_of("A column of armoured vehicles left Stepanakert for Armenia and was to continue to Russia.")
    assert ("az-stepanakert", "am") in ends(legs)


def test_goods_unloaded_from_a_ship_before_a_convoy_left_are_two_legs(legs_of):
    legs = legs_of("A convoy of trucks carrying armoured vehicles left Conakry on Sunday bound for Mali. "
                   "The equipment had been unloaded from a Russian cargo ship which docked in Conakry "
                   "after a voyage from Novorossiysk.")
    assert ends(legs) == {("gn-conakry", "ml"), ("ru-novorossiysk-port", "gn-conakry-port")}


def test_cargo_and_adjectives_of_another_clause_are_not_the_movement(legs_of):
    leg = only(legs_of("A convoy of trucks carrying artillery left Conakry bound for Mali, where Russia's "
                       "Africa Corps is taking over, sources said."))
    assert leg.cargo == ("artillery",)
    assert not legs_of("The delivery is the largest consignment to the Sahel since Wagner fighters and "
                       "Malian troops suffered a defeat at Tinzaouatene.")


def test_the_capital_in_a_story_filed_from_a_capital(legs_of):
    leg = only(legs_of("N'DJAMENA, Chad (AP) — Chad has taken delivery of drones, which were flown into the "
                       "capital aboard a Turkish air force transport plane, the army said, as the nation turns "
                       "to Ankara."))
    assert (leg.origin.id, leg.destination.id) == ("tr", "td-ndjamena-airport")


def test_taking_delivery_receives_and_an_aside_is_not_the_subject(legs_of):
    leg = only(legs_of("Niger, whose military seized power in July 2023 and expelled French and U.S. forces, "
                       "took delivery of Aksungur drones from Turkey last year.", "2025-03-06"))
    assert (leg.origin.id, leg.destination.id, leg.date) == ("tr", "ne", "2024")


def test_a_seizure_and_an_allegiance_are_no_ends(legs_of):
    text = ("Coast guard forces seized a dhow in the Gulf of Aden carrying missile components that was destined "
            "for the Iran-aligned Houthi movement. The dhow had sailed from the Iranian port of Jask. Its crew "
            "said they had been told to deliver the cargo to the port of Hodeidah.")
    assert ends(legs_of(text)) == {("ir-jask-port", "ye-hodeidah-port")}


def test_ships_fired_at_and_trade_lanes_are_no_movements(legs_of):
    assert not legs_of("These are the parts that end up in the missiles fired at ships in the Red Sea.")
    assert not legs_of("Missile attacks pushed container lines to send vessels around the Cape of Good Hope, "
                       "adding ten days to voyages between Asia and northern Europe.")


@pytest.mark.parametrize("text, origin, destination", [
    # a distance from a place is no origin
    ("Saudi troops flew into Al Ghaydah airport in November 2017, a thousand kilometres from the front lines "
     "around Marib.", "sa", "ye-al-ghaydah-airport"),
    # flights between two places, however often
    ("Il-76 cargo planes flew repeatedly between Israel's Ovda air base in the Negev desert and Baku with "
     "munitions.", "il-ovda-airbase", "az-baku-airport"),
])
def test_the_one_leg_of_a_flight_report(legs_of, text, origin, destination):
    leg = only(legs_of(text))
    assert (leg.origin.id, leg.destination.id) == (origin, destination)


def test_a_place_named_in_a_coast_or_as_an_example_narrows_it(legs_of):
    legs = legs_of("Dhows carrying rifles loaded at ports on Iran's Makran coast, such as Konarak, cross the "
                   "Arabian Sea to the Somali coast near Bosaso.")
    assert ends(legs) == {("ir-konarak", "so-bosaso-port")}
    # a town near where a border was crossed is no end
    leg = only(legs_of("Trucks carrying rockets crossed from Iran into Iraq near Mandali and drove on to Al-Qaim."))
    assert (leg.origin.id, leg.destination.id) == ("ir", "iq-al-qaim")


def test_the_airport_in_a_town_is_that_towns_airport(legs_of):
    legs = legs_of("Drones reached El Fasher airport. An Egyptian transport plane landed at the airport in "
                   "Port Sudan carrying drones.")
    assert ("eg", "sd-port-sudan-airport") in ends(legs)
    assert not any(leg.origin.country == "EG" and "fasher" in leg.destination.id for leg in legs)


def test_people_travel_but_officials_do_not(legs_of):
    leg = only(legs_of("Fighters from the Central African Republic travelled from Birao to Nyala."))
    assert (leg.origin.id, leg.destination.id, leg.cargo) == ("cf-birao", "sd-nyala", ("fighters",))
    assert not legs_of("An RSF procurement chief, who buys weapons and drones, travelled to Abu Dhabi last year.")
    assert not legs_of("An Omani aircraft carried Saudi envoys to Sanaa in April 2023 for talks.")
    # pilots sent somewhere are people moved
    assert ends(legs_of("Egyptian pilots had been sent to Merowe air base.")) == {("eg", "sd-merowe-airbase")}


def test_a_pronoun_subject_of_the_movement_takes_up_the_vessel(legs_of):
    text = ("The general cargo vessel Hai Tong 16 loaded armoured vehicles at Shanghai on 28 January. Its "
            "transponder went silent for six days; it reappeared in the Andaman Sea and berthed at Thilawa on "
            "11 February.\n\nOn 3 March the carrier Zhong Yuan 8 left Tianjin with howitzers. After a brief "
            "refuelling stop in Colombo, it berthed at Port Qasim on 24 March.")
    assert ends(legs_of(text)) == {("cn-shanghai-port", "mm-thilawa-port"), ("geonames-1792947", "pk-port-qasim")}


def test_the_vessel_that_sailed_from_a_port_ended_where_the_cargo_was_unloaded(legs_of):
    leg = only(legs_of("The cargo of 1,800 MK-84 bombs was unloaded at the port of Ashdod. The vessel, which had "
                       "sailed in late January from the Military Ocean Terminal Sunny Point in North Carolina, "
                       "was escorted by patrol boats."))
    assert (leg.origin.id, leg.destination.id, leg.mode) == ("us-sunny-point-port", "il-ashdod-port", "sea")
    # trucks seen at an airport that left it are no return of the flights before
    legs = legs_of("Six Il-76 flights carried ammunition from Ovda to Baku. Satellite images of the apron at "
                   "Baku show military trucks, which then departed towards the ring road.")
    assert not any(leg.origin.country == "AZ" for leg in legs)


def test_a_leg_through_the_places_a_convoy_was_driven(legs_of):
    legs = legs_of("The weapons were loaded onto trucks in western Iran, driven across Iraq and brought into "
                   "Syria. At Albu Kamal the loads were split among smaller vehicles, which then carried them to "
                   "Hezbollah depots near Baalbek.")
    assert ends(legs) == {("ir", "sy"), ("sy-abu-kamal", "lb-baalbek")}


def test_driven_across_the_border_into_the_country_the_story_is_about(legs_of):
    legs = legs_of("A Patriot system has arrived in Ukraine, the air force said. Its launchers and interceptor "
                   "missiles were flown from Germany to Rzeszow-Jasionka airport in Poland. The equipment was then driven across the "
                   "border in a convoy.")
    assert ("pl-rzeszow-jasionka", "ua") in ends(legs)


def test_from_there_is_where_the_sentence_before_left_off(legs_of):
    legs = legs_of("Imagery showed more containers being gathered at Najin. One more ship was expected to sail "
                   "from there to Russia's commercial port of Vostochny with munitions.")
    assert ends(legs) == {("kp-rajin-port", "ru-vostochny-port")}


def test_who_wrote_or_protested_is_no_origin(legs_of):
    assert ends(legs_of("Identical letters from France and Germany stated that drones had been transferred from "
                        "Iran to Russia.")) == {("ir", "ru")}
    legs = legs_of("The vehicles were shipped from France to the Georgian port of Poti. They were then carried "
                   "across Georgia on trucks to Armenia, drawing a sharp protest from Baku.")
    assert ends(legs) == {("fr", "ge-poti-port"), ("ge-poti-port", "am")}


def test_a_promise_in_a_relative_clause_is_not_the_movement(legs_of):
    leg = only(legs_of("In October, the first Bastion armoured vehicles that Paris agreed to sell were shipped "
                       "from France to Poti.", "2023-11-20"))
    assert (leg.status, leg.date) == ("reported", "2023-10")


def test_denying_one_cargo_leaves_another_reported(legs_of):
    legs = legs_of("Drones were shipped from Iran to Russia across the Caspian, Ukraine said. Tehran rejected "
                   "media reports that Iran had transferred ballistic missiles to Russia.")
    assert sorted((leg.status, leg.cargo) for leg in network.merge(legs)) == \
        [("denied", ("missiles",)), ("reported", ("drones",))]


def test_whose_bases_and_what_took_part_are_no_movement(legs_of):
    legs = legs_of("The vessels, carrying armoured vehicles, sailed from Russia's naval facility at Tartus on "
                   "the Syrian coast to Tobruk.")
    assert ends(legs) == {("sy-tartus-port", "ly-tobruk-port")}
    assert not legs_of("Russian forces took part in the Malian army's recapture of Kidal in November.")
    # a region of many countries ends no leg
    assert not legs_of("Russian military flights carried troops from Syria and Libya to the Sahel.")


@pytest.mark.parametrize("text, told", [
    ("South Korean howitzers were shipped to the port of Gdansk and then trucked east to Rzeszow.",
     {("kr", "pl-gdansk-port"), ("pl-gdansk-port", "pl-rzeszow")}),
    ("Armoured vehicles shipped from Turkey were unloaded at the port of Misrata and driven to Tripoli.",
     {("tr", "ly-misrata-port"), ("ly-misrata-port", "ly-tripoli")}),
])
def test_goods_that_change_vehicle_within_a_sentence_make_two_legs(legs_of, text, told):
    legs = legs_of(text)
    assert ends(legs) == told
    assert sorted(leg.mode for leg in legs) == ["land", "sea"]


def test_a_hedged_sentence_about_the_same_flights_hedges_them(legs_of):
    leg = only(legs_of("Cargo flights flew from Abu Dhabi to Amdjarass in June. Two sources told the Panel that "
                       "the flights carried drones."))
    assert (leg.origin.id, leg.destination.id, leg.status) == ("ae-abu-dhabi-airport", "td-amdjarass-airport",
                                                               "alleged")
    # a record, not a person, leaves it reported
    assert only(legs_of("Cargo flights flew ammunition from Abu Dhabi to Amdjarass in June. The flights were logged "
                        "by flight-tracking services.")).status == "reported"


def test_what_the_flights_carried_is_cargo_of_that_journey_not_a_new_one(legs_of):
    leg = only(legs_of("Il-76 flights flew from Abu Dhabi to Amdjarass in June. According to three sources, the "
                       "flights carried rifles and mortars destined for the RSF."))
    assert (leg.origin.id, leg.destination.id) == ("ae-abu-dhabi-airport", "td-amdjarass-airport")
    assert (leg.status, leg.cargo) == ("alleged", ("small arms", "artillery"))


def test_a_ship_named_once_is_a_vessel_wherever_its_name_comes_back(legs_of):
    named = "Two vessels, the Volga Star and the Maria Kovaleva, were moored nearby. "
    sentence = "The Maria Kovaleva made three voyages from Rajin to Dunay in September."
    opening = "Artillery shells were loaded at the pier, satellite images show. "
    leg = only(legs_of(opening + named + sentence))
    assert (leg.origin.id, leg.destination.id, leg.mode, leg.carrier) == \
        ("kp-rajin-port", "ru-dunai-port", "sea", "Maria Kovaleva")
    assert not legs_of(opening + sentence)


def test_a_sea_where_a_vessel_was_stopped_ends_no_leg(legs_of):
    legs = legs_of("An Iranian dhow carrying rifles sailed from Jask bound for Yemen. Navy sailors boarded it in "
                   "the Arabian Sea on 12 March.")
    assert ends(legs) == {("ir-jask-port", "ye")}
    assert not legs_of("Russian ships moved North Korean munitions to the Pacific coast.")


@pytest.mark.parametrize("text, told", [
    ("A chartered ro-ro vessel discharged 30 armoured vehicles at the port of Aden in May. Officials said the "
     "vessel had loaded in Jeddah.", {("sa-jeddah-port", "ye-aden-port")}),
    ("Coast guards stopped a skiff carrying rifles bound for Mukalla. Its crew said they had collected the "
     "weapons from a beach near Bosaso.", {("so-bosaso", "ye-mukalla")}),
])
def test_where_a_vehicle_had_come_from_before_the_arrival_just_told(legs_of, text, told):
    assert ends(legs_of(text)) == told


def test_a_flag_without_cargo_is_no_origin(legs_of):
    assert not legs_of("Russian drones and missiles hit the port of Odesa on Monday. In November, a Russian "
                       "missile struck a Liberian-flagged ship entering the harbour, killing a pilot.", "2024-03-03")


@pytest.mark.parametrize("text", [
    "Russia's arms exports to Egypt and China fell by half over the period.",
    "Drones reached Russia despite denials from Tehran.",
    "Artillery shells reached Russia in May, officials said. A cargo ship carrying timber sailed from Amirabad "
    "to Astrakhan.",
])
def test_figures_speakers_and_trade_goods_are_no_legs(legs_of, text):
    assert not legs_of(text)


def test_a_ship_with_arms_among_trade_goods_is_still_a_leg(legs_of):
    legs = legs_of("Artillery shells reached Russia in May, officials said. A cargo ship carrying timber and drones "
                   "sailed from Amirabad to Astrakhan.")
    assert ends(legs) == {("ir-amirabad-port", "ru-astrakhan-port")}


def test_a_negated_movement_word_denies(legs_of):
    assert only(legs_of("Officials said drones had not been sent from Iran to Russia.")).status == "denied"
    assert only(legs_of("Turkey has not only sent drones to Libya but also trained operators.")).status == "reported"


def test_what_the_flights_carried_if_relief_is_no_arms_leg(legs_of):
    assert not legs_of("The UAE said the flights transported humanitarian aid for Sudanese refugees in Chad.")


def test_a_list_of_countries_shares_one_role(legs_of):
    assert not legs_of("The money came from donors, among them Denmark, Canada and the Netherlands, to buy shells.")


def test_a_base_at_a_place_is_where_the_ship_sailed_from(legs_of):
    leg = only(legs_of("Two landing ships were seen arriving at Tobruk after sailing from the Russian naval facility "
                       "at Tartus, Syria, with armoured vehicles."))
    assert (leg.origin.id, leg.destination.id, leg.mode) == ("sy-tartus-port", "ly-tobruk-port", "sea")


def test_a_convoy_travels_but_a_procurement_chief_does_not_carry_a_leg(legs_of):
    assert ends(legs_of("A convoy of pickup trucks mounted with machine guns travelled from Kufra to Mellit.")) == \
        {("ly-kufra", "sd-mellit")}
    assert not legs_of("Sanctions targeted an RSF procurement chief who travelled to Abu Dhabi by plane to buy drones.")


def test_a_place_in_an_aside_does_not_continue_the_cue_before(legs_of):
    assert ends(legs_of("Sailors from the Fifth Fleet, which is based in Bahrain, seized rifles from a dhow sailing "
                        "from Iran to Yemen.")) == {("ir", "ye")}


def test_a_denial_of_any_materiel_moving_denies_a_movement(legs_of):
    leg = only(legs_of("Chad denied that any military materiel had been transported by road from Amdjarass into Sudan."))
    assert (leg.origin.id, leg.destination.id, leg.status) == ("td-amdjarass", "sd", "denied")


def test_a_freighter_of_a_named_aircraft_type_flies(legs_of):
    leg = only(legs_of("An Antonov An-124 heavy freighter flew drones from Hmeimim to al-Jufra air base."))
    assert (leg.mode, leg.carrier) == ("air", "Antonov An-124")


def test_a_hedge_about_another_vehicle_leaves_the_flight_reported(legs_of):
    told = "An Il-76 flew drones from Hmeimim to Benina on 3 May. "
    assert only(legs_of(told + "The vessel, according to port agents, was seen loading crates.")).status == "reported"
    assert only(legs_of(told + "The aircraft, according to port agents, was seen unloading crates.")).status == "alleged"


def test_a_shipment_is_picked_up_where_it_arrived_after_a_paragraph_on_else(legs_of):
    legs = legs_of("Six flights by a Boeing 747 freighter departed Bandar Abbas in January and landed at Port Sudan. "
                   "Sources said the aircraft carried crates of guided bombs. Reuters could not verify the "
                   "contents. Iran did not respond to a request for comment. The army does not discuss its "
                   "suppliers, a spokesman said. Once unloaded, the crates were trucked inland to Wadi Sayidna "
                   "air base.")
    onward = [leg for leg in legs if leg.destination.id == "sd-wadi-seidna-airbase"]
    assert [(leg.origin.country, leg.mode) for leg in onward] == [("SD", "land")]


def test_without_a_pick_up_a_later_paragraph_does_not_start_where_the_flight_landed(legs_of):
    legs = legs_of("Six flights departed Bandar Abbas in January and landed at Port Sudan. Sources said the "
                   "aircraft carried guided bombs. Reuters could not verify the contents. Iran did not respond. "
                   "The army does not discuss its suppliers. Egypt sent troops to Wadi Sayidna air base.")
    assert ("sd-port-sudan-airport", "sd-wadi-seidna-airbase") not in ends(legs)


def test_positions_of_a_group_near_a_named_town_end_there(legs_of):
    legs = legs_of("A convoy of trucks carrying rocket launchers crossed from Al-Qaim into Abu Kamal on 4 December. "
                   "The trucks then "
                   "drove on to Hezbollah positions near Qusayr, close to the Lebanese border.")
    assert ("sy-abu-kamal", "sy-qusayr") in ends(legs)
    assert not any(leg.destination.id == "lb" for leg in legs)


@pytest.mark.parametrize("text", [
    "Weapons unloaded at Amdjarass were transported by truck through the Tine border area to RSF bases around Mellit.",
    "Weapons unloaded at Amdjarass were transported by truck to RSF positions at Mellit, North Darfur.",
])
def test_positions_around_or_at_a_town_end_there(legs_of, text):
    leg = only(legs_of(text))
    assert (leg.origin.id, leg.destination.id) == ("td-amdjarass", "sd-mellit")
    leg = only(legs_of("A column of 150 armoured vehicles left the Turkish border town of Reyhanli before heading to "
                       "Turkish positions around the town of Binnish."))
    assert (leg.origin.id, leg.destination.id) == ("tr-reyhanli", "sy-binnish")


def test_a_group_that_receives_is_not_troops_on_the_move(legs_of):
    leg = only(legs_of("Trucks carried ammunition from Amdjarass to Sudan's Rapid Support Forces."))
    assert leg.cargo == ("ammunition",)


def test_a_lead_and_the_body_that_details_it_are_one_movement(legs_of):
    legs = network.merge(legs_of(
        "Cargo planes linked to the United Arab Emirates have landed dozens of times over the past year at a remote "
        "airstrip in eastern Chad, and weapons carried on some of those flights were driven across the border to "
        "Sudan's Rapid Support Forces, officials said.\n\nThe flights departed Abu Dhabi and landed at Amdjarass. "
        "Once the aircraft had been unloaded, the crates were put on trucks that drove on to RSF positions around "
        "Mellit, two of the officials said.", "2024-09-10"))
    assert ends(legs) == {("ae-abu-dhabi-airport", "td-amdjarass-airport"), ("td-amdjarass", "sd-mellit")}


@pytest.mark.parametrize("text", [
    "Iranian tankers still deliver crude oil to the refinery at Baniyas, down the coast.",
    "Russian landing ships sailed from Novorossiysk to Tartus, their decks crowded with armoured vehicles and trucks, "
    "at the height of Moscow's intervention.",
])
def test_oil_and_vehicles_listed_as_cargo_make_no_movement(legs_of, text):
    assert all(leg.destination.country != "RU" for leg in legs_of(text))
    assert all(leg.cargo for leg in legs_of(text))


def test_a_town_near_which_a_country_was_entered_ends_the_movement_when_nothing_goes_on(legs_of):
    leg = only(legs_of("Contingents of these fighters have crossed back from Eritrea into Sudan near Kassala since "
                       "late 2023 to reinforce army lines."))
    assert (leg.origin.id, leg.destination.id, leg.mode) == ("er", "sd-kassala", "land")


def test_left_a_town_for_positions_near_another_ends_there_by_road(legs_of):
    leg = only(legs_of("On Sunday, a convoy of about 20 trucks carrying weapons offloaded from the flights left Bosaso "
                       "for forward positions near Iskushuban, a Puntland official said."))
    assert (leg.origin.id, leg.destination.id, leg.mode) == ("so-bosaso", "so-iskushuban", "land")


def test_skiffs_that_came_ashore_near_a_town_end_there(legs_of):
    leg = only(legs_of("Fibreglass skiffs, each carrying between 30 and 60 weapons, departed from landing points around "
                       "Mukalla, in Hadramawt governorate, Yemen, and came ashore on the coast near Laasqoray, Sanaag "
                       "region."))
    assert (leg.origin.id.removesuffix("-port"), leg.destination.id, leg.mode) == ("ye-mukalla", "so-las-khorey", "sea")


def test_driven_to_a_countrys_border_goes_into_it(legs_of):
    leg = only(legs_of("From Constanta the shells were loaded onto trucks and driven north to the Ukrainian border, "
                       "one of the sources said."))
    assert (leg.origin.id, leg.destination.id, leg.mode) == ("ro-constanta", "ua", "land")


def test_a_missile_that_crossed_into_airspace_delivers_nothing_there(legs_of):
    legs = legs_of("In March a Russian cruise missile crossed briefly into Polish airspace near the border.")
    assert not any(leg.destination.country == "PL" for leg in legs)


def test_the_last_broadcast_position_is_where_the_vessel_set_out(legs_of):
    legs = legs_of("The cargo ship Angara carried containers of artillery shells for Russia. Its last broadcast position "
                   "placed it off Rajin on 12 December; imagery taken on 14 December shows it unloading at Vostochny.",
                   "2024-01-10")
    assert ("kp-rajin-port", "ru-vostochny-port") in ends(legs)


def test_a_place_listed_after_including_narrows_a_country(legs_of):
    legs = legs_of("The containers offloaded at Dunai were subsequently placed on trains and carried by rail "
                   "to ammunition depots in western Russia, including a depot near Tikhoretsk, Krasnodar Krai.")
    leg = only(legs)
    assert (leg.origin.id, leg.destination.name, leg.mode) == ("ru-dunai-port", "Tikhoretsk", "land")


def test_airports_by_their_short_name_and_by_the_town_they_serve(legs_of):
    leg = only(legs_of("On 20 September an Azerbaijani Air Force Il-76MD carrying air-defence launchers flew from "
                       "Heydar Aliyev International to Lankaran International Airport in the south."))
    assert (leg.origin.country, leg.origin.type, leg.destination.id, leg.mode) == ("AZ", "airport", "icao-ubbl", "air")
    assert leg.cargo == ("air defence systems",)


def test_radars_are_cargo(legs_of):
    leg = only(legs_of("France agreed to supply three Thales GM200 air surveillance radars to Armenia."))
    assert (leg.origin.id, leg.destination.id, leg.status, leg.cargo) == ("fr", "am", "planned", ("radars",))


def test_lorries_that_head_west_from_where_the_sentence_opens(legs_of):
    leg = only(legs_of("At Albu Kamal, the officials say, the rockets are shifted onto smaller lorries, which head "
                       "west across the desert, past Palmyra and Homs, to the area around Qusayr."))
    assert (leg.origin.id, leg.destination.id, leg.mode) == ("sy-abu-kamal", "sy-qusayr", "land")


def test_a_move_into_the_region_it_starts_in_is_no_leg(legs_of):
    legs = legs_of("Ferries carried ammunition from Port Kavkaz to Kerch. After unloading at Kerch, the wagons "
                   "were coupled to trains heading west into Crimea.")
    assert not any(leg.destination.id == "ua-crimea" for leg in legs)


def test_a_pronoun_after_a_time_takes_up_the_shipment(legs_of):
    legs = legs_of("The first Pinaka launchers were loaded at Nhava Sheva and arrived at Bandar Abbas in July 2023. "
                   "In August they were carried by truck north across Iran and entered Armenia at the Agarak crossing.")
    assert ("ir-bandar-abbas", "am-agarak-crossing") in {(leg.origin.id.removesuffix("-port"), leg.destination.id)
                                                           for leg in legs}


def test_a_subject_after_a_time_sends(legs_of):
    leg = only(legs_of("In 2021 Ankara sent military advisers to Nakhchivan."))
    assert (leg.origin.id, leg.destination.id, leg.date) == ("tr", "az-nakhchivan", "2021")


@pytest.mark.parametrize("text, origin, destination", [
    ("Somalia's foreign ministry accused Ethiopia of sending two trucks loaded with weapons into Puntland.",
     "et", "so-puntland"),
    ("Washington blamed Iran for smuggling drones to Yemen.", "ir", "ye"),
])
def test_the_accused_is_who_moved_it_and_the_movement_only_alleged(legs_of, text, origin, destination):
    leg = only(legs_of(text))
    assert (leg.origin.id, leg.destination.id, leg.status) == (origin, destination, "alleged")


@pytest.mark.parametrize("text", [
    'A government spokesman said that "no aircraft carrying military cargo from the Emirates has ever landed at '
    'Abeche," the largest city in the east.',
    "No weapons have arrived at Abeche from the Emirates, the ministry said.",
])
def test_no_vehicle_or_cargo_that_has_moved_is_a_denial(legs_of, text):
    leg = only(legs_of(text))
    assert (leg.origin.id, leg.destination.id.removesuffix("-airport"), leg.status) == ("ae", "td-abeche", "denied")


def test_no_fewer_than_is_no_denial(legs_of):
    leg = only(legs_of("No fewer than 40 Il-76 aircraft carrying weapons have landed at Abeche from the Emirates."))
    assert leg.status == "reported"


def test_any_vehicle_that_might_move_is_no_movement(legs_of):
    assert legs_of("Any ship sailing to Ukrainian ports with weapons would be treated as a target.") == []


def test_a_government_that_said_it_delivered_is_the_origin(legs_of):
    leg = only(legs_of("The Government of Türkiye informed the Panel that it had delivered, on 2 February 2024, "
                       "1,500 MPT-76 rifles by air to Aden Adde International Airport for the Somali National Army."))
    assert (leg.origin.id, leg.destination.id, leg.mode, leg.date) == ("tr", "so-mogadishu-airport", "air", "2024-02-02")


def test_a_government_that_said_it_will_send_is_the_origin(legs_of):
    legs = legs_of("Germany said on Tuesday it will send 4,800 troops and their armoured vehicles to Rukla. "
                   "Moscow said it had delivered the first S-400 missile batteries to Ankara.")
    assert [(leg.origin.id, leg.destination.country, leg.status) for leg in legs] == \
        [("de", "LT", "planned"), ("ru", "TR", "reported")]


def test_a_government_that_sent_only_aid_sent_no_leg(legs_of):
    assert legs_of("In a statement, the United Arab Emirates said it had sent only humanitarian aid to Chad, "
                   "and denied sending weapons or ammunition to either side.") == []


def test_a_truck_stopped_in_a_town_ended_its_journey_there(legs_of):
    leg = only(legs_of("In January, Mexican customs officers in Nuevo Laredo found 60,000 rounds of ammunition in the "
                       "sleeper cab of a tractor-trailer that had crossed the World Trade Bridge from Laredo, Texas."))
    assert (leg.origin.name, leg.destination.name, leg.mode) == ("Laredo", "Nuevo Laredo", "land")


def test_a_lorry_stopped_at_a_border_crossing_goes_on_to_where_it_was_heading(legs_of):
    leg = only(legs_of("On Tuesday, customs officers at the Shehen crossing stopped a lorry that had entered from "
                       "Oman with about 200 drone navigation modules hidden beneath its cargo. The truck was heading "
                       "for Sanaa, the official said."))
    assert (leg.origin.id, leg.destination.id, leg.mode) == ("om", "ye-sanaa", "land")


def test_rifles_seized_from_a_car_that_entered_from_a_town_came_from_there(legs_of):
    leg = only(legs_of("The following day, customs officers in Ciudad Juárez seized two .50-caliber rifles and "
                       "1,200 cartridges from a car that entered from El Paso over the Paso del Norte bridge."))
    assert (leg.origin.name, leg.destination.name) == ("El Paso", "Ciudad Juárez")


def test_a_lorry_stopped_at_a_checkpoint_did_not_end_its_journey_there(legs_of):
    assert legs_of("On 4 July 2023, security forces at a checkpoint near Al-Abr stopped a lorry carrying drone "
                   "engines that had departed the port of Nishtun two days earlier.") == []


def test_an_air_base_next_to_a_named_airport_is_that_airport(legs_of):
    leg = only(legs_of("About 150 French troops flew to France from the air base next to Niamey's Diori Hamani "
                       "international airport on Friday."))
    assert (leg.origin.id, leg.destination.id) == ("ne-niamey-airport", "fr")


def test_goods_parked_somewhere_to_be_trucked_and_then_shipped_are_two_planned_legs(legs_of):
    legs = legs_of("Armoured vehicles and helicopter parts now parked in N'Djamena are to be trucked to the "
                   "Cameroonian port of Douala in the coming weeks and then loaded onto ships bound for France.")
    assert sorted((leg.origin.id, leg.destination.id, leg.mode, leg.status) for leg in legs) == [
        ("cm-douala-port", "fr", "sea", "planned"), ("td-ndjamena", "cm-douala-port", "land", "planned")]


def test_aircraft_moved_closer_to_a_border_went_nowhere_named(legs_of):
    assert legs_of("Washington has also moved combat aircraft closer to Russia's borders.") == []


def test_washington_acting_is_the_united_states(legs_of):
    leg = only(legs_of("Washington has sent 31 Abrams tanks to Ukraine."))
    assert (leg.origin.id, leg.destination.id) == ("us", "ua")


def test_tapa_beside_estonian_places_is_the_estonian_garrison_town(legs_of):
    leg = only(legs_of("From Amari air base the British troops were taken by bus to the army base at Tapa, about "
                       "120 km east of Tallinn, Estonian officials said."))
    assert (leg.origin.id, leg.destination.country, leg.mode) == ("ee-amari-airbase", "EE", "land")


def test_a_named_agency_answers_for_what_it_reports(legs_of):
    leg = only(legs_of("According to the National Intelligence Service, the soldiers were carried from the port city "
                       "of Chongjin to Vladivostok aboard Russian navy transport ships between Oct. 8 and 13.",
                       published="2024-10-18"))
    assert (leg.origin.country, leg.destination.country, leg.mode, leg.status) == ("KP", "RU", "sea", "reported")


def test_naval_ships_seen_off_a_port_are_ships_not_shipping(legs_of):
    legs = legs_of("The soldiers were carried from Chongjin to Vladivostok aboard Russian transport ships. "
                   "Satellite imagery captured Russian naval ships in waters off Chongjin, along with large groups "
                   "of North Korean soldiers gathered near the port.")
    assert [(leg.origin.country, leg.destination.country) for leg in legs] == [("KP", "RU")]


def test_crates_loaded_and_shipped_across_the_sea_on_leaked_papers_went_by_sea(legs_of):
    leg = only(legs_of("According to leaked documents verified by the newspaper, crates of warheads and engines were "
                       "loaded at Bandar Anzali, Iran's main Caspian port, and shipped across the sea to Makhachkala."))
    assert (leg.origin.country, leg.destination.country, leg.mode, leg.status) == ("IR", "RU", "sea", "reported")


def test_crates_put_on_trains_to_a_plant_go_on_by_rail(legs_of):
    legs = legs_of("Crates of Shahed drone parts were shipped from Amirabad to Makhachkala. From Makhachkala the "
                   "crates were put on trains to Alabuga, a journey of some 2,000km.")
    assert [(leg.origin.id, leg.destination.id, leg.mode) for leg in legs][-1] == \
        ("ru-makhachkala", "ru-alabuga-sez", "land")


def test_a_clause_after_as_keeps_its_places_to_itself(legs_of):
    leg = only(legs_of("Egyptian air force transport aircraft delivered a batch of armed drones to Sudan's Wadi "
                       "Seidna air base on Saturday, as the army presses an offensive to retake Khartoum from the "
                       "Rapid Support Forces.", published="2025-01-20"))
    assert (leg.origin.id, leg.destination.id, leg.date) == ("eg", "sd-wadi-seidna-airbase", "2025-01-18")


def test_a_shipment_expected_next_month_is_dated_to_it(legs_of):
    leg = only(legs_of("A second shipment of drone munitions is expected to be flown in from Egypt to Port Sudan "
                       "next month.", published="2025-01-20"))
    assert (leg.status, leg.date) == ("planned", "2025-02")


def test_charters_flown_for_a_military_are_a_client_not_a_destination(legs_of):
    assert legs_of("The Il-76 freighters were registered in Kyrgyzstan and Kazakhstan and operated by companies "
                   "that have previously flown charters for the Emirati military.") == []


def test_cargo_from_those_flights_moves_on_from_where_they_landed(legs_of):
    legs = legs_of("An Antonov An-32 made at least eleven flights this year from Bangui M'Poko airport to the "
                   "airstrip at Birao. Birao has no scheduled passenger service. Russian military instructors have "
                   "a base at Birao. According to three local traders, cargo from those flights is moved on by truck "
                   "across the border and then north to Nyala.")
    assert [(leg.origin.name, leg.destination.name, leg.mode) for leg in legs][-1] == ("Birao", "Nyala", "land")


def test_crates_unloaded_from_planes_somewhere_are_driven_on_from_there(legs_of):
    leg = only(legs_of("Crates of ammunition unloaded from cargo planes at the airstrip in Amdjarass are driven across "
                       "the frontier at Tiné and then east, over roughly 400 km of sand, to the Rapid Support Forces' "
                       "lines outside El Fasher."))
    assert (leg.origin.name, leg.destination.name, leg.mode) == ("Amdjarass", "El Fasher", "land")


def test_a_campaign_orchestrated_from_capitals_sends_nothing_from_them(legs_of):
    legs = legs_of("Venezuela's defence minister has rejected claims that weapons of the armed forces reach "
                   "Colombian armed groups, calling them part of a media campaign orchestrated from Bogotá and "
                   "Washington.")
    assert all(leg.origin.country not in ("CO", "US") for leg in legs)


def test_rifles_smuggled_from_a_border_town_to_arauquita(legs_of):
    leg = only(legs_of("Rifles and grenades drawn from Venezuelan military stocks are smuggled on motorbikes through "
                       "informal crossings from the Venezuelan town of Guasdualito to Arauquita."))
    assert (leg.origin.country, leg.destination.name, leg.mode) == ("VE", "Arauquita", "land")


def test_reports_citing_unnamed_officials_are_allegations(legs_of):
    leg = only(legs_of("The reports, citing unnamed U.S. and European officials, said a consignment of Fath-360 "
                       "missiles had been loaded onto a Russian-flagged vessel at the Iranian port of Amirabad and "
                       "unloaded at Astrakhan."))
    assert (leg.origin.country, leg.destination.country, leg.mode, leg.status) == ("IR", "RU", "sea", "alleged")


def test_troops_sent_with_a_mandate_to_hand_over_power_cross_into_one_country(legs_of):
    leg = only(legs_of("Senegalese troops crossed into the Gambia on Thursday, backed by a mandate from West African "
                       "leaders, to force longtime ruler Yahya Jammeh to hand over power to Adama Barrow.",
                       published="2017-01-20"))
    assert (leg.origin.id, leg.destination.id, leg.mode, leg.date) == ("sn", "gm", "land", "2017-01-19")


def test_pilots_who_continue_to_train_somewhere_go_nowhere(legs_of):
    assert legs_of("Taiwanese fighter pilots continue to train with the 21st Fighter Squadron at Luke Air Force "
                   "Base in Arizona, a relationship that dates to the late 1990s.") == []


def test_a_freighter_that_continued_to_al_jufra_went_on_there(legs_of):
    leg = only(legs_of("An Antonov An-124 heavy freighter left Hmeimim, stopped at Benina airport in Benghazi to "
                       "refuel, and then continued to al-Jufra air base in central Libya."))
    assert (leg.origin.country, leg.destination.country, leg.mode) == ("SY", "LY", "air")


def test_units_kept_at_training_grounds_set_out_from_there(legs_of):
    leg = only(legs_of("The North Korean troops, which had spent several weeks at training grounds around Ussuriysk "
                       "under Russian instructors, were transferred to the Kursk region by military trains."))
    assert (leg.origin.name, leg.destination.id, leg.mode) == ("Ussuriysk", "adm1-ru-kursk", "land")


def test_soldiers_moved_from_a_training_ground_near_a_town_left_from_it(legs_of):
    leg = only(legs_of("Some of those soldiers have been moved by rail from the Sergeevka training ground near "
                       "Ussuriysk to the Kursk region."))
    assert (leg.origin.name, leg.destination.id) == ("Ussuriysk", "adm1-ru-kursk")


def test_commando_units_of_a_country_word_came_from_it(legs_of):
    leg = only(legs_of("Turkish commando units crossed the border into the Metina area of Iraq's Duhok province "
                       "late on Sunday."))
    assert (leg.origin.id, leg.destination.country, leg.mode) == ("tr", "IQ", "land")


def test_a_crossing_reopened_to_civilian_traffic_moves_nothing(legs_of):
    assert legs_of("At the western end, the Al-Qaim crossing opposite Albu Kamal, reopened to civilian traffic in "
                   "September 2019, is the only formal gateway into Syria that Iran-aligned forces control.") == []


def test_aircraft_shipped_in_crates_to_a_port_went_by_sea(legs_of):
    legs = legs_of("Six of the fighter jets were shipped in crates from Vladivostok to Yangon's Thilawa port in early "
                   "2019 and were then trucked north to Meiktila.")
    assert [(leg.origin.country, leg.destination.name, leg.mode) for leg in legs] == [
        ("RU", "Thilawa Port", "sea"), ("MM", "Meiktila", "land")]


def test_jets_to_be_delivered_by_a_country_come_from_it(legs_of):
    leg = only(legs_of("The remaining four fighter jets are expected to be delivered by Russia to Myanmar next year."))
    assert (leg.origin.id, leg.destination.id, leg.status) == ("ru", "mm", "planned")


def test_what_media_reports_say_is_alleged(legs_of):
    leg = only(legs_of("Question: Some media reports say that weapons and ammunition have been moved across the "
                       "border from Ruili in Yunnan to armed groups in Myanmar."))
    assert (leg.origin.country, leg.destination.country, leg.status) == ("CN", "MM", "alleged")


def test_jets_flown_with_tanker_support_fly(legs_of):
    leg = only(legs_of("The first Qatari Typhoon fighter jets are scheduled to leave the final-assembly site at Warton, "
                       "Lancashire, in August and will be flown to Qatar with the support of Royal Air Force Voyager "
                       "tankers."))
    assert (leg.origin.id, leg.destination.id, leg.mode, leg.status) == ("gb-warton", "qa", "air", "planned")


def test_a_facility_near_a_city_is_one_origin(legs_of):
    legs = legs_of("The first of the Emirati fighter jets are due to be flown from Dassault's Mérignac facility near "
                   "Bordeaux to Al Dhafra Air Base in 2027.")
    assert [(leg.origin.name, leg.destination.id) for leg in legs] == [("Mérignac", "ae-al-dhafra")]


def test_an_end_is_not_where_the_flight_meant_to_do_something(legs_of):
    legs = legs_of("Cairo's first three Rafale jets were flown from Istres in southern France to Cairo West air base "
                   "in July 2015, in time to overfly the inauguration of the new Suez Canal branch at Ismailia.")
    assert [leg.destination.id for leg in legs] == ["eg-cairo-west-airbase"]


def test_mortar_bombs_that_landed_on_a_market_were_fired_not_delivered(legs_of):
    assert legs_of("The mortar bombs that landed on a market in El Fasher in May, killing at least 40 people, were "
                   "made in Bulgaria.") == []


def test_a_second_column_set_out_from_where_the_first_did(legs_of):
    legs = legs_of("Eritrean soldiers crossed into Ethiopia's Tigray region through the border town of Zalambessa "
                   "last month. A second column, described as at least a mechanised brigade, entered further west "
                   "near Humera around Nov. 10.", published="2020-12-05")
    assert [(leg.origin.id, leg.destination.name) for leg in legs][-1] == ("er", "Humera")


def test_a_denial_naming_its_claim_leaves_the_governments_own_deployment_standing(legs_of):
    legs = legs_of("ADDIS ABABA - The Government has deployed additional mechanised units from Gondar to Humera. "
                   "The Government categorically rejects claims that the Ethiopian Air Force has received armed "
                   "drones from the United Arab Emirates.")
    assert sorted((leg.origin.id, leg.destination.id, leg.status) for leg in legs) == [
        ("ae", "et", "denied"), ("et-gondar", "et-humera", "reported")]


def test_humanitarian_convoys_are_no_arms_movement(legs_of):
    assert legs_of("Humanitarian convoys continue to travel from Semera to Mekelle along the Abala road, the "
                   "Government of Ethiopia said in a statement on the war.") == []


def test_an_airline_sanctioned_years_ago_for_ferrying_arms_moved_nothing_then(legs_of):
    leg = only(legs_of("On 1 August 2021 a Boeing 747 freighter operated by Qeshm Fars Air, an Iranian airline placed "
                       "under US sanctions in 2019 for ferrying weapons to Syria, flew from Bandar Abbas to Harar Meda.",
                       published="2021-10-01"))
    assert (leg.origin.country, leg.destination.country, leg.date) == ("IR", "ET", "2021-08-01")


def test_the_date_a_report_came_out_does_not_date_what_it_reports(legs_of):
    leg = only(legs_of("In June 2021, CNN reported that Ethiopian Airlines cargo planes had carried weapons and "
                       "ammunition from Bole International Airport in Addis Ababa to Asmara in November 2020.",
                       published="2021-10-01"))
    assert leg.date == "2020-11"


def test_trucks_hauling_helicopter_parts_to_a_port_then_ships_for_france(legs_of):
    legs = legs_of("Over the preceding months, hundreds of trucks had hauled armoured vehicles, helicopters' spare "
                   "parts and some 4,000 containers from Gao down to the port of Abidjan, in Côte d'Ivoire, where "
                   "they were loaded onto chartered cargo ships for France.")
    assert sorted((leg.origin.country, leg.destination.country, leg.mode) for leg in legs) == [
        ("CI", "FR", "sea"), ("ML", "CI", "land")]


def test_ships_loading_grain_for_three_countries_load_where_they_are(legs_of):
    assert legs_of("On a good morning there are six bulk carriers loading wheat and corn for Egypt, Turkey and "
                   "China.") == []


def test_who_said_where_and_when_that_troops_moved_did_not_move_them(legs_of):
    leg = only(legs_of("Lithuania's State Security Department said in a briefing in Vilnius on Tuesday that a "
                       "battalion of the Pskov-based 76th Guards Air Assault Division had been transferred to Belarus "
                       "in late August.", published="2025-09-05"))
    assert (leg.origin.name, leg.destination.id) == ("Pskov", "by")


def test_a_spokesman_on_record_answers_for_what_he_says(legs_of):
    leg = only(legs_of("Some two dozen armored personnel carriers were shipped by the United States to the port of "
                       "Port-au-Prince last month, according to a State Department spokesman in Washington."))
    assert (leg.origin.id, leg.destination.country, leg.status) == ("us", "HT", "reported")


def test_these_trains_set_out_from_the_rail_yard_the_sentence_before_named(legs_of):
    legs = legs_of("Imagery of the Tumangang rail yard in August shows up to 73 freight wagons at a time, several "
                   "of them covered with tarpaulins. We assess that some of these trains probably carried munitions "
                   "across the bridge to the Russian border station at Khasan.")
    assert [(leg.origin.country, leg.destination.name, leg.mode, leg.status) for leg in legs] == [
        ("KP", "Khasan", "land", "alleged")]


def test_a_heading_to_a_region_gives_way_to_the_trains_the_story_follows(legs_of):
    legs = legs_of("Belarus sends ammunition trains to Russia's Bryansk region, monitors say\n\nVILNIUS, March 14 - "
                   "Two trains loaded with ammunition left a military storage base near Kalinkavichy in Belarus's "
                   "Gomel region last week and travelled to the Russian town of Klintsy.", published="2023-03-14")
    assert [(leg.origin.country, leg.destination.name) for leg in legs] == [("BY", "Klintsy")]


def test_the_destination_a_ship_lists_is_where_it_sails(legs_of):
    leg = only(legs_of("AIS shows the general cargo ship Hai Xiang 19 left Shanghai's Waigaoqiao terminal on 9 May "
                       "with Chittagong listed as her destination, carrying missiles for the Bangladesh Navy."))
    assert (leg.origin.country, leg.destination.name, leg.mode) == ("CN", "Port of Chittagong", "sea")


def test_a_passage_from_one_port_to_another_is_a_voyage(legs_of):
    leg = only(legs_of("Her sister frigates made the same passage from Shanghai to Karachi in early 2023."))
    assert (leg.origin.country, leg.destination.country, leg.mode) == ("CN", "PK", "sea")


def test_a_weekday_by_the_movement_word_dates_it_rather_than_a_bare_year_after_it(legs_of):
    leg = only(legs_of("The frigate PNS Shah Jahan berthed at Karachi on Sunday after a passage from Shanghai, "
                       "closing out a programme that began in 2017.", published="2023-05-24"))
    assert leg.date == "2023-05-21"


def test_a_short_drive_between_two_named_towns_is_a_leg(legs_of):
    leg = only(legs_of("After the container cleared customs at Port-au-Prince, the rifles were loaded onto a pickup "
                       "truck and driven from the port to Croix-des-Bouquets, where they were handed to a gang."))
    assert (leg.destination.name, leg.mode) == ("Croix-des-Bouquets", "land")


def test_a_licence_to_export_is_no_shipment(legs_of):
    assert legs_of("At no time did the defendant obtain a license from the U.S. Department of Commerce to export "
                   "firearms or ammunition to Haiti.") == []


def test_a_country_word_in_a_later_clause_leaves_the_subject_the_origin(legs_of):
    leg = only(legs_of("Turkey delivered drones to Azerbaijan in 2020, weeks before the war in which they destroyed "
                       "Armenian tanks."))
    assert (leg.origin.id, leg.destination.id) == ("tr", "az")


def test_the_convoy_seen_paragraphs_later_starts_where_the_shipment_landed(legs_of):
    legs = legs_of("The ro-ro ship Hai Feng 819 sailed from Shanghai with armoured vehicles and berthed at the Port "
                   "of Conakry on 19 June. Satellite imagery from 20 June shows 40 vehicles on the quay. Videos showed "
                   "vehicles on flatbed lorries along the highway. We geolocated clips to Mamou and Kankan. The "
                   "defence minister attended a ceremony. We conclude that the convoy reached Bamako on 28 June.")
    assert ("gn-conakry-port", "ml-bamako") in ends(legs)


def test_weapons_bought_paragraphs_later_do_not_start_where_the_shipment_landed(legs_of):
    legs = legs_of("A container of rifles sailed from Miami and was unloaded at Port-au-Prince in March. Police "
                   "opened it. Gangs control the port. Officials met in Washington. Investigators believe the "
                   "weapons were bought at gun stores in Florida by straw purchasers.")
    assert not any(leg.origin.country == "HT" for leg in legs)


# -- weapons in use --------------------------------------------------------------------------------

def test_a_place_weapons_are_fired_into_is_a_target_not_a_destination(legs_of):
    leg = only(legs_of("North Korea has provided Russia with ballistic missile launchers and several ballistic "
                       "missiles, and Russia fired some of them into Ukraine on December 30."))
    assert (leg.origin.id, leg.destination.id) == ("kp", "ru")


@pytest.mark.parametrize("text", [
    "In March a Russian cruise missile crossed briefly into Polish airspace before turning back towards "
    "western Ukraine.",
    "Two Iranian drones flew into Iraq from Iran and struck a base near Erbil.",
])
def test_a_munition_in_flight_is_no_movement(legs_of, text):
    assert legs_of(text) == []


def test_munitions_carried_across_a_border_still_move(legs_of):
    legs = legs_of("Trucks loaded with missiles crossed from Iraq into Syria at Al-Qaim on Sunday and headed for "
                   "Deir ez-Zor.")
    assert ("iq", "sy-deir-ez-zor") in ends(legs)


def test_into_the_region_refers_back_to_the_region_named(legs_of):
    leg = only(legs_of("When war broke out in Tigray in November 2020, Eritrean troops crossed the border into "
                       "the region within days."))
    assert (leg.origin.id, leg.destination.id, leg.mode) == ("er", "et-tigray", "land")


def test_fighters_for_conflicts_in_the_region_go_nowhere_new(legs_of):
    leg = only(legs_of("Fighters crossed from Kufra into Sudan in August. Kufra has long served as a hub for the "
                       "recruitment of fighters for conflicts in the region."))
    assert (leg.origin.id, leg.destination.id) == ("ly-kufra", "sd")


# -- who receives, and leads that sum up a chain -----------------------------------------------------

def test_bought_from_the_maker(legs_of):
    leg = only(legs_of("Armenia bought Indian-made howitzers."))
    assert (leg.origin.id, leg.destination.id) == ("in", "am")


def test_a_receiver_is_the_end_whatever_a_later_clause_names(legs_of):
    leg = only(legs_of("Armenia has taken delivery of its first Indian-made howitzers, the latest sign it is turning "
                       "away from Russia after losing Nagorno-Karabakh to Azerbaijan last year."))
    assert (leg.origin.id, leg.destination.id) == ("in", "am")


@pytest.mark.parametrize("text, destination", [
    ("The Russian base in Gyumri hosts 3,000 troops. The base is resupplied by air from Mozdok in North Ossetia.",
     "am-gyumri-base"),
    ("Armenia was supplied with Pinaka launchers by India.", "am"),
])
def test_a_passive_supply_verb_ends_at_its_subject(legs_of, text, destination):
    leg = only(legs_of(text))
    assert leg.destination.id == destination
    assert leg.origin.country in ("RU", "IN")


def test_a_lead_that_sums_up_the_chain_below_is_no_leg_of_its_own(legs_of):
    legs = legs_of("Armenia has taken delivery of its first Indian-made towed howitzers, officials said. The guns were "
                   "shipped in May from the Indian port of Nhava Sheva to Iran's Bandar Abbas. From there they were "
                   "loaded onto trucks and driven north across Iran into Armenia.", "2024-07-09")
    assert ends(legs) == {("in-nhava-sheva-port", "ir-bandar-abbas-port"), ("ir-bandar-abbas", "am")}


def test_a_leg_through_the_chains_own_stop_sums_it_up(legs_of):
    legs = legs_of("The recruits were gathered in the Afrin region and then bussed across the border into Turkey and on "
                   "to Gaziantep. From Gaziantep they were flown to Baku on chartered aircraft. Macron said some 300 "
                   "fighters had left Syria for Baku by way of Gaziantep.", "2020-10-02")
    assert ends(legs) == {("sy-afrin", "tr-gaziantep"), ("tr-gaziantep-airport", "az-baku-airport")}


def test_a_planned_leg_is_not_summed_up_by_a_chain_that_happened(legs_of):
    legs = legs_of("France would supply 36 Caesar howitzers to Armenia, the minister said. Bastion vehicles were shipped "
                   "from France to Poti and then driven across Georgia to Armenia.")
    assert ("fr", "am") in ends(legs)


def test_supplied_then_expected_to_reach_is_one_planned_leg(legs_of):
    leg = only(legs_of("Paris has also agreed to supply three surveillance radars and Mistral missiles; these are "
                       "expected to reach Armenia during 2024 and 2025."))
    assert (leg.origin.id, leg.destination.id, leg.status) == ("fr", "am", "planned")


def test_would_continue_to_send_is_planned(legs_of):
    leg = only(legs_of("Iran would continue to send weapons to Hezbollah by every route that remains open, he said."))
    assert (leg.origin.id, leg.destination.id, leg.status) == ("ir", "lb", "planned")


def test_a_counted_part_of_the_flights_sets_out_where_they_did(legs_of):
    legs = legs_of("We identified 17 flights by Il-76TD freighters that departed Ovda between 2 March and 18 September "
                   "2023. Fifteen of them landed at Heydar Aliyev International Airport in Baku. The remaining two, on "
                   "4 and 11 September, flew instead to Nakhchivan.", "2023-10-01")
    assert {(leg.origin.id, leg.destination.country) for leg in legs} == {("il-ovda-airbase", "AZ")}
    assert len(legs) == 2 and all(leg.mode == "air" for leg in legs)


# -- restated flights, named owners, denials of claims ------------------------------------------------

def test_a_flight_whose_departure_the_next_sentence_tells_is_one_leg(legs_of):
    legs = legs_of("Russian military cargo planes have landed in Mali's capital at least eight times since mid-February, "
                   "in what analysts say is the biggest airlift so far for the Russian defence ministry's Africa Corps. "
                   "The Ilyushin Il-76 transport aircraft departed from Hmeimim, Russia's air base near the Syrian port "
                   "city of Latakia, and refuelled at al-Khadim before continuing to Modibo Keita International Airport "
                   "in Bamako.", "2024-03-07")
    assert ends(legs) == {("sy-hmeimim-airbase", "ml-bamako-airport")}


def test_a_denial_of_claims_that_names_the_movers_country(legs_of):
    leg = only(legs_of("In March 2023, Georgia's Revenue Service denied claims spread on social media that Russian "
                       "military trucks bound for Gyumri had passed through Upper Lars."))
    assert (leg.origin.id, leg.destination.id, leg.status) == ("ru", "am-gyumri", "denied")


def test_a_cue_in_the_clause_of_the_speaker_does_not_reach_the_mover(legs_of):
    leg = only(legs_of("A spokesperson for the foreign ministry denied that Iran itself was supplying any weapons to "
                       "Armenia."))
    assert (leg.origin.id, leg.destination.id, leg.status) == ("ir", "am", "denied")


def test_a_ferry_crossing_after_a_rail_journey_is_a_sea_leg(legs_of):
    legs = legs_of("Twelve armoured vehicles, which had been brought by rail from Turkey through Georgia to the port of "
                   "Alat, were carried by ferry from Alat to Aktau in August.")
    assert {(leg.origin.id, leg.destination.id, leg.mode) for leg in legs} == {
        ("tr", "az-baku-port", "land"), ("az-baku-port", "kz-aktau-port", "sea")}


def test_a_lead_convoy_whose_ends_the_next_sentence_names_is_one_leg(legs_of):
    legs = legs_of("French troops began pulling out of Niger on Tuesday, with a first convoy of military trucks leaving "
                   "the capital and heading for neighboring Chad. The convoy, protected by Nigerien forces, set off from "
                   "the French base at Niamey's airport for N'Djamena, the Chadian capital.", "2023-10-11")
    assert {(leg.origin.id, leg.destination.id, leg.mode) for leg in legs} == {
        ("ne-niamey-airbase", "td-ndjamena", "land")}


@pytest.mark.parametrize("text", [
    "Chinese-manufactured armoured vehicles in the central Sahel: two supply chains, to Burkina Faso and Mali",
    # advice and training do not travel
    "Wagner personnel stationed at Al-Khadim air base in eastern Libya provided technical advice to RSF commanders.",
])
def test_words_about_supply_that_tell_no_movement(legs_of, text):
    assert legs_of(text) == []


def test_the_port_a_ship_reached_is_where_the_next_leg_starts(legs_of):
    legs = legs_of("Armoured vehicles and containers of ammunition left Durban in January aboard a chartered roll-on "
                   "roll-off vessel and were unloaded at Dar es Salaam. From the Tanzanian port they were trucked along "
                   "the copper corridor to Lubumbashi.", "2024-02-20")
    assert {(leg.origin.id, leg.destination.id, leg.mode) for leg in legs} == {
        ("za-durban-port", "tz-dar-es-salaam-port", "sea"), ("tz-dar-es-salaam-port", "cd-lubumbashi", "land")}


def test_a_contingent_flown_aboard_an_airliner_moves(legs_of):
    leg = only(legs_of("Tanzania's contingent flew directly from Dar es Salaam to Goma aboard a chartered airliner "
                       "earlier this month.", "2024-02-20"))
    assert (leg.origin.country, leg.destination.name.split()[0], leg.mode, leg.cargo) == ("TZ", "Goma", "air", ("troops",))


@pytest.mark.parametrize("text", [
    "The M23 has encircled Goma on three sides, and its artillery can reach the airport.",
    "The seizure comes as US and UK forces continue strikes on Houthi positions in Hodeidah.",
    "Convoys of army lorries heavy with ammunition are staged for the army's offensives towards Khartoum.",
    "Chad's government has said the flights bring supplies for an Emirati-funded field hospital for refugees.",
])
def test_ranges_strikes_and_offensives_are_no_movements(legs_of, text):
    assert legs_of(text) == []


def test_a_journey_that_continues_is_one_leg(legs_of):
    leg = only(legs_of("The ship left Tartus and continued to Benghazi with ammunition."))
    assert (leg.origin.id, leg.destination.id) == ("sy-tartus-port", "ly-benghazi-port")


def test_to_before_a_verb_is_a_purpose_not_a_destination(legs_of):
    legs = legs_of("A Saudi military transport plane carrying ammunition landed at Aden airport on Sunday, as "
                   "pro-government troops pressed an offensive to relieve the city of Marib.", "2022-02-07")
    assert ends(legs) == {("sa", "ye-aden-airport")}


def test_a_flight_that_flew_in_from_a_base_starts_there(legs_of):
    legs = legs_of("A Saudi military transport plane carrying ammunition landed at Aden airport on Sunday. The aircraft "
                   "flew in from King Khalid Air Base at Khamis Mushait in southern Saudi Arabia.", "2022-02-07")
    assert ends(legs) == {("sa-king-khalid-airbase", "ye-aden-airport")}


def test_loading_a_cargo_and_sailing_for_a_country(legs_of):
    leg = only(legs_of("U.S. forces seized missile parts from a dhow. The dhow had taken on its cargo at the Iranian "
                       "port of Konarak and was sailing for Houthi-held territory in Yemen, the statement said."))
    assert (leg.origin.id, leg.destination.id, leg.mode) == ("ir-konarak", "ye", "sea")


def test_the_final_destination_named_in_the_next_sentence(legs_of):
    leg = only(legs_of("Two security officials said the drone engines had been loaded in the Omani port city of Salalah "
                       "and hidden beneath crates of tinned tuna. Its final destination was the rebel-held capital, "
                       "Sanaa, they said."))
    assert (leg.origin.id, leg.destination.id) == ("om-salalah", "ye-sanaa")


def test_that_shipment_had_been_headed_for_a_town(legs_of):
    leg = only(legs_of("Last month a consignment of anti-tank missile guidance units crossed from Oman before it was "
                       "discovered at a checkpoint in Hadramawt. That shipment had been headed for Saada, they said."))
    assert (leg.origin.id, leg.destination.id) == ("om", "ye-saada")


def test_where_seized_arms_are_held_is_where_a_planned_transfer_starts(legs_of):
    leg = only(legs_of("The seized rifles and ammunition are being held in Bahrain pending legal proceedings and are "
                       "expected to be transferred afterwards to the armed forces of Ukraine."))
    assert (leg.origin.id, leg.destination.id, leg.status) == ("bh", "ua", "planned")


@pytest.mark.parametrize("text", [
    "A shipment of armoured personnel carriers from the United Arab Emirates is due to dock at the port of Mokha "
    "next week, he said.",
])
def test_due_to_is_planned(legs_of, text):
    assert only(legs_of(text)).status == "planned"


def test_a_count_of_trucks_stopped_at_a_checkpoint_is_no_new_leg(legs_of):
    legs = legs_of("The pallets of drone engines were loaded onto two trucks that left Nishtun on 17 March bound for "
                   "Sana'a. On 19 March, Government of Yemen forces stopped both trucks at the Al-Abr checkpoint in "
                   "Hadramawt.", "2023-06-01")
    assert ends(legs) == {("ye-nishtun", "ye-sanaa")}


def test_a_count_of_flights_between_two_places_still_moves(legs_of):
    leg = only(legs_of("Turkish A400M transport aircraft made at least four flights to Al-Watiya air base in western "
                       "Libya last month, carrying air defence components.", "2021-06-03"))
    assert (leg.origin.id, leg.destination.id) == ("tr", "ly-al-watiya-airbase")


def test_round_trips_between_two_airports(legs_of):
    leg = only(legs_of("Between 3 and 11 May 2024, an Ilyushin Il-76TD completed four round trips between Ras al-Khaimah "
                       "International Airport in the United Arab Emirates and Amdjarass in north-eastern Chad, carrying "
                       "ammunition.", "2024-07-02"))
    assert (leg.origin.id, leg.destination.id, leg.mode) == ("ae-ras-al-khaimah-airport", "td-amdjarass-airport", "air")


def test_across_a_two_country_border_at_a_crossing_ends_beyond_it(legs_of):
    legs = legs_of("The Bastion vehicles were shipped from France and unloaded last week at Poti, Georgia's main port on "
                   "the Black Sea. From there they were loaded onto flatbed trucks and driven across the Georgian-Armenian "
                   "border at the Sadakhlo crossing on Sunday.", "2024-01-16")
    assert ("ge-poti", "am", "land") in {(leg.origin.id, leg.destination.id, leg.mode) for leg in legs}


def test_across_the_border_at_a_town_ends_there(legs_of):
    leg = only(legs_of("Uganda is expected to send around 1,000 soldiers across the border at Bunagana before the end of "
                       "March, the spokesman added.", "2023-03-06"))
    assert (leg.origin.id, leg.destination.id, leg.status) == ("ug", "cd-bunagana", "planned")


def test_by_ferry_says_how_not_a_second_movement(legs_of):
    leg = only(legs_of("From Constanta, the ammunition has been driven north in convoys to the Danube, crossing by ferry at "
                       "Isaccea and continuing to the Ukrainian river port of Izmail, the officials said."))
    assert (leg.origin.name, leg.destination.id, leg.mode) == ("Constanta", "ua-izmail-port", "land")


def test_a_base_placed_by_its_bearing_from_a_city_is_one_place(legs_of):
    leg = only(legs_of("ADS-B records show that a United Arab Emirates Air Force C-17 Globemaster flew nine times between "
                       "Al Dhafra Air Base, south of Abu Dhabi, and Riyan airport outside Mukalla between 2 and 24 "
                       "October 2023.", "2023-11-20"))
    assert (leg.origin.id, leg.destination.id, leg.mode) == ("ae-al-dhafra", "ye-mukalla-airport", "air")


def test_columns_moving_into_a_region(legs_of):
    leg = only(legs_of("Abiy acknowledged that Eritrean soldiers were present in Tigray. Eritrean columns moved into Tigray through the border town of Zalambessa in the first days of "
                       "November, according to two residents.", "2021-03-26"))
    assert (leg.origin.id, leg.destination.id, leg.mode, leg.status) == ("er", "et-tigray", "land", "alleged")


def test_a_flight_that_touched_down_briefly_is_one_journey(legs_of):
    leg = only(legs_of("On 24 September the fighters were put aboard a chartered airliner at Gaziantep airport which, they "
                       "said, touched down briefly in Istanbul before flying on to Baku.", "2020-10-13"))
    assert (leg.origin.id, leg.destination.id, leg.mode) == ("tr-gaziantep-airport", "az-baku-airport", "air")


def test_where_a_column_waited_is_where_it_set_out(legs_of):
    leg = only(legs_of("A column of armoured personnel carriers, which had been waiting at Goris, drove early on Wednesday "
                       "through the Lachin corridor and reached Stepanakert by midday.", "2020-11-12"))
    assert (leg.origin.name, leg.destination.id, leg.mode) == ("Goris", "az-stepanakert", "land")


def test_not_in_one_place_but_at_another(legs_of):
    leg = only(legs_of("On 6 October an Il-76 carrying ammunition that departed Ovda in the early afternoon appears to have "
                       "landed not in Baku but at Ganja airport, close to the front line.", "2020-10-13"))
    assert (leg.origin.id, leg.destination.id) == ("il-ovda-airbase", "az-ganja-airport")


def test_information_on_a_delivery_is_not_a_delivery_by_who_has_it(legs_of):
    leg = only(legs_of("Hajiyev has said that Baku possesses information on the delivery of Serbian-made ammunition to "
                       "Armenia, APA reports.", "2020-10-29"))
    assert (leg.origin.id, leg.destination.id) == ("rs", "am")


def test_a_camp_on_the_outskirts_of_a_town_is_in_that_town(legs_of):
    leg = only(legs_of("The recruits were gathered in Afrin in mid-December and driven by bus through the Hawar Kilis "
                       "crossing to a Turkish military camp on the outskirts of Gaziantep.", "2020-01-13"))
    assert (leg.origin.id, leg.destination.id, leg.mode) == ("sy-afrin", "tr-gaziantep", "land")


def test_flown_in_to_where_the_sentence_before_placed_them(legs_of):
    leg = only(legs_of("Turkish F-16 fighter jets have been parked at Ganja airport since August. The jets had flown in "
                       "from Turkey in late July for joint exercises, which were held in Baku, and never went home.",
                       "2020-10-13"))
    assert (leg.origin.id, leg.destination.id, leg.mode) == ("tr", "az-ganja-airport", "air")


def test_a_refuelling_stop_told_after_the_landing_is_one_leg(legs_of):
    leg = only(legs_of("A U.S. Air Force C-17 cargo plane loaded with Patriot interceptor missiles landed at Rzeszow-Jasionka "
                       "airport on Wednesday. The aircraft had taken off from Dover Air Force Base in Delaware and stopped "
                       "to refuel at Ramstein Air Base in Germany before continuing east.", "2024-05-01"))
    assert (leg.origin.id, leg.destination.id, leg.mode) == ("us-dover-afb", "pl-rzeszow-jasionka", "air")


def test_a_gateway_for_aid_to_a_country_is_what_the_place_serves(legs_of):
    leg = only(legs_of("An Air Force C-17 carrying interceptor missiles landed at Rzeszow-Jasionka airport on Tuesday, the "
                       "latest delivery through the airfield in eastern Poland that has become the main gateway for "
                       "Western aid to Ukraine. The aircraft had taken off from Dover Air Force Base.", "2024-03-01"))
    assert (leg.origin.id, leg.destination.id, leg.mode) == ("us-dover-afb", "pl-rzeszow-jasionka", "air")


def test_where_a_ship_took_on_its_cargo_is_where_it_set_out(legs_of):
    leg = only(legs_of("A cargo ship unloaded some 300 containers of artillery shells at the port of Dunai last week. The vessel, which had "
                       "taken on the containers at the North Korean port of Rajin, was seen alongside the quay on "
                       "Tuesday.", "2024-09-20"))
    assert (leg.origin.id, leg.destination.id, leg.mode) == ("kp-rajin-port", "ru-dunai-port", "sea")


def test_the_cargo_s_goal_does_not_end_the_flight_that_landed(legs_of):
    leg = only(legs_of("Three C-17 transport planes that took off from Dover Air Force Base landed at Rzeszow-Jasionka "
                       "airport on Monday, carrying pallets of artillery shells destined for Ukraine.", "2024-03-05"))
    assert (leg.origin.id, leg.destination.id) == ("us-dover-afb", "pl-rzeszow-jasionka")


def test_strikes_carried_out_move_nothing(legs_of):
    assert legs_of("Israel carried out strikes on Iranian targets in Syria overnight, hitting weapons depots near "
                   "Damascus and killing at least nine fighters.", "2021-05-04") == []


def test_a_record_of_past_ferrying_is_no_leg_of_its_own(legs_of):
    leg = only(legs_of("A Boeing 747 freighter of Qeshm Fars Air, a carrier sanctioned by the US Treasury for ferrying "
                       "weapons to Syria, flew from Bandar Abbas to Addis Ababa on Sunday.", "2021-08-03"))
    assert (leg.origin.country, leg.destination.country) == ("IR", "ET")


def test_visits_and_notices_are_not_ends(legs_of):
    assert legs_of("The landing ship did not call at Mersin, despite the thaw since the president's visit to "
                   "St Petersburg.", "2016-10-12") == []
    assert legs_of("Deliveries of arms to the army must be notified to the sanctions committee in New York.",
                   "2022-01-10") == []


def test_where_a_unit_is_based_is_where_it_sets_out(legs_of):
    leg = only(legs_of("A battalion based in Kisangani is also due to be flown to Goma this weekend.", "2022-11-02"))
    assert (leg.origin.country, leg.destination.name, leg.mode, leg.status) == ("CD", "Goma International Airport",
                                                                               "air", "planned")
    leg = only(legs_of("Moscow is expected to send about 100 more troops to Burkina Faso, to reinforce the Russian "
                       "instructors already stationed in Ouagadougou.", "2024-02-01"))
    assert (leg.origin.id, leg.destination.id) == ("ru", "bf")


def test_a_country_after_a_landing_at_a_base_in_it_ends_at_the_base(legs_of):
    leg = only(legs_of("The first five F-16 fighter aircraft landed today at Fetesti air base in Romania. The jets took off "
                       "from Leeuwarden Air Base this morning and were flown to Romania by Dutch pilots.", "2023-11-06"))
    assert (leg.origin.id, leg.destination.id, leg.mode) == ("nl-leeuwarden-airbase", "ro-fetesti-airbase", "air")


def test_minerals_carried_across_a_border_are_trade(legs_of):
    assert legs_of("Investigators say coltan from Rubaya is carried across the border into Rwanda and sold on.",
                   "2023-06-01") == []


# -- firms, history, facilities of one city, clause openers ----------------------------------------

def test_where_a_carrier_is_registered_is_no_origin_and_its_history_moves_nothing(legs_of):
    legs = legs_of("Flight-tracking data show 94 flights by Il-76TD freighters from Al Dhafra Air Base to Harar Meda. "
                   "The aircraft were registered to three small carriers based in Kazakhstan and Kyrgyzstan, two of "
                   "which had earlier flown to eastern Libya. On eleven occasions the aircraft made a technical stop "
                   "at Berbera before continuing to Harar Meda.")
    assert ends(legs) == {("ae-al-dhafra", "et-harar-meda")}


def test_carriers_that_have_flown_for_a_military_name_no_destination(legs_of):
    legs = legs_of("The Times identified 23 flights from Abu Dhabi to Amdjarass, most of them operated by Il-76s "
                   "registered to charter companies in Kyrgyzstan and Kazakhstan that have flown for the Emirati "
                   "military in the past.")
    assert ends(legs) == {("ae-abu-dhabi-airport", "td-amdjarass-airport")}


def test_an_airport_and_a_base_of_one_city_are_two_ends(legs_of):
    legs = legs_of("Turkish A400M transports have brought armoured vehicles into Aden Adde. From the airport, "
                   "the equipment is driven under escort to Camp TURKSOM.")
    assert ends(legs) == {("tr", "so-mogadishu-airport"), ("so-mogadishu-airport", "so-camp-turksom")}
    onward = next(leg for leg in legs if leg.destination.id == "so-camp-turksom")
    assert (onward.mode, onward.cargo) == ("land", ("armoured vehicles",))


def test_goods_trucked_to_a_groups_agents_in_a_town_end_there(legs_of):
    legs = legs_of("Smugglers landed weapons at Bosaso. A portion of these weapons was later trucked south, via "
                   "Garowe and Galkayo, to Al-Shabaab's commercial agents in Jilib.")
    assert ("so-bosaso", "geonames-56166") in {(leg.origin.id.removesuffix("-port"), leg.destination.id) for leg in legs}



@pytest.mark.parametrize("text, expected", [
    # the operator of the aircraft, in a government's denial
    ("The ministry dismisses as baseless the allegation that aircraft of the United Arab Emirates flew weapons "
     "into the port of Assab.", ("ae", "er-assab", "air", "denied")),
    # where goods clear customs is where they set out
    ("Drone engines which clear customs at Salalah are moved by road through al-Mahra to Sanaa.",
     ("om-salalah", "ye-sanaa", "land", "reported")),
    # a belief opens the clause of its subject; an "if" in an aside after the movement plans nothing
    ("South Korea's National Intelligence Service told lawmakers that it believes Pyongyang has already sent more "
     "than one million artillery shells to Russia, an estimate consistent with the container counts if each "
     "container holds several hundred rounds.", ("kp", "ru", "unknown", "alleged")),
    # a country's consignment comes from that country
    ("A British consignment of short-range air-defence missiles was moved by rail through Slovakia to Ukraine "
     "last week.", ("gb", "ua", "land", "reported")),
    # "off" is a weak cue that closes a "between"
    ("The dhow made four round trips between Konarak and an anchorage just off Sayhut, carrying weapons.",
     ("ir-konarak", "ye-sayhut", "sea", "reported")),
])
def test_ends_mode_and_status_of_one_movement(legs_of, text, expected):
    leg = only(legs_of(text))
    assert (leg.origin.id, leg.destination.id.removesuffix("-port"), leg.mode, leg.status) == expected


def test_forces_a_cargo_was_destined_for_are_no_cargo(legs_of):
    leg = only(legs_of("Initial examination indicates the dhow sailed from Iran with anti-tank missiles, and its "
                       "cargo was destined for Houthi forces in Yemen."))
    assert (leg.origin.id, leg.destination.id, leg.cargo) == ("ir", "ye", ("anti-tank missiles",))


def test_a_relative_clause_on_the_destination_gives_neither_origin_nor_cargo(legs_of):
    legs = legs_of("On Friday, October 2, a sixth Il-76 carrying munitions departed Ovda but did not turn toward "
                   "the Caspian coast. According to a Telegram channel, the plane instead landed at Ganja, "
                   "Azerbaijan's second city, which has itself been hit by Armenian rockets.")
    landed = next(leg for leg in legs if leg.destination.id == "az-ganja-airport")
    assert (landed.origin.id, landed.status) == ("il-ovda-airbase", "alleged")
    assert "rockets" not in landed.cargo


def test_a_vehicle_that_made_a_trip_from_a_place(legs_of):
    legs = legs_of("On Aug. 17, an Antonov An-124 carrying ammunition made a similar trip from Ras al-Khaimah. It "
                   "stopped to refuel in Bosaso and landed in Amdjarass shortly after dusk, flight records show.")
    assert ("ae-ras-al-khaimah-airport", "td-amdjarass-airport") in ends(legs)


def test_where_the_crew_planned_to_unload_ends_the_voyage(legs_of):
    leg = only(legs_of("The vessel, which had sailed from the Iranian port of Chabahar, was stopped on Tuesday "
                       "about 40 nautical miles south of Nishtun, where its crew had planned to unload the cargo "
                       "of missiles."))
    assert (leg.origin.id, leg.destination.id, leg.cargo) == ("ir-chabahar-port", "ye-nishtun", ("missiles",))


def test_weapon_designations_are_cargo(legs_of):
    leg = only(legs_of("The J-10C jets will be flown from China to Kamra in March.", "2022-01-24"))
    assert (leg.origin.id, leg.destination.id, leg.mode, leg.status, leg.cargo) == \
        ("cn", "pk-minhas-airbase", "air", "planned", ("combat aircraft",))
    leg = only(legs_of("Two Su-30SME fighters arrived at Naypyitaw from Russia in December."))
    assert leg.cargo == ("combat aircraft",)


def test_a_footnote_mark_ends_a_sentence_and_no_place(legs_of):
    leg = only(legs_of("55. Officials allege that drone components which clear customs at Salalah are moved by road "
                       "through the Shahen crossing to Sanaa.² In its reply to the Panel's letter, Oman stated that it "
                       "applies rigorous inspection procedures at the port of Salalah."))
    assert (leg.origin.id, leg.destination.id, leg.mode) == ("om-salalah", "ye-sanaa", "land")


def test_where_the_crew_planned_to_unload_ends_the_voyage_the_sentence_before_told(legs_of):
    leg = only(legs_of("Yemen's coast guard said it had intercepted a dhow carrying anti-tank missiles destined for "
                       "the Houthi movement. The vessel, which had sailed from the Iranian port of Chabahar, was "
                       "stopped about 40 nautical miles south of Nishtun, where its crew had planned to unload the "
                       "cargo, a coast guard commander told Reuters."))
    assert (leg.origin.id, leg.destination.id, leg.mode) == ("ir-chabahar-port", "ye-nishtun", "sea")


def test_where_a_vehicle_is_registered_and_where_it_was_boarded_end_nothing(legs_of):
    legs = legs_of("A boarding team boarded the vessel, a small dhow carrying missiles from Konarak, in the Arabian "
                   "Sea off the coast of Somalia. Crates were then moved to a second dhow, registered in Kenya.")
    assert legs == []


def test_a_bearing_from_a_town_places_an_end_beside_it_but_not_a_track_at_sea(legs_of):
    leg = only(legs_of("The crew stated that the cargo of weapons had been loaded in the port of Mukalla, Yemen, on "
                       "9 March, and that they had been instructed to land it on a beach west of Bareeda.", "2024-10-01"))
    assert (leg.origin.id, leg.destination.id, leg.mode) == ("ye-mukalla-port", "so-bereeda", "sea")
    leg = only(legs_of("On 14 March, the Il-62M left Hmeimim in the early afternoon. Its transponder went dark south "
                       "of Cyprus and came back on 40 km north of Benghazi; the jet landed at Benina airport."))
    assert (leg.origin.id, leg.destination.id) == ("sy-hmeimim-airbase", "ly-benina")


def test_a_place_beside_a_base_says_where_the_base_lies(legs_of):
    leg = only(legs_of("In February we logged eleven flights by Il-76 aircraft from Hmeimim to al-Khadim air base, "
                       "east of Benghazi."))
    assert (leg.origin.id, leg.destination.id) == ("sy-hmeimim-airbase", "ly-al-khadim-airbase")
    leg = only(legs_of("A C-17 flew nine times between Al Dhafra Air Base, south of Abu Dhabi, and Riyan airport "
                       "outside Mukalla."))
    assert (leg.origin.id, leg.destination.id) == ("ae-al-dhafra", "ye-mukalla-airport")
    leg = only(legs_of("Part of the cargo of drones was taken on by road from Port Sudan to Wadi Seidna air base "
                       "north of Omdurman."))
    assert leg.destination.id == "sd-wadi-seidna-airbase"


def test_an_arrival_with_no_place_lands_where_the_text_last_sent_things(legs_of):
    legs = legs_of("The first batch of shells was moved by rail from the Czech Republic into Ukraine in mid-June. "
                   "She declined to give an exact figure.\n\nUkrainska Pravda reported that a second train carrying "
                   "roughly 20,000 rounds arrived from Slovakia last week.", "2024-07-02")
    assert ends(legs) == {("cz", "ua"), ("sk", "ua")}
    # setting out is not arriving: a departure does not borrow the paragraph before's end
    earlier = "Drones were flown from Iran to Port Sudan in May.\n\nA Belgian cargo plane with ammunition "
    assert ("be-ostend-airport", "sd-port-sudan-airport") in ends(legs_of(earlier + "arrived from Ostend on 1 August."))
    assert ends(legs_of(earlier + "left Ostend on 1 August.")) == {("ir", "sd-port-sudan-airport")}


def test_two_ways_of_one_delivery_are_two_legs(legs_of):
    legs = legs_of("India received the launchers and radars of the first squadron by sea from Russia in December, "
                   "while training simulators were flown from Russia to the Hindon air base aboard Il-76 aircraft.")
    assert {(leg.origin.id, leg.destination.id, leg.mode) for leg in legs} == \
        {("ru", "in", "sea"), ("ru", "in-hindan-airbase", "air")}


def test_a_named_export_and_a_re_export(legs_of):
    leg = only(legs_of("China's only reported export of the AH-4 went to the United Arab Emirates."))
    assert (leg.origin.id, leg.destination.id, leg.cargo) == ("cn", "ae", ("artillery",))
    leg = only(legs_of("Amnesty believes the howitzers were most likely re-exported from the Emirates to the RSF."))
    assert (leg.origin.id, leg.destination.id, leg.status) == ("ae", "sd", "alleged")


def test_the_last_place_on_the_way_to_people_with_no_place(legs_of):
    leg = only(legs_of("The United Arab Emirates has continued to fly weapons and drones to the terrorist militia "
                       "through Amdjarass airport."))
    assert (leg.origin.id, leg.destination.id, leg.mode) == ("ae", "td-amdjarass-airport", "air")
    # a place on the way to a place is passed, not reached
    leg = only(legs_of("The UAE flew weapons to Nyala through Amdjarass airport."))
    assert leg.destination.id.startswith("sd-nyala")


def test_a_crossing_is_passed_on_the_way(legs_of):
    leg = only(legs_of("Materiel unloaded at Amdjarass was transferred to trucks, driven across the border at the "
                       "Tine crossing and delivered to RSF bases near Kutum, North Darfur."))
    assert leg.origin.id == "td-amdjarass" and "kutum" in leg.destination.name.lower()


def test_aircraft_on_missions_carry_nothing(legs_of):
    assert not legs_of("Ammunition was shipped to Lome port last year. Turkish-made Bayraktar TB2 drones now take "
                       "off regularly from Ouagadougou airport on missions over the east.")


def test_an_army_by_its_name_moves(legs_of):
    leg = only(legs_of("The Group established that units of the Rwanda Defence Force crossed from Gisenyi into Goma "
                       "on 19 and 20 November 2012.", "2013-06-01"))
    assert (leg.origin.id, leg.destination.id, leg.mode, leg.cargo) == ("rw-gisenyi", "cd-goma", "land", ("troops",))


def test_a_vehicle_carrying_civilian_goods_is_no_arms_leg(legs_of):
    assert not legs_of("Argentine authorities grounded a Boeing 747 cargo jet in Buenos Aires after it arrived from "
                       "Mexico carrying auto parts; the aircraft had been sold to Venezuela.")
    leg = only(legs_of("A Boeing 747 arrived in Caracas from Tehran carrying auto parts and drone components."))
    assert leg.cargo == ("drones",)


def test_a_pronoun_object_takes_up_the_shipment_just_told(legs_of):
    legs = legs_of("The defendants allegedly drove the weapons from Houston to a stash house in Laredo, where they "
                   "were kept for weeks. Another co-conspirator then allegedly carried them across the Rio Grande "
                   "into Nuevo Laredo, Tamaulipas.", "2023-11-01")
    assert [(leg.origin.name, leg.destination.name) for leg in legs] == [("Houston", "Laredo"), ("Laredo", "Nuevo Laredo")]


def test_the_city_is_where_the_movement_before_ended(legs_of):
    legs = legs_of("A chartered Il-76 carrying South African troops took off from Air Force Base Waterkloof outside "
                   "Pretoria and landed at Goma International Airport on December 27. They were joined on Wednesday "
                   "by Tanzanian soldiers, who were flown into the city from Dar es Salaam.", "2024-01-08")
    assert ("tz-dar-es-salaam-airport", "cd-goma-airport") in ends(legs)


def test_a_relative_clause_lends_no_origin_and_refugees_are_no_cargo(legs_of):
    assert not legs_of("The first soldiers of the regional mission have arrived in Goma, opening a new chapter in the "
                       "effort to contain the M23 rebellion, which has driven more than 1.5 million people from their "
                       "homes in North Kivu since 2022.")
    legs = legs_of("Weapons were flown from Dubai to Bosaso last week. Refugees from Ethiopia continue to arrive in "
                   "the town by road.")
    assert ends(legs) == {("ae-dubai-airport", "so-bosaso-airport")}


def test_police_sent_abroad_on_a_mission_move(legs_of):
    leg = only(legs_of("About 400 Kenyan police officers landed in Haiti's capital on Tuesday.", "2024-06-25"))
    assert (leg.origin.id, leg.destination.id, leg.cargo) == ("ke", "ht-port-au-prince-airport", ("troops",))


def test_surveillance_equipment_the_tatmadaw_and_a_prohibition(legs_of):
    leg = only(legs_of("Coastal surveillance equipment was shipped from the port of Kolkata to Sittwe in mid-2022.",
                       "2023-05-01"))
    assert (leg.origin.id, leg.destination.id, leg.cargo) == ("in-kolkata-port", "mm-sittwe-port", ("radars",))
    leg = only(legs_of("Tatmadaw members stationed in Myawaddy crossed over into Mae Sot on 11 April.", "2024-05-01"))
    assert (leg.origin.id, leg.destination.id, leg.mode) == ("mm-myawaddy", "th-mae-sot", "land")
    assert not legs_of("The Government of Singapore said that it has prohibited the transfer of arms to Myanmar.")


def test_the_capital_of_a_story_filed_from_a_dateline_on_its_own_line(legs_of):
    leg = only(legs_of("Defence ministry tells parliament of deliveries\n\nNEW DELHI\n\nThe army said on Monday that the "
                       "S-400 launchers and ammunition had been flown into the capital from Russia.", "2024-03-01"))
    assert (leg.origin.id, leg.destination.id) == ("ru", "in-delhi-airport")


def test_a_rail_ferry_from_a_port_near_a_city_and_on_by_rail(legs_of):
    legs = legs_of("A Russian rail ferry has delivered armoured vehicles to the naval base at Baltiysk, Lithuania's "
                   "intelligence service said.\n\nThe ferry docked at Baltiysk on Tuesday after a two-day crossing from "
                   "the port of Ust-Luga near St Petersburg. The vehicles were later loaded onto flatcars and taken "
                   "by rail to a garrison in Chernyakhovsk.", "2024-11-14")
    assert {(leg.origin.id, leg.destination.id, leg.mode) for leg in legs} == {
        ("ru-ust-luga", "ru-baltiysk", "sea"), ("ru-baltiysk", "geonames-568595", "land")}


def test_a_vehicle_word_used_as_a_verb_says_nothing_of_the_vehicle(legs_of):
    leg = only(legs_of("Army helicopters were used to ferry troops from Gao to Kidal on Monday."))
    assert (leg.origin.id, leg.destination.id, leg.mode) == ("ml-gao-airport", "ml-kidal-airport", "air")
    leg = only(legs_of("Turkey will ship armoured vehicles to Misrata."))
    assert (leg.destination.id, leg.mode) == ("ly-misrata", "unknown")


def test_supply_routes_and_budget_flights_are_no_movements(legs_of):
    assert not legs_of("Ukraine's military said it struck a Russian rail ferry in the Kerch Strait, the latest attack "
                       "aimed at cutting the supply routes that sustain Moscow's forces in occupied Crimea.")
    leg = only(legs_of("Two C-17 transports landed at Rzeszow-Jasionka, a regional airport that was best known for "
                       "budget flights to London and Dublin. Both aircraft had flown from Dover Air Force Base and "
                       "carried artillery shells, said the airport's director.", "2024-05-01"))
    assert (leg.origin.id, leg.destination.id) == ("us-dover-afb", "pl-rzeszow-jasionka")


def test_going_by_sea_and_trains_railed_from_a_pier(legs_of):
    legs = legs_of("North Korea has shipped 13,000 containers of artillery shells to Russia. Most went by sea from "
                   "the port of Rajin, while some consignments crossed by freight train from Tumangang to Khasan.",
                   "2024-10-18")
    assert {(leg.origin.id, leg.destination.id, leg.mode) for leg in legs} >= {
        ("kp-rajin-port", "ru", "sea"), ("kp-tumangang", "ru-khasan", "land")}
    leg = only(legs_of("Containers of artillery shells were unloaded at Dunay. They were then railed to Tikhoretsk."))
    assert (leg.origin.id, leg.destination.id, leg.mode) == ("ru-dunai-port", "ru-tikhoretsk", "land")


def test_a_later_sentence_names_the_port_and_the_ships_of_a_deployment(legs_of):
    leg = only(legs_of("North Korea has begun dispatching troops to Russia, with around 1,500 soldiers already "
                       "transported to Vladivostok. The troops were carried aboard Russian navy amphibious ships from "
                       "the port of Chongjin.", "2024-10-18"))
    assert (leg.origin.id, leg.destination.id, leg.mode) == ("kp-chongjin-port", "ru-vladivostok-port", "sea")


def test_a_ferry_seen_loaded_at_one_quay_and_then_at_another(legs_of):
    leg = only(legs_of("Imagery on 3 November shows the rail ferry Slavyanin moored at Port Kavkaz with tanks on "
                       "deck. The same ferry was imaged alongside at Port Krym on 4 November with its deck empty.",
                       "2022-11-07"))
    assert (leg.origin.id, leg.destination.id, leg.mode) == ("ru-port-kavkaz", "ua-port-krym", "sea")


def test_barges_carrying_shells_cross_a_river_and_ports_ship_by_sea(legs_of):
    leg = only(legs_of("Barges carrying Bulgarian-made artillery shells crossed the Danube from Romania to the "
                       "Ukrainian river port of Izmail on Wednesday."))
    assert (leg.origin.id, leg.destination.id, leg.mode) == ("ro", "ua-izmail-port", "sea")
    leg = only(legs_of("Russian media said Romanian howitzers had been shipped from Constanta to Odesa."))
    assert leg.mode == "sea"


def test_words_that_only_look_like_cues(legs_of):
    leg = only(legs_of("A Turkish official in Ankara declined to comment on the flight but said Turkey would send "
                       "air defence systems to Libya in the coming weeks.", "2020-05-20"))
    assert (leg.origin.id, leg.destination.id, leg.status) == ("tr", "ly", "planned")
    leg = only(legs_of("Patriot missiles will be flown from Germany to Rzeszow in June, and a minister told "
                       "reporters in Warsaw that the door stays open for as long as Ukraine needs it."))
    assert (leg.origin.id, leg.destination.id) == ("de", "pl-rzeszow-jasionka")
    leg = only(legs_of("The ship, which had left Sevastopol two days earlier according to a spotter in Crimea, "
                       "carried armoured vehicles and docked at Tartus."))
    assert (leg.origin.id.removesuffix("-port"), leg.destination.id) == ("ua-sevastopol", "sy-tartus-port")


def test_assembled_near_landing_on_and_booked_for_carriage(legs_of):
    leg = only(legs_of("Recruits were assembled near Azaz and taken by bus across the Bab al-Salama border "
                       "crossing to Gaziantep."))
    assert (leg.origin.id, leg.destination.id, leg.mode) == ("sy-azaz", "tr-gaziantep", "land")
    leg = only(legs_of("Turkish C-130 transports fly in from Turkey several times a week and land on the military "
                       "side of Misrata's airport."))
    assert (leg.origin.id, leg.destination.id, leg.mode) == ("tr", "ly-misrata-airport", "air")
    legs = legs_of("Officers later seized the ammunition. He had booked a container at Port Newark, New Jersey, for carriage "
                   "by sea to Varna, Bulgaria, where it was to be transferred to a feeder vessel bound for Novorossiysk.")
    assert ends(legs) == {("us-newark-port", "bg-varna-port"), ("bg-varna-port", "ru-novorossiysk-port")}


def test_a_press_release_that_denies_the_reports_it_recounts(legs_of):
    leg = only(legs_of("NIGER\nMINISTRY OF DEFENCE\nCOMMUNIQUE\n\nThe Ministry has noted articles alleging that "
                       "Turkish drones were flown from Ankara to Niamey aboard a chartered aircraft last week. The "
                       "Ministry firmly rejects these allegations.", "2024-02-10"))
    assert (leg.origin.country, leg.destination.country, leg.status) == ("TR", "NE", "denied")


def test_the_armed_forces_of_the_country_a_story_is_filed_from(legs_of):
    leg = only(legs_of("NIAMEY, Feb 3 (Reuters) - The armed forces took delivery on Friday of armoured vehicles "
                       "purchased from China, the defence ministry said."))
    assert (leg.origin.id, leg.destination.id) == ("cn", "ne")


def test_a_long_cargo_list_between_the_unloading_and_the_port(legs_of):
    leg = only(legs_of("A cargo ship from Turkey unloaded 30 armoured personnel carriers, including Kirpi and Vuran "
                       "models, at the port of Lome on Monday."))
    assert (leg.origin.id, leg.destination.id.removesuffix("-port")) == ("tr", "tg-lome")
    assert not legs_of("Officials said the drones, which can carry guided missiles, could tip the balance of the "
                       "fighting in Masisi territory.")


def test_a_later_stage_of_a_movement_dated_in_an_earlier_year(legs_of):
    legs = legs_of("In June 2022, a vessel from China unloaded armoured vehicles at the port of Conakry. The vehicles "
                   "were then driven to Bamako, arriving in late July.", "2024-03-01")
    assert {(leg.destination.id.removesuffix("-port"), leg.date) for leg in legs} == {
        ("gn-conakry", "2022-06"), ("ml-bamako", "2022-07")}


def test_where_goods_were_loaded_opens_the_sentence(legs_of):
    leg = only(legs_of("In Berbera, crates of rifles were loaded onto a dhow and shipped to Mokha."))
    assert (leg.origin.id.removesuffix("-port"), leg.destination.id.removesuffix("-port")) == ("so-berbera", "ye-mokha")
    assert not any(leg.origin.id == "sd-north-darfur" for leg in legs_of(
        "In North Darfur, herders said trucks loaded with ammunition crossed at Tine and reached Kutum."))


def test_handing_over_bases_and_vehicle_makes_are_no_movements(legs_of):
    assert not legs_of("French troops handed over their bases at Gossi and Menaka to the Malian army last year.")
    text = "Fighters in Toyota Land Cruiser pick-ups and a Mercedes lorry were seen near Sabha."
    assert not legs_of(text)


def test_records_show_that_they_moved_on_from_where_they_stayed(legs_of):
    legs = legs_of("The dhow berthed at Nishtun on 27 August and discharged 40 crates of drone parts. The master "
                   "was questioned in Mukalla in October. A footnote says the transponder was off. The crates did "
                   "not remain in Nishtun. Records show that they were loaded onto trucks, which reached Sanaa in "
                   "September.", "2021-12-01")
    assert ("ye-nishtun", "ye-sanaa") in ends(legs)


def test_a_footnote_letter_ends_a_sentence_and_the_head_of_a_consignment_refers_back(legs_of):
    legs = legs_of("The Panel traced a consignment of 18 gasoline engines of a type used in drones. The engines "
                   "were shipped from China and unloaded at the port of Salalah in March 2021.[b] Customs records "
                   "show that in April the engines were trucked from Salalah to Sanaa.", "2021-12-01")
    assert {(leg.origin.id, leg.destination.id.removesuffix("-port"), leg.mode) for leg in legs} == {
        ("cn", "om-salalah", "sea"), ("om-salalah", "ye-sanaa", "land")}
    assert {"engines"} <= set(legs[0].cargo)


def test_the_systems_named_before_fly_on(legs_of):
    legs = legs_of("In May, two Wing Loong drones were delivered by cargo aircraft from China to Kinshasa. In "
                   "June the systems were flown from Kinshasa to Goma.", "2024-09-01")
    assert {(leg.origin.id, leg.destination.id, leg.date) for leg in legs} == {
        ("cn", "cd-kinshasa-ndjili-airport", "2024-05"), ("cd-kinshasa-ndjili-airport", "cd-goma-airport", "2024-06")}


def test_nothing_sent_and_what_a_depot_does(legs_of):
    leg = only(legs_of('"Iran has shipped no such missiles to Russia," the foreign ministry spokesman said.'))
    assert leg.status == "denied"
    leg = only(legs_of("The shells were moved by rail from Dunay to a depot near Rostov-on-Don that supplies units "
                       "fighting in Ukraine's Donetsk region."))
    assert (leg.origin.id.removesuffix("-port"), leg.destination.id) == ("ru-dunai", "ru-rostov-on-don")


def test_a_value_in_money_is_a_trade_figure(legs_of):
    assert not legs_of("Myanmar has imported at least $1 billion worth of weapons from Russia and China since the "
                       "coup, a U.N. report found.")


@pytest.mark.parametrize("text", [
    "Russia remained India's largest arms supplier between 2019 and 2023, while purchases from France, Israel "
    "and the United States grew.",
    "India imported 9.8 percent of all major arms sold worldwide, most of them from Russia.",
    "Ukraine became Europe's biggest importer as imports from the United States and Germany soared."])
def test_market_shares_and_rankings_are_trade_statistics(legs_of, text):
    assert not legs_of(text, "2024-03-11")


def test_a_supplier_ranked_in_an_aside_still_delivers(legs_of):
    leg = only(legs_of("India's largest arms supplier, Russia, shipped the last S-400 regiment from Novorossiysk to "
                       "Mumbai in March.", "2024-03-11"))
    assert (leg.origin.id, leg.destination.country, leg.date) == ("ru-novorossiysk-port", "IN", "2024-03")


def test_a_supplier_in_a_story_of_deliveries_sends_to_the_country_the_story_is_about(legs_of):
    legs = legs_of("Poland's first Leopard 2 tanks for Ukraine have crossed into the country, officials said Friday. "
                   "The four tanks were loaded onto a train at the garrison in Swietoszow earlier this week and "
                   "delivered to Ukraine. Spain also agreed to supply six older Leopard 2A4s, though Madrid has not "
                   "said when they will be sent.", "2023-02-24")
    assert {(leg.origin.id, leg.destination.id, leg.status) for leg in legs} == {
        ("pl-swietoszow-garrison", "ua", "reported"), ("es", "ua", "planned")}


@pytest.mark.parametrize("last", [
    "Iran denies supplying weapons to the group.",
    "Washington has pledged money but has ruled out sending its own troops.",
    "The BrahMos, developed jointly by India and Russia, can fly at nearly three times the speed of sound."])
def test_a_supplier_that_denies_refuses_or_only_builds_sends_nothing_to_the_story_country(legs_of, last):
    legs = legs_of("Drones for Ukraine arrived this week, officials said. The drones were flown from Rzeszow to "
                   "Ukraine on Monday. " + last, "2024-02-24")
    assert ends(legs) == {("pl-rzeszow-jasionka", "ua")}


def test_troops_flown_home_do_not_make_home_the_story_country(legs_of):
    legs = legs_of("The last soldiers of the regional mission have left Cabo Delgado, officials said on Tuesday. "
                   "Botswanan troops flew out of Pemba on Saturday bound for Gaborone. Minister Chume said Rwanda "
                   "would send additional troops to cover the districts, without giving numbers.", "2024-07-16")
    assert not any(leg.origin.country == "RW" for leg in legs)


def test_vehicles_driven_aboard_a_ship_at_a_terminal_leave_from_it(legs_of):
    legs = legs_of("The Army is moving armored vehicles destined for Ukraine across the Atlantic. The first "
                   "consignment, 60 Bradley Fighting Vehicles, was driven aboard a roll-on/roll-off ship at the Joint "
                   "Base Charleston terminal. The vessel left Charleston in late January and tied up at Bremerhaven "
                   "two weeks later.", "2023-04-20")
    assert ("ua", "us-jb-charleston") not in ends(legs)
    assert ("us-charleston-port", "de-bremerhaven-port") in ends(legs)


def test_a_ship_that_sailed_then_discharged_elsewhere_than_planned_went_by_sea(legs_of):
    legs = legs_of("A second ship sailed from the Port of Beaumont, Texas, in early March carrying Bradleys and "
                   "HIMARS launchers. That cargo was discharged at Gdansk, Poland, rather than in Germany, to "
                   "shorten the overland haul to the Ukrainian border.", "2023-04-20")
    leg = only([leg for leg in legs if leg.origin.id == "us-beaumont-port"])
    assert (leg.destination.id, leg.mode) == ("pl-gdansk-port", "sea")


def test_jets_flown_onward_from_the_country_leave_from_the_base_the_story_put_them_at(legs_of):
    legs = legs_of("The first five Dutch F-16 fighter aircraft landed today at the 86th Air Base near Fetesti, Romania. "
                   "The aircraft departed from Leeuwarden Air Base this morning. The aircraft remain the property of "
                   "the Netherlands. Reports that several of the jets would be flown onward from Romania to Ukraine "
                   "are incorrect, a ministry spokesperson said.", "2023-11-06")
    assert {(leg.origin.id, leg.destination.id, leg.status) for leg in legs} == {
        ("nl-leeuwarden-airbase", "ro-fetesti-airbase", "reported"), ("ro-fetesti-airbase", "ua", "denied")}


def test_a_pledge_of_goods_is_a_plan_and_a_pledge_of_money_is_no_leg(legs_of):
    leg = only(legs_of("Separately, the Netherlands has pledged 24 F-16s to Ukraine.", "2023-11-06"))
    assert (leg.origin.id, leg.destination.id, leg.status) == ("nl", "ua", "planned")
    assert not legs_of("The United States has pledged more than $300 million to the mission in Haiti, officials said "
                       "as troops waited.", "2024-05-22")
    assert not legs_of("Turkey has pledged full support for Baku as fighting over Karabakh went on.", "2020-10-05")
    leg = only(legs_of("The 14 Challenger 2 tanks pledged by Britain have also reached Ukraine, Reznikov said.",
                       "2023-03-28"))
    assert (leg.origin.id, leg.destination.id, leg.status) == ("gb", "ua", "reported")


def test_a_move_to_a_base_and_to_the_town_it_is_at_is_one_leg_to_the_base(legs_of):
    legs = legs_of("Norway has flown two F-16 jets to Denmark's Skrydstrup air base. The aircraft will later be "
                   "transferred to the European F-16 Training Centre being set up at Fetesti in Romania.",
                   "2023-10-17")
    assert ends(legs) == {("no", "dk-skrydstrup-airbase"), ("dk-skrydstrup-airbase", "ro-fetesti-airbase")}


def test_flights_told_again_between_their_countries_are_the_same_flights(legs_of):
    legs = legs_of("Between January and June 2020, the Syrian airline Cham Wings operated at least 33 flights from "
                   "Damascus International Airport to Benina airport in Benghazi. According to three former recruits, "
                   "these flights carried Syrian fighters who had been offered salaries to guard oil installations in "
                   "Libya.", "2020-09-01")
    leg = only(legs)
    assert (leg.origin.id, leg.destination.id, leg.cargo) == ("sy-damascus-airport", "ly-benina", ("fighters",))


def test_an_hour_of_the_night_falls_on_the_day_the_paragraph_named(legs_of):
    legs = legs_of("We logged 27 rotations by Il-76MD transport aircraft from Hmeimim air base to Al-Jufra air base "
                   "in Libya.\n\nThe flight of 17 February stands out. An Il-76MD left Hmeimim shortly after "
                   "midnight, landed at Benina airport to refuel, and then continued across Niger to Bamako. On 5 "
                   "March, the same airframe flew from Hmeimim to Brak al-Shati.", "2024-04-03")
    dated = {(leg.origin.id, leg.destination.id): leg.date for leg in legs}
    assert dated[("sy-hmeimim-airbase", "ml-bamako-airport")] == "2024-02-17"
    assert dated[("sy-hmeimim-airbase", "ly-brak-al-shati-airbase")] == "2024-03-05"


def test_the_eastern_city_is_the_port_town_the_sentence_named(legs_of):
    legs = legs_of("The government in Tripoli protested. Two Russian Navy landing ships unloaded military vehicles "
                   "at Tobruk port on Monday, in what "
                   "residents described as the largest such delivery seen in the eastern city. The ships had sailed "
                   "from Tartus.", "2024-04-09")
    assert "ly-tripoli-port" not in {leg.destination.id for leg in legs}


def test_one_of_the_unnamed_witnesses_hedges_what_they_say(legs_of):
    legs = legs_of("According to two Tobruk residents, a column of about 40 lorries carrying armoured vehicles left "
                   "the port of Tobruk late on Tuesday night. One of them said the convoy was heading south towards "
                   "Al-Jufra air base.", "2024-04-10")
    assert {leg.status for leg in legs} == {"alleged"}


def test_where_goods_were_deployed_before_is_no_end(legs_of):
    legs = legs_of("Russian Il-76 transport aircraft made several flights from Hmeimim air base to al-Khadim air "
                   "base in the second half of December, the sources said. The cargo included radar units and "
                   "components of air-defence systems previously deployed in Syria, one of them said.", "2025-01-10")
    leg = only(legs)
    assert (leg.origin.id, leg.destination.id, leg.date) == ("sy-hmeimim-airbase", "ly-al-khadim-airbase", "2024-12")


def test_a_road_move_ends_where_the_ferry_is_loaded(legs_of):
    legs = legs_of("The missile vehicles, which set out by road from Kumamoto late last month and were loaded onto a "
                   "chartered roll-on/roll-off ferry at Yatsushiro, were unloaded at Ishigaki on Sunday.",
                   "2023-03-06")
    road = only([leg for leg in legs if leg.mode == "land"])
    voyage = only([leg for leg in legs if leg.mode == "sea"])
    assert km(road.destination, voyage.origin) < 10
    yatsushiro = (32.50, 130.60)  # the ferry port, whatever its gazetteer name
    assert abs(road.destination.lat - yatsushiro[0]) < 0.1 and abs(road.destination.lon - yatsushiro[1]) < 0.1
    assert road.origin.name == "Kumamoto" and "Ishigaki" in voyage.destination.name


def test_the_remaining_part_of_an_order_is_planned_between_the_same_countries(legs_of):
    legs = legs_of("The first 38 of the 108 Abrams tanks Taiwan purchased from the US arrived at Kaohsiung port on "
                   "Sunday. They were then hauled overnight into Monday on heavy-duty trailers to Hsinchu. The "
                   "remaining 70 tanks are scheduled to be delivered by the end of next year, the ministry added.",
                   "2024-12-17")
    found = {(leg.origin.id, leg.destination.country): leg for leg in legs}
    rest = found[("us", "TW")]
    assert (rest.destination.id, rest.status, rest.date) == ("tw", "planned", "2025")
    hauled = next(leg for leg in legs if leg.destination.name == "Hsinchu")
    assert (hauled.mode, hauled.date) == ("land", "2024-12-16")


def test_an_arrival_told_first_dates_the_flight_told_after(legs_of):
    legs = legs_of("The Army's missile system arrived in northern Luzon, Philippines, on April 11, 2024, for an "
                   "exercise.\n\nThe system was transported by C-17 aircraft from Joint Base Lewis-McChord, "
                   "Washington, to Laoag International Airport.", "2024-04-15")
    assert only(legs).date == "2024-04-11"


def test_there_is_the_base_not_the_town_it_lies_south_of(legs_of):
    legs = legs_of("The second development is at HMAS Stirling on Garden Island, south of Perth. HMS Anson, a Royal "
                   "Navy attack submarine, arrived there last month after a long passage from Faslane in Scotland.",
                   "2025-04-02")
    assert ends(legs) == {("gb-faslane-naval-base", "au-hmas-stirling")}


def test_us_marines_come_from_the_united_states(legs_of):
    leg = only(legs_of("This year's rotation, about 2,000 US Marines with MV-22B Ospreys and artillery, began flying "
                       "into Darwin last month.", "2025-04-02"))
    assert (leg.origin.id, leg.destination.country, leg.mode) == ("us", "AU", "air")


def test_trucks_listed_in_a_consignment_are_cargo_not_the_way_it_went(legs_of):
    leg = only(legs_of("A second consignment from India, consisting of launcher trucks, radars and missiles, arrived "
                       "by sea at Subic Bay last month.", "2025-05-02"))
    assert (leg.origin.id, leg.destination.id, leg.mode) == ("in", "ph-subic-bay", "sea")


def test_trucks_stopped_near_a_town_came_to_it(legs_of):
    legs = legs_of("On Sunday, army units intercepted a column of eleven trucks near Humera carrying assault rifles "
                   "and mortar rounds. The vehicles had crossed from the territory of the Republic of the Sudan. "
                   "Drivers detained at the scene have confessed that the cargo was loaded in Gedaref.", "2021-08-16")
    assert ends(legs) == {("sd-gedaref", "et-humera")}


def test_troops_entering_a_town_told_in_the_headline_and_again_are_one_movement(reader: Reader, tmp_path: Path):
    text = ("Ugandan troops enter Congo's Bunagana as regional force expands\n\nA column of armoured personnel "
            "carriers carrying several hundred troops crossed from Uganda into Bunagana on Friday. \"The "
            "Uganda contingent is now in Bunagana and will take charge of the security of the area in line "
            "with the Luanda roadmap,\" a spokesperson said.")
    path = tmp_path / "doc.jsonl"
    path.write_text(json.dumps({"id": "d", "title": "t", "text": text, "published": "2023-04-01"}) + "\n",
                    encoding="utf-8")
    leg = only(reader.movements(reader.read([path], strict=True)))
    assert (leg.origin.id, leg.destination.id, leg.date, leg.carrier) == ("ug", "cd-bunagana", "2023-03-31", "column")


def test_a_soldier_denied_flown_is_a_denied_leg_from_his_country(legs_of):
    leg = only(legs_of("A Burundian army spokesperson said that no Burundian soldier had been flown to Goma since the "
                       "regional force withdrew.", "2024-02-20"))
    assert (leg.origin.id, leg.destination.country, leg.status) == ("bi", "CD", "denied")


@pytest.mark.parametrize("text", [
    "Both routes have mattered more since Yerevan began buying weapons from India and France after the 2020 war.",
    "In Baku, a spokesman said Azerbaijan was closely monitoring arms deliveries to Armenia."])
def test_buying_as_a_habit_and_watching_deliveries_move_nothing(legs_of, text):
    assert not legs_of(text, "2024-06-10")


def test_goods_travelling_by_sea_and_then_by_road_make_two_legs(legs_of):
    legs = legs_of("The source said a separate order of ATAGS towed howitzers was expected to take the southern "
                   "route, travelling by sea to the Iranian port of Bandar Abbas and then by road to the Agarak "
                   "crossing on the Armenian border.", "2024-06-10")
    leg = only(legs)
    assert (leg.origin.id, leg.destination.id, leg.mode, leg.status) == (
        "ir-bandar-abbas-port", "am-agarak-crossing", "land", "planned")


def test_a_column_heading_towards_a_region_ends_in_the_town_it_takes(reader: Reader, tmp_path: Path):
    text = ("BAMAKO, Nov 16, 2023 (AFP) - Soldiers hoisted the flag over the fort in Kidal on Tuesday.\n\n"
            "Dozens of armoured vehicles, fuel tankers and pick-ups loaded with soldiers set off from Gao on "
            "October 2 and pushed north towards the Adrar des Ifoghas. Five days later they seized Anefis, a "
            "market town south of Kidal.\n\nThe final push came at dawn on Tuesday. Troops left Anefis and "
            "reached Kidal by mid-morning.")
    path = tmp_path / "doc.jsonl"
    path.write_text(json.dumps({"id": "d", "title": "t", "text": text, "published": "2023-11-16"}) + "\n",
                    encoding="utf-8")
    dated = {(leg.origin.id, leg.destination.id): leg.date for leg in reader.movements(reader.read([path], strict=True))}
    assert dated == {("ml-gao", "ml-anefis"): "2023-10-02", ("ml-anefis", "ml-kidal"): "2023-11-14"}


def test_an_aircraft_flies_from_senou_to_niamey(legs_of):
    leg = only(legs_of("A second Il-76, parked at Bamako since early April, flew twice from Senou to Niamey with "
                       "ammunition, on 18 and 22 April.", "2024-05-10"))
    assert (leg.origin.id, leg.destination.id) == ("ml-bamako-airport", "ne-niamey-airport")


def test_a_ship_that_slipped_out_of_a_port_and_tied_up_at_another_made_a_voyage(legs_of):
    legs = legs_of("In early September, a small Russian-flagged cargo ship slipped out of the Iranian port of "
                   "Amirabad carrying a consignment of missiles. The vessel, which had switched off its transponder, "
                   "tied up days later at Olya, a river port in Russia's Astrakhan region.", "2024-10-01")
    assert (only(legs).origin.id, only(legs).destination.id, only(legs).mode) == (
        "ir-amirabad-port", "ru-olya-port", "sea")


def test_the_war_a_country_names_is_no_end(legs_of):
    legs = legs_of("Iran's mission to the United Nations said Tehran had transferred no missiles to either side in "
                   "the Ukraine conflict.", "2024-10-01")
    assert not legs


def test_ammunition_trains_from_belarus_reach_klimovo(legs_of):
    leg = only(legs_of("During November, at least 20 trains loaded with artillery rounds were dispatched from "
                       "arsenals near Gomel across the state border to Klimovo station in Russia's Bryansk region.",
                       "2022-12-05"))
    assert (leg.origin.id, leg.destination.id, leg.mode) == ("by-gomel", "ru-klimovo", "land")


def test_a_system_only_one_country_builds_came_from_it(legs_of):
    leg = only(legs_of("The first Zuzana 2 howitzers have been handed over to Ukraine, the ministry said.", "2023-03-01"))
    assert (leg.origin.id, leg.destination.id, leg.status) == ("sk", "ua", "reported")
    leg = only(legs_of("The next batches of ATAGS howitzers are to be shipped to Poti.", "2024-05-01"))
    assert (leg.origin.id, leg.destination.id, leg.status) == ("in", "ge-poti", "planned")


@pytest.mark.parametrize("text", [
    "Ukraine moved its HIMARS launchers to the front near Bakhmut overnight.",
    "Bayraktar TB2 aircraft flew over a military parade in Ouagadougou last month.",
    "Israeli forces shipped Iron Dome batteries to the Golan Heights."])
def test_a_force_moving_or_showing_its_own_kit_says_nothing_of_the_maker(legs_of, text):
    assert not any(leg.origin.is_country for leg in legs_of(text, "2024-05-01"))


def test_carried_to_a_two_country_border_enters_the_side_the_crossing_leads_into(legs_of):
    legs = legs_of("According to the ministry, the armoured vehicles were unloaded at the Georgian Black Sea port of Poti "
                   "last week after a sea voyage from France. From Poti they were carried on low-loader trucks to the "
                   "Georgian-Armenian border and entered the republic through the Bagratashen checkpoint on Sunday.",
                   "2023-11-21")
    found = {(leg.origin.id, leg.destination.id): leg for leg in legs}
    assert found[("fr", "ge-poti-port")].status == "reported"
    assert found[("ge-poti", "am")].mode == "land"


def test_what_a_carrier_is_accused_of_is_its_record_not_a_leg_nor_a_hedge(legs_of):
    legs = legs_of("On 9 December 2023 a Boeing 747 freighter lifted off from Bandar Abbas and landed at Port Sudan "
                   "with drones. The aircraft is operated by Qeshm Fars Air, a cargo carrier that US officials have "
                   "long accused of moving materiel on behalf of Iran's Revolutionary Guard, including to Syria.",
                   "2024-02-01")
    leg = only(legs)
    assert (leg.origin.id, leg.destination.id, leg.status) == (
        "ir-bandar-abbas-airport", "sd-port-sudan-airport", "reported")


def test_a_ship_that_had_taken_tanks_on_board_at_a_port_sailed_from_it(legs_of):
    leg = only(legs_of("The roll-on/roll-off carrier Glovis Summit, which had taken the tanks on board at the port of "
                       "Masan, a short drive from Hyundai Rotem's plant in Changwon, docked at Gdynia on Monday.",
                       "2023-11-15"))
    assert (leg.origin.id, leg.destination.id, leg.mode) == ("kr-masan", "pl-gdynia-port", "sea")


def test_border_posts_on_the_way_are_passed_and_repatriation_is_a_move(legs_of):
    legs = legs_of("The first convoy of SAMIDRC troops, together with their vehicles and equipment, will depart Goma "
                   "on Tuesday, 29 April 2025, and travel by road across Rwanda, entering at the Rubavu border post "
                   "and exiting at Rusumo, before continuing to Dar es Salaam in the United Republic of Tanzania. Upon "
                   "arrival in Dar es Salaam, personnel of the South African National Defence Force will be "
                   "repatriated to South Africa by air.", "2025-04-25")
    found = {(leg.origin.id, leg.destination.country): leg for leg in legs}
    assert set(found) == {("cd-goma", "TZ"), ("tz-dar-es-salaam-airport", "ZA")}
    assert found[("cd-goma", "TZ")].status == "planned" == found[("tz-dar-es-salaam-airport", "ZA")].status


def test_what_part_of_the_goods_did_later_is_no_end_of_the_voyage(legs_of):
    leg = only(legs_of("Rifles from the same batches were carried by dhow from Iran to Yemen in 2018, before some "
                       "of them entered the Somali market."))
    assert (leg.origin.id, leg.destination.id, leg.mode) == ("ir", "ye", "sea")


def test_the_cargo_of_dhows_named_just_before_went_by_sea(legs_of):
    leg = only(legs_of("In February, warships intercepted several dhows carrying small arms. Crew members told the "
                       "boarders that the cargo had been loaded at Chabahar and was bound for Somalia."))
    assert (leg.origin.id.removesuffix("-port"), leg.destination.id, leg.mode) == ("ir-chabahar", "so", "sea")


def test_rejecting_allegations_in_the_same_sentence_denies_them(legs_of):
    leg = only(legs_of("The ministry categorically rejects the allegations that rifles destined for the rebels were "
                       "unloaded at the port of Salalah and trucked to al-Ghaydah."))
    assert (leg.origin.id.removesuffix("-port"), leg.destination.id, leg.status) == ("om-salalah", "ye-al-ghaydah", "denied")


def test_where_a_ship_came_from_leaves_it_where_it_docked(legs_of):
    legs = legs_of("A cargo ship loaded with drones docked at Port Sudan on Tuesday. The vessel, which had sailed "
                   "from Mersin earlier this month, was unloaded overnight, the officials said. One of them said "
                   "part of the shipment would be flown to Wadi Seidna air base.", "2024-03-14")
    assert {(leg.origin.id.removesuffix("-port").removesuffix("-airport"), leg.destination.id) for leg in legs} == {
        ("tr-mersin", "sd-port-sudan"), ("sd-port-sudan", "sd-wadi-seidna-airbase")}


def test_a_second_consignment_moves_with_no_cargo_named(legs_of):
    legs = legs_of("Iran has sent ballistic missiles to Russia, officials said. An official said a second "
                   "consignment was expected to be shipped from Amirabad to Astrakhan later this month.", "2024-09-06")
    assert ("ir-amirabad-port", "ru-astrakhan-port", "planned") in {
        (leg.origin.id, leg.destination.id, leg.status) for leg in legs}


def test_an_aircraft_lifts_off(legs_of):
    leg = only(legs_of("Shortly after 4 a.m. on Aug. 2, an Il-76 cargo plane lifted off from Abu Dhabi. It landed at "
                       "Amdjarass with ammunition nine hours later.", "2024-09-06"))
    assert (leg.origin.id, leg.destination.id, leg.mode) == ("ae-abu-dhabi-airport", "td-amdjarass-airport", "air")


def test_such_convoys_arrived_at_a_town_inside_the_region(legs_of):
    legs = legs_of("Convoys of fuel tankers travelled from Kufra across the border triangle shared by Libya, Egypt "
                   "and Sudan into North Darfur. At least two such convoys arrived at Al-Malha in August.")
    assert ends(legs) == {("ly-kufra", "sd-al-malha")}


def test_planes_linked_to_deliveries_before(legs_of):
    legs = legs_of("Il-76 aircraft flew ammunition from Abu Dhabi to Amdjarass. Several of the planes belong to "
                   "companies that investigators have linked to arms deliveries in Libya.")
    assert all(leg.destination.country == "TD" for leg in legs)


def test_accounts_dismissed_and_not_a_single_aircraft(legs_of):
    leg = only(legs_of('The spokesman dismissed as "fake" media accounts that Iranian cargo planes had flown drones '
                       "into Russia this month."))
    assert (leg.origin.id, leg.destination.id, leg.status) == ("ir", "ru", "denied")
    leg = only(legs_of('"Not a single Iranian aircraft has delivered drones to Russia," he said.'))
    assert leg.status == "denied"


def test_containers_of_bananas_bound_for_europe_carry_no_arms(legs_of):
    legs = legs_of("Rifles bought in Miami were shipped to Guayaquil in November. Much of the cocaine leaves "
                   "Guayaquil on container ships, hidden in banana and shrimp cargo bound for Antwerp and Rotterdam.")
    assert legs and all(leg.destination.country == "EC" for leg in legs)


def test_a_tanker_that_reappeared_off_a_port_and_road_tankers_inland(legs_of):
    legs = legs_of("AIS data show that the tanker Pacific Lumen loaded jet fuel for the air force at the Sikka "
                   "terminal in India on 2 February. The ship switched off its transponder while crossing the Andaman "
                   "Sea and reappeared at anchor off Thilawa on 14 February. The cargo was later loaded onto road "
                   "tankers that drove north to Meiktila air base.", "2024-03-01")
    assert {(leg.origin.id.removesuffix("-port"), leg.destination.id, leg.mode) for leg in legs} == {
        ("geonames-1256333", "mm-thilawa-port", "sea"), ("mm-thilawa", "mm-meiktila-airbase", "land")}


def test_a_ship_dark_while_passing_an_island(legs_of):
    leg = only(legs_of("One vessel carrying ammunition left Port Everglades on 3 June 2023, switched off its "
                       "transponder while passing Great Inagua in the Bahamas and reappeared off Port-au-Prince."))
    assert (leg.origin.id, leg.destination.country, leg.mode) == ("us-port-everglades", "HT", "sea")


def test_guns_carried_on_motorbikes_and_by_porters(legs_of):
    legs = legs_of("The rifles are carried across the Moei River on motorbikes to Lay Kay Kaw. From there they "
                   "are carried north by porters to resistance units around Demoso.")
    assert {(leg.destination.id, leg.mode) for leg in legs} >= {("mm-demoso", "land")}
    assert all(leg.mode == "land" for leg in legs)


def test_an_aircraft_named_by_its_registration_goes_on_after_a_stop(legs_of):
    legs = legs_of("On 14 February, EP-FAB departed Bandar Abbas with drone parts and landed at Baghdad International Airport, where "
                   "it sat on the ground for two hours. The aircraft then continued to Damascus International "
                   "Airport, where trucks met it.", "2023-03-01")
    leg = only(legs)
    assert (leg.origin.id, leg.destination.id, [p.id for p in leg.via], leg.mode) == (
        "ir-bandar-abbas-airport", "sy-damascus-airport", ["iq-baghdad-airport"], "air")


def test_rotations_of_a_registered_freighter(legs_of):
    leg = only(legs_of("Its Boeing 747 freighter, registered EP-FAB, made nine rotations from Tehran's Imam Khomeini "
                       "International Airport to Aleppo International Airport carrying weapons."))
    assert (leg.origin.id, leg.destination.id, leg.mode) == ("ir-imam-khomeini-airport", "sy-aleppo-airport", "air")


def test_words_after_a_name_describe_it(legs_of):
    legs = legs_of("Since Prigozhin's jet came down north of Moscow, the ministry has taken over. Il-76 transport "
                   "aircraft took off from Hmeimim, the Russian air base south-east of Latakia, and flew troops to "
                   "Bamako.")
    assert ends(legs) == {("sy-hmeimim-airbase", "ml-bamako-airport")}


def test_visits_to_capitals_are_no_destinations(legs_of):
    assert not legs_of("The Niamey delivery of air defence systems came a month after the junta ended its agreement "
                       "with the United States, and followed visits by Yevkurov himself to Niamey, Bamako and "
                       "Ouagadougou.")


def test_vehicles_counted_in_a_ship_s_cargo(legs_of):
    legs = legs_of("A Saudi-chartered cargo ship carrying armored vehicles docked in Aden on Tuesday. The ship "
                   "arrived after a four-day voyage from the Red Sea port of Jeddah with about 40 armored personnel "
                   "carriers and a dozen pickup trucks. An official said the vehicles would be trucked north to "
                   "Marib.", "2023-02-09")
    assert {(leg.origin.id, leg.destination.id, leg.mode) for leg in legs} == {
        ("sa-jeddah-port", "ye-aden-port", "sea"), ("ye-aden-port", "ye-marib", "land")}


def test_a_panel_that_could_not_verify_an_account(legs_of):
    leg = only(legs_of("Crew members said the weapons had been transferred to them from a dhow which left Jask in May "
                       "2023 for Qandala. The Panel has not been able to verify this account independently."))
    assert leg.status == "alleged"


def test_a_first_column_drives_on_and_the_lead_to_a_region_sums_up(legs_of):
    legs = legs_of("Russia began deploying nearly 2,000 peacekeepers to Nagorno-Karabakh on Tuesday, the defence "
                   "ministry said. Il-76 transport aircraft carrying troops took off from Ulyanovsk overnight and "
                   "landed in Yerevan. The troops then set off by road. A first column drove through Goris and the "
                   "Lachin corridor and had reached Stepanakert by Tuesday evening.", "2020-11-10")
    assert {(leg.origin.id, leg.destination.id, leg.mode) for leg in legs} == {
        ("icao-uwll", "am-yerevan-airport", "air"), ("am-yerevan", "az-stepanakert", "land")}


def test_all_six_flights_counted_before_landed_at_an_airport(legs_of):
    legs = legs_of("Il-76 freighters made at least six flights from Israel to Azerbaijan carrying drones. Each of "
                   "the aircraft departed from Ovda, a military airbase in the Negev desert. All six landed at "
                   "Heydar Aliyev International Airport in Baku after flights of four and a half hours.")
    assert ("il-ovda-airbase", "az-baku-airport") in ends(legs)


def test_a_carrier_description_stops_at_a_comma(legs_of):
    leg = only(legs_of("Between 1 and 30 September, Ilyushin Il-76TD freighters flew drones from Ovda to Baku."))
    assert leg.carrier.startswith("Ilyushin Il-76TD")


def test_tracking_data_placing_it_at_a_port_then_a_docking(legs_of):
    legs = legs_of("The second ship we followed was the Sea Lion, a general cargo vessel. AIS data show it leaving "
                   "Bandar Anzali, Iran's main port on the Caspian in Gilan province, on 4 May with artillery shells. It "
                   "berthed three days later at Makhachkala, the Dagestani port on the western shore.", "2024-06-01")
    assert ends(legs) == {("ir-bandar-anzali-port", "ru-makhachkala-port")}


def test_a_region_that_ends_a_description_of_the_name_is_where_it_lies(legs_of):
    assert not legs_of("A cargo ship carrying shells left Amirabad, Iran's main Caspian port in Mazandaran province, on "
                       "2 March.")


@pytest.mark.parametrize("text", [
    "The first ship they tracked was Port Olya-4, a Russian-flagged cargo ship. It left Amirabad on 2 March "
    "with ammunition.",
    "The first vessel was the Kama, a Russian-flagged general cargo ship. It left Amirabad on 2 March with ammunition.",
])
def test_a_vessel_named_after_a_place_is_no_place(legs_of, text):
    assert not any(leg.destination.country in ("RU", "JP") and leg.origin.id == "ir-amirabad-port"
                   and leg.destination.id in ("ru", "jp") for leg in legs_of(text, "2024-04-25"))


def test_the_war_in_a_country_is_not_a_recipient(legs_of):
    assert not legs_of('Iran\'s mission in New York said that Tehran "does not supply weapons to any party to the '
                       'war in Ukraine".')


def test_escorting_warships_are_neither_origin_nor_carrier(legs_of):
    leg = only(legs_of("58. The Panama-flagged ro-ro vessel Bana departed Mersin on 2 February 2020 and turned off its "
                       "transponder off Cyprus. She berthed at Tripoli port on 5 February 2020, escorted by Turkish "
                       "frigates.", "2020-12-01"))
    assert (leg.origin.id, leg.destination.id) == ("tr-mersin-port", "ly-tripoli-port")
    assert leg.carrier is None or "frigate" not in leg.carrier


def test_she_is_a_ship_only_after_one(legs_of):
    assert not legs_of("The envoy left Ankara on Monday. She arrived in Tripoli on Tuesday for talks.")


def test_climbing_out_of_a_base_and_descending_into_a_country(legs_of):
    legs = legs_of("For a week, trackers watched the same pattern. An Il-76 would climb out of Hmeimim, go dark south "
                   "of Crete and reappear on its descent into central Libya. One analyst counted nine such flights, "
                   "every one of which ended at al-Khadim air base.", "2024-03-01")
    assert ends(legs) == {("sy-hmeimim-airbase", "ly-al-khadim-airbase")}
    leg = only(legs)
    assert leg.mode == "air"
    assert all(stop.id != "sy-hmeimim-airbase" for stop in leg.via)  # a stop at an end is no stop


def test_a_declared_port_of_call_is_the_destination(legs_of):
    leg = only(legs_of("The vessel, which had left Jebel Ali in the United Arab Emirates in late June, had declared "
                       "Tobruk as its next port of call. Inspectors found 30 armoured vehicles aboard.", "2024-07-04"))
    assert (leg.origin.id, leg.destination.id) == ("ae-jebel-ali-port", "ly-tobruk-port")


def test_the_port_of_a_town_is_its_port_not_a_terminal_beside_it(legs_of):
    leg = only(legs_of("Russian ships delivered armoured vehicles to the eastern port of Tobruk, from Tartus."))
    assert leg.destination.id == "ly-tobruk-port"


def test_a_port_home_to_a_navy_is_no_destination(legs_of):
    legs = legs_of("The landing ship Ivan Gren docked at Tobruk on Monday with armoured vehicles. According to the "
                   "group, it had sailed from the Syrian port of Tartus, home to Russia's only naval base in the "
                   "Mediterranean.", "2024-04-11")
    assert ends(legs) == {("sy-tartus-port", "ly-tobruk-port")}


def test_shipments_arriving_through_a_port_end_there(legs_of):
    leg = only(legs_of("A diplomat said further shipments of armoured vehicles from Russia would arrive through "
                       "Tobruk next month."))
    assert (leg.origin.id, leg.destination.id[:9], leg.status) == ("ru", "ly-tobruk", "planned")


def test_stores_still_at_a_base_move_from_it(legs_of):
    leg = only(legs_of("Moscow is expected to move the air defence systems still at Tartus to Benghazi."))
    assert (leg.origin.id[:9], leg.destination.id[:11]) == ("sy-tartus", "ly-benghazi")


def test_ferry_pilots_fly(legs_of):
    leg = only(legs_of("In March 2023 six K-8 jets were flown by ferry pilots from Kunming to Meiktila."))
    assert leg.mode == "air"


def test_fighters_trekking_overland(legs_of):
    legs = legs_of("In 2015 several hundred AA fighters made the long trek from Laiza to Paletwa. Ammunition is "
                   "carried over the hills from Bandarban into Paletwa.")
    assert {(leg.origin.id, leg.destination.id, leg.mode) for leg in legs} >= {("mm-laiza", "mm-paletwa", "land")}
    assert all(leg.mode == "land" for leg in legs)


def test_a_county_near_the_port_is_still_a_journey(legs_of):
    legs = legs_of("The launchers were unloaded at Kaohsiung port from a ship that had sailed from the United States. "
                   "They were then driven to an army base in Pingtung county.")
    assert ("tw-kaohsiung-port", "adm2-tw-taiwan-pingtung") in ends(legs)


def test_there_they_are_stored_before_moving_on(legs_of):
    legs = legs_of("Rifles are moved by motorcycle from Puerto Asis to Lago Agrio. There they are stored for weeks "
                   "before being driven over the Andes to Guayaquil.")
    assert any(leg.destination.id == "ec-guayaquil" and not leg.origin.is_country for leg in legs)


def test_drug_exports_are_trade(legs_of):
    assert not legs_of("From Guayaquil, drug exports leave hidden in banana containers bound for Antwerp, and the "
                       "gangs grow rich enough to buy rifles.")


def test_a_lead_with_no_mode_is_retold_by_the_next_sentence_between_the_same_countries(legs_of):
    legs = legs_of("A second flow comes from Colombia, where FARC dissidents sell surplus rifles to Ecuadorian gangs. "
                   "Weapons are moved by motorcycle from Puerto Asis to Lago Agrio.")
    assert not any(leg.origin.is_country and leg.destination.is_country for leg in legs)


def test_an_indictment_returned_in_a_district_is_no_return(legs_of):
    legs = legs_of("A separate indictment returned in the District of Arizona alleges that a Tucson resident drove 14 "
                   "rifles from Tucson into Nogales, Sonora. The courier then took the weapons south by car to "
                   "Culiacan.")
    assert all(leg.mode == "land" for leg in legs)
    assert not any(leg.origin.id == "us-arizona" for leg in legs)


def test_a_speaker_who_stressed_is_no_recipient(legs_of):
    legs = legs_of("A Canadian CC-177 flew armoured vehicles from Trenton to Port-au-Prince. Ottawa stressed that the "
                   "vehicles had been bought by Haiti.")
    assert not any(leg.destination.country == "CA" for leg in legs)


def test_another_aircraft_arrives_at_the_same_place(legs_of):
    legs = legs_of("On 15 October a Royal Canadian Air Force CC-177 flew armoured vehicles from Trenton to "
                   "Port-au-Prince. A U.S. Air Force transport arrived on the same day with a second load.", "2023-11-01")
    assert any(leg.origin.id == "us" and leg.destination.id.startswith("ht-port-au-prince") and leg.mode == "air"
               for leg in legs)


def test_a_long_list_landed_before_the_beach(legs_of):
    leg = only(legs_of("In March 2024, a dhow that had sailed from Nishtun landed some 200 AK-pattern rifles, 30 PKM "
                       "machine-guns and 10 crates of 7.62 mm ammunition on a beach near Qandala."))
    assert leg.destination.id.startswith("so-qandala")


# -- ship tracking, imagery briefs and military statements ----------------------------------------

def test_a_voyage_seen_leaving_then_imaged_at_a_restricted_berth(legs_of):
    legs = legs_of("Between October and December 2022 we identified four voyages by two Iranian-flagged general cargo "
                   "ships, the Sahel Kish and the Behnaz, which left Amirabad, Iran's largest Caspian port in "
                   "Mazandaran province, and went dark within hours of departure. Their transponders came back on "
                   "off the coast of Dagestan. Sentinel-2 and Planet imagery shows both ships at a fenced, restricted "
                   "berth in the port of Makhachkala on dates consistent with the gaps. Two former port employees "
                   "told us that crates the size of Shahed airframes were unloaded at night under guard by men in "
                   "Russian military uniforms. We cannot independently verify their accounts. The same sources said "
                   "the crates were then loaded onto trains bound for the Alabuga special economic zone in Tatarstan.",
                   "2024-10-01")
    assert ("ir-amirabad-port", "ru-makhachkala-port") in ends(legs)
    assert any(leg.origin.id == "ru-makhachkala-port" and leg.destination.id == "ru-alabuga-sez"
               and leg.mode == "land" for leg in legs)
    assert not any(leg.origin.id == "ru" or leg.destination.id == "ru" for leg in legs)


def test_she_reappeared_after_leaving_a_port_under_a_flag(legs_of):
    legs = legs_of("In early September the Russian-flagged Nadezhda-7, which had spent the summer shuttling grain, left "
                   "Bandar Anzali with its AIS switched off. Imagery from 6 September shows her alongside a berth in "
                   "Bandar Anzali used by a company linked to Iran's Islamic Revolutionary Guard Corps, with covered "
                   "cargo on deck roughly the length of a Fath-360 ballistic missile. Four days later she reappeared "
                   "at a terminal on the Volga just south of Astrakhan.", "2024-10-01")
    leg = only(legs)
    assert (leg.origin.id, leg.mode) == ("ir-bandar-anzali-port", "sea")
    assert leg.destination.id.startswith("ru-astrakhan")


def test_a_ship_reappearing_at_sea_is_still_on_its_voyage(legs_of):
    legs = legs_of("The Iranian-flagged general cargo ship Rahyab left Bandar Abbas on 3 September 2023 with missile "
                   "parts, according to AIS data. It reappeared on 14 September in the southern Red Sea, heading north towards the Suez "
                   "Canal. Sentinel-2 imagery from 11 September shows a vessel of matching length and superstructure "
                   "moored at the Houthi-controlled port of Ras Isa.", "2023-10-01")
    assert any(leg.origin.id.startswith("ir-bandar-abbas") and leg.destination.id == "ye-ras-isa" for leg in legs)


def test_a_spotter_logs_ships_on_their_way_and_inbound(legs_of):
    legs = legs_of("The landing ship Nikolai Filchenkov came round the bend at Rumelihisari this morning, loaded "
                   "with armoured vehicles. Filchenkov is on her way from Sevastopol to Tartus, the same run the Black Sea Fleet landing ships "
                   "have been doing since 2012. Also worth logging: yesterday afternoon the chartered freighter "
                   "Dvinitsa-50 went south past Besiktas with a deck cargo of crates and two tracked vehicles. Her AIS "
                   "had her inbound from Novorossiysk with the destination field blank. We cannot prove it, but given "
                   "what she has done on her previous three trips, she is almost certainly headed for Tartus as well.",
                   "2015-09-17")
    by_origin = {leg.origin.id.removesuffix("-port"): leg for leg in legs}
    assert by_origin["ua-sevastopol"].destination.id.startswith("sy-tartus")
    tartus = by_origin["ru-novorossiysk"]
    assert tartus.destination.id.startswith("sy-tartus") and tartus.mode == "sea"


def test_a_similar_run_a_road_march_and_a_deployment_of_jets(legs_of):
    legs = legs_of("A smaller vessel, the Maia-1, reportedly made a similar run with artillery shells from Rajin to the "
                   "commercial port of Vostochny near Nakhodka in late September.", "2023-10-17")
    assert ends(legs) == {("kp-rajin-port", "ru-vostochny-port")}
    march = only(legs_of("A Stryker squadron of approximately 1,000 soldiers from the 2nd Cavalry Regiment began a road "
                         "march early this morning from Rose Barracks in Vilseck, Germany, to Mihail Kogalniceanu Air "
                         "Base, near the Black Sea port of Constanta in Romania.", "2022-02-07"))
    assert (march.origin.id, march.destination.id, march.mode) == ("de-rose-barracks", "ro-mihail-kogalniceanu", "land")
    jets = only(legs_of("The Secretary has also approved the deployment of a squadron of F-15E Strike Eagles from the "
                        "48th Fighter Wing at RAF Lakenheath, United Kingdom, to Lask Air Base in central Poland."))
    assert (jets.origin.id, jets.destination.id, jets.mode) == ("gb-lakenheath-airbase", "pl-lask-airbase", "air")


def test_forces_kept_somewhere_are_no_deployment_to_it(legs_of):
    legs = legs_of("The same month the war began, Ethiopia pulled an estimated 3,000 soldiers out of its bilateral "
                   "deployment in Somalia, troops that were sent to Tigray.", "2021-01-10")
    assert all(leg.destination.id != "so" for leg in legs)


def test_moved_thousands_of_kilometres_to_a_town(legs_of):
    legs = legs_of("The soldiers were flown from Pyongyang's Sunan airport to Vladivostok aboard Russian military "
                   "transport aircraft in October. After three weeks of training at camps outside Vladivostok, the "
                   "soldiers were reportedly put on trains and moved more than 6,000 km west to Kursk.", "2024-11-13")
    assert any(leg.origin.id.startswith("ru-vladivostok") and leg.destination.id == "ru-kursk" and leg.mode == "land"
               for leg in legs)


def test_a_headline_over_the_voyages_of_its_story_is_no_leg(legs_of):
    legs = legs_of("ACROSS THE CASPIAN: HOW IRANIAN DRONES AND MISSILES REACH RUSSIA\n\n"
                   "In October the Iranian cargo ship Behnaz sailed from the port of Amirabad to the port of "
                   "Makhachkala with drones.", "2024-10-01")
    assert ends(legs) == {("ir-amirabad-port", "ru-makhachkala-port")}
    assert not legs_of("The Rajin-Dunai Shuttle: Imagery Points to North Korean Munitions Moving Across Russia",
                       "2023-10-17")


def test_after_some_stayed_the_rest_went_on_from_the_stop(legs_of):
    legs = legs_of("Between 14 and 31 December 2024 we identified at least 17 flights by Russian Air Force Il-76MD "
                   "transport aircraft from Hmeimim to al-Khadim air base, east of Benghazi. At least four of these "
                   "aircraft did not stay long. After refuelling at al-Khadim, they continued south-west to Bamako.",
                   "2025-01-20")
    assert ("sy-hmeimim-airbase", "ly-al-khadim-airbase") in ends(legs)
    assert any(leg.origin.id == "ly-al-khadim-airbase" and leg.destination.id.startswith("ml-bamako") for leg in legs)


def test_the_base_is_the_one_named_after_the_last_flight(legs_of):
    legs = legs_of("At least 17 of the aircraft flew from Dover Air Force Base in Delaware to Nevatim air base "
                   "between 13 and 25 October. A second stream began at Ramstein Air Base itself. Six C-17s that had "
                   "been positioned in Germany flew from the base to Ben Gurion airport, outside Tel Aviv.", "2023-10-27")
    assert ("de-ramstein-airbase", "il-ben-gurion-airport") in ends(legs)
    assert ("il-nevatim-airbase", "il-ben-gurion-airport") not in ends(legs)


def test_a_newspaper_spelling_of_the_aircraft_type(legs_of):
    leg = only(legs_of("Ilyushin-76 freighters made a string of round trips between Zagreb's Pleso airport and Amman "
                       "in December.", "2013-02-26"))
    assert leg.mode == "air" and leg.origin.country == "HR" and leg.destination.id.startswith("jo-")


def test_carried_out_of_a_country_over_mountain_trails(legs_of):
    legs = legs_of("Investigators believed the rifles had been carried out of Afghanistan over mountain trails to the "
                   "arms bazaar at Darra Adam Khel in Pakistan's Kohat district.", "2023-02-09")
    assert any((leg.origin.id, leg.destination.id, leg.mode) == ("af", "pk-darra-adam-khel", "land") for leg in legs)


# -- what moves nothing ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Two rockets fired from Syria landed in Hermel town, wounding three people, Lebanese security sources said.",
    "Figures from the Stockholm International Peace Research Institute show that Russia accounted for about 78 "
    "percent of Syria's imports of major conventional weapons between 2007 and 2011.",
    "Germany approved arms export licenses for Israel worth about EUR 326 million in 2023.",
    "The Taliban marked the third anniversary of their return to power with a military parade at Bagram, showing "
    "off Humvees, armored trucks and rifles that once belonged to the U.S.-backed army.",
])
def test_weapons_fired_bodies_named_after_places_licences_and_power(legs_of, text):
    assert not legs_of(text)


def test_an_aircraft_forced_to_land_was_flying_elsewhere(legs_of):
    leg = only(legs_of("On 19 March 2011, Turkish authorities required an Ilyushin Il-76 freighter operated by Yas Air, "
                       "which was flying from Tehran to Aleppo, to land at Diyarbakir.", "2011-05-01"))
    assert leg.destination.id.startswith("sy-aleppo")


def test_a_state_media_denial_of_an_absurd_rumour(legs_of):
    leg = only(legs_of("The U.S. is again spreading the absurd rumour that the DPRK has supplied artillery shells and "
                       "ballistic missiles to Russia."))
    assert (leg.origin.id, leg.destination.id, leg.status) == ("kp", "ru", "denied")


def test_no_destination_from_context_when_the_text_says_it_is_unknown(legs_of):
    legs = legs_of("The Afghan personnel were flown out to the United Arab Emirates in mid-September. One U.S. official "
                   "said the helicopters would be moved out of Uzbekistan in due course, without saying where they "
                   "would go.", "2021-09-01")
    assert all(leg.origin.id != "uz" for leg in legs)


def test_a_freighter_that_flew_is_an_aircraft(legs_of):
    leg = only(legs_of("In March 2016, a similar freighter loaded at Sofia airport with munitions and flew directly to "
                       "Al Dhafra air base outside Abu Dhabi.", "2016-05-01"))
    assert (leg.origin.id, leg.destination.id, leg.mode) == ("bg-sofia-airport", "ae-al-dhafra", "air")
    assert only(legs_of("The freighter sailed from Odesa with grenades to Haifa.")).mode == "sea"


# -- makers, appositives, speakers, and the way home ---------------------------------------------

def test_where_goods_were_made_is_where_they_set_out(legs_of):
    legs = legs_of("Two sources said 122mm Grad rockets made at the Sloboda plant in Cacak were sold in 2023 to a "
                   "Czech trading company and trucked to the Czech Republic, from where they were allegedly passed "
                   "on to Ukraine.")
    assert {(leg.origin.id, leg.destination.id) for leg in legs} == {("geonames-792078", "cz"), ("cz", "ua")}
    leg = only(legs_of("In March 2019, convoys of trucks carried mortar shells produced by the state-owned Krusik "
                       "factory in Valjevo across the border to the Port of Bar.", "2019-06-01"))
    assert (leg.origin.id, leg.destination.id, leg.mode) == ("geonames-3188402", "me-bar-port", "land")


def test_who_makes_a_missile_is_no_origin_of_its_export(legs_of):
    legs = legs_of("Two Indian Air Force C-17 transports flew in from India and landed at Clark Air Base carrying "
                   "the first BrahMos missile battery. It was the first export of the missile, which is jointly "
                   "produced by India and Russia.")
    assert {leg.origin.country for leg in legs} == {"IN"}


def test_exports_approved_for_a_value_are_paperwork(legs_of):
    assert not legs_of("Licence figures show that Serbia approved ammunition exports to Israel worth more than "
                       "15 million euros in the final quarter of 2023.")
    assert not legs_of("Britain's arms exports to Israel are small compared with those of the United States.")
    assert not legs_of("Officials in Washington said the U.S. position on weapons supplies to Israel was unchanged.")


def test_the_date_in_an_aside_on_where_the_voyage_began(legs_of):
    legs = legs_of("In March 2019, trucks carried mortar shells to the Port of Bar. There the cargo was loaded onto "
                   "the Antigua-flagged Ruby Star. The vessel, which left Bar on 2 April 2019, eventually docked at "
                   "Jeddah Islamic Port in Saudi Arabia.", "2019-06-01")
    leg = only([leg for leg in legs if leg.destination.id == "sa-jeddah-port"])
    assert (leg.origin.id, leg.date) == ("me-bar-port", "2019-04-02")


def test_delivery_taken_of_tanks_donated_by_a_country(legs_of):
    leg = only(legs_of("In recent years, Serbia has also taken delivery of T-72 tanks and armored vehicles donated "
                       "by Russia."))
    assert (leg.origin.id, leg.destination.id) == ("ru", "rs")


def test_where_people_reacted_is_no_end(legs_of):
    legs = legs_of("Six Chinese air force transport planes landed at Belgrade's civilian airport on Saturday, "
                   "delivering an air defence system to Serbia. The arrival of the Chinese planes drew concern in "
                   "neighboring Kosovo and Croatia.", "2022-04-11")
    assert {leg.destination.country for leg in legs} == {"RS"}


def test_unloading_at_a_port_keeps_the_goods_at_the_port(legs_of):
    legs = legs_of("The roll-on/roll-off vessel ARC Endurance berthed at the port of Alexandroupolis, carrying "
                   "helicopters and wheeled vehicles. Unloading was carried out with the support of the Hellenic "
                   "Armed Forces. Over the coming days the equipment will be transferred by rail to Romania.",
                   "2023-03-15")
    assert ("gr-alexandroupolis-port", "ro") in ends(legs)


def test_a_subject_before_a_colon_is_not_the_movers(legs_of):
    leg = only(legs_of("At the same time Serbia has pursued its own drone programme: six Chinese CH-92A armed drones "
                       "were flown into Batajnica air base near Belgrade in July 2020.", "2021-01-10"))
    assert (leg.origin.id, leg.mode) == ("cn", "air")


def test_the_same_year_told_more_precisely_dates_the_movement(legs_of):
    leg = only(legs_of("Kosovo signed for TB2s in 2023, and the first batch was flown from Turkey to Pristina aboard "
                       "a Turkish Air Force A400M in December 2023.", "2024-03-01"))
    assert leg.date == "2023-12"


def test_a_capital_that_says_it_plans_to_acquire(legs_of):
    leg = only(legs_of("Tirana has said it plans to acquire additional TB2 drones from Turkey."))
    assert (leg.origin.id, leg.destination.id, leg.status) == ("tr", "al", "planned")


def test_helicopters_ferrying_patients_carry_no_arms(legs_of):
    legs = legs_of("The last of the 14 Mi-8 helicopters flew out of Lucko bound for Ukraine. The helicopters once "
                   "ferried patients from the islands to hospitals in Split and Rijeka.", "2024-10-01")
    assert ends(legs) == {("hr-lucko-airbase", "ua")}


def test_a_swap_brokered_with_a_capital_does_not_end_there(legs_of):
    legs = legs_of("In October 2022 Ljubljana sent 28 M-84 tanks to Ukraine, loaded onto flat wagons and moved by "
                   "rail across Central Europe, in a swap brokered with Berlin. In return, Germany supplied the "
                   "Slovenian Armed Forces with 35 military trucks.", "2023-01-10")
    assert ends(legs) == {("si", "ua"), ("de", "si")}


def test_who_speaks_or_is_fought_is_no_cargo(legs_of):
    leg = only(legs_of("Bamako (AFP) - Mali's armed forces said Wednesday they had taken delivery of a new batch of "
                       "Turkish-made combat drones, as the junta intensifies an air campaign against jihadists and "
                       "separatist rebels.", "2025-01-09"))
    assert leg.cargo == ("drones",)


def test_an_aircraft_carrier_that_left_guam(legs_of):
    leg = only(legs_of("The U.S. nuclear-powered aircraft carrier USS Carl Vinson arrived at a naval base in the "
                       "southeastern port city of Busan on Tuesday, the Navy said. The carrier, which left Guam earlier "
                       "this month, docked at the base with a destroyer, carrying around 60 aircraft, including F/A-18 "
                       "fighter jets.", "2023-11-22"))
    assert (leg.origin.id, leg.destination.id, leg.mode, leg.date) == ("gu", "kr-busan-port", "sea", "2023-11-21")


def test_carried_there_refers_to_the_depot_not_the_front(legs_of):
    legs = legs_of("Imagery from 5 October shows containers at an ammunition depot near Tikhoretsk in Krasnodar "
                   "krai, within reach of the front lines in southern Ukraine. The containers appear to have been "
                   "carried there by rail from Dunai.", "2023-10-17")
    assert ends(legs) == {("ru-dunai-port", "ru-tikhoretsk")}


def test_sent_to_take_part_in_a_war_against_a_country(legs_of):
    leg = only(legs_of("North Korea has begun sending special forces troops to Russia to take part in the war against "
                       "Ukraine, South Korea's National Intelligence Service said on Friday."))
    assert (leg.origin.id, leg.destination.id) == ("kp", "ru")
    leg = only(legs_of("North Korea has sent additional troops to Russia this year to make up for heavy casualties "
                       "suffered in the Kursk region, South Korea's Joint Chiefs of Staff said on Monday.", "2025-03-01"))
    assert (leg.origin.id, leg.destination.id) == ("kp", "ru")


def test_a_plan_after_a_past_voyage_takes_no_date_from_it(reader: Reader, tmp_path: Path):
    text = ("Russian navy ships carried about 1,500 soldiers from the North Korean port of Chongjin to Vladivostok "
            "between Oct. 8 and 13, the NIS said in a statement. The agency described the movement as the first of "
            "several transfers and said a second contingent was expected to be shipped from Chongjin to "
            "Vladivostok in the coming weeks.")
    path = tmp_path / "doc.jsonl"
    path.write_text(json.dumps({"id": "d", "title": "t", "text": text, "published": "2024-10-18"}) + "\n",
                    encoding="utf-8")
    planned = [leg for leg in reader.movements(reader.read([path], strict=True)) if leg.status == "planned"]
    assert len(planned) == 1 and planned[0].date is None


def test_they_are_expected_to_be_sent_on(legs_of):
    legs = legs_of("After landing in Vladivostok, the troops were taken by train to a training ground near "
                   "Ussuriysk. Once their acclimatisation training ends, they are expected to be sent to the front "
                   "line, most likely in the Kursk region.", "2024-10-18")
    assert ("geonames-2014006", "adm1-ru-kursk") in ends(legs)


def test_the_north_after_north_korea(legs_of):
    legs = legs_of("North Korea has sent troops to Russia, Seoul says. The agency also said the North had sent more "
                   "than 13,000 containers of artillery shells to Russia by ship since August last year.")
    assert any(leg.mode == "sea" and (leg.origin.id, leg.destination.id) == ("kp", "ru") for leg in legs)


def test_moved_on_after_acceptance_checks(legs_of):
    legs = legs_of("The first K2 tanks purchased from the Republic of Korea arrived at the Port of Gdynia this "
                   "morning. A second ship, carrying 24 K9A1 howitzers, had sailed from Masan and docked at the "
                   "neighbouring quay shortly afterwards. The minister attended the unloading. The crews were "
                   "thanked. After acceptance checks, the tanks will be moved by rail to the 20th Mechanised "
                   "Brigade in Morag.", "2022-12-06")
    assert ("pl-gdynia-port", "pl-morag") in ends(legs)
    assert ("kr-masan-port", "pl-gdynia-port") in ends(legs) or ("kr-masan", "pl-gdynia-port") in ends(legs)


def test_the_north_korean_station_of_a_town(legs_of):
    leg = only(legs_of("Freight trains have been crossing from the North Korean station of Tumangang into Khasan, "
                       "loaded with munitions."))
    assert (leg.origin.id, leg.destination.id) == ("kp-tumangang", "ru-khasan")


def test_a_briefing_to_lawmakers_in_a_capital(legs_of):
    legs = legs_of("Part of the contingent was flown from Pyongyang's Sunan International Airport to Vladivostok "
                   "aboard Russian military transport planes earlier this month, and the soldiers were then moved "
                   "on by train to the Kursk region, the JCS said in a briefing to lawmakers in Seoul.", "2025-02-24")
    assert ends(legs) == {("kp-pyongyang-airport", "ru-vladivostok-airport"), ("ru-vladivostok", "adm1-ru-kursk")}


def test_most_of_the_flights_came_from_a_city(legs_of):
    legs = legs_of("From late December, trackers logged a dozen flights by Il-76 freighters carrying weapons into "
                   "Bender Qassim airport in Bosaso. Most originated in Abu Dhabi; several made brief stops in "
                   "Eritrea on the way, while others flew direct across the Gulf of Aden.", "2024-02-20")
    assert ("ae-abu-dhabi-airport", "so-bosaso-airport") in ends(legs)


def test_a_battle_group_home_aboard_the_same_aircraft(legs_of):
    legs = legs_of("A fresh battle group of the Uganda People's Defence Force landed at Aden Adde International "
                   "Airport on Tuesday aboard chartered aircraft from Entebbe. The outgoing troops left for Uganda on "
                   "Wednesday aboard the same aircraft. A battalion of the Burundi National Defence Force is "
                   "scheduled to rotate into Mogadishu in April.", "2023-03-16")
    assert {("so-mogadishu-airport", "ug"), ("bi", "so-mogadishu")} <= ends(legs)


def test_trainees_return_from_abroad(legs_of):
    leg = only(legs_of("Government officials said the remaining trainees are expected to return from Eritrea to "
                       "Somalia by March."))
    assert (leg.origin.id, leg.destination.id, leg.status) == ("er", "so", "planned")


def test_a_panel_is_no_vessel(legs_of):
    legs = legs_of("In one case documented by the Panel, a dhow carrying 400 rifles departed Al-Mukalla. The Panel "
                   "also received information that part of the consignment was taken by road from Bosaso to "
                   "Galkayo.", "2021-10-01")
    assert any(leg.destination.id == "so-galkayo" and leg.mode == "land" for leg in legs)


def test_troops_boarded_aircraft_at_an_airport(legs_of):
    leg = only(legs_of("The first troops boarded aircraft at Kigali International Airport on Friday evening and "
                       "landed in Pemba, according to a statement from the Rwanda Defence Force.", "2021-07-10"))
    assert (leg.origin.id, leg.destination.id, leg.status) == ("rw-kigali-airport", "mz-pemba-airport", "reported")


def test_over_the_weekend_and_taking_the_lead(legs_of):
    leg = only(legs_of("Over the weekend, South African Air Force C-130BZ transports shuttled stores and vehicles from "
                       "Air Force Base Waterkloof to Pemba.", "2021-08-10"))
    assert leg.date == "2021-08-07/2021-08-08"
    assert not legs_of("Rwandan officers have taken the lead in the Mocimboa da Praia corridor.")


def test_flown_home_while_the_vehicles_are_shipped_from_the_same_port(legs_of):
    legs = legs_of("From Dar es Salaam, the South African troops are due to be flown home to Air Force Base "
                   "Waterkloof, while their vehicles are expected to be shipped to Durban in the coming weeks.")
    assert {(leg.origin.id.removesuffix("-port").removesuffix("-airport"), leg.destination.id) for leg in legs} \
        == {("tz-dar-es-salaam", "za-waterkloof"), ("tz-dar-es-salaam", "za-durban-port")}


def test_troops_ordered_to_withdraw_go_home(legs_of):
    leg = only(legs_of("In Lilongwe, the president reacted within days, ordering Malawi's troops to prepare to withdraw "
                       "from eastern Congo.", "2025-02-20"))
    assert (leg.origin.id, leg.destination.id, leg.status) == ("cd", "mw", "planned")


def test_flights_departing_a_capital_air_base(legs_of):
    legs = legs_of("We logged eleven C-130 flights carrying ammunition departing Ankara's Etimesgut air base. Most "
                   "made a technical stop at Izmir's Cigli air base before continuing to Misrata airport.",
                   "2020-07-10")
    assert ("tr-etimesgut-airbase", "ly-misrata-airport") in ends(legs)


def test_the_aircraft_which_had_taken_off_from_dover(legs_of):
    leg = only(legs_of("JERUSALEM, Oct 20 (Reuters) - A U.S. Air Force C-17 carrying guidance kits for bombs landed at "
                       "Nevatim air base late on Thursday, the latest delivery since Hamas gunmen broke through the "
                       "Gaza border fence on Oct. 7. The aircraft, which had taken off from Dover Air Force Base and "
                       "stopped to refuel at Ramstein, was unloaded within a few hours, the ministry said in a "
                       "statement with photographs of pallets lifted onto flatbed trucks.", "2023-10-20"))
    assert (leg.origin.id, leg.destination.id, leg.mode, leg.date) == \
        ("us-dover-afb", "il-nevatim-airbase", "air", "2023-10-19")


def test_a_date_that_names_an_event(legs_of):
    leg = only(legs_of("A U.S. C-17 carrying bombs flew from Dover Air Force Base to Nevatim after the Oct. 7 Hamas "
                       "attack.", "2023-10-20"))
    assert leg.date is None


def test_flights_out_and_back_end_at_the_far_airport(legs_of):
    leg = only(legs_of("A400M aircraft based at Akrotiri made at least 18 short flights carrying cargo from the base "
                       "to Ben Gurion airport near Tel Aviv, usually returning to Cyprus within hours.", "2024-04-01"))
    assert (leg.origin.id, leg.destination.id) == ("cy-akrotiri-airbase", "il-ben-gurion-airport")


def test_a_national_army_by_its_acronym_crosses_from_home(legs_of):
    leg = only(legs_of("Shortly after midnight, IDF ground forces crossed into southern Lebanon near the village of "
                       "Maroun al-Ras and began raids against targets which pose a threat to Israeli communities in "
                       "northern Israel.", "2024-10-01"))
    assert (leg.origin.id, leg.destination.id, leg.date) == ("il", "lb-maroun-al-ras", "2024-10-01")


def test_the_egyptian_town_and_the_gazan_city_of_the_same_name(legs_of):
    leg = only(legs_of("The military alleges that Hamas smuggled rockets from the Egyptian town of Rafah to the Gazan "
                       "city of Rafah through tunnels."))
    assert (leg.origin.id, leg.destination.id, leg.status) == ("eg-rafah", "ps-rafah", "alleged")


def test_the_air_base_a_country_operates_near_a_port(legs_of):
    leg = only(legs_of("Flight-tracking data showed the Il-76 carrying mercenaries had taken off from Hmeimim, the air "
                       "base Russia operates near the Syrian port of Latakia, and landed at Niamey's international "
                       "airport.", "2024-04-12"))
    assert (leg.origin.id, leg.destination.id) == ("sy-hmeimim-airbase", "ne-niamey-airport")


def test_intelligence_officers_who_told_of_soldiers_crossing_are_no_movers(legs_of):
    assert not legs_of("Two Ugandan intelligence officers described soldiers crossing into Goma at night.")
    assert not legs_of("From Guayaquil, Ecuador's drug exports leave hidden in containers of bananas bound for "
                       "Antwerp and Rotterdam, and the gangs buy guns.")


def test_arrived_for_units_stationed_in_two_towns(legs_of):
    legs = legs_of("The press service said 17 BTR-82A armored personnel carriers had been shipped by rail from "
                   "Novosibirsk and arrived on October 18 for units of the 201st base stationed in Dushanbe and Kulob.",
                   "2021-10-21")
    assert ends(legs) == {("geonames-1496747", "tj-dushanbe"), ("geonames-1496747", "tj-kulob")}


def test_what_the_analysts_could_match_is_no_plan(legs_of):
    leg = only(legs_of("The US flew troops out of Kabul. Of the 213 C-17 departures from Kabul that we could match to a "
                       "landing, the large majority ended at Al Udeid Air Base in Qatar.", "2021-09-10"))
    assert (leg.destination.id, leg.status) == ("qa-al-udeid", "reported")


def test_transports_staged_at_an_airport_go_where_the_sentence_says(legs_of):
    leg = only(legs_of("Germany ran a separate operation. Luftwaffe A400M transports, staged at Tashkent's international "
                       "airport, flew paratroopers into Kabul from Tashkent on 16 August.", "2021-09-10"))
    assert leg.destination.id == "af-kabul-airport"


def test_bombers_leave_for_home_from_where_they_landed(legs_of):
    legs = legs_of("Two Russian Tu-160 strategic bombers touched down at Venezuela's main airport at Maiquetía on "
                   "Monday. The bombers took off from Engels air base in Russia's Saratov region. The minister greeted "
                   "the Russian pilots, who would take part in joint flights. The ministry did not say how long the "
                   "crews would stay, but an officer said the bombers were due to leave for Engels on Friday.",
                   "2018-12-11")
    back = only([leg for leg in legs if leg.status == "planned"])
    assert (back.origin.id, back.destination.name, back.date) == ("ve-caracas-airport", "Engels", "2018-12-14")


def test_a_weekday_straight_after_the_verb_and_an_airport_in_its_town(legs_of):
    leg = only(legs_of("Ten F-35B aircraft from Marine Corps Air Station Beaufort, South Carolina, landed Saturday at "
                       "José Aponte de la Torre Airport in Ceiba.", "2025-09-15"))
    assert (leg.origin.id, leg.destination.id, leg.date) == ("us-beaufort-mcas", "icao-tjrv", "2025-09-13")


def test_spotters_at_the_airport_keep_the_aircraft_there(legs_of):
    legs = legs_of("Watchers noticed two unusual arrivals at Simón Bolívar International Airport in Maiquetía: a "
                   "Russian Air Force Il-62M and an An-124 carrying troops. Photos posted by spotters at the airport "
                   "show both aircraft parked on the apron, with personnel unloading crates. We reconstructed the "
                   "route from tracking data and flight plans. Both aircraft departed Chkalovsky air base outside "
                   "Moscow late on 22 March.", "2019-03-25")
    assert ends(legs) == {("ru-chkalovsky", "ve-caracas-airport")}


def test_a_route_used_for_years_is_no_movement(legs_of):
    legs = legs_of("Russian Il-62 and An-124 aircraft carrying troops landed at Maiquetía on Saturday. What the data "
                   "does show is that the flights were operated openly along a route Russia has used for years to "
                   "supply its forces in Syria.", "2019-03-25")
    assert ends(legs) == {("ru", "ve-caracas-airport")}


def test_found_at_a_port_after_arriving_from_another(legs_of):
    leg = only(legs_of("In March, police at the Port of Kingston found 30 pistols hidden in a shipment of household "
                       "goods that had arrived from Port Everglades.", "2023-05-01"))
    assert (leg.origin.id, leg.destination.id) == ("us-port-everglades", "jm-kingston-port")


def test_the_intention_of_shipping_is_a_plan(legs_of):
    leg = only(legs_of("A man is accused of buying 24 rifles with the intention of shipping them from the Miami River "
                       "docks to Cap-Haitien."))
    assert leg.status == "planned"


def test_waybills_seized_from_a_trader_name_no_origin(legs_of):
    leg = only(legs_of("Invoices seized from a trader detained in Ouagadougou show that at least 40 cases of ammunition "
                       "from these lots were subsequently trucked from Lome to Ouagadougou in late 2021, crossing the border at "
                       "Cinkasse.", "2023-06-01"))
    assert (leg.origin.id, leg.destination.id) == ("tg-lome", "bf-ouagadougou")


def test_imported_through_a_port_ends_there(legs_of):
    leg = only(legs_of("Cartridges were imported by sea from Spain through the Port of Lome in 2021.", "2023-06-01"))
    assert (leg.origin.id, leg.destination.id) == ("es", "tg-lome-port")


def test_a_ship_still_at_its_yard_sails_for_a_country(legs_of):
    leg = only(legs_of("The second patrol ship, still being fitted out at the Dearsan yard in Istanbul, is expected to "
                       "sail for Nigeria with ammunition for its guns before the end of the year."))
    assert (leg.origin.country, leg.destination.id) == ("TR", "ng")


def test_leaving_the_camp_for_a_country(legs_of):
    leg = only(legs_of("France handed over the Port-Bouet base on Thursday. Videos claimed to show French armoured "
                       "vehicles leaving the camp by road for Benin.", "2025-02-25"))
    assert (leg.origin.id, leg.destination.id) == ("ci-port-bouet-base", "bj")


def test_the_azov_is_a_ship_and_reality_denies(legs_of):
    legs = legs_of("The large landing ship Azov, which left Sevastopol on 12 March, arrived at Tartus with materiel. "
                   "Statements by Western media that the Azov delivered S-300 components from Sevastopol to Syria do "
                   "not correspond to reality.", "2016-03-17")
    assert all(leg.origin.id != "geonames-580054" for leg in legs)
    assert any(leg.status == "denied" for leg in legs)


def test_trucks_that_drove_on_through_a_country(legs_of):
    leg = only(legs_of("Trucks of artillery shells loaded at the Arsenal plant in Kazanlak crossed the Danube bridge at "
                       "Ruse into Romania and drove on to Ukraine, according to two people involved in arranging the "
                       "deliveries."))
    assert (leg.origin.id, leg.destination.id, leg.mode) == ("bg-kazanlak", "ua", "land")


def test_moved_by_rail_and_road_whatever_moved(legs_of):
    leg = only(legs_of("A ship unloaded 50 Army attack helicopters at the port of Alexandroupolis. From there, the helicopters "
                       "and trucks moved north by rail and road to the Mihail Kogalniceanu air base near Constanta.",
                       "2023-06-01"))
    assert (leg.origin.id, leg.destination.id, leg.mode) == \
        ("gr-alexandroupolis-port", "ro-mihail-kogalniceanu", "land")


def test_a_yard_from_where_a_warship_set_out_on_a_voyage_with_a_port_call(legs_of):
    legs = legs_of("In January the navy's PNS Tughril, the first of four Type 054A/P frigates ordered from China, sailed "
                   "into Karachi. The warship had been commissioned in November at the Hudong-Zhonghua shipyard in "
                   "Shanghai, from where it set out on a voyage that included a port call in Colombo, navy officials "
                   "said.", "2022-01-25")
    leg = only(legs)
    assert (leg.origin.id, leg.destination.id, [p.id for p in leg.via]) == \
        ("cn-shanghai-port", "pk-karachi-port", ["lk-colombo-port"])


def test_a_brigade_moved_to_a_district_in_its_state(legs_of):
    leg = only(legs_of("Early this year the Army moved a brigade from Tezpur in Assam up the winding road over the Sela "
                       "pass to positions around Tawang in Arunachal Pradesh, according to two Army officers familiar "
                       "with the deployment.", "2021-06-15"))
    assert (leg.destination.id, leg.cargo) == ("adm2-in-arunachal-pradesh-tawang", ("troops",))


def test_kunar_as_the_press_spells_it(legs_of):
    leg = only(legs_of("On 6 September several hundred TTP militants crossed from Afghanistan's Kunar province into the "
                       "Chitral district of Khyber Pakhtunkhwa.", "2023-10-01"))
    assert leg.origin.id == "af-kunar"
