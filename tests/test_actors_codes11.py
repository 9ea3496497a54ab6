"""Actor-code classes met on the set13 texts, checked on the team's own sentences: a body "based" in a
place is of that place's country; "X's charge d'affaires, NAME" is a state's envoy; a body whose
defined name closes on its country ("the Union of ... of Togo (UPT)") is that country's body and not
the state; a name put into other words that defines a known acronym is that body's."""
from __future__ import annotations

import pytest

from actor_helpers import code, extract, named  # noqa: F401 (extract is a fixture)


@pytest.mark.parametrize("text, name, want", [
    ("Release\n\nPirates freed a tanker on Sunday. Its manager, the Piraeus-based Arctos Maritime, said the "
     "crew were safe.\n", "Arctos Maritime", ("GRC", "BUS")),
    ("Ban\n\nMoscow banned the Vienna-based Institute for Civic Dialogue on Tuesday.\n",
     "Institute for Civic Dialogue", "AUT"),
    ("Arrests\n\nThe Oslo-based rights group Nordvakt said the arrests were illegal.\n", "Nordvakt", ("NOR", "NGO")),
    ("Ban\n\nRussia banned the Berlin-based Centre for Open Media, a press freedom group, on Monday.\n",
     "Centre for Open Media", "DEU"),
])
def test_a_body_based_in_a_place_is_of_its_country(extract, text, name, want):
    record = extract(text)
    body = named(record, name)
    assert body is not None, [a.name for a in record.actors]
    assert (code(body) if isinstance(want, tuple) else body.country) == want


def test_a_person_based_somewhere_only_lives_there(extract):
    record = extract("Deal\n\nThe stake was bought by Mark Hale, a London-based investor from Ireland.\n")
    person = named(record, "Mark Hale")
    assert person is not None and person.country != "GBR"


def test_a_place_based_cue_leaves_a_dictionary_body_alone(extract):
    record = extract("Verdict\n\nThe London-based Amnesty International denounced the verdict.\n")
    body = named(record, "Amnesty International")
    assert body is not None and body.country is None


@pytest.mark.parametrize("text, name, want", [
    ("Summons\n\nEstonia summoned Russia's charge d'affaires, Pavel Orlov, over the incident.\n",
     "Pavel Orlov", ("RUS", "GOV")),
    ("Summons\n\nPoland summoned the Belarusian chargé d'affaires, Igor Petrov, on Monday.\n",
     "Igor Petrov", ("BLR", "GOV")),
    ("Protest\n\nChile called in Peru's charge d'affaires Luis Gomez to protest the arrests.\n",
     "Luis Gomez", ("PER", "GOV")),
])
def test_a_charge_d_affaires_serves_the_state(extract, text, name, want):
    record = extract(text)
    person = named(record, name)
    assert person is not None, [a.name for a in record.actors]
    assert code(person) == want


@pytest.mark.parametrize("text, name, want", [
    ("Ruling\n\nThe Supreme Court of Togo rejected the appeal of the Union of Progressive Forces of Togo (UPFT) "
     "against its dissolution, ending the main opposition party.\n", "Union of Progressive Forces of Togo",
     ("TGO", "OPP")),
    ("Vote\n\nThe Movement for Democratic Change of Zambia (MDCZ), a small party, said it would boycott the "
     "vote.\n", "Movement for Democratic Change of Zambia", ("ZMB", "PTY")),
    ("Vote\n\nThe Rally of Republicans of Benin (RRB) said it would boycott the vote. The RRB is the largest "
     "opposition party.\n", "Rally of Republicans of Benin", ("BEN", "OPP")),
])
def test_a_party_named_after_its_country_is_not_the_state(extract, text, name, want):
    record = extract(text)
    party = named(record, name)
    assert party is not None, [(a.name, a.aliases) for a in record.actors]
    assert code(party) == want


def test_the_head_of_a_party_named_after_its_country_is_of_the_party(extract):
    record = extract("Ruling\n\nThe court banned the Union of Progressive Forces of Togo (UPFT), the main opposition "
                     "party. The UPFT condemned the ruling. Its president Kodjo Mensah called it political.\n")
    person = named(record, "Kodjo Mensah")
    assert person is not None and code(person) == ("TGO", "OPP")


