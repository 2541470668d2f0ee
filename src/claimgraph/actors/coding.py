"""Actor coding: country, sector, type, CAMEO actor code and role of one actor.

Conventions
-----------
* ``country`` is an ISO 3166-1 alpha-3 code ("IRN", "USA"), or a CAMEO region
  code when the text names a region rather than a state: ``WST`` (the West,
  "Western"), ``EUR`` (Europe, "European"), ``AFR``, ``MEA`` (Middle East),
  ``ASA``, ``LAM``, ``ARB`` (Arab world), ``PGS`` (Persian Gulf) and others
  listed in ``data/countries.toml``.
* ``sector`` is a CAMEO role code: GOV, MIL, SPY, COP, JUD, LEG, PTY, OPP, REB,
  UAF, MED, BUS, EDU, HLH, REL, NGO, IGO, CVL, REF. CAMEO codes defence ministers
  and defence ministries as MIL, and so do we.
* ``code`` is the CAMEO actor code: country followed by sector ("IRNGOV",
  "USAMIL", "WSTGOV"); the country alone for a state ("RUS") and the sector
  alone when no country is known ("MED" for a wire agency). International and
  non-governmental organisations carry CAMEO's own codes, which are not
  prefixed by a country: "IGOUNO" (United Nations), "IGOWSTNAT" (NATO),
  "IGOEUREEC" (European Union), "IGOUNOIAE" (IAEA), "NGOHRIAMN" (Amnesty); an
  unlisted IGO is plain "IGO". Their ``country`` is None.
* Political parties are coded country + PTY ("Republicans" -> USAPTY), unless a
  title is more specific ("a Republican senator" -> USALEG).
* A country word inside a longer proper name is not that country: "Arab-American
  voters", "Mexican-American activists" are USA (a people word before
  "American(s)"); "West"/"Western" before a capitalised name ("West Sussex",
  "Western Journal") is not the region WST; "Georgia" with US-only words
  ("Georgia Republicans") is the US state ([us_state_names] in countries.toml).
* "Brussels" as an actor is coded as the EU (IGOEUREEC): in the news the city
  stands for the EU institutions far more often than for Belgium.
* ``type`` is "person" (a title heads the description or spaCy says PERSON),
  "group" (plural people, "rebels", "Western countries"), "state" (a country or
  its capital used as a metonym) or "organization".
* ``role`` is the title phrase of a person, lower-cased, without articles and
  without the country words coded in ``country``: "U.S. National Security
  Advisor X" -> "national security advisor"; a complement that names an
  institution stays: "spokesman for the Iranian Foreign Ministry". Relational
  words ("his counterpart") give no role: the caller may copy the other side's.

How a description is read: it is split into tokens and matched, longest phrase
first, against four lexicons (countries from pycountry plus
``countries.toml``; institution words and named institutions from
``institutions.toml``; titles from ``titles.toml``). The head is the last title
or institution before a preposition; the country is the country word before the
head ("the Iranian Foreign Ministry"), else a named institution's ("Pentagon"),
else one in an "of/for/at/in" complement ("spokesperson for the Kremlin"). The
sector is, in order: an IGO named as the head or in the complement; a strong
title ("defence minister"); the institutions (head first, then nearest); weak
institution words ("Group", "authorities"); weak titles ("spokesman",
"official"). All lexicons are compiled once; results are cached.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from importlib import resources

import pycountry

COUNTRY_KINDS = frozenset({"country", "demonym", "capital", "region", "people"})
# A people of one region ("Tibetan", "Chechen") gives its country to rebels or
# civilians, but the people's own leader or government is not that state's.
STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})
INSTITUTION_KINDS = frozenset({"sector", "named"})
HEAD_KINDS = frozenset({"title", "sector", "named"})

# Words skipped at the start of a role ("the", "his counterpart").
# fmt: off
DETERMINERS = frozenset({
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that",
    "these", "those", "some", "several", "many", "other", "another", "both", "all", "any",
})
# fmt: on
# Words that hedge a number before a group ("about 2,000", "at least 300").
APPROXIMATORS = frozenset({
    "about", "around", "nearly", "almost", "roughly", "approximately", "over", "more", "than",
    "at", "least", "up", "to", "fewer", "less", "just", "only", "estimated", "an",
})
# A complement after these prepositions tells who the actor belongs to.
BELONGS_PREPS = frozenset({"of", "for", "at", "from", "in", "with"})
# After these it names someone else ("ambassador to Russia"): kept in the role only.
OTHER_PREPS = frozenset(
    {"to", "on", "about", "against", "toward", "towards", "over", "into", "between", "by"}
)
PREPS = BELONGS_PREPS | OTHER_PREPS
# A relative clause ends the description proper.
CLAUSE_WORDS = frozenset({"who", "which", "whose", "whom", "said", "says"})
PUNCT = frozenset(",;:()[]")
MAX_NGRAM = 8

NER_TYPES = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "state",
    "NORP": "group",
    "LOC": "state",
    "FAC": "organization",
}

# A number with thousands separators ("800,000") is one word: its comma
# does not end the phrase ("some 800,000 Iraqi Kurds"). A possessive "'s"
# written apart from its word ("Acme 's director", as a tokenizer joins
# words) is a token of its own, folded into the word before it by _tokens.
_TOKEN_RE = re.compile(r"(?:[^\W\d_]\.){2,}|\d{1,3}(?:,\d{3})+\b|(?<!\w)'[sS]\b|\w+(?:'\w+)*|[,;:()\[\]]")
# The key of a possessive "'s" whose owner was cut off ("'s Foreign Ministry
# spokesman" from "Iran's Foreign Ministry spokesman"): an owner, unknown.
_OWNER = "'s"


@dataclass(frozen=True)
class Coding:
    country: str | None
    sector: str | None
    type: str
    code: str | None
    role: str | None


@dataclass(frozen=True)
class _Entry:
    kind: str  # country | demonym | capital | region | sector | named | title
    country: str | None = None
    sector: str | None = None
    type: str | None = None
    code: str | None = None
    strong: bool = False
    weak: bool = False
    role: bool = True
    plural: bool = False
    surface: tuple[str, ...] | None = None  # exact spelling required (acronyms)
    poss: tuple[int, ...] = ()  # words inside the phrase written with "'s" ("president's office")
    alone: bool = False  # not this name inside a longer capitalised name (see _inside_longer_name)
    capitalised: bool = False  # a word that ends names only ("Sahel Crest Construction", not "the construction of")
    shared: bool = False  # a body many states have ("Congress"): its country only where the story gives none


@dataclass(frozen=True)
class _Tok:
    text: str
    key: str
    start: int
    end: int
    poss: bool


@dataclass(frozen=True)
class _Match:
    i: int
    j: int
    entry: _Entry

    @property
    def kind(self) -> str:
        return self.entry.kind


# --------------------------------------------------------------------------- text


def _fold(text: str) -> str:
    """Lower-case, accent-free form used as the lookup key."""
    if text.isascii():
        return text.lower()  # no curly quote or accent to fold
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


# "pro-Iranian", "anti-Syria", "Iranian-backed": the country named is someone
# else's ally or foe, not the actor's own. Such words get a key that matches
# no lexicon entry.
_NOT_OWN_BEFORE = re.compile(r"(?:pro|anti)-$", re.IGNORECASE)
_NOT_OWN_AFTER = re.compile(r"^-(?:backed|funded|sponsored|supported|allied|aligned|friendly|armed)\b", re.IGNORECASE)


def _tokens(text: str) -> list[_Tok]:
    norm = text.replace("\u2019", "'").replace("\u2018", "'")
    hyphen = "-" in norm
    out: list[_Tok] = []
    for m in _TOKEN_RE.finditer(norm):
        key = _fold(m.group())
        if key == _OWNER:
            if out and out[-1].text not in PUNCT:
                # "Acme 's director": the word before is the owner, as in "Acme's"
                out[-1] = replace(out[-1], end=m.end(), poss=True)
            else:  # the owner was cut off: keep a stand-in for it
                out.append(_Tok(m.group(), _OWNER, m.start(), m.end(), True))
            continue
        poss = key.endswith("'s") and len(key) > 2
        if poss:
            key = key[:-2]
        elif key.endswith("s") and norm[m.end() : m.end() + 1] == "'" and not norm[m.end() + 1 : m.end() + 2].isalnum():
            poss = True  # plural possessive: "Acme Films' director", "the ministers' aides"
        if key == "mine" and out and out[-1].key == "of" and _TOKEN_RE.search(norm, m.end()) is None:
            key = "~mine"  # "a friend of mine": the pronoun, no mine
        if hyphen and (_NOT_OWN_BEFORE.search(norm[max(0, m.start() - 5) : m.start()]) or _NOT_OWN_AFTER.match(norm[m.end() :])):
            key = "~" + key
        out.append(_Tok(m.group(), key, m.start(), m.end(), poss))
    return out


def _is_acronym(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return 0 < len(letters) <= 6 and all(c.isupper() for c in letters)


def _plural(phrase: str) -> str:
    """English plural of a title's head word ("minister of defence" -> "ministers of defence")."""
    words = phrase.split()
    idx = next((k - 1 for k, w in enumerate(words) if w in PREPS and k > 0), len(words) - 1)
    w = words[idx]
    if w.endswith("man"):
        w = w[:-3] + "men"
    elif w.endswith("person"):
        w = w[:-6] + "people"
    elif w.endswith("y") and len(w) > 1 and w[-2] not in "aeiou":
        w = w[:-1] + "ies"
    elif w.endswith(("s", "sh", "ch", "x")):
        w += "es"
    else:
        w += "s"
    words[idx] = w
    return " ".join(words)


