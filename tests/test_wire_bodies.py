"""Bodies in wire copy: a lede's description and the name the next paragraph
gives, the headline's shorthand for a denier, what a body's people belong to,
and the words bodies are named with. The stories are ours."""

import pytest

import claimgraph


def _actor(doc, name):
    return next(a for a in doc.actors if a.name == name)


def _speaker(doc, cue):
    s = next(s for s in doc.statements if s.cue == cue)
    return doc.actor(s.speaker)


LEDE = (
    "Tarvenia opposition says ballots were burned; poll body denies\n\n"
    "KALMOR, Ghana, May 4 (Wire) - Ghana's main opposition party accused election staff on Friday of burning "
    "ballots in three districts, a charge the Electoral Review Commission dismissed as \"a fantasy.\"\n\n"
    "The Forward Alliance for Change said its agents had seen sacks of ballots carried out of a school at night.\n\n"
    "The commission's chairwoman, Abena Ofori, said every sack had been counted twice.\n"
)


def test_the_lede_description_names_the_body_and_codes_it():
    doc = claimgraph.extract(LEDE)
    assert _speaker(doc, "accused").name == "Forward Alliance for Change"
    # "main opposition party" says what the alliance is
    assert _actor(doc, "Forward Alliance for Change").sector == "OPP"


def test_a_headline_denier_described_in_other_words_is_the_lede_denier():
    doc = claimgraph.extract(LEDE)
    assert _speaker(doc, "denies").name == "Electoral Review Commission"


def test_a_body_named_only_by_its_common_noun_owns_its_officer():
    doc = claimgraph.extract(LEDE)
    assert _actor(doc, "Abena Ofori").sector == "GOV"


def test_a_nationality_the_tagger_takes_for_a_person_is_no_speaker_of_its_own():
    doc = claimgraph.extract(
        "Sri Lankan opposition alleges fraud in port deal\n\n"
        "COLOMBO, Sri Lanka, May 4 (Wire) - Sri Lanka's main opposition party on Monday accused port "
        "officials of taking bribes.\n")
    assert all(a.name != "Sri Lankan" for a in doc.actors)


def test_an_authority_is_one_body():
    doc = claimgraph.extract(
        "Dispatch\n\nLUSAKA, Zambia, May 4 (Wire) - Zambia's tax authority said on Monday that a miner had "
        "underpaid royalties.\n\nThe Zambia Revenue Authority said the company owed $40 million.\n")
    assert {doc.actor(s.speaker).name for s in doc.statements} == {"Zambia Revenue Authority"}


def test_a_name_the_tagger_ends_at_of_runs_on_through_its_place():
    doc = claimgraph.extract(
        "Dispatch\n\nThe Chamber of Mines of Zambia said it could not comment, but its president, "
        "Derrick Mumba, questioned whether the benchmark was fair.\n")
    chamber = next(a for a in doc.actors if a.name.startswith("Chamber"))
    assert chamber.name == "Chamber of Mines of Zambia" and chamber.sector == "BUS"
    # a business body's president is in business
    assert _actor(doc, "Derrick Mumba").sector == "BUS"


def test_a_watchdog_named_for_its_region_is_not_the_country():
    doc = claimgraph.extract(
        "Dispatch\n\nCopperbelt Revenue Watch, a group that campaigns for open accounts, said the "
        "figures matched its own.\n")
    s = doc.statements[0]
    assert doc.actor(s.speaker).name == "Copperbelt Revenue Watch"
    assert doc.actor(s.speaker).sector == "NGO"


def test_a_capital_that_speaks_is_its_state_by_name():
    doc = claimgraph.extract("Title\n\nThe ship loaded its cargo in Basra, the papers show. Baghdad said it was "
                             "checking the papers. Seoul said it had asked for the logbooks.\n")
    assert {doc.actor(s.speaker).name for s in doc.statements if s.cue == "said"} == {"Iraq", "South Korea"}
    # a capital as a place keeps its name
    doc = claimgraph.extract("Title\n\nFarmers threatened to blockade Helsinki.\n")
    assert any(a.name == "Helsinki" for a in doc.actors)


