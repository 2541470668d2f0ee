"""Attributions beyond the cue lexicon: the learned cue model, the rule
filter, parenthetical cues, transcript lines and content tails. Sentences
are ours."""

import pytest

import claimgraph
from claimgraph.attribution import learned
from claimgraph.attribution.quotes import find_quotes
from claimgraph.attribution.rules import cut_tail, find_statements, find_subject
from claimgraph.attribution.transcript import transcript_lines


@pytest.fixture(scope="module")
def extract(nlp):
    return lambda text: claimgraph.extract(text)


def contents(doc):
    return {s.content: s for s in doc.statements}


def speaker(doc, s):
    a = doc.actor(s.speaker)
    return a.name if a else None


def test_model_file_loads_and_scores_in_range():
    m = learned.model()
    assert m.weights and 0.0 < m.threshold < 1.0
    p = learned.probability(["lemma=propose", "kind=dobj", "subj=ent:PERSON"])
    assert 0.0 <= p <= 1.0
    # a speech-act verb with a named subject scores above a verb of motion
    assert learned.probability(["lemma=propose", "kind=dobj"]) > learned.probability(["lemma=walk", "kind=dobj"])


def test_act_verbs_outside_the_lexicon_are_attributed(extract):
    doc = extract("Harbor\n\nThe governor of Lorvia proposed a new tax on imported steel during a visit to the port.\n")
    s = contents(doc).get("a new tax on imported steel")
    assert s is not None, [x.content for x in doc.statements]
    assert s.kind == "indirect"
    assert "governor" in (speaker(doc, s) or "").lower()


def test_plain_events_are_not_attributions(extract):
    doc = extract("Harbor\n\nThe ferry left the harbor at noon. The crew walked to the dock.\n")
    assert doc.statements == []


def test_parenthetical_cue_takes_the_clause_on_both_sides(extract):
    doc = extract("Museum\n\nThe museum, Mayor Ana Pirell said, would open next spring.\n")
    s = doc.statements[0]
    assert s.content.startswith("The museum") and s.content.endswith("next spring")
    assert speaker(doc, s) == "Ana Pirell"


def test_fragment_before_its_cue(extract):
    doc = extract("Ports\n\nDana Oster runs the port.\n\nPeople like her, Oster said.\n")
    assert "People like her" in contents(doc)


def test_transcript_lines_are_direct_speech(extract):
    text = (
        "Interview\n\nJake Morrow spoke with Governor Lina Varga on Sunday.\n\n"
        "MORROW: Do you think the harbor deal will pass this year?\n\n"
        "VARGA: I think it will pass, and the port will grow.\n\n"
        "UPDATE: This story was changed to add the governor's answer.\n"
    )
    doc = extract(text)
    got = contents(doc)
    assert got["Do you think the harbor deal will pass this year?"].kind == "direct"
    varga = got["I think it will pass, and the port will grow."]
    assert speaker(doc, varga) == "Lina Varga"
    assert not any("This story was changed" in c for c in got)


def test_transcript_label_needs_a_name(nlp):
    text = "Notes\n\nBACKGROUND: The harbor has been closed for a week.\n\nPRICES: Steel rose in May.\n"
    doc = nlp(text)
    assert transcript_lines(doc, text) == []


def test_trailing_aside_is_cut(nlp):
    text = "Aside\n\nThe mayor praised the harbor board, which has run the port since 1998.\n"
    doc = nlp(text)
    doc.user_data["claimgraph_text"] = text
    start = text.index("the harbor board")
    end = text.index("1998") + 4
    a, b = cut_tail(doc, start, end, [])
    assert text[a:b] == "the harbor board"


def test_a_trailing_participle_set_off_by_a_comma_is_cut(nlp):
    text = "Poll\n\nVoters said they had an unfavorable view of the mayor, surpassing the record set in 1998.\n"
    doc = nlp(text)
    doc.user_data["claimgraph_text"] = text
    start = text.index("they had")
    a, b = cut_tail(doc, start, text.index("1998") + 4, [])
    assert text[a:b] == "they had an unfavorable view of the mayor"


def test_rule_filter_keeps_quotations(nlp):
    text = "Quotes\n\n“We will not sell the port,” the mayor said on Tuesday.\n"
    doc = nlp(text)
    doc.user_data["claimgraph_text"] = text
    quotes = find_quotes(text)
    raws = find_statements(doc, quotes)
    assert raws and learned.filter_rules(raws, quotes) == raws


def test_headline_source_and_colon(extract):
    doc = extract("Poll: Harbor voters turn against the toll plan.\n\nA survey of 900 residents was published on Monday.\n")
    s = contents(doc)["Harbor voters turn against the toll plan"]
    assert speaker(doc, s) == "Poll" and s.cue == ":"
    doc = extract("The Latest: Harbor toll plan goes to a vote.\n\nCouncil members met on Monday.\n")
    assert "Harbor toll plan goes to a vote" not in contents(doc)


def test_definite_description_refers_to_its_own_description(extract):
    text = ("Harbor\n\nMayor Lina Varga opened the new pier on Monday.\n\n"
            "One former employee said the pier had been rushed. "
            "The former employee added that inspections were skipped.\n\n"
            "The Aquarium denied the claims.\n\n"
            "The mayor said the pier was safe.\n")
    doc = extract(text)
    got = contents(doc)
    assert speaker(doc, got["inspections were skipped"]) == "former employee"
    assert speaker(doc, got["the pier was safe"]) == "Lina Varga"
    denied = next(s for s in doc.statements if s.cue == "denied")
    assert speaker(doc, denied) != "Lina Varga"


def test_a_date_is_not_part_of_the_speaker(extract):
    doc = extract("Deal\n\nThe port deal values the harbor at $1 billion, according to a release Wednesday.\n")
    s = doc.statements[0]
    assert s.cue.lower() == "according to"
    assert speaker(doc, s) == "release"


def test_verb_with_its_own_object_does_not_take_the_quote_before_it(extract):
    doc = extract("Mayor on trade\n\nShe says she likes the port and \"the port likes me,\" "
                  "but she also accuses the harbour board of wasting public money.\n")
    accuse = [s for s in doc.statements if s.cue.startswith("accuse")]
    assert accuse and all("wasting public money" in s.content for s in accuse)
    assert not any("the port likes me" in s.content for s in accuse)


def test_opening_time_clause_is_not_the_content(extract):
    doc = extract("Council vote\n\nAs the crowd filed out of the hall after the long meeting, "
                  "Councillor Ruth Hale defended her decision to close the library.\n")
    defended = [s for s in doc.statements if "defended" in s.cue]
    assert all("crowd" not in s.content for s in defended)


def test_sentence_resumes_after_a_parenthetical_cue(extract):
    doc = extract("Budget talks\n\nThe budget will pass next week, the treasurer said, "
                  "because both parties have agreed on the tax changes.\n")
    said = [s for s in doc.statements if s.cue == "said"]
    assert said and "both parties have agreed" in said[0].content
    assert said[0].content.startswith("The budget will pass")


def test_cue_that_starts_its_own_act_ends_the_content(extract):
    doc = extract("Budget talks\n\nThe budget will pass next week, she said, adding that nobody wants a delay.\n")
    said = [s for s in doc.statements if s.cue == "said"]
    assert said and "nobody wants" not in said[0].content


def candidates_of(nlp, text: str, word: str) -> list:
    doc = nlp(text)
    doc.user_data["claimgraph_text"] = text
    return [c for c in learned.candidates(doc, find_quotes(text), set()) if c.verb.text == word]


def test_participle_takes_the_holder_of_its_clause(nlp):
    text = "The senator left the hall, promising to block the new mining law."
    promising = candidates_of(nlp, text, "promising")
    assert promising and promising[0].subject.text == "senator"
    assert text[promising[0].content[0]:promising[0].content[1]].startswith("to block")


def test_participle_after_a_preposition_takes_the_holder_of_its_clause(nlp):
    text = "The mayor tried to calm the town by pledging a full review of the police."
    pledging = candidates_of(nlp, text, "pledging")
    assert pledging and pledging[0].subject.text == "mayor"
    assert text[pledging[0].content[0]:pledging[0].content[1]] == "a full review of the police"


def test_noun_modified_by_a_participle_holds_its_act(nlp):
    alleging = candidates_of(nlp, "Reports alleging fraud at the agency spread quickly.", "alleging")
    assert alleging and alleging[0].subject.text == "Reports"


def test_as_clause_reports_the_clause_it_hangs_on(extract):
    doc = extract("Harbour\n\nAs the Coastal Ledger reported, the harbour board spent twice its budget last year.\n"
                  "The port will close in May, as the mayor noted on Friday.\n")
    by_cue = {s.cue: s for s in doc.statements}
    assert "the harbour board spent twice its budget" in by_cue["reported"].content
    assert by_cue["noted"].content.startswith("The port will close")
    assert "mayor" not in by_cue["noted"].content


def test_a_clause_after_the_cue_wins_over_one_before_it(extract):
    doc = extract("Harbor\n\nThe nominee continues to insist, most recently in a radio interview, "
                  "that he really wants to release his records.\n")
    got = [x.content for x in doc.statements if x.cue == "wants"]
    assert got == ["to release his records"], [(x.cue, x.content) for x in doc.statements]


def test_a_quotation_before_the_cue_wins_over_a_misparsed_clause_after_it(extract):
    doc = extract("Harbor\n\n“It is finished,” she said of the vote, in which she was sure the mayor would win.\n")
    assert "It is finished" in {x.content.strip(",") for x in doc.statements}, [x.content for x in doc.statements]


def test_an_infinitive_after_the_cue_keeps_the_aside_before_it_out(extract):
    doc = extract("Harbor\n\nJust yesterday, can you believe it, the mayor urged the council to delay the vote.\n")
    got = [x.content for x in doc.statements if x.cue == "urged"]
    assert got == ["to delay the vote"] or got == ["the council to delay the vote"], got


def test_a_subordinate_verb_does_not_report_the_main_clause(extract):
    doc = extract("Harbor\n\nAt the moment the senator announced her candidacy last spring, "
                  "her rival was holding a meeting in his office.\n")
    assert not any("meeting" in x.content for x in doc.statements), [(x.cue, x.content) for x in doc.statements]


def test_a_quotation_after_another_clause_is_that_clause_s(extract):
    doc = extract('Harbor\n\nAs the mayor attacked the plan, the crowd chanted, "Stop the tax now!"\n')
    cues = {x.cue for x in doc.statements if x.content == "Stop the tax now!"}
    assert cues == {"chanted"}, [(x.cue, x.content) for x in doc.statements]


def test_a_title_in_quotes_is_not_the_speech_of_the_next_verb(extract):
    doc = extract("Harbor\n\nAt an event billed as “Jobs for Everyone,” the governor unveiled a plan to fix the roads.\n")
    assert not any(x.content == "Jobs for Everyone" for x in doc.statements), [x.content for x in doc.statements]


def test_a_dash_signature_after_a_no_break_space(extract):
    doc = extract("Voices\n\n“We have waited far too long for this bridge to open.”\u00a0― Maria Lopez\n")
    s = next((x for x in doc.statements if x.content.startswith("We have waited")), None)
    assert s is not None and speaker(doc, s) == "Maria Lopez", [x.content for x in doc.statements]


def test_a_name_and_colon_title_yields_one_statement(extract):
    doc = extract("Maria Lopez: The new bridge will open before winter\n\nShe spoke to reporters on Monday.\n")
    got = [(x.cue, x.content) for x in doc.statements if x.content.startswith("The new bridge")]
    assert got == [(":", "The new bridge will open before winter")], [(x.cue, x.content) for x in doc.statements]


def test_a_quotation_goes_on_past_a_show_title_in_its_cue_clause(extract):
    doc = extract("Harbor\n\n“We will publish the accounts,” the mayor said during an interview on “Meet the Harbor” "
                  "Sunday. “Nothing is hidden, and nothing will be.”\n")
    said = [x for x in doc.statements if x.cue == "said"]
    assert len(said) == 1 and "Nothing is hidden" in said[0].content, [(x.cue, x.content) for x in doc.statements]


def test_a_cue_deep_in_the_cue_clause_does_not_split_the_quotation(extract):
    doc = extract("Harbor\n\n“Who is the real spender here?” said Ruiz, using a word the mayor has used to describe "
                  "the council, on a call with reporters. “The council has no plan at all.”\n")
    said = next(x for x in doc.statements if x.cue == "said")
    assert "no plan at all" in said.content, [(x.cue, x.content) for x in doc.statements]


def test_a_second_cue_that_opens_the_next_quotation_keeps_it(extract):
    doc = extract("Harbor\n\n“We will win the vote,” she said, adding: “The harbor is ours.”\n")
    got = {x.cue: x.content for x in doc.statements}
    assert got.get("said") == "We will win the vote" and got.get("adding") == "The harbor is ours", got


def test_a_conjoined_clause_stays_in_the_reported_clause(extract):
    doc = extract("Harbor\n\nThe chief said officers will wear body cameras and many will ride bikes to look less stern.\n")
    said = next(x for x in doc.statements if x.cue == "said")
    assert said.content.endswith("to look less stern"), said.content


def test_a_film_title_after_a_verb_is_not_its_speech(extract):
    doc = extract("Harbor\n\nThe group premiered an hour-long film, “Citizen Ruiz,” in which the mayor sits in a chair.\n"
                  "“Stop,” the mayor said.\n")
    assert not any(x.content == "Citizen Ruiz" for x in doc.statements), [(x.cue, x.content) for x in doc.statements]
    assert any(x.content == "Stop" and x.cue == "said" for x in doc.statements), [(x.cue, x.content) for x in doc.statements]