# ------------------------------------------------------------------------ lexicon


def _load(name: str) -> dict:
    with resources.files("claimgraph.data").joinpath(name).open("rb") as fh:
        return tomllib.load(fh)


def _subdivisions(cfg: dict) -> dict[str, str]:
    """Unambiguous first-level subdivision names -> alpha-3 (see [subdivisions] in countries.toml)."""
    types, generic = set(cfg["types"]), {w.lower() for w in cfg["generic"]}
    skip = {_fold(n) for n in cfg["skip"]}
    taken = {_fold(n) for c in pycountry.countries for n in (c.name, getattr(c, "common_name", c.name))}
    counts: dict[str, int] = {}
    for sub in pycountry.subdivisions:
        counts[_fold(sub.name)] = counts.get(_fold(sub.name), 0) + 1
    compass = {w.lower() for w in cfg["compass"]}
    out: dict[str, str] = {}
    for sub in pycountry.subdivisions:
        key = _fold(sub.name)
        # "West Sussex", "North Yorkshire": a compass word and a proper name is
        # one place at any level, where a bare "Kent" could be a person
        compound = " " in key and key.split()[0] in compass
        if (sub.parent_code is not None or sub.type not in types) and not compound:
            continue
        if counts[key] > 1 or key in skip or key in taken:
            continue
        # short names are too often other words or pieces of names ("Shan-e-...", "Lara")
        if len(key) < 5 or any(ch in sub.name for ch in "(),/") or all(w in generic for w in re.findall(r"[\w']+", key)):
            continue
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if country is not None:
            out[sub.name] = country.alpha_3
    return out


