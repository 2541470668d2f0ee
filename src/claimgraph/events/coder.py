"""The event coder: spaCy parse + resolved actors -> CAMEO/PLOVER events.

One pass over the tokens finds triggers (patterns in data/event_patterns.toml).
A frame trigger ("agreed to", "called for", "threatened to", "refused to")
takes its complement's category to pick the CAMEO subcode; the complement is
then not coded again. Each event needs a source actor with a country or CAMEO
code; when we cannot name one we code nothing (over-coding is the failure
event-data users complain about most).

Modality, decided here and documented in the README of the codebook:
- "did not attack", "no talks", "has not yet / has yet to examine": an act
  that did not happen, so not coded at all (a negated "will not" is a
  refusal, below);
- "may/could/should/might meet", "if ... meet", "tried to meet": hypothetical=True;
- "will/would meet": a promise or plan, so the intent reading (CAMEO 03:
  "express intent to meet", 036) when the category has one, else hypothetical;
- events inside a denied or unproven charge ("rejected claims that Iran sent
  drones", "allegations that ...") are not coded at all;
- nor are acts that were never done: counterfactuals ("should have protested",
  "would have imposed"), acts inside a condition ("if it deployed soldiers"),
  acts campaigned on ("campaigned on banning imports") or only supposed. A
  frame that is itself coded ("pledged / threatened to impose") keeps its code.

One act is one event per article: the same code, source and target told
again, or told less exactly (no target, or a generic code beside a specific
one in the same sentence), is not coded twice. A state's own person or body
does not aim at its own country ("the minister warned that Norland had ..."
said by Norland's minister).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

import pycountry
from spacy.tokens import Token

from claimgraph.actors.coding import Coding, code_actor
from claimgraph.actors.resolve import HOME_SECTORS
from claimgraph.attribution.rules import neither_nor
from claimgraph.claims.document import with_pos
from claimgraph.context import Analysis
from claimgraph.events.codebook import lookup
from claimgraph.events.patterns import Pattern, Rules, rules
from claimgraph.nlp import kids, sent_of, span_text, subtree, title_case, tokens_where
from claimgraph.schema import Actor, Event, Statement

OBJ_DEPS = ("dobj", "obj", "nsubjpass", "attr", "oprd")
MOD_DEPS = ("compound", "amod", "nmod", "npadvmod", "poss")
SUBJ_DEPS = ("nsubj", "csubj")
CLIMB_DEPS = ("xcomp", "conj", "advcl", "pcomp", "acomp")
CLAUSE_DEPS = ("ccomp", "acl", "relcl", "pcomp", "advcl", "xcomp", "conj")
FIRST_PERSON = frozenset({"we", "i", "us", "me", "our", "my"})


@dataclass
class Hit:
    """A matched trigger, before actors are attached."""

    tok: Token  # trigger word
    gov: Token  # word carrying modality/negation (verb of the clause)
    code: str
    span_toks: list[Token]
    frame_tok: Token | None = None
    comp: Token | None = None
    default_frame: bool = False  # frame code without a known complement
    needs_target: bool = False
    hypothetical: bool = False
    negated: bool = False
    noun: bool = False
    own_side_excluded: bool = False  # "Russia must boost its troops, he added": no demand on one's own country


# ------------------------------------------------------------------ parse helpers


def _conj(tok: Token) -> list[Token]:
    out = [tok]
    for c in kids(tok):
        if c.dep_ == "conj":
            out.extend(_conj(c))
    return out


def _objects(tok: Token, particles: frozenset[str] = frozenset()) -> list[Token]:
    """Heads of the trigger's object: dobj, the particle's pobj, "of"-phrases under them."""
    heads: list[Token] = []
    for c in kids(tok):
        if c.dep_ in OBJ_DEPS or (c.dep_ in ("dative", "npadvmod") and c.i > tok.i and c.pos_ in ("NOUN", "PROPN")):
            heads.append(c)
        elif c.dep_ == "prep" and (c.lower_ in particles or (tok.pos_ == "NOUN" and c.lower_ in ("of", "on", "against", "for", "to"))):
            heads.extend(g for g in kids(c) if g.dep_ == "pobj")
        elif c.dep_ == "prt" and c.lower_ in particles:
            pass
    if tok.pos_ == "VERB" and tok.dep_ == "relcl" and any(h.lower_ in {"that", "which"} for h in heads):
        heads = [h for h in heads if h.lower_ not in {"that", "which"}]  # "an accusation that Tunis rejected"
    if not heads and tok.pos_ == "VERB":
        # the noun a relative clause with no object of its own is about ("a charge Tunis rejected"),
        # also where the parser made it a second subject before the real one
        subjects = [c for c in kids(tok) if c.dep_ == "nsubj" and c.i < tok.i]
        if tok.dep_ == "relcl" and tok.head.i < tok.i and tok.head.pos_ == "NOUN" and subjects:
            heads.append(tok.head)
        elif len(subjects) == 2 and subjects[0].pos_ == "NOUN" and subjects[1].left_edge.i == subjects[0].i + 1:
            heads.append(subjects[0])
    out: list[Token] = []
    for h in heads:
        for t in _conj(h):
            out.append(t)
            out.extend(g for g in kids(t) if g.dep_ == "compound")
            for p in kids(t):
                if p.dep_ == "prep" and p.lower_ == "of":
                    # "part of a military aid program": the program's words count
                    for g in kids(p):
                        if g.dep_ == "pobj":
                            out.append(g)
                            out.extend(m for m in kids(g) if m.dep_ == "compound")
    return out


def _modifiers(tok: Token) -> set[str]:
    mods = {c.lemma_.lower() for c in kids(tok) if c.dep_ in MOD_DEPS}
    if tok.dep_ == "compound":
        mods.add(tok.head.lemma_.lower())
    for c in kids(tok):  # "talked by phone", "spoke on the telephone"
        if c.dep_ == "prep" and c.lower_ in ("by", "on", "over", "via"):
            mods.update(g.lemma_.lower() for g in kids(c) if g.dep_ == "pobj")
    for c in tok.lefts:  # hyphenated prefixes: "air-strike" -> air
        if c.dep_ in ("compound", "amod", "nmod"):
            mods.update(g.lemma_.lower() for g in kids(c) if g.dep_ in ("compound", "amod"))
    return mods


def _has_particle(tok: Token, particles: frozenset[str]) -> Token | None:
    for c in kids(tok):
        if c.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in kids(c)):
            continue  # "called him on Monday": a time phrase, not "call on"
        if c.dep_ in ("prt", "prep") and c.lower_ in particles:
            return c
        if c.dep_ == "advmod" and c.i == tok.i + 1 and c.lower_ in particles:
            return c  # "stepped down": the small model often calls the particle an adverb
    return None


# ------------------------------------------------------------------ actors


def _actor_at_token(an: Analysis, tok: Token) -> str | None:
    """Actor of the smallest mention that contains this token.

    A proper name or demonym the recogniser missed at this place ("anti-Iran")
    still counts when the same word is a mention elsewhere in the article.
    Found once per token while coding (the mentions do not change then).
    """
    found: dict[int, str | None] = an.scratch.setdefault("event_actor_at", {})  # type: ignore[assignment]
    if tok.i not in found:
        found[tok.i] = _smallest_mention_actor(an, tok)
    return found[tok.i]


def _smallest_mention_actor(an: Analysis, tok: Token) -> str | None:
    best, best_len = None, 10**9
    here = an.mentions_at(tok.idx)  # (start, end, actor id) in the order recorded
    for s, e, aid in here:
        if e - s < best_len:
            best, best_len = aid, e - s
    if best is not None and not _known(an.actor(best)):
        # "Zia-Ul-Haq" inside "Mohammad Zia-Ul-Haq", "Sheikh Hamad" overlapping
        # "Hamad bin Khalifa al-Thani": a piece with no code gives way to the
        # smallest coded mention over the same token
        known = [(e - s, aid) for s, e, aid in here if _known(an.actor(aid))]
        best = min(known)[1] if known else best
    if best is None and tok.text[:1].isupper() and tok.pos_ != "PRON":
        best = _names(an).get(tok.text)
    return best


def _names(an: Analysis) -> dict[str, str]:
    """Single-word mentions of known actors, by their text (built once per analysis)."""
    cache = getattr(an, "_event_names", None)
    if cache is None:
        cache = {}
        for (s, e), aid in an.mention_actor.items():
            word = an.text[s:e]
            if " " not in word and word[:1].isupper() and _known(an.actor(aid)):
                cache.setdefault(word, aid)
        an._event_names = cache  # type: ignore[attr-defined]
    return cache


def actor_of(an: Analysis, tok: Token, depth: int = 0) -> str | None:
    """Actor named by a noun phrase headed by `tok` ("the spokesman for the ministry").

    An actor with a country or code wins over one without ("his Ukrainian
    counterpart X" when X itself is not coded)."""
    if not depth and _ethnic(tok):
        return _ethnic_residents(an, tok)
    if not depth and tok.tag_ == "NNPS" and _demonym_group(an, tok):
        # "the Albanians of southern Serbia": a people named by where they live
        return _ethnic_residents(an, tok, ("of",)) or _actor_of(an, tok, depth)
    found = _actor_of(an, tok, depth)
    if found is None and not depth:
        found = _phrase_actor(an, tok) or _pronoun_owned(an, tok)
    if found is not None and not depth and _actor_at_token(an, tok) is None:
        found = _with_sector(an, tok, found)
    if found is None or _known(an.actor(found)) or depth:
        return found
    for c in kids(tok):
        if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i:
            alt = _actor_at_token(an, c)
            if alt and _known(an.actor(alt)):
                return alt
    # "X, the United Nations relief coordinator": the apposition says who X is
    for c in kids(tok) if found is not None else ():
        if c.dep_ == "appos" and c.i > tok.i and an.doc[max(c.left_edge.i - 1, 0)].text != "(":
            # the apposition's own words, not its "of" phrase ("an appointee of X")
            alt = _actor_at_token(an, c) or _phrase_actor(an, c)
            if alt and _known(an.actor(alt)):
                return alt
    # "Ivory Coast's Supreme Court", "Niger's ambassador X": the mention alone
    # has no country, the whole noun phrase gives one; "thousands of Iraqi
    # Kurds": the members' phrase does.
    members = [g for c in kids(tok) if c.dep_ == "prep" and c.lower_ == "of" for g in kids(c) if g.dep_ == "pobj"]
    return _phrase_actor(an, tok) or next((a for g in members if (a := _phrase_actor(an, g))), None) or found


def _with_sector(an: Analysis, tok: Token, found: str) -> str:
    """'Turkish Kurd refugees', 'Iraqi officials': an actor found through a
    modifier names only the country; the whole phrase with the same country
    also gives the sector (TURREF, IRQGOV), which tells the group apart from
    the state itself."""
    actor = an.actor(found)
    if actor is None or actor.sector or not actor.country or tok.pos_ != "NOUN":
        return found
    if not code_actor(tok.text).sector:  # the head word itself names a kind of people or body
        return found
    phrase = an.actor(_phrase_actor(an, tok))
    if phrase is not None and phrase.sector and phrase.country == actor.country:
        return phrase.id
    return found


OWNER_PRONOUNS = frozenset({"its", "their", "his", "her"})
OWNED_SECTORS = frozenset({"MIL", "GOV", "COP", "LEG", "JUD", "SPY"})


def _pronoun_owned(an: Analysis, tok: Token) -> str | None:
    """'their forces', 'its army': a state body of whoever the possessive
    stands for: the speaker of the statement the phrase is in ("Bosnian Serbs
    said their forces had withdrawn"), else the subject of the nearest clause
    above that has one ("Syria withdrew its troops")."""
    pron = next((c for c in kids(tok) if c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS), None)
    sector = code_actor(tok.text).sector if pron is not None and tok.pos_ == "NOUN" else None
    if sector not in OWNED_SECTORS:
        return None
    owner = next((st.speaker for st in an.statements if st.speaker and st.content_span[0] <= tok.idx < st.content_span[1]
                  and _known(an.actor(st.speaker))), None)
    t = tok
    while owner is None and t.head.i != t.i:
        t = t.head
        subj = [c for c in kids(t) if c.dep_ in SUBJ_DEPS and c.i != tok.i and c.pos_ != "PRON"]
        if t.pos_ in ("VERB", "AUX") and subj:
            owner = next((a for a in (_actor_at_token(an, subj[0]), _phrase_actor(an, subj[0])) if _known(an.actor(a))), None)
            break
    country = _country_of(an, owner) if owner else None
    if not _is_state_code(country):
        return None
    span = (tok.idx, tok.idx + len(tok.text))
    key = ("owned", *span)
    made: dict = an.scratch.setdefault("event_actors", {})  # type: ignore[assignment]
    if made.get(key) is None:
        made[key] = _new_actor(an, f"{pron.text} {tok.text}", Coding(country, sector, "organization", country + sector, None), span)  # type: ignore[union-attr]
        an.scratch.setdefault("owned_actors", set()).add(made[key])  # type: ignore[union-attr]
    return made[key]


def _ethnic(tok: Token) -> bool:
    """"ethnic Albanians in Serbia": CAMEO codes an ethnic group by where it
    lives, which the demonym does not tell, so the phrase names no country."""
    lefts = list(tok.lefts)
    if tok.dep_ in ("amod", "compound"):  # "ethnic Albanian rebels": a sibling modifier
        lefts += [c for c in tok.head.lefts if c.i < tok.i]
    return any(t.lower_ == "ethnic" for c in lefts for t in subtree(c))


def _demonym_group(an: Analysis, tok: Token) -> bool:
    """A plural people word that codes as a country ("Albanians", "Kurds" of Iraq)."""
    actor = an.actor(_actor_at_token(an, tok))
    return actor is not None and bool(actor.country) and not actor.sector


def _ethnic_residents(an: Analysis, tok: Token, preps: tuple[str, ...] = ("in", "of")) -> str | None:
    """'ethnic Albanians in southern Serbia': when the phrase says where the
    group lives, CAMEO codes it as that country's civilians."""
    for c in kids(tok):
        if c.dep_ != "prep" or c.lower_ not in preps or c.i < tok.i:
            continue
        for g in kids(c):
            place = an.actor(_actor_at_token(an, g)) if g.dep_ == "pobj" else None
            if place is not None and place.type == "state" and place.country:
                span = an.doc[tok.left_edge.i : g.i + 1]
                key = (span.start_char, span.end_char)
                made: dict = an.scratch.setdefault("event_actors", {})  # type: ignore[assignment]
                if key not in made:
                    coding = Coding(place.country, "CVL", "group", place.country + "CVL", None)
                    made[key] = _new_actor(an, span.text, coding, key)
                return made[key]
    return None


def _actor_of(an: Analysis, tok: Token, depth: int = 0) -> str | None:
    hit = _actor_at_token(an, tok)
    if hit or depth > 2:
        return hit
    # "his Polish counterpart Jan Nowak": the apposition names the actor,
    # then modifiers ("Iranian officials"), the possessor last.
    for deps in (("appos",), ("compound", "amod", "nmod"), ("poss",)):
        for c in kids(tok):
            if c.dep_ in deps and c.i > 0 and tok.doc[c.i - 1].text == "-" and deps != ("appos",):
                continue  # "an anti-Syria journalist", "pro-Iran militias": someone else's name
            if c.dep_ in deps and (c.i < tok.i or deps == ("appos",)):
                hit = _actor_at_token(an, c) or actor_of(an, c, depth + 1)
                if hit and _actor_at_token(an, c) is not None and c.pos_ == "PRON" and deps == ("poss",):
                    return None  # "his counterpart" is not "him"
                if hit:
                    return hit
    if tok.pos_ in ("NOUN", "PROPN"):
        for c in kids(tok):
            if c.dep_ == "prep" and c.lower_ in ("of", "for", "from"):
                for g in kids(c):
                    if g.dep_ == "pobj":
                        hit = actor_of(an, g, depth + 1)
                        if not _known(an.actor(hit)) and not depth:
                            # "thousands of Iraqi Kurds": the members' own phrase
                            hit = _phrase_actor(an, g) or hit
                        if hit:
                            return hit
    return None


PHRASE_DEPS = ("compound", "amod", "det", "poss", "nmod", "case", "nummod")


def _phrase_actor(an: Analysis, tok: Token) -> str | None:
    """An actor the recogniser missed: "the Sudanese government", "Rwandan rebels".

    The noun phrase headed by `tok` is coded by claimgraph.actors.coding; it
    counts only when the words give both a country (or an IGO/NGO code) and a
    sector, so "Israeli strikes" or "Palestinian lorries" are not actors. New
    actors are kept only when an event uses them (see code_events)."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    lefts = [c for c in tok.lefts if c.dep_ in PHRASE_DEPS]
    start = min([tok.i] + [t.i for c in lefts for t in subtree(c)])
    end = tok.i + 1
    for c in tok.rights:  # "opposition groups in Zimbabwe", "authorities of Serbia"
        if c.dep_ == "prep" and c.lower_ in ("of", "in", "from", "for") and c.i == end:
            # only over a noun phrase ("the ruling party of stuffing ballot
            # boxes ..." is a charge, not the party's name), and not over the
            # clauses and appositions hung on it
            objs = [g for g in kids(c) if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")]
            if objs:
                end = _np_end(objs[0]) + 1
            break
    end = _seat_end(an, tok, start, end)
    span = an.doc[start:end]
    key = (span.start_char, span.end_char)
    made: dict = an.scratch.setdefault("event_actors", {})  # type: ignore[assignment]
    if key in made:
        return made[key]
    coding = code_actor(span_text(span), context=span_text(sent_of(tok)))
    if coding.country and not coding.sector and tok.lemma_.lower() in rules().counterpart_nouns:
        coding = Coding(coding.country, "GOV", "person", coding.country + "GOV", None)
    stateless = (coding.code or "")[:3] in STATELESS_CODES
    # a bare country name the recogniser missed ("Uzbekistan opened ...")
    state = coding.type == "state" and bool(coding.country) and tok.pos_ == "PROPN" and not lefts
    # people of a country without a sector ("French paper workers"): the
    # coder says "group" only for plural words for people, not for "strikes"
    # ("Western efforts" is a "group" too: a region word alone does not count)
    # A plural proper noun after a country word ("Iraqi Kurds") is a people too.
    people = (coding.type == "group" or tok.tag_ == "NNPS") and _is_state_code(coding.country)
    # "the Bosnian town of Gorazde", "the Iraqi city of Basra": a place of that country
    place_word = tok.lemma_.lower() in rules().place_nouns and not coding.sector
    if place_word and not coding.country:  # "the besieged Bosnian town": the country word alone
        coding = next((c for m in lefts if m.text[:1].isupper() and (c := code_actor(m.text)).country), coding)
    place = place_word and _is_state_code(coding.country)
    if place:
        coding = Coding(coding.country, None, "state", coding.country, None)
    aid = None
    if (coding.sector and (coding.country or stateless)) or state or people or place:
        aid = _new_actor(an, span.text, coding, key)
    made[key] = aid
    return aid


NP_BREAK_DEPS = frozenset({"appos", "relcl", "acl", "advcl", "parataxis"})


def _np_end(tok: Token) -> int:
    """Index of the last word of the noun phrase headed by `tok` (conjuncts
    included), without the clauses and appositions that follow it."""
    end = tok.i
    for c in tok.rights:
        if c.dep_ in NP_BREAK_DEPS:
            break
        if c.dep_ != "punct":
            end = max(end, _np_end(c))
    return end


# Participles and adjectives that tell where a group or body has its seat or
# allegiance ("a newspaper based in Beirut", "workers affiliated with the
# Serbian union", "fighters loyal to the government"). Not "stationed" or
# "deployed": troops abroad belong to the country that sent them.
SEAT_PARTICIPLES = frozenset({"based", "headquartered", "affiliated", "registered", "loyal"})


def _seat_end(an: Analysis, tok: Token, start: int, end: int) -> int:
    """End of the phrase extended over a seat clause ("a group based in X"),
    only when the words before it give no country of their own."""
    acl = next((c for c in tok.rights if c.dep_ in ("acl", "amod") and c.lower_ in SEAT_PARTICIPLES and c.i == end), None)
    if acl is None or code_actor(an.doc[start:end].text).country:
        return end
    if not any(c.dep_ == "prep" and c.lower_ in ("in", "with", "to") for c in kids(acl)):
        return end
    return max(t.i for t in subtree(acl)) + 1


@cache
def _is_state_code(code: str | None) -> bool:
    return bool(code) and pycountry.countries.get(alpha_3=code) is not None


def _new_actor(an: Analysis, name: str, coding, span: tuple[int, int]) -> str:
    nums = [int(a.id[1:]) for a in an.actors if a.id[:1] == "A" and a.id[1:].isdigit()]
    aid = f"A{max(nums, default=0) + 1}"
    an.actors.append(Actor(id=aid, name=name, type=coding.type, country=coding.country,
                           sector=coding.sector, code=coding.code, role=coding.role, mentions=[span]))
    return aid


def _drop_unused_actors(an: Analysis, events: list[Event]) -> None:
    """Phrase actors made while coding stay only when an event names them."""
    made = {aid for aid in an.scratch.pop("event_actors", {}).values() if aid}  # type: ignore[union-attr]
    an.scratch.pop("owned_actors", None)
    an.scratch.pop("event_actor_at", None)
    used = {a for e in [*an.events, *events] for a in (e.source, e.target)}
    an.actors = [a for a in an.actors if a.id not in made or a.id in used]
    # "accusing the government of ...", "urged parliament to ...": the story's own state's, as the
    # actor stage codes such bodies named with no country (`resolve.finish`)
    home = an.scratch.get("home")
    if home is not None:
        for k, a in enumerate(an.actors):
            if a.id in made and a.country is None and a.sector in HOME_SECTORS and a.type != "state":
                an.actors[k] = a.model_copy(update={"country": home, "code": home + a.sector})


def _speaker_of_quote(an: Analysis, tok: Token) -> str | None:
    """'we' inside a quote speaks for the quoted speaker."""
    if tok.lower_ not in FIRST_PERSON:
        return None
    for st in an.statements:
        s, e = st.content_span
        if s <= tok.idx < e and st.speaker:
            return st.speaker
    return None


def actors_of(an: Analysis, tok: Token) -> list[str]:
    """Actors of a noun phrase and of its conjuncts ("Russia and Iran")."""
    out: list[str] = []
    for t in _conj(tok):
        aid = actor_of(an, t) or _speaker_of_quote(an, t)
        if aid is None and t.pos_ in ("NOUN", "PROPN"):
            # "Senior Hungarian and Romanian officials": conjoined modifiers
            for c in kids(t):
                if c.dep_ in ("amod", "compound") and c.i < t.i:
                    out.extend(a for a in (actor_of(an, m) for m in _conj(c)[1:]) if a)
        if t.pos_ in ("NOUN", "PROPN") and not out:
            # "the Turkish and Greek sides", "French and Egyptian warships":
            # each conjoined country word with the head noun is one actor
            for c in kids(t):  # ("U.S. and Russian negotiators": the first word may be an nmod)
                if c.dep_ in ("amod", "compound", "nmod") and c.i < t.i and len(_conj(c)) > 1:
                    joint = [_demonym_actor(an, m, t) for m in _conj(c)]
                    if all(joint):
                        out.extend(a for a in joint if a)
                        aid = None  # the phrase coder saw only the first country
        if aid and not (out and not _known(an.actor(aid))):
            out.append(aid)
    return list(dict.fromkeys(out))


def _demonym_actor(an: Analysis, word: Token, head: Token) -> str | None:
    """'Palestinian' in "Palestinian riots", "Turkish" in "the Turkish and Greek
    sides": one capitalised country word, coded together with the head noun
    ("Turkish sides" -> TUR, "French warships" -> FRAMIL). Prefixed words
    ("anti-Iranian", "pro-Western") name someone else and do not count."""
    if not word.text[:1].isupper() or "-" in word.text or word.i > 0 and word.doc[word.i - 1].text == "-":
        return None
    span = (word.idx, word.idx + len(word.text))
    key = ("demonym", *span)  # the phrase coder caches the same span under its own rule
    made: dict = an.scratch.setdefault("event_actors", {})  # type: ignore[assignment]
    if key in made:
        return made[key]
    coding = code_actor(f"{word.text} {head.text}", context=span_text(sent_of(word)))
    aid = None
    if _is_state_code(coding.country) and code_actor(word.text).country == coding.country:
        aid = _new_actor(an, word.text, coding, span)
    made[key] = aid
    return aid


def subject_of(verb: Token) -> list[Token]:
    """Subject of a verb, climbing xcomp/conj chains and passive agents."""
    v = verb
    climbed_by = None
    for _ in range(5):
        subjects = [c for c in kids(v) if c.dep_ in SUBJ_DEPS]
        if subjects:
            # "TORONTO, Oct 22 (Reuters) - Canadian police are investigating":
            # a dateline parsed as a second subject; the nearest one acts
            return [subjects[-1]]
        if v.i == verb.i:  # "X was indicted by Y": Y acts
            for c in kids(v):
                if c.dep_ == "agent":
                    return [g for g in kids(c) if g.dep_ == "pobj"][:1]
            if any(c.dep_ == "auxpass" for c in kids(v)):
                return []  # "X went to trial and was convicted": the subject it shares is the one acted on
        passive = [c for c in kids(v) if c.dep_ == "nsubjpass"]
        if passive and climbed_by == "advcl":
            # "The camp was attacked by militiamen, killing 156": the agent kills.
            agent = [g for c in kids(v) if c.dep_ == "agent" for g in kids(c) if g.dep_ == "pobj"]
            return agent[:1]
        if passive:
            # "Tehran was prepared to discuss", "X was indicted ... and will resign":
            # a clause reached by climbing shares the passive subject.
            return passive if v.i != verb.i else []
        if v.dep_ == "relcl" or (v.dep_ == "acl" and v.tag_ == "VBD"):
            # (a finite past verb parsed as a noun's modifier is a misparsed
            # main verb: "Palestinian youths resorted to ...")
            return [v.head]
        if (v.dep_ == "pcomp" and v.head.dep_ == "prep" and v.head.head.pos_ == "VERB"
                and not any(c.dep_ in ("dobj", "obj") for c in kids(v.head.head))):
            # "resorted to throwing stones", "insisted on releasing them" (but
            # "accused X of violating": with an object, the object does it)
            climbed_by, v = "pcomp", v.head.head
            continue
        if (v.dep_ == "acl" and v.tag_ == "VBG" and v.head.dep_ in ("dobj", "obj") and v.head.head.pos_ == "VERB"
                and v.head.lemma_.lower() in rules().document_nouns):
            # "issued a declaration demanding ...": whoever issued it demands
            v = v.head.head
            continue
        if (v.dep_ == "acl" and v.tag_ == "VBG" and v.head.dep_ == "pobj" and v.head.head.lower_ == "to"
                and v.head.head.head.pos_ == "VERB"):
            # "would write to X demanding ...": the parser hangs the manner on
            # the addressee; the writer demands
            v = v.head.head.head
            continue
        if v.dep_ in CLIMB_DEPS and v.head.i != v.i:
            climbed_by = v.dep_
            v = v.head
            continue
        break
    return _stray_subject(v)


def _stray_subject(verb: Token) -> list[Token]:
    """'With the signing of X, the Sudanese government and the SPLA have
    agreed ...': after an opening phrase the parser may hang the subject on
    that phrase as a conjunct or apposition. A finite verb without subject takes the noun
    phrase that stands right before it, after a comma."""
    if verb.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "aux" for c in kids(verb)):
        return []
    start = min([verb.i] + [c.i for c in kids(verb) if c.dep_ in ("aux", "neg", "advmod") and c.i < verb.i])
    for t in verb.doc[max(0, start - 12):start]:
        if (t.dep_ in ("conj", "appos") and t.head.i < t.i and t.pos_ in ("NOUN", "PROPN") and t.right_edge.i == start - 1
                and t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == ","):
            return [t]
    return []


# Codes that name an actor without a country: international and non-state bodies.
STATELESS_CODES = ("IGO", "NGO", "MNC", "IMG", "UIS")


def _known(actor: Actor | None) -> bool:
    """A country (or region) or a stateless CAMEO code; a bare sector ("GOV") is not enough."""
    if actor is None:
        return False
    return bool(actor.country) or (actor.code or "")[:3] in STATELESS_CODES


# ------------------------------------------------------------------ matching


def _object_actor(an: Analysis, tok: Token) -> bool:
    return any(actor_of(an, o) for o in _objects(tok) if o.pos_ in ("PROPN", "NOUN", "PRON"))


def _infinitive_clause(tok: Token) -> Token | None:
    """The clause a verb takes ("ordered troops to withdraw", "called on X to
    resolve"): an xcomp or ccomp, or a "to"-clause the parser hangs on the
    verb or on its object as an adjunct."""
    heads = [tok] + [c for c in kids(tok) if c.dep_ in ("dobj", "obj")]
    for h in heads:
        for c in kids(h):
            if h is tok and c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX"):
                return c
            if (c.dep_ in ("advcl", "acl", "relcl") and c.i > tok.i and c.pos_ in ("VERB", "AUX")
                    and any(m.dep_ == "aux" and m.lower_ == "to" and m.i < c.i for m in kids(c))):
                return c
    return None


def _ordered_clause(tok: Token) -> bool:
    """The verb takes a clause as what is ordered ("ordered troops to
    withdraw"); a purpose clause after a place phrase ("ordered troops to the
    area to protect X") or as an adjunct of the verb is not one."""
    c = _infinitive_clause(tok)
    if c is None or (c.dep_ == "advcl" and c.head.i == tok.i):
        return False
    return not any(p.dep_ == "prep" and p.i < c.i and p.head.i == tok.i for p in kids(tok) if p.i > tok.i)


def match(tok: Token, an: Analysis, r: Rules, *, frames: bool = True) -> Pattern | None:
    pos = tok.pos_  # read once: each read builds a new string, and a lemma has many patterns
    for p in r.by_lemma.get(tok.lemma_.lower(), ()):
        if pos not in p.pos or (p.frame and not frames):
            continue
        if p.particle and not _has_particle(tok, p.particle):
            continue
        # the objects' words, read only for a pattern that asks about them
        objs = {o.lemma_.lower() for o in _objects(tok, p.particle)} if p.object or p.not_object or p.object_actor_or else set()
        if p.not_object and objs & p.not_object:
            continue
        if p.object and not objs & p.object:
            continue
        if p.object_actor and not _object_actor(an, tok):
            continue
        if p.object_actor_or and not (objs & p.object_actor_or or _object_actor(an, tok)):
            continue
        if p.modifier and not _modifiers(tok) & p.modifier:
            continue
        if p.not_modifier and _modifiers(tok) & p.not_modifier:
            continue
        if p.clause_object and not (
            any(c.dep_ == "ccomp" for c in kids(tok)) or _statement_at(an, tok)
        ):
            continue
        if p.subject and not {t.lemma_.lower() for s in subject_of(tok) for t in subtree(s)} & p.subject:
            continue
        if p.no_clause and _ordered_clause(tok):
            continue
        return p
    return None


def _complement(tok: Token, p: Pattern) -> Token | None:
    """What a frame word frames: "agreed to MEET", "called for TALKS", "offered AID"."""
    for c in kids(tok):
        if c.dep_ == "xcomp" or (c.dep_ == "acl" and tok.pos_ == "NOUN"):
            return c
    if p.frame in ("appeal", "demand") and tok.pos_ == "VERB" and _addressee(tok) is not None:
        # "called on the two sides to resolve ...", "asked Laos to share ...":
        # after the addressee, the "to"-clause (parsed as an adjunct) is what
        # is asked for, not the addressee
        clause = _infinitive_clause(tok)
        if clause is not None and clause.dep_ == "advcl" and clause.head.i == tok.i:
            return clause
    for c in kids(tok):
        if c.dep_ == "prep" and c.lower_ in frozenset(("for", "to", "on", "upon")) | p.particle:
            for g in kids(c):
                if g.dep_ == "pobj":
                    return g
                if g.dep_ == "pcomp":
                    return g
    for c in kids(tok):
        if c.dep_ in ("dobj", "obj") and c.pos_ in ("NOUN", "PROPN"):
            return c
    if p.frame in ("demand", "appeal", "threaten"):
        for c in kids(tok):
            if c.dep_ == "ccomp":
                return c
        if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "obj"):
            # "reiterated its demand today that Israel ease ...": the parser
            # hangs the noun's "that" clause on the verb carrying the noun
            for c in kids(tok.head):
                if c.dep_ == "ccomp" and c.i > tok.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in kids(c)):
                    return c
    return None


def _addressee(tok: Token) -> Token | None:
    """Whom an appeal or demand is made on: "urged THE SIDES", "called on THE SIDES"."""
    for c in kids(tok):
        if c.dep_ in ("dobj", "obj", "dative") and c.pos_ in ("NOUN", "PROPN", "PRON") and _party_word(c):
            return c  # (not "demanded a meeting ... to discuss": the thing asked for)
        if c.dep_ == "prep" and c.lower_ in ("on", "upon"):
            for g in kids(c):
                if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN", "PRON") and g.ent_type_ not in ("DATE", "TIME"):
                    return g
    return None


def _statement_at(an: Analysis, tok: Token) -> list[Statement]:
    return an.statements_at(tok.idx, cue=True)


def _governor(tok: Token, r: Rules, pattern: Pattern) -> Token | None:
    """The verb of the clause for a noun trigger, or None when the noun is unattached."""
    n = tok
    while n.dep_ in ("compound", "amod") and n.head.pos_ in ("NOUN", "PROPN") and n.head.i != n.i:
        n = n.head
    # "launched 10 days of war games", "began a wave of strikes": the
    # measure noun stands in for the trigger as the light verb's object
    if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.pos_ == "NOUN" and n.head.head.dep_ in ("dobj", "obj"):
        n = n.head.head
    head = n.head
    if n.dep_ in ("dobj", "obj", "nsubjpass") and head.pos_ in ("VERB", "AUX") and _light(head.lemma_.lower(), r):
        return head
    if pattern.noun_source == "light":
        return None
    adjunct_ok = pattern.frame is not None or pattern.category in r.adjunct_categories
    if adjunct_ok and n.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in r.adjunct_preps and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return None


def _light(lemma: str, r: Rules) -> bool:
    """A light verb, also with "re-" ("reimposed blockades", "reopened talks")."""
    if lemma in r.light_verbs:
        return True
    bare = lemma[3:] if lemma.startswith("re-") else lemma[2:] if lemma.startswith("re") else ""
    return bare in r.light_verbs


def _noun_owner(an: Analysis, tok: Token, adjective: bool = False) -> str | None:
    """Possessive or adjectival actor of a noun trigger ("Israeli strikes", "Iran's offer")."""
    for c in kids(tok):
        if c.dep_ in ("poss", "amod", "compound") and c.i < tok.i:
            aid = actor_of(an, c)
            if aid:
                return aid
    # "Palestinian riots are continuing": a country adjective the recogniser
    # left out names the actor only when the sentence says the act goes on
    # ("Fijian air strikes were discussed" tells of no act). As the owner of a
    # framed thing ("rejected an Indian proposal") it names whose it is.
    occurs = adjective or (tok.dep_ == "nsubj" and tok.head.lemma_.lower() in rules().occurrence_verbs)
    for c in kids(tok) if occurs else ():
        if c.dep_ == "amod" and c.i < tok.i and c.pos_ == "ADJ":
            aid = _demonym_actor(an, c, tok)
            if aid:
                return aid
    return None


def _modality(tok: Token, r: Rules, threat: bool = False) -> tuple[bool, bool, bool]:
    """(negated, hypothetical, future) of the clause headed by `tok`. For a
    threat, an "if" clause under it is what it demands, not a doubt about it
    ("threatened X with sanctions if it attacked Y" is a threat made)."""
    own = _verb_group(tok)
    negated = any(c.dep_ == "neg" for c in own) or any(
        c.dep_ == "det" and c.lower_ == "no" for c in kids(tok)
    ) or neither_nor(tok)  # "could neither confirm nor deny P"
    aux = {c.lower_ for c in own if c.dep_ in ("aux", "auxpass")}
    future = bool(aux & r.future_modals)
    hyp = bool(aux & r.hypothetical_modals) or any(
        _condition_mark(c, r, ("if", "unless")) for c in kids(tok)
    ) or (not future and not threat and not any(c.dep_ == "xcomp" for c in kids(tok)) and any(
        # "imposing tariffs if elected" (but "will ... if" announces an intent,
        # and "promised to provide X if it wins" is a promise made)
        c.dep_ == "advcl" and any(_condition_mark(m, r, ("if",)) for m in kids(c)) for c in kids(tok)
    ))
    t = tok
    while t.dep_ in ("xcomp", "conj", "advcl", "pcomp", "prep", "pobj") and t.head.i != t.i:
        if t.dep_ == "conj" and any(c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in kids(t)):
            break  # "claims to have beheaded X and has threatened Y": a finite clause of its own
        if t.dep_ == "xcomp" and t.head.lemma_.lower() in r.attempt_heads:
            hyp = True
        if t.dep_ == "xcomp" and t.head.lemma_.lower() in ("have", "be") and any(
                c.dep_ == "advmod" and c.lower_ == "yet" for c in kids(t.head)):
            negated = True  # "has yet to examine", "is yet to respond": not done
        if t.dep_ == "advcl" and any(_condition_mark(c, r, ("if", "unless")) for c in kids(t)):
            hyp = True
        t = t.head
    return negated, hyp, future


def _speech_cue(an: Analysis, st: Statement, r: Rules) -> bool:
    """The statement's cue is a word of saying or denying: a cue found on
    another kind of verb ("shot down") cannot cast doubt on its content."""
    words = an.doc.char_span(*st.cue_span, alignment_mode="expand")
    lemmas = {t.lemma_.lower() for t in words} if words is not None else set()
    return bool(lemmas & (r.unverified_heads | r.demand_heads | r.speech_verbs))


def _doubt_inside(an: Analysis, st: Statement) -> bool:
    """"said it had requested information and could not confirm P": the doubt
    is the inner cue's, over P alone; the request stays the speaker's act."""
    if st.stance != "doubt":
        return False
    known = an.scratch.setdefault("doubt_inside", {})  # asked for each word of the statement: found once
    if st.id not in known:
        a, b = st.content_span
        known[st.id] = any(o is not st and a <= o.cue_span[0] < b and o.stance == "doubt" for o in an.statements)
    return known[st.id]


def _unverified(an: Analysis, tok: Token, r: Rules) -> bool:
    """Inside a charge that someone denies or that is only alleged."""
    turned = an.scratch.get("turned", ())  # denies its claim by saying the content: the content is not denied
    for st in an.statements_at(tok.idx):
        if st.stance in ("deny", "doubt") and st.id not in turned and _speech_cue(an, st, r) and not _doubt_inside(an, st):
            return True
    t = tok
    while t.head.i != t.i:
        if t.dep_ in CLAUSE_DEPS or t.dep_ in ("acl",):
            h = t.head
            if t.dep_ == "ccomp" and any(not st.content_span[0] <= tok.idx < st.content_span[1]
                                         for st in an.statements_at(h.idx, cue=True)):
                break  # ("X accused Y of P, a charge Z rejected": the parse hung the accusation on the
                #         rejection, whose statement says what it rejects, and that is not this act)
            if t.dep_ == "xcomp" and h.lemma_.lower() in r.hearsay_verbs and any(c.dep_ == "auxpass" for c in kids(h)):
                return True  # "is rumoured / said / believed to have ...": hearsay
            if t.dep_ in ("xcomp", "pcomp") and h.pos_ == "VERB" and h.lemma_.lower() in r.denial_verbs:
                return True  # "denied supporting the rebels"
            if (t.dep_ == "pcomp" and h.lower_ == "of" and h.dep_ == "prep"
                    and h.head.lemma_.lower() in r.unverified_heads):
                return True  # "was accused / suspected of backing X": the charge, not a deed
            if t.dep_ in ("xcomp", "ccomp") and h.pos_ == "VERB" and h.lemma_.lower() in r.prevent_verbs:
                return True  # "forbidding him to attack court staff"
            if (t.dep_ == "pcomp" and h.lower_ == "from" and h.dep_ == "prep"
                    and h.head.lemma_.lower() in r.prevent_verbs):
                return True  # "barred them from attacking"
            # (the trigger itself a relative on the charge, "an accusation that Tunis rejected", "an
            # assertion denied by the police", acts on the charge: that act happened)
            if t.dep_ in ("ccomp", "acl", "relcl") and not (t.i == tok.i and (
                    t.dep_ == "relcl" or t.dep_ == "acl" and t.tag_ == "VBN" and any(c.dep_ == "agent" for c in kids(t)))) and (
                (h.lemma_.lower() in r.unverified_heads
                 and not (h.pos_ in ("VERB", "AUX") and h.lemma_.lower() in r.unverified_nouns_only))
                or any(c.dep_ == "neg" for c in kids(h))
                or {c.lower_ for c in kids(h) if c.dep_ == "aux"} & r.hypothetical_modals
            ):
                return True
        t = t.head
    return False


def _unrealised(hit: Hit, r: Rules) -> bool:
    """An act that was never done, so no event at all (a flag would still
    leave a wrong dyad behind: "warned of war if they deployed soldiers" is
    no act of the one who warned): a counterfactual, a condition, an act
    someone campaigns on, or one only imagined."""
    start = hit.frame_tok or hit.tok
    if _counterfactual(hit.gov, r) or _in_condition(start, r):
        return True
    # a frame ("pledged to impose") is itself the coded promise; only bare acts
    # count here, climbing from the verb that carries a noun ("imposing a ban")
    return hit.frame_tok is None and _campaigned_on(hit.gov, r)


def _verb_group(tok: Token) -> list[Token]:
    """The verb's dependents; a conjunct with no auxiliary or subject of its own
    shares the first verb's auxiliaries and negation ("would not repeat the
    mistake and allow X", "should have marched and demanded Y")."""
    own = list(kids(tok))
    if tok.dep_ == "conj" and not any(c.dep_ in ("aux", "auxpass", "nsubjpass") or c.dep_ in SUBJ_DEPS for c in own):
        own += [c for c in kids(tok.head) if c.dep_ in ("aux", "auxpass", "neg")]
    return own


def _perfect_modal(tok: Token, r: Rules) -> bool:
    """'should have protested', 'would have been imposed', and the inverted
    condition 'had he done so': said of an act that did not happen."""
    aux = [c for c in _verb_group(tok) if c.dep_ in ("aux", "auxpass")]
    modal = next((a.i for a in aux if a.lower_ in r.counterfactual_modals), None)
    if modal is not None and any(a.lemma_.lower() == "have" and a.i > modal for a in aux):
        return True
    subj = next((c.i for c in kids(tok) if c.dep_ in SUBJ_DEPS + ("nsubjpass",)), None)
    return tok.dep_ == "advcl" and subj is not None and any(a.lower_ == "had" and a.i < subj for a in aux)


def _counterfactual(tok: Token, r: Rules) -> bool:
    """The act's verb, or a verb its clause hangs from in the same sentence
    frame (as `_modality` climbs), is a counterfactual."""
    t = tok
    while True:
        if t.pos_ in ("VERB", "AUX") and _perfect_modal(t, r):
            return True
        if t.dep_ not in ("xcomp", "conj", "advcl", "pcomp", "prep", "pobj") or t.head.i == t.i:
            return False
        if t.dep_ == "conj" and any(c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in kids(t)):
            return False  # a finite clause of its own
        t = t.head


def _in_condition(tok: Token, r: Rules) -> bool:
    """Inside an "if / unless / whether" clause ("if it deployed soldiers"), or
    under a verb of imagining ("imagine Norland attacking"), anywhere up the
    parse. A relative clause on the way tells what is taken as given ("if the
    troops that attacked X return"), so the climb stops there."""
    t = tok
    while True:
        if any(_condition_mark(c, r) for c in kids(t)):
            return True
        if t is not tok and t.pos_ == "VERB" and t.lemma_.lower() in r.supposition_heads:
            return True
        if t.dep_ == "relcl" or t.head.i == t.i:
            return False
        t = t.head


def _condition_mark(c: Token, r: Rules, marks: Iterable[str] | None = None) -> bool:
    """'if', 'unless' ... opening a clause; "as if" compares, it does not condition."""
    return (c.dep_ == "mark" and c.lower_ in (r.condition_marks if marks is None else marks)
            and not (c.i > 0 and c.doc[c.i - 1].lower_ == "as"))


def _campaigned_on(tok: Token, r: Rules) -> bool:
    """'campaigned on banning imports', 'a campaign to oust X', 'her platform
    of sanctions': an act promised to voters, not done (up to the first verb)."""
    for t, h in _up_to_verb(tok):
        lemma = h.lemma_.lower()
        if lemma in r.campaign_heads and (t.dep_ in ("xcomp", "acl") or (t.dep_ == "prep" and t.lower_ in ("on", "for"))):
            return True
        if lemma in r.promise_nouns and h.pos_ == "NOUN" and t.dep_ not in ("compound", "amod", "conj"):
            return True
    return False


def _code(r: Rules, category: str, reading: str) -> str | None:
    return r.categories[category].get(reading)


NEEDS_TARGET = frozenset(
    {"consult", "negotiate", "phone", "visit", "host", "mediate", "support", "defend", "recognize",
     "forgive", "aid", "aid_military", "aid_humanitarian", "accuse", "criticize", "complain", "sue",
     "cooperate", "cooperate_legal", "share_information", "apologize", "settle", "peacekeeping", "asylum",
     "allow", "release", "return_property", "seek_refuge"}
)


def find_hits(an: Analysis, r: Rules) -> list[Hit]:
    """All triggers of the doc; frame complements are consumed by their frame."""
    hits: list[Hit] = []
    consumed: set[int] = set()
    for hit in _must_demands(an, r):
        consumed.update(t.i for t in subtree(hit.comp))  # type: ignore[union-attr]
        hits.append(hit)
    # (a word whose lemma has no pattern matches nothing: not read at all)
    toks = with_pos(an.doc, ("VERB", "NOUN", "ADJ", "AUX"), r.by_lemma)
    for tok in toks:
        if tok.i in consumed:
            continue
        p = match(tok, an, r)
        if p is None:
            continue
        if p.frame:
            hit = _frame_hit(tok, p, an, r)
            if hit is None:
                comp = _complement(tok, p)
                if comp is not None and tok.pos_ != "NOUN":
                    # the framed act ("ready to X") did not happen, coded or not
                    consumed.update(t.i for t in subtree(comp))
                continue
            if hit.comp is not None:
                consumed.update(t.i for t in subtree(hit.comp))
            hits.append(hit)
        elif not _modifier_noun(tok, r) and not _names_body(tok, r):
            hit = _act_hit(tok, p, an, r)
            if hit is not None:
                hits.append(hit)
    return hits


def _modifier_noun(tok: Token, r: Rules) -> bool:
    """'war games', 'invasion forces', 'aid workers': a trigger noun that only
    modifies another noun names no act, unless that noun is one that carries
    an act ("mediation effort", "bombing campaign": `event_heads`); nor does a
    participle used as an adjective."""
    if tok.pos_ == "VERB" and tok.dep_ == "amod":
        return True  # "the besieged town", "his shooting death": a state, not a deed with actors
    return (tok.pos_ == "NOUN" and tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN")
            and tok.head.lemma_.lower() not in r.event_heads)


def _names_body(tok: Token, r: Rules) -> bool:
    """'the Senate Democratic conference', 'the party caucus', 'the Judges'
    Conference': a noun (`body_nouns`) that names a standing body, told by a
    party or legislature word before it or by a capital inside a sentence
    that is not a headline, is no meeting."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in r.body_nouns:
        return False
    if tok.text[:1].isupper() and not tok.is_sent_start and not title_case(sent_of(tok)):
        return True
    mods = sorted((t for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod", "poss") for t in subtree(c)), key=lambda t: t.i)
    words = [t for t in mods if t.pos_ not in ("DET", "PART", "PUNCT")]
    if not words:
        return False
    # the words coded together: "White House" is the executive, "Senate Democratic" a legislature
    sector = code_actor(" ".join(t.text for t in words)).sector
    return sector in r.body_sectors or (sector is None and any(t.lower_ in r.body_modifiers for t in words))


def _must_demands(an: Analysis, r: Rules) -> Iterator[Hit]:
    """'Russia said that Sudan must return the helicopter': a demand on the clause's subject.

    Only a "must" clause under a speech verb, with its own named subject; the
    target must be an actor other than the speaker (checked when actors are
    attached), so "he said he must leave" codes nothing."""
    for m in tokens_where(an.doc, lowers=("must",)):  # only clauses with "must" can be demands
        if m.dep_ != "aux":
            continue
        tok = m.head
        must = [m]
        head = tok.head
        if (tok.dep_ == "acl" and head.lemma_.lower() in r.document_nouns and head.dep_ in ("dobj", "obj")
                and head.head.pos_ == "VERB"):
            # "issued a reminder to Iraq that it must cooperate": the one who issued it demands
            head, tok_dep = head.head, "ccomp"
        else:
            tok_dep = tok.dep_
            if head.lemma_.lower() not in r.demand_heads:
                continue
        if tok_dep != "ccomp":
            continue
        if any(c.dep_ == "neg" for c in kids(tok)) or not subject_of(tok):
            continue
        if not any(_names_actor(an, s) for s in subject_of(tok)):
            continue  # "support for Ukraine must respond to needs": an abstract subject is asked nothing
        cp = match(tok, an, r, frames=False)
        code = (_code(r, cp.category, "demand") if cp else None) or r.frame_defaults["demand"]
        yield Hit(tok=head, gov=head, code=code, span_toks=[must[0], tok], frame_tok=head,
                  comp=tok, default_frame=cp is None, needs_target=True, own_side_excluded=True)


def _names_actor(an: Analysis, subj: Token) -> bool:
    """The subject phrase names an actor outside its prepositional phrases
    ("US and British forces", "he"), not only inside one ("support for Ukraine")."""
    if subj.pos_ in ("PROPN", "PRON"):
        return True
    # an "of" phrase names the owner ("the government of Sudan"); other phrases
    # name someone else, and may be read into the noun's own mention
    inner = {t.i for c in kids(subj) if c.dep_ == "prep" and c.lower_ != "of" for t in subtree(c)}
    return any(_actor_at_token(an, t) for t in subtree(subj) if t.i not in inner and not (t == subj and inner))


QUESTION_WORDS = frozenset({"why", "whether", "if", "how"})
# These also open relative clauses ("the PLO, which ..."): a question only as
# the clause the asking verb takes ("asked X what tools ...").
WH_WORDS = frozenset({"what", "which", "who", "whom", "when", "where"})


def _asks_question(tok: Token) -> bool:
    """'asked X why ...', 'asked whether ...': a question, not an appeal. The
    clause may hang off any word of the phrase ("asked X during a session why")."""
    return any(
        t.i > tok.i and t.lower_ in QUESTION_WORDS and t.head.pos_ in ("VERB", "AUX") and t.head.left_edge.i == t.i
        for t in subtree(tok)
    ) or any(
        c.dep_ in ("ccomp", "dobj") and c.left_edge.lower_ in WH_WORDS and c.left_edge.i > tok.i
        for c in kids(tok)
    )


# Frames that are an act of their own whatever they frame: to demand, threaten, appeal or refuse.
FRAMES_WHATEVER_ACT = frozenset({"demand", "threaten", "appeal", "refuse"})


def _frame_hit(tok: Token, p: Pattern, an: Analysis, r: Rules) -> Hit | None:
    if p.frame == "appeal" and _asks_question(tok):
        return None
    comp = _complement(tok, p)
    if tok.pos_ == "VERB" and tok.lemma_.lower() in r.objectless_frames and any(
            c.dep_ in ("dobj", "obj") and c is not comp for c in kids(tok)):
        return None  # "preparing the public for a campaign": not the subject's own intent
    cat = None
    if comp is not None:
        cp = match(comp, an, r, frames=False)
        if cp is None and comp.pos_ == "VERB" and _light(comp.lemma_.lower(), r):
            # "plans to impose restrictions": a light verb's object names the act
            obj = next((c for c in kids(comp) if c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN"), None)
            cp = match(obj, an, r, frames=False) if obj is not None else None
        cat = cp.category if cp else None
    if cat is None and p.needs_complement and comp is None:
        return None
    if p.frame == "threaten" and comp is not None and _warns_of_others(an, tok, comp, r):
        return None
    if tok.lemma_.lower() in r.warning_verbs and not (
            cat is not None or _warns_of_own(an, tok, comp, r) or _warns_of_force(an, tok, r)):
        return None  # "warned that prices could rise", "warning Biden: read the room": no threat
    # the clause right after the verb ("promised (that) it had"), not a reporting aside
    clause = comp if comp is not None and comp.dep_ == "ccomp" else next(
        (c for c in kids(tok) if c.dep_ == "ccomp" and c.left_edge.i == tok.i + 1), None)
    if p.frame in ("intent", "demand") and clause is not None and _told_as_fact(clause, r):
        return None  # "promised it had evidence", "insist they have found it": an assertion
    if p.frame == "refuse" and comp is not None and comp.lemma_.lower() in r.no_comment_verbs:
        return None  # "declined to comment": CAMEO 011, no event type
    if p.frame == "intent" and comp is not None and any(c.dep_ == "neg" for c in kids(comp)):
        # "vowed not to return the land": not an offer to cooperate; what it
        # refuses depends on the whole promise, so nothing is coded
        return None
    code = _code(r, cat, p.frame) if cat else r.frame_defaults[p.frame]  # type: ignore[arg-type]
    if p.proposal and code is not None and not code.startswith("03"):
        code = r.frame_defaults[p.frame]  # type: ignore[index]  # "proposed an inspection": an offer, no inquiry made
    if code is None and p.frame == "intent":
        # "prepared to impose martial law", "ready to attack": CAMEO codes an
        # announced intent to coerce as a threat (13x).
        code = _code(r, cat, "threaten")  # type: ignore[arg-type]
    elif code is None and p.frame in FRAMES_WHATEVER_ACT:
        # "demanded that the council declare a drought", "threatened to block the ring road":
        # a demand or a threat whatever its act, coded as such when CAMEO has no reading of both
        code = r.frame_defaults[p.frame]
    if code is None:  # CAMEO has no such reading: code nothing
        return None
    gov = tok
    if tok.pos_ == "NOUN":
        gov = _governor(tok, r, p)
        if gov is None:
            return None
    span = [tok]
    particle = _has_particle(tok, p.particle) if p.particle else None
    if particle is not None:
        span.append(particle)
    if comp is not None and 0 < comp.i - tok.i <= 3:
        span.append(comp)
    # A frame around an unknown act ("plans to vote") means something only with an addressee.
    # "X threatened to ...", "X refused to ..." say what X did without an addressee;
    # weaker frames ("plans to", "ready to") need one.
    bare = tok.lemma_.lower() in r.bare_frames or (
        tok.lemma_.lower() in r.bare_verb_frames and comp is not None and comp.dep_ == "xcomp" and comp.pos_ == "VERB")
    return Hit(tok=tok, gov=gov, code=code, span_toks=span, frame_tok=tok, comp=comp,
               default_frame=cat is None, needs_target=cat is None and not bare)


def _warns_of_others(an: Analysis, tok: Token, comp: Token, r: Rules) -> bool:
    """'Ukraine warned that Russia could invade Moldova': a warning that another
    country's actor may do a coded act is no threat by the one who warns ("X
    warned it would retaliate", "warned that intervention could lead to
    escalation" are)."""
    if comp.dep_ != "ccomp" or match(comp, an, r, frames=False) is None:
        return False
    subj = next((c for c in kids(comp) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ == "PRON":
        return False
    theirs = _country_of(an, actor_of(an, subj))
    own = {_country_of(an, a) for s in subject_of(tok) for a in actors_of(an, s)}
    return theirs is not None and theirs not in own


FACT_AUX = frozenset({"have", "has", "had", "'ve", "is", "are", "was", "were", "'s", "'re", "did", "does", "do"})


def _told_as_fact(comp: Token, r: Rules) -> bool:
    """A 'that' clause in the indicative past or perfect ("it had", "they
    have found") states a fact; a promise or demand is future or subjunctive
    ("it would withdraw", "that Israel withdraw")."""
    if comp.dep_ != "ccomp" or comp.pos_ not in ("VERB", "AUX"):
        return False
    auxes = {c.lower_ for c in kids(comp) if c.dep_ in ("aux", "auxpass")}
    if auxes & (r.future_modals | r.hypothetical_modals | {"to"}):
        return False
    return bool(auxes & FACT_AUX) or comp.tag_ == "VBD"


def _warns_of_force(an: Analysis, tok: Token, r: Rules) -> bool:
    """'warned the US of (the potential) murder / retaliation': a warning of
    force, wherever the parser hangs the "of" phrase."""
    for t in subtree(tok):
        if t.dep_ != "pobj" or t.head.lower_ not in ("of", "about"):
            continue
        if t.lemma_.lower() in r.threat_consequences | r.warned_force:
            return True
        p = match(t, an, r, frames=False)
        code = _code(r, p.category, "act") if p and p.category else None
        if code and code[:2] in r.force_roots:
            return True
    return False


def _warns_of_own(an: Analysis, tok: Token, comp: Token | None, r: Rules) -> bool:
    """'warned that it / Moscow had the weapons to strike': the warner's own
    side is the one that would act, so an uncoded act still threatens."""
    if comp is None or comp.dep_ != "ccomp":
        # "warned Israel that it would respond": the clause, not the addressee, says who acts
        comp = next((c for c in kids(tok) if c.dep_ == "ccomp"), None)
        if comp is None:
            return False
    if any(t.lemma_.lower() in r.threat_consequences for t in subtree(comp) if t.i > comp.i):
        return True  # "warned that intervention could lead to escalation": a veiled threat
    subj = next((c for c in kids(comp) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    if subj.pos_ == "PRON":
        return subj.lower_ in ("it", "we", "they", "i")
    own = {_country_of(an, a) for s in subject_of(tok) for a in actors_of(an, s)} - {None}
    return _country_of(an, actor_of(an, subj)) in own


def _figurative(hit: Hit, r: Rules) -> bool:
    """Words of force and atrocity used for politics or as a charge: nothing is coded."""
    return _metaphor(hit, r) or _charged(hit, r) or _named(hit, r) or _talked_of(hit, r)


def _talked_of(hit: Hit, r: Rules) -> bool:
    """'the idea of NATO members sending troops', 'the prospect of an
    invasion': an act only talked about."""
    return any(h.lemma_.lower() in r.idea_nouns and t.dep_ == "prep" and t.lower_ in ("of", "about")
               for t, h in _up_to_verb(hit.frame_tok or hit.tok))


def _up_to_verb(tok):
    """(child, head) pairs up the parse from tok, through the first verb head."""
    t = tok
    while t.head.i != t.i:
        h = t.head
        yield t, h
        if h.pos_ in ("VERB", "AUX"):
            return
        t = h


def _metaphor(hit: Hit, r: Rules) -> bool:
    """'shot down the proposal', 'the bill was killed', 'a PR attack': force
    needs a physical object; a proposal, bill or PR as its object, subject or
    modifier makes the word a metaphor."""
    if hit.code[:2] not in r.force_roots or hit.frame_tok is not None:
        return False
    tok = hit.tok
    if tok.pos_ == "NOUN":
        if any(c.dep_ in ("compound", "amod") and c.lower_ in r.figurative_modifiers for c in kids(tok)):
            return True
        return any(g.dep_ == "pobj" and g.lemma_.lower() in r.abstract_nouns
                   for c in kids(tok) if c.dep_ == "prep" and c.lower_ in ("on", "against")
                   for g in kids(c))
    args = [c for c in kids(tok) if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if not args:
        args = [c for c in kids(tok) if c.dep_ == "nsubj"]
    return any(a.lemma_.lower() in r.abstract_nouns for arg in args for a in [arg, *_conj(arg)])


def _charged(hit: Hit, r: Rules) -> bool:
    """A noun trigger that names a charge, not a deed: 'accused Israel of
    genocide', 'complicit in genocide', 'called it a massacre', or a legal
    label ('genocide', 'war crimes') not told as someone's deed."""
    tok = hit.tok
    if tok.pos_ != "NOUN" or hit.frame_tok is not None:
        return False
    text = " ".join(t.lemma_.lower() for t in hit.span_toks)
    label = tok.lemma_.lower() in r.label_nouns or any(
        f"{c.lemma_.lower()} {tok.lemma_.lower()}" in r.label_nouns for c in kids(tok) if c.i < tok.i)
    if label or text in r.label_nouns:
        h = tok.head
        done = tok.dep_ in ("dobj", "obj") and h.pos_ == "VERB" and h.lemma_.lower() in ("commit", "perpetrate")
        if not (done and any(c.dep_ == "nsubj" for c in kids(h))):
            return True
    for t, h in _up_to_verb(tok):
        lem = h.lemma_.lower()
        if lem in r.charge_heads and not (h.pos_ == "NOUN" and not (t.dep_ == "prep" and t.lower_ in ("of", "about"))):
            # a charge noun frames only its "of" phrase: "allegations of genocide", not "allegations in the report"
            if lem in r.naming_verbs or lem in ("describe", "characterize", "characterise"):
                return t.dep_ in ("oprd", "attr") or (t.dep_ == "prep" and t.lower_ == "as")
            return True
    return False


def _named(hit: Hit, r: Rules) -> bool:
    """'calling Engoron X's partner', 'called it a disgrace': naming someone
    something (a predicate after the object) is no call to them."""
    tok = hit.frame_tok or hit.tok
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in r.naming_verbs:
        return False
    if any((c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon", "for")) or (c.dep_ == "xcomp" and c.pos_ == "VERB")
           for c in kids(tok)):
        return False  # "call on X to rise up": an appeal, whatever else the parser hangs on it
    objs = [c for c in kids(tok) if c.dep_ in ("dobj", "obj")]
    return any(c.dep_ in ("oprd", "attr") for c in kids(tok)) or len(objs) > 1 or (
        bool(objs) and any(c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("NOUN", "ADJ", "PROPN") for c in kids(tok)))


def _act_hit(tok: Token, p: Pattern, an: Analysis, r: Rules) -> Hit | None:
    gov: Token | None = tok
    noun = tok.pos_ == "NOUN"
    if noun:
        gov = _governor(tok, r, p)
        if gov is None and (p.noun_source == "light" or _noun_owner(an, tok) is None):
            return None
    span = [tok] + [c for c in kids(tok) if c.dep_ in ("compound", "prt") and abs(c.i - tok.i) <= 2]
    if p.particle:
        pt = _has_particle(tok, p.particle)
        if pt is not None and abs(pt.i - tok.i) <= 2:  # the span stays the trigger's own words
            span.append(pt)
    return Hit(tok=tok, gov=gov or tok, code=_code(r, p.category, "act"),  # type: ignore[arg-type]
               span_toks=span, needs_target=p.category in NEEDS_TARGET and not p.targetless, noun=noun and gov is None,
               comp=None, frame_tok=None) if _code(r, p.category, "act") else None  # type: ignore[arg-type]


# ------------------------------------------------------------------ actors of a hit


def _sources(an: Analysis, hit: Hit, r: Rules | None = None) -> list[tuple[str, str | None]]:
    """(actor id, statement id) pairs for the hit's source."""
    stmts = [s for s in _statement_at(an, hit.frame_tok or hit.tok) if s.speaker]
    spoken = [(_speaker_actor(an, s), s.id) for s in stmts]
    if hit.noun:  # owner of a noun trigger without a clause verb
        owner = _noun_owner(an, hit.tok)
        return spoken if any(_known(an.actor(a)) for a, _ in spoken) else [(owner, None)] if owner else []
    # The clause's own subject, coded as a phrase, comes first: the speaker
    # of a statement is one mention ("Ethnic Albanians in south Serbia ...
    # are demanding" has the speaker "Albanians"), and may have no country
    # ("Osama bin Laden's al-Qaeda network" resolved to the person).
    by_subject = _subject_sources(an, hit, r, stmts[0].id if len(stmts) == 1 else None)
    if any(_known(an.actor(a)) for a, _ in by_subject) or not any(_known(an.actor(a)) for a, _ in spoken):
        return by_subject or ([] if _someone_else(hit) else spoken)
    # "X said the commissioner had failed and accused the government of P": the parser joins the
    # cue to the reported verb, whose subject is no doer of it; the cue's speaker is
    own = any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(hit.gov))
    return [] if own and _someone_else(hit) else spoken


FIRST_PERSON = frozenset({"i", "we", "me", "us"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
# pronouns an unresolved reported clause may mean the speaker by; "that" and
# "which" stand for the speaker's own thing ("decided on a plan that will ...")
SPEAKER_PRONOUNS = FIRST_PERSON | {"he", "she", "it", "they", "him", "her", "them", "that", "which"}


def _quoted(an: Analysis, tok: Token) -> bool:
    """The word is in a speaker's own quoted words."""
    return any(st.kind == "direct" for st in an.statements_at(tok.idx))


def _someone_else(hit: Hit) -> bool:
    """The clause names its own doer, and it is not the speaker ("those who
    sent troops", "the first son ... blasting"): when that doer is no known
    actor, the act is not the speaker's either."""
    subjects = subject_of(hit.gov)
    # "a plan that will not allow X": the doer is whoever made the thing
    return bool(subjects) and not any(s.lower_ in FIRST_PERSON | {"that", "which"} for s in subjects)


def _subject_sources(an: Analysis, hit: Hit, r: Rules | None, stmt_id: str | None) -> list[tuple[str, str | None]]:
    out: list[tuple[str, str | None]] = []
    r_ = r or rules()
    for subj in subject_of(hit.gov) or _stative_subject(hit.gov, r_):
        subj = _clause_break_subject(an, subj)
        found = actors_of(an, subj)
        if not found and hit.code[:2] in ("18", "19") and subj.lemma_.lower() in r_.attack_nouns:
            found = [a for a in [_attack_owner(an, subj)] if a]
        if not found and hit.code[:2] in ("18", "19"):
            found = [a for a in [_bomb_source(an, subj, hit, r_)] if a]
        if not found and subj.lower_ in RELATIVE_PRONOUNS and hit.gov.dep_ == "relcl":
            # "the separatists who shot down the airliner": the noun the clause hangs on acts
            # (not "the U.S. compound that killed": a country word on a thing)
            ante = hit.gov.head
            # "Israel's war on Gaza, which has killed": after a preposition the
            # clause may belong to the whole phrase; the parser cannot tell
            tucked = ante.dep_ == "pobj"
            found = [] if tucked else [a for a in actors_of(an, ante)
                                       if _actor_at_token(an, ante) or not _bare_place(an.actor(a))]
        if not found and subj.pos_ == "PRON" and subj.lower_ in SPEAKER_PRONOUNS and (
                subj.lower_ in FIRST_PERSON or not _quoted(an, subj)):
            # (not "those who sent troops", "all this threatens": someone else, or no one; in the
            # speaker's own quoted words "they" are others: "they pursued them and slaughtered five")
            found = _reporting_speaker(an, hit.gov)
        if not any(_known(an.actor(a)) for a in found):
            found += [a for a in [_located_source(an, subj, hit, r_)] if a]
        if not any(_known(an.actor(a)) for a in found):
            found += [c for c in (_sentence_country_actor(an, a, subj, r_, hit.code) for a in found or [None]) if c]
        if not found and subj.pos_ == "PRON" and hit.gov.dep_ == "conj":
            # "The diplomat noted ..., and he called for ...": an unresolved
            # pronoun in a coordinated clause is the first clause's subject.
            for s in subject_of(hit.gov.head):
                found += actors_of(an, s)
        out.extend((a, stmt_id) for a in found)
    if not out:
        out.extend((a, stmt_id) for a in [_passive_place_source(an, hit, r_)] if a)
    if not out and hit.code[:2] in ("18", "19") and any(c.dep_ == "nsubjpass" for c in kids(hit.gov)):
        # "was killed in a car bomb explosion in Beirut": the bomb is in an adjunct
        for c in kids(hit.gov):
            if c.dep_ == "prep" and c.lower_ in ("in", "by"):
                out.extend((a, stmt_id) for g in kids(c) if g.dep_ == "pobj"
                           for a in [_bomb_source(an, g, hit, r_)] if a)
    return out


def _clause_break_subject(an: Analysis, subj: Token) -> Token:
    """'If Turkey attacks Syria, the United States will impose sanctions': the
    parser makes "Syria" the subject with "the United States" as its
    apposition. One country is never another's apposition: after a comma, the
    second country is the subject."""
    here = an.actor(_actor_at_token(an, subj))
    if not _bare_place(here):
        return subj
    for c in kids(subj):
        if c.dep_ == "appos" and c.i > subj.i and any(t.text == "," for t in an.doc[subj.i + 1 : c.left_edge.i]):
            other = an.actor(_actor_at_token(an, c))
            if _bare_place(other) and other.country != here.country:  # type: ignore[union-attr]
                return c
    return subj


def _passive_place_source(an: Analysis, hit: Hit, r: Rules) -> str | None:
    """'A missionary was arrested in Lebanon': a passive act of state power
    (`passive_place_codes`: arrest, deport, curfew, trial ...) without a
    named agent was done by the state where it happened."""
    if not hit.code.startswith(tuple(r.passive_place_codes)):
        return None
    gov = hit.gov
    if not any(c.dep_ == "nsubjpass" for c in kids(gov)) or any(c.dep_ == "agent" for c in kids(gov)):
        return None
    # "was put under investigation in Italy": the place may hang off the act noun
    nouns = [g for c in kids(gov) if c.dep_ == "prep" and c.lower_ == "under" for g in kids(c) if g.dep_ == "pobj"]
    for c in [c for t in (gov, *nouns) for c in kids(t)]:
        if c.dep_ == "prep" and c.lower_ == "in":
            places = [an.actor(actor_of(an, g)) for g in kids(c) if g.dep_ == "pobj"]
            states = [p for p in places if p is not None and p.type == "state" and _is_state_code(p.country)]
            if len(states) == 1:
                return states[0].id
    return None


def _phrase_coding(an: Analysis, tok: Token) -> Coding | None:
    """Coding of the noun phrase headed by `tok`, through "a group / thousands of"."""
    members = [g for c in kids(tok) if c.dep_ == "prep" and c.lower_ == "of" for g in kids(c) if g.dep_ == "pobj"]
    head = members[0] if members and tok.lemma_.lower() in QUANTITY_NOUNS else tok
    span = an.doc[head.left_edge.i : head.i + 1]
    return code_actor(span_text(span), context=span_text(sent_of(tok))) if len(span) <= 8 else None


QUANTITY_NOUNS = frozenset({"group", "thousand", "thousands", "hundred", "hundreds", "dozen", "dozens",
                            "million", "millions", "number", "crowd", "band", "delegation", "team", "some"})


def _word_country(tok: Token) -> str | None:
    """The country one capitalised word names ("Chilean", "Kenya"), if any."""
    if tok.i > 0 and tok.doc[tok.i - 1].text == "-":
        return None
    coding = code_actor(tok.text)
    return coding.country if coding.type in ("state", "organization", "group") and not coding.sector else None


def _sentence_country_target(an: Analysis, aid: str, sent, r: Rules, code: str) -> str | None:
    """The same for a target ("allowed opposition leader X to ..."), at its mention in the sentence."""
    spans = sorted(sp for sp, a in an.mention_actor.items() if a == aid and sent.start_char <= sp[0] < sent.end_char)
    actor = an.actor(aid)
    if not spans and actor is not None:  # an actor made here from a phrase ("the ruling party")
        spans = sorted(tuple(m) for m in actor.mentions if sent.start_char <= m[0] < sent.end_char)  # type: ignore[misc]
    head = an.doc.char_span(*spans[0], alignment_mode="expand") if spans else None
    return _sentence_country_actor(an, aid, head.root, r, code) if head is not None and len(head) else None


def _sentence_country_actor(an: Analysis, aid: str | None, subj: Token, r: Rules, code: str) -> str | None:
    """'President Dos Santos conceded ... Angola', 'Judge Rivera opened an
    inquiry into Chilean officials': an actor with a sector (`context_sectors`)
    but no country, in a sentence that names exactly one country, is coded
    as that country's (the way a news reader takes "the police" or "the
    president" to be local). Soldiers count only as named persons: troops
    without a country are often foreign."""
    actor = an.actor(aid) if aid else None
    if (aid and actor is None) or (actor is not None and actor.country) or code[:2] not in r.context_roots:
        return None
    if actor is None or not actor.sector:
        # "a group of Yoruba leaders" resolved to "Yoruba", or a group word the
        # recogniser left out ("Islamic fundamentalists"): the phrase's sector
        if actor is None and subj.pos_ not in ("NOUN", "PROPN"):
            return None
        phrase = _phrase_coding(an, subj)
        if phrase is None or not phrase.sector or phrase.country:
            return None
        name = actor.name if actor is not None else an.doc[subj.left_edge.i : subj.i + 1].text
        actor = Actor(id=aid or "", name=name, type=phrase.type, sector=phrase.sector, role=phrase.role)
    if actor.sector not in r.context_sectors and not (actor.sector == "MIL" and actor.type == "person"):
        return None
    sent = sent_of(subj)
    countries = {
        other.country
        for (s, _e), oid in an.mention_actor.items()
        if sent.start_char <= s < sent.end_char and oid != aid
        and (other := an.actor(oid)) is not None and _is_state_code(other.country)
        # for a group word with no actor of its own, only the sentence's
        # countries and places count, not where a named group is based
        # ("... condemn the violence of Hamas" names no country)
        and (aid is not None or other.type == "state")
    }
    # country words the recogniser left out ("28 Chilean government officials")
    # (a word inside a mention the recogniser made is read as that mention:
    # "Alto Paraná" is a place, its "Paraná" no country word)
    covered = [(s, e) for s, e, _a in an.mentions_within(sent.start_char, sent.end_char)]
    countries |= {c for t in sent if t.pos_ in ("ADJ", "PROPN") and t.text[:1].isupper()
                  and t.i not in range(subj.left_edge.i, subj.right_edge.i + 1)
                  and not any(s <= t.idx < e for s, e in covered)
                  and _is_state_code(c := _word_country(t))}
    if len(countries) != 1:
        return None
    country = countries.pop()
    key = (subj.idx, subj.idx + len(subj.text))
    made: dict = an.scratch.setdefault("event_actors", {})  # type: ignore[assignment]
    if made.get(key) is None:
        coding = Coding(country, actor.sector, actor.type, country + actor.sector, actor.role)
        made[key] = _new_actor(an, actor.name, coding, key)
    return made[key]


PLACE_PREPS = frozenset({"in", "at", "throughout", "across", "inside", "around"})


def _located_source(an: Analysis, subj: Token, hit: Hit, r: Rules) -> str | None:
    """'Thousands of people blocked streets in Hong Kong', 'ethnic Albanians
    demonstrated in Serbia': CAMEO codes a domestic group that the text names
    without a country by the country where it acts. Only for domestic kinds of
    act (protest, coercion, ...: `located_roots`), only for group words whose
    sector is listed in `located_sectors` (no soldiers, refugees or envoys, who
    often act abroad), and only when the places named give one country."""
    if hit.code[:2] not in r.located_roots or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    # places under the subject ("students throughout Indonesia", also after
    # "thousands of"), the verb and its object ("blocked streets in Hong Kong")
    members = [g for c in kids(subj) if c.dep_ == "prep" and c.lower_ == "of" for g in kids(c) if g.dep_ == "pobj"]
    objects = [c for c in kids(hit.gov) if c.dep_ in ("dobj", "obj")]
    country = _place_country(an, [subj, *members, hit.gov, *objects])
    if country is None:
        return None
    span = an.doc[subj.left_edge.i : subj.right_edge.i + 1]
    if len(span) > 12:
        return None
    sector = "CVL" if _ethnic(subj) else code_actor(span_text(span), context=span_text(sent_of(subj))).sector
    if sector not in r.located_sectors:
        return None
    key = (span.start_char, span.end_char)
    made: dict = an.scratch.setdefault("event_actors", {})  # type: ignore[assignment]
    if made.get(key) is None:
        made[key] = _new_actor(an, span.text, Coding(country, sector, "group", country + sector, None), key)
    return made[key]


# Groups that CAMEO codes by where they are (civilians, refugees, protesters ...),
# as targets: soldiers, officials and envoys abroad keep their own country.
LOCATED_TARGET_SECTORS = frozenset({"CVL", "REF", "OPP", "EDU", "LAB", "AGR"})


def _located_target(an: Analysis, hit: Hit, r: Rules) -> str | None:
    """'aid to refugees fleeing the war in Liberia', 'attacks on villagers in
    Darfur': a group word without a country as the trigger's object or
    prepositional target, whose own phrase places it in one country, is
    coded as that country's group (as `_located_source` does for sources)."""
    heads = dict.fromkeys(t for t in (hit.tok, hit.gov, hit.comp) if t is not None)
    cands = [o for t in heads for o in kids(t) if o.dep_ in ("dobj", "obj")]
    cands += [g for t in heads for c in kids(t) if c.dep_ in ("prep", "dative") and c.lower_ in r.target_preps
              for g in kids(c) if g.dep_ == "pobj"]
    for tok in cands:
        if tok.pos_ != "NOUN" or actor_of(an, tok) is not None:
            continue
        coding = _phrase_coding(an, tok)
        if coding is None or coding.country or coding.sector not in LOCATED_TARGET_SECTORS:
            continue
        # the place is said in the group's own phrase: under the noun or a clause on it
        clauses = [c for c in kids(tok) if c.dep_ in ("acl", "relcl")]
        objects = [o for c in clauses for o in kids(c) if o.dep_ in ("dobj", "obj")]
        country = _place_country(an, [tok, *clauses, *objects])
        if country is None:
            continue
        span = (tok.left_edge.idx, tok.idx + len(tok.text))
        key = ("located", *span)
        made: dict = an.scratch.setdefault("event_actors", {})  # type: ignore[assignment]
        if made.get(key) is None:
            coding = Coding(country, coding.sector, "group", country + coding.sector, None)
            made[key] = _new_actor(an, an.text[span[0]:span[1]], coding, span)
        return made[key]
    return None


def _place_country(an: Analysis, toks: Iterable[Token]) -> str | None:
    """The one country of the places ("in Serbia", "at a jail in Dili") under these words."""
    found: set[str] = set()
    for tok in toks:
        # "in Norland and in Sudoria", "in Norland and Sudoria": every place counts
        preps = [p for c in kids(tok) if c.dep_ == "prep" and c.lower_ in PLACE_PREPS for p in _conj(c)]
        for c in preps:
            for g in [x for o in kids(c) if o.dep_ == "pobj" for x in _conj(o)]:
                place = an.actor(actor_of(an, g))
                if place is None:  # "at a jail in Dili": one more place phrase down
                    inner = _place_country(an, [g])
                    found.update([inner] if inner else [])
                elif place.type == "state" and place.country and not place.sector:
                    found.add(place.country)
    return found.pop() if len(found) == 1 else None


def _speaker_actor(an: Analysis, st: Statement) -> str:
    """The statement's speaker; when it has no country, the coded phrase of
    the speaker's words ("King Hassan of Morocco" resolved to "Hassan")."""
    aid = _enclosing_known(an, st.speaker)  # type: ignore[arg-type]
    if _known(an.actor(aid)) or not st.speaker_span:
        return aid
    words = an.doc.char_span(*st.speaker_span, alignment_mode="expand")
    alt = actor_of(an, words.root) if words is not None and len(words) else None
    return alt if _known(an.actor(alt)) else aid


def _enclosing_known(an: Analysis, aid: str) -> str:
    """A speaker without code that is only the tail of a coded name
    ("Haq" of "Mohammad Zia-Ul-Haq") is that name's actor."""
    if _known(an.actor(aid)):
        return aid
    spans = [sp for sp, a in an.mention_actor.items() if a == aid]
    # of the coded actors' mentions that end where one of aid's ends and start no
    # later (so they hold its first character), the first recorded
    hits = [(s, e, other) for s2, e2 in spans for s, e, other in an.mentions_at(s2)
            if e == e2 and other != aid and _known(an.actor(other))]
    return min(hits, key=lambda h: an.mention_order(h[0], h[1]))[2] if hits else aid


def _attack_owner(an: Analysis, subj: Token) -> str | None:
    """'Israeli air strikes killed ...', 'US drone attacks have killed ...': the
    country named before an attack noun that is the subject of a violent act.
    Only the words before the noun count, and only a country (no sector)."""
    mods = [t for c in subj.lefts if c.dep_ in ("amod", "compound", "nmod", "poss") for t in subtree(c)]
    mods = [t for t in mods if t.text[:1].isupper()]  # from the first name on: "recent US attacks"
    if not mods:
        return None
    span = an.doc[min(t.i for t in mods):subj.i]
    key = (span.start_char, span.end_char)
    made: dict = an.scratch.setdefault("event_actors", {})  # type: ignore[assignment]
    if key in made:
        return made[key]
    coding = code_actor(span_text(span), context=span_text(sent_of(subj)))
    if not coding.country and len(mods) > 1:
        # "US Predator attacks": a weapon's name after the country word hides
        # the country from the phrase coder; the country's name alone tells it
        first = next((c for t in mods if (c := code_actor(t.text)).type == "state" and c.country), None)
        coding = first or coding
    aid = None
    if coding.country and not coding.sector:
        aid = _new_actor(an, span.text, coding, key)
    made[key] = aid
    return aid


BOMB_PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "of", "on"})


def _is_bomb(tok: Token, r: Rules) -> bool:
    """'a roadside bomb', 'an improvised explosive device', 'a car bomb explosion'."""
    lemma = tok.lemma_.lower()
    if lemma == "device":
        return any(c.lower_ == "explosive" for c in kids(tok))
    if lemma in r.bomb_nouns:
        return True
    return lemma in ("explosion", "blast") and any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in r.bomb_nouns for c in kids(tok))


def _bomb_source(an: Analysis, bomb: Token, hit: Hit, r: Rules) -> str | None:
    """An unclaimed bomb that killed or wounded: the attacker is coded as an
    armed group (UAF) of the one country where it went off (`bomb_nouns`).
    A country word on the bomb itself ("a Russian bomb") is the owner, found
    before; any other named actor near it ("bombs by X") makes us code nothing."""
    if not _is_bomb(bomb, r) or any(an.actor(_actor_at_token(an, t)) is not None
                                    for c in kids(bomb) if c.dep_ in ("compound", "amod", "poss", "nmod")
                                    for t in subtree(c)):
        return None
    found: set[str] = set()
    for head in dict.fromkeys((bomb, hit.gov)):
        for c in kids(head):
            if c.dep_ not in ("prep", "agent") or c.lower_ not in BOMB_PLACE_PREPS:
                continue
            for t in subtree(c):
                actor = an.actor(_actor_at_token(an, t))
                if actor is not None and actor.type == "state" and _is_state_code(actor.country) and not actor.sector:
                    found.add(actor.country)  # type: ignore[arg-type]
                elif t.pos_ == "ADJ" and t.head.lemma_.lower() in r.place_nouns and _is_state_code(c2 := _word_country(t)):
                    found.add(c2)  # type: ignore[arg-type]
    if len(found) != 1:
        return None
    country = found.pop()
    span = (bomb.left_edge.idx, bomb.idx + len(bomb.text))
    key = ("bomb", *span)
    made: dict = an.scratch.setdefault("event_actors", {})  # type: ignore[assignment]
    if made.get(key) is None:
        made[key] = _new_actor(an, an.text[span[0]:span[1]], Coding(country, "UAF", "group", country + "UAF", None), span)
    return made[key]


def _stative_subject(verb: Token, r: Rules) -> list[Token]:
    """'Israel is opposed to X', 'Iran is committed to ...': a participle that
    states the subject's own position, parsed as a passive without agent."""
    if verb.lemma_.lower() not in r.stative_participles or any(c.dep_ == "agent" for c in kids(verb)):
        return []
    return [c for c in kids(verb) if c.dep_ == "nsubjpass"][:1]


def _reporting_speaker(an: Analysis, gov: Token) -> list[str]:
    """'Syria says it is willing ...': an unresolved pronoun in reported speech is the speaker."""
    for st in an.statements:
        s, e = st.content_span
        if st.speaker and s <= gov.idx < e and _known(an.actor(speaker := _speaker_actor(an, st))):
            return [speaker]
    t = gov
    while t.dep_ in ("ccomp", "conj", "xcomp", "acomp", "advcl") and t.head.i != t.i:
        if t.dep_ == "ccomp":
            for subj in subject_of(t.head):
                if subj.pos_ != "PRON":
                    return actors_of(an, subj)
            return []
        t = t.head
    return []


def _prep_targets(an: Analysis, tok: Token, r: Rules, depth: int = 0) -> list[str]:
    out: list[str] = []
    for c in kids(tok):
        if c.dep_ == "dative" and c.pos_ == "ADP":  # "providing intelligence to Macedonia"
            for g in [g for g in kids(c) if g.dep_ == "pobj"] or _stranded_object(c):
                out.extend(_target_actors(an, g))
        elif c.dep_ in ("dative",) or (c.dep_ == "dobj" and c.pos_ in ("PROPN", "PRON", "NOUN")):
            out.extend(_target_actors(an, c))
        elif c.dep_ == "prep" and (c.lower_ in r.target_preps or c.lower_ == "between"):
            objs = [g for g in kids(c) if g.dep_ == "pobj"] or _stranded_object(c)
            for g in objs:
                out.extend(_target_actors(an, g))
        elif c.dep_ == "prep" and c.lower_ == "as":
            # "denounced as an ugly crime X's crackdown": the object shifted
            # behind the "as" phrase is parsed as its apposition
            for g in kids(c):
                if g.dep_ == "pobj":
                    out.extend(a for ap in kids(g) if ap.dep_ == "appos" for a in _target_actors(an, ap))
        elif c.dep_ == "prep" and c.lower_ in r.adjunct_preps and depth < 2:
            for g in kids(c):  # "in a joint meeting with X"
                if g.dep_ == "pobj" and g.pos_ == "NOUN":
                    out.extend(_prep_targets(an, g, r, depth + 1))
    return out


def _written_to(an: Analysis, frame: Token) -> list[str]:
    """'wrote to X demanding a retraction', 'sent a letter to X urging ...': a
    demand or appeal told as the manner of a message goes to the message's
    addressee."""
    if frame.tag_ != "VBG" or frame.dep_ not in ("advcl", "acl") or any(
            c.dep_ in ("dative",) or (c.dep_ == "prep" and c.lower_ in ("to", "on", "upon")) for c in kids(frame)):
        return []
    head = frame.head
    if head.dep_ == "pobj" and head.head.lower_ == "to":  # the parser may hang it on the addressee
        return _target_actors(an, head)
    if head.pos_ != "VERB":
        return []
    objs = [head] + [c for c in kids(head) if c.dep_ in ("dobj", "obj")]
    return [a for o in objs for c in kids(o) if c.dep_ in ("prep", "dative") and c.lower_ == "to"
            for g in kids(c) if g.dep_ == "pobj" for a in _target_actors(an, g)]


def _target_actors(an: Analysis, tok: Token) -> list[str]:
    """Actors a target phrase names. A made thing ("a German television
    report", `work_nouns`) is no actor: only its author named as owner or in
    a "by"-phrase is ("NDF's report", "a report by NDF")."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in rules().work_nouns:
        return actors_of(an, tok)
    authors = [c for c in kids(tok) if c.dep_ == "poss" and c.pos_ != "PRON"]
    authors += [g for c in kids(tok) if c.dep_ == "prep" and c.lower_ == "by" for g in kids(c) if g.dep_ == "pobj"]
    return [a for g in authors for a in actors_of(an, g)]


def _stranded_object(prep: Token) -> list[Token]:
    """'granted asylum to five army officers holed up in ...': the parser makes
    the noun the subject of the reduced relative and leaves the preposition
    without object. The noun phrase right after the preposition is its object."""
    for chunk in sent_of(prep).noun_chunks:  # the sentence's, not the whole document's
        if chunk.start == prep.i + 1:
            root = chunk.root
            if root.dep_ in ("nsubj", "nsubjpass") and root.head.i > root.i:
                return [root]
        if chunk.start > prep.i + 1:
            break
    return []


def _targets(an: Analysis, hit: Hit, r: Rules) -> list[str]:
    found: list[str] = []
    if hit.frame_tok is not None:
        found += _prep_targets(an, hit.frame_tok, r)
        if hit.comp is not None:
            # "rejected an Indian proposal (for talks with X)": whose the
            # thing is comes before parties named inside it
            owner = _noun_owner(an, hit.comp, adjective=True) if hit.comp.pos_ == "NOUN" else None
            found += [owner] if owner else []
            found += _prep_targets(an, hit.comp, r)
            for s in subject_of(hit.comp) if hit.comp.dep_ in ("ccomp", "acl") else []:
                found += _target_actors(an, s)
        found += _written_to(an, hit.frame_tok)
    else:
        if any(c.dep_ == "agent" for c in kids(hit.tok)) or hit.tok.pos_ == "VERB":
            # "X was indicted by Y", "X was arrested in Z": the passive subject undergoes it
            found += [a for c in kids(hit.tok) if c.dep_ == "nsubjpass" for a in _target_actors(an, c)]
            if any(_known(an.actor(a)) for a in found):
                return list(dict.fromkeys(found))
        found += _prep_targets(an, hit.tok, r)
        if not any(_known(an.actor(a)) for a in found):
            # "allowed X to take part", "forced X to leave": the subject of the
            # infinitive clause is who the act is aimed at
            found += [a for c in kids(hit.tok) if c.dep_ in ("ccomp", "xcomp")
                      and any(m.dep_ == "aux" and m.lower_ == "to" for m in kids(c))
                      for g in kids(c) if g.dep_ == "nsubj" for a in _target_actors(an, g)]
        if not any(_known(an.actor(a)) for a in found):
            # "evacuated the wounded from X", "sent aid to X": the parser hangs
            # the target's phrase on the object
            # ("handed a note of protest to X": on the object's "of"-phrase)
            objs = [o for o in kids(hit.tok) if o.dep_ in ("dobj", "obj")]
            objs += [g for o in objs for c in kids(o) if c.dep_ == "prep" and c.lower_ == "of"
                     for g in kids(c) if g.dep_ == "pobj"]
            found += [a for o in objs
                      for c in kids(o) if c.dep_ == "prep" and c.lower_ in r.target_preps
                      for g in kids(c) if g.dep_ == "pobj" for a in _target_actors(an, g)]
        if hit.tok.pos_ == "NOUN" and hit.tok.dep_ == "compound" and hit.tok.head.pos_ == "NOUN":
            # "a mediation effort between X and Y": the phrase's head carries it
            found += _prep_targets(an, hit.tok.head, r)
        if hit.tok.pos_ == "NOUN" and hit.gov is not hit.tok and not found:
            # "launched an attack on X", "held talks with X": the light verb carries the target
            found += [a for c in kids(hit.gov) if c.dep_ == "prep" and c.lower_ in r.target_preps
                      for g in kids(c) if g.dep_ == "pobj" for a in _target_actors(an, g)]
        if hit.tok.pos_ == "NOUN" and _cat_of_code(r).get(hit.code) in r.for_target_categories:
            # "expressed support for X", "aid for X": who benefits
            found += [a for c in kids(hit.tok) if c.dep_ == "prep" and c.lower_ == "for"
                      for g in kids(c) if g.dep_ == "pobj" for a in _target_actors(an, g)]
        if hit.tok.pos_ == "NOUN":
            for c in kids(hit.tok):  # "anti-Iran allegations"
                if c.dep_ in ("amod", "compound", "nmod") and c.i < hit.tok.i:
                    found += [a for a in (actor_of(an, g) for g in subtree(c)) if a]
    for st in _statement_at(an, hit.frame_tok or hit.tok):
        if st.addressee:
            found.append(st.addressee)
    if not any(_known(an.actor(a)) for a in found) and hit.frame_tok is None:
        found += _place_targets(an, hit, r)
    if not any(_known(an.actor(a)) for a in found):
        found += _with_targets(an, hit.comp if hit.comp is not None else hit.tok)
    return list(dict.fromkeys(found))


def _place_targets(an: Analysis, hit: Hit, r: Rules) -> list[str]:
    """'arrived in Amman on a visit': the place visited, for categories where that is the target."""
    if not r.place_target_categories or _cat_of_code(r).get(hit.code) not in r.place_target_categories:
        return []
    out: list[str] = []
    for tok in dict.fromkeys((hit.tok, hit.gov)):
        for c in kids(tok):
            if c.dep_ == "prep" and c.lower_ == "in":
                out.extend(a for g in kids(c) if g.dep_ == "pobj" for a in actors_of(an, g))
    return out


def _with_targets(an: Analysis, tok: Token) -> list[str]:
    """'... in a joint meeting with X' anywhere in the trigger's phrase, not in other clauses."""
    out: list[str] = []
    stack = list(kids(tok))
    while stack:
        c = stack.pop()
        if c.dep_ in ("ccomp", "relcl", "advcl", "conj", "parataxis"):
            continue
        if c.dep_ == "pobj" and c.head.lower_ == "with":
            out.extend(actors_of(an, c))
        stack.extend(kids(c))
    return out


# ------------------------------------------------------------------ stage


def _char_span(toks: Iterable[Token]) -> tuple[int, int]:
    toks = list(toks)
    return min(t.idx for t in toks), max(t.idx + len(t.text) for t in toks)


ATTEMPT_VERBS = frozenset({"try", "attempt"})


def _reading(hit: Hit, r: Rules, cat_of_code: dict[str, str]) -> None:
    cat = cat_of_code.get(hit.code)
    attempt = _code(r, cat, "attempt") if cat and hit.frame_tok is None else None
    if attempt and hit.gov.dep_ == "xcomp" and hit.gov.head.lemma_.lower() in ATTEMPT_VERBS:
        # "tried to assassinate X": the attempt is the act (CAMEO 185); its
        # own verb carries tense and negation
        hit.code, hit.gov = attempt, hit.gov.head
    threat = hit.frame_tok is not None and hit.code[:2] == "13"
    negated, hyp, future = _modality(hit.gov, r, threat)
    if hit.gov is not hit.tok and hit.tok.pos_ in ("VERB", "AUX") and hit.code != attempt:
        n2, h2, f2 = _modality(hit.tok, r, threat)
        negated, hyp, future = negated or n2, hyp or h2, future or f2
    if negated and future and hit.frame_tok is None:
        # "Syria will not accept refugees", "we would not meet their demands":
        # a stated refusal, coded as the category's refuse reading (CAMEO 12).
        cat = cat_of_code.get(hit.code)
        refuse = _code(r, cat, "refuse") if cat else None
        if refuse:
            hit.code, negated, future = refuse, False, False
            hit.needs_target = False  # a refusal needs no addressee
    if future and hit.frame_tok is None and _conditioned(hit.gov):
        # "will withdraw its force unless Y holds elections": a conditional
        # announcement of a costly act is a threat (CAMEO 13).
        cat = cat_of_code.get(hit.code)
        hit.code = (_code(r, cat, "threaten") if cat else None) or r.frame_defaults["threaten"]
        future = False
    hit.negated = negated
    if future and hit.frame_tok is None:
        cat = cat_of_code.get(hit.code)
        intent = _code(r, cat, "intent") if cat else None
        # "said it would boycott ...", "will extend the curfew": CAMEO codes an
        # announced coercive act, which has no intent code, as a threat (13x).
        announced = not negated and any(
            c.dep_ == "aux" and c.lower_ in r.future_modals for c in kids(hit.gov)
        )
        threat = _code(r, cat, "threaten") if cat and not intent and not hyp and announced else None
        if intent or threat:
            hit.code = intent or threat  # type: ignore[assignment]
            hit.needs_target = hit.needs_target and not threat
        else:
            hyp = True
    hit.hypothetical = hyp or _question(hit.tok)


def _question(tok: Token) -> bool:
    """'Can X pull off a win?', 'Is this part of an FBI investigation?': a
    question tells of no act that happened."""
    return span_text(sent_of(tok)).strip().rstrip("\"'\u201d\u2019)").endswith("?")


def _conditioned(verb: Token) -> bool:
    """The verb has an "unless ..." clause."""
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in kids(c))
        for c in kids(verb)
    )


_CATS: dict[int, dict[str, str]] = {}


def _cat_of_code(r: Rules) -> dict[str, str]:
    """Category of each act code, built once per rule set."""
    cats = _CATS.get(id(r))
    if cats is None:
        cats = _CATS[id(r)] = {v["act"]: k for k, v in r.categories.items() if "act" in v}
    return cats


def code_events(an: Analysis) -> list[Event]:
    r = rules()
    cats = _cat_of_code(r)
    events: list[Event] = []
    coded: list[tuple[Hit, list[Event]]] = []
    done: set[int] = set()  # verbs that carry an act that happened
    for hit in find_hits(an, r):
        if _unverified(an, hit.frame_tok or hit.tok, r) or _background(hit) or _figurative(hit, r) or _unrealised(hit, r):
            continue
        _reading(hit, r, cats)
        if hit.negated:
            # "had not yet examined", "did not attack": nothing happened, and
            # no one reading the event list should take it for an act
            continue
        evs = list(_events_of(an, hit, r))
        coded.append((hit, evs))
        if any(not e.negated and not e.hypothetical for e in evs):
            done.update((hit.gov.i, hit.tok.i))
    found: list[Event] = []
    for hit, evs in coded:
        if _purpose_head(hit) in done:
            # "staged demonstrations to demand reforms", "opened fire to
            # disperse the crowd": the purpose of an act that happened is
            # what was intended, told with that act, not a second act
            for ev in evs:
                ev.hypothetical = True
        for ev in evs:
            if ev.target is None and _between_unnamed(hit):
                ev.target = _partner_in_sentence(an, found, ev)
            if ev.target is None and ev.cameo[:2] in DENIAL_ROOTS:
                ev.target = _accuser(an, ev)
            found.append(ev)
    # a headline tells again what its story tells: of the two, the event keeps the story's
    # sentence, which says more (the headline's stands where the story does not tell it)
    head_end = an.text.find("\n") if an.meta.title is not None else -1
    for ev in sorted(found, key=lambda ev: ev.trigger_span[0] < head_end):
        if not any(_same_event(an, ev, other) for other in events) and not _vaguer(an, ev, found):
            events.append(ev)
    events.sort(key=lambda ev: ev.trigger_span[0])
    for k, ev in enumerate(events, 1):
        ev.id = f"E{k}"
    _drop_unused_actors(an, events)
    return events


# Denying or rejecting (CAMEO 01x "make statement: deny", 12x "reject").
DENIAL_ROOTS = frozenset({"01", "12"})


def _accuser(an: Analysis, ev: Event) -> str | None:
    """Whom a denial answers: the first actor of another side who asserts the
    claim the denial's statement is about ("Armenia accused Azerbaijan of
    shelling ... Azerbaijan denied it": Armenia)."""
    stmt = an.statement(ev.statement)
    claim = an.claim(stmt.claim) if stmt is not None else None
    if claim is None:
        return None
    side = _country_of(an, ev.source)
    for st in claim.stances:
        if st.stance == "assert" and not _same_actor(an, st.actor, ev.source) and _known(an.actor(st.actor)) and (
                side is None or _country_of(an, st.actor) != side or _code_of(an, st.actor) != _code_of(an, ev.source)
                or _two_sides(an, st.actor, ev.source, people=True)):
            return st.actor
    return None


def _same_actor(an: Analysis, x: str | None, y: str | None) -> bool:
    """One actor under two mentions: the same id; the same country named as
    such (a country and its capital); or a body with the same code whose
    name holds the other's ("the Herald", "the Herald news desk"). People with one code
    ("USAGOV") are different people."""
    if x == y:
        return True
    a, b = an.actor(x), an.actor(y)
    if a is None or b is None or not a.code or a.code != b.code or "person" in (a.type, b.type):
        return False
    if _bare_place(a) and _bare_place(b):
        return True
    wa, wb = (set(n.lower().removeprefix("the ").split()) for n in (a.name, b.name))
    return wa <= wb or wb <= wa


def _same_act(an: Analysis, ev: Event, other: Event) -> bool:
    """Same modality and source."""
    return ev.negated == other.negated and ev.hypothetical == other.hypothetical and _same_actor(an, ev.source, other.source)


def _same_event(an: Analysis, ev: Event, other: Event) -> bool:
    """The same act told twice in one article ("the Herald opened an inquiry
    ... the Herald inquiry found"): one event, as GDELT keeps one record per article."""
    return ev.cameo == other.cameo and _same_act(an, ev, other) and _same_actor(an, ev.target, other.target)


def _refines(specific: str, general: str) -> bool:
    """'193' (small arms) or '1901' refine '190' (force, not specified); '1381' refines '138'."""
    if specific == general:
        return False
    return specific.startswith(general) or (len(general) == 3 and general.endswith("0") and specific[:2] == general[:2])


def _vaguer(an: Analysis, ev: Event, found: list[Event]) -> bool:
    """The same act told less exactly: without a target where the article
    tells it by the same source with one ("Norland cut its aid" after
    "Norland cut funding for the agency"), or under a general code where the
    same sentence has a specific one for the same pair ("police fired on the
    crowd, killing two": small-arms fire, not a second, unspecified force)."""
    for o in found:
        if o is ev or not _same_act(an, ev, o):
            continue
        if ev.target is None and o.target is not None and o.cameo == ev.cameo:
            return True
        if (o.sentence_span == ev.sentence_span and _refines(o.cameo, ev.cameo)
                and (ev.target is None or _same_actor(an, ev.target, o.target))):
            return True
    return False


def _purpose_head(hit: Hit) -> int | None:
    """Index of the verb whose purpose clause ("... to demand X") holds the trigger."""
    for t in (hit.frame_tok, hit.gov, hit.tok):
        if t is not None and t.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(t)):
            return t.head.i
    return None


BACKGROUND_PREPS = frozenset({"since", "after", "following", "before", "despite"})


def _background(hit: Hit) -> bool:
    """Earlier events told as background, not as the news of the sentence.

    "whom they had taken hostage", "when troops had withdrawn": a past perfect
    in a subordinate clause; "since last month's U.S. invasion": a noun
    trigger with only an owner inside a temporal phrase. Coding these would
    re-code the same old event in every article that recalls it."""
    g = hit.gov
    if g.dep_ in ("relcl", "advcl") and any(c.dep_ == "aux" and c.lower_ == "had" for c in kids(g)):
        return True
    t = hit.tok
    while t.dep_ in ("compound", "amod") and t.head.i != t.i:
        t = t.head
    return hit.noun and t.dep_ == "pobj" and t.head.lower_ in BACKGROUND_PREPS


def _between_unnamed(hit: Hit) -> bool:
    """'talks between the two nations': the parties are named earlier in the sentence."""
    tok = hit.comp if hit.comp is not None else hit.tok
    return any(c.dep_ == "prep" and c.lower_ == "between" for c in kids(tok))


def _partner_in_sentence(an: Analysis, events: list[Event], ev: Event) -> str | None:
    for prev in reversed(events):
        same = prev.sentence_span == ev.sentence_span and _country_of(an, prev.source) == _country_of(an, ev.source)
        if same and prev.target and prev.target != ev.source:
            return prev.target
    return None


def _events_of(an: Analysis, hit: Hit, r: Rules) -> Iterator[Event]:
    sources = [(a, s) for a, s in _sources(an, hit, r) if _known(an.actor(a))]
    if hit.code in r.visitor_codes:
        # people and delegations visit; a bare place that "visits" is a sports
        # team ("No. 14 Alabama visits the Rebels")
        heads = subject_of(hit.gov)
        sources = [(a, s) for a, s in sources
                   if not (_bare_place(an.actor(a)) and any(_actor_at_token(an, h) == a for h in heads))]
    if not sources:
        return
    found = _targets(an, hit, r)
    targets = [t for t in found if _known(an.actor(t))]
    if not targets:  # "allowed opposition leader X to ...": the sentence's one country
        targets = [c for c in (_sentence_country_target(an, t, sent_of(hit.tok), r, hit.code) for t in found) if c][:1]
    if not targets:  # "aid to refugees fleeing the war in Liberia": a group placed by its own phrase
        targets = [a for a in [_located_target(an, hit, r)] if a]
    if not targets and hit.needs_target:
        # "rebels said they will release Prime Minister X": a named addressee
        # whose country the text does not give still makes the act one
        # between actors; the target is coded by its sector alone.
        # Only the trigger's own direct object counts: addressees found
        # further away are too often someone else's.
        objs = [a for tok in {hit.tok, hit.frame_tok or hit.tok} for c in kids(tok)
                if c.dep_ in ("dobj", "obj") for a in actors_of(an, c)]
        targets = [t for t in objs if t in found and _named_with_sector(an.actor(t))][:1]
        # "accused Darfur rebels of ...": the object's own words give a sector
        # ("accused the ruling party of ...": in a sentence about one country, that country's)
        targets = targets or [_sentence_country_target(an, a, sent_of(hit.tok), r, hit.code) or a
                              for a in [_sector_object(an, hit)] if a]
        # "accused a Latvian fishing boat of ...": a thing of a country's, by its adjective
        targets = targets or [a for c in kids(hit.tok) if c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN"
                              for m in kids(c) if m.dep_ == "amod" and m.pos_ == "ADJ" and m.i < c.i
                              for a in [_demonym_actor(an, m, c)] if a][:1]
    if not targets and not hit.needs_target and hit.frame_tok is None:
        # "Police arrested 34 people", "expelled two journalists": the people the act is done
        # to, coded by their words, of the sentence's country (with none, no one said)
        targets = [t for a in [_sector_object(an, hit, people=True)] if a
                   and (t := _sentence_country_target(an, a, sent_of(hit.tok), r, hit.code))]
    trig = _char_span(hit.span_toks)
    sent = sent_of(hit.tok)
    # joint actors are each other's target only for acts done together
    # ("Jordan and Britain agreed/met/signed"), not for acts aimed outward
    # ("Belarus and Norway dismissed the allegations")
    joint = len({_country_of(an, a) for a, _ in sources}) > 1
    if joint and not targets and hit.code in r.joint_codes:
        hit.code = r.joint_codes[hit.code]
    partners = (len({_code_of(an, a) for a, _ in sources}) > 1 and not targets
                and hit.code[:2] in RECIPROCAL_ROOTS and not _aimed_elsewhere(hit))
    owned = an.scratch.get("owned_actors", set())
    if hit.code[:3] in ("141", "142", "143"):  # "ISIS fighters marching through the town": no rally
        sources = [(a, st) for a, st in sources if not _armed(an.actor(a), r)]
    for src, stmt in sources:
        # "Syria offered to withdraw its troops": one's own forces are no target
        tgts = [t for t in targets if t != src and (_code_of(an, t) != _code_of(an, src) or _two_sides(an, t, src))
                and not (t in owned and _country_of(an, t) == _country_of(an, src))
                and not (hit.code[:2] in HOME_PLACE_ROOTS and _home_place(an, t, src))
                and not _own_state(an, t, src, hit.code, r)
                and not (hit.own_side_excluded and _bare_place(an.actor(t))
                         and _country_of(an, t) == _country_of(an, src))]
        if partners:  # "Jordan and Britain agreed to ...": each is the other's target (CAMEO)
            tgts = [a for a, _ in sources if _code_of(an, a) != _code_of(an, src)]
        tgts = tgts or [None]
        info = lookup(_for_source(an, src, hit.code, r))
        if hit.needs_target and tgts == [None]:
            continue
        for tgt in tgts[:2]:
            yield Event(
                id="",
                source=src,
                target=tgt,
                cameo=info.code,
                plover=info.plover,
                quad_class=info.quad_class,
                goldstein=info.goldstein,
                trigger=an.text[trig[0]:trig[1]],
                trigger_span=trig,
                sentence_span=(sent.start_char, sent.end_char),
                statement=stmt,
                negated=hit.negated,
                hypothetical=hit.hypothetical,
            )


# Visiting or meeting a place of one's own country ("Biden will visit
# Brownsville, Texas") is domestic travel, not an act towards another actor.
HOME_PLACE_ROOTS = frozenset({"03", "04"})


def _bare_place(actor: Actor | None) -> bool:
    """A country, city or province named as such, without a sector."""
    return actor is not None and actor.type == "state" and not actor.sector and actor.country is not None


def _home_place(an: Analysis, target: str, source: str) -> bool:
    t = an.actor(target)
    return _bare_place(t) and t.country == _country_of(an, source)  # type: ignore[union-attr]


def _own_state(an: Analysis, target: str, source: str, code: str, r: Rules) -> bool:
    """Norland's minister 'warned that Norland had the weapons': the country
    (or a town) of a state's own person or body as its target is its own side,
    a misparse. Groups outside the state keep it ("farmers threatened to block
    the capital", "students marched against Norland"), and so do domestic acts on a place
    (`home_target_roots`: "lifted the curfew in X")."""
    src = an.actor(source)
    if src is None or code[:2] in r.home_target_roots or not _home_place(an, target, source):
        return False
    # (a person without a sector may be anyone from there: not the state)
    return src.sector in OWNED_SECTORS or (src.sector is None and src.type != "person")


# CAMEO roots of acts that two actors do together: intend to cooperate,
# consult, cooperate diplomatically or materially.
RECIPROCAL_ROOTS = frozenset({"03", "04", "05", "06"})


PARTNER_PREPS = frozenset({"with", "to", "toward", "towards", "against", "on", "upon"})


def _aimed_elsewhere(hit: Hit) -> bool:
    """The act names a party of its own, even one we cannot code ("called on
    the two neighbours to resolve ...", "signed a deal with the rebels"):
    the conjoined subjects did it side by side, not to each other."""
    words = [t for t in (hit.frame_tok, hit.tok, hit.comp) if t is not None]
    objs = [c for c in kids(hit.tok) if c.dep_ in ("dobj", "obj") and c not in words]
    for t in words + objs:
        for c in kids(t):
            if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN", "PRON"):
                return True
            if c.dep_ == "dobj" and t is hit.frame_tok and hit.comp is not None and c.i != hit.comp.i and c.pos_ in ("NOUN", "PROPN", "PRON"):
                return True  # "offered the rebels talks", "urged the sides to ..."
            if c.dep_ in ("prep", "dative") and c.lower_ in PARTNER_PREPS:
                for g in kids(c):
                    if (g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN", "PRON") and g not in words + objs
                            and g.ent_type_ not in ("DATE", "TIME") and _party_word(g)):
                        return True
    return False


def _party_word(tok: Token) -> bool:
    """A noun that can stand for a party: a name, a pronoun, or a word for
    people or bodies (coded with a sector), or a plural ("the two neighbours")."""
    if tok.ent_type_ in ("GPE", "LOC", "FAC") or tok.lemma_.lower() in rules().place_nouns:
        return False  # "returned to Geneva for talks": where, not with whom
    if tok.pos_ in ("PROPN", "PRON"):
        return True
    return tok.tag_ == "NNS" or bool(code_actor(tok.text).sector)


def _sector_object(an: Analysis, hit: Hit, people: bool = False) -> str | None:
    """The trigger's direct object coded by its words when they give a sector
    but no country ("Darfur rebels", "the opposition"): a target by sector only.
    `people`: only a common noun for people ("34 people", "the jihadists"), not
    a thing or a place a sector word qualifies ("military exercises", "rebel areas")."""
    for tok in dict.fromkeys((hit.tok, hit.frame_tok or hit.tok)):
        objs = [o for o in kids(tok) if o.dep_ in ("dobj", "obj")]
        # "accepted demands from rebels": whoever made what is accepted
        objs += [g for o in objs for c in kids(o) if c.dep_ == "prep" and c.lower_ == "from"
                 for g in kids(c) if g.dep_ == "pobj"]
        for o in objs:
            if o.pos_ not in ("NOUN", "PROPN"):
                continue
            if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in kids(o)):
                continue  # "urged its citizens": the source's own people, whose country we do not code here
            if o.lemma_.lower() in rules().work_nouns:
                continue  # "denied a television report": a thing, no one aimed at
            coding = _phrase_coding(an, o)
            if coding is None or not coding.sector or coding.country or coding.sector in ("IGO", "NGO"):
                continue
            if people and (o.pos_ != "NOUN" or coding.type not in ("group", "person")
                           or o.lemma_.lower() in rules().place_nouns):
                continue
            span = (o.left_edge.idx, o.idx + len(o.text))
            key = ("sector", *span)
            made: dict = an.scratch.setdefault("event_actors", {})  # type: ignore[assignment]
            if made.get(key) is None:
                made[key] = _new_actor(an, an.text[span[0]:span[1]], coding, span)
            return made[key]
    return None


def _armed(actor: Actor | None, r: Rules) -> bool:
    return actor is not None and (actor.sector in r.armed_sectors or (actor.code or "")[:3] == "IMG")


def _named_with_sector(actor: Actor | None) -> bool:
    """A person or organisation known by name whose sector (GOV, MED, ...) is coded."""
    return (actor is not None and bool(actor.sector) and actor.type in ("person", "organization", "group")
            and actor.name[:1].isupper())


def _for_source(an: Analysis, src: str, code: str, r: Rules) -> str:
    """A generic military-force code becomes unconventional violence for non-state actors."""
    actor = an.actor(src)
    if actor is not None and actor.sector in r.nonstate_sectors:
        return r.nonstate_codes.get(code, code)
    return code


def _country_of(an: Analysis, actor_id: str | None) -> str | None:
    a = an.actor(actor_id)
    return None if a is None else (a.country or (a.code or "")[:3] or None)


def _two_sides(an: Analysis, x: str, y: str, people: bool = False) -> bool:
    """Two named organisations of one country whose kind no word tells
    ("the Litoral Beekeepers' Federation accused Agroquímica Pampa"), or a
    named person and a body of the state not named in their title: one code,
    two actors, not one side's own forces. With `people`, also two people of
    no one body, as the two sides of a claim ("a former minister rejected the
    minister's accusation"); an act's target among people of one code is left
    to the act's own words."""
    a, b = an.actor(x), an.actor(y)
    if people and a is not None and b is not None and a.type == b.type == "person" and a.id != b.id:
        member_of = an.scratch.get("member_of", {})
        return member_of.get(a.id) is None or member_of.get(a.id) != member_of.get(b.id)
    if a is not None and b is not None and {a.type, b.type} == {"organization", "person"}:
        # a named official and another body of the state ("The district chairman, X, accused
        # officials of the Office of the Prime Minister", "The Office rejected the chairman's claim"):
        # not one side's own forces
        body, person = (a, b) if a.type == "organization" else (b, a)
        # (the body's own words, not its "of" or "the": "head of the district" is no office of the PM)
        role = (person.role or "").lower().split()
        return bool(body.sector) and not any(w.lower() in role for w in body.name.split() if w[:1].isupper())
    return (a is not None and b is not None and a.type == b.type == "organization" and a.sector is None
            and b.sector is None and not _same_actor(an, x, y))


def _code_of(an: Analysis, actor_id: str) -> str | None:
    a = an.actor(actor_id)
    return None if a is None else (a.code or a.country)
