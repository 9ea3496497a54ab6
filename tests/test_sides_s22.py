"""Sides of coded events (session 22): "them" standing for the attackers above, people counted anew."""
from __future__ import annotations

from event_helpers import dyads


def test_two_men_counted_without_a_determiner_are_new_people_not_the_pair_before(pipeline):
    text = ("Customs officials from Portugal met agents of the Brazilian federal police in Lisbon on Friday "
            "to discuss cocaine shipments.\n\n"
            "Police raided a warehouse near the harbour the next morning. Two men were arrested.")
    arrests = [(src, tgt) for code, src, tgt in dyads(pipeline, text) if code.startswith("17")]
    assert arrests
    assert all(tgt is not None and "men" in tgt for _src, tgt in arrests), arrests


def test_attackers_driven_out_by_troops_are_repelled_by_force(pipeline):
    text = ("Separatist fighters stormed a customs post on the northern frontier of Cameroon on Sunday night "
            "before Cameroonian troops drove them out at first light, a local official said.")
    repelled = [(src, tgt) for code, src, tgt in dyads(pipeline, text)
                if code.startswith("19") and src is not None and "troops" in src]
    assert repelled and all(tgt is not None and "fighters" in tgt for _src, tgt in repelled), repelled


def test_them_in_a_clause_with_its_own_doer_stands_for_the_plural_subject_above(pipeline):
    text = ("Mutinous soldiers raided the presidential palace in Bissau early on Tuesday in what officials "
            "described as a coup attempt, but loyal guards drove them back within hours.")
    repelled = [(src, tgt) for code, src, tgt in dyads(pipeline, text)
                if code.startswith("19") and src is not None and "guards" in src]
    assert repelled and all(tgt is not None and "soldiers" in tgt for _src, tgt in repelled), repelled