def test_a_given_name_that_is_also_a_word_stays_in_the_name():
    doc = claimgraph.extract("Title\n\nA party spokesman, Moses Flomo, said the count was clean. An accountant "
                             "at the mine, Given Banda, had told him that invoices were forged.\n")
    names = {a.name for a in doc.actors}
    assert {"Moses Flomo", "Given Banda"} <= names


@pytest.mark.parametrize(("text", "cue", "name"), [
    # the lede's body may speak through its spokesman in the next paragraph
    ("Dispatch\n\nPORTVILLE, Kenya, May 4 (Wire) - Kenya's main opposition party on Monday accused "
     "port officials of taking bribes from a shipping line.\n\nAmina Wanjiru, transport spokeswoman of the "
     "Union for National Renewal (UNR), told parliament that the port had paid twice the going rate for cranes.\n",
     "accused", "Union for National Renewal"),
    # a headline description named below is named wherever it speaks again
    ("Opposition alleges kickbacks; minister denies wrongdoing\n\nCOLOMBO, Sri Lanka, Feb 18 (Wire) - The "
     "opposition accused officials of taking bribes.\n\nHealth Minister Ranjith Perera rejected what he "
     "called a political smear.\n\nThe minister said the high price reflected an emergency purchase.\n",
     "said", "Ranjith Perera"),
    # "the report" named again speaks for its author
    ("Title\n\nAccording to a draft report by the National Audit Office, seen by Wire, the ministry skipped "
     "a round of bidding. The report said auditors could not establish whether any bribes were paid.\n",
     "said", "National Audit Office"),
    # ... and so does "its report" of the body that spoke in it
    ("Title\n\nThe National Audit Office said in its annual report that one in six grants went to ineligible "
     "applicants. According to the report, one applicant received 40,000 euros.\n",
     "According to", "National Audit Office"),
    # ... and "the copy X released" speaks for X
    ("Title\n\nPHNOM PENH (Wire) - An opposition lawmaker, Chea Sovannary, released a memo.\n\nAccording to the "
     "copy Chea released, the memo put sales at $1.4 billion.\n", "According to", "Chea Sovannary"),
])
def test_who_speaks(text, cue, name):
    assert _speaker(claimgraph.extract(text), cue).name == name



GROUP = (
    "Regulator under fire\n\n"
    "Dana Whitfield and Consumer Action League, the advocacy group she founded in 1992, have long fought the "
    "state insurance regulator. Consumer Action League filed a records request last year and later sued the "
    "regulator. Consumer Action League lost the first round.\n\n"
    "Since then, the group has accused the regulator of approving rate increases without review.\n"
)


def test_an_apposition_after_the_second_of_two_names_describes_it():
    doc = claimgraph.extract(GROUP)
    assert _actor(doc, "Consumer Action League").sector == "NGO"


WATCH = (
    "Regulator under fire\n\n"
    "Policyholder Rights Watch, the advocacy group founded in 1992, has long fought the state insurance "
    "regulator. Policyholder Rights Watch filed a records request last year and later sued the regulator.\n\n"
    "Since then, the group has accused the regulator of approving rate increases without review.\n"
)


@pytest.mark.parametrize("text", [GROUP, WATCH])
def test_the_group_is_the_body_the_article_called_a_group(text):
    name = "Consumer Action League" if text is GROUP else "Policyholder Rights Watch"
    assert _speaker(claimgraph.extract(text), "accused").name == name


def test_a_pair_the_tagger_takes_for_one_name_does_not_rename_the_body():
    doc = claimgraph.extract(GROUP.replace("Since then, the group", "Since then, Dana and Consumer Action League"))
    assert "Consumer Action League" in {a.name for a in doc.actors}
    assert not any(a.name.startswith("Dana and") and a.sector == "NGO" for a in doc.actors)


@pytest.mark.parametrize(("text", "cue", "name"), [
    ("Title\n\nGovernor Maria Lopez met the auditors on Monday.\n\nHer office said the audit was politically "
     "motivated.\n", "said", "Maria Lopez's office"),
    ("Title\n\nThe state's insurance commissioner, Ricardo Alvarez, whose office has said the plan is reckless, "
     "met the insurers on Monday.\n", "said", "Ricardo Alvarez's office"),
])
def test_a_possessive_pronoun_before_an_unnamed_speaker_is_its_owner(text, cue, name):
    assert _speaker(claimgraph.extract(text), cue).name == name


