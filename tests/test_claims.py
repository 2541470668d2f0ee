"""Claims within one article: wordings of one proposition become one claim."""

from __future__ import annotations

import pytest

import claimgraph
from claimgraph.claims.document import build_claims
from claimgraph.context import Analysis
from claimgraph.schema import Actor, DocumentMeta, Statement


def _analysis(nlp, text: str, actors: dict[str, tuple[str, str | None, list[str]]]) -> Analysis:
    """Hand-built analysis: actors given as id -> (name, country, mention words)."""
    from claimgraph import nlp as nlp_mod

    doc = nlp_mod.parse(text)  # paragraphs parsed apart, as the pipeline does
    a = Analysis(text=text, doc=doc, meta=DocumentMeta(id="t"))
    for aid, (name, country, words) in actors.items():
        spans = []
        for w in words:
            start = 0
            while (i := text.find(w, start)) != -1:
                spans.append((i, i + len(w)))
                a.mention_actor[(i, i + len(w))] = aid
                start = i + len(w)
        a.actors.append(Actor(id=aid, name=name, type="state", country=country, mentions=spans))
    return a


def _statement(text: str, sid: str, speaker: str, cue: str, content: str, stance: str) -> Statement:
    c = text.index(content)
    k = text.index(cue)
    return Statement(id=sid, speaker=speaker, cue=cue, cue_span=(k, k + len(cue)), kind="indirect",
                     content=content, content_span=(c, c + len(content)), stance=stance)  # fmt: skip


TEXT = (
    "Norland denies selling tanks to Estria\n"
    "Critics said that Norland had sold tanks to Estria last year. "
    "The Norland government rejected allegations that Valport shipped tanks to the Estrian army. "
    "Minister Karl Obst said the harvest was good."
)

ACTORS = {
    "A1": ("Norland", "NRL", ["Norland", "Valport"]),
    "A2": ("Estria", "EST", ["Estria", "Estrian army"]),
    "A3": ("Karl Obst", "NRL", ["Minister Karl Obst"]),
    "A4": ("Critics", None, ["Critics"]),
}


@pytest.fixture(scope="module")
def analysis(nlp):
    a = _analysis(nlp, TEXT, ACTORS)
    a.statements = [
        _statement(TEXT, "S1", "A4", "said", "Norland had sold tanks to Estria last year", "assert"),
        _statement(TEXT, "S2", "A1", "rejected", "Valport shipped tanks to the Estrian army", "deny"),
        _statement(TEXT, "S3", "A3", "said", "the harvest was good", "assert"),
    ]
    a.claims = build_claims(a)
    return a


def test_wordings_of_one_proposition_are_one_claim(analysis):
    by_id = {s.id: s for s in analysis.statements}
    assert by_id["S1"].claim is not None
    assert by_id["S1"].claim == by_id["S2"].claim


def test_unrelated_statement_is_its_own_claim(analysis):
    by_id = {s.id: s for s in analysis.statements}
    assert by_id["S3"].claim not in (None, by_id["S1"].claim)


def test_claim_lists_each_side_with_its_statement(analysis):
    by_id = {s.id: s for s in analysis.statements}
    claim = next(c for c in analysis.claims if c.id == by_id["S1"].claim)
    sides = {(s.actor, s.stance, s.statement) for s in claim.stances}
    assert ("A4", "assert", "S1") in sides
    assert ("A1", "deny", "S2") in sides
    assert claim.predicate == "transfer"
    assert "tank" in (claim.theme or "")


def test_headline_nominalisation_joins_the_claim(analysis):
    # "denies selling tanks to Estria" in the title has no statement; it is a wording.
    by_id = {s.id: s for s in analysis.statements}
    claim = next(c for c in analysis.claims if c.id == by_id["S1"].claim)
    assert any(s < TEXT.index("\n") for s, _e in claim.spans)


def test_allegation_holder_asserts_without_a_statement(nlp):
    text = "Officials dismissed Estrian claims that Norland supplied rockets to Valtia."
    a = _analysis(nlp, text, {
        "A1": ("Estria", "EST", ["Estrian"]), "A2": ("Norland", "NRL", ["Norland"]),
        "A3": ("Valtia", "VLT", ["Valtia"]), "A4": ("Officials", None, ["Officials"]),
    })  # fmt: skip
    claims = build_claims(a)
    assert len(claims) == 1
    sides = {(s.actor, s.stance) for s in claims[0].stances}
    assert ("A1", "assert") in sides
    assert ("A4", "deny") in sides
    assert claims[0].agent == "Norland" and claims[0].recipient == "Valtia"


