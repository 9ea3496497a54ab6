"""Sides chosen among the parties a sentence names: unnamed people a state's organ holds are that
state's civilians, not its government, and one sentence telling one act of a dyad twice keeps one event."""
from event_helpers import coded_dyads


def test_a_rally_dispersed_by_police_is_of_civilians_not_the_state(pipeline):
    text = ("Crackdown in Maseru\n\n"
            "MASERU, May 2 - Lesotho's government banned gatherings on Monday.\n\n"
            "Police arrested 30 people in Maseru on Tuesday and dispersed the rally.\n")
    found = [(c, s, t) for c, s, t in coded_dyads(pipeline, text) if c.startswith("17")]
    assert ("175", "LSOCOP", "LSOCVL") in found, found
    assert not any(t == "LSOGOV" for _c, _s, t in found), found


def test_a_state_holding_its_own_people_is_no_event_on_itself(pipeline):
    text = ("Ruritania steps up executions\n\n"
            "Lesotho has carried out more hangings this year of men it says spied during the border war.\n")
    found = coded_dyads(pipeline, text)
    assert not any(c.startswith("18") and s == "LSOGOV" and t == "LSOCVL" for c, s, t in found), found


def test_a_second_word_for_the_same_act_on_the_same_people_is_one_event(pipeline):
    text = ("Maseru police detain 40 opposition supporters\n\n"
            "MASERU, May 2 - Lesotho riot police used tear gas and batons on Sunday to scatter a gathering "
            "of opposition supporters outside the parliament building, detaining 40 opposition supporters.\n")
    found = [(c, s, t) for c, s, t in coded_dyads(pipeline, text) if c == "175"]
    assert found == [("175", "LSOCOP", "LSOOPP")], found


def test_a_thing_backed_is_its_possessors_not_the_body_its_phrase_names(pipeline):
    text = ("Vienna backs Chisinau\n\n"
            "VIENNA, May 2 - Austria on Monday backed Moldova's application to join the European Union, "
            "the foreign ministry said.\n")
    found = [(c, s, t) for c, s, t in coded_dyads(pipeline, text) if c.startswith("05")]
    assert found and all(t == "MDAGOV" for _c, _s, t in found), found
