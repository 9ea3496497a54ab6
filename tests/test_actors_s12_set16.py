"""Set16 causes: an agency's photo credit written "(AP Photo/Name)", a wire dateline crediting an
agency in lower case, a capital that only says where planes shuttle, and a sentence opening
"At a briefing in <capital>," that sets its unqualified officials in that capital's state.
The sentences and names are invented."""
from __future__ import annotations

from actor_helpers import code, extract, named  # noqa: F401 (extract is a fixture)


def test_an_outlet_first_photo_credit_names_a_journalist_of_the_story(extract):
    record = extract("Clash\n\nGunmen attacked a village in Ituri province, Congo, on Sunday, the army said.\n\n"
                     "Soldiers stand watch outside the camp in Bunia, Ituri province, Congo. (AP Photo/Jonas Mbeki)\n\n"
                     "The Congolese army said it had killed three attackers.\n")
    photographer = named(record, "Jonas Mbeki")
    assert photographer is not None and photographer.type == "PERSON"
    assert code(photographer) == ("COD", "MED")


def test_a_lower_case_agency_credited_in_a_dateline_is_an_actor(extract):
    record = extract("Aid deal\n\nYANGON, March 4 (dpa) - Myanmar's ruling generals agreed to let food "
                     "convoys enter the state, officials said.\n\nThe army said it would escort the trucks.\n")
    agency = named(record, "dpa")
    assert agency is not None and code(agency) == ("DEU", "MED")


def _aliases_of(record, country: str) -> list[str]:
    return [alias for a in record.actors if a.type == "GPE" and a.country == country for alias in a.aliases]


def test_a_capital_planes_shuttle_to_is_a_place(extract):
    record = extract("Airlift\n\nKenya flew 400 citizens out of South Sudan on Sunday. Kenya Airways planes "
                     "shuttled between Juba and Nairobi all weekend, the government said.\n")
    assert "Nairobi" not in _aliases_of(record, "KEN")


def test_a_briefing_in_a_capital_sets_its_spokesperson_in_that_state(extract):
    record = extract("Spy row\n\nCanada accused China of hacking a satellite firm. Canadian officials said the "
                     "attack began in May.\n\nAt a daily press briefing held in Beijing, foreign ministry spokesperson "
                     "Li Wenhao said China opposed the smear.\n\nOttawa has expelled two diplomats.\n")
    assert code(named(record, "Li Wenhao")) == ("CHN", "GOV")
