"""More national bodies whose name a guess from the words would code wrongly or not at all (a coast
guard may be a police force; a native name or a federation's name need not say the state) carry
their dictionary code. The sentences and people are invented."""
from __future__ import annotations

import pytest

from actor_helpers import code, extract, named  # noqa: F401 (extract is a fixture)


@pytest.mark.parametrize("text,name,expected", [
    # coast guard that is a police force, not a navy
    ("Fishing\n\nThe Korea Coast Guard seized two fishing boats near Incheon on Tuesday, "
     "spokesman Park Min-jae said.\n", "Korea Coast Guard", ("KOR", "COP")),
    # anti-corruption ombudsman under its native name
    ("Graft\n\nThe Lokpal ordered an inquiry into the road contracts on Monday, the lawyer "
     "Arvind Menon said.\n", "Lokpal", ("IND", "GOV")),
    # national sports federation
    ("Football\n\nThe Japan Football Association appointed Kenji Morita as national coach on Friday.\n",
     "Japan Football Association", ("JPN", "NGO")),
    # union
    ("Strike\n\nThe Fire Brigades Union called a national walkout on Wednesday over pay.\n",
     "Fire Brigades Union", ("GBR", "LAB")),
])
def test_a_national_body_carries_its_state_and_sector(extract, text, name, expected):
    actor = named(extract(text), name)
    assert actor is not None
    assert code(actor) == expected
