"""The per-document hot path: interval lookups give the same answers as a
scan of every interval, the token cache does not outlive an analysis, and
long paragraphs cut for the parser do not turn pronouns into actors."""

import random

import claimgraph
from claimgraph import nlp as nlp_mod
from claimgraph.attribution.quotes import Quotes, find_quotes
from claimgraph.attribution.rules import _in_quote
from claimgraph.intervals import Intervals
from claimgraph.pipeline import analyse
from claimgraph.schema import DocumentMeta


def _random_spans(seed: int, n: int = 300) -> list[tuple[int, int]]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        a = rng.randrange(0, 5000)
        out.append((a, a + rng.choice([1, 3, 20, 200, 1500])))
    return out


def test_overlapping_matches_a_scan_in_insertion_order():
    spans = _random_spans(1)
    index = Intervals(spans)
    rng = random.Random(2)
    for _ in range(500):
        a = rng.randrange(0, 5200)
        b = a + rng.choice([1, 5, 50, 700])
        assert index.overlapping(a, b) == [s for s in spans if s[0] < b and s[1] > a]


def test_starting_before_matches_a_scan_latest_start_first():
    spans = _random_spans(5) + [(100, 105), (100, 300), (100, 101)]  # equal starts keep insertion order
    index = Intervals(spans)
    for char in range(0, 5300, 11):
        scan = sorted((s for s in spans if s[0] < char), key=lambda s: -s[0])  # stable: insertion order on ties
        assert list(index.starting_before(char)) == scan


def test_entity_lookups_match_spacys_entities(nlp):
    from claimgraph.nlp import entities_in, entity_at

    doc = nlp("Maria Ostrov met Ivo Brand of the Bay Port Authority in Kells on Monday. Nobody else came.")
    ents = list(doc.ents)
    assert ents
    for tok in doc:
        want = next((e for e in ents if e.start <= tok.i < e.end), None)
        got = entity_at(tok)
        assert (got.start, got.end, got.label_) == (want.start, want.end, want.label_) if want else got is None
    for i in range(len(doc)):
        for j in range(i, len(doc) + 1):
            span = doc[i:j]
            assert [(e.start, e.end) for e in entities_in(span)] == [(e.start, e.end) for e in span.ents]


def test_containing_returns_the_first_holder_like_a_scan():
    spans = _random_spans(3)
    index = Intervals(spans)
    for char in range(0, 5300, 7):
        expected = next((s for s in spans if s[0] <= char < s[1]), None)
        assert index.containing(char) == expected


def test_items_added_later_are_found():
    index = Intervals([(10, 20)])
    index.add((15, 40))
    index.add((0, 5))
    assert index.overlapping(12, 18) == [(10, 20), (15, 40)]
    assert index.containing(30) == (15, 40)
    assert len(index) == 3


def test_quote_lookup_agrees_with_a_scan_on_nested_and_unbalanced_marks():
    text = ("He said “the ‘old’ bridge is closed” and «no one knows» why.\n"
            "She added: “It goes on into the next paragraph\n"
            "“and ends here,” said the clerk, 'straight' and \"open\n")  # fmt: skip
    quotes = find_quotes(text)
    assert isinstance(quotes, Quotes) and len(quotes) >= 4
    plain = list(quotes)
    for char in range(len(text)):
        scan = next((q for q in plain if q.inner_start <= char < q.inner_end), None)
        assert _in_quote(char, quotes) == scan
        assert _in_quote(char, plain) == scan  # a plain list gets the same answers


def test_a_paragraph_cut_for_the_parser_yields_no_pronoun_actor(nlp):
    # longer than the parser's chunk, so the cut lands inside the paragraph
    body = 'He said "this is a long report with no names at all. ' * 300
    doc = claimgraph.extract("Notes\n\n" + body + "\n")
    assert doc.statements
    assert not [a.name for a in doc.actors if a.name.lower() in {"he", "she", "they"}]


def test_the_token_cache_is_dropped_after_an_analysis(nlp):
    doc = nlp_mod.parse("Harbor\n\nThe mayor said the bridge was safe.\n")
    assert nlp_mod.tokens_of(doc) is nlp_mod.tokens_of(doc)  # built once
    result = analyse(doc, DocumentMeta(id="x"))
    assert result.statements
    assert "claimgraph_tokens" not in doc.user_data
    assert doc.to_bytes()  # Tokens in user_data would not serialise


