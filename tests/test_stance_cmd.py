"""Stance of an article toward a given claim: the core function and the command."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from claimgraph.claims.article_stance import span_stance

CLAIM = "Orvane Mining dumped waste into the Selka River"


@pytest.mark.parametrize(
    ("headline", "label"),
    [
        ("Orvane Mining dumped waste into the Selka River", "for"),
        ("Orvane Mining reportedly dumped waste into the Selka River", "observing"),
        ("Did Orvane Mining dump waste into the Selka River?", "observing"),
        ("Orvane Mining may have dumped waste into the Selka River", "observing"),
        ("Orvane Mining denies dumping waste into the Selka River", "against"),
        ("Selka River waste story is a hoax", "against"),
        ("Orvane Mining did not dump waste into the Selka River", "against"),
    ],
)
def test_headline_stance(nlp, headline, label):
    from claimgraph import nlp as nlp_mod

    decision = span_stance(nlp_mod.parse(headline))
    assert decision.label == label
    assert decision.label == "for" or decision.cues  # a decision other than "for" names its cues


@pytest.mark.parametrize(
    ("headline", "label"),
    [
        # Headline Case hides verbs from the tagger.
        ("Orvane Mining Denies Dumping Waste Into The Selka River", "against"),
        ("Orvane Mining May Have Dumped Waste Into The Selka River", "observing"),
        # A source that negates the claim denies it.
        ("Selka River waste was not dumped by Orvane Mining: police", "against"),
        ("Orvane Mining did not dump waste, inspectors say", "against"),
        # A leading or trailing source makes it someone's claim.
        ("Inspectors: Orvane Mining dumped waste into the Selka River", "observing"),
        ("Orvane Mining dumped waste into the Selka River - Reports", "observing"),
        # A negation of something the claim does not say is no denial.
        ("Orvane Mining dumped waste into the Selka River, and no one noticed for weeks", "for"),
        # A modal on something else than the claim hedges nothing of it.
        ("Orvane Mining dumped waste into the Selka River and the mayor could resign", "for"),
        # A question answered by the rest of the headline leaves no doubt.
        ("Poisoned river? Orvane Mining dumped waste into the Selka River", "for"),
        ("Is this waste? Orvane Mining dumped sludge into the Selka River", "observing"),
        # Setting the text against the reports.
        ("Selka River runs clean despite rumours about Orvane Mining waste", "against"),
    ],
)
def test_headline_stance_toward_a_claim(nlp, headline, label):
    from claimgraph import nlp as nlp_mod

    assert span_stance(nlp_mod.parse(headline), CLAIM).label == label


HARM_CLAIM = "Kessa Void, the Orvane Mining chief, was kidnapped by river pirates"


@pytest.mark.parametrize(
    ("claim", "headline", "label"),
    [
        # A short answer after a question settles it either way.
        (CLAIM, "Did Orvane Mining dump waste into the Selka River? Probably not", "against"),
        (CLAIM, "That Orvane Mining waste photo from the Selka River? It's real", "for"),
        # Contracted negations of truth, fact-check ratings, camel-case subjects.
        (CLAIM, "That Selka River waste story you keep hearing about isn't true", "against"),
        (CLAIM, "Pants on fire: mayor repeats Selka River waste story", "against"),
        (CLAIM, "iWatchdog Debunks Orvane Mining Waste Claims", "against"),
        (CLAIM, "Blogger made up the Orvane Mining waste story", "against"),
        # A negated or denied debunking backs the claim instead.
        (CLAIM, "Orvane Mining waste in the Selka River is no hoax, photos show", "for"),
        # "confirm or deny" denies nothing.
        (CLAIM, "Orvane Mining refuses to confirm or deny Selka River waste reports", "observing"),
        # An either-or question, a negation about the rumours themselves, or
        # a negated "sure" leaves the claim open instead of denying it.
        (CLAIM, "Selka River waste: real or hoax?", "observing"),
        (CLAIM, "Rumors that Orvane Mining dumped waste into the Selka River aren't going away", "observing"),
        (CLAIM, "Orvane Mining chief isn't sure how waste got into the Selka River", "for"),
        # Purpose clauses and advice are no denials of fact.
        (CLAIM, "Orvane Mining dumped waste into the Selka River so it wouldn't pay fees", "for"),
        # The person said to be harmed or taken turns up safe or alive.
        (HARM_CLAIM, "Kessa Void says she is safe and never left the mine", "against"),
        (HARM_CLAIM, "Orvane Mining chief Kessa Void alive and well, family says", "against"),
        (HARM_CLAIM, "Kessa Void not dead, Orvane Mining says", "against"),
        (HARM_CLAIM, "River pirates kidnapped Orvane Mining chief Kessa Void", "for"),
    ],
)
def test_headline_stance_general_cues(nlp, claim, headline, label):
    from claimgraph import nlp as nlp_mod

    assert span_stance(nlp_mod.parse(headline), claim).label == label


PANEL_CLAIM = "Brask council planned a river panel that didn't include any residents"
NEG_CLAIM = "Orvane Mining did not dump waste into the Selka River"
SAID_CLAIM = "The Orvane Mining chief said the river was clean"
MOB_CLAIM = "A mob in Brask beat a thief at the Selka River market"
QUOTED_CLAIM = "A Brask surgeon woke the patient and asked: how are you feeling?"


@pytest.mark.parametrize(
    ("claim", "headline", "label"),
    [
        # Someone named as a suspect is not yet found to have done it; a
        # suspect who acts or is acted on hedges nothing.
        (CLAIM, "Orvane Mining manager emerges as suspect in Selka River dumping", "observing"),
        (HARM_CLAIM, "River pirates kidnapped Kessa Void, the Orvane Mining chief, then shot a suspect", "for"),
        # Sources who identify, stories going around, open questions, tips.
        (CLAIM, "Orvane Mining named by police as the firm behind the Selka River waste", "observing"),
        (CLAIM, "The strange story of Orvane Mining and the waste in the Selka River", "observing"),
        (CLAIM, "Questions raised over Orvane Mining waste in the Selka River", "observing"),
        (CLAIM, "Orvane Mining tipped to dump waste into the Selka River again", "observing"),
        (CLAIM, "Orvane Mining seemingly dumped waste into the Selka River", "observing"),
        # A speaker before a colon who speaks in the first person, a wire-style
        # source glued to its dash, a three-word source ending in a speaker.
        (CLAIM, "Fisherman Tomas Rell: We saw Orvane Mining dump waste into the Selka River", "observing"),
        (CLAIM, "Orvane Mining dumped waste into the Selka River -Wirepost", "observing"),
        (CLAIM, "Orvane Mining dumped waste into the Selka River: Brask city paper", "observing"),
        # Calling the reports absurd dismisses them; crazy rumours are still rumours.
        (CLAIM, "Orvane Mining calls the Selka River waste claims absurd", "against"),
        (CLAIM, "Crazy rumours about Orvane Mining waste in the Selka River", "observing"),
        # "X, not Y" rules out Y only; a negation of the subject's other
        # traits says nothing of the claim; a bare "No, it didn't" takes it back;
        # "if only" wishes it were so.
        (CLAIM, "Orvane Mining dumped waste into the Selka River, not the lake", "for"),
        (CLAIM, "Orvane Mining not profitable, yet it dumped waste into the Selka River", "for"),
        (CLAIM, "Orvane Mining dumped waste into the Selka River. No, it didn't", "against"),
        (CLAIM, "If only Orvane Mining really dumped waste into the Selka River", "against"),
        # A claim about a saying is denied by "did not say"; a question the
        # claim quotes is no open question; what someone in the story said
        # ("fined for saying") is part of the story.
        (SAID_CLAIM, "The Orvane Mining chief did not say the river was clean", "against"),
        (QUOTED_CLAIM, "Brask surgeon wakes patient mid-operation and asks how are you feeling?", "for"),
        (CLAIM, "Orvane Mining dumped waste into the Selka River and was fined for saying it was harmless", "for"),
        # Verbs of faking, in any form, call the thing false.
        (CLAIM, "Activists accused of fabricating Selka River waste photos of Orvane Mining", "against"),
        # A negation inside the claim's relative clause leaves the claim
        # positive: a headline that negates the main statement denies it;
        # one in the main clause makes the claim negative.
        (PANEL_CLAIM, "There was never a Brask council panel on the river planned for Monday", "against"),
        (PANEL_CLAIM, "Brask council planned a river panel without residents", "for"),
        (NEG_CLAIM, "Orvane Mining never dumped waste into the Selka River", "for"),
        # hedges and denials written for claims worded unlike the Emergent file
        (CLAIM, "Orvane Mining dumped waste into the Selka River, dubious video shows", "observing"),
        (CLAIM, "Orvane Mining waste in the Selka River is an urban legend", "against"),
        # "alleged" before a noun for the accused labels that person; said of
        # the act, it hedges the act
        (MOB_CLAIM, "Brask mob beats alleged thief outside Selka River market", "for"),
        (MOB_CLAIM, "Brask mob allegedly beats thief outside Selka River market", "observing"),
    ],
)
def test_headline_stance_more_cues(nlp, claim, headline, label):
    from claimgraph import nlp as nlp_mod

    decision = span_stance(nlp_mod.parse(headline), claim)
    assert decision.label == label, decision.cues


def test_names_in_a_claim_are_no_saying(nlp):
    from claimgraph.claims.article_stance import claim_words

    assert not claim_words("Fighters of the Orvane State were killed in Brask").saying
    assert claim_words("The mayor of Brask stated that the river was clean").saying


def test_denied_debunking_is_no_denial(nlp):
    from claimgraph import nlp as nlp_mod

    headline = "Fisherman who filmed Selka River waste denies hoax claims"
    assert span_stance(nlp_mod.parse(headline), CLAIM).label != "against"
    assert span_stance(nlp_mod.parse("Fisherman denies Selka River waste claims"), CLAIM).label == "against"


def test_words_of_the_claim_are_not_cues(nlp):
    from claimgraph import nlp as nlp_mod

    claim = "Orvane Mining's chief was disowned by the board"
    headline = "Orvane Mining chief disowned by board after waste scandal"
    assert span_stance(nlp_mod.parse(headline)).label == "against"  # "disown" denies, out of context
    assert span_stance(nlp_mod.parse(headline), claim).label == "for"
    said = "The Orvane Mining chief said the river was clean"
    assert span_stance(nlp_mod.parse("Orvane Mining chief says the river is clean"), said).label == "for"
    assert span_stance(nlp_mod.parse("Orvane Mining chief says the river is clean"), CLAIM).label == "observing"


def _run(args, stdin=None):
    from claimgraph.cli import app

    return CliRunner().invoke(app, args, input=stdin)


def test_stance_command_reads_stdin_and_prints_json():
    text = "Orvane chief denies dumping waste into the Selka River\nThe chief executive rejected the claims.\n"
    res = _run(["stance", "--claim", CLAIM, "-", "--json"], stdin=text)
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data["stance"] == "against"
    assert data["claim"] == CLAIM


def test_stance_command_neither_confirm_nor_deny():
    text = "Orvane Mining refuses to confirm or deny that it dumped waste into the Selka River"
    res = _run(["stance", "--claim", CLAIM, "-", "--json"], stdin=text)
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["stance"] == "observing"


def test_stance_command_for_article_in_own_voice(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Orvane Mining dumped waste into the Selka River\nThe waste reached the town of Brask.\n")
    res = _run(["stance", "--claim", CLAIM, str(p)])
    assert res.exit_code == 0, res.output
    assert res.output.split()[0] == "for"


def test_stance_command_bad_input():
    res = _run(["stance", "--claim", CLAIM, "/no/such/file.txt"])
    assert res.exit_code != 0
    res = _run(["stance", "--claim", "  ", "-"], stdin="Some text\n")
    assert res.exit_code != 0