def raw_statements(nlp, text: str) -> list:
    doc = nlp(text)
    doc.user_data["claimgraph_text"] = text
    return find_statements(doc, find_quotes(text))


def described(text: str, raws: list) -> list[tuple[str, str, str]]:
    return [(r.speakers[0].text, r.cue.text, text[r.content[0]:r.content[1]]) for r in raws]


def test_a_sentence_opened_by_its_source_reports_what_follows(nlp):
    text = "In the latest Harbor Gazette poll, Mayor Ruiz leads her rival by nine points."
    assert ("the latest Harbor Gazette poll", "In", "Mayor Ruiz leads her rival by nine points") in described(
        text, raw_statements(nlp, text))
    text = "To many voters, the new levy is a betrayal of the valley."
    assert ("many voters", "To", "the new levy is a betrayal of the valley") in described(text, raw_statements(nlp, text))
    text = "In the eyes of many traders, the new levy is a betrayal of the valley."
    assert ("many traders", "In", "the new levy is a betrayal of the valley") in described(text, raw_statements(nlp, text))


@pytest.mark.parametrize("text", [
    "In Lorvia, the race for mayor is tight this year.",  # a place
    "In the spring, the council closed the harbor for repairs.",  # a time
    "For years, the plant stood empty by the river.",  # "for": a scene, not a view
    "In a statement, the company said the plant would reopen.",  # the verb is the cue
    "In the end, the plant stood empty by the river.",  # no source
    "In the view, the harbor looked calm that morning.",  # a view with no holder
])
def test_scene_openers_are_no_source(nlp, text):
    assert not [r for r in raw_statements(nlp, text) if r.cue.pos_ == "ADP"], described(text, raw_statements(nlp, text))


def test_according_to_inside_a_quotation_is_the_speaker_s_own_words(nlp):
    text = "“It goes according to the seasons,” said Mara Voss, a retired ferry pilot."
    raws = raw_statements(nlp, text)
    assert not [r for r in raws if r.cue.lower_ == "according"], described(text, raws)
    assert any(r.speakers[0].text.endswith("Mara Voss") for r in raws), described(text, raws)


@pytest.mark.parametrize(("text", "holder"), [
    ("Senator Okafor is a fierce critic of the harbor deal.", "Okafor"),
    ("The mayor, a longtime backer of the tram line, spoke first.", "mayor"),
])
def test_a_side_taking_noun_is_a_candidate_of_its_holder(nlp, text, holder):
    doc = nlp(text)
    doc.user_data["claimgraph_text"] = text
    got = [c for c in learned.candidates(doc, find_quotes(text), set()) if c.verb.pos_ == "NOUN"]
    assert got and got[0].subject.text == holder
    assert text[got[0].content[0]:got[0].content[1]].endswith(("harbor deal", "tram line"))


def test_other_nouns_after_a_copula_are_no_candidates(nlp):
    text = "Senator Okafor is a member of the harbor board."
    doc = nlp(text)
    doc.user_data["claimgraph_text"] = text
    assert not [c for c in learned.candidates(doc, find_quotes(text), set()) if c.verb.pos_ == "NOUN"]


def test_a_transcript_speaker_named_in_full_once_then_by_surname(nlp):
    text = (
        "Debate night\n\nDANA OKAFOR: Why not hold another debate?\n\n"
        "PIET LANGE: Because the mayor refuses to meet voters in the valley.\n\n"
        "OKAFOR: The mayor says she will meet them next week.\n\n"
        "LANGE: She said that last month too.\n"
    )
    lines = transcript_lines(nlp(text), text)
    labels = [text[a:b] for (a, b), _w, _c in lines]
    assert labels == ["DANA OKAFOR", "PIET LANGE", "OKAFOR", "LANGE"]


def test_headline_source_named_with_its_outlet(extract):
    doc = extract("Harbor Gazette editorial: The tram line must be built now\n\n"
                  "The council votes on the tram line on Tuesday.\n")
    s = contents(doc)["The tram line must be built now"]
    assert s.cue == ":" and speaker(doc, s) == "Harbor Gazette"
    # a section label before a colon is no source
    doc = extract("Bottom line: The tram line must be built now\n\nThe council votes on Tuesday.\n")
    assert "The tram line must be built now" not in contents(doc)


def test_a_paragraph_after_a_lead_in_colon_is_quoted_as_a_block(extract):
    text = ("Harbour\n\nCouncillor Dana Okafor spoke at the pier on Monday. Okafor added:\n\n"
            "This toll is a tax on every family in the valley. The mayor says it pays for the tram, "
            "but nobody believes that.\n\n"
            "The Harbour Gazette reported on Tuesday:\n\nThe ferry line will be sold to a firm from Oslo.\n\n"
            "The plan has three parts:\n\nA new pier, a tram line and a toll.\n\n"
            "The mayor said the toll has two aims:\n\nTo pay for the tram and to cut traffic.\n")
    doc = extract(text)
    got = contents(doc)
    block = got["This toll is a tax on every family in the valley. The mayor says it pays for the tram, but nobody believes that"]
    assert block.kind == "direct" and speaker(doc, block) == "Dana Okafor"
    # what the speaker reports inside the block is part of their words, not a statement of its own
    inner = got.get("it pays for the tram")
    assert inner is None or inner.parent is not None
    assert speaker(doc, got["The ferry line will be sold to a firm from Oslo"]) == "Harbour Gazette"
    # no verb of speech, or a verb with its own content: the paragraph after the colon is not quoted
    assert not any(c.startswith(("A new pier", "To pay for the tram")) for c in got)
    assert "the toll has two aims" in got


def test_a_quoted_modifier_of_the_object_is_not_direct_speech(extract):
    doc = extract("Banks\n\nThe board wants to stop banks from charging \u201cunfair and hidden\u201d fees to savers. "
                  "The mayor said \u201cwe will win\u201d on Monday.\n")
    got = contents(doc)
    assert "unfair and hidden" not in got or got["unfair and hidden"].kind != "direct"
    assert got["we will win"].kind == "direct"


@pytest.mark.parametrize(("sentence", "who", "said", "then", "content"), [
    ("Mayor Lina Varga said the tram plan had failed, citing the late budget.", "Lina Varga",
     "the tram plan had failed", "citing", "the late budget"),
    # "resume" is no cue of its own here, so the participle is still the minister's
    ("The minister said the talks would resume, adding that no date was set.", "minister",
     "the talks would resume", "adding", "no date was set"),
])
def test_a_participle_after_the_reported_clause_is_the_speakers_next_act(extract, sentence, who, said, then, content):
    doc = extract(f"Harbour\n\n{sentence}\n")
    got = contents(doc)
    assert speaker(doc, got[said]) == who
    assert got[content].cue == then and speaker(doc, got[content]) == who


def test_a_gerund_is_what_a_denial_reports_and_the_quotation_is_the_next_cues(extract):
    doc = extract("Harbour\n\nMayor Lina Varga denied taking bribes from the ferry firm, telling reporters, "
                  "\u201cI never took a cent from anyone.\u201d Piet Lange admitted lying to the port board. "
                  "Dana Okafor recalled thinking, \u201cThis pier will never open.\u201d\n")
    got = contents(doc)
    denial = got["taking bribes from the ferry firm"]
    assert denial.cue == "denied" and denial.stance == "deny" and speaker(doc, denial) == "Lina Varga"
    quote = got["I never took a cent from anyone"]
    assert quote.cue == "telling" and speaker(doc, quote) == "Lina Varga"
    assert [s.cue for s in doc.statements if s.content == quote.content] == ["telling"]
    assert got["lying to the port board"].cue == "admitted"
    assert speaker(doc, got["This pier will never open"]) == "Dana Okafor"


def test_a_person_named_in_a_clause_about_the_speaker_is_not_the_speaker(extract):
    doc = extract("Harbour\n\nIn Velmar, the number of dock workers who backed councillor Lina Varga but said "
                  "they would strike again is growing.\n")
    s = next(s for s in doc.statements if s.cue == "said")
    assert speaker(doc, s) != "Lina Varga" and "workers" in speaker(doc, s)


def test_a_pipe_ends_a_headline_content(extract):
    doc = extract("Mayor Lina Varga says tram plan will cost $3 billion | Harbour Gazette\n\nThe council met on Monday.\n")
    s = next(s for s in doc.statements if s.cue == "says")
    assert s.content == "tram plan will cost $3 billion"


def test_the_one_asked_is_not_the_one_who_asks(extract):
    doc = extract("Harbour\n\nAsked whether the toll could rise again, Mayor Lina Varga said the budget was sound.\n")
    assert [s.cue for s in doc.statements if speaker(doc, s) == "Lina Varga"] == ["said"]


def test_a_role_description_refers_to_a_person_of_its_gender(extract):
    # the first lady spoke last, but "the congressman" is the man she greeted
    doc = extract("Harbour\n\nRep. Andy Lange won again on Sunday.\n\nWhen New Jersey first lady Tammy Okafor walked "
                  "up to Rep. Andy Lange last weekend to congratulate him with a handshake, the crowd cheered.\n\n"
                  "Lange has fueled sudden momentum for the mild-mannered three-term congressman, who is mounting "
                  "a more formidable challenge than is typical.\n")
    s = next(s for s in doc.statements if s.cue == "mounting")
    assert speaker(doc, s) == "Andy Lange"


@pytest.mark.parametrize(("text", "country", "sector"), [
    ("The Velmar Republic military announced four airstrikes near the pier.", None, "MIL"),
    ("The U.S. military announced four airstrikes near the pier.", "USA", "MIL"),
])
def test_a_body_named_after_its_country_is_the_body(extract, text, country, sector):
    doc = extract(f"Harbour\n\n{text}\n")
    a = doc.actor(doc.statements[0].speaker)
    assert a.sector == sector and (country is None or a.country == country)


@pytest.mark.parametrize(("text", "who"), [
    ("Just one in four voters (24%) think the tram is worth its cost.", "one in four voters"),
    ("The Congress of Harbour Unions (CHU) said the strike would go on.", "Congress of Harbour Unions"),
])
def test_a_parenthesis_after_the_speaker_is_an_aside(extract, text, who):
    doc = extract(f"Harbour\n\n{text}\n")
    s = doc.statements[0]
    assert speaker(doc, s).endswith(who) and "(" not in speaker(doc, s)


def test_an_organisation_speaks_as_it(extract):
    text = ("Harbour\n\nThe Velmar Port Authority issued a statement on Monday. It said the north pier would "
            "close in May, and it added that fees would not rise.\n\n"
            "Tolls will double next year, according to the Harbour Gazette. The ferry line will be sold, it reported.\n")
    doc = extract(text)
    got = contents(doc)
    assert speaker(doc, got["the north pier would close in May"]) == "Velmar Port Authority"
    assert speaker(doc, got["fees would not rise"]) == "Velmar Port Authority"
    assert speaker(doc, got["The ferry line will be sold"]) == "Harbour Gazette"


def test_it_refers_back_to_a_document_that_spoke_just_before(extract):
    filler = "The pier was built in 1911 and rebuilt twice. Fishing boats still use its south side. " * 4
    text = ("Harbour\n\nThe ferry will stop in May, according to a statement from the port. "
            "It said fares would be refunded.\n\n" + filler + "\n\nIt warned that the pier is unsafe.\n")
    doc = extract(text)
    got = contents(doc)
    assert speaker(doc, got["fares would be refunded"]) == speaker(doc, got["The ferry will stop in May"]) == "statement from the port"
    # far from any source that spoke, "it" may be anything: no statement
    assert "the pier is unsafe" not in got


@pytest.mark.parametrize("sentence", [
    "It is easy to dismiss the tram plan as a dream.",
    "It is important to note that the pier is closed.",
    "If the audit is wrong, it threatens to sink the tram plan.",
    "The audit was late, even though it contradicted the mayor.",
])
def test_an_it_that_is_no_source_makes_no_statement(extract, sentence):
    doc = extract(f"Harbour\n\nThe council met on Monday. {sentence}\n")
    assert not doc.statements, [(s.cue, s.content) for s in doc.statements]


@pytest.mark.parametrize("source", ["Experts", "Insiders", "Analysts", "Tram camp"])
def test_a_plural_or_group_source_opens_a_headline(extract, source):
    # the list has "experts" and the parser's lemma is "expert": both forms count
    doc = extract(f"{source}: The Velmar tram line will not open before 2031\n\nThe council met on Monday.\n")
    s = contents(doc)["The Velmar tram line will not open before 2031"]
    assert s.cue == ":" and s.speaker is not None


def test_a_transcript_label_may_be_the_surname_of_a_person_named_before(nlp):
    text = (
        "Radio hour\n\nThe host Dana Okafor spoke with the economist Piet Lange on Tuesday.\n\n"
        "Okafor: Will the harbour toll pay for the tram line?\n\n"
        "Lange: Only if the council raises it twice, and it will not.\n\n"
        "Tolls: The council sets them every spring in a public vote.\n"
    )
    lines = transcript_lines(nlp(text), text)
    assert [text[a:b] for (a, b), _w, _c in lines] == ["Okafor", "Lange"]


@pytest.mark.parametrize(("text", "answer", "who"), [
    ("Asked if the toll was fair, 46 percent of voters said yes.", "yes", "46 percent of voters"),
    ("Asked if he had met the envoy, the mayor said no.", "no", "the mayor"),
    ("Most farmers back the levy, and 26 percent of traders said the same about the toll.",
     "the same about the toll", "26 percent of traders"),
])
def test_a_one_word_answer_is_what_was_said(nlp, text, answer, who):
    assert (who, "said", answer) in described(text, raw_statements(nlp, text))


