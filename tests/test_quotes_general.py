"""Speakers of common attribution patterns, read end to end (quotes resolved to record actors)."""
from __future__ import annotations

import pytest


def _speakers(pipeline, text: str) -> dict[str, str | None]:
    record = pipeline.extract(text)
    names = {a.id: a.name for a in record.actors}
    return {q.text: names.get(q.speaker) for q in record.quotes}


@pytest.mark.parametrize("text, content, speaker", [
    ("The report, published on Tuesday by Amnesty International, said prisoners had been beaten in Peru.",
     "prisoners had been beaten in Peru", "Amnesty International"),
    ("The study, released by the World Bank, said growth would slow in Peru next year.",
     "growth would slow in Peru next year", "World Bank"),
])
def test_a_document_speaks_for_the_body_that_issued_it(pipeline, text, content, speaker):
    assert _speakers(pipeline, text)[content] == speaker


def test_an_office_without_a_name_speaks_for_its_state(pipeline):
    found = _speakers(pipeline, "The Peruvian president's office said the visit would go ahead.")
    assert found["the visit would go ahead"] == "Peru"


def test_a_spokesman_named_after_his_principal_is_the_speaker(pipeline):
    found = _speakers(pipeline, "A spokesman for Prime Minister Ana Lotti, Marc Dumont, said Lotti had "
                                "accepted the invitation.")
    assert found["Lotti had accepted the invitation"] == "Marc Dumont"


def test_a_finding_reported_by_lawyers_is_told_for_their_organisation(pipeline):
    found = _speakers(pipeline, 'Lawyers for the Peruvian Press Council said the ruling confirmed "a pattern of '
                                'intimidation" against reporters.')
    assert [s for t, s in found.items() if "a pattern of intimidation" in t] == ["Peruvian Press Council"]


def test_nameless_people_of_a_place_are_not_its_speakers(pipeline):
    found = _speakers(pipeline, "Residents of Kharkiv said the shelling lasted all night.")
    assert found["the shelling lasted all night"] == "Residents of Kharkiv"


@pytest.mark.parametrize("text, content, speaker", [
    ("The Peruvian Foreign Ministry summoned the Chilean ambassador on Monday. A spokesperson said the "
     "government expected Santiago to respect the treaty.",
     "the government expected Santiago to respect the treaty", "Peruvian Foreign Ministry"),
    ("The Andean Liberation Front rejected the charges. A spokesman for the group, who declined to be named, "
     "said its commander would not surrender.", "its commander would not surrender", "Andean Liberation Front"),
    ("A spokesman for Lima's Popular Action party said the party would appeal the ruling.",
     "the party would appeal the ruling", "Popular Action party"),
])
def test_a_nameless_spokesperson_speaks_for_the_organisation(pipeline, text, content, speaker):
    assert _speakers(pipeline, text)[content] == speaker


def test_a_first_name_alone_and_the_pronoun_after_it_keep_the_speaker(pipeline):
    found = _speakers(pipeline, 'Peruvian Foreign Minister Elena Varga met her Chilean counterpart Tomas Rojas in '
                                'Lima. "We will stand with Chile," Elena told reporters alongside Rojas. She said '
                                'Peruvian firms would open offices in Santiago.')
    assert found["We will stand with Chile"] == "Elena Varga"
    assert found["Peruvian firms would open offices in Santiago"] == "Elena Varga"


@pytest.mark.parametrize("text, content, speaker", [
    ('Opposition leader Marta Quiroga accused the government of trying to "bury democracy" with the new law.',
     "bury democracy", "Marta Quiroga"),
    ('The president Luis Arce qualified the bombing as "a cowardly act against the nation" on Monday.',
     "a cowardly act against the nation", "Luis Arce"),
    ('The cabinet reproached to the mining firm an "irresponsible and illicit behaviour" during the talks.',
     "irresponsible and illicit behaviour", "cabinet"),
])
def test_a_quoted_fragment_of_an_accusation_is_the_accusers(pipeline, text, content, speaker):
    assert _speakers(pipeline, text).get(content) == speaker


def test_according_to_inside_a_relative_clause_sources_that_clause_only(pipeline):
    found = _speakers(pipeline, "The police detained a group of students who, according to the prosecutors, "
                                "planned to occupy the ministry by force.")
    assert found == {"planned to occupy the ministry by force": "prosecutors"}


def test_according_to_it_in_a_relative_clause_does_not_take_the_sentence(pipeline):
    found = _speakers(pipeline, 'The Andean Council condemned the attack and affirmed that "violence against places '
                                'of worship has no place in our faith", while the Lima Rights Centre called to stop '
                                'the "informal settlement talks" which, according to it, let the attackers escape.')
    assert found["violence against places of worship has no place in our faith"] == "Andean Council"
    assert found["informal settlement talks"] == "Lima Rights Centre"
    assert not any("according to" in text or "let the attackers" in text for text in found)


def test_a_body_named_by_the_last_word_of_its_name_paragraphs_later(pipeline):
    found = _speakers(pipeline, "Peru expelled the correspondent, the Peruvian Media Authority said on Wednesday.\n\n"
                                "The reporter left on Thursday. His colleagues were questioned for hours. Two of "
                                "them were released.\n\nThe authority said in a statement that the reporter had "
                                "broken the rules.")
    assert found["the reporter had broken the rules"] == "Peruvian Media Authority"


