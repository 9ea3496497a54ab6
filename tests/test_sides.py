"""Which coded acts become record events, and with which actors on each side."""
from __future__ import annotations

from event_helpers import dyads


def test_plain_act_keeps_both_sides(pipeline):
    assert ("190", "Iran", "Canadian embassy") in dyads(pipeline, "Iran attacked the Canadian embassy.")


def test_negated_act_is_left_out(pipeline):
    assert not [d for d in dyads(pipeline, "Iran did not attack the embassy of Canada.") if d[0].startswith("19")]


def test_hypothetical_act_is_left_out(pipeline):
    found = dyads(pipeline, "Iran could attack the Canadian embassy if the talks fail.")
    assert not [d for d in found if d[0].startswith("19")]


def test_act_with_no_actor_is_left_out(pipeline):
    assert dyads(pipeline, "The attack killed two people.") == []


def test_joint_subject_agreeing_becomes_one_dyad_from_the_first_named(pipeline):
    # agreeing together is one agreement between the two (session 19; the golds code it once)
    found = dyads(pipeline, "Iran and Iraq agreed on a new border deal on Monday.")
    assert ("030", "Iran", "Iraq") in found and ("030", "Iraq", "Iran") not in found


def test_the_act_agreed_to_is_coded_not_the_agreeing(pipeline):
    found = dyads(pipeline, "Iran and Iraq agreed to expand their cooperation on Monday.")
    assert found == [("050", "Iran", "Iraq")]


def test_condemning_an_attack_with_no_doer_named_is_not_aimed_at_the_state(pipeline):
    assert ("111", "Iraq", "Iran") not in dyads(pipeline, "Iran and Iraq condemned the attack on Monday.")


def test_joint_subject_of_symmetric_act_is_one_event(pipeline):
    found = [d for d in dyads(pipeline, "Turkey and Iran held talks in Ankara on Monday.") if d[0] == "046"]
    assert found == [("046", "Turkey", "Iran")]


def test_the_two_sides_are_the_last_pair(pipeline):
    text = "Turkey and Iran held talks in Ankara on Monday. The two sides signed an agreement on trade."
    assert ("057", "Turkey", "Iran") in dyads(pipeline, text)


def test_act_aimed_at_an_act_targets_its_doer(pipeline):
    text = "Germany arrested three Russian diplomats on Tuesday. France condemned the arrest."
    found = dyads(pipeline, text)
    assert any(code.startswith("11") and src == "France" and tgt == "Germany" for code, src, tgt in found)


def test_repeated_reports_fold_into_one_event(pipeline):
    record = pipeline.extract("Germany arrested three Russian diplomats on Tuesday. The arrest angered Moscow.")
    arrests = [e for e in record.events if e.root == "17"]
    assert len(arrests) == 1 and len(arrests[0].mentions) == 2


def test_act_without_doer_takes_the_reporting_subject(pipeline):
    found = dyads(pipeline, "Jordan confirmed intensive contacts with Syria on trade.")
    assert ("040", "Jordan", "Syria") in found


def test_act_without_target_is_left_out_unless_it_needs_none(pipeline):
    assert dyads(pipeline, "Jordan praised the weather.") == []
    assert any(code.startswith("13") for code, *_ in dyads(pipeline, "Jordan threatened to retaliate."))


def test_between_names_both_sides_of_any_joint_act(pipeline):
    found = dyads(pipeline, "A phone call between Turkey and Iran took place on Monday.")
    assert [d for d in found if d[0] == "041"] == [("041", "Turkey", "Iran")]


def test_quoted_condemnation_of_an_act_targets_the_articles_state(pipeline):
    text = ("In Belarus, the activist went on trial on Monday. Rights groups in Belarus said the hearing was "
            'closed. "The ruling is unacceptable," Lithuanian Foreign Minister Gabrielius Landsbergis said.')
    assert ("111", "Gabrielius Landsbergis", "Belarus") in dyads(pipeline, text)


