"""Claims and kinds in one article: wordings of one proposition and quotations
that invented held-out wire stories showed kept apart or misread. Sentences are ours."""

import pytest

import claimgraph


def _claims_of(doc):
    return {s.content: s.claim for s in doc.statements}


def test_a_two_word_wording_joins_the_claim_it_says_all_of(nlp):
    doc = claimgraph.extract(
        "Dispatch\n\nKasper Holt, a local birdwatcher, said the ministry had ignored warnings from residents "
        "for a year.\n\nThe ministry rejected Holt's claims that warnings had been ignored.\n")
    claims = _claims_of(doc)
    assert claims["warnings had been ignored"] == claims["the ministry had ignored warnings from residents for a year"]
    one = next(c for c in doc.claims if c.id == claims["warnings had been ignored"])
    assert {(st.stance, doc.actor(st.actor).name) for st in one.stances} == {
        ("assert", "Kasper Holt"), ("deny", "ministry")}


def test_two_words_shared_without_the_act_stay_apart(nlp):
    doc = claimgraph.extract(
        "Dispatch\n\nThe union said wages had been cut twice this year.\n\nThe company said wages were raised "
        "in March.\n")
    claims = _claims_of(doc)
    assert claims["wages had been cut twice this year"] != claims["wages were raised in March"]


def test_two_quotations_around_a_long_frame_are_direct(nlp):
    doc = claimgraph.extract(
        "Dispatch\n\n\"These are not rounding errors,\" the trust's director, Mette Lund, told a news conference "
        "in Copenhagen on Tuesday afternoon. \"Somebody decided the public should see a quarter of the truth.\"\n")
    told = [s for s in doc.statements if s.cue == "told"]
    assert [(s.kind, len(s.content_parts or [])) for s in told] == [("direct", 2)]


def test_a_lede_order_is_not_the_claim_a_later_no_is_against(nlp):
    # a lede that orders an inspection states no claim: "received no complaint ... join the
    # inspection" shares its word but denies nothing
    doc = claimgraph.extract(
        "Ghana inspects cocoa depot after farmers report short weights\n\nKUMASI, Ghana (Wire) — Ghana's cocoa "
        "regulator on Monday ordered an emergency inspection of a privately run depot near Kumasi, after farmers "
        "said its scales had cheated them for months.\n\nA regulator official said it could not be confirmed "
        "whether the scales had been altered or simply worn.\n\nThe Trade Ministry said it had received no "
        "complaint from the farmers' union and that union officials were welcome to join the inspection.\n")
    ministry = next(s for s in doc.statements if doc.actor(s.speaker).name == "Trade Ministry")
    ordered = next(s for s in doc.statements if s.cue == "ordered")
    assert ministry.stance == "assert"
    assert ministry.claim != ordered.claim


@pytest.mark.parametrize("denial, joined", [
    ("rejected the smuggling accusations as groundless", True),
    # a charge of something nothing before says is another claim
    ("rejected the bribery accusations as groundless", False),
])
def test_the_smuggling_accusations_are_the_claim_that_says_smuggling(nlp, denial, joined):
    doc = claimgraph.extract(
        "Valdoria halts grain exports to Norland\n\nASTRA (Wire) - Valdoria suspended wheat exports to Norland on "
        "Monday.\n\nThe agriculture ministry said the ban was needed to stop the systematic smuggling of "
        f"Valdorian wheat through Norland.\n\nNorland's foreign ministry {denial}.\n\nTraders said prices had "
        "doubled.\n")
    ban = next(s for s in doc.statements if s.content.startswith("the ban was needed"))
    rejected = next(s for s in doc.statements if s.cue == "rejected")
    assert (rejected.claim == ban.claim) is joined


@pytest.mark.parametrize("text, content, stance", [
    # "had not yet interviewed any exporter": something not done so far, not a denial that exporters
    # under-declared their shipments; what it has not done and cannot confirm leaves the claim open
    # (SPEC: "cannot confirm" doubts)
    ("Audit says Ghana gold exports under-declared by $80 million\n\nACCRA, Ghana (Wire) \u2014 Ghana's licensed "
     "gold exporters under-declared the value of their shipments by about $80 million over two years, an "
     "independent audit published on Monday alleged, prompting the anti-graft agency to open an investigation."
     "\n\nThe exporters' association rejected claims that its members had under-declared shipments.\n\nA "
     "spokesman for the agency later said it had not yet interviewed any exporter and could not confirm that any "
     "valuer was under suspicion.\n", "it had not yet interviewed", "doubt"),
    # "would not tolerate illegal mining" takes a stand on what shall be: it denies no one mined
    ("Villagers accuse miner of illegal dredging\n\nLIMA (Wire) - Villagers on Monday accused Oro Verde "
     "Mining of running illegal gold dredges on the river, a charge the company denied.\n\nMining Minister "
     "Raul Quispe told reporters that the government would not tolerate illegal mining by any company.\n",
     "the government would not tolerate", "assert"),
])
def test_what_is_no_denial_of_the_story_claim(nlp, text, content, stance):
    said = next(s for s in claimgraph.extract(text).statements if s.content.startswith(content))
    assert said.stance == stance


