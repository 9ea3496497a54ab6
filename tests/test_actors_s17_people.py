"""People's codes from their descriptions: where a person's work is based names the person's state."""
import pytest

from actor_helpers import extract, named  # noqa: F401 (extract is a fixture)


@pytest.mark.parametrize("description, country", [
    ("a Nairobi-based analyst at Tembo Advisory", "KEN"),
    ("a grain trader based in Accra", "GHA"),
    ("a Lagos-based lawyer", "NGA"),
])
def test_a_person_based_in_a_foreign_city_is_of_its_state(extract, description, country):
    record = extract(
        "Zambia raises maize export levy\n\n"
        "LUSAKA, April 9 - Zambia's government raised its levy on maize exports on Monday, the Ministry of "
        "Agriculture said, in a bid to keep flour prices down before the harvest. "
        f"\"Buyers across the region will look elsewhere,\" said Orla Kimathi-Brandt, {description}.\n")
    person = named(record, "Orla Kimathi-Brandt")
    assert person is not None and person.country == country, person


def test_the_body_a_based_person_works_at_shares_the_seat(extract):
    record = extract(
        "Zambia raises maize export levy\n\n"
        "LUSAKA, April 9 - Zambia's government raised its levy on maize exports on Monday, the Ministry of "
        "Agriculture said. \"Buyers will look elsewhere,\" said Orla Kimathi-Brandt, a Nairobi-based analyst "
        "at Tembo Advisory.\n")
    body = named(record, "Tembo Advisory")
    assert body is not None and body.country == "KEN", [(a.name, a.code) for a in record.actors]


def test_a_person_without_a_seat_keeps_the_storys_state(extract):
    record = extract(
        "Zambia raises maize export levy\n\n"
        "LUSAKA, April 9 - Zambia's government raised its levy on maize exports on Monday, the Ministry of "
        "Agriculture said. \"Buyers will look elsewhere,\" said Orla Kimathi-Brandt, an analyst at "
        "Tembo Advisory.\n")
    person = named(record, "Orla Kimathi-Brandt")
    assert person is not None and person.country == "ZMB", person


STRANGER_STORY = (
    "Chilean technician held in Bolivia freed\n\n"
    "LA PAZ, June 3 - A Chilean {noun} detained near the border with Peru last month was released on "
    "Monday, Bolivian police said.\n\n"
    "Tomas Ferreyra-Lunde, 38, who installed water pumps for a mining firm, was handed to Chilean "
    "consular staff in La Paz.\n\n"
    "Police said the case was closed.\n")


def test_the_person_named_after_a_lede_stranger_is_of_the_strangers_state(extract):
    record = extract(STRANGER_STORY.format(noun="technician"))
    person = named(record, "Tomas Ferreyra-Lunde")
    assert person is not None and person.country == "CHL", person


def test_a_lede_thing_of_a_state_lends_no_state_to_the_next_person(extract):
    record = extract(STRANGER_STORY.format(noun="truck"))
    person = named(record, "Tomas Ferreyra-Lunde")
    assert person is not None and person.country != "CHL", person