@cache
def _lexicon() -> dict[tuple[str, ...], _Entry]:
    """All phrases -> entry. Later sources override earlier ones on the same key."""
    lex: dict[tuple[str, ...], _Entry] = {}

    def add(name: str, entry: _Entry) -> None:
        toks = _tokens(name)
        if not toks:
            return
        if _is_acronym(name):
            entry = replace(entry, surface=tuple(t.text for t in toks))
        if poss := tuple(k for k, t in enumerate(toks[:-1]) if t.poss):
            entry = replace(entry, poss=poss)
        lex[tuple(t.key for t in toks)] = entry

    countries = _load("countries.toml")
    # provinces first: every hand-written entry below overrides them
    for name, code in _subdivisions(countries["subdivisions"]).items():
        add(name, _Entry("capital", country=code))
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(c, attr, None)
            if name and "," not in name:  # "Korea, Republic of" is not how news writes it
                add(name, _Entry("country", country=c.alpha_3))
    for code, names in [*countries["names"].items(), *countries["former_names"].items()]:
        for name in names:
            add(name, _Entry("country", country=code))
    for code, names in [*countries["demonyms"].items(), *countries["former_demonyms"].items()]:
        for name in names:
            add(name, _Entry("demonym", country=code))
            # "Iranians", "Turks", "Danes"; not "Chineses", "Frenchmans"
            if " " not in name and not name.endswith(("s", "sh", "ch", "ese", "man", "men", "x", "z")):
                add(name + "s", _Entry("demonym", country=code, plural=True))
    for code, names in countries["peoples"].items():  # coded like demonyms, plural added
        for name in names:
            add(name, _Entry("people", country=code))
            if not name.endswith(("s", "sh", "ch", "a", "x", "z")):
                add(name + "s", _Entry("people", country=code, plural=True))
    # capitals, then other large cities and regions: both name a place in the country
    for code, names in [*countries["capitals"].items(), *countries["places"].items()]:
        for name in names:
            add(name, _Entry("capital", country=code))
    for code, names in countries["regions"].items():
        for name in names:
            add(name, _Entry("region", country=code))

    inst = _load("institutions.toml")
    for row in inst["sector"]:
        entry = _Entry(
            "sector", sector=row.get("sector"), type=row["type"], weak=row.get("weak", False),
            capitalised=row.get("in_names", False),
        )
        for name in row["names"]:
            add(name, entry)
    for row in _load("titles.toml")["title"]:
        entry = _Entry(
            "title",
            sector=row.get("sector"),
            type="person",
            strong=row.get("strong", False),
            role=row.get("role", True),
        )
        for name in row["names"]:
            add(_plural(name), replace(entry, type="group", plural=True))
            add(name, entry)
    for row in inst["named"]:
        entry = _Entry(
            "named",
            country=row.get("country"),
            sector=row.get("sector"),
            type=row.get("type", "organization"),
            code=row.get("code"),
            alone=row.get("alone", False),
            shared=row.get("shared", False),
        )
        for name in row["names"]:
            add(name, entry)
    return lex


def _accept(entry: _Entry, toks: list[_Tok], strict: bool) -> bool:
    if entry.surface is not None and tuple(t.text for t in toks) != entry.surface:
        return False
    if entry.capitalised and not all(t.text[:1].isupper() for t in toks):
        return False
    # A possessive ends a phrase unless the phrase has it: "the party's
    # secretary general" holds no "party secretary".
    if len(toks) > 1 and tuple(k for k, t in enumerate(toks[:-1]) if t.poss) != entry.poss:
        return False
    if strict and entry.kind in COUNTRY_KINDS | {"named"}:
        # Proper names are capitalised in English prose: "turkey", "the west" are not.
        return any(t.text[:1].isupper() or t.text[:1].isdigit() for t in toks)
    return True


# "West"/"Western" name the region only as a word of their own: before a
# capitalised word they begin a place or an organisation ("West Sussex",
# "Western Journal"), unless that word is a people or group noun
# ("Western Officials" in a headline) or another region ("Western European").
_COMPASS_REGION = frozenset({"west", "western"})
_ADJECTIVE_KINDS = frozenset({"demonym", "region", "people"})
# "Arab American", "Mexican-Americans": a people word before "American(s)"
# names Americans of that descent, not the people's country or region.
# The compound keeps the word's kind ("Arab-American voters" are a group), but a
# people word becomes a demonym: Tibetan Americans are not a stateless people.
_AMERICAN = frozenset({"american", "americans"})


def _american(entry: _Entry, key: str) -> _Entry:
    kind = "demonym" if entry.kind == "people" else entry.kind
    return _Entry(kind, country="USA", plural=key == "americans")


def _longest(toks: list[_Tok], i: int) -> _Entry | None:
    """The entry of the longest lexicon phrase that starts at token `i`."""
    lex = _lexicon()
    keys = [t.key for t in toks[i : i + MAX_NGRAM]]
    return next((e for size in range(len(keys), 0, -1) if (e := lex.get(tuple(keys[:size]))) is not None), None)


def _begins_name(entry: _Entry, toks: list[_Tok], j: int) -> bool:
    """The region word ending at `j` is the first word of a longer proper name."""
    if entry.kind != "region" or toks[j - 1].key not in _COMPASS_REGION or j >= len(toks):
        return False
    nxt = toks[j]
    if not nxt.text[:1].isupper():
        return False  # "Western officials", "the West's"
    follow = _longest(toks, j)
    generic = follow is not None and (
        follow.kind in _ADJECTIVE_KINDS or follow.plural or follow.type == "group"
    )
    return not generic


def _capitalised(tok: _Tok) -> bool:
    return tok.text[:1].isupper()


