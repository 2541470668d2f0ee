"""Acts that never happened, a state aimed at itself, one act told twice, and
a caucus named "conference" (sentences written for these tests)."""

from __future__ import annotations

from test_events import codes


def _extracted(text: str) -> list[tuple[str, str | None, str | None, bool]]:
    """(code, source country, target name, hypothetical) from the whole pipeline."""
    import claimgraph

    doc = claimgraph.extract(text)
    actor = {a.id: a for a in doc.actors}
    country = {a.id: a.country or (a.code or "")[:3] for a in doc.actors}
    return [(e.cameo, country.get(e.source), actor[e.target].name if e.target else None, e.hypothetical)
            for e in doc.events]


def test_act_inside_a_condition_is_not_coded(nlp):
    # the soldiers are someone else's, and only a premise: no event, not even a hypothetical one
    got, _ = codes(nlp, "Ana Petrov asked Westland what would follow if they deployed soldiers to fight in Sudoria.")
    assert not any(c[:2] in ("15", "19") for c, *_ in got), got
    # the condition of a threat is what it demands: the threat was made
    got, _ = codes(nlp, "Norland warned Sudoria of retaliation if it attacked Westland.")
    assert got == [("130", "NRL", "SDR", False, False)], got
    # the consequence stays: a conditional announcement of sanctions is a threat
    got, _ = codes(nlp, "If Norland attacks Sudoria, Westland will impose sanctions on Norland.")
    assert [g[:3] for g in got] == [("1312", "WST", "NRL")], got


def test_counterfactual_is_not_coded(nlp):
    for text in ("Sudoria should have attacked Norland.",
                 "Norland would have imposed sanctions on Sudoria."):  # was coded as a threat that was made
        got, _ = codes(nlp, text)
        assert got == [], (text, got)
    # a bare possibility stays a hypothetical event, as before
    got, _ = codes(nlp, "Norland could impose sanctions on Sudoria.")
    assert got == [("163", "NRL", "SDR", False, True)]


def test_campaign_promise_is_not_the_act(nlp):
    for text in ("Ana Petrov campaigned on cutting aid to Sudoria if elected.",
                 "Ana Petrov campaigned on expelling Sudorian diplomats."):  # was coded as done
        got, _ = codes(nlp, text)
        assert got == [], (text, got)
    # promises that are themselves coded keep their code (CAMEO 13 for coercion)
    got, _ = codes(nlp, "Norland pledged to impose sanctions on Sudoria if elected.")
    assert [g[:3] for g in got] == [("1312", "NRL", "SDR")]


def test_act_only_supposed_is_not_coded(nlp):
    got, _ = codes(nlp, "Suppose Norland attacked Sudoria tomorrow.")
    assert got == [], got


def test_own_country_is_no_target_of_its_leader():
    got = _extracted("Finnish President Ilkka Virtanen threatened Finland.")
    assert got == [("130", "FIN", None, False)], got
    # a warning about what one's own country could do: no target left, and a
    # warning of an uncoded act needs one
    got = _extracted("Finnish President Ilkka Virtanen warned that Finland had missiles able to hit its neighbours.")
    assert got == [], got
    # groups outside the state may act against their own country's places
    got = _extracted("Finnish farmers threatened to blockade Helsinki.")
    assert got == [("1381", "FIN", "Helsinki", False)], got


def test_one_act_told_twice_is_one_event(nlp):
    got, _ = codes(nlp, "Norland cut its aid to Sudoria on Monday. Officials said Norland was cutting its aid because of the war.")
    assert [g[:3] for g in got] == [("162", "NRL", "SDR")], got


def test_unspecified_force_beside_a_specific_one_is_the_same_act():
    got = _extracted("Finnish police opened fire on demonstrators in Helsinki, killing two people.")
    assert [g[:2] for g in got] == [("193", "FIN")], got


def test_party_conference_is_a_caucus_not_a_meeting():
    got = _extracted("The White House has joined the Senate Democratic conference in opposing the bill.")
    assert not any(c.startswith("04") for c, *_ in got), got
    got = _extracted("The White House held a conference with Iranian officials on Monday.")
    assert [g[:3] for g in got] == [("040", "USA", "Iranian officials")], got


def test_a_statement_that_denies_its_claim_in_its_own_words_still_reports_its_deeds():
    # the regulator's statement denies the story's claim ("no order"), and says it asked for a report
    import claimgraph

    d = claimgraph.extract(
        "Operator denies throttling internet on government orders\n"
        "LUSAKA, July 15 (Wire) - Kelo Telecom on Monday denied that it had throttled internet access on government "
        "orders during an opposition rally.\n\n"
        "The Zambia Information and Communications Technology Authority said it had issued no order to throttle "
        "internet access and had asked Kelo Telecom for a full technical report on the outage.\n")
    names = {a.id: a.name for a in d.actors}
    regulator = next(s for s in d.statements if "no order" in s.content)
    assert regulator.stance == "deny"  # toward the story's claim
    asked = [e for e in d.events if names.get(e.target) == "Kelo Telecom" and e.cameo.startswith("02")]
    assert asked and names[asked[0].source].startswith("Zambia Information")
