"""Propositions: who does what to whom, read off the parse of a wording.

A wording ("Iran has supplied drones to Russia", "the sale of drones to
Russia", "Tehran sent Moscow drones") becomes agent, predicate, theme and
recipient. Participants are keyed by the resolved actor's country when the
article resolves them (so Tehran, Iran and the Islamic Republic agree), else
by their lower-cased name. Predicates go through the lexicon's classes.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from claimgraph.claims.lexicon import lexicon
from claimgraph.nlp import kids, names_none, span_text, subtree, token_table, tokens_of

_SUBJ = ("nsubj", "csubj")
_OBJ = ("dobj", "obj", "attr", "oprd")
_NOMINAL_POS = ("NOUN", "PROPN", "PRON", "NUM")


@dataclass
class Proposition:
    predicate: str  # predicate class, or the verb/noun lemma when unclassed
    classed: bool
    agent: str | None = None
    theme: frozenset[str] = frozenset()
    recipient: str | None = None
    anchor: int = 0  # char offset of the predicate word
    verb_text: str = ""
    names: dict[str, str] = field(default_factory=dict)  # key -> display name
    theme_text: str = ""
    negated: bool = False  # "has never sent drones": the wording says it is not so

    @property
    def participants(self) -> frozenset[str]:
        return frozenset(k for k in (self.agent, self.recipient) if k)

    def slots(self) -> int:
        return sum(1 for x in (self.agent, self.recipient, self.theme) if x)


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def same_proposition(p: Proposition, q: Proposition) -> bool:
    """Do two wordings state one proposition? Precision first."""
    if not (p.theme & q.theme):
        return False
    if p.predicate == q.predicate:
        if not (_compatible(p.agent, q.agent) and _compatible(p.recipient, q.recipient)):
            return False
        # An unclassed verb needs a named party in common as well.
        return p.classed or bool(p.participants & q.participants)
    # Same two parties and the same thing, in other roles or verbs
    # ("drones from Iran used by Russia" / "Iran sent drones to Russia").
    return len(p.participants) >= 2 and p.participants == q.participants


class Keys:
    """Participant keys for tokens, from the article's resolved actors."""

    def __init__(self, analysis=None):
        self.analysis = analysis
        self._mentions: list[tuple[int, int, str]] | None = None  # (start, end, key), by start
        self._starts: list[int] = []

    def within(self, start: int, end: int) -> frozenset[str]:
        """Keys (country, else name) of the resolved actors mentioned inside
        [start, end): `Analysis.mentions_within`, through an index of the
        mentions by start made once (asked for every wording of the article)."""
        if self._mentions is None:
            a = self.analysis
            actors = {aid: a.actor(aid) for aid in set(a.mention_actor.values())}
            self._mentions = sorted((s, e, (x.country or x.name).lower()) for (s, e), aid in a.mention_actor.items()
                                    if (x := actors[aid]) is not None)
            self._starts = [s for s, _e, _k in self._mentions]
        lo = bisect_left(self._starts, start)
        hi = bisect_left(self._starts, max(end, start + 1))
        return frozenset(k for _s, e, k in self._mentions[lo:hi] if start < e <= end)

    def key(self, tok: Token, common: bool = True) -> tuple[str, str] | None:
        """(key, display) for the participant headed by tok, or None for non-actors."""
        span = _name_span(tok)
        a = self.analysis
        if a is not None and a.mention_actor:
            aid = a.actor_at(span.start_char, span.end_char)
            actor = a.actor(aid) if aid else None
            if actor is not None:
                return ((actor.country or actor.name).lower(), actor.name)
        if tok.ent_type_ in ("GPE", "NORP", "ORG", "PERSON", "LOC", "FAC") or tok.pos_ == "PROPN":
            text = span_text(span)  # (Span.text joins its words anew on each read)
            return (text.lower().removeprefix("the "), text)
        if common and tok.pos_ == "NOUN":  # "the warring parties": a participant, not a named one
            return (tok.lemma_.lower(), tok.text)
        return None


def entity_bounds(tok: Token) -> tuple[int, int] | None:
    """(start, end) of the named entity that holds `tok`, as `entity_at` finds
    it, walked along the Doc's token list (`doc[i]` makes a Token each step)."""
    if tok.ent_iob_ not in ("B", "I"):
        return None
    toks = tokens_of(tok.doc)
    start, end = tok.i, tok.i + 1
    while start > 0 and toks[start].ent_iob_ == "I":
        start -= 1
    while end < len(toks) and toks[end].ent_iob_ == "I":
        end += 1
    return start, end


def _name_span(tok: Token) -> Span:
    doc = tok.doc
    bounds = entity_bounds(tok)
    if bounds is not None:
        return doc[bounds[0] : bounds[1]]
    toks = tokens_of(doc)
    left = tok.i
    while left > 0 and toks[left - 1].dep_ == "compound" and toks[left - 1].head == tok:
        left -= 1
    return doc[left : tok.i + 1]


