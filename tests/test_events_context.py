"""Actor coding of event arguments from context: where an act happens, the one
country a sentence names, passive acts of state power, conjoined country
words, and the guards that keep these from over-coding. Sentences are ours."""

from __future__ import annotations

from claimgraph.actors.coding import code_actor
from claimgraph.context import Analysis
from claimgraph.eval.plover import _country
from claimgraph.events.codebook import lookup
from claimgraph.events.coder import code_events
from claimgraph.schema import Actor, DocumentMeta, Statement

# name as written -> (country, sector, type); real states (the rules want ISO codes), made-up people
ACTORS = {
    "Austria": ("AUT", None, "state"), "Chile": ("CHL", None, "state"),
    "Chilean": ("CHL", None, "group"), "Austrian": ("AUT", None, "group"),
    "Ivo Marek": ("CHL", "GOV", "person"), "Ana Petrov": ("AUT", "GOV", "person"),
    "Lena Oraz": (None, "JUD", "person"), "Albanians": ("ALB", None, "group"),
}


def analysis(nlp, text: str, statements: list[Statement] | None = None) -> Analysis:
    an = Analysis(text=text, doc=nlp(text), meta=DocumentMeta(id="t"))
    for name, (country, sector, kind) in ACTORS.items():
        start = text.find(name)
        while start >= 0:
            end = start + len(name)
            # "Austria" inside "Austrian" is not a mention of the state
            if not (end < len(text) and text[end].isalpha()):
                aid = next((a.id for a in an.actors if a.name == name), None)
                if aid is None:
                    aid = f"A{len(an.actors) + 1}"
                    code = (country or "") + (sector or "") or None
                    an.actors.append(Actor(id=aid, name=name, type=kind, country=country, sector=sector, code=code))
                an.mention_actor[(start, end)] = aid
            start = text.find(name, start + 1)
    an.statements = statements or []
    return an


def coded(nlp, text, statements=None):
    an = analysis(nlp, text, statements)
    evs = [e for e in code_events(an) if not e.negated and not e.hypothetical]
    return an, evs


def src(an, e):
    a = an.actor(e.source)
    return a.country, a.sector


def test_a_group_acting_in_one_country_is_that_countrys(nlp):
    an, evs = coded(nlp, "Thousands of people blocked roads in Austria on Monday.")
    assert any(e.cameo.startswith("14") and src(an, e) == ("AUT", "CVL") for e in evs), evs


def test_place_does_not_code_soldiers_or_acts_often_done_abroad(nlp):
    # soldiers often fight abroad; a meeting is not an act done at home
    an, evs = coded(nlp, "Thousands of soldiers attacked the town in Austria on Monday.")
    assert not [e for e in evs if an.actor(e.source).country == "AUT"], evs
    an, evs = coded(nlp, "Hundreds of students met officials in Austria on Monday.")
    assert not [e for e in evs if an.actor(e.source).country == "AUT"], evs


def test_place_must_give_one_country(nlp):
    an, evs = coded(nlp, "Thousands of people blocked roads in Austria and in Chile.")
    assert not [e for e in evs if e.cameo.startswith("14")], evs


def test_sector_actor_takes_the_one_country_of_its_sentence(nlp):
    an, evs = coded(nlp, "Judge Lena Oraz opened an investigation into Chilean officials on Friday.")
    assert any(e.cameo.startswith("09") and src(an, e) == ("CHL", "JUD") for e in evs), evs
    # two countries named: no guess
    an, evs = coded(nlp, "Judge Lena Oraz opened an investigation into Chilean and Austrian officials.")
    assert not [e for e in evs if e.cameo.startswith("09")], evs


def test_passive_arrest_is_done_by_the_state_where_it_happened(nlp):
    an, evs = coded(nlp, "Ivo Marek was arrested in Austria on Friday.")
    arrests = [e for e in evs if e.cameo == "173"]
    assert arrests and an.actor(arrests[0].source).country == "AUT", evs
    assert an.actor(arrests[0].target).country == "CHL"
    # a passive act that is not state power names no source
    an, evs = coded(nlp, "Ivo Marek was praised in Austria on Friday.")
    assert not evs, evs


def test_conjoined_country_words_are_joint_actors(nlp):
    an, evs = coded(nlp, "The Fijian and Tongan sides agreed to share information on missing people.")
    countries = {an.actor(e.source).country for e in evs if e.cameo.startswith("03")}
    assert countries == {"FJI", "TON"}, evs


def test_attempted_assassination_is_its_own_code(nlp):
    an, evs = coded(nlp, "Austrian rebels tried to assassinate Ivo Marek on Sunday.")
    assert [e.cameo for e in evs if e.cameo.startswith("18")] == ["185"], evs
    an = analysis(nlp, "Austrian rebels wanted to assassinate Ivo Marek on Sunday.")
    assert all(e.hypothetical for e in code_events(an) if e.cameo.startswith("18"))