def test_different_recipient_is_a_different_claim(nlp):
    text = "Ana said Norland sent rifles to Estria. Ben said Norland sent rifles to the rebels."
    a = _analysis(nlp, text, {"A1": ("Norland", "NRL", ["Norland"]), "A2": ("Estria", "EST", ["Estria"]),
                              "A3": ("Ana", None, ["Ana"]), "A4": ("Ben", None, ["Ben"])})  # fmt: skip
    a.statements = [
        _statement(text, "S1", "A3", "said", "Norland sent rifles to Estria", "assert"),
        _statement(text, "S2", "A4", "said", "Norland sent rifles to the rebels", "assert"),
    ]
    build_claims(a)
    assert a.statements[0].claim != a.statements[1].claim


def test_made_in_and_used_by_reads_as_a_transfer(nlp):
    # "the X used by B were built in A" says A supplied X to B: one claim
    # with "A sent X to B", and the doubter's side lands on it.
    text = (
        "Ana said Norland sent drones to Estria. "
        "Officials could not confirm that the drones deployed by Estria to strike Valtia were built in Norland."
    )
    a = _analysis(nlp, text, {
        "A1": ("Norland", "NRL", ["Norland"]), "A2": ("Estria", "EST", ["Estria"]),
        "A3": ("Ana", None, ["Ana"]), "A4": ("Officials", None, ["Officials"]),
    })  # fmt: skip
    a.statements = [
        _statement(text, "S1", "A3", "said", "Norland sent drones to Estria", "assert"),
        _statement(text, "S2", "A4", "could not confirm",
                   "the drones deployed by Estria to strike Valtia were built in Norland", "doubt"),
    ]
    claims = build_claims(a)
    assert a.statements[0].claim == a.statements[1].claim
    claim = next(c for c in claims if c.id == a.statements[0].claim)
    sides = {(s.actor, s.stance) for s in claim.stances}
    assert ("A4", "doubt") in sides and ("A4", "assert") not in sides
    assert claim.predicate == "transfer"


def test_made_in_without_a_user_is_not_a_transfer(nlp):
    text = "Ana said the drones were built in Norland. Ben said Norland sent drones to Estria."
    a = _analysis(nlp, text, {"A1": ("Norland", "NRL", ["Norland"]), "A2": ("Estria", "EST", ["Estria"]),
                              "A3": ("Ana", None, ["Ana"]), "A4": ("Ben", None, ["Ben"])})  # fmt: skip
    a.statements = [
        _statement(text, "S1", "A3", "said", "the drones were built in Norland", "assert"),
        _statement(text, "S2", "A4", "said", "Norland sent drones to Estria", "assert"),
    ]
    build_claims(a)
    assert a.statements[0].claim != a.statements[1].claim


def test_nested_statement_keeps_its_proposition(nlp):
    # "A claimed that B could not confirm P": P is B's wording; A's outer
    # statement does not assert P.
    text = "Ana claimed that officials could not confirm that Norland sent drones to Estria."
    a = _analysis(nlp, text, {"A1": ("Norland", "NRL", ["Norland"]), "A2": ("Estria", "EST", ["Estria"]),
                              "A3": ("Ana", None, ["Ana"]), "A4": ("Officials", None, ["officials"])})  # fmt: skip
    outer = "officials could not confirm that Norland sent drones to Estria"
    a.statements = [
        _statement(text, "S1", "A3", "claimed", outer, "assert"),
        _statement(text, "S2", "A4", "could not confirm", "Norland sent drones to Estria", "doubt"),
    ]
    build_claims(a)
    assert a.statements[0].claim != a.statements[1].claim


def test_a_denial_of_the_reports_joins_the_claim_reported_before(nlp):
    import claimgraph

    d = claimgraph.extract("Lorvia denies selling tanks\n\nWestern officials claimed on Monday that Lorvia sold tanks "
                           "to Velmark. The Lorvian defence ministry called the reports false and baseless. Minister "
                           "Ana Ruiz dismissed the allegations as propaganda. Officials also cited the report of a "
                           "border survey.\n")
    names = {a.id: a.name for a in d.actors}
    claim = next(c for c in d.claims if "sold tanks" in c.text)
    sides = {(names.get(s.actor), s.stance) for s in claim.stances}
    assert {("Western officials", "assert"), ("Lorvian defence ministry", "deny"), ("Ana Ruiz", "deny")} <= sides
    # naming a report without denying it is no wording of the claim
    assert not [s for s in claim.stances if names.get(s.actor) == "Officials"]