@pytest.mark.parametrize("denial, joined", [
    ("No one was beaten. The suspects are in good health", True),
    # the doer the account names, ruled out by the one who answers for them: a rebuttal of it
    # (the verb and the doer in common, `_rebuttal_links`)
    ("My officers did not beat her. The suspects are in good health", True),
])
def test_no_one_did_it_denies_another_speakers_account_with_the_same_verb(nlp, denial, joined):
    doc = claimgraph.extract(
        "Police arrest activist before rally\n\nDODOMA (Wire) — Police arrested activist Rehema Kiwelu on Sunday, "
        "her lawyer said.\n\nHer sister, Neema Kiwelu, alleged that officers had beaten the activist during the "
        f"arrest.\n\n\u201c{denial},\u201d regional police commander Joseph Mlay told reporters.\n")
    alleged = next(s for s in doc.statements if s.cue == "alleged")
    told = next(s for s in doc.statements if s.cue == "told")
    assert (told.claim == alleged.claim) == joined
    if not joined:
        return
    assert told.stance == "deny"
    claim = next(c for c in doc.claims if c.id == alleged.claim)
    assert {(doc.actor(st.actor).name, st.stance) for st in claim.stances} >= {
        ("Neema Kiwelu", "assert"), ("Joseph Mlay", "deny")}


def test_never_once_denies_another_speakers_account_by_any_of_its_verbs(nlp):
    doc = claimgraph.extract(
        "Mexico to review US sanctions on firms\n\nMEXICO CITY (Wire) — Mexico said on Monday it would review the "
        "sanctions announced last week.\n\nThe Treasury Department said Ostrava Quimica had imported more than 30 "
        "tonnes of precursor chemicals since 2022 and sold much of it to front companies.\n\nA lawyer for the firm "
        "said that it had never sold a single kilogram of a controlled substance.\n")
    said = [s for s in doc.statements if s.cue == "said"]
    treasury, firm = said[1], said[-1]
    assert firm.claim == treasury.claim and firm.stance == "deny" and treasury.stance == "assert"


@pytest.mark.parametrize("text, made, named", [
    # "the charge of a vaccine delay": the charge that says all of it
    ("Cholera row deepens\n\nLILONGWE (Wire) \u2014 The water board said its plants had never run short of "
     "chlorine.\n\nIts chief executive blamed what he described as \u201cmonths of delays\u201d by the health "
     "ministry in rolling out oral vaccines.\n\nThe health ministry dismissed the charge of a vaccine delay.\n",
     "blamed", "dismissed"),
    # ... named in the subject of a label, however long what is said of it
    ("Veto row\n\nBRUSSELS (Wire) - Senior EU officials on Tuesday accused Valdoria of blackmail over its veto "
     "of an aid package.\n\nThe minister told state radio that the allegations of blackmail were \"a political "
     "fairy tale\" invented by liberal members of the European Parliament.\n", "accused", "told"),
    # ... by a noun of an act of a predicate class ("contamination"): still a charge named
    ("Mine row\n\nBELGRADE (Wire) - Serbia's parliament approved a mining law on Monday after a long debate.\n\n"
     "Villagers said drilling by Corvid Lithium had contaminated wells in three villages.\n\n"
     "Corvid rejected the contamination allegations.\n", "said", "rejected"),
    # "denied the account": the last one another speaker gave
    ("Prison row\n\nATHENS (Wire) - Parliament passed a budget on Thursday after a long debate.\n\n"
     "\"This was no accident. It was a beating, carried out in the dark,\" said Elena Varga, the group's legal "
     "director.\n\nThe Ministry of Justice denied the account.\n", "said", "denied"),
])
def test_a_charge_named_again_is_the_wording_that_made_it(nlp, text, made, named):
    doc = claimgraph.extract(text)
    maker = next(s for s in doc.statements if s.cue == made)
    namer = next(s for s in doc.statements if s.cue == named)
    assert namer.claim == maker.claim and namer.stance == "deny"


