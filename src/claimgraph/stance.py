"""Speaker commitment: assert / deny / doubt toward the statement's content.

The cue decides first ("rejected", "could not confirm"). A quotation can
deny in the speaker's own words ("we reject the sale of ..."; "that is not
true"), which the cue ("emphasized") does not show. The journalist's
distancing verbs ("claimed", "alleged") leave the speaker asserting.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from spacy.tokens import Doc, Span, Token

from claimgraph.actors.coding import STATE_SECTORS
from claimgraph.attribution.lexicon import cues
from claimgraph.attribution.rules import QUESTION_WORDS, interrogates, no_one
from claimgraph.nlp import kids, names_none, subtree, tokens_of
from claimgraph.registry import stages

FIRST_PERSON = {"i", "we"}
# "The company said it 'categorically denies' P": in reported speech the
# pronoun that opens the clause is the speaker itself
SELF = FIRST_PERSON | {"it", "he", "she", "they"}


def _content_cues() -> dict[str, frozenset[str]]:
    return cues().content_deny


def _clause_heads(span: Span) -> list[Token]:
    start, end = span.start, span.end
    heads = []
    for t in tokens_of(span.doc)[start:end]:  # not the Span: it makes each Token anew
        head = t.head.i
        if head < start or head >= end or head == t.i:
            heads.append(t)
    # conjoined clauses share the commitment: "We oppose X and we reject Y"
    out = []
    for h in heads:
        out.append(h)
        out.extend(c for c in kids(h) if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} and start <= c.i < end)
    return [t for t in out if t.pos_ in {"VERB", "AUX", "ADJ", "NOUN"}]


# Subjects that are no claim: "something was wrong", "he was wrong to go".
NOT_CLAIMS = {"something", "anything", "nothing", "someone", "somebody", "anyone", "he", "she", "i", "we", "you"}


def _said_of_a_claim(subj: Token | None) -> bool:
    """"The report is false", "that is a lie", "your facts are wrong": what is
    called false may be a claim. A person or an indefinite "something" is not."""
    return subj is None or not (subj.lower_ in NOT_CLAIMS or subj.ent_type_ == "PERSON")


def _subject(tok: Token) -> Token | None:
    """The subject of a verb, or of the verb it is conjoined to ("we oppose X and reject Y")."""
    for _ in range(4):
        subj = next((c for c in kids(tok) if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is not None or tok.dep_ != "conj":
            return subj
        tok = tok.head
    return None


@cache
def _cue_words() -> tuple[str, ...]:
    lex = _content_cues()
    # stems catch inflections ("rejects", "denied") in a cheap text pre-check; "deny"
    # inflects as "deni-"
    words = lex["verbs"] | lex["adjectives"] | lex["of_a_claim"]
    return tuple({w[:5] for w in words} | {w[:-1] + "i" for w in words if w.endswith("y")}
                 | {"not ", "n't", "no ", "without "})


def _denies(heads: list[Token]) -> bool:
    """Does a clause of the content deny something in the speaker's own words?"""
    lex = _content_cues()
    for h in heads:
        negated = any(c.dep_ == "neg" for c in kids(h))
        subj = _subject(h)
        # active only ("she was dismissed" was fired), and "it" only as the verb's own subject:
        # "said it had offered a raise and denied that P" asserts what it did
        if h.lemma_.lower() in lex["verbs"] and not negated and subj is not None and subj.dep_ == "nsubj" and (
                subj.lower_ in FIRST_PERSON or subj.lower_ in SELF and subj.head == h):
            return True
        if negated and h.lemma_.lower() in cues().negated_belief and subj is not None and subj.dep_ == "nsubj" and (
                subj.lower_ in SELF) and any(c.dep_ == "dobj" and _claim_noun(c) for c in kids(h)):
            return True  # "we do not believe these charges": held untrue
        if h.lemma_ == "be" and _said_of_a_claim(subj):
            attr = [c for c in kids(h) if c.dep_ in {"acomp", "attr"}]
            for a in attr:
                if (a.lower_ in lex["adjectives"] and not negated) or (negated and a.lower_ in lex["negated"]):
                    return True
                if not negated and _claim_noun(subj) and _unfounded(a):
                    return True  # "the union's allegation was a charge made without a single document"
        if not negated and h.tag_ == "VBN" and h.lower_ in lex["adjectives"] and subj is not None and (
                subj.dep_ == "nsubjpass" and _claim_noun(subj)):
            return True  # "the group's allegation was recycled from old reports"
    return False