TWO_BODIES = (
    "Title\n\nTHE HAGUE, March 12 (Wire) - A watchdog said Dutch sights reached Libya.\n\n"
    "Egypt's Ministry of Defence and Foreign Ministry both dismissed the report as part of a campaign.\n"
)


def test_two_bodies_the_tagger_joins_with_and_are_two_speakers_of_one_country():
    doc = claimgraph.extract(TWO_BODIES)
    spoke = [doc.actor(s.speaker) for s in doc.statements if s.cue == "dismissed"]
    assert len(spoke) == 2
    assert all(a.country == "EGY" for a in spoke)
    assert all(not TWO_BODIES[slice(*s.speaker_span)].endswith(" and") for s in doc.statements if s.cue == "dismissed")


def test_a_name_tagged_a_body_twice_as_often_as_a_person_is_a_body():
    from spacy.tokens import Span

    from claimgraph.actors.resolve import _fix_labels
    from claimgraph.nlp import load

    doc = load()("Ann Cole and Policy Watch met. Policy Watch sued. Policy Watch lost. Maria Lopez met "
                 "Maria Lopez. Maria Lopez spoke.")
    spans = [(3, 5, "PERSON"), (7, 9, "ORG"), (11, 13, "ORG"),
             (15, 17, "PERSON"), (18, 20, "ORG"), (21, 23, "ORG")]
    doc.ents = [Span(doc, a, b, label=lab) for a, b, lab in spans]
    _fix_labels(doc)
    labels = {(e.text, e.start): e.label_ for e in doc.ents}
    assert labels[("Policy Watch", 3)] == "ORG"
    assert labels[("Maria Lopez", 15)] == "PERSON"  # a given name: a person the tagger misread


AIRLINE = (
    "Former engineer says airline skipped checks; carrier denies\n\n"
    "MANAMA, Bahrain, May 14 (Wire) - A former senior engineer at Dilmun Air accused the Bahraini carrier on "
    "Wednesday of certifying engine inspections that were never carried out, an allegation the airline "
    "dismissed as \"revenge.\"\n\n"
    "Graham Whitley, a British engineer who ran the airline's engine section until February, said in a "
    "complaint that inspections had been recorded on days when the jets were away.\n\n"
    "Bahrain's Civil Aviation Affairs, which oversees the airline, said its inspectors had found no fault.\n"
)


def test_the_lede_describes_a_person_the_next_paragraph_names():
    doc = claimgraph.extract(AIRLINE)
    assert _speaker(doc, "accused").name == "Graham Whitley"
    assert _speaker(doc, "says").name == "Graham Whitley"


def test_a_body_named_inside_the_subject_is_the_body_described_next():
    doc = claimgraph.extract(AIRLINE)
    assert _speaker(doc, "dismissed").name == "Dilmun Air"
    assert _actor(doc, "Dilmun Air").sector == "BUS"  # it was called an airline


def test_a_body_that_oversees_the_described_one_is_not_it():
    doc = claimgraph.extract(AIRLINE)
    assert _speaker(doc, "denies").name != "Civil Aviation Affairs"


@pytest.mark.parametrize(("text", "kind"), [
    ("a former senior engineer at Dilmun Air", "person"),
    ("the pilot", "person"),
    ("the economist", "person"),
    ("the carrier", "organization"),
])
def test_a_trade_names_a_person(text, kind):
    from claimgraph.actors import coding

    assert coding.code_actor(text).type == kind


def test_a_surname_that_is_a_trade_gives_no_role():
    doc = claimgraph.extract("Title\n\nJane Worker said the ward was full.\n")
    assert _actor(doc, "Jane Worker").role is None


VOICES = (
    "Title\n\nMANAMA, May 14 (Wire) - A former engineer said the airline skipped checks.\n\n"
    "An EASA spokesman said the agency had received the complaint. He said the agency was not in a "
    "position to say whether it had merit.\n\n"
    "The Superintendency of Pensions said it had opened a file. A spokeswoman for the regulator said it "
    "could not say more.\n"
)


@pytest.mark.parametrize(("cue_text", "name"), [
    ("the agency had received", "EASA"),
    ("not in a position", "EASA"),
    ("could not say more", "Superintendency of Pensions"),
])
def test_an_unnamed_spokesperson_is_the_body_speaking(cue_text, name):
    doc = claimgraph.extract(VOICES)
    s = next(s for s in doc.statements if cue_text in s.content)
    assert doc.actor(s.speaker).name == name


