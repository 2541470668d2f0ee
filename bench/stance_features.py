"""General features of a headline (or sentence) read against a claim, for the
learned stance scorer experiment in `bench/train_stance_model.py`.

Every feature is a cue class, a syntactic shape or an overlap measure; none
is a word identity tied to a topic. The rule cues of `article_stance` come
in by type ("hedge", "report", ...), not by the word that fired.
"""

from __future__ import annotations

import math
import re

from spacy.tokens import Doc, Span

from claimgraph.claims import article_stance as rules

# Opening words that make the whole headline a report about the claim
# ("Report: ...", "Rumor has it ...", "Sources say ..."): general nouns only.
_OPENERS = frozenset(
    ["report", "reports", "rumor", "rumors", "rumour", "rumours", "source", "sources", "insider", "insiders", "leak", "leaked", "claim", "claims", "study", "survey", "analyst", "analysts"]
)
_FUTURE = frozenset(["will", "shall", "'ll", "going"])
_NUM = re.compile(r"\d")


def _cue_types(hits: list[str]) -> dict[str, float]:
    out: dict[str, float] = {}
    for h in hits:
        kind = h.split(":", 1)[0]
        out[kind] = out.get(kind, 0.0) + 1.0
    return out


def _terms(text: str) -> set[str]:
    from claimgraph.claims.assign import text_terms

    return {t for t in text_terms(text) if "_" not in t}


def _overlap_features(span: Span | Doc, claim: str) -> dict[str, float]:
    head, said = _terms(span.text), _terms(claim)
    if not head or not said:
        return {"cover": 0.0, "novel": 1.0, "no_terms": 1.0}
    shared = head & said
    return {
        "cover": len(shared) / len(said),  # how much of the claim the headline repeats
        "novel": len(head - said) / len(head),  # how much it adds beyond the claim
        "novel_num": float(any(_NUM.search(t) for t in head - said)),  # specifics: figures the claim lacks
    }


def _tense_features(span: Span | Doc) -> dict[str, float]:
    toks = [t for t in span if not t.is_space]
    tags = {t.tag_ for t in toks}
    lows = [t.lower_ for t in toks]
    root = next((t for t in toks if t.dep_ == "ROOT"), toks[0] if toks else None)
    out = {
        "past": float("VBD" in tags),
        "present": float(bool(tags & {"VBZ", "VBP"})),
        "gerund": float("VBG" in tags),
        "participle": float("VBN" in tags),
        "future": float(any(w in _FUTURE for w in lows)),
        "to_verb": float(any(t.lower_ == "to" and t.i + 1 < len(t.doc) and t.nbor(1).tag_ == "VB" for t in toks)),
        "verbless": float(not any(t.pos_ in ("VERB", "AUX") for t in toks)),
        "root_noun": float(root is not None and root.pos_ in ("NOUN", "PROPN")),
        "progressive": float(any(t.tag_ == "VBG" and any(a.lemma_ == "be" for a in t.children if a.dep_ == "aux") for t in toks)),
    }
    return out


def _shape_features(span: Span | Doc) -> dict[str, float]:
    toks = [t for t in span if not t.is_space]
    text = span.text
    words = [t for t in toks if t.is_alpha]
    first = next((t for t in toks if t.is_alpha), None)
    return {
        "len": math.log1p(len(words)),
        "colon": float(":" in text),
        "quote": float(any(ch in text for ch in "\"“”‘") or " '" in text),
        "exclaim": float("!" in text),
        "shout": float(any(t.is_upper and len(t) > 3 for t in words)),
        "opener": float(first is not None and first.lower_ in _OPENERS),
        "first_person": float(any(t.lower_ in ("i", "we", "my", "our") for t in toks)),
        "second_person": float(any(t.lower_ in ("you", "your") for t in toks)),
    }


def _claim_features(claim: str) -> dict[str, float]:
    low = f" {claim.lower()} "
    return {
        "claim_future": float(any(f" {w} " in low for w in ("will", "would", "to be", "going to", "plans", "set to"))),
        "claim_negative": float(rules.claim_words(claim).negative),
        "claim_saying": float(rules.claim_words(claim).saying),
    }


def _statement_features(document, claim: str) -> dict[str, float]:
    """Attribution's statements in the text: someone else's words carry it."""
    if document is None or not document.statements:
        return {}
    stances = {s.stance for s in document.statements}
    return {"s_any": 1.0, "s_deny": float("deny" in stances), "s_doubt": float("doubt" in stances)}


def features(span: Span | Doc, claim: str, document=None) -> dict[str, float]:
    """Named feature values of one headline toward one claim (`document`: the
    pipeline's `Document` of the text, for its attributed statements)."""
    words = rules.claim_words(claim)
    strong = rules.against_cues(span, words)
    neg = rules.negation_cues(span, words)
    obs = rules.observing_cues(span, words)
    out: dict[str, float] = {"bias": 1.0}
    out.update({f"a_{k}": min(v, 2.0) for k, v in _cue_types(strong).items()})
    out.update({f"n_{k}": min(v, 2.0) for k, v in _cue_types(neg).items()})
    out.update({f"o_{k}": min(v, 2.0) for k, v in _cue_types(obs).items()})
    rule = "against" if strong or neg else "observing" if obs else "for"
    out[f"rule_{rule}"] = 1.0
    out.update(_overlap_features(span, claim))
    out.update(_tense_features(span))
    out.update(_shape_features(span))
    out.update(_claim_features(claim))
    out.update(_statement_features(document, claim))
    return out