def test_saying_no_to_something_is_no_answer(nlp):
    text = "The senator said no to the war in the valley."
    assert not [r for r in raw_statements(nlp, text) if text[r.content[0]:r.content[1]] == "no"]


@pytest.mark.parametrize("text", [
    "The council denied them a new permit for the harbor.",
    "The court denied bail to the ferry captain.",
    "The ferry captain was denied bail.",
])
def test_deny_with_two_objects_withholds_and_reports_no_denial(nlp, text):
    assert not [r for r in raw_statements(nlp, text) if r.stance == "deny"], described(text, raw_statements(nlp, text))


def test_deny_with_a_clause_or_one_object_is_a_denial(nlp):
    for text in ("The ministry denied that it had sold drones to Lorvia.", "The ministry denied the report."):
        assert [r for r in raw_statements(nlp, text) if r.stance == "deny"], text


def test_an_including_list_stays_in_the_content(nlp):
    text = "Aside\n\nThe auditor said hackers reached 12 office computers, including those of two judges.\n"
    doc = nlp(text)
    doc.user_data["claimgraph_text"] = text
    start = text.index("hackers")
    end = text.index("judges") + len("judges")
    assert cut_tail(doc, start, end, []) == (start, end)


@pytest.mark.parametrize("text, content", [
    ("The mayor of Vell laughed off rumours that he would resign.", "he would resign"),
    ("The Lorvian bank rubbished reports that it will close its branches.", "it will close its branches"),
    ("The ministry played down reports of a grain shortage.", "reports of a grain shortage"),
    ("The minister waved off talk of a snap election.", "talk of a snap election"),
    ("The party ruled out a coalition with the Greens.", "a coalition with the Greens"),
    # a label that calls the claim false makes a denial, and leaves the content
    ('The ministry dismissed suggestions that its troops had crossed the river as "nonsense."',
     "its troops had crossed the river"),
    ("The council rejected reports that it had sold the dam to a private firm as baseless.",
     "it had sold the dam to a private firm"),
    ("The spokesman called the reports false and misleading.", "the reports"),
    ("The mayor described the allegations as fabricated.", "the allegations"),
    ("The mayor denounced the accusations as a pack of lies.", "the accusations"),
    # a story made up: "a fairy tale", "scaremongering"
    ('The hoteliers\' chairman responded by calling the allegations "a winter fairy tale".', "the allegations"),
    ("The minister described the warnings as pure scaremongering.", "the warnings"),
    # figures keep the label they were given: alone they say nothing of what is disputed
    ('The ministry rejected the audit, calling its figures "inaccurate and misleading".',
     'its figures "inaccurate and misleading"'),
])
def test_dismissals_and_false_labels_are_denials(nlp, text, content):
    found = [(text[r.content[0]:r.content[1]], r.stance) for r in raw_statements(nlp, text)]
    assert (content, "deny") in found, found


@pytest.mark.parametrize("text", [
    "The children laughed off the rain at the fair.",
    "The striker shrugged off the injury.",
    "The minister brushed off the reporters.",
    "Border guards shot down a drone over the lake.",
])
def test_a_dismissal_of_something_that_is_no_claim_reports_nothing(nlp, text):
    assert not [r for r in raw_statements(nlp, text) if r.stance == "deny"], described(text, raw_statements(nlp, text))


@pytest.mark.parametrize("text, who", [
    ("VELL, Lorvia — Local farmers said the bridge will close.", "Local farmers"),
    ("KYIV, Ukraine — Ukraine's foreign minister said the bridge will close.", "Ukraine's foreign minister"),
    ("BRUSSELS - European leaders said the bloc would act.", "European leaders"),
])
def test_a_dateline_is_not_the_speaker(nlp, text, who):
    assert [r.speakers[0].text for r in raw_statements(nlp, text)] == [who]


def test_a_dash_inside_a_name_or_an_aside_is_no_dateline(nlp):
    for text, who in (("The U.S.-China council said the talks will resume.", "The U.S.-China council"),
                      ("NATO leaders said the talks will resume.", "NATO leaders")):
        assert [r.speakers[0].text for r in raw_statements(nlp, text)] == [who]


@pytest.mark.parametrize("text", [
    "The senator called the decision wrong.",
    "She described the plan as a bold move.",
    "The Pentagon could not confirm reports that the drones were fake.",
])
def test_a_label_that_is_no_falsity_or_not_of_a_claim_stays_as_it_was(nlp, text):
    found = [(text[r.content[0]:r.content[1]], r.stance) for r in raw_statements(nlp, text)]
    assert found and all(stance != "deny" for _c, stance in found), found
    assert any(c.endswith(("wrong", "bold move", "were fake")) for c, _s in found), found


def test_the_holder_of_a_claim_labelled_false_keeps_the_claim_without_the_label(extract):
    doc = extract('Talks\n\nThe ministry dismissed Lorvian suggestions that its troops had crossed the river as "nonsense."\n')
    sides = {(speaker(doc, s), s.stance) for s in doc.statements if s.content == "its troops had crossed the river"}
    assert ("ministry", "deny") in {(n.split()[-1] if n else n, st) for n, st in sides}, sides
    assert any(st == "assert" for _n, st in sides), sides


def test_a_confession_is_a_statement(nlp):
    text = "Mara Lind confessed that her record time was a hoax."
    assert [text[r.content[0]:r.content[1]] for r in raw_statements(nlp, text)] == ["her record time was a hoax"]


def test_a_cue_between_commas_reports_the_whole_sentence(extract):
    doc = extract("Records\n\nTessa Vane spoke on Monday. The record was set up, Vane said, to show the need for referees.\n")
    s = next(s for s in doc.statements if s.cue == "said")
    assert s.content.startswith("The record was set up") and s.content.endswith("the need for referees"), s.content
    assert speaker(doc, s) == "Tessa Vane"


def test_a_participle_after_a_cue_between_commas_is_the_speakers(extract):
    doc = extract("Vote\n\nSenator Jane Roe spoke on Monday. The vote was close, she said, urging members to stay.\n")
    urging = next(s for s in doc.statements if s.cue.startswith("urg"))
    assert speaker(doc, urging) == "Jane Roe"


@pytest.mark.parametrize("text", [
    "Police questioned two men about the fire.",
    "The mayor challenged his rival to a debate.",
])
def test_questioning_a_person_is_no_doubt(extract, text):
    # the stance stage decides it: the cue rules still see a doubt verb
    found = extract("Title\n\n" + text + "\n").statements
    assert found and not [s for s in found if s.stance == "doubt"], found


def test_questioning_a_pronoun_somewhere_says_nothing(extract):
    # the place is the scene, so only "her" is left, and a pronoun alone is no content
    assert extract("Title\n\nInvestigators were questioning her at the headquarters.\n").statements == []


@pytest.mark.parametrize("text", [
    "Police said they had arrested the manager and were questioning six workers.",
    "Detectives questioned the suspect for five hours.",
])
def test_the_person_questioned_is_no_content(extract, text):
    # an interrogation reports nothing: no statement whose content is the person questioned
    found = extract("Title\n\n" + text + "\n").statements
    assert not [s for s in found if s.cue.startswith("question")], found


def test_questioning_a_decision_is_a_doubt(nlp):
    text = "The senator questioned the decision to close the base."
    assert [(text[r.content[0]:r.content[1]], r.stance) for r in raw_statements(nlp, text)] == [
        ("the decision to close the base", "doubt")]


@pytest.mark.parametrize("text, stance", [
    ("He knew something was wrong.", "assert"),
    ("The minister said the reports were false.", "deny"),
    ("He wrote that your facts are wrong.", "deny"),
])
def test_a_falsity_word_denies_only_what_can_be_a_claim(extract, text, stance):
    doc = extract("Title\n\n" + text + "\n")
    assert [s.stance for s in doc.statements] == [stance]


@pytest.mark.parametrize("text, expected", [
    # with its particle "rule" denies (without it, see test_a_ruling_is_no_denial)
    ("The party ruled out a coalition.", [("a coalition", "deny")]),
    # denying someone something is withholding, not a denial
    ("The goalkeeper made a fine stop to deny Watkins.", []),
    ("Iran denied Israel's claims of a strike.", [("Israel's claims of a strike", "deny")]),
])
def test_rule_and_deny_without_their_claim_reading(nlp, text, expected):
    assert [(text[r.content[0]:r.content[1]], r.stance) for r in raw_statements(nlp, text)] == expected


def test_a_ruling_is_no_denial(extract):
    doc = extract("Seats\n\nThe election board ruled on Monday that the party is not eligible for seats.\n")
    assert doc.statements and all(s.stance == "assert" for s in doc.statements), doc.statements


def test_a_pronoun_speaker_is_only_the_pronoun(nlp):
    text = ("At 82, he has spent half his life in the Senate, and so far, he doesn't say he's leaving his seat, "
            "just his position as leader.")
    assert [[sp.text for sp in r.speakers] for r in raw_statements(nlp, text)] == [["he"]]


def test_a_dateline_with_a_date_is_not_the_speaker(extract):
    doc = extract("Seats\n\nVELLMORE, March 4 (Wirepost) - Lorvia's election board on Monday ruled that the party "
                  "is not eligible for extra seats.\n")
    assert [speaker(doc, s) for s in doc.statements] != [] and "VELLMORE" not in [speaker(doc, s) for s in doc.statements]


def test_a_speaker_is_named_without_a_sentence_adverb_and_never_empty(extract):
    doc = extract("Snow\n\nActually many viewers point out that shows move faster now. One blogger said it was fun. "
                  "Another stated: \u201cWe have snow for a few days at most.\u201d\n")
    names = [speaker(doc, s) for s in doc.statements]
    assert "many viewers" in names and all(names), names


def test_lets_is_the_writer_not_a_source(extract):
    doc = extract("Walls\n\nThe wall plan is dead. And let's hope it stays that way.\n")
    s = next(s for s in doc.statements if s.content == "it stays that way")
    assert s.speaker is None


@pytest.mark.parametrize("text, who", [
    ("Those who know him say the mayor is shy.", "Those who know him"),
    ("People who live nearby said the plant was loud.", "People who live nearby"),
    ("Even those close to Mara Quint say the plan is late.", "those close to Mara Quint"),
])
def test_a_bare_head_keeps_the_clause_that_says_who(extract, text, who):
    doc = extract("Town\n\n" + text + "\n")
    assert [speaker(doc, s) for s in doc.statements] == [who]


def test_a_quote_frame_stays_in_its_paragraph(nlp):
    doc = claimgraph.extract("Ferries go electric\nDana Pirelli spoke on Monday. “Why should a ferry burn diesel "
                             "in 2030?”\n\nSeveral harbour lines have already switched to batteries, "
                             "including two island routes.\n")
    assert not any(s.cue == "switched" for s in doc.statements)


def test_an_inverted_frame_after_a_clause_reports_its_quotation(nlp):
    doc = claimgraph.extract("Library thanked\nLetters showed readers expressing their thanks – “You kept us reading,” "
                             "said one; “The night hours saved my exams,” said another.\n")
    said = {s.content: doc.actor(s.speaker).name for s in doc.statements if s.cue == "said"}
    assert said == {"You kept us reading": "one", "The night hours saved my exams": "another"}


def test_a_cue_verb_tagged_as_a_plural_noun_still_reports(nlp):
    doc = claimgraph.extract("Harbour law\nClause 4 states: “No port shall refuse a vessel in distress.”\n")
    s = next(s for s in doc.statements if s.cue == "states")
    assert s.content.startswith("No port shall refuse") and s.kind == "direct"


def test_a_quotation_inside_the_clause_before_its_frame_is_mixed(nlp):
    doc = claimgraph.extract("Council upbeat\nDana Pirelli spoke on Monday. Still, the mayor is a “safe pair of hands,” "
                             "Pirelli said.\n")
    s = next(s for s in doc.statements if s.cue == "said")
    assert s.kind == "mixed" and "the mayor is a “safe pair of hands" in s.content


def test_a_poll_that_closes_its_clause_is_its_source(nlp):
    # the rules report it; the learned filter then judges it like any rule statement
    text = "Race tightens\nRuiz leads Tavora by nine points in the latest Harbor Ledger poll.\n"
    from claimgraph.nlp import parse

    doc = parse(text)
    doc.user_data["claimgraph_text"] = text
    got = {r.cue.text: (text[r.content[0] : r.content[1]], [sp.text for sp in r.speakers])
           for r in find_statements(doc, find_quotes(text))}
    content, speakers = got["in"]
    assert content == "Ruiz leads Tavora by nine points"
    assert any("Harbor Ledger poll" in sp for sp in speakers)


def test_an_average_of_polls_is_a_source_like_a_poll(nlp):
    # the rules report it; the learned filter then judges it like any rule statement
    text = "Race tightens\nIn the Harbor Ledger average of recent polls, Ruiz leads Tavora by nine points.\n"
    from claimgraph.nlp import parse

    doc = parse(text)
    doc.user_data["claimgraph_text"] = text
    got = [(r.cue.text, text[r.content[0] : r.content[1]]) for r in find_statements(doc, find_quotes(text))]
    assert ("In", "Ruiz leads Tavora by nine points") in got


def test_a_report_that_closes_a_clause_is_no_source(nlp):
    doc = claimgraph.extract("Figures\nThe figure appears in the annual report.\n")
    assert not any(s.cue.lower() == "in" for s in doc.statements)


