"""Wire-story layout and who-is-who cases from real news formats, on text we wrote."""

import pytest

import claimgraph
from claimgraph.layout import credit_lines, datelines, footers, within


def speaker_of(doc, words):
    s = next(s for s in doc.statements if words in s.content)
    return doc.actor(s.speaker)


@pytest.mark.parametrize("line", [
    "(Reporting by Jo Marle; Additional reporting by Ann Roe in Accra; Editing by Tim Vasko)",
    "[Reporting by Jo Marle Writing by Ann Roe Editing by Tim Vasko]",
    "Wirepost's Jo Marle and Ann Roe contributed to this report.",
    "Jo Marle contributed reporting from Accra.",
    "By Jo Marle and Ann Roe",
    "By Jo Marle | Pacific Sports Wire | Wellington",
])
def test_credit_lines_are_found(line):
    text = "Title\nThe minister said the talks failed.\n\n" + line + "\n"
    spans = credit_lines(text)
    assert len(spans) == 1 and text[spans[0][0] : spans[0][1]] == line


@pytest.mark.parametrize("line", [
    "By Monday the talks had failed and nobody knew why.",
    "The minister said reporting by the paper was wrong and wrote to the editor.",
    "Officials said the army had contributed to this report on the floods, which runs to 300 pages and was "
    "published by the ministry on Friday after months of delay and argument between the agencies involved.",
])
def test_story_text_is_no_credit_line(line):
    assert credit_lines("Title\n" + line + "\n") == []


def test_within_is_inside_one_span():
    spans = [(10, 20), (30, 40)]
    assert within(spans, 10, 20) and within(spans, 35)
    assert not within(spans, 5, 12) and not within(spans, 25) and not within([], 1)


CREDITED = """Mine to close, owner says
VELLMORE, March 4 (Wirepost) - The owner of the Harlan mine said on Monday it would close the pit by June.

"We have no buyer," said Dana Pirelli, the company's chief executive.

(Reporting by Jo Marle; Writing by Ann Roe; Editing by Tim Vasko)
"""


def test_credit_line_names_are_no_actors_and_say_nothing(nlp):
    doc = claimgraph.extract(CREDITED)
    names = {a.name for a in doc.actors}
    assert "Dana Pirelli" in names
    assert not names & {"Jo Marle", "Ann Roe", "Tim Vasko", "Writing"}
    start = CREDITED.index("(Reporting")
    assert all(s.cue_span[0] < start for s in doc.statements)


def test_a_helper_of_a_named_person_is_someone_else(nlp):
    doc = claimgraph.extract(
        "Mayor faces inquiry\nMayor Ines Tavora was questioned on Monday.\n"
        "A lawyer for Tavora said the inquiry was unlawful.\n"
        "An aide to Tavora, Rui Campos, said the mayor would cooperate.\n"
        "Tavora said she had done nothing wrong.\n")
    lawyer = speaker_of(doc, "inquiry was unlawful")
    assert lawyer.name != "Ines Tavora" and "lawyer" in lawyer.name.lower()
    assert speaker_of(doc, "would cooperate").name == "Rui Campos"
    assert speaker_of(doc, "done nothing wrong").name == "Ines Tavora"


def test_the_spokesman_for_a_body_named_beside_it_is_that_person(nlp):
    doc = claimgraph.extract(
        "Ministry rejects report\nA lawyer for Ines Tavora said on Monday the case was closed.\n"
        "The spokesman for the Lorvian Foreign Ministry, Paulo Veres, rejected the report.\n")
    assert speaker_of(doc, "the report").name == "Paulo Veres"


def test_a_titled_surname_goes_to_the_leader_not_a_relative_named_first(nlp):
    # Nora Blair is invented: a relative who shares a well-known leader's surname
    doc = claimgraph.extract(
        "Sister testifies\nNora Blair testified on Wednesday.\n"
        "The inquiry into Prime Minister Blair will go on, the committee chairman said.\n"
        "Tony Blair was not involved in the business, his sister said.\n")
    people = {a.name: a for a in doc.actors if a.type == "person"}
    assert people["Tony Blair"].country == "GBR" and "prime minister" in (people["Tony Blair"].role or "").lower()
    # the sister shares the surname, not the office
    assert people["Nora Blair"].country is None and people["Nora Blair"].role is None


