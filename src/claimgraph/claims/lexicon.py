"""The claim lexicon (data/claim_lexicon.toml), loaded once."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Provenance:
    """'the X used by B were made in A' reads as A `implies` X to B."""

    origin_classes: frozenset[str]
    origin_preps: tuple[str, ...]
    user_classes: frozenset[str]
    implies: str


@dataclass(frozen=True)
class Lexicon:
    allegation_nouns: frozenset[str]
    account_nouns: frozenset[str]  # "the minister's timeline": what a named speaker told
    about_preps: frozenset[str]
    verb_class: dict[str, str]  # verb lemma -> predicate class
    noun_class: dict[str, str]  # nominalisation lemma -> predicate class
    stance_terms: frozenset[str]
    silence: frozenset[str]  # "not going to comment": a refusal to speak, no denial
    litotes: frozenset[str]  # "would not hesitate to act": says it would
    refusals: frozenset[str]  # "would not tolerate it": a stand, no denial
    going_on: frozenset[str]  # "cannot keep hiding": negated over a verb, a demand to stop
    coercion: frozenset[str]  # "will not be bullied": negated in the passive, a defiance
    directives: frozenset[str]  # "ordered an inspection": a lede's act, not the story's claim
    general_verbs: frozenset[str]  # "take", "make": no tie between a denial and an assertion by themselves
    holder_verbs: dict[str, str]  # verb lemma -> stance of its subject
    irregular: dict[str, str]  # past form -> verb lemma
    provenance: Provenance

    def word_class(self, word: str) -> str | None:
        """Predicate class of an inflected word read without a parser."""
        w = self.irregular.get(word, word)
        cands = [w]
        for suf, rep in (("ied", "y"), ("ies", "y"), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", "")):
            if w.endswith(suf) and len(w) > len(suf) + 2:
                base = w[: -len(suf)] + rep
                cands.append(base)
                if len(base) > 3 and base[-1] == base[-2] and not rep:  # shipped -> ship
                    cands.append(base[:-1])
        for c in cands:
            cls = self.verb_class.get(c) or self.noun_class.get(c)
            if cls:
                return cls
        return None

    def predicate_class(self, lemma: str, pos: str) -> str | None:
        lemma = lemma.lower()
        if pos in ("VERB", "AUX"):
            return self.verb_class.get(lemma)
        if pos in ("NOUN", "PROPN", "ADJ"):
            return self.noun_class.get(lemma)
        return None


@cache
def lexicon() -> Lexicon:
    raw = tomllib.loads(
        resources.files("claimgraph.data").joinpath("claim_lexicon.toml").read_text("utf-8")
    )
    verb_class: dict[str, str] = {}
    noun_class: dict[str, str] = {}
    for name, entry in raw["predicates"].items():
        for v in entry["verbs"]:
            verb_class.setdefault(v, name)
        for n in entry["nouns"]:
            noun_class.setdefault(n, name)
    return Lexicon(
        allegation_nouns=frozenset(raw["allegation_nouns"]),
        account_nouns=frozenset(raw["account_nouns"]),
        about_preps=frozenset(raw["about_preps"]),
        verb_class=verb_class,
        noun_class=noun_class,
        stance_terms=frozenset(raw["words"]["stance_terms"]),
        silence=frozenset(raw["words"]["silence"]),
        litotes=frozenset(raw["words"]["litotes"]),
        refusals=frozenset(raw["words"]["refusals"]),
        going_on=frozenset(raw["words"]["going_on"]),
        coercion=frozenset(raw["words"]["coercion"]),
        directives=frozenset(raw["words"]["directives"]),
        general_verbs=frozenset(raw["words"]["general_verbs"]),
        holder_verbs={v: st for st, vs in raw["holder_verbs"].items() for v in vs},
        irregular=dict(raw["irregular"]),
        provenance=Provenance(
            origin_classes=frozenset(raw["provenance"]["origin_classes"]),
            origin_preps=tuple(raw["provenance"]["origin_preps"]),
            user_classes=frozenset(raw["provenance"]["user_classes"]),
            implies=raw["provenance"]["implies"],
        ),
    )