def test_the_country_is_the_articles_state(pipeline):
    text = "Malian soldiers seized the state broadcaster in Bamako, Mali, on Sunday. The junta closed the country's borders."
    assert any(code == "191" and tgt == "Mali" for code, _, tgt in dyads(pipeline, text))


def test_place_after_a_side_does_not_name_it(pipeline):
    found = dyads(pipeline, "Rebels from Yemen attacked an Israeli post in Syria.")
    assert any(code == "190" and tgt == "Israel" for code, _, tgt in found)


def test_must_is_the_tellers_demand_on_the_doer(pipeline):
    found = dyads(pipeline, '"Ecuador must withdraw its troops from the border," the Peruvian foreign minister said.')
    assert any(code == "1056" and tgt == "Ecuador" for code, _, tgt in found)
    assert not [d for d in found if d[0].startswith("08")]


def test_talks_with_no_other_side_are_held_with_the_host_state(pipeline):
    found = dyads(pipeline, "The negotiations of the Chilean delegation in Lima went well.")
    assert any(code == "046" and "Chile" in src and tgt == "Peru" for code, src, tgt in found)


def test_court_acts_do_not_take_their_teller_as_doer(pipeline):
    found = dyads(pipeline, "Amnesty International said the activist was convicted by Monday.")
    assert not [d for d in found if d[0] == "116" and d[1] == "Amnesty International"]


def test_violence_named_by_a_noun_is_not_done_by_its_teller(pipeline):
    found = dyads(pipeline, "Kenya recalled the killing of the Ugandan envoy.")
    assert not [d for d in found if d[0].startswith("18") and d[1] == "Kenya"]


def test_joint_observers_do_not_investigate_each_other(pipeline):
    found = dyads(pipeline, "Observers from Kenya and Ghana monitored the vote on Thursday.")
    assert not [d for d in found if d[0].startswith("09") and {d[1], d[2]} == {"Kenya", "Ghana"}]


def test_observers_investigate_the_state_of_the_place(pipeline):
    text = "Monitors from the African Union observed at polling stations in Nairobi on Tuesday."
    found = dyads(pipeline, text)
    assert any(code.startswith("09") and src == "African Union" and tgt == "Kenya" for code, src, tgt in found)


def test_observers_without_a_place_investigate_the_articles_state(pipeline):
    text = ("Kenya held a presidential election on Tuesday. Kenya's electoral commission counted the ballots. "
            "Monitors from the African Union observed the elections.")
    found = dyads(pipeline, text)
    assert any(code.startswith("09") and src == "African Union" and tgt == "Kenya" for code, src, tgt in found)


def test_persons_handed_over_are_the_target(pipeline):
    text = "The rebels handed over three Peruvian soldiers to the Red Cross on Friday."
    found = dyads(pipeline, text)
    assert any(code == "084" and tgt and tgt.endswith("Peruvian soldiers") for code, _, tgt in found)
    assert not any(tgt and "Red Cross" in tgt for _, _, tgt in found)


def test_warning_shots_answer_the_act_that_triggered_them(pipeline):
    text = ("Chinese soldiers crossed the border with India on Monday, triggering warning shots from the "
            "Indian army.")
    found = dyads(pipeline, text)
    assert ("150", "Indian army", "Chinese soldiers") in found


def test_warning_shots_aim_at_whom_their_purpose_names(pipeline):
    text = ("The Indian army patrolled the border on Monday. The Indians fired warning shots to force "
            "the Chinese soldiers back.")
    found = dyads(pipeline, text)
    assert ("150", "Indian army", "Chinese soldiers") in found


def test_a_state_firing_stands_for_its_named_military(pipeline):
    text = "The Indian army patrolled the border on Monday. The Indians then fired warning shots."
    assert ("150", "Indian army", None) in dyads(pipeline, text)


def test_a_state_closing_its_borders_stays_the_state(pipeline):
    text = "The Peruvian army patrolled the streets on Monday. Peru closed the border with Bolivia."
    found = [d for d in dyads(pipeline, text) if d[0] == "191"]
    assert found and all(src == "Peru" for _, src, _ in found)


