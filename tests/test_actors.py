"""The actor stage: one actor per real entity, coded from the text first, then the dictionaries.

Every article here is the team's own writing.
"""
from __future__ import annotations

from datetime import date

import pytest


@pytest.fixture(scope="module")
def extract(pipeline):
    def run(text: str, published: date | None = None):
        return pipeline.extract(text, published=published)
    return run


def actor(record, name: str):
    """The actor whose name or an alias is `name`."""
    for a in record.actors:
        if name == a.name or name in a.aliases:
            return a
    raise AssertionError(f"no actor named {name!r}: {[(a.name, a.aliases) for a in record.actors]}")


def test_spelling_variants_are_one_actor(extract):
    record = extract(
        "Baghdad's prime minister, Mustafa Al-Kazemi, flew to Riyadh on Monday.\n\n"
        "Al Kazemi met the crown prince. Kazemi later told reporters the visit went well.\n")
    kazemi = actor(record, "Al Kazemi")
    assert {"Mustafa Al-Kazemi", "Al Kazemi", "Kazemi"} <= set(kazemi.aliases) | {kazemi.name}
    assert kazemi.code == "IRQGOV"
    assert sum(1 for a in record.actors if "Kazemi" in a.name or any("Kazemi" in x for x in a.aliases)) == 1


def test_title_codes_a_person_no_dictionary_knows(extract):
    record = extract("The Iranian Foreign Ministry spokesman, Bahram Qasemlou, rejected the report on Sunday.\n")
    person = actor(record, "Bahram Qasemlou")
    assert (person.country, person.sector) == ("IRN", "GOV")
    assert any(e.rule.startswith("title") for e in person.evidence)
    ministry = actor(record, "Iranian Foreign Ministry")
    assert ministry.code == "IRNGOV"


def test_former_diplomat_is_an_elite_and_retired_general_too(extract):
    record = extract(
        "Former Egyptian diplomat Karim Halawa said the talks had stalled. Retired Major General "
        "Samir Idris, an Egyptian analyst, agreed.\n")
    assert actor(record, "Karim Halawa").code == "EGYELI"
    assert actor(record, "Samir Idris").sector == "ELI"


def test_pronoun_and_title_resolve_to_the_person(extract):
    record = extract(
        "Kenyan President William Ruto arrived in Addis Ababa on Tuesday.\n\n"
        "He said the summit would focus on trade. The president later met business leaders.\n")
    ruto = actor(record, "William Ruto")
    kinds = {m.kind for m in ruto.mentions}
    assert "pronoun" in kinds and "description" in kinds
    for m in ruto.mentions:
        assert record.text[m.start:m.end] == m.text


def test_anonymous_source_carries_its_affiliation(extract):
    record = extract(
        'A source in the Rapid Support Forces told the agency that "the convoy was never stopped."\n')
    source = next(a for a in record.actors if a.anonymous)
    rsf = actor(record, "Rapid Support Forces")
    assert source.affiliation == rsf.id
    assert source.code == rsf.code == "SDNREB"
    assert record.quotes and record.quotes[0].speaker == source.id


def test_anonymous_government_source_is_coded_from_its_adjectives(extract):
    record = extract("A Turkish diplomatic source said the talks would resume next week.\n")
    source = next(a for a in record.actors if a.anonymous)
    assert source.code == "TURGOV"


def test_literal_translation_is_an_alias_of_the_group(extract):
    record = extract(
        "Gunmen from the League of the Righteous deployed in eastern Baghdad. Asa'ib Ahl al-Haq "
        "denied any role.\n")
    group = actor(record, "League of the Righteous")
    assert "Asa'ib Ahl al-Haq" in {group.name, *group.aliases}
    assert group.code == "IRQREB"


def test_acronym_defined_in_the_text_wins_over_the_dictionary(extract):
    record = extract(
        "Reporters Without Borders (RSF) condemned the arrest. RSF said two more reporters were held.\n")
    rsf = actor(record, "Reporters Without Borders")
    assert "RSF" in rsf.aliases
    assert all(a.name != "Rapid Support Forces" for a in record.actors)


def test_fragments_the_tagger_mistakes_for_names_are_not_actors(extract):
    record = extract(
        "The security nature of regional developments Zuvra on the visit was discussed, and "
        "Iraq accepted the amounts without Feasibility.\n")
    names = {a.name for a in record.actors} | {x for a in record.actors for x in a.aliases}
    assert "Zuvra" not in names and "Feasibility" not in names


