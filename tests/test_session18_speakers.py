"""Session 18: reported clauses in the usual frames of news text, and speakers named by a state's body."""
from __future__ import annotations

from quote_helpers import speaker_of


def _quote_with(record, words: str):
    return next((q for q in record.quotes if words in q.text), None)


def test_aside_between_subject_and_verb_reports_the_clause(pipeline):
    record = pipeline.extract(
        "Port strike enters second week\n\n"
        "Dockers' leader Tamsin Arkwright addressed the crowd on Monday. "
        "The port authority, she said, had ignored every letter the union sent since March.")
    quote = _quote_with(record, "had ignored every letter")
    assert quote is not None, [q.text for q in record.quotes]
    assert speaker_of(record, "had ignored every letter").name == "Tamsin Arkwright"


def test_aside_with_a_place_for_subject(pipeline):
    record = pipeline.extract(
        "Minister rejects ultimatum\n\n"
        "Foreign Minister Olek Varnay spoke after the cabinet met. "
        "Vilnius, he said, would never accept conditions set by a neighbour.")
    assert speaker_of(record, "would never accept conditions").name == "Olek Varnay"


def test_relative_clause_is_no_aside(pipeline):
    record = pipeline.extract(
        "Mayor resigns\n\nThe mayor, who said nothing to reporters, resigned on Monday after the audit.")
    assert not any("resigned on Monday" in q.text for q in record.quotes)


def test_clause_after_fronted_phrase_is_told(pipeline):
    record = pipeline.extract(
        "Border talks end\n\n"
        "Two weeks after the ceasefire, no monitor had reached the valley, the Zambian foreign ministry said on Friday.")
    quote = _quote_with(record, "no monitor had reached the valley")
    assert quote is not None, [q.text for q in record.quotes]
    assert quote.text.startswith("Two weeks after the ceasefire")


def test_all_joined_clauses_before_a_closing_cue(pipeline):
    record = pipeline.extract(
        "Convoy ambushed\n\n"
        "Bandits raided the fuel convoy near Kabwe, wounding four drivers, but the escort commander "
        "escaped unhurt, provincial officials said.")
    quote = _quote_with(record, "escaped unhurt")
    assert quote is not None, [q.text for q in record.quotes]
    assert quote.text.startswith("Bandits raided the fuel convoy")


def test_state_possessive_names_its_body(pipeline):
    record = pipeline.extract(
        "Hostage freed\n\n"
        "A Czech geologist seized in the desert in May has been freed, Togo's foreign ministry said on Sunday.")
    speaker = speaker_of(record, "has been freed")
    assert speaker is not None and speaker.name == "Togo's foreign ministry"
    assert speaker.country == "TGO"


def test_voice_titled_by_a_bare_kind_speaks_for_the_body_of_that_kind(pipeline):
    record = pipeline.extract(
        "Court to hear election petition\n\n"
        "The opposition lodged its challenge at the Constitutional Court on Monday. "
        "The judges will hear both sides next week, a court official said.")
    speaker = speaker_of(record, "will hear both sides")
    assert speaker is not None and speaker.name == "Constitutional Court"


def test_counted_voices_of_a_bare_kind(pipeline):
    record = pipeline.extract(
        "Party banned\n\n"
        "The Liberty and Renewal Party of Moldova was dissolved by a court order on Tuesday. "
        "Three party officials said a new party would be registered within weeks.")
    speaker = speaker_of(record, "a new party would be registered")
    assert speaker is not None and speaker.name.startswith("Liberty and Renewal Party")


def test_state_name_opening_a_society_name_is_part_of_it(pipeline):
    record = pipeline.extract(
        "Decree challenged\n\n"
        "The petition was lodged by the Malawi Law Society, which argued that the decree broke the constitution.")
    speaker = speaker_of(record, "the decree broke the constitution")
    assert speaker is not None and speaker.name == "Malawi Law Society"


def test_plural_possessive_inside_a_body_of_state_name(pipeline):
    record = pipeline.extract(
        "Nurses strike\n\n"
        "The Independent Nurses' Union of Ghana, a small union, said it would stay out until wages were paid.")
    speaker = speaker_of(record, "it would stay out")
    assert speaker is not None and speaker.name == "Independent Nurses' Union of Ghana"


def test_call_whose_infinitive_hangs_on_the_verb(pipeline):
    record = pipeline.extract(
        "Activist detained\n\n"
        "Accra, May 2 - The talks ended without a deal. The Freedom Party condemned the detention, branding it "
        "a kidnapping, and called on President Kabore to release the activist at once.")
    speaker = speaker_of(record, "to release the activist")
    assert speaker is not None and speaker.name.endswith("Freedom Party")


def test_call_made_by_a_named_chair_read_as_a_modifier(pipeline):
    record = pipeline.extract(
        "Border clash\n\n"
        "Accra, May 2 - The talks ended without a deal. The Commission chairperson, Amara Dossou, "
        "called on the two leaders to exercise restraint.")
    speaker = speaker_of(record, "to exercise restraint")
    assert speaker is not None and speaker.name == "Amara Dossou"


def test_purpose_after_the_sum_asked_for_is_no_call(pipeline):
    record = pipeline.extract(
        "Floods\n\n"
        "In Geneva, the World Food Programme appealed for 40 million dollars to feed flood victims over the winter.")
    assert not any(q.text.startswith("appealed for") and "to feed" in q.text and q.evidence == "cue_infinitive"
                   for q in record.quotes)


def test_speaker_read_as_apposition_of_the_last_name(pipeline):
    record = pipeline.extract(
        "Dam row\n\n"
        "LUSAKA, March 3 (AFP) - Malawi began draining the old irrigation canal without warning the "
        "maize growers near Chipata, Zambia's interior ministry said on Tuesday.")
    speaker = speaker_of(record, "began draining the old irrigation canal")
    assert speaker is not None and speaker.country == "ZMB"


def test_it_after_a_body_modified_by_its_state(pipeline):
    record = pipeline.extract(
        "Dam row\n\n"
        "Lusaka, May 3 - Fishermen blocked the road to the dam on Monday. "
        "The French embassy in Lusaka also condemned the dam. "
        "\"We stand with the fishermen of the lake,\" it wrote in a post on X.")
    speaker = speaker_of(record, "We stand with the fishermen")
    assert speaker is not None and "embassy" in speaker.name


def test_law_society_is_a_civic_body(pipeline):
    record = pipeline.extract(
        "Decree challenged\n\n"
        "The petition was lodged by the Malawi Law Society, which argued that the decree broke the constitution.")
    society = next(a for a in record.actors if a.name == "Malawi Law Society")
    assert society.sector == "NGO"
