"""Claims within one article.

Every statement's content is a wording of some claim; so is every allegation
the article names without quoting ("Western claims that P", "allegations
that P", "X disavows the sale of Y"). Wordings whose propositions match are
one claim; each claim lists every actor's stance with its statement.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache

import numpy as np
from spacy.tokens import Doc, Span, Token

from claimgraph.actors.coding import title_words
from claimgraph.attribution.lexicon import cues
from claimgraph.attribution.rules import answered_report, clause_content
from claimgraph.attribution.structure import quoted_label
from claimgraph.claims.lexicon import lexicon
from claimgraph.claims.proposition import (
    Keys,
    Proposition,
    entity_bounds,
    negated,
    propositions,
    same_proposition,
)
from claimgraph.intervals import Intervals
from claimgraph.layout import headline_and_lede, not_story
from claimgraph.nlp import (
    kids,
    lowered_lemmas,
    names_none,
    same_stem,
    span_text,
    subtree,
    text_of,
    token_table,
    tokens_of,
)
from claimgraph.schema import Claim, ClaimStance
from claimgraph.stance import such_noun

_MAX_TEXT = 120


@dataclass
class Wording:
    span: tuple[int, int]
    props: list[Proposition]
    text: str
    stances: list[ClaimStance] = field(default_factory=list)
    statements: list[str] = field(default_factory=list)
    noun: int | None = None  # char offset of the allegation noun that names it
    governed: str | None = None  # stance of the deny/doubt/confirm verb it is the object of
    actors: frozenset[str] = frozenset()  # participant keys mentioned anywhere in it
    says_not: bool = False  # joined to its story's claim as saying it is not so
    labels: list[tuple[int, int]] = field(default_factory=list)  # what its speaker called it: "as “pure fiction”"
    own_denial: bool = False  # asserted, and says in its own words that something is not so
    emphatic: bool = False  # ... and so plainly that it denies alone ("not a single bullet was fired")
    denial: list[tuple[int, int]] = field(default_factory=list)  # the sentences of it that say so


_SPANS = "claims_char_spans"


def _char_span(analysis, start: int, end: int) -> Span | None:
    """The tokens of [start, end), found once per analysis: each wording's span is
    asked for by several of the passes below."""
    known = analysis.scratch.get(_SPANS)
    if known is None:
        known = analysis.scratch[_SPANS] = {}
    key = (start, end)
    if key not in known:
        known[key] = analysis.doc.char_span(start, end, alignment_mode="expand")
    return known[key]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    ov = min(a[1], b[1]) - max(a[0], b[0])
    return ov > 0 and ov * 2 >= min(a[1] - a[0], b[1] - b[0])


def statement_wordings(analysis, keys: Keys) -> list[Wording]:
    out = []
    text = text_of(analysis.doc)
    quotes = analysis.scratch.get("quotes", ())
    for st in analysis.statements:
        span = _char_span(analysis, *st.content_span)
        props = propositions(span, keys) if span is not None else []
        stance = ClaimStance(actor=st.speaker, stance=st.stance, statement=st.id)
        w = Wording(tuple(st.content_span), props, st.words(), [stance], [st.id])
        w.actors = keys.within(*w.span)
        label = quoted_label(st, quotes, text) if quotes and st.stance != "assert" else None
        if label is not None:
            w.labels.append(label.inner)
        out.append(w)
    _unnest(out)
    return out


def _unnest(wordings: list[Wording]) -> None:
    """'A said that B could not confirm P': P is B's wording, not A's; the
    outer statement keeps only what lies outside an inner one by someone else."""
    spans = Intervals(wordings, span=lambda v: v.span)
    for w in wordings:
        who = {s.actor for s in w.stances}
        inner = [
            v.span for v in spans.overlapping(*w.span)
            if v is not w and v.span != w.span and w.span[0] <= v.span[0] and v.span[1] <= w.span[1]
            and not who & {s.actor for s in v.stances}
        ]  # fmt: skip
        if inner:
            w.props = [p for p in w.props if not any(a <= p.anchor < b for a, b in inner)]


def _actor_of(analysis, tok: Token) -> str | None:
    span = tok.doc[tok.left_edge.i : tok.right_edge.i + 1] if tok.pos_ != "PROPN" else tok.doc[tok.i : tok.i + 1]
    return analysis.actor_at(span.start_char, span.end_char) or analysis.actor_at(tok.idx, tok.idx + len(tok))


def _content_of_allegation(noun: Token) -> Span | None:
    """The proposition an allegation noun names: its that-clause or about-phrase."""
    lex = lexicon()
    for t in subtree(noun):
        if t is noun or t.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ in ("mark", "advmod") and c.lower_ == "that" and c.i < t.i for c in kids(t)):
            return _clause(t)
    # "claims about P", "allegations made by X regarding P"
    for c in subtree(noun):
        if c.dep_ == "prep" and c.lower_ in lex.about_preps and c.head.i in (noun.i, *(a.i for a in kids(noun) if a.dep_ == "acl")):
            obj = next((g for g in kids(c) if g.dep_ == "pobj"), None)
            if obj is not None:
                return noun.doc[obj.left_edge.i : obj.right_edge.i + 1]
    return None


def _clause(verb: Token) -> Span:
    toks = [t for t in subtree(verb) if not (t.lower_ == "that" and t.head == verb and t.i < verb.i)]
    return verb.doc[toks[0].i : toks[-1].i + 1]


def _holders(noun: Token) -> list[Token]:
    """'Western claims', 'the adviser's allegations', 'claims made by Western countries'."""
    out = [c for c in kids(noun) if c.dep_ in ("amod", "poss", "compound") and c.pos_ in ("ADJ", "PROPN", "NOUN")]
    for t in subtree(noun):
        if t.dep_ == "agent" or (t.dep_ == "prep" and t.lower_ == "by"):
            out += [g for g in kids(t) if g.dep_ == "pobj"]
    return out


def _subjects(verb: Token) -> list[Token]:
    subj = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "conj":
        subj = next((c for c in kids(verb.head) if c.dep_ == "nsubj"), None)
    return [subj, *subj.conjuncts] if subj is not None else []


def _holder_stance(verb: Token) -> str | None:
    """Stance of a holder verb's subject; 'could not confirm' doubts, 'did not deny' is no stance."""
    stance = lexicon().holder_verbs.get(verb.lemma_.lower())
    if stance is None or not any(c.dep_ == "neg" for c in kids(verb)):
        return stance
    return "doubt" if stance == "assert" else None


def _verb_stance(obj: Token) -> str | None:
    verb = obj.head.head if obj.dep_ == "pobj" else obj.head
    return _holder_stance(verb) if verb.pos_ == "VERB" else None


def _governing_stance(analysis, obj: Token) -> list[tuple[str, str]]:
    """(actor, stance) of whoever rejects/doubts/confirms the allegation `obj`."""
    verb = obj.head
    if obj.dep_ == "pobj":
        verb = verb.head
    if obj.dep_ not in ("dobj", "pobj", "conj") or verb.pos_ != "VERB":
        return []
    stance = _holder_stance(verb)
    if stance is None:
        return []
    out = []
    for s in _subjects(verb):
        aid = _actor_of(analysis, s)
        if aid:
            out.append((aid, stance))
    return out


