"""Merging legs into movements and chaining them into routes, with legs as reports state them."""

from __future__ import annotations

from routes import network
from routes.model import Citation, Leg, Place

TURKEY = Place("tr", "Turkey", "country", "TR", 39.0, 35.0, "test")
LIBYA = Place("ly", "Libya", "country", "LY", 27.0, 17.0, "test")
IRAN = Place("ir", "Iran", "country", "IR", 32.0, 53.0, "test")
SAMSUN = Place("tr-samsun", "Samsun", "city", "TR", 41.27976, 36.3361, "test")
SAMSUN_PORT = Place("tr-samsun-port", "Port of Samsun", "port", "TR", 41.29972, 36.34444, "test", parent="tr-samsun")
TRIPOLI = Place("ly-tripoli", "Tripoli", "city", "LY", 32.88743, 13.18733, "test")
TRIPOLI_PORT = Place("ly-tripoli-port", "Port of Tripoli", "port", "LY", 32.901, 13.188, "test", parent="ly-tripoli")
LIBYAN_COAST = Place("ly-libyan-coast", "Libyan coast", "coast", "LY", 32.5, 15.0, "test")
MISRATA_AIRPORT = Place("ly-misrata-airport", "Misrata International Airport", "airport", "LY", 32.32556, 15.05972,
                        "test", parent="ly-misrata")


def leg(origin: Place, destination: Place, doc: str, quote: str, start: int = 0, **fields) -> Leg:
    citation = Citation(doc, f"Report {doc}", "Outlet", None, "2019-05-25", quote, start, start + len(quote))
    return Leg(origin, destination, citations=(citation,), **fields)


def moldovan_ship() -> Leg:
    return leg(SAMSUN_PORT, TRIPOLI_PORT, "inforos", "On May 20, a Moldovan-flagged cargo vessel delivered a large "
               "batch of arms and military equipment from Turkey's Samsun to Libya's Tripoli.", 1451,
               mode="sea", date="2019-05-20", carrier="Moldovan-flagged cargo vessel",
               cargo=("weapons", "armoured vehicles", "Kornet", "TOW"), confidence=0.7)


def ship_off_the_coast() -> Leg:
    return leg(SAMSUN_PORT, LIBYAN_COAST, "7dnews", "The ship, which came from the Turkish port of Samsun, arrived "
               "off the Libyan coast early on Sunday, May 19th.", 3570,
               mode="sea", date="2019-05-19", cargo=("armoured vehicles", "BMC Kirpi"), status="alleged",
               confidence=0.55)


def test_one_ship_told_by_two_outlets_is_one_leg_with_both_sources():
    legs = network.merge([moldovan_ship(), ship_off_the_coast()])
    assert len(legs) == 1
    merged = legs[0]
    assert merged.sources == 2
    assert (merged.origin.id, merged.destination.id) == ("tr-samsun-port", "ly-tripoli-port")  # the most specific
    assert merged.date == "2019-05-19/2019-05-20"
    assert merged.status == "reported"
    assert merged.confidence == round(1 - (1 - 0.7) * (1 - 0.55), 2)
    assert {"Kornet", "BMC Kirpi"} <= set(merged.cargo)


def test_two_aircraft_into_one_airport_are_two_legs():
    hercules = leg(TURKEY, MISRATA_AIRPORT, "inforos", "A C-130 Hercules of Turkey's military transport aviation "
                   "landed at Misrata airport with Turkish officers.", 931, mode="air",
                   carrier="C-130 Hercules", cargo=("officers",))
    antonov = leg(TURKEY, MISRATA_AIRPORT, "inforos", "An An-124 Mriya aircraft of a Ukrainian airline delivered "
                  "drones to Misrata airport.", 1203, mode="air", carrier="An-124 Mriya aircraft",
                  cargo=("drones",))
    assert len(network.merge([hercules, antonov])) == 2


def test_one_aircraft_type_in_two_reports_merges():
    first = leg(TURKEY, MISRATA_AIRPORT, "a", "An An-124 flew drones from Turkey to Misrata airport.",
                mode="air", carrier="An-124", cargo=("drones",), confidence=0.6)
    second = leg(TURKEY, MISRATA_AIRPORT, "b", "A Ukrainian An-124 cargo plane landed in Misrata from Turkey.",
                 mode="air", carrier="Ukrainian An-124 cargo plane", confidence=0.5)
    [merged] = network.merge([first, second])
    assert merged.sources == 2 and merged.carrier == "Ukrainian An-124 cargo plane"


