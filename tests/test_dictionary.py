"""Actor dictionary: package data, matching cascade, office holders by date, user files, validation."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsgraph import errors
from newsgraph.knowledge import datafiles
from newsgraph.knowledge.dictionary import (
    ActorDictionary,
    DictionaryError,
    canonical_role,
    DictEntry,
    Office,
    get_dictionary,
    load_actor_file,
)
from newsgraph.knowledge.normalize import name_key


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return get_dictionary()


def _id(actors: ActorDictionary, surface: str, **kwargs) -> str | None:
    found = actors.match(surface, **kwargs)
    return found.entry.id if found else None


# ---------------------------------------------------------------- the package data


def test_package_data_is_large_and_covers_people_orgs_and_regions(actors):
    kinds = {e.type for e in actors.entries()}
    assert len(actors) >= 500
    assert kinds == {"PERSON", "ORG", "GPE"}


def test_no_two_package_entries_share_a_strong_name(actors):
    owners: dict[str, set[str]] = {}
    for entry in actors.entries():
        for form in (entry.name, *entry.aliases):
            owners.setdefault(name_key(form), set()).add(entry.id)
    shared = {key: ids for key, ids in owners.items() if len(ids) > 1}
    assert shared == {}


def test_every_person_has_a_code_source(actors):
    for entry in actors.entries():
        if entry.type == "PERSON":
            assert entry.sector or entry.offices, entry.id


# ---------------------------------------------------------------- matching


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("Kataib Hezbollah", "kataib-hezbollah"),
        ("Kata'ib Hizballah", "kataib-hezbollah"),
        ("Kataeb Hezbollah", "kataib-hezbollah"),
        ("Asaib Ahl al-Haq", "asaib-ahl-al-haq"),
        ("Harakat al-Nujabaa", "harakat-al-nujaba"),
        ("ISIL", "isis"),
        ("Daesh", "isis"),
        ("Erdogan", "recep-tayyip-erdogan"),
        ("Zelenskyy", "volodymyr-zelensky"),
        ("Lukashenka", "alexander-lukashenko"),
        ("Amirabdollahian", "hossein-amir-abdollahian"),
        ("Al Jazeera Net", "al-jazeera"),
    ],
)
def test_spelling_variants_match_one_entry(actors, surface, expected):
    assert _id(actors, surface) == expected


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("League of the Righteous", "asaib-ahl-al-haq"),
        ("Hezbollah Brigades", "kataib-hezbollah"),
        ("Party of God", "hezbollah"),
        ("Popular Crowd", "pmf"),
    ],
)
def test_literal_translations_match(actors, surface, expected):
    found = actors.match(surface)
    assert found is not None and found.entry.id == expected and found.how == "alias"


def test_canonical_name_is_exact_and_alias_is_alias(actors):
    assert actors.match("Mustafa al-Kadhimi").how == "exact"
    assert actors.match("Al-Kazemi").how == "alias"


def test_weak_alias_needs_capitals_or_the_callers_word(actors):
    assert actors.match("the crowd") is None
    assert _id(actors, "the Crowd") == "pmf"
    assert _id(actors, "the crowd", weak=True) == "pmf"
    assert _id(actors, "the engineer", weak=True) == "abu-mahdi-al-muhandis"


def test_acronym_weak_alias_only_in_capitals(actors):
    assert _id(actors, "WHO") == "who"
    assert actors.match("who") is None
    assert actors.match("Who") is None


def test_surname_alone_finds_a_unique_person(actors):
    found = actors.match("Lamola")
    assert found is not None and found.entry.id == "ronald-lamola" and found.how == "surname"


def test_given_name_plus_surname_skips_middle_names(actors):
    found = actors.match("Mohammad Ghalibaf")
    assert found is not None and found.entry.id == "mohammad-bagher-ghalibaf" and found.how == "surname"


def test_a_common_given_name_is_not_taken_for_a_surname(actors):
    assert actors.match("Hassan") is None


def test_partial_steps_can_be_switched_off(actors):
    assert actors.match("Lamola", allow_partial=False) is None


def test_fuzzy_catches_transliteration_variants(actors):
    found = actors.match("Mustafa al-Kazimy")
    assert found is not None and found.entry.id == "mustafa-al-kadhimi" and found.how == "fuzzy"
    assert 0 < found.score < 1


def test_fuzzy_does_not_invent_matches_for_unknown_names(actors):
    for unknown in ("Hamid Yousef al-Tamimi", "Jonathan Wexford", "Basra Oil Company", "Ali"):
        assert actors.match(unknown) is None, unknown


# ---------------------------------------------------------------- names that are ordinary words


def _entry(entry_id: str, name: str, **fields) -> DictEntry:
    values = dict(type="ORG", country="USA", sector="MED", aliases=(), weak_aliases=(), parent=None, offices=())
    values.update(fields)
    return DictEntry(id=entry_id, name=name, source_file="test", **values)


@pytest.fixture(scope="module")
def papers() -> ActorDictionary:
    return ActorDictionary([
        _entry("bugle", "The Bugle"),
        _entry("lantern", "Harbour Lantern", aliases=("The Lantern",)),
        _entry("gazette", "The Gazette of Elsewhere"),
    ])


@pytest.mark.parametrize("surface", ["The Bugle", "THE BUGLE"])
def test_the_plus_one_word_matches_with_article_and_capitals(papers, surface):
    assert _id(papers, surface) == "bugle"


@pytest.mark.parametrize("surface", ["Bugle", "bugle", "the bugle", "the Bugle", "The bugle", "Lantern"])
def test_the_plus_one_word_never_matches_the_bare_word(papers, surface):
    assert papers.match(surface) is None
    assert papers.match(surface, allow_partial=False) is None


def test_article_rule_applies_to_aliases_but_not_to_longer_names(papers):
    assert _id(papers, "The Lantern") == "lantern"
    assert _id(papers, "Gazette of Elsewhere") == "gazette"  # two words after "the": an ordinary name


@pytest.mark.parametrize(
    "surface",
    ["National", "Guardian", "Economist", "Telegraph", "Hill", "Renaissance", "Memorial", "Inc", "Ice", "Raw",
     "Pace", "Spa", "Mac", "Map", "Tap", "App", "Let", "Las", "Nam", "Uno", "Sana", "Wafa", "Ria", "Ina", "Nan"],
)
def test_package_data_does_not_take_ordinary_words_for_names(actors, surface):
    assert actors.match(surface) is None
    assert actors.match(surface.lower()) is None


def test_ordinary_word_inside_a_longer_name_is_not_the_outlet(actors):
    assert actors.match("National Committee of Salvation") is None
    assert _id(actors, "The National") == "the-national"


@pytest.mark.parametrize(("surface", "expected"), [("ICE", "ice"), ("LeT", "lashkar-e-taiba"), ("PACE", "pace")])
def test_acronyms_that_spell_words_match_only_as_written(actors, surface, expected):
    assert _id(actors, surface) == expected
    assert actors.match(surface.title(), weak=True) is None
    assert actors.match(surface.lower(), weak=True) is None


# ---------------------------------------------------------------- partial matches of people


@pytest.fixture(scope="module")
def people() -> ActorDictionary:
    gov = (Office("foreign_minister", "PAK", None, "GOV", dt.date(2018, 1, 1), None),)
    return ActorDictionary([
        _entry("tariq-anwar-quraishi", "Tariq Anwar Quraishi", type="PERSON", country="PAK", sector=None, offices=gov),
        _entry("hassan-bakhtiari", "Hassan Bakhtiari", type="PERSON", country="IRN", sector="GOV"),
    ])


def test_one_word_surname_finds_the_person(people):
    found = people.match("Quraishi")
    assert found is not None and found.entry.id == "tariq-anwar-quraishi" and found.how == "surname"


def test_several_words_never_fall_back_to_the_surname(people):
    assert people.match("Yusuf Quraishi") is None
    assert people.match("Yusuf Qureishi") is None


def test_given_name_and_surname_skip_middle_names(people):
    assert _id(people, "Tariq Quraishi") == "tariq-anwar-quraishi"


def test_fuzzy_keeps_a_respelled_given_name(people):
    found = people.match("Tarik Anwar Qurayshi")
    assert found is not None and found.entry.id == "tariq-anwar-quraishi" and found.how == "fuzzy"


def test_fuzzy_rejects_a_different_given_name_with_the_same_consonants(people):
    # "Hussein" and "Hassan" share a consonant skeleton but are different names
    assert people.match("Hussein Bakhtiari") is None
    assert _id(people, "Hasan Bakhtiyari") == "hassan-bakhtiari"


def test_package_data_keeps_given_names_apart(actors):
    assert actors.match("Qais Qureshi") is None
    assert actors.match("Hussein Rouhani") is None


# ---------------------------------------------------------------- offices and codes by date


def test_office_holder_changes_with_the_date(actors):
    assert actors.office_holder("IRQ", "prime minister", dt.date(2021, 1, 3)).id == "mustafa-al-kadhimi"
    assert actors.office_holder("IRQ", "Premier", dt.date(2023, 6, 1)).id == "mohammed-shia-al-sudani"
    assert actors.office_holder("USA", "President", dt.date(2019, 6, 1)).id == "donald-trump"
    assert actors.office_holder("USA", "President", dt.date(2022, 6, 1)).id == "joe-biden"


def test_incoming_holder_wins_on_hand_over_day(actors):
    assert actors.office_holder("USA", "president", dt.date(2021, 1, 20)).id == "joe-biden"


def test_role_titles_are_matched_loosely(actors):
    day = dt.date(2022, 1, 1)
    assert actors.office_holder("IRN", "foreign affairs minister", day).id == "hossein-amir-abdollahian"
    assert actors.office_holder("IRN", "Minister of Foreign Affairs", day).id == "hossein-amir-abdollahian"
    assert actors.office_holder("USA", "Secretary of State", day).id == "antony-blinken"
    assert canonical_role("PM") == canonical_role("prime minister") == "prime_minister"


def test_office_holder_without_date_only_when_unambiguous(actors):
    assert actors.office_holder("GBR", "prime minister", None) is None
    assert actors.office_holder("nowhere", "president", dt.date(2020, 1, 1)) is None


def test_igo_offices_are_keyed_by_organisation(actors):
    assert actors.office_holder("un", "Secretary-General", dt.date(2015, 1, 1)).id == "ban-ki-moon"
    assert actors.office_holder("un", "Secretary-General", dt.date(2020, 1, 1)).id == "antonio-guterres"


def test_sector_follows_the_office_held_on_the_date(actors):
    kadhimi = actors.get("mustafa-al-kadhimi")
    assert actors.sector_on(kadhimi, dt.date(2021, 1, 3)) == ("IRQ", "GOV")
    assert actors.sector_on(kadhimi, dt.date(2018, 1, 1)) == ("IRQ", "SPY")
    assert actors.sector_on(kadhimi, dt.date(2024, 1, 1)) == ("IRQ", "ELI")


def test_permanent_sector_applies_outside_offices(actors):
    soleimani = actors.get("qassem-soleimani")
    assert actors.sector_on(soleimani, dt.date(2021, 1, 3)) == ("IRN", "MIL")


def test_igo_office_codes_without_country(actors):
    guterres = actors.get("antonio-guterres")
    assert actors.sector_on(guterres, dt.date(2020, 1, 1)) == (None, "IGO")


def test_org_code_is_its_own(actors):
    assert actors.sector_on(actors.get("asaib-ahl-al-haq")) == ("IRQ", "REB")


# ---------------------------------------------------------------- user files


def _write(path: Path, body: str) -> Path:
    path.write_text("version: 1\nactors:\n" + body, encoding="utf-8")
    return path


def test_user_file_adds_and_overrides_entries(tmp_path):
    user = _write(
        tmp_path / "mine.yaml",
        "  - {id: pmf, name: Popular Mobilization Forces, type: ORG, country: IRQ, sector: REB}\n"
        "  - {id: tigris-watch, name: Tigris Watch Collective, type: ORG, country: IRQ, sector: NGO,"
        " aliases: [TWC]}\n",
    )
    actors = ActorDictionary.load([user])
    assert actors.get("pmf").sector == "REB"
    assert actors.get("pmf").source_file == str(user)
    assert _id(actors, "TWC") == "tigris-watch"
    # the package aliases of the replaced entry are gone with it
    assert actors.match("Hashd al-Shaabi") is None


def test_user_person_with_offices(tmp_path):
    user = _write(
        tmp_path / "mayors.yaml",
        "  - id: ana-example\n"
        "    name: Ana Example\n"
        "    type: PERSON\n"
        "    country: PRT\n"
        "    offices:\n"
        "      - {role: mayor, country: PRT, sector: GOV, start: 2019-03, end: 2023}\n",
    )
    actors = ActorDictionary.load([user])
    assert actors.office_holder("PRT", "Mayor", dt.date(2019, 3, 1)).id == "ana-example"
    assert actors.office_holder("PRT", "mayor", dt.date(2023, 12, 31)).id == "ana-example"
    assert actors.office_holder("PRT", "mayor", dt.date(2019, 2, 28)) is None


# ---------------------------------------------------------------- validation


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("  - {id: bad-sector, name: X Group, type: ORG, country: IRQ, sector: XYZ}\n", "unknown sector"),
        ("  - {id: bad-country, name: X Group, type: ORG, country: ZZZ, sector: REB}\n", "alpha-3"),
        ("  - {id: no-name, type: ORG, country: IRQ, sector: REB}\n", "name"),
        (
            "  - id: bad-date\n    name: A Person\n    type: PERSON\n    offices:\n"
            "      - {role: president, country: IRQ, sector: GOV, start: 2020-13-45}\n",
            "bad-date",
        ),
        (
            "  - id: reversed\n    name: A Person\n    type: PERSON\n    offices:\n"
            "      - {role: president, country: IRQ, sector: GOV, start: 2021-01-01, end: 2020-01-01}\n",
            "before it starts",
        ),
        (
            "  - id: person-changing\n    name: A Person\n    type: PERSON\n    sector: OPP\n"
            "    sector_changes: [{sector: GOV, start: 2020-01-01}]\n",
            "only an ORG changes sector",
        ),
        ("  - {id: bad-change, name: X Group, type: ORG, country: IRQ, sector: REB, "
         "sector_changes: [{sector: NOPE, start: 2020-01-01}]}\n", "unknown sector"),
    ],
)
def test_invalid_entries_name_file_and_entry(tmp_path, body, message):
    path = _write(tmp_path / "broken.yaml", body)
    with pytest.raises(DictionaryError) as caught:
        load_actor_file(path)
    text = str(caught.value)
    assert "broken.yaml" in text and message in text


def test_duplicate_ids_in_one_file_are_rejected(tmp_path):
    entry = "  - {id: twice, name: Twice Group, type: ORG, country: IRQ, sector: REB}\n"
    path = _write(tmp_path / "dup.yaml", entry + entry)
    with pytest.raises(DictionaryError, match=r"dup\.yaml.*'twice'.*duplicate"):
        load_actor_file(path)


def test_unknown_parent_is_rejected(tmp_path):
    path = _write(tmp_path / "orphan.yaml", "  - {id: orphan, name: Orphan Unit, type: ORG, sector: REB, parent: nobody}\n")
    with pytest.raises(DictionaryError, match=r"orphan\.yaml.*'orphan'.*parent 'nobody'"):
        ActorDictionary.load([path])


def test_errors_are_the_canonical_class_with_file_and_entry(tmp_path):
    assert DictionaryError is errors.DictionaryError
    path = _write(tmp_path / "bad.yaml", "  - {id: odd-one, name: X Group, type: ORG, sector: XYZ}\n")
    with pytest.raises(errors.DictionaryError) as caught:
        load_actor_file(path)
    assert caught.value.path == str(path) and caught.value.entry == "odd-one"
    assert "unknown sector" in caught.value.message


def test_unreadable_yaml_is_reported_through_the_shared_loader(tmp_path):
    path = tmp_path / "broken.yaml"
    path.write_text("version: 1\nactors: [unclosed\n", encoding="utf-8")
    with pytest.raises(errors.DictionaryError, match="broken.yaml"):
        load_actor_file(path)


def test_shared_loader_leaves_dates_as_text(tmp_path):
    path = tmp_path / "dated.yaml"
    path.write_text("version: 1\nwhen: 2020-03-01\n", encoding="utf-8")
    assert datafiles.load_yaml(path)["when"] == "2020-03-01"


def test_file_without_version_is_rejected(tmp_path):
    path = tmp_path / "noversion.yaml"
    path.write_text("actors: []\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="noversion.yaml"):
        load_actor_file(path)


# ---------------------------------------------------------------- heads of state added by date


@pytest.mark.parametrize(
    "published, sultan, ghana_leader",
    [
        (dt.date(2021, 3, 2), "OMNGOV", "GHAGOV"),
        (dt.date(2025, 6, 3), "OMNGOV", "GHAELI"),
    ],
)
def test_monarch_and_president_are_coded_by_the_article_date(actors, pipeline, published, sultan, ghana_leader):
    text = (
        "Haitham bin Tariq welcomed Nana Akufo-Addo to Muscat on Tuesday.\n\n"
        "Akufo-Addo said the visit opened a new chapter in trade between the two countries.\n"
    )
    codes = {a.name: a.code for a in pipeline.extract(text, published=published).actors}
    assert codes["Haitham bin Tariq"] == sultan
    assert codes["Nana Akufo-Addo"] == ghana_leader
    assert actors.office_holder("OMN", "monarch", dt.date(2019, 3, 5)).id == "qaboos-bin-said"
    assert actors.office_holder("OMN", "monarch", published).id == "haitham-bin-tariq"
    expected_president = "nana-akufo-addo" if published.year < 2025 else "john-mahama"
    assert actors.office_holder("GHA", "president", published).id == expected_president


def test_a_short_or_common_given_name_alone_names_no_dictionary_person() -> None:
    from newsgraph.core import Pipeline

    pipeline = Pipeline()
    assert pipeline.extract("Henry said the talks would continue.").actors == []
    record = pipeline.extract("Ariel Henry met officials on Monday. Henry said the talks would continue.")
    henry = [a for a in record.actors if a.dictionary_id == "ariel-henry"]
    assert len(henry) == 1 and [m.text for m in henry[0].mentions] == ["Ariel Henry", "Henry"]


def test_a_surname_two_people_share_names_the_one_in_office_that_day(tmp_path) -> None:
    import datetime as dt

    path = tmp_path / "people.yaml"
    path.write_text("""