def test_a_denial_on_a_non_speech_cue_does_not_hide_the_event(nlp):
    text = "Austria imposed sanctions on Chile, a day after the rebels shot down a plane."
    cue = text.index("shot down")
    bogus = Statement(id="S1", speaker=None, cue="shot down", cue_span=(cue, cue + 9), kind="indirect",
                      content=text[:36], content_span=(0, 36), stance="deny")
    _an, evs = coded(nlp, text, [bogus])
    assert any(e.cameo == "163" for e in evs), evs
    denial = bogus.model_copy(update={"cue": "denied", "cue_span": (0, 0)})
    text2 = "Ana Petrov denied that Austria imposed sanctions on Chile."
    d = text2.index("denied")
    denial = denial.model_copy(update={"cue_span": (d, d + 6), "content": text2[d + 12:],
                                       "content_span": (d + 12, len(text2))})
    _an, evs = coded(nlp, text2, [denial])
    assert not [e for e in evs if e.cameo == "163"], evs


def test_stopping_a_protest_and_lifting_a_curfew(nlp):
    an, evs = coded(nlp, "Austrian police prevented a demonstration by students on Monday.")
    assert any(e.cameo == "172" and src(an, e)[0] == "AUT" for e in evs), evs
    an, evs = coded(nlp, "Ana Petrov shortened the nightly curfew by one hour.")
    assert [e.cameo for e in evs] == ["081"], evs


def test_occupying_territory_is_fighting_and_transnational_groups_are_img():
    assert lookup("192").plover == "FIGHT" and lookup("191").plover == "COERCE"
    assert code_actor("al-Qaeda").code == "IMG" and code_actor("Boko Haram").country == "NGA"
    # legacy three-letter codes in the gold compare as their ISO codes
    assert _country("VTN") == "VNM" and _country("IMGMUSALQ") == "IMG"


def test_trigger_nouns_that_only_modify_name_no_act(nlp):
    # "war games" is an exercise, not a war; "invasion forces" withdraw, they do not invade
    an, evs = coded(nlp, "Austrian and Chilean warships launched ten days of war games on Monday.")
    assert {e.cameo for e in evs} == {"062"}, evs
    assert {an.actor(e.source).country for e in evs} == {"AUT", "CHL"}
    an, evs = coded(nlp, "Austria speeded up the withdrawal of its invasion forces from Chile.")
    assert not [e for e in evs if e.cameo.startswith("19")], evs


def test_intent_frames(nlp):
    # a stated readiness is an intent even without a partner ...
    an, evs = coded(nlp, "Austria is ready to contribute troops to an international force.")
    assert [e.cameo for e in evs] == ["030"], evs
    # ... a light verb's object tells what is intended ...
    an, evs = coded(nlp, "Austria plans to impose restrictions on Chilean imports.")
    assert [e.cameo for e in evs] == ["132"], evs
    # ... a vow not to act is no offer, and committing crimes is no commitment
    an, evs = coded(nlp, "Ana Petrov vowed not to return the islands to Chile.")
    assert not evs, evs
    an, evs = coded(nlp, "Austrian soldiers committed crimes in the war.")
    assert not [e for e in evs if e.cameo.startswith("03")], evs


def test_possessive_pronoun_owner_of_a_state_body(nlp):
    an, evs = coded(nlp, "Chile said on Tuesday that its forces had completed their withdrawal from the border.")
    assert any(e.cameo.startswith("087") and src(an, e) == ("CHL", "MIL") for e in evs), evs
    # one's own troops are not the target of an offer to withdraw them
    an, evs = coded(nlp, "Austria offered to withdraw its troops from Chile.")
    assert evs and all(an.actor(e.target) is None or an.actor(e.target).country != "AUT" for e in evs), evs


def test_people_named_by_where_they_live_and_places_of_a_country(nlp):
    # a people "of" a state is coded as that state's civilians, not by its name
    an, evs = coded(nlp, "The Albanians of southern Chile are demanding autonomy from the government.")
    assert any(e.cameo.startswith("10") and src(an, e) == ("CHL", "CVL") for e in evs), evs
    # evacuating the wounded is humanitarian aid to the place they are taken from
    an, evs = coded(nlp, "Austrian helicopters evacuated the wounded from the besieged Chilean town of Alba.")
    aid = [e for e in evs if e.cameo == "073"]
    assert aid and an.actor(aid[0].target).country == "CHL", evs
    # evacuating one's troops is a pull-out, not aid
    an, evs = coded(nlp, "Austria evacuated its troops from Chile on Friday.")
    assert [e.cameo for e in evs if e.cameo.startswith(("07", "08"))] == ["087"], evs