def test_the_source_said_is_the_source_not_the_person_it_reports(nlp):
    doc = claimgraph.extract(
        "Talks end\nA source with direct knowledge of the talks told reporters that Ines Tavora left early.\n"
        "Tavora spoke for an hour.\n"
        "The source said Tavora had asked the board for more time.\n")
    who = speaker_of(doc, "asked the board")
    assert who.name != "Ines Tavora" and "source" in who.name.lower()


def test_each_quotation_with_its_own_cue_has_its_own_speaker(nlp):
    text = ("Talks end\nJane Doe and John Roe met on Monday.\n\n"
            "“We will win,” Doe said. “It is over,” Roe told reporters.\n\n"
            "“We start again,” Doe said. “Nothing is lost.”\n")
    doc = claimgraph.extract(text)
    by_content = {s.content: doc.actor(s.speaker).name for s in doc.statements}
    assert by_content["We will win"] == "Jane Doe"
    assert by_content["It is over"] == "John Roe"
    # a quotation that goes on after its cue with no cue of its own is still one statement
    assert any("We start again" in c and "Nothing is lost" in c for c in by_content)


def test_a_quoted_phrase_before_a_copula_is_no_statement(nlp):
    doc = claimgraph.extract("Chairman upbeat\nChairman Ruiz said “all in all,” he is “very optimistic.”\n")
    assert not any(s.cue == "is" for s in doc.statements)


def test_a_contraction_is_no_place(nlp):
    doc = claimgraph.extract("Strike\nThe strike should have ended in May but it wasn’t. "
                             "Now that Ruiz has spoken, we will move on, Tavora said.\n")
    assert not any("n’t" in a.name or "n't" in a.name for a in doc.actors)


def test_fact_check_labels_are_no_speakers(nlp):
    doc = claimgraph.extract("Photo does not show the bridge falling\n"
                             "CLAIM: A photo shows the river bridge in Vellmore collapsing on Sunday.\n\n"
                             "THE FACTS: The photo was taken in another country in 2009, Ines Tavora said.\n")
    assert not any(s.cue == ":" for s in doc.statements)


@pytest.mark.parametrize("opening, dateline", [
    ("VELLMORE, March 4 (Wirepost) - The owner said.", "VELLMORE, March 4 (Wirepost) - "),
    ("HARLAN CITY, Lorvia (Wirepost) — The owner said.", "HARLAN CITY, Lorvia (Wirepost) — "),
    ("March 4 (Wirepost) - Shares fell.", "March 4 (Wirepost) - "),
    ("VELLMORE - The owner said.", "VELLMORE - "),
    ("KOLWEZI, Democratic Republic of Congo, March 14 (Wirepost) - Kestrel Mining said.",
     "KOLWEZI, Democratic Republic of Congo, March 14 (Wirepost) - "),
    ("PORT OF SPAIN, Trinidad and Tobago (Wirepost) - The owner said.", "PORT OF SPAIN, Trinidad and Tobago (Wirepost) - "),
    ("NEW DELHI: Shares of Acme fell.", "NEW DELHI: "),
    # a place whose first word is short
    ("HO CHI MINH CITY, March 7 (Wirepost) - The owner said.", "HO CHI MINH CITY, March 7 (Wirepost) - "),
    ("LA PAZ (Wirepost) - The owner said.", "LA PAZ (Wirepost) - "),
])
def test_datelines_are_found(opening, dateline):
    text = "Title\n" + opening + "\n"
    assert [text[a:b] for a, b in datelines(text)] == [dateline]


@pytest.mark.parametrize("opening", [
    "The FBI - not the police - said so.",
    "NATO - the alliance - met on Monday.",
    "Shares fell - again - on Monday.",
])
def test_dashes_in_story_text_are_no_dateline(opening):
    assert datelines("Title\n" + opening + "\n") == []


def test_a_dateline_is_no_actor_and_no_part_of_a_claim(nlp):
    text = ("Exec to resign\nLISBON, March 4 (Wirepost) - Former Acme Corporation Chief Financial Officer "
            "Dana Pirelli will resign from the board over the audit, the Lisbon Herald reported on Monday.\n\n"
            "Wirepost is solely responsible for all content.\n")
    doc = claimgraph.extract(text)
    s = next(s for s in doc.statements if s.cue == "reported")
    assert s.content.startswith("Former Acme Corporation")
    names = {a.name for a in doc.actors}
    assert "Wirepost" not in names and "LISBON" not in names
    pirelli = next(a for a in doc.actors if a.name == "Dana Pirelli")
    # the dateline is no part of her description; her country is the story's, by the wire convention
    assert pirelli.role.startswith("Former Acme") and "LISBON" not in pirelli.role and pirelli.country == "PRT"
    assert not any(s.cue_span[0] > text.index("Wirepost is solely") for s in doc.statements)