def _within_line(content: Span, anchor: Token | None) -> Span:
    """A wording never runs past the line it starts on (titles lack a full stop)."""
    cut = span_text(content).find("\n")
    if cut == -1 or (anchor is not None and anchor.idx > content.start_char + cut):
        return content
    end = content.doc.char_span(content.start_char, content.start_char + cut, alignment_mode="contract")
    return end if end is not None and len(end) else content


def _wording(analysis, content: Span, keys: Keys, stances: list[tuple[str, str]], noun: Token | None = None) -> Wording:
    content = _within_line(content, noun)
    props = propositions(content, keys)
    w = Wording((content.start_char, content.end_char), props, span_text(content))
    w.stances = [ClaimStance(actor=a, stance=s) for a, s in stances]
    w.noun = noun.idx if noun is not None else None
    w.actors = keys.within(*w.span)
    return w


def with_pos(doc: Doc, tags: Collection[str], lemmas: Collection[str] | None = None) -> list[Token]:
    """The tokens with one of the parts of speech `tags` (and, given `lemmas`,
    with a lower-cased lemma among them), in order, picked from arrays of the
    Doc's tags and lemmas: a loop that reads every Token's `pos_` and `lemma_`
    costs more than the few words it keeps."""
    table = token_table(doc)  # (shared with the other stages)
    pos = table[:, 0]  # (POS)
    strings = doc.vocab.strings
    hit = np.zeros(len(pos), dtype=bool)
    for t in tags:  # (in place: no stack of one mask per tag)
        hit |= pos == strings[t]
    picked = np.flatnonzero(hit).tolist()
    toks = tokens_of(doc)
    if lemmas is None:
        return [toks[i] for i in picked]
    hashes = table[picked, 3].tolist()  # (LEMMA)
    lowered = lowered_lemmas(doc, hashes)  # each lemma read once per Doc
    return [toks[i] for i, h in zip(picked, hashes, strict=True) if lowered[h] in lemmas]


@cache
def _allegation_lemmas() -> frozenset[str]:
    """The words `allegation_wordings` reads: allegation nouns and predicate words."""
    lex = lexicon()
    return lex.allegation_nouns | lex.noun_class.keys() | lex.verb_class.keys()


def allegation_wordings(analysis, keys: Keys) -> list[Wording]:
    lex = lexicon()
    out = []
    for tok in with_pos(analysis.doc, ("NOUN", "VERB"), _allegation_lemmas()):
        pos, lemma = tok.pos_, tok.lemma_.lower()  # (each read builds a new string)
        if pos == "NOUN" and lemma in lex.allegation_nouns:
            content = _content_of_allegation(tok)
            if content is None:
                continue
            stances = [(aid, "assert") for h in _holders(tok) if (aid := _actor_of(analysis, h))]
            governing = _governing_stance(analysis, tok)
            w = _wording(analysis, content, keys, stances + governing, tok)
            w.governed = _verb_stance(tok)
            out.append(w)
        elif pos == "NOUN" and lex.predicate_class(lemma, "NOUN") and tok.dep_ == "dobj":
            # "X disavows the supply of drones to Y": the act itself is the claim.
            stances = _governing_stance(analysis, tok)
            if _holder_stance(tok.head):
                span = analysis.doc[tok.left_edge.i : tok.right_edge.i + 1]
                w = _wording(analysis, span, keys, stances, tok)
                w.governed = _verb_stance(tok)
                out.append(w)
        elif pos == "VERB" and tok.dep_ in ("xcomp", "ccomp", "dobj") and lex.predicate_class(lemma, "VERB"):
            # "X denies selling tanks to Y": a gerund or clause object of a holder verb.
            stance = _holder_stance(tok.head)
            if stance is None or tok.head.pos_ != "VERB":
                continue
            span = _clause(tok)
            holders = [(aid, stance) for sj in _subjects(tok.head) if (aid := _actor_of(analysis, sj))]
            w = _wording(analysis, span, keys, holders, tok)
            w.governed = stance
            out.append(w)
    return out


def _is_about(host: Wording, al: Wording, analysis) -> bool:
    """Is the statement `host` a wording of the allegation `al` itself?

    Yes when they cover the same text, or when the statement's content is the
    allegation phrase ("claims made by X that P"). No when the statement only
    mentions the allegation inside something else it says ("Tehran was
    prepared to discuss the allegations ...").
    """
    if not (host.span[0] <= al.span[0] and al.span[1] <= host.span[1]) and not _overlap(host.span, al.span):
        return False
    if _overlap(host.span, al.span) and (al.span[1] - al.span[0]) >= 0.8 * (host.span[1] - host.span[0]):
        return True
    content = _char_span(analysis, *host.span)
    if content is None or al.noun is None:
        return False
    # "we reject the sale of X" quoted: the speaker's denial is about the sale.
    own = {st.stance for st in host.stances}
    if al.governed in own - {"assert"}:
        return True
    roots = [t for t in content if not (content.start <= t.head.i < content.end) or t.head == t]
    return any(t.idx == al.noun or (t.dep_ == "det" and t.head.idx == al.noun) for t in roots)


def _attach(allegations: list[Wording], wordings: list[Wording], analysis) -> list[Wording]:
    """An allegation that a statement states adds its stances there; an
    allegation merely mentioned inside a statement stays its own wording and
    takes its propositions out of that statement."""
    rest = []
    for al in allegations:
        host = next((w for w in wordings if _is_about(w, al, analysis)), None)
        if host is None:
            for w in wordings:
                if w.span[0] <= al.span[0] and al.span[1] <= w.span[1]:
                    w.props = [p for p in w.props if not (al.span[0] <= p.anchor < al.span[1])]
            rest.append(al)
            continue
        have = {(s.actor, s.stance) for s in host.stances}
        host.stances += [s for s in al.stances if (s.actor, s.stance) not in have]
    return rest


def _same_claim(a: Wording, b: Wording) -> bool:
    return any(same_proposition(p, q) for p in a.props for q in b.props)


REFERRING = {"the", "these", "those", "this", "that", "such", "its", "their", "his", "her"}


