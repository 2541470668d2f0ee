"""Attribution: direct, mixed and indirect statements with their speakers."""

from claimgraph.registry import stages


@stages.register("attribution")
def stage(analysis) -> None:
    return None