def _sides_of(doc, claim_id):
    claim = next(c for c in doc.claims if c.id == claim_id)
    return {(st.stance, doc.actor(st.actor).name) for st in claim.stances}


@pytest.mark.parametrize("story, said, answer, sides", [
    # the thing there is none of
    ("Rallies spread in Ostria over vote delay\n\nOstria's opposition leader Mara Venn on Monday called the delay of "
     "the presidential election \"a constitutional coup\" and urged supporters to march on the capital.\n\n\"There is "
     "no coup in Ostria. The president acted within the constitution to prevent a crisis,\" government spokesman Pol "
     "Dren told reporters.\n",
     "the delay of the presidential election \"a constitutional coup\"",
     "There is no coup in Ostria. The president acted within the constitution to prevent a crisis",
     {("assert", "Mara Venn"), ("deny", "Pol Dren")}),
    # the answer four paragraphs after the charge
    ("Velmar revokes Ostrian miner's licence\n\nVELL, June 3 - Velmar's government has revoked the licence of "
     "Ostrian mining group Corvane to work the Kessa copper deposit.\n\nMines Minister Ivo Trell told reporters that "
     "Corvane had ignored three formal notices since 2021 to begin work at Kessa.\n\n\"For ten years this company has "
     "sat on a mountain of copper,\" Trell said.\n\nThe minister also said the firm owed the treasury large sums in "
     "fees.\n\nCorvane said it had met all of its legal obligations.\n\nChief executive Lea Mond told Wire the group "
     "had never received the formal notices cited by the minister.\n",
     "Corvane had ignored three formal notices since 2021 to begin work at Kessa",
     "the group had never received the formal notices cited by the minister",
     {("assert", "Ivo Trell"), ("deny", "Lea Mond")}),
    # wrongdoing in general, denied alone: the story's charge
    ("Ostrian opposition says ferry tender was rigged; ministry denies favouritism\n\nVELL, May 2 - Ostria's main "
     "opposition party, the Green League, accused the government on Monday of steering a ferry contract to a firm "
     "run by a minister's cousin.\n\nTransport Ministry spokeswoman Ana Pell denied any wrongdoing.\n",
     "the government on Monday of steering a ferry contract to a firm run by a minister's cousin",
     "any wrongdoing",
     {("assert", "Green League"), ("deny", "Ana Pell")}),
    # the charge named by its holder's report, and called something
    ("Boat\n\nA rights group, Sea Watch Ostria, accused the Velmar coast guard of towing a migrant boat back to "
     "sea.\n\nNavy spokesman Ivo Trell dismissed the group's report as \"fake news spread by smugglers\".\n",
     "the Velmar coast guard of towing a migrant boat back to sea",
     "the group's report as \"fake news spread by smugglers\"",
     {("assert", "Sea Watch Ostria"), ("deny", "Ivo Trell")}),
    ("Boat\n\nA rights group, Sea Watch Ostria, accused the Velmar coast guard of towing a migrant boat back to "
     "sea.\n\nMigration Minister Ivo Trell went further, dismissing the group's report as \"fake news spread by "
     "smugglers and their friends\" and insisting that Velmar was guarding its border lawfully.\n",
     "the Velmar coast guard of towing a migrant boat back to sea",
     "the group's report as \"fake news spread by smugglers and their friends\"",
     {("assert", "Sea Watch Ostria"), ("deny", "Ivo Trell")}),
    # the act, named by a noun in the charge ("a violation of")
    ("Ostria protests Velmar port deal\n\nOstria's foreign ministry on Tuesday called the port deal between Velmar "
     "and the breakaway region \"a flagrant violation of our sovereignty\".\n\nVelmar's foreign minister, Ivo Trell, "
     "said the memorandum \"does not violate the sovereignty of any country\".\n",
     "the port deal between Velmar and the breakaway region \"a flagrant violation of our sovereignty\"",
     "the memorandum \"does not violate the sovereignty of any country\"",
     {("assert", "Ostria"), ("deny", "Ivo Trell")}),
    # a quotation broken by its cue: the part before the cue says it is not so; and the
    # firm's own account between them, given by the body the speaker heads, is not what he answers
    ("Ostria signs port loan\n\nVELL, May 4 - Campaigners alleged that hundreds of families moved for the Kessa "
     "port had never been paid for their land.\n\nThe Kessa Port Company (KPC) said most families had received full "
     "payment.\n\n\"There is no family that has been left without "
     "compensation,\" KPC managing director Ivo Trell told Wire. \"Where a payment is late, the courts decide.\"\n",
     "hundreds of families moved for the Kessa port had never been paid for their land",
     "There is no family that has been left without compensation",
     {("assert", "Campaigners"), ("deny", "Ivo Trell")}),
    # a charge whose quotation opens by saying what is not so ("not spontaneous"), then says what is
    ("Rallies grow\n\n\"These rallies are not spontaneous,\" party leader Ivo Trell told lawmakers. \"They are "
     "organised and paid for by foreign groups.\"\n\nProtesters dismissed the accusations. \"Nobody paid me to be "
     "here,\" said Ana Pell, a student.\n",
     "These rallies are not spontaneous", "Nobody paid me to be here",
     {("assert", "Ivo Trell"), ("deny", "Protesters"), ("deny", "Ana Pell")}),
])
def test_an_answer_joins_the_charge_it_answers(nlp, story, said, answer, sides):
    doc = claimgraph.extract(story)
    claims = _claims_of(doc)
    # (a quotation broken by its cue, by its first part)
    claims |= {s.words().split(" … ")[0]: s.claim for s in doc.statements if s.content_parts}
    assert claims[answer] == claims[said], [(c.text, c.stances) for c in doc.claims]
    assert _sides_of(doc, claims[said]) == sides
    # the claim reads as the charge, not as the answer to it
    assert next(c for c in doc.claims if c.id == claims[said]).text.startswith(said[:20])