def test_the_presidential_palace_is_the_government(pipeline):
    text = "Mutinous soldiers of Mali's army attacked the presidential palace in Bamako on Sunday."
    found = dyads(pipeline, text)
    assert any(code.startswith("19") and tgt == "Mali" for code, _, tgt in found)


def test_mediation_with_no_parties_named_is_between_the_last_pair(pipeline):
    text = ("Sudan and South Sudan signed a border agreement on Monday. "
            "The African Union's mediation made the deal possible.")
    found = [d for d in dyads(pipeline, text) if d[0] == "045"]
    assert sorted(found) == [("045", "African Union", "South Sudan"), ("045", "African Union", "Sudan")]


def test_promise_to_monitor_is_aimed_at_the_articles_state(pipeline):
    text = ("Zambia will hold a general election in August. "
            "The European Union said it would monitor the vote.")
    found = dyads(pipeline, text)
    assert any(code.startswith("03") and src == "European Union" and tgt == "Zambia" for code, src, tgt in found)


def test_demonyms_sharing_a_head_are_one_side_each(pipeline):
    record = pipeline.extract("Kenyan, Ugandan trade ministers discuss tariffs in Nairobi.")
    codes = {a.id: a.code for a in record.actors}
    assert [{codes[e.source], codes[e.target]} for e in record.events if e.code == "046"] == [{"KENGOV", "UGAGOV"}]


def test_reviewing_relations_is_a_consultation(pipeline):
    text = "Chile and Peru signed a trade deal on Monday. The two sides also reviewed the bilateral relationship."
    found = dyads(pipeline, text)
    assert any(code == "040" and {src, tgt} == {"Chile", "Peru"} for code, src, tgt in found)


def test_reaffirmed_commitment_to_attack_is_a_threat_of_the_subject(pipeline):
    record = pipeline.extract("Hamas reaffirmed its commitment to attacking Israeli forces in Gaza.")
    names = {a.id: a.name for a in record.actors}
    assert [(e.code, names.get(e.source), names.get(e.target)) for e in record.events] == [
        ("138", "Hamas", "Israeli forces")]



def test_only_decisions_and_conflictual_acts_are_presumed_the_states(pipeline):
    from newsgraph.knowledge.cameo import get_patterns
    from newsgraph.pipeline.sides import _names_an_imposed_act

    doc = pipeline.nlp("Rights groups condemned the sentencing and welcomed the humanitarian aid.")
    sentencing = next(t for t in doc if t.text == "sentencing")
    aid = next(t for t in doc if t.text == "aid")
    patterns = get_patterns()
    assert _names_an_imposed_act(doc[sentencing.i - 1:sentencing.i + 1], patterns)
    assert not _names_an_imposed_act(doc[aid.i - 2:aid.i + 1], patterns)


def test_headline_participle_without_auxiliary_is_passive(pipeline):
    record = pipeline.extract("Belarusian activist Ales Bialiatski convicted of financing protests.")
    names = {a.id: a.name for a in record.actors}
    convictions = [(names.get(e.source), names.get(e.target)) for e in record.events if e.code == "116"]
    assert convictions and all(src is None and tgt == "Ales Bialiatski" for src, tgt in convictions)


def test_intransitive_participle_keeps_its_subject_as_doer(pipeline):
    record = pipeline.extract("Monitors from the African Union observed at polling stations in Nairobi.")
    names = {a.id: a.name for a in record.actors}
    assert any(e.root == "09" and names.get(e.source) == "African Union" for e in record.events)


def test_death_in_an_accident_is_no_event(pipeline):
    text = "The minister succeeded Juan Ortega of Peru, who was killed in a helicopter crash in May."
    assert not [d for d in dyads(pipeline, text) if d[0].startswith("19")]


def test_a_reporters_question_is_no_appeal(pipeline):
    text = "Peru's army chief Luis Vera, when asked about the border, praised Ecuador on Monday."
    assert not [d for d in dyads(pipeline, text) if d[0].startswith("02")]


