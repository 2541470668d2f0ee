"""Wordings of one article that say one thing in mostly the same words are one
claim, even when the verb is outside the predicate lexicon. Text is ours."""

import pytest

import claimgraph
from claimgraph.claims.document import same_words

STORY = """Ostria rejects Velmar charge that its troops crossed border and opened fire

VELM, June 2 - Ostria on Monday rejected accusations by Velmar that Ostrian border guards had crossed into Velmari territory and opened fire near a grain depot, calling the charge "a fabrication."

Velmar's defence ministry said on Sunday that the guards had crossed the border at dawn and opened fire on a patrol.

A spokesman for the regional monitoring mission said the mission could not confirm that Ostrian guards had crossed the border and opened fire.

Separately, the Velmari central bank said inflation had slowed to 4 percent in May.
"""


@pytest.fixture(scope="module")
def doc(nlp):
    return claimgraph.extract(STORY)


def claim_of(doc, words: str):
    start = STORY.index(words)
    for c in doc.claims:
        if any(s <= start < e for s, e in c.spans):
            return c
    return None


def test_one_allegation_in_other_words_is_one_claim(doc):
    first = claim_of(doc, "its troops crossed border and opened fire")
    assert first is not None
    for words in ("Ostrian border guards had crossed into Velmari territory", "the guards had crossed the border at dawn",
                  "Ostrian guards had crossed the border and opened fire"):
        assert claim_of(doc, words) is first, words
    sides = {(doc.actor(s.actor).name, s.stance) for s in first.stances}
    assert ("Ostria", "deny") in sides and any(st == "doubt" for _n, st in sides), sides


def test_another_matter_in_the_article_stays_apart(doc):
    assert claim_of(doc, "inflation had slowed") is not claim_of(doc, "its troops crossed border")


@pytest.mark.parametrize("a, b, same", [
    # the same act in mostly the same words
    ({"p:cross", "cross", "border", "open", "fire", "troop"}, {"p:cross", "cross", "border", "open", "fire", "guard", "territory"}, True),
    # two words in common are chance in a long article ("voters think ...")
    ({"p:think", "think", "voter", "economy", "poor"}, {"p:think", "think", "voter", "country", "direction"}, False),
    # words in common, but each says a different act with its verb
    ({"p:use", "use", "drone", "build", "war"}, {"p:supply", "supply", "drone", "build", "war"}, False),
    # names alone are no words in common
    ({"n:ostria", "n:velmar", "talk"}, {"n:ostria", "n:velmar", "trade"}, False),
])
def test_same_words(a, b, same):
    assert same_words(frozenset(a), frozenset(b)) is same


@pytest.mark.parametrize("text", [
    "Western officials said Norland sent drones to Estria. The Norland minister said Norland has never sent drones to Estria.",
    "Velmar said Ostrian guards crossed the border and opened fire. Ostria said no Ostrian guards had crossed the border "
    "or opened fire.",
])
def test_a_statement_that_says_its_claim_is_not_so_denies_it(nlp, text):
    doc = claimgraph.extract("Dispatch\n\n" + text + "\n")
    first, second = doc.statements
    assert first.claim == second.claim
    assert (first.stance, second.stance) == ("assert", "deny")
    claim = next(c for c in doc.claims if c.id == first.claim)
    assert {(x.statement, x.stance) for x in claim.stances} == {(first.id, "assert"), (second.id, "deny")}


@pytest.mark.parametrize("sentence, says_not", [
    ("The metal contained no lead.", True),
    ("The metal contained almost no lead and traces of modern industrial zinc.", False),  # a measure, not a denial
    ("The vessels had at no time fished there.", True),
    ("The crew finished the repair in no time.", False),
    ("Nobody crossed the line.", True),
    ("Not a single bag of grain was sold by the council.", True),
    ("Not one of them carried a rifle.", True),
    ("Not all of them carried a rifle.", False),
])
def test_negated_main_verb(sentence, says_not):
    from claimgraph import nlp as nlp_mod
    from claimgraph.claims.proposition import negated

    doc = nlp_mod.parse("T\n\n" + sentence)
    root = next(t for t in doc if t.dep_ == "ROOT" and t.pos_ in {"VERB", "AUX"} and t.idx > 2)
    assert negated(root) is says_not


def test_two_verbs_of_one_predicate_class_say_one_act(nlp):
    from claimgraph import nlp as nlp_mod
    from claimgraph.claims.document import content_units

    a = content_units(nlp_mod.parse("the vessel pumped ballast water into the marine reserve")[:])
    b = content_units(nlp_mod.parse("its vessel discharged untreated ballast water inside the marine reserve")[:])
    assert same_words(a, b)
    c = content_units(nlp_mod.parse("the vessel anchored in the marine reserve with ballast water")[:])
    assert not same_words(b, c)


def test_a_negation_undone_by_without_is_no_denial(nlp):
    text = ("Shipowner denies dumping ballast water in marine reserve\n\n"
            "The shipowner on Thursday denied that its vessel had dumped ballast water in the marine reserve.\n\n"
            "The environment office said the vessel had dumped ballast water inside the reserve.\n\n"
            "\"A ship of this size does not sit in a reserve for three days without dumping its ballast water,\" "
            "the office's director told reporters.\n")
    doc = claimgraph.extract(text)
    s = next(s for s in doc.statements if s.content.startswith("A ship of this size"))
    assert s.stance == "assert"


def test_there_was_no_such_thing_denies_the_story_claim(nlp):
    text = ("Ministry denies helmets failed bullet tests\n\n"
            "The defence ministry on Monday denied that helmets bought for troops had failed bullet tests.\n\n"
            "A laboratory report said the helmets had failed bullet tests in February.\n\n"
            "The supplier's export director said there was no defect whatsoever in the helmets.\n")
    doc = claimgraph.extract(text)
    first = claim_of_text(doc, text, "helmets bought for troops had failed")
    assert first is not None
    sides = {(doc.actor(s.actor).name, s.stance) for s in first.stances}
    assert any(st == "deny" and "director" in name for name, st in sides), sides


def claim_of_text(doc, text, words):
    start = text.index(words)
    return next((c for c in doc.claims if any(s <= start < e for s, e in c.spans)), None)
