"""Sides named by a bare word for a state body ("Officers", "prosecutors", "the court"): the body of
that kind told of before, or the story's state's; a seizure is aimed at the owner of what it takes."""
from __future__ import annotations


def _coded(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    """(event code, source actor code, target actor code) of every event of `text`."""
    record = pipeline.extract(text)
    codes = {a.id: a.code or a.name for a in record.actors}
    return [(e.code, codes.get(e.source), codes.get(e.target)) for e in record.events]


def test_bare_officers_are_the_police_told_of_before(pipeline):
    found = _coded(pipeline, "A Polish photographer was detained by Belarusian border police on Friday. "
                             "Officers confiscated his cameras and questioned him overnight, his agency said.")
    assert any(code.startswith("171") and source and source.startswith("BLR") for code, source, _ in found)


def test_a_seizure_is_aimed_at_the_owner_of_what_it_takes(pipeline):
    found = _coded(pipeline, "A Polish photographer was detained by Belarusian border police on Friday. "
                             "Officers confiscated his cameras and questioned him overnight, his agency said.")
    assert any(code.startswith("171") and target and target.startswith("POL") for code, _, target in found)


def test_officers_of_a_named_state_keep_that_state(pipeline):
    found = _coded(pipeline, "Georgian police detained an activist in Tbilisi on Monday. "
                             "Armenian officers later seized his car at the border, his lawyer said.")
    assert not any(code.startswith("171") and source and source.startswith("GEO") for code, source, _ in found)


def test_a_bare_word_that_is_no_state_body_stays_unresolved(pipeline):
    found = _coded(pipeline, "Kenyan police arrested a Ugandan trader in Nairobi. "
                             "Neighbours confiscated his goods, his brother said.")
    assert not any(code.startswith("171") and source and source.startswith("KEN") for code, source, _ in found)


def test_an_investigation_opened_by_prosecutors_needs_no_target(pipeline):
    found = _coded(pipeline, "Dutch prosecutors opened an investigation into the fire at the port on Monday.")
    assert any(code.startswith("09") and source and source.startswith("NLD") for code, source, _ in found)


def test_an_investigation_only_named_is_no_act(pipeline):
    found = _coded(pipeline, "Dutch police held the two men pending an investigation by prosecutors.")
    assert not any(code.startswith("09") for code, _, _ in found)


def test_clashes_breaking_out_between_two_parties_are_between_them(pipeline):
    found = _coded(pipeline, "Fighting flared again on Sunday. Clashes broke out overnight between Armenia "
                             "and Azerbaijan, the defence ministries said.")
    assert any(code.startswith("19") and {source[:3], target[:3]} == {"ARM", "AZE"}
               for code, source, target in found if source and target)


def test_deals_signed_between_two_states_are_signed_by_both(pipeline):
    found = _coded(pipeline, "During the visit, two agreements were signed between Kenya and Ethiopia "
                             "on trade and energy.")
    assert any(code == "057" and {source[:3], target[:3]} == {"KEN", "ETH"}
               for code, source, target in found if source and target)


def test_two_states_that_fought_a_war_fought_each_other_once(pipeline):
    found = _coded(pipeline, "Peru and Ecuador fought a border war in 1995.")
    fights = [(source[:3], target[:3]) for code, source, target in found
              if code.startswith("19") and source and target]
    assert fights == [("PER", "ECU")]


def test_the_army_its_own_spokesman_tells_of_is_the_spokesman_s_force(pipeline):
    found = _coded(pipeline, "Kenyan troops moved north on Monday. Ethiopian army spokesman Colonel Getachew "
                             "Alemu said the army had arrested three Kenyan herders near Moyale.")
    arrests = [source for code, source, _ in found if code.startswith("17") and source]
    assert arrests and all(source.startswith("ETH") for source in arrests)


def test_suspects_a_state_force_arrests_are_of_its_state(pipeline):
    found = _coded(pipeline, "Peruvian police arrested four suspects after the attack in Lima.")
    assert any(code == "173" and target and target.startswith("PER") for code, _, target in found)
