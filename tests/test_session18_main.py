"""Session 18, the lead's own rules: general frames that the parse misleads."""
from event_helpers import coded_dyads


def test_semicolon_clause_is_not_a_complement_of_the_next_clause(pipeline):
    # The parser hangs "detains" as a complement of "refuses"; a semicolon joins two clauses.
    text = ("Zambian anti-graft agency arrests ex-minister Banda; court denies bail\n\n"
            "NAIROBI (Reuters) - Supporters of the Orange party gathered outside the court on Monday.")
    codes = [code for code, _, _ in coded_dyads(pipeline, text)]
    assert "173" in codes


def test_denial_in_the_same_clause_still_blocks_the_act(pipeline):
    text = "The Kenyan army denied that its soldiers had shelled the town of Garissa on Monday."
    codes = [code for code, _, _ in coded_dyads(pipeline, text)]
    assert not any(code.startswith("19") for code in codes)


def test_a_bomb_that_kills_is_a_bombing(pipeline):
    assert [c for c, _, _ in coded_dyads(pipeline, "A roadside bomb killed three Kenyan soldiers near Mandera on Monday.")] == ["183"]
    passive = coded_dyads(pipeline, "Two Nigerian police officers were killed by a car bomb in Maiduguri.")
    assert [(c, s) for c, s, _ in passive] == [("183", None)]


def test_armed_men_who_kill_still_use_force(pipeline):
    assert [c for c, _, _ in coded_dyads(pipeline, "Rebels killed four Malian soldiers near Gao on Sunday.")] == ["190"]


def test_a_bomb_whose_clause_ends_in_a_killing_participle(pipeline):
    text = "A bomb ripped through a busy bus station in the Somali town of Baidoa on Friday, killing nine travellers."
    codes = [c for c, _, _ in coded_dyads(pipeline, text)]
    assert "183" in codes and "190" not in codes


def _codes(pipeline, text):
    return {a.name: (a.country, a.sector) for a in pipeline.extract(text).actors}


def test_portfolio_secretaries_speakers_and_described_bodies_take_their_sector(pipeline):
    codes = _codes(pipeline, "Nairobi row\n\nNAIROBI (Reuters) - Health Secretary Ruth Achieng Otieno said on Monday "
                             "that the clinics would reopen. Speaker Samson Kiprotich Rono adjourned the chamber. "
                             "Kenya suspended the licence of the humanitarian group Mercy Bridge Alliance, and "
                             "the weekly Sauti Yetu said its reporters were barred.")
    assert codes["Ruth Achieng Otieno"] == ("KEN", "GOV")
    assert codes["Samson Kiprotich Rono"][1] == "LEG"
    assert codes["Mercy Bridge Alliance"][1] == "NGO"
    assert codes["Sauti Yetu"][1] == "MED"


def test_a_party_secretary_keeps_the_party(pipeline):
    codes = _codes(pipeline, "Party Secretary Amina Odhiambo of the Orange Democratic Movement said the vote was rigged.")
    assert codes["Amina Odhiambo"][1] != "GOV"


def test_talks_refused_through_a_support_verb_are_a_refusal_not_talks(pipeline):
    codes = coded_dyads(pipeline, "Kenya refused to hold talks with Uganda over the border dispute on Monday.")
    assert ("125", "KENGOV", "UGAGOV") in codes
    assert not any(code.startswith("04") for code, _, _ in codes)


def test_review_mends_of_session_18(pipeline):
    # joint drills are military cooperation with the partner
    assert ("062", "KENGOV", "UGAGOV") in coded_dyads(pipeline, "Kenya held joint drills with Uganda near the border.")
    # a gas explosion is an accident, no bombing
    assert not any(c.startswith("18") for c, _, _ in coded_dyads(
        pipeline, "Five Afghan miners were killed in a gas explosion at a coal mine in Samangan."))
    # officials swapping figures are no intelligence sharing
    assert not any(c == "064" for c, _, _ in coded_dyads(
        pipeline, "Kenyan and Ugandan trade ministers exchanged information on sugar prices."))
    # a state that has long had sanctions on another does nothing new
    assert not any(s == "USAGOV" for _, s, _ in coded_dyads(pipeline, "The United States has had sanctions on Iran since 1979."))
    # a loan is a loan, tariffs scrapped are eased duties
    assert ("071", "CHNGOV", "KENGOV") in coded_dyads(pipeline, "China provided a loan to Kenya for the railway.")
    assert [c for c, _, _ in coded_dyads(pipeline, "India scrapped tariffs on Chinese steel on Monday.")] == ["061"]


def test_a_field_officer_is_no_policeman_and_the_airline_is_no_air_force(pipeline):
    codes = _codes(pipeline, "Clinic row\n\nA Kenyan health officer, Joseph Mwangi Kariuki, said the clinic had run out of drugs.")
    assert codes["Joseph Mwangi Kariuki"][1] == "GOV"
    record = pipeline.extract("Flights\n\nThe Kenyan Air Force bombed a camp near the border. The airline said flights were delayed.")
    names = {a.id: a.name for a in record.actors}
    assert all(names.get(q.speaker) != "Kenyan Air Force" for q in record.quotes)