def test_the_same_route_weeks_apart_is_two_shipments():
    early = leg(SAMSUN_PORT, TRIPOLI_PORT, "a", "A ship from Samsun unloaded armoured vehicles in Tripoli on May 2.",
                mode="sea", date="2019-05-02", cargo=("armoured vehicles",))
    late = leg(SAMSUN_PORT, TRIPOLI_PORT, "b", "A ship from Samsun unloaded armoured vehicles in Tripoli on May 20.",
               mode="sea", date="2019-05-20", cargo=("armoured vehicles",))
    assert len(network.merge([early, late])) == 2


def test_dates_within_the_window_merge_and_beyond_it_do_not():
    base = leg(SAMSUN_PORT, TRIPOLI_PORT, "a", "Kornet missiles left Samsun for Tripoli on May 10.",
               mode="sea", date="2019-05-10", cargo=("Kornet",))
    near = leg(SAMSUN, TRIPOLI, "b", "Kornet missiles reached Tripoli from Samsun on May 13.",
               date="2019-05-13", cargo=("Kornet",))
    far = leg(SAMSUN, TRIPOLI, "c", "Kornet missiles reached Tripoli from Samsun on May 14.",
              date="2019-05-14", cargo=("Kornet",))
    assert len(network.merge([base, near])) == 1
    assert len(network.merge([base, far])) == 2


def test_troops_and_weapons_are_different_movements():
    troops = leg(TURKEY, LIBYA, "a", "Turkey sent troops to Libya on January 5.", date="2020-01-05",
                 cargo=("troops",))
    weapons = leg(TURKEY, LIBYA, "a", "Turkey sent weapons to Libya on January 5.", 100, date="2020-01-05",
                  cargo=("weapons",))
    assert len(network.merge([troops, weapons])) == 2


def test_a_promise_does_not_merge_with_a_delivery():
    promised = leg(TURKEY, TRIPOLI, "a", "Turkey was ready to deploy forces in Tripoli if the GNA requests it.",
                   cargo=("troops",), status="planned")
    sent = leg(TURKEY, TRIPOLI, "b", "Turkish troops arrived in Tripoli.", cargo=("troops",))
    assert len(network.merge([promised, sent])) == 2


def test_a_headline_joins_the_one_movement_its_article_reports():
    headline = leg(TURKEY, LIBYA, "a", "Turkey sends troops to Libya", cargo=("troops",), confidence=0.5)
    body = leg(TURKEY, LIBYA, "a", "Turkey sent troops to Libya on May 3, 2020.", 40, date="2020-05-03",
               cargo=("troops",), confidence=0.5)
    [merged] = network.merge([headline, body])
    assert len(merged.citations) == 2 and merged.sources == 1 and merged.confidence == 0.5


def claim_over_two_movements(claimed: str, shipped: str, flown: str) -> list[Leg]:
    """A story's bare claim and the ship and the aircraft it goes on to tell of."""
    return [leg(TURKEY, LIBYA, "a", f"Turkey keeps shipping {claimed} to Libya.", cargo=(claimed,)),
            leg(TURKEY, LIBYA, "a", f"The Turkish ship Amazon carried {shipped} to Libya.", 200,
                mode="sea", carrier="Amazon", cargo=(shipped,)),
            leg(TURKEY, MISRATA_AIRPORT, "a", f"An An-124 delivered {flown} to Misrata airport.", 400,
                mode="air", carrier="An-124", cargo=(flown,))]


def test_a_headline_over_two_movements_of_its_story_carrying_its_cargo_is_cited_on_both():
    legs = claim_over_two_movements("drones", "drones", "drones")
    merged = network.merge(legs)
    assert sorted(m.carrier for m in merged) == ["Amazon", "An-124"]
    assert all(m.citations[0].quote == legs[0].citations[0].quote and m.sources == 1 for m in merged)


def test_a_headline_naming_no_cargo_over_two_movements_of_its_story_is_cited_on_both():
    legs = claim_over_two_movements("drones", "drones", "drones")
    legs[0] = leg(TURKEY, LIBYA, "a", "Tracking Turkey's airlift to Libya")
    merged = network.merge(legs)
    assert len(merged) == 2 and all(m.citations[0].quote == "Tracking Turkey's airlift to Libya" for m in merged)


def test_a_bare_claim_with_two_movements_to_choose_from_stays_apart():
    assert len(network.merge(claim_over_two_movements("weapons", "armoured vehicles", "drones"))) == 3


def test_a_bare_country_claim_does_not_join_another_reports_shipment():
    claim = leg(TURKEY, LIBYA, "a", "Turkey acknowledged selling weapons to the GNA.", cargo=("weapons",))
    shipment = leg(TURKEY, LIBYA, "b", "The Turkish ship Amazon carried armoured vehicles to Libya.",
                   mode="sea", carrier="Amazon", cargo=("armoured vehicles",))
    assert len(network.merge([claim, shipment])) == 2


