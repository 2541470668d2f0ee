"""The cue lexicon (data/cues.toml), loaded once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from claimgraph import data


@dataclass(frozen=True)
class CueLexicon:
    verb_stance: dict[str, str]  # lemma -> assert | deny | doubt
    verb_class: dict[str, str]  # lemma -> speech | cognition | evidence | attitude | deny | doubt
    phrasal: dict[tuple[str, str], str]  # (lemma, particle) -> stance
    cue_lemmas: frozenset[str]  # every lemma some verb cue starts from: a quick no for the rest
    needs_particle: frozenset[str]
    withhold: frozenset[str]
    negated_doubt: frozenset[str]
    refusals: frozenset[str]  # "declined to confirm": a refusal to confirm doubts
    no_comment: frozenset[str]  # "declined to comment": saying nothing, no statement
    inscriptions: frozenset[str]  # "a banner that said ...": words with no one on record
    unanswered: frozenset[str]  # "did not say when ...": a question left unanswered, no statement
    withheld: frozenset[str]  # "declined to name the suspects": what a refusal keeps back
    quote_only: frozenset[str]  # "“...,” he continued": a cue only of a quotation it frames
    object_said: frozenset[str]  # "X cries provocation": its direct object alone is what was said
    not_said: frozenset[str]  # ... never these ("cried tears")
    answering: frozenset[str]  # "did not respond to a request for comment": no answer, no statement
    anonymity: frozenset[str]  # "asked not to be named": a request to stay unnamed, no statement
    anonymity_nouns: frozenset[str]  # "declined to give her name"
    unnamed_on_purpose: tuple[str, ...]  # "asked not to be named": a speaker no later name is
    declared_acts: frozenset[str]  # "declared independence": an act done by saying so
    declaring: frozenset[str]  # ... the verbs that do it
    negated_belief: frozenset[str]  # "does not believe that P": holds that not P
    nouns: frozenset[str]
    allegation_nouns: frozenset[str]
    denied_blame: frozenset[str]  # "denies wrongdoing": the allegation just made
    owning_verbs: frozenset[str]  # "claimed responsibility for P": owning an act ...
    owned_acts: frozenset[str]  # ... is saying one did it
    # the claim nouns and the counts a denial after a comma may name ("..., a figure the police disputed")
    denied_nouns: frozenset[str]
    claims_only: frozenset[str]  # "contest": a denial only of a claim, count or result named as object
    contested: frozenset[str]  # ... those objects
    claimed_places: frozenset[str]  # "claims the islands": a place held, no statement
    deny_objects: frozenset[str]  # what a deny phrasal ("laughed off X") must dismiss
    any_object: frozenset[tuple[str, str]]  # deny phrasals free of that need ("ruled out X")
    side_takers: frozenset[str]
    according: tuple[tuple[str, ...], ...]
    norms: frozenset[str]  # "according to the rules": a yardstick, no source
    time_nouns: frozenset[str]  # "in the past": a time with no date
    blows: frozenset[str]  # "blasted the boats with water cannon": a blow, no words
    blows_spoken: frozenset[str]  # "slammed the plan with objections": words after all
    aspectual: frozenset[str]
    section_labels: frozenset[str]
    source_nouns: frozenset[str]
    body_nouns: frozenset[str]
    country_bodies: frozenset[str]  # "Peru's ruling coalition": a body a country possesses
    body_parts: frozenset[str]  # "the Malatya branch of the chamber": the chamber speaks
    owning: frozenset[str]  # "X, a joint venture owned by Y": Y is no antecedent of "the company"
    word_prefixes: frozenset[str]  # "co" of "co-finances", split off by the parser
    vague_bodies: frozenset[str]  # "the group": a body called so, of whatever kind
    collective_bodies: frozenset[str]  # "the police": one body, tagged a plural
    intergovernmental_kinds: frozenset[str]  # "the agency": a state's office or an intergovernmental body
    member_ranks: frozenset[str]  # "a senior ministry official": a rank, not the body's name
    list_heads: frozenset[str]  # "the Dockers, Crane Operators and Pilots Union": one name, not three
    named_kinds: dict[str, frozenset[str]]  # "the ministry": only a body with one of these words in its name
    voice_offices: frozenset[str]  # "the hospital's press office": the hospital speaks
    either_trades: frozenset[str]  # "the former contractor, Jo Doe": a person or a firm
    voices: frozenset[str]  # "an EASA spokesman": the body speaks
    body_heads: frozenset[str]  # "the university's president": speaks for it, unlike its hydrologist
    governments: frozenset[str]  # "the government": the government itself, not any state body
    frame_sources: frozenset[str]
    frame_views: frozenset[str]
    frame_after: frozenset[str]
    holder_preps: frozenset[str]
    holder_nouns: frozenset[str]
    holder_pronouns: frozenset[str]
    content_deny: dict[str, frozenset[str]]  # verbs / adjectives / negated that deny in the speaker's words
    content_doubt: dict[str, frozenset[str]]  # what leaves the question open ("too early to say whether")
    false_words: frozenset[str]  # what calls a claim false ("nonsense", "baseless"): content_deny["adjectives"]
    interrogate: frozenset[str]  # doubt verbs that, said of a person, interrogate them
    persons: frozenset[str]  # nouns for people, beyond holder and side-taker nouns
    place_nouns: frozenset[str]  # "and other cities" after "officials in X" continues the places
    authored: frozenset[str]  # "a review by X said": writings that speak for their author
    readers: frozenset[str]  # "a document seen by X": X read it, X did not write it
    relaying: frozenset[str]  # "a statement relayed by X": X passed it on ...
    relayed: frozenset[str]  # ... the speaker's own words it passed on
    data_nouns: frozenset[str]  # "according to ministry figures": numbers that speak for who counted them
    not_passive: frozenset[str]  # passive cues whose subject is no content ("was told by")
    asked: frozenset[str]  # "X, asked whether P, declined ...": X was asked
    adjective_stance: dict[str, str]  # predicate adjective -> assert | doubt ("is skeptical of")
    adjective_attitude: frozenset[str]  # adjectives of a side taken ("supportive of", "hostile to")
    adjective_preps: frozenset[str]  # prepositions that take their object
    adjective_linking: frozenset[str]  # verbs such an adjective completes ("be", "remain")
    adjective_negated_doubt: frozenset[str]  # adjectives that doubt when negated ("not convinced")
    accusation_verbs: frozenset[str]  # whose object is the accused ("accuse", "blame")
    object_control: frozenset[str]  # "led the minister to say": the object speaks
    light_verbs: frozenset[str]  # verbs that carry a noun of mind ("cast", "raise", "express")
    light_nouns: dict[str, str]  # noun of mind -> stance ("doubt" -> doubt, "concern" -> assert)
    light_preps: frozenset[str]  # prepositions that take such a noun's content ("about", "on")


@cache
def cues() -> CueLexicon:
    raw = data.toml("cues.toml")
    verb_stance: dict[str, str] = {}
    verb_class: dict[str, str] = {}
    # later groups win: deny/doubt override speech for shared lemmas
    for cls in ("cognition", "evidence", "attitude", "speech", "doubt", "deny"):
        group = raw["verbs"][cls]
        for lemma in group["lemmas"]:
            verb_stance[lemma] = group["stance"]
            verb_class.setdefault(lemma, cls)
            if cls in ("deny", "doubt", "speech"):
                verb_class[lemma] = cls
    phrasal = {}
    for stance, pairs in raw["phrasal"].items():
        for pair in pairs:
            verb, particle = pair.split()
            phrasal[(verb, particle)] = stance
    return CueLexicon(
        verb_stance=verb_stance,
        verb_class=verb_class,
        phrasal=phrasal,
        cue_lemmas=frozenset(verb_stance) | {v for v, _p in phrasal} | frozenset(raw["needs_particle"]["lemmas"])
        | frozenset(raw["negated_doubt"]["lemmas"]),
        needs_particle=frozenset(raw["needs_particle"]["lemmas"]),
        withhold=frozenset(raw["withhold"]["lemmas"]),
        negated_doubt=frozenset(raw["negated_doubt"]["lemmas"]),
        refusals=frozenset(raw["negated_doubt"]["refusals"]),
        no_comment=frozenset(raw["no_comment"]["verbs"]),
        unanswered=frozenset(raw["no_comment"]["unanswered"]),
        withheld=frozenset(raw["no_comment"]["withheld"]),
        answering=frozenset(raw["no_comment"]["answering"]),
        anonymity=frozenset(raw["no_comment"]["anonymity"]),
        anonymity_nouns=frozenset(raw["no_comment"]["anonymity_nouns"]),
        unnamed_on_purpose=tuple(raw["no_comment"]["unnamed_on_purpose"]),
        declared_acts=frozenset(raw["no_comment"]["declared_acts"]),
        declaring=frozenset(raw["no_comment"]["declaring"]),
        inscriptions=frozenset(raw["no_comment"]["inscriptions"]),
        quote_only=frozenset(raw["verbs"]["speech"]["quote_only"]),
        object_said=frozenset(raw["verbs"]["speech"]["object_said"]),
        not_said=frozenset(raw["verbs"]["speech"]["not_said"]),
        negated_belief=frozenset(raw["negated_doubt"]["negated_belief"]),
        nouns=frozenset(raw["nouns"]["lemmas"]),
        allegation_nouns=frozenset(raw["nouns"]["allegation"]),
        owning_verbs=frozenset(raw["nouns"]["owning_verbs"]),
        owned_acts=frozenset(raw["nouns"]["owned_acts"]),
        denied_blame=frozenset(raw["nouns"]["denied_blame"]),
        denied_nouns=frozenset(raw["nouns"]["lemmas"]) | frozenset(raw["nouns"]["denied_counts"]),
        claims_only=frozenset(raw["verbs"]["deny"]["claims_only"]),
        contested=frozenset(raw["nouns"]["lemmas"]) | frozenset(raw["nouns"]["denied_counts"])
        | frozenset(raw["verbs"]["deny"]["results"]),
        claimed_places=frozenset(raw["nouns"]["claimed_places"]),
        deny_objects=frozenset(raw["nouns"]["lemmas"]) | frozenset(raw["phrasal_objects"]["deny"]),
        any_object=frozenset(tuple(p.split()) for p in raw["phrasal_objects"]["any_object"]),
        side_takers=frozenset(raw["nouns"]["side_takers"]),
        according=tuple(tuple(p.split()) for p in raw["prepositions"]["according"]),
        norms=frozenset(raw["prepositions"]["norms"]),
        time_nouns=frozenset(raw["prepositions"]["time_nouns"]),
        blows=frozenset(raw["blows"]["lemmas"]),
        blows_spoken=frozenset(raw["blows"]["spoken"]),
        aspectual=frozenset(raw["aspectual"]["lemmas"]),
        section_labels=frozenset(raw["transcript"]["not_speakers"]),
        source_nouns=frozenset(raw["transcript"]["source_nouns"]),
        body_nouns=frozenset(raw["transcript"]["body_nouns"]),
        country_bodies=frozenset(raw["speakers"]["country_bodies"]),
        body_parts=frozenset(raw["speakers"]["body_parts"]),
        owning=frozenset(raw["speakers"]["owning"]),
        word_prefixes=frozenset(raw["speakers"]["word_prefixes"]),
        vague_bodies=frozenset(raw["speakers"]["vague_bodies"]),
        collective_bodies=frozenset(raw["speakers"]["collective_bodies"]),
        intergovernmental_kinds=frozenset(raw["speakers"]["intergovernmental_kinds"]),
        member_ranks=frozenset(raw["speakers"]["member_ranks"]),
        list_heads=frozenset(raw["speakers"]["list_heads"]),
        named_kinds={k: frozenset(v) for k, v in raw["speakers"]["named_kinds"].items()},
        voice_offices=frozenset(raw["speakers"]["voice_offices"]),
        either_trades=frozenset(raw["speakers"]["either_trades"]),
        voices=frozenset(raw["speakers"]["voices"]),
        body_heads=frozenset(raw["speakers"]["body_heads"]),
        governments=frozenset(raw["speakers"]["governments"]),
        frame_sources=frozenset(raw["frames"]["in_sources"]),
        frame_views=frozenset(raw["frames"]["in_views"]),
        frame_after=frozenset(raw["frames"]["after_sources"]),
        holder_preps=frozenset(raw["frames"]["holder_preps"]),
        holder_nouns=frozenset(raw["frames"]["holder_nouns"]),
        holder_pronouns=frozenset(raw["frames"]["holder_pronouns"]),
        content_deny={k: frozenset(v) for k, v in raw["content_deny"].items()},
        content_doubt={k: frozenset(v) for k, v in raw["content_doubt"].items()},
        false_words=frozenset(raw["content_deny"]["adjectives"]),
        interrogate=frozenset(raw["verbs"]["doubt"]["interrogate"]),
        persons=frozenset(raw["verbs"]["doubt"]["persons"]),
        place_nouns=frozenset(raw["speakers"]["place_nouns"]),
        authored=frozenset(raw["speakers"]["authored"]),
        readers=frozenset(raw["speakers"]["readers"]),
        relaying=frozenset(raw["speakers"]["relaying"]),
        relayed=frozenset(raw["speakers"]["relayed"]),
        data_nouns=frozenset(raw["speakers"]["data_nouns"]),
        not_passive=frozenset(raw["passive"]["not_content"]),
        asked=frozenset(raw["passive"]["asked"]),
        adjective_stance={w: "assert" for w in raw["adjectives"]["attitude"]}
        | {w: st for st in ("assert", "doubt") for w in raw["adjectives"][st]},
        adjective_attitude=frozenset(raw["adjectives"]["attitude"]),
        adjective_preps=frozenset(raw["adjectives"]["attitude_preps"]),
        adjective_linking=frozenset(raw["adjectives"]["linking"]),
        adjective_negated_doubt=frozenset(raw["adjectives"]["negated_doubt"]),
        accusation_verbs=frozenset(raw["speakers"]["accusation_verbs"]),
        object_control=frozenset(raw["speakers"]["object_control"]),
        light_verbs=frozenset(raw["light_verbs"]["verbs"]),
        light_nouns={w: st for st in ("assert", "doubt") for w in raw["light_verbs"][st]},
        light_preps=frozenset(raw["light_verbs"]["preps"]),
    )