def _inside_longer_name(toks: list[_Tok], i: int, j: int, free_from: int) -> bool:
    """The phrase toks[i:j] is a word of a longer capitalised name of something
    else: "Republican Party" in "National Republican Party", "Republican" in
    "Republican Guard", "Conservative Party" in "Progressive Conservative
    Party". A word already matched (a country, "Senate", a title) or an owner
    ("Iran's") does not lengthen the name. `free_from`: first token no
    earlier match covers."""
    n = len(toks)
    before = toks[i - 1] if i - 1 >= free_from else None
    if (
        before is not None
        and _capitalised(before)
        and not before.poss
        and before.key not in DETERMINERS | APPROXIMATORS
        # a capitalised first word may only be the sentence's first word
        # ("Moderate Republicans said"), unless the name goes on to "Party"
        and (i - 1 > 0 or toks[j - 1].key == "party" or (j < n and _capitalised(toks[j])))
    ):
        return True
    if j < n and not toks[j - 1].poss:
        after = toks[j]
        if after.key == "of" and j + 1 < n and _capitalised(toks[j + 1]):
            return True  # "Republican Party of Armenia", "Democratic Party of Japan"
        if _capitalised(after) and (after.poss or _longest(toks, j) is None and not is_title_word(after.text)):
            return True  # "Republican Guard", "Republican People's Party"
    return False


def _matches(toks: list[_Tok], strict: bool) -> list[_Match]:
    """Greedy longest-first lexicon matches, left to right."""
    lex = _lexicon()
    keys = [t.key for t in toks]
    out: list[_Match] = []
    i, n = 0, len(toks)
    while i < n:
        longer_name = False
        for size in range(min(MAX_NGRAM, n - i), 0, -1):
            entry = lex.get(tuple(keys[i : i + size]))
            j = i + size
            if entry is not None and entry.alone:
                # once "Republican Party" is found inside a longer name, so is "Republican"
                longer_name = longer_name or _inside_longer_name(toks, i, j, out[-1].j if out else 0)
                if longer_name:
                    continue
            if entry is not None and _accept(entry, toks[i:j], strict) and not _begins_name(entry, toks, j):
                if entry.kind in _ADJECTIVE_KINDS and j < n and keys[j] in _AMERICAN:
                    entry, j = _american(entry, keys[j]), j + 1
                out.append(_Match(i, j, entry))
                i = j
                break
        else:
            i += 1
    return out


# ----------------------------------------------------------------------- segments


@dataclass
class _Segment:
    toks: list[_Tok]
    matches: list[_Match]
    head: _Match | None
    zone: list[_Match]  # matches before the complement
    comp: list[_Match]  # matches in the complement
    prep: str | None
    prep_at: int | None


def _segment(toks: list[_Tok], strict: bool) -> _Segment:
    matches = _matches(toks, strict)
    covered = {k for m in matches for k in range(m.i, m.j)}
    first_head = next((m.i for m in matches if m.kind in HEAD_KINDS), None)
    prep_at = None
    if first_head is not None:
        prep_at = next(
            (k for k in range(first_head, len(toks)) if k not in covered and toks[k].key in PREPS),
            None,
        )
    zone = [m for m in matches if prep_at is None or m.j <= prep_at]
    comp = [m for m in matches if prep_at is not None and m.i > prep_at]
    head = next((m for m in reversed(zone) if m.kind in HEAD_KINDS), None)
    prep = toks[prep_at].key if prep_at is not None else None
    if prep == "to" and prep_at and toks[prep_at - 1].key == "loyal":
        prep = "of"  # "forces loyal to the government" are the government's forces
    return _Segment(toks, matches, head, zone, comp, prep, prep_at)


def _split(toks: list[_Tok]) -> list[list[_Tok]]:
    """Split a description at punctuation; drop anything after a relative clause."""
    segments: list[list[_Tok]] = [[]]
    for t in toks:
        if t.key in CLAUSE_WORDS and t.text.islower():
            break
        if t.text in PUNCT:
            segments.append([])
        else:
            segments[-1].append(t)
    return [s for s in segments if s]


def _country(seg: _Segment) -> str | None:
    if seg.head is None:
        return _headless_country(seg)
    for m in seg.zone:
        if m.i < seg.head.i and m.kind in COUNTRY_KINDS:
            return m.entry.country
    if seg.head.kind == "named" and seg.head.entry.country:
        return seg.head.entry.country
    for m in reversed(seg.zone):
        if m.i < seg.head.i and m.kind == "named" and m.entry.country:
            return m.entry.country
    if seg.prep in BELONGS_PREPS:
        for m in seg.comp:
            if m.kind in COUNTRY_KINDS:
                return m.entry.country
        for m in seg.comp:
            if m.kind == "named" and m.entry.country:
                return m.entry.country
    return None


def _headless_country(seg: _Segment) -> str | None:
    """Country of a segment with no title or institution ("Russia", "Iranian X")."""
    m = next((m for m in seg.matches if m.kind in COUNTRY_KINDS), None)
    if m is None:
        return None
    # determiners and a number may come first ("some 800,000 Iraqi Kurds",
    # "at least 2,000 Iraqi Kurds")
    before = [t for t in seg.toks[: m.i] if t.key not in DETERMINERS]
    if any(t.key.replace(",", "").isdigit() for t in before):
        before = [t for t in before if not t.key.replace(",", "").isdigit() and t.key not in APPROXIMATORS]
    if before:
        return None
    if m.j == len(seg.toks):
        return m.entry.country
    # Followed by more words it must be an adjective or possessive: "Iranian X",
    # "Iran's X" -- not a name such as "Jordan X".
    if m.kind in {"demonym", "region", "people"} or seg.toks[m.j - 1].poss:
        return m.entry.country
    return None