def test_groups_from_descriptions(extract):
    record = extract(
        "North Korean soldiers crossed the border on Friday. South Korean troops fired warning shots "
        "and the soldiers turned back.\n")
    north = actor(record, "North Korean soldiers")
    assert (north.type, north.code) == ("GROUP", "PRKMIL")
    assert actor(record, "South Korean troops").code == "KORMIL"


def test_office_named_later_is_the_same_person(extract):
    record = extract(
        "Poland's prime minister condemned the verdict on Friday.\n\n"
        "\"This is an outrage,\" Mateusz Morawiecki wrote in a post.\n", published=date(2023, 3, 3))
    pm = actor(record, "Mateusz Morawiecki")
    assert "Poland's prime minister" in pm.aliases
    assert pm.code == "POLGOV"


def test_unknown_actor_is_listed_uncoded(extract):
    record = extract("The Velmora Cooperative said it would appeal the ruling.\n")
    unknown = [a for a in record.actors if not a.coded and not a.anonymous]
    assert any("Velmora" in a.name for a in unknown)


def test_capital_inside_a_personal_name_is_no_place(extract):
    record = extract("Our correspondent in Cairo, Riyadh Mansour, reported heavy traffic at the crossing.\n")
    assert actor(record, "Riyadh Mansour").type == "PERSON"
    assert all(a.country != "SAU" for a in record.actors)


def test_user_dictionary_codes_a_new_organisation(pipeline, tmp_path):
    from newsgraph.core import Pipeline

    path = tmp_path / "mine.yaml"
    path.write_text("version: 1\nactors:\n  - {id: velmora-coop, name: Velmora Cooperative, type: ORG, "
                    "country: PER, sector: BUS}\n", encoding="utf-8")
    record = Pipeline(dictionaries=(path,)).extract("The Velmora Cooperative said it would appeal the ruling.\n")
    assert actor(record, "Velmora Cooperative").code == "PERBUS"


def test_a_state_modifier_gives_a_group_its_country():
    from newsgraph.core import Pipeline

    record = Pipeline().extract("China imposed sanctions on U.S. companies on Monday.")
    # the dotted abbreviation stays in the group's name, as "French" does in "French companies"
    assert {a.name: a.code for a in record.actors}.get("U.S. companies") == "USABUS"


# -- Title Case headlines, appositions, titles of organisations, descriptions ---------------------------

def names_of(record) -> set[str]:
    return {a.name for a in record.actors} | {x for a in record.actors for x in a.aliases}


def test_title_case_headline_invents_no_names(extract):
    record = extract(
        "Spain Condemns Arrest Of Journalist In Cuba\n\n"
        "Madrid, Jan 3 - The Spanish government on Tuesday denounced the detention of a reporter "
        "in Havana and called for his release.\n")
    assert not [a for a in record.actors if a.type == "PERSON" and not a.anonymous], names_of(record)
    assert {"Spain", "Cuba"} <= names_of(record)


def test_title_case_headline_keeps_names_the_body_confirms(extract):
    record = extract(
        "Ruto Meets Museveni Over Border Dispute At Lake Summit\n\n"
        "Kenyan President William Ruto met Ugandan President Yoweri Museveni on Friday.\n")
    headline_end = record.text.index("\n")
    for name in ("William Ruto", "Yoweri Museveni"):
        person = actor(record, name)
        assert any(m.end <= headline_end for m in person.mentions), person.mentions


def test_apposed_description_belongs_to_the_name_beside_it(extract):
    record = extract(
        "President Julia Serrano spoke on Monday. Protesters marked the death of the former "
        "Vanguard party leader, Tomas Aguirre, in Quito.\n")
    leader = actor(record, "Tomas Aguirre")
    assert any("party leader" in m.text for m in leader.mentions)
    assert not any("party leader" in m.text for m in actor(record, "Julia Serrano").mentions)


def test_title_of_an_organisation_before_a_name_codes_the_person(extract):
    record = extract(
        "According to the state broadcaster KRT, Deputy Chief of Staff of the Korean People's Army, "
        "Ri Yong Sik, spoke of provocations.\n")
    person = actor(record, "Ri Yong Sik")
    army = actor(record, "Korean People's Army")
    assert person.code == "PRKMIL"
    assert person.affiliation == army.id


def test_prepositional_phrase_before_a_name_is_no_title(extract):
    record = extract("In talks with the army, Pedro Salas said the border would stay closed.\n")
    assert actor(record, "Pedro Salas").sector is None


