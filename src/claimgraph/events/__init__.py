"""Political events: CAMEO/PLOVER coding. Registers the `events` pipeline stage."""

from claimgraph.registry import stages


@stages.register("events")
def stage(analysis) -> None:
    from claimgraph.events.coder import code_events  # spaCy-typed module, loaded on first use

    analysis.events.extend(code_events(analysis))
