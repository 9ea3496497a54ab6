"""Speakers read off translated and name-bearing sentences: a "Said" inside a name, a declaration
of persona non grata, a body in a subjectless "In the ministry said", a dateline read as subject."""
from __future__ import annotations

import pytest


def _speakers(pipeline, text: str) -> dict[str, str | None]:
    record = pipeline.extract(text)
    names = {a.id: a.name for a in record.actors}
    return {q.text: names.get(q.speaker) for q in record.quotes}


@pytest.mark.parametrize("text, content, speaker", [
    ("The rebels have withdrawn from the town, Colonel Hassan Said Nour said.",
     "The rebels have withdrawn from the town", "Hassan Said Nour"),
    ("Three soldiers were killed in the ambush, Major Ali Said Omar told reporters.",
     "Three soldiers were killed in the ambush", "Ali Said Omar"),
    ("The road to the port was reopened on Friday, General Karim Said Haddad said.",
     "The road to the port was reopened on Friday", "Karim Said Haddad"),
])
def test_said_inside_a_name_is_no_cue(pipeline, text, content, speaker):
    found = _speakers(pipeline, text)
    assert content in found
    assert speaker in (found[content] or "")


@pytest.mark.parametrize("text", [
    "Khartoum declared two diplomats persona non grata on Monday and gave them 48 hours to leave.",
    "Bamako declared three envoys persona non grata after the vote.",
])
def test_declaring_someone_persona_non_grata_reports_no_words(pipeline, text):
    assert _speakers(pipeline, text) == {}


@pytest.mark.parametrize("text, content", [
    ('In the Ministry of agriculture of Georgia called the ban "premature" and said that they will send '
     'experts to Moscow.', "they will send experts to Moscow"),
    ("In the Ministry of foreign affairs of Moldova said that the talks will resume in May.",
     "the talks will resume in May"),
])
def test_a_ministry_in_a_subjectless_translated_cue_speaks_not_its_state(pipeline, text, content):
    record = pipeline.extract(text)
    actors = {a.id: a for a in record.actors}
    quote = next(q for q in record.quotes if q.text == content)
    assert quote.speaker is not None
    assert actors[quote.speaker].type != "GPE"
    assert "Ministry" in actors[quote.speaker].name


@pytest.mark.parametrize("text, content, speaker", [
    ('Tunis - The Tunisian Ministry of Foreign Affairs summoned the envoy of Italy in response to what it '
     'called "hostile remarks" of the Italian minister.', "hostile remarks", "Tunisian Ministry of Foreign Affairs"),
    ('Rabat - The Moroccan Ministry of Interior closed the border crossing over what it described as '
     '"repeated provocations" by the guards.', "repeated provocations", "Moroccan Ministry of Interior"),
])
def test_a_dateline_city_is_not_the_subject_a_pronoun_points_to(pipeline, text, content, speaker):
    assert _speakers(pipeline, text)[content] == speaker


@pytest.mark.parametrize("text, content, speaker", [
    ("The Ministry of Health issued a statement on Monday. As it is said in the message, the troops will leave "
     "the border area by Friday.", "the troops will leave the border area by Friday", "Ministry of Health"),
    ("The Federal Tax Service published new rules. As it is said in the message, small shops will pay "
     "less from January.", "small shops will pay less from January", "Federal Tax Service"),
])
def test_an_as_clause_with_an_impersonal_cue_tells_the_main_clause(pipeline, text, content, speaker):
    assert _speakers(pipeline, text).get(content) == speaker


@pytest.mark.parametrize("text, content, speaker", [
    ('The Federal Customs Service restricted imports of pears from Moldova. "The Moldovan side ignored our '
     'warnings", - it is noted in the department.', "The Moldovan side ignored our warnings",
     "Federal Customs Service"),
    ('The National Grain Agency banned exports of wheat. "Stocks have fallen too low", it is stressed in the '
     'agency.', "Stocks have fallen too low", "National Grain Agency"),
])
def test_words_noted_in_the_body_belong_to_the_body_named_before(pipeline, text, content, speaker):
    assert _speakers(pipeline, text).get(content) == speaker


@pytest.mark.parametrize("text, sequel", [
    ("The agency said in a statement that it regrets the delay and it is in talks with all the parties.",
     "it is in talks with all the parties"),
    ("The union said on Monday that wages had not been paid since May and they remain unpaid today.",
     "they remain unpaid today"),
])
def test_a_pronoun_clause_joined_by_and_goes_on_with_the_report(pipeline, text, sequel):
    quotes = [q.text for q in pipeline.extract(text).quotes]
    assert any(sequel in q for q in quotes)


def test_a_clause_after_but_is_not_taken_as_more_of_the_report(pipeline):
    text = "The envoy said that Tehran seeks no tension; but it will defend its interests with full force."
    quotes = [q.text for q in pipeline.extract(text).quotes]
    assert not any("defend its interests" in q for q in quotes)
