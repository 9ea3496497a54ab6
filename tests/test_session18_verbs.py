"""Session 18: the usual news words of the cooperative and verbal roots (CAMEO 02-14) in more frames."""
import pytest

from event_helpers import coded_dyads


def _has(pipeline, text: str, code: str, source: str, target: str) -> bool:
    """Whether `text` codes `code` from an actor whose code starts with `source` to one starting with `target`."""
    return any(c == code and (s or "").startswith(source) and (t or "").startswith(target)
               for c, s, t in coded_dyads(pipeline, text))


def _codes(pipeline, text: str) -> set[str]:
    return {c for c, _, _ in coded_dyads(pipeline, text)}


@pytest.mark.parametrize("sentence", [
    "Kenyan President Amani Oduya spoke with Tanzanian President Rehema Mbwana on the phone on Friday.",
    "Kenyan President Amani Oduya spoke over the telephone with Tanzanian President Rehema Mbwana.",
    "Kenyan President Amani Oduya received a phone call from Tanzanian President Rehema Mbwana.",
    "Kenyan President Amani Oduya held a video call with Tanzanian President Rehema Mbwana on Friday.",
    "Kenyan President Amani Oduya had a telephone conversation with Tanzanian President Rehema Mbwana.",
])
def test_talks_on_the_phone_in_their_usual_wordings(pipeline, sentence):
    found = coded_dyads(pipeline, "Leaders talk.\n\n" + sentence)
    assert any(c == "041" and {s, t} == {"KENGOV", "TZAGOV"} for c, s, t in found), found


def test_meetings_hosting_and_chaired_talks(pipeline):
    assert _has(pipeline, "Leaders meet.\n\nKenyan President Amani Oduya sat down with Tanzanian President "
                "Rehema Mbwana in Arusha on Friday.", "040", "KEN", "TZA")
    assert _has(pipeline, "A visit.\n\nKenyan President Amani Oduya played host to the Tanzanian foreign "
                "minister in Nairobi on Friday.", "043", "KEN", "TZA")
    assert _has(pipeline, "Border dispute.\n\nQatar chaired talks between Kenya and Tanzania on Friday.",
                "045", "QAT", "KEN")
    assert _has(pipeline, "Border dispute.\n\nQatar facilitated talks between Kenya and Tanzania on Friday.",
                "045", "QAT", "TZA")
    # chairing a meeting of one's own names no two parties brought together
    assert "045" not in _codes(pipeline, "Council session.\n\nThe Kenyan foreign minister, who chaired the "
                               "meeting, criticised Tanzania on Friday.")


@pytest.mark.parametrize("sentence", [
    "Kenya sealed a water-sharing deal with Tanzania on Friday.",
    "Kenya and Tanzania struck a water-sharing deal on Friday.",
    "Kenya and Tanzania clinched a fisheries accord on Friday.",
    "The signing of the fisheries agreement between Kenya and Tanzania took place in Mombasa.",
    "Kenya and Tanzania put pen to paper on a fisheries deal on Friday.",
])
def test_agreements_sealed_struck_and_signed(pipeline, sentence):
    found = coded_dyads(pipeline, "Lake deal.\n\n" + sentence)
    assert any(c == "057" and {s, t} == {"KENGOV", "TZAGOV"} for c, s, t in found), found


def test_settlements_struck_by_raiders_are_no_agreement(pipeline):
    text = "Raid.\n\nUgandan raiders struck three cattle settlements near Moroto overnight."
    assert "057" not in _codes(pipeline, text)


@pytest.mark.parametrize("sentence", [
    "Kenya voiced support for Tanzania's bid to host the games.",
    "Kenya threw its weight behind Tanzania's candidate on Friday.",
    "Kenya applauded Tanzania's decision on Friday.",
    "Kenya paid tribute to Tanzania's rescuers on Friday.",
])
def test_support_voiced_thrown_behind_and_applause(pipeline, sentence):
    assert _has(pipeline, "Praise.\n\n" + sentence, "051", "KEN", "TZA")


def test_petitioning_and_aid_sought(pipeline):
    assert _has(pipeline, "Plea.\n\nKenyan opposition leaders petitioned the Tanzanian parliament on Friday.",
                "020", "KENOPP", "TZA")
    assert _has(pipeline, "Flood.\n\nKenya sought emergency aid from Tanzania on Friday.", "023", "KEN", "TZA")


def test_suspects_handed_to_another_state_and_duties_cut(pipeline):
    assert _has(pipeline, "Smuggling.\n\nKenya handed the two smuggling suspects to Tanzania on Friday.",
                "063", "KEN", "TZA")
    assert _has(pipeline, "Trade.\n\nKenya lowered its tariffs on Tanzanian sugar on Friday.", "061", "KEN", "TZA")