def _igo(seg: _Segment) -> _Match | None:
    """An IGO that the actor belongs to: the head, the complement, or an unowned modifier."""

    def is_igo(m: _Match) -> bool:
        return m.kind == "named" and m.entry.sector == "IGO"

    head_i = seg.head.i if seg.head else len(seg.toks)
    before = [m for m in seg.zone if m.i < head_i]
    owned = any(m.kind in COUNTRY_KINDS for m in before)
    if seg.head is not None and is_igo(seg.head) and not owned:
        return seg.head
    if seg.prep in BELONGS_PREPS:
        hit = next((m for m in seg.comp if is_igo(m)), None)
        if hit:
            return hit
    if owned:
        return None  # "Iran's UN envoy" works for Iran; "Russia's Security Council" is Russia's
    return next((m for m in before if is_igo(m)), None)


def _heads_first(matches: list[_Match]) -> list[_Match]:
    """Matches in text order, but in a run of adjacent ones the last, a name's
    head word, first: "of Sejong University Hospital" is of a hospital."""
    out: list[_Match] = []
    run: list[_Match] = []
    for m in matches:
        if run and m.i != run[-1].j:
            out += reversed(run)
            run = []
        run.append(m)
    return out + run[::-1]


def _sector(seg: _Segment) -> tuple[str | None, str | None]:
    """(sector, CAMEO code of a named IGO/NGO if that decided it)."""
    igo = _igo(seg)
    if igo is not None:
        return "IGO", igo.entry.code or "IGO"
    for m in seg.zone:
        if m.kind == "title" and m.entry.strong and m.entry.sector:
            return m.entry.sector, None
    head_i = seg.head.i if seg.head else len(seg.toks)
    ordered = []
    if seg.head is not None:
        ordered.append(seg.head)
    ordered += [m for m in reversed(seg.zone) if m.i < head_i]
    if seg.prep in BELONGS_PREPS:
        ordered += _heads_first(seg.comp)
    owned = any(m.kind in COUNTRY_KINDS for m in seg.zone if m.i < head_i)
    insts = [
        m
        for m in ordered
        if m.kind in INSTITUTION_KINDS
        and m.entry.sector
        and not (owned and m.entry.sector == "IGO")  # "Russia's Security Council"
    ]
    # the members' trade before a weak word of the name ("Mine Workers Union" is a union), or
    # before any word alone for a body of members ("Pensioners' Assembly" is no legislature; a
    # "residents' action group" campaigns)
    member = _members_sector(seg.toks)
    if member is not None and insts and insts[0].j - insts[0].i == 1 and seg.toks[insts[0].i].key in _members()[0]:
        return member, None
    if member is None and insts and all(m.entry.sector == "BUS" for m in insts) and _head_key(seg.toks) == "union":
        return "LAB", None  # "a mining and energy union": a trade's workers, not its firms
    for m in insts:
        if not m.entry.weak:
            return m.entry.sector, m.entry.code
    if member is not None:
        return member, None
    if insts:
        return insts[0].entry.sector, insts[0].entry.code
    unknown_owner = _unknown_owner(seg, head_i)
    for m in ordered:
        if m.kind == "title" and m.entry.sector:
            if unknown_owner and m.entry.sector == "GOV":
                continue  # "Acme's head", "spokesman for Acme": not known to be the government's
            return m.entry.sector, None
    return None, None


@cache
def _interstate() -> frozenset[str]:
    return frozenset(_load("institutions.toml")["interstate"]["opening"])


@cache
def _members() -> tuple[frozenset[str], dict[str, str]]:
    table = _load("institutions.toml")["members"]
    sectors = {w: sector for sector, words in table.items() if sector != "heads" for w in words}
    return frozenset(table["heads"]), sectors


def _members_sector(toks: list[_Tok]) -> str | None:
    """"Ferry Owners Association", "Association of Hotel Owners": a body of
    members takes the sector of their trade."""
    heads, sectors = _members()
    if not any(t.key in heads for t in toks):
        return None
    return next((sectors[t.key] for t in toks if t.key in sectors), None)


def _head_key(toks: list[_Tok]) -> str | None:
    """The key of the phrase's head word, the last before any "of"."""
    end = next((k for k, t in enumerate(toks) if t.key == "of"), len(toks))
    return toks[end - 1].key if end > 0 else None


def _body_of_members(toks: list[_Tok]) -> bool:
    """The phrase's head word, before any "of", names a body of members ("a tea
    growers' union", "the Association of Hotel Owners")."""
    return _head_key(toks) in _members()[0]


def _unknown_owner(seg: _Segment, head_i: int) -> bool:
    """The description names whom the person works for, and the lexicons do not
    know it: a possessive before the head ("Acme's", "the documentary's", or an
    owner cut off, "'s head"), or a capitalised name in an of/for/at complement."""
    covered = {k for m in seg.matches for k in range(m.i, m.j)}
    if any(t.poss and k not in covered for k, t in enumerate(seg.toks[:head_i])):
        return True
    if seg.prep in BELONGS_PREPS and seg.prep_at is not None:
        rest = range(seg.prep_at + 1, len(seg.toks))
        return any(k not in covered and _capitalised(seg.toks[k]) for k in rest)
    return False


def _type(seg: _Segment) -> str | None:
    if seg.head is not None:
        end = seg.prep_at if seg.prep_at is not None else len(seg.toks)
        if seg.head.entry.type == "state" and seg.head.j < end and all(_capitalised(t) for t in seg.toks[seg.head.j : end]):
            return "organization"  # "State Veterinary Inspectorate": the name goes on past the word
        if seg.head.entry.type == "state" and seg.head.j < end and seg.toks[seg.head.j - 1].poss:
            return None  # "the country's rights body": the country owns what follows, of a kind unknown here
        return seg.head.entry.type
    m = next((m for m in seg.matches if m.kind in COUNTRY_KINDS), None)
    if m is None or _headless_country(seg) is None:
        return None
    if m.kind in {"country", "capital"} and m.j == len(seg.toks):
        return "state"
    if m.kind == "region" or m.entry.plural:
        return "group"
    return None


