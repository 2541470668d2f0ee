"""Parts of an article that are not its story: credit lines.

"(Reporting by Jo Doe; Editing by Ann Roe)" and "Jo Doe contributed to this
report." name the journalists. Their names are not actors of the story, and
the lines hold no statement. The phrases are in `data/layout.toml`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from claimgraph.data import toml

Span = tuple[int, int]

_PARA = re.compile(r"[^\n]+")
_OPEN = "[\\s\\[(“\"—–-]*"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], int]:
    data = toml("layout.toml")["credit_lines"]

    def alternation(words: list[str]) -> str:
        return "|".join(re.escape(w).replace("\\ ", "\\s+") for w in sorted(words, key=len, reverse=True))

    opener = re.compile(rf"^{_OPEN}(?:{alternation(data['openers'])})\s+[A-Z]", re.IGNORECASE)
    # the closer may be followed by a place ("from Accra") and the paragraph's own punctuation
    closer = re.compile(rf"\b(?:{alternation(data['closers'])})\b(?:\s+(?:from|in)\s+[^\n]{{1,40}})?[\s.\]);]*$",
                        re.IGNORECASE)
    return opener, closer, int(data["max_words"])


def credit_lines(text: str) -> list[Span]:
    """Character spans of the credit-line paragraphs of `text`, in order."""
    opener, closer, max_words = _patterns()
    out = []
    for m in _PARA.finditer(text):
        para = m.group(0)
        if len(para) > 12 * max_words or len(para.split()) > max_words:
            continue
        # "By Jo Doe" must be a name alone, not "By Monday the talks had failed"
        if opener.match(para) and (not re.match(rf"{_OPEN}by\s", para, re.IGNORECASE) or _byline(para)) or closer.search(para):
            out.append(m.span())
    return out


def _byline(para: str) -> bool:
    words = re.sub(rf"^{_OPEN}by\s+", "", para, flags=re.IGNORECASE).split()
    return 1 < len(words) <= 8 and all(w[:1].isupper() or w.lower() in {"and", "of", "in", "for", "the"} for w in words)


def within(spans: list[Span], start: int, end: int | None = None) -> bool:
    """[start, end) lies inside one of the sorted, disjoint `spans`."""
    end = start + 1 if end is None else end
    i = bisect_right(spans, (start, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]


def credit_spans(analysis) -> list[Span]:
    """The analysis's credit lines, found once and shared by the stages."""
    spans = analysis.scratch.get("credit_lines")
    if spans is None:
        spans = analysis.scratch["credit_lines"] = credit_lines(analysis.text)
    return spans
