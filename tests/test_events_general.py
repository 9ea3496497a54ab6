"""Event rules that must carry over to unseen articles: who acts through an instrument, unnamed
people as the target of coercion, kind nouns that report no act, one act per dyad across reports."""
from __future__ import annotations


def dyads(pipeline, text):
    """(code, source name, target name) of every event of `text`."""
    record = pipeline.extract(text)
    names = {a.id: a.name for a in record.actors}
    return [(e.code, names.get(e.source), names.get(e.target)) for e in record.events]


def test_the_user_of_an_instrument_does_the_act_it_serves(pipeline):
    found = dyads(pipeline, "Peruvian police used tear gas to break up a march in Lima on Friday.")
    assert [d for d in found if d[0] == "175" and d[1] and "police" in d[1]]


def test_unnamed_people_detained_by_police_are_the_state_s_people(pipeline):
    found = dyads(pipeline, "Police in Kenya said 40 people had been arrested after the clashes in Nairobi.")
    assert any(code == "173" and target == "Kenya" for code, _, target in found)


def test_a_private_doer_does_not_make_people_the_state(pipeline):
    found = dyads(pipeline, "Gunmen kidnapped 12 people near the town of Kaduna in Nigeria.")
    assert not any(target == "Nigeria" for _, _, target in found)


def test_one_named_among_those_arrested_is_the_target(pipeline):
    found = dyads(pipeline, "Turkish police raided the newspaper, and its editor, Ahmet Demir, was among those arrested.")
    assert any(code == "173" and target == "Ahmet Demir" for code, _, target in found)


def test_a_kind_noun_before_a_party_reports_no_act(pipeline):
    found = dyads(pipeline, "Brazilian riot police used water cannon outside the ministry in Brasilia.")
    assert not [d for d in found if d[0].startswith("14")]


def test_a_possessive_before_an_arrest_is_the_one_arrested(pipeline):
    found = dyads(pipeline, "Mohamed Salem criticised the president of Egypt. Egyptian police confirmed his arrest on Monday.")
    assert any(code == "173" and target == "Mohamed Salem" for code, _, target in found)


def test_a_minister_speaking_by_phone_consults_the_one_on_the_line(pipeline):
    found = dyads(pipeline, "Kenya's foreign minister Musalia Mudavadi, speaking by phone with his Ugandan "
                            "counterpart Jeje Odongo, discussed the border.")
    assert any(code == "041" and source == "Musalia Mudavadi" for code, source, _ in found)


def test_an_act_under_a_negated_permission_is_not_done(pipeline):
    found = dyads(pipeline, "Peru will not allow foreign groups to seize the airport in Lima, the president said.")
    assert not [d for d in found if d[0].startswith("17")]


def test_coordinated_attackers_do_not_attack_each_other(pipeline):
    found = dyads(pipeline, "The attacks on shipping pushed France and Germany to launch strikes on its bases in Libya.")
    assert not any({source, target} == {"France", "Germany"} for _, source, target in found)


def test_criticism_drawn_by_an_act_is_aimed_at_its_doer(pipeline):
    found = dyads(pipeline, "China blocked the resolution, drawing sharp criticism from Japan.")
    assert ("111", "Japan", "China") in found


def test_members_of_an_organisation_stand_for_it(pipeline):
    found = dyads(pipeline, "The Taliban said that Pakistan had released 30 of its members from prison.")
    assert any(code.startswith("08") and source == "Pakistan" and target == "Taliban" for code, source, target in found)