def test_armed_modifier_outranks_a_military_head(extract):
    record = extract("The dominant jihadist force in the Sahel attacked an army post near Gao.\n")
    force = actor(record, "dominant jihadist force")
    assert force.sector == "REB"


def test_abstract_nouns_are_no_actors(extract):
    record = extract(
        "Bamako, May 5 - The insurgency has spread to the centre of the country, and the rebellion "
        "forced thousands to flee. The army blamed armed groups for the attacks.\n")
    assert not any("insurgency" in n or "rebellion" in n for n in names_of(record)), names_of(record)
    assert actor(record, "army").sector == "MIL"


def test_foreign_ministry_without_a_country_word_takes_the_article_country(extract):
    record = extract(
        "Ankara, March 4 - Turkey wants a ceasefire in the region, the foreign ministry said on Tuesday. "
        "Turkish officials met their counterparts in Baku.\n")
    assert actor(record, "foreign ministry").code == "TURGOV"


def test_the_two_men_are_no_new_group(extract):
    record = extract(
        "Kenyan President William Ruto spoke with Ugandan President Yoweri Museveni by phone on Monday. "
        "The two men discussed trade, and the two leaders agreed to meet in May.\n")
    assert [a.type for a in record.actors] == ["PERSON", "PERSON"], names_of(record)
    for name in ("William Ruto", "Yoweri Museveni"):
        assert not any("two" in m.text for m in actor(record, name).mentions)


def test_two_soldiers_introduced_are_a_group(extract):
    record = extract(
        "Kenyan President William Ruto met Ugandan President Yoweri Museveni on Monday. "
        "Two Ugandan soldiers were wounded at the border.\n")
    soldiers = actor(record, "Two Ugandan soldiers")
    assert (soldiers.type, soldiers.code) == ("GROUP", "UGAMIL")


@pytest.mark.parametrize("phrase, sector", [
    ("the jihadist forces", "REB"), ("rebel soldiers", "REB"), ("a force of militants", "REB"),
    ("Syrian troops", "MIL"), ("government forces", "MIL"), ("the air force", "MIL"), ("police force", "COP"),
])
def test_role_heads_yield_only_to_the_sectors_they_name(phrase, sector):
    from newsgraph.knowledge.roles import get_role_lexicon

    assert get_role_lexicon().sector_of(phrase).sector == sector


def test_abstract_role_term_lends_its_sector_but_is_marked():
    from newsgraph.knowledge.roles import get_role_lexicon

    lexicon = get_role_lexicon()
    assert lexicon.sector_of("the insurgency").abstract
    leader = lexicon.sector_of("the insurgency leader")
    assert (leader.sector, leader.abstract) == ("REB", False)


@pytest.mark.parametrize("text, country, sector", [
    ("Sudanese negotiators arrived in Jeddah on Sunday for talks with the Rapid Support Forces. "
     "A source in the government delegation said the first session would open on Monday.\n", "SDN", "GOV"),
    ("Chad closed its border with Sudan. A source in the Chadian military delegation said the "
     "decision was temporary.\n", "TCD", "MIL"),
])
def test_anonymous_source_takes_the_code_of_a_description_named_after_it(extract, text, country, sector):
    record = extract(text)
    source = next(a for a in record.actors if a.anonymous)
    delegation = next(a for a in record.actors if a.name.endswith("delegation") and not a.anonymous)
    assert source.affiliation == delegation.id
    assert (source.country, source.sector) == (country, sector)
    assert {e.field: e.rule for e in source.evidence} == {"country": "affiliation", "sector": "affiliation"}


@pytest.mark.parametrize("text, body, bare", [
    ("The Kenyan government raised fuel taxes on Monday. The government said the money would pay for "
     "new roads.\n", "Kenyan government", "government"),
    ("The Sudanese army shelled the market on Tuesday. The army said it had hit a weapons store.\n",
     "Sudanese army", "army"),
    ("Syrian Arab News Agency said shelling hit Idlib overnight. The official SANA agency added that "
     "two civilians were hurt.\n", "Syrian Arab News Agency", "official SANA agency"),
])
def test_bare_description_is_the_one_body_of_its_country(extract, text, body, bare):
    record = extract(text)
    merged = actor(record, body)
    assert bare in merged.aliases
    assert merged.type == "ORG"
    assert sum(1 for a in record.actors if bare in {a.name, *a.aliases}) == 1


