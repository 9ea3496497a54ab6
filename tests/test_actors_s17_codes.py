"""Actor codes read from a body's name and a party's state, and a town the tagger cut into a person."""
import pytest

from actor_helpers import extract, named  # noqa: F401 (extract is a fixture)


def test_a_party_named_like_a_dictionary_party_of_a_state_met_in_passing_is_the_story_states(extract):
    record = extract(
        "Opposition walks out in Ulaanbaatar\n\n"
        "ULAANBAATAR, March 3 - Mongolia's opposition Democratic Party walked out of parliament on Tuesday "
        "after the Mongolian government pushed through a new mining law. The Democratic Party said Mongolia "
        "deserved a vote on the law. A spokesman for the U.S. Embassy declined to comment. Mongolian "
        "lawmakers will meet again next week.\n")
    party = named(record, "Democratic Party")
    assert party is not None and party.country == "MNG", party


@pytest.mark.parametrize("body, name, sector", [
    ("the Bolivian Chamber of Commerce and Industry", "Chamber of Commerce", "BUS"),
    ("the Kenyan Chamber of Commerce", "Chamber of Commerce", "BUS"),
    ("the Counter-Terrorism Department of Punjab police", "Counter-Terrorism Department", "COP"),
])
def test_bodies_coded_from_their_name(extract, body, name, sector):
    record = extract(f"Statement\n\nLA PAZ, May 4 - A statement from {body} said on Friday that talks would go on.\n")
    found = [a for a in record.actors if name in a.name]
    assert found and all(a.sector == sector for a in found), [(a.name, a.code) for a in record.actors]


def test_a_un_resident_coordinator_is_of_the_world_body(extract):
    record = extract("Floods\n\nMAPUTO, Feb 2 - The UN resident coordinator in Mozambique, Ilvana Korsetti, said "
                     "on Monday that 40,000 people needed shelter.\n")
    coordinator = named(record, "Ilvana Korsetti")
    assert coordinator is not None and coordinator.sector == "IGO", coordinator


def test_a_town_the_tagger_cut_into_a_person_is_no_actor(extract):
    record = extract("Strike\n\nPESHAWAR, June 5 - Traders in Dera Ismail Khan shut their shops on Wednesday to "
                     "protest against power cuts.\n")
    cut = [a for a in record.actors if any("Ismail" in name for name in [a.name, *a.aliases])]
    assert not cut, [(a.name, a.aliases) for a in record.actors]


def test_a_chief_of_another_sector_is_not_the_leader_named_before(extract):
    record = extract("Report asked\n\nISLAMABAD, May 9 - Prime Minister Tarvel Oshkani asked the provincial police "
                     "chief for a written account by Monday.\n")
    premier = named(record, "Tarvel Oshkani")
    assert premier is not None and "police chief" not in " ".join(premier.aliases), premier.aliases


def test_a_chief_of_the_same_sector_is_still_the_one_named_before(extract):
    record = extract("Border visit\n\nRAWALPINDI, May 9 - Army chief General Karsal Dunmore visited the border on "
                     "Friday. The army chief said the troops were ready.\n")
    general = named(record, "Karsal Dunmore")
    assert general is not None and "army chief" in " ".join(general.aliases).lower(), general.aliases
