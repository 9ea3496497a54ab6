"""A caption's photo credit closing a paragraph names a media outlet, and its words are no part
of the name before it; bracketed words inside a sentence, acronyms and item labels are no
credits. The sentences are the team's own."""
from __future__ import annotations

import pytest

from actor_helpers import extract, named  # noqa: F401 (extract is a fixture)


@pytest.mark.parametrize("caption,credit", [
    ("Riot police stand guard outside the court in Almaty (photo: Steppe Lens)", "Steppe Lens"),
    ("Marines patrol the harbour of a fishing village (Fotomar)", "Fotomar"),
    ("Voters queue outside a school in the capital. Photo: Kolokol.kz", "Kolokol.kz"),
])
def test_a_credit_closing_a_caption_is_a_media_outlet(extract, caption, credit):
    record = extract(f"Vote\n\n{caption}\n\nThe Kazakh interior ministry said ten people were detained.\n")
    outlet = named(record, credit)
    assert outlet is not None and outlet.type == "ORG" and outlet.sector == "MED"
    assert not any(credit in a.name and a.name != credit for a in record.actors)


def test_a_credit_takes_the_storys_country(extract):
    record = extract("Vote\n\nKazakhstan's interior ministry said ten people were detained in Almaty.\n\n"
                     "Police stand outside the court (photo: Steppe Lens)\n")
    assert named(record, "Steppe Lens").country == "KAZ"


@pytest.mark.parametrize("text", [
    "Talks\n\nThe Kurdistan Workers' Party (PKK) said the ceasefire was over (Video)\n",
    "Talks\n\nResidents of Ilbeco (Fotomar) fled the town after the attack.\n",
])
def test_labels_acronyms_and_words_inside_a_sentence_are_no_credits(extract, text):
    record = extract(text)
    assert all(a.sector != "MED" for a in record.actors)