def test_bare_description_stays_apart_when_two_countries_have_that_body(extract):
    record = extract(
        "The Kenyan government and the Ugandan government signed a border pact in Kampala. "
        "The government said the pact would ease trade.\n")
    for name in ("Kenyan government", "Ugandan government"):
        assert "government" not in actor(record, name).aliases
    assert actor(record, "government").type == "GROUP"


def test_state_body_names_take_the_article_country_and_a_state_sector(extract):
    record = extract(
        "Sudan's economy shrank again this year, officials in Khartoum said. The Supreme Planning "
        "Council approved a new budget on Monday, and the Central Bank raised interest rates.\n")
    council = actor(record, "Supreme Planning Council")
    assert council.code == "SDNGOV"
    assert {e.field: e.rule for e in council.evidence} == {"sector": "state-body", "country": "article-country"}
    assert actor(record, "Central Bank").code == "SDNGOV"


@pytest.mark.parametrize("name, body", [
    ("Presidential Leadership Council", "council"),
    ("Central Bank of Somalia", "bank"),
    ("National Statistics Agency", "agency"),
    ("Development Bank", None),  # a bank is a state body only when central
    ("Velmora News Agency", None),  # an agency only when national or state
    ("European Commission", None),  # supranational
])
def test_state_body_words(name, body):
    from newsgraph.knowledge.roles import get_role_lexicon

    assert get_role_lexicon().state_body(name) == body


def test_an_organisation_name_closing_on_of_country_takes_that_country():
    from newsgraph.core import Pipeline

    record = Pipeline().extract("The Law Society of Kenya called the arrests unlawful on Tuesday.")
    assert {a.name: a.country for a in record.actors}.get("Law Society") == "KEN"


def test_a_foreign_counterpart_is_coded_by_the_title():
    from newsgraph.core import Pipeline

    record = Pipeline().extract("Foreign Minister Hakan Fidan met his Iranian counterpart Juan Perez in Ankara.")
    assert {a.name: a.code for a in record.actors}.get("Juan Perez") == "IRNGOV"
    assert {a.name: a.role for a in record.actors}.get("Juan Perez") == "Iranian counterpart"


def test_a_name_labelling_a_place_is_no_actor():
    from newsgraph.core import Pipeline

    record = Pipeline().extract("Rebels shelled the Abu Shouk camp near El Fasher on Wednesday.")
    assert "Abu Shouk" not in {a.name for a in record.actors}


def test_the_two_parties_are_the_pair_named_before():
    from newsgraph.core import Pipeline

    record = Pipeline().extract("Sudan's army fought the Rapid Support Forces again. The United Nations "
                                "called on the two parties to stop the fighting.")
    assert "two parties" not in {a.name for a in record.actors}
    names = {a.id: a.name for a in record.actors}
    targets = {names.get(e.target) for e in record.events if e.code.startswith("02")}
    assert "Rapid Support Forces" in targets


def test_a_dateline_city_is_no_actor():
    from newsgraph.core import Pipeline

    record = Pipeline().extract("BRUSSELS, Oct 14 (Newswire) - The European Union imposed sanctions on Iran on Monday.")
    assert "Belgium" not in {a.name for a in record.actors}


def test_a_dictionary_name_written_half_in_lower_case_is_found():
    from newsgraph.core import Pipeline

    record = Pipeline().extract("The leader of the Sadrist movement announced a boycott of the vote.")
    assert "Sadrist Movement" in {a.name for a in record.actors}


def test_counted_people_of_a_country_are_civilians_not_the_state():
    from newsgraph.core import Pipeline

    record = Pipeline().extract("Venezuela released six detained Americans on Friday.")
    codes = {a.name: a.code for a in record.actors}
    assert codes.get("six detained Americans") == "USACVL" and "United States" not in codes
    record = Pipeline().extract("The Americans insisted on new talks with Venezuela on Friday.")
    assert ({a.name: a.country for a in record.actors}.get("United States") == "USA"
            and not [a for a in record.actors if a.type == "GROUP"])


def test_a_country_right_before_a_title_codes_the_person():
    from newsgraph.core import Pipeline

    record = Pipeline().extract("Venezuela's president met U.S. special envoy Richard Grenell in Caracas.")
    assert {a.name: a.code for a in record.actors}.get("Richard Grenell") == "USAGOV"


def test_hyphenated_modifiers_stay_in_a_description():
    from newsgraph.core import Pipeline

    record = Pipeline().extract("A Pakistani anti-corruption court sentenced the former minister on Friday.")
    assert {a.name: a.code for a in record.actors}.get("Pakistani anti-corruption court") == "PAKJUD"


