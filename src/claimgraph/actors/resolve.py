"""Actors of one article: named entities merged into actors, and speakers
resolved to them.

Resolution rules, in the order they are tried for a speaker mention:
1. the mention holds a person's name -> that person (the rest is a role);
2. it is an organisation or place name -> that actor (places merge by country);
3. a personal pronoun -> the last speaker of a compatible kind;
4. a definite description headed by a role noun ("the official", "the
   Iranian diplomat") -> the last person compatible in nationality, or else a
   person named within the next two sentences (news ledes name the
   spokesman a sentence later);
5. otherwise the description itself becomes the actor ("a senior official",
   "Western countries").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

import tomllib
from importlib import resources

import pycountry

from spacy.tokens import Doc, Span, Token

from claimgraph.actors import coding
from claimgraph.schema import Actor

PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
GROUP_PRONOUNS = {"they", "them", "their", "we", "us", "our", "i", "me", "my", "it", "its"}
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "another", "one", "some"}
NAMED_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
_POSS = re.compile(r"(’s|'s|’|')$")


@dataclass
class ActorDraft:
    key: str
    name: str
    label: str  # spaCy entity label, or "NOM" for a description, "GRP" for a group word
    mentions: set[tuple[int, int]] = field(default_factory=set)
    descriptions: list[str] = field(default_factory=list)
    role: str | None = None
    country: str | None = None
    id: str = ""


def clean_name(text: str) -> str:
    text = _POSS.sub("", text.strip())
    words = text.split()
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    return " ".join(words)


def is_title_org(ent: Span) -> bool:
    """ORG entities that are really titles before a name: "U.S. National Security Advisor Jane Doe"."""
    root = ent.root
    return root.dep_ == "compound" and root.head.ent_type_ == "PERSON"


class ActorSet:
    """Collects actors of one document and the char spans that mention them."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.drafts: dict[str, ActorDraft] = {}
        self.order: list[str] = []
        self.person_tokens: dict[str, set[str]] = {}
        self.span_actor: dict[tuple[int, int], str] = {}

    # -- creation ------------------------------------------------------------
    def _add(self, key: str, name: str, label: str) -> ActorDraft:
        d = self.drafts.get(key)
        if d is None:
            d = ActorDraft(key=key, name=name, label=label)
            self.drafts[key] = d
            self.order.append(key)
        elif len(name) > len(d.name) and label != "GPE":
            d.name = name
        return d

    def mention(self, draft: ActorDraft, start: int, end: int) -> None:
        draft.mentions.add((start, end))
        self.span_actor[(start, end)] = draft.key

    def add_entities(self) -> None:
        persons = [e for e in self.doc.ents if e.label_ == "PERSON"]
        # longest names first, so that "Amir Doe" and "Doe" join "Karim Amir Doe"
        full: list[tuple[str, set[str]]] = []
        for e in sorted(persons, key=lambda e: -len(clean_name(e.text).split())):
            name = clean_name(e.text)
            toks = set(name.lower().split())
            if not toks:
                continue
            key = next((k for k, t in full if toks <= t), None)
            if key is None:
                key = "P:" + name.lower()
                full.append((key, toks))
            self._add(key, name, "PERSON")
        for e in self.doc.ents:
            if e.label_ not in NAMED_LABELS:
                continue
            name = clean_name(e.text)
            if not name:
                continue
            if e.label_ == "PERSON":
                toks = set(name.lower().split())
                key = next((k for k, t in full if toks <= t), None)
                if key:
                    self.mention(self.drafts[key], e.start_char, e.end_char)
                continue
            if e.label_ == "ORG" and is_title_org(e):
                continue
            if e.label_ == "NORP" and not (e.root.pos_ in {"PROPN", "NOUN"} and e.root.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "conj"}):
                continue  # "Iranian drones": a modifier, not an actor
            self.add_named(e, name)

    def add_named(self, span: Span, name: str) -> ActorDraft:
        label = span.label_ or "ORG"
        country = coding.country_of(name) if label in {"GPE", "LOC", "NORP"} else None
        if label in {"GPE", "LOC", "NORP"} and country:
            key = "C:" + country
            d = self._add(key, name, "GPE")
            # the country's own name beats a capital or a demonym as the display name
            if is_country_name(name) and not is_country_name(d.name):
                d.name = name
            d.country = country
        else:
            key = "O:" + _org_key(name)
            existing = next((k for k in self.drafts if k.startswith("O:") and _same_org(k[2:], key[2:])), None)
            d = self._add(existing or key, name, label)
        self.mention(d, span.start_char, span.end_char)
        return d

    def add_description(self, span: Span) -> ActorDraft:
        name = clean_name(span.text)
        d = self._add("D:" + name.lower(), name, "NOM")
        d.descriptions.append(span.text)
        self.mention(d, span.start_char, span.end_char)
        return d

    def add_region(self, word: Token, country: str) -> ActorDraft:
        key = "C:" + country
        d = self._add(key, region_name(word.text), "GPE")
        d.country = country
        self.mention(d, word.idx, word.idx + len(word))
        return d

    # -- lookup --------------------------------------------------------------
    def actor_in(self, span: Span, labels: set[str]) -> ActorDraft | None:
        """The named actor whose mention is the head of `span` (or inside it)."""
        best = None
        for (s, e), key in self.span_actor.items():
            if s >= span.start_char and e <= span.end_char:
                d = self.drafts[key]
                if d.label not in labels:
                    continue
                # prefer the entity that holds the span's root
                if s <= span.root.idx < e:
                    return d
                best = best or d
        return best

    def persons_before(self, char: int) -> list[ActorDraft]:
        """Persons mentioned before `char`, most recent mention first."""
        seen = []
        for (s, _e), key in sorted(self.span_actor.items(), key=lambda kv: -kv[0][0]):
            d = self.drafts[key]
            if s < char and d.label == "PERSON" and d not in seen:
                seen.append(d)
        return seen


