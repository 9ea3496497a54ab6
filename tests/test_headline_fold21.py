"""A headline's act noun told as the occasion of another act ("shuts border after attack") is not
that act told again: it is the attack the body tells, and folds into it."""
from __future__ import annotations

ARTICLE = """Ghana shuts border with Togo after attack on police post

ACCRA, June 9 (Reuters) - Ghana closed its border with Togo on Monday after gunmen killed four officers at a police post near Bawku, the interior ministry said.

Officials said the assailants fled across the border before dawn.
"""


def test_the_headline_attack_folds_into_the_killing_not_the_closure(pipeline):
    record = pipeline.extract(ARTICLE)
    by_code = {e.code[:3]: e for e in record.events}
    closure, killing = by_code["191"], by_code["190"]
    headline_end = ARTICLE.index("\n")
    attack_at = ARTICLE.index("attack")
    assert [m.start for m in killing.mentions if m.start < headline_end] == [attack_at]
    assert all(m.start != attack_at for m in closure.mentions)


ARMY = """Chad: the army announces to have neutralized 40 terrorists near the lake

N'DJAMENA, 15 April (APA) - The Chadian army has announced this Tuesday to have neutralized about forty terrorists of Boko Haram during an operation
of sweeping in the islands of Lake Chad, according to a communique of the general staff.

Four soldiers have lost the life and eleven others were wounded, precises the text. The operation was launched after the attack of Sunday against a post of the army at Barkaram, which had caused the death of seven soldiers.

The President of the Transition, Mahamat Idriss Deby, has visited on Monday the wounded at the military hospital of N'Djamena and has promised to "avenge our martyrs".

The Nigerian army has saluted the operation and has reaffirmed its will to cooperate with Chad within the Multinational Joint Task Force (MNJTF).
"""


def test_the_army_of_a_headline_and_the_named_army_of_the_lead_tell_one_act(pipeline):
    record = pipeline.extract(ARMY)
    neutralized = [e for e in record.events if e.rule.startswith("neutralize")]
    assert len(neutralized) == 1
    assert len(neutralized[0].mentions) == 2


def test_people_held_in_a_headline_fold_into_the_group_the_lead_names(pipeline):
    record = pipeline.extract("Police detain 25 in Kampala\n\nKAMPALA, July 8 (Reuters) - Ugandan police detained "
                              "25 nurses in Kampala on Monday after a march over unpaid salaries, officials said.\n")
    arrests = [e for e in record.events if e.code == "173"]
    assert len(arrests) == 1 and len(arrests[0].mentions) == 2


def test_an_army_answering_with_bullets_is_no_crowd_control(pipeline):
    record = pipeline.extract("Rebels of the Kivu Front responded with bullets when Congolese soldiers advanced "
                              "on their positions near Goma.")
    assert not [e for e in record.events if e.code == "175"]


def test_a_party_named_twice_does_not_act_on_itself(pipeline):
    record = pipeline.extract("Malawi's opposition rejects election result, vows court challenge\n\n"
                              "LILONGWE, Sept 2 (Reuters) - Malawi's main opposition party on Wednesday rejected "
                              "the official result of last week's presidential election and said it would "
                              "challenge it in the Constitutional Court.\n")
    for event in record.events:
        if event.source and event.target:
            source = next(a for a in record.actors if a.id == event.source)
            target = next(a for a in record.actors if a.id == event.target)
            assert source.code != target.code or source.type == "GPE", (source.name, target.name)
