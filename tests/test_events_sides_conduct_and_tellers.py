"""Sides of new text: conduct or a decision is its doer's ("the police action", "French approval of
jet sales"), a body taken up by the last word of its name ("the Fund"), and an "it" told by a body
("The Front said it would free ...") is that body."""
from __future__ import annotations

from event_helpers import dyads


def test_condemned_police_action_targets_the_state_s_police(pipeline):
    found = dyads(pipeline, "Thousands marched in Lima on Friday. The opposition leader condemned the police action.")
    assert any(code == "111" and target == "police" for code, _, target in found)


def test_condemned_approval_targets_the_approving_state_not_the_buyer(pipeline):
    found = dyads(pipeline, "Brazil condemned the French approval of Rafale jet sales to Colombia.")
    assert any(code == "111" and target == "France" for code, _, target in found)
    assert not any(code == "111" and target == "Colombia" for code, _, target in found)


def test_the_fund_capitalised_is_the_fund_named_before(pipeline):
    found = dyads(pipeline, "The International Monetary Fund's board approved a payment to Ghana on Friday. "
                            "The Fund said Ghana had made progress but urged the government to cut spending.")
    assert any(code.startswith("02") and source == "International Monetary Fund" for code, source, _ in found)


def test_a_threat_of_attacks_on_positions_targets_their_state_not_the_backer_named_before(pipeline):
    found = dyads(pipeline, "Algeria backs the Polisario Front. The Polisario Front warned that it would step up "
                            "its attacks on Moroccan positions along the berm.")
    threats = [(source, target) for code, source, target in found if code.startswith("13")]
    assert threats and all(target == "Morocco" for _, target in threats)


def test_it_told_by_a_body_is_that_body_not_the_subject_of_the_sentence_before(pipeline):
    found = dyads(pipeline, "Congo's army fought the M23 rebel movement near Goma in May. The M23, which seized "
                            "Bukavu this year, said it would release 120 Congolese soldiers held in its camps.")
    releases = [source for code, source, _ in found if code.startswith("035")]
    assert releases == ["March 23 Movement"]  # the dictionary's M23, named by "the M23 rebel movement"


def test_an_attack_on_works_at_an_unknown_place_is_aimed_at_the_article_s_state(pipeline):
    found = dyads(pipeline, "Sudan's army fought the rebels near Khartoum. The Rapid Support Forces launched a drone "
                            "attack on the refinery of Al-Kharafi, north of Khartoum.")
    assert any(code == "195" and source == "Rapid Support Forces" and target == "Sudan" for code, source, target in found)


def test_an_employer_s_workers_union_is_labour_not_the_employer(pipeline):
    found = dyads(pipeline, "The Kenya Ports Authority workers' union threatened a strike over pay.")
    assert any(code.startswith("13") and source and source.endswith("union") for code, source, _ in found)
    assert not any(source == "Kenya Ports Authority" for _, source, _ in found)


def test_a_sale_under_a_state_s_approval_is_the_state_s_and_the_weapon_name_sells_nothing(pipeline):
    found = dyads(pipeline, "Algeria condemns U.S. approval of Patriot missile sale to Morocco")
    sales = [(source, target) for code, source, target in found if code.startswith("06")]
    assert sales == [("United States", "Morocco")]