def parsed(nlp, rows):
    """A Doc with the parse given: rows of (word, lemma, pos, tag, dep, head index)."""
    from spacy.tokens import Doc
    words, lemmas, pos, tags, deps, heads = (list(x) for x in zip(*rows, strict=True))
    doc = Doc(nlp.vocab, words=words, lemmas=lemmas, pos=pos, tags=tags, deps=deps, heads=heads)
    doc.user_data["claimgraph_text"] = doc.text
    return doc


def test_a_subject_the_parser_hung_elsewhere_is_the_phrase_before_the_cue(nlp):
    # "At Pell, Jo Brek, the club's president, suggested that rents rose.": the
    # name hung on the opening place as an appositive, the verb left without a subject
    doc = parsed(nlp, [
        ("At", "at", "ADP", "IN", "prep", 11), ("Pell", "Pell", "PROPN", "NNP", "pobj", 0),
        (",", ",", "PUNCT", ",", "punct", 1), ("Jo", "Jo", "PROPN", "NNP", "compound", 4),
        ("Brek", "Brek", "PROPN", "NNP", "appos", 1), (",", ",", "PUNCT", ",", "punct", 4),
        ("the", "the", "DET", "DT", "det", 7), ("club", "club", "NOUN", "NN", "poss", 9),
        ("'s", "'s", "PART", "POS", "case", 7), ("president", "president", "NOUN", "NN", "appos", 4),
        (",", ",", "PUNCT", ",", "punct", 4), ("suggested", "suggest", "VERB", "VBD", "ROOT", 11),
        ("that", "that", "SCONJ", "IN", "mark", 14), ("rents", "rent", "NOUN", "NNS", "nsubj", 14),
        ("rose", "rise", "VERB", "VBD", "ccomp", 11), (".", ".", "PUNCT", ".", "punct", 11),
    ])
    subj, _ = find_subject(doc[11])
    assert subj is not None and subj.text == "Brek"
    raws = find_statements(doc, [])
    assert [(r.cue.text, [s.text for s in r.speakers]) for r in raws] == [("suggested", ["Jo Brek"])]


def test_a_verb_tagged_as_a_plural_noun_still_reports(nlp):
    # "Lusk predicts that the port will close.": "Lusk predicts" read as a noun compound
    doc = parsed(nlp, [
        ("Lusk", "Lusk", "PROPN", "NNP", "compound", 1), ("predicts", "predict", "NOUN", "NNS", "ROOT", 1),
        ("that", "that", "SCONJ", "IN", "mark", 6), ("the", "the", "DET", "DT", "det", 4),
        ("port", "port", "NOUN", "NN", "nsubj", 6), ("will", "will", "AUX", "MD", "aux", 6),
        ("close", "close", "VERB", "VB", "ccomp", 1), (".", ".", "PUNCT", ".", "punct", 1),
    ])
    raws = find_statements(doc, [])
    assert [(r.cue.text, [s.text for s in r.speakers]) for r in raws] == [("predicts", ["Lusk"])]
    assert doc.text[raws[0].content[0]:raws[0].content[1]] == "the port will close"


@pytest.mark.parametrize(("text", "who"), [
    # the parser hangs the name on the opening phrase and leaves the verb without a subject
    ("Few mayors would ever admit this, but Mayor Ilsa Dorn (a Velmar Democrat so young she has been mistaken "
     "for an intern) says she was unprepared in the weeks after being elected in 2019.", "Ilsa Dorn"),
    ("But dock workers clamoring to block the sale from the port board say they are suddenly winning.", "dock workers"),
])
def test_a_subject_the_parser_lost_is_the_phrase_before_the_cue(extract, text, who):
    doc = extract(f"Harbour\n\n{text}\n")
    s = next((s for s in doc.statements if s.cue in {"says", "say"}), None)
    assert s is not None, [x.cue for x in doc.statements]
    assert who in (speaker(doc, s) or ""), speaker(doc, s)


def test_a_cue_after_its_clause_takes_the_phrase_after_it(extract):
    # the parser gives "a former spokesman" to "helped" and a second clause to "said"
    doc = extract("Harbour\n\nHe also had a voice in decisions about major investments in the port, said a former "
                  "spokesman for Lorvia's Foreign Ministry, Oleg Petrov, who also ran as a candidate in the new bloc "
                  "Mr. Lusk helped form.\n")
    s = next((s for s in doc.statements if s.cue == "said"), None)
    assert s is not None
    assert s.content == "He also had a voice in decisions about major investments in the port"
    assert speaker(doc, s) == "Oleg Petrov"


def test_a_conjoined_cue_with_its_subject_after_it_reports_the_clause(extract):
    doc = extract("Harbour\n\nIn nearby Vell, the big Arno steel plant is hanging on, but it is under intense pressure "
                  "from imports, said the company's chief executive, Piet Arno.\n")
    s = next((s for s in doc.statements if s.cue == "said"), None)
    assert s is not None
    assert "is under intense pressure from imports" in s.content
    assert speaker(doc, s) == "Piet Arno"


@pytest.mark.parametrize(("text", "cue", "content", "who"), [
    ("The mayor backed the toll, which port critics say will raise fares for commuters.",
     "say", "will raise fares for commuters", "port critics"),
    ("Delegates had to file papers by March 15, a deadline that several Vell party insiders said went unnoticed "
     "in a handful of districts.", "said", "went unnoticed in a handful of districts", "several Vell party insiders"),
])
def test_a_cue_inside_a_relative_clause_reports_the_rest_of_it(extract, text, cue, content, who):
    _said_by(extract, text, cue, content, who)


def _said_by(extract, text, cue, content, who):
    """The statement of `cue` in a one-paragraph story says `content`, by `who`."""
    doc = extract(f"Harbour\n\n{text}\n")
    s = next((s for s in doc.statements if s.cue == cue), None)
    assert s is not None, [x.cue for x in doc.statements]
    assert s.content == content
    assert speaker(doc, s) == who


def test_a_second_that_clause_is_part_of_what_was_said(extract):
    doc = extract("Harbour\n\nThe harbour master believes there are no good options, but that sometimes the lesser of "
                  "two evils will have to do.\n")
    s = next(s for s in doc.statements if s.cue == "believes")
    assert s.content.endswith("the lesser of two evils will have to do")


def _rule_statements(nlp, text):
    doc = nlp(text)
    return [(r, text[r.content[0]:r.content[1]]) for r in find_statements(doc, find_quotes(text))]


def test_a_passive_denial_names_its_agent_as_speaker(extract):
    doc = extract("Rifles\n\nClaims that Velmar sold rifles to the rebels were rejected on Monday by "
                  "its defence minister, Ana Pell.\n")
    s = contents(doc).get("Velmar sold rifles to the rebels")
    assert s is not None, [x.content for x in doc.statements]
    assert s.stance == "deny" and speaker(doc, s) == "Ana Pell"
    claim = next(c for c in doc.claims if c.id == s.claim)
    assert any(st.stance == "deny" and doc.actor(st.actor).name == "Ana Pell" for st in claim.stances)


@pytest.mark.parametrize("text, cue, content, who", [
    ("The report was denied by the Lorvian foreign ministry.", "denied", "The report", "the Lorvian foreign ministry"),
    ("The harbour plan, condemned by the dockers' union, was shelved.", "condemned", "The harbour plan",
     "the dockers' union"),
    # a conjoined participle speaks for its own agent, not the first one's
    ("Ferro, praised by Velmar and condemned by the union, resigned.", "condemned", "Ferro", "the union"),
    ("Jo Varn, who was criticized by the opposition, resigned.", "criticized", "Jo Varn", "the opposition"),
])
def test_a_passive_cue_reports_its_subject_or_the_noun_it_describes(nlp, text, cue, content, who):
    got = {r.cue.text: (c, [sp.text for sp in r.speakers]) for r, c in _rule_statements(nlp, text)}
    assert got.get(cue) == (content, [who]), got


@pytest.mark.parametrize("text", [
    "The mayor was told by officials on Friday.",   # the subject is the one told
    "The meeting was called by the chairman.",     # convened, not named
    "The body was found by police on Sunday.",     # discovered
    "The valley's ecosystem is threatened by the construction of a resort.",  # no one holds a view
    "The mayor was not endorsed by the union.",    # no act to report
    "The shot was charged down by Morlan.",        # another verb than the cue
])
def test_passives_that_report_nothing(nlp, text):
    assert _rule_statements(nlp, text) == []


def test_a_free_relative_before_the_cue_stays_out_of_the_content(nlp):
    text = "The sailors were freed, displaying what many analysts said was a sign of warmer ties."
    got = {r.cue.text: (c, [sp.text for sp in r.speakers]) for r, c in _rule_statements(nlp, text)}
    assert got.get("said") == ("was a sign of warmer ties", ["many analysts"]), got


@pytest.mark.parametrize("text, cue, stance, content, who", [
    ("The union is unconvinced that the plan will save jobs.", "unconvinced", "doubt", "the plan will save jobs",
     "The union"),
    ("The Lorvian cabinet is skeptical of the report.", "skeptical", "doubt", "the report", "The Lorvian cabinet"),
    ("Ministers are confident that the harbour deal will pass.", "confident", "assert", "the harbour deal will pass",
     "Ministers"),
    # negated conviction doubts; the cue takes the negation with it
    ("Many economists are not convinced that the cuts will work.", "not convinced", "doubt", "the cuts will work",
     "Many economists"),
    # a side taken: the object of the adjective's preposition
    ("Many Republicans are supportive of the tax plan.", "supportive", "assert", "the tax plan", "Many Republicans"),
    ("The union is hostile to the idea of longer shifts.", "hostile", "assert", "the idea of longer shifts",
     "The union"),
])
def test_predicate_adjectives_of_belief_and_doubt(nlp, text, cue, stance, content, who):
    got = {r.cue_text: (r.stance, c, [sp.text for sp in r.speakers]) for r, c in _rule_statements(nlp, text)}
    assert got.get(cue) == (stance, content, [who]), got


@pytest.mark.parametrize("text", [
    "He is sure to win the vote.",             # an infinitive: a prediction about him, no belief of his
    "It is certain that the port will close.",  # no holder
    "The minister was angry.",                  # no content
    "The governor is sure to the end.",         # belief adjectives take no "to" object
])
def test_predicate_adjectives_without_a_holder_or_content(nlp, text):
    assert _rule_statements(nlp, text) == []


@pytest.mark.parametrize("text, cue, stance, content", [
    ("Experts cast doubt on the government's version of events.", "cast doubt", "doubt",
     "the government's version of events"),
    ("Opposition leaders raised questions about the timing of the deal.", "raised questions", "doubt",
     "the timing of the deal"),
    ("Analysts voiced doubts that the ceasefire would hold.", "voiced doubts", "doubt", "the ceasefire would hold"),
    ("The minister expressed concern about the rising cost of fuel.", "expressed concern", "assert",
     "the rising cost of fuel"),
    ("The senator will no doubt raise questions as to whether the plan is legal.", "raise questions", "doubt",
     "the plan is legal"),
])
def test_a_light_verb_with_a_noun_of_mind(nlp, text, cue, stance, content):
    got = {r.cue_text: (r.stance, c) for r, c in _rule_statements(nlp, text)}
    assert got.get(cue) == (stance, content), got


@pytest.mark.parametrize("text", [
    "The firm did not raise questions about the audit.",
    "The company raised prices on Monday.",
    # an event prompts doubt but holds none, whatever place its phrase names
    "The collapse of the bridge over the Tarsk river has raised questions over whether the builder used weak concrete.",
])
def test_light_verbs_that_voice_nothing(nlp, text):
    assert not any(r.cue.lemma_ == "raise" for r, _c in _rule_statements(nlp, text))


def test_a_claim_noun_after_as_gives_its_clause(nlp):
    text = 'The ministry on Tuesday dismissed as "baseless" reports that it had shipped drones to Lorvia.'
    got = {r.cue.text: (r.stance, c) for r, c in _rule_statements(nlp, text)}
    assert got.get("dismissed") == ("deny", "it had shipped drones to Lorvia"), got


@pytest.mark.parametrize("text, content", [
    ('The embassy said the allegations were "completely unfounded."', 'the allegations were "completely unfounded."'),
    ("The embassy said the allegations were “baseless”, and left.", "the allegations were “baseless”"),
])
def test_a_mixed_content_keeps_the_mark_that_closes_its_quotation(extract, text, content):
    doc = extract("Drones\n\n" + text + "\n")
    assert content in contents(doc), [s.content for s in doc.statements]


def test_a_direct_content_keeps_its_marks_out(extract):
    doc = extract('Drones\n\n"We never sent drones," said Ana Pell.\n')
    assert "We never sent drones" in contents(doc), [s.content for s in doc.statements]


@pytest.mark.parametrize("text, who, content", [
    ("The Lorvian government says France supplied the rifles, a charge Paris denies.", "France",
     "France supplied the rifles"),
    ("The Pell Daily reported that Ana Pell had met the rebels, an allegation she rejected.", "Ana Pell",
     "Ana Pell had met the rebels"),
    # "it" is the one accused, not the last organisation named
    ("Western governments accuse Russia of supplying drones to Lorvia, which it denies.", "Russia",
     "Russia of supplying drones to Lorvia"),
])
def test_a_denial_that_closes_its_sentence_takes_the_allegation_before_it(extract, text, who, content):
    doc = extract("Drones\n\n" + text + "\n")
    deny = [s for s in doc.statements if s.stance == "deny"]
    assert [(speaker(doc, s), s.content) for s in deny] == [(who, content)], [
        (speaker(doc, s), s.cue, s.content) for s in doc.statements]
    # the allegation itself ends at the comma, and the claim has both sides
    asserted = next(s for s in doc.statements if s.stance == "assert")
    assert asserted.content == content and asserted.claim == deny[0].claim


