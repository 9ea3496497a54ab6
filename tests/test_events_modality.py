"""Whether an act is told as done: denied, negated, permitted-not, reported or alleged acts, and
the teller's own acts conjoined with a reported clause."""
from __future__ import annotations

from event_helpers import dyads


def test_an_act_under_a_negated_permission_is_not_done(pipeline):
    found = dyads(pipeline, "Peru will not allow foreign groups to seize the airport in Lima, the president said.")
    assert not [d for d in found if d[0].startswith("17")]


def test_a_denied_act_is_not_coded_as_done(pipeline):
    found = dyads(pipeline, "The Colombian defence minister denied that the army had bombed rebel camps in Cauca.")
    assert not [d for d in found if d[0].startswith("19")]


def test_a_past_tense_conjunct_of_a_denied_clause_is_the_teller_s_own_act(pipeline):
    found = dyads(pipeline, "The Colombian defence minister denied that the army had bombed rebel camps "
                            "and blamed the guerrillas for the violence.")
    assert any(code == "112" and source and "minister" in source for code, source, _ in found)
    assert not [d for d in found if d[0].startswith("19")]


def test_a_past_tense_conjunct_of_a_reported_clause_is_the_teller_s_threat(pipeline):
    found = dyads(pipeline, "A Kremlin spokeswoman said that Poland was blaming Russia for its own failures "
                            "and threatened a tough response.")
    assert any(code.startswith("13") and source and "spokeswoman" in source for code, source, _ in found)


def test_an_act_someone_is_accused_of_is_the_accused_s_against_the_accuser(pipeline):
    record = pipeline.extract("Estonia accused Russia on Monday of a cyberattack that crippled its tax office.")
    names = {a.id: a.name for a in record.actors}
    attacks = [e for e in record.events if e.code == "171"]
    assert attacks and names.get(attacks[0].source) == "Russia" and names.get(attacks[0].target) == "Estonia"
    assert attacks[0].modality == "reported"
    assert any(e.code == "112" and names.get(e.source) == "Estonia" for e in record.events)