def test_a_bare_claim_between_specific_places_joins_another_reports_shipment():
    claim = leg(SAMSUN, TRIPOLI, "a", "Armoured vehicles were taken from Samsun to Tripoli.",
                cargo=("armoured vehicles",), confidence=0.7)
    [merged] = network.merge([claim, moldovan_ship()])
    assert merged.sources == 2 and merged.destination.id == "ly-tripoli-port"


def test_one_claim_repeated_by_three_outlets_is_one_leg_with_three_sources():
    claims = [leg(TURKEY, LIBYA, doc, "Turkey has been sending weapons to Libya.", cargo=("weapons",),
                  confidence=0.5) for doc in ("a", "b", "c")]
    [merged] = network.merge(claims)
    assert merged.sources == 3
    assert merged.confidence == 0.88  # 1 − 0.5³


def test_confidence_is_capped_and_one_document_counts_once():
    many = [leg(TURKEY, LIBYA, doc, "Turkey has been sending weapons to Libya.", cargo=("weapons",),
                confidence=0.7) for doc in "abcdef"]
    assert network.merge(many)[0].confidence == network.MAX_CONFIDENCE
    repeated = [leg(TURKEY, LIBYA, "a", "Turkey has been sending weapons to Libya.", start, cargo=("weapons",),
                    confidence=0.5) for start in (0, 100, 200)]
    assert network.merge(repeated)[0].confidence == 0.5


def test_month_dates_alone_do_not_tie_country_level_legs():
    first = leg(TURKEY, LIBYA, "a", "Turkey shipped arms to Libya in May 2019.", date="2019-05", mode="sea")
    second = leg(TURKEY, LIBYA, "b", "Turkish arms reached Libya by sea in May 2019.", date="2019-05", mode="sea")
    assert len(network.merge([first, second])) == 2


def test_a_denial_is_cited_on_the_movement_its_document_reports():
    shipped = leg(IRAN, LIBYA, "wire", "Iran shipped drones to Libya, officials said.", 0, cargo=("drones",))
    denial = leg(IRAN, LIBYA, "wire", "Tehran has denied the accusation.", 50, cargo=("drones",), status="denied")
    elsewhere = leg(IRAN, LIBYA, "other", "Tehran denied shipping drones to Libya.", 0, cargo=("drones",),
                    status="denied")
    merged = network.merge([shipped, denial, elsewhere])
    assert sorted((m.status, len(m.citations)) for m in merged) == [("denied", 1), ("reported", 2)]
    reported = next(m for m in merged if m.status == "reported")
    assert [c.quote for c in reported.citations] == [shipped.citations[0].quote, denial.citations[0].quote]


def test_denying_flights_is_not_denying_the_voyage_the_document_reports():
    voyage = leg(IRAN, LIBYA, "wire", "Missiles were loaded onto a vessel in Iran and unloaded in Libya.", 0,
                 mode="sea", cargo=("missiles",))
    flights = leg(IRAN, LIBYA, "wire", "Iran rejected claims that its cargo planes had flown arms to Libya.", 80,
                  mode="air", status="denied")
    assert sorted((m.mode, m.status) for m in network.merge([voyage, flights])) == [("air", "denied"), ("sea", "reported")]


def test_two_denials_of_one_story_where_one_holds_the_other_are_one_claim():
    port = leg(SAMSUN_PORT, TRIPOLI_PORT, "wire", "The ministry denied that troops had sailed from Samsun to Tripoli.",
               0, mode="sea", cargo=("troops",), status="denied")
    country = leg(TURKEY, LIBYA, "wire", "No troops have been sent from Turkish territory to Libya.", 90,
                  cargo=("troops",), status="denied")
    merged = network.merge([port, country])
    assert [(m.origin.id, len(m.citations)) for m in merged] == [("tr-samsun-port", 2)]


def test_merging_does_not_depend_on_input_order():
    legs = [moldovan_ship(), ship_off_the_coast(),
            leg(SAMSUN, TRIPOLI, "a", "Armoured vehicles were taken from Samsun to Tripoli.", 900,
                cargo=("armoured vehicles",))]
    forward = [merged.id for merged in network.merge(legs)]
    assert forward == [merged.id for merged in network.merge(list(reversed(legs)))]