def _role(seg: _Segment, text: str) -> str | None:
    head = seg.head
    if head is None or head.kind != "title" or not head.entry.role or head.entry.plural:
        return None  # roles are for persons; "rebels" is a group
    drop = {k for m in seg.zone if m.kind in COUNTRY_KINDS for k in range(m.i, m.j)}
    # An owner is not part of the title: "Acme's director" -> "director",
    # "the party's secretary general" -> "secretary general".
    owner = max((k for k in range(head.i) if seg.toks[k].poss), default=-1)
    keep = [k for k in range(owner + 1, head.j) if k not in drop]
    while keep and seg.toks[keep[0]].key in DETERMINERS:
        keep.pop(0)
    # "source close to the Kremlin": at most one word between the head and the preposition.
    if seg.prep_at is not None and seg.prep_at - head.j <= 1 and _complement_counts(seg):
        gap = range(head.j, seg.prep_at)
        if all(seg.toks[k].text.islower() for k in gap):
            keep += [*gap, *range(seg.prep_at, _complement_end(seg))]
    if not keep:
        return None
    runs: list[list[int]] = []
    for k in keep:
        if runs and runs[-1][-1] == k - 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    parts = [text[seg.toks[r[0]].start : seg.toks[r[-1]].end] for r in runs]
    return " ".join(" ".join(parts).split()).lower()


def _complement_counts(seg: _Segment) -> bool:
    """Keep "for the Foreign Ministry", "to Russia"; drop a bare "of Iran"."""
    if seg.prep in OTHER_PREPS:
        return True
    covered = {k for m in seg.comp if m.kind in COUNTRY_KINDS for k in range(m.i, m.j)}
    rest = [
        k
        for k in range(seg.prep_at + 1, _complement_end(seg))
        if k not in covered and seg.toks[k].key not in DETERMINERS
    ]
    return bool(rest)


def _complement_end(seg: _Segment) -> int:
    """End of the complement, leaving out a trailing name ("of Peru Rosa Quispe")."""
    if not seg.comp:
        return len(seg.toks)
    last = seg.comp[-1].j
    tail = seg.toks[last:]
    if tail and all(t.text[:1].isupper() for t in tail):
        return last
    return len(seg.toks)


# ------------------------------------------------------------------------ context


def _context_country(text: str, context: str) -> str | None:
    """Country written just before `text` in its sentence ("Iran's" + "foreign minister")."""
    at = context.find(text)
    if at <= 0:
        return None
    # the few words before it are enough: a long sentence is not tokenised whole
    return _country_before(context[max(0, at - 25 * MAX_NGRAM) : at])


@lru_cache(maxsize=16384)  # the events ask of the same mention in its sentence many times
def _country_before(prefix: str) -> str | None:
    toks = _tokens(prefix)[-MAX_NGRAM:]
    lex = _lexicon()
    for size in range(len(toks), 0, -1):
        tail = toks[-size:]
        entry = lex.get(tuple(t.key for t in tail))
        if (
            entry is not None
            and entry.kind in COUNTRY_KINDS
            and _accept(entry, tail, strict=True)
            and (entry.kind in {"demonym", "region", "people"} or tail[-1].poss)
        ):
            return entry.country
    return None


# ------------------------------------------------------------------------ leaders


@cache
def _leaders() -> tuple[dict[tuple[str, ...], str], ...]:
    """(full names, stand-alone short forms, IGO heads) of well-known leaders -> code (data/leaders.toml)."""
    data = _load("leaders.toml")

    def index(table: dict[str, list[str]]) -> dict[tuple[str, ...], str]:
        return {tuple(t.key for t in _tokens(n)): code for code, names in table.items() for n in names}

    return index(data["leaders"]), index(data["surnames"]), index(data["organizations"])


def _find_name(table: dict[tuple[str, ...], str], keys: list[str]) -> str | None:
    """Code of the longest name of `table` (two words or more) found anywhere in `keys`."""
    for size in range(min(MAX_NGRAM, len(keys)), 1, -1):
        for i in range(len(keys) - size + 1):
            if code := table.get(tuple(keys[i : i + size])):
                return code
    return None


def _leader_country(toks: list[_Tok]) -> str | None:
    """Country of a well-known leader named in a person's description ("President Putin").

    A full name may sit anywhere in the description; a short form only at its
    end ("President Putin", not "Putin's envoy X")."""
    full, short, _ = _leaders()
    keys = [t.key for t in toks if t.text not in PUNCT]
    if code := _find_name(full, keys):
        return code
    words = [t for t in toks if t.text not in PUNCT]
    for size in (3, 2, 1):
        if len(keys) >= size and (code := short.get(tuple(keys[-size:]))):
            given = [t for t in words[: len(words) - size] if not _INITIAL.fullmatch(t.text)]
            before = given[-1] if given else None
            if before is not None and before.text[:1].isupper() and not is_title_word(before.text):
                # "Jo Vasko", the leader's son, is not President Vasko; "Donald J. Trump" is Donald Trump
                # (the surname may be spelt another way: "Muammar Kadhafi")
                return code if any((g.key, code) in _leader_given_names() for g in given) else None
            return code
    return None


_INITIAL = re.compile(r"[A-Za-z]\.?|(?:[A-Za-z]\.){2,3}")


@cache
def _leader_given_names() -> frozenset[tuple[str, str]]:
    """(given name, country) of the well-known leaders: "Donald J. Trump" and
    "Hillary Rodham Clinton" are leaders, a relative "Nora Blair" is not."""
    return frozenset((k, code) for name, code in _leaders()[0].items() for k in name[:-1] if not _INITIAL.fullmatch(k))


