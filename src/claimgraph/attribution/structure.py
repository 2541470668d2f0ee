"""Statement kinds and nesting, decided once all statements are known."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from claimgraph.attribution.lexicon import cues
from claimgraph.attribution.quotes import Quote, Quotes
from claimgraph.attribution.rules import _in_quote, _title, trim
from claimgraph.intervals import Intervals
from claimgraph.nlp import text_of
from claimgraph.schema import Statement


def quoted_share(span: tuple[int, int], quotes: list[Quote], text: str | None = None) -> tuple[float, bool]:
    """Share of the span's characters inside quotation marks, and whether any
    quote is inside; with `text`, a quoted title or label ("bags stamped
    “Government of Kenya - Not for Sale”") is no quotation of speech."""
    start, end = span
    if end <= start:
        return 0.0, False
    covered = 0
    any_inside = False
    for q in Quotes.of(quotes).overlapping(start, end):
        s, e = max(start, q.inner_start), min(end, q.inner_end)
        if e > s:
            covered += e - s
            any_inside = any_inside or text is None or not (q.inner_start >= start and _title(text, q))
    return covered / (end - start), any_inside


def kind_of(span: tuple[int, int], quotes: list[Quote], text: str | None = None, cue: int = -1) -> str:
    """`cue`: where the statement's cue starts, when known."""
    share, inside = quoted_share(span, quotes, text)
    starts_quoted = _in_quote(span[0], quotes) is not None
    ends_quoted = _in_quote(span[1] - 1, quotes) is not None
    # a quotation broken by its cue ("“A,” she said. “B.”") is still direct, however long the
    # frame with the cue ("“A,” the trust's director, Jo Doe, told a news conference. “B.”")
    if starts_quoted and ends_quoted and (share >= 0.6 or span[0] < cue < span[1]):
        return "direct"
    return "mixed" if inside else "indirect"


def quoted_parts(span: tuple[int, int], quotes: list[Quote], text: str) -> list[tuple[int, int]] | None:
    """The quotations' words inside a direct content that runs over several
    quotations ("“A,” she said. “B.”"), or None when it is one piece. A title
    in the frame between them ("she said on “Meet the Press.” “B.”") is no part."""
    start, end = span
    inside = [q for q in Quotes.of(quotes).overlapping(start, end) if min(end, q.inner_end) > max(start, q.inner_start)]
    inside = [q for k, q in enumerate(inside) if k in (0, len(inside) - 1) or not _title(text, q)]
    parts = [(max(start, q.inner_start), min(end, q.inner_end)) for q in inside]
    return parts if len(parts) > 1 else None


# Marks that set a parenthetical frame off ("The plan, she said, failed").
FRAME_MARKS = ",—–"


def frame_parts(doc: Doc, s: Statement) -> list[tuple[int, int]] | None:
    """The content on either side of a frame set inside it ("The plan, she
    said on Monday, would fail"), or None when the cue is not in such a frame."""
    text = text_of(doc)
    start, end = s.content_span
    cue_start, cue_end = s.cue_span
    if not start < cue_start < end:
        return None
    if s.speaker_span and not start <= s.speaker_span[0] < end:
        return None  # the speaker stands outside: no frame of its own inside
    left = min(cue_start, s.speaker_span[0]) if s.speaker_span and s.speaker_span[0] > start else cue_start
    before = max(text.rfind(m, start, left) for m in FRAME_MARKS)
    after = min((i for m in FRAME_MARKS if (i := text.find(m, cue_end, end)) != -1), default=-1)
    if before <= start or after == -1 or "\n" in text[before:after]:
        return None
    parts = [trim(doc, start, before), trim(doc, after + 1, end)]
    return parts if all(b > a for a, b in parts) else None


# What stands between a content or cue and the quoted label ("dismissed them as “lies”"):
# compiled once, as `re`'s own cache may have let them go for patterns made of names
_LABEL_GAP = re.compile(r"\s+(?:as\s+)?")
_SAID_GAP = re.compile(r"\s+(?:as|was|is|were|are)\s+")  # "a charge X said was “without foundation”"
_AS_GAP = re.compile(r"\s+as\s+")


def quoted_label(s: Statement, quotes: list[Quote], text: str) -> Quote | None:
    """"a charge the ministry dismissed as “a fabrication”", "called the claims
    “a fabrication”": what the claim is called, in the speaker's own quoted
    words outside the content."""
    if s.stance == "deny":
        # "called the allegations “a fabrication”", "calling them “completely false”": the label
        # closes the content it was cut from
        m = _LABEL_GAP.match(text[s.content_span[1] : s.content_span[1] + 8])
        label = Quotes.of(quotes).opening_at(s.content_span[1] + m.end()) if m is not None else None
        if label is not None:
            return label
    if s.content_span[0] <= s.cue_span[1] < s.content_span[1]:
        return None
    # "dismissed it as “a fabrication”"; "P, a charge the club's president called “a fantasy”",
    # where the content came before the cue
    gap = _LABEL_GAP if s.content_span[1] <= s.cue_span[0] else _AS_GAP
    if s.stance == "deny" and s.content_span[1] <= s.cue_span[0]:
        gap = _SAID_GAP if _SAID_GAP.match(text[s.cue_span[1] : s.cue_span[1] + 8]) else gap
    m = gap.match(text[s.cue_span[1] : s.cue_span[1] + 8])
    if m is not None and (label := Quotes.of(quotes).opening_at(s.cue_span[1] + m.end())) is not None:
        return label
    # "“categorically” denied both accusations": a quoted word or two of the speaker's own before the cue
    before = text[max(0, s.cue_span[0] - 3) : s.cue_span[0]]
    if "\n" in before:
        return None  # the paragraph before ends with a quotation: none of this cue's words
    end = s.cue_span[0] - (len(before) - len(before.rstrip()))
    closed = Quotes.of(quotes).closed_ending(end, end)
    return next((q for q in closed if len(text[q.inner_start : q.inner_end].split()) <= 3), None)


def finish_statements(statements: list[Statement], quotes: list[Quote], doc: Doc) -> list[Statement]:
    text = text_of(doc)
    for s in statements:
        s.kind = kind_of(tuple(s.content_span), quotes, text, s.cue_span[0])
        if s.kind == "indirect" and quoted_label(s, quotes, text) is not None:
            s.kind = "mixed"
        if s.kind == "direct":
            parts = quoted_parts(tuple(s.content_span), quotes, text)
            s.content_parts = [trim(doc, a, b) for a, b in parts] if parts else None
        else:
            s.content_parts = frame_parts(doc, s)
    # nesting: an inner statement's cue lies inside the outer statement's content
    contents = Intervals(statements, span=lambda s: tuple(s.content_span))
    for inner in statements:
        best = None
        for outer in contents.overlapping(*inner.cue_span):
            if outer is inner:
                continue
            os_, oe = outer.content_span
            if os_ <= inner.cue_span[0] and inner.cue_span[1] <= oe and (
                best is None or (oe - os_) < (best.content_span[1] - best.content_span[0])
            ):
                best = outer
        inner.parent = best.id if best else None
    _quoted_by_inner(statements, quotes, doc)
    return statements


SHORT_QUOTE = 4  # words: a quoted phrase, not a quoted statement


def _quoted_by_inner(statements: list[Statement], quotes: list[Quote], doc: Doc) -> None:
    """"X said a former officer had told him that an official boasted of a
    “commission”": the quotation is the inner speaker's words, so the outer
    statement reports indirectly. Only another speaker's, with a verb of
    speech ("rejected what she called “hype”" quotes her own words)."""
    by_id = {s.id: s for s in statements}
    verb_class = cues().verb_class
    children: dict[str, list[Statement]] = {}
    for s in statements:
        if s.parent and s.speaker is not None and s.speaker != by_id[s.parent].speaker:
            cue = doc.char_span(*s.cue_span, alignment_mode="expand")
            # a report in the past ("had told him"), not a present "claims" the parser took for a verb
            # (not one whose words are only a short quoted phrase: in "lawmakers had been promised
            # “consultancy fees”" the quotation is the reporter's)
            if cue is not None and len(cue) and cue[0].tag_ in {"VBD", "VBN"} and verb_class.get(cue[0].lemma_.lower()) == "speech" \
                    and not (s.kind == "direct" and len(s.content.split()) <= SHORT_QUOTE):
                children.setdefault(s.parent, []).append(s)
    index = Quotes.of(quotes)
    for s in statements:
        if s.kind != "mixed" or s.id not in children:
            continue
        start, end = s.content_span
        quoted = [q for q in index.overlapping(start, end) if min(end, q.inner_end) > max(start, q.inner_start)]
        if quoted and all(any(c.content_span[0] <= q.inner_start and q.inner_end <= c.content_span[1]
                              for c in children[s.id]) for q in quoted):
            s.kind = "indirect"
