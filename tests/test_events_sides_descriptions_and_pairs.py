"""Sides named by description: a reaction to "the signing" (a verb's -ing noun) is aimed at the signer;
"the militant group" / "the militants" / "the armed group" is the armed group named just before;
"the two belligerents" and "the warring sides" are the two sides of the fight told of before, and
"both parties" after a mediation are the parties mediated between, not the mediator."""
from __future__ import annotations

from event_helpers import dyads as _names


def _coded(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    """(event code, source actor code, target actor code) of every event of `text`."""
    record = pipeline.extract(text)
    codes = {a.id: a.code or a.name for a in record.actors}
    return [(e.code, codes.get(e.source), codes.get(e.target)) for e in record.events]


def test_praising_a_signing_is_aimed_at_the_signers(pipeline):
    found = _coded(pipeline, "Ghana and Togo signed a border accord in Accra on Monday.\n\n"
                             "The African Union praised the signing.")
    assert ("051", "IGO", "GHAGOV") in found


def test_welcoming_a_signing_whose_partner_is_unnamed_is_aimed_at_the_named_signer(pipeline):
    found = _coded(pipeline, "Kenya and its private lenders signed a debt deal on Monday.\n\n"
                             "The World Bank welcomed the signing.")
    assert ("051", "IGO", "KENGOV") in found


def test_condemning_a_shelling_is_aimed_at_the_shelling_side(pipeline):
    found = _coded(pipeline, "Syrian artillery shelled a village in Idlib on Monday.\n\nTurkey condemned the shelling.")
    assert ("111", "TURGOV", "SYRGOV") in found


def test_a_gerund_with_no_act_told_before_names_no_one(pipeline):
    assert _coded(pipeline, "Kenya welcomed the beginning of the school year.") == []


def test_the_militant_group_is_the_armed_group_named_before(pipeline):
    found = _names(pipeline, "Iraqi jets struck an Islamic State hideout near Mosul, pressing their offensive "
                             "against the militant group that has kidnapped Yazidi women.")
    assert [src for code, src, _ in found if code.startswith("18")] == ["Islamic State"]


def test_the_militants_are_the_armed_group_named_in_the_sentence_before(pipeline):
    found = _names(pipeline, "Turkish drones hit PKK positions in northern Iraq on Monday. "
                             "The militants had kidnapped two Turkish engineers last week.")
    assert [src for code, src, _ in found if code.startswith("18")] == ["Kurdistan Workers' Party"]


def test_the_armed_group_keeps_the_country_of_the_group_named_before(pipeline):
    found = _coded(pipeline, "Somali troops fought al-Shabaab fighters near Kismayo on Friday. "
                             "The armed group later abducted three Kenyan aid workers.")
    assert [src for code, src, _ in found if code.startswith("18")] == ["SOMREB"]


def test_an_armed_group_with_none_named_before_stays_as_described(pipeline):
    found = _names(pipeline, "Colombian police said an armed group abducted two soldiers in Cauca.")
    assert [src for code, src, _ in found if code.startswith("18")] == ["armed group"]


def test_the_belligerents_are_the_two_sides_of_the_fighting(pipeline):
    found = _coded(pipeline, "Fighting between Ethiopia and Eritrea flared on Sunday. "
                             "The United Nations urged the belligerents to stop.")
    assert {t for code, src, t in found if code.startswith("02")} == {"ETHGOV", "ERIGOV"}


def test_the_warring_sides_are_the_two_sides_of_the_clashes(pipeline):
    found = _coded(pipeline, "Clashes between Kyrgyzstan and Tajikistan killed twelve people. "
                             "Kazakhstan called on the warring sides to withdraw their troops.")
    assert {t for code, src, t in found if src == "KAZGOV"} == {"KGZGOV", "TJKGOV"}


def test_both_parties_after_a_mediation_are_the_parties_mediated_between(pipeline):
    found = _coded(pipeline, "Qatar mediated between Israel and Hamas for weeks. "
                             "The Qatari emir thanked both parties for their patience.")
    assert {t for code, src, t in found if code == "051"} == {"ISRGOV", "PSEREB"}


def test_both_sides_after_talks_are_still_the_two_who_talked(pipeline):
    found = _coded(pipeline, "Russia and Ukraine held talks in Istanbul on Monday. "
                             "Turkey urged both sides to continue the talks.")
    assert {t for code, src, t in found if src == "TURGOV"} == {"RUSGOV", "UKRGOV"}


def test_which_after_a_bracketed_name_stands_for_that_name(pipeline):
    # the parse hangs ", which has urged" on "according": the clause still tells of the office
    found = _coded(pipeline, "Aid convoys have been held up for a week, according to the Office for the Coordination "
                             "of Humanitarian Affairs (OCHA), which has urged Bamako to open the road.")
    assert ("020", "IGO", "MLIGOV") in found


def test_which_read_as_a_clause_of_its_own_stands_for_the_name_before(pipeline):
    found = _coded(pipeline, "Roads are closed, according to the Economic Community of West African States "
                             "(ECOWAS), which has appealed to Niamey to reopen the border.")
    # an appeal (02); to reopen a border it is an appeal to ease a sanction (0251)
    assert any(code[:2] == "02" and (src, tgt) == ("IGO", "NERGOV") for code, src, tgt in found), found


def test_which_on_a_named_fund_still_stands_for_the_fund(pipeline):
    found = _coded(pipeline, "Schools remain shut in the east, according to the United Nations Children's Fund "
                             "(UNICEF), which has called on Kinshasa to protect pupils.")
    assert ("020", "IGO", "CODGOV") in found


def test_which_on_a_whole_clause_names_no_doer(pipeline):
    found = _coded(pipeline, "Police arrested three men in Lagos, which angered the opposition.")
    assert [code for code, _, _ in found] == ["173"]


def test_condemning_the_measure_is_aimed_at_the_foreign_state_that_took_it(pipeline):
    found = _coded(pipeline, "Canada froze the assets of ten Georgian officials. Tbilisi condemned the measure.")
    assert ("111", "GEOGOV", "CANGOV") in found


def test_calling_the_move_unacceptable_is_aimed_at_the_mover(pipeline):
    found = _coded(pipeline, "Germany suspended development aid to Rwanda on Wednesday. "
                             "Kigali called the move unacceptable.")
    assert ("111", "RWAGOV", "DEUGOV") in found


def test_rejecting_the_step_is_aimed_at_the_state_that_took_it(pipeline):
    found = _coded(pipeline, "Australia imposed sanctions on three Iranian generals on Monday. "
                             "Iran rejected the step as illegal.")
    assert ("120", "IRNGOV", "AUSGOV") in found


def test_a_move_judged_by_a_third_state_is_aimed_at_the_mover(pipeline):
    found = _coded(pipeline, "Russia expelled two Polish diplomats on Monday. France criticised the move.")
    assert [t for code, src, t in found if src == "FRAGOV"] == ["RUSGOV"]


def test_a_seizure_condemned_as_the_move_is_aimed_at_the_seizer(pipeline):
    found = _coded(pipeline, "Iran seized a British tanker in the Gulf. The United States condemned the move.")
    assert ("111", "USAGOV", "IRNGOV") in found


def test_a_government_judging_its_own_police_move_is_aimed_at_no_one(pipeline):
    found = _coded(pipeline, "Police arrested forty protesters in Tbilisi. The government criticised the move.")
    assert not any(code.startswith("11") and t and t.startswith("GEOCOP") for code, src, t in found)


_FAR_BACK = " {} said the count lacked transparency. The commission chairman said the vote was fair. " \
            "The president said the country would not accept lectures.\n\n"


def test_the_report_welcomed_far_on_is_the_one_told_with_its_author(pipeline):
    found = _coded(pipeline, "Zambia's electoral commission rejected a report by European Union observers on Monday."
                   + _FAR_BACK.format("The observers") + "The opposition UPND welcomed the report.")
    assert ("051", "ZMBOPP", "IGO") in found


def test_the_statement_praised_far_on_is_the_one_a_group_issued(pipeline):
    found = _coded(pipeline, "The Nigerian army dismissed a statement from Amnesty International about killings."
                   + _FAR_BACK.format("The group") + "Nigeria's main opposition party praised the statement.")
    assert ("051", "NGAOPP", "NGO") in found


def test_the_report_welcomed_far_on_names_the_fund_that_wrote_it(pipeline):
    found = _coded(pipeline, "Ghana's finance ministry dismissed a report by the International Monetary Fund."
                   + _FAR_BACK.format("The Fund") + "The Ghanaian opposition welcomed the report.")
    assert ("051", "GHAOPP", "IGO") in found


def test_a_report_no_one_is_told_to_have_written_has_no_author(pipeline):
    found = _coded(pipeline, "Kenya's president hailed the report on Monday. The opposition dismissed the report.")
    assert found == []
