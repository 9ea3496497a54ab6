"""Actor-stage rules for classes of error met on unseen text: bodies whose name starts with a state's
name, places the tagger reads as people or organisations, and capitals that only say where.
The sentences are the team's own."""
from __future__ import annotations

from datetime import date

import pytest


@pytest.fixture(scope="module")
def extract(pipeline):
    def run(text: str):
        return pipeline.extract(text, published=date(2024, 3, 1))
    return run


def named(record, name: str):
    for a in record.actors:
        if name == a.name or name in a.aliases:
            return a
    return None


def all_names(record) -> set[str]:
    return {n for a in record.actors for n in (a.name, *a.aliases)}


def test_a_body_named_after_its_state_is_one_actor(extract):
    record = extract("Border dispute\n\nThe Guyana Defence Force was put on alert on Monday after two boats "
                     "approached an oil platform.\n")
    force = named(record, "Guyana Defence Force")
    assert force is not None and force.code == "GUYMIL"


def test_a_state_prefix_keeps_a_foreign_dictionary_body_away(extract):
    record = extract("Cattle raid\n\nUganda People's Defence Force spokesman Colonel Okello Mugisha said the "
                     "army had arrested nine men.\n")
    spokesman = named(record, "Okello Mugisha")
    assert spokesman is not None and spokesman.country == "UGA"
    assert all(a.country != "MMR" for a in record.actors)


def test_an_acronym_after_a_state_named_body_is_that_bodys(extract):
    record = extract("Prison strike\n\nThe Oman Institute for Rights and Democracy (OIRD) said the detainees "
                     "had refused food. OIRD said the strike would go on.\n")
    institute = named(record, "Oman Institute for Rights and Democracy")
    assert institute is not None and "OIRD" in institute.aliases
    oman = named(record, "Oman")
    assert oman is None or "OIRD" not in oman.aliases


def test_a_dotted_state_abbreviation_stays_in_a_known_name(extract):
    record = extract("Naval visit\n\nThe U.S. Southern Command said one of its ships would call at the port "
                     "next week.\n")
    command = next((a for a in record.actors if "U.S. Southern Command" in (a.name, *a.aliases)), None)
    assert command is not None and command.code == "USAMIL"


@pytest.mark.parametrize("text,place", [
    ("Militants killed seven soldiers in North Waziristan on Sunday, the army said.\n", "North Waziristan"),
    ("Raiders drove 400 cattle out of Kenya's Turkana County, the police said.\n", "Turkana County"),
    ("The court said the crimes were committed against villagers in West Darfur last year.\n", "West Darfur"),
    ("The envoy was received by President Kassim Diallo at the People's Palace on Monday.\n", "People's Palace"),
])
def test_places_the_tagger_names_are_no_actors(extract, text, place):
    assert place not in all_names(extract("Report\n\n" + text))


def test_a_capital_that_only_locates_is_no_alias_of_its_state(extract):
    record = extract("Protest lodged\n\nNAIROBI, May 2 - Kenya summoned the envoy of Uganda on Tuesday. Talks "
                     "were held in Nairobi later that day, and Kenya said it expected an apology.\n")
    kenya = named(record, "Kenya")
    assert kenya is not None
    assert "Nairobi" not in kenya.aliases and "NAIROBI" not in kenya.aliases


def test_a_capital_that_acts_stays_an_alias(extract):
    record = extract("Protest lodged\n\nKenya summoned the envoy of Uganda on Tuesday. Nairobi said it "
                     "expected an apology.\n")
    kenya = named(record, "Kenya")
    assert kenya is not None and "Nairobi" in kenya.aliases
