"""Event readings added in round 4: a summit attended in a foreign state is a visit to it, claims
of one's own attacks, misparsed reduced relatives."""
from __future__ import annotations


def dyads(pipeline, text):
    """(code, source name, target name) of every event of `text`."""
    record = pipeline.extract(text)
    names = {a.id: a.name for a in record.actors}
    return [(e.code, names.get(e.source), names.get(e.target)) for e in record.events]


def test_a_summit_attended_abroad_with_no_one_named_is_a_visit_to_the_host(pipeline):
    found = dyads(pipeline, "The Japanese prime minister will attend a conference in Paris next week.")
    assert [d for d in found if d[0] == "042" and d[2] == "France"]
    assert not [d for d in found if d[0] == "044"]


def test_a_summit_attended_with_someone_named_stays_a_meeting(pipeline):
    found = dyads(pipeline, "Egypt's foreign minister attended talks with Jordan's king in Amman.")
    assert [d for d in found if d[0] == "044"]


def test_claiming_responsibility_for_an_attack_makes_the_claimant_its_doer(pipeline):
    found = dyads(pipeline, "Al-Shabab claimed responsibility for the attack on Kenyan troops.")
    assert [d for d in found if d[0] == "015" and d[1] == "Al-Shabab"]
    assert [d for d in found if d[0] == "190" and d[1] == "Al-Shabab"]


def test_claiming_ones_own_attack_is_a_claim_of_responsibility(pipeline):
    found = dyads(pipeline, "Hamas claimed it had fired rockets at Israel.")
    assert [d for d in found if d[0] == "015" and d[1] == "Hamas" and d[2] == "Israel"]


def test_claiming_anothers_attack_is_no_claim_of_responsibility(pipeline):
    found = dyads(pipeline, "Iran claimed that Israel had attacked its embassy.")
    assert not [d for d in found if d[0] == "015"]


def test_a_reduced_relative_read_as_the_main_verb_leaves_the_passive_its_subject(pipeline):
    found = dyads(pipeline, "The civilians imprisoned for acting against Moscow were released yesterday by "
                            "Putin himself.")
    assert [d for d in found if d[0].startswith("084") and d[1] and "Putin" in d[1] and d[2] == "civilians"]
    assert not [d for d in found if d[0] == "173" and d[1] == "civilians"]