def test_the_outlet_a_dateline_credits_is_the_documents_outlet(nlp):
    text = "Exec to resign\nLISBON, March 4 (Andes Wire) - The board said the audit was late.\n"
    doc = claimgraph.extract(text)
    assert doc.document.outlet == "Andes Wire" and "Andes Wire" not in {a.name for a in doc.actors}
    # the source's own outlet wins; a parenthesis that names no outlet is none
    assert claimgraph.extract(text, outlet="Lisbon Herald").document.outlet == "Lisbon Herald"
    assert claimgraph.extract("Row\nThe guard (a former soldier) said the vote was fair.\n").document.outlet is None


def test_a_title_is_cut_from_the_body_the_tagger_ran_it_into(nlp):
    doc = claimgraph.extract("Exec to resign\nFormer Harlan Organization Chief Financial Officer Dana Pirelli "
                             "will resign, the Lisbon Herald reported.\n")
    names = {a.name for a in doc.actors}
    assert "Harlan Organization" in names and not any("Chief" in n for n in names)


def test_footers_are_found():
    text = "Title\nThe minister resigned.\n\nWirepost is solely responsible for all content.\n\nSign up for our newsletter.\n"
    assert [text[a:b] for a, b in footers(text)] == ["Wirepost is solely responsible for all content.",
                                                   "Sign up for our newsletter."]


def test_a_title_right_before_a_name_is_that_person(nlp):
    doc = claimgraph.extract("Leader blames neighbours\nLorvia's supreme leader Ayatollah Vellani on Wednesday blamed "
                             "“foreign meddling” for the floods.\n")
    s = next(s for s in doc.statements if s.cue == "blamed")
    assert doc.actor(s.speaker).name == "Ayatollah Vellani" or doc.actor(s.speaker).name == "Vellani"


def test_the_spokesperson_after_an_unnamed_official_is_that_official(nlp):
    doc = claimgraph.extract("Pumps fail\nGovernor Ana Ruiz said the damage was severe. An official with the county "
                             "water board said the pumps had failed.\n\n"
                             "“We lost power to three stations,” the spokesperson said.\n")
    who = speaker_of(doc, "three stations")
    assert who.name != "Ana Ruiz" and "official" in who.name


def test_his_doctor_is_not_the_man_his_means(nlp):
    doc = claimgraph.extract("Mayor fit to serve\nMayor Ines Tavora had a check-up on Wednesday, and her doctor "
                             "said the only change was a new diet.\n")
    who = speaker_of(doc, "only change")
    assert who.name != "Ines Tavora" and "doctor" in who.name


@pytest.mark.parametrize("name, code", [
    ("Donald J. Trump", "USAGOV"),          # a middle initial
    ("Hillary Rodham Clinton", "USAGOV"),   # a middle name
    ("Muammar Kadhafi", "LBYGOV"),          # the surname spelt another way
    ("Prime Minister Blair", "GBRGOV"),
    ("Nora Blair", None),                   # an (invented) relative shares the surname, not the office
    ("Pablo Macron", None),
])
def test_a_leaders_surname_codes_the_leader_not_a_relative(name, code):
    from claimgraph.actors import coding
    assert coding.code_actor(name, ner_label="PERSON").code == code


def test_a_dateline_on_the_first_line_counts_when_the_title_is_given_apart(nlp):
    body = ("LISBON, March 4 (Wirepost) - Dana Pirelli will resign from the board over the audit, the Lisbon Herald "
            "reported on Monday.\n")
    doc = claimgraph.extract(body, title="Exec to resign")
    s = next(s for s in doc.statements if s.cue == "reported")
    assert s.content.startswith("Dana Pirelli")
    assert "LISBON" not in {a.name for a in doc.actors}


