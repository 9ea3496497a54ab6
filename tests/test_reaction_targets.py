"""A reaction to an act named by a noun ("welcomed the suspension", "condemned the step", "rejected the
ruling") is aimed at whoever did that act: the doer of the act told before with the noun's verb, the one
who took "the decision", the court that ruled, or the doer of the story's lead act."""
from __future__ import annotations

from event_helpers import coded_dyads


def _targets(found, code_root: str, source: str) -> list[str | None]:
    """Targets of the events of a root whose source code starts with `source`."""
    return [target for code, src, target in found if code.startswith(code_root) and src and src.startswith(source)]


def test_a_welcomed_suspension_is_aimed_at_the_bloc_that_suspended(pipeline):
    found = coded_dyads(pipeline, "The Southern African Development Community on Monday suspended Lesotho from "
                                  "all its bodies.\n\n"
                                  "The government in Maseru recalled its envoy to the bloc within hours.\n\n"
                                  "The opposition alliance in Lesotho welcomed the suspension.")
    assert _targets(found, "05", "LSO") == ["IGO"]


def test_a_condemned_step_is_aimed_at_the_doer_of_the_lead_act(pipeline):
    found = coded_dyads(pipeline, "Kenya recognises breakaway region as a state\n\n"
                                  "MOGADISHU - Kenya on Tuesday recognised the breakaway region of Jubaland as an "
                                  "independent state.\n\n"
                                  "Thousands of Somalis marched through Mogadishu on Wednesday, and Somalia's "
                                  "parliament met in an emergency session.\n\n"
                                  "The Arab League condemned the step.")
    assert _targets(found, "11", "IGO") == ["KENGOV"]


def test_a_welcomed_decision_is_not_aimed_at_police_who_fired_on_a_crowd(pipeline):
    found = coded_dyads(pipeline, "Peruvian President Rosa Quintana pardoned the jailed former minister Oscar "
                                  "Tellez on Friday.\n\n"
                                  "Police fired tear gas at hundreds of protesters in Lima.\n\n"
                                  "Chile welcomed the decision.")
    assert _targets(found, "05", "CHL") == ["PERGOV"]


def test_a_rejected_ruling_is_aimed_at_the_court_that_ruled(pipeline):
    found = coded_dyads(pipeline, "The European Court of Human Rights in Strasbourg ruled on Thursday that Greece "
                                  "had breached the rights of two asylum seekers.\n\n"
                                  "Greek police detained four more migrants at the border on Friday.\n\n"
                                  "Greece's government rejected the ruling.")
    assert _targets(found, "12", "GRC") == ["IGO"]


def test_a_decision_taken_by_a_body_is_aimed_at_that_body(pipeline):
    found = coded_dyads(pipeline, "Togo's ruling party held a congress in Lome on Saturday.\n\n"
                                  "The African Union took the decision to postpone the summit at a meeting in "
                                  "Addis Ababa.\n\n"
                                  "Ghana criticised the decision.")
    assert _targets(found, "11", "GHA") == ["IGO"]


def test_an_operation_called_illegal_is_aimed_at_the_doer_of_the_lead_act(pipeline):
    found = coded_dyads(pipeline, "Malaysia's navy seizes Thai fishing boat\n\n"
                                  "KUALA LUMPUR - Malaysia's navy seized a Thai fishing boat in the Strait of "
                                  "Malacca on Sunday.\n\n"
                                  "Thailand's foreign ministry spokesman, Niran Phongsak, called the operation "
                                  "\"an unlawful act of piracy\".")
    assert _targets(found, "11", "THA") == ["MYSMIL"]


def test_a_case_called_revenge_is_aimed_at_the_court_that_found_him_guilty(pipeline):
    found = coded_dyads(pipeline, "A district court in Minsk on Monday found opposition leader Andrei Kovalenko "
                                  "guilty of insulting the president.\n\n"
                                  "Kovalenko called the case \"revenge for my posts\".")
    targets = _targets(found, "111", "BLROPP")
    assert targets and all(t and t.endswith("JUD") for t in targets)


def test_a_headline_condemnation_takes_its_aim_from_the_later_report(pipeline):
    found = coded_dyads(pipeline, "UN condemns execution\n\n"
                                  "SINGAPORE - Singapore on Wednesday hanged a Malaysian man convicted of "
                                  "trafficking heroin.\n\n"
                                  "The United Nations condemned the hanging in a statement.")
    assert _targets(found, "11", "IGO") == ["SGPGOV"]


def test_being_troubled_by_a_verdict_is_disapproval_of_the_court(pipeline):
    found = coded_dyads(pipeline, "Cambodia's Supreme Court on Monday found opposition leader "
                                  "Sam Chenda guilty of treason.\n\n"
                                  "Japan's foreign ministry said it was troubled by the harsh verdict.")
    assert ("110", "JPNGOV", "KHMJUD") in found
