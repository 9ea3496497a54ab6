"""Role nouns → sectors: head nouns, borrowed sectors, past and group readings, data-file validation."""
from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.errors import DictionaryError
from newsgraph.knowledge.dictionary import SECTORS
from newsgraph.knowledge.roles import RoleLexicon, get_role_lexicon, pluralise


@pytest.fixture(scope="module")
def lexicon() -> RoleLexicon:
    return get_role_lexicon()


def test_package_data_uses_known_sector_codes(lexicon: RoleLexicon) -> None:
    used = {e.sector for e in lexicon.entries() if e.sector}
    assert used <= SECTORS, used - SECTORS


@pytest.mark.parametrize(
    "phrase, sector",
    [
        ("president", "GOV"),
        ("the prime minister", "GOV"),
        ("Foreign Minister", "GOV"),
        ("ambassador", "GOV"),
        ("the envoy", "GOV"),
        ("the cabinet", "GOV"),
        ("authorities", "GOV"),
        ("the army", "MIL"),
        ("armed forces", "MIL"),
        ("troops", "MIL"),
        ("a colonel", "MIL"),
        ("the navy", "MIL"),
        ("militia", "REB"),
        ("insurgents", "REB"),
        ("gunmen", "REB"),
        ("guerrillas", "REB"),
        ("the opposition", "OPP"),
        ("a dissident", "OPP"),
        ("the party", "PTY"),
        ("a journalist", "MED"),
        ("correspondent", "MED"),
        ("the broadcaster", "MED"),
        ("political analyst", "ELI"),
        ("an expert", "ELI"),
        ("political scientist", "EDU"),
        ("a professor", "EDU"),
        ("the university", "EDU"),
        ("the oil company", "BUS"),
        ("a businessman", "BUS"),
        ("CEO", "BUS"),
        ("parliament", "LEG"),
        ("lawmakers", "LEG"),
        ("MPs", "LEG"),
        ("a member of parliament", "LEG"),
        ("the court", "JUD"),
        ("a prosecutor", "JUD"),
        ("police", "COP"),
        ("riot police", "COP"),
        ("interior ministry forces", "COP"),
        ("civilians", "CVL"),
        ("demonstrators", "CVL"),
        ("students", "EDU"),
        ("villagers", "CVL"),
        ("peacekeepers", "IGO"),
        ("the U.N. envoy", "IGO"),
        ("a charity", "NGO"),
        ("human rights group", "NGO"),
        ("aid workers", "NGO"),
        ("the intelligence service", "SPY"),
        ("a cleric", "REL"),
        ("the imam", "REL"),
        ("the trade union", "LAB"),
        ("refugees", "REF"),
        ("doctors", "HLH"),
    ],
)
def test_plain_role_nouns(lexicon: RoleLexicon, phrase: str, sector: str) -> None:
    match = lexicon.sector_of(phrase)
    assert match is not None, phrase
    assert match.sector == sector


@pytest.mark.parametrize(
    "phrase, sector, head",
    [
        ("the Iranian Foreign Ministry spokesman", "GOV", "spokesman"),
        ("the Chinese Defence Ministry spokesperson", "GOV", "spokesperson"),
        ("state news agency", "MED", "state news agency"),
        ("commander of the missile forces", "MIL", "commander"),
        ("spokesman for the political bureau", "PTY", "spokesman"),
        ("deputy head of the armed forces", "MIL", "deputy head"),
        ("opposition leader", "OPP", "leader"),
        ("the rebel commander", "REB", "commander"),
        ("a party official", "PTY", "official"),
        ("a senior official", "GOV", "official"),
        ("police department", "COP", "department"),
        ("Prime Minister of Ruritania", "GOV", "prime minister"),
        ("army colonel", "MIL", "colonel"),
        ("chief of the general staff", "MIL", "chief of the general staff"),
        ("head of state", "GOV", "head of state"),
        ("the acting defense minister", "GOV", "defense minister"),
        ("deputy foreign minister", "GOV", "foreign minister"),
        ("Vice President", "GOV", "vice president"),
        ("one of the soldiers", "MIL", "soldier"),
        ("the Ruritanian news agency correspondent in the capital", "MED", "correspondent"),
    ],
)
def test_head_noun_decides_and_borrows_from_modifiers(
    lexicon: RoleLexicon, phrase: str, sector: str, head: str
) -> None:
    match = lexicon.sector_of(phrase)
    assert (match.sector, match.term) == (sector, head)
    assert phrase[match.start:match.end].lower().startswith(head.split()[0])


def test_offsets_point_at_the_head(lexicon: RoleLexicon) -> None:
    phrase = "the Chinese Defence Ministry spokesperson"
    match = lexicon.sector_of(phrase)
    assert phrase[match.start:match.end] == "spokesperson"
    assert match.sector_term == "defense ministry"


def test_apposition_after_a_comma_is_not_read(lexicon: RoleLexicon) -> None:
    match = lexicon.sector_of("special representative for the region, former president of Ruritania")
    assert match.term == "representative" and match.sector is None and not match.past