def test_names_joined_by_ezafe_particles_and_their_acronyms():
    from newsgraph.core import Pipeline

    record = Pipeline().extract("Imran Khan denied the charges. His Pakistan Tehreek-e-Insaf (PTI) party "
                                "said it would appeal.")
    party = next(a for a in record.actors if a.name == "Pakistan Tehreek-e-Insaf")
    assert party.code == "PAKPTY" and "PTI" in [m.text for m in party.mentions]


def test_a_group_from_a_named_country_is_of_that_country(extract):
    record = extract("Chile granted asylum to three dissidents from Venezuela on Monday.\n")
    assert actor(record, "three dissidents").code == "VENOPP"
    # a town names where they came from, not whose they are
    record = extract("Police in Lima detained five students from Cusco.\n")
    assert actor(record, "five students").country == "PER"


def test_the_first_half_of_a_hyphenated_modifier_is_no_actor(extract):
    record = extract("The envoy met exiled activists from army-ruled Myanmar in Bangkok.\n")
    assert not [a for a in record.actors if a.name.lower() == "army"]
    assert actor(record, "exiled activists").code == "MMROPP"


def test_coordinated_modifiers_of_a_group_make_a_group_of_each(extract):
    record = extract("Clashes between army and rebel forces near Goma killed ten people on Monday.\n",
                     published=date(2024, 3, 4))
    army, rebels = actor(record, "army forces"), actor(record, "rebel forces")
    assert (army.sector, rebels.sector) == ("MIL", "REB")
    assert any({e.source, e.target} == {army.id, rebels.id} for e in record.events)


def test_a_known_person_in_lower_case_after_a_title_is_found(extract):
    record = extract("President putin met the visiting delegation on Monday.\n", published=date(2015, 6, 9))
    assert actor(record, "putin").code == "RUSGOV"
    # an unknown lower-case word after a title stays a word
    record = extract("The president spoke about the economy.\n", published=date(2015, 6, 9))
    assert not [a for a in record.actors if a.type == "PERSON"]


def test_a_group_registered_in_a_country_is_of_that_country(extract):
    record = extract("Britain sanctioned two companies registered in Cyprus on Monday.\n")
    assert actor(record, "two companies").country == "CYP"


def test_two_countries_bodies_of_one_generic_name_are_two_actors(extract):
    record = extract("Armenia's Defence Ministry said two soldiers were wounded. "
                     "Azerbaijan's Defence Ministry denied the report.\n")
    ministries = [a for a in record.actors if "Defence Ministry" in [a.name, *a.aliases]]
    assert sorted(a.code for a in ministries) == ["ARMGOV", "AZEGOV"]


def test_a_group_named_after_a_known_organisation_belongs_to_it(extract):
    record = extract("The United States Africa Command said it had struck al-Shabaab fighters near Jilib.\n")
    fighters = actor(record, "al-Shabaab fighters")
    assert fighters.code == "SOMREB" and fighters.affiliation == actor(record, "al-Shabaab").id
    assert actor(record, "United States Africa Command").code == "USAMIL"


def test_people_held_by_others_are_civilians(extract):
    record = extract("The rebels released the crew of the cargo ship on Sunday.\n")
    assert actor(record, "crew").sector == "CVL"


def test_a_surname_the_dictionary_knows_inside_another_full_name_is_not_that_person(extract):
    record = extract("Health Minister Aminata Kaboré visited the camp on Monday.\n")
    person = actor(record, "Aminata Kaboré")
    assert person.dictionary_id is None


def test_a_diplomat_in_a_capital_is_not_that_state_s_diplomat(extract):
    record = extract("Armenia accused Azerbaijan of shelling its border villages on Sunday. "
                     "Armenian officials said three people were wounded. "
                     "A diplomat in Paris said the talks would resume.\n")
    assert actor(record, "A diplomat in Paris").country != "FRA"


def test_peacekeepers_take_no_country_from_the_article(extract):
    record = extract("Two peacekeepers were wounded near Gao, the Malian army said.\n")
    assert (actor(record, "Two peacekeepers").country, actor(record, "Two peacekeepers").sector) == (None, "IGO")


def test_a_minister_takes_the_country_of_the_ministry_named_before(extract):
    record = extract("Russia was blamed again by Russia's neighbours. The Latvian Foreign Ministry summoned the "
                     "Russian envoy. Foreign Minister Janis Ozolins said Russia had crossed a line. Russia denied it.\n")
    assert actor(record, "Janis Ozolins").code == "LVAGOV"