def test_a_visit_inside_ones_own_country_is_no_visit_to_it(pipeline):
    text = "Peru's army chief Luis Vera made a visit to a frontier district in northern Peru on Monday."
    assert not [d for d in dyads(pipeline, text) if d[0] in ("042", "043") and d[2] == "Peru"]
    text = "Peru's army chief Luis Vera made a visit to a frontier district in southern Ecuador on Monday."
    assert any(code == "042" and tgt == "Ecuador" for code, _, tgt in dyads(pipeline, text))


def test_the_reason_clause_is_the_sanctioned_partys_act(pipeline):
    text = "The United States imposed sanctions on Chinese companies for selling arms to Iran."
    found = dyads(pipeline, text)
    assert not [d for d in found if d[0].startswith("06") and d[1] == "United States"]
    assert ("062", "Chinese companies", "Iran") in found


def test_the_passive_subject_does_what_it_was_involved_in(pipeline):
    text = "Two Chilean companies, which were involved in supplying Peru with weapons, were named on Monday."
    found = dyads(pipeline, text)
    assert any(code.startswith("07") and src and "companies" in src and tgt == "Peru" for code, src, tgt in found)


def test_parties_of_one_code_are_not_paired_against_each_other(pipeline):
    text = "American firms Boeing and Lockheed Martin sold fighter jets."
    found = dyads(pipeline, text)
    assert not [d for d in found if {d[1], d[2]} <= {"Boeing", "Lockheed Martin", "American firms"} and d[2]]


def test_a_capital_before_a_meeting_noun_is_its_venue(pipeline):
    found = dyads(pipeline, "Iran's foreign minister arrived for the Amman talks with Saudi envoys on Monday.")
    assert not [d for d in found if d[0].startswith("04") and "Jordan" in (d[1], d[2])]


def test_a_state_organ_is_not_aimed_at_its_own_state(pipeline):
    text = 'Jordan hosted talks on Monday. Foreign Minister Ayman Safadi warned that "the region cannot afford another war."'
    found = dyads(pipeline, text)
    assert ("130", "Ayman Safadi", "Jordan") not in found


def test_the_opposition_may_be_aimed_at_its_own_state(pipeline):
    text = ("Belarus jailed the activist Ales Bialiatski on Friday. Opposition leader Sviatlana "
            "Tsikhanouskaya condemned the sentencing.")
    assert any(code.startswith("11") and tgt == "Belarus" for code, _, tgt in dyads(pipeline, text))


def test_an_attack_on_an_army_base_is_aimed_at_the_named_army(pipeline):
    text = ("The Malian army repelled the raid on Monday. Gunmen of the Islamic State attacked a Malian "
            "army base near Menaka.")
    found = dyads(pipeline, text)
    assert any(code.startswith("19") and tgt == "Malian army" for code, _, tgt in found)



def test_necessary_measures_announced_are_a_threat_and_past_ones_nothing(pipeline):
    text = "Peru said Chile would take all necessary measures against the smugglers."
    assert any(code == "130" for code, _, _ in dyads(pipeline, text))
    assert not any(code == "130" for code, _, _ in dyads(pipeline, "Chile took measures against the smugglers."))


def test_a_teller_pressing_on_presses_the_same_party(pipeline):
    text = ("Chile called on Bolivia to stop the smuggling. Chile said it would take every measure needed "
            "to guard its frontier.")
    assert ("130", "Chile", "Bolivia") in dyads(pipeline, text)
    text = "Chile said it would take every measure needed to guard its frontier."
    assert ("130", "Chile", None) in dyads(pipeline, text)


def test_pleading_not_guilty_is_no_appeal(pipeline):
    assert not [d for d in dyads(pipeline, "The Peruvian journalist Ana Ruiz pleaded not guilty on Monday.")
                if d[0].startswith("02")]


