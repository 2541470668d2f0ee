"""General actor and trigger families of the event coder (sentences written for these tests)."""

from __future__ import annotations

import pytest

from claimgraph.actors.coding import code_actor


def _events(nlp_text):
    import claimgraph

    doc = claimgraph.extract(nlp_text)
    country = {a.id: a.country or (a.code or "")[:3] for a in doc.actors}
    return [(e.cameo, country.get(e.source), country.get(e.target)) for e in doc.events
            if not e.negated and not e.hypothetical]


@pytest.mark.parametrize(("text", "country"), [
    ("some 12,000 Iraqi Kurds", "IRQ"),
    ("at least 300 Syrian Kurds", "SYR"),
    ("Trinidad", "TTO"),
    ("a militant group based in Trinidad", "TTO"),
])
def test_numbers_and_country_parts_keep_the_country(text, country):
    assert code_actor(text).country == country


def test_seat_clause_gives_the_source_country():
    got = _events("A newspaper based in Beirut has violated a ban on political advertising.")
    assert ("128", "LBN", None) in got


def test_seeking_refuge_is_an_appeal_to_the_place():
    got = _events("About 20,000 Syrian Kurds sought refuge in Sweden last year.")
    assert got == [("0233", "SYR", "SWE")]


def test_seeking_refuge_without_a_place_codes_nothing():
    assert _events("About 20,000 Syrian Kurds sought refuge last year.") == []


def test_accepted_demands_from_a_group_without_country():
    got = _events("The Chilean government on Monday accepted demands from striking miners.")
    assert got and got[0][:2] == ("080", "CHL")


def test_group_of_the_source_country_is_a_target_with_its_sector():
    # "Iranian Kurd refugees": the group, not the state itself, so Iran may act towards it
    got = _events("Iran will allow about 5,000 Iranian Kurd refugees living in Iraq to return home.")
    assert [g[:2] for g in got] == [("035", "IRN")]


@pytest.mark.parametrize(("text", "country"), [
    # provinces and states
    ("the governor of Balochistan", "PAK"),
    ("police in Helmand", "AFG"),
    ("Texas", "USA"),
    # former states code as their successor
    ("Soviet troops", "RUS"),
    ("the Yugoslav federal army", "SRB"),
    ("Zaire", "COD"),
    ("West Germany", "DEU"),
])
def test_provinces_states_and_former_states_code_their_country(text, country):
    assert code_actor(text).country == country


# "Punjab" is in India and Pakistan; "Rivers" is a Nigerian state and a word;
# person-like and region-wide names are left alone too
@pytest.mark.parametrize("text", ["Rivers", "Punjab", "Virginia Woolf", "Guerrero", "Batman", "Sahel"])
def test_ambiguous_common_or_person_like_provinces_code_no_country(text):
    assert code_actor(text).country is None


def test_ordered_patrols_is_a_show_of_force_not_a_demand():
    got = _events("Police in Kenya stepped up patrols after the attack.")
    assert got == [("154", "KEN", None)]
    assert all(g[0] != "154" for g in _events("The army ordered troops to withdraw from the town."))


def test_condemnation_and_freeing_captives_need_no_named_target():
    assert _events("The Kenyan president condemned the bombing of a market.") == [("111", "KEN", None)]
    assert _events("Colombian rebels released four hostages on Sunday.") == [("0841", "COL", None)]
    assert _events("The Indian navy rescued 20 sailors from a sinking ship.") == [("073", "IND", None)]


def test_ambiguous_verbs_still_need_a_named_target():
    # "slammed", "released a statement": without an addressee no event
    assert _events("The Kenyan president slammed the door.") == []
    assert _events("Colombian rebels released a statement on Sunday.") == []


@pytest.mark.parametrize(("text", "code"), [
    ("Somali pirates", "SOMCRM"),
    ("Haitian gangs", "HTICRM"),
    ("fighters loyal to the Libyan government", "LBYREB"),
])
def test_criminal_groups_and_loyal_forces(text, code):
    assert code_actor(text).code == code


def test_loyal_to_phrase_is_the_source():
    assert _events("Fighters loyal to the Libyan government shelled the airport.") == [("194", "LBY", None)]
    # "ambassador to X" still names someone else's country
    assert code_actor("ambassador to Russia").country is None


def test_denied_act_is_not_coded():
    # the support is not coded; the denial itself is CAMEO 016 (deny responsibility)
    assert all(e[0] == "016" and e[1] == "RWA" for e in _events("Rwanda denied supporting the M23 rebels."))
    assert ("051", "RWA", "COD") in _events("Rwanda supported the M23 rebels.")


def test_support_for_names_the_target():
    got = _events("Norway's foreign minister expressed support for the Palestinian Authority.")
    assert got == [("051", "NOR", "PSE")]


def test_exchanging_fire_is_shooting_by_each_side():
    got = _events("India and Pakistan exchanged fire across the border.")
    assert {g[:2] for g in got} == {("193", "IND"), ("193", "PAK")}