def test_a_bare_spokesman_has_no_sector_of_its_own(lexicon: RoleLexicon) -> None:
    match = lexicon.sector_of("a spokesman")
    assert match is not None
    assert match.person and match.sector is None and not match.past


@pytest.mark.parametrize(
    "phrase, base",
    [
        ("Retired Major General", "MIL"),
        ("a former president", "GOV"),
        ("the ex-president", "GOV"),
        ("former Ruritanian diplomat", "GOV"),
        ("former commander of the navy", "MIL"),
        ("an erstwhile minister", "GOV"),
    ],
)
def test_past_office_holders_are_elite(lexicon: RoleLexicon, phrase: str, base: str) -> None:
    match = lexicon.sector_of(phrase)
    assert match.past
    assert match.sector == "ELI"
    assert match.base_sector == base


def test_past_needs_the_modifier_before_the_head(lexicon: RoleLexicon) -> None:
    assert not lexicon.sector_of("minister of the former regime").past
    organisation = lexicon.sector_of("the former government")
    assert organisation.past and organisation.sector == "GOV"  # only people become ELI


def test_late_marks_death_not_past_office(lexicon: RoleLexicon) -> None:
    match = lexicon.sector_of("the late foreign minister")
    assert match.deceased and not match.past
    assert match.sector == "GOV"


@pytest.mark.parametrize(
    "phrase, group, person",
    [
        ("police", True, False),
        ("the armed factions", True, False),
        ("protesters", True, True),
        ("soldiers", True, True),
        ("a soldier", False, True),
        ("the minister", False, True),
        ("the ministry", False, False),
        ("troops", True, False),
    ],
)
def test_person_and_group_readings(lexicon: RoleLexicon, phrase: str, group: bool, person: bool) -> None:
    match = lexicon.sector_of(phrase)
    assert (match.group, match.person) == (group, person)


@pytest.mark.parametrize(
    "phrase", ["", "Mr Smith", "the general election", "the European Union", "on Sunday", "a major attack"]
)
def test_phrases_without_roles(lexicon: RoleLexicon, phrase: str) -> None:
    assert lexicon.sector_of(phrase) is None


def test_is_role_word(lexicon: RoleLexicon) -> None:
    assert lexicon.is_role_word("minister")
    assert lexicon.is_role_word("Soldiers")
    assert lexicon.is_role_word("police")
    assert not lexicon.is_role_word("prime")
    assert not lexicon.is_role_word("prime minister")
    assert not lexicon.is_role_word("table")


def test_group_terms(lexicon: RoleLexicon) -> None:
    groups = lexicon.group_terms()
    assert {"police", "protesters", "soldiers", "armed factions", "troops", "gunmen"} <= groups
    assert "minister" not in groups and "soldier" not in groups


@pytest.mark.parametrize(
    "term, plural",
    [("minister", "ministers"), ("gunman", "gunmen"), ("militia", "militias"), ("secretary", "secretaries"),
     ("head of state", "heads of state"), ("monarch", "monarchs"), ("church", "churches"),
     ("attorney", "attorneys")],
)
def test_pluralise(term: str, plural: str) -> None:
    assert pluralise(term) == plural


# ---------------------------------------------------------------------------- user files

def _write(tmp_path: Path, text: str, name: str = "roles.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_user_file_extends_and_overrides(tmp_path: Path) -> None:
    path = _write(tmp_path, """
version: 1
modifiers: {past: [sometime]}
roles:
  - {term: ombudsman, sector: GOV, person: true}
  - {term: student, sector: CVL, person: true}
""")
    lexicon = RoleLexicon.load([path])
    assert lexicon.sector_of("the ombudsman").sector == "GOV"
    assert lexicon.sector_of("students").sector == "CVL"
    assert lexicon.sector_of("a sometime minister").past
    assert lexicon.sector_of("the army").sector == "MIL"  # package entries stay
    assert get_role_lexicon().sector_of("students").sector == "EDU"


@pytest.mark.parametrize(
    "body, message",
    [
        ("roles: []\n", "version"),
        ("version: 1\n", "roles"),
        ("version: 1\nroles: {minister: GOV}\n", "list"),
        ("version: 1\nroles:\n  - {term: minister, sector: gov}\n", "minister"),
        ("version: 1\nroles:\n  - {term: minister, sectr: GOV}\n", "sectr"),
        ("version: 1\nroles:\n  - {sector: GOV}\n", "#1"),
        ("version: 1\nroles: []\nmodifiers: {past: [one time]}\n", "modifiers"),
        ("version: 1\nroles: []\nspellings: [defence]\n", "spellings"),
        ("version: 1\nroles: [\n", "invalid YAML"),
    ],
)
def test_malformed_files_name_the_file_and_entry(tmp_path: Path, body: str, message: str) -> None:
    path = _write(tmp_path, body, name="bad_roles.yaml")
    with pytest.raises(DictionaryError) as caught:
        RoleLexicon.load([path])
    assert "bad_roles.yaml" in str(caught.value)
    assert message in str(caught.value)
