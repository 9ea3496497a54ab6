"""A body the dictionary codes keeps its codes against a title phrase before or after its name ("the
UN refugee agency UNHCR" is no refugee; a unit "that Seoul sanctioned" is not Seoul's), and an
anonymous source "at the presidential office" is not affiliated to the last body named. The
sentences are the team's own."""
from __future__ import annotations

from actor_helpers import extract, named  # noqa: F401 (extract is a fixture)


def test_a_descriptive_title_does_not_recode_a_known_agency(extract):
    record = extract("Boat people\n\nThe UN refugee agency UNHCR urged Jakarta to let the 200 passengers land.\n")
    agency = named(record, "UNHCR")
    assert agency is not None and agency.sector == "IGO"


def test_a_state_in_the_title_does_not_recode_a_known_unit(extract):
    record = extract("Hospital hack\n\nInvestigators said the servers matched those used by Andariel, a unit "
                     "that Seoul sanctioned in 2019.\n")
    unit = named(record, "Andariel")
    assert unit is not None and unit.country == "PRK"


def test_a_person_still_takes_the_country_of_the_title(extract):
    record = extract("Visit\n\nThe Kenyan foreign minister, Musalia Mudavadi, arrived in Kampala on Monday.\n")
    minister = named(record, "Musalia Mudavadi")
    assert minister is not None and minister.code == "KENGOV"


def test_an_official_at_the_presidential_office_is_not_the_last_named_bodys(extract):
    record = extract("Cyber attack\n\nThe hospital said the malware matched tools used by the Lazarus Group. An "
                     "official at the presidential office, who spoke on condition of anonymity, said Seoul would "
                     "raise the attack at the United Nations.\n")
    official = next(a for a in record.actors if a.name.startswith("An official at the presidential office"))
    lazarus = named(record, "Lazarus Group")
    assert lazarus is not None and official.affiliation != lazarus.id


def test_a_bodys_good_offices_are_no_unit_of_it(extract):
    record = extract("Border row\n\nThe chairperson offered the AU's good offices to mediate. The UN's human rights "
                     "office said the arrests were arbitrary.\n")
    assert not any("good offices" in a.name for a in record.actors)
    office = next((a for a in record.actors if a.name == "UN's human rights office"), None)
    assert office is not None and office.sector == "IGO"
