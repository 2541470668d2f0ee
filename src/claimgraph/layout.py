"""Parts of an article that are not its story: credit lines, footers and datelines.

"(Reporting by Jo Doe; Editing by Ann Roe)" and "Jo Doe contributed to this
report." name the journalists; "AP is solely responsible for all content" is
about the page; "KYIV, Ukraine (AP) —" says where the story was filed. None of
them names an actor of the story or holds a statement. The phrases are in
`data/layout.toml`.
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


@cache
def _footer() -> tuple[tuple[str, ...], int]:
    data = toml("layout.toml")["footers"]
    return tuple(data["phrases"]), int(data["max_words"])


def footers(text: str) -> list[Span]:
    """Character spans of short paragraphs about the page rather than the story."""
    phrases, max_words = _footer()
    whole = text.lower()
    if not any(p in whole for p in phrases):
        return []  # most articles: one pass and done
    paras = list(_PARA.finditer(text))
    out = []
    for k, m in enumerate(paras):
        low = whole[m.start() : m.end()]
        if len(low.split()) > max_words or not any(p in low for p in phrases):
            continue
        # at the foot of the page, or opening its paragraph ("This story has been updated ...");
        # not a phrase a quoted post happens to carry in the middle of the story
        if k >= len(paras) - FOOT or low.lstrip(" [(").startswith(phrases):
            out.append(m.span())
    return out


FOOT = 3  # paragraphs at the end of a page where footers stand


@cache
def _dateline() -> tuple[re.Pattern[str], int]:
    data = toml("layout.toml")["datelines"]
    months = "|".join(sorted(data["months"], key=len, reverse=True))
    up = "A-ZÀ-ÖØ-Þ"  # capitals with accents too ("ASUNCIÓN", "SÃO PAULO")
    # the country may hold small words: "KOLWEZI, Democratic Republic of Congo", "Trinidad and Tobago"
    # (a place's first word may be short: "HO CHI MINH CITY", "LA PAZ")
    place = rf"[{up}][{up}'’.\-/]{{1,}}(?:\s+[{up}][{up}'’.\-/]+)*(?:,\s+[{up}][\w.'’]*(?:\s+(?:(?:of|and|the)\s+)?[{up}][\w.'’]*){{0,3}})?"
    date = rf"(?i:{months})\.?\s+\d{{1,2}}"
    agency = r"\((?:[A-Z][\w .&'’-]{1,40}|[a-z]{2,4})\)"  # ("(dpa)" is written small)
    dash = r"\s*(?:—|–|--|-)\s+(?=[A-Z0-9\"“‘'])"  # the story's first sentence follows
    # "MUMBAI: Shares of ..." (the colon form of Indian and Pakistani papers): a place alone
    colon = rf"(?P<colon>[{up}][{up}'’.\-/]{{2,}}(?:\s+[{up}][{up}'’.\-/]+)*):\s+(?=[A-Z0-9\"“‘'])"
    # "Bratislava (AFP) -", "Tbilisi, Georgia –": a place in title case, with an agency or a
    # country after it (checked in `_match`)
    low = "a-zß-öø-ÿ"
    title = rf"[{up}][{low}'’.\-]+(?:\s+[{up}][{low}'’.\-]+){{0,2}}"
    titled = rf"(?P<title>{title})(?:,\s+(?P<tcountry>{title}))?(?:,?\s+{date})?(?P<tagency>\s*{agency})?"
    pattern = rf"[\s\[(]*(?:(?:{place}(?:,?\s+{date})?(?:\s*{agency})?|{date}\s*{agency}|{titled}){dash}|{colon})"
    return re.compile(pattern), int(data["paragraphs"])


def _match(text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    d = _dateline()[0].match(text, start, len(text) if end is None else end)
    if d is not None and d.group("colon"):
        from claimgraph.actors.coding import city_country, country_of

        # "MORROW: Do you think ..." is a transcript's speaker, not a place
        if not (city_country(d.group("colon")) or country_of(d.group("colon"))):
            return None
    if d is not None and d.group("title") and not d.group("tagency"):
        from claimgraph.actors.coding import country_of

        # "Tbilisi, Georgia –" names its country; a title-case word and a dash alone may be anything
        if not (d.group("tcountry") and country_of(d.group("tcountry"))):
            return None
    return d


def dateline_at(para: str) -> int:
    """Where a dateline opening `para` ends (0 when none)."""
    d = _match(para)
    return d.end() if d is not None else 0


def dateline_paragraphs() -> int:
    """How many opening paragraphs may start with a dateline."""
    return _dateline()[1]


def datelines(text: str, skip_title: bool = True) -> list[Span]:
    """Character spans of the datelines opening the first paragraphs (the
    title line is skipped when `skip_title`)."""
    paragraphs = _dateline()[1]
    out = []
    paras = list(_PARA.finditer(text))[1 if skip_title else 0 :]
    for m in paras[:paragraphs]:
        d = _match(text, m.start(), m.end())
        if d is not None:
            out.append((m.start(), d.end()))
    return out


def _byline(para: str) -> bool:
    # "By Jo Doe | Pacific Wire | Wellington": marks between the parts are no words
    words = [w for w in re.sub(rf"^{_OPEN}by\s+", "", para, flags=re.IGNORECASE).split() if any(c.isalnum() for c in w)]
    return 1 < len(words) <= 8 and all(w[:1].isupper() or w.lower() in {"and", "of", "in", "for", "the"} for w in words)


def within(spans: list[Span], start: int, end: int | None = None) -> bool:
    """[start, end) lies inside one of the sorted, disjoint `spans`."""
    end = start + 1 if end is None else end
    i = bisect_right(spans, (start, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]


def story_paragraphs(text: str, skipped: list[Span], count: int) -> list[Span]:
    """The first `count` paragraphs after the title line that are story text:
    no credit line (`skipped`), no dateline standing alone."""
    first = _PARA.search(text)
    out: list[Span] = []
    for m in _PARA.finditer(text, first.end()) if first is not None else ():
        if within(skipped, m.start(), m.end()) or not text[m.start() + dateline_at(m.group(0)) : m.end()].strip():
            continue
        out.append(m.span())
        if len(out) == count:
            break
    return out


def title_end(text: str) -> int:
    """Where the first line, the title, ends (the whole text when it is one line)."""
    nl = text.find("\n")
    return nl if nl >= 0 else len(text)


def headline_and_lede(analysis) -> tuple[Span, Span] | None:
    """(title line, first story paragraph) when the text opens with its title."""
    title = analysis.meta.title
    first = _PARA.search(analysis.text)
    if title is None or first is None or first.group(0).strip() != title.strip():
        return None
    lede = story_paragraphs(analysis.text, not_story(analysis)[0], 1)
    return (first.span(), lede[0]) if lede else None


def not_story(analysis) -> tuple[list[Span], list[Span]]:
    """(credit lines and footers, datelines) of the analysis, found once and
    shared by the stages."""
    got = analysis.scratch.get("layout")
    if got is None:
        text = analysis.text
        # the first line is the title only when the text holds it (extract(text) without title=)
        title = analysis.meta.title
        skip_title = title is not None and text.partition("\n")[0].strip() == title.strip()
        got = analysis.scratch["layout"] = (sorted(credit_lines(text) + footers(text)), datelines(text, skip_title))
    return got
