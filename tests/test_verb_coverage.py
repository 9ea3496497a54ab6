"""Acts that fired no pattern at all (session 16, verbs): verb classes written from the CAMEO
definitions, with the words a news writer uses for them.

Sentences and names are invented.
"""
from __future__ import annotations

from event_helpers import coded, coded_dyads


# --- 14 protest ------------------------------------------------------------------------------

def test_stones_thrown_at_police_are_a_violent_protest(pipeline):
    text = "Protesters in Nairobi threw stones and bottles at Kenyan police outside parliament on Monday."
    assert [d[:2] for d in coded_dyads(pipeline, text) if d[0] == "145"] == [("145", "KENCVL")]


def test_flares_hurled_by_fans_are_a_violent_protest(pipeline):
    text = "Kenyan supporters hurled flares at Ugandan fans during the match in Kampala."
    assert [d[0] for d in coded_dyads(pipeline, text)].count("145") == 1


def test_throwing_a_grenade_is_no_protest(pipeline):
    text = "Gunmen threw a grenade at a Kenyan police post in Mandera on Monday."
    assert coded(pipeline, text, "145") == []


def test_crowd_of_supporters_gathering_outside_a_building_demonstrates(pipeline):
    text = ("Hundreds of opposition supporters gathered outside the Ugandan electoral commission in Kampala "
            "on Tuesday, chanting slogans.")
    assert [d[0] for d in coded_dyads(pipeline, text)] == ["141"]


def test_leaders_gathering_for_a_summit_is_no_demonstration(pipeline):
    text = "African Union leaders gathered in Addis Ababa on Sunday for a two-day summit."
    assert coded(pipeline, text, "141") == []


def test_union_wanting_a_pay_rise_demands_it(pipeline):
    text = "The Kenyan government offered a 4 percent increase; the union wants 12 percent."
    assert [d[:2] for d in coded_dyads(pipeline, text) if d[0] == "100"] == [("100", "KENLAB")]


def test_wanting_a_rise_in_exports_is_no_wage_demand(pipeline):
    text = "Kenya wants a 12 percent increase in tea exports to Pakistan."
    assert coded(pipeline, text, "100") == []


# --- 08 yield --------------------------------------------------------------------------------

def test_teachers_suspending_their_strike_yield(pipeline):
    text = "Zambian teachers suspended their strike on Friday after the government offered a pay rise."
    assert [d[:2] for d in coded_dyads(pipeline, text) if d[0] == "082"] == [("082", "ZMBEDU")]


def test_troops_pulling_back_from_a_town_retreat(pipeline):
    text = "Ethiopian troops pulled back from the Eritrean border town of Zalambessa on Sunday."
    assert [d[:2] for d in coded_dyads(pipeline, text)] == [("0874", "ETHMIL")]


def test_pulling_back_with_no_armed_force_told_is_no_retreat(pipeline):
    text = "Kenyan shoppers pulled back from spending in March, the central bank said."
    assert coded(pipeline, text, "0874") == []


def test_bodies_handed_back_to_a_state_are_returned(pipeline):
    text = "Rwanda handed back the bodies of five soldiers to Burundi on Monday."
    assert [d for d in coded_dyads(pipeline, text) if d[0].startswith("084")] == [("084", "RWAGOV", "BDIGOV")]


# --- 07 aid, 16 reduced relations ------------------------------------------------------------

def test_rations_handed_out_by_an_agency_are_humanitarian_aid(pipeline):
    text = "The World Food Programme began handing out emergency rations in Malawi on Monday."
    assert [d[0] for d in coded_dyads(pipeline, text)] == ["073"]


def test_frozen_aid_to_a_state_is_aid_cut(pipeline):
    text = "Germany froze development aid to Rwanda on Tuesday over the fighting in Goma."
    assert ("162", "DEUGOV", "RWAGOV") in coded_dyads(pipeline, text)


def test_money_pledged_to_a_state_is_intent_to_give_aid(pipeline):
    text = "Japan pledged 5 million dollars to Malawi on Monday."
    assert coded_dyads(pipeline, text) == [("033", "JPNGOV", "MWIGOV")]


# --- 09 investigate, 17 coerce ---------------------------------------------------------------

def test_investigators_sent_to_a_state_investigate_there(pipeline):
    text = "The Kenyan transport ministry is sending four crash investigators to Uganda, a spokesman said."
    assert ("090", "KENGOV", "UGAGOV") in coded_dyads(pipeline, text)


def test_troops_sent_to_a_state_are_no_investigation(pipeline):
    text = "Kenya is sending 400 soldiers to Somalia, its defence ministry said."
    assert coded(pipeline, text, "090") == []


def test_lifted_immunity_of_a_lawmaker_is_an_administrative_sanction(pipeline):
    text = ("Kenya's Senate voted by a large majority to lift the parliamentary immunity of opposition senator "
            "Otieno Kamau.")
    assert [d[0] for d in coded_dyads(pipeline, text)] == ["172"]


def test_suspect_remanded_in_custody_is_detained(pipeline):
    text = "A Kenyan court remanded opposition politician Otieno Kamau in custody until next week."
    assert [d[0] for d in coded_dyads(pipeline, text)] == ["173"]


# --- events stage: harms with no one behind them ---------------------------------------------

def test_deaths_an_outbreak_caused_are_no_ones_act(pipeline):
    text = ("Malawi's health ministry began a vaccination drive in Lilongwe, where a cholera outbreak "
            "has killed 30 people since January.")
    assert coded(pipeline, text, "190") == []


def test_deaths_armed_men_caused_stay_an_act(pipeline):
    text = "Al-Shabaab militants killed 20 Kenyan soldiers in Garissa on Monday."
    assert [d[0] for d in coded_dyads(pipeline, text)] == ["190"]


def test_survivors_taken_aboard_by_a_navy_are_rescued(pipeline):
    text = "The Tanzanian navy sent a patrol boat and took 58 survivors aboard, the Tanzanian defence ministry said."
    assert [d[:2] for d in coded_dyads(pipeline, text)] == [("073", "TZAMIL")]


def test_tear_gas_police_throw_is_no_violent_protest(pipeline):
    text = "Kenyan police threw tear gas canisters at protesters outside parliament in Nairobi."
    assert coded(pipeline, text, "145") == []


def test_relatives_gathering_outside_a_prison_demanding_news_demonstrate(pipeline):
    text = "Dozens of relatives of detained Kenyan activists gathered outside Kamiti prison on Monday demanding news."
    assert [d[0] for d in coded_dyads(pipeline, text)].count("141") == 1


def test_rights_group_suspended_by_a_government_is_barred_not_aid_cut(pipeline):
    text = ("The Kenyan government suspended the Kenya Human Rights Commission, a rights group funded by "
            "European donors, on Monday.")
    assert [d[0] for d in coded_dyads(pipeline, text)] == ["172"]


def test_aid_suspended_to_a_state_stays_aid_cut(pipeline):
    text = "Kenya suspended aid to Somalia on Monday."
    assert coded_dyads(pipeline, text) == [("162", "KENGOV", "SOMGOV")]
