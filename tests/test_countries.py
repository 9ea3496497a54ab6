"""Country knowledge: lookups by name, demonym, capital and metonym; compounds; data-file validation."""
from __future__ import annotations

from pathlib import Path

import pycountry
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.errors import DictionaryError
from newsgraph.knowledge import countries as countries_module
from newsgraph.knowledge.countries import CountryIndex, get_country_index, plural_forms
from newsgraph.knowledge.datafiles import load_yaml

# pycountry lists 249 codes; these are the ones that are not UN member states (territories,
# dependencies, the two observer states and Taiwan). What remains must be the 193 members.
NOT_UN_MEMBERS = frozenset(
    "ABW AIA ALA ASM ATA ATF BES BLM BMU BVT CCK COK CUW CXR CYM ESH FLK FRO GGY GIB GLP GRL GUF "
    "GUM HKG HMD IMN IOT JEY MAC MAF MNP MSR MTQ MYT NCL NFK NIU PCN PRI PSE PYF REU SGS SHN SJM "
    "SPM SXM TCA TKL TWN UMI VAT VGB VIR WLF".split()
)
UN_MEMBERS = sorted({c.alpha_3 for c in pycountry.countries} - NOT_UN_MEMBERS)


@pytest.fixture(scope="module")
def index() -> CountryIndex:
    return get_country_index()


def test_un_members_are_exactly_the_members_in_the_data(index: CountryIndex) -> None:
    assert len(UN_MEMBERS) == 193
    assert index.codes("member") == UN_MEMBERS
    assert index.codes("observer") == ["PSE", "VAT"]


@pytest.mark.parametrize("iso3", UN_MEMBERS)
def test_every_un_member_has_demonym_capital_and_resolves_by_them(index: CountryIndex, iso3: str) -> None:
    demonym, capital = index.demonym(iso3), index.capital(iso3)
    assert demonym and capital
    assert index.lookup(index.name(iso3)).iso3 == iso3
    assert index.lookup(demonym).iso3 in {iso3, "DOM", "COD"}  # "Dominican", "Congolese" are shared
    assert index.lookup(capital).iso3 == iso3


@pytest.mark.parametrize(
    "text, iso3, kind",
    [
        ("Iraq", "IRQ", "name"),
        ("Nigeria", "NGA", "name"),
        ("Brazil", "BRA", "name"),
        ("New Zealand", "NZL", "name"),
        ("Norway", "NOR", "name"),
        ("Islamic Republic of Iran", "IRN", "name"),
        ("Republic of Korea", "KOR", "name"),
        ("Georgia", "GEO", "name"),
        ("Jordan", "JOR", "name"),
        ("Kosovo", "XKX", "name"),
        ("Taiwan", "TWN", "name"),
        ("Hong Kong", "HKG", "name"),
        ("Western Sahara", "ESH", "name"),
        ("Palestine", "PSE", "name"),
        ("Guinea-Bissau", "GNB", "name"),
        ("Guinea Bissau", "GNB", "name"),
        ("GUINEA-BISSAU", "GNB", "name"),
        ("Côte d'Ivoire", "CIV", "name"),
        ("Ivory Coast", "CIV", "name"),
        ("Syria", "SYR", "name"),
        ("Russia", "RUS", "name"),
        ("North Korea", "PRK", "name"),
        ("US", "USA", "alias"),
        ("U.S.", "USA", "alias"),
        ("the U.S.", "USA", "alias"),
        ("USA", "USA", "alias"),
        ("America", "USA", "alias"),
        ("UK", "GBR", "alias"),
        ("Britain", "GBR", "alias"),
        ("DPRK", "PRK", "alias"),
        ("UAE", "ARE", "alias"),
        ("Burma", "MMR", "alias"),
        ("St Lucia", "LCA", "name"),
        ("Iraqi", "IRQ", "demonym"),
        ("Iraqis", "IRQ", "demonym"),
        ("Iranian", "IRN", "demonym"),
        ("Americans", "USA", "demonym"),
        ("Emirati", "ARE", "demonym"),
        ("Guinean", "GIN", "demonym"),
        ("Belarusian", "BLR", "demonym"),
        ("Colombian", "COL", "demonym"),
        ("Azerbaijani", "AZE", "demonym"),
        ("Ethiopian", "ETH", "demonym"),
        ("Chinese", "CHN", "demonym"),
        ("Filipinos", "PHL", "demonym"),
        ("Kenyans", "KEN", "demonym"),
        ("Argentine", "ARG", "demonym"),
        ("Australians", "AUS", "demonym"),
        ("South Sudanese", "SSD", "demonym"),
        ("Sudanese", "SDN", "demonym"),
        ("Nigerien", "NER", "demonym"),
        ("Baghdad", "IRQ", "capital"),
        ("Tehran", "IRN", "capital"),
        ("Washington", "USA", "capital"),
        ("Washington, D.C.", "USA", "capital"),
        ("Beijing", "CHN", "capital"),
        ("Kiev", "UKR", "capital"),
        ("Kyiv", "UKR", "capital"),
        ("Bogotá", "COL", "capital"),
        ("Conakry", "GIN", "capital"),
        ("Canberra", "AUS", "capital"),
        ("Taipei", "TWN", "capital"),
        ("Pristina", "XKX", "capital"),
        ("Mesopotamia", "IRQ", "metonym"),
        ("the Islamic Republic", "IRN", "metonym"),
        ("the Jewish state", "ISR", "metonym"),
        ("Tel Aviv", "ISR", "metonym"),
        ("Zhongnanhai", "CHN", "metonym"),
    ],
)
def test_lookup(index: CountryIndex, text: str, iso3: str, kind: str) -> None:
    match = index.lookup(text)
    assert match is not None, text
    assert (match.iso3, match.kind) == (iso3, kind)


