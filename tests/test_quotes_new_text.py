"""Quotes and speakers on new text (own sentences): headline labels, spokespeople, offices, passive appeals."""
from __future__ import annotations

import pytest


def _quotes(pipeline, text: str) -> list[str]:
    return [q.text for q in pipeline.extract(text).quotes]


def test_a_quoted_word_in_the_headline_is_a_label_not_a_quote(pipeline):
    text = ('Tehran calls new oil sanctions "piracy"\n\n'
            'DUBAI, May 3 - Iran on Monday condemned new sanctions on its oil exports. "This is theft in open '
            'water," foreign ministry spokesman Ali Karimi told reporters.')
    quotes = _quotes(pipeline, text)
    assert "piracy" not in quotes
    assert "This is theft in open water," in quotes or "This is theft in open water" in quotes


def test_a_headline_scare_quote_after_an_appeal_verb_is_dropped(pipeline):
    text = ('Beijing urges "calm" after undersea cable is cut\n\n'
            'STOCKHOLM, Feb 2 - China urged restraint after a data cable was cut in the Baltic Sea.')
    assert "calm" not in _quotes(pipeline, text)


def test_a_partial_quote_in_the_body_is_kept(pipeline):
    text = ('Rome and Valletta trade blame over rescue ship\n\n'
            'ROME, June 4 - The charity called the decision "cruel and unlawful" and asked for a closer port.')
    assert "cruel and unlawful" in _quotes(pipeline, text)


def _speakers(pipeline, text: str) -> dict[str, str | None]:
    record = pipeline.extract(text)
    names = {a.id: a.name for a in record.actors}
    return {q.text: names.get(q.speaker) for q in record.quotes}


def test_a_spokesperson_for_the_agency_in_a_city_speaks_for_the_agency(pipeline):
    found = _speakers(pipeline, "The UN children's agency UNICEF urged Lima to reopen the schools. A spokesperson "
                                "for the agency in Bogota said several children had been hurt in the clashes.")
    assert found["several children had been hurt in the clashes"] == "United Nations Children's Fund"


def test_a_spokesperson_for_it_speaks_for_the_body_just_named(pipeline):
    found = _speakers(pipeline, "The Chilean Ministry of Foreign Affairs expressed its regret over the expulsion, "
                                "and a spokesperson for it said that Santiago respects the sovereignty of Peru.")
    assert found["Santiago respects the sovereignty of Peru"] == "Chilean Ministry of Foreign Affairs"


def test_his_office_speaks_for_the_person_it_serves(pipeline):
    found = _speakers(pipeline, 'Hezbollah said it fired rockets at an army post. Prime Minister Najib Mikati '
                                'condemned the attack as "a flagrant violation of Lebanese sovereignty" and '
                                'ordered an inquiry, his office said.')
    assert [s for t, s in found.items() if "a flagrant violation" in t] == ["Najib Mikati"]



def test_it_inside_the_clause_of_a_body_is_that_body(pipeline):
    found = _speakers(pipeline, 'Peru summoned the Chilean envoy on Friday. The Chilean Ministry of Foreign Affairs '
                                'recalled its ambassador in Lima for consultations, in response to what it '
                                'described as "the offensive remarks" of the Peruvian foreign minister.')
    assert found["the offensive remarks"] == "Chilean Ministry of Foreign Affairs"


@pytest.mark.parametrize("text, content, speaker", [
    ('The Turkish Foreign Ministry said in a written statement that the ruling was "unacceptable". In the '
     'statement, Sweden was called to "take concrete steps against the financing of terrorism".',
     "take concrete steps against the financing of terrorism", "Turkish Foreign Ministry"),
    ('Foreign policy chief Kaja Kallas said the arrests were "deeply worrying". Iran was urged to release all '
     'foreign nationals it holds without delay.',
     "urged to release all foreign nationals it holds without delay", "Kaja Kallas"),  # a call from its verb on
])
def test_the_subject_of_a_passive_appeal_is_told_not_telling(pipeline, text, content, speaker):
    found = _speakers(pipeline, text)
    assert found[content] == speaker


@pytest.mark.parametrize("text", [
    "The ministry confirmed the arrest on Monday. It did not say whether her laptop would be returned.",
    "Lawyers for Paul Mbeki, who came second according to early results, filed a petition on Friday.",
    "The army did not say that the rebels had fled the town.",
])
def test_an_open_question_a_relative_clause_or_a_denied_cue_is_no_claim(pipeline, text):
    assert _quotes(pipeline, text) == []


def test_a_plain_report_is_still_a_quote(pipeline):
    assert _quotes(pipeline, "The ministry said the talks would resume on Monday.") == [
        "the talks would resume on Monday"]


def test_a_quoted_lone_adverb_is_no_quote_but_a_quoted_judgement_is(pipeline):
    assert _quotes(pipeline, 'The foreign ministry condemned "firmly" the seizure of the tanker and summoned '
                             'the ambassador.') == []
    assert _quotes(pipeline, 'The foreign ministry called the seizure "appalling" and summoned the '
                             'ambassador.') == ["appalling"]


def test_the_name_after_an_according_to_description_is_the_source(pipeline):
    found = _speakers(pipeline, "Tracking data showed the ship had dragged its anchor across the pipeline, "
                                "according to the prosecutor in charge, Anna Berglund.")
    assert list(found.values()) == ["Anna Berglund"]


def test_the_named_source_closing_a_paragraph_speaks(pipeline):
    found = _speakers(pipeline, "Tracking data showed the ship had dragged its anchor across the pipeline, "
                                "according to the prosecutor in charge, Anna Berglund.\n\n"
                                "Prime Minister Ulf Kristersson said the damage was being assessed.")
    assert found["Tracking data showed the ship had dragged its anchor across the pipeline"] == "Anna Berglund"
