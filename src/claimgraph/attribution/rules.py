"""Attribution rules over one spaCy parse.

Plain functions over a Doc: `find_statements(doc, quotes)` returns raw
attributions (speaker tokens, cue, content span, stance of the cue). The
actor resolution stage turns speaker tokens into actors afterwards.

What is found:
- verbs of saying, thinking, showing, denying and doubting with a clausal
  complement ("X said that ...", "..., X said"), a quotation next to them
  ("X added, “...”", "“...,” X stated") or, for verbs of denial, accusation
  and criticism, an object ("X rejected the allegations");
- "according to X, ...";
- nouns that carry a claim with a holder ("Western claims that ...", "X's
  allegation that ...", "claims made by X that ...");
- quotations left over after that, next to a cue-less paragraph of the same
  speaker, are joined to the statement before them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from itertools import pairwise

import numpy as np
from spacy.tokens import Doc, Span, Token

from claimgraph.actors.coding import code_actor
from claimgraph.attribution.lexicon import cues
from claimgraph.attribution.quotes import Quote, Quotes
from claimgraph.intervals import Intervals
from claimgraph.layout import title_end
from claimgraph.nlp import (
    kids,
    lowered_lemmas,
    opening_participle,
    sent_bounds,
    sent_of,
    sent_root,
    subtree,
    text_of,
    token_table,
    tokens_of,
)

SUBJ = {"nsubj", "nsubjpass"}
CLAUSE = {"ccomp"}
# Verbs whose to-infinitive is the content ("wants to ...", "vowed to ...").
XCOMP_CUES = {"want", "hope", "hop", "plan", "intend", "expect", "promise", "vow", "threaten", "urge", "ask",
              "call", "prefer", "wish", "decline", "refuse", "order"}
# Verbs that take their content as a direct object ("criticized the plan"),
# besides every verb of the attitude, deny and doubt classes of the lexicon.
OBJECT_CUES = {"criticize", "criticise", "praise", "blame", "accuse", "condemn", "denounce", "decry", "slam",
               "blast", "allege", "confirm", "acknowledge", "admit", "announce", "predict", "cite", "describe",
               "call", "promise", "warn", "verify", "corroborate", "substantiate",
               # a headline's "X vows response", "X cries provocation": the thing named is what they say
               # (for "cry", its direct object only: `cues.toml object_said`)
               "vow", "cry"}
OBJECT_CLASSES = {"attitude", "deny", "doubt"}
RELATIVE = {"who", "which", "that", "whom"}
# Verbs that name or describe someone: the content is the object with what it
# is called ("called X a liar", "portrayed X as Y").
NAMING = {"call", "label", "brand", "dub", "describe", "portray", "characterize", "characterise",
          "cast", "depict", "term", "refer", "paint"}
# Verbs of evidence and perception with an object and what is said of it:
# "the poll shows Smith with a lead", "experts see the vote as a test".
SHOWING = {"show", "see", "find", "view", "regard", "consider"}
PRONOUN_SUBJ = {"it", "there"}
PUNCT_TRIM = " \t\n,;:.-—–\"“”'‘’«»()"


@dataclass
class Raw:
    cue: Token
    cue_span: tuple[int, int]
    content: tuple[int, int]
    stance: str  # the cue's own stance: assert | deny | doubt
    speakers: list[Span] = field(default_factory=list)
    medium: Span | None = None
    addressee: Span | None = None
    holder_word: Token | None = None  # adjective holder: "Western claims"
    silent: bool = False  # "declined to comment": its speaker is in the story, but it says nothing

    @property
    def cue_text(self) -> str:
        return text_of(self.cue.doc)[self.cue_span[0] : self.cue_span[1]]


# -- small helpers -------------------------------------------------------------


def _in_quote(char: int, quotes: list[Quote]) -> Quote | None:
    # asked for most words: `Quotes.of` inlined, and none looked up in an article without quotations
    return (quotes if isinstance(quotes, Quotes) else Quotes(quotes)).holding(char) if quotes else None


def trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    text = text_of(doc)
    while start < end and text[start] in PUNCT_TRIM:
        start += 1
    while end > start and text[end - 1] in PUNCT_TRIM:
        end -= 1
    # keep the mark that closes a quotation opened inside ('were “unfounded.”'),
    # so that a mixed content does not end inside a quotation; a quotation's own
    # words (opened right before the content) keep their marks out
    i = end
    while i < min(len(text), end + 3) and text[i] in ".,;:!? ":
        i += 1
    if i < len(text) and text[i] in "”\"" and not (start > 0 and text[start - 1] in '“"'):
        last = max(text.rfind(m, start, end) for m in '“”"')
        if last > start and (text[last] == "“" or text[last] == '"' and text[last - 1] in " \t\n(—–"):
            end = i + 1
    return start, end


def subtree_span(tok: Token, exclude: Token | None = None) -> tuple[int, int]:
    left, right = tok.left_edge, tok.right_edge
    start, end = left.idx, right.idx + len(right)
    if exclude is not None and left.i <= exclude.i <= right.i:
        ex_l, ex_r = exclude.left_edge, exclude.right_edge
        if ex_l.i > tok.i:  # excluded part on the right: cut there
            end = tok.doc[ex_l.i - 1].idx + len(tok.doc[ex_l.i - 1]) if ex_l.i > left.i else start
        elif ex_r.i < tok.i:
            start = tok.doc[ex_r.i + 1].idx
    return start, end


# Adverbs of the sentence that the parser may hang on its subject: "Actually
# many viewers point out", "Also the mayor said".
SENTENCE_ADVERBS = {"both", "also", "actually", "indeed", "meanwhile", "still", "however", "instead", "now", "then", "even"}


# Heads that say nothing of who without the clause after them.
BARE_HEADS = {"those", "some", "many", "anyone", "everyone", "someone", "few", "others", "one", "all", "people"}


def _misplaced_who(tok: Token, head: Token) -> bool:
    """"Two officials at the board who asked not to be named": "who" tells of
    persons, so on a body the parser hung it on it is the head's clause."""
    if tok.lower_ != "who" or tok.head.dep_ != "relcl" or tok.head.head is head:
        return False
    noun = tok.head.head
    return noun.pos_ in {"NOUN", "PROPN"} and code_actor(noun.text).type == "organization" and (
        head.tag_ in {"NNS", "NNPS"} or code_actor(head.text).role is not None)


def noun_phrase(tok: Token) -> Span:
    """The mention of an actor headed by `tok`, without relative clauses or appositives."""
    doc = tok.doc
    toks = tokens_of(doc)  # not doc[i]: that makes a new Token on each call
    if tok.tag_ == "PRP":
        return doc[tok.i : tok.i + 1]  # a misparse can hang far words on "he"
    start, end = tok.left_edge.i, tok.right_edge.i + 1
    if tok.i < tok.head.i < end:
        end = tok.head.i  # nor may a mention run over its own verb
    bare = tok.lower_ in BARE_HEADS
    named = _name_read_as_modifier(tok, start) or _name_hung_on_the_verb(tok, start)
    if named is not None:
        return named
    verb = _headline_verb_read_as_noun(tok, start)
    if verb is not None:
        return doc[start : verb.i]
    for child in kids(tok):  # the children from the index, each dependency label read once
        dep = child.dep_
        if child.i < tok.i:  # on the left
            # a hyphen joins: "the 43-year-old", "the think-tank" (or one tagged a name's word, "al-Wazzan")
            joins = child.tag_ == "HYPH" or child.text == "-" and not child.whitespace_ and not toks[child.i - 1].whitespace_
            if dep in {"punct", "cc"} and not joins or child.lower_ in SENTENCE_ADVERBS:
                start = max(start, child.i + 1)
            elif dep in {"compound", "nmod"} and child.ent_type_ in {"DATE", "TIME"} and child.left_edge.i == start:
                start = child.right_edge.i + 1  # "By Thursday evening NORDGRID said": the time, hung on the name
            continue
        if dep in {"relcl", "acl"} and bare:
            continue  # "those who know him": the clause is all that says who
        if dep in {"relcl", "acl"} and child.ent_iob_ == "I" and tok.ent_type_ == "ORG" and child.right_edge.ent_iob_ == "I" and (
                child.left_edge.ent_iob_ == "I"):
            continue  # "the Committee to Protect Journalists": a body's name worded as a clause
        if dep in {"cc", "conj"} and _one_name(tok, child):
            continue  # "the Ministry of Employment and Labour Relations"
        if dep == "appos" and child.left_edge.i == tok.i + 1 and (_titled_name_after(tok) or _kind_before_name(tok, child)):
            continue  # "Water Minister Greg Vance", "rights group Velsa Watch": the name parsed as an appositive with no comma
        if (dep == "appos" or dep == "punct" and child.i + 1 < len(toks) and toks[child.i + 1].text[:1].isupper()) and (
                _one_name(tok, child)):
            continue  # a comma inside the name: "the Nurses, Midwives and Orderlies Union"
        if dep in {"relcl", "acl", "appos", "cc", "conj", "advcl"} or dep == "punct" and child.tag_ != "HYPH" or (
            # (but inside the head's name: "Salmon Without Borders Alliance")
            dep == "prep" and child.lower_ not in {"for", "of", "at", "from", "in", "with"} and not (
                child.ent_iob_ == "I" and tok.ent_type_)
        ) or (dep == "npadvmod" and child.ent_type_ in {"DATE", "TIME"}):  # "a release Wednesday"
            end = min(end, child.left_edge.i)
    if end <= tok.i + 2 and _titled_name_after(tok):
        # ... or with its words hung elsewhere ("Ian" on "Tully", "Tully" on the verb): the whole name
        end = tok.i + 2
        while end < len(toks) and toks[end].ent_iob_ == "I" and toks[end].ent_type_ == "PERSON" and end != tok.head.i:
            end += 1
    before = text_of(doc)[toks[start].idx : tok.idx] if start < tok.i else ""
    if ("-" in before or "—" in before or "–" in before) and any(toks[i].text in DATELINE_DASHES for i in range(start, tok.i)):
        dash = _dateline_dash(sent_of(tok))
        if dash is not None and start <= dash < tok.i:
            start = dash + 1  # "KYIV, Ukraine — Ukraine's foreign minister"
    # a parenthesis after the head is an aside: "one in four voters (24%)", "the union (Cosatu)";
    # so is a relative clause set off by a comma deeper in the phrase ("a spokesman for
    # the ministry, Oleg Varn, who also ran ...")
    end = next((i for i in range(tok.i + 1, end) if toks[i].text == "(" or toks[i].text == "," and i + 1 < end and (
        toks[i + 1].lower_ in RELATIVE_WORDS and toks[i + 1].head.dep_ == "relcl") or _misplaced_who(toks[i], tok)), end)
    # nor hold the time of the act: "Farmers in the Haouz plain on Monday accused ..."
    end = next((t.i for t in toks[tok.i + 1 : end] if t.dep_ == "prep" and any(
        g.dep_ == "pobj" and g.ent_type_ in {"DATE", "TIME"} for g in kids(t))), end)
    # nor stop at a hyphen inside a name: "Kim Min-seo", cut by the parser into two subjects
    while start < end < len(toks) - 1 and toks[end].text == "-" and toks[end].ent_iob_ == toks[end + 1].ent_iob_ == "I" \
            and toks[end - 1].ent_type_ == "PERSON":
        end += 2
    start = _back_over_broken_name(toks, start)
    if start < tok.i and opening_participle(toks[start]) and code_actor(doc[start + 1 : tok.i + 1].text).type == "state":
        start += 1  # "Bordering Chad, which ...": where it lies, capitalised to open the sentence
    # "Egypt's Ministry of Defence and Foreign Ministry": the "and" hangs on "Defence"
    while end > start + 1 and (toks[end - 1].is_punct or toks[end - 1].dep_ == "cc" or toks[end - 1].dep_ == "prep" and not toks[end - 1].n_rights):
        end -= 1  # nor end on a preposition left with no object ("the village of", a misparse)
    while start < end - 1 and toks[start].is_punct:
        start += 1
    return doc[start:end]


def _back_over_broken_name(toks: list[Token], start: int) -> int:
    """"speaker Ali Hamid al-Tarek said": the parser may make each piece of a
    hyphenated surname a subject of its own; the mention is the whole name the
    tagger marked, from its first word, not the piece after the hyphen."""
    first = start
    while first >= 2 and toks[first - 1].text == "-" and not toks[first - 1].whitespace_ and not toks[first - 2].whitespace_ \
            and toks[first - 2].is_alpha and toks[first].ent_iob_ == "I" and toks[first - 1].ent_iob_ == "I":
        first -= 2
    if first == start:
        return start
    while first > 0 and toks[first].ent_iob_ == "I" and toks[first - 1].ent_type_ == toks[first].ent_type_ == "PERSON" \
            and toks[first - 1].pos_ == "PROPN":
        first -= 1
    return first


def _headline_verb_read_as_noun(tok: Token, start: int) -> Token | None:
    """"Former police chief fights extradition, calls case revenge": a
    headline's verb the tagger read as a plural noun inside its subject. The
    words before it name a person or a body by themselves, and it is no word
    for people ("Dock workers union" stays whole)."""
    doc = tok.doc
    if tok.i - start < 2 or tok.idx >= title_end(text_of(doc)):
        return None
    for t in doc[start + 1 : tok.i + 1]:
        # a lower-case plural modifying the head (or the head itself), right after a singular noun
        if t.tag_ != "NNS" or not t.is_lower or doc[t.i - 1].tag_ != "NN" or _a_person(t):
            continue
        if t.i != tok.i and t.dep_ not in {"compound", "amod", "nmod"}:
            continue
        coded = code_actor(doc[start : t.i].text)
        if coded.type == "person" and coded.role:
            return t
    return None


def _titled_name_after(tok: Token) -> bool:
    """A person's name right after a title of one person ("Water Minister Greg
    Vance"), not after a group ("Presidential candidates A and B")."""
    nxt = tok.i + 1
    return (nxt < len(tok.doc) and nxt != tok.head.i and not tok.ent_type_ and tok.tag_ not in {"NNS", "NNPS"}
            and tok.doc[nxt].ent_iob_ == "B" and tok.doc[nxt].ent_type_ == "PERSON")


def _kind_before_name(tok: Token, name: Token) -> bool:
    """A body's word of no fixed kind right before its proper name, with no
    comma: "rights group Velsa Watch", "the watchdog Clear Ledger", "the exiled
    newspaper La Voz"."""
    lex = cues()
    return (tok.lower_ in lex.vague_bodies or tok.lower_ in lex.body_nouns) and name.pos_ == "PROPN" and (
        name.text[:1].isupper())


def _name_read_as_modifier(tok: Token, start: int) -> Span | None:
    """"Kim Hye-won, director of X, said": a name the parser hung on the
    description after it, as a modifier set off by a comma. The person named
    is the mention; the description is beside it."""
    toks = tokens_of(tok.doc)
    if tok.pos_ != "NOUN" or tok.ent_type_ or toks[start].ent_iob_ != "B" or toks[start].ent_type_ != "PERSON":
        return None
    end = start + 1
    while end < tok.i and toks[end].ent_iob_ == "I":
        end += 1
    if end == start + 1 or end >= tok.i or toks[end].text != "," or toks[end].head.i != tok.i:
        return None
    return tok.doc[start:end]


def _name_hung_on_the_verb(tok: Token, start: int) -> Span | None:
    """"Malaysia, the world's second-largest producer, said": the parser hung
    the name that opens the sentence on the verb and made the description after
    its comma the subject. The name is the mention."""
    if tok.pos_ != "NOUN" or tok.ent_type_ or start < 2:  # (asked of every mention: the cheap tests first)
        return None
    doc, toks = tok.doc, tokens_of(tok.doc)
    if toks[start - 1].text != "," or toks[start].lower_ != "the":
        return None
    first = last = start - 2
    if toks[last].ent_type_ not in {"GPE", "ORG", "PERSON", "NORP"} or toks[last].ent_iob_ == "O":
        return None
    while first > 0 and toks[first].ent_iob_ == "I":
        first -= 1
    name = doc[first : last + 1]
    if first != sent_bounds(tok)[0] or name.root.head.i != tok.head.i or name.root.dep_ in {"nsubj", "conj", "appos"}:
        return None
    return name


def conjuncts(tok: Token) -> list[Token]:
    named = _named_members(tok)
    if named:
        return named  # "Two of the athletes, A and B, denied ...": A and B speak
    out = [tok]
    pair = _comma_pair(tok)
    if pair is not None:
        out.insert(0, pair)  # "Cambodia, Vietnam blame ..." (a headline's "and")
    placed = any(c.dep_ == "prep" and c.lower_ in {"in", "from", "across"} for c in kids(tok))
    for c in kids(tok):
        if c.dep_ == "conj" and c.pos_ in {"PROPN", "NOUN", "PRON"}:
            if _one_name(tok, c):
                continue  # "the Ministry of Employment and Labour Relations": one body
            if placed and c.pos_ == "NOUN" and c.lemma_.lower() in cues().place_nouns:
                continue  # "officials in Vell and other cities": more places, no second speaker
            out.extend(conjuncts(c))
    return out


def _one_name(tok: Token, conj: Token) -> bool:
    """The conjunct lies inside the entity `tok` begins or continues."""
    doc = tok.doc
    return bool(tok.ent_type_) and tok.i < conj.i and all(doc[k].ent_iob_ == "I" for k in range(tok.i + 1, conj.i + 1))


def _comma_pair(tok: Token) -> Token | None:
    """"Cambodia, Vietnam blame X": the name before a comma that the parser made
    a second subject of the same verb, of the same kind as this one."""
    if tok.dep_ != "nsubj" or tok.pos_ != "PROPN" or not tok.ent_type_:
        return None
    doc = tok.doc
    comma = tok.left_edge.i - 1
    if comma < 1 or doc[comma].text != ",":
        return None
    other = doc[comma - 1]
    while other.dep_ in {"compound", "flat"} and other.head.i < comma:
        other = other.head
    if other.head == tok.head and other.dep_ == "nsubj" and other.pos_ == "PROPN" and other.ent_type_ == tok.ent_type_ and (
            other.left_edge.i == sent_bounds(tok)[0]):
        return other
    return None


def _named_members(tok: Token) -> list[Token]:
    """The names set in apposition to a plural description ("Two of the
    athletes, A and B,"; "both firms, X and Y,"), when there are several."""
    if not (tok.tag_ in {"NNS", "NNPS", "CD"} or tok.lower_ in {"both", "all"}):
        return []
    for c in kids(tok):
        # the parser makes the first name an appositive or a conjunct of the description
        if c.dep_ in {"appos", "conj"} and c.pos_ == "PROPN" and tok.doc[c.left_edge.i - 1].text == ",":
            names = [c] + [g for g in kids(c) if g.dep_ == "conj" and g.pos_ == "PROPN"]
            if len(names) >= 2:
                return names
    return []


def nearest_subject(verb: Token, left_only: bool = False) -> Token | None:
    """The verb's subject; of two (a misparse of "A, X said, ..."), the one
    written closest before it, else the closest after it."""
    subjects = [c for c in kids(verb) if c.dep_ in SUBJ and (c.i < verb.i or not left_only) and not _word_part(c)]
    if len(subjects) < 2:
        return subjects[0] if subjects else None  # most verbs: no choice to make
    if subjects[0].i < verb.i:
        subjects = _past_broken_name(subjects)
    return max(subjects, key=lambda c: (c.i < verb.i, c.i if c.i < verb.i else -c.i), default=None)


def _word_part(tok: Token) -> bool:
    """The first part of a hyphenated word the parser took for a subject ("co" of
    "an agency that co-finances the scheme, said")."""
    doc = tok.doc
    return not tok.whitespace_ and tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and (
        tok.lower_ in cues().word_prefixes)


def _past_broken_name(subjects: list[Token]) -> list[Token]:
    """"Herders in the village of Ak-Bulun say": the parser may make each piece
    of a hyphenated name after a preposition a subject too. Such a run of
    subjects, after a preposition and an earlier subject, is the earlier one's;
    so is the last piece alone, where the parser made the first the
    preposition's object ("village of Kor-Tal": "Tal"; not "al-" of "spokesman
    Ali al-Tal", hung on the name)."""
    doc = subjects[0].doc
    tails = {c.i for c in subjects[1:] if c.i >= 2 and doc[c.i - 1].text == "-" and not doc[c.i - 1].whitespace_
             and not doc[c.i - 2].whitespace_ and doc[c.i - 2].dep_ == "pobj"}
    if len(subjects) > 2:
        run_start = {c.i for c in subjects if c.i > 0 and not (doc[c.i - 1].dep_ in SUBJ and doc[c.i - 1].head == c.head)}
        drop: set[int] = set()
        for c in subjects[1:]:
            if c.i in run_start and doc[c.i - 1].pos_ == "ADP":
                j = c.i
                while j < len(doc) and doc[j].dep_ in SUBJ and doc[j].head == c.head:
                    drop.add(j)
                    j += 1
        tails |= drop if len(drop) > 1 else set()
    return [c for c in subjects if c.i not in tails]


DATELINE_DASHES = {"—", "–", "-", "--"}


def _dateline_dash(sent: Span) -> int | None:
    """Index of the dash that ends a dateline opening the sentence ("VELL,
    Lorvia — ...", "KYIV, Ukraine (AP) - ..."): a place in capitals first."""
    words = []
    for t in tokens_of(sent.doc)[sent.start : sent.end]:  # the first ten words, not the whole sentence
        if not t.is_space:
            words.append(t)
            if len(words) == 10:
                break
    if not words or not (words[0].is_upper and words[0].is_alpha and len(words[0]) > 2):
        return None
    for t in words[1:]:
        if t.text in DATELINE_DASHES:
            return t.i
        if not (t.pos_ == "PROPN" or t.is_punct or t.is_upper or t.is_title or t.like_num):
            return None  # "VELLMORE, March 4 (Wirepost) -" is still a dateline
    return None


def _dash_below(tok: Token) -> bool:
    """A dash among the words of the token's subtree. They lie between its
    edges, so a phrase with no dash in its text needs no walk of the subtree."""
    left, right = tok.left_edge, tok.right_edge
    words = text_of(tok.doc)[left.idx : right.idx + len(right)]
    if "-" not in words and "—" not in words and "–" not in words:
        return False
    return any(t.text in DATELINE_DASHES for t in subtree(tok))


def past_dateline(subj: Token) -> Token:
    """The parser can take the dateline for the subject ("VELL, Lorvia — Local
    farmers said": VELL and Lorvia as subjects, farmers an appositive); the
    subject is then the phrase after the dash."""
    if not (subj.is_upper and len(subj) > 2) and not _dash_below(subj):
        return subj  # the usual case, settled without finding the sentence
    dash = _dateline_dash(sent_of(subj))
    if dash is None or subj.i > dash:
        return subj
    after = next((t for t in subtree(subj) if t.i > dash and t.head.i <= dash and t.pos_ in {"NOUN", "PROPN", "PRON"}), None)
    # "VELLMORE, March 4 (Wirepost) - the board ruled": a second subject after the dash
    return after or next((c for c in kids(subj.head) if c.dep_ in SUBJ and c.i > dash), subj)


def _finite_read_as_participle(verb: Token) -> bool:
    """"But a ministry spokesman, Jo Doe, acknowledged that P": the sentence's
    only verb, read as a participle on its subject, which the parser made the
    root; no "by" agent, and what was said follows as a that-clause."""
    head = verb.head
    # (or with no comma and no apposition, a past form in "-ed" whose noun stands first in its
    # sentence: "A former lab worker at Acme alleged on Monday that P")
    return (head.dep_ == "ROOT" and head.pos_ in {"NOUN", "PROPN"} and head.i < verb.i and _agent(verb) is None
            and verb.i > 0 and (verb.doc[verb.i - 1].text == "," and any(c.dep_ == "appos" for c in kids(head))
                                or verb.lower_.endswith("ed") and head.left_edge.i == sent_bounds(head)[0])
            and any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in kids(c)) for c in kids(verb)))