def test_guards_against_over_coding(nlp):
    # declining to comment is no rejection; shooting down claims is no shooting
    an, evs = coded(nlp, "Ana Petrov declined to comment on the talks with Chile.")
    assert not [e for e in evs if e.cameo.startswith("12")], evs
    an, evs = coded(nlp, "Ana Petrov shot down claims that Chile had closed the border.")
    assert not [e for e in evs if e.cameo.startswith("19")], evs
    # a question is no appeal
    an, evs = coded(nlp, "Ana Petrov asked Ivo Marek what tools his ministry uses.")
    assert not [e for e in evs if e.cameo.startswith("02")], evs
    # armed men marching through a town hold no rally
    an, evs = coded(nlp, "Fijian soldiers marched through the town of Alba on Sunday.")
    assert not [e for e in evs if e.cameo.startswith("14")], evs


def test_sentence_country_only_for_acts_done_at_home(nlp):
    # a judge with no country who meets Chilean officials need not be Chilean
    an, evs = coded(nlp, "Judge Lena Oraz met Chilean officials on Friday.")
    assert not [e for e in evs if an.actor(e.source).country == "CHL"], evs


def test_subject_of_an_infinitive_is_the_target(nlp):
    an, evs = coded(nlp, "Ana Petrov allowed Ivo Marek to take part in the elections.")
    allow = [e for e in evs if e.cameo == "080"]
    assert allow and an.actor(allow[0].target).country == "CHL", evs
    # a finite clause is what is said, not whom it is aimed at
    an, evs = coded(nlp, "Ana Petrov denied that Ivo Marek had attacked the town.")
    assert not [e for e in evs if e.target and an.actor(e.target).country == "CHL" and e.cameo == "016"], evs


def test_object_known_only_by_sector_is_a_target(nlp):
    an, evs = coded(nlp, "Austria accused the rebels of violating the ceasefire.")
    acc = [e for e in evs if e.cameo.startswith("112")]
    assert acc and an.actor(acc[0].target).sector == "REB" and an.actor(acc[0].target).country is None, evs
    # an accusation at no one named is not coded
    an, evs = coded(nlp, "Austria accused the plan of violating the ceasefire.")
    assert not [e for e in evs if e.cameo.startswith("112")], evs


def test_modality_reaches_conjoined_verbs_and_hearsay(nlp):
    # "would not ... allow": the conjoined verb shares "would not", a stated refusal (12x), not a concession
    an, evs = coded(nlp, "Austria would not repeat the mistake and allow Chile to join the talks.")
    assert not [e for e in evs if e.cameo.startswith("08")] and [e for e in evs if e.cameo.startswith("12")], evs
    an, evs = coded(nlp, "Ana Petrov is rumoured to have supported Ivo Marek during the inquiry.")
    assert not [e for e in evs if e.cameo.startswith("05")], evs
    an, evs = coded(nlp, "Ana Petrov supported Ivo Marek during the inquiry.")
    assert [e for e in evs if e.cameo.startswith("05")], evs


def test_ceasefire_and_cancelled_visit_and_allies_of_a_country(nlp):
    an, evs = coded(nlp, "Austria declared a unilateral ceasefire on Wednesday.")
    assert [e.cameo for e in evs] == ["0871"], evs
    an, evs = coded(nlp, "Ana Petrov cancelled a planned visit to Chile after the coup.")
    assert any(e.cameo == "160" and an.actor(e.target).country == "CHL" for e in evs), evs
    # an ally's or foe's country is not the actor's own
    assert code_actor("pro-Iranian Hizbollah group").country == "LBN"
    assert code_actor("Syrian-backed militia").country is None
    assert code_actor("Vietnamese-led forces").country == "VNM"


def test_pressing_and_reminding_are_demands(nlp):
    an, evs = coded(nlp, "Austrian authorities pressured the workers to cancel the strike.")
    assert [e.cameo for e in evs] == ["1052"], evs
    an, evs = coded(nlp, "Ana Petrov issued a stern reminder to Chile that it must release the prisoners.")
    demand = [e for e in evs if e.cameo.startswith("10")]
    assert demand and an.actor(demand[0].source).country == "AUT", evs
    # a reminder to oneself is no demand on anyone
    an, evs = coded(nlp, "Ana Petrov issued a reminder that she must leave early.")
    assert not [e for e in evs if e.cameo.startswith("10")], evs


def test_a_state_body_the_coder_makes_of_a_phrase_takes_the_datelines_country():
    import claimgraph

    # as the actor stage codes a government or parliament named with no country (`resolve.finish`)
    doc = claimgraph.extract("Dispatch\n\nLILONGWE, July 9 (Wire) - The lawyers' association urged parliament to "
                             "reject the port deal.\n")
    urged = [e for e in doc.events if e.cameo.startswith("02")]
    assert [(doc.actor(e.target).name, doc.actor(e.target).country) for e in urged] == [("parliament", "MWI")]