def _conjuncts(tok: Token) -> list[Token]:
    return [tok, *tok.conjuncts]


def _theme(tok: Token | None) -> tuple[frozenset[str], str]:
    if tok is None:
        return frozenset(), ""
    heads = [t for t in _conjuncts(tok) if t.pos_ in _NOMINAL_POS or t.pos_ == "ADJ"]
    # Named themes ("invaded Ukraine") are parties, not things: they do not
    # make two wordings about the same thing.
    lemmas = frozenset(t.lemma_.lower() for t in heads if t.pos_ not in ("PRON", "PROPN"))
    # "drone sales": the compound names the thing moved.
    last = max(h.i for h in heads or [tok])
    text = " ".join(t.text for t in subtree(tok) if t.i <= last and t.dep_ != "prep")
    return lemmas, text[:80]


def _child(tok: Token, deps: tuple[str, ...]) -> Token | None:
    for c in kids(tok):  # (a plain loop: asked several times for every verb)
        if c.dep_ in deps:
            return c
    return None


def _prep_object(tok: Token, preps: tuple[str, ...]) -> Token | None:
    for c in kids(tok):
        if c.dep_ == "prep" and c.lower_ in preps:
            obj = _child(c, ("pobj",))
            if obj is not None:
                return obj
    return None


def _by_agent(verb: Token) -> Token | None:
    """The 'by' object of a passive verb (spaCy marks the preposition `agent`)."""
    agent = _child(verb, ("agent",))
    return _child(agent, ("pobj",)) if agent is not None else _prep_object(verb, ("by",))


def _set(prop: Proposition, role: str, tok: Token | None, keys: Keys) -> None:
    if tok is None:
        return
    # An unnamed agent ("the company") may well be a named one under another
    # description, so it constrains nothing; an unnamed recipient does.
    kd = keys.key(tok, common=role != "agent")
    if kd is None:
        return
    setattr(prop, role, kd[0])
    prop.names[kd[0]] = kd[1]