def _participle_past_relative(verb: Token) -> Token | None:
    """"X gave Spain two months to close wells that it said were draining the
    aquifer, warning that P": a participle set off at the end of its sentence
    that the parser hung on a verb of a relative clause belongs to the main
    clause, whose verb is returned."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    relative = next((a for a in verb.ancestors if a.dep_ == "relcl"), None)
    if relative is None:
        return None
    # (a verb up to the relative clause has a relative word for subject: "..., a charge the
    # operator denied, blaming P" is the operator's)
    path = [a for a in verb.ancestors if a.i != relative.i and relative.is_ancestor(a)] + [relative]
    if not any(c.dep_ in SUBJ and c.lower_ in RELATIVE for a in path for c in kids(a)):
        return None
    root = next((r for r in relative.ancestors if r.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in {"VERB", "AUX"} or not any(c.dep_ == "nsubj" for c in kids(root)):
        return None
    return root


def find_subject(verb: Token, quotes: list[Quote] | None = None) -> tuple[Token | None, Token | None]:
    """(subject, medium) of a cue verb, climbing through participles, conjuncts and
    "was quoted by Y as saying" constructions. `quotes` lets a participle after a
    quotation skip the cues inside it (`reporting_cue`)."""
    if _fronted_passive(verb):
        # "Asked whether ..., the minister said": the minister was asked; who asked is not said
        return _agent(verb), None
    own = _agent(verb) if verb.tag_ == "VBN" else None
    quoted = next((c for c in kids(verb) if c.dep_ == "nsubjpass"), None) if verb.lemma_.lower() in {"quote", "cite"} else None
    if quoted is not None:
        return quoted, own  # "X was quoted by the agency Y as saying": X speaks, through Y
    if own is not None:
        return own, None  # "opposed by the U.S." even as a conjunct of "aided by Russia"
    if any(c.dep_ == "auxpass" for c in kids(verb)):
        return None, None  # "after being warned that ...": whoever warned is not said
    framed = _frame_after_comma(verb)
    if framed is not None:
        return framed, None
    quoting = _quoted_as(verb)
    if quoting is not None:
        return quoting
    handler = _handler_of_claim(verb)
    if handler is not None:
        return find_subject(handler, quotes)
    actor = _actor_past_a_thing(verb)
    if actor is not None:
        return actor, None
    main = _participle_past_relative(verb)
    if main is not None:
        return find_subject(main, quotes)
    main = _conjunct_past_quote(verb, quotes) if quotes else None
    if main is not None:
        return find_subject(main, quotes)
    cur: Token | None = verb
    medium = None
    for _ in range(5):
        if cur is None:
            break
        subj = nearest_subject(cur)
        if subj is None and cur is verb:
            subj = _clause_read_as_phrase(verb)
        if cur.lemma_ == "quote":
            medium = _agent(cur) or medium
        if subj is None and cur.dep_ == "relcl" and any(c.dep_ in SUBJ and _word_part(c) for c in kids(cur)):
            # "X, an agency that co-finances the scheme, said": the parser took "co" for the
            # subject of a clause on the description; the one described speaks
            return _antecedent(cur.head), medium
        if subj is not None:
            if subj.lower_ in RELATIVE and cur.dep_ == "relcl":
                return _antecedent(cur.head, subj), medium
            named = _named_before_part_of_which(subj)
            if named is not None:
                return named, medium
            if subj.dep_ == "nsubjpass" and cur is verb:
                # "X was told that ..." : X is the addressee, not the speaker
                return _agent(cur), medium
            if _colon_label(subj, cur):
                return None, medium
            # (also a subject climbed to: "“A. B,” X's chief, Jo Doe, told" hangs the cue on B's verb)
            named = _named_after_quote(subj, verb, quotes) if quotes else None
            if named is not None:
                return named, medium
            return past_dateline(subj), medium
        if cur.dep_ in {"conj", "advcl", "xcomp", "pcomp", "prep", "acl", "acomp"} and cur.head.i != cur.i:
            controller = _object_controller(cur)
            if controller is not None:
                return controller, medium
            if cur.dep_ == "acl" and cur.tag_ == "VBN" and not _finite_read_as_participle(cur):
                return _agent(cur), medium  # "claims made by X": the agent holds it
            if cur.dep_ == "acl" and cur.tag_ == "VBN":
                return cur.head, medium
            if cur.dep_ == "acl" and cur.tag_ in {"VBD", "VBZ"} and cur.head.pos_ in {"NOUN", "PROPN"}:
                # "X, the party's nominee, tweeted: ...": a finite verb the parser hung on
                # the appositive; the person it describes speaks
                head = cur.head
                if _colon_label(head, cur):
                    return None, medium
                return (head.head if head.dep_ == "appos" else head), medium
            if cur.dep_ == "conj" and cur.tag_ in FINITE and cur.head.dep_ == "ROOT" and cur.head.pos_ == "PROPN":
                # "X, who won twice, called it a lie and insisted ...": the parser made
                # the name the root and the verbs hang off it; the name is their subject
                return cur.head, medium
            aside = _aside_cue_before(cur)
            if aside is not None:
                return aside, medium
            outer = reporting_cue(cur, quotes) if cur is verb else None
            if outer is None and cur is verb:
                outer = _narrated_conj(verb)
            if outer is not None:
                return find_subject(outer, quotes)
            cur = cur.head
            continue
        break
    # "Hungary blocks aid, denies “blackmail”": a headline's second verb, the parser hung the first on it
    first = next((c for c in kids(verb) if c.dep_ == "parataxis" and c.i < verb.i and c.pos_ == "VERB"
                  and verb.doc[verb.i - 1].text == "," and c.right_edge.i >= verb.i - 2), None)
    if first is not None and (subj := nearest_subject(first)) is not None and subj.i < first.i:
        return subj, medium
    return _adjacent_subject(verb), medium


def _named_before_part_of_which(subj: Token) -> Token | None:
    """"Ostria and Vardia, both of which denied it": a relative said through a
    part of it ("both of which", "all of whom") stands for what the comma
    before it closes, all its conjuncts."""
    if not any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.lower_ in {"which", "whom"}
                                                           for g in kids(c)) for c in kids(subj)):
        return None
    comma = subj.left_edge.i - 1
    if comma < 1 or subj.doc[comma].text != ",":
        return None
    named = subj.doc[comma - 1]
    while named.dep_ == "conj" and named.head.i < named.i:
        named = named.head
    return named if named.pos_ in {"PROPN", "NOUN"} else None


def _actor_past_a_thing(verb: Token) -> Token | None:
    """"She called on the capital to publish a map of the areas, saying Q": the
    parser hangs the participle set off by a comma on the last noun, a thing
    that holds no view; the subject of the nearest clause above it says Q."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or head.pos_ != "NOUN" or head.i > verb.i or (
            verb.i == 0 or verb.doc[verb.i - 1].text != ","):
        return None
    if _actor_like(head):
        return None  # "the minister, saying Q": the minister says it
    cur = head
    for _ in range(8):
        if cur.dep_ == "ROOT" and cur.pos_ != "VERB" or cur.head is cur:
            break
        cur = cur.head
        subj = next((c for c in kids(cur) if c.dep_ == "nsubj"), None) if cur.pos_ in {"VERB", "AUX"} else None
        if subj is not None:
            return subj if _actor_like(subj) else None
    return None


def _handler_of_claim(verb: Token) -> Token | None:
    """"X dismissed Y's claims that P, saying Q": the parser hangs the participle
    on the claim's clause, but X says Q; the verb X answers the claim with."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    clause = verb.head
    noun = clause.head
    # (the parser may take the claim noun for a clause: "rejected opposition claims that P")
    if clause.dep_ in {"acl", "ccomp"} and (noun.dep_ == "dobj" or noun.dep_ == "ccomp" and noun.pos_ == "NOUN") \
            and noun.lemma_.lower() in cues().allegation_nouns \
            and noun.head.pos_ == "VERB" and any(m.dep_ == "mark" for m in kids(clause)):
        return noun.head
    return None


def _named_after_quote(subj: Token, verb: Token, quotes: list[Quote]) -> Token | None:
    """"“The samples ... show X,” Jo Doe, the agency's director, told reporters":
    the parser may make a noun of the quotation the subject and hang the
    speaker's name on it, or set the name beside it as a second subject; the
    name after the closing mark speaks."""
    q = _in_quote(subj.idx, quotes) if subj.i < verb.i else None
    if q is None or q.end > verb.idx:
        return None
    # ... or make a word of the quotation ("... gone, all of them,” said Jo Doe) a second subject
    # beside the name written after the verb
    return next((c for c in kids(subj) if c.dep_ == "appos" and q.end <= c.idx < verb.idx), None) or next(
        (c for c in kids(verb) if c.dep_ in SUBJ and c.i > verb.i and _in_quote(c.idx, quotes) is None), None) or (
        _hung_on_the_quote(q, verb))


def _hung_on_the_quote(q: Quote, verb: Token) -> Token | None:
    """"“A. B,” X's chief executive, Jo Doe, told reporters": the speaker between
    the closing mark and the cue, which the parser hung on a word of the
    quotation as its appositive."""
    doc = verb.doc
    between = doc.char_span(q.end, verb.idx, alignment_mode="contract")
    if between is None:
        return None
    return next((t for t in between if t.dep_ == "appos" and t.head.idx < q.end and t.pos_ in {"NOUN", "PROPN"}), None)


def _antecedent(head: Token, rel: Token | None = None) -> Token:
    """"Ian Doe, a researcher at X, who said": the clause follows the
    description, but "who" is the person it describes. "a former manager at
    one of the companies, who told": "who" is a person, not the body the
    parser hung it on."""
    if head.dep_ == "appos" and head.pos_ == "NOUN" and head.head.ent_type_ in {"PERSON", "ORG"} and head.head.i < head.i:
        return head.head  # ("the Mar Limpio Foundation, an environmental group, which said")
    if rel is not None and rel.lower_ == "who" and head.pos_ == "NOUN" and code_actor(head.lemma_).type == "organization":
        # the nearest word for a person before it, within its phrase ("manager at one of the companies")
        for tok in reversed(head.doc[max(sent_bounds(head)[0], head.i - 8) : head.i]):
            if tok.is_punct and tok.text != "-" or tok.pos_ == "VERB":
                break
            if tok.pos_ == "NOUN" and code_actor(tok.lemma_).type == "person":
                return tok
    return head


def _quoted_as(verb: Token) -> tuple[Token, Token | None] | None:
    """"The newspaper quoted a trader as saying P": the trader speaks, through the newspaper."""
    prep = verb.head
    if not (verb.dep_ == "pcomp" and prep.lower_ == "as" and prep.head.lemma_.lower() in {"quote", "cite"}):
        return None
    obj = next((c for c in kids(prep.head) if c.dep_ == "dobj" and c.i < prep.i), None)
    return (obj, nearest_subject(prep.head)) if obj is not None else None


def _questioned(verb: Token) -> bool:
    """A cue in a clause opened by "if" or "whether" ("asked if she denied
    it", "if he says so"): asked about or supposed, not said."""
    return any(c.dep_ == "mark" and c.lower_ in {"if", "whether"} for c in kids(verb))


def _object_controller(verb: Token) -> Token | None:
    """The object that acts in "led the minister to say", "prompted her to deny"."""
    head = verb.head
    if verb.dep_ not in {"xcomp", "advcl"} or head.lemma_.lower() not in cues().object_control or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in kids(verb)):
        return None
    return next((c for c in kids(head) if c.dep_ in {"dobj", "dative"} and c.i < verb.i), None)


def _colon_label(subj: Token, verb: Token) -> bool:
    """A "subject" set off by a colon before its verb is a label ("UPDATE: ...,
    a judge denied ..."), not who acts."""
    return subj.i < verb.i and subj.i + 1 < len(subj.doc) and subj.doc[subj.i + 1].text == ":"


def _agent(verb: Token) -> Token | None:
    """The object of a verb's "by" agent phrase."""
    agent = next((c for c in kids(verb) if c.dep_ == "agent"), None)
    return next((c for c in kids(agent) if c.dep_ == "pobj"), None) if agent is not None else None


def _fronted_passive(verb: Token) -> bool:
    """A past participle opening the sentence before its main clause, with no
    subject of its own ("Asked about the plan, ...", "Pressed on it, ...")."""
    return (verb.tag_ == "VBN" and verb.dep_ == "advcl" and verb.i < verb.head.i
            and not any(c.dep_ in SUBJ or c.dep_ in {"aux", "auxpass"} for c in kids(verb)))


def writers_us(subj: Token) -> bool:
    """The "'s" of "let's": the writer speaking with the reader."""
    return subj.lower_ in {"'s", "’s"} and subj.i > 0 and subj.doc[subj.i - 1].lower_ == "let"


def _aside_cue_before(part: Token) -> Token | None:
    """"The vote was close, she said, urging members to stay": a participle
    right after a cue set off by commas belongs to the cue's subject, though
    the parser hangs it on the main clause."""
    if part.dep_ != "advcl" or part.tag_ != "VBG" or part.head.i > part.i:
        return None
    doc = part.doc
    comma = part.left_edge.i - 1
    if comma < 1 or doc[comma].text != ",":
        return None
    for c in kids(part.head):
        if c.dep_ == "parataxis" and c.i < part.i and c.right_edge.i in (comma - 1, comma):
            return nearest_subject(c, left_only=True)
    return None


def reporting_cue(part: Token, quotes: list[Quote] | None = None) -> Token | None:
    """"X suggested that allies would do more, stressing that ...": a
    participle set off by a comma that the parser hung on a verb of the
    reported clause adds to what the reporting cue's speaker says. A cue
    of that clause keeps the participle ("X said Y denied it, calling it
    false": Y calls)."""
    stray = _stray_past_conj(part)
    if not stray and (part.dep_ != "advcl" or part.tag_ != "VBG" or part.head.i > part.i):
        return None
    if cues().verb_class.get(part.lemma_.lower()) in {"evidence", "cognition"}:
        return None  # "the numbers were dramatic, showing ...": what shows is the clause's subject
    comma = part.left_edge.i - 1
    if comma < 1 or part.doc[comma].text not in ({",", "”", '"', "and", "but"} if stray else {",", "”", '"'}):
        return None

    def frames(tok: Token) -> bool:
        # "“We would have done the same,” citing ...": the cues of a quotation
        # closed before the participle are the quoted speaker's words
        q = _in_quote(tok.idx, quotes) if quotes else None
        if tok.lemma_.lower() in cues().aspectual and not own_complement(tok, quotes or []) and (
                not quotes or quote_content(tok.doc, tok, quotes) is None):
            return False  # "said the talks would resume, adding ...": no one speaks by resuming
        return verb_cue(tok) is not None and (q is None or q.end > part.idx)

    cur, inside = part.head, False
    # ("X said the inspectorate could not confirm P, adding that Q": X goes on speaking, as a cue
    # said not to have been done says nothing more; "X questioned whether the samples could show P,
    # noting Q": samples note nothing, X does)
    # ("X questioned whether a backlog explained the delays, noting Q": no backlog notes, X does)
    if frames(cur) and not (part.lemma_.lower() == "add" and any(c.dep_ == "neg" for c in kids(cur))) and not (
            cur.dep_ == "ccomp" and (subj := nearest_subject(cur)) is not None and not _actor_like(subj)
            and (cues().verb_class.get(cur.lemma_.lower()) == "evidence" or subj.pos_ == "NOUN")):
        return None
    claim_nouns = cues().nouns
    for _ in range(6):
        if cur.dep_ == "ccomp" or cur.dep_ == "acl" and cur.head.lemma_.lower() in claim_nouns:
            inside = True  # "rejected accusations that P, calling the charge ...": P is reported too
        elif cur.dep_ == "dobj" and inside and cur.lemma_.lower() in claim_nouns:
            pass
        elif cur.dep_ not in {"xcomp", "advcl", "conj", "relcl", "pcomp", "prep", "pobj", "acomp"}:
            return None
        cur = cur.head
        if frames(cur):
            return cur if inside and cur.i < part.i else None
    return None


def _stray_past_conj(verb: Token) -> bool:
    """A subjectless past verb that the parser joined to a verb of the reported
    clause but that is the speaker's next act:
    - "X said Y would raise it in May, and rejected Z": it cannot share the modal;
    - "X said she admires him and praised Z", "... the city has met its targets
      and praised Z": a simple past beside a present or present perfect;
    - "X said the talks were useful and urged Z": the clause's subject cannot act."""
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or any(c.dep_ in SUBJ for c in kids(verb)):
        return False
    head = verb.head
    if head.tag_ == "VB" and any(c.tag_ == "MD" for c in kids(head)):
        return True
    if head.tag_ in {"VBZ", "VBP"} or any(c.dep_ == "aux" and c.tag_ in {"VBZ", "VBP"} for c in kids(head)):
        return True
    subj = next((c for c in kids(head) if c.dep_ in SUBJ), None)
    return subj is not None and subj.pos_ in {"NOUN", "PROPN"} and not _actor_like(subj)


def _before_own_participle(doc: Doc, verb: Token, start: int, end: int, quotes: list[Quote]) -> int:
    """Where the content of `verb` ends: before a participle that is the
    speaker's own next act ("X said the plan failed, citing the budget":
    X cites, and the plan failing is all X said)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    for t in tokens_of(doc)[span.start : span.end] if span is not None else ():
        # the tag first (both tests below need a VBG or a VBD), then the lexicon look-up:
        # the stray-conjunct test may code the clause's subject
        if t.idx > start and t.tag_ in {"VBG", "VBD"} and verb_cue(t) is not None and (
                t.tag_ == "VBG" and t.dep_ == "advcl" or _stray_past_conj(t)):
            outer = reporting_cue(t, quotes)
            if outer is not None and outer.i == verb.i:
                return trim(doc, start, doc[t.left_edge.i - 1].idx)[1]
    return end


FRAME_NP = {"NOUN", "PROPN", "DET", "ADJ", "CCONJ", "NUM", "PART"}


def _frame_after_comma(verb: Token) -> Token | None:
    """"P in the southern Andes, volunteer rescuers and a bishop said": the
    parser hung the cue on P's verb as its complement, with P's subject, and
    the speakers after the comma on a noun of P. The speakers are the noun
    phrase between the last comma and the cue."""
    if verb.dep_ != "ccomp" or verb.head.i > verb.i:
        return None
    subj = nearest_subject(verb, left_only=True)
    sent_start = sent_bounds(verb)[0]
    comma = next((t for t in reversed(verb.doc[max(sent_start, verb.head.i) : verb.i]) if t.text == ","), None)
    if subj is None or comma is None or subj.i > comma.i or verb.i - comma.i < 2:
        return None
    phrase = verb.doc[comma.i + 1 : verb.i]
    if not all(t.pos_ in FRAME_NP or t.tag_ == "HYPH" for t in phrase) or phrase[-1].pos_ not in {"NOUN", "PROPN"}:
        return None
    head = next((t for t in phrase if not (phrase.start <= t.head.i < phrase.end)), None)
    return head if head is not None and head.pos_ in {"NOUN", "PROPN"} else None


def asked_aside(verb: Token) -> bool:
    """"The ministry, asked whether it backed the mission, declined to
    comment": a participle set off by commas after its subject, with the
    sentence's own verb after it; the parser may make the participle the
    root, but the subject was asked, and asked nothing."""
    doc = verb.doc
    if verb.lemma_.lower() not in cues().asked or verb.i < 2 or doc[verb.i - 1].text != ",":
        return False
    if not any(c.dep_ in SUBJ and verb.i - 2 <= c.right_edge.i < verb.i for c in kids(verb)) and not (
            verb.dep_ == "acl" and verb.head.i < verb.i):
        return False
    main = verb.head if verb.dep_ == "acl" else next(
        (c for c in kids(verb) if c.i > verb.i and c.dep_ in {"ccomp", "conj", "advcl"} and c.tag_ in {"VBD", "VBZ", "VBP"}
         and doc[c.left_edge.i - 1].text == ","), None)
    return main is not None and main.i > verb.i


# Words that open a clause or a phrase alike: "after the engineer warned that P".
CLAUSE_PREPS = {"after", "before", "since", "until", "till"}


def _conjunct_past_quote(verb: Token, quotes: list[Quote]) -> Token | None:
    """"calling it “a smear dressed up as news” and accusing its authors of P":
    the parser joins the verb after a closing quotation mark to a verb inside
    the quotation; it is the conjunct of the verb outside that frames it."""
    if verb.dep_ != "conj" or _in_quote(verb.idx, quotes) or not _in_quote(verb.head.idx, quotes):
        return None
    cur = verb.head
    for _ in range(6):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        if not _in_quote(cur.idx, quotes):
            return cur if cur.pos_ == "VERB" and cur.i < verb.i else None
    return None


def _clause_read_as_phrase(verb: Token) -> Token | None:
    """"two weeks after the engineer who inspected it warned that P": the
    parser reads "after the engineer" as a phrase of "warned", which is left
    without a subject; the noun it made the preposition's object is it."""
    if verb.tag_ not in FINITE:
        return None
    doc = verb.doc
    prep = next((c for c in kids(verb) if c.dep_ == "prep" and c.i < verb.i and c.lower_ in CLAUSE_PREPS), None)
    if prep is None and verb.dep_ == "conj" and not any(t.dep_ == "cc" for t in doc[verb.head.i + 1 : verb.i]):
        # or joins the verb to the main one with no "and", past a phrase that ends right before it
        prep = next((t for t in doc[verb.head.i + 1 : verb.i] if t.dep_ == "prep" and t.lower_ in CLAUSE_PREPS
                     and t.right_edge.i == verb.i - 1), None)
    if prep is None:
        return None
    obj = next((c for c in kids(prep) if c.dep_ == "pobj" and c.pos_ in {"NOUN", "PROPN", "PRON"}), None)
    # "after the vote", "since March": a time, not someone
    return obj if obj is not None and obj.ent_type_ not in {"DATE", "TIME", "EVENT"} else None


