"""Actors: recognise mentions, resolve them to actors, code country and sector."""

from claimgraph.registry import stages


@stages.register("actors")
def stage(analysis) -> None:
    return None


@stages.register("resolve")
def resolve_stage(analysis) -> None:
    return None
