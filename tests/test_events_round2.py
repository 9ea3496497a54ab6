"""Event readings added in round 2: border closures, leaving talks, peacekeeping mandates, hosted
talks, denied acts, and several acts told in one sentence."""
from __future__ import annotations


def dyads(pipeline, text):
    """(code, source name, target name) of every event of `text`."""
    record = pipeline.extract(text)
    names = {a.id: a.name for a in record.actors}
    return [(e.code, names.get(e.source), names.get(e.target)) for e in record.events]


def test_a_border_closure_is_a_restriction_even_with_no_neighbour_named(pipeline):
    found = dyads(pipeline, "The Chadian government decided the closure of the border crossing at Adre.")
    assert [d for d in found if d[0] == "191" and d[1] and "government" in d[1]]


def test_a_closed_border_with_a_neighbour_is_aimed_at_the_neighbour(pipeline):
    found = dyads(pipeline, "Hungary closed its border with Serbia on Monday.")
    assert ("191", "Hungary", "Serbia") in found


def test_walking_out_of_talks_halts_them(pipeline):
    found = dyads(pipeline, "Opposition delegates walked out of the talks with the Venezuelan government on Monday.")
    assert any(code == "164" and target and "government" in target for code, _, target in found)


def test_workers_walking_out_do_not_halt_talks(pipeline):
    found = dyads(pipeline, "Thousands of dock workers walked out on Monday over pay.")
    assert not [d for d in found if d[0] == "164"]


def test_renewing_a_peacekeeping_mandate_provides_peacekeepers(pipeline):
    found = dyads(pipeline, "The Security Council renewed the mandate of its peacekeeping mission in Mali for a year.")
    assert any(code == "074" and target == "Mali" for code, _, target in found)


def test_hosting_talks_between_two_parties_mediates(pipeline):
    found = dyads(pipeline, "Qatar will host talks between Hamas and Israel next week.")
    assert any(code == "045" and source == "Qatar" and target == "Israel" for code, source, target in found)


def test_a_denied_act_is_not_coded_as_done(pipeline):
    found = dyads(pipeline, "The Colombian defence minister denied that the army had bombed rebel camps in Cauca.")
    assert not [d for d in found if d[0].startswith("19")]


def test_condemning_an_act_is_an_event_though_its_doer_goes_unnamed(pipeline):
    found = dyads(pipeline, "The African Union condemned the massacre in a statement on Sunday.")
    assert [d for d in found if d[0].startswith("11") and d[1] == "African Union"]


def test_rejecting_an_act_with_no_one_named_stays_uncoded(pipeline):
    found = dyads(pipeline, "Hungary's government rejected the decision on Sunday.")
    assert not [d for d in found if d[0].startswith("12") and d[2] is None]


def test_a_past_tense_conjunct_of_a_denied_clause_is_the_teller_s_own_act(pipeline):
    found = dyads(pipeline, "The Colombian defence minister denied that the army had bombed rebel camps "
                            "and blamed the guerrillas for the violence.")
    assert any(code == "112" and source and "minister" in source for code, source, _ in found)
    assert not [d for d in found if d[0].startswith("19")]


def test_a_past_tense_conjunct_of_a_reported_clause_is_the_teller_s_threat(pipeline):
    found = dyads(pipeline, "A Kremlin spokeswoman said that Poland was blaming Russia for its own failures "
                            "and threatened a tough response.")
    assert any(code.startswith("13") and source and "spokeswoman" in source for code, source, _ in found)


def test_the_side_walking_out_of_talks_leaves_the_other_side(pipeline):
    found = dyads(pipeline, "Talks between the Sudanese army and the RSF collapsed on Friday after the RSF walked out.")
    assert any(code == "164" and source and "Rapid" in source and target and "Armed" in target
               for code, source, target in found)


def test_agreeing_to_keep_an_act_named_by_a_noun_is_not_a_second_event(pipeline):
    found = dyads(pipeline, "The European Union and Britain agreed to keep the embargo on Belarus.")
    assert [d for d in found if d[0] == "163"]
    assert not [d for d in found if d[0] == "030"]