@pytest.mark.parametrize(
    "text, iso3, sector",
    [
        ("the White House", "USA", "GOV"),
        ("The Pentagon", "USA", "MIL"),
        ("Foggy Bottom", "USA", "GOV"),
        ("the Kremlin", "RUS", "GOV"),
        ("Downing Street", "GBR", "GOV"),
        ("Whitehall", "GBR", "GOV"),
        ("the Elysee", "FRA", "GOV"),
        ("the Élysée", "FRA", "GOV"),
        ("the Blue House", "KOR", "GOV"),
    ],
)
def test_metonyms_carry_sector_hints(index: CountryIndex, text: str, iso3: str, sector: str) -> None:
    match = index.lookup(text)
    assert (match.iso3, match.kind, match.sector) == (iso3, "metonym", sector)


@pytest.mark.parametrize("text", ["IRAQ", "iraq", "  Iraq ", "Iraq's", "the Iraq"])
def test_lookup_ignores_case_space_possessive_and_article(index: CountryIndex, text: str) -> None:
    assert index.lookup(text).iso3 == "IRQ"


@pytest.mark.parametrize(
    "text",
    ["us", "Us", "car", "turkey", "china", "male", "polish", "a guinea pig", "US-Iranian", "Korea", "", "   ",
     "Foreign Ministry", "Europe"],
)
def test_lookup_refuses_common_words_compounds_and_non_countries(index: CountryIndex, text: str) -> None:
    assert index.lookup(text) is None
    assert not index.is_country_word(text)


def test_capitalised_common_words_are_countries(index: CountryIndex) -> None:
    assert index.lookup("Turkey").iso3 == "TUR"
    assert index.lookup("China").iso3 == "CHN"
    assert index.lookup("Polish").iso3 == "POL"
    assert index.lookup("Male").iso3 == "MDV"


def test_shared_keys_go_to_the_stronger_claim(index: CountryIndex) -> None:
    # "Congo" is DR Congo in the news; the Republic of the Congo keeps its full names
    assert index.lookup("Congo").iso3 == "COD"
    assert index.lookup("Republic of the Congo").iso3 == "COG"
    assert index.lookup("Dominican").iso3 == "DOM"  # shared with Dominica, the far larger country wins
    assert index.lookup("Dominica").iso3 == "DMA"
    assert index.lookup("Jerusalem").iso3 == "ISR"
    assert index.lookup("Samoan").iso3 == "WSM"
    assert index.lookup("American Samoan").iso3 == "ASM"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("US-Iranian", ["USA", "IRN"]),
        ("U.S.-Iranian", ["USA", "IRN"]),
        ("Israeli-Palestinian", ["ISR", "PSE"]),
        ("Sino-American", ["CHN", "USA"]),
        ("Turkish–Iranian", ["TUR", "IRN"]),
        ("Iraq/Iran", ["IRQ", "IRN"]),
        ("Guinea-Bissau", ["GNB"]),
        ("Guinea-Bissau-Senegal", ["GNB", "SEN"]),
        ("Indo-Pacific", []),
        ("Sino", []),
        ("well-known", []),
    ],
)
def test_split_compound(index: CountryIndex, text: str, expected: list[str]) -> None:
    assert index.split_compound(text) == expected


def test_find_all_reports_offsets_inside_a_phrase(index: CountryIndex) -> None:
    text = "the Chinese Defence Ministry said U.S.-Iranian contacts in Guinea-Bissau went on."
    found = [(text[s:e], m.iso3) for s, e, m in index.find_all(text)]
    assert found == [("Chinese", "CHN"), ("U.S.", "USA"), ("Iranian", "IRN"), ("Guinea-Bissau", "GNB")]
    assert index.find_all("talks at the White House.")[0][2].sector == "GOV"
    text = "Iran's envoy met Côte d'Ivoire's minister in St. John's"
    assert [text[s:e] for s, e, _ in index.find_all(text)] == ["Iran", "Côte d'Ivoire", "St. John's"]


