"""Pressing a party is an appeal whatever it is pressed to do, coded as what is asked of it;
pressing charges, a claim or an attack presses no party."""
from __future__ import annotations

from event_helpers import coded_dyads


def test_pressing_a_state_to_hand_over_people_is_an_appeal_for_what_is_asked(pipeline):
    found = coded_dyads(pipeline, "Nairobi pressed Kampala on Thursday to hand over the two smugglers.")
    assert [d for d in found if d[1:] == ("KENGOV", "UGAGOV")] in ([("0213", "KENGOV", "UGAGOV")],
                                                                  [("0253", "KENGOV", "UGAGOV")])


def test_pressing_a_state_to_do_more_is_an_appeal(pipeline):
    found = coded_dyads(pipeline, "Canada pressed Peru to do more for the displaced families.")
    assert any(code.startswith("02") and source == "CANGOV" and target == "PERGOV" for code, source, target in found)


def test_pressing_charges_or_an_attack_is_no_appeal(pipeline):
    for text in ("The Peruvian prosecutors pressed charges against the two police officers.",
                 "Rebels pressed their attack on the town of Bunia in Congo."):
        assert not [d for d in coded_dyads(pipeline, text) if d[0].startswith("02")]


def test_troops_pressing_enemy_defenders_is_battlefield_pressure_not_an_appeal(pipeline):
    text = "Fighting\n\nKYIV (Reuters) - Russian troops pressed Ukrainian defenders near the town of Sumy on Friday."
    assert not [d for d in coded_dyads(pipeline, text) if d[0].startswith("02")]


def test_speaking_with_reporters_or_an_agency_is_no_consultation(pipeline):
    for text in ("Talks\n\nKAMPALA (Reuters) - The Ugandan minister spoke with reporters in Kampala on Monday.",
                 "Attack\n\nNAIROBI (Reuters) - A Kenyan police official, who spoke with Reuters on condition of "
                 "anonymity, said the gunmen fled into the forest."):
        assert not [d for d in coded_dyads(pipeline, text) if d[0].startswith("04")]
    text = "Talks\n\nNAIROBI (Reuters) - The Kenyan president spoke with his Ugandan counterpart on Monday."
    assert ("040", "KENGOV", "UGAGOV") in coded_dyads(pipeline, text)
