"""Attributions beyond the cue lexicon, scored by a small learned model.

News reports far more than speech: "the governor proposed a tax cut",
"critics continue to attack the plan", "the company offers refunds". Such
predicates attribute an act or attitude to a source just as "said" does, but
no hand list covers them without letting in every other verb. Here every
verb with a subject and a complement that the rules left alone becomes a
candidate; a logistic model over general features of the parse (the verb's
lemma, its complement type, the kind of subject, tense, negation, ...)
decides which ones read as attributions.

The weights are `data/cue_model.json`, trained on the PolNeAR training split
by `bench/train_cue_model.py` (which also reports held-out figures). Scoring
is a sum of a handful of weights per candidate: no parse is repeated.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from itertools import repeat

import numpy as np
from spacy.tokens import Doc, Token

from claimgraph.actors.coding import code_actor
from claimgraph.attribution.lexicon import cues
from claimgraph.attribution.quotes import Quote, Quotes
from claimgraph.attribution.rules import (
    SUBJ,
    Raw,
    _phrasal_pair,
    asked_aside,
    calls_the_charge_false,
    claims_ground,
    conjuncts,
    content_over_conjunct,
    cue_span,
    cut_tail,
    false_label,
    find_subject,
    labelled_content,
    labels_a_claim_false,
    lexical_stance,
    negated,
    negated_stance,
    no_one,
    noun_phrase,
    past_dateline,
    relative_report,
    reporting_cue,
    tells_time,
    trim,
)
from claimgraph.intervals import Intervals
from claimgraph.nlp import kids, sent_bounds, span_text, token_table, tokens_of

# Right-hand dependents that make up what a verb's act is about.
COMPLEMENT = {"dobj", "dative", "attr", "acomp", "oprd", "prep", "xcomp", "ccomp", "pcomp", "agent"}
SKIP_LEMMAS = {"be", "have", "do", "get"}  # light verbs: their complement is not an act of the subject
# After an object, these prepositions set the scene ("him in every speech")
# rather than say more about the act.
SETTING = {"in", "at", "because", "during", "through", "across", "inside", "near"}
CONTENT_ENTS = {"PERSON", "ORG", "GPE", "NORP", "MONEY", "PERCENT", "CARDINAL", "DATE"}
PERSON_PRONOUNS = {"i", "we", "you", "he", "she", "they"}


@dataclass
class Candidate:
    verb: Token  # the cue word (first verb of a "continue to ignore" chain)
    head: Token  # the verb whose complements are the content
    subject: Token
    content: tuple[int, int]  # characters
    features: list[str]


# The features `candidates` makes last, which cost most (the holder is coded
# by the actor lexicons): of each family a candidate gets at most one
# ("cent=" excepted: one per entity type, of CONTENT_ENTS).
_LATE_FAMILIES = ("holder=", "holder_sector=", "holder_role", "first=", "croot=", "cclause")


@dataclass(frozen=True)
class Model:
    weights: dict[str, float]
    bias: float
    threshold: float

    @cached_property
    def late_most(self) -> float:
        """The most the late features (`_LATE_FAMILIES`, "cent=") can add to a score."""
        best = dict.fromkeys(_LATE_FAMILIES, 0.0)  # a feature without a weight adds 0
        for name, w in self.weights.items():
            family = next((f for f in _LATE_FAMILIES if name.startswith(f)), None)
            if family is not None:
                best[family] = max(best[family], w)
        return sum(best.values()) + sum(max(0.0, self.weights.get("cent=" + e, 0.0)) for e in CONTENT_ENTS)

    @cached_property
    def floor(self) -> float:
        """The score (before the logistic) below which a candidate is refused,
        less a margin for the rounding of sums taken in another order."""
        if not 0.0 < self.threshold < 1.0:
            return -math.inf
        return math.log(self.threshold / (1.0 - self.threshold)) - 1e-9


@cache
def _models() -> tuple[Model, Model]:
    raw = json.loads(resources.files("claimgraph.data").joinpath("cue_model.json").read_text("utf-8"))
    f = raw["filter"]
    return (Model(weights=raw["weights"], bias=raw["bias"], threshold=raw["threshold"]),
            Model(weights=f["weights"], bias=f["bias"], threshold=f["threshold"]))


def model() -> Model:
    """Scores candidates beyond the cue rules."""
    return _models()[0]


def rule_filter() -> Model:
    """Scores the rules' unquoted statements; those below threshold are dropped."""
    return _models()[1]