def test_a_doubt_of_the_allegations_worth_joins_the_claim_alleged_before(nlp):
    import claimgraph

    d = claimgraph.extract("Cocoa row\n\nA farmers' union alleged on Monday that tampered machines had "
                           "short-changed growers. Acme Cocoa, a Swiss chocolate maker, said it could not yet say "
                           "whether the allegations had merit.\n")
    names = {a.id: a.name for a in d.actors}
    claim = next(c for c in d.claims if "short-changed" in c.text)
    sides = {(names.get(s.actor), s.stance) for s in claim.stances}
    assert ("Acme Cocoa", "doubt") in sides and any(stance == "assert" for _n, stance in sides)


def test_a_headline_denial_the_parser_made_a_subject_is_a_denial():
    import claimgraph

    d = claimgraph.extract("Ghana cocoa board denies rigged scales as farmers demand back pay\n\nBy Ama Doe\n\n"
                           "Ghana's Cocoa Regulatory Board insisted on Thursday that its scales were accurate.\n")
    s = next(s for s in d.statements if s.cue == "denies")
    assert (s.stance, s.content) == ("deny", "rigged scales")
    assert d.actor(s.speaker).name == "Cocoa Regulatory Board"


def test_a_negated_wording_does_not_name_the_claim(nlp):
    # the denial comes first; the claim is still said as so, and its holder asserts it
    import claimgraph

    doc = claimgraph.extract("Boats\n\nNorway's foreign minister said Norway \"has never sold patrol boats to Belarus.\" "
                             "The Polish government claims Norway sold patrol boats to Belarus.\n")
    claim = next(c for c in doc.claims if len(c.stances) == 2)
    assert "never" not in claim.text
    assert sorted(s.stance for s in claim.stances) == ["assert", "deny"]


HEADLINE_STORY = (
    "Harbour fire started by faulty crane, Dockers' Union says\n"
    "VELMARA, Norland, March 3 (Wire) - A blaze that destroyed two warehouses at Velmara port last week began "
    "when an overloaded loading arm shorted its cables, the Dockers' Union said on Tuesday.\n\n"
    "The union said its members had reported sparks from the machine twice in January.\n\n"
    "The port authority said the cause was still under investigation.\n"
)


def test_a_headline_statement_is_one_claim_with_its_lede():
    import claimgraph

    d = claimgraph.extract(HEADLINE_STORY)
    by_content = {s.content.split()[0]: s for s in d.statements}
    head, lede, later = by_content["Harbour"], by_content["A"], by_content["its"]
    assert head.speaker == lede.speaker
    assert head.claim == lede.claim
    # only the lede's first statement by that speaker: the union's later report stays apart
    assert later.claim != head.claim


def test_without_a_title_line_no_headline_joins():
    import claimgraph

    d = claimgraph.extract(HEADLINE_STORY.partition("\n")[2], title="Port fire")
    assert len({s.claim for s in d.statements}) == len(d.statements)


def test_no_such_act_joins_the_wording_that_said_it():
    import claimgraph

    d = claimgraph.extract("Clinics\n\nThe opposition leader Mara Venn said the ministry had instructed clinics to stop "
                           "counting patients. She also said the budget would fall.\n\nThe ministry said no such "
                           "instruction had ever been given.\n")
    said, other, denial = (next(s for s in d.statements if word in s.content) for word in ("instructed", "budget", "no such"))
    assert denial.claim == said.claim
    assert other.claim != said.claim
    claim = next(c for c in d.claims if c.id == said.claim)
    assert {s.stance for s in claim.stances} == {"assert", "deny"}


def test_no_such_thing_as_compares_and_joins_nothing():
    import claimgraph

    d = claimgraph.extract("Habits\n\nThe coach Ivo Marr said his players had instructed the staff on diets.\n\n"
                           "He said there was no such thing as an instruction that works for everyone.\n")
    assert len({s.claim for s in d.statements}) == len(d.statements)