def test_the_agent_of_a_participle_is_its_doer(pipeline):
    found = dyads(pipeline, "Chile and Peru signed the pact on Monday after talks hosted by Ecuador.")
    assert not [d for d in found if d[0] == "043" and d[1] is None]


def test_a_demand_with_no_one_named_is_made_of_the_articles_state(pipeline):
    text = ("A court in Belarus jailed the journalist Ana Ruiz on Monday, the third such case in Belarus this "
            "year. The U.S. State Department demanded the journalist's immediate release.")
    found = dyads(pipeline, text)
    assert any(code.startswith("10") and tgt == "Belarus" for code, _, tgt in found)


def test_a_show_of_force_is_aimed_at_the_foreign_state_where_it_happens(pipeline):
    assert ("150", "Chinese warships", "Taiwan") in dyads(pipeline, "Chinese warships held drills near Taiwan.")
    assert ("150", "Iran", "Oman") in dyads(pipeline, "Iran staged naval drills near the coast of Oman.")
    assert ("150", "Russia", None) in dyads(pipeline, "Russia held military exercises in Russia's west.")


def test_two_words_of_one_judgement_are_one_event(pipeline):
    text = ("Belarus jailed the activist Ana Ruiz on Friday, the third such case in Belarus this year. "
            'Opposition leader Sviatlana Tsikhanouskaya said the sentence was "draconian and inhuman".')
    found = [d for d in dyads(pipeline, text) if d[0].startswith("11")]
    assert len(found) == 1


def test_one_act_against_several_parties_of_one_code_is_one_event(pipeline):
    record = pipeline.extract("China imposed sanctions on the U.S. companies Boeing and Lockheed Martin on Monday.")
    codes = {a.id: a.code for a in record.actors}
    sanctions = [(codes.get(e.source), codes.get(e.target)) for e in record.events if e.root == "16"]
    assert sanctions == [("CHNGOV", "USABUS")]


def test_joint_appeals_are_not_made_to_each_other(pipeline):
    found = dyads(pipeline, "The United States and Britain urged restraint on all sides.")
    assert not [d for d in found if {d[1], d[2]} == {"United States", "United Kingdom"}]


def test_a_meeting_condemned_is_aimed_at_the_one_who_held_it(pipeline):
    text = ("Chile and Peru held talks in Lima on Monday. Bolivia condemned the meeting as a provocation.")
    found = dyads(pipeline, text)
    assert any(code.startswith("11") and src == "Bolivia" and tgt in ("Chile", "Peru") for code, src, tgt in found)


def test_praise_of_a_named_act_goes_to_its_doer(pipeline):
    text = ("The European Union imposed sanctions on Iran on Monday. Ukraine's President Volodymyr "
            "Zelensky welcomed the sanctions.")
    found = dyads(pipeline, text)
    assert ("051", "Volodymyr Zelensky", "European Union") in found


def test_summoning_the_envoys_of_states_is_aimed_at_each_state(pipeline):
    found = dyads(pipeline, "Iran's foreign ministry summoned the ambassadors of Germany and France on Tuesday.")
    assert {tgt for code, _, tgt in found if code == "114"} == {"Germany", "France"}


def test_summoning_the_envoys_of_three_states_reaches_the_last_of_the_list(pipeline):
    found = dyads(pipeline, "Chile's foreign ministry summoned the ambassadors of Peru, Bolivia and Ecuador on Friday.")
    assert {tgt for code, _, tgt in found if code == "114"} == {"Peru", "Bolivia", "Ecuador"}


def test_rescue_teams_sent_are_aid_not_envoys(pipeline):
    found = dyads(pipeline, "Turkey sent 265 rescue workers to Morocco on Tuesday.")
    assert ("073", "Turkey", "Morocco") in found
    assert not [d for d in found if d[0] == "042"]