@pytest.mark.parametrize("story, said, answer", [
    # what the speaker will not do is a stand, no answer
    ("Water firm keeps its contract\n\nThe opposition said the water company had won the contract through bribes."
     "\n\nFinance Minister Ana Pell said the government would not cancel the contract \"under any circumstances\".\n",
     "the water company had won the contract through bribes",
     "the government would not cancel the contract \"under any circumstances\""),
    # the act said not to be done is only in a clause that describes something else
    ("Video shows shooting\n\nPolice have no plans to release two recordings, one from a dashboard camera and "
     "another from a body camera worn by an officer, lawyers for the family said.\n\nThe officer who fired was not "
     "wearing a recording device, police said.\n",
     "Police have no plans to release two recordings, one from a dashboard camera and another from a body camera "
     "worn by an officer", "The officer who fired was not wearing a recording device"),
    # what it would answer says itself that something is not so
    ("Aid delayed\n\nThe council said some families had not yet received their full payments.\n\nThe "
     "organisers said they had not received a reply to their letters.\n",
     "some families had not yet received their full payments",
     "they had not received a reply to their letters"),
    # not having denied something answers nothing
    ("Judge under review\n\nTwo clerks said the judge had taken gifts from litigants.\n\nThe review board pointed "
     "out that the judge \"has never publicly denied the allegations\".\n",
     "the judge had taken gifts from litigants", "the judge \"has never publicly denied the allegations\""),
])
def test_a_negation_that_answers_nothing_stays_apart(nlp, story, said, answer):
    doc = claimgraph.extract(story)
    claims = _claims_of(doc)
    assert claims[answer] != claims[said]
    assert all(s.stance == "assert" for s in doc.statements if s.content == answer)


def test_a_rebuttal_looks_back_only_so_many_paragraphs_one_per_line_too(nlp):
    filler = "".join(f"The river rose by {n} centimetres on day {n}.\n" for n in range(2, 10))
    story = ("Velmar revokes Ostrian miner's licence\n"
             "Mines Minister Ivo Trell told reporters that Corvane had ignored three formal notices since 2021.\n"
             + filler + "Chief executive Lea Mond said the group had never received the formal notices.\n")
    doc = claimgraph.extract(story)
    claims = _claims_of(doc)
    assert claims["the group had never received the formal notices"] != claims[
        "Corvane had ignored three formal notices since 2021"]


def test_a_rebuttal_in_one_endless_paragraph_looks_back_only_so_many_wordings(nlp):
    filler = " ".join(f"Officials said the river rose by {n} centimetres on day {n}." for n in range(2, 50))
    story = ("Velmar revokes Ostrian miner's licence\n\nMines Minister Ivo Trell told reporters that Corvane had "
             f"ignored three formal notices since 2021. {filler} Chief executive Lea Mond said the group had never "
             "received the formal notices.\n")
    claims = _claims_of(claimgraph.extract(story))
    assert claims["the group had never received the formal notices"] != claims[
        "Corvane had ignored three formal notices since 2021"]