def weighed(raw: Raw) -> bool:
    """Whether the rule filter weighs a statement. Denials and doubts are what
    the product is for, so it weighs only assertions, negated ones included
    ("never claimed", "asked whether"), but not "could not confirm"."""
    # nor a relative report ("sites it says were used by X"), a form the filter never saw
    if raw.cue is not None and raw.cue.dep_ == "relcl" and relative_report(raw.cue):
        return False
    if raw.cue is not None and raw.cue.pos_ == "NOUN" and any(c.dep_ == "poss" for c in kids(raw.cue)):
        return False  # "the prosecutor's conclusion that P": its holder is named, its claim told
    if raw.cue is not None and (raw.stance == "deny" and calls_the_charge_false(raw.cue) or labels_a_claim_false(raw.cue)):
        # "a charge she called “a fantasy”", "called the claim “simply false”" deny as "rejected as
        # baseless" does
        return False
    if raw.cue is not None and _demands(raw.cue):
        return False  # "called for an inquiry": a demand made, in a form the filter saw too rarely
    return raw.stance == "assert" or (raw.cue is not None and lexical_stance(raw.cue) == "assert"
                                      and raw.cue.lemma_.lower() not in cues().negated_doubt)


DEMANDS = {("call", "for"), ("call", "on")}


def _demands(verb: Token) -> bool:
    """"called for an inquiry", "called on the army to withdraw": the particle
    right after the verb, with a noun for its object (not "calls 911")."""
    if verb.pos_ != "VERB" or _phrasal_pair(verb) not in DEMANDS or verb.i + 1 >= len(verb.doc):
        return False
    prep = verb.doc[verb.i + 1]
    return prep.dep_ == "prep" and prep.lower_ in {"for", "on"} and prep.head.i == verb.i and any(
        o.dep_ == "pobj" and o.pos_ in {"NOUN", "PROPN"} for o in kids(prep))


def filter_rules(found: list, quotes: list[Quote]) -> list:
    m = rule_filter()
    out = []
    for r in found:
        feats = rule_features(r, quotes) if weighed(r) else None
        if feats is None or probability(feats, m) >= m.threshold:
            out.append(r)
    return out


def probability(features: list[str], m: Model | None = None) -> float:
    m = m or model()
    return 1.0 / (1.0 + math.exp(-_score(features, m)))


def _score(features: list[str], m: Model) -> float:
    # (the weights in the features' order, as a generator would give them: the same sum)
    return m.bias + sum(map(m.weights.get, features, repeat(0.0)))


def _subject(verb: Token, quotes: list[Quote]) -> Token | None:
    cur = verb
    for _ in range(3):
        subj = next((c for c in kids(cur) if c.dep_ in SUBJ), None)
        if subj is not None:
            if subj.lower_ in {"who", "which", "that"} and cur.dep_ == "relcl":
                return cur.head
            return past_dateline(subj)
        if cur.dep_ in {"xcomp", "conj"} and cur.head.pos_ in {"VERB", "AUX"}:
            cur = cur.head
            continue
        if cur.tag_ == "VBG" and cur.dep_ == "advcl" and cur.head.pos_ in {"VERB", "AUX"}:
            outer = reporting_cue(cur, quotes) if cur is verb else None
            if outer is not None:  # "X said P, citing Q": X cites, whatever P's subject
                return find_subject(outer, quotes)[0]
            cur = cur.head  # "X left, promising to return": the participle's act is X's
            continue
        if cur.tag_ == "VBG" and cur.dep_ == "pcomp" and cur.head.dep_ == "prep" and cur.head.head.pos_ in {"VERB", "AUX"}:
            cur = cur.head.head  # "without naming him, X accused ...", "X sought to win by pledging ..."
            continue
        if cur.tag_ == "VBG" and cur.dep_ == "acl" and cur.head.pos_ in {"NOUN", "PROPN"}:
            return cur.head  # "stories alleging fraud": the noun holds the act
        break
    return None


