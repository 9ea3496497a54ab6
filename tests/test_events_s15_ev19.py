"""Events missed on held-out set19 whose cause recurs in other sets (session 15, ev19).

Sentences and names are invented.
"""
from __future__ import annotations

from event_helpers import coded, coded_dyads


def test_ordered_inquiry_is_an_investigation_by_whoever_orders_it(pipeline):
    text = "Kenyan President Amina Wekesa ordered a thorough investigation into the collapse of the footbridge."
    assert coded(pipeline, text, "090") == [("090", "Amina Wekesa", None)]


def test_ordered_inquiry_in_a_conjunct_after_another_act(pipeline):
    text = ("President Amina Wekesa of Kenya thanked Uganda for its help and ordered an inquiry "
            "into the crash.")
    codes = [d[:2] for d in coded_dyads(pipeline, text)]
    assert ("090", "KENGOV") in codes
    assert ("051", "KENGOV") in codes


def test_inquiry_ordered_against_a_party_stays_an_order_to_it(pipeline):
    text = "The Kenyan interior minister ordered an investigation against Uganda's embassy."
    assert coded_dyads(pipeline, text) == [("100", "KENGOV", "UGAGOV")]


def test_inquiry_ordered_of_another_body_is_that_bodys_inquiry(pipeline):
    text = "The Kenyan interior minister ordered the police to open an investigation into the riot."
    inquiries = [d for d in coded_dyads(pipeline, text) if d[0] == "090"]
    assert inquiries == [("090", "KENCOP", None)]


def test_order_naming_no_inquiry_is_no_investigation(pipeline):
    text = "Kenyan President Amina Wekesa ordered a review of the school calendar."
    assert coded(pipeline, text, "090") == []


def test_warning_drawn_from_a_party_is_that_partys_threat(pipeline):
    text = "Kenya and Uganda signed a port deal, a move that drew a stern warning from Tanzania."
    assert ("130", "TZAGOV", "KENGOV") in coded_dyads(pipeline, text)


def test_warning_drawn_by_an_act_is_aimed_at_its_doer(pipeline):
    text = "Kenya's troop build-up drew a warning from Tanzania on Monday."
    assert coded_dyads(pipeline, text) == [("130", "TZAGOV", "KENGOV")]