SEEMING = frozenset({"appear", "seem", "look", "sound"})


def _looks_false(heads: list[Token]) -> bool:
    """"the MP's figure appeared exaggerated", "the claims seem false": false as it
    looks to the speaker, who does not say it is so."""
    lex = _content_cues()
    return any(h.lemma_ in SEEMING and _said_of_a_claim(_subject(h)) and not any(c.dep_ == "neg" for c in kids(h))
               and any(c.dep_ == "acomp" and c.lower_ in lex["adjectives"] for c in kids(h)) for h in heads)


def _claim_noun(subj: Token | None) -> bool:
    return subj is not None and subj.lemma_.lower() in cues().nouns


def _unfounded(label: Token) -> bool:
    """A label that calls a claim false in its words, or made "without" proof."""
    lex = _content_cues()
    return any(t.lower_ in lex["adjectives"] or t.lower_ in lex["of_a_claim"] or t.lower_ == "without" and any(
        c.lemma_.lower() in lex["without"] for c in subtree(t)) for t in subtree(label))


WH_TAGS = frozenset({"WP", "WRB", "WDT"})
WH_WORDS = tuple(f" {w} " for w in sorted(QUESTION_WORDS - {"whether", "if"}))  # for the text pre-check


def _wh_clause(wh: Token) -> Token | None:
    """The complement clause a question word opens ("say [what is reaching X]")."""
    t = wh
    for _ in range(3):
        t = t.head
        if t.dep_ == "ccomp":
            # ("knows exactly how much is there": an adverb may come before the question word)
            lead = t.doc[t.left_edge.i : wh.i]
            return t if all(x.pos_ == "ADV" for x in lead) else None
    return None


def _leaves_open(span: Span, heads: list[Token]) -> bool:
    """Does the content leave its own question open ("it was too early to say
    whether P", "nobody can tell if P", "it is unclear whether P")?"""
    lex = cues().content_doubt
    at = {t.i for t in heads}
    for mark in tokens_of(span.doc)[span.start : span.end]:  # not the Span: it makes each Token anew
        rhetoric = False
        if mark.dep_ == "mark" and mark.lower_ in {"whether", "if"}:
            asked = mark.head.head  # the word the question is the complement of
        elif mark.tag_ in WH_TAGS and (clause := _wh_clause(mark)) is not None:
            # "nobody can say what is reaching the border", "no one knows how many died"; but "I
            # don't know how you can sleep at night" deep in a quotation is rhetoric
            asked = clause.head
            rhetoric = mark.sent.start > span.start
        else:
            continue
        path = [asked, asked.head, asked.head.head]  # up to a head of what was said: "too early to say"
        if not any(t.i in at for t in path):
            continue  # a question deeper in what was said
        # "unclear whether", "not yet clear whether", also where the parser hangs the question on "is"
        near = [asked, *(c for c in kids(asked) if c.dep_ == "acomp")]
        if any(t.lemma_.lower() in lex["unsettled"] or t.lemma_.lower() in lex["settled"] and _negated(t) for t in near):
            return True
        if asked.lemma_.lower() not in lex["knowing"]:
            # "nobody can say for sure where P": the question hangs on "sure", under the verb
            asked = next((t for t in path[1:] if t.lemma_.lower() in lex["knowing"] and t.i in at), None)
            if asked is None:
                continue
        if (any(c.dep_ == "neg" for c in kids(asked)) and not rhetoric or no_one(_subject(asked))
                or _infinitive(asked) and _out_of_reach(asked.head)):
            return True
    return False