STORY = (
    "Refinery fire caused by faulty valve, union says\n"
    "DURNA, Norland, May 9 (Wire) - A faulty pressure valve caused the fire that shut the Durna refinery last week, "
    "the Metalworkers' Union said on Friday.\n\n"
    "The refinery's owner, Kestova Oil, rejected accusations that it had ignored warnings about the valve.\n\n"
    "Kestova Oil also rejected the union's claims that wages were paid late.\n\n"
    "Lena Marr, an engineer at Durna Technical College, questioned whether a single valve could have started "
    "the fire.\n\n"
    "The plant manager, Ivo Dren, said the pressure valve had not failed before the fire.\n\n"
    "The regional governor said the refinery would reopen in June.\n"
)


def _sides(d, statement):
    """The statement's claim and its (actor name, stance) pairs."""
    names = {a.id: a.name for a in d.actors}
    claim = next(c for c in d.claims if c.id == statement.claim)
    return claim, {(names.get(s.actor), s.stance) for s in claim.stances}


def test_denials_and_doubts_of_the_headline_claim_join_it():
    import claimgraph

    d = claimgraph.extract(STORY)
    names = {a.id: a.name for a in d.actors}
    head = next(s for s in d.statements if s.cue == "says")
    claim, sides = _sides(d, head)
    assert ("Kestova Oil", "deny") in sides
    assert ("Lena Marr", "doubt") in sides
    # saying in one's own words that it is not so denies it
    assert ("Ivo Dren", "deny") in sides and ("Ivo Dren", "assert") not in sides
    dren = next(s for s in d.statements if names.get(s.speaker) == "Ivo Dren")
    assert (dren.claim, dren.stance) == (claim.id, "deny")
    # an allegation with a holder of its own, and a statement only asserted, stay apart
    wages = next(c for c in d.claims if "wages" in c.text)
    reopen = next(s for s in d.statements if "reopen" in s.content)
    assert wages.id != claim.id and reopen.claim != claim.id


def _story_with(last: str):
    """STORY with its last paragraph in other words, extracted."""
    import claimgraph

    return claimgraph.extract(STORY.replace("The regional governor said the refinery would reopen in June.", last))


def test_a_doubt_reported_inside_another_statement_joins_the_story_claim():
    d = _story_with("Tomas Berg, a fire official, said Washington could not independently confirm that a "
                    "worn valve was to blame.")
    head = next(s for s in d.statements if s.cue == "says")
    outer = next(s for s in d.statements if s.cue == "said" and "Washington" in s.content)
    inner = next(s for s in d.statements if s.parent == outer.id)
    # "could not confirm" doubts: the outer statement does not deny in its own words
    assert outer.stance != "deny"
    assert (inner.claim, inner.stance) == (head.claim, "doubt")


def test_a_denial_with_an_aside_at_its_end_still_joins_the_story_claim():
    d = _story_with("The company denied that any valve had been faulty at the pump house, which the "
                    "ministry said had been closed since May.")
    head = next(s for s in d.statements if s.cue == "says")
    denial = next(s for s in d.statements if s.cue == "denied")
    assert (denial.claim, denial.stance) == (head.claim, "deny")


TRAWLERS = (
    "Norland accuses foreign trawlers of fishing inside marine reserve\n"
    "DAKAR, Feb 27 (Wire) - Norland on Tuesday accused three trawlers owned by a Velmark company of fishing "
    "illegally off its coast.\n\n"
    "The minister said the company faced a fine of up to 5 million euros.\n\n"
    "The company rejected the accusation. It said its vessels had at no time fished inside the reserve.\n\n"
    "\"Our boats have never put a net in the water inside that reserve,\" the company's director, Ivo Dren, said.\n\n"
    "\"The weather has never been this warm,\" the harbour master, Lena Marr, said.\n"
)


def test_the_accusation_rejected_is_the_one_made_not_the_last_thing_said():
    import claimgraph

    d = claimgraph.extract(TRAWLERS)
    accused = next(s for s in d.statements if s.cue == "accused")
    _claim, sides = _sides(d, accused)
    assert any(st == "deny" for _n, st in sides)
    fine = next(s for s in d.statements if "fine" in s.content)
    assert fine.claim != accused.claim
    # "at no time fished": the company's own words deny it too
    own = next(s for s in d.statements if "at no time" in s.content)
    assert (own.claim, own.stance) == (accused.claim, "deny")


