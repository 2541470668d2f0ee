"""Stance of an article (or one headline) toward a given claim.

Labels follow the Emergent and FNC-1 tasks:
- ``for``: the text asserts the claim in its own voice;
- ``observing``: it reports the claim as someone's, hedged, or asks about it;
- ``against``: the text or its sources deny or debunk it.

The core works on one spaCy span (a headline or a sentence) with general
cue lists from ``data/claim_stance.toml``; `article_stance` combines the
title with the article's attributed statements that are about the claim.
Given the claim's text, cues that belong to the claim itself are set aside:
a deny word or negation the claim also has, a saying when the claim is about
that saying, a negation of something the claim does not say. A negation of
the claim beats the source that reports it ("X wasn't stolen: police").
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

from spacy.tokens import Doc, Span

from claimgraph.nlp import kids, title_case

LABELS = ("for", "against", "observing")


@dataclass(frozen=True)
class Cues:
    deny_verbs: frozenset[str]
    particle_verbs: dict[str, str]
    object_verbs: frozenset[str]
    falsity: frozenset[str]
    falsify_verbs: frozenset[str]
    dismissive: frozenset[str]
    against_phrases: tuple[str, ...]
    leading_no: frozenset[str]
    contrast_preps: frozenset[str]
    hedges: frozenset[str]
    suspect_nouns: frozenset[str]
    accused_nouns: frozenset[str]  # "alleged rapist": the hedge labels the person
    modals: frozenset[str]
    report_verbs: frozenset[str]
    report_nouns: frozenset[str]
    identify_verbs: frozenset[str]
    observing_phrases: tuple[str, ...]
    speaker_nouns: frozenset[str]
    section_labels: frozenset[str]
    saying_verbs: frozenset[str]
    claim_negators: frozenset[str]
    clause_openers: frozenset[str]
    answers_yes: frozenset[str]
    epistemic: frozenset[str]
    harm: frozenset[str]
    intact: frozenset[str]


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
        falsify_verbs=frozenset(a["falsify_verbs"]),
        dismissive=frozenset(a["dismissive"]),
        against_phrases=tuple(a["phrases"]),
        leading_no=frozenset(a["leading_no"]),
        contrast_preps=frozenset(a["contrast_preps"]),
        hedges=frozenset(o["hedges"]),
        suspect_nouns=frozenset(o["suspect_nouns"]),
        accused_nouns=frozenset(o["accused_nouns"]),
        modals=frozenset(o["modals"]),
        report_verbs=frozenset(o["report_verbs"]),
        report_nouns=frozenset(o["report_nouns"]),
        identify_verbs=frozenset(o["identify_verbs"]),
        observing_phrases=tuple(o["phrases"]),
        speaker_nouns=frozenset(o["speaker_nouns"]),
        section_labels=frozenset(o["section_labels"]),
        saying_verbs=frozenset(o["saying_verbs"]),
        claim_negators=frozenset(raw["claim"]["negators"]),
        clause_openers=frozenset(raw["claim"]["clause_openers"]),
        answers_yes=frozenset(o["answers_yes"]),
        epistemic=frozenset(o["epistemic"]),
        harm=frozenset(raw["contradict"]["harm"]),
        intact=frozenset(raw["contradict"]["intact"]),
    )


@dataclass(frozen=True)
class ClaimWords:
    """The claim's own words, folded, to tell cues about the claim from
    cues that are part of it (a claim about what someone said, a claim
    that is itself negative)."""

    keys: frozenset[str] = frozenset()
    negative: bool = False
    saying: bool = False  # the claim is about what someone said
    harm: bool = False  # the claim says someone died, was taken or something was stolen
    questions: tuple[str, ...] = ()  # last words of questions the claim quotes ("asked: how's it going?")

    def has(self, tok) -> bool:
        if self.harm and tok.lower_ in cues().harm:
            return True  # "dead" restates "was killed"
        return bool(self.keys) and bool((_word_keys(tok.lower_) | _word_keys(tok.lemma_.lower())) & self.keys)


NO_CLAIM = ClaimWords()


@lru_cache(maxsize=65536)
def _word_keys(word: str) -> frozenset[str]:
    from claimgraph.claims.assign import stem
    from claimgraph.claims.lexicon import lexicon

    word = word.replace("’", "'")
    cls = lexicon().word_class(word)
    return frozenset(k for k in (stem(word), _verb_form(word), f"p:{cls}" if cls else "") if k)


@lru_cache(maxsize=4096)
def claim_words(claim: str | None) -> ClaimWords:
    if not claim:
        return NO_CLAIM
    c = cues()
    raw = [w.strip(".,;:!?\"'()") for w in claim.replace("’", "'").replace("n't", " n't").split()]
    words = [w.lower() for w in raw]
    keys = frozenset(k for w in words if len(w) > 2 and w not in c.claim_negators for k in _word_keys(w))
    # A capitalised word after the first names something ("Islamic State"), it says nothing.
    verbs = [w.lower() for i, w in enumerate(raw) if i == 0 or not w[:1].isupper()]
    saying = any(f in c.saying_verbs for w in verbs for f in _verb_forms(w))
    harm = any(w in c.harm for w in words)
    questions = tuple(_last_words(part) for part in claim.split("?")[:-1])
    return ClaimWords(keys, _main_clause_negative(words, c), saying, harm, questions)


def _main_clause_negative(words: list[str], c: Cues) -> bool:
    """A negator before any relative or subordinate clause makes the claim
    negative ("X doesn't last a day"); one inside such a clause ("a panel
    that didn't include women", "filmed how he spent it without ...") leaves
    the main statement positive, so a headline denying it still denies."""
    for w in words:
        if w in c.claim_negators:
            return True
        if w in c.clause_openers:
            return False
    return False


def _last_words(text: str, n: int = 3) -> str:
    words = [w.strip(".,;:!?\"'()‘’“”").lower() for w in text.replace("’", "'").split()]
    return " ".join([w for w in words if w][-n:])


def _verb_forms(word: str) -> tuple[str, ...]:
    """Candidate base forms of an inflected word read without its tag."""
    out = [word]
    for suf, rep in (("ies", "y"), ("ied", "y"), ("ying", "y"), ("es", ""), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e"), ("s", "")):
        if word.endswith(suf) and len(word) > len(suf) + 2:
            out.append(word[: -len(suf)] + rep)
    return tuple(out)


def _verb_form(word: str) -> str:
    """Base form of an inflected verb read without its tag ('Denies' -> 'deny')."""
    forms = _verb_forms(word)
    return forms[1] if len(forms) > 1 else word


def _shouted(tok) -> bool:
    """'Obama administration DENIES claim': a capitalised word the tagger may misread."""
    return tok.is_upper and len(tok) > 3


def _lemma(tok, titled: bool) -> str:
    """The token's verb lemma; in Headline Case a capitalised verb tagged as a
    name is folded by its form, and so is a verb misread as an auxiliary
    ("Man Mauled By Bear Says ...": 'Says' tagged AUX keeps 'says')."""
    c = cues()
    known = c.deny_verbs | c.report_verbs
    if (titled or _shouted(tok)) and tok.pos_ in ("PROPN", "NOUN") and tok.text[:1].isupper():
        return next((f for f in _verb_forms(tok.lower_) if f in known), _verb_form(tok.lower_))
    lemma = tok.lemma_.lower()
    if tok.pos_ == "AUX" and lemma not in known:
        return next((f for f in _verb_forms(tok.lower_) if f in known), lemma)
    return lemma


def _verbal(tok, titled: bool) -> bool:
    if tok.pos_ in ("VERB", "AUX"):
        return True
    if not ((titled or _shouted(tok)) and tok.pos_ in ("PROPN", "NOUN") and tok.text[:1].isupper()):
        return False
    # A capitalised verb sits between its subject and more words: "X Denies Y",
    # not "... Sparks Fears" or "the Suspect".
    doc = tok.doc
    prev = doc[tok.i - 1] if tok.i > 0 else None
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    # "iFixit Debunks": any capital in the subject; "Kurds Deny": a base form after a plural.
    inflected = tok.lower_ != _verb_form(tok.lower_) or prev is not None and prev.tag_ in ("NNS", "NNPS")
    return (
        prev is not None and prev.pos_ in ("PROPN", "NOUN", "PRON") and (not prev.text.islower() or _shouted(tok))
        and nxt is not None and not nxt.is_punct and inflected
    )  # fmt: skip


def _padded(text: str) -> str:
    return " " + " ".join(text.lower().replace("’", "'").split()) + " "


def _phrase_hits(text: str, phrases: tuple[str, ...]) -> list[str]:
    padded = _padded(text)
    return [p for p in phrases if any(f" {p}{end}" in padded for end in " ,.:;!?")]


def _deny_verb(tok, c: Cues, titled: bool = False) -> bool:
    lemma = _lemma(tok, titled)
    if lemma not in c.deny_verbs or not _verbal(tok, titled):
        return False
    particle = c.particle_verbs.get(lemma)
    if particle is not None:
        return any(ch.lower_ == particle for ch in kids(tok))
    if lemma in c.object_verbs:
        return any(ch.lower_ in c.report_nouns or ch.lower_ in c.falsity for ch in tok.subtree)
    return True


def against_cues(span: Span | Doc, words: ClaimWords = NO_CLAIM) -> list[str]:
    """Strong signs that the text denies or debunks what it talks about.

    A word the claim itself uses ("was disowned by her family", "tricked
    into") restates the claim and is no cue.
    """
    c = cues()
    hits = []
    titled = title_case(span)
    denied_falsity = set()  # "denies hoax claims": a denial of the debunking
    for tok in span:
        low = tok.lower_.replace("’", "'")
        if words.has(tok):
            continue
        if _deny_verb(tok, c, titled) and not _confirm_or_deny(tok):
            fakes = [
                t.i for ch in kids(tok) if ch.dep_ == "dobj" and ch.lower_ in c.report_nouns
                for t in ch.subtree if t.lower_ in c.falsity
            ]  # fmt: skip
            if fakes:
                denied_falsity.update(fakes)
                continue
            hits.append(f"deny:{tok.text}")
        elif low in c.falsity and tok.i not in denied_falsity and not _negated(tok) and not _alternative(tok):
            hits.append(f"false:{tok.text}")
        elif _falsify_verb(tok, c, titled) and not _negated(tok):
            hits.append(f"faked:{tok.text}")
        elif low in c.dismissive and _dismisses_report(tok, c):
            hits.append(f"dismiss:{tok.text}")
        elif words.harm and low in c.intact and _predicated(tok):
            hits.append(f"intact:{tok.text}")  # "is alive", "says she is safe"
    hits += [f"phrase:{p}" for p in _phrase_hits(span.text, c.against_phrases)]
    hits += _answered_no(span, c)
    # "No, ..." opening the headline or answering its question ("X? No, says Y")
    starts = [t for t in span if t.i == span[0].i or t.doc[t.i - 1].text in ("?", ":")]
    hits += [f"no:{t.text}" for t in starts if t.lower_ in c.leading_no and t.i + 1 < len(t.doc) and (t.i == span[0].i or t.nbor(1).is_punct)]
    hits += _despite_reports(span, c)
    return hits


def _falsify_verb(tok, c: Cues, titled: bool) -> bool:
    """'fabricating a statement', 'Racists Photoshop Protester': a verb of
    faking, in any form, used as a verb (not 'a digital doctor')."""
    return _verbal(tok, titled) and _lemma(tok, titled) in c.falsify_verbs


def _dismisses_report(tok, c: Cues) -> bool:
    """'calls the claims crazy', 'reports are absurd': the adjective is said
    of a report noun, not used before a noun ('crazy rumours')."""
    if tok.dep_ not in ("acomp", "oprd", "xcomp", "ccomp", "attr", "advmod", "amod") or _negated(tok):
        return False
    if tok.dep_ == "amod" and tok.head.i > tok.i:
        return False  # attributive: "crazy rumours"
    clause = tok.head.subtree
    return any(t.lower_ in c.report_nouns for t in clause)


def _negated(tok) -> bool:
    """'no hoax', "They're not fake": the falsity word is itself negated."""
    before = [t.lower_ for t in tok.doc[max(tok.i - 3, 0) : tok.i]]
    if any(w in ("no", "not", "n't", "never") for w in before):
        return True
    return any(ch.dep_ == "neg" for ch in kids(tok.head)) and tok.dep_ in ("acomp", "attr")


def _negates_falsity(neg, c: Cues) -> bool:
    return neg.head.lower_ in c.falsity or any(t.lower_ in c.falsity for t in neg.doc[neg.i + 1 : neg.i + 4])


def _alternative(tok) -> bool:
    """'Real or hoax?', 'Fake or freak?': one side of an open either-or question."""
    doc = tok.doc
    near = doc[max(tok.i - 3, 0) : tok.i + 4]
    after = doc[tok.i + 1 : tok.i + 8]
    return any(t.lower_ == "or" for t in near) and any(t.text == "?" for t in after)


def _predicated(tok) -> bool:
    """'she is safe', 'Rehana, alive and fighting' -- not 'buried alive'."""
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return tok.dep_ in ("acomp", "attr", "amod", "appos", "ROOT", "conj") and not (prev is not None and prev.pos_ == "VERB")


def _epistemic(verb, c: Cues) -> bool:
    return verb.lower_ in c.epistemic or any(ch.dep_ == "acomp" and ch.lower_ in c.epistemic for ch in kids(verb))


def _about_reports(verb, c: Cues) -> bool:
    """"Rumors that X aren't going away": the negation is about the reports."""
    return any(ch.dep_ in ("nsubj", "nsubjpass") and ch.lower_ in c.report_nouns for ch in kids(verb))


def _purpose_or_advice(neg) -> bool:
    """'... so he won't turn into X' (a purpose) and "Don't reset X" (advice)
    negate no statement of fact."""
    verb = neg.head
    if any(ch.lower_ == "so" and ch.i < neg.i for ch in kids(verb)):
        return True
    first = neg.doc[neg.i - 1] if neg.i > 0 else None
    imperative = first is not None and first.lower_ == "do" and (first.i == 0 or neg.doc[first.i - 1].is_punct)
    return imperative and not any(ch.dep_ in ("nsubj", "nsubjpass") for ch in kids(verb))


def _confirm_or_deny(tok) -> bool:
    """'refuses to confirm or deny': no denial at all."""
    return tok.i >= 2 and tok.doc[tok.i - 1].lower_ == "or" and tok.doc[tok.i - 2].lemma_.lower() == "confirm"


def _answered_no(span: Span | Doc, c: Cues) -> list[str]:
    """'Did X happen? Probably not': a short answer after the question says no."""
    marks = [t for t in span if t.text == "?"]
    if not marks:
        return []
    rest = [t for t in span if t.i > marks[-1].i and not t.is_punct]
    if 0 < len(rest) <= 4 and any(t.lower_ in c.leading_no or t.lower_ == "n't" for t in rest):
        return [f"answer:{' '.join(t.text for t in rest)}"]
    return []


def _despite_reports(span: Span | Doc, c: Cues) -> list[str]:
    """'... despite internet rumors', 'contrary to reports': the text sets
    itself against the reports of the claim."""
    hits = []
    for tok in span:
        if tok.lower_ not in c.contrast_preps:
            continue
        window = [t for t in span if tok.i < t.i <= tok.i + 5]
        if any(t.lower_ in c.report_nouns or t.lower_ in c.hedges or t.lemma_.lower() in c.report_verbs for t in window):
            hits.append(f"contrast:{tok.text}")
    return hits


_CLAUSES = ("ccomp", "advcl", "relcl", "acl", "xcomp", "csubj", "parataxis", "conj")


def _clause_words(head):
    """The negated word's own clause, without the clauses hanging off it."""
    out, todo = [], [head]
    while todo:
        t = todo.pop()
        out.append(t)
        todo += [c for c in kids(t) if c.dep_ not in _CLAUSES]
    return out


def _about_claim(head, words: ClaimWords, predicate_only: bool = False) -> bool:
    """Does the negated clause say something the claim says?

    With `predicate_only`, the subject does not count: "X not missing" says
    nothing against a claim about X unless "missing" is in the claim.
    """
    if not words.keys:
        return True  # no claim given: every negation counts
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("nsubj", "nsubjpass"):
        head = head.head  # "no threats were made": the clause of the noun's verb
        predicate_only = False  # the negated noun is the subject itself
    skip = set()
    if predicate_only:
        skip = {t.i for ch in kids(head) if ch.dep_ in ("nsubj", "nsubjpass") for t in ch.subtree}
    return any(words.has(t) for t in _clause_words(head) if not t.is_stop and t.i not in skip)


def _unsaid(neg, words: ClaimWords, c: Cues) -> bool:
    """'X did not say ...' against a claim about what X said."""
    return words.saying and neg.head.lemma_.lower() in c.saying_verbs


def _elliptic(neg) -> bool:
    """"... No he wasn't", "..., but it didn't": a bare negated auxiliary at
    the end takes back what the text said before it."""
    head = neg.head
    if head.i < 3 or not (head.pos_ == "AUX" or head.lemma_.lower() in ("be", "do", "have")):
        return False
    rest = [t for t in neg.doc[neg.i + 1 : neg.sent.end] if not t.is_punct]
    return not rest and all(ch.dep_ in ("nsubj", "neg", "punct", "cc", "intj", "expl") for ch in kids(head))


def _correction(neg, words: ClaimWords) -> bool:
    """'in Nevada, not Texas': a trailing 'not' + noun phrase rules out an
    alternative; it denies the claim only when that phrase is the claim's."""
    doc = neg.doc
    if neg.lower_ != "not" or neg.i == 0 or doc[neg.i - 1].text not in (",", "-", "–", "—"):
        return False
    phrase = []
    for t in doc[neg.i + 1 :]:
        if t.is_punct or t.pos_ in ("VERB", "AUX"):
            break
        phrase.append(t)
    if not phrase or not any(t.pos_ in ("NOUN", "PROPN", "PRON", "NUM") for t in phrase):
        return False
    return not any(words.has(t) for t in phrase if not t.is_stop)


def negation_cues(span: Span | Doc, words: ClaimWords = NO_CLAIM) -> list[str]:
    """Negated predicates of the claim ("wasn't stolen", "has NOT been arrested").

    A negation of something the claim does not say ("had no idea") or of a
    claim that is itself negative does not contradict it.
    """
    if words.negative:
        return []
    c = cues()
    modals = c.modals
    return [
        f"neg:{t.text}" for t in span
        if (t.dep_ == "neg" or t.lower_ in ("never", "no"))
        and (_about_claim(t.head, words, predicate_only=True) or _elliptic(t) or _unsaid(t, words, c))
        and not _negates_falsity(t, c)  # "not a hoax" backs the claim
        and not _correction(t, words)
        and not _purpose_or_advice(t)
        and not _epistemic(t.head, c)  # "isn't sure": a doubt, not a denial
        and not _about_reports(t.head, c)
        and not any(a.lower_ in modals for a in kids(t.head) if a.dep_ == "aux")  # "may not": a hedge
    ]  # fmt: skip


def _source_suffix(span: Span | Doc) -> bool:
    """'text: monitor' / 'text - CNN' / 'text -CNN' / 'text: South Korean
    paper': a short trailing source."""
    last = [t for t in span if not t.is_space][-1]
    if len(last) > 2 and last.text[0] == "-" and last.text[1].isupper() and last.i > 0 and last.doc[last.i - 1].whitespace_:
        return True  # wire style, the dash glued to the name
    toks = [t for t in span if not t.is_space and not (t.is_punct and t.text not in ":-–—")]
    tail = toks[-5:]
    for i, t in enumerate(tail):
        # a dash only between words ("text - CNN"), not inside one ("in-store")
        dash = t.text in ("-", "–", "—") and t.i > 0 and bool(t.doc[t.i - 1].whitespace_)
        after = len(tail) - i - 1
        # up to two names, or three words ending in a speaker ("South Korea paper")
        short = 0 < after <= 2 or after == 3 and t.text == ":" and tail[-1].lower_ in cues().speaker_nouns
        if (t.text == ":" or dash) and short and i > 0:
            return all(x.pos_ in ("PROPN", "NOUN") and not x.like_url for x in tail[i + 1 :])
    return False


def _source_prefix(span: Span | Doc, c: Cues) -> str | None:
    """'Senator: text' / 'US officials: text': a short leading speaker, not a
    section label ('BREAKING:', 'Video:')."""
    toks = [t for t in span if not t.is_space]
    colon = next((i for i, t in enumerate(toks[:6]) if t.text == ":"), None)
    if not colon or colon > 4 or len(toks) - colon < 4:
        return None
    head = toks[colon - 1]
    if not all(t.pos_ in ("PROPN", "NOUN", "ADJ", "DET", "NUM") or t.is_punct for t in toks[:colon]):
        return None  # "It's official:" is not a speaker
    if head.lower_ in c.section_labels or any(t.lower_ in c.section_labels for t in toks[:colon]):
        return None
    if head.lemma_.lower() in c.speaker_nouns or head.lower_ in c.speaker_nouns or _first_person(toks[colon + 1 : colon + 4]):
        return " ".join(t.text for t in toks[:colon])
    return None


def _first_person(toks) -> bool:
    """'Name: I wear it ...', 'Group: We have ...': the words after the colon
    are the named speaker's own."""
    return any(t.text in ("I", "We", "we", "My", "my", "Our", "our") for t in toks)


def _speaker_in_claim(verb, words: ClaimWords) -> bool:
    """'Pope says X' about the claim 'the Pope said X': the saying is the claim."""
    if not words.saying:
        return False
    subj = next((ch for ch in kids(verb) if ch.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and any(words.has(t) for t in subj.subtree if t.pos_ in ("PROPN", "NOUN")):
        return True
    # Headline parses often lose the subject ("Priest Dies ..., Comes Back and
    # Claims ...", "... - Priest who died claims"): a name of the claim's
    # speaker anywhere before the verb will do.
    return any(words.has(t) for t in verb.doc[verb.sent.start : verb.i] if t.pos_ in ("PROPN", "NOUN") and t.dep_ in ("nsubj", "nsubjpass", "compound", "attr", "appos", "ROOT"))


def _open_question(mark, span: Span | Doc, words: ClaimWords) -> bool:
    """A question leaves the claim open unless a later part of the headline
    answers it ("20-year-old burger? Men kept it for ...", "... ? It's real")."""
    if words.questions and _last_words(mark.doc.text[: mark.idx]) in words.questions:
        return False  # the claim's own quoted question ("asks doctors: how's it going?")
    rest = [t for t in span if t.i > mark.i and not t.is_punct]
    if 0 < len(rest) <= 4 and any(t.lower_ in cues().answers_yes for t in rest):
        return False  # "... ? It's real", "... ? Yes"
    if len([t for t in rest if t.is_alpha]) < 3 or any(t.text == "?" for t in span if t.i > mark.i):
        return True
    asked = [t for t in span if t.i < mark.i and not t.is_punct]
    if asked and asked[0].lower_ in ("is", "are", "was", "were", "did", "does", "do", "has", "have", "can", "will"):
        return True  # a yes/no question about the thing itself ("Is this X?")
    if not words.keys:
        return False
    said = sum(words.has(t) for t in rest if not t.is_stop)
    return said < sum(words.has(t) for t in asked if not t.is_stop) or said == 0 and len(rest) < 4


def _reporting(tok, c: Cues, titled: bool) -> bool:
    """A verb or noun that makes the text someone's report ('says', 'claims').

    A participle that tells what someone in the story said or believed
    ("suspended for saying ...", "a note saying ...") is part of the events
    told, not the outlet's source.
    """
    if _verbal(tok, titled) and _lemma(tok, titled) in c.report_verbs:
        return not (tok.tag_ == "VBG" and tok.dep_ in ("advcl", "acl", "xcomp", "pcomp", "relcl"))
    return tok.lower_ in c.report_nouns and tok.pos_ in ("NOUN", "PROPN")


def _modal(tok, c: Cues, titled: bool) -> bool:
    if tok.lower_ not in c.modals:
        return False
    if tok.tag_ == "MD":
        return True
    # "Apple May Buy Path": Headline Case hides the modal from the tagger.
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return titled and tok.i > 0 and nxt is not None and nxt.is_alpha and nxt.pos_ != "NUM"


def _identified_by_source(verb, c: Cues, titled: bool) -> bool:
    """'media name X', 'X identified by police': the naming is the source's."""
    if not _verbal(verb, titled) or _lemma(verb, titled) not in c.identify_verbs:
        return False
    who = [ch for ch in kids(verb) if ch.dep_ == "nsubj"]
    who += [g for ch in kids(verb) if ch.dep_ == "agent" for g in kids(ch) if g.dep_ == "pobj"]
    return any(t.lower_ in c.speaker_nouns or t.lemma_.lower() in c.speaker_nouns for w in who for t in w.subtree)


def _debunking_report(tok, c: Cues) -> bool:
    """'hoax claims', 'fake reports': reports that call the claim false; a
    text that denies them backs the claim rather than reporting it."""
    return tok.pos_ in ("NOUN", "PROPN") and any(ch.lower_ in c.falsity for ch in kids(tok))


def _predicate_noun(tok) -> bool:
    """'X is a suspect', 'X emerges as suspect', 'X, key suspect': said of
    someone, not the one acting or acted on ('suspect dead', 'police shoot a
    suspect'). Read from the words before it: headline parses of these are poor."""
    doc = tok.doc
    prev = doc[tok.i - 1] if tok.i > 0 else None
    if prev is None or not (prev.lower_ in ("a", "an", "as") or prev.pos_ == "ADJ"):
        return False
    before = doc[prev.i - 1] if prev.i > 0 else None
    return before is None or before.pos_ != "VERB" or before.lemma_.lower() in ("be", "emerge", "become", "remain", "name")


def _describes_a_person(tok, c) -> bool:
    """"alleged rapist", "suspected militant": a hedge written before a noun for
    someone accused, which labels that person and leaves the headline's act
    unhedged."""
    head = tok.head  # title case may make "Alleged" a compound: "Alleged Sex Attacker"
    return tok.dep_ in ("amod", "compound") and 0 < head.i - tok.i <= 2 and head.lower_.rstrip("s") in c.accused_nouns


def observing_cues(span: Span | Doc, words: ClaimWords = NO_CLAIM) -> list[str]:
    """Signs that the text reports, hedges or questions rather than vouches."""
    c = cues()
    hits = []
    titled = title_case(span)
    for tok in span:
        low = tok.lower_
        if tok.text == "?":
            if _open_question(tok, span, words):
                hits.append("question")
        elif words.has(tok) and (low in c.hedges or low in c.suspect_nouns or _reporting(tok, c, titled)):
            continue  # the claim's own word ("believed dead", "a suspect"), no hedge of it
        elif low in c.hedges and _describes_a_person(tok, c):
            continue  # "mob castrates alleged rapist": the caution is about him, not the act told
        elif low in c.hedges or low in c.suspect_nouns and _predicate_noun(tok):
            hits.append(f"hedge:{tok.text}")
        elif _modal(tok, c, titled) and _about_claim(tok.head, words, predicate_only=True):
            hits.append(f"modal:{tok.text}")
        elif _reporting(tok, c, titled) and not _speaker_in_claim(tok, words) and not _debunking_report(tok, c):
            hits.append(f"report:{tok.text}")
        elif _identified_by_source(tok, c, titled) and not words.has(tok):
            hits.append(f"identified:{tok.text}")
    hits += [f"phrase:{p}" for p in _phrase_hits(span.text, c.observing_phrases)]
    if _source_suffix(span):
        hits.append("source-suffix")
    prefix = _source_prefix(span, c)
    if prefix:
        hits.append(f"source:{prefix}")
    return hits


def span_stance(span: Span | Doc, claim: str | None = None) -> StanceDecision:
    """Stance of one headline or sentence toward the claim it is about.

    With the claim's text, negations and sayings that are part of the claim
    itself are told apart from ones that take a side on it.
    """
    words = claim_words(claim)
    strong = against_cues(span, words)
    if strong:
        return StanceDecision("against", strong)
    # A negation of the claim wins over the source that says it ("X wasn't
    # stolen: police", "Y says Z not found"): the source denies it.
    neg = negation_cues(span, words)
    if neg:
        return StanceDecision("against", neg)
    hedged = observing_cues(span, words)
    if hedged:
        return StanceDecision("observing", hedged)
    return StanceDecision("for", [])


def _overlap(claim_terms, text: str) -> float:
    from claimgraph.claims.assign import text_terms

    terms = text_terms(text)
    if not claim_terms or not terms:
        return 0.0
    shared = sum(1 for t in claim_terms if t in terms)
    return shared / len(claim_terms)


RELEVANT = 0.34  # share of the claim's content terms a sentence must repeat


def _denial_undone(statement, text: str) -> bool:
    """A denial that takes no side on the claim: of a debunking ("denies hoax
    claims") or one of "refuses to confirm or deny"."""
    c = cues()
    said = {w.strip(".,;:!?\"'()").lower() for w in statement.content.split()}
    if said & c.falsity and said & c.report_nouns:  # "hoax claims", not "the hoax"
        return True
    start = statement.cue_span[0] if statement.cue_span else 0
    return _padded(text[max(start - 12, 0) : start]).endswith(" confirm or ")


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
    denials = [s for s in related if s.stance == "deny" and not _denial_undone(s, doc.text)]
    if denials:
        return StanceDecision("against", [f"deny:{s.cue}" for s in denials], [s.id for s in denials])
    title_end = doc.text.find("\n") if not one_line else len(doc.text)
    title = doc.char_span(0, title_end, alignment_mode="contract") if title_end > 0 else None
    if title is not None and (one_line or _overlap(wanted, title.text) >= RELEVANT):
        decision = span_stance(title, claim)
        decision.statements = [s.id for s in related]
        return decision
    in_statements = [s.content_span for s in document.statements]
    votes: list[StanceDecision] = []
    for sent in doc.sents:
        if _overlap(wanted, sent.text) < RELEVANT:
            continue
        inside = any(a <= sent.start_char < b or sent.start_char <= a < sent.end_char for a, b in in_statements)
        d = span_stance(sent, claim)
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
