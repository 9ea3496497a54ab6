"""Sides told through a state's government: "its government" after a state's own sentence is that
state, "both governments" are the two states named before (never a person and an IGO), and who
supports or accompanies a deal is none of its parties."""
from __future__ import annotations

from event_helpers import dyads


def test_its_government_after_the_state_answered_is_that_state(pipeline):
    found = dyads(pipeline, "Morocco and Algeria traded accusations on Sunday. Algeria answered quickly. "
                            "Its government closed its airspace to Moroccan planes.")
    assert ("163", "Algeria", "Morocco") in found  # an embargo on air traffic with Morocco (close.airspace.v)


def test_its_government_after_a_state_accused_another_is_the_accuser(pipeline):
    found = dyads(pipeline, "Kenya accused Uganda of arming rebels on Friday. Its government recalled its envoy "
                            "from Kampala.")
    assert ("161", "Kenya", "Uganda") in found


def test_its_government_after_a_ministry_is_the_ministry_s_state(pipeline):
    found = dyads(pipeline, "Chile expelled two Argentine diplomats on Monday. Argentina's foreign ministry called "
                            "the move hostile. Its government ordered the expulsion of a Chilean diplomat in "
                            "Buenos Aires.")
    assert any(code == "174" and source == "Argentina" for code, source, _ in found)


def test_both_governments_after_a_leader_asked_an_igo_are_the_two_states(pipeline):
    found = dyads(pipeline, "Serbia accused Kosovo of provoking unrest on Monday. President Aleksandar Vucic asked "
                            "the European Union to intervene. The EU envoy, Miroslav Lajcak, urged both governments "
                            "to show restraint.")
    urged = {target for code, _, target in found if code.startswith("025")}
    assert urged == {"Serbia", "Kosovo"}


def test_both_countries_after_a_president_asked_the_oas_are_the_two_states(pipeline):
    found = dyads(pipeline, "Ecuador closed its border with Peru. Ecuador's president Daniel Noboa asked the OAS to "
                            "mediate. The OAS called on both countries to reopen the crossings.")
    # an appeal (02); to reopen crossings it is an appeal to ease a sanction (0251)
    called = {target for code, source, target in found if code[:2] == "02"
              and source == "Organization of American States"}
    assert called == {"Ecuador", "Peru"}


def test_who_supports_a_signed_deal_is_no_party_of_it(pipeline):
    found = dyads(pipeline, "Mali and the rebels signed a peace deal in Algiers with the accompaniment of Algeria.")
    signed = [(source, target) for code, source, target in found if code == "057"]
    assert signed and all("Algeria" not in (source, target) for source, target in signed)


def test_who_mediates_a_signed_deal_is_no_party_of_it(pipeline):
    found = dyads(pipeline, "Sudan and South Sudan signed an oil deal on Monday with the mediation of Ethiopia.")
    assert ("057", "Sudan", "South Sudan") in found
    assert not any(code == "057" and "Ethiopia" in (source, target) for code, source, target in found)


def test_a_deal_signed_with_a_state_keeps_it_as_the_party(pipeline):
    assert ("057", "Kenya", "Uganda") in dyads(pipeline, "Kenya signed a trade agreement with Uganda on Friday.")