def test_an_own_words_denial_sharing_a_headline_word_joins_the_story_claim():
    import claimgraph

    d = claimgraph.extract(TRAWLERS)
    accused = next(s for s in d.statements if s.cue == "accused")
    head = next(s for s in d.statements if s.cue == "accuses")
    boats = next(s for s in d.statements if "boats" in s.content)
    weather = next(s for s in d.statements if "weather" in s.content)
    assert head.claim == accused.claim == boats.claim and boats.stance == "deny"
    assert weather.claim != head.claim


def test_a_wire_story_whose_headline_quotes_nobody_takes_its_claim_from_the_lede():
    import claimgraph

    story = (
        "Bridge collapse puts builder's concrete under scrutiny\n"
        "TAMALE, Ghana, Sept 18 (Wire) - The company that built the Daboya bridge used concrete far weaker than "
        "its contract required, engineers said on Monday.\n\n"
        "The builder's director, Yaw Boateng, said the concrete had not been weak.\n\n"
        "\"I am not going to comment on the concrete,\" the site foreman, Kofi Mensah, said.\n")
    d = claimgraph.extract(story)
    lede = next(s for s in d.statements if "company that built" in s.content)
    denial = next(s for s in d.statements if "not been weak" in s.content)
    refusal = next(s for s in d.statements if "comment" in s.content)
    assert (denial.claim, denial.stance) == (lede.claim, "deny")
    assert refusal.claim != lede.claim  # a refusal to speak denies nothing
    # without a dateline it is no wire story: no anchor without a headline statement
    d = claimgraph.extract(story.replace("TAMALE, Ghana, Sept 18 (Wire) - ", ""))
    lede = next(s for s in d.statements if "company that built" in s.content)
    assert next(s for s in d.statements if "not been weak" in s.content).claim != lede.claim


def test_a_quoted_label_of_a_denial_is_a_span_of_the_claim_it_denies():
    import claimgraph

    text = ("Growers accuse exporters of fixing prices; traders deny\n\nABIDJAN, Jan 22 (Wire) - A federation of "
            "cocoa growers accused four export companies on Thursday of secretly agreeing to pay growers less, a "
            "charge the exporters' association rejected as \"pure fiction.\"\n")
    doc = claimgraph.extract(text)
    label = (text.index("pure fiction"), text.index("pure fiction") + len("pure fiction"))
    s = next(s for s in doc.statements if s.cue == "rejected")
    claim = next(c for c in doc.claims if c.id == s.claim)
    assert any(a <= label[0] and label[1] <= b for a, b in claim.spans)


@pytest.mark.parametrize("verb", ["passed", "shared"])
def test_passing_or_sharing_data_to_someone_is_a_transfer(nlp, verb):
    text = f"Ana said Norland {verb} subscriber data to Estria. Ben denied that Norland had handed data to Estria."
    a = _analysis(nlp, text, {"A1": ("Norland", "NRL", ["Norland"]), "A2": ("Estria", "EST", ["Estria"]),
                              "A3": ("Ana", None, ["Ana"]), "A4": ("Ben", None, ["Ben"])})  # fmt: skip
    a.statements = [
        _statement(text, "S1", "A3", "said", f"Norland {verb} subscriber data to Estria", "assert"),
        _statement(text, "S2", "A4", "denied", "Norland had handed data to Estria", "deny"),
    ]
    claims = build_claims(a)
    assert a.statements[0].claim == a.statements[1].claim
    assert next(c for c in claims if c.id == a.statements[0].claim).predicate == "transfer"


@pytest.mark.parametrize("content, says_not", [
    ("Valdoria cannot keep hiding behind denials", False),  # a demand that it stop
    ("Valdoria cannot continue to ignore the reports", False),
    ("the government would not tolerate illegal mining", False),
    ("the coast guard did not tow the boat", True),
    ("the ministry did not keep records of the deportations", True),
    ("we will not be bullied out of our own waters", False),  # a defiance
    ("the inmates were not bullied by the guards", True),
])
def test_what_says_something_is_not_so(nlp, content, says_not):
    from claimgraph.claims.document import _main_verb, _says_not

    text = f"Ana said {content}."
    a = _analysis(nlp, text, {"A3": ("Ana", None, ["Ana"])})
    a.statements = [_statement(text, "S1", "A3", "said", content, "assert")]
    span = a.doc.char_span(text.index(content), text.index(content) + len(content))
    assert _says_not(a, _main_verb(span)) is says_not


