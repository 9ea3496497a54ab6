"""Sides named through what an actor owns or did: "a Chinese-run mine", "the lead vehicle",
"welcomed the ratification", "condemned this cowardly act", "hailed a calm vote"."""
from __future__ import annotations

from event_helpers import coded_dyads


def _with_code(pipeline, text: str, code: str) -> list[tuple[str, str | None, str | None]]:
    return [d for d in coded_dyads(pipeline, text) if d[0] == code]


def test_thing_run_by_a_foreign_state_s_firm_is_theirs(pipeline):
    text = ("LUSAKA, March 3 (Reuters) - Masked gunmen stormed a Chinese-run copper mine in northern "
            "Zambia on Monday, police said.")
    assert ("190", "ZMBREB", "CHNBUS") in _with_code(pipeline, text, "190")


def test_the_thing_takes_up_its_owner_told_before(pipeline):
    text = ("LUSAKA, March 3 (Reuters) - A toxic leak at a Russian-owned smelter killed fish in the Kafue "
            "River. Residents complained of dead fish. Zambia's environment agency suspended the smelter's "
            "permit on Tuesday.")
    assert [d[2] for d in _with_code(pipeline, text, "172")] == ["RUSBUS"]


def test_state_owned_names_no_owner(pipeline):
    text = "LUSAKA, March 3 (Reuters) - Rebels set fire to a state-owned bank in Kasama on Monday."
    record = pipeline.extract(text)
    assert any(a.name == "Rebels" for a in record.actors)  # the sentence is read
    # no owner is made up for the bank: no business actor, no event aimed at one
    assert not any(a.sector == "BUS" for a in record.actors), [(a.name, a.code) for a in record.actors]
    assert not any(target and target.endswith("BUS") for _, _, target in coded_dyads(pipeline, text))


def test_part_of_premises_struck_is_aimed_at_the_premises(pipeline):
    text = ("BANJUL, May 2 (Reuters) - Mutinous soldiers attacked the State House in the capital on Friday. "
            "The soldiers opened fire on the main gate before the guard drove them back.")
    assert ("193", "GMBMIL", "GMBGOV") in _with_code(pipeline, text, "193")


def test_welcomed_ratification_is_aimed_at_who_ratified(pipeline):
    text = ("KATHMANDU, June 2 (Reuters) - Nepal's parliament on Monday ratified a trade agreement with "
            "India. In New Delhi, a foreign ministry spokesman welcomed the ratification as a milestone.")
    assert ("051", "INDGOV", "NPLLEG") in _with_code(pipeline, text, "051")


def test_condemned_act_takes_up_the_attack_told_before(pipeline):
    text = ("BAMAKO, March 3 (Reuters) - Gunmen attacked a police post in central Mali on Sunday, killing "
            "four officers. The government condemned this cowardly and barbaric act.")
    assert ("111", "MLIGOV", "MLIREB") in _with_code(pipeline, text, "111")


def test_condemned_crime_with_no_doer_told_is_kept_untargeted(pipeline):
    text = ("MAPUTO, March 3 (Reuters) - Two journalists were found dead near Beira on Sunday. The "
            "interior ministry condemned the \"heinous crime\" and promised an investigation.")
    assert ("111", "MOZGOV", None) in _with_code(pipeline, text, "111")


def test_foreign_leader_hailing_a_calm_vote_hails_the_story_s_state(pipeline):
    text = ("LOME, May 1 (Reuters) - Togo's president won a fourth term in Sunday's election, the "
            "electoral commission said. Kenyan President Daniel Otieno hailed a \"calm and orderly\" vote "
            "in a statement.")
    assert ("051", "KENGOV", "TGOGOV") in _with_code(pipeline, text, "051")


def test_thing_judged_is_aimed_at_whoever_agreed_to_grant_it(pipeline):
    text = ("DHAKA, April 9 (Reuters) - Bangladesh agreed on Tuesday to grant fishing permits to 200 Indian "
            "trawlers after talks in Dhaka. In New Delhi, India's fisheries minister welcomed the permits as "
            "a goodwill gesture.")
    assert ("051", "INDGOV", "BGDGOV") in _with_code(pipeline, text, "051")


def test_a_minister_defending_his_own_state_s_act_is_aimed_at_no_one(pipeline):
    text = ("HARARE, April 9 (Reuters) - Zimbabwe's parliament approved a constitutional amendment on "
            "Tuesday. The justice minister defended the amendment, saying voters wanted stability.")
    # the defence is read (the minister is an actor of the record), and aimed at no one
    assert any(a.name == "justice minister" for a in pipeline.extract(text).actors)
    assert _with_code(pipeline, text, "052") == []


def test_firing_at_tents_of_a_camp_just_attacked_is_aimed_at_its_people(pipeline):
    text = ("BANGUI, May 4 (Reuters) - Gunmen attacked a camp for displaced families near Bria on Sunday, "
            "killing six civilians. About 40 fighters on motorcycles entered the camp from the east, "
            "firing at tents.")
    assert ("190", "CAFREB", "CAFCVL") in _with_code(pipeline, text, "190")
    assert len(_with_code(pipeline, text, "190")) == 2
