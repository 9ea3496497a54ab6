"""Doers of acts whose side words resolve to no actor: unnamed people protesting are the
civilians of the article's state (session 13)."""
from tests.event_helpers import coded_dyads

SRI_LANKA = "The Sri Lankan government announced new housing rules on Monday. "


def test_people_protesting_are_the_state_s_civilians(pipeline):
    text = SRI_LANKA + "Hundreds of people protested outside the housing ministry in Colombo on Tuesday."
    assert ("141", "LKACVL", "LKAGOV") in coded_dyads(pipeline, text)


def test_thousands_marching_to_demand_elections_are_civilians(pipeline):
    text = ("Georgia's government postponed the vote on Friday. "
            "Thousands marched through Tbilisi on Saturday to demand new elections.")
    assert any(code.startswith("14") and source == "GEOCVL" for code, source, _ in coded_dyads(pipeline, text))


def test_crowd_doing_violence_gets_no_civilian_doer(pipeline):
    text = SRI_LANKA + "Hundreds of people attacked the housing ministry in Colombo on Tuesday."
    assert not any(source == "LKACVL" and not code.startswith("14") for code, source, _ in coded_dyads(pipeline, text))
