"""Session 15b: acts ordered down one state's chain of command stand as the event."""
from event_helpers import coded_dyads


def test_police_ordered_to_disperse_crowds_disperse_them(pipeline):
    text = "In Nairobi on Monday, Kenyan police were ordered to disperse the crowds outside parliament."
    dyads = coded_dyads(pipeline, text)
    assert any(code == "175" and source == "KENCOP" for code, source, _ in dyads), dyads


def test_minister_ordering_own_troops_codes_the_ordered_attack(pipeline):
    text = "The Colombian defence minister ordered Colombian troops to attack the rebel camps near the border."
    dyads = coded_dyads(pipeline, text)
    assert any(code.startswith("19") and (source or "").startswith("COL") for code, source, _ in dyads), dyads
    assert not any(code == "100" for code, _, _ in dyads), dyads


def test_order_given_to_another_state_replaces_the_act_ordered(pipeline):
    text = "The Ghanaian government ordered Togo to withdraw its troops from the border."
    dyads = coded_dyads(pipeline, text)
    assert any(code.startswith("105") for code, _, _ in dyads), dyads
    assert not any(code == "0874" or code.startswith("19") for code, _, _ in dyads), dyads
