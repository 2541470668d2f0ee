"""Character intervals with overlap lookups that do not scan every interval.

Statements, contents and quotations are character spans; asking which of them
overlap a span is a linear scan per question, which turns quadratic on huge
articles with thousands of quotations. Sorted starts and the longest length
bound the candidates to those starting near the span.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T")


class Intervals(Generic[T]):
    """Items with a (start, end) span; answers keep the items' insertion order."""

    def __init__(self, items: Iterable[T] = (), span: Callable[[T], tuple[int, int]] = lambda x: x) -> None:
        self._span = span
        self._entries: list[tuple[int, int, T]] = []  # (start, insertion rank, item)
        self._starts: list[int] = []
        # the items at hand sorted at once, as `add` would place them one by one
        entries, longest = self._entries, 0
        for item in items:
            start, end = span(item)
            entries.append((start, len(entries), item))
            if end - start > longest:
                longest = end - start
        entries.sort()  # (start, insertion rank) is unique: items are never compared
        self._starts = [start for start, _rank, _item in entries]
        self._longest = longest
        self._count = len(entries)

    def __len__(self) -> int:
        return self._count

    def add(self, item: T) -> None:
        start, end = self._span(item)
        entry = (start, self._count, item)
        self._count += 1
        self._longest = max(self._longest, end - start)
        i = bisect_right(self._starts, start)
        self._starts.insert(i, start)
        self._entries.insert(i, entry)

    def overlapping(self, start: int, end: int) -> list[T]:
        """Items whose span shares a character with [start, end), in insertion order."""
        lo = bisect_left(self._starts, start - self._longest)
        hi = bisect_left(self._starts, max(end, start + 1))
        if lo == hi:
            return []  # the usual answer: asked often, it must be cheap
        span = self._span
        hits = [(rank, item) for _s, rank, item in self._entries[lo:hi] if span(item)[1] > start]
        if len(hits) > 1:
            hits.sort()  # ranks are unique: the items themselves are never compared
        return [item for _rank, item in hits]

    def starting_before(self, char: int) -> Iterator[T]:
        """Items that start before `char`, latest start first; items with the
        same start in insertion order."""
        hi = bisect_left(self._starts, char)
        while hi > 0:
            lo = bisect_left(self._starts, self._starts[hi - 1], 0, hi)
            for _s, _rank, item in self._entries[lo:hi]:
                yield item
            hi = lo

    def containing(self, char: int) -> T | None:
        """The first item (in insertion order) whose span holds `char`."""
        lo = bisect_left(self._starts, char - self._longest)
        hi = bisect_right(self._starts, char)
        best = None
        if lo == hi:
            return best
        span = self._span
        for _s, rank, item in self._entries[lo:hi]:
            if span(item)[1] > char and (best is None or rank < best[0]):
                best = (rank, item)
        return best[1] if best else None