@pytest.mark.parametrize(
    "iso3, name",
    [("IRN", "Iran"), ("USA", "United States"), ("KOR", "South Korea"), ("PRK", "North Korea"),
     ("RUS", "Russia"), ("GBR", "United Kingdom"), ("PSE", "Palestine"), ("TWN", "Taiwan"),
     ("VNM", "Vietnam"), ("XKX", "Kosovo"), ("syr", "Syria")],
)
def test_name_is_the_short_common_name(index: CountryIndex, iso3: str, name: str) -> None:
    assert index.name(iso3) == name


def test_by_code_accessors(index: CountryIndex) -> None:
    assert index.capital("IRQ") == "Baghdad"
    assert index.capital("KAZ") == "Astana"
    assert index.demonym("GBR") == "British"
    assert index.demonym("IRN") == "Iranian"
    assert index.status("TWN") == "state"
    assert index.capital("ZZZ") is None and index.demonym("ZZZ") is None
    assert "IRQ" in index and "ZZZ" not in index
    with pytest.raises(KeyError, match="ZZZ"):
        index.name("ZZZ")


@pytest.mark.parametrize(
    "demonym, plurals",
    [("Iraqi", ["Iraqis"]), ("American", ["Americans"]), ("Chinese", []), ("British", []),
     ("Swiss", []), ("French", []), ("Czech", ["Czechs"]), ("Frenchman", ["Frenchmen"])],
)
def test_plural_forms(demonym: str, plurals: list[str]) -> None:
    assert plural_forms(demonym) == plurals


def test_default_index_is_cached() -> None:
    assert get_country_index() is get_country_index()
    countries_module._build.cache_clear()
    rebuilt = get_country_index()
    assert rebuilt is get_country_index() and rebuilt.lookup("Iraq") is not None


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_lookups_never_raise(text: str) -> None:
    index = get_country_index()
    index.lookup(text)
    index.split_compound(text)
    index.find_all(text)


# ---------------------------------------------------------------------------- user files

def _write(tmp_path: Path, text: str, name: str = "countries.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_user_file_extends_and_overrides(tmp_path: Path) -> None:
    path = _write(tmp_path, """
version: 1
countries:
  IRQ:
    demonyms: [Iraqian]
    metonyms: [{text: Land of the Two Rivers}]
  FRA:
    capital: Lutetia
  XAB:
    name: Atlantis
    status: state
    demonyms: [Atlantean]
    capital: Poseidonia
""")
    index = CountryIndex.load([path])
    assert index.lookup("Iraqians").iso3 == "IRQ"
    assert index.lookup("Iraqi").iso3 == "IRQ"  # the package demonyms stay
    assert index.demonym("IRQ") == "Iraqian"  # the user's come first
    assert index.lookup("the Land of the Two Rivers").kind == "metonym"
    assert index.capital("FRA") == "Lutetia"
    assert index.lookup("Atlantean").iso3 == "XAB"
    assert index.lookup("Poseidonia").iso3 == "XAB"
    assert CountryIndex.load([path]) is index  # cached per set of files
    assert get_country_index().lookup("Iraqians") is None  # the default is untouched


@pytest.mark.parametrize(
    "body, message",
    [
        ("countries: {}\n", "version"),
        ("version: 1\n", "countries"),
        ("version: 1\ncountries: [IRQ]\n", "mapping"),
        ("version: 1\ncountries:\n  IRQ: {demonym: Iraqi}\n", "IRQ"),
        ("version: 1\ncountries:\n  IRQ: {status: colony}\n", "status"),
        ("version: 1\ncountries:\n  IRQ: {metonyms: [{text: Babylon, sector: gov}]}\n", "sector"),
        ("version: 1\ncountries:\n  Iraq: {}\n", "alpha-3"),
        ("version: 1\ncountries:\n  XQQ: {demonyms: [Nowherian]}\n", "XQQ"),
        ("version: 1\ncombining_forms: {Babylo: iraq}\ncountries: {}\n", "Babylo"),
        ("version: 1\ncountries: {IRQ: [\n", "invalid YAML"),
        ("- just\n- a list\n", "mapping"),
    ],
)
def test_malformed_files_name_the_file_and_entry(tmp_path: Path, body: str, message: str) -> None:
    path = _write(tmp_path, body, name="bad_countries.yaml")
    with pytest.raises(DictionaryError) as caught:
        CountryIndex.load([path])
    assert "bad_countries.yaml" in str(caught.value)
    assert message in str(caught.value)


def test_load_yaml_reports_missing_file(tmp_path: Path) -> None:
    with pytest.raises(DictionaryError, match="missing.yaml"):
        load_yaml(tmp_path / "missing.yaml")