@cache
def honorifics() -> frozenset[str]:
    """Short honorifics written before a name ("mr", "sen"), lower case, from data/names.toml."""
    from claimgraph.data import toml

    return frozenset(toml("names.toml")["honorifics"])


def names_a_shared_body(name: str) -> bool:
    """A body many states have, coded with one country only for stories placed
    nowhere else ("Congress": the US one, but Argentina's in a Buenos Aires story)."""
    return any(m.kind == "named" and m.entry.shared for m in _matches(_tokens(name), strict=False))


@cache
def _firm_name_ends() -> frozenset[str]:
    return frozenset(n for row in _load("institutions.toml")["sector"] if row.get("ends_firm_names") for n in row["names"])


def ends_firm_name(name: str) -> bool:
    """A name whose last word says what a company does ("Altiplano Resources",
    "Seaside Railway")."""
    words = name.split()
    return len(words) > 1 and words[-1].lower() in _firm_name_ends()


@lru_cache(maxsize=8192)  # asked for every word before every person's name
def is_title_word(word: str) -> bool:
    """An honorific ("Mr.", "Sen.") or a role word ("President") that can stand before a name."""
    return word.lower().rstrip(".") in honorifics() or role_of(word) is not None


@cache
def _distinct_offices() -> frozenset[str]:
    return frozenset(_load("titles.toml")["distinct_offices"]["names"])


@cache
def short_titles() -> dict[str, str]:
    """Short forms of titles ("pm", "gen") and the words each stands for."""
    return dict(_load("titles.toml")["headline_short_titles"])


def title_words(text: str) -> set[str]:
    """The lower-cased words of a title or description, with those its short
    forms stand for ("Gen." is a general too)."""
    words = set(text.lower().split())
    short = short_titles()
    return words.union(*(short[w.rstrip(".")].split() for w in words if w.rstrip(".") in short))


def is_office(word: str) -> bool:
    """A title word for one post ("mayor", "minister", "governor") whose holder no
    other such title describes; not a word any official may be described by
    ("official", "diplomat", "spokesman")."""
    return word.lower() in _distinct_offices()


@lru_cache(maxsize=4096)  # asked for each person named in an article, of the same few names
def is_leader(name: str) -> bool:
    """`name` is the full name of a well-known leader of `data/leaders.toml`."""
    return tuple(t.key for t in _tokens(name) if t.text not in PUNCT) in _leaders()[0]


def _leader_org(toks: list[_Tok]) -> str | None:
    """CAMEO code of an international organisation whose well-known head is named."""
    return _find_name(_leaders()[2], [t.key for t in toks if t.text not in PUNCT])


# ---------------------------------------------------------------------------- API


def _make_code(country: str | None, sector: str | None, named_code: str | None) -> str | None:
    # IGOs, NGOs and transnational armed groups (IMG) carry CAMEO's own codes
    if named_code is not None and (sector in {"IGO", "NGO"} or named_code[:3] == "IMG"):
        return named_code
    return ((country or "") + (sector or "")) or None


def _fallback_type(toks: list[_Tok], ner_label: str | None) -> str:
    if ner_label in NER_TYPES:
        return NER_TYPES[ner_label]
    words = [t for t in toks if t.text not in PUNCT]
    # "The Seaquarium" is a place or body: names of people take no article
    if words and words[0].text.lower() in {"the", "a", "an", "this", "that"}:
        return "organization"
    if 2 <= len(words) <= 4 and all(t.text[:1].isupper() and t.text.isalpha() for t in words):
        return "person"
    return "organization"


def _code(text: str, ner_label: str | None, context: str | None) -> Coding:
    """The coding of `text`, with a country written just before it in its
    sentence when the words give none. The words are coded once per process
    (`_code_words`); the sentence differs at every mention."""
    coded, named_code = _code_words(text, ner_label)
    if coded.country is None and context and coded.sector not in {"IGO", "NGO"}:
        country = _context_country(text, context)
        if country is not None:
            return Coding(country, coded.sector, coded.type, _make_code(country, coded.sector, named_code), coded.role)
    return coded


@lru_cache(maxsize=16384)
def _code_words(text: str, ner_label: str | None) -> tuple[Coding, str | None]:
    """(coding, CAMEO code of a named body) of `text` by its own words."""
    toks = _tokens(text)
    segs = [_segment(s, strict=True) for s in _split(toks)]
    headed = [s for s in segs if s.head is not None]
    titled = [s for s in headed if s.head.kind == "title"]
    if ner_label == "PERSON" and titled:
        primary = titled[0]
    else:
        primary = (titled or headed or segs or [None])[0]
    others = [s for s in segs if s is not primary]

    country = next((c for s in [primary, *others] if s and (c := _country(s))), None)
    sector, named_code = _sector(primary) if primary else (None, None)
    if sector != "IGO" and primary is not None and primary.head is not None and primary.head.kind == "sector":
        # "the Mekong River Commission, the intergovernmental body": an
        # apposition that says the body is intergovernmental outranks the
        # generic "Commission" of its name.
        for s in headed:
            if s is not primary and _sector(s)[0] == "IGO":
                sector, named_code = _sector(s)
                break
    if sector is None:
        for s in headed:
            sector, named_code = _sector(s)
            if sector:
                break
    if sector == "GOV" and primary is not None and primary.toks and primary.toks[0].key in _interstate() and (
            country is None):
        sector, named_code = "IGO", None  # "International Joint Commission": an office of several states
    kind = _type(primary) if primary else None
    if ner_label == "PERSON" and (primary is None or primary.head is None):
        kind = "person"
    kind = kind or _fallback_type(toks, ner_label)
    if kind == "group" and primary is not None and _body_of_members(primary.toks):
        kind = "organization"  # "a tea growers' union", "the Association of Hotel Owners": the body, not its members
    role = _role(primary, text) if primary else None
    if ner_label == "ORG" and kind == "person" and sector == "LAB" and primary is not None and (
            primary.head is not None and primary.head.kind == "title"):
        kind, sector = "organization", "BUS"  # "French miner Orvane": a body named with a trade is a firm of it
    if country is None and sector not in {"IGO", "NGO"} and kind == "person":
        country = _leader_country(toks)
        sector = sector or ("GOV" if country else None)
        if country is None and (org := _leader_org(toks)):
            sector, named_code = "IGO", org
    if sector == "IGO" and named_code:
        country = None
    if country is not None and _names_us_state(segs, country):
        country = "USA"  # "Georgia Republicans" are the US state's
    if sector in STATE_SECTORS and country and _people_only(segs, country):
        country = None  # "the exiled Tibetan leader" is not China's government
    return Coding(country, sector, kind, _make_code(country, sector, named_code), role), named_code


