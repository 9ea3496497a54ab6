"""Known event bugs of session 12: a teller taken for the doer of a scene-setting act, protests and
recaptures with no target, condemning labels, sorrow over a decision, "shot dead" read as a noun,
accepted resignations, and appeals put as "exhorted/invited/called X to <act>"."""
from __future__ import annotations

from event_helpers import coded_dyads, dyads


def test_the_teller_is_no_doer_of_an_act_that_sets_the_scene_of_the_report(pipeline):
    text = ("After a state of emergency was declared in Kenya's Turkana county, the Ugandan foreign ministry "
            "said on Monday it was closing the border.")
    found = coded_dyads(pipeline, text)
    assert not [d for d in found if d[0] == "1724" and (d[1] or "").startswith("UGA")], found


def test_a_rally_against_a_government_targets_it(pipeline):
    found = coded_dyads(pipeline, "Thousands of students held a rally in Manila against the Chinese government on Sunday.")
    assert any(code == "141" and (target or "").startswith("CHN") for code, _, target in found), found


def test_ground_taken_back_is_force_against_its_holder(pipeline):
    for text in ("The Sudanese army regained control of the town of Umm Rawaba from the Rapid Support Forces "
                 "on Tuesday.",
                 "The Sudanese army regained control of Umm Rawaba, a town held by the Rapid Support Forces "
                 "since March.",
                 "The Sudanese army said it had regained the control of the Umm Rawaba bridge after a fierce "
                 "fight against the Rapid Support Forces."):
        found = coded_dyads(pipeline, text)
        assert any(code == "190" and (source or "").startswith("SDNMIL") and (target or "").startswith("SDNREB")
                   for code, source, target in found), (text, found)


def test_a_condemning_label_on_an_act_is_aimed_at_its_doer(pipeline):
    for label in ('"absurd"', '"a mockery of justice"'):
        text = ("Hungary charged three Slovak citizens with spying on Monday. Slovak Foreign Minister Tomas Varga "
                f"called the charges {label}.")
        found = coded_dyads(pipeline, text)
        assert any(code == "111" and (source or "").startswith("SVK") and (target or "").startswith("HUN")
                   for code, source, target in found), (label, found)


def test_sorrow_over_an_expulsion_is_disapproval_not_condolence(pipeline):
    found = coded_dyads(pipeline, "The Vatican expressed deep sorrow over the expulsion of the nuncio by Nicaragua "
                                  "on Monday.")
    assert any(code == "110" and (target or "").startswith("NIC") for code, _, target in found), found
    assert not [d for d in found if d[0] == "018"], found


def test_sorrow_over_deaths_stays_a_condolence(pipeline):
    found = coded_dyads(pipeline, "Japan expressed deep sorrow over the deaths of the sailors on Monday.")
    assert [d for d in found if d[0] == "018"] and not [d for d in found if d[0].startswith("11")], found


def test_shot_dead_is_a_shooting_whatever_the_tag_of_shot(pipeline):
    found = coded_dyads(pipeline, "Two armed men on motorbikes shot dead three Nigerian soldiers near Katsina on "
                                  "Sunday, police said.")
    assert any(code == "193" and (target or "").startswith("NGA") for code, _, target in found), found


def test_a_resignation_accepted_by_a_superior_is_coded_on_the_one_who_resigned(pipeline):
    text = ("Kenya's interior minister Petar Novak resigned on Thursday. Kenyan President Samuel Kiprono took "
            "note of the resignation. Kiprono accepted the resignation on Friday and named a successor.")
    found = dyads(pipeline, text)
    assert ("0831", "Samuel Kiprono", "Petar Novak") in found, found


def test_exhorting_parties_to_resume_dialogue_is_an_appeal_to_each(pipeline):
    found = coded_dyads(pipeline, "The African Union exhorted the governments of Sudan and Chad to reestablish "
                                  "the dialogue.")
    targets = {(target or "")[:3] for code, _, target in found if code.startswith("02")}
    assert {"SDN", "TCD"} <= targets, found


def test_the_act_donors_are_called_to_do_is_not_done(pipeline):
    found = coded_dyads(pipeline, "The Kenyan government called the foreign donors to support the rebuilding "
                                  "of the flooded clinics.")
    assert any(code.startswith("02") and (source or "").startswith("KEN") for code, source, _ in found), found
    assert not [d for d in found if d[0].startswith("05")], found