def test_the_spokesman_named_next_is_that_person_not_the_body():
    doc = claimgraph.extract(
        "Title\n\nTEHRAN - The spokesman for the Iranian Foreign Ministry rejected the claims.\n\n"
        "Nasser Kanaani commented on the claims in an interview.\n")
    assert _speaker(doc, "rejected").name == "Nasser Kanaani"


def test_the_prime_minister_is_nobody_described_earlier_without_the_office():
    doc = claimgraph.extract(
        "Title\n\nA dentist said she saw a child with decay. The dentist said the wait was long.\n\n"
        "The prime minister admitted last month that it was too difficult to see a dentist.\n")
    assert "dentist" not in _speaker(doc, "admitted").name


@pytest.mark.parametrize(("text", "cue", "name"), [
    # the lede's description in the words of a name given further down
    ("Growers accuse exporters of fixing prices; traders deny\n\nABIDJAN, Jan 22 (Wire) - A federation of "
     "cocoa cooperatives accused four export companies on Thursday of fixing prices, a charge the exporters' "
     "association rejected as \"pure fiction.\"\n\nThe federation said buyers had paid less.\n\n"
     "The Association of Cocoa Exporters of Cote d'Ivoire said its members set their prices independently.\n",
     "rejected", "Association of Cocoa Exporters of Cote d'Ivoire"),
    # the next paragraph opens by naming the lede's body
    ("Group says quota ignores scientists\n\nOSLO, April 3 (Wire) - A Norwegian marine conservation group said "
     "on Thursday that the government had set the whale quota too high.\n\nThe group, Havets Stemme (Voice of "
     "the Sea), published a memo from the institute. Havets Stemme's report was shared widely.\n",
     "said", "Havets Stemme"),
])
def test_the_ledes_described_body_is_named_below(text, cue, name):
    assert _speaker(claimgraph.extract(text), cue).name == name


def test_a_name_set_beside_a_body_noun_is_a_body():
    doc = claimgraph.extract("Title\n\nThe group, Havets Stemme (Voice of the Sea), published a memo. Havets "
                             "Stemme's report was shared widely.\n")
    assert _actor(doc, "Havets Stemme").type == "organization"


def test_a_plural_description_in_the_lede_is_not_the_body_named_next():
    doc = claimgraph.extract(
        "He fights the insurers\n\nInsurance industry groups have called it a \"bogus advocacy\" group.\n\n"
        "Consumer Action League, the advocacy group Dana Whitfield founded, said the attacks were expected. "
        "Consumer Action League filed a request. Consumer Action League sued.\n")
    assert _speaker(doc, "called").name != "Consumer Action League"


def _spoke(doc, content_start):
    s = next(s for s in doc.statements if s.content.startswith(content_start))
    return doc.actor(s.speaker).name if s.speaker else None


@pytest.mark.parametrize("subject", [
    "Peru's Minister of Education and Sciences, Jose Diaz,",
    "The Minister of Education, Jose Diaz,",
    "Peru's Foreign Minister, Jose Diaz,",
])
def test_a_capitalised_title_takes_the_name_set_beside_it(subject):
    doc = claimgraph.extract(f"Map row\n\n{subject} rejected the accusation. He insisted the map was old.\n")
    assert _speaker(doc, "rejected").name == "Jose Diaz"
    assert _speaker(doc, "insisted").name == "Jose Diaz"


FIELD = (
    "Map row\n\n"
    "The book was printed for the Ministry of Education and Sciences. Tarvenia's Ministry of Foreign Affairs "
    "denied the claims on Monday.\n\n"
    "Historians said the map was drawn in 1932 and showed a line that both governments later moved twice.\n\n"
    "According to El Diario, the education ministry has asked schools to stop using the chapter. "
    "A ministry spokeswoman said she could not confirm the report.\n"
)


def test_a_body_described_by_its_field_is_the_one_named_with_it():
    doc = claimgraph.extract(FIELD)
    # the Foreign Ministry was named last, but only the other one is about education
    assert _spoke(doc, "to stop") == "Ministry of Education and Sciences"


