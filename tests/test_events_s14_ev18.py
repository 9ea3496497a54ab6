"""Events English news tells in a few set ways (session 14, set18 as examples).

- Two doers acting on "each other's" envoys or positions act on each other: one event each way,
  not an event at the envoys.
- Workers who "walk out" over pay strike (143); a delegation walking out of talks still leaves them.
- Strikers, pickets and dockworkers are labour: police dispersing pickets aim force at them (175).
- A state of emergency, disaster or siege declared is an event (1724): aimed at the state of the towns
  it holds in, else with only its doer named.
- An appeal to "all sides" names no one; it is aimed at the state the story is about.
"""
from __future__ import annotations

from event_helpers import coded_dyads, dyads


def test_summoning_each_other_s_envoys_is_an_act_each_way(pipeline):
    text = ("Envoys summoned over border clash\n\n"
            "Peru and Bolivia summoned each other's ambassadors on Tuesday after a clash at a border post.")
    found = [d for d in dyads(pipeline, text) if d[0].startswith("11")]
    assert ("Peru", "Bolivia") in [(s, t) for _, s, t in found]
    assert ("Bolivia", "Peru") in [(s, t) for _, s, t in found]
    assert not [d for d in found if d[2] not in ("Peru", "Bolivia")]


def test_workers_walking_out_over_pay_strike(pipeline):
    text = ("Port halted\n\nLIMA, May 4 (AFP) - Hundreds of Peruvian dockworkers in Callao walked out "
            "on Monday over pay, halting cargo at the country's main harbour.")
    found = coded_dyads(pipeline, text)
    assert any(code == "143" and source == "PERLAB" for code, source, _ in found)


def test_a_delegation_walking_out_of_talks_is_no_strike(pipeline):
    text = ("Talks collapse\n\nTalks between Sudan's generals and the Rapid Support Forces collapsed on Friday "
            "when the army's envoys walked out of the session over pay for its soldiers.")
    assert not [d for d in dyads(pipeline, text) if d[0] == "143"]


def test_police_dispersing_pickets_aim_force_at_labour(pipeline):
    text = ("Strike turns violent\n\nLIMA, May 4 (AFP) - Peruvian police used tear gas and batons to disperse "
            "pickets outside the Andes Copper mine on Monday.")
    found = coded_dyads(pipeline, text)
    assert any(code == "175" and source == "PERCOP" and target == "PERLAB" for code, source, target in found)


def test_declaring_a_state_of_disaster_is_an_emergency_measure(pipeline):
    text = ("Floods kill 40\n\nLIMA (Reuters) - Peru's president declared a state of disaster on Monday "
            "after floods killed 40 people in the north.")
    found = coded_dyads(pipeline, text)
    assert any(code == "1724" and source and source.startswith("PER") for code, source, _ in found)


def test_a_disaster_told_without_a_declaration_is_no_event(pipeline):
    text = "Floods kill 40\n\nLIMA (Reuters) - The floods were the worst disaster to hit Peru in a decade."
    assert not [d for d in dyads(pipeline, text) if d[0] == "1724"]


def test_an_appeal_to_all_sides_is_aimed_at_the_story_s_state(pipeline):
    text = ("Oil field seized in Chad\n\nN'DJAMENA (Reuters) - Gunmen seized an oil field in southern Chad on Sunday. "
            "The African Union urged all sides to spare the installations.")
    found = [d for d in coded_dyads(pipeline, text) if d[0].startswith("02")]
    assert found and all(target == "TCDGOV" for _, _, target in found)
