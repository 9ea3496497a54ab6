"""Sides of reactions and of acts told by onlookers: one who reacted to an act the same way before
is no doer of that act, and a teller who bears no arms is no doer of the force it tells of."""
from __future__ import annotations


def _coded(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    """(event code, source actor code, target actor code) of every event of `text`."""
    record = pipeline.extract(text)
    codes = {a.id: a.code or a.name for a in record.actors}
    return [(e.code, codes.get(e.source), codes.get(e.target)) for e in record.events]


def _reactions_aimed_at_own_state(found, country: str) -> list:
    return [(code, source, target) for code, source, target in found if code.startswith("11")
            and source and target and source.startswith(country) and target.startswith(country)]


def test_a_fellow_regret_is_not_the_doer_of_the_decision(pipeline):
    found = _coded(pipeline, "Hungary closes border crossing with Serbia; Belgrade regrets decision\n\n"
                             "Hungary closed its main border crossing with Serbia on Monday, citing smuggling.\n\n"
                             "The Serbian foreign ministry said it regretted the decision and urged Budapest "
                             "to reopen the crossing.")
    assert not _reactions_aimed_at_own_state(found, "SRB")


def test_a_headline_protest_is_not_the_doer_of_the_ban(pipeline):
    found = _coded(pipeline, "Kenya bans Ugandan sugar imports, Kampala protests decision\n\n"
                             "Kenya banned imports of sugar from Uganda on Tuesday, saying the trade hurt farmers.\n\n"
                             "Uganda's trade ministry criticised the decision and said it would raise the matter "
                             "with Nairobi.")
    assert not _reactions_aimed_at_own_state(found, "UGA")
    assert any(code.startswith("11") and source and source.startswith("UGA") and target and target.startswith("KEN")
               for code, source, target in found)


def test_a_fellow_condemnation_in_other_words_is_not_the_doer(pipeline):
    found = _coded(pipeline, "Chad suspends French radio; Paris condemns decision\n\n"
                             "Chad suspended the broadcasts of a French radio station for a month on Monday.\n\n"
                             "The French foreign ministry condemned the decision on Tuesday.")
    assert not _reactions_aimed_at_own_state(found, "FRA")


def test_witnesses_are_not_the_doers_of_the_crackdown_they_saw(pipeline):
    found = _coded(pipeline, "Police fired tear gas to break up a small crowd of opposition supporters "
                             "outside the party headquarters, witnesses said.")
    assert not any(source and source.endswith("CVL") for code, source, _ in found if code.startswith("17"))


def test_a_rights_group_telling_of_a_beating_is_not_its_doer(pipeline):
    found = _coded(pipeline, "Two journalists were beaten outside the courthouse in Harare on Friday, "
                             "a rights group said.")
    assert not any(source and source.endswith("NGO") for code, source, _ in found if code.startswith("18"))


def test_an_army_telling_of_its_arrests_stays_their_doer(pipeline):
    found = _coded(pipeline, "Three suspected smugglers were arrested near the border on Sunday, "
                             "the Nigerian army said.")
    assert any(code.startswith("17") and source and source.startswith("NGA") for code, source, _ in found)


def _aimed(found, code_root: str, source_country: str, target: str) -> bool:
    return any(code.startswith(code_root) and source and source.startswith(source_country) and t and t.startswith(target)
               for code, source, t in found)


def test_rejecting_the_charge_is_aimed_at_the_accuser(pipeline):
    found = _coded(pipeline, "Peru accused Bolivia of sheltering the fugitive. Bolivia rejected the charge on Tuesday.")
    assert _aimed(found, "12", "BOL", "PER")


def test_rejecting_the_claim_by_a_state_official_is_aimed_at_the_accuser(pipeline):
    found = _coded(pipeline, "Venezuela accused Guyana of provoking a crisis. "
                             "Guyana's president rejected the claim as absurd.")
    assert _aimed(found, "12", "GUY", "VEN")


def test_rejecting_the_criticism_is_aimed_at_the_critic(pipeline):
    found = _coded(pipeline, "Human Rights Watch criticised Egypt over the arrests of journalists. "
                             "The Egyptian foreign ministry rejected the criticism on Sunday.")
    assert _aimed(found, "12", "EGY", "NGO")


def test_a_demand_after_describing_wounds_is_the_teller_s(pipeline):
    found = _coded(pipeline, "The Irish foreign minister said the peacekeepers' wounds were not serious "
                             "and demanded an inquiry.")
    assert any(code.startswith("10") and source and source.startswith("IRL") for code, source, _ in found)
    assert not any(code.startswith("10") and source == "IGO" for code, source, _ in found)


def test_a_call_after_describing_someone_s_conditions_is_the_teller_s(pipeline):
    found = _coded(pipeline, "Mexico's president said the migrants' conditions were dire "
                             "and called on Washington to act.")
    assert _aimed(found, "02", "MEX", "USA")


def test_a_demand_after_judging_an_attack_is_the_teller_s(pipeline):
    found = _coded(pipeline, "Colombia's foreign minister said the attack was unacceptable "
                             "and demanded an explanation from Caracas.")
    assert _aimed(found, "10", "COL", "VEN")
