"""The event coder on hand-built analyses: parse with the shared model, fill actors by hand."""

from __future__ import annotations

import pytest

from claimgraph.actors.coding import code_actor
from claimgraph.context import Analysis
from claimgraph.events.coder import code_events
from claimgraph.schema import Actor, DocumentMeta, Statement

# name as written -> (country, sector); written by us, not taken from any article
ACTORS = {
    "Norland": ("NRL", None), "Sudoria": ("SDR", None), "Norlandic": ("NRL", None),
    "Sudorian": ("SDR", None), "the foreign minister": ("NRL", "GOV"),
    "Ana Petrov": ("NRL", "GOV"), "Ivo Marek": ("SDR", "GOV"), "the rebels": ("SDR", "REB"),
    "Westland": ("WST", None), "the village": (None, None),
}


def analysis(nlp, text: str, statements: list[Statement] | None = None) -> Analysis:
    an = Analysis(text=text, doc=nlp(text), meta=DocumentMeta(id="t"))
    by_name: dict[str, str] = {}
    for name, (country, sector) in ACTORS.items():
        start = text.find(name)
        while start >= 0:
            key = name.lower().removeprefix("the ")
            if key not in by_name:
                aid = f"A{len(an.actors) + 1}"
                code = (country or "") + (sector or "") or None
                an.actors.append(Actor(id=aid, name=name, country=country, sector=sector, code=code))
                by_name[key] = aid
            an.mention_actor[(start, start + len(name))] = by_name[key]
            start = text.find(name, start + 1)
    an.statements = statements or []
    return an


def codes(nlp, text, statements=None):
    an = analysis(nlp, text, statements)
    evs = code_events(an)
    name = {a.id: a.country for a in an.actors}
    return [(e.cameo, name.get(e.source), name.get(e.target), e.negated, e.hypothetical) for e in evs], evs


def test_meeting_codes_consult_with_target(nlp):
    got, evs = codes(nlp, "Ana Petrov met Ivo Marek in the capital on Monday.")
    assert ("040", "NRL", "SDR", False, False) in got
    assert evs[0].plover == "CONSULT" and evs[0].quad_class == 1
    assert evs[0].trigger == "met"
    s, e = evs[0].sentence_span
    assert "Ana Petrov met" in evs[0].model_dump()["trigger"] or s == 0


def test_phone_conversation_as_adjunct(nlp):
    got, evs = codes(nlp, "In a phone conversation with Ivo Marek, Ana Petrov said the border was calm.")
    assert ("041", "NRL", "SDR", False, False) in got
    ev = next(e for e in evs if e.cameo == "041")
    text = "In a phone conversation with Ivo Marek, Ana Petrov said the border was calm."
    assert text[ev.trigger_span[0]:ev.trigger_span[1]] == ev.trigger == "phone conversation"


def test_attack_and_target(nlp):
    got, _ = codes(nlp, "Norland attacked Sudoria on Tuesday.")
    assert [g[:3] for g in got] == [("190", "NRL", "SDR")]


def test_negated_event_is_not_coded(nlp):
    # an act that did not happen is no event (it used to be kept, flagged negated)
    got, _ = codes(nlp, "Norland did not attack Sudoria.")
    assert got == [], got


def test_modal_event_is_hypothetical(nlp):
    got, _ = codes(nlp, "Norland could attack Sudoria next week.")
    assert got and all(hyp for *_, hyp in got)


def test_future_meeting_is_intent_to_meet(nlp):
    got, _ = codes(nlp, "Ana Petrov will meet Ivo Marek next week.")
    assert ("036", "NRL", "SDR", False, False) in got


def test_intent_frame_takes_complement_code(nlp):
    got, _ = codes(nlp, "Norland agreed to release the prisoners held by Sudoria.")
    assert got and got[0][0] == "0353" and got[0][1] == "NRL"


def test_threaten_frame(nlp):
    got, _ = codes(nlp, "Norland threatened to impose sanctions on Sudoria.")
    assert ("1312", "NRL", "SDR", False, False) in got
    assert not any(c == "163" for c, *_ in got)  # the threatened act is not coded as done


def test_appeal_for_talks(nlp):
    got, _ = codes(nlp, "Ana Petrov called for talks with Sudoria.")
    assert ("026", "NRL", "SDR", False, False) in got


