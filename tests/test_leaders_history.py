"""Office-holders of 2000-2014 in leaders.yaml: who held which office on a date, and how articles
of that period are coded. Sentences are our own; dates are those of the offices."""
from __future__ import annotations

import datetime as dt
from itertools import combinations

import pytest

from newsgraph.core import Pipeline
from newsgraph.knowledge.dictionary import DATA_DIR, get_dictionary, load_actor_file
from newsgraph.model import Record

D = dt.date.fromisoformat


def coded(record: Record) -> dict[str, str]:
    """dictionary id -> code of every dictionary actor of a record."""
    return {a.dictionary_id: a.code for a in record.actors if a.dictionary_id}


# ---------------------------------------------------------------- whole articles


def test_bush_and_olmert_in_2008(pipeline: Pipeline) -> None:
    record = pipeline.extract(
        "President Bush met Prime Minister Olmert at the White House on Tuesday to discuss Iran.",
        published=D("2008-08-06"),
    )
    found = coded(record)
    assert found.get("george-w-bush") == "USAGOV"
    assert found.get("ehud-olmert") == "ISRGOV"


def test_obama_still_coded_in_2015(pipeline: Pipeline) -> None:
    record = pipeline.extract("President Obama said on Monday that the talks would continue.",
                              published=D("2015-06-01"))
    assert coded(record).get("barack-obama") == "USAGOV"


def test_russian_tandem_during_the_georgia_war(pipeline: Pipeline) -> None:
    record = pipeline.extract(
        "President Medvedev ordered a halt to the operation while Prime Minister Putin visited the "
        "north. President Saakashvili denounced the move.",
        published=D("2008-08-12"),
    )
    found = coded(record)
    assert found.get("dmitry-medvedev") == "RUSGOV"
    assert found.get("vladimir-putin") == "RUSGOV"
    assert found.get("mikheil-saakashvili") == "GEOGOV"


def test_transliterations_of_one_leader(pipeline: Pipeline) -> None:
    record = pipeline.extract("Kadhafi hosted Ahmadinezhad in Tripoli, and Mahmud Abbas sent a message.",
                              published=D("2009-09-01"))
    found = coded(record)
    assert found.get("muammar-gaddafi") == "LBYGOV"
    assert found.get("mahmoud-ahmadinejad") == "IRNGOV"
    assert found.get("mahmoud-abbas") == "PSEGOV"


def test_a_city_named_like_a_minister_stays_a_place(pipeline: Pipeline) -> None:
    record = pipeline.extract("Judges at the tribunal in The Hague delivered the verdict on Friday.",
                              published=D("2012-05-04"))
    assert "william-hague" not in coded(record)


def test_a_defence_secretary_is_military_and_a_deposed_ruler_former(pipeline: Pipeline) -> None:
    record = pipeline.extract(
        "Robert Gates visited Baghdad, where Saddam Hussein was tried last year.",
        published=D("2007-03-01"),
    )
    found = coded(record)
    assert found.get("robert-gates") == "USAMIL"
    assert found.get("saddam-hussein") == "IRQELI"


# ---------------------------------------------------------------- who held the office on a date


