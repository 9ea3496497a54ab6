"""Names in photo credits run over their particles and glued hyphens ("bin", "al-"): only the
capitalised words count towards a credit's four-word cap, so a long Arabic-style name is credited
whole, not cut short. The names are invented."""
from __future__ import annotations

import pytest

from actor_helpers import extract, named  # noqa: F401 (extract is a fixture)

FLOODS = "Floods\n\nHeavy rain flooded parts of Jeddah on Tuesday, the civil defence said.\n\n"
CAPTION = "Cars are stranded on a flooded road in Jeddah on Tuesday."


@pytest.mark.parametrize("credit", [
    "(Photo by Qasim bin Taleel al-Wardhani / AFP)",
    "(Photo: Qasim bin Taleel al-Wardhani / AFP)",
    "Qasim bin Taleel al-Wardhani / AFP",
    "AFP / Qasim bin Taleel al-Wardhani",
])
def test_a_credited_name_with_particles_is_read_whole(extract, credit):
    record = extract(f"{FLOODS}{CAPTION} {credit}\n")
    photographer = named(record, "Qasim bin Taleel al-Wardhani")
    assert photographer is not None and photographer.type == "PERSON" and photographer.sector == "MED"
    assert not any(a.name in ("Taleel al-Wardhani", "bin Taleel al-Wardhani") for a in record.actors)


@pytest.mark.parametrize("credit", [
    "(Photo: Qasim Taleel Wardhani Rustaq Obayd / AFP)",  # five capitalised words: no name
    "Qasim Taleel Wardhani Rustaq Obayd / AFP",
])
def test_five_capitalised_words_are_no_credited_name(extract, credit):
    record = extract(f"{FLOODS}{CAPTION} {credit}\n")
    assert not any(a.type == "PERSON" and a.sector == "MED" for a in record.actors)
