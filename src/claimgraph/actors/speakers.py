"""Speaker resolution: raw attributions -> contract statements with actor ids."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from spacy.tokens import Span, Token

from claimgraph import data
from claimgraph.actors import coding
from claimgraph.actors.resolve import (
    _POSS,
    GROUP_PRONOUNS,
    PERSON_PRONOUNS,
    ActorDraft,
    ActorSet,
    _cased,
    _firm_titles,
    _government_of,
    _is_acronym,
    aged_names,
    clean_name,
    country_possessor,
    fuller_role,
    gender_of,
    given_as,
    is_country_name,
    is_region,
    names_a_body_kind,
    person_name,
)
from claimgraph.attribution.lexicon import cues
from claimgraph.attribution.quotes import Quote, Quotes
from claimgraph.attribution.rules import (
    BARE_HEADS,
    Raw,
    names_itself,
    noun_phrase,
    verb_cue,
    writers_us,
)
from claimgraph.layout import story_paragraphs, title_end
from claimgraph.nlp import (
    entity_at,
    kids,
    names_none,
    opening_participle,
    same_stem,
    sent_bounds,
    sent_of,
    span_text,
    subtree,
    text_of,
    tokens_of,
)
from claimgraph.schema import Statement

LOOKAHEAD_SENTS = 2
TITLED_LOOKAHEAD_SENTS = 8  # further for a name given the description's own title
POSSESSIVES = {"his", "her", "their", "its"}
REFLEXIVES = {"himself", "herself", "themselves"}
DESCRIBED_REACH = 2000  # characters back to a name given with the description a mention repeats


def _role_words(span: Span, name_start: int) -> str:
    """Description words before the name: "Iranian Foreign Minister" of "Iranian Foreign Minister X"."""
    words = [t for t in span if t.idx < name_start and t.pos_ not in {"DET", "PUNCT"} and t.dep_ != "poss"]
    return " ".join(t.text for t in words)


def _appositive_role(name_tok) -> str | None:
    for c in kids(name_tok):
        if c.dep_ == "appos" and c.ent_type_ != "PERSON":
            return " ".join(t.text for t in subtree(c) if t.pos_ not in {"PUNCT"})
    return None


def _name_appositive(ent: Span) -> str | None:
    """The description set beside a name, on its head word or, where the
    parser cut a hyphenated name in two ("Kim Min-seo, the prosecutor"), on
    another word of it."""
    root = ent.root
    return _appositive_role(root.head if root.dep_ == "compound" else root) or next(
        (r for t in ent if t is not root and (r := _appositive_role(t))), None) or _description_read_as_head(ent)


def _description_read_as_head(ent: Span) -> str | None:
    """"Kim Hye-won, director of X, said": the parser hung the name on the
    description after its comma; the description up to its own comma."""
    doc, root = ent.doc, ent.root
    head = root.head
    if root.dep_ not in {"compound", "amod", "nmod"} or head.pos_ != "NOUN" or ent.end >= len(doc) - 1 or (
            doc[ent.end].text != "," or head.i <= ent.end):
        return None
    words = []
    for t in doc[ent.end + 1 : head.right_edge.i + 1]:
        if t.text == ",":
            break
        words.append(t.text)
    return " ".join(words) or None


RANKED = {"MIL", "COP"}  # forces whose members hold a rank beside their post
PERSON_LABELS = frozenset({"PERSON", "PERSON_NOM"})


def _other_role(ent: Span, noun: str, sector: str | None = None) -> bool:
    """The name comes with a description that is not `noun` ("Jane Roe, a
    rival" is not "the senator"), so the name is someone else. A rank is no
    other role for a post of the same force ("General X" may be "the commander")."""
    desc = _name_appositive(ent)
    title = [t for t in tokens_of(ent.doc)[max(0, ent.start - 3) : ent.start] if t.pos_ in {"NOUN", "PROPN"} and t.ent_type_ != "PERSON"]
    words = (desc or "").lower().split() + [t.lower_ for t in title if sent_bounds(t) == sent_bounds(ent.doc[ent.start])]
    if sector in RANKED and words and coding.code_actor(" ".join(words)).sector == sector:
        return False
    return bool(words) and noun not in words


def _one_described(mention: Span) -> Span | None:
    """"One, a 31-year-old former lock, said": the one is who the apposition describes."""
    root = mention.root
    if root.lower_ != "one" or len(mention) != 1:
        return None
    appos = next((c for c in kids(root) if c.dep_ == "appos" and c.pos_ == "NOUN" and c.left_edge.i == root.i + 2
                  and mention.doc[root.i + 1].text == ","), None)
    return noun_phrase(appos) if appos is not None else None


def _trimmed(span: Span) -> Span:
    """Without edge spaces and marks: an odd tokenisation can leave " He" as two tokens."""
    start, end, toks = span.start, span.end, tokens_of(span.doc)
    while start < end and (toks[start].is_space or toks[start].is_punct):
        start += 1
    while end > start and (toks[end - 1].is_space or toks[end - 1].is_punct):
        end -= 1
    return span.doc[start:end]


# Cues that carry on what the last speaker said: "he added" is the same man.
CONTINUING = {"add", "continue", "go", "conclude", "elaborate", "reiterate", "repeat", "insist", "explain"}


class SpeakerResolver:
    def __init__(self, actors: ActorSet, quotes: Quotes | None = None, home: str | None = None,
                 outlet: str | None = None) -> None:
        self.actors = actors
        self.home = home  # the dateline's country: a wire story's bodies of no stated country are of it
        self.outlet = outlet  # the story's own outlet ("In a reply to Balkan Wire, the broadcaster said"): no antecedent
        self.doc = actors.doc
        self.quotes = quotes if quotes is not None else Quotes([])
        self.last_person: ActorDraft | None = None
        # the last organisation, state or document that spoke, and where its cue ended
        self.last_thing: tuple[ActorDraft, int] | None = None
        # unnamed spokespeople by the token index of their noun -> the body they speak for
        self.voices: dict[int, ActorDraft] = {}
        # each speaking "it" resolved, by token index: "It added that it could not confirm P"
        self.its: dict[int, ActorDraft | None] = {}
        self._appos: list[tuple[int, ActorDraft, str, frozenset[str]]] | None = None
        # each state's government the story names by its country, read once when first asked for
        self._governments: list[tuple[Span, str]] | None = None

    def _compatible(self, d: ActorDraft, country: str | None) -> bool:
        if country is None:
            return True
        described = _draft_country(d)
        known = d.country or described
        if known is None or known == country or is_region(known):
            return True  # ("the Latvian commissioner": one of a European body is of some state of it)
        # a country known only from where the person is posted is no nationality
        return described == known and _draft_country(d, posted=False) is None

    def person_description(self, span: Span, content: tuple[int, int] | None = None) -> ActorDraft | None:
        """A definite role description refers back to a person, or forward to one named soon.
        Without a title of its own to match, it refers back to no one when what it
        says (`content`) names a person: in "the mayor broke it, according to the
        lawyer" the lawyer is neither the mayor nor someone named before."""
        text, head = span_text(span), span.root.lower_  # asked for below again and again
        coded = coding.code_actor(text)
        country = coded.country
        # "One former employee said ... The former employee added": the same description
        words = [w for w in text.lower().split() if w not in {"the", "this", "that", "his", "her"}]
        same = [d for d in reversed(list(self.actors.drafts.values()))
                if d.label in {"NOM", "PERSON_NOM"} and d.mentions and min(s for s, _e in d.mentions) < span.start_char
                and (d.name.lower().split()[-1:] == [head] or d.name.lower().split()[-2:] in ([head, "there"], [head, "here"])
                     or _head_word(d.name) == head and self._latest_referent(d, span.start_char, head))]
        described = self._named_with_description(span)
        if same:
            d = next((d for d in same if d.name.lower().split() == words), same[0])
            # "the engineer" left unnamed, then "X, a structural engineer": the one named since
            if described is None or _last_mention(described, span.start_char) < _last_mention(d, span.start_char):
                return d
        if described is not None:
            return described
        # a title ("the official", "the Iranian diplomat") refers back to a person;
        # a plain noun ("the employee", "the vet") only to its own earlier description
        cands = ([self.last_person] if self.last_person else []) + self.actors.persons_before(span.start_char)
        # "the congressman" is not the first lady named last
        g = gender_of(span.root.text)
        cands = [d for d in cands if self._compatible(d, country) and (g is None or d.gender in (None, g))]
        if country is not None:  # "the Vietnamese diplomat": one known to be Vietnamese before one not known
            cands.sort(key=lambda d: (d.country or _draft_country(d)) != country)
        # "the president" is not the former president, nor "the former president" the president
        former = _former(text)
        cands = [d for d in cands if not d.role or head not in _words(d.role) or _former(d.role) == former]
        # "the minister" is no mayor, named or described
        cands = [d for d in cands if not _other_office(_head_word(d.role or (d.name if d.label != "PERSON" else "")),
                                                        head)]
        if coded.sector is not None and coded.sector not in POLITICAL_SECTORS and head not in SPOKESPEOPLE:
            # "the singer" is not the lawyer named last: a trade of another sector is someone else (but
            # a politician may be called a businessman too)
            cands = [d for d in cands if not _other_trade(text, d) or _in_politics(d)]
        sector = coded.sector  # (the whole title's: an attorney general is no army general)
        if coding.is_office(head) or sector in RANKED:
            # "the mayor" is no police chief either: a post outside politics, though no office of the
            # list (a party's nominee may be the governor); "the general" is no president
            fits = (None, sector, *POLITICAL_SECTORS) if sector not in RANKED else (None, sector)
            cands = [d for d in cands if not d.role or head in coding.title_words(d.role)
                     or coding.code_actor(d.role).sector in fits]
        if coded.sector is not None and coding.code_actor(head).sector is None:
            # a sector that a body named with the title gives, not the title ("the UN Special
            # Rapporteur"): only someone known to be of it, not "a surveyor" or a district commissioner
            cands = [d for d in cands if coding.code_actor(_held_role(d) or d.name).sector == coded.sector]
        # "the mayor": the person last given that title; "the chairman", a title of no sector,
        # only one given it within reach
        titled = next((d for d in cands if head in _words(_held_role(d)) and (
            coded.sector is not None or span.start_char - _last_mention(d, span.start_char) <= DESCRIBED_REACH)), None)
        if titled is not None:
            return titled
        if coded.sector is not None:
            if content is not None and any(_named_only_in(d, span, content) for d in cands):
                cands = []  # another person is what it speaks of: a source of its own
            if coded.role in _unique_offices():
                cands = [d for d in cands if coding.is_leader(d.name)]  # "the prime minister" is no patient named last
            # "his doctor", "her lawyer": someone beside the person "his" means, never that person
            if span[0].lower_ not in POSSESSIVES:
                since = _last_mention(cands[0], span.start_char) if cands else -1
                # "the prime minister" is nobody described earlier without that office
                unnamed = self._unnamed_since(span.start_char, since, coded.sector, country, head) \
                    if coded.role not in _unique_offices() else None
                d = unnamed or (cands[0] if cands else None)
                # "The commander of the 4th Brigade told ...": a title with its own "of" phrase
                # introduces someone, named next if at all, rather than recalling the last person
                if d is not None and _defined(span):
                    d = self._named_ahead(span, country, coded.sector) or d
                if d is not None:
                    return d
        elif country is not None:
            # "the Swedish expert" after "Dr. Eva Lindqvist, a Swedish infectious disease specialist":
            # the person of that country named last, not one named next
            near = self._of_country_before(span.start_char, country)
            if near is not None:
                return near
            # "Ostrova told reporters. The Latvian economist said ...": no one known to be of it, the
            # person the sentence before is about, whose country the story has not told
            before = next((d for d in self._subjects_before(span) if d.label == "PERSON"
                           and (d.country or _draft_country(d)) is None and (g is None or d.gender in (None, g))), None)
            if before is not None:
                return before
        return self._named_ahead(span, country, coded.sector)

    def _aged_person(self, mention: Span, age: str, role: str | None = None) -> ActorDraft | None:
        """"The 27-year-old": the person given that age before ("Doe, 27,"), else
        (for "the 44-year-old engineer") the person last called by that role ("the
        engineer, Park Jae-won"), else the subject just before, else the last
        person who spoke."""
        # (a word that names no person is no one given the age: "In Verdun, a 42-year-old contractor")
        given = [d for name, years in aged_names(text_of(self.doc), 0, mention.start_char)
                 if years == int(age) and (d := self._named_person({name})) is not None]
        if given:
            return given[-1]
        if role is not None:
            head = role.split()[-1].lower()
            called = next((d for d in self.actors.persons_before(mention.start_char)
                           if d.key.startswith("P:") and head in _called(d)), None)
            if called is not None:
                return called
        subjects = self._subjects_before(mention)
        return subjects[0] if subjects else self.last_person

    def _of_country_before(self, char: int, country: str | None) -> ActorDraft | None:
        """The person of `country` mentioned last before `char`: within reach,
        or anywhere before when the article names only one."""
        if country is None:
            return None
        of = [d for d in self.actors.persons_before(char) if (d.country or _draft_country(d)) == country]
        if len(of) == 1:
            return of[0]
        return next((d for d in of if char - _last_mention(d, char) <= DESCRIBED_REACH), None)

    def _named_with_description(self, span: Span) -> ActorDraft | None:
        """"The Swiss economist" after "Thomas Keller, a Swiss economist at X": the
        person last named with a description of that head noun, which holds every
        word the mention adds ("the retired judge" for "a retired High Court judge")."""
        root = span.root
        head = root.lemma_.lower()
        # "the group", "the reporters": a body or several people, never one person named (but a
        # trade a person plies too: "the longwall operator" after "X, a longwall operator")
        if root.tag_ != "NN" or names_a_body_kind(head) and head not in cues().either_trades:
            return None
        extra = {t.lower_ for t in span if t.i != root.i and t.pos_ in {"ADJ", "NOUN", "PROPN", "VERB"}}
        # ("the young mother" after "X, a 31-year-old mother of five": an age given says how old)
        return next((d for at, d, noun, words in reversed(self._appositives())
                     if span.start_char - DESCRIBED_REACH < at < span.start_char and noun == head and (
                         extra <= words or "year" in words and extra <= words | _age_words())), None)

    def _appositives(self) -> list[tuple[int, ActorDraft, str, frozenset[str]]]:
        """(where, person, head noun, words) of each description set beside a
        named person ("Thomas Keller, a Swiss economist at X", "The district
        chairman, Moses Amandu,"), in text order;
        read once per article, as the names are all known by then."""
        if self._appos is None:
            found = []
            for d in self.actors.drafts.values():
                if d.label != "PERSON":
                    continue
                for s, e in d.mentions:
                    named = self.doc.char_span(s, e, alignment_mode="expand")
                    for c in kids(named.root) if named is not None else ():
                        if c.dep_ == "appos":
                            words = frozenset(t.lower_ for t in subtree(c) if t.i <= c.i)
                            found.append((s, d, c.lemma_.lower(), words))
                    # ... or set before it: "The district chairman, Moses Amandu, accused"
                    head = named.root.head if named is not None and named.root.dep_ == "appos" else None
                    if head is not None and head.i < named.start and head.pos_ == "NOUN":
                        words = frozenset(t.lower_ for t in subtree(head) if t.i <= head.i)
                        found.append((s, d, head.lemma_.lower(), words))
                    # ... or hung beside it on what comes before ("At Mungula Hills, Santa Kiden, a
                    # 31-year-old mother of five, said": both on "Hills")
                    for c in kids(head) if head is not None and named.end < len(self.doc) and (
                            self.doc[named.end].text == ",") else ():
                        if c.dep_ == "appos" and c.left_edge.i == named.end + 1 and c.pos_ == "NOUN":
                            words = frozenset(t.lower_ for t in subtree(c) if t.i <= c.i)
                            found.append((s, d, c.lemma_.lower(), words))
                    # ... or the name hung on the description after it ("Kim Hye-won, director of X,")
                    if named is not None and _description_read_as_head(named) is not None:
                        head = named.root.head
                        words = frozenset(t.lower_ for t in self.doc[named.end + 1 : head.i + 1])
                        found.append((s, d, head.lemma_.lower(), words))
            self._appos = sorted(found, key=lambda x: x[0])
        return self._appos

    def _named_ahead(self, span: Span, country: str | None, sector: str | None) -> ActorDraft | None:
        """Cataphora: "The spokesman for X said ... \n Jane Doe added ..."."""
        sent = sent_of(self.doc[span.start])
        limit_sent = sent
        near_end = sent.end
        for k in range(TITLED_LOOKAHEAD_SENTS):
            nxt = sent_of(self.doc[limit_sent.end]) if limit_sent.end < len(self.doc) else None
            if nxt is None:
                break
            limit_sent = nxt
            if k < LOOKAHEAD_SENTS:
                near_end = nxt.end
        ahead = (entity_at(t) for t in tokens_of(self.doc)[sent.end : limit_sent.end] if t.ent_iob_ == "B")
        for ent in ahead:
            # not a name in its own sentence: "the source said Ruiz told ..." reports Ruiz
            if ent.label_ == "PERSON":
                d = self.actors.actor_in(ent, {"PERSON"})
                if d is None or not self._compatible(d, country):
                    continue
                # (a post of the same force in words of its own: "the police chief" ... "Inspector
                # General of Police X", a title longer than the words read before the name)
                same_force = sector in RANKED and bool(d.role) and coding.code_actor(d.role).sector == sector
                if not same_force and _other_role(ent, span.root.lower_, sector):
                    continue
                # one with this title ("the league's president" ... "league president X"), or
                # near, one with no title yet or a rank of the same force ("the commander" ... "General X")
                # the title given with the name, held already or in its appositive ("X, a structural engineer")
                role = d.role or _name_appositive(ent) or ""
                if role and span.root.lower_ in _words(role) or ent.start < near_end and (
                        not d.role or sector in RANKED and coding.code_actor(d.role).sector == sector):
                    return d
        return None

    def resolve(self, mention: Span, raw: Raw) -> ActorDraft | None:
        a = self.actors
        if writers_us(mention.root):
            return None  # "let's hope ...": the writer with the reader, no named source
        mention = _trimmed(mention)
        if not len(mention):
            return None
        text = span_text(mention)  # asked for below again and again
        if raw.holder_word is not None:
            country = coding.country_of(raw.holder_word.text)
            if country:
                return a.add_region(raw.holder_word, country) if len(country) == 3 else None
        if text.isupper() and len(mention) <= 3:
            # transcript labels: "VARGA:" is the Lina Varga the article names
            known = self._named_person({w.title() for w in clean_words(text)})
            if known is not None:
                return known
        author = _author(mention)
        if author is not None:  # "a review by the Institution of Engineers, seen by Wire, said"
            return self.resolve(author, raw)
        counter = _counted_by(mention.root) if mention.root.lower_ in cues().data_nouns or (
            mention.root.lemma_.lower() in cues().authored) else None
        if counter is not None:  # "according to ministry figures" or "a ministry document": the ministry the story named
            return (None if counter[0].lower_ in _ARTICLES else self._body_described_before(counter, definite=False)
                    ) or self.resolve(counter, raw)
        whole = self._whole_of_part(mention)
        if whole is not None:
            return whole  # (whatever the tagger takes the branch's town for)
        group = _group_of_people(mention)
        person = a.actor_in(mention, {"PERSON"})
        if person is not None and not group and not _holds_root(person, mention):
            # "a former Lankor engineer, Kasun Fernando, said": the name beside the role, not
            # a name that only qualifies it
            beside = self._named_beside(mention)
            if beside is not None and beside.label == "PERSON":
                person = beside
        if person is not None and not _holds_root(person, mention) and (
                group or _possessor(person, mention) or _in_clause(person, mention) or _where_of(person, mention)):
            # "McConnell aides", "supporters of Ruiz": a group, not the person named in it;
            # "Ruiz's aunt": another person, unless named too ("his friend, Jo Doe")
            person = next((d for d in a.persons_in(mention) if d is not person and not _possessor(d, mention)), None)
        if person is None and not group:
            # "One survivor, a Guinean who gave his name only as Ibrahima, told": the name given
            person = next((d for t in subtree(mention.root) if t.i >= mention.start and given_as(t)
                           and (d := a.actor_in(self.doc[t.i : t.i + 1], {"PERSON"})) is not None), None)
        if person is None and (not group or mention.root.lower_ == "one"):  # "One of the firms, Acme,"
            person = self._named_beside(mention)
            if person is not None and person.label != "PERSON":
                _describes(person, text)
                return person  # "The operator, Acme Shipping, said": the body named beside
            told = _one_described(mention) if person is None else None
            if told is not None:
                return self.resolve(told, raw)
        if person is not None:
            person = self._surname_of_last_speaker(person, mention, self.last_person)
            name_start = min(s for s, _e in person.mentions if s >= mention.start_char) if any(
                s >= mention.start_char for s, _e in person.mentions) else mention.start_char
            desc = _role_words(mention, name_start)
            name_tok = next((t for t in mention if t.ent_type_ == "PERSON"), mention.root)
            ent = entity_at(name_tok) if name_tok.ent_type_ == "PERSON" else None
            appos = _name_appositive(ent) if ent is not None else _appositive_role(
                name_tok.head if name_tok.dep_ == "compound" else name_tok)
            for part in (desc, appos):
                if part and any(ch.isalpha() for ch in part):
                    self._give_role(person, part, mention)
            if not person.country and not _holds_root(person, mention):
                person.country = country_possessor(mention.root)  # "Turkey's interior minister, X"
            self.last_person = person
            return person
        root = mention.root
        low = root.lower_
        if len(mention) == 1 and low in PERSON_PRONOUNS:
            g = PERSON_PRONOUNS[low]
            voice = self._voice_before(mention, g) if self.voices else None
            if voice is not None:
                return voice
            before = a.persons_before(mention.start_char)
            cands = ([self.last_person] if self.last_person else []) + before
            if raw.cue.lemma_.lower() not in CONTINUING:
                subjects = self._subjects_before(mention)
                if not subjects and self.last_person is not None:
                    # the article's main figure named since the last speaker ("... that Mr. Doe was
                    # asked about it. He said ..." after a bystander spoke): the more salient of the two
                    recent = next((c for c in before if c.gender in (None, g)), None)
                    if (recent is not None and recent is not self.last_person
                            and self._named_times(recent, mention.start_char) > 2 * self._named_times(self.last_person, mention.start_char)
                            and self._subject_mention(recent, mention.start_char)):
                        subjects = [recent]
                cands = subjects + cands
            d = next((c for c in cands if c.gender in (None, g)), None) or self._described_before(mention.start_char, g)
            if d is not None:
                d.gender = d.gender or g
                a.mention(d, mention.start_char, mention.end_char)
            return d
        if len(mention) == 1 and low in IT:
            outer = _reporter_subject(root)
            it = self.its[outer.i] if outer is not None and outer.i in self.its else self._it_before(mention, raw)
            self.its[root.i] = it
            return it
        if len(mention) == 1 and low in GROUP_PRONOUNS and not (mention.text.isupper() and len(mention.text) > 1):
            # ("US threatens ..." in a headline is the country, not "us")
            group = self._group_subject_before(mention) if low in THEY else None
            return self.resolve(group, raw) if group is not None else None
        if _part_of_them(mention):
            # "Two officials ... said P. One of them said Q", "Relatives say P. Some questioned Q": a part of
            # that group, which stays unnamed; the group that spoke before, not one its words were about
            # ("managers ordered staff")
            _own, prev = _window(mention)
            subj = next((c for c in kids(prev.root) if c.dep_ in SUBJECTS), None) if prev is not None else None
            group = noun_phrase(subj) if subj is not None and subj.tag_ in {"NNS", "NNPS"} and _people(subj) else (
                self._group_subject_before(mention[-1:]) or _sources_before(prev))
            if group is not None or low == "one":
                return self.resolve(group, raw) if group is not None else None
            # no group before: "Some believe P" stays a group of its own
        if len(mention) == 2 and mention[0].lower_ in {"a", "an"} and low in SPOKESPEOPLE:
            # "Nordlys Foods said it had suspended purchases. A spokeswoman said ...": for the body
            # that spoke as the subject of the sentence before, as "a spokeswoman for the company" is
            own, prev = _window(mention)
            subj = next((c for c in kids(prev.root) if c.dep_ in SUBJECTS), None) if prev is not None and not len(own) else None
            # (a body the tagger left untagged is a description: "The Central Drugs Control Organisation said")
            body = self.actors.actor_in(noun_phrase(subj), {"ORG", "NOM"}) if subj is not None else None
            if body is not None and self.last_thing is not None and body is self.last_thing[0] and (
                    body.label == "ORG" or _untagged_body(body, subj)):
                return body
        body = _named_for_country(mention)
        if body is not None:
            return a.add_named(body, body.text)  # "Athletics Kenya denied": a body, not Kenya
        aged = _aged_one_of_a_people(mention)
        if aged is not None or _one_of_a_people(mention):
            # "The Chilean told ...": one person of that people, the one of its country named last;
            # "the 58-year-old Australian" as "the 58-year-old" is when none is of it yet
            d = self._of_country_before(mention.start_char, coding.country_of(root.text))
            if d is None and aged is not None:
                d = self._aged_person(mention, aged)
                if d is not None:
                    self._give_role(d, text, mention)
            if d is not None:
                a.mention(d, mention.start_char, mention.end_char)
                self.last_person = d
                return d
        named = a.actor_in(mention, {"ORG", "GPE", "NORP", "LOC", "FAC"})
        if named is not None and named.label in {"GPE", "LOC"} and len(mention) == 1 and any(
                d.label == "PERSON" and text in d.name.split()[1:] for d in a.drafts.values()):
            named = None  # "Lima said" after "spokesman Tomas Lima": the surname, not the city
        if named is not None and (named.mentions and _holds_root(named, mention)):
            if named.label == "ORG" and not named.country:
                named.country = country_possessor(mention.root)  # "Peru's defence ministry"
            return named
        if named is not None and (named.label == "GPE" and _institution_of(mention)
                                  or not _holds_root(named, mention) and (_in_clause(named, mention)
                                                                          or _only_where(named, mention))):
            named = None
        voiced = self._voiced_body(mention, named, raw)
        if voiced is not None:
            return voiced
        if root.lower_ in _firm_titles() and mention[0].lower_ == "the":
            # "the publisher" after "the book's publisher, Ediciones Sur": the firm called so
            firm = next((d for d in a.bodies_before(mention.start_char) if low in _called(d)), None)
            if firm is not None:
                a.mention(firm, mention.start_char, mention.end_char)
                return firm
        if _TEEN.match(text):
            # "the teenager" after "Shirin Akter, a 19-year-old sewing operator": the one given a teen's age
            teen = [name for name, age in aged_names(text_of(self.doc), 0, mention.start_char) if 13 <= age <= 19]
            d = self._named_person({teen[-1]}) if teen else None
            if d is not None:
                a.mention(d, mention.start_char, mention.end_char)
                self.last_person = d
                return d
        aged = _AGE_ONLY.match(text) or _AGED_ROLE.match(text)
        if aged is not None and (aged.re is _AGE_ONLY or is_person_role(aged.group(2))):
            # "the 27-year-old", "the 52-year-old engineer": the person given that age ("Doe, 27,"),
            # else the one the story is about just then, as a pronoun would be
            d = self._aged_person(mention, aged.group(1), aged.group(2) if aged.re is _AGED_ROLE else None)
            if d is not None:
                a.mention(d, mention.start_char, mention.end_char)
                if aged.re is _AGED_ROLE:
                    self._give_role(d, aged.group(2), mention)
                self.last_person = d
                return d
        if mention[0].lower_ in {"the", "this", "that"} | {"his", "her"}:
            # "the former sprinter" is a person by the description given with a name before
            d = self.person_description(mention, raw.content) if _describes_a_person(mention) else (
                self._named_with_description(mention) if mention[0].lower_ not in POSSESSIVES else None)
            if d is not None:
                a.mention(d, mention.start_char, mention.end_char)
                self._give_role(d, text, mention)
                self.last_person = d
                return d
        if named is not None and not is_person_role(text) and not group and not _kind_of_body(mention, named):
            return named  # "the governor of X" is a person of X, not X; "delegates in X" are a group of X
        # a surname the tagger missed: "Doe told reporters" after "Jane Doe"
        if all(w[:1].isupper() for w in text.split()):
            last = self.last_person
            known = self._named_person(set(clean_words(text)))
            if known is not None:
                self.last_person = self._surname_of_last_speaker(known, mention, last)
                return self.last_person
        # "Governor Ana Ruiz" that the tagger missed: a title before proper nouns
        name, title = person_name(text)
        if title and coding.role_of(title) and mention.root.pos_ == "PROPN" and all(w[:1].isupper() for w in name.split()):
            d = a._add("P:" + name.lower(), name, "PERSON")
            a.mention(d, mention.start_char, mention.end_char)
            self._give_role(d, title, mention)
            self.last_person = d
            return d
        # a body the tagger missed, named short: "Corvanta denies" after "Corvanta Therapeutics"
        # (or taken for a common noun: "Sunvale denied the allegations" opening a sentence)
        body = a.named_body(clean_name(text)) if (mention.root.pos_ == "PROPN" or mention.root.pos_ == "NOUN" and len(mention) == 1
                                                  ) and mention.root.text[:1].isupper() else None
        if body is None and raw.stance == "deny" and mention[0].lower_ == "the":
            # "X accused agrochemical maker Acme of P, an allegation the company rejected": the accused
            accused = _accused_before(mention)
            body = a.actor_in(accused, {"ORG"}) if accused is not None else None
        described = self._body_described_before(mention) if body is None else None
        if described is not None:
            _describes(described, text)  # "the airline" said: an airline, whatever its name says
        body = body or described
        if body is None and mention[0].lower_ == "the" and root.tag_ == "NN":
            body = self._body_named_next(mention)
        if body is not None:
            a.mention(body, mention.start_char, mention.end_char)
            return body
        state = self._home_government(mention)
        if state is not None:
            a.mention(state, mention.start_char, mention.end_char)
            return state
        known = len(a.drafts)
        d = a.add_description(mention, self._owner(mention, raw))
        if _describes_a_person(mention) and root.tag_ not in {"NNS", "NNPS"}:
            d.label = "PERSON_NOM"
            if len(a.drafts) > known:  # (named so once, when first described)
                self._name_their_body(d, mention)
        return d

    def _name_their_body(self, d: ActorDraft, mention: Span) -> None:
        """"A GMB official said" after "the Grain Marketing Board (GMB)", "a
        board official" after "the Grain Marketing Board": the member is named
        with the body's full name, as the story gave it."""
        root = mention.root
        kind = [t for t in mention if t.dep_ == "compound" and t.head.i == root.i and t.i < root.i and t.pos_ in {"NOUN", "PROPN"}]
        if not kind or kind[-1].i != root.i - 1 or d.member_of is not None:
            return
        words = mention.doc[kind[0].left_edge.i : root.i]
        body = self.actors.named_body(words.text) if words.root.pos_ == "PROPN" else None
        if body is None and words.root.pos_ == "NOUN":
            body = self._body_described_before(words, definite=False)
            # ("a central bank official" is of no commercial bank named before: every word of the
            # description but its rank is the body's)
            said = {t.lower_ for t in mention if t.i < root.i and t.dep_ != "det" and t.lower_ not in cues().member_ranks}
            if body is not None and not said <= _with_singulars(_called(body)):
                body = None
        if body is None or body.label != "ORG" or body.name.lower() in d.name.lower():
            return
        d.member_of = body
        d.name = d.name.replace(words.text, body.name, 1)

    def _home_government(self, mention: Span) -> ActorDraft | None:
        """"QUITO - ... the government said": a government of no country named is
        the dateline country's, when that is the country the story names most or
        the subject its sentence opens with ("Finland will close ..., the
        government announced")."""
        if len(mention) != 2 or mention[0].lower_ != "the" or mention.root.lemma_.lower() not in cues().governments:
            return None
        if self.home is None:
            # no dateline: the one country's government the story named so before ("Peru's
            # government has deported ... the government said")
            if self._governments is None:
                words = cues().governments
                self._governments = [(np, g[0]) for t in tokens_of(self.doc) if t.lemma_.lower() in words
                                     and (g := _government_of(np := noun_phrase(t))) is not None]
            named = [(np, c) for np, c in self._governments if np.end <= mention.start and np.root.lower_ == mention.root.lower_]
            return self.actors.add_description(named[0][0]) if len({c for _np, c in named}) == 1 else None
        home = self.actors.drafts.get("C:" + self.home)
        if home is None:
            return None
        start = sent_of(mention.root).start_char
        if any(start <= s < mention.start_char and (t := self.doc.char_span(s, e, alignment_mode="expand")) is not None
               and t.root.dep_ == "nsubj" for s, e in home.mentions):
            return home
        most = max((len(d.mentions) for k, d in self.actors.drafts.items() if k.startswith("C:")), default=0)
        return home if len(home.mentions) >= most else None

    def _body_named_next(self, mention: Span) -> ActorDraft | None:
        """"The army said P. A spokesman for the Uganda People's Defence Force,
        X, denied Q": a body named by its kind alone, none of that kind named
        before, is the one of that kind whose voice speaks in the next sentence."""
        desc = coding.code_actor(span_text(mention))
        if desc.type != "organization" or desc.sector is None:
            return None
        _start, end = sent_bounds(mention.root)
        if end >= len(self.doc):
            return None
        nxt_start, nxt_end = sent_bounds(self.doc[end])
        lo, hi = self.doc[nxt_start].idx, self.doc[nxt_end - 1].idx
        for s, e, d in self.actors.mentioned_within(lo, hi):
            span = self.doc.char_span(s, e, alignment_mode="expand") if d.label == "ORG" else None
            if span is None or not _voice_of(span.root):
                continue
            named = coding.code_actor(d.name, ner_label="ORG")
            if named.sector == desc.sector and (desc.country is None or (d.country or named.country) in (None, desc.country)):
                return d
        return None

    def _voiced_body(self, mention: Span, named: ActorDraft | None, raw: Raw) -> ActorDraft | None:
        """The body an unnamed spokesperson speaks for ("an EASA spokesman",
        "a spokeswoman for the regulator", "the ministry's spokesman")."""
        root = mention.root
        if root.lower_ not in cues().voices:
            return None
        if mention[0].lower_ == "the":
            # "the spokesman for X" named just after, or named before with that title: that person
            c = coding.code_actor(mention.text)
            if self._named_ahead(mention, c.country, c.sector) is not None or any(
                    root.lower_ in _words(d.role or "") for d in self.actors.persons_before(mention.start_char)):
                return None
        if named is not None and named.label == "ORG" and not _town_read_as_body(named, mention):
            self.voices[root.i] = named
            return named
        owner = next((g for c in kids(root) if c.dep_ == "prep" and c.lower_ in {"for", "of", "at"}
                      for g in kids(c) if g.dep_ == "pobj"), None)
        owner = owner or next((c for c in kids(root) if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        kind = next((c for c in kids(root) if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i == root.i - 1), None)
        if owner is None and kind is not None:
            # "a ministry spokeswoman", "a police spokesman": the ministry the story named last
            body = self._body_described_before(mention[kind.i - mention.start : kind.i - mention.start + 1], definite=False)
            if body is None:  # a body the tagger did not name, kept as described ("Police Region South East")
                body = max((d for d in self._described_with(kind.lemma_.lower(), mention.start_char)
                            if not _of_people(d.name)),
                           key=lambda d: _last_mention(d, mention.start_char), default=None)
            if body is not None:
                self.voices[root.i] = body
            return body
        if owner is None and mention[0].lower_ == "the" and self.voices:
            # "the spokesperson asserted": the body whose spokesperson spoke last
            last = max((i for i in self.voices if i < root.i), default=None)
            return self.voices[last] if last is not None else None
        if owner is None or owner.pos_ != "NOUN":
            return None
        body = self.resolve(noun_phrase(owner), raw)
        # a named body, or one described by its kind ("the regulator"), not by a place ("the port")
        # (a body's name proves nothing by its words: "Ediciones Sur" reads like a person's)
        if body is None or body.label != "ORG" and not (body.label == "NOM" and coding.code_actor(body.name).sector) \
                or body.label != "ORG" and is_person_role(body.name):
            return None
        self.voices[root.i] = body
        return body

    def _voice_before(self, mention: Span, gender: str) -> ActorDraft | None:
        """"An EASA spokesman said ... He said ...": the spokesman who spoke last,
        as the subject of this sentence or the one before, is the body again."""
        own, prev = _window(mention)
        subj = next((t for t in _subjects(own) if t.i < mention.start and self.quotes.holding(t.idx) is None), None)
        if subj is None and prev is not None:
            # the last person the sentence before made a subject ("X confirmed ..., but a police
            # spokeswoman said ..."), the voice if that one is
            main = {prev.root.i} | {c.i for c in kids(prev.root) if c.dep_ == "conj"}  # not what they said
            subj = next((t for t in _subjects(prev) if t.head.i in main and (
                t.i in self.voices or t.ent_type_ == "PERSON" or t.lower_ in PERSON_PRONOUNS or is_person_role(t.text))),
                None)
        if subj is None or subj.i not in self.voices or gender_of(subj.text) not in (None, gender):
            return None
        return self.voices[subj.i]

    def _owner(self, mention: Span, raw: Raw) -> ActorDraft | None:
        """Whom the possessive pronoun that opens an unnamed speaker stands for:
        "her office" (the person "her" resolves to), "its chief executive" (the
        body "it" would be), "X, whose aides ..." (X)."""
        first = mention[0]
        if len(mention) < 2 or first.dep_ != "poss":
            return None
        if first.lower_ in {"his", "her"}:
            return self.resolve(mention[:1], raw)
        if first.lower_ == "its":
            return self._it_before(mention[:1], raw)
        verb = mention.root.head
        if first.tag_ == "WP$" and verb.dep_ == "relcl" and verb.head.pos_ in {"PROPN", "NOUN"}:
            return self.resolve(noun_phrase(verb.head), raw)  # "Ricardo Lara, whose office has called ..."
        return None

    def _described_with(self, word: str, char: int, mention: tuple[int, int] | None = None) -> list[ActorDraft]:
        """Unnamed actors described with `word` before `char`, apart from the
        description that holds `char` itself ("police" in "a police spokeswoman"),
        unless that is the `mention` itself, already resolved to it (the
        subject of a second verb)."""
        return [d for k, d in self.actors.drafts.items() if k.startswith("D:") and word in _words(d.name)
                and _last_mention(d, char) >= 0 and not any(s <= char < e and (s, e) != mention for s, e in d.mentions)]

    def _body_described_before(self, mention: Span, definite: bool = True) -> ActorDraft | None:
        """"Kessler Mobil said ... The company added": "the company", "the court",
        "the Kenyan federation" is the body named last that the description
        fits, by its head word in the name ("the court" / "Supreme Court") or
        by its kind (a company is a business or a body of no known kind).
        `definite=False`: the kind word alone ("ministry" of "a ministry spokeswoman")."""
        root = mention.root
        # ("the paramilitary denies": a group's adjective the tagger left an adjective, said as a noun)
        noun = root.pos_ == "NOUN" or root.pos_ == "ADJ" and root.dep_ in SUBJECTS and len(mention) == 2
        # ("police" of "a police spokeswoman" is tagged a plural)
        # (a name in it makes it a name's, but for a place it is based in: "the Pune-based drugmaker")
        if (definite and (mention[0].lower_ not in {"the", "this"} or root.tag_ not in {"NN", "JJ"} and (
                root.lemma_.lower() not in cues().collective_bodies))
                or not noun
                or any(t.ent_type_ and t.ent_type_ not in {"NORP", "GPE"} and not _based_in(t) for t in mention)):
            return None
        text = span_text(mention)
        desc = coding.code_actor(text)
        # (an armed group's word in the singular is one body: "the paramilitary", "the militia"; not "the public")
        if desc.type != "organization" and not (desc.type == "group" and root.tag_ in {"NN", "JJ"} and desc.sector in ARMED):
            return None
        if any(t.dep_ == "poss" and t.head.i == root.i and is_person_role(t.text) for t in mention):
            return None  # "the minister's office": a person's office, not a body the story named
        # "X, a spokeswoman for the UN Office ..., said the agency could not confirm":
        # her own body, when nothing but its kind tells
        word = root.lemma_.lower()
        sent = sent_of(mention.doc[mention.start])
        own = [d.member_of for d in self.actors.persons_in(mention.doc[sent.start : mention.start])
               if d.member_of is not None and d.member_of.label == "ORG"]
        if own and desc.country is None:
            kind = coding.code_actor(own[-1].name, ner_label="ORG").sector
            # a body of no known kind or an intergovernmental office is an "agency" too; a company is no ministry,
            # nor a "council" of no kind the lexicons know; nor is it "the union" when a union was named
            # ("Doe, of the brokers' association, dismissed the union's claims")
            if word in own[-1].name.lower().split() or desc.sector is not None and desc.sector == kind or (
                    desc.sector, kind) == ("GOV", "IGO") or (
                    kind is None and not any(word in _words(d.name) for d in self._bodies_before(mention.start_char))):
                return own[-1]
        # "The Russian embassy in Prague rejected it ... the embassy said": a body described
        # with the same word since is nearer than any named one
        # (a person described by the body is not it: "a former surveyor for the company")
        latest = max((d for d in self._described_with(word, mention.start_char, (mention.start_char, mention.end_char))
                      if d.label != "PERSON_NOM" and not _of_people(d.name)),
                     key=lambda d: _last_mention(d, mention.start_char), default=None)
        described = _last_mention(latest, mention.start_char) if latest is not None else -1
        # "the board" is "the Malawi elections board" said before; "the original report" is no "similar report"
        if latest is not None and not set(_words(clean_name(text))) <= set(_words(latest.name)):
            latest = None
        # "the education ministry" after "the Ministry of Education" and "the Foreign Ministry":
        # the one whose name holds its field too, not the last ministry named, however far back;
        # "the ministry" is the Ministry of X named at the top more than an anti-graft commission named since
        nouns = [t for t in mention if t.i != root.i and t.pos_ in {"NOUN", "PROPN"} and not t.ent_type_]
        field = {t.lower_ for t in nouns}
        lemmas = {t.lemma_.lower() for t in nouns}  # to meet a name in the plural
        if desc.country is not None:
            # "the Swiss company": the body of that country named last, of that kind or of no known kind
            # (a state's own body, "the Venezuelan navy", is named as such, not a thing of no known kind)
            for d in self._bodies_before(mention.start_char):
                named = coding.code_actor(d.name, ner_label="ORG")
                if _last_mention(d, mention.start_char) >= described and (d.country or named.country) == desc.country and (
                        desc.sector is None or desc.sector in (kinds := _kinds(d, named) - {None})
                        or not kinds and desc.sector not in coding.STATE_SECTORS):
                    return d
        if definite and word in cues().vague_bodies and (just := self._subject_just_before(mention)) is not None:
            return just  # "The Forum said P. The group dismissed Q": not a business group named far up
        fitting = next((d for d in self._bodies_before(mention.start_char, reach=mention.start_char)
                        if {word} | lemmas <= _with_singulars(_called(d) if field else set(_words(d.name))) and not
                        self._other_than_intergovernmental(d, coding.code_actor(d.name, ner_label="ORG"), word,
                                                           mention.start_char)
                        # ("the Vietnamese coast guard" is no Indonesia Coast Guard named before)
                        and _of_country(d, desc.country)), None)
        if fitting is not None and _last_mention(fitting, mention.start_char) >= described:
            return fitting
        own_field = {w for w in field if coding.code_actor(w).sector != desc.sector}
        bodies = self._bodies_before(mention.start_char)
        # a body the article called by a word of no fixed kind ("the Khmer Centre, a local rights
        # group": "the group") beats one named since that only shares the kind the word is coded with
        called = next((d for d in bodies if word in _called(d) and (not own_field or own_field & _called(d))),
                      None) if word in cues().vague_bodies else None
        for d in bodies:
            if _last_mention(d, mention.start_char) < described:
                return latest if definite else None
            if self._only_an_owner(d, mention.start_char):
                continue  # "X, a subsidiary of Y, rejected P. The company insisted": X, not Y
            named = coding.code_actor(d.name, ner_label="ORG")
            if desc.country is not None and (d.country or named.country) not in (None, desc.country):
                continue
            # by its name or what the article called it ("Acme, the advocacy group ...": "the group"), or
            # by its kind when the description names no other country than the body's ("the Russian
            # embassy" is not a Czech office of no stated country)
            # ("Anadolu Koruma, a defence manufacturer": "the Turkish company", whatever its name codes)
            # ... but "the national civil defence agency" is no directorate of hydrology: a field the
            # description names must be the body's too ("news" of "the news agency" is its kind)
            # ("the Pune-based drugmaker" in a Mumbai story: a body of no stated country is the dateline's)
            # ("the government" is no agency of it named since: only the government itself is so called)
            if (word in _called(d) or self._kind_set_before(d, word, mention.start_char)) and not (
                    self._other_than_intergovernmental(d, named, word, mention.start_char)) or (
                    desc.sector is not None and (desc.sector in (kinds := _kinds(d, named)) or _intergovernmental(desc, kinds, word))
                    and word not in cues().governments
                    and _of_its_kind(word, d.name)) and (
                    desc.country is None or (d.country or named.country or self.home) == desc.country) and (
                    not own_field or own_field & _called(d)):
                if called is not None and word not in _called(d) and _last_mention(called, mention.start_char) >= described:
                    return called
                return d
            if not self._subject_mention(d, mention.start_char):
                continue  # "..., which serves the Texas Panhandle": named in passing, no antecedent
            # ("Agua Limpia, an environmental group": its kind told, it is no company)
            # (no numbered thing: "Kiln 3 had cleared an audit" is no firm)
            if desc.sector == "BUS" and not _kinds(d, named) - {None} and not d.name.split()[-1].isdigit() or desc.sector is None and desc.country is not None and (
                    d.country or named.country or coding.country_of(d.name)) == desc.country:
                return d  # a body of no known kind: as a company, or by its country ("the Kenyan federation")
        if latest is None and definite and desc.sector is not None:
            # named once, far up, and none of its kind since: the story's only one of that kind
            far = [d for d in self._bodies_before(mention.start_char, reach=mention.start_char)
                   if desc.sector in _kinds(d, coding.code_actor(d.name, ner_label="ORG")) and _of_its_kind(word, d.name)]
            if len(far) == 1 and far[0] not in bodies and desc.country in (None, far[0].country):
                return far[0]
        return latest if definite else None

    def _kind_set_before(self, d: ActorDraft, word: str, char: int) -> bool:
        """`d` was named before `char` right after `word` as its kind: "Lorvia's
        paramilitary Highland Defence Units" for "the paramilitary"."""
        text = text_of(self.doc)
        return any(_after_word(text, s, word) for s, _e in d.mentions if s < char)

    def _subject_just_before(self, mention: Span) -> ActorDraft | None:
        """The named body that is the subject of the sentence right before the
        mention's, in its paragraph, when it is the last body named."""
        bodies = self._bodies_before(mention.start_char, reach=400)
        sent = sent_of(mention.doc[mention.start])
        if not bodies or sent.start == 0 or "\n" in mention.doc[sent.start - 1].text:
            return None
        prev = sent_of(mention.doc[sent.start - 1])
        d = bodies[0]
        last = _last_mention(d, mention.start_char)
        inside = prev.start_char <= last < prev.end_char
        return d if inside and self._subject_mention(d, mention.start_char) else None

    def _only_an_owner(self, d: ActorDraft, char: int) -> bool:
        """`d` is named before `char` only as the owner of a part that describes
        another body ("Celulosa del Litoral, a subsidiary of Vesterberg Pulp AB",
        "X, a joint venture majority-owned by Y")."""
        parts, owning = cues().body_parts, cues().owning
        for s, e in d.mentions:
            if s >= char:
                continue
            span = self.doc.char_span(s, e, alignment_mode="expand")
            root = span.root if span is not None and len(span) else None
            if root is not None and root.dep_ == "appos":
                root = root.head  # "a subsidiary of the Finnish group Norrvik Pulp Oyj"
            if root is None or root.dep_ != "pobj":
                return False
            prep = root.head
            # "a subsidiary of Y"; "a joint venture majority-owned by Y"
            if not (prep.lower_ == "of" and prep.head.dep_ == "appos" and prep.head.lemma_.lower() in parts or
                    prep.dep_ == "agent" and prep.head.dep_ == "acl" and prep.head.head.dep_ == "appos"
                    and prep.head.lemma_.lower() in owning):
                return False
        return True

    def _bodies_before(self, char: int, reach: int = 2000) -> list[ActorDraft]:
        """Named bodies before `char`, most recent first, but the story's own outlet."""
        found = self.actors.bodies_before(char, reach)
        return [d for d in found if d.name != self.outlet] if self.outlet else found

    def _other_than_intergovernmental(self, d: ActorDraft, named: coding.Coding, word: str, at: int) -> bool:
        """"the union" after "the European Union delegation", when a farmers' union
        was named before: a body of another kind that the word calls is meant."""
        return named.sector == "IGO" and any(
            word in _called(o) and coding.code_actor(o.name, ner_label="ORG").sector != "IGO"
            for o in self.actors.bodies_before(at) if o is not d)

    def _surname_of_last_speaker(self, person: ActorDraft, mention: Span, last: ActorDraft | None) -> ActorDraft:
        """A surname two people share ("Tammy Murphy said ... “...,” Murphy added",
        after Phil Murphy was named first) is the `last` speaker who bears it."""
        if last is None or last is person or last.label != "PERSON":
            return person
        words = [w for w in clean_words(mention.text) if not coding.is_title_word(w)]
        if len(words) != 1 or words[0] not in last.name.split() or words[0] not in person.name.split():
            return person
        g = gender_of(mention.text)  # "Mr. Murphy" is not Tammy
        if g is not None and last.gender not in (None, g):
            return person
        span = (mention.start_char, mention.end_char)
        for s, e in list(person.mentions):
            if mention.start_char <= s and e <= mention.end_char:
                person.mentions.discard((s, e))
        self.actors.mention(last, *span)
        return last

    def _unnamed_since(self, char: int, since: int, sector: str | None, country: str | None,
                       head: str | None = None) -> ActorDraft | None:
        """"An official with X said ... the spokesperson said": the unnamed person
        of the same sector described last, if after `since` (the last person named);
        not one of another office ("the minister" is no mayor described before)."""
        # (a sector the title alone does not give, but a body named with it, is no unnamed person's
        # of no known sector: "the UN Special Rapporteur" is not "a surveyor" who spoke before)
        loose = head is None or coding.code_actor(head).sector is not None
        return max((d for d in self.actors.drafts.values() if d.label == "PERSON_NOM"
                    and _last_mention(d, char) > since and (own := coding.code_actor(d.name).sector) in (sector, None)
                    and (own is not None or loose or _head_word(d.name) == head)
                    and self._compatible(d, country) and not _other_office(_head_word(d.name), head)),
                   key=lambda d: _last_mention(d, char), default=None)

    def _named_times(self, d: ActorDraft, char: int) -> int:
        """How often the article names `d` (by surname) before `char`: the tagger
        does not tag every mention, so the words are counted."""
        words = d.name.split()
        if not words:
            return 0
        return len(re.compile(rf"\b{re.escape(words[-1])}\b").findall(text_of(self.doc), 0, char))

    def _subject_mention(self, d: ActorDraft, char: int) -> bool:
        """`d`'s last mention before `char` is a clause's subject or its
        possessor ("Mr. Doe was asked", "Doe's plan is"), outside quotation marks."""
        last = _last_mention(d, char)
        if last < 0 or self.quotes.holding(last) is not None:
            return False
        end = max(e for s, e in d.mentions if s == last)
        span = self.doc.char_span(last, end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        tok = span.root  # "the airline dismissed": the noun, not its "the"
        while tok.dep_ in {"compound", "flat"} and tok.head is not tok:
            # (out of the name, only to a person it describes: "Acme spokesman said", not "Korvale refinery ignored")
            if tok.head.i >= span.end and not is_person_role(tok.head.text):
                return False
            tok = tok.head
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in {"NOUN", "PROPN"}:
            tok = tok.head.head  # "a former engineer at Acme accused ...": Acme is in the subject
        return tok.dep_ in SUBJECTS or tok.dep_ == "poss" and tok.head.dep_ in SUBJECTS

    def _named_beside(self, mention: Span) -> ActorDraft | None:
        """"An aide, Jo Doe, said", "An aide to Ruiz, Jo Doe, said": the person
        named in apposition to the head, or to a named body or person it
        serves (the parser hangs it there), is the one described; "The
        operator, Acme Shipping, said": so is a body (`_body_beside`)."""
        root = mention.root
        # a title written capitalised is tagged a proper noun ("Paraguay's Minister of Education, Jo Doe,")
        # ("director-general": the tagger may take the title's last word for an adjective)
        if root.pos_ != "NOUN" and not (root.pos_ in {"PROPN", "ADJ"} and not root.ent_type_ and coding.is_title_word(root.text)
                                        or root.lower_ == "one"):  # "One of those companies, Acme,"
            return None
        body = self._body_beside(root) or self._body_set_before(mention) or self._body_naming_itself(root)
        if body is not None and root.tag_ == "NN":
            _describes(body, span_text(mention))  # "The channel, Vani 24,": the kind the name is of
        if body is not None or root.tag_ == "NNS":
            return body  # "Two objectors, Jo Doe and Ann Roe": more than the one name
        holders = [root] + [o for p in kids(root) if p.dep_ == "prep" and p.lower_ in SERVES | {"of"}
                            for o in kids(p) if o.dep_ == "pobj" and (o.pos_ == "PROPN" or o.ent_type_)]
        # "a woman who described herself as the movement's envoy, Jo Doe, said": the title he gave
        holders += [o for c in kids(root) if c.dep_ == "relcl" and any(g.lower_ in REFLEXIVES for g in kids(c))
                    for p in kids(c) if p.dep_ == "prep" and p.lower_ == "as" for o in kids(p) if o.dep_ == "pobj"]
        for h in holders:
            for c in kids(h):
                # set off by a comma, or a name right after its title ("Lorvia's supreme leader Ayatollah X")
                # (any tag: the tagger may take a name for a place; the draft found must be a person)
                if c.dep_ == "appos" and c.ent_type_ in {"PERSON", "ORG", "GPE", "LOC"} and c.left_edge.i > 0 and (
                        self.doc[c.left_edge.i - 1].text in {",", "—", "–"} or h is root and c.left_edge.i == root.i + 1):
                    d = self.actors.actor_in(self.doc[c.left_edge.i : c.i + 1], {"PERSON"})
                    if d is not None:
                        return d
        # "the league's chairwoman, Ruth Adams, said" that the parser hung on the quote before:
        # a full name set off by commas right after the title
        toks, end = tokens_of(self.doc), mention.end
        if root.tag_ == "NN" and root.i == end - 1 and end + 3 < len(toks) and toks[end].text == "," and (
                toks[end + 1].ent_iob_ == "B" and toks[end + 1].ent_type_ == "PERSON"):
            ent = entity_at(toks[end + 1])
            if len(ent) >= 2 and ent.end < len(toks) and toks[ent.end].text == ",":
                return self.actors.actor_in(ent, {"PERSON"})
        # "In a video, Jo Doe, a former officer who leads the group, said": the parser hung the
        # name on what came before it and made its description the subject (not "Asked about
        # Jo Doe, an aide said": a name that is an object is someone else)
        start = mention.start
        if root.tag_ == "NN" and root.dep_ == "nsubj" and start >= 2 and toks[start].lower_ in {"a", "an", "the"} and (
                toks[start - 1].text == "," and toks[start - 2].ent_type_ == "PERSON"):
            ent = entity_at(toks[start - 2])
            if ent.end == start - 1 and len(ent) >= 2 and ent.root.dep_ in {"conj", "appos", "npadvmod"}:
                return self.actors.actor_in(ent, {"PERSON"})
        return None

    def _body_beside(self, root) -> ActorDraft | None:
        """"The operator, Acme Shipping, said", "its auditors, the firm Brandwall,
        said", "the Cúcuta newspaper El Fronterizo reported": the organisation
        named in apposition, directly or after its kind; "The Danish maker of
        Lusinex, Aquavet Solutions, said": the parser hangs the name on what the
        body is the maker of, set off by a comma."""
        made = [o for p in kids(root) if p.dep_ == "prep" and p.lower_ == "of" for o in kids(p) if o.dep_ == "pobj"]
        if made and coding.code_actor(root.text).type != "organization":
            made = []
        for c in (*kids(root), *(c for o in made for c in kids(o) if c.i > o.i)):
            # set off by a comma, or right after its kind ("the U.N. refugee agency UNHCR")
            if c.dep_ != "appos" or c.left_edge.i == 0 or self.doc[c.left_edge.i - 1].text not in {",", "—", "–"} and (
                    c.left_edge.i != root.i + 1):
                continue
            # ("the alliance, the Tavu and Coastal Peoples Front,": a name with "and" in it, its first word untagged)
            for name in (c, *(g for g in kids(c) if g.dep_ == "appos" and g.left_edge.i == c.i + 1
                              or g.dep_ == "conj" and g.ent_type_ == "ORG" and c.pos_ == "PROPN" and root.tag_ == "NN")):
                # (or left untagged: "the state gas company GazNat", added by the actor set)
                if name.ent_type_ == "ORG" or name.pos_ == "PROPN" and not name.ent_type_:
                    # (to the name's end where its head comes first: "the House of Representatives")
                    end = max(name.i + 1, entity_at(name).end) if name.ent_type_ == "ORG" else name.i + 1
                    d = self.actors.actor_in(self.doc[min(name.left_edge.i, c.left_edge.i) : end], {"ORG"})
                    if d is not None:
                        return d
        return None

    def _body_naming_itself(self, root: Token) -> ActorDraft | None:
        """"a faction calling itself the X Front said": the body it names itself."""
        name = next((n for c in kids(root) if c.dep_ == "acl" and (n := names_itself(c)) is not None), None)
        return self.actors.actor_in(self.doc[name.left_edge.i : name.i + 1], {"ORG"}) if name is not None else None

    def _body_set_before(self, mention: Span) -> ActorDraft | None:
        """"Falange Rossa, the ultras group that runs the stand, said", where the
        parser hangs the name on the verb and makes the kind its subject: the
        body named right before, set off by a comma."""
        toks, start = tokens_of(self.doc), mention.start
        if start < 2 or toks[start - 1].text != "," or not toks[start - 2].ent_type_:
            return None
        name = entity_at(toks[start - 2])
        if name.end != start - 1 or name.root.dep_ != "npadvmod" or name.root.head != mention.root.head:
            return None
        return self.actors.actor_in(name, {"ORG"})

    def _whole_of_part(self, mention: Span) -> ActorDraft | None:
        """The named body a part of it speaks for: "the Malatya branch of the
        Chamber of Civil Engineers" is the chamber, not Malatya; "the hospital's
        press office" is the hospital."""
        root = mention.root
        if root.i > mention.start and f"{self.doc[root.i - 1].lower_} {root.lower_}" in cues().voice_offices:
            owner = next((c for c in kids(root) if c.dep_ == "poss" and c.pos_ in {"NOUN", "PROPN"}), None)
            words = noun_phrase(owner) if owner is not None else None
            body = words is not None and (self.actors.actor_in(words, {"ORG"}) or self._body_described_before(words))
            return body or None
        if root.lemma_.lower() not in cues().body_parts:
            return None
        of = next((c for c in kids(root) if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in kids(of) if c.dep_ == "pobj"), None) if of is not None else None
        if pobj is None or pobj.i >= mention.end:
            return None
        return self.actors.actor_in(self.doc[pobj.left_edge.i : pobj.right_edge.i + 1], {"ORG"})

    def _subjects_before(self, mention: Span) -> list[ActorDraft]:
        """Named persons who are the main subject just before a pronoun: of its
        own sentence ("Doe backs Ruiz because he ...") or else of the sentence
        before ("Doe congratulated Ruiz on his win. He said ..."). The subject
        of a sentence is what its next pronoun most often means, more than a
        person named after it in an object or an aside."""
        own, prev = _window(mention)
        # a quotation of several sentences before the pronoun, the sentence before wholly inside
        # it: the sentence before it opened ("A customs official said P. “We see the invoice.
        # We do not see the rest,” he said.")
        q = next((x for x in self.quotes.overlapping(prev.start_char, prev.end_char) if x.start <= prev.start_char),
                 None) if prev is not None else None
        if q is not None and prev.end_char <= q.end + 1 and mention.start_char >= q.inner_end and q.start > 0:
            before = sent_of(self.doc.char_span(q.start, q.end, alignment_mode="expand")[0])
            prev = sent_of(self.doc[before.start - 1]) if before.start > 0 else None
        # in its own sentence, the nearest subject of any clause before it
        # ("When Doe challenges Ruiz, she ...")
        for tok in _subjects(own):
            if self.quotes.holding(tok.idx) is None:
                # (one described who speaks in this sentence: "A land official said P, but he could not
                # confirm Q")
                d = self._person_at(tok.idx, described=tok.dep_ == "nsubj" and verb_cue(tok.head) is not None) or (
                    self._name_word(tok))
                if d is not None:
                    return [d]
        if prev is None:
            return []
        subj = next((c for c in kids(prev.root) if c.dep_ in SUBJECTS), None)
        # a name inside a quotation is what the quote is about, not who speaks next
        # ("An employee at the mine said P. He said Q": the one described, of no stated gender)
        if subj is not None and self.quotes.holding(subj.idx) is not None:
            return []
        d = None
        if subj is not None:
            # "Its managing director, Jo Doe, went further. '...,' he said": the person named beside it
            d = self._person_at(subj.idx, described=True) or next(
                (p for c in kids(subj) if c.dep_ == "appos" and (p := self._person_at(c.idx)) is not None), None)
            d = d or self._name_word(subj)
        if d is None and prev.root.pos_ == "VERB" and (named := _set_off_before(prev.root, prev.start)) is not None:
            d = self._person_at(named.idx)
        return [d] if d is not None else []

    def _name_word(self, subj: Token) -> ActorDraft | None:
        """"Ostrander, who is free on bail, waved": one word of a name given before,
        which the tagger left untagged; one person alone ("Garlow and Brandt" are two)."""
        if subj.pos_ != "PROPN" or subj.ent_type_ or not subj.text[:1].isupper() or any(
                c.dep_ == "conj" for c in kids(subj)):
            return None
        named = self._people_named({subj.text})
        return named[0] if len(named) == 1 else None

    def _person_at(self, char: int, described: bool = False) -> ActorDraft | None:
        """The person mentioned at `char`: named, or described by a word that
        tells their gender ("Ruiz's aunt", "the spokeswoman"), or with
        `described`, by any word for one person ("an employee")."""
        found = None
        for (s, e), key in self.actors.span_actor.items():
            if s <= char < e:
                d = self.actors.drafts[key]
                if d.label == "PERSON":
                    return d  # a description resolved to the person named is that person
                if found is None and d.label in {"PERSON_NOM", "NOM"} and (
                        d.gender or described and coding.code_actor(d.name).type == "person"):
                    found = d
        return found

    def _group_subject_before(self, mention: Span) -> Span | None:
        """What "they" refers to: the nearest group of people that is the
        subject of a clause before it, in its sentence or the one before
        ("Republicans said ...; they learned", "Critics, including X, have
        urged ..., although they say ..."). Other plurals ("weeks", "judges"
        of a court that is named) are too often wrong to guess."""
        for part in _window(mention):
            groups = [t for t in _subjects(part) if t.tag_ in {"NNS", "NNPS"} and _people(t)]
            if groups:
                # the group that spoke before a nearer one its words were about ("The villagers said
                # bulldozers cleared land their families had farmed. They said ...")
                spoke = next((t for t in groups if t.dep_ == "nsubj" and verb_cue(t.head) is not None), None)
                return noun_phrase(spoke if spoke is not None else groups[0])
        return None

    def _it_before(self, mention: Span, raw: Raw) -> ActorDraft | None:
        """What a speaking "it" refers to: the nearest organisation or state
        that is a subject before it, in its sentence or the one before ("The
        ministry issued a statement. It said ..."), else the last such speaker
        if it spoke just before ("..., according to the Times. ..., it reported.")."""
        accused = _accused_before(mention) if raw.stance == "deny" else None
        if accused is not None:
            return self.resolve(accused, raw)
        if raw.cue.lemma_.lower() in CONTINUING and self.last_thing is not None and (
                mention.start_char - self.last_thing[1] <= IT_REACH):
            # "The institute said it had no evidence that the hospital hid P. It added ...": the
            # body that just spoke goes on, not one its words were about
            return self.last_thing[0]
        for part in _window(mention):
            for tok in _subjects(part):
                if self.quotes.holding(tok.idx) is None and self._person_at(tok.idx) is None and not names_none(tok) and (
                        _a_body(tok) or tok.tag_ in {"NN", "NNP"} and (
                            tok.lemma_.lower() in cues().body_nouns
                            # "the newspaper La Voz del Sur published what it said ...": named after its kind
                            or any(c.dep_ == "compound" and c.lemma_.lower() in cues().body_nouns for c in tok.lefts)
                            # "the delegation said ... It stressed": a body that has spoken
                            or tok.lemma_.lower() in cues().country_bodies and verb_cue(tok.head) is not None)
                        or (body := self.actors.actor_in(noun_phrase(tok), {"NOM"})) is not None and _untagged_body(body, tok)):
                    return self.resolve(noun_phrase(tok), raw)
        first = sent_of(mention.doc[mention.start])[0]
        if first.ent_type_ in {"GPE", "ORG", "NORP"} and first.i < mention.start and (
                mention.start_char < title_end(text_of(mention.doc))):
            # a headline that opens with its actor, misparsed: "U.S. sanctions tanker it says ..."
            return self.resolve(entity_at(first), raw)
        if self.last_thing is not None and mention.start_char - self.last_thing[1] <= IT_REACH:
            return self.last_thing[0]
        return None

    def _latest_referent(self, d: ActorDraft, char: int, head: str) -> bool:
        """No person given the title `head` was mentioned since `d` ("A senior
        official at X said ... The official added"), so a description of the
        same head noun refers to `d` rather than to a person named earlier."""
        since = _last_mention(d, char)
        return not any(_last_mention(p, char) > since and p.role and head in p.role.lower().split()
                       for p in self.actors.persons_before(char))

    def _described_before(self, char: int, gender: str | None) -> ActorDraft | None:
        """The unnamed person ("a senior official") mentioned last before `char`:
        what "he" refers to when the article has named nobody before it."""
        best, at = None, -1
        for d in self.actors.drafts.values():
            if d.label != "PERSON_NOM" or (d.gender or gender_of(" ".join(d.descriptions))) not in (None, gender):
                continue  # "a spokeswoman" is no "he"
            last = _last_mention(d, char)
            if last > at:
                best, at = d, last
        return best

    def _named_person(self, words: set[str]) -> ActorDraft | None:
        """The named person whose name holds all `words` (a surname alone, say)."""
        if not words:
            return None
        # of two people sharing a surname, the one the article names first
        named = self._people_named(words)
        d = min(named, key=lambda d: min(d.mentions, default=(1 << 30, 0)), default=None)
        if d is not None:
            self.last_person = d
        return d

    def _people_named(self, words: set[str]) -> list[ActorDraft]:
        """The named people whose names hold all `words`."""
        return [d for d in self.actors.drafts.values() if d.label == "PERSON" and words <= set(d.name.split())]

    def _give_role(self, d: ActorDraft, text: str, mention: Span) -> None:
        d.gender = d.gender or gender_of(text)
        c = coding.code_actor(text)
        if c.role:
            d.role = fuller_role(d.role, _cased(text, c.role))
        d.descriptions.append(text)
        if c.country and not d.country:
            d.country = c.country


PREPOSITIONS = {"at", "for", "of", "in", "with", "from", "on", "to"}
SUBJECTS = {"nsubj", "nsubjpass"}


def _defined(span: Span) -> bool:
    """A role description with its own "of"/"for" phrase naming where the role
    is held ("the commander of the 4th Brigade")."""
    return any(c.dep_ == "prep" and c.lower_ in {"of", "for", "at"} and c.i > span.root.i for c in kids(span.root))


@cache
def _unique_offices() -> frozenset[str]:
    return frozenset(data.toml("titles.toml")["unique_offices"]["names"])


def _named_only_in(d: ActorDraft, span: Span, content: tuple[int, int]) -> bool:
    """The person `d` is named in the sentence of `span` only inside `content`
    (by a recorded mention, or by the last word of the name, which the tagger
    may have missed)."""
    sent = sent_of(span.doc[span.start])
    here = [(s, e) for s, e in d.mentions if sent.start_char <= s < sent.end_char]
    if here:
        return all(content[0] <= s and e <= content[1] for s, e in here)
    if d.label != "PERSON":
        return False
    surname = d.name.split()[-1]
    return any(t.text == surname and content[0] <= t.idx < content[1] for t in sent)


FORMER = frozenset({"former", "ex"})


def _words(text: str) -> list[str]:
    return text.lower().replace("-", " ").split()


def _former(text: str) -> bool:
    """A title held no longer: "former president", "ex-minister"."""
    return any(w in FORMER for w in _words(text))


def _window(mention: Span) -> tuple[Span, Span | None]:
    """Where a pronoun looks back: its own sentence up to it, and the sentence before."""
    doc = mention.doc
    sent = sent_of(doc[mention.start])
    return doc[sent.start : mention.start], sent_of(doc[sent.start - 1]) if sent.start > 0 else None


def _sources_before(sent: Span | None) -> Span | None:
    """"P, according to two people familiar with the matter. One of them said":
    the group of people the sentence before credits."""
    if sent is None:
        return None
    return next((noun_phrase(o) for t in sent if t.lower_ == "to" and t.i > 0 and t.doc[t.i - 1].lower_ == "according"
                 for o in kids(t) if o.dep_ == "pobj" and o.tag_ in {"NNS", "NNPS"} and _people(o)), None)


def _accused_before(mention: Span) -> Span | None:
    """"X accused Velmar of Y, which it denies": the organisation or state
    accused earlier in the sentence is what a denying "it" stands for."""
    verbs = cues().accusation_verbs
    for t in reversed(tokens_of(mention.doc)[sent_bounds(mention.doc[mention.start])[0] : mention.start]):
        if t.dep_ in {"dobj", "nsubjpass"} and t.head.lemma_.lower() in verbs and _a_body(t):
            return mention.doc[t.left_edge.i : t.i + 1]  # "the company", not "the company of hiding losses"
    return None


def _a_body(tok) -> bool:
    """A singular noun for an organisation or state: what "it" can stand for
    (a firm's name may end in a plural: "Orvane Industries")."""
    return tok.tag_ in {"NN", "NNP"} and (tok.ent_type_ in {"ORG", "GPE", "NORP"} or bool(coding.code_actor(tok.text).sector)
                                          ) or tok.tag_ == "NNPS" and tok.ent_type_ == "ORG"


def _held_role(d: ActorDraft) -> str:
    """A person's title, or for a counterpart the title of the one they are
    counterpart to ("his Ghanaian counterpart, X" of a minister is a minister)."""
    return d.role or next((o.role for o in d.relations if o.role), "")


def _reporter_subject(tok) -> Token | None:
    """The subject of the cue whose reported clause `tok` is the subject of
    ("[It] added that it could not confirm P")."""
    verb = tok.head
    cue = verb.head
    if verb.dep_ != "ccomp" or verb_cue(cue) is None:
        return None
    return next((c for c in kids(cue) if c.dep_ in SUBJECTS and c.i < cue.i), None)


def _set_off_before(verb: Token, start: int) -> Token | None:
    """The name set off by commas right before a verb the parser left with no
    subject ("In X, a village on the delta, Jo Doe, the village chief,
    welcomed the plan": it hung the name on the place); `start`: where the
    sentence starts."""
    doc = verb.doc
    k = verb.i - 1
    if k <= start or doc[k].text != ",":
        return None
    # back over the name's description ("the village chief,") to the name
    k -= 1
    while k > start and not doc[k].ent_type_ and (doc[k].text == "," or doc[k].pos_ in {"DET", "ADJ", "NOUN", "PROPN"}):
        k -= 1
    return doc[k] if doc[k].ent_type_ == "PERSON" and doc[k + 1].text == "," else None


def _subjects(part: Span | None) -> list:
    """Clause subjects in `part`, nearest to its end first; a noun the parser
    made its sentence's root takes the subject's place ("The Vell Company, a
    venture of two banks, built and runs the dam": its verbs hung on "banks")."""
    return [] if part is None else [t for t in reversed(part) if t.dep_ in SUBJECTS
                                    or t.dep_ == "ROOT" and t.pos_ in {"PROPN", "NOUN"}]


def _last_mention(d: ActorDraft, char: int) -> int:
    """Where `d` was last mentioned before `char` (-1: not before it)."""
    return max((s for s, _e in d.mentions if s < char), default=-1)


def _other_trade(description: str, d: ActorDraft) -> bool:
    """"A doctor there said P" / "X, a superintendent of police, told ...": a
    description and a person's title of two sectors are two people."""
    mine = coding.code_actor(description).sector
    theirs = {coding.code_actor(x).sector for x in (d.role or "", *d.descriptions) if x} - {None}
    return mine is not None and bool(theirs) and mine not in theirs


def _in_politics(d: ActorDraft) -> bool:
    """Some title or description of the person's is of a political sector."""
    return any(coding.code_actor(x).sector in POLITICAL_SECTORS for x in (d.role or "", *d.descriptions) if x)


def _same_force(desc: str, person: ActorDraft) -> bool:
    """"the country's police chief" / "Commissioner of Police X": a post of a force
    whose holders go by ranks and titles of their own, given in other words."""
    sector = coding.code_actor(desc).sector
    return sector in RANKED and bool(person.role) and coding.code_actor(person.role).sector == sector


# Sectors of one political career: a mayor may lead a party or sit in a legislature.
POLITICAL_SECTORS = frozenset({"GOV", "LEG", "PTY", "OPP", "ELI"})


def _other_office(own: str | None, head: str | None) -> bool:
    """Two different offices of a state ("mayor", "minister"): not one person."""
    return bool(own and head) and own != head and coding.is_office(own) and coding.is_office(head)


def _head_word(description: str) -> str | None:
    """"senior official at the ministry" -> "official": the noun before any
    prepositional phrase."""
    words = description.lower().split()
    cut = next((i for i, w in enumerate(words) if w in PREPOSITIONS), len(words))
    return words[cut - 1] if cut else None


def clean_words(text: str) -> list[str]:
    return clean_name(text).split()


THEY = {"they", "them", "their"}
IT = {"it", "its"}
IT_REACH = 300  # characters from the last speaking organisation's cue that "it" may look back
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# "Some questioned ...", "Many of them said ...": a part of a group named before
PART_WORDS = frozenset({"some", "many", "most", "several", "others"})


def _part_of_them(mention: Span) -> bool:
    """"One of them", "some of them", or "some", "many" alone as the subject."""
    low = [t.lower_ for t in mention]
    if len(low) == 3 and low[1] == "of" and low[2] in {"them", "those"}:
        return low[0] == "one" or low[0] in PART_WORDS
    return len(low) == 1 and low[0] in PART_WORDS - {"others"}


def _people(tok) -> bool:
    """A plural noun that names people: a group by party, trade or role
    ("Republicans", "critics", "voters"), not things."""
    if tok.ent_type_ in {"NORP", "ORG"}:
        return True
    lemma = tok.lemma_.lower()
    lex = cues()
    if lemma in lex.holder_nouns or lemma in lex.side_takers:
        return True
    c = coding.code_actor(lemma)
    if c.type == "person" or c.sector is not None:
        return True
    # the lexicons may list the plural only ("fishermen", lemma "fisherman")
    plural = coding.code_actor(tok.lower_) if tok.lower_ != lemma else c
    return plural.type == "person" or plural.type == "group" and plural.sector is not None  # not "nations"


def _group_of_people(mention: Span) -> bool:
    root = mention.root
    # "those close to Ruiz", "some of his aides": people, not the one named among them
    return root.tag_ in {"NNS", "NNPS"} and _people(root) or root.lower_ in BARE_HEADS


@lru_cache(maxsize=8192)  # asked of each description and of its head word
def is_person_role(text: str) -> bool:
    """A description of one person by role: "the official", "a senior U.S. diplomat"."""
    c = coding.code_actor(text)
    return c.type == "person" or (c.role is not None and c.type != "organization")


def _of_people(text: str) -> bool:
    """A description of a person or of people ("two officials at the agency"), not of a body."""
    return is_person_role(text) or coding.code_actor(text).type == "group"


_TEEN = re.compile(r"(?i)the (?:teenager|teen|teenage (?:boy|girl))$")
_AGE_ONLY = re.compile(r"(?i)(?:the )?(\d{1,3})[- ]year[- ]old$")
_AGED_ROLE = re.compile(r"(?i)the (\d{1,3})[- ]year[- ]old ([a-z]+(?: [a-z]+)?)$")  # "the 52-year-old engineer"


def _one_of_a_people(mention: Span) -> bool:
    """"The Chilean", "the Norwegian": a people's adjective standing alone for
    one person; "the Chileans" are the people, "the Chilean team" a body."""
    return (len(mention) == 2 and mention[0].lower_ == "the" and mention.root.i == mention[1].i
            and mention.root.tag_ in {"NNP", "NN", "JJ"} and coding.is_demonym(mention.root.text))


_AGED_ONE = re.compile(r"(?i)the (\d{1,3})[- ]year[- ]old \S+$")


def _aged_one_of_a_people(mention: Span) -> str | None:
    """"The 58-year-old Australian": one person of a people, given an age (returned)."""
    m = _AGED_ONE.match(span_text(mention))
    return m.group(1) if m is not None and mention.root.i == mention[-1].i and coding.is_demonym(mention.root.text) else None


def _describes_a_person(mention: Span) -> bool:
    """A role description whose head is itself a person's role: "the Iranian
    diplomat", "the spokesman for X"; not "the official list", where the role
    word only qualifies a thing."""
    return is_person_role(mention.text) and is_person_role(mention.root.text)


def _named_for_country(mention: Span) -> Span | None:
    """"Athletics Kenya", "Cycling Australia": a proper name made of a word and
    the country it serves, where the tagger marked only the country."""
    root = mention.root
    if root.ent_type_ != "GPE" or root.ent_iob_ != "B":
        return None
    before = [c for c in kids(root) if c.dep_ == "compound" and c.i < root.i]
    if not before or not all(t.pos_ == "PROPN" and t.text[:1].isupper() and not t.ent_type_
                             and not coding.is_title_word(t.text) and coding.country_of(t.text) is None
                             and not opening_participle(t) for t in before):  # ("Bordering Chad" is Chad)
        return None
    return Span(mention.doc, before[0].i, root.i + 1, label="ORG")


def _titled(d: ActorDraft, words: frozenset[str]) -> bool:
    """`d`'s role or a description of it holds one of `words` ("spokesman")."""
    return any(w in words for x in (d.role or "", *d.descriptions) for w in _words(x))


def _a_voice(d: ActorDraft) -> bool:
    """A spokesperson by title ("Police spokesman Kiran Bhattarai"): the voice of
    a body, which a lede would have described by that body, not as another person."""
    return _titled(d, cues().voices)


def _voice_of(tok: Token) -> bool:
    """`tok` names the body a spokesperson or head speaks for: "a spokesman for
    the X", "the head of the X"."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ in {"for", "of"} and (
        prep.head.lower_ in cues().voices or prep.head.lower_ in cues().body_heads)


def _a_body_noun(tok) -> bool:
    """A common noun for a body of people ("alliance", "party", "union"), not a
    document or a person, which a country can possess without being it."""
    lex = cues()
    lemma = tok.lemma_.lower()
    return (tok.pos_ == "NOUN" and tok.tag_ == "NN" and not is_person_role(tok.text)
            and lemma not in lex.frame_sources and lemma not in lex.allegation_nouns and lemma not in lex.nouns
            and (lemma in lex.body_nouns or lemma in lex.country_bodies or coding.code_actor(lemma).sector is not None))


def _kind_of_body(mention: Span, named: ActorDraft) -> bool:
    """A body of what the mention names around it, not that: "the Kenyan
    federation", "the European Union delegation", "the Russian embassy in
    Prague", or, with a country as possessor, "Paraguay's main opposition alliance"."""
    root = mention.root
    if _holds_root(named, mention) or not _a_body_noun(root):
        return False
    # "Malawi elections board" (a headline's): the country as the first word of the description
    if mention[0].lower_ not in {"the", "a", "an"} and country_possessor(root) is None and not (
            mention[0].ent_type_ == "GPE" and mention[0].dep_ == "compound"):
        return False
    # "... in Prague"; "the operator of the Västervik power station": what it runs is a thing, not the name in it
    placed = {t.i for p in kids(root) if p.dep_ == "prep" and (p.lower_ in {"in", "at"} or p.lower_ == "of" and any(
        o.dep_ == "pobj" and o.pos_ == "NOUN" for o in kids(p))) for t in subtree(p)}
    return all(t.dep_ in {"amod", "compound", "nmod", "det", "punct", "poss", "case"} or t.i == root.i or t.i in placed
               for t in mention)


def _institution_of(mention: Span) -> bool:
    """"Chile's election commission", "Peru's foreign ministry", "the U.S.
    military": a body of the country named as its possessor or before it
    is its own actor, not the country."""
    root = mention.root
    # the place may sit deeper in a name: "Copperbelt Revenue Watch"
    return (root.pos_ in {"NOUN", "PROPN"} and root.ent_type_ != "GPE" and coding.code_actor(root.text).sector is not None
            and (country_possessor(mention.root) is not None
                 or any(t.dep_ == "compound" and t.ent_type_ == "GPE" for c in root.lefts for t in (c, *c.lefts))))


def _possessor(d: ActorDraft, mention: Span) -> bool:
    """`d` is named as the possessor of the mention's head noun ("Ruiz's aunt"),
    or as whom a common noun serves ("a lawyer for Ruiz", "an aide to Ruiz")."""
    root = mention.root
    if root.pos_ not in {"NOUN", "PROPN"}:
        return False
    for c in kids(root):
        if c.dep_ == "poss":
            toks = list(subtree(c))
        elif c.dep_ == "prep" and root.pos_ == "NOUN" and (c.lower_ in SERVES or c.lower_ == "of" and is_person_role(root.text)):
            # the object itself, not an appositive hung on it ("the spokesman for the ministry, Jo Doe")
            toks = [g for g in kids(c) if g.dep_ == "pobj" and not any(t.text == "," for t in tokens_of(root.doc)[c.i : g.i])]
        else:
            continue
        if any(s <= t.idx < e for t in toks for s, e in d.mentions):
            return True
    return False


# "a lawyer for X", "an aide to X" (and "a friend of X", not "months of X"): the head is someone else
SERVES = {"for", "to"}


def _in_clause(d: ActorDraft, mention: Span) -> bool:
    """`d` is named only inside a clause or an adjective phrase that describes
    the mention's head ("the voters who backed Haley", "a man seen with Ruiz",
    "a person familiar with Kestrel's plans"): someone else."""
    root = mention.root
    named = [t for t in mention if any(s <= t.idx < e for s, e in d.mentions)]
    return any(a.pos_ in {"VERB", "AUX", "ADJ"} and a.i != root.i and root.is_ancestor(a)
               for t in named for a in t.ancestors if a.i >= mention.start)


def _based_in(tok: Token) -> bool:
    """"Pune" of "the Pune-based drugmaker": where a body is based, whatever the tagger calls it."""
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].lower_ == "based"


_AT = frozenset({"in", "at", "near"})
_ALONG = frozenset({"on", "off"})


def _where_of(d: ActorDraft, mention: Span, at: frozenset[str] = _AT, along: frozenset[str] = _ALONG) -> bool:
    """`d` is named only as where the mention's head is ("a trader in Adjumani",
    "laboratory tests in Lagos", "the promoter of a festival on Romania's coast"),
    not as who it is."""
    where = [c for c in kids(mention.root) if c.dep_ == "prep" and c.lower_ in at] + [
        t for t in mention if t.dep_ == "prep" and t.lower_ in along and t.i > mention.root.i]
    named = [(s, e) for s, e in d.mentions if mention.start_char <= s < mention.end_char]
    return bool(where and named) and all(
        any(w.idx <= s and e <= w.right_edge.idx + len(w.right_edge) for w in where) for s, e in named)


def _holds_root(d: ActorDraft, mention: Span) -> bool:
    r = mention.root.idx
    return any(s <= r < e for s, e in d.mentions)


def _draft_country(d: ActorDraft, posted: bool = True) -> str | None:
    """The country of a person's descriptions. Without `posted`, a place the
    person works in is not their nationality: "MSF's head of mission in Malawi"
    may be "the Kenyan doctor"."""
    for desc in d.descriptions:
        if not posted:
            desc = _POSTED_IN.sub("", desc)
        c = coding.code_actor(desc).country
        if c:
            return c
    return None


_POSTED_IN = re.compile(r"\s(?:in|at|to)\s.*$")


def _one_thing(d: ActorDraft, mention: Span) -> bool:
    """A speaker "it" may later stand for: an organisation, a state or a
    source such as "the statement" or "the report", in the singular."""
    root = mention.root
    if d.label in {"ORG", "GPE"} or root.lower_ in IT:  # "the Times", "the United States"; an "it" already resolved
        return True
    return d.label == "NOM" and root.tag_ in {"NN", "NNP"} and root.lemma_.lower() in cues().source_nouns or (
        _untagged_body(d, root))


def _untagged_body(d: ActorDraft, root: Token) -> bool:
    """A body's proper name the tagger left untagged, kept as a description:
    "The Central Drugs Control Organisation said it ..."."""
    return d.label == "NOM" and root.tag_ == "NNP" and not is_person_role(root.text) and (
        coding.code_actor(d.name).type != "person")


def _unresolved_it(mention: Span, raw: Raw, quotes: Quotes) -> bool:
    """An "it" that names no organisation before it, outside a quotation: a
    thing that "threatens" or "shows", not a source to report."""
    return mention.text.lower() in IT and quotes.holding(raw.content[0]) is None


def build_statements(actors: ActorSet, raws: list[Raw], quotes: list[Quote] | None = None,
                     home: str | None = None, outlet: str | None = None) -> list[Statement]:
    """Contract statements (speaker = draft key for now) in text order. `home`:
    the country of the story's dateline; `outlet`: the story's own outlet."""
    resolver = SpeakerResolver(actors, Quotes.of(quotes or []), home, outlet)
    out: list[Statement] = []
    cues_of: list[Raw] = []
    text = text_of(actors.doc)
    outer: tuple[Raw, ActorDraft | None] | None = None  # the last statement not reported inside another
    for raw in sorted(raws, key=lambda r: (r.cue_span[0], r.content[0])):
        nested = outer is not None and outer[0].content[0] <= raw.cue_span[0] < outer[0].content[1]
        for mention in raw.speakers or [None]:
            if mention is not None:
                mention = _without_space(mention)
            d = resolver.resolve(mention, raw) if mention is not None else None
            if nested and outer[1] is not None and outer[1].label in PERSON_LABELS:
                # "The minister said a rebel had told him P. He added ...": the minister
                # still holds the floor, not the person he reported
                resolver.last_person = outer[1]
            elif not nested:
                outer = (raw, d)
            if d is None and (mention is None or _unresolved_it(mention, raw, resolver.quotes)) or raw.silent:
                continue  # a refusal to comment is no statement, but "She" may mean its speaker next
            if d is not None and mention is not None:
                actors.mention(d, mention.start_char, mention.end_char)
                if _one_thing(d, mention):
                    resolver.last_thing = (d, raw.cue_span[1])
            medium = resolver.actors.actor_in(raw.medium, {"ORG", "GPE", "PERSON", "NORP"}) if raw.medium is not None else None
            if raw.medium is not None and medium is None:
                medium = actors.add_named(raw.medium, clean_name(raw.medium.text))
            addressee = actors.actor_in(raw.addressee, {"PERSON", "ORG", "GPE"}) if raw.addressee is not None else None
            idx = len(out)
            out.append(
                Statement(
                    id=f"S{idx + 1}",
                    speaker=d.key if d else None,
                    speaker_span=(mention.start_char, mention.end_char) if mention is not None else None,
                    cue=raw.cue_text,
                    cue_span=raw.cue_span,
                    kind="indirect",
                    content=text[raw.content[0] : raw.content[1]],
                    content_span=raw.content,
                    stance=raw.stance,  # refined by the stance stage
                    medium=medium.key if medium else None,
                    addressee=addressee.key if addressee else None,
                )
            )
            cues_of.append(raw)
    _lede_speakers(actors, out, cues_of)
    for key in {s.speaker for s in out if s.speaker and s.speaker.startswith("C:")}:
        d = actors.drafts.get(key)
        if d is not None and d.country and not is_region(d.country) and coding.is_capital(d.name):
            # "Seoul said", with South Korea never named: the state speaks, by its own name
            d.name = coding.state_name(d.country) or d.name
    return out


def _without_space(span: Span) -> Span:
    """The mention without the line breaks the parser may hang on it ("says union\n\n")."""
    start, end = span.start, span.end
    while end - 1 > start and span.doc[end - 1].is_space:
        end -= 1
    while start + 1 < end and span.doc[start].is_space:
        start += 1
    return span if (start, end) == (span.start, span.end) else span.doc[start:end]


def _lede_speakers(actors: ActorSet, out: list[Statement], raws: list[Raw]) -> None:
    """A wire story's opening names its source by a description and the next
    paragraph by name ("Peru's environmental watchdog on Tuesday accused X ...
    The National Environmental Oversight Service said ..."); the headline says
    it again in fewer words ("Peru environment watchdog accuses X"). The body
    that speaks first in the second paragraph is the lede's described body when
    their countries agree, and the headline's described speaker is the lede's
    speaker of the same verb."""
    text = text_of(actors.doc)
    title_end = text.find("\n")
    if title_end < 0:
        return
    paras = story_paragraphs(text, actors.skip or [], 3)
    if not paras:
        return
    lede = paras[0]
    nxt = paras[1] if len(paras) > 1 else None

    def inside(s: Statement, span) -> bool:
        return span is not None and span[0] <= s.cue_span[0] < span[1]

    def proper(x: ActorDraft) -> bool:
        # a body's proper name the tagger missed ("FairLabel NZ said"): proper nouns only
        span = actors.doc.char_span(*min(x.mentions), alignment_mode="expand") if x.mentions else None
        return span is not None and len(span) > 0 and all(t.pos_ == "PROPN" for t in span)

    def voiced(d: ActorDraft | None) -> str | None:
        # the body itself, or the body its spokesman speaks for ("X, spokesman of the Y Alliance, told ...");
        # not the one an expert works at ("X, a hydrologist at Y University, said")
        speaks_for = d is not None and _titled(d, cues().voices | cues().body_heads)
        return next((x.key for x in (d, d.member_of if speaks_for else None) if x is not None and (
            x.key.startswith("O:") or (x.key.startswith("D:") and x.label not in PERSON_LABELS
                                       and not x.gender and proper(x)))), None)

    opening = next((s for s in out if inside(s, nxt) and s.speaker in actors.drafts), None)
    first = actors.drafts[opening.speaker] if opening is not None else None
    body = voiced(first)
    if first is not None and opening.stance == "deny" and first.name in text[lede[0] : lede[1]] and len(paras) > 2:
        # "... after a security firm alleged P. \n Acme denied it. \n The report by Sentry said ...": the
        # next paragraph has the accused in the lede deny; the one after names the source
        later = next((actors.drafts[s.speaker] for s in out if inside(s, paras[2]) and s.speaker in actors.drafts), None)
        key = voiced(later)
        if key is not None and _last_mention(actors.drafts[key], lede[1]) < lede[0]:
            body = key
    if body is not None:
        named = actors.drafts[body]
        coded = coding.code_actor(named.name, ner_label="ORG")
        bc = named.country or coded.country
        # ("The group, Clear Ledger Hungary, said": called by a word of no fixed kind, the body is no
        # newspaper for the "Ledger" in its name; its kind is the lede's to tell)
        vague = any(_head_word(x) in cues().vague_bodies for x in named.descriptions)
        # (its kind by its name, else as the article told it: "state oil company Andespetrol" is no army)
        kinds = _kinds(named, coded) - {None}
        kind = None if vague else coded.sector or (next(iter(kinds)) if len(kinds) == 1 else None)
        described = [(s, _head_word(desc)) for s in out if inside(s, lede) and (desc := _description(text, s)) is not None
                     and _described_body(desc, bc, kind, named.name)
                     and not _bodies(actors.doc, s.speaker_span)]
        # "An indigenous council says ... The company says ...": two bodies described, so only the
        # one whose head word the name carries is it
        if len({head for _s, head in described}) > 1:
            by_name = [(s, head) for s, head in described if head in named.name.lower().split()]
            # ... else the one that takes the side the named body takes next ("a watchdog alleged P,
            # a charge the government dismissed" / "The group, X, said")
            by_side = [(s, head) for s, head in described if s.stance == opening.stance]
            described = by_name or (by_side if len({head for _s, head in by_side}) == 1 else [])
        for s, _head in described:
            _describes(named, text[s.speaker_span[0] : s.speaker_span[1]])
            _name_it(actors, out, s, named)
    if first is not None and first.label == "PERSON":
        # "A former engineer at Acme accused ..." / "Jo Doe, a British engineer who ran ..., said":
        # the person the next paragraph names first, called by the lede's head word; or, opening that
        # paragraph as the subject of its report and saying so too ("A former trial investigator alleged
        # ... \n Dr Anjali Mehra, a cardiologist who supervised a site, told ..."), whatever their title
        opens = _opens_with(actors, text, nxt, first, opening)
        for s in out:
            if inside(s, lede) and (s.speaker or "").startswith("D:") and (desc := _description(text, s)) is not None \
                    and is_person_role(desc) and not _unnamed_on_purpose(actors, s) and not _other_trade(desc, first) \
                    and (_head_word(desc) in _called(first) or _same_force(desc, first)
                         or not first.role and not first.descriptions
                                                  and _last_mention(first, lede[0]) < 0
                                                  or opens and s.stance == opening.stance == "assert"
                                                  and _last_mention(first, lede[0]) < 0 and not _a_voice(first)
                                                  and not _other_trade(desc, first)):
                # ... or, named first there with no title of their own ("The president of X denied ..." /
                # "“...,” Rui Mendes told a news conference"), the one the lede described
                _name_it(actors, out, s, first)
    for s in out:
        # "contradicting a Transport Ministry official who said P" / "Budi Wiratama, the ministry's director
        # general, told reporters": a described member of a body is the one of it the story names next
        d = actors.drafts.get(s.speaker or "")
        if d is None or not d.key.startswith("D:") or not inside(s, lede) or s.speaker_span is None or (
                (desc := _description(text, s)) is None or not is_person_role(desc)):
            continue
        words = actors.doc.char_span(*s.speaker_span, alignment_mode="expand")
        if words is None or _unnamed_on_purpose(actors, s):
            continue  # "an official who asked not to be named" stays unnamed
        body = d.member_of or actors.actor_in(words, {"ORG"})
        # (a former member is none of its office holders: "A former admissions officer at X accused
        # it" is not "X's president, Y, denied")
        former = _former(desc)
        named = next((p for p in _persons_named_from(actors, lede[1]) if body is not None and p.member_of is body
                      and not (former and not any(_former(x) for x in (p.role or "", *p.descriptions)))), None)
        if named is None:
            # "a case his lawyer called ..." / "His lawyer, Lee Seung-hoon, denied ...": one post held
            # for one person, the one the story names with it; without a possessive, the one person
            # named after the lede with that title ("A Philippine senator denied ..." / "Senator X")
            head = _head_word(desc)
            # (and whatever else the description names: "Vale do Sousa president" is no president of a rival)
            proper = _proper_words(words)
            called = [p for p in _persons_named_from(actors, lede[1]) if head in _called(p)
                      and proper <= _called(p) | set(_words(p.member_of.name if p.member_of else ""))
                      and not _other_trade(desc, p)]  # ("a separatist spokesman" is no army spokesman)
            if not called:
                # ("the vessel's owner" / "The freighter's owner, Patras-based Meltari Lines": a post a firm
                # may hold too, the one body the story so called)
                called = [b for _at, b in _bodies_named_from(actors, lede[1]) if head in _called(b)][:2]
                called = called if len(called) == 1 else []
            near = paras[-1][1]  # (the first so called, named within the next two paragraphs)
            if called and (words[0].lower_ in POSSESSIVES or len(called) == 1 or min(called[0].mentions)[0] < near):
                named = called[0]
        if named is not None:
            _name_it(actors, out, s, named)
    for s in out:  # named only further down: "the vessel's operator said ..." / "Bayline, which operates the vessel,"
        if inside(s, lede) and (s.speaker or "").startswith("D:") and (desc := _description(text, s)) is not None \
                and not _bodies(actors.doc, s.speaker_span):
            named = (_agent_named(actors, text, desc, lede[1]) or _opening_next(actors, text, desc, nxt)
                     or _named_later(actors, text, desc, lede[1])
                     or _named_in_its_words(actors, desc, lede[1]) or _named_next(actors, text, desc, nxt)
                     or _the_one_named_so(actors, desc, lede[1]) or _runs_the_named_thing(actors, text, desc, lede[1])
                     or _named_after_its_kind(actors, text, desc, lede[1]) or _named_with_its_field(actors, desc, lede[1])
                     or _first_firm_to_speak(actors, out, desc, lede[1]))
            if named is not None:
                _describes(named, desc)
                _name_it(actors, out, s, named)
        elif inside(s, nxt) and (s.speaker or "").startswith("D:") and (desc := _description(text, s)) is not None \
                and desc.split()[0].lower() == "the" and not _bodies(actors.doc, s.speaker_span):
            # "... villagers say they were never paid. \n The company behind the dam insists P.": the
            # other side's answer right after the lede, the firm named only further down
            named = _first_firm_to_speak(actors, out, desc, nxt[1])
            if named is not None:
                _describes(named, desc)
                _name_it(actors, out, s, named)
    forms: list[tuple[str, str] | None] | None = None
    for s, raw in zip(out, raws, strict=True):
        if s.cue_span[0] >= title_end or (desc := _description(text, s)) is None:
            continue  # a headline statement whose speaker is described, not named
        # "operator blames ..." / "the vessel's Singapore-based operator said": by its head word,
        # else by the same verb ("herders blame ...; operator says ..." has two speakers of "say")
        word = _head_word(desc)
        # ("A Norwegian fishermen's union": the word may be a possessive there; "PM" is "prime minister")
        said_as = coding.short_titles().get(word or "", word or "").split()
        same = next((o for o in out if inside(o, lede) and o.speaker and o.speaker_span is not None and word
                     and set(said_as) <= set(_words_to_head(actors.doc, o.speaker_span))), None)
        if same is None:
            # ("Sindh minister rejects ..." is no "provincial government rejected" of the lede: a person's
            # title names a person)
            one = is_person_role(desc)
            if forms is None:  # each cue's forms read once: asked of every pair
                forms = [_verb_forms(r) for r in raws]
            own = _verb_forms(raw)
            # ("Tessa militia says" is no electoral commission that says: a name the description holds is its own)
            proper = _proper_words(actors.doc.char_span(*s.speaker_span, alignment_mode="expand") or ())
            same = next((o for o, f in zip(out, forms, strict=True) if inside(o, lede) and o.speaker and _same_verb(f, own)
                         and not (one and o.speaker in actors.drafts and actors.drafts[o.speaker].label not in PERSON_LABELS)
                         and not (proper and o.speaker in actors.drafts and not proper <= _called(actors.drafts[o.speaker]))
                         and not (o.speaker in actors.drafts and _other_camp(desc, actors.drafts[o.speaker]))
                         and _same_number(actors.doc, s.speaker_span, o.speaker_span)),
                        None)
        if same is None:
            # "Peru mining firm blames ..." / "Peru's state mining company MineraSur said": the one body
            # speaking in the lede whose kind, as the article describes it, and country are the description's
            coded = coding.code_actor(desc)
            # (both told: "company rejects claims" may be any body a trade word codes BUS)
            kin = {o.speaker: o for o in out if inside(o, lede) and (o.speaker or "").startswith("O:")
                   and coded.sector and coded.country
                   and coded.sector in _kinds(d := actors.drafts[o.speaker], coding.code_actor(d.name, ner_label="ORG"))
                   and (d.country or coded.country) == coded.country}
            same = next(iter(kin.values())) if len(kin) == 1 else None
        if same is None and word:
            # "Moroccan university denies ..." / "A former officer at Atlas National University accused
            # it": the one body the lede names whose name holds the description's head word
            bodies = {d.key: d for (start, _end), d in _bodies_named_from(actors, lede[0])
                      if start < lede[1] and word in _words(d.name) and _fits(d, desc)}
            if len(bodies) == 1:
                _name_it(actors, out, s, next(iter(bodies.values())))
                continue
        if same is None and word and nxt is not None and is_person_role(desc):
            # "property tycoon denies P" / "A Valdorian property tycoon accused of ... went on trial" /
            # "Maria Kovacs, 66, chairwoman of ...": the person the lede's subject describes, named as
            # the next paragraph opens
            named = _lede_subject_named_next(actors, text, lede, nxt, word)
            if named is not None:
                _name_it(actors, out, s, named)
                continue
        if same is None and word and nxt is not None and not is_person_role(desc):
            # "news channel says P" / the lede tells what was done to it / "The channel, Vani 24,
            # called ...": the body opening the next paragraph's reports, called by the head word
            same = next((o for o in out if inside(o, nxt) and (o.speaker or "").startswith("O:")
                         and word in _called(d := actors.drafts[o.speaker]) and _fits(d, desc)), None)
            if same is not None and any(inside(o, nxt) and o.cue_span[0] < same.cue_span[0] for o in out):
                same = None  # (not opening it: another source speaks first there)
        if same is None and s.stance != "assert":
            # "election body denies" / "a charge the National Elections Commission dismissed":
            # the story's first named speaker of that stance, in the lede or called so by role
            same = next((o for o in out if o.cue_span[0] >= title_end and o.stance == s.stance
                         and (o.speaker or "D:").startswith(("O:", "P:"))
                         and (inside(o, lede) or word in _called(actors.drafts[o.speaker])
                              # "Chilean salmon farmer denies ..." / "Acuícola Seno Verde ... denied both
                              # accusations" opening the next paragraph: a body the description fits
                              or inside(o, nxt) and o.speaker.startswith("O:") and _fits(actors.drafts[o.speaker], desc))),
                        None)
        if same is None and s.stance != "assert":
            # "...; maker denies contamination" / "Sreepadma Pharmaceuticals denied that its product was
            # contaminated" further down: the first body of that stance the description fits
            # (a firm's name may tell no kind: "company denies it" / "Estaño Andino denied P")
            firm = coding.code_actor(desc).sector == "BUS" and not is_person_role(desc)  # (a "tycoon" is a person)
            same = next((o for o in out if o.cue_span[0] >= title_end and o.stance == s.stance
                         and (o.speaker or "").startswith("O:") and (_fits(d := actors.drafts[o.speaker], desc) or firm and (
                             _may_be_a_firm(d)))), None)
        if same is not None:
            _name_it(actors, out, s, actors.drafts[same.speaker])


def _same_number(doc, a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    """"developer says P" is none of "hundreds of villagers say Q": one speaker
    described is no many, whatever verb they share."""
    x = doc.char_span(*a, alignment_mode="expand") if a is not None else None
    y = doc.char_span(*b, alignment_mode="expand") if b is not None else None
    if x is None or y is None or not len(x) or not len(y):
        return True
    plural = {"NNS", "NNPS"}
    return (x.root.tag_ in plural) == (y.root.tag_ in plural) or not (
        x.root.pos_ == "NOUN" and y.root.pos_ == "NOUN")


def _words_to_head(doc, span: tuple[int, int]) -> list[str]:
    """A mention's words up to its head, lower-cased, without a possessive's
    ending: not those of what follows the head ("an officer at the university"
    is no university)."""
    words = doc.char_span(*span, alignment_mode="expand")
    if words is None or not len(words):
        return []
    return [_POSS.sub("", t.lower_) for t in words if t.i <= words.root.i]


def _lede_subject_named_next(actors: ActorSet, text: str, lede: tuple[int, int], nxt: tuple[int, int],
                             word: str) -> ActorDraft | None:
    """The person whose name opens the paragraph `nxt`, when the lede's first
    subject is a description with the head `word`."""
    span = actors.doc.char_span(*lede, alignment_mode="expand")
    if span is None or not len(span):
        return None
    # (the first sentence with a verb for its root: not the dateline the parser may cut off as one)
    root = next((x.root for x in span.sents if x.root.pos_ in {"VERB", "AUX"}), None)
    if root is None:
        return None
    subj = next((c for c in kids(root) if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or subj.lower_ != word or subj.pos_ != "NOUN" or subj.ent_type_:
        return None
    first = next(iter(_persons_named_from(actors, nxt[0])), None)
    if first is None:
        return None
    at = min(m[0] for m in first.mentions if m[0] >= nxt[0])
    return first if not text[nxt[0] : at].strip() else None


def _opens_with(actors: ActorSet, text: str, nxt: tuple[int, int] | None, person: ActorDraft,
                opening: Statement | None) -> bool:
    """The paragraph `nxt` opens with `person`'s name (a title before it aside) as
    the speaker of its first statement: "Dr Anjali Mehra, a cardiologist ..., told"."""
    if nxt is None or opening is None or opening.speaker_span is None:
        return False
    first = min((m for m in person.mentions if nxt[0] <= m[0] < nxt[1]), default=None)
    if first is None or not opening.speaker_span[0] <= first[0] < opening.speaker_span[1] + 1:
        return False
    lead = text[nxt[0] : first[0]].strip().rstrip(".")
    return all(coding.is_title_word(w) for w in lead.split())


def _bodies(doc, span) -> bool:
    """"Insurance industry groups have called it ...": many bodies, none of them the
    one named next (unlike "volunteer rescuers", people of one body)."""
    words = doc.char_span(*span, alignment_mode="expand") if span is not None else None
    return words is not None and len(words) > 0 and words.root.tag_ in {"NNS", "NNPS"} and (
        names_a_body_kind(lemma := words.root.lemma_.lower())) and lemma not in cues().collective_bodies


def _name_it(actors: ActorSet, out: list[Statement], s: Statement, named: ActorDraft) -> None:
    """`s`'s speaker is `named`, and so is every other statement of the same
    description ("minister denies" in the headline, "The minister said" below)."""
    old = s.speaker
    for o in out:
        if o is s or old is not None and old.startswith("D:") and o.speaker == old:
            o.speaker = named.key
            if o.speaker_span is not None:
                actors.remention(o.speaker_span, named)


def _kinds(d: ActorDraft, named: coding.Coding) -> set[str | None]:
    """The sectors a body's name and the article's descriptions of it give;
    not a word that calls a body of any kind ("the group" it was called since)."""
    vague = cues().vague_bodies
    return {named.sector} | {coding.code_actor(x).sector for x in d.descriptions
                             if not (len(w := x.lower().split()) == 2 and w[0] in {"the", "this"} and w[1] in vague)}


def _intergovernmental(desc: coding.Coding, kinds: set[str | None], word: str) -> bool:
    """"the agency" after "the World Health Organization": a word for a state's
    office that an intergovernmental body is called too."""
    return desc.sector == "GOV" and "IGO" in kinds and word in cues().intergovernmental_kinds


def _with_singulars(words: set[str]) -> set[str]:
    """A name's words and their singulars, for a description's lemmas to meet a
    name in the plural ("the tenants' committee" / "Association of Tenant Committees")."""
    return words | {w[:-3] + "y" if w.endswith("ies") else w[:-1] for w in words
                    if w.endswith("s") and len(w) > 3 and not w.endswith(("ss", "us", "is"))}


def _proper_words(words) -> set[str]:
    """The proper names a description holds, lower-cased: not a people or a
    place it is of ("Vale do Sousa president", "a Kenyan official")."""
    return {t.lower_ for t in words if t.pos_ == "PROPN" and t.ent_type_ not in {"NORP", "GPE"}}


def _called(d: ActorDraft) -> set[str]:
    """The words a body or person is named or described by, a title's short
    form with the words it stands for ("Gen." is a general)."""
    return coding.title_words(" ".join((d.name, d.role or "", *d.descriptions)))


def _describes(named: ActorDraft, description: str) -> None:
    """The lede's description codes the body it names ("Liberia's main
    opposition party" / "The Liberty Progressive Alliance": OPP)."""
    if description not in named.descriptions:
        named.descriptions.append(description)


_SET_OFF = re.compile(r"\s*,([^,.;]{3,120})[,.;]")


def _unnamed_on_purpose(actors: ActorSet, s: Statement) -> bool:
    """The statement's speaker asked not to be named: no one named later is them
    (the words in `cues.toml no_comment.unnamed_on_purpose`)."""
    words = actors.doc.char_span(*s.speaker_span, alignment_mode="expand") if s.speaker_span else None
    if words is None:
        return False
    sentence = words.sent.text
    return any(w in sentence for w in cues().unnamed_on_purpose)


def _named_from(actors: ActorSet, after: int, keep) -> list[tuple[tuple[int, int], ActorDraft]]:
    """Drafts that `keep` accepts, mentioned from `after` on, with their first mention there, in text order."""
    return sorted(((min(m for m in d.mentions if m[0] >= after), d) for d in actors.drafts.values()
                   if keep(d) and any(s >= after for s, _e in d.mentions)),
                  key=lambda x: x[0])  # drafts do not compare


def _persons_named_from(actors: ActorSet, after: int) -> list[ActorDraft]:
    """Named persons mentioned from `after` on, in text order."""
    return [d for _at, d in _named_from(actors, after, lambda d: d.label == "PERSON" and d.key.startswith("P:"))]


def _bodies_named_from(actors: ActorSet, after: int) -> list[tuple[tuple[int, int], ActorDraft]]:
    """Named bodies mentioned from `after` on, with their first mention there, in text order."""
    return _named_from(actors, after, lambda d: d.label == "ORG" and d.key.startswith("O:"))


def _fits(d: ActorDraft, description: str) -> bool:
    """The body `d` can be what `description` describes, by its country and kind."""
    named = coding.code_actor(d.name, ner_label="ORG")
    desc = coding.code_actor(description)
    # (a name of no kind takes the one the article gave it: "The channel, Vani 24,")
    kinds = _kinds(d, named) - {None} if named.sector is None else set()
    sector = named.sector or (next(iter(kinds)) if len(kinds) == 1 else None)
    return _described_body(description, d.country or named.country, sector, d.name) and (
        (d.country or named.country) in (None, desc.country))  # the story's home is given later


def _opening_next(actors: ActorSet, text: str, description: str, nxt: tuple[int, int] | None) -> ActorDraft | None:
    """"Zambia's state power company rejected allegations ..." / "The Zambia
    Electricity Generation Corporation (ZEGCO) awarded ...": the body the next
    paragraph opens with, as its subject, when the description fits it."""
    if nxt is None:
        return None
    desc = coding.code_actor(description)
    if desc.type != "organization":
        return None
    first = next(((span, d) for span, d in _bodies_named_from(actors, nxt[0]) if span[0] < nxt[1]), None)
    if first is None or text[nxt[0] : first[0][0]].strip().lower() not in {"", "the"}:
        return None
    (start, end), d = first
    words = actors.doc.char_span(start, end, alignment_mode="expand")
    if words is None or not any(t.dep_ in {"nsubj", "nsubjpass"} for t in words):
        return None
    return d if _fits(d, description) else None


def _named_later(actors: ActorSet, text: str, description: str, after: int) -> ActorDraft | None:
    """The body the story names after its lede with the lede's description set
    off after the name: "the company that built it" / "Sahel Crest, the Accra
    company that built the bridge,", "the vessel's operator" / "Bayline, which
    operates the vessel,". The first such body of no other country."""
    body = _body_description(description)
    if body is None:
        return None
    c, word = body
    for (_start, end), d in _bodies_named_from(actors, after):
        m = _SET_OFF.match(text, end)
        if m is None:
            continue
        words = _LOWER_WORDS.findall(m.group(1).lower())
        first = actors.doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if first is not None and len(first) and first[0].pos_ in {"VERB", "AUX"}:
            continue  # "a hydrologist at Cadi Ayyad University, cast doubt on the utility's account": the verb
        # the same noun in an apposition ("Sahel Crest, the Accra company ..."), or the verb it is made
        # from ("Bayline, which operates the vessel"); not the noun in a clause about another
        # ("Civil Aviation Affairs, which oversees the airline")
        relative = bool(words) and words[0] in {"which", "that", "who"}
        if any(same_stem(w, word) and not (relative and w == word) for w in words) and _of_country(d, c.country):
            return d
    return None


# "operated by PT Laut Biru Lines": a participle and "by" just before a name (an
# upper-case company form the tagger leaves out of the name may come between)
_DONE_BY = re.compile(r"\b([a-z]+) by (?:the )?(?:[A-Z]{1,3} )?$")


@cache
def _age_words() -> frozenset[str]:
    return frozenset(data.toml("names.toml")["age_words"])


def _first_firm_to_speak(actors: ActorSet, out: list[Statement], description: str, after: int) -> ActorDraft | None:
    """"fishermen accused the plant of P, a charge the company denied" / "X, a
    subsidiary of Y, rejected the allegation": a lede's company that the story
    names no other way is the first body of no other kind named after the lede
    that speaks."""
    body = _body_description(description)
    if body is None or body[0].sector != "BUS":
        return None
    for o in out:
        d = actors.drafts.get(o.speaker or "")
        if o.cue_span[0] < after or d is None or not d.key.startswith("O:") or min(d.mentions)[0] < after:
            continue
        if not _may_be_a_firm(d) or not _of_country(d, body[0].country):
            continue
        return d
    return None


def _may_be_a_firm(d: ActorDraft) -> bool:
    """A named body whose name tells it is a firm, or tells no kind ("Estaño Andino")."""
    return coding.code_actor(d.name, ner_label="ORG").sector in (None, "BUS")


def _body_description(description: str) -> tuple[coding.Coding, str] | None:
    """(coding, head word) of a description of one organisation ("the vessel's operator")."""
    c = coding.code_actor(description)
    word = _head_word(description)
    return (c, word) if c.type == "organization" and word and word.isalpha() else None


def _agent_named(actors: ActorSet, text: str, description: str, after: int) -> ActorDraft | None:
    """"The operator of a ferry that sank said ..." / "The KM Nusa, operated by
    Laut Lines, sank": the body named after its lede as the agent of the verb
    the description's noun is made from, not the thing it was done to."""
    body = _body_description(description)
    if body is None:
        return None
    c, word = body
    for (start, _end), d in _bodies_named_from(actors, after):
        m = _DONE_BY.search(text, max(0, start - 40), start)
        if m is not None and m.group(1) != word and same_stem(m.group(1), word) and _of_country(d, c.country):
            return d
    return None


_THE_HEAD_NAME = re.compile(r"\s*The (\w+), ([A-Z][^,(]{1,80}?)\s*[,(]")


def _named_next(actors: ActorSet, text: str, description: str, nxt: tuple[int, int] | None) -> ActorDraft | None:
    """"A Norwegian conservation group said ..." / "The group, Havets Stemme
    (Voice of the Sea), published ...": the next paragraph opens by naming
    the lede's description."""
    m = _THE_HEAD_NAME.match(text, nxt[0]) if nxt is not None else None
    if m is None or m.group(1).lower() != _head_word(description):
        return None
    named = actors.named_body(clean_name(m.group(2)))
    return named if named is not None and named.label == "ORG" else None


def _named_in_its_words(actors: ActorSet, description: str, after: int) -> ActorDraft | None:
    """The first body named after the lede whose name holds every word of the
    lede's description ("the exporters' association" / "the Association of
    Cocoa Exporters of Cote d'Ivoire"); two words at least, so that "the
    ministry" alone names no ministry."""
    # (not its rank or its country: "Senegal's largest union of artisanal fishermen" is the
    # National Union of Artisanal Fishermen)
    words = _description_words(description, _ARTICLES | _RANK)
    kind = coding.code_actor(description).type
    # ("union of fishermen" is coded by its members; its head word makes it a body)
    if len(words) < 2 or kind != "organization" and not (
            kind == "group" and names_a_body_kind(_POSS.sub("", _head_word(description) or ""))):
        return None
    country = coding.code_actor(description).country  # ("the Vietnamese coast guard" is no Indonesia Coast Guard)
    for _first, d in _bodies_named_from(actors, after):
        name = _LOWER_WORDS.findall(d.name.lower())
        if all(any(same_stem(w, n) or w == n for n in name) for w in words) and _of_country(d, country):
            return d
    return None


def _the_one_named_so(actors: ActorSet, description: str, after: int) -> ActorDraft | None:
    """"a trade union that says ..." / "The Nuclear Technicians' Union asked",
    "an indigenous federation said" / "The Federation of Shuar Peoples of the
    Upano": the one body named after the lede whose name's head word (its last,
    or the last before "of") is the description's head word, when the story
    names only one such, of no other country."""
    c = coding.code_actor(description)
    word = _head_word(description)
    if c.type not in {"organization", "group"} or not word or not word.isalpha():  # a union is a group
        return None
    found = [d for _first, d in _bodies_named_from(actors, after)
             if _LOWER_WORDS.findall(d.name.lower().partition(" of ")[0])[-1:] == [word]]
    # (of no other kind: "a separatist group" is no crisis group of analysts)
    return found[0] if len(found) == 1 and _of_country(found[0], c.country) and _fits(found[0], description) else None


def _named_after_its_kind(actors: ActorSet, text: str, description: str, after: int) -> ActorDraft | None:
    """"The promoter of a festival ... rejected ..." / "chief executive of
    promoter Vortex Live Events": the body the story names right after the
    description's head word, of no other country."""
    body = _body_description(description)
    if body is None:
        return None
    c, word = body
    for (start, _end), d in _named_from(actors, after, _proper_body):
        if _after_word(text, start, word) and _of_country(d, c.country):
            return d
    return None


def _after_word(text: str, start: int, word: str) -> bool:
    """The name at `start` is written right after `word` (and a "the"): "promoter
    Vortex Live Events", "paramilitary Highland Defence Units"."""
    return re.search(rf"\b{re.escape(word)} (?:the )?$", text[max(0, start - len(word) - 6) : start], re.IGNORECASE) is not None


_ARTICLES = frozenset({"the", "a", "an"})


def _description_words(description: str, skip: frozenset[str]) -> list[str]:
    """A description's words, lower-cased, without `skip`, a possessive's "s"
    and its country's name or people ("Senegal's largest union of ...")."""
    return [w.lower() for w in _LETTERS.findall(description)
            if w.lower() not in skip and w != "s" and not _country_word(w)]


def _country_word(word: str) -> bool:
    """A country's name or people, capitalised as one ("labour" is no British party)."""
    return word[:1].isupper() and coding.country_of(word) is not None


_RANK = frozenset({"largest", "biggest", "main", "leading", "top", "major", "oldest", "powerful", "influential"})
_NOT_FIELD = frozenset({"the", "a", "an", "its", "their", "country", "nation", "state", "national", "local",
                        "regional", "main", "top", "official", "government",
                        # who pays for or runs it: "the state-funded rights body" is the Commission on Rights
                        "funded", "owned", "run", "backed", "controlled", "sponsored", "independent",
                        # no field either: "the government of Nigeria's Lagos state" is no Central Bank of Nigeria
                        "of", "for", "in", "on", "and", "at", "to"})


def _named_with_its_field(actors: ActorSet, description: str, after: int) -> ActorDraft | None:
    """"the country's aviation regulator said ..." / "The Kenya Civil Aviation
    Authority said ...": the first body named after the lede, of the same kind,
    whose name holds the description's field ("aviation")."""
    body = _body_description(description)
    if body is None or body[0].sector is None and body[1] not in cues().vague_bodies:
        return None
    c, word = body
    # (nor its rank: "the country's largest cinnamon exporters' group" / "the Atsimo Cinnamon Exporters' Association")
    field = set(_description_words(description, _NOT_FIELD | _RANK | {word}))
    if not field:
        return None
    for _first, d in _bodies_named_from(actors, after):
        # (a word of no fixed kind takes a body of any: "the nuclear watchdog" is a state agency)
        if field <= set(_description_words(d.name, frozenset())) and (word in cues().vague_bodies or coding.code_actor(
                d.name, ner_label="ORG").sector == c.sector) and _of_country(d, c.country):
            return d
    return None


def _proper_body(d: ActorDraft) -> bool:
    """A named body, or a proper name the tagger missed ("Ak-Tash Mining denied ...")."""
    return d.key.startswith("O:") or d.label not in {"PERSON", "PERSON_NOM", "GPE"} and all(
        w[:1].isupper() for w in d.name.split())


_RUNS = re.compile(r"(?i)^(?:the |its |a )?([a-z]+)(?:'s|’s) (?:[a-z]+ )?(operator|owner|builder|developer|maker)$")


def _runs_the_named_thing(actors: ActorSet, text: str, description: str, after: int) -> ActorDraft | None:
    """"The mine's operator says ..." / "... below the Chong-Tash mine" /
    "Chong-Tash Mining denied ...": the body named after the lede whose name
    holds the proper name the story gives the thing it runs."""
    m = _RUNS.match(description.strip())
    if m is None:
        return None
    named = re.search(rf"\b((?:[A-Z][\w'’-]+ )+){re.escape(m.group(1).lower())}\b", text[after:])
    if named is None:
        return None
    proper = named.group(1).strip().lower()
    found = _named_from(actors, after, lambda d: _proper_body(d) and proper in d.name.lower() and d.name.lower() != proper)
    return found[0][1] if found else None


def _of_country(d: ActorDraft, country: str | None) -> bool:
    """A named body of no other country than the description's."""
    return country is None or (d.country or coding.code_actor(d.name, ner_label="ORG").country) in (None, country)


def _only_where(d: ActorDraft, mention: Span) -> bool:
    """"laboratory tests in Lagos": the place says where the speaker is, and
    the speaker is no actor of that place's own (the tests are not Lagos)."""
    return (d.label in {"GPE", "LOC"} or _town_read_as_body(d, mention)) and not coding.code_actor(
        mention.root.text).sector and not _describes_a_person(mention) and _where_of(d, mention)


_IN = frozenset({"in", "near"})


def _town_read_as_body(d: ActorDraft, mention: Span) -> bool:
    """"ski instructors in Kranjska Gora", "a police spokesman in Kranj": a place the
    tagger took for a body. People are "at" a body; a name with no body's word in it,
    set "in" or "near" what the mention names, is where they are."""
    return d.label == "ORG" and not coding.code_actor(d.name).sector and _where_of(d, mention, _IN, frozenset())


def _author(mention: Span) -> Span | None:
    """The author a writing speaks for: the named body or person of "a review
    by X" (not "a review by experts", which stays the review's), also when
    "the report" names it again ("a draft report by the Auditor General's
    Department ... The report said")."""
    root = mention.root
    if root.lemma_.lower() not in cues().authored:
        return None
    by = _by(root)
    if by is None and mention[0].lower_ == "the":
        doc = mention.doc
        start = sent_bounds(doc[max(0, sent_bounds(doc[mention.start])[0] - 1)])[0]  # this sentence and the one before
        if start > 0 and not any(t.is_alpha for t in doc[start : sent_bounds(doc[start])[1]]):
            start = sent_bounds(doc[start - 1])[0]  # (not a closing quote mark the parser left on its own)
        # ... and the last of the paragraph before: "X rejected it in a statement. \n “A. B,” the
        # statement said" (a quotation of many sentences between)
        text = text_of(doc)
        para = len(text[: text.rfind("\n", 0, mention.start_char) + 1].rstrip())
        if para > 0 and (prev := doc.char_span(para - 1, para, alignment_mode="expand")) is not None and len(prev):
            last = prev.end - 1
            while last > 0 and not doc[last].is_alpha:
                last -= 1  # (a closing quote mark the parser may give the next sentence)
            start = min(start, sent_bounds(doc[last])[0])
        before = [t for t in reversed(tokens_of(doc)[start : root.i]) if t.lemma_ == root.lemma_]
        by = next((b for t in before if (b := _by(t)) is not None), None)
        if by is None:  # "X said in its annual report that ... According to the report, ..."
            owner = next((o for t in before if (o := _own_writer(t)) is not None), None)
            if owner is not None:
                return noun_phrase(owner)
    if by is None:  # "the copy Chea released", "the memo the ministry sent": who released it
        holder = next((g for c in kids(root) if c.dep_ in {"relcl", "acl"} and c.i > root.i
                       for g in kids(c) if g.dep_ == "nsubj" and g.ent_type_ in {"ORG", "PERSON"}), None)
        return noun_phrase(holder) if holder is not None else None
    obj = next((g for g in kids(by) if g.dep_ == "pobj"), None)
    if obj is not None and not obj.ent_type_:  # "by the group Sentinel Watch": the name beside its kind
        obj = next((c for c in kids(obj) if c.dep_ == "appos" and c.ent_type_), obj)
    if obj is None or obj.ent_type_ not in {"ORG", "PERSON", "GPE", "NORP"}:
        return None
    return noun_phrase(obj)


COUNTERS = frozenset({"ORG", "GPE", "NORP"})


def _counted_by(noun: Token) -> Span | None:
    """Who counted the figures: "figures released by the border guard", "ministry
    figures", "provincial government figures" (a body, named or by its kind)."""
    doc = noun.doc

    def counter(head: Token, words: Span) -> bool:
        return head.ent_type_ in COUNTERS or head.pos_ == "NOUN" and coding.code_actor(words.text).sector is not None

    by = _by(noun)
    obj = next((g for g in kids(by) if g.dep_ == "pobj"), None) if by is not None else None
    if obj is not None:
        return noun_phrase(obj) if counter(obj, noun_phrase(obj)) else None
    mod = next((c for c in kids(noun) if c.dep_ in {"compound", "nmod"} and c.i < noun.i), None)
    if mod is None:
        return None
    # (from the first word that is no determiner: "provincial" of "the provincial government figures")
    start = next(t.i for t in doc[noun.left_edge.i : mod.i + 1] if t.dep_ not in {"det", "poss", "case"})
    words = doc[start : mod.i + 1]
    return words if counter(mod, words) else None


def _own_writer(noun) -> Token | None:
    """Who "its report" is by: the subject of the verb whose "in" phrase holds it
    ("The Office said in its annual report that ...", "In a statement posted on
    its website, the company said"), when a name or a description."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return None
    own = {c.lower_ for c in kids(noun) if c.dep_ in {"poss", "det"}}
    if not own & {"its", "their", "a", "an"}:
        return None
    subj = next((c for c in kids(noun.head.head) if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    return subj if subj.ent_type_ in {"ORG", "PERSON", "GPE", "NORP"} or subj.pos_ in {"NOUN", "PROPN"} else None


def _by(noun) -> Token | None:
    by = next((c for c in kids(noun) if c.dep_ == "prep" and c.lower_ == "by"), None)
    if by is None:  # "the report, published on Wednesday by the group X" (not "seen by Wire": its reader)
        lex = cues()
        passed_on = lex.relaying if noun.lemma_.lower() in lex.relayed else frozenset()  # ("a statement relayed by X")
        by = next((a for c in kids(noun) if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() not in lex.readers
                   and c.lemma_.lower() not in passed_on for a in kids(c) if a.dep_ == "agent"), None)
    return by


def _description(text: str, s: Statement) -> str | None:
    """The words a statement's speaker is described by, when they describe it
    rather than name it: "the watchdog", "Peru's environmental watchdog" (which
    the resolver may have taken for Peru itself); None for a name."""
    if not s.speaker or s.speaker_span is None or s.speaker.startswith(("O:", "P:")):
        return None
    words = text[s.speaker_span[0] : s.speaker_span[1]]
    if s.speaker.startswith("C:") and (coding.code_actor(words).type == "state" or is_country_name(words)):
        return None  # ("Philippines says": a country named in the plural, not a people)
    if words.lower() in GROUP_PRONOUNS or words.lower() in PERSON_PRONOUNS:
        return None  # "they" stands for what the resolver found; it describes nothing
    last = words.split()[-1] if words.split() else ""
    if _is_acronym(last) and last.lower() not in coding.short_titles() and not coding.role_of(last):
        return None  # "The KRF" the tagger left untagged: initials name a body (not "PM", "CEO": titles)
    return words


def _described_body(description: str, country: str | None, sector: str | None = None, name: str | None = None) -> bool:
    """A description that can stand for a named body of `country` and
    `sector` (and `name`): an organisation ("the watchdog") of no other country
    or sector ("Colombia's government" is no rebel faction; a state's office no
    body of another known trade), nor of another plain kind ("the ministry" is
    no "Environment Agency")."""
    c = coding.code_actor(description)
    if c.type != "organization":
        return False  # not "officials" or "authorities": gold and readers keep those apart
    if name is not None and not _of_its_kind(_head_word(description), name):
        return False
    if c.sector is None and name is not None and _head_word(description) in cues().vague_bodies:
        # "the country's human rights body" is no power utility: a field the name does not carry
        field = set(_description_words(description, _NOT_FIELD | _RANK | {_head_word(description) or ""}))
        if field and not field & set(_description_words(name, frozenset())):
            return False
    if _camps_apart(c.sector, sector):
        return False
    if c.sector and sector and (c.sector in ARMED) != (sector in ARMED):
        return False  # "a separatist group" is no crisis group of analysts, "a rights group" no militia
    # (a word of no fixed kind alone may be a state's: "the watchdog")
    vague = _head_word(description) in cues().vague_bodies and len(_description_words(description, _ARTICLES)) == 1
    if c.sector and sector and c.sector != sector and (
            _camp(c.sector) == "state" and _camp(sector) is None or _camp(sector) == "state" and _camp(c.sector) is None
            and not vague or {c.sector, sector} & TRADES):
        # "the environment regulator" is no fishermen's council, "a civil society group" no police force,
        # "the company" no union
        return False
    return c.country is None or country is None or c.country == country


def _other_camp(description: str, d: ActorDraft) -> bool:
    """"militia says" is no rights commission that says: the state's own body
    and one that fights it are two."""
    own = coding.code_actor(description).sector
    kinds = _kinds(d, coding.code_actor(d.name)) - {None}
    return bool(kinds) and all(_camps_apart(own, k) for k in kinds)


def _of_its_kind(word: str | None, name: str) -> bool:
    """A body called `word` ("ministry", "court") may be the one named `name`:
    a word of a plain kind stands only for a body with that kind in its name."""
    kind = cues().named_kinds.get(word or "")
    return kind is None or bool(kind & set(name.lower().split()))


# Sectors a body's trade names plainly ("company", "broadcaster", "union"): two of them apart are two bodies.
TRADES = frozenset({"BUS", "AGR", "MED", "EDU", "HLH", "LAB"})


def _camps_apart(a: str | None, b: str | None) -> bool:
    """Two sectors of known camps that differ: the state's own body and one that fights it."""
    x, y = _camp(a), _camp(b)
    return x is not None and y is not None and x != y


# Sectors of bodies that fight with arms outside the state's forces.
ARMED = frozenset({"REB", "INS", "UAF"})


def _camp(sector: str | None) -> str | None:
    """The state's own bodies against those that fight or oppose it; other sectors
    ("watchdog" NGO beside an oversight service GOV) are too loosely coded to compare."""
    if sector in coding.STATE_SECTORS:
        return "state"
    return "against" if sector in {"REB", "OPP", "INS", "UAF"} else None


_VERB_ENDING = re.compile(r"(es|ed|s|d)$")
# compiled once: the patterns made from names elsewhere push these out of `re`'s own cache
_LOWER_WORDS = re.compile(r"[a-z]+")
_LETTERS = re.compile(r"[A-Za-z]+")


def _verb_forms(raw: Raw) -> tuple[str, str] | None:
    """(lemma, word without its ending) of a cue, for `_same_verb`."""
    if raw.cue is None:
        return None
    return raw.cue.lemma_.lower(), _VERB_ENDING.sub("", raw.cue.lower_)


def _same_verb(a: tuple[str, str] | None, b: tuple[str, str] | None) -> bool:
    """Two cues of one verb in any form ("accuses" in a headline, "accused"),
    by their `_verb_forms`."""
    if a is None or b is None:
        return False
    return a[0] == b[0] or a[1] == b[1]
