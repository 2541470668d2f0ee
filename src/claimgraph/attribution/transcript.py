"""Transcript lines: "SMITH: We will not back down." / "Jane Doe: ...".

Interviews and debates are printed as paragraphs that open with the
speaker's name and a colon. The rest of the paragraph is that speaker's
words, verbatim, with no quotation marks. A label counts when it is a name:
an all-capitals word used as a label in two paragraphs or matching a person
named in the article, or a person entity as a whole. Section labels
("UPDATE:", "Correction:") are listed in `data/cues.toml` [transcript].
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from claimgraph.attribution.lexicon import cues
from claimgraph.attribution.quotes import Quote

# a label of one to four name-like words at the start of a paragraph
_LABEL = re.compile(r"(?m)^[\"“]?([A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){0,3}):[ \t]+(?=\S)")


def transcript_lines(doc: Doc, text: str) -> list[tuple[tuple[int, int], tuple[int, int], int]]:
    """(label span, words span, colon offset) of each transcript line."""
    hits = list(_LABEL.finditer(text))
    if not hits:
        return []
    skip = cues().section_labels
    caps = Counter(m.group(1) for m in hits if m.group(1).isupper())
    surnames = {e[-1].text.upper() for e in doc.ents if e.label_ == "PERSON"}
    out = []
    for m in hits:
        label = m.group(1)
        if label.lower() in skip or len(label) < 2:
            continue
        start, end = m.span(1)
        if label.isupper():
            if caps[label] < 2 and label.split()[-1] not in surnames:
                continue
        else:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or not span.ents or span.ents[0].label_ != "PERSON" or span.ents[0].text != label:
                continue
        para_end = text.find("\n", m.end())
        para_end = len(text) if para_end < 0 else para_end
        words_end = len(text[m.end() : para_end].rstrip())
        if len(text[m.end() : m.end() + words_end].split()) < 3:
            continue
        out.append(((start, end), (m.end(), m.end() + words_end), end))
    return out


def as_quotes(lines: list[tuple[tuple[int, int], tuple[int, int], int]]) -> list[Quote]:
    """The words of transcript lines, as verbatim quotations."""
    return [Quote(start=a, end=b, inner_start=a, inner_end=b, closed=True, para_start=True) for _l, (a, b), _c in lines]