def _narrated_conj(verb: Token) -> Token | None:
    """"X acknowledged that Y had taken breaks but said the checks found
    nothing": the parser joins "said" to the reported "had taken", but its
    plain past is the narration's tense, not the reported clause's past
    perfect; the cue that reports the clause is its frame."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or any(c.dep_ in {"aux", "auxpass", *SUBJ} for c in kids(verb)):
        return None
    if verb_cue(verb) is None:
        return None  # "had resigned and that there was ...", "had not prepared it and wasn't aware": reported
    if cues().verb_class.get(verb.lemma_.lower()) in {"cognition", "evidence"}:
        return None  # "said it had sent officers and found “evidence”": what it found is reported too
    # ... nor a passive's voice: "said the mills were controlled by X, and called the scheme
    # a gift" (the mills call nothing)
    if head.dep_ != "ccomp" or not any(c.dep_ == "aux" and c.lower_ == "had" for c in kids(head)) and not (
            any(c.dep_ == "auxpass" for c in kids(head)) and any(c.dep_ == "dobj" for c in kids(verb))):
        return None
    return head.head if verb_cue(head.head) is not None else None


def _adjacent_subject(verb: Token) -> Token | None:
    """Fallback for a misparse that leaves the cue without a subject: a name or
    pronoun written right before it ("..., Foreign Minister Jane Doe said"), or
    for a finite verb the phrase the sentence opens its clause with."""
    if verb.i == 0:
        return None
    prev = verb.doc[verb.i - 1]
    if prev.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} and prev.pos_ == "PROPN":
        # "Aid workers in Kitgum said", with "Aid" read as a verb: the place ends the phrase
        # of the people who speak
        # (the misread word heads the whole phrase, "Aid workers in Kitgum", for its span)
        if prev.dep_ == "pobj" and prev.head.lower_ in {"in", "from", "at", "near"} and (
                (misread := prev.head.head).dep_ == "csubj" and misread.head == verb) and any(
                c.dep_ == "dobj" and c.i == misread.i + 1 and c.pos_ == "NOUN" for c in kids(misread)):
            return misread
        return prev
    if prev.lower_ in {"he", "she", "they"}:
        return prev
    if prev.pos_ in {"ADJ", "NOUN"} and any(c.dep_ == "det" and c.i < verb.i for c in kids(verb)):
        return prev  # "The 44-year-old added": the parser hung the phrase's article on the verb
    if verb.tag_ not in FINITE and verb.pos_ != "NOUN":  # "Trump predicts that": a verb taken for a noun
        return None
    return (_inverted_subject(verb) if prev.text == "," else None) or _left_subject(verb)


FINITE = {"VBD", "VBZ", "VBP"}
NOMINAL = {"NOUN", "PROPN", "PRON", "NUM"}
# Words that open an aside between a subject and its verb: "X, the club's
# president, said", "X, who ..., said", "X, 44, said".
ASIDE_OPENERS = {"DET", "NUM", "ADJ", "ADV"}


def _left_subject(verb: Token) -> Token | None:
    """"Jay Doe, the club's president, suggested that ...", "Sen. Ann Roe
    (D-Vt.) says ...", "About 4 in 10 say ...": the parser lost the subject
    (hung it on another word or tagged it an adverb); take the phrase written
    before the verb, past asides in commas, brackets or dashes."""
    doc, start = verb.doc, sent_bounds(verb)[0]
    i = verb.i - 1
    for _ in range(4):
        while i >= start and doc[i].head.i == verb.i and doc[i].dep_ in {"advmod", "aux", "neg"}:
            i -= 1  # "also said", "has long said"
        if i < start:
            return None
        while i - 1 > start and doc[i].like_num and doc[i - 1].text == "," and doc[i + 1].text == ",":
            i -= 2  # "Jo Doe, 39, a driver from X, said": the age set off after the name
        closer = doc[i].text
        if closer not in {")", ","} and closer not in DATELINE_DASHES:
            break
        opener = {")": "(", ",": ","}.get(closer)
        j = i - 1
        while j >= start and not (doc[j].text == opener if opener else doc[j].text in DATELINE_DASHES):
            j -= 1
        aside = doc[j + 1 : i]
        if j <= start or not aside:
            return None
        if closer == "," and doc[j - 1].pos_ == "NOUN" and all(t.ent_type_ == "PERSON" for t in aside):
            return aside.root  # "In a statement on X, its spokesman, Jo Doe, said": the name set beside the title
        # a comma closes an aside only if what it sets off is a description or a
        # relative clause, not the clause a sentence-final cue reports
        # (or a title its holder's country owns: "X, Ecuador's trade minister, denied")
        # (or a title with no article after a name: "S. Doe, president of the boatmen's association,"; a
        # participle that only describes a noun is no clause: "a senior governing party figure")
        titled = aside[0].pos_ == "NOUN" and doc[j - 1].ent_type_ == "PERSON" and code_actor(aside[0].text).type == "person"
        if closer == "," and not (aside[0].lower_ in RELATIVE or (
                (aside[0].pos_ in ASIDE_OPENERS or aside[0].dep_ == "poss" and aside[0].pos_ == "PROPN" or titled)
                and all(_in_relative(t, aside) for t in aside if t.pos_ in {"VERB", "AUX"} and t.dep_ != "amod"))):
            return None
        i = j - 1
    tok = doc[i]
    if tok.pos_ == "PRON" and tok.lower_ not in {"he", "she", "they", "we", "i", "you"}:
        return None
    if not (tok.pos_ in NOMINAL or tok.is_title and tok.ent_type_ in {"PERSON", "ORG", "NORP"}):
        return None
    # the last word may sit deep in the phrase: "sources privy to negotiations",
    # "activists clamoring to block the nomination"
    for _ in range(8):
        if tok.dep_ not in PHRASE_INNER or tok.head.i >= verb.i or tok.head.i < start:
            break
        tok = tok.head
    # an object ends a verb phrase whose subject speaks ("workers clamoring to block the sale say")
    for _ in range(4):
        # ("Tamer Nabil": a given name read as a verb whose object is the surname)
        if tok.pos_ in NOMINAL and (tok.dep_ != "dobj" or tok.ent_type_ == "PERSON" == tok.head.ent_type_):
            return tok
        subj = next((c for c in kids(tok) if c.dep_ in SUBJ and c.i < tok.i), None)
        if subj is not None:
            return subj
        if tok.dep_ not in {"advcl", "acl", "xcomp", "csubj", "dep", "dobj"} or tok.head.i >= verb.i:
            return None
        tok = tok.head
    return None


def _in_relative(tok: Token, aside: Span) -> bool:
    """`tok` belongs to a relative clause inside the aside ("a mother of five who
    arrived in March"): a description still, not the clause a cue reports."""
    cur = tok
    while aside.start <= cur.i < aside.end:
        if cur.dep_ == "relcl":
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


# Links inside a noun phrase and its modifiers, climbed to reach its head.
PHRASE_INNER = {"compound", "pobj", "prep", "poss", "case", "nmod", "nummod", "quantmod", "amod", "flat", "pcomp"}


def _inverted_subject(verb: Token) -> Token | None:
    """"He had a voice in it, said a former spokesman for the ministry": the
    phrase right after a cue that follows its clause."""
    left = next((c for c in kids(verb) if c.dep_ in CLAUSE and c.i < verb.i), None)
    if left is None or not _subjectless_after_clause(verb, left):
        return None
    doc = verb.doc
    head = None
    for t in doc[verb.i + 1 : sent_bounds(verb)[1]]:
        if t.pos_ in {"NOUN", "PROPN"}:
            head = t
        elif head is not None or t.pos_ not in {"DET", "ADJ", "NUM", "PART"}:
            break
    return head


# -- content ---------------------------------------------------------------------


def clause_content(verb: Token, quotes: list[Quote] | None = None) -> Token | None:
    """The complement clause a cue reports. One after the verb wins over one
    before it ("Facing questions, her doctor disclosed she has pneumonia"),
    unless the one before is a quotation ("“It's over,” she said of X, in which ...")."""
    left = right = None
    for c in kids(verb):
        if c.dep_ not in CLAUSE:
            continue
        if c.i > verb.i:
            if right is None and not _main_clause_after(verb, c) and not _nearer_cue(verb, c, quotes) and not _as_aside(c):
                right = c
        elif left is None and not _adverbial_opening(c):
            left = c
    if right is None and left is None:
        right = _clause_of_medium(verb) or _clause_past_its_time(verb)
    if left is not None and (right is None or quotes and _in_quote(_first_word(left).idx, quotes) or _subjectless_after_clause(verb, left)):
        # "..., can you believe it, she urged them to go": a verb whose own
        # infinitive follows it does not report the clause before it
        if any(x.dep_ == "xcomp" and x.i > verb.i and x.pos_ in {"VERB", "AUX"} for x in kids(verb)):
            return None
        return left
    return right


# "as" opening these goes on with what was said ("as soon as", "as a result")
AS_PHRASES = {"soon", "long", "well", "much", "far", "many", "a", "an", "of", "if", "though", "to", "for"}


def _opens_aside(tok: Token) -> bool:
    """"as" opening the writer's circumstance (", as haze closed schools"), not
    "as soon as" or "as a result"."""
    return tok.lower_ == "as" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ not in AS_PHRASES


def _as_aside(clause: Token) -> bool:
    """A clause opened by such an "as" after a comma (the parser may take it for
    the cue's complement)."""
    first = _first_word(clause)
    return _opens_aside(first) and first.i > 0 and clause.doc[first.i - 1].text == ","


# Prepositions of a medium or an occasion a that-clause may be hung on.
SETTINGS = {"in", "at", "after", "during", "on", "before", "following"}


def _clause_of_medium(verb: Token) -> Token | None:
    """"confirmed in a 2023 report that P": the parser hangs the that-clause on
    the noun of the medium; it is what the verb reports. So on the noun of
    an occasion: "told reporters at a news conference that P", "after the
    meeting that P" (a "that" marking a clause is no relative word)."""
    for c in kids(verb):
        if c.dep_ == "prep" and c.lower_ in SETTINGS and c.i > verb.i:
            for obj in (g for g in kids(c) if g.dep_ == "pobj" and g.pos_ == "NOUN"):
                clause = next((a for a in kids(obj) if a.dep_ in ({"acl"} if c.lower_ == "in" else {"acl", "relcl"})
                               and a.pos_ in {"VERB", "AUX"}
                               and any(m.dep_ == "mark" and m.lower_ == "that" for m in kids(a))), None)
                if clause is not None:
                    return clause
    if verb.lemma_.lower() == "tell":
        # "told a briefing that troops had fired only blanks": the parser took "that" for a
        # relative word, though the clause has a subject and object of its own
        for obj in (c for c in kids(verb) if c.dep_ == "dobj" and c.i > verb.i and c.pos_ == "NOUN"):
            clause = next((a for a in kids(obj) if a.dep_ == "relcl" and a.left_edge.lower_ == "that"
                           and a.left_edge.i == obj.i + 1 and a.left_edge.dep_ in {"dobj", "mark"}
                           and any(g.dep_ in SUBJ and g is not a.left_edge for g in kids(a))), None)
            if clause is not None:
                return clause
    return None


def _time_before_subject(comp: Token) -> Token | None:
    """"said after the vote he would stay": with no "that", a phrase of time
    opening the clause tells when it was said; the clause proper starts at
    its subject, right after the phrase. Returns that subject's first word."""
    first = next(iter(comp.lefts), None)
    if first is None or first.dep_ not in {"prep", "mark"} or first.lower_ not in CIRCUMSTANCE:
        return None
    if not any(g.dep_ == "pobj" for g in kids(first)) or any(m.dep_ == "mark" and m.lower_ == "that" for m in kids(comp)):
        return None
    subj = next((c for c in kids(comp) if c.dep_ in SUBJ and c.i > first.i), None)
    if subj is None or subj.left_edge.i != first.right_edge.i + 1:
        return None
    return subj.left_edge


def _clause_past_its_time(verb: Token) -> Token | None:
    """"told reporters after the vote the army would stay neutral": the parser
    made the time phrase a subordinating word and the reported clause an
    adverbial one."""
    if cues().verb_class.get(verb.lemma_.lower()) != "speech":
        return None
    return next((c for c in kids(verb) if c.dep_ == "advcl" and c.i > verb.i and c.pos_ in {"VERB", "AUX"}
                 and _time_before_subject(c) is not None), None)


def _subjectless_after_clause(verb: Token, left: Token) -> bool:
    """"He had a say in it, said a spokesman for X, who ...": a cue right after
    its clause and a comma, whose subject the parser gave to a later clause."""
    doc = verb.doc
    return (left.right_edge.i in (verb.i - 2, verb.i - 1) and doc[verb.i - 1].text == ","
            and not any(c.dep_ in SUBJ for c in kids(verb)))


def _gerund_content(verb: Token) -> Token | None:
    """"denied taking bribes", "admitted lying to the court", "recalled
    having met him": a gerund after a cue of speech or denial is what it
    reports ("continued speaking" is aspect, not report)."""
    lex = cues()
    if verb.lemma_.lower() in lex.aspectual or lex.verb_class.get(verb.lemma_.lower()) not in {"speech", "deny", "doubt"}:
        return None
    # "denied ever using ...": an adverb may come before the gerund
    return next((c for c in kids(verb) if c.dep_ == "xcomp" and c.i > verb.i and c.tag_ == "VBG"
                 and all(t.pos_ == "ADV" for t in c.doc[_first_word(c).i : c.i])), None)


def _nearer_cue(verb: Token, comp: Token, quotes: list[Quote] | None) -> bool:
    """"denied the report, telling reporters, “I never took a cent”": a
    quotation the parser hangs on the first verb is the words of the cue
    right before it."""
    if not quotes:
        return False
    first = _first_word(comp)
    if _in_quote(first.idx, quotes) is None:
        return False
    return _verb_between(verb, verb.i + 1, first.idx, cues_only=True)


def _first_word(tok: Token) -> Token:
    return _first_below(tok) or tok


def _first_below(tok: Token) -> Token | None:
    """The first word of `tok.subtree` that is no mark or space, in its order,
    through `kids`: the walk stops there (`nlp.subtree` would build it all)."""
    own = kids(tok)
    for c in own:
        if c.i < tok.i and (got := _first_below(c)) is not None:
            return got
    if not tok.is_punct and not tok.is_space:
        return tok
    return next((got for c in own if c.i > tok.i and (got := _first_below(c)) is not None), None)


# Words that open a clause of time, cause or condition: a clause they open
# before the verb sets the scene ("As we walked, she defended ...") even when
# the parser hangs it on the verb as a complement.
SCENE_OPENERS = {"as", "when", "while", "whereas", "although", "though", "if", "because", "since", "after",
                 "before", "once", "until", "whenever", "unless"}


# Marks of a clause of time or cause (not "as", "if": "As she put it, “...”").
TIME_OR_CAUSE = SCENE_OPENERS - {"as", "if", "unless", "whereas"}


def _adverbial_opening(comp: Token) -> bool:
    return comp.left_edge.lower_ in SCENE_OPENERS


def _main_clause_after(verb: Token, comp: Token) -> bool:
    """"Since she announced her bid, here we are" / "As he announced his bid
    last spring, his rival was ...": a misparse hangs the main clause on a
    subordinate verb. A clause after a comma, without "that", following the
    verb's own object or under a subordinating word is not what it reports."""
    doc = verb.doc
    toks = tokens_of(doc)
    between = text_of(doc)[toks[verb.i + 1].idx : comp.idx] if verb.i + 1 < comp.i else ""
    if "," not in between or not any(t.text == "," for t in toks[verb.i + 1 : comp.i]):  # the text first: most have no comma
        return False
    if any(m.dep_ == "mark" and m.lower_ == "that" for m in kids(comp)):
        return False
    subordinate = any(m.dep_ == "mark" and m.lower_ in SCENE_OPENERS for m in kids(verb))
    return subordinate or any(c.dep_ == "dobj" and verb.i < c.i < comp.i for c in kids(verb))


def own_complement(verb: Token, quotes: list[Quote]) -> bool:
    """The verb has its own object or complement after it ("accused it of
    stealing jobs"), outside any quotation."""
    for c in verb.rights:
        if _in_quote(c.idx, quotes) or _resumes(verb, c):
            continue
        if c.dep_ in {"dobj", "ccomp", "xcomp", "oprd", "attr"} and not c.is_punct:
            return True
        # not "said of X", "said on Monday", "said to reporters": those still report the quote
        if c.dep_ == "prep" and c.lower_ in {"for", "against", "as"} and any(
                g.dep_ in {"pobj", "pcomp"} for g in kids(c)):
            return True
    return False


def _resumes(verb: Token, c: Token) -> bool:
    """"She set it up, she said, to stress the need": after a cue set off by
    commas, the parser may hang the rest of the sentence on the cue."""
    return (c.dep_ in {"xcomp", "advcl"} and verb.dep_ == "parataxis" and verb.head.i < verb.i < c.i
            and c.left_edge.i > 0 and verb.doc[c.left_edge.i - 1].text == ",")


CONTRAST = {"while", "whereas", "although", "though"}
# Prepositions of time and circumstance: what they head is not part of a content.
CIRCUMSTANCE = {"during", "after", "before", "since", "until", "amid", "following", "throughout", "despite"}


def tells_time(prep: Token) -> bool:
    """A prepositional phrase of time or circumstance ("on Thursday", "after the vote", "at the time")."""
    return prep.lower_ in CIRCUMSTANCE or any(g.ent_type_ in {"DATE", "TIME"} or _the_time(g)
                                               for g in kids(prep) if g.dep_ == "pobj")


def _the_time(noun: Token) -> bool:
    """"at the time", "in the past": then, unless a clause follows ("reported at the time that P")."""
    return (noun.lemma_ == "time" and noun.head.lower_ == "at" or noun.head.lower_ == "in" and noun.lower_ in cues().time_nouns
            ) and all(c.i < noun.i for c in kids(noun))


def sets_scene(prep: Token) -> bool:
    """Time or place after an object ("endorsed him at a rally", "praised her on
    Thursday"): not part of what was said. "In" stays: it more often qualifies
    the object ("any role in the attacks")."""
    return prep.lower_ == "at" or tells_time(prep)


def clause_span(comp: Token) -> tuple[int, int]:
    """A complement clause without a contrasting "while ..." clause after it.
    A conjoined clause stays in ("officers will wear cameras and many will
    ride bikes"): attribution corpora read it as part of what was said."""
    start, end = subtree_span(comp)
    doc = comp.doc
    for c in comp.rights:
        if c.dep_ == "conj" and _narrated_conj(c) is not None:
            # "that Y had taken breaks but said ...": the frame's next statement, not more of this one
            cut = c.left_edge.i
            while cut > comp.i and (doc[cut - 1].dep_ == "cc" or doc[cut - 1].is_punct):
                cut -= 1
            end = min(end, doc[cut - 1].idx + len(doc[cut - 1]))
            break
        # not when a conjunct of the clause follows: "had crossed the reserve only while sailing
        # between grounds and had not set a net" is all what was said
        if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in CONTRAST for g in kids(c)) and not any(
                k.dep_ == "conj" and k.i > c.i for k in comp.rights) or answered_report(c):
            cut = c.left_edge.i
            # drop the conjunction or comma before it
            while cut > comp.i and (doc[cut - 1].dep_ == "cc" or doc[cut - 1].is_punct):
                cut -= 1
            end = min(end, doc[cut - 1].idx + len(doc[cut - 1]))
            break
    return start, end


def answered_report(c: Token) -> bool:
    """"denied that P, after the general claimed that Q": a report set off by a
    comma and a word of time is what the denial answers, told by the writer, not
    part of what was denied."""
    doc = c.doc
    return (c.dep_ == "advcl" and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ","
            and c.left_edge.dep_ == "mark" and c.left_edge.lower_ in {"after", "as", "since", "following"}
            and verb_cue(c) is not None and any(g.dep_ in SUBJ for g in kids(c)))


def quote_content(doc: Doc, verb: Token, quotes: list[Quote]) -> Quote | None:
    """A quotation that starts right after the cue clause, or ends right before it."""
    # the clause lies inside the verb's phrase: with no quotation near that, none is near the clause
    left, right = verb.left_edge, verb.right_edge
    if not Quotes.of(quotes).marked(max(0, left.idx - 7), right.idx + len(right) + 41):
        return None
    # the cue clause: the verb with its subject and adverbs, not its complements
    clause_tokens = [verb] + [
        c for c in kids(verb)
        if c.dep_ in SUBJ | {"aux", "auxpass", "neg", "advmod", "prt"} and not _in_quote(c.idx, quotes)
    ]
    # the speaker named after the quotation, hung on a noun inside it
    quoted_subj = next((c for c in kids(verb) if c.dep_ in SUBJ and c.i < verb.i and _in_quote(c.idx, quotes)), None)
    named = _named_after_quote(quoted_subj, verb, quotes) if quoted_subj is not None else None
    if verb.dep_ == "conj" and named is None and not any(t.dep_ in SUBJ for t in clause_tokens):
        # the cue hung on the quotation's last verb, its speaker on a word of it
        before = [q for q in Quotes.of(quotes).overlapping(doc[sent_bounds(verb)[0]].idx, verb.idx) if q.end <= verb.idx]
        named = _hung_on_the_quote(before[-1], verb) if before else None
    phrases = [t for t in clause_tokens if t.dep_ in SUBJ] + ([named] if named is not None else [])
    clause_tokens += [named] if named is not None else []
    lo = min(t.left_edge.i if t in phrases else t.i for t in clause_tokens)
    hi = max(t.right_edge.i if t in phrases else t.i for t in clause_tokens)
    after_char = doc[hi].idx + len(doc[hi])
    before_char = doc[lo].idx
    # '"...," he said' has nothing after the cue; a verb with its own object
    # does not report the quotation before it, except one told to someone
    owned = own_complement(verb, quotes) and _addressee(verb) is None
    # "after he learned of it, “...”": a verb of a clause of time or cause frames no
    # quotation after it; nor does a gerund with a thing for object ("kept him from
    # telling the truth “...”"; "before asking her, “...”" does)
    framing = not any(c.dep_ == "mark" and c.lower_ in TIME_OR_CAUSE for c in kids(verb))
    thing = next((c for c in kids(verb) if c.dep_ in {"dobj", "attr"} and c.pos_ == "NOUN"), None) \
        if verb.dep_ == "pcomp" else None
    text = text_of(doc)
    before = None
    # a verb of thought whose object is a quoted noun phrase thinks of a thing, says nothing
    # ("would consider “every legal option”"; but "considers the plan “a disaster”")
    pondered = next((c for c in kids(verb) if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i > verb.i), None) \
        if cues().verb_class.get(verb.lemma_.lower()) == "cognition" else None
    # only quotations that open within 40 characters after the clause or close within 6 before it
    for q in Quotes.of(quotes).marked(max(0, before_char - 7), after_char + 41):
        if _label(text, q) or pondered is not None and pondered.left_edge.idx <= q.inner_start <= pondered.idx:
            continue
        gap_after = text[after_char : q.start]
        after = framing and (thing is None or thing.right_edge.idx > q.start)
        if after and 0 <= len(gap_after) <= 40 and q.start >= after_char and _joining(gap_after) \
                and not _verb_between(verb, hi + 1, q.start) and not _premodifier(doc, q):
            return q
        gap_before = text[q.end : before_char]
        if before is None and 0 <= len(gap_before) <= 6 and q.end <= before_char and gap_before.strip(" ,\n") == "" and not owned \
                and not ("\n" in gap_before and _closes_sentence(text, q)):  # a quotation's paragraph ended with it
            if ":" in text[after_char : after_char + 41].split("\n", 1)[0]:
                before = q  # "“A.” \n\n The Post reported:": the colon points on to the next quotation
                continue
            return q
    return before


def _closes_sentence(text: str, q: Quote) -> bool:
    """The quotation ends in a full stop, question or exclamation mark."""
    return text[q.inner_start : q.end].rstrip("”\"'’\x01 ").endswith((".", "?", "!"))


def _premodifier(doc: Doc, q: Quote) -> bool:
    """"charging “excessive” rates": a quotation that qualifies the noun
    after it is part of the verb's object, not words the subject speaks."""
    span = doc.char_span(q.inner_start, q.inner_end, alignment_mode="contract")
    if span is None or not len(span):
        return False
    head = span.root.head
    return head.idx >= q.end and head.pos_ in {"NOUN", "PROPN"} and sent_bounds(head) == sent_bounds(span.root)


def _verb_between(verb: Token, first: int, end_char: int, cues_only: bool = False) -> bool:
    """A verb between the cue clause (from token `first`) and a quotation
    that opens at `end_char`, whose words the quotation then are: one of
    another clause ("As he attacked her, the crowd chanted, “...”"), or
    another cue ("denied it, telling reporters, “...”"), but not a gerund
    the cue governs ("recalled thinking, “...”" is one report).
    `cues_only`: only the second kind."""
    for t in verb.doc[first:]:
        if t.idx >= end_char:
            return False
        if t.pos_ != "VERB":
            continue
        if not cues_only and not verb.is_ancestor(t):
            return True
        if verb_cue(t) is not None and not (t.dep_ in {"xcomp", "dobj"} and t.head.i == verb.i):
            return True
    return False


def _joining(gap: str) -> bool:
    """Text between a cue and its quotation: punctuation, or a short adverbial like
    'in a statement' ending with a comma or colon."""
    g = gap.strip()
    if g in {"", ",", ":", "—", "-", "–"}:
        return True
    return len(g.split()) <= 6 and g[-1] in ",:" and '"' not in g and "“" not in g


def extend_quote(quotes: list[Quote], q: Quote, text: str = "", cue: int = -1, doc: Doc | None = None) -> tuple[int, int]:
    """A quotation's full extent: an unclosed one goes on into following paragraphs
    that open with a mark, and one broken by its cue ("“A,” she said. “B.”") goes on
    into the next quotation of the same paragraph."""
    start, end = q.inner_start, q.inner_end
    i = quotes.index(q)
    # back: paragraphs that open a quotation and leave it open run on into this one
    # ("“A ...\n\n“B,” he said": A is his too)
    k, first = i, q
    while text and k > 0 and first.para_start and not quotes[k - 1].closed and quotes[k - 1].para_start and (
            not text[quotes[k - 1].end : first.start].strip()):
        k -= 1
        first = quotes[k]
        start = first.inner_start
    cur = q
    while i + 1 < len(quotes):
        j = i + 1
        # a title in the cue clause ("she said on “Meet the Press”. “B.”") is no part of the quotation
        while cur.closed and text and j + 1 < len(quotes) and _title(text, quotes[j]) and "\n" not in text[cur.end : quotes[j + 1].start]:
            j += 1
        nxt = quotes[j]
        if not cur.closed and nxt.para_start or cur.closed and text and (
            # (a closed quotation's next paragraph that opens with a quotation of its own cue,
            # "“B,” he stated.", is a statement of its own)
            text[cur.end : nxt.start].strip() == "" and not ("\n" in text[cur.end : nxt.start] and _opens_frame(text, nxt))
            or (cur.end <= cue < nxt.start and _cue_gap(text[cur.end : nxt.start]) and _one_cue(doc, cur.end, nxt.start, cue)
                and not _opens_frame(text, nxt))
            or _bare_quote_para(text, cur, nxt)
        ):
            pass
        else:
            break
        i = j
        cur = nxt
        end = cur.inner_end
    return start, end


def _opens_frame(text: str, q: Quote) -> bool:
    """"“B,” Roe said": a quotation that ends in a comma, question or exclamation
    mark and is followed by words of its own line has its own cue."""
    if not q.closed or text[q.inner_start : q.inner_end].rstrip(" \x01")[-1:] not in {",", "?", "!"}:
        return False
    after = text[q.end : q.end + 40].split("\n", 1)[0].lstrip()
    return after[:1].isalpha()


def _title(text: str, q: Quote) -> bool:
    """A short quotation in title case: the name of a show, book or slogan."""
    inner = text[q.inner_start : q.inner_end]
    if inner.endswith(".") and ". " not in inner and len(inner.split()) > 1 and _SENTENCE_END.match(text, q.end):
        inner = inner[:-1]  # the sentence's period inside the marks (on “Meet the Press.”), not the title's
    words = inner.rstrip(",").split()
    # a comma inside the marks is house style (“Citizen Jane,” a film); one word and a comma may be speech (“Stop,”)
    return (q.closed and not q.para_start and 1 <= sum(w[:1].isalpha() for w in words) <= 6 and inner[-1:] not in ".?!"
            and (len(words) > 1 or not inner.endswith(",")) and words[0][:1].isupper()
            and all(w[:1].isupper() or not w[:1].isalpha() or w in _TITLE_SMALL for w in words))


def _label(text: str, q: Quote) -> bool:
    """A title ("on “Meet the Press”") or a one-word scare quote ("called it “yuge”"): no speech."""
    words = text[q.inner_start : q.inner_end].split()
    return _title(text, q) or len(words) == 1 and text[q.inner_end - 1] not in ".?!,"


_SENTENCE_END = re.compile(r"\s*(?:$|\n|[A-Z“\"‘'(])")
_TITLE_SMALL = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from"}


def _one_cue(doc: Doc | None, start: int, end: int, cue: int = -1) -> bool:
    """The gap holds the statement's own cue and no second one that opens the
    next quotation ("he said, adding: “...”"). A cue inside the cue clause with
    words of its own ("said X, referring to Y", "using a term Y has used to
    describe Z") does not."""
    if doc is None:
        return True
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None:
        return True
    own = next((t for t in span if t.idx == cue), None)
    others = [t for t in span if t.pos_ == "VERB" and verb_cue(t) is not None and t.idx != cue]
    if own is None:
        return not others
    return not any(not own.is_ancestor(t) or t.head.i == own.i and not _has_words(t, end) for t in others)


def _has_words(verb: Token, end: int) -> bool:
    """The verb has a complement of its own before `end` ("referring to X."), not just a colon."""
    return any(not c.is_punct and c.idx < end for c in verb.rights)


def _bare_quote_para(text: str, cur: Quote, nxt: Quote) -> bool:
    """The next paragraph is nothing but a quotation: it goes on in the same voice."""
    if not nxt.para_start or not nxt.closed:
        return False
    if text[cur.end : nxt.start].count("\n") > 2:
        return False
    rest = text[nxt.end : text.find("\n", nxt.end) if "\n" in text[nxt.end :] else len(text)]
    return rest.strip() == ""


# A sentence end inside a gap, not an abbreviation such as "Mr." or "U.S."
_SENTENCE_BREAK = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?<!\b[A-Z][a-z]{3})[.?!] ")