def _not_settled(heads: list[Token]) -> bool:
    """"the images were not conclusive", "the reports remain unconfirmed": a
    clause of the content calls what it speaks of unsettled."""
    lex = cues().content_doubt
    for h in heads:
        subj = _subject(h)
        matter = subj is not None and subj.lemma_.lower() in lex["matters"]
        # (also the participle itself: "was not yet known", parsed as a passive)
        for a in (*(c for c in kids(h) if c.dep_ in {"acomp", "attr", "oprd"}), *((h,) if h.tag_ == "VBN" else ())):
            word = a.lower_
            if a is not h and (word in lex["inconclusive"] and not _negated(a) or word in lex["conclusive"] and _negated(a)):
                return True
            # "the cause of the fire was not yet known", "the motive remains unclear"
            if matter and (word in lex["unsettled"] and not _negated(a) or word in lex["settled"] and _negated(a)):
                return True
    return False


def _unsure_that(heads: list[Token]) -> bool:
    """"it was far from certain that P", "he was not sure that P", "it is unclear
    that P": the speaker does not hold P settled."""
    lex = cues().content_doubt
    for h in heads:
        words = [h, *(c for c in kids(h) if c.dep_ == "acomp")]
        # (the clause on "is" or on the adjective: "was not satisfied that P")
        if not any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in kids(c))
                   for w in words for c in kids(w)):
            continue
        # "far from certain": the parser hangs the word on "from" under "far"
        words += [g for c in kids(h) if c.dep_ in {"advmod", "acomp"} and c.lower_ == "far" for f in kids(c)
                  if f.dep_ == "prep" and f.lower_ == "from" for g in kids(f) if g.dep_ in {"amod", "pobj"}]
        if any(w.lemma_.lower() in lex["unsettled"] or w.lemma_.lower() in lex["settled"] and (
                _negated(w) or w.head.lower_ == "from") for w in words):
            return True
    return False


def _out_of_reach(word: Token) -> bool:
    """"too early" / "impossible", or the "was" they complete ("it was
    impossible to know whether P", parsed with the verb under "was")."""
    lex = cues().content_doubt["out_of_reach"]
    return word.lemma_.lower() in lex or word.lemma_ == "be" and any(
        c.dep_ == "acomp" and c.lemma_.lower() in lex for c in kids(word))


def _too_soon(span: Span) -> bool:
    """"it was too soon to speak of a forgery", "too early to talk of a cover-up",
    "impossible to judge the case until ...": no question asked, and still
    nothing can be said of it yet."""
    lex = cues().content_doubt
    for t in span:
        if t.lower_ == "too" and t.dep_ == "advmod" and _out_of_reach(t.head):
            adj = t.head
        elif t.pos_ == "ADJ" and t.lemma_.lower() in lex["out_of_reach"] and t.lemma_.lower() not in lex["needs_too"]:
            adj = t
        else:
            continue
        # (on the first of two: "plausible but very hard to prove", parsed with "prove" under "plausible")
        verbs = [*kids(adj), *(kids(adj.head) if adj.dep_ in {"acomp", "advmod", "conj"} else ())]
        if any(_infinitive(v) and v.lemma_.lower() in lex["knowing"] for v in verbs):
            return True
    return False


def _infinitive(verb: Token) -> bool:
    """The verb completes the word above it: "too early to say", also where the
    parser hangs it as a clause of its own ("impossible at this stage to establish")."""
    return verb.dep_ == "xcomp" or verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(verb))


