"""Actors: recognise mentions, resolve them (coreference) and code them."""

from __future__ import annotations

import re

from claimgraph.actors import coding
from claimgraph.actors.resolve import ActorSet, finish, home_country, story_country
from claimgraph.layout import not_story
from claimgraph.registry import stages

# What sets off the place a credit line files from.
FILED_AT = frozenset({"in", "from", "|", ",", "/", "—", "–", "-"})
# "BUENOS AIRES (Southern Cone Wire) —": the outlet a dateline credits
_CREDITED = re.compile(r"\(([A-Z][^()\n]{1,60}?)\)")


@stages.register("actors")
def stage(analysis) -> None:
    skipped, datelines = not_story(analysis)
    if analysis.meta.outlet is None:
        outlet = credited_outlet(analysis.text, datelines)
        if outlet is not None:
            analysis.meta = analysis.meta.model_copy(update={"outlet": outlet})
    actors = ActorSet(analysis.doc, sorted(skipped + datelines))
    actors.add_entities()
    actors.describe_persons()
    actors.genders_from_pronouns()
    actors.add_described_names()
    actors.affiliate()
    analysis.scratch["actors"] = actors


@stages.register("resolve")
def resolve_stage(analysis) -> None:
    """Speakers -> actors; then number and code every actor."""
    from claimgraph.actors.speakers import build_statements
    from claimgraph.attribution.structure import finish_statements

    actors: ActorSet = analysis.scratch["actors"]
    raws = analysis.scratch.get("raw_statements", [])
    datelines = not_story(analysis)[1]
    dated = home_country(analysis.text, datelines) if datelines else None
    statements = build_statements(actors, raws, analysis.scratch.get("quotes"), dated, analysis.meta.outlet)
    if datelines:
        # (a seat the gazetteer does not know, "VELMARA, March 4 -": the country the story places itself in)
        home = dated or story_country(actors.ents)
    else:  # "By Jo Doe | Pacific Wire | Wellington": a credit line's place is where the story is filed
        # (set as a place: "in Accra", "| Wellington"; not "Fox News' Chad Pergram")
        doc = analysis.doc
        credited = [e for e in actors.set_aside if e.start > 0 and doc[e.start - 1].lower_ in FILED_AT]
        home = story_country(actors.ents, credited)
    analysis.actors, analysis.mention_actor = finish(actors, home)
    analysis.scratch["home"] = home  # (for the actors the event coder makes of phrases)
    key_to_id = {}
    for a, key in zip(analysis.actors, actors.order, strict=True):
        key_to_id[key] = a.id
    # the body each member speaks for ("a Commission spokeswoman": the Commission's own side, `stance`)
    analysis.scratch["member_of"] = {key_to_id[k]: key_to_id[d.member_of.key] for k, d in actors.drafts.items()
                                     if d.member_of is not None and k in key_to_id and d.member_of.key in key_to_id}
    for s in statements:
        s.speaker = key_to_id.get(s.speaker) if s.speaker else None
        # most statements name neither a medium nor an addressee: their Nones stay
        # (each assignment to a pydantic model is a call of its own)
        if s.medium is not None or s.addressee is not None:
            s.medium = key_to_id.get(s.medium) if s.medium else None
            s.addressee = key_to_id.get(s.addressee) if s.addressee else None
    analysis.statements = finish_statements(statements, analysis.scratch.get("quotes", []), analysis.doc)


def credited_outlet(text: str, datelines: list[tuple[int, int]]) -> str | None:
    """The news outlet a wire dateline credits ("LIMA, June 4 (Andes Wire) -"):
    the document's outlet when its source gave none. It is no party to the
    story, so no actor."""
    for start, end in datelines[:1]:
        m = _CREDITED.search(text, start, end)
        if m is not None and coding.code_actor(m.group(1), ner_label="ORG").sector == "MED":
            return m.group(1).strip()
    return None