def test_purpose_of_an_act_is_intended_not_a_second_act():
    import claimgraph

    doc = claimgraph.extract("Thousands of Kenyan students staged demonstrations in Nairobi to demand political reforms.")
    happened = [e.cameo[:2] for e in doc.events if not e.hypothetical and not e.negated]
    intended = [e.cameo[:2] for e in doc.events if e.hypothetical]
    assert happened == ["14"] and intended == ["10"]


def test_purpose_clause_of_an_uncoded_verb_is_kept():
    # "flew to X to meet Y": the flight is no coded act, so the meeting is the news
    got = _events("The Kenyan president flew to Addis Ababa to meet the Ethiopian prime minister.")
    assert got == [("040", "KEN", "ETH")]


def test_opened_fire_is_shooting():
    assert _events("Israeli troops opened fire on the crowd.") == [("193", "ISR", None)]


@pytest.mark.parametrize(("text", "want"), [
    ("China held military exercises near Taiwan.", ("150", "CHN")),
    ("North Korea conducted a nuclear test.", ("150", "PRK")),
    ("Iran test-fired a ballistic missile.", ("150", "IRN")),
    ("The United States and South Korea held joint military exercises.", ("062", "USA")),
    ("French and Greek warships launched war games in the Aegean.", ("062", "FRA")),
])
def test_exercises_and_tests_show_force_unless_joint(text, want):
    assert want in [g[:2] for g in _events(text)]


def test_own_war_games_are_no_cooperation_with_the_neighbour():
    got = _events("India conducted war games along the border with Pakistan.")
    assert got and all(code == "150" for code, _, _ in got)


def test_vow_to_crush_an_armed_enemy_is_a_threat_of_force():
    assert _events("The Nigerian army vowed to crush the insurgency.") == [("138", "NGA", None)]
    assert _events("The ruling party defeated the opposition in the election.") == []


def test_act_in_a_passive_charge_is_not_coded():
    assert _events("Turkey was accused by Syria of backing terrorists.") == [("112", "SYR", "TUR")]


def test_forbidden_act_is_not_coded():
    assert _events("The judge barred the Egyptian army from attacking protesters.") == []
    assert _events("The court forbade Egyptian troops to attack the protesters.") == []


def test_travel_at_home_and_teams_named_by_places_are_no_visits():
    assert _events("The Kenyan president will visit Nairobi and Kisumu next week.") == []
    assert _events("No. 14 Alabama visits Kentucky on Saturday.") == []
    assert _events("Taiwan's vice foreign minister visited Russia.") == [("042", "TWN", "RUS")]


def test_warning_about_another_actor_is_no_threat_by_the_speaker():
    assert all(code[:2] != "13" for code, _, _ in _events("Russia could invade Moldova, Ukrainian officials warned."))
    assert _events("Iran warned that it would retaliate against Israel.") == [("130", "IRN", "ISR")]


def test_country_after_a_clause_comma_is_the_subject_not_an_apposition():
    got = _events("If Turkey attacks Syria, the United States will impose sanctions.")
    assert [g[1] for g in got] == ["USA"]


def test_counterpart_is_the_other_countrys_official():
    got = _events("The Egyptian foreign minister held talks with his Qatari counterpart in Doha on Sunday.")
    assert got == [("046", "EGY", "QAT")]


def test_troops_crossing_into_a_country_and_stone_throwing():
    assert _events("Vietnamese troops crossed into Cambodia.") == [("192", "VNM", "KHM")]
    assert _events("Thousands of refugees crossed into Turkey.") == []
    assert _events("Palestinian youths stoned Israeli soldiers.")[0][:2] == ("145", "PSE")


def test_veiled_warning_about_consequences_is_still_a_threat():
    got = _events("Putin warned that Western military intervention could lead to nuclear escalation.")
    assert [g[:2] for g in got] == [("130", "RUS")]


def test_hearing_into_something_is_an_inquiry():
    assert _events("The Kenyan parliament held a hearing into the collapse of the bank.") == [("090", "KEN", None)]
    assert _events("The Kenyan court held a hearing on Monday.") == []


def test_subject_hung_on_an_opening_phrase_is_found():
    got = _events("With the signing of a Memorandum of Understanding on Trade Cooperation, the Kenyan government "
                  "and Uganda have agreed to open the border.")
    assert got and {g[1] for g in got} == {"KEN", "UGA"} and all(g[0][:2] == "03" for g in got)
    assert _events("With the signing of the accord, have agreed to allow aid.") == []


def test_a_denial_answers_the_accuser_of_its_claim():
    evs = _events("Armenia accused Azerbaijan on Monday of shelling a border village. Azerbaijan's Defence Ministry "
                  "denied the accusation.")
    assert ("112", "ARM", "AZE") in evs
    denial = [e for e in evs if e[0].startswith("01") or e[0].startswith("12")]
    assert denial and all(e[1] == "AZE" and e[2] == "ARM" for e in denial)