def test_a_speaker_the_parser_took_from_the_dateline_is_the_story_subject(nlp):
    # parsed with its story (`nlp.chunks` parses the opening paragraphs' datelines apart, but
    # not one further down), the dateline's place can be the subject; the statement's speaker
    # is then the noun phrase that opens the story
    from claimgraph.attribution import _past

    text = "WASHINGTON (Wirepost) — Jo Ruiz called Wednesday for the minister to resign."
    doc = nlp(text)
    spans = datelines(text, skip_title=False)
    assert _past(doc[0:1], spans).text == "Jo Ruiz"  # "WASHINGTON" alone
    assert _past(doc[0:7], spans).text == "Jo Ruiz"  # the dateline and the name
    assert _past(doc[5:7], spans).text == "Jo Ruiz"  # no dateline in it: unchanged


def test_he_after_a_bystander_spoke_is_the_main_figure_named_since(nlp):
    text = ("Mayor faces protest\nMayor Paulo Veres faced protesters on Monday. Veres spoke for an hour. "
            "Veres promised new housing. Veres left at noon.\n\n"
            "“It was a disgrace,” the organiser, Rui Campos, told reporters.\n\n"
            "The anger is so plain that Veres was asked about it on Tuesday. He said he had not seen the protest.\n")
    doc = claimgraph.extract(text)
    assert speaker_of(doc, "It was a disgrace").name == "Rui Campos"
    assert speaker_of(doc, "had not seen the protest").name == "Paulo Veres"


@pytest.mark.parametrize("text, country", [
    ("Bridge\nTAMALE, Ghana, Sept 18 (Wire) - The bridge fell.", "GHA"),  # the country after an unknown place
    ("Bronze\nBENIN CITY, Nigeria, Nov 5 (Wire) - A head came home.", "NGA"),  # not the Benin in the city's name
    ("Vote\nASUNCIÓN, May 2 — The count went on.", "PRY"),
    ("Talks\nWASHINGTON/KUALA LUMPUR (Reuters) - The talks went on.", None),
    ("Derby\nKUMASI, Sept 18 (Wire) - The club lost.", "GHA"),  # a city, not a capital
    ("Shares\nMUMBAI: Shares of Acme fell 6 per cent.", "IND"),  # the colon form
    ("Derby\nHAMILTON, Sept 18 (Wire) - The club lost.", None),  # a city of two countries
])
def test_the_datelines_country(text, country):
    from claimgraph.actors.resolve import home_country
    from claimgraph.layout import datelines

    assert home_country(text, datelines(text)) == country


def test_a_dateline_is_parsed_apart_from_the_story_it_opens():
    import claimgraph
    from claimgraph import nlp as nlp_mod

    text = "Bridge\nTAMALE, Ghana, Sept 18 (Wire) - The builder used weak concrete, engineers said on Monday.\n"
    assert list(nlp_mod.chunks(text)) == ["Bridge\n", "TAMALE, Ghana, Sept 18 (Wire) - ",
                                          "The builder used weak concrete, engineers said on Monday.\n"]
    assert "".join(nlp_mod.chunks(text)) == text
    # parsed with its dateline, "TAMALE" was the subject of "said" and the lede reported nothing
    st = claimgraph.extract(text).statements
    assert [(s.cue, s.content) for s in st] == [("said", "The builder used weak concrete")]


def test_a_related_link_is_no_story_text():
    text = ("Title\nThe minister resigned, officials said.\n\nRelated: Traders told to vacate the market by March\n\n"
            "The party will meet on Friday.\n")
    assert [text[a:b] for a, b in footers(text)] == ["Related: Traders told to vacate the market by March"]
    assert not any("vacate" in s.content for s in claimgraph.extract(text).statements)


def _countries(text: str) -> dict[str, str | None]:
    return {a.name: a.country for a in claimgraph.extract(text).actors}


def test_a_story_without_dateline_is_where_its_places_are():
    # a bylined local paper: the places it names are one country's, and so are its people
    text = ("Club owner says final was fixed\n\nBy Ama Boateng\n\n"
            "The owner of Royals FC, Kojo Mensah, told reporters in Kumasi on Monday that the referee had been paid. "
            "Federation president Yaw Owusu denied it at a news conference in Accra.\n\n"
            "Sports minister Efua Sarpong said the ministry would wait for the inquiry.\n")
    got = _countries(text)
    assert got["Kojo Mensah"] == "GHA" and got["Yaw Owusu"] == "GHA" and got["Efua Sarpong"] == "GHA"
    assert got["Kumasi"] == "GHA"  # a city named alone is its country's


