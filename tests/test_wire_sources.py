"""Who speaks, when wire copy names the source sideways: a firm's short name
read as a common noun, an intergovernmental body called "the agency", a
speaker set off after the clause it reports, a name given only in part, and
a headline's description that is no body of the lede. Sentences are ours."""

import pytest

import claimgraph


class Read:
    """A document with the text it was read from."""

    def __init__(self, text: str):
        self.text = text
        self.doc = claimgraph.extract(text)
        self.actors = self.doc.actors


@pytest.fixture(scope="module")
def extract(nlp):
    return lambda text, title="Dispatch": Read(title + "\n\n" + text + "\n")


def said(read):
    out = []
    for s in read.doc.statements:
        a = read.doc.actor(s.speaker)
        out.append((a.name if a else None, s.cue, s.stance, read.text[s.content_span[0] : s.content_span[1]]))
    return out


def test_a_firms_short_name_read_as_a_common_noun_is_the_firm(misparsed):
    text = ("Regulator accuses drugmaker; company denies wrongdoing\n\nThe regulator accused Quorvel "
            "Pharmaceuticals Ltd of selling tainted syrup.\n\nQuorvel denied the allegations.\n")
    # the short name opening its sentence, tagged a common noun
    doc = misparsed(text, {}, untagged={20}, tagged={20: ("NOUN", "NN")})
    denials = [(doc.actor(s.speaker).name, s.cue) for s in doc.statements if s.stance == "deny"]
    # ... and the headline's "company" is the firm that denies further down
    assert denials == [("Quorvel Pharmaceuticals Ltd", "denies"), ("Quorvel Pharmaceuticals Ltd", "denied")], denials


@pytest.mark.parametrize("description", ["the agency", "the Geneva-based agency"])
def test_the_agency_after_an_intergovernmental_body_is_that_body(extract, description):
    doc = extract(f"The World Health Organization said tests had found solvents. In a statement, {description} "
                  "said the syrup had been linked to deaths.")
    assert [r[0] for r in said(doc)] == ["World Health Organization", "World Health Organization"]


def test_a_speaker_set_off_after_the_clause_whose_subject_the_parser_hung_on_the_cue(extract):
    doc = extract("A drone strike by the army killed at least 30 people attending a wedding in the country's "
                  "northern Dalo region, a spokesman for the Kessu militia has said, in what would be one of the "
                  "deadliest attacks this year.")
    rows = said(doc)
    assert [(r[0].split()[0], r[1]) for r in rows] == [("Kessu", "said")], rows
    assert rows[0][3].startswith("A drone strike by the army killed at least 30 people")


def test_a_headline_description_holding_a_name_is_no_other_body_of_the_same_verb(extract):
    doc = extract("Vardia's government denies targeting civilians, while the national rights commission says it "
                  "has opened an investigation.\n\nA spokesman for the militia said the strike hit a wedding.",
                  title="Army drone strike killed dozens at Dalo wedding, Wando rebels say")
    assert said(doc)[0][:2] == ("Wando rebels", "say")


def test_a_headline_militia_is_no_state_body_that_says_the_same(extract):
    doc = extract("Vardia's government denies targeting civilians, while the national rights commission says it "
                  "has opened an investigation.", title="Drone strike killed dozens, militia says")
    assert said(doc)[0][0] == "militia"


def test_a_countrys_government_by_its_name_or_its_adjective_is_one_actor(extract):
    doc = extract("Ethiopia's government denies targeting civilians, while the rights commission says it has "
                  "opened an investigation.\n\nThe Ethiopian government dismissed the reports as propaganda.",
                  title="Drone strike killed dozens, militia says")
    govs = {r[0] for r in said(doc) if r[1] in {"denies", "dismissed"}}
    assert govs == {"Ethiopian government"}
    assert [a.country for a in doc.actors if a.name == "Ethiopian government"] == ["ETH"]


def test_a_name_given_only_in_part_is_the_speaker_and_the_request_is_no_statement(extract):
    doc = extract("Two residents gave similar accounts. A 45-year-old farmer, who asked to be identified only by "
                  "his first name, Tesfaye, for fear of reprisals, said he had counted 34 bodies.")
    assert [(r[0], r[1]) for r in said(doc)] == [("Tesfaye", "said")]