def _refers_back(analysis, w: Wording) -> Token | None:
    """A content that only names a claim said before, to deny or doubt it:
    "called the reports false", "dismissed these allegations", "could not
    say whether the allegations had merit". It is a wording of that claim.
    ("cited the report" names a document, not a claim.) Returns the noun."""
    if w.noun is not None or not any(st.stance in {"deny", "doubt"} for st in w.stances):
        return None
    span = _char_span(analysis, *w.span)
    if span is None or len(span) < 2:
        return None
    root = span.root
    # "dismissed the group's report as “fake news”": the noun, without what it was called (the
    # parser hangs the "as" on the noun or on the verb outside)
    label = next((t for t in span if t.lower_ == "as" and t.dep_ == "prep" and t.i > span.start and (
        t.head.i == root.i or not span.start <= t.head.i < span.end)), None)
    if label is not None:
        head = span.doc[span.start : label.i]
        if head.root.lemma_.lower() in lexicon().allegation_nouns:
            span, root = head, head.root
    # (a short wording that states an act is no reference; "the embezzlement charge" names one)
    if w.props and len(span) <= 3 and root.lemma_.lower() not in lexicon().allegation_nouns:
        return None
    # ("the rights group's report": the noun with its holder's words only)
    held = root.lemma_.lower() in lexicon().allegation_nouns and all(
        t.dep_ in {"det", "amod"} or t.i == root.i or _of_holder(root, t) for t in span)
    if len(span) > 3 and not held and not (root.lemma_.lower() in lexicon().allegation_nouns and _of_what(root, span[-1])):
        # "the allegations had merit", "the reports were baseless": a word of worth said of the claim named
        # (at any length: "the allegations of blackmail were a fairy tale invented by X")
        subj = next((c for c in kids(root) if c.dep_ == "nsubj"), None) if root.lemma_ in LIGHT else None
        if subj is None or any(t.i < subj.left_edge.i and t.dep_ != "mark" for t in span):
            return None
        span, root = span.doc[subj.left_edge.i : subj.i + 1], subj
    if len(span) > 7:
        return None
    if len(span) == 2 and span[0].lower_ in {"the", "this", "that"} and root.i == span[1].i and (
            root.lemma_.lower() in lexicon().account_nouns):
        return root  # "denied the account": the one just given
    if (root.lemma_.lower() in lexicon().allegation_nouns and span[0].lower_ in REFERRING
            and all(t.dep_ in {"det", "poss", "amod"} or t.i == root.i or _of_what(root, t) or _named_kind(root, t)
                    or _of_holder(root, t) for t in span)):
        return root
    return None


def _of_holder(noun: Token, t: Token) -> bool:
    """A word of the holder named before the noun: "the group's report",
    "the rights group's report" (its "'s" and its words)."""
    poss = next((c for c in kids(noun) if c.dep_ == "poss"), None)
    return poss is not None and poss.left_edge.i <= t.i <= poss.right_edge.i


def _named_kind(noun: Token, t: Token) -> bool:
    """A noun before an allegation that says what it is of: "the smuggling
    allegations", "the embezzlement charge"."""
    return t.dep_ == "compound" and t.pos_ == "NOUN" and t.head.i == noun.i


def _of_phrase(noun: Token) -> Token | None:
    """The phrase that says what an allegation is of: "the charge of a vaccine delay"."""
    return next((c for c in kids(noun) if c.dep_ == "prep" and c.lower_ in {"of", "about", "over"}), None)


def _of_what(noun: Token, t: Token) -> bool:
    prep = _of_phrase(noun)
    return prep is not None and prep.left_edge.i <= t.i <= prep.right_edge.i


def _says_all_of(analysis, w: Wording, words: Iterable[Token]) -> bool:
    """The wording holds, by their stems, all the words of what an allegation is
    of ("a vaccine delay" in "months of delays ... in rolling out vaccines")."""
    need = [t.lemma_.lower() for t in words if t.pos_ in {"NOUN", "VERB", "ADJ", "PROPN"}]
    span = _char_span(analysis, *w.span)
    have = [t.lemma_.lower() for t in span] if span is not None else []
    return bool(need) and all(any(h == n or same_stem(h, n) for h in have) for n in need)


def _accused_with(analysis, w: Wording, word: str) -> bool:
    """`w` was said as a charge: with the allegation's word, or a verb of blame
    or allegation ("blamed what he called “months of delays”")."""
    if _said_with(analysis, w, word):
        return True
    verbs = cues().accusation_verbs | {"allege", "claim"}
    return any(_cue_lemma(analysis, sid) in verbs for sid in w.statements)


def _said_with(analysis, w: Wording, word: str) -> bool:
    """Is `w` said with the word a later "the accusation" names: an allegation
    noun or a cue of its stem ("accused", "alleging")?"""
    spans = [(w.noun, w.noun + 1)] if w.noun is not None else []
    spans += [tuple(analysis.statement(sid).cue_span) for sid in w.statements]
    for a, b in spans:
        words = _char_span(analysis, a, b)
        if words is not None and any(same_stem(t.lemma_.lower(), word) for t in words):
            return True
    return False


def _whose_account(analysis, w: Wording) -> str | None:
    """"disputed the minister's timeline", "rejected the mayor's account": the
    actor whose account a denial or doubt names, by their noun or name."""
    if w.noun is not None or not any(st.stance in {"deny", "doubt"} for st in w.stances):
        return None
    span = _char_span(analysis, *w.span)
    if span is None or not 2 <= len(span) <= 6:
        return None
    root = span.root
    lex = lexicon()
    if root.lemma_.lower() not in lex.account_nouns | lex.allegation_nouns:
        return None
    owner = next((c for c in kids(root) if c.dep_ == "poss" and c.pos_ in {"NOUN", "PROPN"}), None)
    if owner is None or any(t.dep_ not in {"det", "poss", "amod", "case", "compound"} for t in span if t.i != root.i):
        return None
    named = _actor_of(analysis, owner)
    if named is not None or owner.pos_ != "NOUN":
        return named
    # "the minister": the one the article gave that title, when only one
    titled = [a.id for a in analysis.actors if a.type == "person" and owner.lower_ in title_words(a.role or "")]
    if len(titled) > 1:
        # an account is told: of two generals, the one who had spoken by then
        spoke = {st.speaker for st in analysis.statements if st.cue_span[0] < w.span[0]}
        titled = [a for a in titled if a in spoke]
    return titled[0] if len(titled) == 1 else None


def _antecedents(wordings: list[Wording], analysis) -> list[tuple[int, int]]:
    """(wording, the claim wording it refers back to): the nearest one before it
    that states something or names an allegation ("rumors that P"); for "the
    minister's timeline", the first one the minister asserted."""
    order = sorted(range(len(wordings)), key=lambda i: wordings[i].span[0])
    pairs = []
    for k, i in enumerate(order):
        noun = _refers_back(analysis, wordings[i])
        if noun is None:
            owner = _whose_account(analysis, wordings[i])
            # (their first account: what follows it adds to it, "the minister added that ...")
            prev = next((j for j in order[:k] if any(
                st.actor == owner and st.stance == "assert" for st in wordings[j].stances)), None) if owner else None
            if prev is not None:
                pairs.append((i, prev))
            continue
        before = list(reversed(order[:k]))
        # "rejected the accusation": the nearest wording someone accused with, else the nearest that states something
        word = noun.lemma_.lower()
        of = _of_phrase(noun)
        kind = [t for t in kids(noun) if _named_kind(noun, t)]
        if of is not None:  # "the charge of a vaccine delay": the one that says it
            # (not one that holds these very words: "was unable to deny the allegations about X")
            a, b = wordings[i].span
            prev = next((j for j in before if not (wordings[j].span[0] <= a and b <= wordings[j].span[1])
                         and _accused_with(analysis, wordings[j], word)
                         and _says_all_of(analysis, wordings[j], subtree(of))), None)
        elif kind:  # "the smuggling accusations": the nearest that says smuggling, said as a charge first
            a, b = wordings[i].span
            saying = [j for j in before if not (wordings[j].span[0] <= a and b <= wordings[j].span[1])
                      and _says_all_of(analysis, wordings[j], kind)]
            prev = next((j for j in saying if _accused_with(analysis, wordings[j], word)), saying[0] if saying else None)
        elif word in lexicon().account_nouns:  # "denied the account": the last one another speaker gave
            who = {st.actor for st in wordings[i].stances}
            prev = next((j for j in before if wordings[j].statements
                         and not who & {st.actor for st in wordings[j].stances}), None)
        else:
            prev = next((j for j in before if _said_with(analysis, wordings[j], word)),
                        next((j for j in before if wordings[j].props), None))
        if prev is not None:
            pairs.append((i, prev))
    return pairs


