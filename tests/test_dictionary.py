"""Actor dictionary: package data, matching cascade, office holders by date, user files, validation."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsgraph.knowledge.dictionary import (
    ActorDictionary,
    DictionaryError,
    canonical_role,
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


def test_package_data_is_large_and_covers_people_and_orgs(actors):
    kinds = {e.type for e in actors.entries()}
    assert len(actors) >= 500
    assert kinds == {"PERSON", "ORG"}


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


def test_file_without_version_is_rejected(tmp_path):
    path = tmp_path / "noversion.yaml"
    path.write_text("actors: []\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="noversion.yaml"):
        load_actor_file(path)
