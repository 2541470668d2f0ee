"""Speaker commitment: assert / deny / doubt."""

from claimgraph.registry import stages


@stages.register("stance")
def stage(analysis) -> None:
    return None