def test_a_spokeswoman_of_a_kind_of_body_speaks_for_the_one_named_last():
    doc = claimgraph.extract(FIELD)
    assert _spoke(doc, "she could not confirm") == "Ministry of Education and Sciences"


def test_a_police_spokeswoman_speaks_for_the_police_body_the_tagger_did_not_name():
    doc = claimgraph.extract(
        "Drones\n\nPolice Region South East, which covers Kalmar county, confirmed it had opened an investigation, "
        "but a police spokeswoman said officers had not yet been able to establish the flight paths.\n")
    assert _spoke(doc, "officers had not") == "Police Region South East"


def test_a_capital_taken_for_a_person_speaks_for_its_state():
    doc = claimgraph.extract("Map row\n\nBolivia summoned the ambassador over a textbook that La Paz says shows part "
                             "of Tarija as Paraguayan land.\n")
    assert _speaker(doc, "says").name == "Bolivia"
    assert not any(a.name == "La Paz" and a.type == "person" for a in doc.actors)


def test_a_capital_within_a_persons_name_stays_the_person():
    doc = claimgraph.extract("Film\n\nVictoria Lopez arrived late. Victoria said the film was long.\n")
    assert _speaker(doc, "said").name == "Victoria Lopez"


def test_a_publisher_named_beside_its_title_stays_the_firm_its_spokesman_speaks_for():
    doc = claimgraph.extract(
        "Map row\n\nThe ministry and the book's publisher, Ediciones Sur, have both denied the claims.\n\n"
        "A spokesman for the publisher said the company had printed 9,000 copies. He acknowledged that the "
        "caption was unclear.\n")
    assert _actor(doc, "Ediciones Sur").type == "organization"
    assert _spoke(doc, "the company had printed") == "Ediciones Sur"
    assert _spoke(doc, "the caption") == "Ediciones Sur"


def test_the_operator_of_a_named_plant_is_the_firm_named_next_not_the_place():
    doc = claimgraph.extract(
        "Drones\n\nSTOCKHOLM - The operator of the Varnby nuclear power station on Tuesday denied that drones had "
        "flown over its reactor buildings.\n\nKustkraft AB, which runs the plant's two reactors, said in a statement "
        "that its systems had tracked a small number of drones.\n")
    assert _speaker(doc, "denied").name == "Kustkraft AB"
    assert _actor(doc, "Kustkraft AB").sector == "BUS"


UNION = (
    "Drones\n\nSTOCKHOLM - The plant's owner on Tuesday denied that drones had flown over it, contradicting a trade "
    "union that says night-shift staff watched three aircraft circle above the halls.\n\n"
    "Kustkraft AB, which runs the plant, said its systems had tracked a small number of drones.\n\n"
    "The Nuclear Technicians' Union asked the company to publish its radar logs.\n"
)


def test_a_lede_body_described_by_its_kind_is_the_only_one_named_so_below():
    doc = claimgraph.extract(UNION)
    assert _speaker(doc, "says").name == "Nuclear Technicians' Union"


def test_a_kind_named_by_two_bodies_below_stays_described():
    doc = claimgraph.extract(UNION + "\nThe Swedish Metalworkers' Union said it backed the technicians.\n")
    assert _speaker(doc, "says").name == "trade union"


def test_a_name_after_a_quotation_speaks_when_the_parser_hangs_it_on_a_quoted_noun():
    doc = claimgraph.extract(
        "Fish kill\n\nTEMA, Ghana - Dead fish washed up.\n\n\"The samples we took from the outfall behind the "
        "Vreeland terminal show dichloromethane at more than 40 times the permitted level,\" Abena Owusu-Ansah, acting executive director of the Environmental Protection "
        "Authority, told a news conference in Accra.\n")
    s = next(s for s in doc.statements if s.content.startswith("The samples"))
    assert doc.actor(s.speaker).name == "Abena Owusu-Ansah" and s.kind == "direct"


def test_she_after_a_spokeswoman_in_the_second_clause_is_the_body_and_not_able_to_establish_doubts():
    doc = claimgraph.extract(
        "Drones\n\nKarin Holm, the plant's safety chief, said staff saw lights.\n\n"
        "The Kalmar County Police confirmed it had opened an investigation, but a police spokeswoman said officers "
        "had not yet been able to establish the flight paths.\n\n"
        "\"We cannot say at this stage whether any drone was over the reactor,\" she said.\n")
    assert _spoke(doc, "We cannot say") == "Kalmar County Police"
    s = next(s for s in doc.statements if s.content.startswith("officers"))
    assert s.stance == "doubt"