def _such_links(wordings: list[Wording], analysis) -> list[tuple[int, int]]:
    """(wording, the earlier wording it names by "such"): "the ministry said no
    such instruction had ever been given" is about "the ministry had
    instructed morgues to ...", the nearest wording before it with that act."""
    order = sorted(range(len(wordings)), key=lambda i: wordings[i].span[0])
    pairs = []
    for k, i in enumerate(order):
        if not any(st.stance in {"deny", "doubt"} for st in wordings[i].stances):
            continue
        span = _char_span(analysis, *wordings[i].span)
        noun = such_noun(span) if span is not None else None
        if noun is None:
            continue
        for j in reversed(order[:k]):
            prev = _char_span(analysis, *wordings[j].span)
            # the same word, or the verb it is made from ("instructed" / "instruction")
            if prev is not None and wordings[j].span[1] <= wordings[i].span[0] and any(
                    t.lemma_.lower() == noun.lemma_.lower() or t.pos_ == "VERB" and same_stem(t.lemma_.lower(), noun.lemma_.lower())
                    for t in prev):
                pairs.append((i, j))
                break
    return pairs


def _headline_links(wordings: list[Wording], analysis) -> list[tuple[int, int]]:
    """(headline wording, lede wording): a wire headline says its lede's claim
    again in fewer words ("Dam blamed for low river, Cambodia says" / "Cambodia
    on Monday blamed a new dam for the fall in the river, ..."). A headline
    statement is one claim with the first statement of the lede paragraph by
    the same speaker with the same stance, when the headline gives that
    speaker no other statement of that stance."""
    parts = headline_and_lede(analysis)
    if parts is None:
        return []
    (_, title_end), (lede_start, lede_end) = parts
    of = {sid: i for i, w in enumerate(wordings) for sid in w.statements}
    heads = [s for s in analysis.statements if s.cue_span[1] <= title_end and s.speaker and s.id in of]
    ledes = sorted((s for s in analysis.statements if lede_start <= s.cue_span[0] < lede_end and s.id in of),
                   key=lambda s: s.cue_span[0])
    def same(a: str | None, b: str | None) -> bool:
        # "Sri Lanka says" in the headline, "Sri Lanka's government said" in the lede
        if a == b:
            return True
        x, y = analysis.actor(a), analysis.actor(b)
        return x is not None and y is not None and x.type == "state" and x.country is not None and y.country == x.country

    pairs = []
    for h in heads:
        if sum(1 for o in heads if o.stance == h.stance and same(h.speaker, o.speaker)) > 1:
            continue
        s = next((s for s in ledes if s.stance == h.stance and same(h.speaker, s.speaker)), None)
        if s is not None:
            pairs.append((of[h.id], of[s.id]))
    return pairs


LIGHT = frozenset({"have", "be"})


def _none_there(root: Token) -> bool:
    """"there was no X": what the other side spoke of does not exist."""
    return root.lemma_ == "be" and any(c.dep_ == "expl" for c in kids(root)) and any(
        c.dep_ in {"attr", "nsubj"} and c.pos_ == "NOUN" and names_none(c) for c in kids(root))


def _heading_verbs(span: Span) -> Iterator[Token]:
    """The verbs that head the span, in order (a stray quote mark can be the
    parser's root). Picked by the Doc's array of tags, then along its token
    list: iterating the Span makes every Token anew."""
    doc, start, end = span.doc, span.start, span.end
    toks, strings = tokens_of(doc), doc.vocab.strings
    verbal = (strings["VERB"], strings["AUX"])
    for k, tag in enumerate(token_table(doc)[start:end, 0].tolist()):
        if tag in verbal:
            t = toks[start + k]
            head = t.head.i
            if not (start <= head < end and head != t.i):
                yield t


def _main_verb(span: Span) -> Token | None:
    """The first verb that heads the span."""
    return next(_heading_verbs(span), None)


def _spoken(analysis, w: Wording) -> list[Span]:
    """The parts of a wording that were said: a quotation broken by its cue
    ("“A,” the director told reporters. “B.”") without the frame, whose verb
    would head it; else the wording whole."""
    if len(w.statements) == 1:
        st = analysis.statement(w.statements[0])
        if st.content_parts and tuple(st.content_span) == w.span:
            return [p for p in (_char_span(analysis, a, b) for a, b in st.content_parts) if p is not None]
    span = _char_span(analysis, *w.span)
    return [span] if span is not None else []


def _says_not(analysis, verb: Token | None) -> bool:
    """Is the main verb of what was said negated ("the valve had not failed")?
    Not a light verb's object ("had no doubt that P" says P), nor a cue
    ("could not confirm that P" doubts P)."""
    if verb is None:
        return False
    if _none_there(verb):
        return True  # "there was no defect whatsoever in the helmets", "there is no secret storage"
    if not negated(verb) or analysis.statements_at(verb.idx, cue=True):
        return False
    own = kids(verb)
    if any(c.dep_ == "prep" and c.lower_ == "without" for c in own):
        return False  # "does not sit for days without moving its ballast": two negations, it did
    if verb.lemma_.lower() in LIGHT and not (any(c.dep_ == "neg" for c in own) and any(
            c.dep_ in {"acomp", "auxpass"} or c.tag_ == "VBN" for c in own)):
        # "had no doubt that P", "this was not an accident" (an alternative ruled out); but
        # "was not weaker", "had not been involved" deny
        return False
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "because" for m in kids(c)) for c in own) and not any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in own):
        # "they are not paying less because the tea is worse": a reason ruled out ("cannot go
        # because they have no souls" is a reason given)
        return False
    if any(c.dep_ == "advmod" and c.lower_ == "even" for c in own) or any(
            c.dep_ == "nsubj" and c.lower_ in {"i", "we"} for c in own) and any(
            c.dep_ == "aux" and c.lemma_ in {"can", "could"} for c in own):
        return False  # "we cannot even put our nets in the water": what the speaker cannot do
    if any(c.dep_ == "advmod" and c.lower_ == "yet" for c in own):
        return False  # "it had not yet interviewed any exporter": not done so far, no denial
    # "I am not going to comment on ...", "would not say": a refusal to speak denies nothing;
    # "would not hesitate to act" says it will; "would not tolerate X" takes a stand
    quiet = lexicon().silence | lexicon().litotes | lexicon().refusals
    if verb.lemma_.lower() in lexicon().going_on and any(c.dep_ == "xcomp" for c in own):
        return False  # "cannot keep hiding behind denials": a demand that it stop
    if verb.lemma_.lower() in lexicon().coercion and any(c.dep_ == "auxpass" for c in own) and any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in own):
        return False  # "we will not be bullied out of our own waters": a defiance ("were not bullied" denies)
    return not any(v.lemma_.lower() in quiet for v in (verb, *(c for c in own if c.dep_ == "xcomp")))


