"""Quotation spans found on the characters, not the parse.

Handles curly, straight and guillemet marks, quotes nested in quotes of
another kind, and the news convention where a quote that goes on into the
next paragraph has no closing mark at the end of the first one. Unbalanced
marks never raise: an unclosed quote ends at its paragraph end.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property

from claimgraph.intervals import Intervals

# opening mark -> the closing marks that end it
_PAIRS = {"“": "”\"", "«": "»", "„": "“”", '"': '"”'}
_CLOSERS = {"”", "»"}
_MARKS = re.compile("[" + "".join(sorted(set(_PAIRS) | _CLOSERS)) + "]")


@dataclass(frozen=True)
class Quote:
    start: int  # the opening mark
    end: int  # one past the closing mark (or the paragraph end when unclosed)
    inner_start: int
    inner_end: int
    closed: bool
    para_start: bool  # the opening mark begins its paragraph
    runaway: bool = False  # unclosed, and another quotation opens later in its paragraph

    @property
    def inner(self) -> tuple[int, int]:
        return (self.inner_start, self.inner_end)


class Quotes(list):
    """The quotations of one text, with lookups that do not scan them all."""

    @staticmethod
    def of(quotes: list[Quote]) -> Quotes:
        """`quotes` itself when it is already indexed, else an indexed copy."""
        return quotes if isinstance(quotes, Quotes) else Quotes(quotes)

    @cached_property
    def _index(self) -> Intervals[Quote]:
        return Intervals(self, span=lambda q: q.inner)

    def holding(self, char: int) -> Quote | None:
        """The first quotation whose words hold `char`."""
        return self._index.containing(char)

    def overlapping(self, start: int, end: int) -> list[Quote]:
        """Quotations whose words share a character with [start, end)."""
        return self._index.overlapping(start, end)

    @cached_property
    def _marks(self) -> Intervals[Quote]:
        return Intervals(self, span=lambda q: (q.start, q.end))

    @cached_property
    def _openings(self) -> dict[int, Quote]:
        return {q.start: q for q in self}

    def opening_at(self, char: int) -> Quote | None:
        """The quotation whose opening mark is at `char`."""
        return self._openings.get(char)

    @cached_property
    def _opening_marks(self) -> list[int]:
        return sorted(q.start for q in self)

    def opens_in(self, start: int, end: int) -> bool:
        """Does a quotation open (its first mark) in [start, end)?"""
        marks = self._opening_marks
        i = bisect_left(marks, start)
        return i < len(marks) and marks[i] < end

    @cached_property
    def _closed_ends(self) -> dict[int, list[int]]:
        """Places in the list of the closed quotations, by the end of their marks."""
        ends: dict[int, list[int]] = {}
        for k, q in enumerate(self):
            if q.closed:
                ends.setdefault(q.end, []).append(k)
        return ends

    def any_closed(self) -> bool:
        """Is any quotation closed? (None is in most articles without quotations.)"""
        return bool(self._closed_ends)

    def closed_ending(self, first: int, last: int) -> list[Quote]:
        """Closed quotations whose marks end at a character in [first, last], in list order."""
        ends = self._closed_ends
        places = [k for end in range(first, last + 1) for k in ends.get(end, ())]
        return [self[k] for k in sorted(places)]

    def marked(self, start: int, end: int) -> list[Quote]:
        """Quotations whose marks or words share a character with [start, end)."""
        return self._marks.overlapping(start, end)


def _paragraphs(text: str):
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


def _is_opening_straight(line: str, i: int) -> bool:
    prev = line[i - 1] if i > 0 else " "
    nxt = line[i + 1] if i + 1 < len(line) else " "
    if prev.isspace() or prev in "([{—–-:,":
        return True
    return not nxt.isalnum() and prev.isalnum() is False


def _plainly_opens(line: str, i: int) -> bool:
    """A straight mark with a space before it and a letter after it, with a
    whole sentence since the quotation open before it ('... call, she told
    reporters. The minister said "will'): no closer of that quotation."""
    if not (0 < i < len(line) - 1 and line[i - 1] == " " and line[i + 1].isalpha()):
        return False
    start = line.rfind('"', 0, i)
    return ". " in line[start:i]


def _looks_closing(line: str, i: int) -> bool:
    prev = line[i - 1] if i > 0 else " "
    nxt = line[i + 1] if i + 1 < len(line) else " "
    return prev in ".,?!—-" and (nxt.isspace() or nxt in ".,;:)")


# Headlines quote with single marks ("Kyiv protests 'sabotage'"): a mark with
# no letter or apostrophe before it, words, and a mark with no letter after it
# (not "Norway's", nor "farmers' union").
_HEADLINE_QUOTE = re.compile(r"(?<![\w'’‘])['‘](?=[^\W\d_])[^'‘’\n]+?[^\s'‘’]['’](?![\w'’])")


def _headline_quotes(line: str) -> list[Quote]:
    """Single-marked quotations of a first line that reads as a headline (no
    full stop at its end); body text keeps only double marks, as apostrophes abound."""
    if not line or line.rstrip().endswith(".") or ("'" not in line and "‘" not in line):
        return []
    return [_make(line, 0, m.start(), m.end(), closed=True) for m in _HEADLINE_QUOTE.finditer(line)]


def find_quotes(text: str) -> Quotes:
    quotes: list[Quote] = []
    for offset, raw_line in _paragraphs(text):
        if offset == 0 and not _MARKS.search(raw_line):
            quotes.extend(_headline_quotes(raw_line))
        # Two apostrophes stand for a double mark in some archives (''like this'');
        # same length, so offsets hold.
        line = raw_line.replace("\'\'", '"\x01') if "\'\'" in raw_line else raw_line
        stack: list[tuple[str, int]] = []
        for mark in _MARKS.finditer(line):  # the marks alone: a loop over every character is slow
            i, ch = mark.start(), mark.group()
            if stack:
                opener = stack[-1][0]
                if ch == '"' == opener and len(stack) == 1 and _plainly_opens(line, i):
                    # '"A, she said. The minister said B "will ..."': the first mark lost its
                    # closer, and this one opens the next quotation
                    quotes.append(_make(line, offset, stack.pop()[1], i, closed=False, runaway=True))
                    stack.append((ch, i))
                    continue
                if ch in _PAIRS[opener] and not (ch == '"' and opener != '"' and _is_opening_straight(line, i)):
                    _, start = stack.pop()
                    if not stack:
                        quotes.append(_make(line, offset, start, i + 1, closed=True))
                    continue
                if ch == "“" and opener == "“" and _looks_closing(line, i):
                    # a typo'd closer: “...?“ he asked
                    _, start = stack.pop()
                    if not stack:
                        quotes.append(_make(line, offset, start, i + 1, closed=True))
                    continue
                if ch in _CLOSERS:
                    # a closer of another kind: close the innermost opener it fits, else ignore
                    for depth in range(len(stack) - 1, -1, -1):
                        if ch in _PAIRS[stack[depth][0]]:
                            del stack[depth + 1 :]
                            _, start = stack.pop()
                            if not stack:
                                quotes.append(_make(line, offset, start, i + 1, closed=True))
                            break
                    continue
                stack.append((ch, i))
            elif ch in _PAIRS and (ch != '"' or _is_opening_straight(line, i) or i == 0):
                stack.append((ch, i))
            elif ch == '"':
                stack.append((ch, i))  # a straight mark after a word still opens when nothing is open
            elif ch == "”" and not line[:i].strip():
                stack.append(("“", i))  # a closing mark typed at the start of a paragraph opens it
        if stack:
            start = stack[0][1]
            end = len(line.rstrip())
            if end > start + 1:
                quotes.append(_make(line, offset, start, end, closed=False))
    return Quotes(quotes)


def _make(line: str, offset: int, start: int, end: int, closed: bool, runaway: bool = False) -> Quote:
    inner_s, inner_e = start + 1, end - 1 if closed else end
    while inner_s < inner_e and (line[inner_s].isspace() or line[inner_s] == "\x01"):
        inner_s += 1
    while inner_e > inner_s and (line[inner_e - 1].isspace() or line[inner_e - 1] in "\x01'"):
        inner_e -= 1
    return Quote(
        start=offset + start,
        end=offset + end,
        inner_start=offset + inner_s,
        inner_end=offset + inner_e,
        closed=closed,
        para_start=not line[:start].strip(),
        runaway=runaway,
    )


def close_runaways(doc, text: str, quotes: Quotes, speech: dict[str, str]) -> Quotes:
    """An unclosed quotation that the next paragraph does not carry on (it
    opens with no mark), or that another quotation follows in its paragraph,
    lost its closing mark: when its words hold the frame
    of a quote (", the agency's director, Lukas Hronek, told reporters"), it
    ends at the comma before that frame. `speech`: lemma -> verb class."""
    out, changed = [], False
    for q in quotes:
        cut = None if q.closed or not q.runaway and _next_paragraph_opens(text, q.end) else _frame_comma(doc, q, speech)
        if cut is None:
            out.append(q)
            continue
        inner_e = cut
        while inner_e > q.inner_start and text[inner_e - 1].isspace():
            inner_e -= 1
        out.append(Quote(q.start, cut + 1, q.inner_start, inner_e, True, q.para_start))
        changed = True
    return Quotes(out) if changed else quotes


def _next_paragraph_opens(text: str, at: int) -> bool:
    """Does the paragraph after `at` open with a quotation mark (the quote goes on)?"""
    i = text.find("\n", at)
    while 0 <= i < len(text) and text[i].isspace():
        i += 1
    return 0 <= i < len(text) and text[i] in _PAIRS


def _frame_comma(doc, q: Quote, speech: dict[str, str]) -> int | None:
    """The comma before ", the agency's director, Lukas Hronek, told": a speech
    verb in the past or present right after a noun phrase set off by a comma,
    or after a description and a name each set off so."""
    span = doc.char_span(q.inner_start, q.inner_end, alignment_mode="contract")
    if span is None:
        return None
    for verb in span:
        if verb.tag_ not in {"VBD", "VBZ"} or speech.get(verb.lemma_.lower()) != "speech" or verb.i - span.start < 4:
            continue
        cut = _segment_start(doc, verb.i - 1 - (doc[verb.i - 1].text == ","), span.start)
        if cut is None:
            continue
        if all(t.pos_ == "PROPN" for t in doc[cut + 1 : verb.i] if t.text != ","):
            # "..., the agency's director, Lukas Hronek, told": the description before the name
            cut = _segment_start(doc, cut - 1, span.start) or cut
        return doc[cut].idx
    return None


def _segment_start(doc, last: int, floor: int, most: int = 6) -> int | None:
    """The comma that opens the noun phrase ending at token `last`: at most
    `most` words, no verb among them."""
    i = last
    while i > floor and last - i < most:
        t = doc[i]
        if t.text == ",":
            return i if i < last else None
        if t.pos_ in {"VERB", "AUX"} or t.is_punct and t.text not in {"'", "’", "-", "."}:
            return None
        i -= 1
    return None