def _cue_gap(gap: str) -> bool:
    """Between two parts of one quotation: nothing but a short cue clause in one paragraph."""
    if "\n" in gap:
        return False
    words = gap.split()
    g = gap.strip().strip("'\"”“\x01")
    if g == "":
        return True
    # "“A,” he said, but “B.”": the second part goes on after a conjunction
    if g.endswith((", but", ", and")):
        g = g[:-4].rstrip() if g.endswith(", and") else g[:-5].rstrip()
        g += ","
    # (one clause may still run long: "X told journalists at the gates of the plant in Y, a port of 40,000 ...")
    if len(words) > 40 or not g.endswith((".", ",", ":")):
        return False
    # one cue clause only: "he said." / "he said," — not "he said. Then she asked,"
    body = g[:-1]
    return not _SENTENCE_BREAK.search(body)


# -- the finder ----------------------------------------------------------------


def cue_span(verb: Token) -> tuple[int, int]:
    """The cue as written: the verb with its negation ("could not confirm") and particle ("pushed back")."""
    toks = [verb]
    if negated(verb):  # "could not confirm", "does not believe"
        toks += [c for c in kids(verb) if c.dep_ in {"aux", "neg"} and verb.i - 3 <= c.i < verb.i]
    toks += [c for c in kids(verb) if c.dep_ == "prt"]
    particle = _adverb_particle(verb)
    if particle is not None:
        toks.append(particle)  # "pushed back"
    return min(t.idx for t in toks), max(t.idx + len(t) for t in toks)


def negated(verb: Token) -> bool:
    """"could not confirm": a negation in the verb group itself (not one the
    parser hung on the verb from a quotation, as in "“Absolutely not,” he said")."""
    doc = verb.doc
    for c in kids(verb):
        if c.dep_ == "neg" and verb.i - 3 <= c.i < verb.i and not any(t.is_punct for t in doc[c.i : verb.i]) and (
                doc[c.i + 1].lower_ != "only"):  # "not only said ... but": said
            return True
    # "was unable to confirm", "was not able to verify": the adjective negates the verb it governs
    # (with an adverb between: "is unable to independently verify")
    if verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" and verb.head.i < verb.i and all(
            t.lower_ == "to" or t.dep_ == "advmod" and t.head.i == verb.i for t in doc[verb.head.i + 1 : verb.i]):
        able = verb.head
        return able.lower_ == "unable" or able.lower_ == "able" and any(
            c.dep_ == "neg" for t in (able, able.head) for c in kids(t))
    return False


def _second_verb_of_subject(verb: Token) -> tuple[Token, tuple[int, int]] | None:
    """"Norway denies selling boats, says talks continue": a headline's second
    verb, which the parser makes the root with no subject, the first clause as
    one complement and the clause it reports as another. The speaker is the
    first clause's subject and the content is the clause after the cue."""
    if verb.dep_ != "ROOT" or verb.i == 0 or verb.doc[verb.i - 1].text != "," or any(
            c.dep_ in SUBJ for c in kids(verb)):
        return None
    right = next((c for c in kids(verb) if c.dep_ == "ccomp" and c.i > verb.i), None)
    left = next((c for c in kids(verb) if c.dep_ in {"ccomp", "conj"} and c.i < verb.i), None)
    if right is None or left is None or left.right_edge.i != verb.i - 2:
        return None
    first = next((c for c in kids(left) if c.dep_ == "nsubj" and c.i < left.i), None)
    if first is None or first.pos_ not in {"PROPN", "NOUN"}:
        return None
    return first, clause_span(right)


def _trailing_cue_read_as_modifier(verb: Token) -> tuple[Token, tuple[int, int]] | None:
    """"P could win it, an anti-corruption watchdog alleged on Wednesday, a charge
    ...": the cue that closes a lede, which the parser read as a participle on
    its subject and hung both inside P. The speaker is that subject; the
    content runs from the sentence's start to the comma before it."""
    if verb.dep_ != "acl" or verb.tag_ not in {"VBN", "VBD"} or any(
            c.dep_ in {"dobj", "ccomp", "agent", "xcomp", "nsubj", "nsubjpass", "auxpass"} for c in kids(verb)):
        return None
    if cues().verb_class.get(verb.lemma_.lower()) != "speech":
        return None  # ("Huzlers.com, a website well known for ...": a description, no one speaking)
    subj, doc = verb.head, verb.doc
    first = subj.left_edge.i
    start, end = sent_bounds(subj)
    if subj.pos_ not in {"NOUN", "PROPN"} or subj.dep_ == "appos" or first <= start + 2 or doc[first - 1].text != "," or (
            not _actor_like(subj)):
        return None
    after = verb.right_edge.i + 1
    if after < end and doc[after].text != "," and not doc[after].is_punct:
        return None
    # (the clause before the comma is the sentence's own: its root stands before the subject)
    if sent_root(subj).i >= first:
        return None
    return subj, trim(doc, doc[start].idx, doc[first - 1].idx)


def neither_nor(verb: Token) -> bool:
    """"neither confirmed nor denied": both verbs are negated by "neither"."""
    head = verb.head if verb.dep_ == "conj" else verb
    return any(c.dep_ == "preconj" and c.lower_ == "neither" for c in kids(head))


def _refused_confirmation(verb: Token) -> Token | None:
    """The "confirm" of "declined to confirm", "refused to verify"."""
    lex = cues()
    if verb.lemma_.lower() not in lex.refusals:
        return None
    return next((c for c in kids(verb) if c.dep_ == "xcomp" and c.lemma_.lower() in lex.negated_doubt), None)


def verb_cue(verb: Token) -> str | None:
    """The cue's stance if `verb` is a cue, else None."""
    lex = cues()
    lemma = verb.lemma_.lower()
    if lemma not in lex.cue_lemmas:  # most verbs: no need to read the parse around them
        return None
    pair = _phrasal_pair(verb)
    if pair is None and lemma in lex.needs_particle:
        return None
    if lemma in lex.blows and any(c.dep_ == "prep" and c.lower_ == "with" and c.i > verb.i and any(
            g.dep_ == "pobj" and g.lemma_.lower() not in lex.blows_spoken for g in kids(c)) for c in kids(verb)):
        return None  # "blasted the boats with water cannon": a blow
    denied = negated(verb) or neither_nor(verb)
    if denied and lemma in lex.negated_doubt:
        return "doubt"
    stance = lex.phrasal[pair] if pair is not None else lexical_stance(verb)
    if not denied or stance is None:
        return stance
    return negated_stance(verb)


def negated_stance(verb: Token) -> str:
    """The stance of a negated cue: an opinion negated holds the opposite ("does
    not believe that P"); any other cue negated is on record for neither side
    ("never claimed that P", "did not deny P")."""
    return "deny" if verb.lemma_.lower() in cues().negated_belief else "doubt"


PARTICLE_ADVERBS = {"back", "off", "out", "down", "aside", "away"}


def _particle(verb: Token) -> Token | None:
    """The verb's first particle or preposition; an adverb right after it counts
    ("pushed back at ...": the parser may take the particle for an adverb)."""
    return next((c for c in kids(verb) if c.dep_ in {"prt", "prep"}
                 or c.dep_ == "advmod" and c.i == verb.i + 1 and c.lower_ in PARTICLE_ADVERBS), None)


def _adverb_particle(verb: Token) -> Token | None:
    """The adverb right after the verb that is the particle of its phrasal cue ("pushed back")."""
    first = _particle(verb)
    return first if first is not None and first.dep_ == "advmod" and _phrasal_pair(verb) is not None else None


_PAIRS = "claimgraph_phrasal_pairs"


def _phrasal_pair(verb: Token) -> tuple[str, str] | None:
    """(lemma, particle) of a particle cue ("ruled out", "laughed off"), if `verb` is one.
    Asked of the same verb by several rules: kept per Doc (plain strings, in `user_data`)."""
    user_data = verb.doc.user_data
    known = user_data.get(_PAIRS)
    if known is None:
        known = user_data[_PAIRS] = {}
    i = verb.i
    if i not in known:
        known[i] = _find_phrasal_pair(verb)
    return known[i]


def _find_phrasal_pair(verb: Token) -> tuple[str, str] | None:
    tok = _particle(verb)
    particle = tok.lower_ if tok is not None else None
    if particle is None and _for_clause(verb) is not None:
        particle = "for"  # "called for the president to resign"
    pair = (verb.lemma_.lower(), particle)
    return pair if particle and pair in cues().phrasal else None


def _no_claim_dismissed(pair: tuple[str, str] | None, obj: Token) -> bool:
    """A deny particle cue must dismiss a claim: "laughed off the rumours", not
    "laughed off the rain"; "ruled out X" rejects any X."""
    lex = cues()
    return (pair is not None and lex.phrasal.get(pair) == "deny" and pair not in lex.any_object
            and obj.lemma_.lower() not in lex.deny_objects)


PERSONAL = {"him", "her", "them", "me", "us", "you", "himself", "herself", "themselves"}


def _a_person(tok: Token) -> bool:
    """A person or people as such: a pronoun, a name, or a noun for people."""
    lex = cues()
    lemma = tok.lemma_.lower()
    return (tok.lower_ in PERSONAL or tok.ent_type_ == "PERSON"
            or lemma in lex.persons or lemma in lex.holder_nouns or lemma in lex.side_takers)


def interrogates(verb: Token) -> bool:
    """A doubt verb said of a person: "questioned two men", "challenged her"."""
    return verb.lemma_.lower() in cues().interrogate and any(
        c.dep_ == "dobj" and _a_person(c) for c in kids(verb))


def lexical_stance(verb: Token) -> str | None:
    """The stance the lexicon gives the verb's lemma; none for "deny"/"refuse"
    with two objects ("denied him a visa"): an act of withholding, not a denial."""
    lex = cues()
    lemma = verb.lemma_.lower()
    if lemma in lex.withhold and (_two_objects(verb) or _named_object(verb)):
        return None
    if lemma in lex.needs_particle:  # "ruled that ...": a ruling; "ruled out": a denial
        pair = _phrasal_pair(verb)
        return lex.phrasal[pair] if pair else None
    return lex.verb_stance.get(lemma)


def _named_object(verb: Token) -> bool:
    """"denied the striker", "refused him": withheld from someone, not a denial."""
    return any(c.dep_ == "dobj" and (c.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} and c.pos_ == "PROPN"
                                     or c.lower_ in PERSONAL) for c in kids(verb))


def _two_objects(verb: Token) -> bool:
    """"denied him a visa", "denied the victory to his party", "was denied bail"."""
    deps = [c.dep_ for c in kids(verb)]
    objs = deps.count("dobj")
    return "dative" in deps or objs >= 2 or objs == 1 and (
        "auxpass" in deps or any(c.dep_ == "prep" and c.lower_ == "to" for c in kids(verb)))


def _with_opening_mark(doc: Doc, start: int, end: int) -> int:
    """`start`, or the mark before it that opens a quotation closed inside the content
    when the content goes on after it ('“paid agitators” for the strikes')."""
    text = text_of(doc)
    if start == 0 or text[start - 1] not in '“"':
        return start
    close = text.find("”" if text[start - 1] == "“" else '"', start, end)
    return start - 1 if 0 <= close < end - 2 and not any(m in text[close + 1 : end] for m in '“”"') else start


def _object_goes_on(verb: Token, q: Quote) -> bool:
    """A quotation that opens a cue's object, whose words go on after its closing mark
    ("blamed “paid agitators” for the strikes")."""
    lemma = verb.lemma_.lower()
    if lemma not in cues().accusation_verbs:
        return False
    obj = next((c for c in kids(verb) if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or not q.start <= obj.idx < q.end:
        return False
    # (the charge hung on the object or on the verb: "blamed “X” for the strikes")
    charge = [c.right_edge for c in kids(verb) if c.dep_ == "prep" and c.i > obj.i and c.lower_ in {"for", "of"}]
    last = max([obj.right_edge, *charge], key=lambda t: t.i)
    return last.idx >= q.end and not last.is_punct


def _content_for_verb(doc: Doc, verb: Token, quotes: list[Quote]) -> tuple[tuple[int, int], bool] | None:
    """(content span, from_object) of a cue verb, or None."""
    lemma = verb.lemma_.lower()
    if lemma in NAMING or lemma in SHOWING:
        named = _naming_content(verb, need_tail=lemma in SHOWING and lemma != "show")
        if named is not None and (lemma in NAMING or clause_content(verb) is None):
            return named, True
    phrasal = _phrasal_object(verb)
    if phrasal is not None:
        return phrasal, True
    comp = clause_content(verb, quotes)
    if comp is None and relative_report(verb):
        # "tanker it says loaded Iranian oil": the parser took the reported verb for a modifier,
        # or hung it elsewhere ("sites it says belong to X")
        after = verb.nbor(1)
        # ("a step X said would draw a response": an auxiliary first, the verb it serves further on)
        served = after.head if after.dep_ in {"aux", "auxpass"} and after.head.i > after.i else after
        last = max(verb.right_edge, after.right_edge, served.right_edge, key=lambda t: t.i)
        return (after.idx, last.idx + len(last)), False
    if comp is not None:
        # the clause is a quotation only if it starts inside one; "stated that
        # Iran “opposes ...”" stays a clause with a quote in it (mixed)
        q = _in_quote(_first_word(comp).idx, quotes)
        if q is not None:
            return extend_quote(quotes, q, text_of(doc), verb.idx, doc), False
        start, end = clause_span(comp)
        opening = _time_before_subject(comp) if comp.i > verb.i else None
        if opening is not None:
            start = opening.idx
        if comp.i > verb.i and start < verb.idx:
            # "the plan, which critics say will raise taxes", "what analysts said was
            # a sign of ...": the relative word is the clause's subject, written
            # before the cue and its speaker
            start = next(t.idx for t in comp.subtree if t.i > verb.i)
        framed = _framed_quote(doc, verb, quotes) if comp.i < verb.i else None
        # set off from the clause by a dash, colon or semicolon; a quotation inside the
        # clause ('the mayor is a “safe pair of hands,” Roe said') makes it mixed
        if framed is not None and framed.start > start and text_of(doc)[start : framed.start].rstrip()[-1:] in SETS_OFF:
            # "Letters poured in – “You saved us,” wrote one": the quotation is what was said
            return extend_quote(quotes, framed, text_of(doc), verb.idx, doc), False
        if comp.i < verb.i:  # "He leans to X, he said, because ...": the sentence resumes
            end = _resumed_end(verb, quotes) or _to_the_cue(verb, comp, end)
        # a misparse can split one clause into two complements ("that the
        # drones [deployed to strike X] [were built in Y]"), or hang a second
        # that-clause on the cue ("believes X, but that Y"): take them together
        for other in kids(verb):
            if other.i > comp.i and (
                    other.dep_ in CLAUSE and other.left_edge.i <= comp.right_edge.i + 1
                    or other.dep_ == "conj" and any(m.dep_ == "mark" and m.lower_ == "that" for m in kids(other))):
                end = max(end, clause_span(other)[1])
        return (start, end), False
    q = quote_content(doc, verb, quotes)
    # (but "X would pursue “every legal option”, he said, ...": a quotation that ends the
    # clause the cue hangs on is part of it; the clause is the content, below; nor is a quoted
    # object the whole of what is said when the object goes on after it: "blamed “paid
    # agitators” for the strikes")
    if q is not None and not (verb.dep_ == "parataxis" and q.end <= verb.idx and doc[sent_bounds(verb)[0]].idx
                              <= verb.head.left_edge.idx < q.start and verb.head.i < verb.i) and not (
            _object_goes_on(verb, q)):
        return extend_quote(quotes, q, text_of(doc), verb.idx, doc), False
    colon = _after_colon(doc, verb)
    if colon is not None:
        return colon, False
    # "A, X said, B": the cue set off by commas inside the clause it reports
    if _parenthetical(verb):
        head = verb.head
        first = doc[min(head.left_edge.i, verb.left_edge.i)]
        return (first.idx, head.right_edge.idx + len(head.right_edge)), False
    # "People like Scott, he said.": a fragment before the cue, nothing after it
    sent_start, sent_end = sent_bounds(verb)
    if verb.dep_ == "ROOT" and all(t.is_punct or t.is_space for t in doc[verb.i + 1 : sent_end]):
        subj = nearest_subject(verb, left_only=True)
        if subj is not None and subj.left_edge.i - 1 > sent_start and doc[subj.left_edge.i - 1].text == ",":
            last = doc[subj.left_edge.i - 2]
            return (doc[sent_start].idx, last.idx + len(last)), False
    # "..., X said." parsed with the cue hanging off the content clause
    # or as a conjunct, when the subject follows the cue (", said the chief executive")
    closing = verb.dep_ == "conj" and _closing_cue(verb) is not None
    # (not a participle on a cue of its own: '"...," Doe said, reading from a text' reads the manner)
    manner = verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb_cue(verb.head) is not None
    if not manner and (verb.dep_ in {"parataxis", "ccomp", "advcl"} or closing or verb.dep_ == "conj" and any(
            c.dep_ in SUBJ and c.i > verb.i for c in kids(verb))) and verb.i > verb.head.i and (
        verb.head.pos_ in {"VERB", "AUX"} or verb.dep_ == "parataxis"
    ) and (not own_complement(verb, quotes) or closing):
        head = verb.head
        edge = verb.left_edge.i
        framed = _frame_after_comma(verb)
        if framed is not None:  # the speakers were hung inside the clause: it ends at their comma
            comma = max(t.i for t in doc[framed.left_edge.i - 1 : framed.i] if t.text == ",")
            return (head.left_edge.idx, doc[comma].idx), False
        near = _speaker_after_stray_subject(verb)
        if near is not None:  # the clause's own subject hung on the cue too: the clause ends at the comma
            last = doc[near.left_edge.i - 2]
            return (head.left_edge.idx, last.idx + len(last)), False
        if doc[edge].is_punct or any(t.is_punct for t in doc[edge - 1 : edge]):
            start, end = subtree_span(head, exclude=verb)
            return (start, _resumed_end(verb, quotes) or end), False
        comma = _closing_cue(verb) if verb.dep_ == "advcl" else None
        if comma is not None and comma.i - 1 > head.i:
            last = doc[comma.i - 1]
            return (head.left_edge.idx, last.idx + len(last)), False
    # "As the Post reported, X ..." / "X ..., as she noted": the clause it hangs on
    if verb.dep_ == "advcl" and verb.head.pos_ in {"VERB", "AUX"} and not own_complement(verb, quotes) and any(
            c.dep_ == "mark" and c.lower_ == "as" for c in kids(verb)):
        return subtree_span(verb.head, exclude=verb), False
    passive = _passive_content(verb)
    if passive is not None:
        return passive, True
    if lemma in XCOMP_CUES:
        x = next((c for c in kids(verb) if c.dep_ == "xcomp"), None)
        if x is not None:
            return subtree_span(x), False
    gerund = _gerund_content(verb)
    if gerund is not None:
        return subtree_span(gerund), False
    if lemma in {"ask", "wonder", "question", "inquire"}:
        # (after the verb: a fronted "If the talks fail, X can ask for a panel" is a condition)
        q_clause = next((c for c in kids(verb) if c.dep_ == "advcl" and c.i > verb.i and any(
            m.lower_ in {"if", "whether"} for m in kids(c) if m.dep_ == "mark")), None)
        if q_clause is not None:
            return subtree_span(q_clause), False
    lex = cues()
    pair = _phrasal_pair(verb)
    if _agent(verb) is not None and verb.tag_ == "VBN":
        pass  # a passive has no object to report: what it reports is its subject (`_passive_content`)
    elif lemma in OBJECT_CUES or lex.verb_class.get(lemma) in OBJECT_CLASSES or pair and lex.phrasal[pair] == "deny" or (
            lemma in lex.owning_verbs and any(c.dep_ == "dobj" and c.lemma_.lower() in lex.owned_acts for c in kids(verb))):
        # objects to the right only (a dateline "CITY -" can hang off the verb as
        # npadvmod); a claim noun with its that-clause first. A claim noun may
        # be tagged as a verb ("rubbished reports that ...").
        objs = [c for c in kids(verb)
                if (c.dep_ in {"dobj", "npadvmod", "oprd"} if lemma not in lex.object_said
                    else c.dep_ == "dobj" and c.lemma_.lower() not in lex.not_said)
                and c.i > verb.i
                # (", an allegation Y dismissed" set off after the clause is no object: "had called at a port, ...")
                and not (c.dep_ == "npadvmod" and c.left_edge.i > verb.i + 1 and c.doc[c.left_edge.i - 1].text == ",")
                and (c.pos_ in {"NOUN", "PROPN", "PRON"} or c.lemma_.lower() in lex.nouns
                     or c.tag_ == "VBG" and c.dep_ == "dobj")  # "alleges ballot stuffing"
                and not _no_claim_dismissed(pair, c)
                and (lemma not in lex.claims_only or c.lemma_.lower() in lex.contested)]
        # "company denies leak": a headline's bare noun the tagger took for a verb it completes
        objs += [c for c in kids(verb) if c.dep_ == "xcomp" and c.i == verb.i + 1 and not objs
                 and all(g.is_space for g in kids(c))]
        # ("denies 'blackmail'": a quoted noun the parser left unlabelled, right after the verb)
        objs += [c for c in kids(verb) if c.dep_ == "dep" and c.pos_ == "NOUN" and c.i > verb.i and not objs
                 and all(t.is_punct for t in verb.doc[verb.i + 1 : c.i])]
        obj = next((c for c in objs if claim_clause(c) is not None), objs[0] if objs else None)
        if obj is None or claim_clause(obj) is None:
            # "dismissed as “baseless” reports that ...": a misparse hangs the claim noun on "as",
            # or takes it for a verb joined to the cue
            obj = next((g for c in kids(verb) if c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i
                        for g in kids(c) if g.dep_ == "pobj" and claim_clause(g) is not None), obj)
            obj = next((c for c in kids(verb) if c.dep_ == "conj" and c.i > verb.i and _claim_noun_as_verb(c)), obj)
        if obj is None:
            accused = _relative_object(verb)
            if accused is not None:
                return accused, True
        if obj is not None:
            inner = claim_clause(obj)
            if inner is not None:
                return subtree_span(inner), True
            # "accused X of Y", "called him a Z", "portrayed X as Y": the whole predicate
            tail = [c for c in verb.rights if c.i > obj.i and c.dep_ in {"prep", "oprd", "xcomp", "ccomp", "acomp"}
                    and not (c.dep_ == "prep" and sets_scene(c) and not _charge_inside(verb, c))
                    and not (c.dep_ == "ccomp" and _main_clause_after(verb, c))]
            end_tok = max([obj.right_edge] + [c.right_edge for c in tail], key=lambda t: t.i)
            # a pronoun alone says nothing; nor does the person questioned ("were questioning six workers")
            if not tail and (obj.lower_ in {"it", "this", "that", "them", "him", "her"}
                             or lemma in lex.interrogate and _a_person(obj) and not any(
                                 c.dep_ == "prep" for c in kids(obj))):
                return None
            return (obj.left_edge.idx, end_tok.idx + len(end_tok)), True
    if lex.verb_class.get(lemma) == "speech":
        answer = _answer(verb)
        if answer is not None:
            return answer, True
        timed = _said_in_a_time_clause(verb)
        if timed is not None:
            return subtree_span(timed), False
    return None


def _to_the_cue(verb: Token, comp: Token, end: int) -> int:
    """"The web has made it possible for people with odd, if harmless, ideas to
    meet, she said.": a misparse hangs the clause's tail on the cue after it.
    What was said runs on to the comma before the cue's speaker."""
    doc = verb.doc
    comma = _comma_before_speaker(verb)
    if comma is None or comma.i <= comp.right_edge.i or end < comp.right_edge.idx + len(comp.right_edge):
        return end  # (nor past a contrast clause `clause_span` cut off)
    gap = doc[comp.right_edge.i + 1 : comma.i]
    # only words the cue holds (not a clause of its own, a quotation or a new sentence)
    if not any(t.head.i == verb.i and t.dep_ not in {"punct", "cc"} for t in gap) or any(
            t.is_sent_start or t.text in {";", ":"} or t.is_quote for t in gap):
        return end
    if not all(t.i == verb.i or any(a.i == verb.i for a in t.ancestors) for t in gap):
        return end
    last = doc[comma.i - 1]
    return max(end, last.idx + len(last))


def _comma_before_speaker(verb: Token) -> Token | None:
    """The comma right before the cue's speaker, or before the cue when its
    subject is not written before it ("P, she said", "P, said X")."""
    subj = nearest_subject(verb, left_only=True)
    left = subj.left_edge.i if subj is not None else verb.i
    return verb.doc[left - 1] if left >= 1 and verb.doc[left - 1].text == "," else None


def _speaker_after_stray_subject(verb: Token) -> Token | None:
    """"A strike killed 30 people, a spokesman for X has said": the parser hung
    the clause's subject ("people") on the cue beside its speaker; the speaker
    is the subject set off by a comma just before the cue."""
    before = [c for c in kids(verb) if c.dep_ in SUBJ and c.i < verb.i]
    if len(before) < 2 or verb.dep_ != "parataxis" or before[0].i < verb.head.i:
        return None
    near = before[-1]
    return near if near.left_edge.i > 1 and verb.doc[near.left_edge.i - 1].text == "," else None


def _closing_cue(verb: Token) -> Token | None:
    """"P, Defense Secretary Lee told lawmakers on Tuesday.": a cue that closes
    its sentence, its subject after a comma, after it only the people told and
    when; the parser joined it to P's verb (as a conjunct with no "and", or a
    clause of it that took P's last words). The comma, or None."""
    doc = verb.doc
    comma = _comma_before_speaker(verb)
    if comma is None or comma.i == verb.i - 1:  # (no subject written before the cue)
        return None
    if any(c.dep_ == "cc" for c in kids(verb.head) if c.i < verb.i) or any(
            c.dep_ not in {"nsubj", "aux", "neg", "punct"} for c in verb.lefts
            if verb.dep_ == "conj" or c.i > comma.i):
        return None  # (not "when readers agreed on X": a clause of its own)
    addressee = _addressee(verb)
    for c in verb.rights:
        if c.is_punct:
            continue
        if addressee is not None and c.i == addressee.root.i:
            continue
        if c.dep_ == "npadvmod" or c.dep_ == "prep" and (tells_time(c) or c.lower_ == "to"):
            continue
        return None
    # the sentence ends there
    return comma if all(t.is_punct or t.is_space for t in doc[verb.right_edge.i + 1 : sent_bounds(verb)[1]]) else None


def _said_in_a_time_clause(verb: Token) -> Token | None:
    """"X told reporters as he left the ministry that P": the parser hangs the
    that-clause on the clause of time between the cue and it; it is the cue's."""
    for clause in kids(verb):
        # (not a cue's own: "said when asked, while stressing that P")
        if clause.dep_ == "advcl" and clause.i > verb.i and verb_cue(clause) is None and any(
                m.dep_ == "mark" and m.lower_ in {"as", "when", "while", "after", "before"} for m in kids(clause)):
            return next((c for c in kids(clause) if c.dep_ == "ccomp" and c.i > clause.i and any(
                m.lower_ == "that" and m.dep_ == "mark" for m in kids(c))), None)
    return None


NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})