def _clause_verbs(part: Span) -> list[Token]:
    """The verbs that head `part` (the parser may hang a clause on the frame's
    verb outside), and the clauses joined to those ("are fragile, and we
    grieve, but ...")."""
    verbs = list(_heading_verbs(part))
    for v in verbs:
        verbs.extend(c for c in kids(v) if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"})
    return verbs


def _denying_sentences(analysis, span: Span) -> list[tuple[int, int]]:
    """The sentences of a quotation that say something is not so, by their
    main verb or a clause joined to it ("Babies are fragile, but these deaths
    were not caused by a cover-up")."""
    out = []
    for sent in span.sents:
        part = span.doc[max(span.start, sent.start) : min(span.end, sent.end)]
        if any(_says_not(analysis, v) for v in _clause_verbs(part)):
            out.append((part.start_char, part.end_char))
    return out


def _story_claim_links(wordings: list[Wording], analysis, own: list[frozenset[str]],
                       head_links: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(wording, headline wording): a story's denials and doubts are of the
    claim its headline reports ("Peru quake toll far higher than official
    count" / "rejected accusations that the government was hiding deaths").
    A wording only denied or doubted joins the headline wording, with its
    lede, that shares most of its words, when it shares one."""
    parts = headline_and_lede(analysis)
    if parts is None:
        return []
    title_end = parts[0][1]
    heads = [i for i, w in enumerate(wordings) if w.span[1] <= title_end]
    if not heads and not_story(analysis)[1]:
        # a wire story whose headline quotes nobody: its lede's first statement reports the claim
        lede = [i for i, w in enumerate(wordings) if parts[1][0] <= w.span[0] < parts[1][1] and w.statements
                and not any(_cue_lemma(analysis, sid) in lexicon().directives for sid in w.statements)]
        heads = [min(lede, key=lambda i: wordings[i].span[0])] if lede else []
    if not heads:
        return []
    core = {h: {h} | {j for i, j in head_links if i == h} for h in heads}
    units = {h: frozenset(u for k in ks for u in own[k] if not u.startswith("p:")) for h, ks in core.items()}
    inside = {k for ks in core.values() for k in ks}
    index = Intervals(wordings, span=lambda v: v.span)
    links = []
    for i, w in enumerate(wordings):
        if i in inside:
            continue
        says_not = w.own_denial  # "did not open fire on the village", said
        mine = {u for u in own[i] if not u.startswith("p:")}
        if says_not and w.denial:
            # "I have never seen anything like it. [...] the treatment": a sentence that says
            # "not" must be one about the claim
            clauses = [c for c in (_char_span(analysis, *d) for d in w.denial) if c is not None]
            mine &= {u for c in clauses for u in content_units(c)} | {u for u in mine if u.startswith("n:")}
        # an allegation with a holder of its own ("Western allegations that P") is its own
        # claim; a statement around it ("X said Y could not confirm P") is no holder of P,
        # nor is an aside at its end ("near the post, which the ministry said was empty")
        if not says_not and (not any(s.stance in {"deny", "doubt"} for s in w.stances) or any(
                s.stance == "assert" for v in index.overlapping(*w.span)
                if w.span[0] <= v.span[0] and v.span[1] <= w.span[1]
                and 2 * (v.span[1] - v.span[0]) >= w.span[1] - w.span[0] for s in v.stances)):
            # an assertion of the headline's claim in other words: its thing and its act
            # ("ballot stuffing" / "ballot boxes had been stuffed in favour of ...")
            best = next((h for h in heads if _restates(mine, units[h])), None)
            if best is not None and _n_words(own[i]) <= MAX_WORDS:
                links.append((i, best))
            continue
        best = max(heads, key=lambda h: (_n_words(mine & units[h]), len(mine & units[h])))
        shared = mine & units[best]
        # a word in common; saying it is not so in one's own words needs one more (a name
        # will do), or a word of the headline itself ("never put a net in that reserve")
        if _n_words(shared) >= 1 and (not says_not or len(shared) >= 2 or _n_words(shared & own[best])):
            links.append((i, best))
            w.says_not = says_not
    return links


def _contradiction_links(wordings: list[Wording], analysis) -> list[tuple[int, int]]:
    """(denial, assertion): a wording that says in its own words that no one
    did something ("No one was beaten") and another speaker's assertion with the
    same main verb ("officers had beaten him during the arrest") are two sides
    of one claim. The nearest such assertion before it, else after it."""
    if not any(w.own_denial for w in wordings):
        return []
    verbs: dict[int, tuple[frozenset[str], frozenset[str | None]]] = {}
    general = LIGHT | lexicon().general_verbs

    def specific(v: Token) -> bool:  # (a curly "’s" the tagger took for a verb has no word for a lemma)
        return v.pos_ != "AUX" and v.lemma_.isalpha() and v.lemma_.lower() not in general

    for i, w in enumerate(wordings):
        if not w.statements or not w.stances or any(s.stance != "assert" for s in w.stances):
            continue
        parts = _spoken(analysis, w)
        verb = _main_verb(parts[0]) if parts else None
        if verb is None or not specific(verb) or not (w.own_denial or not negated(verb)):
            continue
        subj = next((c for c in kids(verb) if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is None:
            continue
        who = frozenset(s.actor for s in w.stances)
        if not w.own_denial:  # an account, by its verbs: "had imported chemicals and sold them"
            acts = [verb, *(c for c in kids(verb) if c.dep_ == "conj" and c.pos_ == "VERB" and specific(c))]
            verbs[i] = (frozenset(v.lemma_.lower() for v in acts), who)
        # a denial says that no one did it ("No one was beaten", "no agent was detained"), or
        # that it was never done at all ("never sold a single kilogram"): that rules out every
        # doer and deed, not just one circumstance ("does not arrest people for opinions")
        elif names_none(subj) or _not_once(verb):
            verbs[i] = (frozenset({verb.lemma_.lower()}), who)
    links = []
    for i, (lemmas, who) in verbs.items():
        w = wordings[i]
        if not w.own_denial:
            continue
        others = [j for j, (other, whose) in verbs.items()
                  if other & lemmas and not wordings[j].own_denial and not who & whose]
        if others:
            before = [j for j in others if wordings[j].span[0] < w.span[0]]
            links.append((i, max(before, key=lambda j: wordings[j].span[0]) if before else min(
                others, key=lambda j: wordings[j].span[0])))
    return links


_BREAKS = re.compile(r"\n\s*")  # a paragraph break, with or without a blank line
REBUTTAL_PARAGRAPHS = 6  # how far back a rebuttal looks for what it answers, in paragraphs (a reply often comes last)
REBUTTAL_WORDINGS = 40  # ... and in wordings at most (an article of one endless paragraph)
_CLASS = {"NOUN": "N", "PROPN": "N", "VERB": "V", "ADJ": "A"}
_CORE = frozenset({"nsubj", "nsubjpass", "dobj", "attr"})


def _word_key(t: Token) -> tuple[str, str] | None:
    cls = _CLASS.get(t.pos_)
    if cls is None or t.is_stop or t.ent_type_ or not t.lemma_.isalpha():
        return None
    return t.lemma_.lower(), cls


def _answers(core: set[tuple[str, str]], words: set[tuple[str, str]]) -> bool:
    """The act itself, or two words of it, or the one thing there is none of
    ("there is no deal"): one noun alone ties a denial to too much."""
    shared = core & words
    if any(cls == "V" for _, cls in shared) or any((lemma, "N") in words for lemma, cls in core if cls == "X"):
        return True
    # the act named by a noun is one more word of it: "does not violate the sovereignty" /
    # "a violation of our sovereignty"
    named = any(cls == "V" and any(kind == "N" and same_stem(lemma, other) for other, kind in words)
                for lemma, cls in core)
    return len(shared) + named >= 2


def _denied_core(analysis, w: Wording) -> set[tuple[str, str]]:
    """What a denial says is not so, word by word: the negated verb and the
    heads of its subject and object ("No serviceman opened fire"), or the
    thing there is none of ("there is no deal"). Not what it will not do
    ("would not cancel the contract"): that is a stand, not an answer."""
    general = LIGHT | lexicon().general_verbs
    said = lexicon().stance_terms - LIGHT  # "has never denied the allegations" answers nothing
    out: set[tuple[str, str]] = set()
    for a, b in w.denial:
        part = _char_span(analysis, a, b)
        if part is None:
            continue
        for v in _clause_verbs(part):
            if not _says_not(analysis, v) or v.lemma_.lower() in said or any(
                    c.dep_ == "aux" and c.tag_ == "MD" for c in kids(v)):
                continue
            if v.lemma_.lower() not in general and (key := _word_key(v)) is not None:
                out.add(key)
            if _none_there(v):  # marked: the thing said not to be, alone enough
                out |= {(c.lemma_.lower(), "X") for c in kids(v) if c.dep_ in {"attr", "nsubj"} and c.pos_ == "NOUN"}
                continue
            for arg in kids(v):
                if arg.dep_ not in _CORE:
                    continue
                for t in (arg, *(c for c in kids(arg) if c.dep_ in {"compound", "amod", "poss"})):
                    if (key := _word_key(t)) is not None:
                        out.add(key)
    return out


def _said_words(span: Span) -> set[tuple[str, str]]:
    """The words of what an assertion says, without those of its modifying
    clauses ("recordings, one by a body camera worn by an officer"): what
    it asserts is not worn."""
    out = set()
    for t in span:
        key = _word_key(t)
        if key is None:
            continue
        node = t
        while span.start <= node.i < span.end and node.dep_ not in {"relcl", "acl"} and node.head.i != node.i:
            node = node.head
        if not (span.start <= node.i < span.end and node.dep_ in {"relcl", "acl"}):
            out.add(key)
    return out


def _asserted_words(analysis, v: Wording) -> set[tuple[str, str]]:
    """The words of the sentences of `v` that say something is so ("These
    rallies are not spontaneous. They are paid for by ...": the second); not
    "had not yet received", which is no charge."""
    out: set[tuple[str, str]] = set()
    for part in _spoken(analysis, v):
        for sent in part.sents:
            piece = part.doc[max(part.start, sent.start) : min(part.end, sent.end)]
            if not len(piece) or any(a <= piece.start_char < b for a, b in v.denial):
                continue
            heads = list(_heading_verbs(piece))
            if not (heads and all(negated(h) for h in heads)):
                out |= _said_words(piece)
    return out


def _rebuttal_links(wordings: list[Wording], analysis) -> list[tuple[int, int]]:
    """(rebuttal, what it answers): a wording that says in its own words that
    something is not so ("No serviceman opened fire") answers the nearest
    assertion before it, by another speaker, a paragraph or two back, that
    speaks of the thing it says is not so, or the act ("soldiers had fired
    several bursts")."""
    if not any(w.own_denial for w in wordings):
        return []
    breaks = [m.start() for m in _BREAKS.finditer(text_of(analysis.doc))]  # found once: counted by bisection
    order = sorted(range(len(wordings)), key=lambda i: wordings[i].span[0])
    words: dict[int, set[tuple[str, str]]] = {}
    pairs = []
    for k, i in enumerate(order):
        w = wordings[i]
        if not w.own_denial or not w.statements:
            continue
        core = _denied_core(analysis, w)
        if not core:
            continue
        who = _side(analysis, {st.actor for st in w.stances})
        start = w.span[0]
        for j in reversed(order[max(0, k - REBUTTAL_WORDINGS) : k]):
            v = wordings[j]
            if v.span[1] > start:
                continue
            if bisect_left(breaks, start) - bisect_left(breaks, v.span[1]) > REBUTTAL_PARAGRAPHS:
                break
            if not v.statements or who & {st.actor for st in v.stances} or any(
                    st.stance != "assert" for st in v.stances):
                continue
            if j not in words:
                words[j] = _asserted_words(analysis, v)
            if _answers(core, words[j]):
                pairs.append((i, j))
                w.says_not = True
                break
    return pairs


def _answered_links(wordings: list[Wording], analysis) -> list[tuple[int, int]]:
    """(denial, report it answers): "denied that P, after the general claimed
    that Q": the claim the writer says the denial came after is the one denied,
    in other words."""
    at = {analysis.statement(sid).cue_span[0]: i for i, w in enumerate(wordings) for sid in w.statements}
    pairs = []
    for i, w in enumerate(wordings):
        if not any(st.stance in {"deny", "doubt"} for st in w.stances):
            continue
        for sid in w.statements:
            cue = _char_span(analysis, *analysis.statement(sid).cue_span)
            comp = clause_content(cue[0]) if cue is not None and len(cue) else None
            for c in kids(comp) if comp is not None else ():
                j = at.get(c.idx)
                if j is not None and j != i and answered_report(c):
                    pairs.append((i, j))
    return pairs


def _side(analysis, actors: set[str | None]) -> set[str | None]:
    """The actors and the bodies they speak for, and their members: a firm's
    director does not answer the firm."""
    member_of = analysis.scratch.get("member_of", {})
    return actors | {member_of.get(a) for a in actors} - {None} | {m for m, body in member_of.items() if body in actors}


def _wrongdoing_links(wordings: list[Wording], analysis) -> list[tuple[int, int]]:
    """(denial, the charge): "denied any wrongdoing", "ministry denies
    favouritism" name no act, only wrongdoing in general; what they deny is the
    story's charge, another speaker's first assertion in the headline or lede
    ("opposition says tender was rigged")."""
    nouns = cues().denied_blame  # (the words attribution reads "X says P; Y denies wrongdoing" by)
    parts = None
    pairs = []
    for i, w in enumerate(wordings):
        if not w.statements or not all(st.stance == "deny" for st in w.stances):
            continue
        span = _char_span(analysis, *w.span)
        if span is None or not 1 <= len(span) <= 4 or span.root.lemma_.lower() not in nouns or any(
                t.dep_ not in {"det", "amod", "compound"} for t in span if t.i != span.root.i):
            continue
        if parts is None:
            parts = headline_and_lede(analysis) or ()
        if not parts:
            return pairs
        who = {st.actor for st in w.stances}
        end = parts[1][1]
        charge = min((j for j, v in enumerate(wordings) if j != i and v.statements and v.span[0] < end and v.stances
                      and all(st.stance == "assert" and st.actor not in who for st in v.stances)),
                     key=lambda j: wordings[j].span[0], default=None)
        if charge is not None:
            pairs.append((i, charge))
    return pairs


def _not_once(verb: Token) -> bool:
    """"never sold a single kilogram", "had not received a single shipment", "did
    not take any money": a negated act whose object is none at all."""
    if not negated(verb):
        return False
    for obj in kids(verb):
        if obj.dep_ == "dobj":
            mods = {c.lower_ for c in kids(obj) if c.dep_ in {"det", "amod", "nummod"}}
            if "single" in mods or "any" in mods:
                return True
    return False


def _cue_lemma(analysis, sid: str) -> str:
    span = _char_span(analysis, *analysis.statement(sid).cue_span)
    return span[0].lemma_.lower() if span is not None and len(span) else ""


def _restates(mine: set[str], head: frozenset[str]) -> bool:
    """Two thirds of the words of the headline claim, and at least two, are in
    the wording, as themselves or words of their stem ("ballot stuffing" in
    "ballot boxes had been stuffed")."""
    words = [u for u in head if u[:2] not in ("n:", "p:")]
    # the wording's words by their first four letters, which a word of the same stem shares
    by_start: dict[str, list[str]] = {}
    for m in mine:
        if m[:2] not in ("n:", "p:"):
            by_start.setdefault(m[:4], []).append(m)
    hits = sum(u in mine or any(same_stem(u, m) for m in by_start.get(u[:4], ())) for u in words)
    return hits >= 2 and 3 * hits >= 2 * len(words)


CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})
MIN_SHARED_UNITS = 3  # what two wordings of one article must share to be one claim by their words
MIN_COVER = 0.5  # ... as a share of the smaller wording's units
MAX_WORDS = 12  # a longer wording (a paragraph of quotation) holds many claims: no join by its words


def content_units(span: Span, skip_spans: list[tuple[int, int]] = ()) -> frozenset[str]:
    """What a wording is about, word by word: content lemmas, and each name as
    one unit ("n:kessler mobil"), without the words of stance and reporting.
    Its verbs count as "p:" units too."""
    skip = lexicon().stance_terms
    classes = lexicon().verb_class
    out = set()
    doc = span.doc
    toks = tokens_of(doc)  # not the Span: it makes each Token anew
    # the content words' tags picked first, from the Doc's array (each `pos_` read builds a string)
    pos = token_table(doc)[span.start : span.end, 0].tolist()
    verb_id = doc.vocab.strings["VERB"]
    content = {doc.vocab.strings[p] for p in CONTENT_POS}
    for k, tag in enumerate(pos):
        if tag not in content:
            continue
        t = toks[span.start + k]
        if t.is_stop or t.is_punct or t.like_num:
            continue
        if skip_spans and any(a <= t.idx < b for a, b in skip_spans):
            continue
        if t.ent_type_:
            if t.ent_iob_ == "B" or t.i == span.start:
                out.add("n:" + _entity_text(t).lower())
            continue
        lemma = t.lemma_.lower()
        if lemma not in skip:
            out.add(lemma)
            if tag == verb_id:
                # "handed" and "passed" data: one act in two verbs of a predicate class
                out.add("p:" + (classes.get(lemma) or lemma))
    return frozenset(out)


def _entity_text(tok: Token) -> str:
    """`entity_at(tok).text` (the word's own text outside an entity), cut from
    the Doc's text (`Span.text` joins its words anew)."""
    bounds = entity_bounds(tok)
    if bounds is None:
        return tok.text
    toks = tokens_of(tok.doc)
    last = toks[bounds[1] - 1]
    return text_of(tok.doc)[toks[bounds[0]].idx : last.idx + len(last)]


def same_words(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two wordings of one article say the same thing in mostly the same words
    ("its troops crossed the border and opened fire" / "border guards had crossed
    into its territory and opened fire"): the propositions may not show it when
    the verb is outside the predicate lexicon or the things differ in name."""
    shared = a & b
    small = min(_n_words(a), _n_words(b))
    # a wording of two words ("warnings had been ignored") can share no more than those two
    need = MIN_SHARED_UNITS if small >= MIN_SHARED_UNITS else 2
    if len(shared) < need:
        return False  # (most pairs asked share a word or two)
    words = [u for u in shared if u[:2] not in ("n:", "p:")]
    # what is done must agree when both say it with verbs: "Russia had used
    # drones" and "Iran supplied drones to Russia for use" share words, not an act
    acts = any(u.startswith("p:") for u in shared)
    if any(u.startswith("p:") for u in a) and any(u.startswith("p:") for u in b) and not acts:
        return False
    if small < MIN_SHARED_UNITS:
        # ... all it says, names and act too: "the ministry had ignored warnings from birdwatchers"
        # (not "Norland sent rifles to Estria" beside "Norland sent rifles to the rebels")
        return acts and len(words) == small >= 2 and (a <= b or b <= a)
    return len(words) >= MIN_SHARED_UNITS and len(words) >= MIN_COVER * small


def _own_units(analysis, w: Wording, inner: list[tuple[int, int]]) -> frozenset[str]:
    """The wording's own units: without the words of the wordings it holds
    ("confirmed that P" is about P only as P's wording), with its names by the
    resolved actor too (Laos and "Lao" agree)."""
    span = _char_span(analysis, *w.span)
    if span is None:
        return frozenset()
    return content_units(span, inner) | {"n:" + k for k in w.actors}


def _held(wordings: list[Wording]) -> list[list[int]]:
    """For each wording, the others inside it, found through an index."""
    index = Intervals(range(len(wordings)), span=lambda k: wordings[k].span)
    out = []
    for i, w in enumerate(wordings):
        out.append([j for j in index.overlapping(*w.span) if j != i and wordings[j].span != w.span
                    and w.span[0] <= wordings[j].span[0] and wordings[j].span[1] <= w.span[1]])
    return out


def _wrappers(analysis, wordings: list[Wording], own: list[frozenset[str]], held: list[list[int]]) -> list[tuple[int, int]]:
    """(wording, the wording it wraps): "rejected [Velmar's charge that P]" where
    P is the accuser's own statement. Beside P the outer wording has no words
    of its own but names and the allegation noun, so it is about P ("could not
    confirm that P" wraps P with a verb: a statement of its own)."""
    nouns = lexicon().allegation_nouns
    out = []
    for i, w in enumerate(wordings):
        if len(held[i]) != 1 or _n_words(own[i]) or w.span[1] - w.span[0] < 3:
            continue
        span = _char_span(analysis, w.span[0], wordings[held[i][0]].span[0])
        # a noun, or one the tagger took for a bare verb ("Velmar charge that P" in a headline)
        if span is not None and any(t.lemma_.lower() in nouns and (t.pos_ == "NOUN" or t.tag_ in {"VB", "VBP"})
                                    for t in span):
            out.append((i, held[i][0]))
    return out


def _n_words(units: frozenset[str]) -> int:
    return sum(1 for u in units if u[:2] not in ("n:", "p:"))


def _groups(wordings: list[Wording], links: list[tuple[int, int]] = (),
            units: list[frozenset[str]] | None = None) -> list[list[Wording]]:
    parent = list(range(len(wordings)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # one proposition needs a theme word in common (`same_proposition`), so only
    # wordings that share one are compared: not every pair on huge articles
    by_theme: dict[str, list[int]] = {}
    for i, a in enumerate(wordings):
        themes = {t for p in a.props for t in p.theme}
        for j in sorted({j for t in themes for j in by_theme.get(t, ())}):
            if _same_claim(a, wordings[j]):
                parent[find(i)] = find(j)
        for t in themes:
            by_theme.setdefault(t, []).append(i)
    if units is not None:  # by words, through an index of words: not every pair
        by_word: dict[str, list[int]] = {}
        for i, a in enumerate(units):
            # candidates through the words, those that share enough of them for `same_words`
            # (a name in every wording would make it every pair)
            words = [u for u in a if u[:2] not in ("n:", "p:")]
            shared = Counter(j for u in words for j in by_word.get(u, ()))
            for j in sorted(j for j, n in shared.items() if n >= 2):
                if find(i) != find(j) and same_words(a, units[j]):
                    parent[find(i)] = find(j)
            for u in words:
                by_word.setdefault(u, []).append(i)
    for i, j in links:
        parent[find(i)] = find(j)
    groups: dict[int, list[Wording]] = {}
    for i, w in enumerate(wordings):
        groups.setdefault(find(i), []).append(w)
    return sorted(groups.values(), key=lambda g: min(w.span[0] for w in g))


def _main_prop(group: list[Wording]) -> Proposition | None:
    # (not one joined as saying the claim is not so: "There is no coup" names no claim of a coup)
    props = [p for w in group if not w.says_not for p in w.props]
    if not props:
        return None
    # The most complete classed wording names the claim best; said as so, not
    # as not so, so that an allegation's holder asserts and its rejecter denies.
    return max(props, key=lambda p: (p.classed, not p.negated, p.slots(), -p.anchor))


# A wording that says the claim is not so ("Norway has never sent boats to
# Belarus") takes the opposite side of the claim from its speaker's stance.
_OPPOSITE = {"assert": "deny", "deny": "assert", "doubt": "doubt"}


def _opposed(w: Wording, prop: Proposition | None) -> bool:
    """Does the wording state the claim's proposition negated (or the negated
    claim positively)?"""
    if prop is None:
        return False
    # the claim's own proposition first: "they are not paying less because A; they are paying
    # less because B" holds it both ways, and says it so
    own = prop if any(p is prop for p in w.props) else next((p for p in w.props if same_proposition(p, prop)), None)
    if own is None:  # joined by its words: its own clause with the claim's verb ("no unit had crossed")
        own = next((p for p in w.props if p.predicate == prop.predicate), None)
    return own is not None and own.negated != prop.negated


def claim_text(prop: Proposition | None, group: list[Wording]) -> str:
    """The wording that carries the main proposition, else a composed one."""
    host = next((w for w in group if prop is not None and prop in w.props), None) or min(group, key=lambda w: w.span[0])
    text = " ".join(host.text.split())
    if prop is not None and len(text.split()) < 3 and prop.theme_text:
        parts = [prop.names.get(prop.agent or "", ""), prop.verb_text, prop.theme_text]
        if prop.recipient:
            parts += ["to", prop.names.get(prop.recipient, prop.recipient)]
        text = " ".join(p for p in parts if p)
    return text if len(text) <= _MAX_TEXT else text[: _MAX_TEXT - 1].rstrip() + "…"


def build_claims(analysis) -> list[Claim]:
    keys = Keys(analysis)
    # "not a single bullet was fired" (the stance stage's): an assertion that says something is
    # not so, read as every such one is, and a denial even where nothing else says the opposite
    emphatic = analysis.scratch.get("emphatic", set())
    for sid in emphatic:
        analysis.statement(sid).stance = "assert"
    wordings = statement_wordings(analysis, keys)
    wordings += _attach(allegation_wordings(analysis, keys), wordings, analysis)
    claims = []
    held = _held(wordings)
    own = [_own_units(analysis, w, [wordings[j].span for j in inner]) for w, inner in zip(wordings, held, strict=True)]
    units = [u if _n_words(u) <= MAX_WORDS else frozenset() for u in own]  # a long wording holds many claims
    for w in wordings:  # found once, for the joins and for the sides
        w.emphatic = bool(emphatic) and any(sid in emphatic for sid in w.statements)
        parts = _spoken(analysis, w) if all(s.stance == "assert" for s in w.stances) else []
        if parts and _says_not(analysis, _main_verb(parts[0])):
            w.own_denial = True
            w.denial = [d for p in parts for d in _denying_sentences(analysis, p)]
    head_links = _headline_links(wordings, analysis)
    links = (_antecedents(wordings, analysis) + _wrappers(analysis, wordings, own, held) + head_links
             + _such_links(wordings, analysis) + _story_claim_links(wordings, analysis, own, head_links)
             + _contradiction_links(wordings, analysis) + _rebuttal_links(wordings, analysis)
             + _wrongdoing_links(wordings, analysis) + _answered_links(wordings, analysis))
    for n, group in enumerate(_groups(wordings, links, units), start=1):
        cid = f"C{n}"
        prop = _main_prop(group)
        seen: set[tuple] = set()
        stances = []
        # joined by its words, a wording that says in its own words it is not so opposes it too
        opposed = [w.says_not or _opposed(w, prop) or w.emphatic or (
            w.own_denial and len(group) > 1 and prop is not None and not prop.negated and prop not in w.props)
            for w in group]
        sides = [(w, [s.model_copy(update={"stance": _OPPOSITE[s.stance]}) for s in w.stances]
                  if opp else w.stances) for w, opp in zip(group, opposed, strict=True)]
        backed = {(s.actor, s.stance) for _w, ss in sides for s in ss if s.statement}
        for (w, ss), opp in zip(sides, opposed, strict=True):
            for s in ss:
                key = (s.actor, s.stance, s.statement)
                if s.statement is None and (s.actor, s.stance) in backed:
                    continue  # attribution made a statement for it
                if key not in seen and s.actor is not None:
                    seen.add(key)
                    stances.append(s)
            for sid in w.statements:
                analysis.statement(sid).claim = cid
            if opp:  # a statement's stance is toward its claim (SPEC): "never sent drones" denies it
                for sid in w.statements:
                    st = analysis.statement(sid)
                    st.stance = _OPPOSITE[st.stance]
                    # its content is still the speaker's own word (the events coder reads it so)
                    analysis.scratch.setdefault("turned", set()).add(sid)
        claims.append(
            Claim(
                id=cid,
                text=claim_text(prop, group),
                stances=stances,
                agent=prop.names.get(prop.agent or "") if prop else None,
                predicate=prop.predicate if prop else None,
                theme=", ".join(sorted(prop.theme)) if prop and prop.theme else None,
                recipient=prop.names.get(prop.recipient or "") if prop else None,
                spans=sorted([w.span for w in group] + [lab for w in group for lab in w.labels]),
            )
        )
    return claims