@pytest.mark.parametrize("sentence, code", [
    ("Kenya extended a $40 million credit line to Tanzania on Friday.", "071"),
    ("Kenya granted Tanzania a $40 million loan on Friday.", "071"),
    ("Kenya lent Tanzania $40 million on Friday.", "071"),
    ("The Kenyan treasury disbursed $40 million to Tanzania on Friday.", "071"),
    ("Kenya delivered four patrol helicopters and two frigates to Tanzania on Friday.", "072"),
    ("Kenya airlifted tents and blankets to Tanzania on Friday.", "073"),
    ("Kenya gave refuge to two Tanzanian dissidents on Friday.", "075"),
])
def test_loans_arms_and_relief_in_their_usual_verbs(pipeline, sentence, code):
    assert _has(pipeline, "Help.\n\n" + sentence, code, "KEN", "TZA")


def test_loans_approved_by_a_lender(pipeline):
    text = "Lending.\n\nThe World Bank approved a $40 million loan to Tanzania on Friday."
    assert any(c == "071" and t.startswith("TZA") for c, _, t in coded_dyads(pipeline, text) if t)


def test_supplies_resumed_and_people_set_free(pipeline):
    assert _has(pipeline, "Thaw.\n\nKenya resumed imports of Tanzanian maize on Friday.", "085", "KEN", "TZA")
    assert _has(pipeline, "Thaw.\n\nKenya restored gas supplies to Tanzania on Friday.", "085", "KEN", "TZA")
    assert _has(pipeline, "Thaw.\n\nKenya set free 14 Tanzanian fishermen on Friday.", "0841", "KEN", "TZA")


def test_offensives_halted_and_pressure_yielded_to(pipeline):
    assert _has(pipeline, "Truce.\n\nThe Kenyan army halted its offensive against al-Shabaab on Friday.",
                "087", "KEN", "SOM")
    # yielding to pressure is yielding (080), refusing to yield a refusal to yield (124)
    assert _has(pipeline, "Dispute.\n\nKenya bowed to pressure from Tanzania on Friday.", "080", "KEN", "TZA")
    assert _has(pipeline, "Dispute.\n\nKenya said it would not bow to pressure from Tanzania.", "124", "KEN", "TZA")


def test_concern_at_anothers_moves_and_concerns_conveyed(pipeline):
    assert _has(pipeline, "Tension.\n\nKenya voiced concern over Tanzania's troop build-up on Friday.",
                "110", "KEN", "TZA")
    assert _has(pipeline, "Tension.\n\nKenya raised concerns with Tanzania over the fishing ban on Friday.",
                "110", "KEN", "TZA")
    assert _has(pipeline, "Tension.\n\nKenya conveyed its concerns to Tanzania on Friday.", "114", "KEN", "TZA")
    # concern with no act or party named is no event
    assert not any(c.startswith("11") for c in _codes(pipeline, "Floods.\n\nKenya is deeply concerned, "
                                                                "its foreign minister said on Friday."))


@pytest.mark.parametrize("sentence", [
    "Kenya lashed out at Tanzania on Friday.",
    "Kenya hit out at Tanzania over the fishing ban.",
    "The Kenyan president chided Tanzania on Friday.",
])
def test_headline_words_of_criticism(pipeline, sentence):
    found = coded_dyads(pipeline, "Row.\n\n" + sentence)
    assert any(c == "111" and s.startswith("KEN") and t.startswith("TZA") for c, s, t in found if s and t)
    assert not any(c.startswith("19") for c, _, _ in found)  # "hit out at" is no blow


def test_rejections_appeals_and_walkouts_from_talks(pipeline):
    assert _has(pipeline, "Row.\n\nKenya turned down Tanzania's offer on Friday.", "120", "KEN", "TZA")
    assert _has(pipeline, "Row.\n\nKenya brushed aside Tanzania's demands on Friday.", "120", "KEN", "TZA")
    assert _has(pipeline, "Row.\n\nKenya ruled out talks with Tanzania on Friday.", "125", "KEN", "TZA")
    assert _has(pipeline, "Row.\n\nKenya pulled out of the negotiations with Tanzania on Friday.", "164", "KEN", "TZA")
    # troops pulled out in a sentence that speaks of talks are still a withdrawal
    assert _has(pipeline, "Pullback.\n\nKenya pulled its troops out of Somalia on Friday before the talks.",
                "0874", "KEN", "SOM")
    verdict = "Court.\n\nThe Kenyan opposition lodged an appeal against the ruling of the Supreme Court on Friday."
    assert "020" not in _codes(pipeline, verdict)


def test_marches_on_and_pickets_of_a_building(pipeline):
    assert _has(pipeline, "Protest.\n\nHundreds of Kenyan farmers marched on the Tanzanian embassy on Friday.",
                "141", "KEN", "TZA")
    assert _has(pipeline, "Protest.\n\nKenyan activists picketed the Tanzanian embassy on Friday.",
                "141", "KEN", "TZA")


def test_talks_had_and_rounds_of_talks_held(pipeline):
    assert _has(pipeline, "Talks.\n\nKenyan President Amani Oduya had talks with Tanzanian President "
                "Rehema Mbwana on Friday.", "046", "KEN", "TZA")
    assert _has(pipeline, "Talks.\n\nKenya held a fresh round of talks with Tanzania on Friday.",
                "046", "KEN", "TZA")
