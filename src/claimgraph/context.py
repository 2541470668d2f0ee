"""Per-document working state shared by the pipeline stages.

The text is parsed once; every stage walks the same spaCy Doc and appends to
the lists here. Stages never re-parse.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from claimgraph.schema import Actor, Claim, DocumentMeta, Event, Span, Statement


@dataclass
class Mention:
    """One textual mention of an actor, before or after resolution."""

    start: int  # character offsets into the text
    end: int
    text: str
    kind: str  # "name" | "pronoun" | "nominal" | "demonym" | "group"
    actor: str | None = None  # actor id once resolved


@dataclass
class Analysis:
    text: str
    doc: Doc
    meta: DocumentMeta
    actors: list[Actor] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    # char span of a mention -> actor id; filled by actor resolution.
    mention_actor: dict[Span, str] = field(default_factory=dict)
    # Intermediate results one stage leaves for a later one (e.g. raw attributions).
    scratch: dict[str, object] = field(default_factory=dict)

    def actor(self, actor_id: str | None) -> Actor | None:
        if actor_id is None:
            return None
        for a in self.actors:
            if a.id == actor_id:
                return a
        return None

    def actor_at(self, start: int, end: int) -> str | None:
        """Actor id of the mention that overlaps [start, end), preferring exact hits."""
        hit = self.mention_actor.get((start, end))
        if hit:
            return hit
        best, best_len = None, 0
        for (s, e), aid in self.mention_actor.items():
            ov = min(e, end) - max(s, start)
            if ov > best_len:
                best, best_len = aid, ov
        return best