def content_over_conjunct(verb: Token, start: int, end: int) -> int:
    """"has mentioned refinancing student loans and forcing universities to ...",
    "emphasizing economic fairness, and a need to ...", "promised to meet and in
    some cases exceed his goals": the parser hangs the content's conjunct on the
    cue; a noun, a gerund or a bare verb after "to" with no subject of its own
    is the content's, not another act of the speaker."""
    text = text_of(verb.doc)
    for c in kids(verb):
        if c.dep_ != "conj" or c.idx < end or verb_cue(c) is not None or any(g.dep_ in SUBJ for g in kids(c)):
            continue
        # (a bare verb the tagger may read as a present with no subject: "to meet and ... exceed")
        if not (c.tag_ in NOUN_TAGS or c.tag_ == "VBG" or c.tag_ in {"VB", "VBP"} and text[start : start + 3] == "to "):
            continue
        gap = text[end : c.left_edge.idx].strip(" ,")
        if gap in {"and", "or"}:
            last = c.right_edge
            while last.i > c.i and last.is_punct:
                last = last.doc[last.i - 1]
            end = last.idx + len(last)
    return end


def _charge_inside(verb: Token, scene: Token) -> bool:
    """"accused brokers at the Mombasa auction of running a cartel": the parser
    hangs the charge on the place's noun; an accusation's "of"/"for" + "-ing"
    there is still what the accused did."""
    if verb.lemma_.lower() not in cues().accusation_verbs:
        return False
    return any(t.dep_ == "prep" and t.lower_ in {"of", "for"} and any(
        g.dep_ in {"pcomp", "pobj"} and g.tag_ == "VBG" for g in kids(t)) for t in subtree(scene) if t is not scene)


def _relative_object(verb: Token) -> tuple[int, int] | None:
    """"a company that it accuses of setting fires", "the firm it blames for the
    fires": the noun the relative clause hangs on is the cue's object, and
    what it is accused of follows the verb."""
    noun = verb.head
    if (verb.dep_ != "relcl" or noun.pos_ not in {"NOUN", "PROPN"} or noun.i > verb.i
            or verb.lemma_.lower() not in cues().accusation_verbs):  # not "the meal she refused to eat"
        return None
    objs = [c for c in kids(verb) if c.dep_ == "dobj"]
    if objs and not all(c.lower_ in RELATIVE and c.i < verb.i for c in objs):
        return None
    tail = [c for c in verb.rights if c.dep_ == "prep" and not sets_scene(c)]
    if not tail:
        return None
    first = next(t for t in noun.subtree)  # with its determiner and modifiers
    last = tail[-1].right_edge
    return first.idx, last.idx + len(last)


