"""Events: filled by its issue. Registers the `events` pipeline stage."""

from claimgraph.registry import stages


@stages.register("events")
def stage(analysis) -> None:  # placeholder until the events issue lands
    return None