@cache
def _us_state_names() -> tuple[frozenset[tuple[str, ...]], tuple[tuple[str, ...], ...]]:
    """(country names that are also US states, US-only cue phrases), as token keys."""
    data = _load("countries.toml")["us_state_names"]

    def keys(phrase: str) -> tuple[str, ...]:
        return tuple(t.key for t in _tokens(phrase))

    return frozenset(keys(n) for n in data["names"]), tuple(keys(c) for c in data["cues"])


def _names_us_state(segs: list[_Segment], country: str) -> bool:
    """The country comes from a name shared with a US state, and US-only words go with it."""
    names, cues = _us_state_names()
    if not any(
        m.kind == "country" and m.entry.country == country and tuple(t.key for t in s.toks[m.i : m.j]) in names
        for s in segs
        for m in s.matches
    ):
        return False
    keys = [t.key for s in segs for t in s.toks]
    return any(keys[k : k + len(c)] == list(c) for c in cues for k in range(len(keys) - len(c) + 1))


def _people_only(segs: list[_Segment], country: str) -> bool:
    """The country comes only from a people word ([peoples] in countries.toml)."""
    kinds = {m.kind for s in segs for m in s.matches if m.kind in COUNTRY_KINDS and m.entry.country == country}
    return kinds == {"people"}


def code_actor(text: str, *, ner_label: str | None = None, context: str | None = None) -> Coding:
    """Code one actor from the fullest description the article gives of it.

    `ner_label` is spaCy's entity label when there is one (PERSON, ORG, GPE,
    NORP, LOC); it decides the type when the words do not. `context` is the
    sentence the description came from; it is used only to find a country
    written just before the description ("Iran's" before "foreign minister").
    """
    return _code(text.strip(), ner_label, context)


def role_of(text: str) -> str | None:
    """The title/role phrase of a person's description, lower-cased, without articles."""
    return _code(text.strip(), None, None).role


@lru_cache(maxsize=16384)
def is_capital(text: str) -> bool:
    """"Seoul", "Baghdad": a seat of government ([capitals]), which news uses
    for its state's government; not another city or a province."""
    return _fold(text) in _folded_names("capitals")


@lru_cache(maxsize=16384)
def is_demonym(text: str) -> bool:
    """"Sri Lankan", "Liberian": the adjective of one country's people, alone."""
    return _fold(text) in _folded_names("demonyms", "former_demonyms")


@cache
def _folded_names(*tables: str) -> frozenset[str]:
    """Every name of the given countries.toml tables, folded for look-up."""
    countries = _load("countries.toml")
    return frozenset(_fold(n) for table in tables for names in countries[table].values() for n in names)


@cache
def state_name(alpha3: str) -> str | None:
    """A state's everyday English name ("KOR" -> "South Korea")."""
    shown = _load("countries.toml").get("display_names", {})
    if alpha3 in shown:
        return shown[alpha3]
    c = pycountry.countries.get(alpha_3=alpha3)
    return None if c is None else getattr(c, "common_name", None) or c.name


@lru_cache(maxsize=16384)  # asked for each entity and description, of the same few words
def country_of(word_or_phrase: str) -> str | None:
    """Country (alpha-3) or CAMEO region of the first country word in a phrase.

    Accepts names, short forms ("U.S.", "Britain"), demonyms ("Croatian"),
    capitals and metonyms ("Moscow", "the Kremlin", "Downing Street") and
    regions ("the West" -> WST). Case is ignored except for acronyms ("US" is
    the United States, "us" is not).
    """
    for m in _matches(_tokens(word_or_phrase), strict=False):
        if m.kind in COUNTRY_KINDS or (m.kind == "named" and m.entry.country):
            return m.entry.country
    return None


@lru_cache(maxsize=16384)
def names_known_body(name: str) -> bool:
    """The name holds a body of the institutions lexicon ("Reuters", "Amnesty
    International"): its country, or that it has none, is the lexicon's."""
    return any(m.kind == "named" for m in _matches(_tokens(name), strict=False))


@cache
def _cities() -> dict[str, str]:
    out: dict[str, str] = {}
    with resources.files("claimgraph.data").joinpath("cities.tsv").open("r", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            name, code, _ = line.rstrip("\n").split("\t")
            out[_fold(name)] = code
    return out


def place_country(text: str, cities: bool = True) -> str | None:
    """The country a place named in `text` lies in: a country's or capital's
    name ("Ghana Football Federation", "in Accra"), or with `cities` a city of
    data/cities.tsv; not a people's adjective ("Radical French farmers")."""
    for m in _matches(_tokens(text), strict=False):
        if m.kind in {"country", "capital"}:
            return m.entry.country
    return city_country(text) if cities else None


def city_country(name: str) -> str | None:
    """Country (alpha-3) of a city news names alone ("Kumasi", "Port Moresby"),
    from data/cities.tsv; none for a name that cities of two countries share."""
    return _cities().get(_fold(name.strip(" .,")))