def test_accusation_with_light_verb(nlp):
    got, _ = codes(nlp, "Norland made fresh allegations against Sudoria.")
    assert ("112", "NRL", "SDR", False, False) in got


def test_denial_links_statement(nlp):
    text = "Sudoria rejected the accusations that it had attacked Norland."
    cue = text.index("rejected")
    st = Statement(id="S1", speaker=None, cue="rejected", cue_span=(cue, cue + 8), kind="indirect",
                   content="it had attacked Norland", content_span=(text.index("it had"), len(text) - 1),
                   stance="deny")
    an = analysis(nlp, text, [st])
    st.speaker = next(a.id for a in an.actors if a.name == "Sudoria")
    evs = code_events(an)
    assert [(e.cameo, e.statement) for e in evs] == [("016", "S1")]
    assert evs[0].plover == "REJECT"  # nearest PLOVER type for CAMEO 016


def test_denied_charge_is_not_coded_as_happened(nlp):
    got, _ = codes(nlp, "Norland denied claims that Norland had bombed Sudoria.")
    assert not any(c.startswith("19") for c, *_ in got)


def test_source_needs_known_country(nlp):
    got, _ = codes(nlp, "The village attacked Sudoria.")
    assert got == []


def test_plain_statement_and_boilerplate_code_nothing(nlp):
    assert codes(nlp, "Leave a Comment")[0] == []
    assert codes(nlp, "Ana Petrov said the weather in Sudoria was fine.")[0] == []


def test_compound_subject_gives_one_event_each(nlp):
    got, _ = codes(nlp, "Norland and Westland condemned Sudoria.")
    assert {(c, s) for c, s, *_ in got} == {("111", "NRL"), ("111", "WST")}


def test_events_stage_is_registered():
    from claimgraph.pipeline import _load_stages
    from claimgraph.registry import stages

    _load_stages()
    assert stages.get("events") is not None


@pytest.mark.parametrize("bad", ["", "   "])
def test_empty_text_codes_nothing(nlp, bad):
    an = Analysis(text=bad, doc=nlp(bad), meta=DocumentMeta(id="t"))
    assert code_events(an) == []


# --- general rules added in the second pass -------------------------------------------


def test_must_clause_under_speech_verb_is_a_demand(nlp):
    got, evs = codes(nlp, "Norland said that Sudoria must withdraw its troops from the border.")
    demands = [e for e in evs if e.plover == "DEMAND" and not e.hypothetical]
    assert demands, got
    assert ("NRL", "SDR") in {(g[1], g[2]) for g in got if g[0].startswith("10")}


def test_must_clause_about_the_speaker_is_not_a_demand(nlp):
    got, _ = codes(nlp, "Ana Petrov said she must leave early.")
    assert not [g for g in got if g[0].startswith("10")]


def test_conjoined_sources_target_each_other(nlp):
    got, _ = codes(nlp, "Norland and Sudoria agreed to hold joint exercises next month.")
    pairs = {(g[1], g[2]) for g in got if g[0].startswith("03")}
    assert {("NRL", "SDR"), ("SDR", "NRL")} <= pairs


def test_bare_threat_needs_no_addressee(nlp):
    got, evs = codes(nlp, "Norland threatened to close its embassy.")
    assert any(e.plover == "THREATEN" for e in evs), got
    plans, _ = codes(nlp, "Norland plans to vote on Sunday.")
    assert not plans  # a weak frame without an addressee codes nothing


def test_will_not_is_a_refusal(nlp):
    got, evs = codes(nlp, "Norland will not accept any more refugees.")
    assert [e for e in evs if e.plover == "REJECT" and not e.negated], got


def test_unless_turns_a_promise_into_a_threat(nlp):
    got, evs = codes(nlp, "Norland will withdraw its troops from Sudoria unless the rebels disarm.")
    assert any(e.plover == "THREATEN" for e in evs), got
    assert not any(e.plover == "AGREE" for e in evs)


def test_ready_to_attack_is_not_an_attack(nlp):
    got, evs = codes(nlp, "Norland is ready to attack Sudoria.")
    assert not any(e.plover in ("FIGHT", "ASSAULT") and not e.hypothetical for e in evs), got