def test_a_group_of_two_nations_is_a_group_of_each(pipeline):
    record = pipeline.extract("Kenyan and Ugandan activists staged a protest outside the embassy on Monday.")
    by_id = {a.id: a for a in record.actors}
    sides = {by_id[e.source].code for e in record.events if e.root == "14"}
    assert sides == {"KENOPP", "UGAOPP"}
    assert any(a.type == "GROUP" and a.code == "UGAOPP" for a in record.actors)


def test_rejecting_accusations_is_aimed_at_the_accuser(pipeline):
    record = pipeline.extract("Chile accused Peru of spying on Monday.\n\nLima rejected the accusations as groundless.")
    by_id = {a.id: a for a in record.actors}
    rejection = next(e for e in record.events if e.root == "12")
    assert (by_id[rejection.source].country, by_id[rejection.target].country) == ("PER", "CHL")


def test_a_state_telling_of_its_own_dead_is_not_their_killer(pipeline):
    record = pipeline.extract("Peru's Defence Ministry said two Peruvian soldiers were killed on Sunday.")
    assert all(e.source is None for e in record.events if e.root == "19")


def test_a_prisoner_swap_is_a_release_by_each_side(pipeline):
    record = pipeline.extract("Armenia swapped prisoners with Azerbaijan on Friday.")
    by_id = {a.id: a for a in record.actors}
    releases = {(by_id[e.source].country, by_id[e.target].country) for e in record.events if e.code == "0841"}
    assert releases == {("ARM", "AZE"), ("AZE", "ARM")}


def test_its_positions_are_the_other_armed_side_s(pipeline):
    record = pipeline.extract("Hezbollah fired rockets at Israel on Monday. "
                              "Israel then struck their positions in southern Lebanon.")
    by_id = {a.id: a for a in record.actors}
    strike = next(e for e in record.events if e.root == "19" and by_id[e.source].country == "ISR")
    assert by_id[strike.target].name == "Hezbollah"


def test_a_leader_and_their_spokesman_are_not_two_sides(pipeline):
    record = pipeline.extract("Armenia and Azerbaijan clashed on the border on Sunday.\n\n"
                              "A spokesman for Secretary-General Antonio Guterres, Stephane Dujarric, said Guterres "
                              "appealed to both sides to resume negotiating.")
    by_id = {a.id: a for a in record.actors}
    appeals = [e for e in record.events if e.root == "02"]
    assert appeals and all(by_id[e.target].country in ("ARM", "AZE") for e in appeals if e.target)


def test_an_act_told_as_a_description_is_not_the_teller_s(pipeline):
    record = pipeline.extract("Chile's minister said she hoped Peruvian officials accused of spying would be tried.")
    by_id = {a.id: a for a in record.actors}
    assert all(e.source is None or by_id[e.source].country != "CHL" for e in record.events if e.root == "11")


def test_a_title_case_headline_s_plural_role_noun_is_a_group(pipeline):
    record = pipeline.extract("Peru Imposes Sanctions on Chilean Companies\n\n"
                              "Peru on Monday announced sanctions against two Chilean mining firms, the ministry said.")
    by_id = {a.id: a for a in record.actors}
    headline = next(e for e in record.events if e.start < 45)
    assert by_id[headline.target].code == "CHLBUS"


def test_the_two_sides_are_the_parties_of_the_talks_not_of_a_later_appeal(pipeline):
    found = dyads(pipeline, "Spain's foreign minister Jose Albares held talks with Moroccan Foreign Minister Nasser "
                            "Bourita in Rabat on Tuesday. King Mohammed VI urged Madrid to back the plan. "
                            "An official said the two sides also discussed migration.")
    talks = [d for d in found if d[0] == "046"]
    assert talks and all({s, t} == {"José Manuel Albares", "Nasser Bourita"} for _, s, t in talks)


def test_both_countries_are_the_pair_named_together_not_the_last_dyad(pipeline):
    found = dyads(pipeline, "Relations between Lithuania and Belarus have soured since Minsk threatened "
                            "Poland. Both countries downgraded their diplomatic ties in 2021.")
    assert any(c.startswith("16") and {s, t} == {"Lithuania", "Belarus"} for c, s, t in found)
