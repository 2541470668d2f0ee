"""Attribution: direct, mixed and indirect statements with their speakers."""

from __future__ import annotations

from claimgraph.attribution.learned import filter_rules, find_learned
from claimgraph.attribution.quotes import Quotes, find_quotes
from claimgraph.attribution.rules import Raw, find_statements
from claimgraph.attribution.transcript import as_quotes, headline_source, transcript_lines
from claimgraph.layout import credit_spans, within
from claimgraph.registry import stages


@stages.register("attribution")
def stage(analysis) -> None:
    doc, text = analysis.doc, analysis.text
    lines = transcript_lines(doc, text)
    quotes = Quotes(sorted(find_quotes(text) + as_quotes(lines), key=lambda q: q.start)) if lines else find_quotes(text)
    analysis.scratch["quotes"] = quotes
    prior = _line_statements(doc, lines)
    head = headline_source(doc, text)
    if head is not None and all(colon != head[2] for _l, _w, colon in lines):  # not also a transcript line
        prior += _line_statements(doc, [head])
    # the filter judges what the cue rules found; line labels are no cue words
    raws = prior + filter_rules(find_statements(doc, quotes, prior)[len(prior):], quotes)
    raws.extend(find_learned(doc, quotes, raws))
    credits = credit_spans(analysis)
    if credits:
        raws = [r for r in raws if not within(credits, r.cue.idx)]
    analysis.scratch["raw_statements"] = raws


def _line_statements(doc, lines) -> list[Raw]:
    out = []
    for (ls, le), content, colon in lines:
        label = doc.char_span(ls, le, alignment_mode="expand")
        cue = doc.char_span(colon, colon + 1, alignment_mode="expand")
        if label is None or cue is None:
            continue
        out.append(Raw(cue=cue[0], cue_span=(colon, colon + 1), content=content, stance="assert", speakers=[label]))
    return out