@pytest.mark.parametrize(
    ("country", "role", "on", "expected"),
    [
        ("USA", "president", "2000-06-01", "bill-clinton"),
        ("USA", "president", "2008-08-06", "george-w-bush"),
        ("USA", "president", "2009-01-20", "barack-obama"),  # hand-over day: the incoming holder
        ("USA", "vice president", "2004-01-01", "dick-cheney"),
        ("USA", "secretary of state", "2003-02-05", "colin-powell"),
        ("USA", "secretary of state", "2006-07-01", "condoleezza-rice"),
        ("USA", "secretary of state", "2011-05-01", "hillary-clinton"),
        ("USA", "defense secretary", "2004-05-01", "donald-rumsfeld"),
        ("USA", "defense secretary", "2012-01-01", "leon-panetta"),
        ("GBR", "prime minister", "2003-03-20", "tony-blair"),
        ("GBR", "foreign secretary", "2008-01-01", "david-miliband"),
        ("FRA", "president", "2003-03-01", "jacques-chirac"),
        ("DEU", "chancellor", "2002-09-01", "gerhard-schroeder"),
        ("DEU", "foreign minister", "2007-01-01", "frank-walter-steinmeier"),
        ("RUS", "president", "2000-02-01", "vladimir-putin"),
        ("RUS", "prime minister", "2008-08-12", "vladimir-putin"),
        ("RUS", "foreign minister", "2002-01-01", "igor-ivanov"),
        ("CHN", "president", "2008-08-08", "hu-jintao"),
        ("CHN", "premier", "2008-08-08", "wen-jiabao"),
        ("JPN", "prime minister", "2008-08-08", "yasuo-fukuda"),
        ("IND", "prime minister", "2008-08-08", "manmohan-singh"),
        ("PAK", "president", "2008-08-06", "pervez-musharraf"),
        ("PAK", "prime minister", "2010-01-01", "yousaf-raza-gilani"),
        ("AFG", "president", "2008-08-08", "hamid-karzai"),
        ("IRQ", "president", "2002-10-01", "saddam-hussein"),
        ("IRQ", "foreign minister", "2008-08-08", "hoshyar-zebari"),
        ("IRN", "president", "2008-08-08", "mahmoud-ahmadinejad"),
        ("IRN", "foreign minister", "2008-08-08", "manouchehr-mottaki"),
        ("ISR", "prime minister", "2006-02-01", "ehud-olmert"),  # acting while Sharon lay in a coma
        ("ISR", "foreign minister", "2008-08-08", "tzipi-livni"),
        ("ISR", "defense minister", "2008-08-08", "ehud-barak"),
        ("PSE", "president", "2002-04-01", "yasser-arafat"),
        ("PSE", "prime minister", "2008-08-08", "salam-fayyad"),
        ("SYR", "president", "2008-08-08", "bashar-al-assad"),
        ("SYR", "foreign minister", "2003-01-01", "farouk-al-sharaa"),
        ("LBN", "president", "2008-08-08", "michel-suleiman"),
        ("LBN", "prime minister", "2008-08-08", "fouad-siniora"),
        ("EGY", "president", "2008-08-08", "hosni-mubarak"),
        ("SAU", "king", "2008-08-08", "king-abdullah-saudi"),
        ("SAU", "foreign minister", "2008-08-08", "saud-al-faisal"),
        ("TUR", "president", "2008-08-08", "abdullah-gul"),
        ("TUR", "prime minister", "2008-08-08", "recep-tayyip-erdogan"),
        ("JOR", "prime minister", "2008-08-08", "nader-al-dahabi"),
        ("LBY", "leader", "2008-08-08", "muammar-gaddafi"),
        ("SDN", "president", "2008-08-08", "omar-al-bashir"),
        ("ITA", "prime minister", "2008-08-08", "silvio-berlusconi"),
        ("ESP", "prime minister", "2008-08-08", "jose-luis-rodriguez-zapatero"),
        ("BRA", "president", "2008-08-08", "lula"),
        ("VEN", "president", "2008-08-08", "hugo-chavez"),
        ("CUB", "president", "2007-01-01", "raul-castro"),  # acting for his ailing brother
        ("PRK", "supreme leader", "2008-08-08", "kim-jong-il"),
        ("KOR", "president", "2008-08-08", "lee-myung-bak"),
        ("GEO", "president", "2008-08-08", "mikheil-saakashvili"),
        ("GEO", "foreign minister", "2008-08-08", "eka-tkeshelashvili"),
        ("UKR", "prime minister", "2008-08-08", "yulia-tymoshenko"),
        ("RWA", "president", "2008-08-08", "paul-kagame"),
        ("ZWE", "president", "2008-08-08", "robert-mugabe"),
        ("KEN", "prime minister", "2008-08-08", "raila-odinga"),
        ("SOM", "president", "2008-08-08", "abdullahi-yusuf-ahmed"),
        ("NGA", "president", "2008-08-08", "umaru-yaradua"),
        ("ZAF", "president", "2008-08-08", "thabo-mbeki"),
        ("MMR", "prime minister", "2008-08-08", "thein-sein"),
        ("un", "secretary general", "2005-01-01", "kofi-annan"),
        ("nato", "secretary general", "2008-08-08", "jaap-de-hoop-scheffer"),
        ("european-commission", "president", "2008-08-08", "jose-manuel-barroso"),
    ],
)
def test_office_holder_on_a_date(country: str, role: str, on: str, expected: str) -> None:
    holder = get_dictionary().office_holder(country, role, D(on))
    assert holder is not None and holder.id == expected