version: 1
actors:
  - {id: ana-quispe, name: Ana Quispe, type: PERSON, country: PER,
     offices: [{role: president, country: PER, sector: GOV, start: 2001-01-01, end: 2005-12-31}]}
  - {id: luis-quispe, name: Luis Quispe, type: PERSON, country: PER,
     offices: [{role: president, country: PER, sector: GOV, start: 2011-01-01, end: 2015-12-31}]}
""", encoding="utf-8")
    from newsgraph.knowledge.dictionary import ActorDictionary

    people = ActorDictionary.load([path])
    assert people.match("Quispe") is None  # two people: the name alone says not which
    assert people.match_in_office("Quispe", dt.date(2003, 5, 1)).entry.id == "ana-quispe"
    assert people.match_in_office("Quispe", dt.date(2012, 5, 1)).entry.id == "luis-quispe"
    assert people.match_in_office("Quispe", dt.date(2008, 5, 1)) is None  # neither in office


def test_a_region_entry_needs_its_states_country(tmp_path):
    path = _write(tmp_path / "regions.yaml", "  - {id: nowhere-land, name: Nowhere Land, type: GPE, sector: GOV}\n")
    with pytest.raises(DictionaryError, match=r"nowhere-land.*country"):
        load_actor_file(path)


def test_regions_that_act_as_states_carry_their_states_country():
    dictionary = get_dictionary()
    for name, iso in (("Puntland", "SOM"), ("Republika Srpska", "BIH"), ("Kurdistan Region", "IRQ")):
        found = dictionary.match(name)
        assert found is not None and found.entry.type == "GPE" and found.entry.country == iso


def test_an_organisation_takes_the_sector_it_changed_to_from_that_day_on(tmp_path):
    path = _write(tmp_path / "movements.yaml",
                  "  - id: river-front\n    name: River Front\n    type: ORG\n    country: IRQ\n    sector: REB\n"
                  "    sector_changes: [{sector: GOV, start: 2019-06-01}, {sector: OPP, start: 2023-02-01}]\n")
    dictionary = ActorDictionary(load_actor_file(path))
    entry = dictionary.get("river-front")
    assert dictionary.sector_on(entry, dt.date(2019, 5, 31)) == ("IRQ", "REB")
    assert dictionary.sector_on(entry, dt.date(2019, 6, 1)) == ("IRQ", "GOV")
    assert dictionary.sector_on(entry, dt.date(2024, 1, 1)) == ("IRQ", "OPP")
    assert dictionary.sector_on(entry, None) == ("IRQ", "OPP")  # undated: as it stands now


def test_the_taliban_are_afghanistan_s_government_in_stories_after_august_2021(pipeline):
    text = "Border talks\n\nThe Taliban accused Pakistan of violating Afghan airspace on Monday."
    codes = {d: {a.name: a.code for a in pipeline.extract(text, published=d).actors}["Taliban"]
             for d in (dt.date(2016, 5, 2), dt.date(2025, 5, 2))}
    assert codes == {dt.date(2016, 5, 2): "AFGREB", dt.date(2025, 5, 2): "AFGGOV"}