def test_a_denial_with_its_own_object_is_no_such_denial(nlp):
    text = "Critics say the plan will raise taxes, which the mayor denies strongly to reporters."
    got = [(r.cue.text, c) for r, c in _rule_statements(nlp, text) if r.stance == "deny"]
    assert ("denies", "the plan will raise taxes") not in got, got


@pytest.mark.parametrize("text", [
    "Are the ministers confident that the deal will pass?",  # a question holds no belief
    "The lawyer cast doubt on that.",                       # a bare pronoun says nothing
    "The mayor is sure of it.",
])
def test_adjective_and_light_verb_cues_that_report_nothing(nlp, text):
    assert _rule_statements(nlp, text) == []


def test_called_for_someone_to_act(nlp):
    # the parser opens "for the president to resign" as a clause marked by "for"
    text = "Trump called for the president to resign."
    got = {r.cue.text: (c, [sp.text for sp in r.speakers]) for r, c in _rule_statements(nlp, text)}
    assert got.get("called") == ("the president to resign", ["Trump"]), got


@pytest.mark.parametrize("text, cue, content", [
    ("Officials declined to confirm the report.", "declined to confirm", "the report"),
    ("The ministry refused to confirm that the drones had been delivered.", "refused to confirm",
     "the drones had been delivered"),
    # a negated denial commits to neither side
    ("Velmar did not deny that its advisers were in Lorvia.", "did not deny", "its advisers were in Lorvia"),
    ("Officials neither confirmed nor denied the report.", "denied", "the report"),
])
def test_refusing_to_confirm_and_not_denying_are_doubts(extract, text, cue, content):
    doc = extract("Drones\n\n" + text + "\n")
    got = {s.content: (s.cue, s.stance) for s in doc.statements}
    assert got.get(content) == (cue, "doubt"), got


def test_a_quotation_inside_a_reported_denial_is_no_second_statement(extract):
    doc = extract('Drones\n\nAna Pell dismissed the reports as "Western propaganda and nothing more."\n')
    assert [(s.cue, s.stance) for s in doc.statements] == [("dismissed", "deny")], [
        (s.cue, s.stance, s.content) for s in doc.statements]


@pytest.mark.parametrize("text, content", [
    ("Norway denies selling patrol boats to Belarus, says talks with Poland continue", "talks with Poland continue"),
    ("Velmar rejects drone claims, says evidence is fabricated", "evidence is fabricated"),
])
def test_a_headlines_second_verb_shares_the_first_subject(extract, text, content):
    doc = extract(text + "\n\nThe talks resumed on Monday.\n")
    said = next(s for s in doc.statements if s.cue == "says")
    assert (speaker(doc, said), said.content) == (text.split()[0], content)


def test_a_cue_after_its_clause_keeps_its_own_speaker(extract):
    doc = extract("Rates\n\nThe economy is slowing, says the central bank's chief economist.\n")
    said = next(s for s in doc.statements if s.cue == "says")
    assert said.content == "The economy is slowing" and "economist" in speaker(doc, said)


def test_a_passive_cue_without_its_agent_has_no_speaker(extract):
    # the person warned is not who warned: with no "by" phrase nobody is named
    doc = extract("Budget\n\nAna Pell cut taxes after being warned that the budget had a hole.\n")
    assert not [s for s in doc.statements if s.cue == "warned"], [(speaker(doc, s), s.cue) for s in doc.statements]


@pytest.mark.parametrize("text", [
    "The judge said Ana Pell, when asked if she denied sending the letters, declined to answer.",
    "Reporters asked whether Ana Pell denied the report.",
])
def test_a_cue_under_if_or_whether_is_asked_about_not_said(extract, text):
    doc = extract("Letters\n\n" + text + "\n")
    assert not [s for s in doc.statements if s.cue.startswith("denied")], [(s.cue, s.content) for s in doc.statements]


@pytest.mark.parametrize("text, cue, stance, content", [
    # an opinion negated is an opinion of the opposite
    ("Ana Pell does not believe that the vote was rigged.", "does not believe", "deny", "the vote was rigged"),
    ("Ana Pell doesn't think the plant will close.", "doesn't think", "deny", "the plant will close"),
    # an assertion negated puts the speaker on record for neither side
    ("Ana Pell never claimed that the vote was rigged.", "never claimed", "doubt", "the vote was rigged"),
    ("Ana Pell would not rule out that the plant will close.", "would not rule out", "doubt", "the plant will close"),
    # "not only" does not negate
    ("Ana Pell did not only say that the vote was rigged, she sued.", "say", "assert", "the vote was rigged"),
    # an open question: neither answer is said
    ("Ana Pell has yet to say whether she will seek another term.", "say", "doubt", "she will seek another term"),
    ("Reporters asked Ana Pell if the plant will close.", "asked", "doubt", "the plant will close"),
    ("Ana Pell is unsure whether the plant will close.", "unsure", "doubt", "the plant will close"),
    ("Ana Pell is not sure if the plant will close.", "not sure", "doubt", "the plant will close"),
    # a condition inside what was said stays part of it, and asserts
    ("Ana Pell said if the plant closes, jobs will go.", "said", "assert", "if the plant closes, jobs will go"),
])
def test_negated_cues_and_open_questions(extract, text, cue, stance, content):
    doc = extract("Plant\n\n" + text + "\n")
    got = {s.content: (s.cue, s.stance) for s in doc.statements}
    assert got.get(content) == (cue, stance), got


@pytest.mark.parametrize("text, who", [
    ('"We were never told," said the 43-year-old.', "43-year-old"),
    ("The Kyiv-based analyst said the plan would cost more.", "Kyiv-based analyst"),
])
def test_a_hyphenated_speaker_is_one_phrase(extract, text, who):
    doc = extract("Plan\n\n" + text + "\n")
    assert [speaker(doc, s) for s in doc.statements] == [who]


def test_a_label_before_a_colon_is_no_speaker(extract):
    doc = extract("Court\n\nUPDATE: Since this was written, a judge, Ana Pell, denied the request to pause the fine.\n")
    assert "UPDATE" not in {speaker(doc, s) for s in doc.statements}, [(speaker(doc, s), s.cue) for s in doc.statements]


def test_a_quotation_that_ends_its_paragraph_is_not_the_next_paragraphs_words(extract):
    doc = extract("Match\n\nCoach Ana Ruiz added: \u201cHe deserves to be there. He deserves it.\u201d\n\n"
                  "Jo Pell threatened twice in the first half, but then the visitors took over.\n")
    assert [(speaker(doc, s), s.cue) for s in doc.statements] == [("Ana Ruiz", "added")], [
        (speaker(doc, s), s.cue, s.content) for s in doc.statements]


@pytest.mark.parametrize("text", [
    "The strikes are illegal according to international law.",
    "According to the rules, the vote must be held in May.",
])
def test_according_to_a_norm_names_no_source(extract, text):
    doc = extract("Vote\n\n" + text + "\n")
    assert not [s for s in doc.statements if s.cue.lower() == "according to"], [
        (speaker(doc, s), s.content) for s in doc.statements]


def test_according_to_a_document_is_still_a_source(extract):
    doc = extract("Bribes\n\nAccording to the indictment, Ana Pell paid the bribes.\n")
    assert [(speaker(doc, s), s.content) for s in doc.statements] == [("indictment", "Ana Pell paid the bribes")]


@pytest.mark.parametrize("text, who", [
    ("The report prompted the minister to say that the plan had failed.", "minister"),
    ("The leak led a furious Ana Pell to deny that the plan had failed.", "Ana Pell"),
    # a purpose clause keeps the subject
    ("Ana Pell called a meeting to say that the plan had failed.", "Pell"),
])
def test_the_object_of_lead_or_prompt_is_who_speaks(extract, text, who):
    doc = extract("Plan\n\n" + text + "\n")
    said = next(s for s in doc.statements if s.content == "the plan had failed")
    assert speaker(doc, said).endswith(who.split()[-1])


@pytest.mark.parametrize("text, stance", [
    ("Ana Pell funded the new stadium in the city.", "assert"),
    ("Ana Pell did not fund the new stadium in the city.", "doubt"),
    ("Ana Pell doesn't feel that the stadium will open.", "deny"),
])
def test_a_learned_cue_negated_takes_the_negated_stance(nlp, monkeypatch, text, stance):
    # every candidate accepted: the test is about the stance, not the model
    monkeypatch.setattr(learned, "model", lambda: learned.Model(weights={}, bias=10.0, threshold=0.5))
    doc = nlp("Stadium\n\n" + text + "\n")
    quotes = find_quotes(doc.text)
    got = [r for r in learned.find_learned(doc, quotes, []) if r.cue.lower_ in {"fund", "funded", "feel"}]
    assert [r.stance for r in got] == [stance], [(r.cue.text, r.stance) for r in got]


@pytest.mark.parametrize("text, content", [
    ("Ana Pell pushed back against claims that the plant was closed.", "the plant was closed"),
    ("Ana Pell pushed back at the notion that her support was bought.", "her support was bought"),
])
def test_pushing_back_at_a_claim_denies_it(extract, text, content):
    doc = extract("Plant\n\n" + text + "\n")
    got = {s.content: (s.cue, s.stance) for s in doc.statements}
    assert got.get(content) == ("pushed back", "deny"), got


def test_pushing_back_at_people_is_no_denial(extract):
    doc = extract("Match\n\nThe coach pushed back against the defenders in the second half.\n")
    assert not [s for s in doc.statements if s.stance == "deny"]


def test_according_to_reports_the_clause_it_attaches_to(extract):
    doc = extract("Law\n\nThere is one law that bans gross negligence, and the mayor broke it, according to a court filing.\n")
    got = [s.content for s in doc.statements if s.cue.lower() == "according to"]
    assert got == ["the mayor broke it"], got


@pytest.mark.parametrize("sentence, cue, content", [
    ("The Audit Service confirmed in a 2023 report that the records were incomplete.", "confirmed",
     "the records were incomplete"),
    ("The Audit Service said in a statement that the records were incomplete.", "said", "the records were incomplete"),
])
def test_a_that_clause_hung_on_the_medium_is_the_content(sentence, cue, content):
    import claimgraph

    d = claimgraph.extract("Records\n\n" + sentence + "\n")
    st = next(s for s in d.statements if s.cue == cue)
    assert st.content == content


def test_a_writing_by_a_named_author_speaks_for_its_author():
    import claimgraph

    d = claimgraph.extract("Bridge\n\nA review by the Ghana Institution of Engineers, seen by Wire, said core samples "
                           "were weak.\n\nA study by local experts said the river had flooded.\n")
    names = {a.id: a.name for a in d.actors}
    review, study = (next(s for s in d.statements if word in s.content) for word in ("samples", "river"))
    assert names[review.speaker] == "Ghana Institution of Engineers"
    assert "experts" not in names.get(study.speaker, "")  # a group of no name: the study stays the source


def test_a_claim_noun_taken_for_a_verb_after_dismissed_as_is_what_is_dismissed():
    import claimgraph

    d = claimgraph.extract("X\n\nInformation Minister Joseph Mulenga dismissed as \"opposition propaganda\" reports "
                           "that the government had ordered a shutdown.\n")
    assert [(s.cue, s.stance, s.content) for s in d.statements] == [
        ("dismissed", "deny", "the government had ordered a shutdown")]


def test_a_joined_clause_with_its_own_speaker_and_cue_is_cut(extract):
    text = (
        "Leave plan\n\nShe said fathers who adopt would not be eligible for the paid leave, and when pressed "
        'on why the plan leaves out dads, the 34-year-old mother of three replied, "It is meant for the mother."\n'
    )
    doc = extract(text)
    said = [s for s in doc.statements if s.cue == "said"]
    assert said and said[0].content == "fathers who adopt would not be eligible for the paid leave", [s.content for s in said]
    assert any(s.cue == "replied" for s in doc.statements)


def test_a_hyphenated_name_after_a_quotation_is_one_speaker():
    import claimgraph

    text = ("Board row\n\nThe board's chief executive, Kwadwo Owusu-Ansah, rejected the findings.\n\n"
            "\"Our scales are certified every season. We have nothing to apologise for,\" Owusu-Ansah was "
            "quoted as saying by the state-owned Accra Chronicle.\n")
    d = claimgraph.extract(text)
    quoted = next(s for s in d.statements if "certified" in s.content)
    assert text[quoted.speaker_span[0]:quoted.speaker_span[1]] == "Owusu-Ansah"
    assert d.actor(quoted.speaker).name == "Kwadwo Owusu-Ansah"


def test_a_request_to_stay_unnamed_is_no_statement_and_no_part_of_the_name():
    import claimgraph

    text = ("Audit\n\nTwo officials at the board who asked not to be named because they were not authorised to "
            "speak said internal audits had flagged irregular readings.\n\nA clerk who asked not to be identified "
            "said the scales were old.\n")
    d = claimgraph.extract(text)
    assert [s.content for s in d.statements] == ["internal audits had flagged irregular readings",
                                                 "the scales were old"]
    name = d.actor(d.statements[0].speaker).name
    assert "officials at the board" in name and "asked" not in name
    # parsed as "asked [not to be named said P]": P is still said
    d = claimgraph.extract("Air\n\nA senior official at the Ministry of Transport who asked not to be named said "
                           "inspectors had found discrepancies in the records.\n")
    assert [(s.cue, s.content) for s in d.statements] == [
        ("said", "inspectors had found discrepancies in the records")]


