"""Actors of one article: named entities merged into actors, and speakers
resolved to them.

Resolution rules, in the order they are tried for a speaker mention:
1. the mention holds a person's name -> that person (the rest is a role);
2. it is an organisation or place name -> that actor (places merge by country);
3. a personal pronoun -> the last speaker of a compatible kind;
4. a definite description headed by a role noun ("the official", "the
   Iranian diplomat") -> the last person compatible in nationality, or else a
   person named within the next two sentences (news ledes name the
   spokesman a sentence later);
5. otherwise the description itself becomes the actor ("a senior official",
   "Western countries").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache

import numpy as np
import pycountry
from spacy.attrs import DEP, ENT_IOB, HEAD, LOWER, POS
from spacy.tokens import Doc, Span, Token

from claimgraph import data
from claimgraph.actors import coding
from claimgraph.attribution.lexicon import cues
from claimgraph.intervals import Intervals
from claimgraph.layout import within
from claimgraph.nlp import (
    entity_at,
    kids,
    opening_participle,
    sent_bounds,
    sent_of,
    sent_root,
    span_text,
    subtree,
    text_of,
    tokens_of,
)
from claimgraph.schema import Actor

PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
GROUP_PRONOUNS = {"they", "them", "their", "we", "us", "our", "i", "me", "my", "it", "its"}
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "another", "one", "some"}
NAMED_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
_POSS = re.compile(r"(’s|'s|‘s|’|')$")


# Lowercase name particles ("Hans van den Berg", "Mohammed bin Ali") around which
# the tagger often splits one name into a PERSON and a second entity.
NAME_PARTICLES = frozenset({"van", "von", "den", "der", "de", "da", "du", "la", "le", "bin", "ibn", "al", "el"})
JOINABLE_LABELS = {"PERSON", "GPE", "ORG", "NORP", "LOC"}


def _untagged_name_word(t: Token) -> bool:
    """A capitalised proper noun outside every entity that is no title ("Rask", "Carolina")."""
    return (t.pos_ == "PROPN" and t.ent_iob_ == "O" and t.text[:1].isupper() and t.text[1:].islower()
            and not coding.is_title_word(t.text))


def _surname_left_out(e: Span) -> bool:
    """The word right after a PERSON is the head its last word hangs on, a name's word
    that names no body either ("Aino" + "Rask said")."""
    doc = e.doc
    if e.end >= len(doc) or e[-1].dep_ != "compound" or e[-1].head.i != e.end:
        return False
    nxt = doc[e.end]
    return (_untagged_name_word(nxt) and coding.code_actor(nxt.text).sector is None
            and nxt.lemma_.lower() not in cues().body_nouns)


def _names_left_out(e: Span) -> int:
    """Where a PERSON's name starts counting the capitalised proper nouns of no entity
    right before it that hang on its words, from a given name or a title ("Mayor" +
    "Carolina Restrepo" + "Uribe"; not "Waitress" + "Jiang Li"), or from the sentence's
    start before a surname that is also a place: at most two words."""
    doc, start, found = e.doc, e.start, e.start
    while start > 0 and e.start - start < 2:
        t = doc[start - 1]
        if not (t.dep_ == "compound" and e.start <= t.head.i < e.end and _untagged_name_word(t)):
            break
        start -= 1
        if t.lower_ in _given_names() or start > 0 and coding.is_title_word(doc[start - 1].text) or (
                t.is_sent_start and len(e) == 1 and coding.country_of(e.text) is not None
                and coding.country_of(t.text) is None and coding.code_actor(t.text).sector is None
                and not opening_participle(t)):  # (not "Bordering" + "Chad": where the country lies)
            # (a sentence opens with a name whose surname is also a place: "Mehmet" + "Aydın, whose")
            found = start
    return found


def _titled_names_left_out(doc: Doc, ents: list[Span]) -> list[Span]:
    """Names the tagger left out entirely right after a person's role
    ("Opposition lawmaker" + "Elif Demirtaş accused") or set beside it ("The
    district chairman, Moses Okello, accused"): two or three capitalised
    proper nouns of no entity, compounded onto the last of them, after a role
    word that names a person. Returns the entities as set."""
    toks, found = tokens_of(doc), []
    taken = {i for e in ents for i in range(e.start, e.end)}
    # only a common noun right before an untagged proper noun (or a comma and one) can be the
    # role: found in one call
    tags = doc.to_array([POS, ENT_IOB])
    strings = doc.vocab.strings
    untagged = (tags[:, 0] == strings["PROPN"]) & (tags[:, 1] == 2)
    noun = tags[:, 0] == strings["NOUN"]
    near = np.flatnonzero(noun[:-1] & untagged[1:])
    comma = np.flatnonzero(noun[:-2] & (tags[1:-1, 0] == strings["PUNCT"]) & untagged[2:])
    for k, first in sorted([(k, k + 1) for k in near.tolist()] + [(k, k + 2) for k in comma.tolist()]):
        t = toks[k]
        if k in taken or first + 1 >= len(toks) or not _untagged_name_word(toks[first]):
            continue
        if first == k + 2 and toks[k + 1].text != ",":
            continue
        end, words = first, 0
        while end < len(toks) and words < 3 and end not in taken:
            if _untagged_name_word(toks[end]):
                words += 1
            elif not (toks[end].text == "-" and not toks[end - 1].whitespace_ and not toks[end].whitespace_
                      and end + 1 < len(toks) and end + 1 not in taken and _untagged_name_word(toks[end + 1])):
                break  # (a hyphen inside a given name goes on: "Pieter-Jan de Vries")
            end += 1
        head = toks[end - 1]
        # (the role word itself may hang on the verb: "Opposition lawmaker" as an npadvmod)
        if not 2 <= words <= 3 or not all(w.dep_ == "compound" and w.head.i == head.i
                                          for w in toks[first : end - 1] if w.text != "-"):
            continue
        if first == k + 2 and not (head.dep_ == "appos" and head.head.i == k and end < len(toks) and toks[end].is_punct):
            continue  # ", Moses Okello," set off beside the role, not the start of the next clause
        name = doc[first:end]
        if coding.country_of(name.text) or any(coding.country_of(w.text) for w in name):
            continue  # "lawmakers Costa Rica", "lawmaker Kenya Kwanza": a place, not a name
        if coding.role_of(t.text) is None or coding.code_actor(t.text).type != "person":
            continue  # "newspaper Foo List" is a body the article describes (add_described_names)
        found.append(Span(doc, name.start, name.end, label="PERSON"))
    if not found:
        return ents
    out = sorted(ents + found, key=lambda e: e.start)
    doc.ents = out
    return out


def _portfolio_holders(doc: Doc, ents: list[Span]) -> list[Span]:
    """"Minister for European Affairs Balint Kovari": the tagger runs the
    portfolio and the name into one body. The two words that end it are a
    person's name when the last, the surname, stands alone elsewhere in the
    text ("Kovari, who met ..."); the portfolio is part of the title. Returns
    the entities as set."""
    out, changed = [], False
    text = text_of(doc)
    for e in ents:
        root = e.root
        title = root.head.head if root.dep_ == "pobj" and root.head.lower_ in {"for", "of"} else None
        k = e.end - 2
        if (e.label_ != "ORG" or len(e) < 3 or title is None or title.i != e.start - 2 or e[0].pos_ == "DET"
                or any(t.tag_ != "NNP" or names_a_body_kind(t.lemma_.lower()) for t in e[-2:])
                or coding.role_of(title.text) is None or coding.code_actor(title.text).type != "person"
                or not all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.text[1:].islower() for t in e[-2:])
                or coding.is_title_word(doc[k].text) or len(re.findall(rf"\b{re.escape(e[-1].text)}\b", text)) < 2):
            out.append(e)
            continue
        # the title with it, as the tagger gives "Minister of Health Ana Ruiz" (`person_name` splits them)
        out.append(Span(doc, title.i, e.end, label="PERSON"))
        changed = True
    if changed:
        doc.ents = out
    return out


def _body_bounds(doc: Doc, ents: list[Span]) -> list[Span]:
    """A body's name where the tagger ends it wrongly: one word early, in a
    name "X of Y" on a compound whose head is the untagged proper noun right
    after it ("the Office of the Prime" + "Minister rejected"; unlike a title
    after a name, "the Limbic" + "CEO"), or run on over a comma into the bare
    name of the person titled by it, where it is cut. Returns the entities as set."""
    toks, out, changed = tokens_of(doc), [], False
    for e in ents:
        comma = next((t.i for t in e if t.text == ","), None) if e.label_ == "ORG" else None
        named = doc[comma + 1 : e.end] if comma is not None else None
        if named is not None and named.root.dep_ == "appos" and _bare_name(named) and named.root.head.i < e.start and (
                coding.code_actor(named.root.head.text).type == "person"):
            # "The Minister of [Natural Resources and Tourism, Hamisi Juma Mrisho]": the body, then
            # the titled person's name set beside the title
            out += [Span(doc, e.start, comma, label="ORG"), Span(doc, comma + 1, e.end, label="PERSON")]
            changed = True
            continue
        if e.label_ == "ORG" and len(e) == 1 and out and out[-1].label_ == "NORP" and out[-1].end == e.start and (
                e.text.lower() in _names_data()["people_named_heads"] and e.text[:1].isupper()):
            # "Islamic" + "State", "Arab" + "League": one body named for a people or a faith
            out[-1] = Span(doc, out[-1].start, e.end, label="ORG")
            changed = True
            continue
        if e.label_ == "ORG" and len(e) > 1 and toks[e.end - 1].lower_ in {"for", "of", "on"}:
            # "the [Tunisian Observatory for] Migrant Rights": cut before its last capitalised words
            end = e.end
            while end < len(toks) and toks[end].text[:1].isupper() and toks[end].pos_ in {"PROPN", "NOUN"} and (
                    toks[end].ent_iob_ == "O"):
                end += 1
            if end > e.end:
                e, changed = Span(doc, e.start, end, label="ORG"), True
        the = next((t.i for t in e if t.lower_ == "the" and t.i > e.start), None) if e.label_ == "ORG" else None
        if the is not None and toks[the - 1].pos_ == "PROPN" and toks[the - 1].lower_ not in _INITIAL_SKIPS and (
                the + 1 < e.end and toks[the + 1].text[:1].isupper()) and coding.code_actor(
                doc[the + 1 : e.end].text, ner_label="ORG").sector is not None:
            # "told [Reuters the European Union] was ...": two names run together, cut at "the"
            # (not an epithet: "Kermit the Frog")
            out += [Span(doc, e.start, the, label="ORG"), Span(doc, the, e.end, label="ORG")]
            changed = True
            continue
        if e.label_ == "NORP" and e.end < len(toks) and _untagged_name_word(toks[e.end]):
            # "[Danish] Trout Streams, a federation of fishing clubs, said": a people's adjective opening
            # a body's name the tagger left untagged, the body's kind set beside it
            end = e.end
            while end < len(toks) and _untagged_name_word(toks[end]):
                end += 1
            last = toks[end - 1]
            if all(toks[k].head.i == last.i for k in range(e.start, end - 1)) and any(
                    c.dep_ == "appos" and c.pos_ == "NOUN" and names_a_body_kind(c.lemma_.lower()) for c in kids(last)):
                e, changed = Span(doc, e.start, end, label="ORG"), True
        kind_end = next((t.i for t in reversed(e) if t.is_lower and t.is_alpha and t.pos_ == "NOUN"), None) \
            if e.label_ == "ORG" and len(e) > 2 else None
        if kind_end is not None and kind_end > e.start and all(t.pos_ == "PROPN" and t.is_title for t in doc[kind_end + 1 : e.end]) \
                and kind_end + 1 < e.end and coding.code_actor(doc[e.start : kind_end + 1].text).sector is not None:
            # "[Trout farmer Velmo] penalised ...": a headline's kind before the name, taken into it
            e, changed = Span(doc, kind_end + 1, e.end, label="ORG"), True
        bracket = next((t.i for t in e if t.text == "("), None) if e.label_ == "ORG" else None
        if bracket is not None and bracket > e.start + 1 and not any(t.text == ")" for t in doc[bracket : e.end]):
            # "the Ostrian Forum for [Clean Air (Vardo]) said": cut at the short form's bracket,
            # and take back the name's words before "for" or "of"
            start = e.start
            if start > 1 and toks[start - 1].lower_ in {"for", "of"} and _untagged_name_word(toks[start - 2]):
                start -= 2
                while start > 0 and toks[start - 1].pos_ == "PROPN" and toks[start - 1].text[:1].isupper() and (
                        toks[start - 1].ent_type_ in {"", "NORP"}):
                    start -= 1
            out = [x for x in out if x.end <= start]
            e, changed = Span(doc, start, bracket, label="ORG"), True
        listed = _listed_name_start(toks, e, out)
        if listed is not None:
            # "the [Ostrian Nurses], [Midwives] and [Orderlies Union]": one body
            # named for a list of trades
            out = [x for x in out if x.end <= listed]
            e, changed = Span(doc, listed, e.end, label="ORG"), True
        last = toks[e.end - 1]
        if e.label_ == "ORG" and e.end < len(toks) and last.dep_ == "compound" and last.head.i == e.end and (
                toks[e.end].pos_ == "PROPN" and toks[e.end].ent_iob_ == "O") and any(t.lower_ == "of" for t in e):
            e, changed = Span(doc, e.start, e.end + 1, label="ORG"), True
        out.append(e)
    if changed:
        doc.ents = out
    return out


def _listed_name_start(toks: list[Token], e: Span, before: list[Span]) -> int | None:
    """Where a body's name that lists trades starts ("Ostrian Nurses,
    Midwives and Orderlies Union"), when the tagger cut it at the list's commas:
    `e` ends in a body's head, and back over capitalised words, commas and "and"
    lies a body's name; None otherwise."""
    if e.label_ != "ORG" or toks[e.end - 1].lower_ not in cues().list_heads:
        return None
    k, joins, words = e.start - 1, 0, 0
    while k >= 0 and e.start - k <= 6 and (toks[k].text in {",", "and"} or toks[k].text[:1].isupper() and (
            toks[k].pos_ in {"PROPN", "NOUN"}) and not any(x.label_ == "ORG" and x.end == k + 1 for x in before)):
        joins += toks[k].text in {",", "and"}
        words += toks[k].text not in {",", "and"}
        k -= 1
    first = next((x for x in before if x.label_ == "ORG" and x.end == k + 1), None)
    # (a trade listed between: not "the United Nations, and the Security Council")
    return first.start if first is not None and joins and words and toks[k + 1].text == "," else None


# Small words a body's initials skip: "Oleoductos Andinos del Ecuador (OAE)"
_INITIAL_SKIPS = NAME_PARTICLES | {"of", "the", "and", "for", "on", "in", "del", "las", "los", "des", "di", "do", "dos",
                                    "das", "y", "e", "et", "und", "für", "&"}


_BRACKETED_INITIALS = re.compile(r"\(([A-Z]{2,6})\)")


def _named_by_initials(doc: Doc, ents: list[Span]) -> list[Span]:
    """A name followed by its initials in brackets is a body's, whatever the
    tagger made of its words ("Oleoductos Andinos" + "del Ecuador" + "(OAE)":
    a person and a country to the tagger): one organisation from the first
    word the initials stand for to the bracket. Returns the entities as set."""
    toks, text = tokens_of(doc), text_of(doc)
    found = []
    for m in _BRACKETED_INITIALS.finditer(text):  # (the text, not every token, is searched)
        opening = doc.char_span(m.start(), m.start() + 1)
        if opening is None or opening.start < 1 or opening.start + 2 >= len(toks) or toks[opening.start + 2].text != ")":
            continue
        i, short = opening.start, m.group(1)
        letters, k = list(short.lower()), i - 1
        while k >= 0 and letters and i - k <= 10:
            w = toks[k]
            if w.lower_ in _INITIAL_SKIPS and letters[-1] != w.lower_[0] or w.is_punct and w.text in {"-", "'"}:
                k -= 1
                continue
            if not (w.text[:1].isupper() and w.is_alpha) or w.lower_[0] != letters[-1]:
                break
            letters.pop()
            k -= 1
        start = k + 1
        if letters or i - start < 2 or toks[start].lower_ in _INITIAL_SKIPS:
            continue
        if any(e.start == start and e.end == i and e.label_ == "ORG" for e in ents):
            continue
        found.append(Span(doc, start, i, label="ORG"))
    if not found:
        return ents
    out = [e for e in ents if not any(f.start < e.end and e.start < f.end for f in found)] + found
    out.sort(key=lambda e: e.start)
    doc.ents = out
    return out


def _split_name(a: Span, b: Span) -> bool:
    """Two one-word names side by side, the first the parser's compound of the
    second, neither a place we know ("Tennessee Williams" stays apart)."""
    if a.end != b.start or len(b) != 1 or a[-1].dep_ != "compound" or a[-1].head.i != b.start:
        return False
    if len(a) > 1:
        # "Luis Paredes" + "Choque": a second surname the tagger took for a name of its own
        return a.label_ == b.label_ == "PERSON" and all(t.pos_ == "PROPN" for t in (*a, b[0]))
    return ({a.label_, b.label_} <= {"GPE", "LOC", "PERSON"} and a[0].pos_ == b[0].pos_ == "PROPN"
            and coding.country_of(a.text) is None and coding.country_of(b.text) is None)


def _join_name_particles(doc: Doc) -> list[Span]:
    """Re-join names the tagger cut: a PERSON that ends at (or before) name
    particles with the capitalised word after them ("Hans Van" + "den" +
    "Broek"); a name cut into two one-word names (`_split_name`); a one-word
    name and the given name before it (", Moses Flomo,"); a body cut at "of"
    before its place ("The Chamber of Mines of" + "Zambia") or before the
    rest of its name ("State" + "Veterinary Inspectorate"); a name beside a
    role taken for a product (`_name_beside_role`). Returns the entities
    as set (`doc.ents` would build them all again)."""
    ents, out, i, changed = list(doc.ents), [], 0, False
    toks, size = tokens_of(doc), len(doc)  # made once: doc[k] builds a Token on each call
    while i < len(ents):
        e = ents[i]
        following = ents[i + 1] if i + 1 < len(ents) else None
        if following is not None and _split_name(e, following):
            # "Marta" + "Zielińska": one name the tagger cut in two
            label = "PERSON" if "PERSON" in {e.label_, following.label_} else following.label_
            out.append(Span(doc, e.start, following.end, label=label))
            i, changed = i + 2, True
            continue
        # each entity passes every test below: its label and last word read once
        label, last = e.label_, toks[e.end - 1]
        person = label == "PERSON"
        k = e.end
        while k < size and k - e.end < 3 and toks[k].lower_ in NAME_PARTICLES and toks[k].ent_iob_ == "O":
            k += 1
        nxt = following if following is not None and following.start == k else None
        joins = (
            person
            and (k > e.end or last.lower_ in NAME_PARTICLES)
            and k < size
            and toks[k].pos_ == "PROPN"
            and toks[k].text[:1].isupper()
            and (toks[k].ent_iob_ == "O" or (nxt is not None and nxt.label_ in JOINABLE_LABELS and len(nxt) <= 2))
        )
        if joins:
            out.append(Span(doc, e.start, nxt.end if nxt is not None else k + 1, label="PERSON"))
            i, changed = i + (2 if nxt is not None else 1), True
            continue
        if person and _hyphen_before(e):
            # "Zielińska" (a place, to the tagger) + "-" + "Nowak": one surname
            if out and out[-1].end == e.start - 1:
                out.pop()
            out.append(Span(doc, e.start - 2, e.end, label="PERSON"))
            i, changed = i + 1, True
            continue
        if person and _hyphen_after(e):
            # "Agnieszka Zielińska" + "-Nowak": a double surname the tagger cut at its hyphen
            end = e.end + 2
            if nxt is not None and nxt.start == e.end + 1:
                end, i = max(end, nxt.end), i + 1
            out.append(Span(doc, e.start, end, label="PERSON"))
            i, changed = i + 1, True
            continue
        if person and len(e) == 1 and e.start >= 2 and toks[e.start - 2].text in {",", "("} and (
                _given_name_missed(toks[e.start - 1])):
            # a given name that is also a word ("Given", "Moses") the tagger left out
            out.append(Span(doc, e.start - 1, e.end, label="PERSON"))
            i, changed = i + 1, True
            continue
        if person and _surname_left_out(e):
            # "Interior Minister" + "Aino" + "Rask said": the surname the name's words hang on
            out.append(Span(doc, e.start, e.end + 1, label="PERSON"))
            i, changed = i + 1, True
            continue
        if person and (start := max(_names_left_out(e), out[-1].end if out else 0)) < e.start:
            # "Mayor" + "Carolina Restrepo" + "Uribe told": the given name and first surname before it
            out.append(Span(doc, start, e.end, label="PERSON"))
            i, changed = i + 1, True
            continue
        if not person and given_as(e.root):
            out.append(Span(doc, e.start, e.end, label="PERSON"))  # "who gave his name only as Ibrahima"
            i, changed = i + 1, True
            continue
        body = _name_beside_kind(e, following if following is not None and following.label_ != "CARDINAL" else None) \
            if person else None
        if body is not None:
            out.append(body)  # "The channel, Vani Kelm,": a body, whatever the tagger says
            i, changed = (i + 2 if following is not None and following.end <= body.end else i + 1), True
            continue
        named = _name_beside_role(e) if label in {"PRODUCT", "WORK_OF_ART", "ORG"} else None
        if named is not None:
            out.append(named)  # "Its chief executive, Mere Paewai,": a person, whatever the tagger says
            i, changed = i + 1, True
            continue
        if label != "ORG":  # the tests below are all of bodies' names
            out.append(e)
            i += 1
            continue
        # ("the Ghana Weights and" + "Measures Inspectorate": the name's head is past the cut)
        cut = last.lower_ in {"and", "&"}
        head = (e.root.head if cut else last.head) if cut or last.dep_ == "compound" else None
        if head is not None and e.end <= head.i < e.end + 3 and all(
                t.ent_iob_ == "O" and t.text[:1].isupper() and t.pos_ in {"PROPN", "NOUN"} and not coding.is_title_word(t.text)
                for t in toks[e.end : head.i + 1]):
            out.append(Span(doc, e.start, head.i + 1, label="ORG"))  # "State" + "Veterinary Inspectorate"
            i, changed = i + 1, True
            continue
        if _name_runs_past_and(e, following):
            # "The Ministry of Employment" + "and" + "Labour Relations": one ministry
            out.append(Span(doc, e.start, following.end, label="ORG"))
            i, changed = i + 2, True
            continue
        pair = _two_bodies(e)
        if pair is not None:  # "Ministry of Defence and Foreign Ministry": two bodies, one entity
            out += pair
            i, changed = i + 1, True
            continue
        if last.lower_ in {"of", "for"} and nxt is not None and nxt.start == e.end \
                and nxt.label_ in {"GPE", "LOC", "ORG"}:
            out.append(Span(doc, e.start, nxt.end, label="ORG"))  # the name runs on through its place
            i, changed = i + 2, True
            continue
        out.append(e)
        i += 1
    if changed:
        doc.ents = out
        return out
    return ents


def given_as(tok: Token) -> bool:
    """The name a person gave or was known by: "who gave his name only as X",
    "identified only as X", "who gave just her first name, X", "identified
    solely by a given name, X"."""
    if tok.pos_ != "PROPN":
        return False
    prep = tok.head
    if tok.dep_ == "pobj" and prep.lower_ == "as":
        verb = prep.head
        return verb.lemma_ == "identify" or verb.lemma_ == "give" and any(
            c.dep_ == "dobj" and c.lemma_ == "name" for c in kids(verb))
    # "gave only her first name, X": the name in apposition to "name"
    if tok.dep_ != "appos" or prep.lemma_ != "name":
        return False
    return prep.dep_ == "dobj" and prep.head.lemma_ == "give" or (
        prep.dep_ == "pobj" and prep.head.lower_ == "by" and prep.head.head.lemma_ in {"identify", "know"})


def _hyphen_before(e: Span) -> bool:
    """The name starts before a hyphen with no space: "Zielińska-Nowak"."""
    doc = e.doc
    if e.start < 2 or doc[e.start - 1].text != "-" or doc[e.start - 1].whitespace_ or doc[e.start - 2].whitespace_:
        return False
    prev = doc[e.start - 2]
    return (prev.is_alpha and prev.text[:1].isupper() and prev.pos_ == "PROPN" and prev.ent_type_ in {"", "GPE", "ORG"}
            and not _modifies_a_noun(doc[e.end - 1]))


def _hyphen_after(e: Span) -> bool:
    """The name goes on after a hyphen with no space: "Zielińska-Nowak", or a
    given name of two syllables the tagger cut ("Yoon Jae" + "-sik"; not
    "Trump" + "-appointed")."""
    doc = e.doc
    if e.end + 1 >= len(doc) or e[-1].whitespace_ or doc[e.end].text != "-" or doc[e.end].whitespace_:
        return False
    nxt = doc[e.end + 1]
    return nxt.is_alpha and (nxt.text[:1].isupper() or nxt.is_lower and len(e) > 1) and nxt.pos_ == "PROPN" and (
        nxt.ent_type_ == "") and not _modifies_a_noun(nxt)


def _modifies_a_noun(last: Token) -> bool:
    """"the Trump-Kim summit", "the Paris-Berlin line": two names before a noun, not one name."""
    return last.dep_ in {"compound", "amod", "nmod"} and last.head.i > last.i and last.head.pos_ == "NOUN"


def _name_beside_role(e: Span) -> Span | None:
    """A name set off beside a person's role that the tagger took for a
    product or a work ("Its chief executive, Mere Paewai,": "Paewai"), with
    the capitalised words before it that it left out: the person's name. A
    body's name too, when the tagger left given names out before it ("His
    lawyer, Tomas Ibarra Quesnel,": "Quesnel"); alone ("Its auditor, Kessler,")
    it may be the firm."""
    if e.label_ not in {"PRODUCT", "WORK_OF_ART", "ORG"} or e.root.dep_ != "appos":
        return None
    doc, k = e.doc, e.start
    while k > 0 and doc[k - 1].pos_ == "PROPN" and doc[k - 1].dep_ == "compound" and doc[k - 1].ent_iob_ == "O" and (
            k <= doc[k - 1].head.i < e.end):  # (a chain: "Tomas" on "Ibarra" on "Quesnel")
        k -= 1
    head = e.root.head
    if k == 0 or doc[k - 1].text not in {",", "—", "–"} or head.pos_ != "NOUN" or coding.role_of(head.text) is None:
        return None
    if not all(t.text[:1].isupper() for t in doc[k : e.end] if t.is_alpha):
        return None
    if e.label_ == "ORG" and (k == e.start or coding.code_actor(head.text).type != "person"):
        return None
    return Span(doc, k, e.end, label="PERSON")


def _name_beside_kind(e: Span, following: Span | None) -> Span | None:
    """"The channel, Vani Kelm 24x7, called ...": a name set off beside a word
    for a kind of body ("channel", "group", "company") names that body, though
    the tagger took it for a person's; a word after it the appositive ends on
    (a number, "24x7") is part of the name."""
    if e.label_ != "PERSON" or e.start < 3:
        return None
    doc, root = e.doc, e.root
    head = root.head if root.dep_ == "compound" and root.head.dep_ == "appos" and root.head.i == e.end else root
    kind = head.head
    if head.dep_ != "appos" or kind.pos_ != "NOUN" or kind.i != e.start - 2 or doc[e.start - 1].text != "," \
            or doc[kind.i - 1].lower_ != "the" or not names_a_body_kind(kind.lemma_.lower()) or coding.role_of(kind.text):
        return None
    end = head.i + 1
    if end >= len(doc) or doc[end].text != ",":
        return None
    if following is not None and following.start < end:
        return None  # (the word after belongs to another name)
    return Span(doc, e.start, end, label="ORG")


def _name_runs_past_and(e: Span, following: Span | None) -> bool:
    """A body "of" its fields cut at "and" ("Ministry of Employment" / "Labour
    Relations"): the words after it are capitalised and no body of their own
    ("Ministry of Defence and Foreign Ministry" stays two)."""
    if following is None or e.label_ != "ORG" or following.label_ != "ORG":
        return False
    # (the tagger may keep the "and" in the first part: "The Ministry of Employment and")
    toks = tokens_of(e.doc)
    cut = e.end - 1 if toks[e.end - 1].lower_ == "and" else e.end
    if following.start != cut + 1 or toks[cut].lower_ != "and" or not all(
            t.text[:1].isupper() and t.pos_ in {"PROPN", "NOUN"} for t in toks[following.start : following.end]):
        return False
    if any(t.lower_ in {"of", "for"} for t in toks[e.start + 1 : cut]):
        return coding.code_actor(following.text, ner_label="ORG").sector is None
    # "the Rice Growers" + "and" + "Millers Association": members first, the kind of body after
    last = toks[cut - 1]
    return (last.tag_ in {"NNPS", "NNS"} and not names_a_body_kind(last.lemma_.lower())
            and toks[following.start].tag_ in {"NNPS", "NNS", "NNP"} and toks[following.start].lower_.endswith("s")
            and names_a_body_kind(toks[following.end - 1].lemma_.lower()))


def _two_bodies(e: Span) -> tuple[Span, Span] | None:
    """The two halves of a body name joined by "and" when each is a body of
    its own kind ("Ministry of Defence" and "Foreign Ministry"; not "Ministry
    of Trade and Industry" nor "Bill and Melinda Gates Foundation")."""
    if e.label_ != "ORG":
        return None
    cut = next((t.i for t in tokens_of(e.doc)[e.start + 1 : e.end - 2] if t.lower_ == "and" and t.dep_ == "cc"), None)
    if cut is None:
        return None
    left, right = e.doc[e.start : cut], e.doc[cut + 1 : e.end]
    if not any(t.dep_ == "conj" and t.head.i < cut for t in right):
        return None
    # (a trade word alone is the field of one body: "the Shipping and Energy Union", "Oil and Gas Authority")
    if not all(coding.code_actor(p.text, ner_label="ORG").sector and sum(t.lower_ != "the" for t in p) >= 2
               for p in (left, right)):
        return None
    return Span(e.doc, left.start, left.end, label="ORG"), Span(e.doc, right.start, right.end, label="ORG")


def _given_name_missed(tok: Token) -> bool:
    """A capitalised word right before a one-word name, in no entity and no title."""
    return (tok.ent_iob_ == "O" and tok.is_alpha and tok.text[:1].isupper() and not tok.text.isupper()
            and not coding.is_title_word(tok.text) and tok.lower_ not in NAME_PARTICLES)


def _fix_labels(doc: Doc, ents: list[Span] | None = None) -> list[Span]:
    """Entity labels the tagger gets wrong, set right in one pass:
    - a country's bare name tagged as a body or a person is the country
      ("Paraguay opposition alleges ...", "Sri Lanka says ...": headlines the
      tagger misreads), and its people's adjective is a nationality ("Sri
      Lankan opposition alleges ..."); a capital taken for a person is the place;
      a facility whose name ends in a firm's trade is the firm ("X Railway");
    - a name it calls a body at least twice as often as a person, with no
      given name, or once set beside a body's noun, or the short name of a
      body it names in full, is a body ("Consumer Watchdog" taken once for a
      person beside "Harvey Rosenfield and").
    `ents`: the Doc's entities, when the caller has them; returns them as set."""
    ents = list(doc.ents) if ents is None else ents
    names = [clean_name(span_text(e)) for e in ents]
    # a capital's name inside a person's longer one is that person's ("Denzel Washington")
    person_names = {n for e, n in zip(ents, names, strict=True) if e.label_ == "PERSON"}
    labels = ["GPE" if e.label_ in {"ORG", "PERSON"} and is_country_name(n)
              else "PERSON" if e.label_ == "WORK_OF_ART" and _speaker_taken_for_a_title(e)
              else "NORP" if e.label_ == "PERSON" and coding.is_demonym(span_text(e))
              else "GPE" if e.label_ == "PERSON" and _capital_not_person(n, person_names)
              else "ORG" if e.label_ == "FAC" and coding.ends_firm_name(n) else e.label_
              for e, n in zip(ents, names, strict=True)]
    votes: dict[str, list[int]] = {}
    for n, label in zip(names, labels, strict=True):
        if label in {"ORG", "PERSON"}:
            votes.setdefault(n, [0, 0])[label == "PERSON"] += 1
    bodies = {n for n, (org, person) in votes.items()
              if person and org >= 2 * person and n.split()[0].lower() not in _given_names()}
    bodies |= {n for e, n, label in zip(ents, names, labels, strict=True)
               if label == "PERSON" and (_body_in_apposition(e) or _which_of(e) or _company_form(n)
                                         or _names_the_body_after(e) or _kind_before(e))}
    # ... or once called a body with its kind before it ("US software group Velkor"), though the
    # tagger takes it for a person as often
    bodies |= {n for e, n, label in zip(ents, names, labels, strict=True)
               if label == "ORG" and votes.get(n, (0, 0))[1] and n.split()[0].lower() not in _given_names()
               and _kind_before(e)}
    # the short name of a body named in full ("Turning Point" of "Turning Point USA")
    orgs = {_org_key(n) for n, label in zip(names, labels, strict=True) if label == "ORG" or n in bodies}
    bodies |= {n for n, (_org, person) in votes.items() if person and n.split()[0].lower() not in _given_names()
               and (key := _org_key(n)) and any(o.startswith(key + " ") and _same_org(o, key) for o in orgs)}
    # a word of a body's full name, alone, is that body when no person bears it ("Xinrui" of
    # "Jiangsu Xinrui Microelectronics"); not its last word ("Vet Faye Bethell" is a person the
    # tagger called a body)
    org_words = {w for n, label in zip(names, labels, strict=True) if label == "ORG" and len(n.split()) > 1
                 for w in n.split()[:-1]}
    people_words = {w for n in person_names if len(n.split()) > 1 for w in n.split()}
    bodies |= {n for n, (_org, person) in votes.items() if person and n in org_words and n not in people_words
               and " " not in n and n.lower() not in _given_names()}
    # initials called a body once are no one's name ("Acme Ltd (AL)", then "AL director X said")
    bodies |= {n for n, (org, person) in votes.items() if person and org and _is_acronym(n)}
    called_body = {n for n, (org, _person) in votes.items() if org > 1}  # more than once: a body anywhere
    # ... nor a place we know: "Arnak rejected it" after "Arnak Critical Metals" named in full
    first_words = {n.split()[0] for n, label in zip(names, labels, strict=True) if label == "ORG" and len(n.split()) > 1}
    labels = ["ORG" if label in {"GPE", "LOC"} and n in first_words and n.isalpha() and n not in people_words
              and e.root.dep_ in {"nsubj", "pobj"} and coding.place_country(n) is None else label
              for e, n, label in zip(ents, names, labels, strict=True)]
    labels = ["ORG" if label == "PERSON" and n in bodies else
              "PERSON" if label == "ORG" and n not in called_body and _bare_name(e) and (
                  _titled_one_of_body(e) or _titled_name(e) or _who_of(e) or _set_beside_a_person(e)) else label
              for e, n, label in zip(ents, names, labels, strict=True)]
    if any(e.label_ != label for e, label in zip(ents, labels, strict=True)):
        ents = [e if e.label_ == label else Span(doc, e.start, e.end, label=label)
                for e, label in zip(ents, labels, strict=True)]
        doc.ents = ents
    return ents


def _kind_before(ent: Span) -> bool:
    """"Swedish fashion retailer Vintra": a body's kind set before the name as
    its title is ("retailer", "broadcaster"; not a person's trade, "lawyer"),
    and no given name opens the name ("producer Ana Lima")."""
    if ent.start == 0 or ent[0].lower_ in _given_names():
        return False
    before = ent.doc[ent.start - 1]
    return (before.pos_ == "NOUN" and before.dep_ == "compound" and ent.start <= before.head.i < ent.end
            and names_a_body_kind(before.lemma_.lower()) and coding.code_actor(before.text).type == "organization")


def _bare_name(ent: Span) -> bool:
    """Two or three capitalised proper nouns with no word of a body ("Petar
    Stanković", not "Acme Holdings"): a person's name as much as a body's, so
    the words around it may say which (the three tests below)."""
    return 2 <= len(ent) <= 3 and all(t.is_title and t.pos_ == "PROPN" for t in ent) and (
        coding.code_actor(ent.text, ner_label="ORG").sector is None)


def _titled_one_of_body(ent: Span) -> bool:
    """"The leader of the Green Left Alliance, Petar Stanković, said he": a
    bare name the tagger took for a body, set off after a person's title and
    the body it holds, and followed by "he" or "she", is the titled person's."""
    root, doc = ent.root, ent.doc
    if root.dep_ != "appos" or ent.start < 2 or doc[ent.start - 1].text != "," or (
            ent.end >= len(doc) or doc[ent.end].text != ","):
        return False
    body = root.head
    title = body.head.head if body.dep_ == "pobj" and body.head.dep_ == "prep" and body.head.lower_ == "of" else None
    if title is None or title.pos_ != "NOUN" or coding.code_actor(title.text).type != "person":
        return False
    return pronoun_after(ent) is not None


def _speaker_taken_for_a_title(ent: Span) -> bool:
    """"“...,” Anton Velic, the group's deputy head, told": a bare name right
    after a quotation, which the tagger took for the title of a work, is a person
    when it speaks or is given a person's role."""
    root = ent.root
    if not (2 <= len(ent) <= 3 and all(t.is_title and t.pos_ == "PROPN" for t in ent)) or root.dep_ != "nsubj":
        return False
    role = any(c.dep_ == "appos" and coding.code_actor(c.text).type == "person" for c in root.children)
    return role or cues().verb_class.get(root.head.lemma_.lower()) == "speech"


def _set_beside_a_person(ent: Span) -> bool:
    """"His mother, Ilse Varga, said": a bare name the tagger took for a body,
    set off in apposition to a word for one woman or one man, is that person's
    (not "the publisher, Ediciones Sur": a trade may be a firm's)."""
    root, doc = ent.root, ent.doc
    head = root.head
    return (root.dep_ == "appos" and ent.start > 0 and doc[ent.start - 1].text == "," and head.i < ent.start
            and head.pos_ == "NOUN" and head.lower_ in _gender_words())


def _titled_name(ent: Span) -> bool:
    """"Environment Minister Lucía Benalcázar said": a bare name the tagger
    took for a body, right after a person's title compounded onto it, is the
    titled person's."""
    if ent.start < 1:
        return False
    title = ent.doc[ent.start - 1]
    if title.dep_ != "compound" or title.head.i != ent.end - 1 or coding.role_of(title.text) is None:
        return False
    return coding.code_actor(title.text).type == "person" and coding.country_of(ent[0].text) is None


def _capital_not_person(name: str, person_names: set[str]) -> bool:
    """"La Paz says", "Addis Ababa denies": a seat of government the tagger
    took for a person; not a given name ("Victoria"), nor part of a person's
    longer name in the story ("Denzel Washington")."""
    words = name.split()
    return coding.is_capital(name) and words[0].lower() not in _given_names() and not any(
        other != name and set(words) <= set(other.split()) for other in person_names)


@dataclass
class ActorDraft:
    key: str
    name: str
    label: str  # spaCy entity label, or "NOM" for a description, "GRP" for a group word
    mentions: set[tuple[int, int]] = field(default_factory=set)
    descriptions: list[str] = field(default_factory=list)
    role: str | None = None
    country: str | None = None
    id: str = ""
    relations: list[ActorDraft] = field(default_factory=list)  # "counterpart of"
    member_of: ActorDraft | None = None  # the body a person or unit belongs to ("Acme's director, X")
    gender: str | None = None  # "f" / "m" when a title or a pronoun has told


def _names_data() -> dict:
    return data.toml("names.toml")


@cache
def _gender_words() -> dict[str, str]:
    return {w: g for g, words in _names_data()["gender"].items() for w in words}


@cache
def _given_names() -> dict[str, str]:
    return {w: g for g, words in _names_data()["given_names"].items() for w in words}


def given_name_gender(name: str) -> str | None:
    """"f"/"m" from a common given name ("Susan Vell"); None when unknown or shared."""
    words = name.split()
    return _given_names().get(words[0].lower()) if len(words) > 1 else None


def gender_of(text: str) -> str | None:
    """"f"/"m" from a title in a description ("Ms. Doe", "the spokeswoman"), else None."""
    words = _gender_words()
    for w in text.lower().replace(".", " ").split():
        if w in words:
            return words[w]
    return None


# Words after "those", "some", ... that make the determiner the head of the
# mention ("those who know him", "those close to her"): it stays in the name.
BARE_HEAD_NEXT = {"who", "that", "close", "familiar", "involved", "loyal", "opposed", "in", "at", "with", "from",
                  "of", "near", "around", "inside", "outside"}


@lru_cache(maxsize=16384)  # asked for each entity and mention, of the same few names
def clean_name(text: str) -> str:
    text = _POSS.sub("", text.strip()).rstrip(" '’\"”-—–")  # "Donald Trump ''" at a closing quote, "Bush -"
    words = text.split()
    while words and words[0].lower() in DETERMINERS and not (len(words) > 1 and words[1].lower() in BARE_HEAD_NEXT):
        words = words[1:]
    return " ".join(words)



def _body_in_apposition(ent: Span) -> bool:
    """"The group, Havets Stemme (Voice of the Sea), published", "the French
    charity Solidarité Sahel", "X, the Accra-based company that ...": a name
    set beside a noun for a body is the body's, whatever the tagger says."""
    root, doc = ent.root, ent.doc
    if root.dep_ == "appos" and ent.start >= 2 and doc[ent.start - 1].text == ",":
        noun = root.head if root.head.i == ent.start - 2 else None  # "The group, X"
    elif root.dep_ == "appos" and root.head.i == ent.start - 1:
        noun = root.head  # "the French charity X"
    else:  # "X, the group that ...", right after the name (not "X and Y, the group")
        noun = next((c for c in kids(root) if c.dep_ == "appos" and c.left_edge.i == ent.end + 1), None)
        if noun is None and root.dep_ == "npadvmod":
            # "Falange Rossa, the ultras group that runs the stand, said": the parser hangs the
            # name on the verb and makes the kind its subject
            noun = next((c for c in kids(root.head) if c.dep_ == "nsubj" and c.left_edge.i == ent.end + 1
                         and c.left_edge.lower_ in {"the", "a", "an"}), None)
        noun = noun if noun is not None and ent.end < len(doc) and doc[ent.end].text == "," else None
    if noun is None or noun.pos_ != "NOUN" or not names_a_body_kind(noun.lemma_.lower()):
        return False
    if ent.label_ == "PERSON" and len(ent) >= 2 and noun.lemma_.lower() in cues().either_trades and pronoun_after(ent):
        return False  # "The former contractor, Søren Bech, said he": a trade a person plies too
    # "The head of the procurement agency, Jo Doe,": a person's name the tagger tags, set off after
    # a title's body, is the titled one (the parser hangs the name on the body)
    title = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None
    return not (ent.label_ == "PERSON" and noun.i == ent.start - 2 and len(ent) >= 2 and ent[0].is_title
                and title is not None and title.pos_ == "NOUN" and title.i < noun.i
                and coding.role_of(title.text) is not None)


def pronoun_after(ent: Span) -> Token | None:
    """The first personal pronoun after the name in its sentence, before any
    other person is named ("Søren Bech, said he had been told") or described
    by a word of one gender ("Jo Doe, whose mother lost her sight")."""
    toks = tokens_of(ent.doc)
    words = _gender_words()
    for t in toks[ent.end : sent_bounds(toks[ent.start])[1]]:
        if t.ent_type_ == "PERSON" or t.pos_ == "NOUN" and t.lower_ in words:
            return None
        if t.lower_ in PERSON_PRONOUNS:
            return t
    return None


def _seat(span: Span) -> Token | None:
    """The "in" that closes a body's untagged proper name with its seat ("the
    Central Drugs Organisation in New Delhi"): the place is no part of the name."""
    root = span.root
    if root.tag_ != "NNP":
        return None
    prep = next((c for c in kids(root) if c.dep_ == "prep" and c.lower_ == "in" and c.i > root.i), None)
    if prep is None or prep.right_edge.i != span.end - 1:
        return None
    place = next((c for c in kids(prep) if c.dep_ == "pobj"), None)
    return prep if place is not None and (place.ent_type_ == "GPE" or coding.country_of(
        span[prep.i - span.start + 1 :].text) is not None) else None


def _served_as(ent: Span) -> str | None:
    """The post a relative clause on a name gives: "X, who served as deputy
    warden until last year," (a former one: served, or held until), "X, who
    is a lawyer,"."""
    for t in ent:
        for rel in kids(t):
            if rel.dep_ != "relcl" or rel.lemma_ not in {"serve", "work", "be"} or not any(
                    c.dep_ == "nsubj" and c.lower_ == "who" for c in kids(rel)):
                continue
            post = next((g for c in kids(rel) if c.dep_ == "prep" and c.lower_ == "as" for g in kids(c) if g.dep_ == "pobj"),
                        None) or next((c for c in kids(rel) if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
            if post is None:
                continue
            toks = [w for w in subtree(post) if w.pos_ not in {"DET", "PUNCT"}]
            nxt = post.doc[post.i + 1] if post.i + 1 < len(post.doc) else None
            if nxt is not None and nxt.is_alpha and toks and toks[-1] is post and nxt.lower_ in (
                    coding.role_of(" ".join(w.text for w in toks) + " " + nxt.text) or "").split():
                toks.append(nxt)  # "served as deputy warden", the parser's "warden" hung elsewhere
            words = " ".join(w.text for w in toks)
            if not coding.role_of(words):
                return None
            ended = rel.lemma_ == "serve" and rel.tag_ == "VBD" or any(c.lower_ == "until" for c in kids(rel))
            return ("former " if ended else "") + words
    return None


def _names_the_body_after(ent: Span) -> bool:
    """"the Alberta Wildfire service": a name of two words or more, no given
    name first, that modifies a noun for a body after "the" is that body's
    name ("the Joe Doe campaign" is Doe's; "the Obama administration" one word)."""
    root, doc = ent.root, ent.doc
    return (len(ent) >= 2 and ent.start >= 1 and doc[ent.start - 1].lower_ == "the" and root.dep_ == "compound"
            and root.head.i == ent.end and root.head.pos_ == "NOUN" and names_a_body_kind(root.head.lemma_.lower())
            and ent[0].lower_ not in _given_names())


@lru_cache(maxsize=8192)  # asked of each person's name, of the same few names
def _company_form(name: str) -> bool:
    """"Rajang Emas Plantations Bhd", "Diário da Bola", "Fundación Mar Limpio":
    a name with a word for a kind of body in it (a trade, a company's legal
    form, "Banco", "Diário"), with no given name first and no title, is a body's."""
    words = name.split()
    if len(words) < 2 or words[0].lower() in _given_names() or any(coding.is_title_word(w) for w in words):
        return False
    kind = coding.code_actor(name, ner_label="ORG")
    return kind.type == "organization" and kind.sector is not None


def _which_of(ent: Span) -> bool:
    """"Acuícola Seno Verde, which produces salmon, denied": "which" tells of
    a thing, not a person, whatever the tagger calls the name."""
    doc = ent.doc
    # as the subject of its own clause: "an interview with Doe, which X translated" is about the interview
    return ent.root.dep_ in {"nsubj", "nsubjpass"} and ent.end + 1 < len(doc) and doc[ent.end].text == "," and (
        doc[ent.end + 1].lower_ == "which" and doc[ent.end + 1].head.dep_ == "relcl"
        and doc[ent.end + 1].head.head.i in range(ent.start, ent.end)) and ent[0].lower_ not in _given_names()


def _who_of(ent: Span) -> bool:
    """"Vasile Rotaru, who chairs the committee, said": "who" tells of a person,
    whatever the tagger calls a bare name."""
    doc = ent.doc
    return ent.root.dep_ in {"nsubj", "nsubjpass"} and ent.end + 1 < len(doc) and (
        doc[ent.end].text == "," and doc[ent.end + 1].lower_ == "who" and doc[ent.end + 1].head.dep_ == "relcl"
        and doc[ent.end + 1].head.head.i in range(ent.start, ent.end))


def names_a_body_kind(lemma: str) -> bool:
    """"group", "agency", and the trades the actor lexicons code ("company",
    "charity", "broadcaster"): a noun for a kind of body."""
    lex = cues()
    if lemma in lex.body_nouns or lemma in lex.country_bodies:  # (no union built on each call)
        return True
    kind = coding.code_actor(lemma)
    return kind.type == "organization" and kind.sector is not None


def _is_person(ent: Span, aged: frozenset[str] = frozenset()) -> bool:
    """PERSON entities, and "Spokeswoman Jane Doe" that the tagger calls an
    organisation. `aged`: words written with an age after them ("Doe, 34,")."""
    label = ent.label_
    if label == "PERSON":
        return not (_placed(ent) or _demonym(ent))
    if label in {"GPE", "LOC"}:
        # "the foundation's coordinator, Marta Zielińska, said": a name the tagger took for a
        # place, set beside a person's role, and no place we know
        # ... or given an age ("Santa Kiden, a 31-year-old mother of five,"): a place has none
        # ... or one "who" tells of ("Nino Beridze, who leads the bloc, called"), where no place we know
        return (_named_in_apposition(ent) or _role_in_apposition(ent) or ent[-1].text in aged or _who_of(ent) and (
            coding.place_country(span_text(ent)) is None)) and coding.country_of(span_text(ent)) is None
    if label != "ORG":
        return False
    name, title = person_name(span_text(ent))
    if not 2 <= len(name.split()) <= 3:
        return False
    if ent[-1].text in aged:
        return True  # "Anjali Deshmukh opened ... Deshmukh, 34, worked for ...": a body has no age
    # "Union spokeswoman Elena Dobre": the title right before the name, outside the entity
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    titled = before is not None and before.pos_ == "NOUN" and before.head.i == ent.root.i and coding.role_of(before.text)
    if not (title and coding.role_of(title) is not None or titled or _named_in_apposition(ent) or _role_in_apposition(ent)):
        return False
    return coding.code_actor(name).sector is None


# "Deshmukh, 34," / "Akter, a 19-year-old sewing operator"
# (not a place a preposition opens: "In Zahle, a 42-year-old builder ...")
_AGED = re.compile(r"(?<!\b[Ii]n )(?<!\b[Aa]t )(?<!\b[Ff]rom )\b([A-Z][\w'’-]*), (?:an? )?(\d{1,3})(?:,|[- ]year[- ]old)")
# its age part alone, looked for first: a quick search (most texts give no age), where `_AGED` tries every capital
_AGE = re.compile(r", (?:an? )?\d{1,3}(?:,|[- ]year[- ]old)")


def aged_names(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, int]]:
    """(capitalised word, age) of each name given an age, in text order:
    "Deshmukh, 34, worked", "Akter, a 19-year-old sewing operator"."""
    end = len(text) if end is None else end
    if _AGE.search(text, start, end) is None:
        return []
    return [(m.group(1), int(m.group(2))) for m in _AGED.finditer(text, start, end) if 0 < int(m.group(2)) < 120]


def _aged_words(doc: Doc) -> frozenset[str]:
    text = doc.user_data.get("claimgraph_text") or doc.text  # not .get(k, doc.text): that builds the text
    return frozenset(name for name, _age in aged_names(text))


LOCATIVE = frozenset({"in", "near", "across", "outside", "throughout"})


def _placed(ent: Span) -> bool:
    """"Observers deployed in Alto Paraná": a known place's name where an act
    takes place, which the tagger took for a person's."""
    root = ent.root
    prep = root.head
    return (root.dep_ == "pobj" and prep.lower_ in LOCATIVE and prep.head.pos_ in {"VERB", "AUX"}
            and coding.country_of(span_text(ent)) is not None)


def country_possessor(tok: Token) -> str | None:
    """The country that possesses the phrase headed by `tok` ("Peru's defence
    ministry", "Iran's Foreign Ministry spokesman, X"), written before it."""
    for t in subtree(tok):
        if t.dep_ == "poss" and t.i < tok.i and (country := possessor_country(t)) is not None:
            return country
    return None


def _described_as(toks: list[Token], drop_case: bool = False) -> str:
    """The description the words before a name give, without its articles and
    its owner ("Belarus's KGB", "the company's CEO"), but with the members a kind
    is of ("the local residents' group X" is a residents' group, no "local group").
    `drop_case`: without an owner's "'s" too."""
    members = {t.i for t in toks if t.dep_ == "poss" and t.pos_ == "NOUN" and t.tag_ in {"NNS", "NNPS"}
               and possessor_country(t) is None}
    words: list[str] = []
    glue = False  # after a hyphen inside a word: "editor-in-chief" stays one title
    for t in toks:
        if t.dep_ == "case" and t.head.i in members and words:
            words[-1] += t.text
        elif t.tag_ == "HYPH" and not t.whitespace_ and words and t.i > 0 and not t.doc[t.i - 1].whitespace_:
            words[-1] += t.text
            glue = True
            continue
        elif glue and words:
            words[-1] += t.text
        elif t.pos_ not in {"DET", "PUNCT"} and (t.dep_ != "poss" or t.i in members) and not (
                drop_case and t.dep_ == "case"):
            words.append(t.text)
        glue = False
    return " ".join(words)


def _country_poss(span: Span) -> tuple[Token, str] | None:
    """The possessor right before a name that names a country, with the
    country ("Peru's" of "Peru's Defence Ministry")."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].tag_ != "POS":
        return None
    poss = doc[span.start - 2]
    country = possessor_country(poss) if poss.dep_ == "poss" else None
    return (poss, country) if country is not None else None


def possessor_country(poss: Token) -> str | None:
    """The country a possessor names, read whole: "Sri Lanka's", not "Lanka"."""
    country = coding.country_of(poss.doc[poss.left_edge.i : poss.i + 1].text)
    return country if country and len(country) == 3 else None


def _demonym(ent: Span) -> bool:
    """"Lao claims", "the Lao official", "said in Moscow": one word naming a
    people or a city, which the tagger may take for a person (a country's name
    may be a person's: Jordan)."""
    return len(ent) == 1 and coding.country_of(text := span_text(ent)) is not None and not is_country_name(text)


# What may stand before a body's name as part of its description ("the
# Bangkok-based", "German public broadcaster", "Belarus's").
BODY_MODIFIERS = {"amod", "compound", "nmod", "det", "poss", "case", "npadvmod", "nummod", "advmod"}


def _placed_sentence(ent: Span) -> str | None:
    """The country of a place that opens the sentence as its setting ("In
    Moscow, ..."): an office holder named there without a country is its."""
    sent = sent_of(ent.doc[ent.start])
    first = sent[0] if sent[0].lower_ != "and" else sent[1:2][0] if len(sent) > 1 else sent[0]
    if first.lower_ != "in" or first.i + 2 >= ent.start:
        return None
    place = entity_at(ent.doc[first.i + 1])  # token labels: Doc.ents would rebuild every entity
    if place is None or place.label_ != "GPE" or place.start != first.i + 1 or place.end >= ent.start or ent.doc[place.end].text != ",":
        return None
    return _state_of(place.text)


def _state_of(place: str) -> str | None:
    """The one state a place's name stands for (not a region such as "the West")."""
    country = coding.country_of(place)
    return country if country and len(country) == 3 and not is_region(country) else None


def _capital_spoken_in(ent: Span) -> str | None:
    """The country of the capital a state's official spoke in ("ministry
    spokesman X told reporters in Baku"): where a government speaks from."""
    verb = ent.root.head
    if ent.root.dep_ != "nsubj" or verb.pos_ != "VERB" or cues().verb_class.get(verb.lemma_.lower()) not in {
            "speech", "deny", "doubt"}:
        return None
    holders = [verb, *(c for c in kids(verb) if c.dep_ in {"dobj", "dative"})]
    for prep in (c for h in holders for c in kids(h) if c.dep_ == "prep" and c.lower_ == "in"):
        place = next((c for c in kids(prep) if c.dep_ == "pobj" and c.ent_type_ == "GPE"), None)
        # (one capital: "in Accra and Lagos" settles nothing)
        if place is not None and coding.is_capital(place.text) and not any(c.dep_ == "conj" for c in kids(place)):
            return _state_of(place.text)
    return None


def _described_as_body(ent: Span) -> Span | None:
    """The kind of body written right before a name the tagger took for a
    place: "the state news agency Kabar", "the newspaper Apurímac Hoy"."""
    if ent.start == 0 or coding.country_of(span_text(ent)) is not None or ent.doc[ent.start - 1].pos_ != "NOUN":
        return None
    first = ent.start - 1
    while first > 0 and ent.doc[first - 1].pos_ in {"NOUN", "ADJ"}:
        first -= 1
    kind = ent.doc[first : ent.start]
    c = coding.code_actor(kind.text)
    return kind if c.type == "organization" and c.sector is not None else None


def _role_in_apposition(ent: Span) -> bool:
    """"Hilario Quispe, president of the community, said": a name with a
    person's role set beside it is that person's."""
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.tag_ == "NN" and coding.role_of(c.text) is not None
               and c.left_edge.i > 0 and ent.doc[c.left_edge.i - 1].text == "," for c in kids(ent.root))


def _named_in_apposition(ent: Span) -> bool:
    """"The institute's director, Somchai Rattanakorn, said": a name set
    beside a person's role is that person's, whatever the tagger calls it."""
    root = ent.root
    head = root.head
    return root.dep_ == "appos" and head.pos_ == "NOUN" and head.tag_ == "NN" and (
        coding.role_of(head.text) is not None and head.lower_ not in _firm_titles()) and ent.start > 0 and (
        ent.doc[ent.start - 1].text in {",", "—", "–"})


@cache
def _firm_titles() -> frozenset[str]:
    return frozenset(data.toml("titles.toml")["firm_titles"]["names"])


def fuller_role(known: str | None, new: str | None) -> str | None:
    """The first role the article gives, unless it was only an abbreviation
    ("Cr Brancato", then "Lord Mayor Tony Brancato")."""
    if known and not (len(known) <= 3 and new and len(new) > len(known)):
        return known
    return new or known


@lru_cache(maxsize=8192)  # asked for each person's mention, of the same few names
def person_name(text: str) -> tuple[str, str | None]:
    """(name, title) of a PERSON entity: "Spokeswoman Jane Doe" -> ("Jane Doe", "Spokeswoman")."""
    words = clean_name(text).split()
    title: list[str] = []
    # "Vice Minister ...": a qualifier that opens a title only with a title word after it
    qualifiers = _names_data()["title_qualifiers"]
    while len(words) > 2 and words[0].lower() in qualifiers and coding.is_title_word(words[1]):
        title.append(words.pop(0))
    while len(words) > 1 and coding.is_title_word(words[0]):
        title.append(words.pop(0))
        # "Deputy Interior Minister X": the office's field between two title words
        if len(words) > 2 and not coding.is_title_word(words[0]) and coding.is_title_word(words[1]):
            title.append(words.pop(0))
    # "Minister of Health Ana Ruiz", "Secretary of State Jo Doe": the office's "of" phrase
    # is the title's; the name is the two capitalised words that end it
    if title and len(words) >= 4 and words[0].lower() in {"of", "for"} and all(w[:1].isupper() for w in words[-2:]):
        title += words[:-2]
        words = words[-2:]
    if not title:
        # "Acme chief executive Jo Doe": the employer's name before the title
        k = next((i for i, w in enumerate(words) if i and coding.is_title_word(w)), None)
        if k is not None and words[0][:1].isupper():
            end = k
            while end < len(words) and coding.is_title_word(words[end]):
                end += 1
            rest = words[end:]
            # a title written small or as initials ("chief executive", "MP"): "Martin Luther King Jr." keeps its King
            written = any(w.islower() or w.isupper() for w in words[k:end])
            # ... or after a people's adjective: "Kyrgyz Economy Minister Jo Doe"
            written = written or k <= 2 and coding.is_demonym(words[0])
            # ... or after a body's initials: "ICC Prosecutor Jo Doe"
            written = written or all(_is_acronym(w) for w in words[:k])
            if written and rest and all(w[:1].isupper() and not coding.is_title_word(w) for w in rest):
                return " ".join(rest), " ".join(words[:end])
    return " ".join(words), (" ".join(title) or None)


VERB_TAGS = {"VBZ", "VBD", "VBP", "MD"}


def _person_names(persons: list[Span]) -> dict[int, tuple[str, str | None]]:
    """(name, title) of each PERSON entity (by start token), without what
    headlines and slogans glue onto a name: a verb after it ("Obama Says"),
    and a word before a full name that the article mostly writes without it
    ("Crooked Hillary Clinton" where "Hillary Clinton" is more frequent)."""
    out = {}
    toks = tokens_of(persons[0].doc) if persons else []
    for e in persons:
        # "Peter Grant’s MAGA": a name ends at its possessive
        cut = next((t.i for t in toks[e.start + 1 : e.end] if t.tag_ in VERB_TAGS or t.tag_ == "POS" and t.i < e.end - 1
                    or _headline_verb(t)), e.end)
        out[e.start] = person_name(span_text(e.doc[e.start : cut]))
    counts = Counter(name for name, _t in out.values())
    for e in persons:
        name, title = out[e.start]
        words = name.split()
        for k in range(1, len(words) - 1):
            shorter = " ".join(words[k:])
            if counts[shorter] > counts[name] and _epithet_context(e, set(words[:k])):
                out[e.start] = (shorter, title)
                break
    return out


# Verbs a title-case headline writes capitalised, so that the tagger takes them
# for part of a name: "Ruiz May Not Have Voted ...", "Ruiz Slams Plan".
HEADLINE_AUX = {"may", "might", "will", "would", "can", "could", "should", "must", "is", "was", "has", "have",
                "had", "does", "did", "wants", "vows"}


def _headline_verb(tok: Token) -> bool:
    low = tok.lower_
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if not tok.is_title or nxt is None or not (nxt.is_title or nxt.is_upper and nxt.is_alpha):
        return False  # only where capitals run on, as in a title-case line ("Blames US Airman")
    if low in HEADLINE_AUX:
        return True
    # "Blasts", "Dismisses", "Denies": the third person of a speech, deny or doubt cue
    if not low.endswith("s") or len(low) <= 4:
        return False
    stems = (low[:-1], low[:-2], low[:-3] + "y") if low.endswith("es") else (low[:-1],)
    return any(cues().verb_class.get(stem) in {"speech", "deny", "doubt"} for stem in stems)


QUOTE_MARKS = {'"', "“", "”", "''", "``"}


def _epithet_context(ent: Span, lead: set[str]) -> bool:
    """Where the `lead` words before a name can be a slogan rather than a given
    name ("Debbie Wasserman Schultz" keeps "Debbie"): one is tagged as a common
    word, or the name stands in a quotation or a title-case headline."""
    if any(t.tag_ not in {"NNP", "NNPS"} for t in ent if t.text in lead):
        return True
    sent = sent_of(ent.doc[ent.start])
    if sum(t.text in QUOTE_MARKS for t in tokens_of(ent.doc)[sent.start : ent.start]) % 2:
        return True
    words = [t for t in sent if t.is_alpha]
    return len(words) >= 4 and sum(t.text[:1].isupper() for t in words) >= 0.8 * len(words)


def _fullest(full: list[tuple[str, set[str], int]], words: set[str], prefer: frozenset[str] = frozenset()) -> str | None:
    """The key of the full name that holds `words`. A surname shared by two
    people ("Kathryn Vasko" and her father "Richard D. Vasko") goes to
    the one the article names first, its subject, not to the longer name,
    unless one of them is in `prefer`."""
    hits = [(key not in prefer, toks != words, first, key) for key, toks, first in full if words <= toks]
    return min(hits)[3] if hits else None  # the name itself first, then the earliest


def _leader_keys(full: list[tuple[str, set[str], int]], ent: Span, title: str | None) -> frozenset[str]:
    """Keys of the well-known leaders among `full` when a lone surname carries a
    title ("President Vasko" where the article names Vasko's son first and
    the president later): the title says which Vasko is meant."""
    if len(ent) != 1 and not title:
        return frozenset()
    if not title:
        words = [t.text for t in tokens_of(ent.doc)[ent.root.left_edge.i : ent.start]
                 if t.dep_ == "compound" and t.head.i in range(ent.start, ent.end)]
        title = " ".join(words) or None
    if not title or coding.role_of(title) is None:
        return frozenset()
    return frozenset(key for key, _toks, _first in full if coding.is_leader(key[2:]))


def _common_word_names(doc: Doc, ents: Sequence[Span]) -> set[int]:
    """Starts of one-word PERSON entities that are common words capitalised
    by position: "“Herring swam by my face ...”" where the article also writes
    "herring". Such a word is capitalised only at the start of a sentence or
    quotation, and no longer name holds it ("Theresa May" keeps "May").
    `ents`: the Doc's entities."""
    singles = [e for e in ents if e.label_ == "PERSON" and len(e) == 1]
    if not singles:
        return set()
    in_names = {t.lower_ for e in ents if e.label_ == "PERSON" and len(e) > 1 for t in e}
    words = {e.root.lower_ for e in singles} - in_names
    if not words:
        return set()
    lower_seen, mid_caps = set(), set()
    # the words' tokens, found by their lower-case forms' keys read in one call (not Token.lower_ on each token)
    keys, toks, lowers = {doc.vocab.strings[w] for w in words}, tokens_of(doc), doc.to_array(LOWER)
    # (the sets below do not depend on the order the tokens are met in)
    for i in [i for key in keys for i in np.flatnonzero(lowers == key).tolist()]:
        t = toks[i]
        if t.is_lower:
            lower_seen.add(t.text)
        elif not t.is_sent_start and not (t.i > 0 and (doc[t.i - 1].is_quote or doc[t.i - 1].is_punct)):
            mid_caps.add(t.lower_)
    return {e.start for e in singles if e.root.lower_ in lower_seen and e.root.lower_ not in mid_caps}


def _title_inside(ent: Span) -> int | None:
    """Where a title starts inside an ORG entity that runs on into a person's
    name ("Acme Corp Chief Financial" + "Officer Jo Doe"), else None."""
    if len(ent) < 2:
        return None
    tok = ent.root
    for _ in range(3):  # the cheap test first: does the entity run on into a name?
        if tok.dep_ not in {"compound", "amod", "nmod"} or tok.head is tok:
            return None
        tok = tok.head
        if tok.ent_type_ == "PERSON":
            return next((t.i for t in tokens_of(ent.doc)[ent.start + 1 : ent.end] if t.is_title and coding.role_of(t.text)), None)
    return None


def is_title_org(ent: Span) -> bool:
    """ORG entities that are really titles before a name: "U.S. National Security Advisor Jane Doe"."""
    root = ent.root
    return root.dep_ == "compound" and root.head.ent_type_ == "PERSON"


class ActorSet:
    """Collects actors of one document and the char spans that mention them."""

    def __init__(self, doc: Doc, skip: list[tuple[int, int]] | None = None) -> None:
        self.doc = doc
        self.skip = skip or []  # not the story (credit lines, footers, datelines): no actors there
        self.ents: list[Span] = []
        self.set_aside: list[Span] = []
        self.drafts: dict[str, ActorDraft] = {}
        self.order: list[str] = []
        self.person_tokens: dict[str, set[str]] = {}
        self.span_actor: dict[tuple[int, int], str] = {}
        self.aliases: dict[str, str] = {}  # short forms given in brackets -> draft key
        self.owners: dict[str, str] = {}  # body key -> the country its name was given with ("Peru's ...")
        # the same spans, indexed as mentions come: lookups by place never scan them all
        self._spans: Intervals[tuple[int, int]] = Intervals()

    # -- creation ------------------------------------------------------------
    def _add(self, key: str, name: str, label: str) -> ActorDraft:
        d = self.drafts.get(key)
        if d is None:
            d = ActorDraft(key=key, name=name, label=label)
            self.drafts[key] = d
            self.order.append(key)
        elif len(name) > len(d.name) and (label != "GPE" or key.startswith("O:") and d.label == "ORG"):
            d.name = name  # (a body's full name the tagger took for a place names it too: "Lankor Mobile")
        if label == "ORG" and d.label in {"GPE", "LOC"} and key.startswith("O:"):
            d.label = "ORG"  # no known place, and called a body elsewhere ("Corvanta")
        return d

    def mention(self, draft: ActorDraft, start: int, end: int) -> None:
        draft.mentions.add((start, end))
        if (start, end) not in self.span_actor:
            self._spans.add((start, end))
        self.span_actor[(start, end)] = draft.key

    def remention(self, span: tuple[int, int], draft: ActorDraft) -> None:
        """The mention at `span` is `draft`'s after all; a draft left with no
        mention is no actor."""
        for old in [d for d in self.drafts.values() if d is not draft and span in d.mentions]:
            old.mentions.discard(span)
            if not old.mentions:
                del self.drafts[old.key]
                self.order.remove(old.key)
        self.mention(draft, *span)

    def add_entities(self) -> None:
        ents = _fix_labels(self.doc, _portfolio_holders(self.doc, _titled_names_left_out(self.doc, _named_by_initials(
            self.doc, _body_bounds(self.doc, _join_name_particles(self.doc))))))  # (Doc.ents builds every span again)
        self.ents = [e for e in ents if not within(self.skip, e.start_char, e.end_char)]
        # the credit lines' and footers' own (a byline's place tells where the story is filed)
        self.set_aside = [e for e in ents if within(self.skip, e.start_char, e.end_char)] if self.skip else []
        common = _common_word_names(self.doc, ents)
        aged = _aged_words(self.doc)
        person_at = {e.start: _is_person(e, aged) for e in self.ents}  # asked twice below: once each
        # the same name's surname alone, also taken for a place ("Zielińska said")
        surnames = {e[-1].text for e in self.ents if person_at[e.start] and e.label_ in {"GPE", "LOC"} and len(e) > 1}
        for e in self.ents:
            if e.label_ in {"GPE", "LOC"} and len(e) == 1 and span_text(e) in surnames:
                person_at[e.start] = True
        persons = [e for e in self.ents if person_at[e.start] and e.start not in common]
        words, text = tokens_of(self.doc), text_of(self.doc)
        names = _person_names(persons)
        # longest names first, so that "Amir Doe" and "Doe" join "Karim Amir Doe"
        full: list[tuple[str, set[str], int]] = []  # key, name words, first mention
        first: dict[str, int] = {}
        for e in persons:
            first.setdefault(names[e.start][0], e.start)
        for e in sorted(persons, key=lambda e: -len(names[e.start][0].split())):
            name, title = names[e.start]
            toks = set(name.lower().split())
            if not toks:
                continue
            key = _fullest(full, toks, _leader_keys(full, e, title))
            if key is None:
                key = "P:" + name.lower()
                full.append((key, toks, first[name]))
            d = self._add(key, name, "PERSON")
            if title:
                d.gender = d.gender or gender_of(title)
            if title and coding.role_of(title):
                d.descriptions.append(title)
                d.role = fuller_role(d.role, _cased(title, coding.role_of(title)))
        for e in self.ents:
            if e.label_ not in NAMED_LABELS:
                continue
            name = clean_name(span_text(e))
            # (its first word read first, from the text: most names start with a capital)
            if not name or not (text[e.start_char].isupper() or text[e.start_char].isdigit() or any(
                    t.text[:1].isupper() or t.text[:1].isdigit() for t in words[e.start + 1 : e.end])):
                continue  # "wasn’t" gives the tagger a place called "n’t"
            if e.start in common:
                continue
            if person_at[e.start]:
                name, title = names[e.start]
                toks = set(name.lower().split())
                key = _fullest(full, toks, _leader_keys(full, e, title))
                if key:
                    self.mention(self.drafts[key], e.start_char, e.end_char)
                continue
            if e.label_ == "PERSON":  # a place or a people taken for a person
                people = _demonym(e) and coding.code_actor(e.text).type != "state"
                e = Span(self.doc, e.start, e.end, label="NORP" if people else "GPE")
            kind = _described_as_body(e) if e.label_ in {"GPE", "LOC"} else None
            if kind is not None:
                e = Span(self.doc, e.start, e.end, label="ORG")  # "the state news agency Kabar"
            if e.label_ == "ORG" and is_title_org(e):
                continue
            if e.label_ == "ORG" and (cut := _title_inside(e)) is not None:
                e = self.doc[e.start : cut]  # "Acme Corp Chief Financial Officer Jo Doe": the body is Acme Corp
                name = clean_name(e.text)
            if e.label_ == "NORP" and not (e.root.pos_ in {"PROPN", "NOUN"} and e.root.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "conj"}):
                continue  # "Iranian drones": a modifier, not an actor
            d = self.add_named(e, name)
            if kind is not None:
                d.descriptions.append(kind.text)

    def describe_persons(self) -> None:
        """Roles and nationality from the words around a name: "Iranian Foreign
        Minister X", "X, the foreign minister", "his Ukrainian counterpart X"."""
        toks = tokens_of(self.doc)
        for e in self.ents:
            if e.label_ != "PERSON":
                continue
            d = self.actor_in(e, {"PERSON"})
            if d is None:
                continue
            head = e.root
            holder = head.head if head.dep_ in {"appos", "compound"} and head.head.ent_type_ != "PERSON" else None
            told_before = None
            if holder is None and head.dep_ in {"nsubj", "nsubjpass"} and e.start >= 2 and toks[e.start - 1].text == ",":
                # "Its deputy director-general for food safety, Karen Hollis, questioned ...": the
                # parser gives the verb two subjects; the title before the comma is the name's
                holder = next((c for c in kids(head.head) if c.dep_ == head.dep_ and c.i < e.start
                               and c.right_edge.i == e.start - 2 and c.ent_type_ != "PERSON"), None)
                if holder is None and e.end < len(toks) and toks[e.end].text == ",":
                    # "after a former inspector at its depot, X, contacted ...": the parser hangs
                    # the title set off before the name on the clause before
                    holder = told_before = _role_ending_at(toks[e.start - 2])
            words = list(toks[head.left_edge.i : e.start])
            if holder is not None:  # "counterpart X": the description is the noun X stands beside
                last = holder.i if told_before is not None else e.start - 1  # not the clause's words after it
                words = [t for t in subtree(holder) if t.i <= last]
                # (the whole of a hyphenated title the parser cut: "editor-in-" + "chief")
                while words and words[0].i >= 2 and toks[words[0].i - 1].tag_ == "HYPH" and not toks[words[0].i - 1].whitespace_ \
                        and not toks[words[0].i - 2].whitespace_:
                    words = [toks[words[0].i - 2], toks[words[0].i - 1], *words]
            if self.skip:  # not a dateline the parser hung on the name ("LISBON, March 4 (Wirepost) - Former CFO Jo Doe")
                words = [t for t in words if not within(self.skip, t.idx)]
            desc = _described_as(words)
            d.gender = d.gender or gender_of(desc)
            if desc and any(ch.isalpha() for ch in desc):
                c = coding.code_actor(desc)
                d.descriptions.append(desc)
                # the owner first: "Ukraine's ambassador in Warsaw" is Ukraine's, posted in Poland
                d.country = d.country or country_possessor(holder if holder is not None else head) or c.country
                d.role = fuller_role(d.role, _cased(desc, c.role))
            if holder is not None and holder.lemma_ == "counterpart" and not d.role:
                other = _sentence_subject_person(self, holder)
                if other is not None:
                    d.relations.append(other)

    def affiliate(self) -> None:
        """What a named person or body belongs to, and what the article says of
        it after its name: "X, chief executive of Acme", "Acme's director, X",
        "a KGB spokesman, X", "X, an aide to Azerbaijan's president", "Acme,
        the Peruvian unit of Y". A member without a country of its own takes
        its body's (`finish`)."""
        toks = tokens_of(self.doc)
        for e in self.ents:
            if e.label_ not in {"PERSON", "ORG"}:
                continue
            d = self.actor_in(e, {"PERSON", "ORG"})
            if d is None:
                continue
            root = e.root
            if e.label_ == "ORG":
                self._describe_body(e, d)
            if not d.country and any(coding.role_of(x) for x in d.descriptions):
                d.country = _placed_sentence(e)  # "In Moscow, Foreign Ministry spokeswoman X said"
                if d.country is None and any(coding.code_actor(x).sector in coding.STATE_SECTORS for x in d.descriptions):
                    d.country = _capital_spoken_in(e)  # "ministry spokesman X told reporters in Baku"
            # set off by a comma: "X, chief executive of Y" (not "X and Y's opera"); on any word of
            # the name, where the parser cut it ("Kim Min-seo, the senior prosecutor")
            comma = e.end < len(toks) and toks[e.end].text == ","
            # (a common noun the tagger calls proper when it put it in a name: "X, the federal department responsible")
            roles = [c for t in toks[e.start : e.end] for c in kids(t) if c.dep_ == "appos" and c.i >= e.end
                     and (c.pos_ == "NOUN" or c.pos_ == "PROPN" and c.is_lower)] if comma else []
            if root.dep_ == "conj" and comma:
                # "Ann Lee and Acme, the group she founded": the parser hangs the
                # apposition on the first name of the pair; it follows the last
                roles += [c for c in kids(root.head) if c.dep_ == "appos" and c.left_edge.i == e.end + 1
                          and c.pos_ == "NOUN"]
            for c in roles:  # after the name: "X, the Peruvian unit of Y", "X, an aide to Azerbaijan's president"
                desc = self.doc[c.left_edge.i : _phrase_end(c)]
                if not desc.text or self.skip and within(self.skip, desc.start_char):
                    continue
                # "Frontex, the European Union's border agency": its kind (an article first: not
                # the next item of a list the parser hung on the name, "X, her concerns ...")
                if e.label_ == "ORG" and desc[0].lower_ in {"a", "an", "the"}:
                    d.descriptions.append(desc.text)
                elif e.label_ == "PERSON" and desc[0].lower_ in {"a", "an", "the"} and not d.role:
                    # "... by Edgar Doe, a former vice president of Acme": a role told where the
                    # person is not the speaker (a speaker's own is read as they speak)
                    role = coding.code_actor(desc.text).role
                    if role:
                        d.role = _cased(desc.text, role)
                        d.descriptions.append(desc.text)
                if not d.country:
                    country = coding.code_actor(desc.text).country
                    d.country = country if country and len(country) == 3 and not is_region(country) else None
            if e.label_ == "PERSON" and not d.role:
                served = _served_as(e)
                if served is not None:
                    d.role = served
                    d.descriptions.append(served)
            if root.dep_ in {"appos", "compound"} and root.head.i < e.start and root.head.pos_ == "NOUN" and coding.role_of(root.head.text):
                roles.append(root.head)  # before it: "Acme's director, X", "Acme chief executive X" (not "scandal victim X")
            if e.label_ == "PERSON":
                roles.append(root)  # "X of Acme"
                # "Acme managing director X", where the parser hangs the title on the name
                roles += [c for c in kids(root) if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < e.start
                          and coding.role_of(c.text)]
            for role in roles:
                body = self._body_of(role, d)
                if body is not None:
                    d.member_of = d.member_of or body
                    break

    def _describe_body(self, e: Span, d: ActorDraft) -> None:
        """A body's country from the words before its name ("German public
        broadcaster NDF", "the Bangkok-based Mekong Watch Institute",
        "Belarus's KGB security service") or a country after it ("the KGB of
        Belarus")."""
        root = e.root
        head = root.head if root.dep_ in {"appos", "compound"} and root.head.i < e.start and root.head.pos_ == "NOUN" else root
        # only the modifiers right before the name: a misparsed headline can hang a whole clause on it
        first, toks = e.start, tokens_of(self.doc)
        while first > head.left_edge.i and (toks[first - 1].dep_ in BODY_MODIFIERS or toks[first - 1].tag_ == "HYPH"
                                            or toks[first - 1] == head):
            first -= 1
        if first == e.start > 1 and toks[first - 1].pos_ == "NOUN" and toks[first - 2].lower_ == "the" and (
                toks[first - 1].dep_ in {"nsubj", "dobj", "pobj"}) and coding.code_actor(toks[first - 1].text).sector:
            first -= 1  # "The opposition Jan Shakti Party staged", parsed as two subjects
        before = [t for t in toks[first : e.start] if not (self.skip and within(self.skip, t.idx))]
        desc = _described_as(before, drop_case=True)
        if desc:
            d.descriptions.append(desc)
        # a country as possessor, before the name or in it: "Belarus's KGB", "Peru's Defence Ministry"
        owner = next((c for t in toks[first : root.i] if t.dep_ == "poss" and (c := possessor_country(t))), None)
        if owner is None and root.dep_ == "conj" and root.head.i < e.start:
            # "Egypt's Ministry of Defence and Foreign Ministry": the first body's owner owns both
            owner = country_possessor(root.head)
        of = next((g for c in kids(root) if c.dep_ == "prep" and c.lower_ == "of" and c.i >= e.end
                   for g in kids(c) if g.dep_ == "pobj" and g.ent_type_ == "GPE"), None)
        country = owner or (coding.country_of(desc) if desc else None) or (coding.country_of(of.text) if of is not None else None)
        if country and len(country) == 3 and not is_region(country):
            d.country = d.country or country

    def _body_of(self, role: Token, member: ActorDraft) -> ActorDraft | None:
        """The named organisation that a role noun belongs to: its possessor,
        a name compounded with it, or the object of its "of/at/for"."""
        for c in kids(role):
            if c.dep_ == "poss" and c.lower_ == "its":
                # "Its chief executive, X, said": the body just named ("The commission said ...")
                near = self.bodies_before(role.idx, reach=400)
                if near and near[0] is not member:
                    return near[0]
                continue
            if c.dep_ == "poss" or c.dep_ == "compound" and c.i < role.i or (
                    c.dep_ == "amod" and c.i < role.i and _is_acronym(c.text)):  # (initials read as a modifier)
                found = c
            elif c.dep_ == "prep" and c.lower_ in {"of", "at", "for", "with"} and c.i > role.i:
                found = next((g for g in kids(c) if g.dep_ == "pobj"), None)
            else:
                continue
            if found is not None and c.dep_ == "poss" and found.pos_ == "NOUN" and not found.ent_type_:
                # "The commission's chairwoman, X": the latest body named with that word
                word = found.lemma_.lower()
                body = next((b for b in self.bodies_before(role.idx) if word in b.name.lower().split()), None)
                if body is not None and body is not member:
                    return body
                continue
            if found is not None and not found.ent_type_ and _is_acronym(found.text):
                body = self.named_body(found.text)  # "Karel Brabec, NCSO director"
                if body is not None and body is not member:
                    return body
            if found is None or not found.ent_type_:
                continue
            # a body the tagger took for a place ("Qimma's chief commercial officer")
            # the whole name, which may run past its head ("the People's Alliance for Renewal")
            ent = entity_at(found)
            span = self.doc[found.left_edge.i : max(found.i + 1, ent.end if ent is not None else 0)]
            body = self.actor_in(span, {"ORG", "GPE", "FAC"})
            if body is not None and body is not member and body.key.startswith("O:"):
                return body
        return None

    def named_body(self, name: str) -> ActorDraft | None:
        """The named body that `name` stands for: the same name, a shortening
        ("the ministry", "Corvanta" of "Corvanta Therapeutics"), its initials
        ("NCSO") or the short form given in brackets after it ("(SENAF)")."""
        if name in self.aliases:
            return self.drafts[self.aliases[name]]
        form, _, rest = name.partition(" ")
        if rest in self.aliases and form.isupper() and coding.code_actor(form, ner_label="ORG").sector == "BUS":
            return self.drafts[self.aliases[rest]]  # "PT MPCI" after "PT Meltari ... Industry (MPCI)": the form, then the short name
        key = _org_key(name)
        short = _is_acronym(name)
        for k, d in self.drafts.items():
            if k.startswith("O:") and (_same_org(k[2:], key) or short and _abbreviates(name, d.name)
                                       or _is_acronym(d.name) and _abbreviates(d.name, name)):
                return d
        return None

    def genders_from_pronouns(self) -> None:
        """Gender of a named person from the pronoun that follows them as the
        subject of their own clause ("Jane Doe and her aides said", "Doe
        said he ..."), so that a later "she" does not go to a man named last.
        A title already known wins; a name between them breaks the link; a
        common given name decides last."""
        votes: dict[str, Counter] = {}
        for e in self.ents:
            if e.label_ != "PERSON":
                continue
            root = e.root
            # ("The lawyer, Jo Doe, said that when he ...": the name set beside the subject)
            subj = root.head if root.dep_ == "appos" and root.head.dep_ in {"nsubj", "nsubjpass"} else root
            if subj.dep_ not in {"nsubj", "nsubjpass"}:
                continue
            d = self.actor_in(e, {"PERSON"})
            if d is None or d.gender:
                continue
            t = pronoun_after(e)
            if t is not None and subj is not root and t.dep_ not in {"nsubj", "nsubjpass"}:
                continue  # (beside a title, only a subject: "..., told AP that X denies the charges against her")
            if t is not None and subj.head in t.ancestors:
                votes.setdefault(d.key, Counter())[PERSON_PRONOUNS[t.lower_]] += 1
        for key, c in votes.items():
            (g, n), *rest = c.most_common()
            if not rest or rest[0][1] < n:
                self.drafts[key].gender = g
        # what the article does not tell, a common given name may
        for d in self.drafts.values():
            if d.label == "PERSON" and d.gender is None:
                d.gender = given_name_gender(d.name)

    def add_described_names(self) -> None:
        """Proper names that the parser left untagged but the article describes:
        "the Croatian daily newspaper Foo list" -> an outlet named "Foo list"."""
        doc, toks = self.doc, tokens_of(self.doc)
        # only a word with a common noun compounded before it can hold one ("newspaper Foo list"): those
        # words found from the parse read in one call (Token.dep_ on every token is slow), in text order
        parse = doc.to_array([DEP, HEAD, POS])
        deps, heads, tags = parse[:, 0], parse[:, 1].view("int64"), parse[:, 2]  # (heads: signed offsets)
        strings = doc.vocab.strings
        left = np.flatnonzero((deps == strings["compound"]) & (heads > 0) & (tags == strings["NOUN"]))
        for i in sorted(set((left + heads[left]).tolist())):
            tok = toks[i]
            if tok.dep_ not in {"pobj", "dobj", "nsubj", "nsubjpass", "appos"} or tok.ent_type_ in {"PERSON", "ORG", "GPE"}:
                continue
            if self.skip and within(self.skip, tok.idx):
                continue
            comps = [c for c in kids(tok) if c.i < tok.i and c.dep_ == "compound"]  # (Token.lefts builds them anew)
            if not comps or not any(c.pos_ == "PROPN" or c.text[:1].isupper() for c in comps):
                continue
            inst = [c for c in comps if c.pos_ == "NOUN" and coding.code_actor(c.text).sector]
            if not inst:
                continue
            first = inst[-1].i + 1
            name_toks = self.doc[first : tok.i + 1]
            if not name_toks or not name_toks[0].text[:1].isupper():
                continue
            desc = self.doc[tok.left_edge.i : tok.i + 1]
            if coding.role_of(inst[-1].text):
                # after a person's title, a person's name: "ICC Prosecutor Jo Doe", "Opposition lawmaker Jo Doe"
                if 2 <= len(name_toks) <= 3 and all(t.pos_ == "PROPN" for t in name_toks):
                    self._add_untagged_person(name_toks, self.doc[tok.left_edge.i : first].text)
                continue
            self._add_untagged_body(name_toks, desc.text)
        # the same name set after its kind: "Moldova's state gas company GazNat accused"
        iob = doc.to_array([ENT_IOB])
        for i in np.flatnonzero((deps == strings["appos"]) & (heads < 0) & (tags == strings["PROPN"])
                                & (iob == 2)).tolist():
            tok = toks[i]
            kind = tok.head
            start = tok.left_edge.i
            if start != kind.i + 1 or kind.pos_ != "NOUN" or not 1 <= tok.i + 1 - start <= 3 or (
                    self.skip and within(self.skip, tok.idx)):
                continue
            name_toks = doc[start : tok.i + 1]
            if not _untagged_proper(name_toks):
                continue
            coded = coding.code_actor(kind.text)
            if coded.type != "organization" or not coded.sector or coding.country_of(name_toks.text):
                continue
            self._add_untagged_body(name_toks, doc[kind.left_edge.i : kind.i + 1].text)
        # ... or set before it: "PT Borneo Jaya Bauksit, a joint venture owned by ..."
        for i in np.flatnonzero((deps == strings["appos"]) & (heads < 0) & (tags == strings["NOUN"])).tolist():
            kind = toks[i]
            tok = kind.head
            start = tok.left_edge.i
            if tok.pos_ != "PROPN" or kind.left_edge.i != tok.i + 2 or toks[tok.i + 1].text != "," or not (
                    2 <= tok.i + 1 - start <= 5) or kind.left_edge.lower_ not in {"a", "an"} or (
                    self.skip and within(self.skip, tok.idx)):
                continue
            name_toks = doc[start : tok.i + 1]
            if not _untagged_proper(name_toks):
                continue
            desc = doc[kind.left_edge.i : kind.i + 1]
            # (a body of any kind: "a joint venture" names none)
            if coding.code_actor(desc.text).type != "organization" or coding.country_of(name_toks.text):
                continue
            self._add_untagged_body(name_toks, desc.text)

        # ... or written as the first words of its kind: "heads the Nasa Polje farmers' association"
        # (tagged a body or left untagged)
        for i in np.flatnonzero((deps == strings["compound"]) & (heads > 0) & (tags == strings["PROPN"])).tolist():
            tok = toks[i]
            members = tok.head
            if members.i != i + 1 or members.pos_ != "NOUN" or not members.is_lower or members.dep_ != "poss" or (
                    tok.ent_type_ not in {"", "ORG"} or self.skip and within(self.skip, tok.idx)):
                continue
            kind = members.head
            start = tok.left_edge.i
            if start == 0 or toks[start - 1].lower_ != "the" or not 1 <= i + 1 - start <= 3 or not (
                    names_a_body_kind(kind.lemma_.lower())) or kind.i > members.i + 2:
                continue
            name_toks = doc[start : i + 1]
            description = "the " + doc[members.i : kind.i + 1].text
            if tok.ent_type_ == "ORG":
                named = self.actor_in(doc[start - 1 : i + 1], {"ORG"})  # (the tagger may take "the" in)
                if named is not None:
                    named.descriptions.append(description)
            elif _untagged_proper(name_toks) and not coding.country_of(name_toks.text):
                self._add_untagged_body(name_toks, description)

        # ... or a whole name in capitals that ends in its kind, which the tagger left untagged
        # ("The Atsimo Cinnamon Exporters' Association said"; a place in it may be tagged alone)
        for i in np.flatnonzero((tags == strings["PROPN"]) & (iob != 1)).tolist():
            tok = toks[i]
            if tok.ent_type_ in {"ORG", "PERSON"} or not tok.is_title or not names_a_body_kind(tok.lower_) or (
                    self.skip and within(self.skip, tok.idx)):
                continue
            start = i
            while start > 0 and (toks[start - 1].is_title and toks[start - 1].pos_ == "PROPN" or (
                    toks[start - 1].tag_ == "POS" and start > 1 and toks[start - 2].is_title)) and i - start < 6:
                start -= 1
            name_toks = doc[start : i + 1]
            if start == i or toks[start - 1].lower_ != "the" or any(t.ent_type_ == "PERSON" for t in name_toks) or (
                    coding.country_of(name_toks.text)):
                continue
            self._add_untagged_body(name_toks, tok.lower_)

    def _add_untagged_person(self, name: Span, title: str) -> None:
        """A person's name the tagger left untagged (or took for a people or a
        title) after the title the article gives them."""
        d = self._add("P:" + name.text.lower(), name.text, "PERSON")
        d.descriptions.append(title)
        d.role = fuller_role(d.role, _cased(title, coding.role_of(title)))
        d.gender = d.gender or gender_of(title)
        self.remention((name.start_char, name.end_char), d)
        # the surname alone elsewhere, taken for a place we do not know ("Doe's announcement")
        surname = name[-1].text
        for other in [o for o in self.drafts.values() if o.label in {"GPE", "LOC"} and o.name == surname
                      and coding.country_of(surname) is None and coding.place_country(surname) is None]:
            for span in sorted(other.mentions):
                self.remention(span, d)

    def _add_untagged_body(self, name: Span, description: str) -> None:
        """A proper name the tagger left untagged that the article gives a body's kind."""
        d = self._add("O:" + _org_key(name.text), name.text, "ORG")
        d.descriptions.append(description)
        self.mention(d, name.start_char, name.end_char)

    def add_named(self, span: Span, name: str) -> ActorDraft:
        label = span.label_ or "ORG"
        if label == "ORG" and len(span) <= 3 and (c := coding.code_actor(name, ner_label="ORG")).type == "state" and c.country and not c.sector:
            label = "GPE"  # "Vientiane denies" in a headline: a capital the tagger took for a body
        # the whole name must be the place ("New England" holds "England" but is not GBR)
        coded = coding.code_actor(name, ner_label=label) if label in {"GPE", "LOC", "NORP"} else None
        country = coded.country if coded else None
        # a party ("Republicans", "Democrats") is its own actor, not the country
        if label in {"GPE", "LOC", "NORP"} and country and not (label == "NORP" and coded.sector):
            key = "C:" + country
            d = self._add(key, name, "GPE")
            # the country's own name beats a capital or a demonym as the display name
            # ... and its full name its short one ("the United States" beats "U.S.")
            short = clean_name(name) if name.lower().startswith("the ") else name
            if is_country_name(name) and (not is_country_name(d.name) or len(short) > len(d.name)):
                d.name = short
            elif coding.is_capital(name) and not is_country_name(d.name) and not coding.is_capital(d.name):
                d.name = name  # "Baghdad said" after "loaded in Basra": the seat of government
            d.country = country
        elif (person := self._person_named(name)) is not None:
            d = person  # a surname the tagger took for an organisation
        else:
            existing = self.named_body(name)
            if existing is not None and len(name) > len(existing.name) and coding.country_of(name) \
                    and not coding.country_of(existing.name):
                existing = None  # "the Foreign Ministry said" before "the Russian Foreign Ministry": another one
            poss, owner = (_country_poss(span) if label == "ORG" else None) or (None, None)
            if existing is not None and owner is not None and self.owners.get(
                    existing.key, coding.country_of(existing.name)) not in {None, owner}:
                # "Peru's Defence Ministry" after "Chile's Defence Ministry": another one,
                # named with its country
                name = f"{self.doc[poss.left_edge.i : poss.right_edge.i + 1].text} {name}"
                existing = self.drafts.get("O:" + _org_key(name))
            d = self._add(existing.key if existing is not None else "O:" + _org_key(name), name, label)
            if owner is not None:
                self.owners.setdefault(d.key, owner)
            alias = _given_short_form(span)
            if alias is not None and alias not in self.aliases:
                self.aliases[alias] = d.key  # "the National Oversight Service (SENAF)"
        self.mention(d, span.start_char, span.end_char)
        return d

    def _person_named(self, name: str) -> ActorDraft | None:
        words = set(name.split())
        # ("al-Wazzan" of "Tamir al-Wazzan": a particle joined to the surname)
        if not words or not all(w[:1].isupper() or w.split("-", 1)[0] in NAME_PARTICLES and "-" in w for w in words):
            return None
        for d in self.drafts.values():
            if d.label == "PERSON" and words <= _word_set(d.name):
                return d
        return None

    def add_description(self, span: Span, owner: ActorDraft | None = None) -> ActorDraft:
        """An unnamed speaker as described. `owner`: whom a possessive pronoun
        stands for ("her office", "whose aides": "Ana Ruiz's office")."""
        name = clean_name(span.text) or span.text.strip()  # "Another stated": no name is left after the determiner
        if all(t.pos_ == "PROPN" for t in span) and (is_country_name(name) or coding.is_capital(name)):
            return self.add_named(Span(span.doc, span.start, span.end, label="GPE"), name)  # an untagged "Tunis"
        seat = _seat(span)
        if seat is not None:
            name = clean_name(span[: seat.i - span.start].text)  # "the Central Drugs Organisation in New Delhi"
            place = coding.country_of(span[seat.i - span.start + 1 :].text)
        if owner is not None and len(span) > 1:
            name = f"{owner.name}'s {clean_name(span[1:].text)}"
        state = _government_of(span) if owner is None and seat is None else None
        # "Ethiopia's government" and "the Ethiopian government" are one; named as the latter
        d = self._add("D:" + name.lower() if state is None else f"D:{state[0].lower()} {span.root.lower_}", name, "NOM")
        if state is not None and state[1]:
            d.name = name
        if seat is not None:
            d.country = d.country or place
        if owner is not None:
            d.member_of = d.member_of or owner
        d.descriptions.append(span.text)
        # "Ruiz's aunt", "the spokeswoman": the head noun tells the pronoun
        d.gender = d.gender or gender_of(span.root.text)
        self.mention(d, span.start_char, span.end_char)
        return d

    def add_region(self, word: Token, country: str) -> ActorDraft:
        key = "C:" + country
        d = self._add(key, region_name(word.text), "GPE")
        d.country = country
        self.mention(d, word.idx, word.idx + len(word))
        return d

    # -- lookup --------------------------------------------------------------
    def actor_in(self, span: Span, labels: set[str]) -> ActorDraft | None:
        """The named actor whose mention is the head of `span` (or inside it)."""
        best, start, end, root = None, span.start_char, span.end_char, None
        for s, e in self._spans.overlapping(start, end):  # in the order recorded
            if s >= start and e <= end:
                d = self.drafts[self.span_actor[(s, e)]]
                if d.label not in labels:
                    continue
                # prefer the entity that holds the span's root
                root = span.root.idx if root is None else root
                if s <= root < e:
                    return d
                best = best or d
        return best

    def persons_in(self, span: Span) -> list[ActorDraft]:
        """Named persons mentioned inside `span`, in order."""
        found = sorted((s, self.span_actor[(s, e)]) for s, e in self._spans.overlapping(span.start_char, span.end_char)
                       if span.start_char <= s and e <= span.end_char and self.drafts[self.span_actor[(s, e)]].label == "PERSON")
        return [self.drafts[key] for key in dict.fromkeys(key for _s, key in found)]

    def bodies_before(self, char: int, reach: int = 2000) -> list[ActorDraft]:
        """Named organisations mentioned in the `reach` characters before `char`, most recent first."""
        seen: dict[str, ActorDraft] = {}
        for span in self._spans.starting_before(char):
            if span[0] < char - reach:
                break
            key = self.span_actor[span]
            d = self.drafts[key]
            if d.label == "ORG" and key.startswith("O:") and key not in seen:
                seen[key] = d
        return list(seen.values())

    def mentioned_within(self, start: int, end: int) -> list[tuple[int, int, ActorDraft]]:
        """(start, end, actor) of each mention in the characters [start, end), in text order."""
        return [(s, e, self.drafts[self.span_actor[(s, e)]]) for s, e in sorted(self._spans.overlapping(start, end))]

    def persons_before(self, char: int) -> list[ActorDraft]:
        """Persons mentioned before `char`, most recent mention first."""
        seen: dict[str, ActorDraft] = {}
        for span in self._spans.starting_before(char):
            key = self.span_actor[span]
            d = self.drafts[key]
            if d.label == "PERSON" and key not in seen:
                seen[key] = d
        return list(seen.values())


def _untagged_proper(words: Span) -> bool:
    """Capitalised proper nouns that no entity covers ("GazNat", "PT Borneo Jaya Bauksit")."""
    return all(w.pos_ == "PROPN" and w.ent_iob_ == "O" and w.text[:1].isupper() for w in words)


def _role_ending_at(last: Token) -> Token | None:
    """The role noun of the phrase that ends at `last`: "a former inspector
    at the company's depot" for "depot"."""
    t = last
    while True:
        if t.pos_ == "NOUN" and t.ent_type_ != "PERSON" and coding.role_of(t.text):
            return t
        if t.head.i == t.i or t.head.right_edge.i != last.i:
            return None
        t = t.head


def _phrase_end(noun: Token) -> int:
    """End (token index) of a description headed by `noun`, before a relative
    clause or a second comma-led part ("the unit of Y, which ..."). Unlike
    `rules.noun_phrase` (a speaker's mention) it keeps every prepositional
    part: "an aide to Azerbaijan's president" tells the country."""
    end = noun.right_edge.i + 1
    for c in noun.rights:
        if c.dep_ in {"relcl", "acl"} or c.dep_ == "punct" and c.text in {",", "(", "—", "–"}:
            end = min(end, c.left_edge.i)
    return end


@cache
def _country_names() -> frozenset[str]:
    names: set[str] = set()
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            v = getattr(c, attr, None)
            if v:
                names.add(v.lower())
                names.add(v.split(",")[0].lower())
    extra = data.toml("countries.toml")
    for forms in extra.get("names", {}).values():
        names.update(f.lower().removeprefix("the ") for f in forms)
    return frozenset(names)


@cache
def _alpha3() -> frozenset[str]:
    return frozenset(c.alpha_3 for c in pycountry.countries)


@cache
def _country_codes() -> frozenset[str]:
    """"USA", "GHA", and the two-letter "US", "UK" news writes after a name."""
    return _alpha3() | {"US", "UK"}


@lru_cache(maxsize=16384)
def is_country_name(name: str) -> bool:
    """"Russia", "the United States", "U.S." are country names; "Moscow", "Russian" are not."""
    low = name.lower().removeprefix("the ")
    return low in _country_names()


def is_region(code: str | None) -> bool:
    return bool(code) and code not in _alpha3()


def _government_of(span: Span) -> tuple[str, bool] | None:
    """(country, said by its adjective) of "Sri Lanka's government" or "the
    Sri Lankan government": a state's government named by its country alone
    (not "the Kenyan county government")."""
    root = span.root
    if root.lemma_.lower() not in cues().governments:
        return None
    words = [t for t in span if t.i < root.i and t.dep_ not in {"det", "case"}]
    poss = next((t for t in words if t.dep_ == "poss" and t.head.i == root.i), None)
    if poss is not None:
        country, told = possessor_country(poss), {t.i for t in subtree(poss)}
    else:
        said = span.doc[words[0].i : root.i].text if words else ""
        country = coding.country_of(said) if coding.is_demonym(said) or is_country_name(said) else None
        told = {t.i for t in words}
    if country is None or len(country) != 3 or any(t.i not in told for t in words):
        return None
    return country, poss is None


def region_name(word: str) -> str:
    """"Western" -> "West": the region an adjective names."""
    return word[:-3] if word.lower().endswith("ern") else word


def _cased(text: str, role: str | None) -> str | None:
    """The role as the article writes it (coding lower-cases it)."""
    if not role:
        return role
    i = text.lower().find(role.lower())
    return text[i : i + len(role)] if i >= 0 else role


def _sentence_subject_person(actors: ActorSet, tok: Token) -> ActorDraft | None:
    from claimgraph.attribution.rules import find_subject

    subj, _ = find_subject(sent_root(tok))
    if subj is None:
        return None
    return actors.actor_in(actors.doc[subj.left_edge.i : subj.right_edge.i + 1], {"PERSON"})


@lru_cache(maxsize=16384)  # asked of every person's name for each body named
def _word_set(name: str) -> frozenset[str]:
    return frozenset(name.split())


@lru_cache(maxsize=16384)  # asked of each body's name for every other named
def _org_key(name: str) -> str:
    words = [w for w in name.lower().replace(".", "").split() if w not in {"us", "u.s", "the"}]
    if len(words) == 3 and words[:2] == ["ministry", "of"]:
        words = [words[2], "ministry"]  # "Ministry of Defence" is the "Defence Ministry"
    return " ".join(words)


@cache
def _standalone() -> frozenset[str]:
    return frozenset(_org_key(n) for n in data.toml("institutions.toml")["standalone"]["names"])


_ACRONYM = re.compile(r"[A-Z][A-Za-z]?[A-Z]{1,5}")
_NAME_GLUE = {"of", "for", "and", "the", "on", "in", "de", "del", "la", "des", "du", "&"}


@lru_cache(maxsize=4096)
def _is_acronym(name: str) -> bool:
    return _ACRONYM.fullmatch(name) is not None


def _abbreviates(short: str, name: str) -> bool:
    """`short` is written with the initials of `name`: "NCSO" for the
    "National Cyber Security Office", "AIU" for the "Athletics Integrity Unit"."""
    if not _is_acronym(short) or len(name.split()) < 2:
        return False
    initials = "".join(w[0] for w in name.replace("-", " ").split() if w.lower() not in _NAME_GLUE and w[:1].isalpha())
    return initials.upper() == short.upper() and len(initials) >= 2


def _given_short_form(span: Span) -> str | None:
    """The short form set in brackets right after a name, "... Service (SENAF)",
    or given after a comma, "... Agency, known as OEFA,"."""
    doc, end = span.doc, span.end
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
        short = doc[end + 1].text
        # (or one word of its own: "the Forum for Clean Air (Vardo)")
        return short if _is_acronym(short) or short.isalpha() and short[:1].isupper() and len(span) > 2 else None
    if end + 3 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in {"known", "called"} and (
            doc[end + 2].lower_ == "as"):
        short = doc[end + 3].text
        return short if _is_acronym(short) else None
    return None


@lru_cache(maxsize=16384)  # asked of each body named for every other one
def _same_org(a: str, b: str) -> bool:
    """Two organisation keys of one actor: equal, or one a shortening of the
    other: its last words ("the ministry" of "the foreign ministry"), or its
    first ones before a company's trade or a country ("Corvanta" of "Corvanta
    Therapeutics", "Turning Point" of "Turning Point USA")."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if len(short) <= 3 or short in _standalone():
        return False
    if long.endswith(" " + short):
        # not "commissioner for data protection" of "data protection": a body for the other;
        # not "Harvey and Consumer Watchdog": a pair the tagger took for one name
        return long[: -len(short) - 1].rsplit(" ", 1)[-1] not in {"for", "of", "on", "at", "to", "against", "and"}
    rest = long[len(short) + 1 :]
    # "Corvanta Therapeutics", "Turning Point USA": a trade or a country after the short name
    # (the keys are lower-cased; the trades that name firms only when capitalised must be so:
    # "Arnak" of "Arnak Critical Metals")
    return long.startswith(short + " ") and len(rest.split()) <= 2 and (
        coding.code_actor(rest.title()).sector == "BUS" or is_country_name(rest) or rest.upper() in _country_codes())


# A body of one of these sectors gives its people its sector over the one a
# title common to every kind of body gives ("spokesman" GOV, "chief executive"
# BUS, "Colonel" MIL): CAMEO codes an IGO's spokesman IGO, a firm's president BUS.
MEMBER_SECTORS = frozenset({"IGO", "NGO", "SPY", "MED", "HLH", "EDU", "BUS", "LAB", "PTY", "OPP", "AGR", "CVL", "REL",
                            "JUD", "LEG", "REB", "COP", "REF"})
GENERIC_ROLE_SECTORS = frozenset({"GOV", "BUS", "MIL"})


# Sectors of a state's own bodies and office holders: a wire story names a
# foreign one with its country ("Tajik Foreign Ministry spokeswoman") and the
# dateline's own ones without ("Interior Minister X" under "ASUNCIÓN, May 2 -").
HOME_SECTORS = frozenset({"GOV", "JUD", "LEG", "MIL", "COP", "SPY", "PTY", "OPP"})


_WORD = re.compile(r"[a-z]+")
# words that put a described actor outside the story's country; first words that make it no one of it
_FROM_OUTSIDE = frozenset({"international", "foreign", "global", "world", "overseas", "abroad", "western"})
_NOT_SOMEONE = frozenset({"you", "your", "we", "who", "what", "which", "that", "god"})


def _local(d: ActorDraft, c: coding.Coding, sector: str | None) -> bool:
    """A named person or body the story gives no country, and which is no
    international body: a wire story's own people are of its dateline's
    country unless it says otherwise."""
    if d.label in {"NOM", "GRP", "PERSON_NOM"}:
        # "paramedics", "a shift supervisor", "relatives waiting at the port": the story's own people,
        # unless described as from outside it ("international experts") or the reader ("you")
        words = _WORD.findall(d.name.lower())
        return sector != "IGO" and bool(words) and not set(words) & _FROM_OUTSIDE and words[0] not in _NOT_SOMEONE
    if d.label not in {"PERSON", "ORG", "FAC"} or sector == "IGO":
        return False
    body = d.member_of if d.label == "PERSON" else d  # "Amnesty's researcher X" is not local
    return body is None or not coding.names_known_body(body.name)


# what ends a dateline's place: "LIMA, June 4", "KABUL (Wire) -", "GAZA — "
_DATELINE_CUT = re.compile(r"[,(:]|\s[—–-]")


def home_country(text: str, datelines: list[tuple[int, int]]) -> str | None:
    """The country of the story's dateline ("ASUNCIÓN, May 2 -"); none for a
    dateline of two places ("WASHINGTON/KUALA LUMPUR") or of none."""
    if not datelines:
        return None
    start, end = datelines[0]
    parts = [p.strip() for p in _DATELINE_CUT.split(text[start:end].strip(" [("))]
    place = parts[0]
    if not place or "/" in place:
        return None
    # "TAMALE, Ghana, Sept 18": the country written after the place wins ("BENIN CITY, Nigeria" is no Benin)
    named = parts[1] if len(parts) > 1 and is_country_name(parts[1]) else None
    country = _place_country(named or place)
    return country if country and len(country) == 3 and not is_region(country) else None


@lru_cache(maxsize=16384)  # asked for each place named in each story
def _place_country(text: str, cities: bool = True) -> str | None:
    """`coding.place_country`, and a country's own name that the lexicon reads
    otherwise ("Philippines" without "the" is taken for the people's plural)."""
    return coding.place_country(text, cities) or (coding.country_of(text) if is_country_name(text) else None)


# Entity labels whose names place a story: a place, or a body named for its
# country ("the Ghana Football Federation"). Demonyms are left out: a story
# describes its foreigners by them ("a Malaysian logging company").
_PLACING = frozenset({"GPE", "LOC", "FAC", "ORG"})


def story_country(ents: list[Span], credited: Sequence[Span] = ()) -> str | None:
    """The country a story with no dateline happens in: the one whose places
    (countries, capitals, cities, provinces) it names more than once, and in
    at least two of three place names. A bylined local paper's people are of it.
    `ents`: the story's entities (`ActorSet.ents`, outside credit lines and footers);
    `credited`: those of its credit lines, whose places (where the writer files
    from) count twice."""
    votes: Counter[str] = Counter()
    for weight, group in ((1, ents), (2, credited)):
        for ent in group:
            if ent.label_ not in _PLACING:
                continue
            code = _place_country(span_text(ent), cities=ent.label_ != "ORG")  # a club may share a city's name
            if code and len(code) == 3 and not is_region(code):
                votes[code] += weight
    if not votes:
        return None
    code, top = votes.most_common(1)[0]
    # one mention is too little: "a Singapore-based developer" is a party's home, not the story's
    return code if top >= 2 and 3 * top >= 2 * votes.total() else None


def finish(actors: ActorSet, home: str | None = None) -> tuple[list[Actor], dict[tuple[int, int], str]]:
    """Number, code and name the drafts; return contract actors and the mention map.
    `home`: the dateline's country, given to its own bodies and office holders
    that the story names without one (`HOME_SECTORS`)."""
    out: list[Actor] = []
    ids: dict[str, str] = {}
    coded: dict[str, tuple[coding.Coding, str | None, str | None, str | None]] = {}
    for key in actors.order:
        d = actors.drafts[key]
        label = {"NOM": None, "GRP": None}.get(d.label, d.label)
        c = coding.code_actor(d.name, ner_label=label)
        # a person's surname is no trade: "Adam Driver", "Jane Worker", "Jim Power"
        country, sector, role = c.country, c.sector, d.role if d.label == "PERSON" else d.role or c.role
        if d.label == "PERSON" and c.type == "organization" and c.sector == "BUS" and not coding.names_known_body(d.name):
            sector = None  # a trade word ending a person's name; a known body the tagger took for one keeps it
        for desc in d.descriptions:
            dc = coding.code_actor(desc, ner_label=label)
            country = country or dc.country
            # ("the opposition Jan Shakti Party": a party the article puts in opposition; "Senator X, an
            # opposition member of the committee": a legislator of the opposition, as "opposition MP" is)
            sector = dc.sector if sector in {"PTY", "LEG"} and dc.sector == "OPP" else sector or dc.sector
            role = role or dc.role
        for other in d.relations:
            oc = coding.code_actor(" ".join(other.descriptions) or other.name)
            role = role or other.role or oc.role
            sector = sector or oc.sector
        if d.country:
            country = d.country
        elif country is None and d.label == "GPE":
            country = coding.city_country(d.name)
        if home is not None and not d.country and country != home and coding.names_a_shared_body(d.name):
            country = home  # "Congress" in a Buenos Aires story
        coded[key] = (c, country, sector, role)
    for n, key in enumerate(actors.order, 1):
        d = actors.drafts[key]
        ids[key] = f"A{n}"
        c, country, sector, role = coded[key]
        body = coded.get(d.member_of.key) if d.member_of is not None else None
        if body is not None:  # "Acme's director": Acme's country, and its sector when the role has none
            country, sector = country or body[1], sector or body[2]
            if body[2] in MEMBER_SECTORS and sector in GENERIC_ROLE_SECTORS or body[2] == "OPP" and sector == "LEG":
                sector = body[2]  # "MRC chief executive", "a KGB spokesman, Colonel X": the body's work
        if country is None and home is not None and d.label != "GPE" and (sector in HOME_SECTORS or _local(d, c, sector)):
            country = home
        atype = c.type
        if d.label in {"PERSON", "PERSON_NOM"} or d.label == "NOM" and d.gender:
            atype = "person"  # "the spokeswoman", "Ruiz's aunt": one person, described
        elif d.label in {"GPE"} and key.startswith("C:"):
            atype = "state" if is_country_name(d.name) or len(country or "") == 3 and not is_region(country) else "group"
        code = c.code if (c.country == country and c.sector == sector) else ((country or "") + (sector or "")) or None
        out.append(
            Actor(
                id=ids[key],
                name=d.name,
                type=atype,
                country=country,
                sector=sector,
                code=code or None,
                role=role,
                mentions=sorted(d.mentions),
            )
        )
    mention_map = {span: ids[key] for span, key in actors.span_actor.items()}
    return out, mention_map
