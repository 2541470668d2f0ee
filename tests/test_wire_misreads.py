"""Bodies and names that wire copy gives in forms the tagger reads badly: a
surname with a particle, a firm whose trade word ends its name, a regional
command, a post a firm holds, a visit read as naming, and a denial set off
with a time. Sentences are ours."""

import pytest

import claimgraph


@pytest.fixture(scope="module")
def said(nlp):
    def run(text: str, title: str = "Dispatch") -> list[tuple[str | None, str, str, str]]:
        full = title + "\n" + text + "\n"
        doc = claimgraph.extract(full)
        return [((a := doc.actor(s.speaker)) and a.name, s.cue, s.stance,
                 full[s.content_span[0] : s.content_span[1]]) for s in doc.statements]
    return run


def test_a_surname_with_a_particle_is_the_person_named_in_full(misparsed):
    text = ("Dispatch\nRebel spokesman Brigadier General Tamir al-Wazzan said in a televised address that the "
            "convoy had been struck.\n\"The operation answered their raids,\" al-Wazzan said.\n")
    # the short name hung on its last word, its hyphen tagged a name's word, and taken for a body
    doc = misparsed(text, {31: ("compound", 33), 32: ("punct", 33)},
                    labels={31: "B-ORG", 32: "I-ORG", 33: "I-ORG"})
    names = [doc.actor(s.speaker).name for s in doc.statements]
    assert names == ["Tamir al-Wazzan", "Tamir al-Wazzan"], names


def test_a_participle_of_manner_after_a_quotes_cue_is_no_statement(said):
    rows = said("\"The operation answered their raids,\" Ana Pelc said, reading from a prepared text.")
    assert [(r[0], r[1]) for r in rows] == [("Ana Pelc", "said")], rows


def test_a_firm_whose_name_ends_in_its_trade_is_the_company_not_a_regional_command(said):
    rows = said("The tanker's owner, Corinth-based Meltari Maritime, rejected the claim.\n"
                "Ostrian Central Command said in a post that its forces had shot down one missile.\n"
                "\"The vessel has not been struck,\" the company said in an emailed statement.")
    assert rows[-1][0] == "Meltari Maritime", rows


def test_a_regional_command_is_military():
    doc = claimgraph.extract("Dispatch\nOstrian Central Command said its forces had shot down one missile.\n")
    command = next(a for a in doc.actors if "Command" in a.name)
    assert command.sector == "MIL", command


def test_a_ledes_owner_is_the_firm_the_story_calls_the_owner(said):
    rows = said("DUBAI (Reuters) - The rebels said they struck a tanker, but the vessel's owner denied the ship "
                "had been hit.\nThe tanker's owner, Corinth-based Meltari Maritime, rejected the claim.",
                title="Rebels say they hit tanker, owner denies")
    owners = [r[0] for r in rows if r[2] == "deny"]
    assert owners == ["Meltari Maritime"] * 3, rows


def test_a_phrase_set_off_after_a_visit_is_no_object_of_calling(misparsed):
    text = ("Dispatch\nDoe claimed that two other Meltari tankers had called at the port of Varna in recent months, "
            "an allegation the company dismissed as \"baseless\".\n")
    # the set-off phrase hung on "called" as its noun of measure
    doc = misparsed(text, {21: ("npadvmod", 10)})
    rows = [(s.cue, text[s.content_span[0] : s.content_span[1]]) for s in doc.statements]
    assert [cue for cue, _ in rows] == ["claimed", "dismissed"], rows
    assert rows[1][1] == rows[0][1], rows


def test_a_denial_set_off_with_a_time_of_no_date_closes_the_claim(said):
    rows = said("Some lawmakers have claimed that foreign managers ignore the safety law, a charge Lorvia has "
                "rejected in the past.")
    assert rows[-1][:3] == ("Lorvia", "rejected", "deny"), rows
    assert rows[-1][3] == "foreign managers ignore the safety law", rows