def test_legs_carrying_the_same_system_through_a_place_form_a_route():
    systems = ("Misagh-2", "Dehleyvah")
    to_turkey = leg(IRAN, TURKEY, "a", "Iran delivered Misagh-2 and Dehleyvah systems to Turkey.", cargo=systems)
    to_libya = leg(TURKEY, LIBYA, "a", "Turkey passed the Misagh-2 and Dehleyvah systems on to Libya.", 100,
                   cargo=systems)
    unrelated = leg(TURKEY, LIBYA, "b", "Turkey has been sending weapons to Libya.", cargo=("weapons",))
    routed = {r.id: r for r in network.routes([to_turkey, to_libya, unrelated])}
    assert routed[to_turkey.id].route_id and routed[to_turkey.id].route_id == routed[to_libya.id].route_id
    assert routed[unrelated.id].route_id is None


def test_a_route_runs_through_a_city_and_its_port_but_not_back_and_forth():
    inbound = leg(IRAN, TRIPOLI_PORT, "a", "Kornet missiles from Iran were unloaded at the port of Tripoli.",
                  mode="sea", cargo=("Kornet",))
    onward = leg(TRIPOLI, MISRATA_AIRPORT, "a", "The Kornet missiles were then flown from Tripoli to Misrata.", 90,
                 cargo=("Kornet",))
    back = leg(TRIPOLI, IRAN, "b", "Kornet launchers went back from Tripoli to Iran.", cargo=("Kornet",))
    routed = {r.id: r.route_id for r in network.routes([inbound, onward, back])}
    assert routed[inbound.id] and routed[inbound.id] == routed[onward.id]
    assert routed[back.id] is None


def test_a_lead_naming_kinds_of_cargo_joins_the_movement_it_sums_up():
    tehran = Place("ir-tehran", "Tehran", "city", "IR", 35.69, 51.39, "test")
    damascus = Place("sy-damascus", "Damascus", "city", "SY", 33.51, 36.29, "test")
    syria = Place("sy", "Syria", "country", "SY", 35.0, 38.0, "test")
    lead = leg(IRAN, syria, "reuters", "Iran has been flying rockets and drone parts into Syria.", 0,
               mode="air", cargo=("rockets", "drones"), status="alleged")
    flights = leg(tehran, damascus, "reuters", "Cargo aircraft flew from Tehran to Damascus nine times in October.",
                  900, mode="air", date="2024-10", cargo=("missiles",), status="alleged")
    merged = network.merge([lead, flights])
    assert len(merged) == 1 and merged[0].sources == 1 and len(merged[0].citations) == 2
    # a named system is a detail of its own
    assert network.named_cargo(("rockets", "Kornet", "BMC Kirpi", "armoured vehicles")) == {"Kornet", "BMC Kirpi"}


def test_a_dated_lead_between_countries_joins_its_own_story():
    najin = Place("kp-rajin-port", "Rajin port", "port", "KP", 42.24, 130.3, "test")
    dunai = Place("ru-dunai-port", "Dunai", "port", "RU", 42.88, 132.34, "test")
    north_korea = Place("kp", "North Korea", "country", "KP", 40.0, 127.0, "test")
    russia = Place("ru", "Russia", "country", "RU", 60.0, 100.0, "test")
    lead = leg(north_korea, russia, "seoul", "North Korea has shipped containers to Russia since early September.",
               0, date="2023-09", cargo=("weapons",))
    ships = leg(najin, dunai, "seoul", "The containers were loaded at Najin and carried to Dunai.", 200,
                date="2023-09", mode="sea", cargo=("weapons",))
    merged = network.merge([lead, ships])
    assert len(merged) == 1 and merged[0].origin.id == "kp-rajin-port" and len(merged[0].citations) == 2
    # between documents, a month still ties nothing (test_month_dates_alone_do_not_tie_country_level_legs)


def test_an_aircraft_type_and_an_operator_may_be_one_plane():
    assert network.agree(leg(TURKEY, LIBYA, "a", "x", carrier="Ilyushin Il-76TD"),
                         leg(TURKEY, LIBYA, "a", "y", carrier="Silk Way West Airlines cargo aircraft"))
    assert not network.agree(leg(TURKEY, LIBYA, "a", "x", carrier="C-130 Hercules"),
                             leg(TURKEY, LIBYA, "a", "y", carrier="An-124 Mriya"))


def test_a_registration_and_a_type_may_be_one_plane_but_two_registrations_are_two():
    assert network.agree(leg(TURKEY, LIBYA, "a", "x", carrier="Ilyushin Il-76TD"),
                         leg(TURKEY, LIBYA, "a", "y", carrier="4K-AZ101"))
    assert not network.agree(leg(TURKEY, LIBYA, "a", "x", carrier="4K-AZ100"),
                             leg(TURKEY, LIBYA, "a", "y", carrier="Il-76 4K-AZ101"))
