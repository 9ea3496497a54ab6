"""Event precision on new text: acts that only name a charge (what someone is accused, convicted or
sentenced of) are not coded as acts of their own; the accusation or the penalty is the event."""
from __future__ import annotations

from event_helpers import dyads


def test_an_act_planned_in_an_accusation_is_the_charge(pipeline):
    found = dyads(pipeline, "Police in Varnia detained nine activists of the Zelen movement on Tuesday, "
                            "accusing them of planning to storm the parliament building.")
    assert any(code == "112" for code, _, _ in found)
    assert not [d for d in found if d[0].startswith("13") or d[0].startswith("18")]


def test_an_accusation_told_with_an_infinitive_holds_the_charge(pipeline):
    found = dyads(pipeline, "Relations between Kenya and Uganda have been tense for years, with Kenya "
                            "accusing Uganda to arm the rebels of the Lumo Front.")
    assert not [d for d in found if d[0].startswith("05") or d[0].startswith("07")]


def test_the_act_a_court_sentences_for_is_the_charge(pipeline):
    found = dyads(pipeline, 'A Nairobi court jailed the blogger Tomas Brell for eight years for "undermining '
                            'national security", his family said on Monday.')
    assert any(code.startswith("17") for code, _, _ in found)
    assert not [d for d in found if d[0].startswith("11")]


def test_an_accusation_still_keeps_an_act_told_beside_it(pipeline):
    found = dyads(pipeline, "Kenya accused Uganda of arming the rebels and recalled its ambassador from Kampala.")
    assert any(code.startswith("11") for code, _, _ in found)


def test_an_adjective_on_an_indefinite_noun_in_a_quote_judges_no_one(pipeline):
    text = ('Kenya held talks with the IMF on a new loan programme on Monday.\n\n"A credible and independent '
            'central bank is what any programme needs," IMF spokeswoman Lina Moreau told reporters in '
            'Washington on Tuesday.')
    assert not [d for d in dyads(pipeline, text) if d[0] == "051"]
