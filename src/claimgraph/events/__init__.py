"""Political events: CAMEO/PLOVER coding. Registers the `events` pipeline stage."""

from claimgraph.layout import not_story, within
from claimgraph.registry import stages


@stages.register("events")
def stage(analysis) -> None:
    from claimgraph.events.coder import code_events  # spaCy-typed module, loaded on first use

    events = code_events(analysis)
    skipped, datelines = not_story(analysis)
    if skipped or datelines:
        events = _in_story(analysis, events, sorted(skipped + datelines))
    analysis.events.extend(events)


def _in_story(analysis, events: list, spans: list[tuple[int, int]]) -> list:
    """Events and the actors the coder made for them, without what lies in a
    dateline, credit line or footer ("LISBON, March 4 (Wirepost) -" is no party)."""
    cited = {s.speaker for s in analysis.statements} | {st.actor for c in analysis.claims for st in c.stances}
    gone = {a.id for a in analysis.actors
            if a.mentions and a.id not in cited and all(within(spans, s, e) for s, e in a.mentions)}
    kept = [e for e in events
            if e.source not in gone and e.target not in gone and not within(spans, *e.trigger_span)]
    used = {x for e in [*analysis.events, *kept] for x in (e.source, e.target)}
    analysis.actors = [a for a in analysis.actors if a.id not in gone or a.id in used]
    return kept
