"""A "them" the second of two verbs of one doer acts on stands for what the first verb acted on
("summoned the ambassadors and warned them"); a "them" whose verb has a doer of its own does not."""
from __future__ import annotations

from event_helpers import dyads


def test_them_after_summoned_ambassadors_are_those_ambassadors(pipeline):
    found = dyads(pipeline, "Mali's junta summoned the French and German ambassadors and warned them against "
                            "interference.")
    warned = {target for code, _, target in found if code.startswith("13")}
    assert warned == {"French ambassadors", "German ambassadors"}


def test_them_after_arrested_members_are_those_members(pipeline):
    found = dyads(pipeline, "Police arrested two members of the opposition party on Friday and accused them of "
                            "plotting a coup.")
    assert any(code.startswith("11") and target == "opposition party" for code, _, target in found)


def test_them_under_a_verb_with_its_own_doer_is_not_the_first_verb_s_object(pipeline):
    found = dyads(pipeline, "The rebels seized two towns and the army accused them of atrocities.")
    assert not any(target and "towns" in target for _, _, target in found)
