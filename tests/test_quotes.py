"""Quotation spans on raw characters: curly, straight, nested, unbalanced."""

import pytest

import claimgraph
from claimgraph.attribution.quotes import find_quotes


def inner(text, q):
    return text[q.inner_start : q.inner_end]


def test_curly_and_straight_quotes():
    t = 'He said "one two" and “three four” too.'
    assert [inner(t, q) for q in find_quotes(t)] == ["one two", "three four"]


def test_nested_quote_of_other_kind_stays_inside():
    t = 'She said "the sign read “keep out” today."'
    qs = find_quotes(t)
    assert len(qs) == 1 and inner(t, qs[0]) == "the sign read “keep out” today."


def test_unclosed_quote_ends_at_paragraph_and_is_marked():
    t = "“First part of a long quote\n“Second part.” he said"
    qs = find_quotes(t)
    assert [q.closed for q in qs] == [False, True]
    assert inner(t, qs[0]) == "First part of a long quote"
    assert qs[1].para_start


def test_double_apostrophes_count_as_quote_marks():
    t = "She said ''we will win,'' and left."
    assert [inner(t, q) for q in find_quotes(t)] == ["we will win,"]


def test_stray_marks_never_raise():
    for t in ['"', "”", "“", 'a " b ” c “', "“" * 50, '"' * 7]:
        find_quotes(t)  # no exception


def test_a_quote_that_lost_its_closing_mark_ends_before_its_frame():
    import claimgraph

    doc = claimgraph.extract(
        "Title\n\n\"We are confident the outage was caused by sabotage, and that the saboteurs were paid, "
        "the agency's director, Lukas Hronek, told a news conference in Prague.\n\nHe said repairs took a week.\n")
    told = next(s for s in doc.statements if s.cue == "told")
    assert doc.actor(told.speaker).name == "Lukas Hronek"
    assert told.kind == "direct" and told.content.endswith("the saboteurs were paid")


def test_an_open_quote_carried_into_the_next_paragraph_is_not_cut():
    from claimgraph.attribution.lexicon import cues
    from claimgraph.attribution.quotes import close_runaways, find_quotes
    from claimgraph.nlp import load

    text = "\"We will rebuild, the mayor said, and nobody will stop us.\n\n\"Not the storm, not the banks.\"\n"
    quotes = find_quotes(text)
    assert close_runaways(load()(text), text, quotes, cues().verb_class) == quotes


def test_a_straight_quote_that_lost_its_closer_ends_before_its_frame():
    import claimgraph

    text = ("Title\n\nVukovic said the evidence was gathered over months. \"Our service recorded every meeting, "
            "every envelope and every phone call, she told reporters. The minister said Montenegro \"will not be "
            "a playground for anyone\" and that the expulsions were \"the minimum response.\"\n")
    doc = claimgraph.extract(text)
    told = next(s for s in doc.statements if s.cue == "told")
    assert told.kind == "direct"
    assert told.content.endswith("every phone call")
    said = [s for s in doc.statements if s.cue == "said" and "playground" in s.content]
    assert said and said[0].kind == "mixed"


@pytest.mark.parametrize("title, expected", [
    ("Australia slams Norway's 'indefensible' whaling quota", ["indefensible"]),
    ("'We will not back down,' says minister", ["We will not back down,"]),
    ("Ministers' pay 'too high', says union", ["too high"]),
    # apostrophes are no marks: possessives, contractions, "rock 'n' roll"
    ("Farmers' union says rock 'n' roll is back", []),
])
def test_a_headline_quotes_with_single_marks(title, expected):
    # (body text keeps double marks only: "the farmers' 'own' view" there is no quotation)
    text = title + "\nThe body follows. It's the farmers' 'own' view, she said.\n"
    assert [inner(text, q) for q in find_quotes(text)] == expected


def test_a_headline_quote_makes_its_statement_mixed():
    doc = claimgraph.extract("Indonesia takes bloc to trade court, calls rule 'green protectionism'\n"
                             "JAKARTA (Wire) - Indonesia filed a complaint on Monday.\n")
    calls = next(s for s in doc.statements if s.cue == "calls")
    assert calls.kind == "mixed"


def test_a_short_quotation_ending_the_paragraph_before_is_no_label_of_the_next_cue():
    doc = claimgraph.extract("Coal row\nHe said his letters had drawn no \"serious answer.\"\n\nAccording to the "
                             "customs agency, coal exports fell 38% in February.\n")
    according = next(s for s in doc.statements if s.cue.lower() == "according to")
    assert according.kind == "indirect"


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_closed_quotation_ends_where_the_next_paragraph_opens_one_of_its_own_cue(gap):
    text = ("Dispatch\n\nThe envoy stressed, \"We oppose the blockade and we condemn the seizure of the grain "
            f"ships.\"{gap}“We have traded with Ostria for decades, and that trade is older than this dispute,” he "
            "stated.\n")
    doc = claimgraph.extract(text)
    got = [(s.cue, s.content) for s in doc.statements]
    assert got == [("stressed", "We oppose the blockade and we condemn the seizure of the grain ships"),
                   ("stated", "We have traded with Ostria for decades, and that trade is older than this dispute")]


def test_a_closed_quotation_still_runs_into_a_bare_quotation_paragraph():
    text = ("Dispatch\n\nThe envoy said: \"We oppose the blockade.\"\n\n\"We want the ships freed.\"\n")
    doc = claimgraph.extract(text)
    assert [(s.cue, s.content) for s in doc.statements] == [
        ("said", "We oppose the blockade.\"\n\n\"We want the ships freed")]