@pytest.mark.parametrize("text, name", [
    ("Vote\n\nThe Guinean government said the election would go ahead.\n", "Guinean government"),
    ("Deal\n\nThe Republic of Guinea (RG) signed the deal with Mali on Monday.\n", "Guinea"),
])
def test_the_state_and_its_government_stay_the_government(extract, text, name):
    record = extract(text)
    actor = named(record, name)
    assert actor is not None, [(a.name, a.aliases) for a in record.actors]
    assert code(actor) == ("GIN", "GOV")


@pytest.mark.parametrize("text, name, known", [
    ("Summit\n\nThe Economic Community of the West African States (ECOWAS) asked for restraint in Bamako.\n",
     "Economic Community of the West African States", "Economic Community of West African States"),
    ("Summit\n\nThe Community of Development of Southern Africa (SADC) called for talks.\n",
     "Community of Development of Southern Africa", "Southern African Development Community"),
    ("Drills\n\nThe Organisation of the Treaty of the North Atlantic (NATO) held drills.\n",
     "Organisation of the Treaty of the North Atlantic", "North Atlantic Treaty Organization"),
])
def test_a_translated_name_of_a_known_body_is_that_body(extract, text, name, known):
    record = extract(text)
    bodies = [a for a in record.actors if a.name in (name, known) or name in a.aliases]
    assert bodies, [(a.name, a.aliases) for a in record.actors]
    assert all(code(body) == (None, "IGO") for body in bodies)


@pytest.mark.parametrize("text, name, want", [
    ("Asylum\n\nLIMA, May 3 - Peru's foreign minister said Bolivia had no right to shelter the fugitive, "
     "she told Radio Cumbre Norte on Monday.\n", "Radio Cumbre Norte", "PER"),
    ("Clashes\n\nNAIROBI, June 2 - Police fired tear gas at protesters. Doctors at the Mbagathi Hospital said "
     "ten people were hurt.\n", "Mbagathi Hospital", "KEN"),
    ("Strike\n\nDAKAR, May 5 - Students at the Cheikh Diop University said they would march on Tuesday, "
     "the Senegalese government said.\n", "Cheikh Diop University", "SEN"),
])
def test_an_unknown_outlet_hospital_or_school_is_where_the_story_is_filed(extract, text, name, want):
    record = extract(text)
    body = named(record, name)
    assert body is not None, [(a.name, a.aliases) for a in record.actors]
    assert body.country == want


def test_a_known_outlet_keeps_its_own_country(extract):
    record = extract("Asylum\n\nLIMA, May 3 - Peru's foreign minister told the BBC the fugitive must return.\n")
    outlet = named(record, "BBC")
    assert outlet is not None and outlet.country == "GBR"


@pytest.mark.parametrize("text, name, want", [
    ("Mexico shelters Peruvian ex-minister\n\nMEXICO CITY, May 3 - Mexico has granted asylum to a former Peruvian "
     "interior minister accused of graft, officials said.\n\nCarlos Mendoza Ruiz entered the embassy in Lima on "
     "Friday. Peru called the move unfriendly.\n", "Carlos Mendoza Ruiz", ("PER", "ELI")),
    ("Spy held\n\nRIGA, May 3 - Russia's FSB said it had detained a Latvian citizen on spying charges.\n\nThe man, "
     "named by state media as Janis Ozols, 35, was held near Pskov.\n", "Janis Ozols", ("LVA", "CVL")),
    ("Dissident freed\n\nVIENNA, June 9 - Austria welcomed the release of a Belarusian opposition activist on "
     "Monday.\n\nOlga Marchuk, 52, crossed into Lithuania at dawn, her lawyer said.\n", "Olga Marchuk", ("BLR", "OPP")),
])
def test_the_lede_s_unnamed_person_is_the_one_named_next(extract, text, name, want):
    record = extract(text)
    person = named(record, name)
    assert person is not None, [(a.name, a.aliases) for a in record.actors]
    assert code(person) == want


def test_a_titled_person_named_after_the_lede_keeps_the_title_s_code(extract):
    record = extract("Talks\n\nKYIV, May 3 - Ukraine said it would meet a senior Russian official in Geneva.\n\n"
                     "Foreign Minister Andrii Sybiha said the talks would be held next week.\n")
    person = named(record, "Andrii Sybiha")
    assert person is not None and code(person) == ("UKR", "GOV")
