"""Attribution: direct, mixed and indirect statements with their speakers."""

from __future__ import annotations

from claimgraph.attribution.learned import filter_rules, find_learned
from claimgraph.attribution.lexicon import cues
from claimgraph.attribution.quotes import Quotes, close_runaways, find_quotes
from claimgraph.attribution.rules import (
    Raw,
    find_statements,
    headline_accusation,
    headline_rejection,
    noun_phrase,
    past_anonymity,
    says_nothing,
)
from claimgraph.attribution.transcript import (
    as_quotes,
    block_quotes,
    headline_source,
    transcript_lines,
)
from claimgraph.layout import not_story, within
from claimgraph.nlp import title_case
from claimgraph.registry import stages


@stages.register("attribution")
def stage(analysis) -> None:
    doc, text = analysis.doc, analysis.text
    lines = transcript_lines(doc, text)
    quotes = close_runaways(doc, text, find_quotes(text), cues().verb_class)
    extra = as_quotes(lines) + block_quotes(doc, text, quotes)
    if extra:
        quotes = Quotes(sorted(list(quotes) + extra, key=lambda q: q.start))
    analysis.scratch["quotes"] = quotes
    prior = _line_statements(doc, lines)
    head = headline_source(doc, text)
    if head is not None and all(colon != head[2] for _l, _w, colon in lines):  # not also a transcript line
        prior += _line_statements(doc, [head])
    # the filter judges what the cue rules found; line labels are no cue words
    found = find_statements(doc, quotes, prior)[len(prior):]
    # a wire headline names its story's sources in few words ("operator blames port
    # for delay"): the filter, fitted on body sentences, does not judge its reporting
    # verbs. A Title Case headline the parser misreads is judged as any sentence.
    nl = text.find("\n")
    title = doc.char_span(0, nl, alignment_mode="contract") if nl > 0 and analysis.meta.title is not None else None
    title_end = title.end_char if title is not None and len(title) and not title_case(title) else -1
    verbs = cues().verb_class
    if title_end > 0:
        found = headline_rejection(doc, title_end, found)
    head = [r for r in found if r.cue.idx < title_end and r.cue.lemma_.lower() in verbs]
    raws = prior + head + filter_rules([r for r in found if r not in head], quotes)
    raws.extend(find_learned(doc, quotes, raws))
    if title_end > 0:
        raws.extend(headline_accusation(doc, title_end, raws))
    raws = [past_anonymity(doc, r) or r for r in raws]
    for r in raws:
        r.silent = says_nothing(doc, r)
    skipped, datelines = not_story(analysis)
    if skipped:
        raws = [r for r in raws if not within(skipped, r.cue.idx)]
    for r in raws if datelines else ():
        # "KYIV, Ukraine (AP) — The minister resigned, officials said": the claim starts after the dateline
        start, end = r.content
        r.content = next(((b, end) for a, b in datelines if a <= start < b < end), r.content)
        r.speakers = [sp for sp in (_past(sp, datelines) for sp in r.speakers) if sp is not None]
    analysis.scratch["raw_statements"] = raws


def _past(span, datelines):
    """The speaker's words after a dateline the parser made part of them; for
    a speaker that is the dateline ("WASHINGTON (AP) — Jo Doe called ..."),
    the noun phrase that opens the story (None when there is none)."""
    hit = next(((a, b) for a, b in datelines if a <= span.start_char < b), None)
    if hit is None:
        return span
    cut = hit[1]
    if cut < span.end_char:
        first = next(t.i for t in span if t.idx >= cut)
        return span.doc[first : span.end]
    doc = span.doc
    tok = next((t for t in doc[span.end :] if t.idx >= cut), None)
    while tok is not None and tok.dep_ in {"compound", "det", "amod", "nummod", "poss"} and tok.head.i > tok.i:
        tok = tok.head
    if tok is None or tok.pos_ not in {"NOUN", "PROPN", "PRON"} or tok.sent != span.sent:
        return None
    return noun_phrase(tok)


def _line_statements(doc, lines) -> list[Raw]:
    out = []
    for (ls, le), content, colon in lines:
        label = doc.char_span(ls, le, alignment_mode="expand")
        cue = doc.char_span(colon, colon + 1, alignment_mode="expand")
        if label is None or cue is None:
            continue
        out.append(Raw(cue=cue[0], cue_span=(colon, colon + 1), content=content, stance="assert", speakers=[label]))
    return out
