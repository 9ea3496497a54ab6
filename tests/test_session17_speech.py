"""Session 17, verbal conflict and cooperation: labels a naming verb gives (quoted scorn, praise),
the doer of a labelled act, charges quoted after the accused, "whom" relatives, coordinated protests,
standing behind a cause and calling parties to talks. Sentences and names are invented."""
from __future__ import annotations

from tests.event_helpers import coded_dyads


def _codes(pipeline, text: str, code: str) -> list[tuple[str, str | None, str | None]]:
    return [d for d in coded_dyads(pipeline, text) if d[0] == code]


def test_quoted_label_without_a_word_of_blame_is_criticism(pipeline):
    text = 'Kenya\'s trade minister Zuberi Ngalawamba called the Ugandan levy "a protectionist step".'
    assert ("111", "KENGOV", "UGAGOV") in _codes(pipeline, text, "111")


def test_unquoted_neutral_label_is_no_criticism(pipeline):
    text = "Kenya's trade minister Zuberi Ngalawamba called the Ugandan levy a step."
    assert not _codes(pipeline, text, "111")


def test_quoted_label_with_a_word_of_praise_is_praise(pipeline):
    text = 'Kenya\'s foreign minister Zuberi Ngalawamba called Uganda\'s offer "a historic gesture".'
    assert _codes(pipeline, text, "051") and not _codes(pipeline, text, "111")


def test_label_of_a_thing_called_it_is_left_to_other_words(pipeline):
    text = ('Uganda closed the Busia crossing on Monday. Kenya\'s foreign minister Zuberi Ngalawamba '
            'called it "a bad neighbour\'s habit".')
    assert not [d for d in _codes(pipeline, text, "111") if d[1] == "KENGOV"]


def test_label_hung_on_its_thing_by_the_parser(pipeline):
    text = ('Sudan\'s army said the rebels were losing ground. General Idris Wadmakki of the Sudanese army '
            'called the militia "thieves hiding in the hills".')
    assert any(d[1] and d[1].startswith("SDN") and d[2] and d[2].startswith("SDN")
               for d in _codes(pipeline, text, "111"))


def test_labelled_act_is_aimed_at_the_doer_of_the_verb_told_before(pipeline):
    text = ("Colombia opened a trade office in the disputed border town on Tuesday. Venezuela's foreign "
            'ministry called the opening "a hostile gesture against our sovereignty".')
    assert ("111", "VENGOV", "COLGOV") in _codes(pipeline, text, "111")


def test_quoted_charge_after_the_accused_is_no_part_of_its_name(pipeline):
    text = ('Zambia\'s foreign minister accused Malawi of "training bandits on our border".')
    assert ("112", "ZMBGOV", "MWIGOV") in _codes(pipeline, text, "112")


def test_whom_stands_for_the_person_named_just_before_it(pipeline):
    text = ("Ghana and Togo expelled each other's envoys on Friday, in a row over a Togolese teacher "
            "whom Ghanaian authorities accuse of spying on the port.")
    assert any(d[1] and d[1].startswith("GHA") and d[2] and d[2].startswith("TGO")
               for d in _codes(pipeline, text, "112"))


def test_coordinated_protest_is_aimed_like_the_first_act(pipeline):
    text = ("Bolivia withdrew its ambassador from Peru on Wednesday and lodged a sharp protest "
            "about the detentions.")
    assert ("114", "BOLGOV", "PERGOV") in _codes(pipeline, text, "114")


def test_standing_behind_a_cause_defends_its_holder(pipeline):
    text = "The African Union stood firmly behind Somalia's territorial integrity."
    assert any(d[2] == "SOMGOV" for d in _codes(pipeline, text, "052"))


def test_calling_parties_to_the_dialogue_is_an_appeal_to_meet(pipeline):
    text = "The Malian minister of reconciliation has called the herders to the dialogue."
    assert any(d[0] == "026" for d in coded_dyads(pipeline, text))
