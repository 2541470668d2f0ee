"""Per-document working state shared by the pipeline stages.

The text is parsed once; every stage walks the same spaCy Doc and appends to
the lists here. Stages never re-parse.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from claimgraph.intervals import Intervals
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
    _indexes: dict[str, tuple[object, int, object]] = field(default_factory=dict, repr=False)

    def actor(self, actor_id: str | None) -> Actor | None:
        if actor_id is None:
            return None
        by_id = self._index("actors_by_id", self.actors, lambda: {a.id: a for a in self.actors})
        return by_id.get(actor_id)

    def statement(self, statement_id: str | None) -> Statement | None:
        if statement_id is None:
            return None
        return self._index("statements_by_id", self.statements, lambda: {s.id: s for s in self.statements}).get(statement_id)

    def claim(self, claim_id: str | None) -> Claim | None:
        if claim_id is None:
            return None
        return self._index("claims_by_id", self.claims, lambda: {c.id: c for c in self.claims}).get(claim_id)

    def actor_at(self, start: int, end: int) -> str | None:
        """Actor id of the mention that overlaps [start, end), preferring exact hits."""
        hit = self.mention_actor.get((start, end))
        if hit:
            return hit
        best, best_len = None, 0
        for s, e in self._mention_spans().overlapping(start, end):  # in the order the mentions were recorded
            ov = min(e, end) - max(s, start)
            if ov > best_len:
                best, best_len = self.mention_actor[(s, e)], ov
        return best

    def mentions_at(self, char: int) -> list[tuple[int, int, str]]:
        """(start, end, actor id) of the mentions that hold `char`, in the order recorded."""
        return [(s, e, self.mention_actor[(s, e)]) for s, e in self._mention_spans().overlapping(char, char + 1)]

    def mentions_within(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """(start, end, actor id) of the mentions inside [start, end), in the order recorded."""
        inside = self._mention_spans().overlapping(start, end)
        return [(s, e, self.mention_actor[(s, e)]) for s, e in inside if start <= s and e <= end]

    def statements_at(self, char: int, cue: bool = False) -> list[Statement]:
        """Statements whose content (with `cue`, whose cue) holds `char`, in order."""
        name, span = ("statement_cues", lambda s: tuple(s.cue_span)) if cue else ("statement_contents", lambda s: tuple(s.content_span))
        found = self._index(name, self.statements, lambda: Intervals(self.statements, span=span))
        return found.overlapping(char, char + 1)

    def mention_order(self, start: int, end: int) -> int:
        """Where the mention [start, end) stands in the order mentions were recorded."""
        order = self._index("mention_order", self.mention_actor, lambda: {sp: i for i, sp in enumerate(self.mention_actor)})
        return order[(start, end)]

    def _mention_spans(self) -> Intervals[Span]:
        return self._index("mention_spans", self.mention_actor, lambda: Intervals(self.mention_actor))

    def _index(self, name: str, source: object, build):
        """A lookup table over `source` (actors or mentions), made once and
        remade only when `source` is replaced or grows: per-question scans
        turn quadratic on huge articles."""
        made = self._indexes.get(name)
        # the source itself is kept: an id alone could be reused by a new list
        if made is None or made[0] is not source or made[1] != len(source):  # type: ignore[arg-type]
            made = self._indexes[name] = (source, len(source), build())  # type: ignore[arg-type]
        return made[2]