def test_a_credit_lines_place_is_where_the_story_is_filed():
    # the byline is no story text, but its place is where the writer files from
    text = ("Rugby union accused of hiding data\n\nBy Hannah Kerr | Pacific Sports Wire | Wellington\n\n"
            "A former team doctor, Simon Fairbairn, accused the Aotearoa Rugby Union of hiding concussions. "
            "The union's chief executive, Grant Whitcombe, said nothing had been hidden.\n")
    got = _countries(text)
    assert got["Simon Fairbairn"] == "NZL" and got["Grant Whitcombe"] == "NZL"
    assert "Hannah Kerr" not in got
    # a writer's name is no place, whatever the tagger says ("Chad")
    got = _countries("Hearing set\n\nCommittee chairman Jim Colby said the hearing would be public. Lawyer Abe Lowe "
                     "said his client would testify.\n\n[Fox News' Chad Pergram and David Spunt contributed to this report.]\n")
    assert got["Jim Colby"] is None and got["Abe Lowe"] is None


@pytest.mark.parametrize("text, people", [
    # places of two countries, as many of each
    ("Talks stall\n\nBy Ama Boateng\n\nTrade minister Kojo Mensah met envoys in Accra and Lagos on Monday. "
     "Ghana and Nigeria have argued over the border for years, Yaw Owusu said.\n", ["Kojo Mensah", "Yaw Owusu"]),
    # one place: "a Singapore-based developer" is where a party is from, not where the story is
    ("Mayor denies rigging sale\n\nBy Kate Doyle\n\nMayor Tony Brancato denied steering the sale to a "
     "Singapore-based developer, councillor Jo Reed said on Monday.\n", ["Tony Brancato", "Jo Reed"]),
])
def test_places_that_settle_no_home_give_a_storys_people_no_country(text, people):
    got = _countries(text)
    assert [got[p] for p in people] == [None] * len(people)


@pytest.mark.parametrize("name, country", [("Kumasi", "GHA"), ("Port Moresby", "PNG"), ("Mérida", None),
                                           ("Hamilton", None), ("Pune", "IND"), ("kumasi.", "GHA")])
def test_a_city_names_its_country_unless_two_share_it(name, country):
    from claimgraph.actors.coding import city_country

    assert city_country(name) == country


def test_a_peoples_adjective_in_a_name_places_no_story():
    # "Radical French" taken for a body names a people, not a place: one French place is too little
    from claimgraph.actors.coding import place_country

    assert place_country("Radical French") is None and place_country("Ghana Football Federation") == "GHA"
    got = _countries("Farmers protest\n\nRadical French farmers said on Friday they would blockade Paris "
                     "from Monday night.\n")
    assert got.get("Radical French") is None


def test_a_country_the_lexicon_knows_with_the_article_still_places_a_dateline():
    from claimgraph.actors.resolve import home_country
    from claimgraph.layout import datelines

    text = "Boat fired on\nMANILA, Philippines, June 9 (Wire) - The navy denied it.\n"
    assert home_country(text, datelines(text)) == "PHL"


@pytest.mark.parametrize("para, dateline", [
    ("Velmar (AFP) - Ostria's main opposition party accused the government.", "Velmar (AFP) - "),
    ("Tbilisi, Georgia – The government has blamed provocateurs.", "Tbilisi, Georgia – "),
    ("Riga (Reuters) - Latvia said the talks would resume.", "Riga (Reuters) - "),
    # a title-case word and a dash with no agency or country is no dateline
    ("Meanwhile, Smith – who was there – said nothing.", ""),
    ("Boris Ostrander - the former mayor - said it was over.", ""),
])
def test_a_dateline_written_in_title_case_with_its_agency_or_country(para, dateline):
    from claimgraph.layout import dateline_at

    assert para[: dateline_at(para)] == dateline


def test_a_title_case_dateline_is_not_the_speaker_nor_its_agency_the_country(nlp):
    import claimgraph

    doc = claimgraph.extract("Dispatch\n\nVelmar (AFP) - Ostria's main opposition party accused the government of "
                             "planning to close the public broadcaster.\n")
    speaker = doc.actor(doc.statements[0].speaker)
    assert speaker.country != "FRA" and "AFP" not in speaker.name
