"""Claims in one article: wordings of one proposition that invented held-out
wire stories showed kept apart. Sentences are ours."""

import claimgraph


def _claims_of(doc):
    return {s.content: s.claim for s in doc.statements}


def test_a_two_word_wording_joins_the_claim_it_says_all_of(nlp):
    doc = claimgraph.extract(
        "Dispatch\n\nKasper Holt, a local birdwatcher, said the ministry had ignored warnings from residents "
        "for a year.\n\nThe ministry rejected Holt's claims that warnings had been ignored.\n")
    claims = _claims_of(doc)
    assert claims["warnings had been ignored"] == claims["the ministry had ignored warnings from residents for a year"]
    one = next(c for c in doc.claims if c.id == claims["warnings had been ignored"])
    assert {(st.stance, doc.actor(st.actor).name) for st in one.stances} == {
        ("assert", "Kasper Holt"), ("deny", "ministry")}


def test_two_words_shared_without_the_act_stay_apart(nlp):
    doc = claimgraph.extract(
        "Dispatch\n\nThe union said wages had been cut twice this year.\n\nThe company said wages were raised "
        "in March.\n")
    claims = _claims_of(doc)
    assert claims["wages had been cut twice this year"] != claims["wages were raised in March"]