def _no_evidence(heads: list[Token]) -> str | None:
    """"had seen no evidence of P": nothing has reached the speaker (doubt);
    "found no evidence of P", "there is no evidence that P": the speaker
    looked, or says there is none to find (deny); "you do not have evidence":
    the accusers have none (deny). A named other's finding ("said police had
    found no evidence") is reported, and asserted."""
    lex = cues().content_doubt
    for h in heads:
        subj = _subject(h)
        if subj is not None and _named_other(subj):
            continue
        for c in kids(h):
            if c.dep_ not in {"dobj", "attr"} or c.lemma_.lower() not in lex["evidence"]:
                continue
            det = {d.lower_ for d in kids(c) if d.dep_ == "det"}
            # "had seen no evidence", "had not seen any evidence", "have not seen evidence that P"
            if "no" in det or det <= {"any"} and any(d.dep_ == "neg" for d in kids(h)):
                others = h.lemma_ == "have" and subj is not None and subj.lower_ not in SELF and c.lemma_ not in lex["known"]
                if not (h.lemma_.lower() in lex["evidence_sought"] or others) or _provisional(h, c):
                    return "doubt"
                return "deny"
    return None


def _provisional(head: Token, noun: Token) -> bool:
    """"there was so far no hard evidence that P", "found no sign of it at this
    stage": none found until now, which leaves P open. Read in the words that
    tell when, on the verb or the noun, not in P."""
    when = [c for t in (head, noun) for c in kids(t) if c.dep_ in {"advmod", "npadvmod", "prep"}]
    words = " " + " ".join(t.lower_ for c in when for t in subtree(c)) + " "
    return any(f" {p} " in words for p in cues().content_doubt["provisional"])


def _named_other(subj: Token) -> bool:
    """A named subject in what was said is someone else's side, reported
    ("said the Pentagon could not confirm P"), not the speaker's own."""
    return bool(subj.ent_type_) or subj.pos_ == "PROPN"


def _reported_other(subj: Token, own: Callable[[int], bool] | None) -> bool:
    """A named other in what was said, whose side the speaker only reports; not
    the speaker's own body (`own`: a Commission spokeswoman's "the Commission")."""
    return _named_other(subj) and not (own is not None and own(subj.idx))


def _after_but(conj: Token) -> bool:
    """"said it had received a letter but could not confirm P": what follows
    "but", in the same subject's clause, is its point about P ("said the ferry
    had sunk, but that it could not confirm the toll" says two things)."""
    return not any(c.dep_ in {"nsubj", "nsubjpass"} for c in kids(conj)) and any(
        c.dep_ == "cc" and c.lower_ == "but" and c.i < conj.i for c in (*kids(conj.head), *kids(conj)))


def _after_not(conj: Token) -> bool:
    """"said it had not seen the evidence and could not confirm P": a conjunct
    after the same subject's own "not" adds to what it does not know."""
    return not any(c.dep_ in {"nsubj", "nsubjpass"} for c in kids(conj)) and any(
        c.dep_ == "neg" for c in kids(conj.head))


