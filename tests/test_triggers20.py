"""Acts whose trigger never fired before session 20: custody told as "held", ultimatums to leave,
and the suspension of a channel's broadcasts or the summoning of an envoy told in translation.

- People "held for" a time or for questioning, or "held on suspicion", are detained (173); talks held
  for two days or next week, and hostages held for months, are no detentions.
- "Gave the envoy 48 hours to leave" expels (174), the time read by the parser as the object or as an
  adverb with "to leave" hung on it; giving permission to do something is no ultimatum.
- An authority suspending "the diffusion" of a channel's programmes sanctions the channel (172);
  training programmes suspended are no broadcast.
- An envoy "convoked" (the French "convoquer") or "called in" is summoned (114); the army called in is not.
- People "placed in custody" (the French "placé en garde à vue") are detained (173).
"""
from __future__ import annotations

from event_helpers import coded, coded_dyads, dyads


def _codes(pipeline, text: str) -> set[str]:
    return {d[0] for d in dyads(pipeline, text)}


def test_reporters_held_for_hours_were_detained(pipeline):
    text = ("Reporters freed in Lusaka\n\n"
            "Zambian police detained two reporters of the Lusaka Courier on Monday. "
            "The reporters were held for 36 hours and questioned about their sources, the paper said.")
    found = coded(pipeline, text, "173")
    assert found and all(t is not None for _, _, t in found)
    record = pipeline.extract(text)
    assert any(e.rule == "hold.for.time.v" or any(m.evidence and "held for 36 hours" in m.evidence
                                                  for m in e.mentions or [])
               for e in record.events if e.code == "173")


def test_held_on_suspicion_is_detention(pipeline):
    text = ("Editor detained in Dodoma\n\n"
            "A police spokesman said Amani Kiwelu was being held on suspicion of spreading fake reports.")
    assert any(d[0] == "173" and d[2] == "Amani Kiwelu" for d in dyads(pipeline, text))


def test_talks_held_for_two_days_are_no_detention(pipeline):
    text = ("Talks in Nairobi\n\n"
            "Kenya and Somalia held talks for two days in Nairobi, the foreign ministry said.")
    assert "173" not in _codes(pipeline, text)


def test_talks_held_next_week_are_no_detention(pipeline):
    text = ("Trade talks\n\n"
            "Ghana's trade minister spoke with his Togolese counterpart, and both said they would hold "
            "talks in Lome next week.")
    assert "173" not in _codes(pipeline, text)


def test_hostages_held_for_months_stay_hostages(pipeline):
    text = ("Hostages freed\n\n"
            "The hostages were held for five months by the rebels in the forest, the army said.")
    assert "173" not in _codes(pipeline, text)


def test_envoy_given_hours_to_leave_is_expelled(pipeline):
    text = ("Moldova expels Armenian envoy\n\n"
            "The Moldovan Foreign Ministry gave the Armenian ambassador 48 hours to leave Moldova.")
    assert any(d[0] == "174" and d[1] is not None and d[1].startswith("MDA") and d[2] is not None
               and d[2].startswith("ARM") for d in coded_dyads(pipeline, text))


def test_envoys_given_hours_read_as_an_adverb(pipeline):
    # the parser hangs "48 hours" on the verb as an adverb and "to leave" on the hours
    text = ("Chile expels envoys\n\n"
            "The Foreign Ministry of Chile gave the Bolivian consul and two other diplomats 48 hours to leave Chile.")
    assert any(d[0] == "174" and d[2] is not None and d[2].startswith("BOL") for d in coded_dyads(pipeline, text))


def test_giving_permission_is_no_ultimatum(pipeline):
    text = ("Ferry resumes\n\n"
            "Tanzania gave Kenya permission to resume ferry services on Lake Victoria.")
    assert not {"174", "100"} & _codes(pipeline, text)


def test_suspending_the_diffusion_of_a_channel(pipeline):
    text = ("Niger suspends broadcaster\n\n"
            "Niger's media regulator has suspended on Monday, for one month, the diffusion of all "
            "programmes of the French channel France 24.")
    assert any(d[0] == "172" for d in dyads(pipeline, text))


def test_training_programmes_suspended_are_no_broadcast_ban(pipeline):
    text = ("Drills halted\n\n"
            "Joint training programmes with the Kenyan army were suspended on Monday, the minister said.")
    assert "172" not in _codes(pipeline, text)




def test_envoy_convoked_in_translation_is_summoned(pipeline):
    text = ("Row over visas\n\n"
            "Cameroon convoked on Monday the High Commissioner of Nigeria in Yaounde, the foreign ministry said.")
    assert ("114", "CMRGOV", "NGAGOV") in coded_dyads(pipeline, text)


def test_envoy_called_in_is_summoned(pipeline):
    text = ("Row over cyber attack\n\n"
            "Britain called in the Russian ambassador on Monday over the cyber attack, the Foreign Office said.")
    assert ("114", "GBRGOV", "RUSGOV") in coded_dyads(pipeline, text)


def test_calling_in_the_army_is_no_summons(pipeline):
    text = ("Unrest in Lusaka\n\nThe Zambian government called in the army to restore order in Lusaka.")
    assert "114" not in _codes(pipeline, text)


def test_placed_in_custody_is_detention(pipeline):
    text = ("Consul detained\n\n"
            "The Algerian consul was placed in police custody in Lyon on Tuesday, French prosecutors said.")
    assert any(d[0] == "173" and d[2] is not None and d[2].startswith("DZA") for d in coded_dyads(pipeline, text))