def verb_proposition(verb: Token, keys: Keys) -> Proposition:
    lex = lexicon()
    cls = lex.predicate_class(verb.lemma_, "VERB")
    prop = Proposition(predicate=cls or verb.lemma_.lower(), classed=cls is not None,
                       anchor=verb.idx, verb_text=verb.text)
    subj = _child(verb, _SUBJ)
    if subj is None and verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
        subj = _child(verb.head, _SUBJ)  # "was getting ready to give": subject of the head
    passive_subj = _child(verb, ("nsubjpass",))
    by = _prep_object(_child(verb, ("agent",)) or verb, ("by",)) if passive_subj is not None else None
    obj = _child(verb, _OBJ)
    passive = passive_subj is not None or _child(verb, ("auxpass",)) is not None
    theme = None
    if cls is None and not passive:
        # an unclassed verb with no theme is kept by no caller (`propositions`), and
        # only a passive can class it (`_provenance`): its parties need no look-up
        theme = _theme(obj)
        if not theme[0]:
            prop.theme, prop.theme_text = theme
            return prop
    dative = _child(verb, ("dative",))
    if passive_subj is not None:
        _set(prop, "agent", by, keys)
        obj = passive_subj
    else:
        _set(prop, "agent", subj, keys)
    # "sent Moscow drones": two objects, the first is the recipient.
    if dative is not None and dative.pos_ == "ADP":  # "sent drones to Russia" parsed as dative
        _set(prop, "recipient", _child(dative, ("pobj",)), keys)
    elif dative is not None:
        _set(prop, "recipient", dative, keys)
    else:
        _set(prop, "recipient", _prep_object(verb, ("to",)), keys)
        benefactor = _prep_object(verb, ("for",))  # "for Russia", not "for use"
        if prop.recipient is None and benefactor is not None and benefactor.pos_ == "PROPN":
            _set(prop, "recipient", benefactor, keys)
    if prop.recipient is None and prop.classed and obj is not None:
        # "sent Moscow drones" is often parsed with the recipient as a compound.
        named = next((c for c in kids(obj) if c.dep_ == "compound" and c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")), None)
        if named is not None:
            _set(prop, "recipient", named, keys)
    prop.theme, prop.theme_text = theme if theme is not None else _theme(obj)
    prop.negated = negated(verb)
    if passive:
        _provenance(prop, verb, passive_subj, keys)
    return prop


def negated(verb: Token) -> bool:
    """"did not send", "never sent", "no unit had left", "nobody crossed", "at
    no time fished": the wording says it is not so."""
    for c in kids(verb):
        if c.dep_ == "neg":
            return True
        # ("contained almost no lead" measures; it does not deny)
        if c.dep_ in ("nsubj", "nsubjpass", "dobj") and names_none(c):
            return True
        # "had at no time fished there", "in no way took part"
        if c.dep_ == "prep" and any(o.dep_ == "pobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in kids(o))
                                    and not (c.lower_ == "in" and o.lower_ == "time") for o in kids(c)):  # "in no time": soon
            return True
    return False


def _user_of(thing: Token, classes: frozenset[str]) -> Token | None:
    """B in 'the X deployed by B' / 'the X that B used': who uses the thing."""
    lex = lexicon()
    for c in kids(thing):
        if c.pos_ != "VERB" or lex.predicate_class(c.lemma_, "VERB") not in classes:
            continue
        if c.dep_ == "acl":
            by = _by_agent(c)
            if by is not None:
                return by
        elif c.dep_ == "relcl":
            subj = _child(c, ("nsubj",))
            if subj is not None and subj.pos_ != "PRON":
                return subj
    return None


def _used_thing(verb: Token, classes: frozenset[str]) -> tuple[Token, Token] | None:
    """The nearest noun left of a passive verb that carries a user clause.

    The small parser often loses the passive subject of a long clause ("the
    drones deployed by B to strike C were built in A"), so look for it.
    """
    for tok in reversed(verb.doc[verb.sent.start : verb.i]):
        if tok.pos_ == "NOUN" and (user := _user_of(tok, classes)) is not None:
            return tok, user
    return None


def _provenance(prop: Proposition, verb: Token, thing: Token | None, keys: Keys) -> None:
    """'The X used by B were made in A': A supplied X to B (where B's X came from)."""
    rule = lexicon().provenance
    if prop.predicate not in rule.origin_classes:
        return
    user = _user_of(thing, rule.user_classes) if thing is not None else None
    if user is None and (found := _used_thing(verb, rule.user_classes)) is not None:
        thing, user = found
    origin = None
    for c in kids(verb):
        if c.dep_ in ("prep", "agent") and c.lower_ in rule.origin_preps:
            origin = _child(c, ("pobj",)) or origin
    if user is None or origin is None or keys.key(origin, common=False) is None:
        return
    prop.predicate, prop.classed = rule.implies, True
    if not prop.theme:
        prop.theme, prop.theme_text = _theme(thing)
    _set(prop, "agent", origin, keys)
    _set(prop, "recipient", user, keys)


def noun_proposition(noun: Token, keys: Keys) -> Proposition | None:
    """Nominalisations: 'the sale of drones to Russia', 'Iran's export of drones'."""
    cls = lexicon().predicate_class(noun.lemma_, "NOUN")
    if cls is None:
        return None
    prop = Proposition(predicate=cls, classed=True, anchor=noun.idx, verb_text=noun.text)
    owner = _child(noun, ("poss",)) or _prep_object(noun, ("by", "from"))
    if owner is None:
        owner = next((c for c in kids(noun) if c.dep_ in ("amod", "compound") and keys.key(c)), None)
    _set(prop, "agent", owner, keys)
    _set(prop, "recipient", _prep_object(noun, ("to", "for")), keys)
    theme = _prep_object(noun, ("of",))
    if theme is None:  # "drone sales"
        theme = next((c for c in kids(noun) if c.dep_ == "compound" and not keys.key(c)), None)
    prop.theme, prop.theme_text = _theme(theme)
    return prop


def propositions(span: Span, keys: Keys) -> list[Proposition]:
    """Every proposition in a wording: classed predicates first, then the root."""
    classed: list[Proposition] = []
    root: Proposition | None = None
    lex = lexicon()
    origins = lex.provenance.origin_classes
    doc = span.doc
    toks = tokens_of(doc)  # not the Span: it makes each Token anew
    # only its verbs and nouns can hold one: their tags read from the Doc's array (each
    # Token's `pos_` builds a new string)
    tags = token_table(doc)[span.start : span.end, 0].tolist()
    verb_id, noun_id = doc.vocab.strings["VERB"], doc.vocab.strings["NOUN"]
    for k, tag in enumerate(tags):
        if tag == verb_id:
            tok = toks[span.start + k]
            heads = root is None and (tok.head == tok or not (span.start <= tok.head.i < span.end))
            if not heads and lex.predicate_class(tok.lemma_, "VERB") is None and tok.lemma_.lower() not in origins:
                continue  # an unclassed verb that does not head the wording: nothing to keep
            p = verb_proposition(tok, keys)
            if p.classed:
                classed.append(p)
            elif heads:
                root = p
        elif tag == noun_id and lex.predicate_class((tok := toks[span.start + k]).lemma_, "NOUN"):
            p = noun_proposition(tok, keys)
            if p is not None:
                classed.append(p)
    if root is None and verb_id in tags:
        root = verb_proposition(toks[span.start + tags.index(verb_id)], keys)
    out = classed + ([root] if root is not None and root.theme else [])
    return out
