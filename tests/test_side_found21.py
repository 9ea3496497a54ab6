"""Sides that resolved to no actor: a legislature named by its bare noun as the one a verb acts on
or appeals to, and an appeal made at home by one outside the state to no one named."""
from event_helpers import coded_dyads


def test_bare_parliament_appealed_to_is_the_legislature(pipeline):
    text = ("Lesotho opposition presses for audit\n\n"
            "MASERU, May 2 - Lesotho opposition leader Tomas Ralebo on Tuesday urged parliament to "
            "reject the mining licence granted to a foreign firm.\n")
    found = coded_dyads(pipeline, text)
    assert any(c.startswith("02") and s == "LSOOPP" and t == "LSOLEG" for c, s, t in found), found


def test_bare_parliament_called_on_is_the_legislature(pipeline):
    text = ("Farmers press lawmakers over drought\n\n"
            "ASUNCION, May 2 - The Paraguayan farmers' union called on parliament to approve emergency "
            "credit for growers hit by the drought.\n")
    found = coded_dyads(pipeline, text)
    assert any(c.startswith("02") and t == "PRYLEG" for c, s, t in found), found


def test_parliament_as_a_place_is_no_side(pipeline):
    text = ("Rally in Maseru\n\n"
            "MASERU, May 2 - Hundreds of teachers rallied outside parliament on Tuesday, and Lesotho "
            "opposition leader Tomas Ralebo urged calm.\n")
    found = coded_dyads(pipeline, text)
    assert not any(t == "LSOLEG" for _c, _s, t in found), found


def test_an_appeal_at_home_to_no_one_named_is_made_of_the_state(pipeline):
    text = ("Opposition wants inquiry into Maseru prison deaths\n\n"
            "MASERU, May 2 - Lesotho's main opposition party on Monday called for an impartial investigation "
            "of the deaths of three inmates at a Maseru prison.\n")
    found = coded_dyads(pipeline, text)
    assert any(c.startswith("02") and s == "LSOOPP" and t == "LSOGOV" for c, s, t in found), found


def test_an_appeal_for_aid_goes_to_no_state(pipeline):
    text = ("Floods in Lesotho\n\n"
            "MASERU, May 2 - Floods swept through southern Lesotho this week. The Lesotho Farmers' Union "
            "appealed for food aid for thousands of stranded families.\n")
    found = coded_dyads(pipeline, text)
    assert not any(c.startswith("02") and t == "LSOGOV" for c, _s, t in found), found


def test_an_appeal_to_the_international_community_is_made_of_no_state(pipeline):
    text = ("Lesotho rebels seek arms embargo\n\n"
            "MASERU, May 2 - Lesotho rebel leader Tomas Ralebo asked the international community on Monday "
            "to halt all weapons sales to the country.\n")
    found = coded_dyads(pipeline, text)
    assert not any(c.startswith("02") and t == "LSOGOV" for c, _s, t in found), found


def test_a_gerund_after_since_is_background(pipeline):
    text = ("Lesotho premier rules by decree\n\n"
            "MASERU, May 2 - Lesotho Prime Minister Tomas Ralebo, who has governed by decree since "
            "dissolving parliament in 2022, named a new cabinet on Monday.\n")
    found = coded_dyads(pipeline, text)
    assert not any(t == "LSOLEG" for _c, _s, t in found), found



def test_them_after_a_crowd_in_the_clause_before_is_that_crowd(pipeline):
    text = ("Tear gas outside Lesotho court\n\n"
            "MASERU, May 2 - Thousands of supporters of the jailed mayor gathered outside the High Court in "
            "Maseru on Friday, and Lesotho riot police used tear gas to drive them away.\n")
    found = [(c, s, t) for c, s, t in coded_dyads(pipeline, text) if c.startswith("17")]
    assert any(s == "LSOCOP" and t and t.startswith("LSO") for _c, s, t in found), found


def test_them_with_its_own_doer_in_the_clause_before_is_not_a_crowd(pipeline):
    text = ("Lesotho police clash with soldiers\n\n"
            "MASERU, May 2 - Lesotho soldiers stormed a police station in Maseru on Friday, and the "
            "police fired tear gas at them.\n")
    found = [(c, s, t) for c, s, t in coded_dyads(pipeline, text) if c.startswith("17")]
    assert not any(t and t.endswith(("CVL", "GOV")) for _c, _s, t in found), found


def test_both_prime_ministers_are_the_two_states_told_last(pipeline):
    text = ("Floods in southern Africa\n\n"
            "MASERU, May 2 - Floods cut roads across Lesotho on Monday. Heavy rain also flooded farms in "
            "Botswana.\n\n"
            "South African President Tomas Ralebo telephoned both prime ministers on Tuesday.\n")
    found = [(c, s, t) for c, s, t in coded_dyads(pipeline, text) if c.startswith("04")]
    targets = {t for _c, _s, t in found}
    assert {"LSOGOV", "BWAGOV"} <= targets, found