def test_a_former_minister_answers_the_minister_who_accused_his_government():
    import claimgraph

    doc = claimgraph.extract("Dispatch\n\nCroatian Economy Minister Lukas Drozd said the bond sale broke the law. Former "
                             "Croatian Finance Minister Ivo Maric rejected the accusation as \"pure fiction\".\n")
    denial = [(doc.actor(e.source).name, doc.actor(e.target).name if e.target else None) for e in doc.events
              if e.cameo.startswith(("01", "12"))]
    # two people of one code are still two sides of the claim
    assert denial == [("Ivo Maric", "Lukas Drozd")]


def test_a_spokesman_does_not_answer_his_own_minister():
    import claimgraph

    doc = claimgraph.extract("Dispatch\n\nCroatia's Economy Ministry said the loan broke the law, its spokesman "
                             "Ivo Maric said. The central bank rejected the accusation.\n")
    for e in doc.events:
        if e.cameo.startswith(("01", "12")) and e.target is not None:
            assert doc.actor(e.target).name != doc.actor(e.source).name


def test_a_charge_rejected_in_a_relative_clause_is_a_rejection_of_the_accuser():
    evs = _events("Romania on Thursday accused Moldova of mistreating its ethnic Romanian farmers with a new land "
                  "law that limits leases in border districts, a charge Chisinau rejected as \"baseless and "
                  "cynical\".")
    assert ("112", "ROU", "MDA") in evs and ("016", "MDA", "ROU") in evs


def test_an_accusation_the_parser_hung_on_the_rejection_after_it_still_happened():
    # the parse makes "accused" the complement of "rejected"; the rejection's statement says what it rejects
    evs = _events("Finland on Thursday accused Estonia of mistreating its fishermen, a charge Tallinn rejected.")
    assert ("112", "FIN", "EST") in evs and ("016", "EST", "FIN") in evs
    # what a denial's own content holds stays unverified
    assert _events("Estonia denied that its troops had attacked the Finnish border post.")[0][0] == "016"
    assert not any(e[0].startswith("18") or e[0].startswith("19") for e in _events(
        "Estonia denied that its troops had attacked the Finnish border post."))


def test_neither_confirmed_nor_denied_is_no_denial():
    import claimgraph

    # not even one that might have been: nothing was denied
    doc = claimgraph.extract("Norway said it could neither confirm nor deny the Swedish account that the ship had "
                             "been seized.")
    assert [e.cameo for e in doc.events if e.cameo.startswith(("01", "12"))] == []
    assert ("016", "NOR", "SWE") in _events("Sweden accused Norway of seizing the ship. Norway denied the "
                                            "accusation and rejected the report.")


def test_an_accusation_against_a_thing_of_a_country_aims_at_that_country():
    assert ("112", "NOR", "SWE") in _events("Norway's navy on Tuesday accused a Swedish fishing boat of sailing "
                                            "into Norwegian fjords.")
    # a place's compound is no one aimed at
    assert not any(e[2] for e in _events("Ostrander visited the U.S.-Mexico border on Monday."))


def test_a_demand_or_threat_is_coded_whatever_act_it_frames():
    assert [e[:2] for e in _events("Norway's farmers demanded that the council declare a drought.")] == [
        ("100", "NOR")]
    assert [e[:2] for e in _events("Norway's farmers threatened to block the ring road.")] == [("130", "NOR")]


def test_disputing_a_count_is_a_denial():
    assert [e[:2] for e in _events("Norway's transport ministry disputed the council's estimate.")] == [("016", "NOR")]


def test_an_assertion_denied_by_someone_in_a_participle_is_their_denial():
    evs = _events("Dispatch\n\nNorway's navy claimed on Tuesday that Swedish ships had entered its fjords, a claim "
                  "quickly denied by Sweden's maritime agency.")
    assert ("016", "SWE", "NOR") in evs


def test_an_act_told_in_the_headline_and_again_in_the_story_points_at_the_story(nlp):
    import claimgraph

    text = ("Bolivia rejects Peruvian charge that it diverted a river\n\n"
            "Bolivia on Friday rejected accusations by neighbouring Peru that it had diverted a border river "
            "to irrigate its farms.\n")
    doc = claimgraph.extract(text)
    rejections = [e for e in doc.events if e.cameo.startswith(("01", "12"))]
    assert len(rejections) == 1
    assert rejections[0].sentence_span[0] > text.index("\n")
    assert [e.id for e in doc.events] == [f"E{k}" for k in range(1, len(doc.events) + 1)]


def test_two_bodies_of_one_country_and_no_known_kind_are_two_sides():
    import claimgraph

    d = claimgraph.extract("Bee row\n\nROSARIO, Argentina (Wire) - The Litoral Beekeepers' Federation on Tuesday "
                           "accused agrochemical maker Agroquímica Pampa of suppressing a university study, an "
                           "allegation the company flatly rejected.\n")
    accused = [(d.actor(e.source).name, d.actor(e.target).name) for e in d.events if e.cameo.startswith("11")]
    assert accused == [("Litoral Beekeepers' Federation", "Agroquímica Pampa")]
