"""Unnamed groups of people as sides of events: counted people, relatives, supporters of
a party or a described camp, and the pair "both sides" never pointing back to people an act befalls."""
from event_helpers import coded_dyads


def test_counted_civil_servants_are_a_group_of_the_storys_state(pipeline):
    text = ("Rebels free captives in Lindora\n\n"
            "MASERU, May 2 - Rebels freed 14 civil servants they seized in March, a church mediator said "
            "on Tuesday.\n")
    assert ("0841", "LSOREB", "LSOGOV") in [(c, s, t) for c, s, t in coded_dyads(pipeline, text) if c.startswith("084")]


def test_relatives_of_a_prisoner_are_civilians(pipeline):
    text = ("Lesotho police detain protesters\n\n"
            "MASERU, May 2 - Police detained three relatives of the jailed editor Tomas Okafor-Rein outside "
            "the central jail on Friday, a lawyer said.\n")
    assert ("173", "LSOCOP", "LSOCVL") in coded_dyads(pipeline, text)


def test_supporters_of_a_party_take_its_codes_and_them_points_back_to_them(pipeline):
    text = ("Tear gas in Maseru\n\n"
            "MASERU, May 2 - Hundreds of supporters of the opposition Basotho Renewal Party gathered outside "
            "parliament on Thursday. Police used tear gas to drive them away.\n")
    dyads = coded_dyads(pipeline, text)
    assert any(c.startswith("17") and s == "LSOCOP" and t == "LSOOPP" for c, s, t in dyads), dyads


def test_supporters_named_by_their_camp_word(pipeline):
    text = ("Tear gas in Maseru\n\n"
            "MASERU, May 2 - Police fired tear gas at opposition supporters outside the electoral commission "
            "on Thursday, witnesses said.\n")
    dyads = coded_dyads(pipeline, text)
    assert any(c.startswith("17") and s == "LSOCOP" and t == "LSOOPP" for c, s, t in dyads), dyads


def test_both_sides_are_not_the_captives_counted_out(pipeline):
    text = ("Talks in Maseru\n\n"
            "MASERU, May 2 - Lesotho's army and the Basotho Liberation Front held talks in Maseru on Monday. "
            "The Front agreed to free 14 civil servants it seized in March. South Africa urged both sides to "
            "keep talking.\n")
    appeals = [(s, t) for c, s, t in coded_dyads(pipeline, text) if c.startswith("02")]
    assert appeals and all(t != "LSOGOV" for _s, t in appeals), appeals


def test_people_an_act_counts_are_civilians_not_the_state(pipeline):
    text = "NAIROBI, May 2 - Police arrested 40 people during a march through the city centre on Tuesday."
    assert ("173", "KENCOP", "KENCVL") in coded_dyads(pipeline, text)


def test_people_counted_as_killed_make_no_event_of_their_own(pipeline):
    text = "BAMAKO, May 2 - At least nine people were killed in clashes near a market town, officials said."
    assert not [d for d in coded_dyads(pipeline, text) if d[2] == "MLICVL" and d[1] is None]
