"""Event patterns (data/event_patterns.toml), loaded once and indexed by lemma."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

FRAMES = ("intent", "appeal", "demand", "refuse", "threaten")


@dataclass(frozen=True)
class Pattern:
    order: int
    lemmas: frozenset[str]
    pos: frozenset[str]
    category: str | None = None
    frame: str | None = None
    particle: frozenset[str] = frozenset()
    object: frozenset[str] = frozenset()
    not_object: frozenset[str] = frozenset()
    modifier: frozenset[str] = frozenset()
    not_modifier: frozenset[str] = frozenset()
    object_actor: bool = False
    object_actor_or: frozenset[str] = frozenset()
    needs_complement: bool = False
    clause_object: bool = False
    noun_source: str | None = None
    subject: frozenset[str] = frozenset()
    # the act stands without a named target ("condemned the attack", "freed
    # two hostages"): for categories that otherwise need one
    targetless: bool = False
    # the trigger has no clause of its own ("ordered troops to the border",
    # not "ordered troops to withdraw")
    no_clause: bool = False
    # an intent frame that only puts its complement forward ("proposed an inspection")
    proposal: bool = False


@dataclass(frozen=True)
class Rules:
    by_lemma: dict[str, tuple[Pattern, ...]]
    categories: dict[str, dict[str, str]]
    frame_defaults: dict[str, str]
    light_verbs: frozenset[str]
    target_preps: frozenset[str]
    adjunct_preps: frozenset[str]
    hypothetical_modals: frozenset[str]
    future_modals: frozenset[str]
    unverified_heads: frozenset[str]
    attempt_heads: frozenset[str] = field(default_factory=frozenset)
    bare_frames: frozenset[str] = field(default_factory=frozenset)
    demand_heads: frozenset[str] = field(default_factory=frozenset)
    adjunct_categories: frozenset[str] = field(default_factory=frozenset)
    unverified_nouns_only: frozenset[str] = field(default_factory=frozenset)
    nonstate_sectors: frozenset[str] = field(default_factory=frozenset)
    nonstate_codes: dict[str, str] = field(default_factory=dict)
    joint_codes: dict[str, str] = field(default_factory=dict)
    place_target_categories: frozenset[str] = field(default_factory=frozenset)
    stative_participles: frozenset[str] = field(default_factory=frozenset)
    objectless_frames: frozenset[str] = field(default_factory=frozenset)
    attack_nouns: frozenset[str] = field(default_factory=frozenset)
    bomb_nouns: frozenset[str] = field(default_factory=frozenset)
    located_roots: frozenset[str] = field(default_factory=frozenset)
    located_sectors: frozenset[str] = field(default_factory=frozenset)
    occurrence_verbs: frozenset[str] = field(default_factory=frozenset)
    context_sectors: frozenset[str] = field(default_factory=frozenset)
    speech_verbs: frozenset[str] = field(default_factory=frozenset)
    document_nouns: frozenset[str] = field(default_factory=frozenset)
    passive_place_codes: frozenset[str] = field(default_factory=frozenset)
    event_heads: frozenset[str] = field(default_factory=frozenset)
    place_nouns: frozenset[str] = field(default_factory=frozenset)
    bare_verb_frames: frozenset[str] = field(default_factory=frozenset)
    context_roots: frozenset[str] = field(default_factory=frozenset)
    armed_sectors: frozenset[str] = field(default_factory=frozenset)
    no_comment_verbs: frozenset[str] = field(default_factory=frozenset)
    hearsay_verbs: frozenset[str] = field(default_factory=frozenset)
    denial_verbs: frozenset[str] = field(default_factory=frozenset)
    prevent_verbs: frozenset[str] = field(default_factory=frozenset)
    visitor_codes: frozenset[str] = field(default_factory=frozenset)
    counterpart_nouns: frozenset[str] = field(default_factory=frozenset)
    for_target_categories: frozenset[str] = field(default_factory=frozenset)
    force_roots: frozenset[str] = field(default_factory=frozenset)
    abstract_nouns: frozenset[str] = field(default_factory=frozenset)
    figurative_modifiers: frozenset[str] = field(default_factory=frozenset)
    charge_heads: frozenset[str] = field(default_factory=frozenset)
    label_nouns: frozenset[str] = field(default_factory=frozenset)
    idea_nouns: frozenset[str] = field(default_factory=frozenset)
    warning_verbs: frozenset[str] = field(default_factory=frozenset)
    naming_verbs: frozenset[str] = field(default_factory=frozenset)
    threat_consequences: frozenset[str] = field(default_factory=frozenset)
    warned_force: frozenset[str] = field(default_factory=frozenset)
    counterfactual_modals: frozenset[str] = field(default_factory=frozenset)
    condition_marks: frozenset[str] = field(default_factory=frozenset)
    campaign_heads: frozenset[str] = field(default_factory=frozenset)
    promise_nouns: frozenset[str] = field(default_factory=frozenset)
    supposition_heads: frozenset[str] = field(default_factory=frozenset)
    home_target_roots: frozenset[str] = field(default_factory=frozenset)
    body_nouns: frozenset[str] = field(default_factory=frozenset)
    body_modifiers: frozenset[str] = field(default_factory=frozenset)
    body_sectors: frozenset[str] = field(default_factory=frozenset)
    work_nouns: frozenset[str] = field(default_factory=frozenset)


def _pattern(i: int, raw: dict) -> Pattern:
    fs = lambda key: frozenset(w.lower() for w in raw.get(key, ()))  # noqa: E731
    if ("category" in raw) == ("frame" in raw):
        raise ValueError(f"event pattern {i} ({raw.get('lemma')}): give exactly one of category, frame")
    return Pattern(
        order=i,
        lemmas=fs("lemma"),
        pos=frozenset(raw.get("pos", ["VERB"])),
        category=raw.get("category"),
        frame=raw.get("frame"),
        particle=fs("particle"),
        object=fs("object"),
        not_object=fs("not_object"),
        modifier=fs("modifier"),
        not_modifier=fs("not_modifier"),
        object_actor=bool(raw.get("object_actor", False)),
        object_actor_or=fs("object_actor_or"),
        needs_complement=bool(raw.get("needs_complement", False)),
        clause_object=bool(raw.get("clause_object", False)),
        noun_source=raw.get("noun_source"),
        subject=fs("subject"),
        targetless=bool(raw.get("targetless", False)),
        no_clause=bool(raw.get("no_clause", False)),
        proposal=bool(raw.get("proposal", False)),
    )


def parse_rules(text: str) -> Rules:
    raw = tomllib.loads(text)
    pats = [_pattern(i, p) for i, p in enumerate(raw["pattern"])]
    cats = raw["categories"]
    for p in pats:
        if p.category and p.category not in cats:
            raise ValueError(f"event pattern {p.order}: unknown category {p.category!r}")
        if p.frame and p.frame not in FRAMES:
            raise ValueError(f"event pattern {p.order}: unknown frame {p.frame!r}")
    index: dict[str, list[Pattern]] = {}
    for p in pats:
        for lemma in p.lemmas:
            index.setdefault(lemma, []).append(p)
    fs = lambda key: frozenset(raw.get(key, ()))  # noqa: E731
    return Rules(
        by_lemma={k: tuple(v) for k, v in index.items()},
        categories=cats,
        frame_defaults={k: v["default"] for k, v in raw["frames"].items()},
        light_verbs=fs("light_verbs"),
        target_preps=fs("target_preps"),
        adjunct_preps=fs("adjunct_preps"),
        hypothetical_modals=fs("hypothetical_modals"),
        future_modals=fs("future_modals"),
        unverified_heads=fs("unverified_heads"),
        attempt_heads=fs("attempt_heads"),
        bare_frames=fs("bare_frames"),
        demand_heads=fs("demand_heads"),
        adjunct_categories=fs("adjunct_categories"),
        unverified_nouns_only=fs("unverified_nouns_only"),
        nonstate_sectors=fs("nonstate_sectors"),
        nonstate_codes=dict(raw.get("nonstate_codes", {})),
        joint_codes=dict(raw.get("joint_codes", {})),
        place_target_categories=fs("place_target_categories"),
        stative_participles=fs("stative_participles"),
        objectless_frames=fs("objectless_frames"),
        attack_nouns=fs("attack_nouns"),
        bomb_nouns=fs("bomb_nouns"),
        located_roots=fs("located_roots"),
        located_sectors=fs("located_sectors"),
        occurrence_verbs=fs("occurrence_verbs"),
        context_sectors=fs("context_sectors"),
        speech_verbs=fs("speech_verbs"),
        document_nouns=fs("document_nouns"),
        passive_place_codes=fs("passive_place_codes"),
        event_heads=fs("event_heads"),
        place_nouns=fs("place_nouns"),
        bare_verb_frames=fs("bare_verb_frames"),
        context_roots=fs("context_roots"),
        armed_sectors=fs("armed_sectors"),
        no_comment_verbs=fs("no_comment_verbs"),
        hearsay_verbs=fs("hearsay_verbs"),
        denial_verbs=fs("denial_verbs"),
        prevent_verbs=fs("prevent_verbs"),
        visitor_codes=fs("visitor_codes"),
        counterpart_nouns=fs("counterpart_nouns"),
        for_target_categories=fs("for_target_categories"),
        force_roots=fs("force_roots"),
        abstract_nouns=fs("abstract_nouns"),
        figurative_modifiers=fs("figurative_modifiers"),
        charge_heads=fs("charge_heads"),
        label_nouns=fs("label_nouns"),
        idea_nouns=fs("idea_nouns"),
        warning_verbs=fs("warning_verbs"),
        naming_verbs=fs("naming_verbs"),
        threat_consequences=fs("threat_consequences"),
        warned_force=fs("warned_force"),
        counterfactual_modals=fs("counterfactual_modals"),
        condition_marks=fs("condition_marks"),
        campaign_heads=fs("campaign_heads"),
        promise_nouns=fs("promise_nouns"),
        supposition_heads=fs("supposition_heads"),
        home_target_roots=fs("home_target_roots"),
        body_nouns=fs("body_nouns"),
        body_modifiers=fs("body_modifiers"),
        body_sectors=fs("body_sectors"),
        work_nouns=fs("work_nouns"),
    )


@cache
def rules() -> Rules:
    return parse_rules(resources.files("claimgraph.data").joinpath("event_patterns.toml").read_text("utf-8"))