def test_a_side_named_by_a_bare_noun_holds_its_claims():
    import claimgraph

    d = claimgraph.extract("Vote row\n\nTBILISI (Wire) - The commission rejected opposition claims that tens of "
                           "thousands of non-existent voters had been added to the lists.\n")
    held = [(d.actor(s.speaker).name, s.stance) for s in d.statements if s.cue == "claims"]
    assert held == [("opposition", "assert")]
    assert d.actor(next(s for s in d.statements if s.cue == "claims").speaker).sector == "OPP"


def test_what_a_passive_accusation_reports_is_what_the_subject_is_accused_of(nlp):
    text = ("A Malaysian palm oil company was accused by environmental groups on Monday of illegally clearing "
            "more than 1,200 hectares of a protected peat swamp forest.")
    assert described(text, raw_statements(nlp, text)) == [
        ("environmental groups", "accused",
         "illegally clearing more than 1,200 hectares of a protected peat swamp forest")]
    # a report denied by someone is still the subject itself
    text = "The report was denied by the ministry on Monday."
    assert described(text, raw_statements(nlp, text)) == [("the ministry", "denied", "The report")]


def test_a_charge_the_parser_hangs_on_a_place_is_still_the_accusation(nlp):
    # "of running" is parsed as a part of "the Mombasa tea auction", not of "accused"
    text = ("A union of small-scale tea growers on Tuesday accused brokers at the Mombasa tea auction of running a "
            "cartel to push down prices.")
    assert described(text, raw_statements(nlp, text)) == [
        ("A union of small-scale tea growers", "accused",
         "brokers at the Mombasa tea auction of running a cartel to push down prices")]
    # a place alone after the accused stays out
    text = "The minister accused the opposition at a rally on Sunday."
    assert all("rally" not in c for _s, _v, c in described(text, raw_statements(nlp, text)))


def test_a_charge_called_false_in_a_relative_clause_is_denied(extract):
    doc = extract("The losing candidate accused the club's leadership on Monday of stealing ballots, a charge the "
                  "club's president called \"a fantasy invented by a bad loser\".")
    called = next(s for s in doc.statements if s.cue == "called")
    assert (called.stance, called.content) == ("deny", "the club's leadership on Monday of stealing ballots")
    # a label that calls nothing false is no denial
    doc = extract("The coach praised the club's new signing, a player the fans called \"a genius\".")
    assert all(s.stance != "deny" for s in doc.statements)


def test_a_denial_after_an_aside_denies_the_accusation_before_it(extract):
    # "accused X of P, days after Y, an allegation X rejected": the accusation, not the clause
    # with its speaker; the speaker's phrase holds no time of the act ("on Monday")
    text = ("Herders in the Rift valley on Monday accused the state dairy board of selling milk quotas to "
            "traders, days after a decree cut quotas by half, an allegation the board rejected as \"baseless\".")
    doc = extract(text)
    rejected = next(s for s in doc.statements if s.cue == "rejected")
    assert (rejected.stance, rejected.content) == ("deny", "the state dairy board of selling milk quotas to traders")
    accused = next(s for s in doc.statements if s.cue == "accused")
    assert text[accused.speaker_span[0] : accused.speaker_span[1]] == "Herders in the Rift valley"


def test_a_charge_said_to_be_false_in_a_relative_clause_is_denied(extract):
    doc = extract("Cocoa farmers in the west say a gang is forcing them to pay a fee on every sack, an accusation "
                  "that the regional police said on Tuesday was exaggerated.")
    police = next(s for s in doc.statements if doc.actor(s.speaker).name == "regional police")
    assert (police.stance, police.content) == ("deny", "a gang is forcing them to pay a fee on every sack")
    farmers = next(s for s in doc.statements if s.cue == "say")
    assert (farmers.stance, farmers.content) == ("assert", "a gang is forcing them to pay a fee on every sack")
    # what the relative clause says of the charge must call it false
    doc = extract("Cocoa farmers in the west say a gang is forcing them to pay a fee on every sack, an accusation "
                  "that the regional police said on Tuesday was serious.")
    assert all(s.stance != "deny" for s in doc.statements)


@pytest.mark.parametrize("text, stance", [
    # a speaker's own label on another's allegation: made without proof, or recycled
    ("The spokesman said the union's allegation that licences were sold for cash was \"a serious charge made "
     "without a single document\".", "deny"),
    ("She insisted that the group's allegation that quotas had been imposed was \"recycled from reports of a "
     "decade ago\".", "deny"),
    # said of no claim, "without" is the speaker's own charge
    ("The lawyer said the police had arrested his client without evidence.", "assert"),
    ("The lawyer said the allegation that his client fled was serious.", "assert"),
])
def test_a_label_on_an_allegation_that_calls_it_unfounded_denies_it(extract, text, stance):
    s = next(s for s in extract(text).statements if s.cue in {"said", "insisted"})
    assert s.stance == stance


def test_adding_goes_on_with_the_reporting_speaker_not_the_reported_cue(extract):
    doc = extract("The inspectorate said it was reviewing its records. Its spokeswoman, Lana Horvat, said the "
                  "inspectorate could not confirm that any inspections had been skipped, adding that staff shortages "
                  "had left gaps.")
    adding = next(s for s in doc.statements if s.cue == "adding")
    assert doc.actor(adding.speaker).name == "Lana Horvat"


def test_a_denial_of_the_charge_before_closes_at_a_clause_with_no_comma(extract):
    doc = extract("Unions accused the owner of a factory of keeping the exits padlocked, a charge the owner angrily "
                  "denied as fire officials said it was too early to say how the victims became trapped.")
    denied = next(s for s in doc.statements if s.cue == "denied")
    assert (denied.stance, denied.content) == ("deny", "the owner of a factory of keeping the exits padlocked")


def test_a_headlines_as_clause_is_when_not_what(extract):
    doc = extract("Ferry operator denies overloading as capsizing death toll rises\n\nThe toll rose to 23.\n")
    assert [(s.cue, s.content) for s in doc.statements] == [("denies", "overloading")]
    # in the story's own text an "as" clause may be what was said
    doc = extract("Row\n\nThe captain said the ferry was overloaded as it left port.\n")
    assert [s.content for s in doc.statements] == ["the ferry was overloaded as it left port"]


@pytest.mark.parametrize("text", [
    'Farmers carried a banner that said "Our tea, our price".',
    'A notice on the door of the dispatch room that said "All calls are recorded" was removed.',
    "The report, said to run to more than 80 pages, will be presented in June.",
])
def test_signs_and_hearsay_asides_put_no_one_on_record(extract, text):
    assert extract(text).statements == []


def test_a_document_or_a_relative_speaker_still_speaks(extract):
    doc = extract("The mayor of the town, who said the report was wrong, resigned. The inspectors' report, which "
                  "said the dam was safe, was published on Monday.")
    assert sorted(s.content for s in doc.statements) == ["the dam was safe", "the report was wrong"]


def test_saying_after_a_rejected_claim_is_the_rejecters(extract):
    # the parser takes "claims" for a clause of "rejected" and hangs "saying" inside the claim
    doc = extract("The National Election Commission on Saturday rejected opposition claims that tens of thousands of "
                  "non-existent voters had been added to the rolls, saying an internal review had found no "
                  "irregularities.")
    saying = next(s for s in doc.statements if s.cue == "saying")
    assert doc.actor(saying.speaker).name == "National Election Commission"


def test_a_speakers_own_doubt_opening_what_they_said_is_the_statements_stance(nlp):
    doc = claimgraph.extract("Dispatch\n\nKarim Haddad, a health economist, said he was not convinced that identical "
                             "prices alone proved collusion.\n")
    said = next(s for s in doc.statements if s.cue == "said")
    assert said.stance == "doubt"
    # someone else's doubt inside it is only reported
    other = claimgraph.extract("Dispatch\n\nKarim Haddad said regulators were not convinced that identical prices "
                               "alone proved collusion.\n")
    assert next(s for s in other.statements if s.cue == "said").stance == "assert"


@pytest.mark.parametrize("text, cue", [
    # the content came before the cue; the label quoted after it is the speaker's own words
    ("Dispatch\n\nOpposition members accused the club of rigging the ballot, a charge the club's president called "
     "\"a fantasy\".\n", "called"),
    # a quoted word of the speaker's own right before the cue
    ("Dispatch\n\nThe company \"categorically\" denied both accusations.\n", "denied"),
])
def test_a_denial_with_a_quoted_word_of_its_own_is_mixed(nlp, text, cue):
    doc = claimgraph.extract(text)
    assert [(s.kind, s.stance) for s in doc.statements if s.cue == cue] == [("mixed", "deny")]


def test_what_a_body_says_it_found_after_a_past_perfect_is_reported_too(nlp):
    doc = claimgraph.extract("Dispatch\n\nThe Borneo Forest Board said it had sent officers to the area in February "
                             "and found \"evidence of recent land clearing\" near the reserve boundary.\n")
    said = next(s for s in doc.statements if s.cue == "said")
    assert said.content.endswith("near the reserve boundary") and said.kind == "mixed"


@pytest.mark.parametrize("text, cue, content", [
    ("Dispatch\n\nWarren has mentioned refinancing student loans and forcing universities to spend more from their "
     "endowments.\n", "mentioned",
     "refinancing student loans and forcing universities to spend more from their endowments"),
    ("Dispatch\n\nObama promised to meet and in some cases exceed his goals.\n", "promised",
     "to meet and in some cases exceed his goals"),
])
def test_a_conjunct_the_parser_hung_on_the_cue_is_the_contents(nlp, text, cue, content):
    doc = claimgraph.extract(text)
    assert [s.content for s in doc.statements if s.cue == cue] == [content]


def test_a_verb_joined_to_the_cue_with_a_subject_of_its_own_or_a_tense_is_no_conjunct_of_the_content(nlp):
    doc = claimgraph.extract("Dispatch\n\nThe minister denied the charge and resigned on Friday.\n")
    assert [s.content for s in doc.statements if s.cue == "denied"] == ["the charge"]


def test_warnings_from_people_that_p_are_theirs(nlp):
    doc = claimgraph.extract("Dispatch\n\nWarnings from residents that the dam was leaking were ignored for weeks.\n")
    assert [(doc.actor(s.speaker).name, s.content) for s in doc.statements if s.cue == "Warnings"] == [
        ("residents", "the dam was leaking")]


def test_a_label_given_by_a_conjunct_with_its_own_subject_is_not_the_first_verbs(extract):
    doc = extract("Dispatch\n\nNDJAMENA, May 9 (Wire) - Chad on Thursday accused armed groups operating from Sudan of "
                  "kidnapping at least 20 herders in night raids on villages in its east since mid-March, and demanded "
                  "that the Sudanese army dismantle their camps, a charge Sudan's military rejected as \"unfounded\".\n")
    demanded = [s for s in doc.statements if s.cue == "demanded"]
    assert [(s.stance, s.content) for s in demanded] == [("assert", "the Sudanese army dismantle their camps")]


def test_a_verb_of_thought_with_a_quoted_object_says_nothing(extract):
    doc = extract('Dispatch\n\nQuebec would consider "every legal option", he said, including a challenge in court.\n')
    assert [(s.cue, s.content, s.kind) for s in doc.statements] == [
        ("said", 'Quebec would consider "every legal option"', "mixed")]


def test_a_conjunct_past_the_content_is_no_part_of_its_stance(nlp):
    from claimgraph.stance import statement_stance
    text = "We will not pay the fee and we reject the claim."
    doc = nlp(text)
    doc.user_data["claimgraph_text"] = text
    assert statement_stance(doc, "assert", (0, text.index(" and"))) == "assert"
    assert statement_stance(doc, "assert", (0, len(text) - 1)) == "deny"


def test_a_speaker_not_yet_convinced_doubts(extract):
    doc = extract("Dispatch\n\nThe union said it was not yet convinced the plant could be run safely.\n")
    said = [s for s in doc.statements if s.cue == "said"]
    assert [s.stance for s in said] == ["doubt"]


def test_no_one_in_particular_holds_a_belief(extract):
    doc = extract("Dispatch\n\nNot everyone is convinced the smelter is to blame.\n")
    assert doc.statements == []


def test_a_charge_said_to_be_without_foundation_is_denied_in_a_mixed_statement(extract):
    # parsed as a sentence of its own: "a charge X" the subject of "said", the label its complement
    doc = extract('Dispatch\n\nTchiroma said the company had left radioactive waste uncovered at two exploration '
                  'sites, a charge Vernay said was "without foundation".\n')
    denials = [(speaker(doc, s), s.kind, s.content) for s in doc.statements if s.stance == "deny"]
    assert denials == [("Vernay", "mixed",
                        "the company had left radioactive waste uncovered at two exploration sites")]
    assert len(doc.statements) == 2  # the label is no statement of its own


@pytest.mark.parametrize("text, stance", [
    ('His spokeswoman said any suggestion of political interference was "insulting to the experts".', "deny"),
    ("She said the allegation was an insult to voters.", "deny"),
    ("The mayor said the decision was outrageous.", "assert"),  # no claim is what is outrageous
    # a claim made for ulterior ends; a decision is no claim
    ('The director said the mayor\'s claims were "politically motivated" ahead of the elections.', "deny"),
    ("The director said the decision was politically motivated.", "assert"),
])
def test_a_claim_called_insulting_is_rejected(extract, text, stance):
    doc = extract("Dispatch\n\n" + text + "\n")
    assert [s.stance for s in doc.statements if s.cue == "said"] == [stance]


