"""Actor codes of the right side: a national contingent, working people's bodies, the opposition in a
chamber, the police as translated text names them, a second conjunct's own force, kin of a named
person and the body "the group" stands for."""
import pytest

from actor_helpers import code, extract, named  # noqa: F401 (extract is a fixture)
from event_helpers import coded_dyads


def test_peacekeepers_named_by_nationality_are_their_states_troops(extract):
    record = extract(
        "Convoy ambushed near Gao\n\n"
        "BAMAKO, May 3 - Four Malawian peacekeepers were wounded on Saturday when gunmen ambushed their "
        "convoy near Gao, the United Nations said. UN peacekeepers returned fire.\n")
    assert code(named(record, "Four Malawian peacekeepers")) == ("MWI", "MIL")
    assert named(record, "UN peacekeepers").sector == "IGO"


def test_farmers_are_civilians_and_their_association_a_union(extract):
    record = extract(
        "Maize ban\n\n"
        "LUSAKA, June 4 - Zambia banned maize exports on Monday. The Lusaka Transporters Association "
        "criticised the ban. The Kabwe Nurses Association also criticised it. Angry farmers blocked a road "
        "near Kabwe.\n")
    assert named(record, "Kabwe Nurses Association").sector == "LAB"
    assert named(record, "Lusaka Transporters Association").sector == "BUS"
    assert named(record, "Angry farmers").sector == "CVL"


@pytest.mark.parametrize("words", ["Opposition lawmakers", "Opposition MPs"])
def test_opposition_members_of_a_chamber_speak_for_the_opposition(extract, words):
    record = extract(f"Vote\n\nLOME, May 2 - {words} condemned the new budget on Tuesday.\n")
    assert named(record, words).sector == "OPP", [(a.name, a.code) for a in record.actors]


def test_the_forces_of_order_are_the_police(pipeline):
    text = ("Protest dispersed\n\nLOME, May 2 - The forces of the order dispersed the demonstrators with "
            "tear gas on Tuesday.\n")
    assert ("175", "TGOCOP", "TGOCVL") in coded_dyads(pipeline, text)


def test_the_second_force_of_a_coordination_keeps_its_own_state(pipeline):
    text = ("Boat sinks\n\nKOTA KINABALU, June 9 - Indonesian coast guard and Malaysian navy vessels rescued "
            "80 survivors after a boat capsized on Sunday, officials said.\n")
    sources = {source for event_code, source, _target in coded_dyads(pipeline, text) if event_code.startswith("07")}
    assert "MYSMIL" in sources and any(s and s.startswith("IDN") for s in sources), sources


def test_kin_named_by_their_tie_are_of_their_relatives_state(extract):
    record = extract(
        "Trader held\n\n"
        "KAMPALA, June 3 - Ugandan police have held a Kenyan cattle trader, Peter Otieno, for a week over an "
        "unpaid customs bill. Otieno's wife, Grace Achieng, asked the Ugandan authorities in a newspaper "
        "interview to let him go home. His brother, Tom Otieno, said the bill had been paid.\n")
    assert code(named(record, "Grace Achieng")) == ("KEN", "CVL")
    assert code(named(record, "Tom Otieno")) == ("KEN", "CVL")


def test_kin_in_the_plural_make_no_group(extract):
    record = extract(
        "Church attacked\n\nCAIRO, May 9 - Gunmen attacked a church in Minya on Friday. The bishop condemned "
        "the attack on the church and its sons.\n")
    assert record.events  # the sentences are read; only "its sons" makes no actor
    assert named(record, "sons") is None, [(a.name, a.code) for a in record.actors]


def test_the_groups_director_belongs_to_the_body_called_the_group(extract):
    record = extract(
        "Monitors banned\n\n"
        "MOSCOW, April 2 - Russian prosecutors on Friday outlawed the Oslo-based Nordic Ballot Watch "
        "Network as an \"undesirable\" group.\n\n"
        "Prosecutors said the group, which sends monitors to polling stations, threatened the "
        "constitutional order.\n\n"
        "Oslo protested. The group's director, Ingrid Solberg, told reporters the network would carry on "
        "from abroad.\n")
    assert named(record, "Ingrid Solberg").country == "NOR", [(a.name, a.code) for a in record.actors]


def test_a_presidential_guard_is_the_army(extract):
    record = extract(
        "Palace attack\n\nBANJUL, June 2 - Mutinous soldiers attacked the palace before dawn, and the presidential "
        "guard pushed them out after an hour, officials said.\n")
    assert named(record, "presidential guard").sector == "MIL", [(a.name, a.code) for a in record.actors]


def test_a_rank_does_not_unmake_a_head_of_state_the_dictionary_knows(pipeline):
    from datetime import date
    record = pipeline.extract(
        "Island row\n\nNIAMEY, Feb 3 - General Abdourahamane Tiani said on Monday that Niger would not give up "
        "the island.\n", published=date(2025, 2, 3))
    leader = next(a for a in record.actors if "Tiani" in a.name or "Tiani" in " ".join(a.aliases))
    assert (leader.country, leader.sector) == ("NER", "GOV")


def test_demonyms_glued_to_a_participle_do_not_make_the_story_theirs(extract):
    record = extract(
        "Gunmen raid Turkish-owned plant\n\n"
        "Segou (Mali) (AFP) - Armed men raided a Turkish-owned cement plant in central Mali overnight, killing "
        "three Turkish-trained guards and abducting two Turkish-born engineers, officials said. The "
        "Turkish-run plant had been attacked twice this year.\n")
    assert named(record, "Armed men").country == "MLI", [(a.name, a.code) for a in record.actors]


def test_a_residents_association_is_no_union(extract):
    record = extract("Council criticised\n\nLUSAKA, May 3 - The Kabwe Residents Association said on Monday the "
                     "council had ignored its complaints about water cuts.\n")
    assert all(a.sector != "LAB" for a in record.actors), [(a.name, a.code) for a in record.actors]


def test_a_named_republican_guard_is_the_army(extract):
    record = extract("Shelling\n\nDAMASCUS, May 3 - Syria's Republican Guard shelled a rebel-held suburb on Monday.\n")
    assert any(a.code == "SYRMIL" for a in record.actors), [(a.name, a.code) for a in record.actors]


def test_a_kin_title_leaves_the_dictionary_office(pipeline):
    from datetime import date
    record = pipeline.extract("Uganda army\n\nKAMPALA, May 3 - President Yoweri Museveni's son, Muhoozi "
                              "Kainerugaba, visited troops in the north on Monday.\n", published=date(2026, 5, 3))
    son = next(a for a in record.actors if "Muhoozi" in a.name)
    assert son.code == "UGAMIL", son.code