def test_analysis_lookups_match_a_scan_of_every_mention_and_statement(nlp):
    from tests.conftest import EXAMPLES

    from claimgraph.context import Analysis

    text = (EXAMPLES / "articles" / "harbor-dispute.txt").read_text(encoding="utf-8")
    doc = nlp_mod.parse(text)
    an = Analysis(text=text, doc=doc, meta=DocumentMeta(id="x"))
    claimgraph.pipeline.run_stages(an, ("actors", "attribution", "resolve", "stance"))
    mentions = list(an.mention_actor.items())
    assert mentions and an.statements
    for a in an.actors:
        assert an.actor(a.id) is a
    assert an.actor("no such id") is None
    for char in range(0, len(text), 3):
        assert an.mentions_at(char) == [(s, e, aid) for (s, e), aid in mentions if s <= char < e]
        assert an.statements_at(char) == [st for st in an.statements if st.content_span[0] <= char < st.content_span[1]]
        assert an.statements_at(char, cue=True) == [st for st in an.statements if st.cue_span[0] <= char < st.cue_span[1]]
        end = min(len(text), char + 40)
        assert an.mentions_within(char, end) == [(s, e, aid) for (s, e), aid in mentions if char <= s and e <= end]
        best, best_len = None, 0
        for (s, e), aid in mentions:  # the scan actor_at replaced
            if min(e, end) - max(s, char) > best_len:
                best, best_len = aid, min(e, end) - max(s, char)
        assert an.actor_at(char, end) == (an.mention_actor.get((char, end)) or best)
    for (s, e), _aid in mentions:  # the question the event coder asks: mentions ending at e, starting by s
        got = [(s2, a2) for s2, e2, a2 in an.mentions_at(s) if e2 == e]
        assert got == [(s2, a2) for (s2, e2), a2 in mentions if e2 == e and s2 <= s]
    actors = an.scratch["actors"]
    for char in range(0, len(text), 50):
        seen = []  # the scan persons_before replaced: latest mention first
        for (s, _e), key in sorted(actors.span_actor.items(), key=lambda kv: -kv[0][0]):
            d = actors.drafts[key]
            if s < char and d.label == "PERSON" and d not in seen:
                seen.append(d)
        assert actors.persons_before(char) == seen


def test_verb_cue_quick_no_skips_only_verbs_no_lexicon_reads(nlp):
    """verb_cue answers None at once for a lemma outside `cue_lemmas`: the slow
    readings (particle pairs, the lexicon's stance) must agree for every token."""
    from claimgraph.attribution.lexicon import cues
    from claimgraph.attribution.rules import _phrasal_pair, lexical_stance, verb_cue

    text = ("Officials ruled out a deal and called for the minister to resign. The firm pushed back at the report, "
            "laughed off the rumours and declined to confirm the sale. She denied him a visa, walked home, "
            "did not doubt the figures and said the river flooded. He never claimed that prices rose.")
    doc = nlp_mod.parse(text)
    lex = cues()
    quick = 0
    for tok in doc:
        if tok.lemma_.lower() not in lex.cue_lemmas:
            quick += 1
            assert _phrasal_pair(tok) is None and lexical_stance(tok) is None, tok.text
            assert verb_cue(tok) is None
    assert quick > 10
    found = {t.text: verb_cue(t) for t in doc if verb_cue(t) is not None}
    assert found.get("ruled") == "deny" and found.get("called") and found.get("denied") is None
    assert found.get("said") == "assert" and found.get("claimed") == "doubt"


def test_the_children_index_matches_spacys_children_and_is_dropped_after_an_analysis(nlp):
    text = ("Title\n\nThe minister, who spoke in Lima, said on Monday that the talks had failed and that "
            "\"nobody\" would sign. Officials in two ministries denied it, the agency reported.\n")
    doc = nlp_mod.parse(text)
    for tok in doc:
        assert list(nlp_mod.kids(tok)) == list(tok.children), tok.text
        assert nlp_mod.subtree(tok) == list(tok.subtree), tok.text
    analyse(doc, DocumentMeta(id="x"))
    assert "claimgraph_kids" not in doc.user_data