@pytest.mark.parametrize("text, content", [
    ('The union called the claims "baseless".', "the claims"),
    ("The alliance called the operator's account \u201cmisleading\u201d.", "the operator's account"),
])
def test_a_denial_by_a_quoted_label_reports_the_claim_without_the_label(extract, text, content):
    doc = extract("Dispatch\n\n" + text + "\n")
    assert [(s.stance, s.content) for s in doc.statements if s.cue == "called"] == [("deny", content)]


def test_a_label_closing_a_headline_clause_before_a_second_clause_rejects(extract):
    # the parser hangs "expels diplomat" on the claim; the label closes the part before the comma
    doc = extract("Ostria calls Velmar's claim over envoy's detention 'absurd', shuts consulate\n\nVELL, May 9 (Wire) - "
                  "Ostria on Tuesday recalled its envoy.\n")
    calls = [(s.stance, s.content) for s in doc.statements if s.cue == "calls"]
    assert calls == [("deny", "Velmar's claim over envoy's detention")]


def test_a_bare_rejection_closing_a_headline_rejects_its_first_clause(extract):
    doc = extract("Chad accuses Sudan-based gunmen of border raids, Khartoum rejects charge\n\nNDJAMENA, May 9 (Wire) - "
                  "Chad on Thursday accused armed groups of kidnapping at least 20 herders.\n")
    rejects = [(speaker(doc, s), s.stance, s.content) for s in doc.statements if s.cue.startswith("rejects")]
    assert rejects == [("Sudan", "deny", "Chad accuses Sudan-based gunmen of border raids")]  # (its capital, for it)


def test_a_short_quoted_phrase_of_a_nested_report_keeps_the_outer_mixed(extract):
    # the quoted words are the reporter's, not a nested speaker's statement
    doc = extract('Dispatch\n\nOkafor also alleged that several ruling party senators had been promised "consultancy '
                  'fees" by intermediaries acting for the contractor in return for backing the deal.\n')
    assert [s.kind for s in doc.statements if s.cue == "alleged"] == ["mixed"]


@pytest.mark.parametrize("text, stance", [
    # a state's official speaks for the state she names; so does a state body whose country is unsaid
    ("Valdoria rejects claims\nDeputy Interior Minister Ana Sorel said Valdoria could not confirm that the "
     "firms had sold arms to the rebels.", "doubt"),
    ("Valdoria rejects claims\nLena Roth, a spokeswoman for the State Office for Customs, said Valdoria had "
     "\"not been able to verify\" whether the records were genuine.", "doubt"),
    # someone else's state, named by a reporter, is still reported
    ("Valdoria rejects claims\nAnalyst Ana Sorel said Valdoria could not confirm that the firms had sold arms.",
     "assert"),
    # after the same subject's own "not", the conjunct adds to what it does not know
    ("The lawyer said he had not been allowed to see his client and could not confirm that he had been hurt.",
     "doubt"),
    ("The lawyer said he had not been allowed to see his client and could neither confirm nor rule out "
     "reports that he had been hurt.", "doubt"),
    # after a plain assertion the speaker's point is the first clause
    ("The lawyer said he had seen his client and could not confirm that he had been hurt.", "assert"),
    # a that-clause the speaker does not hold settled
    ("The professor said it was far from certain that a trade panel would rule against the tariff.", "doubt"),
    ("The professor said it was not clear that a trade panel would rule against the tariff.", "doubt"),
    # ("far" parsed as what "was" is: the word hangs on "from" under it all the same)
    ("Not everyone is convinced. Jan Roth, a trade law professor at the University of Bern in Switzerland, said it "
     "was far from certain that a WTO panel would find the law discriminatory, noting that past rulings had given "
     "governments room.", "doubt"),
    ("The professor said it was clear that a trade panel would rule against the tariff.", "assert"),
    # out of reach on the second of two words ("plausible but hard to prove"): the parser hangs the
    # verb on the first
    ("The analyst said the reported sale of rifles to the militia was \"plausible but very hard to prove\".",
     "doubt"),
    ("The analyst said the sale was plausible.", "assert"),
    # said both ways in one breath
    ("\"Maybe it is the dam, maybe it is not. Nobody tells us anything,\" the farmer said.", "doubt"),
    ("\"The water may well be safe. It may not be,\" the biologist said.", "doubt"),
    ("The biologist said the firm may or may not have known about the leak.", "doubt"),
    ("The biologist said the firm may have known. The board might not agree.", "assert"),
    # the question on "sure" under the verb of knowing, and after an adverb
    ("\"Until we see the maps, nobody can say for sure where the fence runs,\" the lawyer said.", "doubt"),
    ("\"The honest answer is that nobody outside the agency knows exactly how much is in the dams,\" she said.",
     "doubt"),
    ("\"I know exactly how much we paid,\" the mayor said.", "assert"),
    # what the content rests on does not settle it
    ("The official said the images were \"not conclusive.\"", "doubt"),
    ("The minister said the reports remained unconfirmed.", "doubt"),
    ("The lab said the results were conclusive.", "assert"),
    # "not a single": an emphatic denial in the speaker's own words, also in the first part of a
    # quotation the cue breaks
    ("\"Not a single live round was fired by our officers,\" the police chief said. \"We are investigating.\"",
     "deny"),
    ("\"I did not take a single coin for myself,\" the tycoon said.", "deny"),
    ("\"Nobody from our side damaged a single truck,\" the farmer said.", "deny"),
    ("The minister said Valdoria would not pay \"a single cent\" of the debt.", "deny"),
    # a subject negated as a whole
    ("\"Not one ton has been taken from the mine,\" the manager said.", "deny"),
    ("\"Not a drop of water that belongs to Estria will be taken,\" the minister said.", "deny"),
    ("\"Not a day goes by without a complaint,\" the mayor said.", "assert"),
    # a bidding, and a single thing that was so, deny nothing
    ("\"Don't buy a single vote more than you need,\" the senator said.", "assert"),
    ("The farmer said a single storm had ruined the crop.", "assert"),
])
def test_what_the_content_says_decides_the_stance(extract, text, stance):
    s = next(s for s in extract(text).statements if s.cue == "said")
    assert s.stance == stance


def test_not_a_single_keeps_its_denial_when_it_joins_the_claim_it_denies(extract):
    doc = extract("Arms row\n\nProsecutors said the firm had sold rifles to the militia.\n\n"
                  "The firm said it had never sold a single rifle to the militia.\n")
    sides = {(speaker(doc, s), s.stance) for s in doc.statements}
    assert sides == {("Prosecutors", "assert"), ("firm", "deny")}
    claim = {s.claim for s in doc.statements}
    assert len(claim) == 1


@pytest.mark.parametrize("text, holder", [
    ("The rights group said at least 120 members had been arrested this year, a figure the police have disputed.",
     "police"),
    ("The union said 300 homes were lost, a number officials rejected.", "officials"),
])
def test_a_count_denied_after_a_comma_is_the_claim_before_it(extract, text, holder):
    doc = extract(text)
    denial = next(s for s in doc.statements if s.stance == "deny")
    assert (speaker(doc, denial), denial.content.split()[-1]) == (holder, "year" if "year" in text else "lost")


def test_a_party_figure_is_still_a_person_who_denies(extract):
    doc = extract("A senior party figure denied the report.")
    assert [(s.cue, s.content) for s in doc.statements] == [("denied", "the report")]


@pytest.mark.parametrize("text, who", [
    ("Malaysia, the world's second-largest palm oil producer after Indonesia, said it was considering joining the "
     "case.", "Malaysia"),
    # a parenthetical frame: the name is the subject of the clause it breaks, not the speaker
    ("Ghana, the ministry said, will appeal the ruling.", "ministry"),
])
def test_a_name_opening_the_sentence_before_its_description_is_the_speaker(extract, text, who):
    doc = extract(text)
    s = next(s for s in doc.statements if s.cue == "said")
    assert speaker(doc, s) == who


def test_a_speaker_the_parser_hung_on_the_quotation_before_the_cue(nlp):
    # "“These are not delays. These are decisions,” Varek's chief executive, Kim Do-yun, told reporters. “Tons were sent elsewhere.”": the parser
    # makes "told" a conjunct of the quotation's verb and the speaker an appositive of its last word
    from spacy.tokens import Doc

    rows = [
        ("\"", "\"", "PUNCT", "``", "punct", 2, False), ("These", "these", "PRON", "DT", "nsubj", 2, True),
        ("are", "be", "AUX", "VBP", "ROOT", 2, True), ("not", "not", "PART", "RB", "neg", 2, True),
        ("delays", "delay", "NOUN", "NNS", "attr", 2, False), (".", ".", "PUNCT", ".", "punct", 2, True),
    ]
    rows += [(w, lem, p, t, d, h + 6, sp) for w, lem, p, t, d, h, sp in [
        ("These", "these", "PRON", "DT", "nsubj", 1, True),
        ("are", "be", "AUX", "VBP", "ROOT", 1, True), ("decisions", "decision", "NOUN", "NNS", "attr", 1, False),
        (",", ",", "PUNCT", ",", "punct", 2, False), ("\"", "\"", "PUNCT", "''", "punct", 2, True),
        ("Varek", "Varek", "PROPN", "NNP", "poss", 8, False), ("'s", "'s", "PART", "POS", "case", 5, True),
        ("chief", "chief", "ADJ", "JJ", "amod", 8, True), ("executive", "executive", "NOUN", "NN", "appos", 2, False),
        (",", ",", "PUNCT", ",", "punct", 8, True), ("Kim", "Kim", "PROPN", "NNP", "compound", 13, True),
        ("Do", "Do", "PROPN", "NNP", "compound", 13, False), ("-", "-", "PUNCT", "HYPH", "punct", 13, False),
        ("yun", "yun", "NOUN", "NN", "appos", 8, False), (",", ",", "PUNCT", ",", "punct", 1, True),
        ("told", "tell", "VERB", "VBD", "conj", 1, True), ("reporters", "reporter", "NOUN", "NNS", "dobj", 15, False),
        (".", ".", "PUNCT", ".", "punct", 1, True),
    ]]
    # the next quotation, close after the cue
    rows += [(w, lem, p, t, d, h + 24, sp) for w, lem, p, t, d, h, sp in [
        ("\"", "\"", "PUNCT", "``", "punct", 3, False), ("Tons", "ton", "NOUN", "NNS", "nsubjpass", 3, True),
        ("were", "be", "AUX", "VBD", "auxpass", 3, True), ("sent", "send", "VERB", "VBN", "ROOT", 3, True),
        ("elsewhere", "elsewhere", "ADV", "RB", "advmod", 3, False), (".", ".", "PUNCT", ".", "punct", 3, False),
        ("\"", "\"", "PUNCT", "''", "punct", 3, False),
    ]]
    words, lemmas, pos, tags, deps, heads, spaces = (list(x) for x in zip(*rows, strict=True))
    doc = Doc(nlp.vocab, words=words, spaces=spaces, lemmas=lemmas, pos=pos, tags=tags, deps=deps, heads=heads)
    doc.user_data["claimgraph_text"] = doc.text
    told = [r for r in find_statements(doc, find_quotes(doc.text)) if r.cue.text == "told"]
    # (the quotation goes on after the frame: one statement, broken by its cue)
    assert [(r.speakers[0].root.text, doc.text[r.content[0] : r.content[1]][:20]) for r in told] == [
        ("executive", "These are not delays")]


@pytest.mark.parametrize("text, stance", [
    ("Title\nThe ministry denied a delay. Its spokeswoman, Maria Kowalska, said vaccination had begun within days of the "
     "outbreak, and called the claim \u201csimply false\u201d.", "deny"),
])
def test_a_conjunct_calling_a_claim_false_is_a_denial(extract, text, stance):
    doc = extract(text)
    named = [s for s in doc.statements if s.cue in {"called", "described"}]
    assert [(speaker(doc, s), s.stance) for s in named] == [("Maria Kowalska", stance)]


@pytest.mark.parametrize("text, denied", [
    ("Title\nRebels said the army had shelled the town. The army denied this.", "the army had shelled the town"),
    ("Title\nA senior official who asked not to be named said Varn was irritated, adding that Osmia had not yet "
     "used the ordinary channels.\n\nThe Osmian finance ministry disputed that, saying its request went through "
     "the usual procedure.", "Osmia had not yet used the ordinary channels"),
    # a relative "that" is no pronoun for the sentence before
    ("Title\nLawyers said the fine was excessive. They asked for a stay, a request that the judge denied.", None),
])
def test_a_denial_of_a_bare_that_or_this_is_of_what_the_sentence_before_said(extract, text, denied):
    doc = extract(text)
    got = [s.content for s in doc.statements if s.stance == "deny" and s.cue in {"denied", "disputed"}]
    assert got == ([denied] if denied else [])


@pytest.mark.parametrize("text", [
    "Title\nThe general warned that the navy was reviewing its rules, but declined to say what changes were being "
    "considered.",
    "Title\n\u201cWe just want to know that he is alive,\u201d said one woman, who declined to give her name for fear "
    "of reprisals.",
])
def test_a_refusal_to_answer_or_to_be_named_says_nothing(extract, text):
    doc = extract(text)
    assert not any(s.cue.startswith("declined") for s in doc.statements)
    assert any(s.cue in {"warned", "said"} for s in doc.statements)


@pytest.mark.parametrize("text, cues", [
    # an act done by saying so is an event, no claim
    ("Title\nEstria declared independence from Valdoria in 1991.", []),
    ("Title\nThe government declared a state of emergency on Friday.", []),
    ("Title\nThe army chief announced a truce with the rebels.", []),
    ("Title\nThe president declared victory in the election.", ["declared"]),
    ("Title\nThe minister announced that the curfew would end.", ["announced"]),
])
def test_a_declaration_that_performs_an_act_is_no_statement(extract, text, cues):
    assert [s.cue for s in extract(text).statements] == cues