@cache
def _country_names() -> frozenset[str]:
    names: set[str] = set()
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            v = getattr(c, attr, None)
            if v:
                names.add(v.lower())
                names.add(v.split(",")[0].lower())
    extra = tomllib.loads(resources.files("claimgraph.data").joinpath("countries.toml").read_text("utf-8"))
    for forms in extra.get("names", {}).values():
        names.update(f.lower().removeprefix("the ") for f in forms)
    return frozenset(names)


@cache
def _alpha3() -> frozenset[str]:
    return frozenset(c.alpha_3 for c in pycountry.countries)


def is_country_name(name: str) -> bool:
    """"Russia", "the United States", "U.S." are country names; "Moscow", "Russian" are not."""
    low = name.lower().removeprefix("the ")
    return low in _country_names()


def is_region(code: str | None) -> bool:
    return bool(code) and code not in _alpha3()


def region_name(word: str) -> str:
    """"Western" -> "West": the region an adjective names."""
    return word[:-3] if word.lower().endswith("ern") else word


def _org_key(name: str) -> str:
    words = [w for w in name.lower().replace(".", "").split() if w not in {"us", "u.s", "the"}]
    return " ".join(words)


def _same_org(a: str, b: str) -> bool:
    return a == b or (len(b) > 3 and (a.endswith(" " + b) or b.endswith(" " + a)))


def finish(actors: ActorSet) -> tuple[list[Actor], dict[tuple[int, int], str]]:
    """Number, code and name the drafts; return contract actors and the mention map."""
    out: list[Actor] = []
    ids: dict[str, str] = {}
    for n, key in enumerate(actors.order, 1):
        d = actors.drafts[key]
        ids[key] = f"A{n}"
        label = {"NOM": None, "GRP": None}.get(d.label, d.label)
        c = coding.code_actor(d.name, ner_label=label)
        country, sector, role = c.country, c.sector, d.role or c.role
        for desc in d.descriptions:
            dc = coding.code_actor(desc, ner_label=label)
            country = country or dc.country
            sector = sector or dc.sector
            role = role or dc.role
        if d.country:
            country = d.country
        atype = c.type
        if d.label == "PERSON":
            atype = "person"
        elif d.label in {"GPE"} and key.startswith("C:"):
            atype = "state" if is_country_name(d.name) or len(country or "") == 3 and not is_region(country) else "group"
        code = c.code if (c.country == country and c.sector == sector) else ((country or "") + (sector or "")) or None
        out.append(
            Actor(
                id=ids[key],
                name=d.name,
                type=atype,
                country=country,
                sector=sector,
                code=code or None,
                role=role,
                mentions=sorted(d.mentions),
            )
        )
    mention_map = {span: ids[key] for span, key in actors.span_actor.items()}
    return out, mention_map