@pytest.mark.parametrize("said, denied, cls", [
    ("Norland had contaminated wells in three villages", "Norland had poisoned the wells", "pollute"),
    ("Norland rammed the trawler", "Norland had struck the trawler", "attack"),
])
def test_verbs_of_one_act_in_other_words_are_one_claim(nlp, said, denied, cls):
    text = f"Ana said {said}. Ben denied that {denied}."
    a = _analysis(nlp, text, {"A1": ("Norland", "NRL", ["Norland"]), "A3": ("Ana", None, ["Ana"]),
                              "A4": ("Ben", None, ["Ben"])})  # fmt: skip
    a.statements = [
        _statement(text, "S1", "A3", "said", said, "assert"),
        _statement(text, "S2", "A4", "denied", denied, "deny"),
    ]
    claims = build_claims(a)
    assert a.statements[0].claim == a.statements[1].claim
    assert next(c for c in claims if c.id == a.statements[0].claim).predicate == cls


def test_an_assertion_restating_the_headline_claim_in_other_words_joins_it():
    # "ballot stuffing" in the headline; "ballot boxes had been stuffed" in the body: the same claim
    text = ("Electoral body rejects observers' report of ballot stuffing\n"
            "TEGUCIGALPA, Honduras (Wire) - The National Electoral Commission on Thursday rejected the report.\n\n"
            "Observer Marta Iturriaga said ballot boxes had been stuffed at 37 polling stations.\n\n"
            "The mayor said the new market would open in June.\n")
    import claimgraph

    d = claimgraph.extract(text)
    stuffed = next(s for s in d.statements if "stuffed" in s.content)
    head = next(s for s in d.statements if s.cue == "rejects")
    assert stuffed.claim == head.claim
    market = next(s for s in d.statements if "market" in s.content)
    assert market.claim != head.claim


_LICE = ("Fishermen blame lice treatment for shrimp deaths\n\nBERGEN, Norway (Wire) - A union of fishermen said on "
         "Monday that a lice treatment used by salmon farms had killed shrimp in the fjord.\n\n{body}\n")


@pytest.mark.parametrize("body, stance", [
    # the negated sentence is about something else; the one about the claim asserts it
    ('"In 30 years I have never seen anything like it. We pulled up traps where every shrimp was dead," said Ola '
     'Berg, a fisherman. "The only thing that changed in the fjord was the treatment."', "assert"),
    # a reason ruled out, what the speaker cannot do, an understatement: none denies the claim
    ('"The shrimp are not dying because the water is warmer. They are dying because of the treatment," said Ola '
     'Berg, a fisherman.', "assert"),
    ('"When the farms treat their pens, we cannot even put our shrimp traps in the fjord," said Ola Berg, '
     'a fisherman.', "assert"),
    ('Fisheries Minister Kari Dahl said the government "would not hesitate" to ban the lice treatment if it had '
     'killed the shrimp.', "assert"),
    ('"The treatment did not kill the shrimp," said Per Lund, a spokesman for the farms.', "deny"),
])
def test_only_a_negation_about_the_story_claim_denies_it(body, stance):
    import claimgraph

    d = claimgraph.extract(_LICE.format(body=body))
    last = d.statements[-1]
    assert last.stance == stance, [(s.content, s.stance) for s in d.statements]


def test_a_quotation_that_rules_out_one_reason_and_gives_another_asserts():
    import claimgraph

    d = claimgraph.extract("Prices row\n\nNAIROBI (Wire) - \"The buyers are not paying less because the tea is worse. "
                           "They are paying less because a few brokers fix the price,\" the union's chairman, "
                           "Jo Langat, told reporters.\n")
    quote = next(s for s in d.statements if "fix the price" in s.content)
    assert quote.stance == "assert"


def test_a_denial_of_a_speakers_account_joins_that_speakers_claim(nlp):
    # "disputed the minister's timeline": the minister's own first account, not the claim before it
    text = ("Alert row\n\nEDMONTON (Wire) - The town mayor, Dale Pruitt, said the alert came three hours late."
            "\n\nEmergency Minister Carla Whitford said the alert went out on time. The minister added that the "
            "province would publish its logs.\n\nPriya Sandhu, an opposition critic, disputed the minister's "
            "timeline.\n")
    d = claimgraph.extract(text)
    disputed = next(s for s in d.statements if s.cue == "disputed")
    on_time = next(s for s in d.statements if s.content == "the alert went out on time")
    assert disputed.claim == on_time.claim and disputed.stance == "deny"
    late = next(s for s in d.statements if s.content == "the alert came three hours late")
    assert late.claim != disputed.claim