@pytest.mark.parametrize("text, cues", [
    # to claim a place is to hold it, and "much of it claimed by" is a passive whose subject is a thing
    ("Title\nOstria claims almost all of the Velan Sea, much of it also claimed by its neighbours.", []),
    ("Title\nOstria claims the Velan islands as its own.", []),
    ("Title\nThe minister claimed the land had been sold illegally.", ["claimed"]),
])
def test_claiming_a_place_is_no_statement(extract, text, cues):
    assert [s.cue for s in extract(text).statements] == cues


@pytest.mark.parametrize("text, cues", [
    ("Title\nIf the talks fail within 60 days, Ostria can ask for a panel to rule on the case.", []),
    ("Title\nThe reporter asked if the talks had failed.", ["asked"]),
])
def test_a_fronted_if_clause_is_a_condition_not_what_is_asked(extract, text, cues):
    assert [s.cue for s in extract(text).statements] == cues


def test_a_plural_noun_the_tagger_took_for_a_verb_is_no_cue(extract):
    doc = extract("Title\nTalks stalled after the creditors accused the government of withholding up-to-date "
                  "foreign reserve figures that they said would show the island could afford to repay more.")
    assert "figures" not in [s.cue for s in doc.statements]
    assert "accused" in [s.cue for s in doc.statements]


@pytest.mark.parametrize(("text", "cue", "content", "who"), [
    # the cue joined to the content's verb as a conjunct with no "and"
    ("The plan includes a new ferry to serve the islands, Transport Minister Lia Ormond told lawmakers on Tuesday.",
     "told", "The plan includes a new ferry to serve the islands", "Lia Ormond"),
    ("Word has it that Vellmart is looking to launch a streaming service. The online retail giant is planning to "
     "roll out the new service early next year, the Harbour Post reported on Friday. It would be separate from its "
     "yearly membership.",
     "reported", "The online retail giant is planning to roll out the new service early next year", "Harbour Post"),
    # a misparse hangs the tail of the clause on the cue: what was said runs to the speaker's comma
    ("Tova Lind teaches at Vell. The web has also made it possible for people with odd, if harmless, ideas and "
     "hobbies to find one another and meet, she said.",
     "said", "The web has also made it possible for people with odd, if harmless, ideas and hobbies to find one "
     "another and meet", "Tova Lind"),
])
def test_a_fronted_clause_is_said_up_to_the_comma_before_its_speaker(extract, text, cue, content, who):
    _said_by(extract, text, cue, content, who)


@pytest.mark.parametrize("text", [
    "The ferry sank in the storm, and fishermen told reporters about it.",
    "It was a season when the staff, their subjects, and their readers agreed on a core set of values.",
])
def test_a_joined_clause_of_its_own_reports_nothing_before_it(extract, text):
    doc = extract(f"Harbour\n\n{text}\n")
    assert not [s for s in doc.statements if s.content.startswith(("The ferry sank", "It was a season"))], [
        (s.cue, s.content) for s in doc.statements]


@pytest.mark.parametrize("headline, who", [
    # the headline's verb the tagger read as a plural noun inside the subject
    ("Former Ostrian police chief fights extradition, calls drug case 'political revenge'", "Former Ostrian police chief"),
    ("Ostrian army chief eyes border, says troops ready", "Ostrian army chief"),
    # a plural word for people is part of the name
    ("Dock workers union slams port deal, says jobs at risk", "Dock workers union"),
])
def test_a_headline_verb_read_as_a_noun_ends_its_speaker(extract, headline, who):
    text = f"{headline}\n\nVELL (Wire) - A hearing opened on Monday.\n"
    first = min(extract(text).statements, key=lambda s: s.cue_span[0])
    assert text[first.speaker_span[0]:first.speaker_span[1]] == who


@pytest.mark.parametrize("headline, who, content", [
    ("Ostrian police seize post offices; Velmar cries provocation", "Velmar", "provocation"),
    ("Ostria tightens chip tool export curbs, citing smuggling to Velmar; Velmar vows 'resolute' response",
     "Velmar", "response"),
])
def test_a_headline_cry_or_vow_names_what_was_said(extract, headline, who, content):
    doc = extract(f"{headline}\n\nVELL (Wire) - Police moved in on Monday.\n")
    s = next((s for s in doc.statements if s.cue in {"cries", "vows"}), None)
    assert s is not None, [(x.cue, x.content) for x in doc.statements]
    assert doc.actor(s.speaker).name == who and s.content.endswith(content)


@pytest.mark.parametrize("sentence", ["The girl cried all night, her mother said.",
                                      "She cried tears of joy when the verdict came."])
def test_crying_is_no_saying(extract, sentence):
    assert not [s for s in extract(f"Verdict\n\n{sentence}\n").statements if s.cue.startswith("cri")]


@pytest.mark.parametrize("sentence, cue, who, content", [
    ("A UN panel said Velmar had trained the rebels, a finding Velmar has long contested.",
     "contested", "Velmar", "Velmar had trained the rebels"),
    ("A UN panel said Velmar had trained the rebels, a finding Velmar disputed at the time.",
     "disputed", "Velmar", "Velmar had trained the rebels"),
    ("The opposition contested the official results.", "contested", "opposition", "the official results"),
    # what someone was called, named as what is denied
    ("The opposition has called the delay a \"constitutional coup\", a description that government spokeswoman "
     "Ana Pell rejected on Tuesday.", "rejected", "Ana Pell", "the delay a \"constitutional coup\""),
    # a clause after "at the time" is what was reported
    ("The Harbour Post reported at the time that the ministry had closed the port.",
     "reported", "Harbour Post", "the ministry had closed the port"),
])
def test_a_contested_finding_is_denied(extract, sentence, cue, who, content):
    doc = extract(f"Panel\n\n{sentence}\n")
    s = next((s for s in doc.statements if s.cue == cue), None)
    assert s is not None, [(x.cue, x.content) for x in doc.statements]
    assert doc.actor(s.speaker).name == who and s.content.endswith(content)
    assert s.stance == ("assert" if cue == "reported" else "deny")


def test_running_in_an_election_contests_no_claim(extract):
    assert not extract("Vote\n\nThree parties will contest the election in May.\n").statements


def _parsed(nlp, rows: list[tuple], **attrs):
    """A Doc with the parse written out, one (word, head, dep, pos, space after) row a token:
    the misparse a test is about, whatever the tagger does with the words today."""
    from spacy.tokens import Doc

    words, heads, deps, pos, spaces = (list(x) for x in zip(*rows, strict=True))
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, spaces=spaces, **attrs)


def test_the_tail_of_a_hyphenated_place_is_no_subject(nlp):
    from claimgraph.attribution.rules import nearest_subject

    # "Residents of the village of Kor-Tal said P", parsed with "Tal" a second subject
    doc = _parsed(nlp, [("Residents", 8, "nsubj", "NOUN", True), ("of", 0, "prep", "ADP", True),
                        ("the", 3, "det", "DET", True), ("village", 1, "pobj", "NOUN", True),
                        ("of", 3, "prep", "ADP", True), ("Kor", 4, "pobj", "PROPN", False),
                        ("-", 8, "punct", "PUNCT", False), ("Tal", 8, "nsubj", "PROPN", True),
                        ("said", 8, "ROOT", "VERB", True), ("gunfire", 10, "nsubj", "NOUN", True),
                        ("continued", 8, "ccomp", "VERB", False), (".", 8, "punct", "PUNCT", False)])
    assert nearest_subject(doc[8]).text == "Residents"
    # a name's own hyphen piece stays: "spokesman Ali al-Tal said", the piece hung on the name
    doc = _parsed(nlp, [("spokesman", 5, "nsubj", "NOUN", True), ("Ali", 4, "compound", "PROPN", True),
                        ("al", 4, "compound", "PROPN", False), ("-", 5, "punct", "PUNCT", False),
                        ("Tal", 5, "nsubj", "PROPN", True), ("said", 5, "ROOT", "VERB", True),
                        ("it", 5, "ccomp", "PRON", False), (".", 5, "punct", "PUNCT", False)])
    assert nearest_subject(doc[5]).text == "Tal"


@pytest.mark.parametrize("text, cue, speaker", [
    # "the statement" is the one the speaker issued a paragraph before, a quotation of two sentences between
    ("Rebels deny attack\n\nThe Front rejected the accusation in a statement posted on its channels, calling it "
     "\"a lie.\"\n\n\"Our units have respected the truce since the first day. We did not attack the pipeline,\" "
     "the statement said.\n", "said", "Front"),
    # a surname that is also a city's name, after the person was named in full
    ("Police deny reward\n\nPolice spokesman Brigadier General Tomas Lima said there had never been a reward "
     "system.\n\nLima said: \"His story is a fabrication by a disgruntled former officer.\"\n", "said", "Tomas Lima"),
    # a title after a body's initials
    ("Probe to proceed\n\n\"The investigation will proceed,\" ICC Prosecutor Emeka Obi told reporters in The "
     "Hague.\n", "told", "Emeka Obi"),
    # a country written in capitals is no "us"
    ("Ostria court suspends primary; US threatens to restore oil sanctions\n\nVELL (Wire) - The court suspended the "
     "primary.\n", "threatens", "US"),
])
def test_a_speaker_the_parse_hides(extract, text, cue, speaker):
    doc = extract(text)
    said = [doc.actor(s.speaker).name for s in doc.statements if s.cue == cue]
    assert said and said[-1] == speaker


def test_a_headline_speaker_span_holds_no_line_break(extract):
    text = "WE WILL NOT BACK DOWN, says union\n\nThe union said it would strike.\n"
    doc = extract(text)
    spans = [text[a:b] for s in doc.statements if s.speaker_span for a, b in [s.speaker_span]]
    assert spans and all(sp == sp.strip() for sp in spans), spans


def test_a_bodys_name_right_after_its_kind_is_in_its_mention(nlp):
    from claimgraph.attribution.rules import noun_phrase

    # "Rights group Velsa welcomed the decision", parsed with the name hung on "group"
    doc = _parsed(nlp, [("Rights", 1, "compound", "PROPN", True), ("group", 3, "nsubj", "NOUN", True),
                        ("Velsa", 1, "appos", "PROPN", True), ("welcomed", 3, "ROOT", "VERB", True),
                        ("the", 5, "det", "DET", True), ("decision", 3, "dobj", "NOUN", False),
                        (".", 3, "punct", "PUNCT", False)])
    assert noun_phrase(doc[1]).text == "Rights group Velsa"


def test_a_false_label_as_a_second_object_and_the_verb_after_the_quotation(extract):
    # "calling it “a smear ...”": the label is the second object; the pronoun alone names nothing,
    # so the label stays in what was said; the conjunct after the quotation is the speaker's too
    doc = extract('Dispatch\n\nThe minister rejected the report, calling it "a smear campaign dressed up as journalism" '
                  'and accusing its authors of serving foreign interests.\n')
    got = {s.cue: (s.stance, s.content) for s in doc.statements}
    assert got["accusing"] == ("assert", "its authors of serving foreign interests")
    assert [doc.actor(s.speaker).name for s in doc.statements if s.cue == "accusing"] == ["minister"]
    doc = extract('Dispatch\n\nThe minister called the report "a smear campaign dressed up as journalism".\n')
    assert [(s.stance, s.content) for s in doc.statements if s.cue == "called"] == [("deny", "the report")]


@pytest.mark.parametrize("text, said", [
    ("Police declined to name the suspects.", False),
    ("The ministry would not identify the firm.", False),
    ("The official said the strikes were staged. He did not name the firm or its owners.", True),
    # a refusal to hand something over takes a stand on it
    ("The firm refused to disclose the amount.", True),
])
def test_a_refusal_to_name_someone_tells_nothing(extract, text, said):
    doc = extract("Dispatch\n\n" + text + "\n")
    assert bool(doc.statements) == said
    assert not any(s.cue.endswith(("name", "identify")) for s in doc.statements)


def test_a_name_before_its_age_and_description_speaks_where_the_parse_loses_it(nlp):
    from spacy.tokens import Span

    from claimgraph.attribution.rules import find_subject

    # "Tamer Nabil, 39, a driver, said he waited", parsed with the given name read as a verb
    doc = _parsed(nlp, [("Tamer", 8, "parataxis", "VERB", True), ("Nabil", 0, "dobj", "PROPN", False),
                        (",", 1, "punct", "PUNCT", True), ("39", 1, "appos", "NUM", False),
                        (",", 1, "punct", "PUNCT", True), ("a", 6, "det", "DET", True),
                        ("driver", 1, "appos", "NOUN", False), (",", 0, "punct", "PUNCT", True),
                        ("said", 8, "ROOT", "VERB", True), ("he", 10, "nsubj", "PRON", True),
                        ("waited", 8, "ccomp", "VERB", False), (".", 8, "punct", "PUNCT", False)],
                  tags=["VBD", "NNP", ",", "CD", ",", "DT", "NN", ",", "VBD", "PRP", "VBD", "."],
                  sent_starts=[True] + [False] * 11)
    doc.ents = [Span(doc, 0, 2, label="PERSON")]
    subj, _ = find_subject(doc[8])
    assert subj is not None and subj.text == "Nabil"


def test_a_claim_said_in_a_clause_is_a_statement_whatever_place_the_phrase_after_names(nlp):
    doc = claimgraph.extract("Title\n\nNorway's navy claimed on Tuesday that Swedish ships had entered its "
                             "fjords, a claim quickly denied by Sweden's maritime agency.\n")
    assert "claimed" in [s.cue for s in doc.statements]
