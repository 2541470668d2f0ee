"""Token overlap between character spans, shared by the scorers."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

_WORD = re.compile(r"\w+")

Span = tuple[int, int]


class TokenIndex:
    """Word tokens of a text, to turn character spans into sets of token indices."""

    def __init__(self, text: str) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for m in _WORD.finditer(text):
            self.starts.append(m.start())
            self.ends.append(m.end())

    def tokens(self, spans: Iterable[Span]) -> frozenset[int]:
        out: set[int] = set()
        for start, end in spans:
            # tokens whose extent overlaps [start, end)
            lo = bisect_right(self.ends, start)
            hi = bisect_left(self.starts, end)
            out.update(range(lo, hi))
        return frozenset(out)


def f1(gold: frozenset[int], pred: frozenset[int]) -> float:
    if not gold or not pred:
        return 0.0
    inter = len(gold & pred)
    return 2 * inter / (len(gold) + len(pred))


def overlaps(a: Iterable[Span], b: Iterable[Span]) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)