def test_names_set_beside_a_trade_noun_are_bodies_whatever_the_tagger_says():
    doc = claimgraph.extract(
        "Aid\n\nThe aid groups, the Oslo-based Nordic Relief Alliance and the French charity Solidarité Sahel, said "
        "rations were missing.\n\nSahel Logistique Transport, the N'Djamena-based company that trucks the food, "
        "denied any wrongdoing.\n")
    assert _actor(doc, "Solidarité Sahel").type == "organization"
    assert _actor(doc, "Sahel Logistique Transport").type == "organization"
    assert _actor(doc, "Sahel Logistique Transport").sector == "BUS"


def test_a_bodys_short_name_joins_its_full_name_with_a_country():
    doc = claimgraph.extract(
        "Texts\n\nClanton was field director of the hard-right youth group Turning Point USA. Yet, even within "
        "Turning Point, colleagues were so shocked that they kept the messages. In 2017, Clanton said that she had "
        "resigned from Turning Point.\n")
    assert [a.name for a in doc.actors if "Turning" in a.name] == ["Turning Point USA"]


SPILL = (
    "Ghana blames Dutch-owned terminal for Tema fish kill, company denies leak\n\n"
    "TEMA, Ghana - Ghana's environment regulator said on Thursday that a solvent leaking from a terminal run by "
    "Vreeland Tank Storage had killed fish. The company denied that any chemical had escaped.\n\n"
    "The Tema Canoe Fishermen's Council estimates that 3,000 fishermen have lost a week's income.\n"
)


def test_a_headline_denial_of_a_bare_noun_the_tagger_took_for_a_verb():
    doc = claimgraph.extract(SPILL)
    s = next(s for s in doc.statements if s.cue == "denies")
    assert (s.content, s.stance) == ("leak", "deny")
    assert doc.actor(s.speaker).sector == "BUS"  # a company, not the fishermen's council named next


def test_a_state_office_described_in_the_lede_is_no_body_of_another_trade_named_next():
    doc = claimgraph.extract(SPILL)
    assert _speaker(doc, "said").name != "Tema Canoe Fishermen's Council"


def test_a_charge_both_rejected_as_baseless_without_quotes_is_each_ones_denial():
    doc = claimgraph.extract(
        "Mask\n\nBOGOTA - Colombia on Tuesday accused a Spanish museum of sending back a copy of a gold mask, a charge "
        "that the museum and the Spanish government both rejected as baseless.\n")
    denials = [s for s in doc.statements if s.cue == "rejected"]
    assert len(denials) == 2 and all(s.stance == "deny" for s in denials)
    assert all("sending back a copy" in s.content for s in denials)


def test_allegations_rejected_by_two_agents_deny_what_the_sentence_said():
    doc = claimgraph.extract(
        "Aid\n\nABECHE, Chad - Food has been diverted and sold in local markets, two aid groups said this week, "
        "allegations rejected by the trucking company that delivers the rations and by the Chadian agency that runs "
        "the camp.\n")
    denials = [s for s in doc.statements if s.cue == "rejected"]
    assert [doc.actor(s.speaker).name for s in denials] == ["trucking company", "Chadian agency"]
    assert {s.content for s in denials} == {"Food has been diverted and sold in local markets"}
    assert {s.stance for s in denials} == {"deny"}
    # one claim, both sides
    said = next(s for s in doc.statements if s.cue == "said")
    assert {s.claim for s in denials} == {said.claim}


def test_the_ministry_far_below_is_the_ministry_named_at_the_top_not_a_commission_named_since():
    filler = " ".join(["The tender drew eleven bids from six countries, and the panel met nine times."] * 25)
    doc = claimgraph.extract(
        "Tender\n\nLUSAKA - Zambia's Ministry of Transport and Logistics on Friday denied that a rail tender had been "
        f"rigged.\n\n{filler}\n\nZambia's Anti-Corruption Commission confirmed it had received a complaint.\n\n"
        "The ministry said work on the line would begin in March as planned.\n")
    assert _spoke(doc, "work on the line").endswith("Ministry of Transport and Logistics")
