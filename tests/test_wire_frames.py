"""How a report is framed: the time it was said, set between the cue and
what was said, and other frames wire copy puts around a statement.
Sentences are ours."""

import pytest

import claimgraph


@pytest.fixture(scope="module")
def said(nlp):
    def run(text: str, title: str = "Dispatch") -> list[tuple[str | None, str, str, str]]:
        full = title + "\n" + text + "\n"
        doc = claimgraph.extract(full)
        return [((a := doc.actor(s.speaker)) and a.name, s.cue, s.stance,
                 full[s.content_span[0] : s.content_span[1]]) for s in doc.statements]
    return run


@pytest.mark.parametrize("text, content", [
    # the parser reads the time phrase as the clause's own subordinating word
    ("General Ivo Marsh told reporters after the vote the army would stay neutral.", "the army would stay neutral"),
    ("Mayor Lina Orte said after the meeting she would not resign.", "she would not resign"),
    ("Tomas Brevik said after the congress he would not accept Pell's support if it were offered.",
     "he would not accept Pell's support if it were offered"),
])
def test_a_time_between_the_cue_and_a_clause_without_that_is_not_what_was_said(said, text, content):
    rows = said(text)
    assert [(r[1], r[3]) for r in rows] == [(rows[0][1], content)], rows
    assert rows[0][1] in {"said", "told"}


def test_a_time_after_that_stays_in_what_was_said(said):
    rows = said("Mayor Lina Orte said that after the meeting the council would vote again.")
    assert [r[3] for r in rows] == ["after the meeting the council would vote again"], rows


def test_a_surname_the_parser_cut_at_its_hyphen_into_subjects_is_the_whole_name(misparsed):
    text = "Dispatch\nAssembly speaker Ali Hamid al-Tarek said armed men had entered the bank.\n"
    # each piece of the surname made a subject of "said", the given names an apposition to the title
    doc = misparsed(text, {3: ("nsubj", 9), 4: ("compound", 5), 5: ("appos", 3), 6: ("nsubj", 9),
                           7: ("nsubj", 9), 8: ("nsubj", 9)})
    assert [doc.actor(s.speaker).name for s in doc.statements] == ["Ali Hamid al-Tarek"]
    assert [text[slice(*s.speaker_span)] for s in doc.statements] == ["Ali Hamid al-Tarek"]


@pytest.mark.parametrize("body", ["the Council of Elders", "the Chamber of Deputies of Ostria"])
def test_a_body_named_beside_its_kind_whose_head_comes_first_is_the_speaker(said, body):
    rows = said(f"VELL, Ostria (AP) — Ostria's eastern-based parliament, {body}, on Sunday accused the "
                "rival cabinet of seizing the central bank.")
    assert [r[0] for r in rows] == [body.removeprefix("the ")], rows


@pytest.mark.parametrize("noun", ["account", "version"])
def test_calling_a_telling_of_events_a_lie_is_a_denial(said, noun):
    rows = said(f"Interior Minister Tomás Villca called the general's {noun} a desperate lie.")
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [("Tomás Villca", "called", "deny", f"the general's {noun}")], rows


CAUSED = ("Ostria denies president staged failed coup, as jailed general insists he followed orders\n\n"
          "VELL, Ostria (AP) — Ostria's government on Thursday denied that President Ivo Marek had orchestrated "
          "the failed uprising, after the general who led it claimed that he had acted on the president's orders.\n\n"
          "Gen. Tomas Brevik Sala, the former commander of the army, was arrested late Wednesday.\n\n"
          "Before he was driven away, Brevik told journalists that Marek had asked him to \"prepare something.\"\n")


def test_a_report_the_denial_came_after_is_no_part_of_what_was_denied(nlp):
    doc = claimgraph.extract(CAUSED)
    denied = next(s for s in doc.statements if s.cue == "denied")
    assert CAUSED[slice(*denied.content_span)] == "President Ivo Marek had orchestrated the failed uprising"
    claimed = next(s for s in doc.statements if s.cue == "claimed")
    # ... but it is the claim denied, in other words
    assert claimed.claim == denied.claim
    sides = {(doc.actor(st.actor).name, st.stance) for c in doc.claims if c.id == denied.claim for st in c.stances}
    assert ("Tomas Brevik Sala", "assert") in sides, sides


def test_a_lede_general_is_the_one_named_next_by_the_short_form_of_the_rank(nlp):
    doc = claimgraph.extract(CAUSED)
    names = {s.cue: doc.actor(s.speaker).name for s in doc.statements}
    assert names["insists"] == names["claimed"] == "Tomas Brevik Sala", names


def test_the_general_is_no_president_named_before(said):
    rows = said("President Ivo Marek said the vote would go ahead.\nThe general said troops were in barracks.")
    assert [r[0] for r in rows] == ["Ivo Marek", "general"], rows


def test_an_attorney_general_is_no_army_general(said):
    rows = said("The state attorney general is confirming that the charity is not registered.\n"
                "But Attorney General Eric Vance would not say more.")
    assert rows[0][0] == "Eric Vance", rows


def test_a_quotation_broken_by_a_long_cue_clause_goes_on_after_it(said):
    text = ("\"The data was there, in their own files, and nobody ordered an evacuation,\" prosecutor Lia Brandt "
            "Moreira told reporters outside the courthouse in Vila Nova do Sul, the town of 9,000 people half buried "
            "by the wave of mud. \"It was no accident. It was a choice.\"")
    rows = said(text)
    assert len(rows) == 1 and rows[0][3].endswith("It was a choice"), rows


@pytest.mark.parametrize("text, content", [
    ("The Ostrian Peace Council, an umbrella group of peace bodies, called for an independent inquiry.",
     "an independent inquiry"),
    ("Rights groups called for the release of the detained activists.", "the release of the detained activists"),
])
def test_a_call_for_something_is_a_demand_reported(said, text, content):
    rows = said(text)
    assert [(r[1], r[3]) for r in rows] == [("called", content)], rows


def test_a_call_to_emergency_services_is_no_demand(said):
    assert said("The mother calls 911 after the crash.") == []