def _no_position(span: Span) -> bool:
    """"was not in a position to confirm P", "is in no position to judge P": the speaker cannot say."""
    for t in span:
        if t.lemma_ == "position" and t.dep_ == "pobj" and t.head.lower_ == "in" and any(
                c.dep_ == "neg" or c.lower_ == "no" and c.dep_ == "det" for c in (*kids(t), *kids(t.head), *kids(t.head.head))) and (
                any(c.dep_ in {"acl", "relcl"} and c.pos_ == "VERB" for c in kids(t))
                # ("to pronounce on P", with the verb misread as a noun under "to")
                or t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to"):
            return True
    return False


def such_noun(span: Span) -> Token | None:
    """The noun of "no such instruction was given", "he had not seen any such
    report": the thing another side spoke of does not exist, which denies it
    ("no such thing as X" compares and names nothing said before)."""
    for t in tokens_of(span.doc)[span.start : span.end]:  # not the Span: it makes each Token anew
        if t.lower_ != "such":
            continue  # before making the head's Token: most words
        noun = t.head
        if noun.pos_ != "NOUN" or noun.i + 1 < len(t.doc) and noun.nbor(1).lower_ == "as":
            continue
        det = {c.lower_ for c in kids(noun) if c.dep_ == "det"}
        if "no" in det or "any" in det and any(c.dep_ == "neg" for c in kids(noun.head)):
            return noun
    return None


def _negated(t: Token) -> bool:
    """"not clear", "is not clear": a negation on the word or on the "be" it completes;
    "could neither confirm nor rule out P"."""
    return any(c.dep_ == "neg" or c.dep_ == "preconj" and c.lower_ == "neither" for c in kids(t)) or (
        t.dep_ == "acomp" and any(c.dep_ == "neg" for c in kids(t.head)))


def _unconfirmed(heads: list[Token], own: Callable[[int], bool] | None = None) -> bool:
    """"he could not confirm that P", "the agency was unable (not able) to verify P": the
    speaker's own side has not checked P. A named other ("said the Pentagon
    could not confirm P") is reported, and the speaker asserts that; the
    speaker's own body is no other (`own`: a Commission spokeswoman's "the
    Commission could not confirm P")."""
    lex = cues().content_doubt
    for h in heads:
        subj = _subject(h)
        # "said P but that it could not confirm Q": P is asserted; but "said it was aware of the
        # reports but could not confirm them": one subject checks what it has only heard of
        if h.dep_ == "conj" and not (_unchecked_hearsay(h) or _after_but(h) or _after_not(h) or _still_checking(h)
                                     or no_one(subj)) or (
                subj is None) or _reported_other(subj, own):
            continue
        near = [h, *(g for c in kids(h) if c.dep_ in {"acomp", "xcomp"} for g in (c, *kids(c)) if g.dep_ in {"acomp", "xcomp"})]
        for t in near:
            lemma = t.lemma_.lower()
            # ("nobody outside can check it": no one has, the speaker included)
            unchecked = lemma in lex["unchecked"] and no_one(_subject(t))
            if lemma in lex["checking"] and (_negated(t) or unchecked or t.dep_ == "xcomp" and (
                    t.head.lemma_.lower() in {"unable", "fail"} or t.head.lemma_ == "able" and _negated(t.head))):
                return True
    return False


def _still_checking(conj: Token) -> bool:
    """"said it was still gathering information and could not confirm P": a
    conjunct with no subject of its own after the same subject's inquiry."""
    return not any(c.dep_ in {"nsubj", "nsubjpass"} for c in kids(conj)) and (
        conj.head.lemma_.lower() in cues().content_doubt["inquiring"])


def _unchecked_hearsay(conj: Token) -> bool:
    """A conjunct with no subject of its own whose object is a pronoun: what it
    checks is what the first conjunct spoke of."""
    return not any(c.dep_ in {"nsubj", "nsubjpass"} for c in kids(conj)) and any(
        c.dep_ == "dobj" and c.pos_ == "PRON" for g in (conj, *kids(conj)) for c in kids(g))


@cache
def _checking_stems() -> tuple[str, ...]:
    # stems for the cheap text pre-check, as `_cue_words`: "confirmed", "verifying"
    return tuple({w[:5] for w in cues().content_doubt["checking"]})


@cache
def _inquiring_stems() -> tuple[str, ...]:
    # stems for the cheap text pre-check ("investigating", "examined", "probes")
    return tuple({w[:5] for w in cues().content_doubt["inquiring"]})


@cache
def _settling_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    lex = cues().content_doubt
    return tuple(lex["unsettled"]), tuple(lex["settled"])


_SUPPOSING = re.compile(r"\b(?:if|unless)\b[^.;!?]*$")


def _supposed(low: str, at: int) -> bool:
    """The words at `at` are in a clause of supposition ("If the minister has
    nothing to hide, he will welcome this"): said of a case, not denied."""
    return _SUPPOSING.search(low, max(0, at - 60), at) is not None


_QUOTE_MARKS = re.compile("[\"“”]")


def statement_stance(doc: Doc, cue_stance: str, content_span: tuple[int, int],
                     own: Callable[[int], bool] | None = None) -> str:
    """The cue's stance, or for an assertion what the content says in its own
    words: a denial ("we reject ...", "that is false") or an open question.
    `own`: whether a character is in a mention of the speaker or of its body."""
    if cue_stance != "assert":
        return cue_stance
    start, end = content_span
    text = doc.user_data.get("claimgraph_text") or doc.text  # not .get(k, doc.text): that builds the text
    low = text[start:end].lower()
    padded = f" {low} "
    # cheap text checks first: most contents need no parse walk at all
    # (read without quotation marks: the group had “nothing to do” with it)
    plain = _QUOTE_MARKS.sub("", low) if any(q in low for q in "\"“”") else low
    if any(p in plain and not _supposed(plain, plain.index(p)) for p in _content_cues()["phrases"]) and " not " not in padded:
        return "deny"  # "we have nothing to hide"
    deny_words = any(w in low for w in _cue_words())
    question = "whether" in low or " if " in low or any(w in padded for w in WH_WORDS)
    checking = any(w in low for w in _checking_stems())
    soon = "too " in low or "position" in low or any(w in low for w in _beyond_reach_words())
    lex = cues().content_doubt
    matter = any(w in low for w in lex["matters"])  # "the cause", "the motive": read by two checks below
    sought = matter and any(w in low for w in _inquiring_stems())
    evidence = any(w in low for w in lex["evidence"])
    # ("unclear that", "not certain that", "far from clear that": not every "it is clear that")
    unsettled, settled = _settling_words()
    unsure = " that " in padded and (any(w in low for w in unsettled) or any(w in low for w in settled) and (
        " not " in f" {plain} " or "n't" in low or "never" in low or "neither" in low or "far from" in low))
    open_words = any(w in low for w in lex["inconclusive"]) or "not " in low and any(w in low for w in lex["conclusive"]) or (
        matter and (any(w in low for w in unsettled) or any(w in low for w in settled)))
    span = doc.char_span(start, end, alignment_mode="expand") if (
        deny_words or question or checking or soon or evidence or unsure or open_words or sought) else None
    if span is None:
        return "doubt" if _open_by_its_words(low, plain) else "assert"
    heads = _clause_heads(span)  # one walk for all the readings
    if deny_words and (_denies(heads) or such_noun(span) is not None):
        return "deny"
    if deny_words and _looks_false(heads):
        return "doubt"
    if question and _leaves_open(span, heads) or checking and _unconfirmed(heads, own) or soon and (
            _too_soon(span) or _no_position(span)) or unsure and _unsure_that(heads) or open_words and _not_settled(heads):
        return "doubt"
    if sought and _cause_sought(heads, own):
        return "doubt"
    return (_no_evidence(heads) if evidence else None) or ("doubt" if _open_by_its_words(low, plain) else "assert")


def _open_by_its_words(low: str, plain: str) -> bool:
    """The content leaves the matter open in words the parse need not read: both ways
    ("maybe it is, maybe not"), a set phrase ("an open question"), or no way to find out."""
    return _both_ways(low) or _open_phrase(plain) or " way " in low and _no_way(low)


_NO_WAY = re.compile(r"\bno (?:[a-z]+ )?way (?:of|to) ([a-z]+)")


def _no_way(low: str) -> bool:
    """"had no way of knowing whose figures were right", "no sure way to check
    the figures": the speaker lacks the means to find out."""
    verbs = cues().content_doubt["no_way"]
    for m in _NO_WAY.finditer(low):
        w = m.group(1)
        if w in verbs or w.endswith("ing") and (w[:-3] in verbs or w[:-3] + "e" in verbs):
            return True
    return False


def _cause_sought(heads: list[Token], own: Callable[[int], bool] | None = None) -> bool:
    """"said it was still investigating the cause of the blackout": what the speaker's side
    is still looking into (a cause, the circumstances) is not yet known to it."""
    lex = cues().content_doubt
    for h in heads:
        subj = _subject(h)
        if h.lemma_.lower() not in lex["inquiring"] or subj is not None and _reported_other(subj, own):
            continue
        if any(c.dep_ == "dobj" and c.lemma_.lower() in lex["matters"] for c in kids(h)):
            return True
    return False


def _open_phrase(low: str) -> bool:
    """"it is an open question", "it remains to be seen whether P": a set phrase
    leaves the matter unsettled (not "it is not an open question")."""
    for p in cues().content_doubt["phrases"]:
        at = low.find(p)
        if at >= 0 and not _NEGATED_BEFORE.search(low, max(0, at - 12), at):
            return True
    return False


_NEGATED_BEFORE = re.compile(r"(?:\bnot|\bno|n't|\bnever)\s+(?:(?:an?|the)\s+)?$")


def _emphatic(analysis, s) -> bool:
    """`_not_a_single` of the content, or of a part of it ("“Not a single bullet was
    fired,” he said. “We are investigating.”")."""
    text = analysis.text
    for a, b in (tuple(s.content_span), *(tuple(p) for p in s.content_parts or ())):
        low = text[a:b].lower()
        if "a single " in low or "not one " in low or "not a " in low:
            span = analysis.doc.char_span(a, b, alignment_mode="expand")
            if span is not None and _not_a_single(span):
                return True
    return False


def _not_a_single(span: Span) -> bool:
    """"Not a single live bullet was fired", "I did not take a single coin",
    "nobody damaged a single truck": an emphatic denial in the speaker's own
    words, of its main point (not of a clause deep inside); so are "not one ton
    has been taken" and "not a drop of water will be taken", naming none."""
    at = {h.i for h in _clause_heads(span)}
    for t in span:
        if t.lower_ == "single" and t.dep_ == "amod" and any(c.dep_ == "det" and c.lower_ == "a" for c in kids(t.head)):
            noun = t.head
        elif t.dep_ in {"nsubj", "nsubjpass"} and t.pos_ == "NOUN" and _none_at_all(t):
            noun = t
        else:
            continue
        verb = noun.head
        while verb.pos_ not in {"VERB", "AUX"} and verb.dep_ not in {"ROOT", "ccomp"} and verb.head.i != verb.i:
            verb = verb.head  # ("a single piece of evidence": up through the preposition)
        if verb.i not in at or any(c.dep_ == "prep" and c.lower_ == "without" for c in kids(verb)):
            continue  # ("not a day goes by without a complaint": two negations, every day)
        subj = _subject(verb)
        # (a bidding has no subject: "don't buy a single vote" asks, denies nothing)
        if names_none(noun) or _none_at_all(noun) or subj is not None and (any(c.dep_ == "neg" for c in kids(verb)) or (
                no_one(subj) or names_none(subj))):
            return True
    return False


def _none_at_all(noun: Token) -> bool:
    """"Not a drop of water", "not one ton": a subject negated as a whole."""
    own = kids(noun)
    counted = [c for c in own if c.dep_ == "det" and c.lower_ == "a" or c.dep_ == "nummod" and c.lower_ == "one"]
    # (the parser hangs the "not" on the noun or on its "one")
    return bool(counted) and any(c.dep_ == "neg" for x in (noun, *counted) for c in kids(x))


@cache
def _both_ways_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = "|".join(sorted(cues().content_doubt["both_ways"]))
    # "maybe it is X, maybe it is not"; "it may well be fine. It may not be" (the next clause's
    # subject between); "may or may not"
    return (re.compile(rf"\b({words})\b[^.;!?]{{0,80}}[,.;]\s*(?:but |or |and )?(?:\w+ ){{0,2}}\1\b(?: \w+){{0,2}}? not\b"),
            re.compile(rf"\b({words}) or \1 not\b"))


def _both_ways(low: str) -> bool:
    """The content says its point may be so and may not be: it leaves it open."""
    if " not" not in low:
        return False
    return any(p.search(low) is not None for p in _both_ways_patterns())


@cache
def _beyond_reach_words() -> tuple[str, ...]:
    lex = cues().content_doubt
    return tuple(lex["out_of_reach"] - lex["needs_too"])


def _interrogation(doc: Doc, cue_span: tuple[int, int]) -> bool:
    """A doubt cue said of a person ("questioned two men", "challenged him to
    a debate"): an act toward someone, no doubt about a claim."""
    span = doc.char_span(*cue_span, alignment_mode="expand")
    return span is not None and any(interrogates(t) for t in span)


def _own_side(analysis, speaker: str | None) -> Callable[[int], bool] | None:
    """Whether a character is in a mention of `speaker` or of the body it speaks
    for: the one it belongs to, one named in its own mention ("European
    Commission spokeswoman X"), or, for a state's official or body, the state
    ("Deputy Foreign Minister X said Mexico could not confirm P")."""
    if speaker is None:
        return None
    mentions = analysis.mention_actor

    def own(char: int) -> bool:  # asked only of a named subject that could not confirm
        spans = [sp for sp, aid in mentions.items() if aid == speaker]
        side = {speaker, analysis.scratch.get("member_of", {}).get(speaker)} | {
            aid for (s, e), aid in mentions.items() if any(a <= s and e <= b for a, b in spans)}
        at = [aid for (s, e), aid in mentions.items() if s <= char < e]
        if any(aid in side for aid in at):
            return True
        me = analysis.actor(speaker)
        if me is None or me.sector not in STATE_SECTORS:
            return False
        # a state body whose country the story leaves unsaid speaks for the state it names
        return any((a := analysis.actor(aid)) is not None and a.type == "state" and me.country in {None, a.country}
                   for aid in at)
    return own


@stages.register("stance")
def stage(analysis) -> None:
    for s in analysis.statements:
        cue_stance = s.stance
        if cue_stance == "doubt" and _interrogation(analysis.doc, tuple(s.cue_span)):
            cue_stance = "assert"
        s.stance = statement_stance(analysis.doc, cue_stance, tuple(s.content_span), _own_side(analysis, s.speaker))
        # "“These allegations are false,” he told reporters. “...”": read without the frame,
        # whose verb the parser makes the root, a part may deny in its own words
        if s.stance == "assert" and s.content_parts and any(
                statement_stance(analysis.doc, "assert", tuple(p)) == "deny" for p in s.content_parts):
            s.stance = "deny"
        if s.stance == "assert" and _emphatic(analysis, s):
            s.stance = "deny"
            analysis.scratch.setdefault("emphatic", set()).add(s.id)
    # "X said he was not convinced that P": the speaker's own doubt, reported as the
    # statement's main clause, is the statement's stance too
    by_id = {s.id: s for s in analysis.statements}
    for t in analysis.statements:
        outer = by_id.get(t.parent) if t.parent else None
        if outer is not None and outer.stance == "assert" and t.stance != "assert" and t.speaker == outer.speaker \
                and _opens_with_cue(analysis.doc, outer, t):
            outer.stance = t.stance


def _opens_with_cue(doc: Doc, outer, inner) -> bool:
    """The inner statement's cue opens the outer's content, after no more than a
    subject and its auxiliaries ("he was not convinced that P")."""
    lead = doc.char_span(outer.content_span[0], inner.cue_span[0], alignment_mode="expand")
    return lead is not None and len(lead) <= 4 and not any(t.pos_ == "VERB" for t in lead)