def relative_report(verb: Token) -> bool:
    """"sites that it said were used by X", "tanker it says loaded Iranian oil":
    a relative clause whose speaker reports what the noun it hangs on did or
    is; the relative word, written or not, is the reported clause's subject."""
    if verb.dep_ != "relcl" or verb.head.i > verb.i or cues().verb_class.get(verb.lemma_.lower()) not in {
            "speech", "cognition"}:
        return False
    subj = next((c for c in kids(verb) if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or subj.lower_ in RELATIVE or verb.i + 1 >= len(verb.doc):
        return False
    after, noun = verb.nbor(1), verb.head
    while noun.dep_ in {"pobj", "prep"}:  # "many of the problems Beth sees are ...": the whole phrase
        noun = noun.head
    # not the main verb of the noun itself: "everything the bot said was made up" (but ", a move
    # Ostria said would draw a response": a noun set off after a clause, whatever the parse hung it on)
    set_off = noun.left_edge.i > 0 and verb.doc[noun.left_edge.i - 1].text == ","
    main = noun.dep_ in SUBJ and noun.head in (after, after.head) and not set_off
    return not main and (after.tag_.startswith("VB") or after.tag_ == "MD")


def _actor_like(tok: Token) -> bool:
    """A word that can hold a view: a person, a people, an organisation or a
    state, by its entity label or the actor lexicons."""
    if tok.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or _a_person(tok) or tok.lower_ in {"he", "she", "they"}:
        return True
    if any(c.dep_ == "appos" and c.ent_type_ in {"PERSON", "ORG"} for c in kids(tok)):
        return True  # "another swimmer, Jo Doe"
    # "a majority of voters", "many of his colleagues", "the Times and the Globe"
    if any(c.dep_ == "conj" and _actor_like(c) for c in kids(tok)) or any(
            g.dep_ == "pobj" and _actor_like(g) for c in kids(tok) if c.dep_ == "prep" and c.lower_ == "of" for g in kids(c)):
        return True
    return tok.pos_ in {"NOUN", "PROPN"} and bool(code_actor(noun_phrase(tok).text).sector)


def _passive_content(verb: Token) -> tuple[int, int] | None:
    """What a passive cue with an agent reports: its subject ("the report was
    denied by the ministry"; with a claim noun, the claim's clause), the noun
    its participle describes ("the bill, opposed by House Republicans"), or,
    when that is a pronoun, what follows ("he was accused by the media of
    lying"). The agent is the speaker (`find_subject`)."""
    agent = _agent(verb) if verb.tag_ == "VBN" and verb.lemma_.lower() not in cues().not_passive else None
    if agent is None or not _actor_like(agent) or negated(verb):
        return None  # "threatened by the development of a resort"; "wasn't endorsed by"
    if any(c.dep_ == "prt" for c in kids(verb)) and _phrasal_pair(verb) is None:
        return None  # "charged down by", "blasted off by": another verb than the cue
    first = verb
    while first.dep_ == "conj" and first.head.tag_ == "VBN":
        first = first.head  # "aided by Russia and opposed by the U.S."
    subj = next((c for c in kids(verb) if c.dep_ == "nsubjpass"), None)
    if subj is not None and subj.lower_ in RELATIVE and verb.dep_ == "relcl":
        subj = verb.head  # "Jo Doe, who is reviled by critics": the person it stands for
    elif subj is None and first.dep_ == "acl" and first.head.pos_ in {"NOUN", "PROPN"}:
        subj = first.head
    if subj is None:
        return None
    inner = claim_clause(subj)
    if inner is not None:
        return subtree_span(inner)
    tail = [c for c in verb.rights if c.dep_ in {"prep", "oprd", "xcomp", "pcomp"} and c.lower_ not in CIRCUMSTANCE]
    charge = next((c for c in tail if c.dep_ == "prep" and c.lower_ in {"of", "for"}), None)
    if charge is not None and verb.lemma_.lower() in cues().accusation_verbs:
        # "a company was accused by environmental groups on Monday of illegally clearing a forest":
        # what it is accused of is what they say, not the company
        what = next((c for c in kids(charge) if c.dep_ in {"pcomp", "pobj"}), charge)
        return what.left_edge.idx, charge.right_edge.idx + len(charge.right_edge)
    if subj.pos_ != "PRON" or subj.lower_ in RELATIVE:
        phrase = noun_phrase(subj)
        if phrase.end <= verb.i:
            return phrase.start_char, phrase.end_char
    if not tail:
        return None
    return tail[0].left_edge.idx, tail[-1].right_edge.idx + len(tail[-1].right_edge)


ANSWERS = {"yes", "no", "so"}


def _answer(verb: Token) -> tuple[int, int] | None:
    """"46 percent said yes", "half said no", "she said so", "others said the
    same": a one-word answer is what was said (common in polls and interviews)."""
    for c in verb.rights:
        if c.lower_ in ANSWERS and c.dep_ in {"intj", "advmod", "dobj"} and c.i == verb.i + 1:
            if c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ == "to":
                return None  # "said no to the war": rejected the war
            return c.idx, c.idx + len(c)
        if c.lower_ == "same" and c.dep_ == "dobj" and c.i == verb.i + 2 and verb.doc[verb.i + 1].lower_ == "the":
            return verb.doc[verb.i + 1].idx, c.right_edge.idx + len(c.right_edge)
    return None


def _resumed_end(verb: Token, quotes: list[Quote]) -> int | None:
    """"He is leaning toward X, he said, because he ...": the sentence goes on
    after the cue set off by commas; the content runs to its end (None when
    the cue ends its sentence or what follows is its own act: ", adding ...")."""
    doc = verb.doc
    ends = [verb.i] + [c.right_edge.i for c in kids(verb)
                       if c.dep_ in SUBJ | {"aux", "neg", "advmod", "npadvmod", "prt"}
                       or c.dep_ == "prep" and c.lower_ in {"on", "in", "at", "during"}]
    after = max(ends) + 1
    sent_end = sent_bounds(verb)[1]
    if after >= sent_end - 1 or doc[after].text != ",":
        return None
    nxt = doc[after + 1]
    if nxt.tag_ in {"VBG", "VBN"} or nxt.dep_ == "cc" or _in_quote(nxt.idx, quotes):
        return None
    # "..., the ministry said on Monday, as protests spread" / ", amid protests": the
    # writer's circumstance of the saying ("because ..." goes on with what was said)
    if _opens_aside(nxt) or nxt.dep_ == "prep" and nxt.lower_ in CIRCUMSTANCE and nxt.head.i == verb.i:
        return None
    last = sent_end - 1
    while last > after and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    if last <= after + 1:
        return None
    return doc[last].idx + len(doc[last])


def _parenthetical(verb: Token) -> bool:
    """"The museum, she said, would ...": a cue between commas before its clause's verb."""
    doc = verb.doc
    if verb.dep_ != "parataxis" or verb.i > verb.head.i or verb.head.pos_ not in {"VERB", "AUX"}:
        return False
    subj = nearest_subject(verb, left_only=True)
    left = subj.left_edge.i if subj is not None else verb.i
    right = max([verb.i] + [t.i for c in verb.rights if not c.is_punct for t in subtree(c)])
    return left > 0 and doc[left - 1].text in {",", "—", "–"} and right + 1 < len(doc) and doc[right + 1].text in {",", "—", "–"}


def _for_clause(verb: Token) -> Token | None:
    """The clause of "called for X to Y", which the parser opens with "for" as
    its marker right after the verb."""
    return next((c for c in kids(verb) if c.dep_ in {"advcl", "ccomp"} and any(
        m.i == verb.i + 1 and m.dep_ == "mark" and m.lower_ == "for" for m in kids(c))), None)


DISMISSED_PREPS = {"against", "at", "on", "over"}  # "pushed back against / at X"


def _phrasal_object(verb: Token) -> tuple[int, int] | None:
    """"called for X", "pointed to X": the object of the cue's own preposition."""
    lex = cues()
    lemma = verb.lemma_.lower()
    # the lexicon first: few cues take "for", and the clause is a walk of the grandchildren
    clause = _for_clause(verb) if (lemma, "for") in lex.phrasal else None
    if clause is not None:
        return verb.doc[verb.i + 2].idx, clause.right_edge.idx + len(clause.right_edge)
    for c in kids(verb):
        if c.dep_ != "prep":
            continue
        pair = (lemma, c.lower_)
        if pair in lex.phrasal:
            pobj = next((g for g in kids(c) if g.dep_ in {"pobj", "pcomp"}), None)
            if pobj is not None and _no_claim_dismissed(pair, pobj):
                return None  # "laughed off the rain"
            if pobj is not None:
                # "called on X to stop ...": what X is asked to do goes with X
                end = max([pobj.right_edge] + [x.right_edge for x in kids(verb) if x.dep_ in {"xcomp", "ccomp"} and x.i > pobj.i],
                          key=lambda t: t.i)
                return pobj.left_edge.idx, end.idx + len(end)
    if _adverb_particle(verb) is None or any(c.dep_ == "dobj" for c in kids(verb)):
        return None
    pair = _phrasal_pair(verb)
    # "pushed back against claims that P", "at the notion that P": what is dismissed follows
    for c in kids(verb):
        if c.dep_ == "prep" and c.i > verb.i and c.lower_ in DISMISSED_PREPS:
            pobj = next((g for g in kids(c) if g.dep_ == "pobj"), None)
            if pobj is None or _no_claim_dismissed(pair, pobj):
                return None
            inner = claim_clause(pobj) or next((g for g in kids(pobj) if g.dep_ in {"acl", "ccomp"} and _marked(g)), None)
            return subtree_span(inner) if inner is not None else (pobj.left_edge.idx, pobj.right_edge.idx + len(pobj.right_edge))
    return None



def _naming_content(verb: Token, need_tail: bool = False) -> tuple[int, int] | None:
    obj = next((c for c in kids(verb) if c.dep_ in {"dobj", "oprd"} and c.i > verb.i), None)
    if obj is None and verb.lemma_ == "refer":
        prep = next((c for c in kids(verb) if c.dep_ == "prep" and c.lower_ == "to"), None)
        obj = next((c for c in kids(prep) if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None:
        return None
    tail = [c for c in verb.rights if c.i > obj.i and c.dep_ in {"oprd", "xcomp", "ccomp", "acomp", "prep", "advcl"}
            and not (c.dep_ == "prep" and c.lower_ in {"in", "on", "at", "during", "after", "before", "since"})]
    if need_tail and not any(c.dep_ in {"oprd", "xcomp", "acomp"} or c.lower_ in {"as", "with"} for c in tail):
        return None
    end_tok = max([obj.right_edge] + [c.right_edge for c in tail], key=lambda t: t.i)
    start_tok = min(obj.left_edge, *(c.left_edge for c in tail), key=lambda t: t.i) if tail else obj.left_edge
    return start_tok.idx, end_tok.idx + len(end_tok)


# Verbs that put a label straight after their object, without "as": "called
# the claims baseless", "found the report false".
LABEL_VERBS = NAMING | SHOWING | {"declare", "deem", "pronounce"}
# Words a closing label may hold besides the false-words: "as a pack of lies",
# "as Western propaganda", "“utterly false and baseless”".
LABEL_GLUE = {"and", "or", "of", "a", "an", "the", "pure", "utter", "complete", "total", "just", "more", "nothing",
              "but", "pack", "bunch", "load"}


def false_label(verb: Token) -> Token | None:
    """First token of a closing label by which the cue calls its object, a
    claim, false: "dismissed reports that P as nonsense", "called the claims
    baseless", "branded the story fake news". The parser often hangs the
    label inside the claim's clause; it still closes the verb's phrase."""
    doc = verb.doc
    # "calling the charges “a smear by people who ...”": the label is the verb's own
    # predicate, whatever words of its own follow the false word
    oprd = None
    if verb.lemma_.lower() in NAMING:
        # (or the second of two objects: "calling it “a smear campaign dressed up as journalism”")
        objs = [c for c in kids(verb) if c.dep_ == "dobj"]
        oprd = next((c for c in kids(verb) if c.dep_ == "oprd"), objs[1] if len(objs) == 2 else None)
    if oprd is not None and oprd.i > verb.i + 1 and (_false_word(oprd) or any(
            c.dep_ in {"compound", "amod"} and c.i < oprd.i and _false_word(c) for c in kids(oprd))):
        first = oprd.left_edge
        # (the claim may be parsed inside the label: "called the operator's account “misleading”")
        claim = [c for c in kids(oprd) if c.i < oprd.i and c.dep_ in {"npadvmod", "nsubj", "dobj"}
                 and c.pos_ in {"NOUN", "PROPN", "PRON"}]
        if claim:
            first = doc[claim[-1].right_edge.i + 1]
        while first.i < oprd.i and (first.is_punct or first.is_space):
            first = doc[first.i + 1]
        return first if _labels_a_claim(verb, first) else None
    found = _closing_label(verb, verb.right_edge.i)
    if found is None:
        # a headline's second clause the parser hung on the object: "X calls Y's charge
        # 'absurd', shuts consulate"; the label closes the part before the comma
        comma = next((t.i for t in doc[verb.i + 1 : verb.right_edge.i] if t.text == ","), None)
        if comma is not None:
            found = _closing_label(verb, comma - 1)
    return found


def _closing_label(verb: Token, last: int) -> Token | None:
    """`false_label`'s closing label, read back from the token at `last`."""
    doc = verb.doc
    while last > verb.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    i, seen = last, False
    while i > verb.i + 1:
        t = doc[i]
        low = t.lower_
        if (t.pos_ != "VERB" or t.tag_ in {"VBN", "VBG"}) and _false_word(t):
            seen = True
        elif low == "as" or not (t.is_punct or t.is_space or low in LABEL_GLUE
                                 or t.pos_ in {"ADJ", "ADV"} or i == last and t.pos_ == "NOUN"):
            break
        i -= 1
    if not seen:
        return None
    first = doc[i + 1]
    while first.i < last and (first.is_punct or first.is_space):
        first = doc[first.i + 1]
    before = doc[i]
    if before.lower_ == "as":
        first = before
    elif not (verb.lemma_.lower() in LABEL_VERBS and before.pos_ in {"NOUN", "PROPN"}):
        return None
    return first if _labels_a_claim(verb, first) else None


def labelled_content(doc: Doc, start: int, end: int, label: Token) -> int:
    """Where a denial by a false label ends: before the label ("called the claims
    “baseless”": the claims); but a pronoun alone says nothing of what it
    denies ("calling it “a lie fabricated to ...”"): the label stays."""
    cut = before_label(label, end)
    text = text_of(doc)
    if text[start:cut].strip(" ,\"“”'").lower() not in CLAIM_PRONOUNS:
        return cut
    # ... to the label's closing quotation mark, not what follows it ("... and accusing X of P")
    close = min((i for i in (text.find(q, label.idx + 1, end) for q in "”\"") if i >= 0), default=-1)
    return close + 1 if close >= 0 else end


def before_label(label: Token, end: int) -> int:
    """Where a denial's content ends before the false label it gave the claim,
    and before the quotation mark that opens it ('the claims “baseless”': the
    claims). Bare figures keep their label ("its figures “inaccurate”"): alone
    they do not say what is disputed."""
    doc, data = label.doc, cues().data_nouns
    if label.i >= 1 and doc[label.i - 1].lower_ in data or label.i >= 2 and (
            doc[label.i - 1].is_punct and doc[label.i - 2].lower_ in data):
        return end
    at = doc[label.i - 1].idx if label.i >= 1 and doc[label.i - 1].is_quote else label.idx
    return min(end, at)


def _labels_a_claim(verb: Token, first: Token) -> bool:
    """What the verb labels before `first` is a claim ("called the decision wrong" is
    no denial), and the label is the verb's own ("blamed X, an accusation Y rejected as
    groundless": the label is Y's)."""
    between = verb.doc[verb.i + 1 : first.i]
    lex = cues()
    # (figures are claims too: "calling its figures “inaccurate”")
    if not any(t.lemma_.lower() in lex.deny_objects or t.lower_ in lex.data_nouns
               for t in between if t.pos_ in {"NOUN", "VERB"}) and not (
            _claim_pronoun(verb, between)):
        return False
    # (or a conjunct with a subject of its own: "demanded P, a charge Y rejected as “unfounded”")
    return not any((a.dep_ == "relcl" or a.dep_ == "conj" and any(c.dep_ == "nsubj" for c in kids(a)))
                   and a.i > verb.i and verb_cue(a) is not None for a in first.ancestors if verb.is_ancestor(a))


def _claim_pronoun(verb: Token, between: Span) -> bool:
    """"denied reports that P, calling them “completely false”": the pronoun the
    participle labels stands for the claim its head verb took as object."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or not any(t.lower_ in CLAIM_PRONOUNS for t in between):
        return False
    head, claims = verb.head, cues().deny_objects
    # (the parser may hang the participle on the claim's own clause: "reports that P, calling them")
    return head.dep_ == "acl" and head.head.lemma_.lower() in claims or any(
        c.dep_ == "dobj" and c.lemma_.lower() in claims for c in kids(head))


CLAIM_PRONOUNS = frozenset({"them", "it", "this", "these", "those"})


def _claim_noun_as_verb(tok: Token) -> bool:
    """"dismissed as propaganda reports that P": a claim noun the tagger took for
    a verb, with its that-clause and no subject of its own."""
    head = tok.head
    return (tok.pos_ == "VERB" and tok.tag_ in {"VBZ", "NNS"} and tok.lower_.rstrip("s") in cues().nouns
            and not any(c.dep_ in SUBJ for c in kids(tok)) and claim_clause(tok) is not None
            # right after the cue's "as" label ("denied it and claims that P" is a second verb)
            and any(c.dep_ == "prep" and c.lower_ == "as" and head.i < c.i < tok.i for c in kids(head)))


def claim_clause(noun: Token) -> Token | None:
    """The that-clause (or of/about object) carried by a claim noun."""
    lex = cues()
    if noun.lemma_.lower() not in lex.nouns:
        return None
    for c in kids(noun):
        if c.dep_ in {"acl", "ccomp", "relcl"} and any(m.dep_ == "mark" and m.lower_ == "that" for m in kids(c)):
            return c
    for c in kids(noun):
        if c.dep_ == "acl" and c.tag_ == "VBN":  # "claims made by X ... that P"
            for cc in kids(c):
                if cc.dep_ in {"ccomp", "advcl"} and any(m.lower_ == "that" for m in kids(cc) if m.dep_ == "mark"):
                    return cc
    return None


def _it_speaks(verb: Token, subj: Token, lex) -> bool:
    """"..., it said." / "It added that ...": with a verb of speech in the
    active voice, "it" is an organisation or a document that speaks, not the
    "it" of "it seems" or "it is said"."""
    head = verb.head if verb.dep_ == "conj" else verb  # "It pointed out ... and noted ..."
    if subj.dep_ == "nsubj" and subj.head.i == verb.i and verb.lemma_.lower() in NAMING and any(
            c.dep_ == "dobj" and c.lower_ == "what" for c in kids(verb)):
        return True  # "to complain of what it called “abuse”": the body named before calls it so
    return (subj.dep_ == "nsubj" and subj.head.i in {verb.i, head.i}  # not "it is easy to dismiss"
            and verb.dep_ not in {"advcl", "relcl", "acl", "xcomp", "pcomp"}  # not "even though it contradicted"
            and lex.verb_class.get(verb.lemma_.lower()) in {"speech", "deny", "evidence"})


def _it_goes_on(verb: Token, subj: Token) -> bool:
    """"The army said it had downed drones, accusing militias of P": a participle
    after a reported clause whose subject is "it", or a past verb joined to
    that clause, goes on with what the speaker said; "it" is the speaker, as
    the reporting cue's subject tells."""
    clause = verb.head
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and subj.head.i == clause.i:
        if clause.dep_ == "ccomp":
            return verb_cue(clause.head) is not None
        # "It declared force majeure, warning that P": a body that acted, and said so
        return clause.dep_ == "ROOT" and clause.tag_ == "VBD" and any(c.dep_ == "dobj" for c in kids(clause))
    # ("it said no ship had come near the boats and labelled the stories false": the
    # cue's own "it", the verb joined to the clause it reported)
    outer = reporting_cue(verb) if verb.dep_ == "conj" else None
    return outer is not None and subj.head.i == outer.i


HEADLINE_JOINS = frozenset({"as", "after", "amid", "while", "but", "despite", "following", "when"})


def _denial_read_as_subject(doc: Doc, words: list[Token], verb: Token, found: list[Raw]) -> list[Raw] | None:
    """"Ghana cocoa board denies rigged scales as farmers demand pay": the
    parser made "board denies" the subject of "rigged". The headline denies
    what follows the verb, up to the clause joined after it."""
    if verb.dep_ not in {"nsubj", "compound", "amod"} or verb.head.i <= verb.i or any(r.cue.i == verb.i for r in found):
        return None
    speaker = doc[words[0].i : verb.i]
    if not any(t.pos_ in {"NOUN", "PROPN"} for t in speaker):
        return None
    end = verb.i + 1
    while end < len(words) and not (words[end].lower_ in HEADLINE_JOINS or words[end].text in {";", ",", ":", "—", "–"}):
        end += 1
    while end > verb.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if end - verb.i < 3:
        return None  # one word is too little to be what is denied
    kept = [r for r in found if not (r.cue.idx < words[end - 1].idx + 1 and r.cue.i >= verb.i - 1)]
    return [Raw(cue=verb, cue_span=(verb.idx, verb.idx + len(verb)), content=(doc[verb.i + 1].idx, doc[end - 1].idx + len(doc[end - 1])),
                stance="deny", speakers=[speaker]), *kept]


def _headline_words(doc: Doc, title_end: int) -> list[Token]:
    """The headline's tokens, found by bisection without reading every word."""
    toks = tokens_of(doc)
    return toks[: bisect_left(toks, title_end, key=lambda t: t.idx)]


def headline_rejection(doc: Doc, title_end: int, found: list[Raw]) -> list[Raw]:
    """`found` with a headline's "X rejects claims P" read as the denial it is.
    Two words in a row that can each be a verb ("rejects claims", "denies
    reports") lead the tagger to take the allegation for the verb, its subject
    "X rejects", or the whole for a noun phrase; the headline's shape is fixed
    enough to read without the parse."""
    lex = cues()
    words = _headline_words(doc, title_end)
    found = _denial_after_semicolon(doc, words, found, lex)
    for verb, noun in pairwise(words[1:]):
        if lex.verb_stance.get(verb.lemma_.lower()) != "deny" or not verb.lower_.endswith("s"):
            continue
        if noun.lemma_.lower() in lex.allegation_nouns and noun.i + 1 == len(words):
            closing = _closing_rejection(doc, words, verb, noun, found)
            if closing is not None:
                return closing
        if noun.lemma_.lower() not in lex.allegation_nouns or noun.i + 1 >= len(words):
            misread = _denial_read_as_subject(doc, words, verb, found)
            if misread is not None:
                return misread
            continue
        if any(r.cue.i == verb.i for r in found):
            return found  # the parser got it right
        # "claims of hidden losses" is the allegation; "claims children worked" reports it
        first = noun if words[noun.i + 1].lower_ in {"of", "about", "over"} else words[noun.i + 1]
        if first.lower_ == "that" and first.i + 1 < len(words):
            first = words[first.i + 1]
        last = words[-1]
        while last.i > first.i and (last.is_punct or last.is_space):
            last = doc[last.i - 1]
        speaker = doc[words[0].i : verb.i]
        if not any(t.pos_ in {"NOUN", "PROPN"} for t in speaker) or last.i <= first.i:
            continue
        # what the misreading made of the headline: the allegation as a cue, "X rejects" as its speaker
        kept = [r for r in found if not (r.cue.idx < title_end and (r.cue.i >= verb.i or r.content[0] <= verb.idx))]
        return [Raw(cue=verb, cue_span=(verb.idx, verb.idx + len(verb)), content=(first.idx, last.idx + len(last)),
                    stance="deny", speakers=[speaker]), *kept]
    return found


def _closing_rejection(doc: Doc, words: list[Token], verb: Token, noun: Token, found: list[Raw]) -> list[Raw] | None:
    """"Chad accuses Sudan-based gunmen of raids, N'Djamena rejects charge": a
    headline closed by a bare rejection after a comma or semicolon; the few
    words before the verb reject what the clause before the comma says."""
    stop = next((t.i for t in reversed(words[: verb.i]) if t.text in {",", ";"}), None)
    if stop is None or stop < 2 or not 1 <= verb.i - stop - 1 <= 3:
        return None
    speaker = doc[stop + 1 : verb.i]
    if not any(t.pos_ in {"NOUN", "PROPN"} for t in speaker):
        return None
    start, end = trim(doc, words[0].idx, words[stop].idx)
    if end - start < 3:
        return None
    # (the parser's reading of the last clause goes: the claim noun as a verb, "X rejects" its subject)
    kept = [r for r in found if not stop < r.cue.i <= noun.i]
    return [*kept, Raw(cue=verb, cue_span=(verb.idx, noun.idx + len(noun)), content=(start, end), stance="deny",
                       speakers=[speaker])]


def headline_accusation(doc: Doc, title_end: int, found: list[Raw]) -> list[Raw]:
    """"Polish hospital accused of falsifying response times": a headline's
    accusation with no accuser named. Its accuser is the lede's: the source in
    the story's first paragraph that accuses ("a whistleblower accused a
    subcontractor of ..."), else its first asserting source ("..., according
    to a group of paramedics")."""
    lex = cues()
    words = _headline_words(doc, title_end)
    taken = {r.cue.i for r in found}
    story = sorted((r for r in found if r.cue.idx >= title_end and r.speakers), key=lambda r: r.cue.idx)
    if not story:
        return []
    para_end = text_of(doc).find("\n", story[0].cue.idx)
    lede = [r for r in story if r.stance == "assert" and (para_end < 0 or r.cue.idx < para_end)]
    source = next((r for r in lede if r.cue.lemma_.lower() in lex.accusation_verbs), lede[0] if lede else None)
    if source is None:
        return []
    out = []
    for verb in words:
        if verb.tag_ != "VBN" or verb.lemma_.lower() not in lex.accusation_verbs or verb.i in taken or (
                _agent(verb) is not None):
            continue
        if not (verb.dep_ == "ROOT" or verb.dep_ == "acl" and verb.head.dep_ == "ROOT"):
            continue  # "A man accused of P has been left ...": the headline tells something else
        charge = next((g for c in kids(verb) if c.dep_ == "prep" and c.lower_ in {"of", "for"}
                       for g in kids(c) if g.dep_ in {"pcomp", "pobj"}), None)
        if charge is None:
            continue
        start, end = trim(doc, charge.left_edge.idx, charge.right_edge.idx + len(charge.right_edge))
        if end - start >= 3:
            out.append(Raw(cue=verb, cue_span=cue_span(verb), content=(start, end), stance="assert",
                           speakers=list(source.speakers)))
    return out


def _denial_after_semicolon(doc: Doc, words: list[Token], found: list[Raw], lex) -> list[Raw]:
    """"Mayor says smelter poisoned town's water; company denies it": the
    headline's second clause denies what its first reports, whatever the parser
    hangs where. Its speaker is the few words before the verb."""
    semi = next((t.i for t in words if t.text == ";"), None)
    if semi is None or semi < 2 or semi + 2 >= len(words):
        return found
    verb = next((t for t in words[semi + 2 : min(len(words), semi + 5)] if t.lower_.endswith("s")
                 and lex.verb_stance.get(t.lemma_.lower()) == "deny"), None)
    if verb is None:
        return found
    speaker = doc[semi + 1 : verb.i]
    if not any(t.pos_ in {"NOUN", "PROPN"} for t in speaker) or any(t.pos_ in {"VERB", "AUX"} for t in speaker):
        return found
    # what the first clause reports ("smelter poisoned town's water"), else the whole clause
    said = next((t for t in words[:semi] if t.pos_ == "VERB" and verb_cue(t) == "assert"), None)
    read = [r for r in found if r.cue.i == verb.i]
    if read and (said is None or any(r.cue.i == said.i for r in found)
                 or not any(r.content[0] <= said.idx < r.content[1] for r in read)):
        return found  # the parser read it right; not when it denied the report along with what it reports
    start = words[said.i + 1].idx if said is not None and said.i + 1 < semi else words[0].idx
    content = (start, words[semi - 1].idx + len(words[semi - 1]))
    # (the parser's own reading of the second clause goes: "denies" with the first clause as its object)
    kept = [r for r in found if not (semi < r.cue.i <= words[-1].i or r.content[0] <= verb.idx < r.content[1])]
    if said is not None and said.i > 0 and not any(r.cue.i == said.i for r in kept):
        # the first clause's own report, which the parser hung on the denial
        kept.append(Raw(cue=said, cue_span=(said.idx, said.idx + len(said)), content=content, stance="assert",
                        speakers=[doc[words[0].i : said.i]]))
    return [*kept, Raw(cue=verb, cue_span=(verb.idx, verb.idx + len(verb)), content=content, stance="deny",
                       speakers=[speaker])]


def _candidate_words(doc: Doc, allegation_nouns: frozenset[str], frame_preps: Iterable[str]) -> list[Token]:
    """The words some branch of `find_statements` may take, in order: verbs, the prepositions
    that may open a frame ("in", `frame_preps`), "according"/"per", a noun at the root (a verb the tagger misread), an adjective as
    a complement, and the nouns of allegation. Picked from the Doc's arrays at once:
    most nouns and adjectives are none of these, and each read of a word costs."""
    table, strings = token_table(doc), doc.vocab.strings
    pos, dep, lower = table[:, 0], table[:, 1], table[:, 2]
    noun = pos == strings["NOUN"]
    framing = lower == strings["in"]
    for word in frame_preps:
        framing |= lower == strings[word]
    hit = (pos == strings["VERB"]) | (pos == strings["AUX"]) | (dep == strings["prep"]) & framing | (
        lower == strings["according"]) | (lower == strings["per"]) | noun & (dep == strings["ROOT"]) | (
        pos == strings["ADJ"]) & (dep == strings["acomp"])
    nouns = np.flatnonzero(noun).tolist()
    lemmas = table[nouns, 3].tolist()
    lowered = lowered_lemmas(doc, set(lemmas))  # (shared with the claims stage)
    hit[[i for i, h in zip(nouns, lemmas, strict=True) if lowered[h] in allegation_nouns]] = True
    toks = tokens_of(doc)
    return [toks[i] for i in np.flatnonzero(hit).tolist()]


def find_statements(doc: Doc, quotes: list[Quote], prior: list[Raw] | None = None) -> list[Raw]:
    """Raw attributions; `prior` ones (found by other means) are kept and their
    contents are not reported twice."""
    found: list[Raw] = list(prior or [])
    lex = cues()
    # only the words some branch below may take: the others need no look at all
    for tok in _candidate_words(doc, lex.allegation_nouns, lex.holder_preps):
        # each read of a Token attribute builds a new string: read them once per word
        lower, dep, pos = tok.lower_, tok.dep_, tok.pos_
        if lower in {"according", "per"}:
            if _in_quote(tok.idx, quotes):
                continue  # the quoted speaker's own source, not the article's
            raw = _according(doc, tok, lex.according)
            if raw is not None:
                found.append(raw)
        elif dep == "prep" and (lower == "in" or lower in lex.holder_preps) and not _in_quote(tok.idx, quotes):
            raw = _frame(doc, tok, quotes)
            if raw is not None:
                found.append(raw)
        elif pos in {"VERB", "AUX"} or (pos == "NOUN" and dep == "ROOT" and (
                # "Clause 9 affirms: ...": a verb the tagger took for a plural noun
                tok.tag_.startswith("VB") or any(c.dep_ in {"nsubj", "ccomp"} for c in kids(tok)))):
            if _in_quote(tok.idx, quotes) or _noun_read_as_verb(tok):
                continue
            lemma = tok.lemma_.lower()
            if lemma in lex.light_verbs:
                raw = _light_verb(doc, tok, quotes)
                if raw is not None:
                    found.append(raw)
                    continue
            if lower in lex.adjective_stance and tok.tag_ == "VBN" and dep in {"ROOT", "ccomp", "conj", "advcl", "acomp"}:
                raw = _adjective(doc, tok)  # "are convinced that": a participle said as an adjective
                if raw is not None:
                    found.append(raw)
                    continue
            stance = verb_cue(tok)
            if stance in {"deny", "doubt"}:
                raw = _denied_before(doc, tok, stance, found) or _denied_by(doc, tok, stance, found) or (
                    _denied_back(doc, tok, stance, found))
                if raw is not None:
                    found.append(raw)
                    continue
            elif calls_the_charge_false(tok):
                # "..., a charge the club's president called “a fantasy”": a denial of what came before
                raw = _denied_before(doc, tok, "deny", found)
                if raw is not None:
                    found.append(raw)
                    continue
            elif stance == "assert" and (raw := _charge_said_false(doc, tok, found)) is not None:
                found.append(raw)
                continue
            if dep == "xcomp" and tok.head.pos_ == "VERB" and verb_cue(tok.head) is not None:
                continue  # "urged voters to understand ...": part of the outer cue's content
            if dep == "conj" and verb_cue(tok.head) is not None and _claim_noun_as_verb(tok):
                continue  # "dismissed as propaganda reports that P": the noun the cue dismisses
            if stance is None:
                # any verb of a "“...,” she fumed" frame reports the quotation
                if not _quote_frame(doc, tok, quotes):
                    continue
                stance = "assert"
            if _questioned(tok) or asked_aside(tok) or _reduced_passive(tok) or claims_ground(tok):
                continue
            # "Norway denies X, says talks continue"; "P, a watchdog alleged on Wednesday"
            second = _second_verb_of_subject(tok) or _trailing_cue_read_as_modifier(tok)
            refused = None if second is not None else _refused_confirmation(tok)
            if second is not None:
                got = second[1], False
            else:
                got = _content_for_verb(doc, refused if refused is not None else tok, quotes)
            if got is None:
                continue
            if refused is not None:
                stance = "doubt"  # "declined to confirm the report": the report is in doubt
            (c_start, c_end), _ = got
            if second is None:
                c_end = content_over_conjunct(tok, c_start, c_end)
            if lemma in lex.quote_only and not _in_quote(c_start, quotes) and _phrasal_pair(tok) is None:
                continue  # "as traffic resumed": no quotation, no speech
            label = false_label(tok) if c_end > tok.idx else None
            if label is not None and label.idx > c_start:
                c_end, stance = labelled_content(doc, c_start, c_end, label), "deny"
            c_start, c_end = trim(doc, c_start, c_end)
            if c_end - c_start < 3 and text_of(doc)[c_start:c_end].lower() not in ANSWERS:
                continue
            if stance == "assert" and _asks_whether(doc, tok, c_start):
                stance = "doubt"  # "asked whether the vote was fair", "has yet to say if ..."
            subj, medium = (second[0], None) if second is not None else find_subject(tok, quotes)
            # "the firm that it accuses of P": the speaker sits inside the content it accuses
            relative = dep == "relcl" and (_relative_object(tok) is not None or relative_report(tok))
            if subj is not None and subj.lower_ in {"i", "we", "who"} and lex.verb_class.get(lemma) == "cognition":
                continue  # the writer's own mind, or a relative clause, not a reported source
            if no_one(subj):
                continue  # "nobody can say whether P": no one said anything
            if subj is None or subj.lower_ in PRONOUN_SUBJ and not (subj.lower_ == "it" and (
                    _in_quote(c_start, quotes) or _it_speaks(tok, subj, lex) or _it_goes_on(tok, subj)
                    or relative)):
                continue
            # a speaker inside the content is a misparse, unless it sits between
            # two parts of one quotation ("“A,” she said. “B.”"), or in a relative
            # clause inside it ("the firm that it accuses of P")
            if c_start <= subj.idx < c_end and not _parenthetical(tok) and _resumed_end(tok, quotes) is None and (
                    _in_quote(subj.idx, quotes) or not _in_quote(c_start, quotes)) and not (
                    relative and subj.head.i == tok.i):
                continue
            if not _in_quote(c_start, quotes):
                c_start, c_end = _drop_that(doc, *cut_tail(doc, c_start, c_end, quotes), tok.idx)
                c_end = _before_own_participle(doc, tok, c_start, c_end, quotes)
                q_end = _in_quote(c_end - 1, quotes)
                if q_end is not None and q_end.inner_start > c_start:
                    c_start, c_end = trim(doc, c_start, max(c_end, q_end.inner_end))
            if got[1] and lemma in lex.accusation_verbs:
                c_start = _with_opening_mark(doc, c_start, c_end)
            found.append(
                Raw(
                    cue=tok,
                    cue_span=cue_span(tok) if refused is None else (tok.idx, refused.idx + len(refused)),
                    content=(c_start, c_end),
                    stance=stance,
                    speakers=[noun_phrase(t) for t in conjuncts(subj)],
                    medium=noun_phrase(medium) if medium is not None else None,
                    addressee=_addressee(tok),
                )
            )
        elif pos == "ADJ" and dep == "acomp" and lower in lex.adjective_stance:
            if not _in_quote(tok.idx, quotes):
                raw = _adjective(doc, tok)
                if raw is not None:
                    found.append(raw)
        elif pos == "NOUN" and tok.lemma_.lower() in lex.allegation_nouns:
            raw = _nominal(doc, tok)
            if raw is not None:
                found.append(raw)
    found.extend(_orphan_quotes(doc, quotes, found))
    return found


def _adjective(doc: Doc, adj: Token) -> Raw | None:
    """"The union is unconvinced that the plan will work", "X is skeptical of
    the report": a predicate adjective of belief or doubt with its content."""
    lex = cues()
    link = adj.head if adj.dep_ == "acomp" else adj
    if link is not adj and link.lemma_.lower() not in lex.adjective_linking:
        return None
    # (a participle's subject and "not" may hang on its auxiliary: "it was not yet convinced")
    aux = [c for c in kids(link) if c.dep_ in {"aux", "auxpass"} and c.i < link.i] if link is adj else []
    subj = next((c for t in (link, *aux) for c in kids(t) if c.dep_ in SUBJ), None)
    # "it" is no holder, but for the speaker of the report it opens: "the watchdog said it was
    # not convinced that P"
    own_report = subj is not None and subj.lower_ == "it" and link.dep_ == "ccomp" and verb_cue(link.head) is not None
    if subj is None or subj.lower_ in NO_HOLDER and not own_report or subj.i > link.i:
        return None  # no holder, the writer, or a question ("Are you confident ...?")
    clause = next((c for c in kids(adj) if c.i > adj.i and (c.dep_ == "ccomp" or c.dep_ == "advcl" and _marked(c))), None)
    if clause is None and link is not adj:  # "is not sure if ...": the parser hangs the clause on "is"
        clause = next((c for c in kids(link) if c.i > adj.i and c.dep_ in {"advcl", "ccomp"} and _marked(c)), None)
    if clause is not None:
        start, end = clause_span(clause)
    else:
        preps = lex.adjective_preps if adj.lower_ in lex.adjective_attitude else {"of", "about"}
        prep = next((c for c in kids(adj) if c.dep_ == "prep" and c.lower_ in preps and c.i > adj.i), None)
        obj = next((c for c in kids(prep) if c.dep_ in {"pobj", "pcomp"}), None) if prep is not None else None
        if obj is None:
            return None
        start, end = subtree_span(obj)
    start, end = _drop_that(doc, *trim(doc, start, end), adj.idx)
    if end - start < 3 or text_of(doc)[start:end].lower() in BARE_OBJECTS:
        return None
    neg = next((c for t in (link, *aux) for c in kids(t) if c.dep_ == "neg" and c.i < adj.i), None)  # "is not sure"
    stance = lex.adjective_stance[adj.lower_]
    if neg is not None:
        stance = "doubt" if adj.lower_ in lex.adjective_negated_doubt else "assert"
    first = neg if neg is not None and stance == "doubt" else adj
    return Raw(cue=adj, cue_span=(first.idx, adj.idx + len(adj)), content=(start, end), stance=stance,
               speakers=[noun_phrase(t) for t in conjuncts(past_dateline(subj))])


# Subjects that hold no reported view: no one, the writer or the reader.
NO_HOLDER = PRONOUN_SUBJ | RELATIVE | {"this", "that", "i", "we", "you",
                                      # nor anyone in particular: "not everyone is convinced that P"
                                      "everyone", "everybody", "anyone", "anybody", "someone", "somebody",
                                      "nobody"}


def _marked(clause: Token) -> bool:
    """A clause opened by "that", "whether" or "if"."""
    return any(m.dep_ == "mark" and m.lower_ in {"that", "whether", "if"} for m in kids(clause))


# Contents that say nothing by themselves ("cast doubt on that", "is sure of it").
BARE_OBJECTS = {"it", "this", "that", "them", "these", "those", "him", "her", "so"}


# Conjunctions that open a clause of their own after a denial: "... denied as officials said".
CLAUSE_OPENERS = frozenset({"as", "while", "when", "after", "before", "because", "since", "although"})

# What may stand between the comma and the speaker of a denial that closes its
# sentence: ", which Velmar denies", ", a charge she has always rejected".
BETWEEN_AUX = {"aux", "neg", "advmod"}


def _denied_before(doc: Doc, verb: Token, stance: str, found: list[Raw]) -> Raw | None:
    """"X accused Velmar of supplying drones, which it denies", "..., a charge
    Velmar denies": a denial after a comma whose object is the allegation
    before it. The content is that allegation: the statement the comma closes,
    or else the clause before the comma. Statements that ran over the comma
    end there."""
    lex = cues()
    subj = next((c for c in kids(verb) if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None and verb.dep_ in {"acl", "relcl"}:
        unparsed = _holder_after_claim_noun(doc, verb)
        if unparsed is not None:
            holder, comma = unparsed
            start, end = _closed_by(doc, verb, doc[comma].idx, found)
            if end - start >= 3:
                return Raw(cue=verb, cue_span=cue_span(verb), content=(start, end), stance=stance, speakers=[holder])
        return None
    if subj is not None and subj.lemma_.lower() in lex.nouns:
        # "..., a charge Athens has denied" parsed as "a charge, Athens, has denied", or with both
        # as subjects of the verb
        subj = next((c for c in kids(subj) if c.dep_ == "appos" and c.i == subj.i + 1 and c.pos_ == "PROPN"), None) or (
            next((c for c in kids(verb) if c.dep_ == "nsubj" and c.left_edge.i == subj.i + 1), subj))
        if subj.i + 1 < verb.i and doc[subj.i + 1].lower_ in {"the", "this", "his", "her", "its", "their"}:
            # "..., an allegation the 27-year-old rejected" parsed as one phrase: the second
            # determiner opens the holder's own
            subj = next((c for c in kids(subj) if c.i > subj.i + 1 and c.left_edge.i == subj.i + 1), subj)
    # an object of its own, but for a bare word of blame ("...; contractor denies wrongdoing")
    blame = {c.i for c in kids(verb) if c.dep_ in {"dobj", "xcomp"} and c.lemma_.lower() in lex.denied_blame
             and all(g.is_space or g.is_punct for g in kids(c))}
    # ("..., an incident Tunis denied had ever taken place": a clause with no subject of its
    # own says the claim noun's event happened, and is no object)
    gapped = {c.i for c in kids(verb) if c.dep_ == "ccomp" and subj is not None and _claim_noun_opening(subj) is not None
              and not any(g.dep_ in SUBJ for g in kids(c))}
    if subj is None or any(c.dep_ in {"dobj", "ccomp", "xcomp"} and c.i > verb.i and c.i not in blame | gapped
                           for c in kids(verb)):
        return None
    # up to a comma-led circumstance: "..., a charge Beijing rejected as “hype”, as ministers met"
    close = next((t.i for t in doc[verb.i + 1 : sent_bounds(verb)[1] - 1] if t.text == "," and (
        doc[t.i + 1].dep_ == "mark" or doc[t.i + 1].pos_ == "SCONJ" or doc[t.i + 1].tag_ == "VBG")), sent_bounds(verb)[1])
    # or with no comma, a conjunction and a clause the parser hung elsewhere: "..., a charge the
    # owner denied as fire officials said ..." (a bare "as" on the verb, then another verb's subject)
    last = verb.right_edge
    if last.i + 1 < close and last.lower_ in CLAUSE_OPENERS and not kids(last) and not doc[last.i + 1].is_punct:
        close = last.i
    # a time is no more of the sentence: "..., an allegation he rejected on Monday"
    timed = {t.i for c in kids(verb) if c.i > verb.i and (c.dep_ == "prep" and tells_time(c) or c.dep_ == "npadvmod"
                                                        and c.ent_type_ in {"DATE", "TIME"}) for t in subtree(c)}
    gapped = {t.i for g in gapped for t in subtree(doc[g])}
    tail = [t for t in doc[verb.i + 1 : close] if not (t.is_punct or t.is_space or t.i in blame or t.i in timed
                                                      or t.i in gapped)]
    said_false = {t.i for t in _said_false(verb)} if verb.dep_ in {"relcl", "acl"} else set()
    if tail and not ({t.i for t in tail} <= said_false or _own_false_label(verb, tail, any_label=stance == "deny")):
        return None  # the denial must close its sentence, but for its label ("as groundless")
    first = subj.left_edge.i
    # between the subject (with its conjuncts: "the court and the party both") and the verb
    if any(t.dep_ not in BETWEEN_AUX for t in doc[max(subj.i, subj.right_edge.i) + 1 : verb.i] if not t.is_punct):
        return None
    lead = first - 1
    # "..., an accusation the network's leadership denied" parsed as one phrase with the claim
    # noun on the holder: the holder's own words start after it
    # (or hung on a word of the holder's name: "..., a charge gas producers rejected",
    # "..., a charge Sudan's military rejected")
    inner = _claim_noun_opening(subj)
    if inner is not None and lead > sent_bounds(verb)[0] and _sets_off(doc[lead]):
        start, end = _closed_by(doc, verb, doc[lead].idx, found)
        if end - start >= 3:
            return Raw(cue=verb, cue_span=cue_span(verb), content=(start, end), stance=stance,
                       speakers=[doc[inner.i + 1 : subj.i + 1]])
    if lead >= 0 and doc[lead].text == ";":
        # "X says P; Y denies" (a headline): Y denies what X said
        # (the semicolon closes the first clause's sentence: `nlp.chunks` parses them apart)
        said = [r for r in found if r.cue.i < lead and r.content[1] <= doc[lead].idx and sent_bounds(r.cue)[1] > lead]
        if said:
            return Raw(cue=verb, cue_span=cue_span(verb), content=said[-1].content, stance=stance,
                       speakers=[noun_phrase(t) for t in conjuncts(subj)])
        if lead >= 1 and doc[lead].idx < title_end(text_of(doc)):
            # "Montenegro expels diplomats over spying; Moscow denies": in a headline, what the
            # first clause tells is what is denied
            start, end = trim(doc, doc[sent_bounds(doc[lead - 1])[0]].idx, doc[lead].idx)
            if end - start >= 3:
                return Raw(cue=verb, cue_span=cue_span(verb), content=(start, end), stance=stance,
                           speakers=[noun_phrase(t) for t in conjuncts(subj)])
    claims = lex.denied_nouns  # (with counts: "..., a figure the police have disputed")
    if lead >= 1 and doc[lead].lower_ == "that" and doc[lead - 1].lemma_.lower() in claims:
        lead -= 1  # "..., a charge that X rejected": as "a charge X rejected"
    if lead >= 0 and doc[lead].lower_ in {"which", "that"}:
        lead -= 1
    elif lead >= 0 and doc[lead].lemma_.lower() in claims:
        lead -= 1
        while lead >= 0 and doc[lead].dep_ in {"det", "amod"} and doc[lead].i > sent_bounds(verb)[0]:
            lead -= 1
    else:
        return None
    if lead <= sent_bounds(verb)[0] or not _sets_off(doc[lead]):
        return None
    start, end = _closed_by(doc, verb, doc[lead].idx, found)
    if end - start < 3:
        return None
    return Raw(cue=verb, cue_span=cue_span(verb), content=(start, end), stance=stance,
               speakers=[noun_phrase(t) for t in conjuncts(subj)])


def claims_ground(verb: Token) -> bool:
    """"China claims almost all of the South China Sea": to claim a place is to
    hold it as one's own, not to say something is so."""
    if verb.lemma_.lower() != "claim":
        return False
    obj = next((c for c in kids(verb) if c.dep_ == "dobj"), None)  # (a clause has none: "claimed the land was sold")
    if obj is None or any(c.dep_ == "ccomp" and (c.i < obj.i or _marked(c)) for c in kids(verb)):
        return False  # ("claimed that its ships had entered the strait, a claim ...": a clause said)
    if obj.lemma_.lower() in cues().owned_acts:
        return False  # "claimed responsibility for an attack in the X region": an act owned, wherever
    places = cues().claimed_places
    # the object's own words, not a clause on it ("a claim denied by the Latvian navy")
    clauses = {t.i for c in kids(obj) if c.dep_ in {"acl", "relcl"} for t in subtree(c)}
    return any((t.ent_type_ in {"LOC", "GPE", "FAC"} or t.lemma_.lower() in places) and t.i not in clauses
               for t in subtree(obj))


def _noun_read_as_verb(tok: Token) -> bool:
    """"withholding foreign reserve figures that ...": a plural noun the tagger
    took for a verb ("figures"), which the parser still hangs as an object with
    the modifiers of a noun."""
    return tok.tag_ == "VBZ" and tok.dep_ in {"dobj", "pobj"} and any(
        c.dep_ in {"det", "amod", "compound", "nummod", "poss"} and c.i < tok.i for c in kids(tok))


def _reduced_passive(verb: Token) -> bool:
    """"..., much of it also claimed by its neighbours": a passive with no
    auxiliary that the parser gave a subject; that subject is what was claimed,
    a thing, not a report of what someone said."""
    return verb.tag_ in {"VBD", "VBN"} and any(c.dep_ == "agent" for c in kids(verb)) and any(
        c.dep_ == "nsubj" and c.i < verb.i for c in kids(verb)) and not any(
        c.dep_ in {"aux", "auxpass", "ccomp", "dobj"} for c in kids(verb))


def _denied_back(doc: Doc, verb: Token, stance: str, found: list[Raw]) -> Raw | None:
    """"The ministry disputed that, saying ...", "Kyiv denied this.": a denial whose
    object is a bare "that" or "this" for what the sentence before said: the last
    statement there, else that sentence. A bare "it" ("The ministry denied it.")
    only for a statement there: "it" may be a thing as well as what was said."""
    obj = next((c for c in kids(verb) if c.dep_ == "dobj"), None)
    subj = next((c for c in kids(verb) if c.dep_ == "nsubj" and c.i < verb.i), None)
    if obj is None or obj.lower_ not in {"that", "this", "it"} or kids(obj) or subj is None or obj.i < verb.i or (
            verb.dep_ == "relcl" or any(c.dep_ in {"prep", "dative", "oprd"} and c.i > obj.i and not (
                c.dep_ == "prep" and tells_time(c)) for c in kids(verb))):
        return None  # not a relative "that", nor "blame this on X" (but "denied it on Thursday")
    start = last = sent_bounds(verb)[0]
    while last > 0 and (doc[last - 1].is_space or doc[last - 1].is_quote):  # (a paragraph break)
        last -= 1
    if last == 0 or doc[last - 1].idx < title_end(text_of(doc)):
        return None
    before = sent_bounds(doc[last - 1])[0]
    # what the sentence says last: a statement found there (not an aside of its speaker's, "who
    # asked not to be named"), else its last reported clause, else the sentence
    said = [r.content for r in found if before <= r.cue.i < start and _unnamed_request(doc, r) is None]
    if obj.lower_ == "it" and (not said or stance != "deny"):
        return None  # (not "he has not seen it", "does not defend it": a thing, and no denial)
    clauses = [t for t in doc[before:last] if t.dep_ == "ccomp" and t.head.pos_ == "VERB"]
    if said:
        content = max(said, key=lambda c: c[1])
    elif clauses:
        content = _drop_that(doc, *clause_span(clauses[-1]))
    else:
        content = trim(doc, doc[before].idx, doc[last - 1].idx)
    if content[1] - content[0] < 3:
        return None
    return Raw(cue=verb, cue_span=cue_span(verb), content=content, stance=stance,
               speakers=[noun_phrase(t) for t in conjuncts(subj)])


def _claim_noun_opening(subj: Token) -> Token | None:
    """The claim noun the parser hung on a holder's name, opening its phrase
    ("a charge gas producers", "a charge Sudan's military"): the holder's own
    words start after it."""
    doc, first, claims = subj.doc, subj.left_edge.i, cues().denied_nouns
    return next((t for t in doc[first : min(first + 2, subj.i)] if t.lemma_.lower() in claims
                 and t.dep_ in {"nmod", "compound"} and (t.i == first or doc[first].pos_ == "DET")), None)


def _charge_said_false(doc: Doc, verb: Token, found: list[Raw]) -> Raw | None:
    """"P, a charge Orvane said was “without foundation”", parsed as a sentence
    of its own whose subject holds the claim noun and whose complement has no
    subject: the holder denies what the sentence said before the comma."""
    lex = cues()
    subj = next((c for c in kids(verb) if c.dep_ == "nsubj" and c.i < verb.i), None)
    label = next((c for c in kids(verb) if c.dep_ == "ccomp" and c.i > verb.i), None)
    if subj is None or label is None or any(c.dep_ in SUBJ for c in kids(label)):
        return None
    first = subj.left_edge.i
    claim = _claim_noun_opening(subj)
    if claim is None or first == 0 or not _sets_off(doc[first - 1]):
        return None
    without = lex.content_deny["without"]
    if not any(_false_word(t) or t.lower_ == "without" and any(g.lemma_.lower() in without for g in kids(t))
               for t in subtree(label)):
        return None
    start, end = _closed_by(doc, verb, doc[first - 1].idx, found)
    if end - start < 3:
        return None
    return Raw(cue=verb, cue_span=cue_span(verb), content=(start, end), stance="deny",
               speakers=[doc[claim.i + 1 : subj.i + 1]])


def _sets_off(tok: Token) -> bool:
    """A comma or a dash before an appended phrase (", a charge X denied"); in
    plain-text copy a dash may be a hyphen with a space either side."""
    return tok.text in {",", "—", "–"} or tok.text == "-" and bool(tok.whitespace_) and (
        tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_))


NP_INNER = {"DET", "NUM", "ADJ", "NOUN", "PROPN", "PART"}


def _holder_after_claim_noun(doc: Doc, verb: Token) -> tuple[Span, int] | None:
    """"P, an allegation the 27-year-old flatly rejected": read by the words
    when the parser hangs the verb on the holder's phrase with no subject.
    (the holder's phrase, the index of the comma before the claim noun)."""
    lex = cues()
    i = verb.i - 1
    while i > sent_bounds(verb)[0] and doc[i].dep_ in BETWEEN_AUX:
        i -= 1
    end = i
    while i > sent_bounds(verb)[0] and (doc[i].pos_ in NP_INNER or doc[i].text == "-") and doc[i].lemma_.lower() not in lex.nouns:
        i -= 1
    start = i + 1
    if start > end or doc[start].pos_ not in {"DET", "PRON", "PROPN"} or doc[i].lemma_.lower() not in lex.nouns:
        return None
    lead = i - 1
    while lead > sent_bounds(verb)[0] and doc[lead].dep_ in {"det", "amod"}:
        lead -= 1
    if not _sets_off(doc[lead]):
        return None
    return doc[start : end + 1], lead


def _closed_by(doc: Doc, verb: Token, comma: int, found: list[Raw]) -> tuple[int, int]:
    """What the sentence said before the comma that opens a denial of it: the
    statement the comma closes ("reported that P, an allegation she rejected":
    P, and a statement that ran over the comma ends there), else the last one
    of the sentence ("P, two groups said, allegations rejected by ...",
    "accused X of P, days after Y, an allegation X rejected"), else the clause
    before the comma."""
    sent_start = doc[sent_bounds(verb)[0]].idx
    closed = last = None
    for r in found:
        a, b = r.content
        if sent_start <= a < comma < b and r.cue.idx < comma:
            r.content = trim(doc, a, comma)
        a, b = r.content
        if sent_start <= a and b <= comma and r.cue.idx < comma:
            if comma - 3 <= b:
                closed = (a, b)
            elif sent_bounds(r.cue) == sent_bounds(verb) and not (a < r.cue.idx and r.cue.tag_ == "VBN"):  # (not who a passive names)
                last = (a, b)
    return closed or last or trim(doc, sent_start, comma)


def _denied_by(doc: Doc, verb: Token, stance: str, found: list[Raw]) -> Raw | None:
    """"P, two groups said, allegations rejected by the carrier and by the
    agency that runs the camp": a claim noun after a comma, denied in a
    passive participle; each agent denies what the sentence said before it."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or noun.lemma_.lower() not in cues().nouns or noun.i > verb.i:
        return None
    lead = noun.left_edge.i - 1
    if lead <= sent_bounds(verb)[0] or not _sets_off(doc[lead]):
        return None
    by = next((c for c in kids(verb) if c.dep_ == "agent"), None)
    preps = [by, *(c for c in kids(by) if c.dep_ == "conj" and c.lower_ == "by")] if by is not None else []
    agents = [o for p in preps for o in kids(p) if o.dep_ == "pobj"]
    if not agents:
        return None
    start, end = _closed_by(doc, verb, doc[lead].idx, found)
    if end - start < 3:
        return None
    return Raw(cue=verb, cue_span=cue_span(verb), content=(start, end), stance=stance,
               speakers=[noun_phrase(t) for a in agents for t in conjuncts(a)])


REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself"})


def names_itself(verb: Token) -> Token | None:
    """The name in "a faction calling itself X": a body naming itself says nothing
    of the world; the name it gives is who it is."""
    if verb.lemma_.lower() not in NAMING or not any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in kids(verb)):
        return None
    return next((c for c in kids(verb) if c.dep_ in {"oprd", "xcomp", "attr"}), None)


def no_one(subj: Token | None) -> bool:
    """"Nobody", "no one", "no group": a subject that names no source."""
    if subj is None:
        return False
    return subj.lower_ in {"nobody", "noone"} or any(c.dep_ == "det" and c.lower_ == "no" for c in kids(subj))


def _false_word(t: Token) -> bool:
    """A word that calls a claim false ("baseless", "lies", "fantasy")."""
    words = cues().false_words
    return t.lower_ in words or t.lemma_.lower() in words


def calls_the_charge_false(verb: Token) -> bool:
    """"a charge the president called “a fantasy”", "an accusation she labelled
    lies": a verb of naming in a relative clause on a claim noun, whose label
    calls it false."""
    # (or with the naming clause read as the complement of the noun, itself often taken for a
    # verb with no subject: "allegations the owner called “lies”", with no "that" to open it)
    misread = verb.dep_ == "ccomp" and verb.lemma_.lower() in NAMING
    if verb.dep_ not in {"relcl", "acl"} and not misread:
        return False  # the usual answer, before making the head's Token
    lex = cues()
    noun = verb.head
    if misread and (any(c.dep_ == "mark" for c in kids(verb)) or any(c.dep_ == "nsubj" for c in kids(noun))):
        return False
    # ("a charge the minister called ...", parsed with the holder in apposition to the charge)
    if noun.lemma_.lower() not in lex.nouns and not (
            noun.dep_ == "appos" and noun.head.lemma_.lower() in lex.nouns):
        return False
    if verb.lemma_.lower() in NAMING:
        return any(_false_word(t) for t in subtree(verb) if t.i > verb.i)
    return verb_cue(verb) == "assert" and bool(_said_false(verb))


def labels_a_claim_false(verb: Token) -> bool:
    """"called the claim “simply false”", "described the report as baseless": a
    verb of naming whose object is a claim noun and whose label calls it false."""
    if verb.lemma_.lower() not in NAMING:
        return False
    obj = next((c for c in kids(verb) if c.dep_ == "dobj"), None)
    lex = cues()
    # (the claim nouns of `_labels_a_claim`: a telling of events and figures too, "called the account a lie")
    if obj is None or obj.lemma_.lower() not in lex.deny_objects and obj.lower_ not in lex.data_nouns:
        return False
    # (the "as" phrase may hang on the object: "described the claims as “a lie”")
    labels = [c for c in kids(verb) if c.i > obj.i and c.dep_ in {"oprd", "prep", "xcomp", "ccomp", "acomp"}] + [
        c for c in kids(obj) if c.dep_ == "prep" and c.lower_ == "as"]
    return any(_false_word(t) for c in labels for t in subtree(c))


def _said_false(verb: Token) -> list[Token]:
    """"..., an accusation that police said on Tuesday was exaggerated": the
    claim noun the saying verb hangs on is the subject of a label that calls
    it false; the label's words, or none."""
    noun = verb.head
    pred = noun.head
    if noun.dep_ not in {"nsubj", "nsubjpass"} or pred.i < verb.i:
        return []
    label = [t for t in subtree(pred) if not noun.is_ancestor(t) and t is not noun and t.i > verb.i]
    return label if any(_false_word(t) for t in label) else []


def _own_false_label(verb: Token, tail: list[Token], any_label: bool = False) -> bool:
    """"... rejected as “groundless”": the words after the cue are its "as"
    phrase, calling what it rejects false (any label, for a cue that denies
    by itself: "dismissed as “a cheap spy novel”"). A verb of naming needs no
    "as" ("a charge she called “a fantasy”")."""
    prep = _as_phrase(verb)
    if verb.lemma_.lower() in NAMING and (prep is None or tail[0] != prep):
        return all(verb.is_ancestor(t) for t in tail) and any(_false_word(t) for t in tail)
    if prep is not None and tail[0] == prep:
        # (or the label hung on the verb past its "as": "rejected as politically motivated")
        ids = {t.i for t in tail} | {verb.i}
        within = all(prep.is_ancestor(t) or t.head.i in ids for t in tail[1:])
    else:  # "rejected as baseless" parsed with "as" hung on the label, the label on the verb
        ids = {t.i for t in tail} | {verb.i}
        within = tail[0].lower_ == "as" and tail[0].i == verb.i + 1 and all(t.head.i in ids for t in tail)
    return within and (any_label or any(_false_word(t) for t in tail[1:]))


def _as_phrase(verb: Token) -> Token | None:
    """The "as" of the label a cue gives what it reports ("dismissed it as ...")."""
    return next((c for c in kids(verb) if c.dep_ == "prep" and c.lower_ == "as"), None)


def _no_doubt(verb: Token) -> bool:
    """"will no doubt raise": an adverb of certainty, not a negation."""
    return any(c.lower_ == "doubt" and c.dep_ == "advmod" and c.i < verb.i for c in kids(verb))


def _light_verb(doc: Doc, verb: Token, quotes: list[Quote]) -> Raw | None:
    """"Experts cast doubt on the figures", "raised questions about the deal",
    "expressed concern that ...": the object noun carries the stance and what
    follows it is the content."""
    lex = cues()
    noun = next((c for c in kids(verb) if c.dep_ == "dobj" and c.lemma_.lower() in lex.light_nouns), None)
    if noun is None or negated(verb) and not _no_doubt(verb):
        return None
    clause = claim_clause(noun) or next((c for c in kids(noun) if c.dep_ in {"acl", "ccomp"} and _marked(c)), None)
    if clause is not None:
        start, end = subtree_span(clause)
    else:
        # the parser hangs the phrase on the noun or on the verb after it
        prep = next((c for c in list(noun.rights) + [c for c in verb.rights if c.i > noun.i]
                     if c.dep_ == "prep" and c.lower_ in lex.light_preps), None)
        if prep is not None and prep.lower_ == "as":  # "questions as to whether ..."
            prep = next((c for c in kids(prep) if c.dep_ == "prep" and c.lower_ == "to"), None)
        obj = next((c for c in kids(prep) if c.dep_ in {"pobj", "pcomp"}), None) if prep is not None else None
        if obj is None:
            return None
        start, end = subtree_span(obj)
    subj, _medium = find_subject(verb, quotes)
    if subj is None or subj.lower_ in PRONOUN_SUBJ | RELATIVE or subj.i > noun.i:
        return None
    if subj.tag_ == "NN" and any(c.dep_ == "prep" for c in kids(subj)) and not _actor_like(subj) and (
            subj.lemma_.lower() not in lex.source_nouns | lex.authored | lex.frame_sources):
        return None  # "the collapse of the bridge raised questions": an event prompts doubt but holds none
    start, end = _drop_that(doc, *cut_tail(doc, *trim(doc, start, end), quotes), verb.idx)
    if end - start < 3 or start <= verb.idx or text_of(doc)[start:end].lower() in BARE_OBJECTS:
        return None
    return Raw(cue=verb, cue_span=(verb.idx, noun.idx + len(noun)), content=(start, end),
               stance=lex.light_nouns[noun.lemma_.lower()], speakers=[noun_phrase(t) for t in conjuncts(subj)],
               addressee=_addressee(verb))


def _labels(cue: Token, q: Quote) -> bool:
    """The quotation is the cue's own label: its "as" phrase ("dismissed it as
    “a spy novel”"), or the complement that calls a charge false ("a charge X
    said was “without foundation”")."""
    label = _as_phrase(cue) or next((c for c in kids(cue) if c.dep_ == "ccomp" and c.i > cue.i), None)
    span = cue.doc.char_span(q.inner_start, q.inner_end, alignment_mode="expand") if label is not None else None
    return span is not None and (label.is_ancestor(span.root) or label.i == span.root.i)


def _orphan_quotes(doc: Doc, quotes: list[Quote], found: list[Raw]) -> list[Raw]:
    """Quotations no cue rule claimed, with a speaker and verb written right
    next to them: "“...,” Jane Doe, 58, told AFP", "“...,” added a voter",
    "Jane Doe shouted: “...”". Catches misparses the dependency rules miss."""
    text = text_of(doc)
    covered = Intervals(r.content for r in found)
    starts = {(r.cue.i, r.content[0]) for r in found}
    cued = {r.cue.i for r in found}
    out: list[Raw] = []
    for q in quotes:
        if q.inner_end - q.inner_start < 12 or _title(text, q):
            continue  # scare quotes and titles ("on “Meet the Press”"), not statements
        if any(s <= q.inner_start < e or s < q.inner_end <= e for s, e in covered.overlapping(q.inner_start, q.inner_end + 1)):
            continue
        raw = _speaker_after(doc, q, quotes) or _dash_signature(doc, q) or _speaker_before(doc, q) or _quoting_verb(doc, q)
        if raw is not None and ((raw.cue.i, raw.content[0]) in starts or raw.cue.i in cued and _labels(raw.cue, q)):
            continue  # "dismissed the reports as “propaganda”": that cue already reports the reports
        if raw is not None:
            if raw.content == q.inner:  # the quotation itself is the content
                raw.content = extend_quote(quotes, q, text, raw.cue.idx, doc)
            raw.content = trim(doc, *raw.content)
            covered.add(raw.content)
            out.append(raw)
    return out


SPEAKER_PRONOUNS = {"he", "she", "they"}


def _quoting_verb(doc: Doc, q: Quote) -> Raw | None:
    """Words of a named actor quoted inside the writer's sentence: "Smith accused
    Jones of being “soft on crime”". The verb above the quotation, with a person or
    organisation as subject, introduces it (PolNeAR's mixed attributions)."""
    span = doc.char_span(q.inner_start, q.inner_end, alignment_mode="contract")
    if span is None or len(span) < 2:
        return None
    verb = span.root
    while verb.pos_ != "VERB" and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ != "VERB" or q.inner_start <= verb.idx < q.inner_end:
        return None
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in cues().nouns:
        return None  # "called claims that X was arming them “groundless”": the claim's clause, not X's words
    subj = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
    if subj is None or not (subj.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or subj.lower_ in SPEAKER_PRONOUNS):
        return None
    rights = [c for c in verb.rights if not c.is_punct and c.dep_ not in {"cc", "conj"}]
    if not rights or subj.i > verb.i:
        return None
    start = rights[0].left_edge
    end = max((c.right_edge for c in rights), key=lambda t: t.i)
    if not (start.idx <= q.inner_start and q.inner_end <= end.idx + len(end) + 2):
        return None
    return Raw(cue=verb, cue_span=cue_span(verb), content=(start.idx, end.idx + len(end)),
               stance="assert", speakers=[noun_phrase(t) for t in conjuncts(subj)])


def _window(doc: Doc, start_char: int, end_char: int) -> Span | None:
    span = doc.char_span(start_char, end_char, alignment_mode="contract")
    return span if span is not None and len(span) else None


DASHES = "—―–-"


def _dash_signature(doc: Doc, q: Quote) -> Raw | None:
    """A quotation signed with a dash and a name: "“...” — Jane Doe" (epigraphs,
    reader comments, collected quotes)."""
    text = text_of(doc)
    j = q.end
    while j < len(text) and text[j].isspace() and text[j] != "\n":  # no-break spaces too
        j += 1
    if j >= len(text) or text[j] not in DASHES:
        return None
    line_end = text.find("\n", j)
    win = _window(doc, j + 1, len(text) if line_end < 0 else line_end)
    if win is None:
        return None
    rest = [t for t in win if not t.is_punct and not t.is_space]
    name = [t for t in rest[:4] if t.pos_ == "PROPN" or t.ent_type_ == "PERSON"]
    if not name or len(rest) > 6 or rest[0].i != name[0].i:
        return None
    speaker = doc[name[0].i : name[-1].i + 1]
    dash = doc.char_span(j, j + 1, alignment_mode="expand")
    return Raw(cue=dash[0], cue_span=(j, j + 1), content=q.inner, stance="assert", speakers=[speaker])


def _speaker_after(doc: Doc, q: Quote, quotes: list[Quote]) -> Raw | None:
    """"“...,” Jane Doe, 58, told AFP" / "“...,” added a voter"."""
    text = text_of(doc)
    if not q.closed or not text[q.inner_start : q.end].rstrip("”\"'\x01 ").endswith((",", "?", "!", "—", "-")):
        return None
    line_end = text.find("\n", q.end)
    line_end = len(text) if line_end < 0 else line_end
    win = _window(doc, q.end, min(line_end, q.end + 120))
    if win is None:
        return None
    toks: list[Token] = []
    for t in win:
        if t.text in {".", ";", "“", '"', "«"}:
            break
        toks.append(t)
    # a lexicon cue, or any verb right next to the quotation ("“...,” she fumed")
    # ... after a description and a name: "“...,” the agency's director, Lukas Hronek, told"
    verb_at = next((i for i, t in enumerate(toks[:10]) if t.pos_ == "VERB" and verb_cue(t) is not None), None)
    if verb_at is None:
        verb_at = next((i for i, t in enumerate(toks[:4]) if t.pos_ == "VERB" and t.tag_ in {"VBD", "VBZ"}), None)
    if verb_at is None:
        return None
    verb = toks[verb_at]
    if any(c.dep_ == "dobj" and c.i > verb.i and not _in_quote(c.idx, quotes) for c in kids(verb)) and _addressee(verb) is None:
        return None  # "“A Title,” she unveiled a plan": the verb has its own object
    speaker = _np_tokens(toks[:verb_at])
    if not speaker:
        if any(c.dep_ in SUBJ and c.i < verb.i for c in kids(verb)):
            return None  # "“...,” but she accuses the board ...": the words after are her object, not a speaker
        speaker = _np_tokens(toks[verb_at + 1 :], leading=True)
    if not speaker:
        return None
    return Raw(cue=verb, cue_span=cue_span(verb), content=q.inner, stance="assert",
               speakers=[doc[speaker[0].i : speaker[-1].i + 1]])


def _np_tokens(toks: list[Token], leading: bool = False) -> list[Token]:
    """The first noun phrase in `toks` (a name or a description), stopping at a comma."""
    out: list[Token] = []
    for t in toks:
        if t.tag_ == "HYPH" and out and not t.whitespace_ and not out[-1].whitespace_:
            out.append(t)  # "Owusu-Ansah" is one name
            continue
        if t.is_punct:
            if out:
                break
            continue
        if t.tag_ in {"WP", "WDT"} and out:
            break  # "one former staff member who resigned": the relative clause is no part of the name
        if t.pos_ in {"PROPN", "NOUN", "PRON", "ADJ", "DET", "NUM"} or (t.lower_ == "of" or t.tag_ == "POS") and out:
            out.append(t)
        elif out or not leading:
            break
    while out and out[-1].pos_ in {"ADP", "DET", "ADJ"} and not (len(out) > 1 and out[-2].tag_ == "HYPH"):
        out.pop()  # (but "the 49-year-old" ends on its adjective)
    if not out or not any(t.pos_ in {"PROPN", "NOUN", "PRON"} for t in out):
        return []
    if len(out) == 1 and out[0].pos_ == "PRON" and out[0].lower_ not in {"he", "she", "they", "i", "we"}:
        return []
    return out


def _speaker_before(doc: Doc, q: Quote) -> Raw | None:
    """"Jane Doe shouted: “...”": a clause ending in a colon or comma right before the quote."""
    text = text_of(doc)
    j = q.start - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    if j < 0 or text[j] not in ":,":
        return None
    mark = doc.char_span(j, j + 1, alignment_mode="expand")
    if mark is None or mark[0].i == 0:
        return None
    prev = doc[mark[0].i - 1]
    verb = prev if prev.pos_ == "VERB" else (prev.head if prev.head.pos_ == "VERB" and prev.head.i < mark[0].i else None)
    if verb is None or verb.i < mark[0].i - 6:
        return None
    subj, _ = find_subject(verb)
    if subj is None or subj.i > verb.i:
        return None
    return Raw(cue=verb, cue_span=cue_span(verb), content=q.inner, stance="assert",
               speakers=[noun_phrase(t) for t in conjuncts(subj)])


FRAME_BLOCKERS = {"acomp", "attr", "ccomp", "xcomp", "dobj", "oprd"}


def _quote_frame(doc: Doc, verb: Token, quotes: list[Quote]) -> bool:
    """"“...,” she fumed" / "“...,” fumed Smith": a verb right after a quotation that
    ends in a comma, question or exclamation mark, with a subject next to it."""
    if not Quotes.of(quotes).any_closed():
        return False  # asked of every verb that is no cue: settled at once when no quotation closes
    if any(c.dep_ in FRAME_BLOCKERS and c.i > verb.i for c in kids(verb)):
        return False  # "“on balance,” he is “pleased”": the verb says something of its own
    return _framed_quote(doc, verb, quotes) is not None


SETS_OFF = {"–", "—", ":", ";", "("}


def _framed_quote(doc: Doc, verb: Token, quotes: list[Quote]) -> Quote | None:
    """The quotation that the verb and its subject frame from right after it,
    in the same paragraph ("“A,” she said", "“A?” asked Smith"), if any."""
    subj = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    lo = min(verb.i, subj.left_edge.i)
    start = doc[lo].idx
    text = text_of(doc)
    for q in Quotes.of(quotes).closed_ending(start - 2, start):
        if text[q.end : start].strip(" \t") == "":
            inner = text[q.inner_start : q.end]
            return q if inner.rstrip("”\"'\x01 ").endswith((",", "?", "!", "—")) else None
    return None


def _after_colon(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """"X said: the plan is dead." The rest of the sentence after a colon that
    follows the cue clause."""
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if nxt is None or nxt.text != ":":
        return None
    sent = sent_of(verb)
    start = nxt.idx + 1
    end = sent.end_char
    if end - start < 10:
        return None
    return start, end


RELATIVE_WORDS = {"which", "who", "whom", "whose"}


def cut_tail(doc: Doc, start: int, end: int, quotes: list[Quote]) -> tuple[int, int]:
    """An indirect content without what trails it as an aside: a clause after
    a semicolon or a pipe, a comma-led ", which ..." or participle (", surpassing ...")
    that runs to the end, or a closing appositive ("real estate, the bedrock of ...").
    ", including ..." stays:
    it says what the content covers."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 4:
        return start, end
    last = span.end - 1
    if end <= title_end(text_of(doc)):
        at = _as_clause_after(span)
        if at is not None:
            return trim(doc, start, at.idx)
    words = tokens_of(doc)[span.start + 2 : span.end]  # not span[2:]: a new Token per word
    rest = text_of(doc)[words[0].idx : span.end_char]
    if ";" not in rest and "," not in rest and "|" not in rest:
        return start, end  # no mark to cut at: most contents
    for tok in words:
        if tok.text not in (";", ",", "|") or _in_quote(tok.idx, quotes):
            continue
        # "... if signed into law | Reuters": a pipe sets off the outlet or section of a headline
        if tok.text in (";", "|") or tok.i < last and _aside_after(tok, last):
            return trim(doc, start, tok.idx)
    return start, end


def _as_clause_after(span: Span) -> Token | None:
    """"ferry operator denies overloading as capsizing death toll rises": in a
    headline, "as" and a clause of its own to the end tell when, not what."""
    for tok in span[1:]:
        if tok.lower_ != "as":
            continue
        rest = span.doc[tok.i + 1 : span.end]
        if any(v.tag_ in {"VBZ", "VBD", "VBP"} and any(c.dep_ == "nsubj" and c.i > tok.i for c in kids(v))
               and v.right_edge.i >= span.end - 1 for v in rest):
            return tok
    return None


def _aside_after(comma: Token, last: int) -> bool:
    """What follows the comma is an aside that runs to token `last`."""
    doc = comma.doc
    nxt = doc[comma.i + 1]
    if nxt.lower_ in RELATIVE_WORDS and nxt.head.dep_ == "relcl" and nxt.head.right_edge.i >= last:
        return True
    # "..., surpassing the record", "..., drawing 1,100 people": a participle set off
    # by a comma that runs to the end tells the writer's circumstance, not the content
    if nxt.tag_ == "VBG" and nxt.dep_ in {"advcl", "acl", "conj", "xcomp"} and nxt.head.i < comma.i and nxt.right_edge.i >= last:
        return True
    if any(a.dep_ == "appos" and a.left_edge.i == comma.i + 1 and a.right_edge.i >= last for a in doc[comma.i + 1 : last + 1]):
        return True
    # "said P, and when pressed, the mother replied, ...": a clause joined on with its
    # own subject and its own cue is the next statement, not more of this one
    return nxt.dep_ == "cc" and any(
        c.i > comma.i and all(t.is_punct for t in doc[c.right_edge.i + 1 : last + 1]) and _own_cue_clause(c)
        for c in kids(nxt.head) if c.dep_ == "conj"
    )


def _own_cue_clause(verb: Token) -> bool:
    # "..., but that his instincts told him P" is a second complement of the first cue; in
    # "P, but Q, said the chief" the clause is the content's own cue, its speaker after it
    return verb.pos_ == "VERB" and any(d.dep_ == "nsubj" and d.i < verb.i for d in kids(verb)) and not any(
        d.dep_ == "mark" and d.lower_ == "that" for d in kids(verb)) and verb_cue(verb) is not None


def _asks_whether(doc: Doc, cue: Token, start: int) -> bool:
    """The content after the cue is an open question ("whether ...", "if ..."):
    the speaker is on record for neither answer."""
    if start <= cue.idx:
        return False
    head = text_of(doc)[start : start + 8].lower()
    # "said if the plant closes, jobs go": the "if" opens a condition inside what was said
    return head.startswith("whether ") or head.startswith("if ") and _marks_complement_of(doc, start, cue.idx)


def _drop_that(doc: Doc, start: int, end: int, cue: int = -1) -> tuple[int, int]:
    """The content without the complementizer that opens it ("said that ...",
    "asked if ..."). Around its cue an "if" opens a condition that belongs to
    what was said ("If X, he warned, Y"), and stays ("If X, as many believe,"
    holds only X), and so does one inside what was said ("said if X, Y")."""
    text = text_of(doc)[start:end]
    for w in ("that ", "whether ") if start < cue < end else ("that ", "whether ", "if "):
        if text.lower().startswith(w):
            if w == "if " and cue >= 0 and not _marks_complement_of(doc, start, cue):
                break
            return start + len(w), end
    return start, end


def _marks_complement_of(doc: Doc, start: int, cue: int) -> bool:
    """The word at `start` marks a clause that is the complement of the cue word
    at `cue` ("asked if X"), not a condition within it ("said if X, Y")."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span) or span[0].dep_ != "mark":
        return False
    owner = span[0].head.head
    return owner.idx == cue or any(c.idx == cue and c.dep_ == "acomp" for c in kids(owner))  # "is not sure if"


def _addressee(verb: Token) -> Span | None:
    # "told reporters", "said in a phone call with X" -> the dative / object of "to"
    for c in kids(verb):
        if c.dep_ in {"dative", "dobj"} and verb.lemma_ in {"tell", "inform", "assure", "warn", "ask", "urge"}:
            return noun_phrase(c)
    return None


def _according(doc: Doc, tok: Token, patterns: tuple[tuple[str, ...], ...]) -> Raw | None:
    for pat in patterns:
        words = [t.lower_ for t in doc[tok.i : tok.i + len(pat)]]
        if tuple(words) != pat:
            continue
        last = doc[tok.i + len(pat) - 1]
        pobj = next((c for c in kids(last) if c.dep_ == "pobj"), None)
        if pobj is None:
            pobj = next((c for c in kids(tok) if c.dep_ == "pobj"), None)
        if pobj is None:
            # spaCy often hangs "according to X" as prep > prep > pobj
            for c in subtree(tok):
                if c.dep_ == "pobj":
                    pobj = c
                    break
        if pobj is None or pobj.lemma_.lower() in cues().norms:
            return None
        head = tok.head if tok.dep_ == "prep" else tok
        while head.dep_ == "prep" and head.head.i != head.i:
            head = head.head
        if _elided_auxiliary(head):
            head = head.head  # "Five were killed and 20 injured, according to X": both clauses
        sent = sent_of(tok)
        # content: the rest of the sentence around the "according to X" phrase
        phrase_l = tok.i
        phrase_r = max(t.i for t in subtree(pobj))
        # within the clause the phrase attaches to: "There is one law, and Clinton
        # broke it, according to X" reports only that Clinton broke it
        lo, hi = sent.start, sent.end - 1
        if head.i != tok.i and head.pos_ in {"VERB", "AUX"} and sent.start <= head.i < sent.end:
            lo, hi = max(lo, head.left_edge.i), min(hi, head.right_edge.i)
        if phrase_l - lo > hi - phrase_r:
            c_start, c_end = doc[lo].idx, doc[phrase_l].idx
        else:
            c_start, c_end = doc[phrase_r].idx + len(doc[phrase_r]), doc[hi].idx + len(doc[hi])
        c_start, c_end = trim(doc, c_start, c_end)
        if c_end - c_start < 10:
            return None
        return Raw(
            cue=tok,
            cue_span=(tok.idx, last.idx + len(last)),
            content=(c_start, c_end),
            stance="assert",
            speakers=[noun_phrase(t) for t in conjuncts(pobj)],
        )
    return None


def _elided_auxiliary(verb: Token) -> bool:
    """A conjunct that shares the first clause's auxiliary ("were killed and 20
    injured", "have left four dead and homes torched"): one clause, not two."""
    aux = {"aux", "auxpass"}
    return verb.dep_ == "conj" and verb.tag_ in {"VBD", "VBN"} and not any(c.dep_ in aux for c in kids(verb)) and any(
        c.dep_ in aux for c in kids(verb.head))


def _frame(doc: Doc, prep: Token, quotes: list[Quote]) -> Raw | None:
    """"In the latest poll, Smith leads ...", "In her view, ...", "To many
    voters, the choice is clear": a sentence opened by its source, a comma,
    then what the source shows or holds (and no cue of its own)."""
    head = prep.head
    if prep.lower_ == "in" and sent_root(prep).i < prep.i:
        return _frame_after(doc, prep, quotes)
    if head.dep_ != "ROOT" or head.pos_ not in {"VERB", "AUX"} or head.i < prep.i or verb_cue(head) is not None:
        return None
    sent = sent_of(prep)
    if any(not (t.is_punct or t.dep_ in {"cc", "advmod"}) for t in doc[sent.start : prep.i]):
        return None
    pobj = next((c for c in kids(prep) if c.dep_ == "pobj"), None)
    if pobj is None or pobj.right_edge.i + 1 >= sent.end or doc[pobj.right_edge.i + 1].text != ",":
        return None
    lex = cues()
    holder = pobj
    if prep.lower_ == "in":
        noun = _source_noun(pobj)
        if noun not in lex.frame_sources and noun not in lex.frame_views:
            return None
        poss = next((c for c in kids(pobj) if c.dep_ == "poss"), None)
        if noun in lex.frame_views:
            # "In her view", "In the eyes of many voters": a view needs its holder
            of = next((c for c in kids(pobj) if c.dep_ == "prep" and c.lower_ == "of"), None)
            holder = poss or (next((c for c in kids(of) if c.dep_ == "pobj"), None) if of is not None else None)
            if holder is None:
                return None
        elif poss is not None or pobj.pos_ == "PRON":
            return None  # "in his memo": the writer is named elsewhere
    elif not (pobj.ent_type_ in {"PERSON", "NORP", "ORG", "GPE"} or pobj.lower_ in lex.holder_pronouns
              or pobj.pos_ == "NOUN" and pobj.lemma_.lower() in lex.holder_nouns):
        return None
    start, end = trim(doc, doc[pobj.right_edge.i + 1].idx + 1, sent.end_char)
    if end - start < 10 or _in_quote(start, quotes):
        return None
    return Raw(cue=prep, cue_span=(prep.idx, prep.idx + len(prep)), content=(start, end), stance="assert",
               speakers=[noun_phrase(t) for t in conjuncts(holder)])


def _source_noun(pobj: Token) -> str:
    """The lemma that names a source: "the latest poll" -> poll; "the average
    of recent polls" -> poll (an average or tally of sources is one)."""
    noun = pobj.lemma_.lower()
    if noun in cues().frame_sources:
        return noun
    of = next((c for c in kids(pobj) if c.dep_ == "prep" and c.lower_ == "of"), None)
    inner = next((c for c in kids(of) if c.dep_ == "pobj"), None) if of is not None else None
    return inner.lemma_.lower() if inner is not None and inner.lemma_.lower() in cues().frame_sources else noun


def _frame_after(doc: Doc, prep: Token, quotes: list[Quote]) -> Raw | None:
    """"Trump leads Cruz by nine points in the latest poll": a clause whose
    source closes it (polls and surveys only: "the figure appears in the
    report" says nothing of the report's)."""
    # the source first: few phrases name a poll, and the walks up the parse below cost more
    pobj = next((c for c in kids(prep) if c.dep_ == "pobj"), None)
    if pobj is None or _source_noun(pobj) not in cues().frame_after:
        return None
    sent = sent_of(prep)
    root = sent_root(prep)
    if root.pos_ not in {"VERB", "AUX"} or verb_cue(root) is not None or root not in prep.ancestors:
        return None
    if any(t.pos_ in {"VERB", "AUX"} and t.dep_ in {"relcl", "ccomp", "advcl"} for t in prep.ancestors if t is not root):
        return None  # in a clause of its own, not the sentence's
    # the source phrase ends the sentence
    if any(not (t.is_punct or t.is_space) for t in doc[pobj.right_edge.i + 1 : sent.end]):
        return None
    start, end = trim(doc, sent.start_char, prep.idx)
    if end - start < 10 or _in_quote(start, quotes) or _in_quote(prep.idx, quotes):
        return None
    return Raw(cue=prep, cue_span=(prep.idx, prep.idx + len(prep)), content=(start, end), stance="assert",
               speakers=[noun_phrase(pobj)])


# Sides a bare noun names as the holder of a claim ("opposition claims").
CAMP_SECTORS = frozenset({"OPP", "GOV", "COP", "MIL", "REB", "LAB"})


def _nominal(doc: Doc, noun: Token) -> Raw | None:
    """A claim noun with a named holder: "Western claims that P", "X's allegation that P"."""
    clause = claim_clause(noun)
    if clause is None:
        return None
    holder: Span | None = None
    holder_word: Token | None = None
    for c in kids(noun):
        # ("Sentry’s claims": with a curly apostrophe the parser may make the owner a subject)
        if c.dep_ == "poss" or c.dep_ == "nsubj" and c.i < noun.i and any(k.dep_ == "case" for k in kids(c)):
            holder = noun_phrase(c)
        elif c.dep_ in {"amod", "compound"} and c.ent_type_ in {"NORP", "GPE", "ORG", "LOC"} or (
            c.dep_ == "amod" and c.lower_ in {"western", "eastern", "american"}
        ):
            holder_word = c
            holder = doc[c.i : c.i + 1]
        elif c.dep_ == "compound" and c.pos_ == "NOUN" and c.i == noun.i - 1 and (
                code_actor(c.text).sector in CAMP_SECTORS):
            holder = doc[c.i : c.i + 1]  # "opposition claims that P", "police allegations that P"
    if holder is None:  # "claims by Dawit's wife that P", "complaints from oil marketers that P"
        by = next((c for c in kids(noun) if c.dep_ == "prep" and c.lower_ in {"by", "from"}), None)
        pobj = next((p for p in kids(by) if p.dep_ == "pobj"), None) if by is not None else None
        # (from whom, not from where: "reports from the capital")
        if pobj is not None and pobj.pos_ in {"PROPN", "NOUN"} and (by.lower_ == "by" or _actor_like(pobj) or (
                pobj.tag_ == "NNS" and not pobj.ent_type_)):
            holder = noun_phrase(pobj)
    if holder is None:
        for c in kids(noun):
            # ("claims made by X", not the claim itself: "the claim that they were manipulated by X")
            if c.dep_ == "acl" and c.tag_ == "VBN" and c is not clause:
                agent = next((a for a in kids(c) if a.dep_ == "agent"), None)
                if agent is not None:
                    pobj = next((p for p in kids(agent) if p.dep_ == "pobj"), None)
                    if pobj is not None:
                        holder = noun_phrase(pobj)
    if holder is None:
        return None
    c_start, c_end = subtree_span(clause)
    answer = next((c for c in kids(clause) if _handler_of_claim(c) is not None), None)
    if answer is not None:  # "..., saying Q": the answer of whoever handled the claim
        c_end = min(c_end, doc[answer.left_edge.i - 1].idx)
    label = false_label(noun.head) if noun.dep_ in {"dobj", "oprd", "npadvmod"} else None
    if label is not None and c_start < label.idx:
        c_end = min(c_end, label.idx)
    c_start, c_end = _drop_that(doc, *trim(doc, c_start, c_end))
    return Raw(
        cue=noun,
        cue_span=(noun.idx, noun.idx + len(noun)),
        content=(c_start, c_end),
        stance="assert",
        speakers=[holder],
        holder_word=holder_word,
    )


QUESTION_WORDS = frozenset({"whether", "if", "when", "why", "how", "what", "who", "where", "which"})


def _unanswered(doc: Doc, raw: Raw) -> bool:
    """"did not say when P", "declined to say whether P", "would not answer
    questions about P": a question the speaker left unanswered."""
    lex = cues()
    cue = raw.cue
    refused = cue.lemma_.lower() in lex.refusals
    verb = next((c for c in kids(cue) if c.dep_ == "xcomp"), None) if refused else cue
    if verb is None or verb.lemma_.lower() not in lex.unanswered or not (refused or negated(cue)):
        return False
    if any(a.dep_ == "aux" and a.lower_ in {"can", "could", "ca"} for a in kids(cue)):
        return False  # "could not say whether P", "can't tell if P": not knowing, a doubt
    text = text_of(doc)
    before = text[max(0, raw.content[0] - 20) : raw.content[0]].rstrip().rsplit(" ", 1)[-1].lower()
    words = text[raw.content[0] : raw.content[1]].lower().split(" ", 3)
    first = words[0]
    # "declined to say what changes were made": the content kept the refused verb
    asked = words[2] if refused and first == "to" and len(words) > 2 and words[1] == verb.lower_ else first
    answering = verb.lemma_.lower() in lex.answering
    return before in QUESTION_WORDS or asked in QUESTION_WORDS or answering and (
        first.startswith("question") or first == "to"
        # "did not respond to a request for comment", whatever quotation was hung on it
        or any(c.dep_ == "prep" and c.lower_ == "to" for c in kids(verb)))


def _unnamed_request(doc: Doc, raw: Raw) -> tuple[Token, Span] | None:
    """(the verb, the content) of a content that asks to stay unnamed: "(asked)
    not to be named", "not to be identified", "to be identified solely by a
    given name"."""
    opening = text_of(doc)[raw.content[0] : raw.content[0] + 12].lower()
    partly = opening.startswith("to be ")
    if not partly and not opening.startswith(("not to be ", "not be ")):
        return None
    span = doc.char_span(*raw.content, alignment_mode="expand")
    verb = next((t for t in span if t.lemma_.lower() in cues().anonymity), None) if span is not None else None
    if verb is not None and partly and (verb.i != span.start + 2 or not any(
            t.lower_ in {"only", "by", "as"} for t in doc[verb.i + 1 : verb.i + 3])):
        return None  # "to be identified as the driver" is a request to be known
    return (verb, span) if verb is not None else None


def past_anonymity(doc: Doc, raw: Raw) -> Raw | None:
    """"An official who asked not to be named said P", parsed as if the
    official asked [not to be named said P]: the statement is P, said."""
    request = _unnamed_request(doc, raw)
    if request is None or request[0].i + 2 >= request[1].end:
        return None
    verb = request[0]
    said = doc[verb.i + 1]
    stance = verb_cue(said) if said.pos_ == "VERB" else None
    if stance is None:
        return None
    return replace(raw, cue=said, cue_span=cue_span(said), content=(doc[said.i + 1].idx, raw.content[1]), stance=stance)


def _inscribed(cue: Token) -> bool:
    """"A notice on the door of the dispatch room that said ...": a relative
    cue on a phrase that a sign or banner heads, however the parser hangs it."""
    if cue.dep_ != "relcl":
        return False
    noun, inscriptions = cue.head, cues().inscriptions
    for _ in range(4):
        if noun.lemma_.lower() in inscriptions:
            return True
        if noun.dep_ != "pobj" or noun.head.head.pos_ not in {"NOUN", "PROPN"}:
            return False
        noun = noun.head.head
    return False


def _hearsay_aside(cue: Token) -> bool:
    """"The report, said to run to 80 pages, ...": set off after a noun, "said
    to" describes it from hearsay; no one is on record."""
    doc = cue.doc
    return (cue.lower_ == "said" and 0 < cue.i < len(doc) - 2 and doc[cue.i - 1].text == ","
            and doc[cue.i + 1].lower_ == "to" and doc[cue.i + 2].pos_ in {"VERB", "AUX"})


def _declared_act(doc: Doc, raw: Raw) -> bool:
    """The cue's object is an act its saying performs ("declared a state of emergency")."""
    obj = next((c for c in kids(raw.cue) if c.dep_ == "dobj"), None)
    if obj is None or not raw.content[0] <= obj.idx < raw.content[1]:
        return False
    acts = cues().declared_acts
    return obj.lemma_.lower() in acts or any(
        t.lemma_.lower() in acts for p in kids(obj) if p.dep_ == "prep" and p.lower_ == "of" for t in kids(p))


def says_nothing(doc: Doc, raw: Raw) -> bool:
    """A refusal to comment: "declined to comment (on P)", "said it could not
    comment on an individual case". Nothing is claimed, so it is no statement."""
    lex = cues()
    if raw.cue is not None and (_unanswered(doc, raw) or _hearsay_aside(raw.cue)):
        return True
    if raw.speakers and all(sp.root.lemma_.lower() in lex.inscriptions for sp in raw.speakers) or (
            raw.cue is not None and _inscribed(raw.cue)):
        return True  # "a banner that said “Our tea, our price”"
    low = text_of(doc)[raw.content[0] : raw.content[1]].lower()
    if low == "nothing" or low.startswith(("nothing about ", "nothing to ")):
        return True  # "the protocol says nothing about how water is shared", "said nothing to reporters"
    request = _unnamed_request(doc, raw)
    if request is not None:  # "asked not to be named", when nothing is said after it
        return request[0] == request[1].root
    if raw.cue is not None and raw.cue.lemma_.lower() in lex.refusals and any(
            c.dep_ == "dobj" and c.lemma_.lower() in lex.anonymity_nouns
            for x in kids(raw.cue) if x.dep_ == "xcomp" for c in kids(x)):
        return True  # "declined to give her name": to stay unnamed is no claim
    if raw.cue is not None and raw.cue.lemma_.lower() in lex.refusals and any(
            x.dep_ == "xcomp" and x.lemma_.lower() in lex.withheld for x in kids(raw.cue)):
        return True  # "declined to name the suspects": kept back, nothing told
    if raw.cue is not None and raw.cue.lemma_.lower() in lex.withheld and negated(raw.cue):
        return True  # "He did not name the firm": nothing told either
    if raw.cue is not None and names_itself(raw.cue) is not None:
        return True  # "a faction calling itself X"
    if raw.cue is not None and raw.cue.lemma_.lower() in lex.declaring and _declared_act(doc, raw):
        return True  # "declared independence in 1991": an act done by saying so
    # a text check first, on stems ("speculat-"): most contents comment on nothing
    if not any(w.rstrip("e") in low for w in lex.no_comment):
        return False
    span = doc.char_span(*raw.content, alignment_mode="expand")
    if span is None or not len(span):
        return False
    if span[0].lower_ == "to" and len(span) > 1 and span[1].lemma_.lower() in lex.no_comment:
        return raw.cue is not None and raw.cue.lemma_.lower() in lex.refusals
    root = span.root
    # ("urged reporters not to guess": an appeal to others, not the speaker's silence)
    appeal = raw.cue is not None and root.dep_ == "xcomp" and root.head.i == raw.cue.i and any(
        c.dep_ == "dobj" for c in kids(raw.cue))
    return root.lemma_.lower() in lex.no_comment and negated(root) and not appeal
