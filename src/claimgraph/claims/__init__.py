"""Claims: filled by its issue. Registers the `claims` pipeline stage."""

from claimgraph.registry import stages


@stages.register("claims")
def stage(analysis) -> None:  # placeholder until the claims issue lands
    return None