def test_asking_to_be_known_by_a_name_is_no_statement_but_asking_for_something_is(extract):
    doc = extract("One trader, who asked to be named only as Amina, said the market was empty. The union asked "
                  "to be consulted on the plan.")
    cues = [r[1] for r in said(doc)]
    assert cues.count("asked") == 1 and "said" in cues


def test_an_agent_inside_the_claim_is_not_who_holds_the_claim(extract):
    doc = extract("The 67-year-old rejected the claim that the activists were being manipulated by a foreign "
                  "power. Officials rejected claims made by a rival party that the count had been rigged.")
    holders = [r[0] for r in said(doc) if r[1] == "claims" or r[1] == "claim"]
    assert holders == ["rival party"]


def test_a_body_named_with_and_in_apposition_to_its_description_speaks(misparsed):
    text = ("Dispatch\n\nLawmakers voted to open the voter rolls, a reform that the main pro-independence alliance, "
            "the Tavu and Coastal Peoples Liberation Front (TCPLF), says will dilute the native vote.\n")
    # the name's first word untagged, the rest a body joined to it by "and"
    doc = misparsed(text, {}, untagged={21})
    says = [doc.actor(s.speaker).name for s in doc.statements if s.cue == "says"]
    assert says == ["Tavu and Coastal Peoples Liberation Front"], says


@pytest.mark.parametrize("sentence, content", [
    ("Five people were killed and 20 others injured, according to local police.",
     "Five people were killed and 20 others injured"),
    ("At least 12 people have died and dozens of houses destroyed, according to the disaster agency.",
     "At least 12 people have died and dozens of houses destroyed"),
    # a clause with its own auxiliary is reported alone
    ("The levee held, and the second dam has failed, according to the disaster agency.", "the second dam has failed"),
])
def test_according_to_covers_a_clause_that_shares_the_first_ones_auxiliary(extract, sentence, content):
    assert [r[3] for r in said(extract(sentence))] == [content]


def test_a_name_set_beside_the_title_after_an_opening_phrase_speaks(extract):
    doc = extract("The border committee rejected the accusations. In a statement published on Telegram, its "
                  "spokesman, Pavel Drozdov, said the country \"has never organised illegal migration\".")
    assert ("Pavel Drozdov", "said") in [(r[0], r[1]) for r in said(doc)]


def test_what_a_body_called_something_is_its_statement(extract):
    doc = extract("The Corvian foreign ministry summoned the envoy to protest against what it called the "
                  "\"inhumane treatment\" of migrants.")
    rows = [r for r in said(doc) if r[1] == "called"]
    assert len(rows) == 1 and rows[0][0] == "Corvian foreign ministry", rows
    assert "inhumane treatment" in rows[0][3]


def test_a_name_after_an_opening_place_with_its_countrys_title_set_off_speaks(misparsed):
    text = ("Dispatch\n\nIn Lorvia City, Andrés Pellicer, Ostria's minister of trade, denied that the tariff had any "
            "political motive.\n")
    doc = misparsed(text, {7: ("conj", 4)})  # the name hung on the place as a conjunct: the cue has no subject
    assert [(doc.actor(s.speaker).name, s.cue, s.stance) for s in doc.statements] == [
        ("Andrés Pellicer", "denied", "deny")]


def test_a_firm_named_in_the_plural_is_the_accused_a_description_rejects_for(extract):
    doc = extract("The government on Tuesday accused Kgari Diamonds of undervaluing its sales, an allegation the "
                  "Lorvia-based miner flatly rejected.")
    assert [r[0] for r in said(doc) if r[1] == "rejected"] == ["Kgari Diamonds"]


def test_a_firms_name_before_its_trade_is_the_firm_the_tagger_took_for_a_place(misparsed):
    text = ("Dispatch\n\nThe ministry accused Kgari Diamonds of cheating. Kgari, which is listed in London, denied "
            "any wrongdoing.\n")
    doc = misparsed(text, {}, labels={10: "B-GPE"})  # the short name tagged a place
    assert [doc.actor(s.speaker).name for s in doc.statements if s.cue == "denied"] == ["Kgari Diamonds"]


def test_a_participle_after_what_it_said_goes_on_with_the_speaker(extract):
    doc = extract("The Ostrian army said it had shot down three drones overnight, accusing foreign-backed militias "
                  "of running a smuggling operation.")
    rows = [r for r in said(doc) if r[1] == "accusing"]
    assert [(r[0], r[2]) for r in rows] == [("Ostrian army", "assert")], said(doc)
    assert rows[0][3].startswith("foreign-backed militias")


