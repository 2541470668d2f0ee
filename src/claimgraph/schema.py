"""The document contract (`claimgraph.document/1`) as pydantic models.

Field names are the contract: tools, tests and exports rely on them. Add
fields freely; renaming one needs a schema version bump.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

SCHEMA_VERSION = "claimgraph.document/1"

Span = tuple[int, int]
ActorType = Literal["person", "organization", "state", "group"]
Kind = Literal["direct", "indirect", "mixed"]
Stance = Literal["assert", "deny", "doubt"]


class DocumentMeta(BaseModel):
    id: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None
    outlet: str | None = None


class Actor(BaseModel):
    id: str
    name: str
    type: ActorType = "person"
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    role: str | None = None
    mentions: list[Span] = Field(default_factory=list)


class Statement(BaseModel):
    id: str
    speaker: str | None
    speaker_span: Span | None = None
    cue: str
    cue_span: Span
    kind: Kind
    content: str
    content_span: Span
    # A quotation broken by its cue ("“A,” she said. “B.”") or reported speech
    # with its frame inside ("A, she said, B"): the parts inside content_span
    # without the frame. None for content in one piece.
    content_parts: list[Span] | None = None
    stance: Stance = "assert"
    claim: str | None = None
    parent: str | None = None
    addressee: str | None = None
    medium: str | None = None

    def words(self) -> str:
        """What was said: the content, or its quoted parts joined by " … "."""
        return joined_parts(self.content, self.content_span[0], self.content_parts)


def joined_parts(content: str, start: int, parts: list[Span] | None) -> str:
    """`content` (which starts at character `start`) as its parts joined by " … "."""
    if not parts:
        return content
    return " … ".join(content[a - start : b - start] for a, b in parts)


class ClaimStance(BaseModel):
    actor: str | None
    stance: Stance
    statement: str | None = None


class Claim(BaseModel):
    id: str
    text: str
    stances: list[ClaimStance] = Field(default_factory=list)
    # Normalised proposition; extra fields beyond the contract minimum.
    agent: str | None = None
    predicate: str | None = None
    theme: str | None = None
    recipient: str | None = None
    spans: list[Span] = Field(default_factory=list)


class Event(BaseModel):
    id: str
    source: str | None
    target: str | None = None
    cameo: str
    plover: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    trigger: str
    trigger_span: Span
    sentence_span: Span
    statement: str | None = None
    negated: bool = False
    hypothetical: bool = False


class Document(BaseModel):
    schema_: str = Field(default=SCHEMA_VERSION, alias="schema")
    document: DocumentMeta
    actors: list[Actor] = Field(default_factory=list)
    statements: list[Statement] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)

    model_config = {"populate_by_name": True}

    def model_dump(self, **kwargs):  # type: ignore[override]
        kwargs.setdefault("by_alias", True)
        return super().model_dump(**kwargs)

    def model_dump_json(self, **kwargs):  # type: ignore[override]
        kwargs.setdefault("by_alias", True)
        return super().model_dump_json(**kwargs)

    def actor(self, actor_id: str | None) -> Actor | None:
        for a in self.actors:
            if a.id == actor_id:
                return a
        return None
