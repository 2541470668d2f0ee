"""Stance of an article (or one headline) toward a given claim.

Labels follow the Emergent and FNC-1 tasks:
- ``for``: the text asserts the claim in its own voice;
- ``observing``: it reports the claim as someone's, hedged, or asks about it;
- ``against``: the text or its sources deny or debunk it.

The core works on one spaCy span (a headline or a sentence) with general
cue lists from ``data/claim_stance.toml``; `article_stance` combines the
title with the article's attributed statements that are about the claim.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from spacy.tokens import Doc, Span

LABELS = ("for", "against", "observing")


@dataclass(frozen=True)
class Cues:
    deny_verbs: frozenset[str]
    particle_verbs: dict[str, str]
    object_verbs: frozenset[str]
    falsity: frozenset[str]
    against_phrases: tuple[str, ...]
    leading_no: frozenset[str]
    hedges: frozenset[str]
    modals: frozenset[str]
    report_verbs: frozenset[str]
    report_nouns: frozenset[str]
    observing_phrases: tuple[str, ...]


@dataclass
class StanceDecision:
    label: str
    cues: list[str] = field(default_factory=list)  # what decided it, readable
    statements: list[str] = field(default_factory=list)  # statement ids that decided it


@cache
def cues() -> Cues:
    raw = tomllib.loads(resources.files("claimgraph.data").joinpath("claim_stance.toml").read_text("utf-8"))
    a, o = raw["against"], raw["observing"]
    return Cues(
        deny_verbs=frozenset(a["deny_verbs"]),
        particle_verbs=dict(a["particle_verbs"]),
        object_verbs=frozenset(a["object_verbs"]),
        falsity=frozenset(a["falsity"]),
        against_phrases=tuple(a["phrases"]),
        leading_no=frozenset(a["leading_no"]),
        hedges=frozenset(o["hedges"]),
        modals=frozenset(o["modals"]),
        report_verbs=frozenset(o["report_verbs"]),
        report_nouns=frozenset(o["report_nouns"]),
        observing_phrases=tuple(o["phrases"]),
    )


def _padded(text: str) -> str:
    return " " + " ".join(text.lower().replace("’", "'").split()) + " "


def _phrase_hits(text: str, phrases: tuple[str, ...]) -> list[str]:
    padded = _padded(text)
    return [p for p in phrases if f" {p} " in padded or f" {p}," in padded or f" {p}." in padded]


def _deny_verb(tok, c: Cues) -> bool:
    lemma = tok.lemma_.lower()
    if lemma not in c.deny_verbs or tok.pos_ not in ("VERB", "AUX"):
        return False
    particle = c.particle_verbs.get(lemma)
    if particle is not None:
        return any(ch.lower_ == particle for ch in tok.children)
    if lemma in c.object_verbs:
        return any(ch.lower_ in c.report_nouns or ch.lower_ in c.falsity for ch in tok.subtree)
    return True


def against_cues(span: Span | Doc) -> list[str]:
    """Strong signs that the text denies or debunks what it talks about."""
    c = cues()
    hits = []
    for tok in span:
        low = tok.lower_.replace("’", "'")
        if _deny_verb(tok, c):
            hits.append(f"deny:{tok.text}")
        elif low in c.falsity:
            hits.append(f"false:{tok.text}")
    hits += [f"phrase:{p}" for p in _phrase_hits(span.text, c.against_phrases)]
    first = next((t for t in span if not t.is_punct and not t.is_space), None)
    if first is not None and first.lower_ in c.leading_no:
        hits.append(f"no:{first.text}")
    return hits


def negation_cues(span: Span | Doc) -> list[str]:
    """Negated predicates ("wasn't stolen", "has NOT been arrested")."""
    return [f"neg:{t.text}" for t in span if t.dep_ == "neg" or t.lower_ in ("never", "no")]


def _source_suffix(span: Span | Doc) -> bool:
    """'text: monitor' / 'text, officials say': a short trailing source."""
    toks = [t for t in span if not t.is_space and not (t.is_punct and t.text not in ":,")]
    tail = toks[-4:]
    for i, t in enumerate(tail):
        if t.text in (":",) and 0 < len(tail) - i - 1 <= 2:
            return all(x.pos_ in ("PROPN", "NOUN") for x in tail[i + 1 :])
    return False


def observing_cues(span: Span | Doc) -> list[str]:
    """Signs that the text reports, hedges or questions rather than vouches."""
    c = cues()
    hits = []
    for tok in span:
        low = tok.lower_
        if tok.text == "?":
            hits.append("question")
        elif low in c.hedges:
            hits.append(f"hedge:{tok.text}")
        elif low in c.modals and tok.tag_ == "MD":
            hits.append(f"modal:{tok.text}")
        elif tok.pos_ in ("VERB",) and tok.lemma_.lower() in c.report_verbs or low in c.report_nouns and tok.pos_ == "NOUN":
            hits.append(f"report:{tok.text}")
    hits += [f"phrase:{p}" for p in _phrase_hits(span.text, c.observing_phrases)]
    if _source_suffix(span):
        hits.append("source-suffix")
    return hits


def span_stance(span: Span | Doc) -> StanceDecision:
    """Stance of one headline or sentence toward the claim it is about."""
    strong = against_cues(span)
    if strong:
        return StanceDecision("against", strong)
    hedged = observing_cues(span)
    if hedged:
        return StanceDecision("observing", hedged)
    neg = negation_cues(span)
    if neg:
        return StanceDecision("against", neg)
    return StanceDecision("for", [])


def _overlap(claim_terms, text: str) -> float:
    from claimgraph.claims.assign import text_terms

    terms = text_terms(text)
    if not claim_terms or not terms:
        return 0.0
    shared = sum(1 for t in claim_terms if t in terms)
    return shared / len(claim_terms)


RELEVANT = 0.34  # share of the claim's content terms a sentence must repeat


def article_stance(claim: str, document, doc: Doc) -> StanceDecision:
    """Stance of a whole article (a `Document` and its parse) toward `claim`.

    1. A source that denies the claim makes the article `against`.
    2. The title (or a one-line text) decides by its own cues when it is
       about the claim.
    3. Otherwise: a body sentence that states the claim in the article's
       own voice makes it `for`; statements that carry it make it
       `observing`; denials and debunking cues in sentences about it make
       it `against`.
    """
    from claimgraph.claims.assign import text_terms

    wanted = text_terms(claim)
    one_line = "\n" not in doc.text.strip()
    related = [
        s for s in document.statements
        if one_line or _overlap(wanted, s.content) >= RELEVANT
    ]  # fmt: skip
    denials = [s for s in related if s.stance == "deny"]
    if denials:
        return StanceDecision("against", [f"deny:{s.cue}" for s in denials], [s.id for s in denials])
    title_end = doc.text.find("\n") if not one_line else len(doc.text)
    title = doc.char_span(0, title_end, alignment_mode="contract") if title_end > 0 else None
    if title is not None and (one_line or _overlap(wanted, title.text) >= RELEVANT):
        decision = span_stance(title)
        decision.statements = [s.id for s in related]
        return decision
    in_statements = [s.content_span for s in document.statements]
    votes: list[StanceDecision] = []
    for sent in doc.sents:
        if _overlap(wanted, sent.text) < RELEVANT:
            continue
        inside = any(a <= sent.start_char < b or sent.start_char <= a < sent.end_char for a, b in in_statements)
        d = span_stance(sent)
        if d.label == "for" and inside:
            continue  # the statement speaks, not the article
        votes.append(d)
    for label in ("against", "for"):
        hit = [v for v in votes if v.label == label]
        if hit:
            return StanceDecision(label, [c for v in hit for c in v.cues], [s.id for s in related])
    if related or votes:
        return StanceDecision("observing", [c for v in votes for c in v.cues] or ["attributed"], [s.id for s in related])
    return StanceDecision("observing", ["not mentioned"], [])