@pytest.mark.parametrize(
    ("entry_id", "on", "code"),
    [
        ("vladimir-putin", "2010-01-01", ("RUS", "GOV")),  # prime minister between presidencies
        ("benjamin-netanyahu", "2004-01-01", ("ISR", "GOV")),  # finance minister
        ("mohamed-hussein-tantawi", "2009-01-01", ("EGY", "MIL")),
        ("abdel-fattah-el-sisi", "2013-08-01", ("EGY", "MIL")),  # defence minister before the presidency
        ("pervez-musharraf", "2005-01-01", ("PAK", "GOV")),  # president and army chief: the presidency codes
        ("mustafa-abdul-jalil", "2011-05-01", ("LBY", "REB")),  # rebel council before Tripoli fell
        ("mustafa-abdul-jalil", "2011-10-01", ("LBY", "GOV")),
        ("kofi-annan", "2005-01-01", (None, "IGO")),
        ("tony-blair", "2012-01-01", ("GBR", "ELI")),
    ],
)
def test_code_of_a_person_on_a_date(entry_id: str, on: str, code: tuple) -> None:
    dictionary = get_dictionary()
    entry = dictionary.get(entry_id)
    assert entry is not None
    assert dictionary.sector_on(entry, D(on)) == code


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("Qaddafi", "muammar-gaddafi"),
        ("Gadhafi", "muammar-gaddafi"),
        ("Moammar Gadhafi", "muammar-gaddafi"),
        ("Ahmadinejad", "mahmoud-ahmadinejad"),
        ("Mahmud Abbas", "mahmoud-abbas"),
        ("Yasir Arafat", "yasser-arafat"),
        ("Nouri Maliki", "nouri-al-maliki"),
        ("Gerhard Schroeder", "gerhard-schroeder"),
        ("Abdullah Gul", "abdullah-gul"),
    ],
)
def test_spellings_name_one_person(surface: str, expected: str) -> None:
    found = get_dictionary().match(surface)
    assert found is not None and found.entry.id == expected


def test_a_shared_surname_names_no_one_alone() -> None:
    # two prime ministers named Hariri: the surname alone is left to the article's context
    assert get_dictionary().match("Hariri") is None


# ---------------------------------------------------------------- the data itself

# acting arrangements during which two people rightly hold one office
_ACTING = {
    ("ISR", "prime_minister", frozenset({"ariel-sharon", "ehud-olmert"})),
    ("NGA", "president", frozenset({"umaru-yaradua", "goodluck-jonathan"})),
    ("CUB", "president", frozenset({"fidel-castro", "raul-castro"})),
}
_TOP_ROLES = {"president", "prime_minister", "foreign_minister", "chancellor", "monarch", "emir",
              "supreme_leader", "defence_minister"}


def test_no_two_holders_of_a_top_office_overlap() -> None:
    """A date typo shows up as two people holding one office for months."""
    entries = load_actor_file(DATA_DIR / "leaders.yaml")
    held: dict[tuple[str, str], list] = {}
    for entry in entries:
        for office in entry.offices:
            if office.role in _TOP_ROLES:
                held.setdefault((office.country or office.org, office.role), []).append((office, entry.id))
    far_future = dt.date(2100, 1, 1)
    clashes = []
    for (where, role), offices in held.items():
        for (a, a_id), (b, b_id) in combinations(offices, 2):
            if a_id == b_id or (where, role, frozenset({a_id, b_id})) in _ACTING:
                continue
            start = max(a.start or dt.date.min, b.start or dt.date.min)
            end = min(a.end or far_future, b.end or far_future)
            if (end - start).days > 31:
                clashes.append((where, role, a_id, b_id, start, end))
    assert clashes == []


