"""Attribution: direct, mixed and indirect statements with their speakers."""

from __future__ import annotations

from claimgraph.attribution.quotes import find_quotes
from claimgraph.attribution.rules import find_statements
from claimgraph.registry import stages


@stages.register("attribution")
def stage(analysis) -> None:
    quotes = find_quotes(analysis.text)
    analysis.scratch["quotes"] = quotes
    analysis.scratch["raw_statements"] = find_statements(analysis.doc, quotes)