def test_rebels_killing_is_unconventional_violence(nlp):
    got, evs = codes(nlp, "On Monday the rebels killed two Norlandic soldiers near the border.")
    assert any(e.cameo.startswith("18") for e in evs), got
    state, sevs = codes(nlp, "Norland killed two Sudorian soldiers near the border.")
    assert not any(e.cameo.startswith("18") for e in sevs), state


def test_unrecognised_demonym_phrase_becomes_an_actor_only_when_used(nlp):
    an = analysis(nlp, "The Fijian government lifted the curfew on Sunday after talks.")
    evs = code_events(an)
    src = [an.actor(e.source) for e in evs]
    assert any(a is not None and a.code == "FJIGOV" for a in src), evs
    # phrase actors that no event uses are not left behind
    an2 = analysis(nlp, "The Fijian government spoke about the weather.")
    code_events(an2)
    assert not [a for a in an2.actors if a.country == "FJI"]


def test_weapons_platforms_code_as_the_military(nlp):
    an = analysis(nlp, "Fijian warplanes bombed the village on Sunday.")
    evs = code_events(an)
    assert any(an.actor(e.source).code == "FJIMIL" for e in evs), evs
    # an "aircraft maker" is a company, not an air force
    assert code_actor("a Fijian aircraft maker").sector == "BUS"


def test_ethnic_group_is_not_the_country_of_its_name(nlp):
    # CAMEO codes an ethnic group by where it lives, which the demonym does not say
    got, _ = codes(nlp, "Ethnic Sudorian rebels attacked Westland on Monday.")
    assert not [g for g in got if g[1] == "SDR"], got
    plain, _ = codes(nlp, "Sudorian rebels attacked Westland on Monday.")
    assert [g for g in plain if g[1] == "SDR"], plain


def test_past_perfect_background_clause_is_not_coded(nlp):
    got, evs = codes(nlp, "Norland released Ana Petrov, whom it had detained in May.")
    assert any(e.plover == "RETREAT" for e in evs), got
    assert not any(e.cameo.startswith("17") for e in evs), got
    now, nevs = codes(nlp, "Norland detained Ana Petrov in May.")
    assert any(e.cameo.startswith("17") for e in nevs), now


def test_arrival_on_a_visit_targets_the_place(nlp):
    got, _ = codes(nlp, "Ana Petrov arrived in Sudoria on a visit on Wednesday.")
    assert ("042", "NRL", "SDR", False, False) in got, got
    bare, _ = codes(nlp, "Ana Petrov arrived in Sudoria on Wednesday.")
    assert not bare, bare  # an arrival alone is not coded


def test_announced_coercive_act_is_a_threat(nlp):
    got, evs = codes(nlp, "Norland said it would impose a blockade on Sudoria.")
    assert any(e.cameo.startswith("13") and not e.hypothetical for e in evs), got
    assert not any(e.cameo.startswith("19") for e in evs), got


def test_compound_trigger_takes_targets_of_its_phrase(nlp):
    got, _ = codes(nlp, "Ana Petrov launched a mediation effort between Sudoria and Westland.")
    assert any(c == "045" and s == "NRL" and t in ("SDR", "WST") for c, s, t, *_ in got), got


def test_stative_participle_subject_is_the_source(nlp):
    got, _ = codes(nlp, "Norland is opposed to Sudorian mediation in the talks.")
    assert any(c.startswith("12") and s == "NRL" for c, s, *_ in got), got


def test_country_before_an_attack_noun_is_the_attacker(nlp):
    an = analysis(nlp, "Fijian air strikes killed two civilians in the village on Monday.")
    evs = code_events(an)
    assert any(e.cameo.startswith("19") and an.actor(e.source).country == "FJI" for e in evs), evs
    # not for acts that are not violent, and not a made actor left behind
    an2 = analysis(nlp, "Fijian air strikes were discussed in the village on Monday.")
    assert not code_events(an2) and not [a for a in an2.actors if a.country == "FJI"]


def test_passive_subject_is_the_target(nlp):
    got, _ = codes(nlp, "Ivo Marek was arrested by Norlandic police during a protest against Westland.")
    arrests = [g for g in got if g[0].startswith("17")]
    assert arrests and all(g[1] == "NRL" and g[2] == "SDR" for g in arrests), got