@pytest.mark.parametrize("country", ["USA", "GBR", "FRA", "RUS", "CHN", "ISR", "IRN", "TUR", "EGY", "SYR"])
def test_head_of_state_or_government_known_every_month_since_2000(country: str) -> None:
    dictionary = get_dictionary()
    missing = []
    for year in range(2000, 2015):
        for month in range(1, 13):
            on = dt.date(year, month, 15)
            if not any(dictionary.office_holder(country, role, on)
                       for role in ("president", "prime_minister", "chancellor", "scaf_chairman")):
                missing.append(on)
    assert missing == []


# ---------------------------------------------------------------- 2023-2025: every UN member state


@pytest.mark.parametrize(("country", "role", "day", "holder"), [
    ("AUT", "chancellor", "2024-05-01", "karl-nehammer"),
    ("AUT", "chancellor", "2025-06-01", "christian-stocker"),
    ("NZL", "prime_minister", "2022-06-01", "jacinda-ardern"),
    ("NZL", "prime_minister", "2024-06-01", "christopher-luxon"),
    ("SGP", "prime_minister", "2024-06-01", "lawrence-wong"),
    ("NAM", "president", "2024-06-01", "nangolo-mbumba"),
    ("NAM", "president", "2025-06-01", "netumbo-nandi-ndaitwah"),
    ("BEL", "prime_minister", "2025-06-01", "bart-de-wever"),
    ("GBR", "defence_minister", "2024-01-10", "grant-shapps"),
    ("DEU", "defence_minister", "2024-01-10", "boris-pistorius"),
    ("CHN", "defence_minister", "2024-03-01", "dong-jun"),
    ("ESP", "foreign_minister", "2024-03-01", "jose-manuel-albares"),
    ("KHM", "prime_minister", "2024-03-01", "hun-manet"),
])
def test_recent_office_holders_of_many_countries(country, role, day, holder) -> None:
    found = get_dictionary().office_holder(country, role, D(day))
    assert found is not None and found.id == holder


def test_every_un_member_has_a_recent_head_of_state_or_government() -> None:
    import pycountry

    non_members = set("ABW AIA ALA ASM ATA ATF BES BLM BMU BVT CCK COK CUW CXR CYM ESH FLK FRO GGY GIB GLP GRL GUF "
                      "GUM HKG HMD IMN IOT JEY MAC MAF MNP MSR MTQ MYT NCL NFK NIU PCN PRI PSE PYF REU SGS SHN SJM "
                      "SPM SXM TCA TKL TWN UMI VAT VGB VIR WLF".split())
    members = {c.alpha_3 for c in pycountry.countries} - non_members
    assert len(members) == 193
    covered = set()
    for entry in get_dictionary().entries():
        for office in entry.offices:
            if office.country and (office.end is None or office.end >= D("2023-01-01")):
                covered.add(office.country)
    # Andorra's co-princes and San Marino's captains regent are not listed
    assert members - covered <= {"AND", "SMR"}


def test_a_leader_named_by_surname_in_a_recent_article(pipeline: Pipeline) -> None:
    record = pipeline.extract("Chancellor Nehammer met President Nausėda in Vilnius on Tuesday.",
                              published=D("2024-03-12"))
    found = coded(record)
    assert found.get("karl-nehammer") == "AUTGOV"
    assert found.get("gitanas-nauseda") == "LTUGOV"


def test_a_country_named_like_a_leader_stays_a_country(pipeline: Pipeline) -> None:
    record = pipeline.extract("Montenegro said on Monday it would raise its defence budget.",
                              published=D("2024-10-07"))
    assert "luis-montenegro" not in coded(record)