def test_a_source_of_the_organisation_speaks_for_the_one_introduced_so(pipeline):
    found = _speakers(pipeline, "Gunmen kidnapped three workers of the aid organization Andean Relief Foundation in "
                                "Cabo Delgado on Tuesday, the police said.\n\nThe army launched a search. Local "
                                "officials said roads were closed. Schools stayed shut on Thursday.\n\nAccording to "
                                "a source of the organization, which requested anonymity, the kidnappers demanded a "
                                "ransom of one million dollars.")
    assert found["the kidnappers demanded a ransom of one million dollars"] == "Andean Relief Foundation"


@pytest.mark.parametrize("text", [
    "According to the decree, the deputy minister of finance will act as minister until March.",
    "The two farmers were held at a police post for a week, according to the ruling.",
])
def test_what_a_legal_text_lays_down_is_no_quotation(pipeline, text):
    assert _speakers(pipeline, text) == {}


def test_according_to_a_statement_still_reports_it(pipeline):
    found = _speakers(pipeline, "The minister met the envoy in Lima on Monday, according to a statement "
                                "from the Peruvian Foreign Ministry.")
    assert "The minister met the envoy in Lima on Monday" in found


def test_a_crew_speaks_for_the_organisation_running_its_vessel(pipeline):
    found = _speakers(pipeline, "The Doctors Without Borders ship Ocean Star picked up 40 people on Friday. "
                                "The crew said the boat had been adrift for two days.")
    assert found["the boat had been adrift for two days"] == "Médecins Sans Frontières"


def test_words_said_in_the_message_are_its_authors(pipeline):
    found = _speakers(pipeline, "The Peruvian Foreign Ministry said the ambassador had been recalled. The envoy "
                                "will return to Lima on Monday, it is said in the message.")
    assert found["The envoy will return to Lima on Monday"] == "Peruvian Foreign Ministry"


def test_an_impersonal_passive_without_a_channel_reports_no_one(pipeline):
    found = _speakers(pipeline, "The envoy will return to Lima on Monday, it is said.")
    assert "The envoy will return to Lima on Monday" not in found


@pytest.mark.parametrize("text, content", [
    ("The Committee to Protect Journalists condemned the move. Peru jailed more reporters than any other "
     "country last year, the New York-based group said.",
     "Peru jailed more reporters than any other country last year"),
    ("The Committee to Protect Journalists condemned the arrests. The New York-based organisation said Peru "
     "held 40 journalists.", "Peru held 40 journalists"),
])
def test_a_body_described_by_where_it_is_based_is_the_one_named_before(pipeline, text, content):
    assert _speakers(pipeline, text)[content] == "Committee to Protect Journalists"


def test_a_remark_inside_a_relative_clause_is_no_quotation(pipeline):
    found = _speakers(pipeline, "The rebels attacked dozens of tankers that the navy says are owned by firms "
                                "in Peru, which angered Lima.")
    assert not any("are owned by firms" in text for text in found)


@pytest.mark.parametrize("label", ["East of the Andes", "Cabo Blanco"])
def test_a_headline_label_naming_a_region_is_no_speaker(pipeline, label):
    found = _speakers(pipeline, f"{label}: rebels seize two towns and close the main road\n\n"
                                "Rebels seized two towns on Monday.")
    assert "rebels seize two towns and close the main road" not in found


def test_a_headline_label_naming_a_body_still_speaks(pipeline):
    found = _speakers(pipeline, "Amnesty International: the rebels must release the hostages now\n\n"
                                "Rebels seized two towns on Monday.")
    assert found["the rebels must release the hostages now"] == "Amnesty International"


def test_a_body_described_by_the_words_of_a_name_told_later_is_that_body(pipeline):
    found = _speakers(pipeline, "Peru's electoral board said on Tuesday that voters had approved the new "
                                "constitution. The Andean Electoral Board, which ran the vote, will publish "
                                "the final count on Friday.")
    assert found["voters had approved the new constitution"] == "Andean Electoral Board"


def test_a_description_that_fits_no_name_stays_with_its_state(pipeline):
    found = _speakers(pipeline, "Peru's electoral commission said on Tuesday that voters had approved the new "
                                "constitution. The National Jury of Elections will publish the count on Friday.")
    # Peru's own (unnamed) commission, or Peru: not the other body named later
    assert found["voters had approved the new constitution"] in ("Peru", "Peru's electoral commission")


def test_people_from_a_named_body_speak_for_it(pipeline):
    found = _speakers(pipeline, 'Their lawyers from the Peruvian Press Council, a rights group, said the ruling '
                                'confirmed "a pattern of intimidation".')
    assert [s for t, s in found.items() if "a pattern of intimidation" in t] == ["Peruvian Press Council"]


@pytest.mark.parametrize("text, content, quoted", [
    ("The Peruvian Foreign Ministry asked Chile for a closer port.", "a closer port", False),
    ("The Peruvian Foreign Ministry asked for support to rebuild the port of Callao.",
     "support to rebuild the port of Callao", True),
])
def test_asking_for_a_thing_is_no_quotation(pipeline, text, content, quoted):
    assert (content in _speakers(pipeline, text)) is quoted
