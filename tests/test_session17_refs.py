"""Sides named by a reference back or by a place: "the attackers" is the group that attacked before,
"them" then stands for it; a police station struck is the state's police; a place a headline's act
leaves bare is named in the body's report of the same act."""
from __future__ import annotations

from event_helpers import coded_dyads, dyads


def test_the_attackers_are_the_group_that_stormed_before(pipeline):
    found = coded_dyads(pipeline, "The rebel Valdor Liberation Army stormed a border village in eastern "
                                  "Cameroon on Monday. The attackers later ambushed an army patrol near the river, "
                                  "officials said.")
    ambushed = [d for d in found if d[0].startswith("19") or d[0].startswith("18")]
    assert ambushed and all(source and source.startswith("CMR") for _, source, _ in ambushed)


def test_them_after_the_attackers_is_that_group(pipeline):
    found = dyads(pipeline, "A splinter group calling itself the Korvin Brigade attacked the town of Meloba in "
                            "northern Mali on Sunday. Soldiers pursued the attackers into the desert and killed "
                            "twelve of them.")
    killed = [d for d in found if d[0].startswith("19") and d[2] is not None and "Meloba" not in d[2]]
    assert killed and any(target and ("Korvin" in target or "splinter" in target) for _, _, target in killed)


def test_the_attackers_after_an_unnamed_doer_stay_unresolved(pipeline):
    found = dyads(pipeline, "A roadside bomb tore through a bus depot in northeastern Nigeria on Monday, killing "
                            "nine travellers. The attackers later fired on a police patrol that reached the depot, "
                            "residents said.")
    fired = [d for d in found if d[0].startswith("19") and d[2] == "police patrol"]
    # no earlier actor: an unnamed group of the story's state of their own (session 18), or no one
    assert fired and all(source in (None, "attackers") for _, source, _ in fired), found


def test_soldiers_who_killed_the_attackers_are_not_the_attackers(pipeline):
    found = dyads(pipeline, "Gunmen raided a police post in Niger's Tillaberi region on Friday. Soldiers killed "
                            "the attackers in a gun battle the next morning.")
    assert not any(source == target for _, source, target in found if source is not None)


def test_a_police_station_struck_is_the_state_s_police(pipeline):
    found = coded_dyads(pipeline, "Fighters of the Sahel Freedom Movement attacked the police station in the "
                                  "town of Gossi in Mali on Tuesday, local officials said.")
    assert any(code.startswith("19") and target == "MLICOP" for code, _, target in found)


def test_capitalised_gunmen_are_the_story_s_armed_group(pipeline):
    found = coded_dyads(pipeline, "BAMAKO, May 2 - Gunmen stormed a gold mine in southern Mali on Sunday and "
                                  "abducted four workers, police said.")
    assert any(code.startswith("18") or code.startswith("19") for code, source, _ in found
               if source == "MLIREB")


def test_a_visit_to_a_place_struck_is_no_act_aimed_at_the_attackers(pipeline):
    record = pipeline.extract("Gunmen stormed a prison in central Nigeria on Saturday and freed 40 inmates. The "
                              "interior minister visited the prison on Sunday.")
    gunmen = [a.id for a in record.actors if a.name == "Gunmen"]
    assert gunmen, [a.name for a in record.actors]
    assert not any(e.code.startswith("04") and e.target in gunmen for e in record.events)


def test_they_after_a_plural_group_subject_is_that_group(pipeline):
    found = coded_dyads(pipeline, "Fighters of the rebel Ardan Liberation Army crossed the river near Kidal in "
                                  "Mali at dawn. They ambushed an army patrol outside the town, officials said.")
    ambushes = [d for d in found if d[0].startswith("17") or d[0].startswith("18") or d[0].startswith("19")]
    assert ambushes and all(source == "MLIREB" for _, source, _ in ambushes)


def test_a_town_the_headline_leaves_bare_is_named_by_the_body(pipeline):
    found = coded_dyads(pipeline, "Rebel faction attacks northern town\n\nThe rebel Ardan Liberation Army attacked "
                                  "the town of Tessalit in northern Mali on Monday night, officials said.")
    assert any(code.startswith("19") and target == "MLIGOV" for code, _, target in found)


def test_a_known_city_struck_bare_is_its_state(pipeline):
    found = coded_dyads(pipeline, "BAGHDAD, June 3 - Islamic State fighters shelled Kirkuk on Tuesday night, "
                                  "officials said.")
    assert any(code.startswith("19") and target == "IRQGOV" for code, _, target in found)


def test_the_attackers_after_people_from_a_state_are_of_that_state(pipeline):
    found = coded_dyads(pipeline, "KAMPALA, June 3 - Armed herders from South Sudan raided villages in northern "
                                  "Uganda on Sunday, police said. The attackers also struck two settlements near the "
                                  "border on Monday and drove off hundreds of goats.")
    struck = [d for d in found if d[0].startswith("19") or d[0].startswith("18")]
    assert len(struck) >= 2 and all(source and source.startswith("SSD") for _, source, _ in struck)