def test_an_inquirys_conclusion_with_its_holder_named_is_the_holders_statement(extract):
    rows = said(extract("The family rejected the prosecutor's conclusion that a gang was behind the killing."))
    assert ("prosecutor", "conclusion", "assert", "a gang was behind the killing") in rows, rows
    assert ("family", "rejected", "deny", "a gang was behind the killing") in rows


def test_not_believing_the_allegations_is_a_denial(extract):
    rows = said(extract("In the port city, many residents said they did not believe the allegations. Others said "
                        "they did not believe a word."))
    assert [r[2] for r in rows] == ["deny", "assert"]


@pytest.mark.parametrize("sentence, owner, content", [
    # (a place in what is owned makes no claim to the place)
    ("A radical group on Friday claimed responsibility for an arson attack that destroyed nine trucks in the "
     "southern Dalo region.", "radical group",
     "responsibility for an arson attack that destroyed nine trucks in the southern Dalo region"),
    ("The militia claimed credit for the ambush.", "militia", "credit for the ambush"),
])
def test_claiming_responsibility_is_saying_one_did_it(extract, sentence, owner, content):
    assert [(r[0], r[1], r[3]) for r in said(extract(sentence))] == [(owner, "claimed", content)]


@pytest.mark.parametrize("sentence", [
    "No group has claimed responsibility for the blast.",
    "No official said the vote was rigged.",
])
def test_no_one_of_a_kind_is_no_source(extract, sentence):
    assert said(extract(sentence)) == []


def test_a_group_calling_itself_a_name_is_that_body_and_naming_itself_is_no_statement(extract):
    rows = said(extract("In a communique, a group calling itself the Territorial Resistance Front (TRF) said the "
                        "attack was an act of control."))
    assert [(r[0], r[1]) for r in rows] == [("Territorial Resistance Front", "said")]


def test_a_name_beside_a_relatives_title_is_weighed_as_a_named_speaker(extract):
    rows = said(extract("Okello's wife, Joan Namirembe, accused Nairobi of betraying her husband."))
    assert [(r[0], r[1]) for r in rows] == [("Joan Namirembe", "accused")]


def test_a_verb_joined_to_what_it_said_is_its_own_act_with_a_label_on_the_object(extract):
    rows = said(extract("The ministry rejected the account outright. In a short statement, it said no vessel of "
                        "ours had approached the fishing boats on the dates mentioned and described the reports as "
                        "“pure fabrication”."))
    assert ("ministry", "described", "deny") in [r[:3] for r in rows], rows


def test_a_body_that_acted_and_warned_speaks_through_its_it(extract):
    rows = said(extract("The state oil company said output had stopped. It declared force majeure on exports from "
                        "the port, warning that losses already exceeded 700,000 barrels per day."))
    assert [(r[0], r[1]) for r in rows][-1] == ("state oil company", "warning")
    # a body's act that might be is no act done
    rows = said(extract("The neighbour could deploy its courts against the wall, pushing for impact studies."))
    assert [r[1] for r in rows] == []


def test_both_of_which_stands_for_every_one_named_before_it(extract):
    rows = said(extract("Several lawmakers were accused of taking cash to promote the interests of Ostria and "
                        "Vardia, both of which denied wrongdoing."))
    assert [(r[0], r[1], r[2]) for r in rows] == [("Ostria", "denied", "deny"), ("Vardia", "denied", "deny")]


def test_the_government_of_a_dateline_story_is_its_countrys(extract):
    text = ("QUITO, Feb 3 (Wire) - Ecuador will impose a 30 percent tariff on imports from Colombia from next "
            "month, the government said on Monday.\n\nColombia called the move retaliation. Ecuador's trade minister "
            "denied any political motive.")
    assert said(extract(text))[0][:2] == ("Ecuador", "said")
    # a dateline country the story names less than another is no antecedent for it
    text = ("QUITO, Feb 3 (Wire) - Colombia will impose a tariff on imports from Ecuador, the government said on "
            "Monday.\n\nColombia's trade minister said the move was lawful. Colombia denied any political motive.")
    assert said(extract(text))[0][0] != "Ecuador"
