"""Acts a sentence names without telling them as done by a party: acts on a schedule, the terms
an agreement binds its parties to, talks only offered, the outcome of a coded act of force, and
what a strike or protest brought about; and the act a warning says will follow a condition, aimed at
whoever the condition asks something of."""
from __future__ import annotations

from event_helpers import dyads


def test_an_act_a_party_is_due_to_do_is_not_coded(pipeline):
    found = dyads(pipeline, "President Ruto, who is due to meet Xi Jinping in Beijing next month, declined to comment.")
    assert not [d for d in found if d[0].startswith("04")]


def test_an_act_set_or_scheduled_is_not_coded(pipeline):
    assert not [d for d in dyads(pipeline, "The Kenyan president is set to visit Ethiopia next week.")
                if d[0].startswith("04")]
    assert not [d for d in dyads(pipeline, "Tanzania's leader is scheduled to visit Kenya next week.")
                if d[0].startswith("04")]


def test_a_scheduled_act_keeps_its_code_once_done(pipeline):
    found = dyads(pipeline, "The Kenyan president visited Ethiopia on Monday.")
    assert any(code.startswith("04") for code, _, _ in found)


def test_the_terms_an_agreement_binds_the_parties_to_are_not_acts_done(pipeline):
    found = dyads(pipeline, "The ceasefire commits Sudan and the RSF to exchange prisoners within 30 days.")
    assert not [d for d in found if d[0].startswith("08")]


def test_an_act_a_deal_requires_is_a_term_not_an_act(pipeline):
    found = dyads(pipeline, "The deal requires Israel to release 50 prisoners.")
    assert not [d for d in found if d[0].startswith("08")]


def test_talks_only_offered_are_not_talks_held(pipeline):
    found = dyads(pipeline, "Brazil offered to host talks between Venezuela and Guyana.")
    assert not [d for d in found if d[0] == "046"]


def test_the_killing_an_air_strike_led_to_is_the_strike_s_outcome(pipeline):
    found = dyads(pipeline, "A Turkish drone struck a convoy in northern Iraq, which led to the killing of a PKK commander.")
    assert any(code.startswith("19") for code, _, _ in found)
    assert not [d for d in found if d[0] == "186"]


def test_a_killing_told_on_its_own_is_coded(pipeline):
    found = dyads(pipeline, "Kurdish groups condemned the killing of a PKK commander by Turkish forces in Iraq.")
    assert any(code == "186" for code, _, _ in found)


def test_what_a_strike_shut_is_no_blockade_by_the_strikers(pipeline):
    found = dyads(pipeline, "The strike, called by the main unions, had shut ports and airports across Nigeria.")
    assert not [d for d in found if d[0] == "191"]


def test_a_party_that_shuts_its_ports_imposes_a_blockade(pipeline):
    found = dyads(pipeline, "Nigeria shut its ports and airports to ships from Benin.")
    assert any(code == "191" for code, _, _ in found)


def test_a_convoy_that_delivers_aid_still_delivers_it(pipeline):
    found = dyads(pipeline, "A UN convoy is delivering humanitarian aid to Homs in Syria.")
    assert any(code.startswith("07") for code, _, _ in found)


def test_a_warning_of_what_follows_if_a_party_does_not_comply_is_aimed_at_that_party(pipeline):
    found = dyads(pipeline, "France warned that it will reimpose sanctions before the end of the month "
                            "if Iran does not resume cooperation.")
    assert any(code.startswith("13") and source == "France" and target == "Iran" for code, source, target in found)
