"""Transcript lines: "SMITH: We will not back down." / "Jane Doe: ...".

Interviews and debates are printed as paragraphs that open with the
speaker's name and a colon. The rest of the paragraph is that speaker's
words, verbatim, with no quotation marks. A label counts when it is a name:
an all-capitals name whose last word labels two paragraphs or matches a person
named in the article, or a person entity as a whole. Section labels
("UPDATE:", "Correction:") are listed in `data/cues.toml` [transcript].
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from claimgraph.attribution.lexicon import cues
from claimgraph.attribution.quotes import Quote, Quotes
from claimgraph.nlp import entities_in, kids

# a label of one to four name-like words at the start of a paragraph
_LABEL = re.compile(r"(?m)^[\"“]?([A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){0,3}):[ \t]+(?=\S)")


def transcript_lines(doc: Doc, text: str) -> list[tuple[tuple[int, int], tuple[int, int], int]]:
    """(label span, words span, colon offset) of each transcript line."""
    hits = list(_LABEL.finditer(text))
    if not hits:
        return []
    skip = cues().section_labels
    # by surname: "KATE SMITH:" opens the first line and "SMITH:" the next ones
    caps = Counter(m.group(1).split()[-1] for m in hits if m.group(1).isupper())
    surnames = {e[-1].text.upper() for e in doc.ents if e.label_ == "PERSON"}
    out = []
    for m in hits:
        label = m.group(1)
        if label.lower() in skip or len(label) < 2:
            continue
        start, end = m.span(1)
        if label.isupper():
            if caps[label.split()[-1]] < 2 and label.split()[-1] not in surnames:
                continue
        elif label.upper() not in surnames or " " in label:  # "Matthews:" after "Chris Matthews" is named
            span = doc.char_span(start, end, alignment_mode="expand")
            ent = next(entities_in(span), None) if span is not None else None
            if ent is None or ent.label_ != "PERSON" or ent.text != label:
                continue
        para_end = text.find("\n", m.end())
        para_end = len(text) if para_end < 0 else para_end
        words_end = len(text[m.end() : para_end].rstrip())
        if len(text[m.end() : m.end() + words_end].split()) < 3:
            continue
        out.append(((start, end), (m.end(), m.end() + words_end), end))
    return out


# "Poll: Voters shift ...", "Sanders: Clinton needs to ...": a headline that
# opens with its source and a colon
_HEADLINE = re.compile(r"^([^:\n]{2,40}):[ \t]+(\S[^\n]*?)[.\s]*$")


def headline_source(doc: Doc, text: str) -> tuple[tuple[int, int], tuple[int, int], int] | None:
    """(label span, claim span, colon offset) when the title line is "Source: claim"."""
    line_end = text.find("\n")
    if line_end < 0:
        return None
    m = _HEADLINE.match(text[:line_end])
    if m is None:
        return None
    label = m.group(1).strip()
    if label.lower() in cues().section_labels:
        return None
    span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
    if span is None or len(span) > 4:
        return None
    # "Poll: ...", "Gazette editorial: ..."; not "Bottom line: ..." (a section label)
    nouns = cues().source_nouns
    is_source_noun = (span[-1].lower_ in nouns or span[-1].lemma_.lower() in nouns) and (
        len(span) == 1 or all(t.text[:1].isupper() for t in span[:-1]))
    # a name: tagged as one, or the surname of a person or body the article names later
    later = {e[-1].text for e in doc.ents if e.label_ in {"PERSON", "ORG"} and e.start >= span.end}
    is_name = all(t.text[:1].isupper() for t in span) and (
        all(t.pos_ == "PROPN" for t in span) and any(t.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} for t in span)
        or span[-1].text in later)
    if not (is_source_noun or is_name):
        return None
    if len(m.group(2).split()) < 3:
        return None
    return (m.start(1), m.end(1)), (m.start(2), m.end(2)), m.end(1)


# a paragraph that ends "<source> <verb> [a few words]:" and the paragraph after it
_LEAD_IN = re.compile(r"(?m)^([^\n]*\S):[ \t]*\n(?:[ \t]*\n)*[ \t]*(?=\S)")
_LINE_ENDS_COLON = re.compile(r":[ \t]*\n")  # what every match of _LEAD_IN holds
MAX_LEAD_TAIL = 6  # words between the verb and the colon: "told reporters on Monday:"


def block_quotes(doc: Doc, text: str, taken: list[Quote]) -> list[Quote]:
    """Paragraphs quoted as a block after "Limbaugh added:" or "The Post
    reported:": on the web the block's marks are its layout, which text
    extraction drops, so the paragraph is the speaker's words verbatim.
    Paragraphs that open with a quotation mark, or that a quotation already
    covers, are left to the quotation rules."""
    out = []
    if _LINE_ENDS_COLON.search(text) is None:
        return out  # most texts have no lead-in: a plain search says so faster than the full pattern
    classes = cues().verb_class
    taken = Quotes.of(taken)
    for m in _LEAD_IN.finditer(text):
        start = m.end()
        if text[start] in "\"“‘'«" or taken.marked(start, start + 1):
            continue
        colon = m.end(1)
        last = doc.char_span(colon - 1, colon, alignment_mode="expand")  # the word before the colon
        if last is None:
            continue
        last = last[-1]
        verbs = [t for t in doc[last.sent.start : last.i + 1] if classes.get(t.lemma_.lower()) in {"speech", "evidence"}
                 and any(c.dep_ in {"nsubj", "nsubjpass"} for c in kids(t))]
        if not verbs:
            continue
        tail = doc[verbs[-1].i + 1 : last.i + 1]
        if sum(not t.is_punct for t in tail) > MAX_LEAD_TAIL or any(t.pos_ in {"VERB", "AUX"} for t in tail):
            continue  # the verb has its own content ("said the plan has three parts:")
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        while end > start and text[end - 1].isspace():
            end -= 1
        if len(text[start:end].split()) >= 3:
            out.append(Quote(start=start, end=end, inner_start=start, inner_end=end, closed=True, para_start=True))
    return out


def as_quotes(lines: list[tuple[tuple[int, int], tuple[int, int], int]]) -> list[Quote]:
    """The words of transcript lines, as verbatim quotations."""
    return [Quote(start=a, end=b, inner_start=a, inner_end=b, closed=True, para_start=True) for _l, (a, b), _c in lines]