def _chain_end(verb: Token) -> Token:
    """"continued to call for", "began to ignore": after a verb of aspect or
    appearance the act is the verb it governs ("agreed to pay" keeps its
    infinitive as the content)."""
    cur = verb
    aspectual = cues().aspectual
    for _ in range(2):
        if cur.lemma_.lower() not in aspectual or any(c.dep_ in {"dobj", "ccomp"} for c in kids(cur)):
            break
        x = next((c for c in kids(cur) if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"} and c.i > cur.i), None)
        if x is None:
            break
        cur = x
    return cur


def complement(head: Token) -> tuple[tuple[int, int], str] | None:
    """(character span, kind) of what follows `head` as its complement."""
    parts = []
    kinds = []
    for c in kids(head):  # the right children, in order, from the index
        if c.i < head.i:
            continue
        dep = c.dep_
        if dep not in COMPLEMENT:
            continue
        if dep == "prep" and (tells_time(c) or parts and c.lower_ in SETTING):
            if parts:
                break
            continue
        parts.append(c)
        kinds.append(dep)
    if not parts:
        return None
    kind = next((k for k in ("ccomp", "xcomp", "dobj", "attr", "acomp", "dative", "oprd", "agent") if k in kinds), "prep")
    if kind == "prep":
        kind = "prep:" + parts[0].lower_
    return _token_span(head.doc, min(p.left_edge.i for p in parts), max(p.right_edge.i for p in parts)), kind


def _token_span(doc: Doc, left: int, right: int) -> tuple[int, int]:
    """Characters of tokens left..right without edge punctuation or a leading "that"."""
    toks = tokens_of(doc)  # not doc[i]: that makes a new Token on each call
    while right > left and (toks[right].is_punct or toks[right].is_space):
        right -= 1
    while left < right and (toks[left].is_punct or toks[left].dep_ == "mark" and toks[left].lower_ == "that"):
        left += 1
    return toks[left].idx, toks[right].idx + len(toks[right])


def _subject_kind(subj: Token) -> str:
    if subj.lower_ in PERSON_PRONOUNS:
        return "pron:" + ("3" if subj.lower_ in {"he", "she", "they"} else subj.lower_)
    if subj.pos_ == "PRON":
        return "pron:other"
    if subj.ent_type_:
        return "ent:" + subj.ent_type_
    if subj.pos_ == "PROPN":
        return "propn"
    return "noun"


def features(verb: Token, head: Token, subj: Token, kind: str, in_quote: bool, length: int) -> list[str]:
    lemma = verb.lemma_.lower()
    hl = head.lemma_.lower()
    own, heads = kids(verb), kids(head)
    # each child's label read once for all the features below (a read builds a new string)
    own_deps = [c.dep_ for c in own]
    head_deps = own_deps if head is verb else [c.dep_ for c in heads]
    dep, tag = verb.dep_, verb.tag_
    neg = "neg" in own_deps or "neg" in head_deps
    modal = next((c for c in own if c.tag_ == "MD"), None)
    skind = _subject_kind(subj)
    ckind = kind.split(":")[0]
    classes = cues().verb_class
    cls = classes.get(hl) or classes.get(lemma) or "none"
    feats = [
        "lemma=" + lemma,
        "head=" + hl,
        "lemma_kind=" + lemma + "|" + ckind,
        "kind=" + kind,
        "class=" + cls,
        "dep=" + dep,
        "tag=" + tag,
        "subj=" + skind,
        "subj_kind=" + skind + "|" + ckind,
        "chain" if head is not verb else "single",
        "pos=" + verb.pos_,
    ]
    person = skind in {"pron:3", "pron:i", "pron:we", "ent:PERSON", "ent:ORG", "ent:NORP", "ent:GPE"}
    feats.append("lemma_person=" + lemma + "|" + str(person))
    feats.append("lemma_dep=" + lemma + "|" + dep)
    if subj.pos_ == "NOUN":
        feats.append("subj_lemma=" + subj.lemma_.lower())
    feats.append("len=" + str(min(4, int(math.log2(1 + length // 5)))))
    aux = [c.lower_ for c, d in zip(own, own_deps, strict=True) if d in {"aux", "auxpass"}]
    feats.append("aux=" + "_".join(aux[:2]))
    obj = next((c for c, d in zip(heads, head_deps, strict=True) if d in {"dobj", "attr"} and c.i > head.i), None)
    if obj is not None:
        feats.append("obj=" + (obj.ent_type_ or obj.lemma_.lower()))
    preps = sorted({c.lower_ for c, d in zip(heads, head_deps, strict=True) if d == "prep" and c.i > head.i})
    if preps:
        feats.append("lemma_prep=" + hl + "|" + preps[0])
    feats.append("class_subj=" + cls + "|" + skind)
    if neg:
        feats.append("neg")
    if modal is not None:
        feats.append("modal=" + modal.lower_)
    if in_quote:
        feats.append("in_quote")
    if subj.dep_ == "nsubjpass" or tag == "VBN" and "auxpass" in own_deps:
        feats.append("passive")
    return feats


def candidates(
    doc: Doc,
    quotes: list[Quote],
    taken: set[int],
    speakers: frozenset[str] = frozenset(),
    keep: Callable[[tuple[int, int]], bool] | None = None,
    model: Model | None = None,
) -> Iterator[Candidate]:
    """Verbs, predicate adjectives and nouns with a holder and a complement,
    other than the cue tokens in `taken`. `speakers` are the head words of the
    speakers the rules found: a holder who speaks elsewhere is a likely source.

    `keep(content)` is asked before the features are made, which cost most:
    a candidate it refuses is not yielded. The generator is lazy, so `keep`
    may depend on the candidates taken so far. Given the `model`, a candidate
    that cannot reach its threshold whatever its late features is not yielded
    either: only those that could are coded for their holder."""
    toks = tokens_of(doc)
    taken_sents = {sent_bounds(toks[i])[0] for i in taken}
    for tok in _candidate_words(doc):
        if tok.i in taken:
            continue
        pos = tok.pos_  # read once: each read builds a new string
        if pos == "VERB":
            got = _verb_candidate(tok, quotes)
        elif pos == "ADJ" and tok.dep_ == "acomp":
            got = _adjective_candidate(tok)
        elif pos == "NOUN":
            got = _noun_candidate(tok)
        else:
            continue
        if got is None:
            continue
        head, subj, (start, end), kind = got
        start, end = cut_tail(doc, start, end, quotes)
        if end - start < 3 or start <= subj.idx < end or keep is not None and not keep((start, end)):
            continue
        near = Quotes.of(quotes).marked(min(tok.idx, start), max(tok.idx + 1, end))
        in_quote = any(q.start <= tok.idx < q.end for q in near)
        feats = features(tok, head, subj, kind, in_quote, end - start)
        if subj.lower_ in speakers:
            feats.append("subj_speaks")
        if any(start <= q.start < end for q in near):
            feats.append("content_quotes")
        feats.extend(_context(tok, taken, taken_sents, in_quote))
        if model is not None and _score(feats, model) + model.late_most < model.floor:
            continue
        feats.extend(_holder(subj))
        first = doc.char_span(start, end, alignment_mode="expand")
        if first is not None and len(first):
            words = toks[first.start : first.end]  # not the Span: it makes each Token anew
            first_pos = words[0].pos_
            feats.append("first=" + (words[0].lower_ if first_pos in {"SCONJ", "ADP", "PART"} else first_pos))
            root = first.root
            feats.append("croot=" + root.pos_ + "|" + root.dep_)
            # token labels, not Span.ents: that rebuilds every entity of the doc per call
            ents = sorted({t.ent_type_ for t in words} & CONTENT_ENTS)
            feats.extend("cent=" + e for e in ents)
            if any(t.pos_ in {"VERB", "AUX"} and t.dep_ in {"ccomp", "relcl", "advcl", "conj", "ROOT"} for t in words):
                feats.append("cclause")
        yield Candidate(tok, head, subj, (start, end), feats)


def _candidate_words(doc: Doc) -> list[Token]:
    """The words `candidates` takes, in order: verbs, nouns, and adjectives as a
    complement ("is confident that"). Picked on the Doc's arrays: most
    adjectives are no complement, and each read of a word costs."""
    table, strings = token_table(doc), doc.vocab.strings
    pos = table[:, 0]  # (POS)
    hit = (pos == strings["VERB"]) | (pos == strings["NOUN"]) | (pos == strings["ADJ"]) & (table[:, 1] == strings["acomp"])
    toks = tokens_of(doc)
    return [toks[i] for i in np.flatnonzero(hit).tolist()]


def _holder(subj: Token) -> list[str]:
    """What kind of actor the holder is, by the actor lexicons: a rare role
    noun ("the comptroller") borrows the weight of its kind."""
    if subj.pos_ == "PRON":
        return []
    c = code_actor(span_text(noun_phrase(subj)), ner_label=subj.ent_type_ or None)
    out = ["holder=" + c.type, "holder_sector=" + (c.sector or "none")]
    if c.role:
        out.append("holder_role")
    return out


def _context(tok: Token, taken: set[int], taken_sents: set[int], in_quote: bool) -> list[str]:
    """`taken_sents`: the first tokens of the sentences that hold a taken cue."""
    out = []
    under = next((a for a in tok.ancestors if a.i in taken), None)
    if under is not None:
        out.append("under_cue")
    elif sent_bounds(tok)[0] in taken_sents:
        out.append("sent_cue")
    out.append("lemma_q=" + tok.lemma_.lower() + "|" + str(in_quote))
    return out


def _usable_subject(subj: Token | None) -> bool:
    return (subj is not None and subj.pos_ in {"NOUN", "PROPN", "PRON"} and subj.lower_ not in {"it", "there", "this", "that"}
            and not no_one(subj))


def _verb_candidate(tok: Token, quotes: list[Quote]):
    if tok.lemma_.lower() in SKIP_LEMMAS or tok.dep_ == "xcomp" and tok.head.pos_ in {"VERB", "AUX"}:
        return None  # light verbs; an infinitive is part of the verb it completes
    if asked_aside(tok):
        return None  # "X, asked whether P, declined": X was asked
    subj = _subject(tok, quotes)
    if subj is not None and subj.dep_ == "nsubjpass":
        # "X was endorsed by Y": Y holds the act and X is what it is about
        agent = next((c for c in kids(subj.head) if c.dep_ == "agent"), None)
        holder = next((c for c in kids(agent) if c.dep_ == "pobj"), None) if agent is not None else None
        if not _usable_subject(holder) or subj.head is not tok:
            return None
        return tok, holder, (subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge)), "passive"
    if not _usable_subject(subj):
        return None
    head = _chain_end(tok)
    got = complement(head)
    return None if got is None else (head, subj, got[0], got[1])


def _adjective_candidate(adj: Token):
    """"is confident that ...", "were worried about ...", "is bearish on ..."."""
    if adj.head.lemma_ != "be":
        return None
    subj = next((c for c in kids(adj.head) if c.dep_ in SUBJ), None)
    if not _usable_subject(subj):
        return None
    got = complement(adj) or _clause_of(adj)
    return None if got is None else (adj, subj, got[0], "adj:" + got[1])


def _clause_of(tok: Token):
    """An "if/whether/that" clause the parser hung on the word as advcl."""
    for c in kids(tok):
        if c.dep_ == "advcl" and c.i > tok.i and any(m.dep_ == "mark" and m.lower_ in {"if", "whether", "that"} for m in kids(c)):
            return (c.left_edge.idx, c.right_edge.idx + len(c.right_edge)), "ccomp"
    return None


HOLDER_PREPS = {"by", "from", "of", "among"}
CONTENT_PREPS = {"of", "about", "on", "to", "with", "for", "against", "over", "that", "in"}


def _noun_candidate(noun: Token):
    """"his pledge to ...", "the agency's estimate of ...", "media reports that ..."."""
    if not noun.n_rights:
        return None  # the content follows the noun
    children = kids(noun)
    if not any(c.i > noun.i and c.dep_ in {"acl", "ccomp", "relcl", "prep"} for c in children):
        return None  # nothing after the noun can be its content (the loop below takes only these)
    holder = next((c for c in children if c.dep_ == "poss"), None)
    if holder is None:
        holder = next((c for c in children if c.dep_ in {"compound", "amod"} and c.i < noun.i
                       and c.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}), None)
    if holder is None and noun.lemma_.lower() in cues().side_takers:
        # "X is a fierce critic of Y", "X, a longtime backer of Y": the noun describes X
        if noun.dep_ == "attr" and noun.head.lemma_ == "be":
            holder = next((c for c in kids(noun.head) if c.dep_ == "nsubj"), None)
        elif noun.dep_ == "appos":
            holder = noun.head
    content = None
    for c in children:
        if c.i < noun.i:
            continue
        if c.dep_ in {"acl", "ccomp", "relcl"} and any(m.dep_ == "mark" and m.lower_ == "that" for m in kids(c)):
            content = (c, "ccomp")
            break
        if c.dep_ == "acl" and c.tag_ == "VB":  # "his pledge to cut taxes"
            content = (c, "xcomp")
            break
        if c.dep_ == "prep" and c.lower_ in CONTENT_PREPS and content is None:
            pobj = next((g for g in kids(c) if g.dep_ in {"pobj", "pcomp"}), None)
            if pobj is not None:
                if holder is None and c.lower_ in HOLDER_PREPS and pobj.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}:
                    holder = pobj
                    continue
                content = (pobj, "prep:" + c.lower_)
    if holder is None or content is None or not _usable_subject(holder):
        return None
    part, kind = content
    return noun, holder, _token_span(noun.doc, part.left_edge.i, part.right_edge.i), "noun:" + kind.split(":")[0]


def rule_features(raw, quotes: list[Quote]) -> list[str] | None:
    """Features of a statement the cue rules found, or None when its content is
    quoted (quotations are judged by the quote rules alone)."""
    a, b = raw.content
    near = Quotes.of(quotes).overlapping(a, b + 1)
    if any(q.inner_start <= a < q.inner_end or q.inner_start < b <= q.inner_end for q in near):
        return None
    cue = raw.cue
    lemma = cue.lemma_.lower()
    subj = raw.speakers[0].root if raw.speakers else None
    # "His wife, Jo Doe, accused ...": the named person beside the description speaks
    subj = next((c for c in kids(subj) if c.dep_ == "appos" and c.ent_type_ == "PERSON"), subj) if subj is not None else None
    skind = _subject_kind(subj) if subj is not None else "none"
    cls = cues().verb_class.get(lemma) or ("noun" if cue.pos_ == "NOUN" else "none")
    comp = next((c.dep_ for c in kids(cue) if c.dep_ in {"ccomp", "xcomp", "dobj", "prep", "advcl"} and c.i > cue.i), "other")
    length = b - a
    feats = [
        "r_lemma=" + lemma,
        "r_class=" + cls,
        "r_pos=" + cue.pos_,
        "r_dep=" + cue.dep_,
        "r_subj=" + skind,
        "r_comp=" + comp,
        "r_lemma_comp=" + lemma + "|" + comp,
        "r_len=" + str(min(5, int(math.log2(1 + length // 5)))),
        "r_stance=" + raw.stance,
        "r_medium" if raw.medium is not None else "r_no_medium",
    ]
    if subj is not None and subj.pos_ == "NOUN":
        feats.append("r_subj_lemma=" + subj.lemma_.lower())
    if cue.i > 0 and cue.doc[cue.i - 1].is_punct:
        feats.append("r_after_punct")
    feats.append("r_lemma_subj=" + lemma + "|" + skind)
    feats.append("r_tag=" + cue.tag_)
    if any(c.dep_ == "neg" for c in kids(cue)):
        feats.append("r_neg")
    modal = next((c.lower_ for c in kids(cue) if c.tag_ == "MD"), None)
    if modal:
        feats.append("r_modal=" + modal)
    if Quotes.of(quotes).opens_in(a, b):
        feats.append("r_content_quotes")
    first = cue.doc.char_span(a, b, alignment_mode="expand")
    if first is not None and len(first):
        feats.append("r_first=" + (first[0].lower_ if first[0].pos_ in {"SCONJ", "ADP", "PART", "PRON", "DET"} else first[0].pos_))
        feats.append("r_content_root=" + first.root.pos_)
    return feats


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter / max(1, min(a[1] - a[0], b[1] - b[0])) if inter > 0 else 0.0


def find_learned(doc: Doc, quotes: list[Quote], found: list) -> list:
    """Raw attributions for the candidates the model accepts, apart from contents
    the rules already report."""
    m = model()
    taken = {r.cue.i for r in found if r.cue is not None}
    speakers = frozenset(sp.root.lower_ for r in found for sp in r.speakers)
    contents = Intervals(r.content for r in found)
    out = []

    def new_content(span: tuple[int, int]) -> bool:
        return not any(_overlap(span, other) >= 0.5 for other in contents.overlapping(*span))

    for c in candidates(doc, quotes, taken, speakers, keep=new_content, model=m):
        if probability(c.features, m) < m.threshold or claims_ground(c.verb):
            continue
        stance = lexical_stance(c.head) or lexical_stance(c.verb) or "assert"
        label = None
        if negated(c.verb) or negated(c.head):
            stance = negated_stance(c.head)  # "didn't think", "did not respond"
        else:
            label = false_label(c.verb) if stance == "assert" else None
            # "calling the charges “a smear”": the label calls what it names false
            stance = "deny" if label is not None and label.idx > c.content[0] else stance
        # (the model decides on the content as parsed; the conjunct the parser hung on the cue is its)
        content = (c.content[0], content_over_conjunct(c.verb, *c.content)) if c.verb.pos_ == "VERB" else c.content
        if stance == "deny" and label is not None and label.idx > content[0]:
            content = trim(doc, content[0], labelled_content(doc, content[0], content[1], label))
        out.append(Raw(cue=c.verb, cue_span=cue_span(c.verb), content=content, stance=stance,
                       speakers=[noun_phrase(t) for t in conjuncts(c.subject)]))
        contents.add(c.content)
    return out
