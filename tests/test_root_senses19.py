"""Session 19: the CAMEO root a verb takes from its frame: feelings voiced at an act or in one breath
with an appeal, asset freezes at home, and orders carried out by a state's own firms."""
from __future__ import annotations

from event_helpers import coded_dyads, dyads

DETENTION = "Tanzanian police detained the editor Ana Lobo on Friday and seized her laptops.\n\n"


def test_quoted_concern_at_an_arrest_is_disapproval_of_its_doer(pipeline):
    # the quotation marks make the parser read the feeling as a passive verb
    found = coded_dyads(pipeline, DETENTION + 'Chile\'s embassy stated that it was "gravely concerned" by the detention of Lobo.')
    assert ("110", "CHLGOV", "TZACOP") in found


def test_concern_voiced_with_an_appeal_is_aimed_at_the_party_urged(pipeline):
    text = DETENTION + ('Chile and Peru, in a statement issued together, declared they were "gravely concerned" '
                        "and urged the government to let reporters work freely.")
    found = coded_dyads(pipeline, text)
    assert any(code == "110" and source == "CHLGOV" and target == "TZAGOV" for code, source, target in found)


def test_concern_voiced_with_a_call_on_a_state_is_aimed_at_it(pipeline):
    text = DETENTION + "Chile said it was seriously concerned and called on Tanzania to free the reporter."
    found = coded_dyads(pipeline, text)
    assert ("110", "CHLGOV", "TZAGOV") in found


def test_concern_voiced_with_a_summons_is_told_by_the_summons(pipeline):
    # the summons of the envoy is itself the disapproval of his state
    text = DETENTION + "Chile's foreign office declared itself seriously concerned and had summoned Tanzania's ambassador."
    found = coded_dyads(pipeline, text)
    assert ("114", "CHLGOV", "TZAGOV") in found
    assert not [d for d in found if d[0] == "110"]


def test_concern_named_of_nothing_and_pressing_no_one_is_no_event(pipeline):
    found = dyads(pipeline, DETENTION + "Chile's foreign office declared itself gravely concerned.")
    assert not [d for d in found if d[0] == "110"]


def test_concerned_as_a_modifier_voices_no_feeling(pipeline):
    found = dyads(pipeline, "Concerned citizens of Mombasa gathered on Monday and urged the governor to resign.")
    assert not [d for d in found if d[0] == "110"]


def test_appalled_by_an_attack_criticises_the_attackers(pipeline):
    text = ("Islamist gunmen stormed a settlement of displaced herders outside Menaka overnight.\n\n"
            "UNICEF stated that its staff were appalled by the attack against the settlement.")
    found = dyads(pipeline, text)
    assert any(code == "111" and target is not None and "unmen" in target for code, _, target in found)


def test_assets_frozen_of_a_group_at_home_are_seized_property(pipeline):
    found = coded_dyads(pipeline, "Zimbabwe froze the accounts of the Zimbabwean rights group Civic Voice.")
    assert ("1711", "ZWEGOV", "ZWENGO") in found
    assert not [d for d in found if d[0] == "163"]


def test_assets_frozen_of_another_state_are_a_sanction(pipeline):
    found = coded_dyads(pipeline, "Canada froze the assets of three Russian officials.")
    assert any(code == "163" and target == "RUSGOV" for code, _, target in found)
    assert not [d for d in found if d[0] == "1711"]


def test_banks_told_by_their_government_to_freeze_accounts_carry_out_its_measure(pipeline):
    text = ("Zimbabwe's finance ministry ordered banks to freeze the accounts of the Zimbabwean rights group "
            "Civic Voice.")
    found = coded_dyads(pipeline, text)
    assert ("1711", "ZWEGOV", "ZWENGO") in found  # the ministry's measure, the banks its means
    assert not [d for d in found if d[0] == "100"]  # no demand on the banks


def test_diplomats_ordered_out_of_the_country_are_expelled(pipeline):
    text = "Late on Friday the Ethiopian government ordered three Eritrean envoys out of Ethiopia within two days."
    found = coded_dyads(pipeline, text)
    assert ("174", "ETHGOV", "ERIGOV") in found
    assert not [d for d in found if d[0] == "100"]


def test_a_vessel_ordered_out_of_waters_is_no_expulsion(pipeline):
    found = dyads(pipeline, "Greek coastguards reported that a Turkish survey ship had been ordered out of the disputed waters.")
    assert not [d for d in found if d[0] == "174"]



def test_a_label_with_no_article_after_the_act_named_is_criticism_of_its_doer(pipeline):
    # "the arrest political persecution" is parsed as one phrase: the act named is "the arrest"
    text = ("Malawian police arrested the opposition leader Peter Banda on Monday.\n\n"
            "Banda's Malawi Congress Party called the arrest political revenge.")
    found = coded_dyads(pipeline, text)
    assert ("111", "MWIPTY", "MWICOP") in found
