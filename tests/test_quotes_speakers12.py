"""Speakers met on the set14 texts, checked on the team's own sentences: a nameless voice titled only
by a bare kind of body ("a ministry spokesperson", "a party official") speaks for the body of that
kind named in the sentences just before, not as a person of its own; a speech verb that closes a
quote and is followed by a role, its body and the holder's name set off by commas ('"...," announced
the secretary general of the union, Jane Doe, at a rally') has that person speak."""
from __future__ import annotations

import pytest

from actor_helpers import extract  # noqa: F401 (extract is a fixture)
from quote_helpers import speaker_of


@pytest.mark.parametrize("text, words, want", [
    ("Tariffs\n\nThe Peruvian Ministry of Trade condemned the measure. A ministry spokesperson said Lima would "
     "defend its exporters.\n", "Lima would defend", "Peruvian Ministry of Trade"),
    ("Troops\n\nGermany's Ministry of Defence said it would send more troops. A ministry spokeswoman said the "
     "first unit would leave in May.\n", "the first unit would leave", "Germany's Ministry of Defence"),
    ("Deaths\n\nKenya's Ministry of Health opened an inquiry into the deaths. \"We will find out what happened,\" "
     "a ministry official said.\n", "We will find out", "Kenya's Ministry of Health"),
])
def test_a_voice_titled_by_a_bare_body_kind_speaks_for_the_body_before(extract, text, words, want):
    speaker = speaker_of(extract(text), words)
    assert speaker is not None and speaker.name == want


@pytest.mark.parametrize("text, words", [
    # a voice of another kind of body than the one named before
    ("Tariffs\n\nThe Peruvian Ministry of Trade condemned the measure. A police spokesman said two protesters "
     "were arrested.\n", "two protesters were arrested"),
    # no body of that kind named before
    ("Protest\n\nProtesters marched through Lima. A ministry spokesperson said the march had been peaceful.\n",
     "the march had been peaceful"),
])
def test_a_voice_of_another_kind_or_with_no_body_before_keeps_its_own_words(extract, text, words):
    speaker = speaker_of(extract(text), words)
    assert speaker is not None and "spokes" in speaker.name.lower()


@pytest.mark.parametrize("text, words, want", [
    ("Tally\n\nThe opposition Liberty Front called the tally fraudulent. \"We reject these figures,\" "
     "announced the secretary general of the front, Paul Okello, at a rally.\n",
     "We reject these figures", "Paul Okello"),
    ("Vote\n\nThe Workers' Party said the vote was rigged. \"We will fight this in court,\" announced the party's "
     "chairman, Tom Reyes, on Friday.\n", "We will fight", "Tom Reyes"),
    ("Clash\n\nThe army said the rebels had attacked first. \"We only responded,\" declared the commander of the "
     "garrison, Colonel Ali Musa, in a statement.\n", "We only responded", "Ali Musa"),
])
def test_a_name_apposed_to_the_role_after_a_closing_cue_speaks(extract, text, words, want):
    speaker = speaker_of(extract(text), words)
    assert speaker is not None and speaker.name == want


def test_a_body_after_a_closing_cue_still_speaks_itself(extract):
    record = extract("Count\n\nThe opposition Democratic Alliance said the count was rigged. \"We will not accept "
                     "this result,\" declared the party, on Monday.\n")
    speaker = speaker_of(record, "We will not accept")
    assert speaker is not None and speaker.name == "Democratic Alliance"


@pytest.mark.parametrize("text, words, want", [
    ("Steel\n\nKenya imposed new duties on steel imported from China on Monday. The levy will run until 2030, "
     "according to a government statement.\n", "will run until 2030", ("KEN", "GOV")),
    ("Border\n\nGhana closed two border crossings on Friday. The crossings will stay shut until further notice, "
     "according to a ministry statement.\n", "will stay shut", ("GHA", "GOV")),
    ("Visas\n\nChile suspended visas for Haitian travellers on Tuesday. The measure will last six months, an "
     "official statement said.\n", "will last six months", ("CHL", "GOV")),
])
def test_a_nameless_government_document_comes_from_the_state_before(extract, text, words, want):
    speaker = speaker_of(extract(text), words)
    assert speaker is not None and (speaker.country, speaker.sector) == want


def test_a_document_of_another_kind_is_not_the_state_s(extract):
    record = extract("Shelling\n\nSyria shelled the border villages. Five people were killed, according to a "
                     "hospital statement.\n")
    quote = next((q for q in record.quotes if "Five people were killed" in q.text), None)
    assert quote is not None, [q.text for q in record.quotes]
    speaker = next((a for a in record.actors if a.id == quote.speaker), None)
    assert speaker is None or speaker.sector != "GOV"
