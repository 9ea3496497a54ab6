"""Speakers that translated or wire copy names in unusual places: a name closing a role phrase after
the cue, a teller after "As reported", and a name a nameless speaker gives for themself."""
from __future__ import annotations

import pytest


def _quotes(pipeline, text: str) -> dict[str, str | None]:
    record = pipeline.extract(text)
    names = {a.id: a.name for a in record.actors}
    return {q.text: names.get(q.speaker) for q in record.quotes}


def _speaker_of(found: dict[str, str | None], words: str) -> list[str | None]:
    return [speaker for text, speaker in found.items() if words in text]


@pytest.mark.parametrize("text, content, speaker", [
    ("The Ministry of Foreign Affairs of Georgia sent a note to the Russian side with the request to explain the "
     "reasons of the detention, informed the official representative of the ministry Anna Petrova.",
     "sent a note to the Russian side", "Anna Petrova"),
    ("The border crossing will stay closed until Monday, reported the spokesman of the customs service "
     "Daniel Morar.", "The border crossing will stay closed until Monday", "Daniel Morar"),
    ("The Foreign Ministry of Armenia sent a protest note to the Azerbaijani side, informed the press secretary "
     "of the ministry Ani Badalyan.", "sent a protest note to the Azerbaijani side", "Ani Badalyan"),
])
def test_a_name_closing_the_role_after_the_cue_is_the_speaker(pipeline, text, content, speaker):
    assert _speaker_of(_quotes(pipeline, text), content) == [speaker]


@pytest.mark.parametrize("text, content, body", [
    ("As reported the press service of the Interior Ministry, the suspect \"was preparing an attack on a police "
     "station\" and carried explosives.", "was preparing an attack on a police station", "Interior Ministry"),
    ("As informed the State Border Service, the guards \"acted within the law\" during the arrest.",
     "acted within the law", "State Border Service"),
])
def test_the_teller_named_after_as_reported_is_the_speaker(pipeline, text, content, body):
    speakers = _speaker_of(_quotes(pipeline, text), content)
    assert len(speakers) == 1 and body in (speakers[0] or "")


def test_as_reported_with_a_date_names_no_teller(pipeline):
    found = _quotes(pipeline, "As reported in January, the border \"remains closed to trucks\" until spring.")
    assert _speaker_of(found, "remains closed to trucks") in ([], [None])


@pytest.mark.parametrize("text, content, speaker", [
    ("A soldier in fatigues read a statement on state television. The soldier, who identified himself as "
     "Captain Moussa Diallo, said that the army had dissolved the government.",
     "the army had dissolved the government", "Moussa Diallo"),
    ("A masked man appeared in the video. The man, who introduced himself as Colonel Amadou Keita, declared "
     "that the borders were closed until further notice.", "the borders were closed", "Amadou Keita"),
])
def test_the_name_a_speaker_gives_for_themself_is_the_speaker(pipeline, text, content, speaker):
    assert _speaker_of(_quotes(pipeline, text), content) == [speaker]


def test_a_relative_clause_that_names_someone_else_leaves_the_speaker(pipeline):
    found = _quotes(pipeline, "The officer, who served under Colonel Amadou Keita, said that the army had taken "
                              "control of the airport.")
    assert _speaker_of(found, "the army had taken control of the airport") != ["Amadou Keita"]


@pytest.mark.parametrize("text, content, speaker", [
    ("France, Germany and Italy condemned the test. In a joint statement, the three European governments said "
     "the test broke the treaty and called for talks.", "the test broke the treaty", "France"),
    ("Egypt and Qatar hosted the talks in Cairo. The two mediators said that a deal was close.",
     "a deal was close", "Egypt"),
    ("Spain and Portugal signed the water deal in Madrid. The two governments said the river flows would be "
     "shared equally.", "the river flows would be shared equally", "Spain"),
])
def test_a_counted_plural_speaks_as_the_first_of_the_list_it_counts(pipeline, text, content, speaker):
    assert _speaker_of(_quotes(pipeline, text), content) == [speaker]


def test_a_count_that_does_not_fit_the_list_takes_no_member(pipeline):
    found = _quotes(pipeline, "Kenya, Uganda and Tanzania sent troops. The two countries said the mission "
                              "would last a year.")
    assert _speaker_of(found, "the mission would last a year") not in (["Kenya"], ["Uganda"], ["Tanzania"])


def _speaker_codes(pipeline, text: str, words: str) -> list[str]:
    record = pipeline.extract(text)
    by_id = {a.id: a for a in record.actors}
    return [f"{by_id[q.speaker].country or ''}{by_id[q.speaker].sector or ''}"
            for q in record.quotes if words in q.text and q.speaker in by_id]


@pytest.mark.parametrize("text, words, code", [
    ("Rebels shelled Goma in Congo on Friday. Two schools were hit during the shelling, according to witnesses.",
     "Two schools were hit", "CODCVL"),
    ("Fighting spread in Juba, South Sudan. Eyewitnesses said the shelling set a fuel depot on fire.",
     "set a fuel depot on fire", "SSDCVL"),
])
def test_witnesses_speak_as_civilians_of_the_story_state(pipeline, text, words, code):
    assert _speaker_codes(pipeline, text, words) == [code]


def test_by_the_voice_of_its_ministry_attaches_a_quoted_invitation(pipeline):
    found = _quotes(pipeline, "Italy, a former colonial power, invited \"all the parties to calm\" by the voice of "
                              "its foreign ministry.")
    assert _speaker_of(found, "all the parties to calm") == ["Italy"]


@pytest.mark.parametrize("text", [
    "The president invited the opposition leaders to a dinner at the palace on Friday.",
    "Norway invited both delegations to resume talks in Oslo next month.",
])
def test_an_invitation_without_quoted_words_is_no_quote(pipeline, text):
    assert _quotes(pipeline, text) == {}


@pytest.mark.parametrize("text, content, body", [
    ("Soldiers seized the palace in Niamey, Niger, and the presidency condemned the move. A source close to the "
     "presidency said the president was safe.", "the president was safe", "presidency"),
    ("Police raided the offices of the Democratic Party in Lima. A source close to the Democratic Party said the "
     "raid was illegal.", "the raid was illegal", "Democratic Party"),
])
def test_a_source_close_to_a_body_speaks_for_it(pipeline, text, content, body):
    assert _speaker_of(_quotes(pipeline, text), content) == [body]
