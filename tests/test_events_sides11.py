"""Sides of events (set13 first-sight classes): the teller of a name is no party, a passive retells
an act told before, and "the two sides" after a meeting named in the same sentence."""
from __future__ import annotations

import pytest

from event_helpers import coded_dyads, dyads


# --- the teller of a name or a description is no side ------------------------------------------
@pytest.mark.parametrize("text, doer, undergoer", [
    ("Russia's FSB said it had detained a Latvian citizen on suspicion of spying. The woman, identified "
     "by Russian state media as Ilze Ozola, was arrested in Pskov last month.",
     "Federal Security Service", "Latvian citizen"),
    ("Kenyan police said they had detained a British tourist. The man, named by local newspapers as "
     "John Smith, was arrested at a hotel in Mombasa on Friday.", "Kenyan police", "British tourist"),
    ("Venezuela said it had detained an American citizen. The man, described by state television as a "
     "mercenary, was arrested near the Colombian border.", "Venezuela", "American citizen"),
])
def test_the_teller_of_a_name_is_no_side(pipeline, text, doer, undergoer):
    arrests = [d for d in dyads(pipeline, text) if d[0] == "173"]
    assert len(arrests) == 2
    assert all(d[1:] == (doer, undergoer) for d in arrests)


def test_an_agent_of_another_act_still_names_a_party(pipeline):
    # "arrested by Turkish police" is no naming clause: the phrase keeps reading as before
    got = dyads(pipeline, "The journalist, arrested by Turkish police in March, was released on Friday.")
    assert any(target == "Turkish police" for _, _, target in got)


# --- "the two sides" after a meeting told in the same sentence ----------------------------------
@pytest.mark.parametrize("text, first, second", [
    ("Moroccan Foreign Minister Karim Bensaid received his Tunisian counterpart Hedi Mansouri in Rabat, "
     "where the two sides signed an accord on fisheries.", "Karim Bensaid", "Hedi Mansouri"),
    ("Indian Prime Minister Arjun Mehta welcomed Japanese Prime Minister Kenji Tanaka to New Delhi, "
     "where the two leaders signed a pact on rail investment.", "Arjun Mehta", "Kenji Tanaka"),
    ("Kenya's president Daniel Kamau hosted Ethiopian Prime Minister Tesfaye Gebru in Nairobi, where the two "
     "sides signed a deal on electricity exports.", "Daniel Kamau", "Tesfaye Gebru"),
    ("Ghana's president John Mahama hosted Togo's president Faure Gnassingbe in Accra on Monday, where "
     "both men signed a security pact.", "John Mahama", None),
])
def test_the_two_sides_where_they_met(pipeline, text, first, second):
    signed = [d for d in dyads(pipeline, text) if d[0] == "057"]
    assert len(signed) == 1
    assert signed[0][1] == first
    assert signed[0][2] is not None and signed[0][2] != signed[0][1]
    if second is not None:
        assert signed[0][2] == second


def test_a_pair_joined_by_and_is_unchanged(pipeline):
    got = dyads(pipeline, "Iran and Egypt signed a memorandum of understanding on Sunday.")
    assert ("057", "Iran", "Egypt") in got




# --- the owner of a seized thing, not where it was bound -----------------------------------------
@pytest.mark.parametrize("text, seizer, owner", [
    ("Somali forces seize Eritrean weapons consignment headed to militants", "Somali forces", "Eritrea"),
    ("The Greek coast guard seized a Turkish fishing boat headed for Crete.", "Hellenic Coast Guard", "Turkey"),
    ("Indian police confiscated a Pakistani drone carrying weapons for militants in Punjab.", "Indian police",
     "Pakistan"),
])
def test_a_seizure_is_aimed_at_the_owner_its_nationality_names(pipeline, text, seizer, owner):
    seized = [d for d in dyads(pipeline, text) if d[0].startswith("171")]
    assert seized and seized[0][1:] == (seizer, owner)


def test_a_seizure_of_goods_a_possessor_holds_is_unchanged(pipeline):
    got = dyads(pipeline, "Police seized the rebels' weapons near the border on Monday.")
    assert ("171", "Police", "rebels") in got


def test_a_court_s_sentence_is_not_retold_as_a_charge(pipeline):
    got = dyads(pipeline, "A court in Minsk sentenced the activist Ivan Petrov to ten years in prison on Friday.\n\n"
                          "Petrov was charged with organising protests.")
    assert ("173", "court", "Ivan Petrov") in got  # the sentence
    assert got.count(("173", "court", "Ivan Petrov")) == 1  # the charge is not the court's


# --- a bare number is of the people counted before, not the state's population -------------------
@pytest.mark.parametrize("text, code, undergoer", [
    ("Turkish police have detained hundreds of Syrian refugees in Istanbul this month. More than 2,000 were "
     "deported across the border last week, officials said.", "174", "Syrian refugees"),
    ("The Iraqi army said it had captured dozens of Islamic State fighters near Mosul. At least 40 were "
     "arrested on Tuesday alone.", "173", "Islamic State fighters"),
    ("Navy commandos stormed the hijacked tanker off Oman on Friday after Somali pirates refused to "
     "surrender. Three of the pirates were killed and five were detained, the navy said.", "173",
     "Somali pirates"),
])
def test_a_bare_number_is_of_the_people_counted_before(pipeline, text, code, undergoer):
    acts = [d for d in dyads(pipeline, text) if d[0] == code]
    assert acts and acts[-1][2] == undergoer


def test_people_counted_by_their_noun_are_unchanged(pipeline):
    # "20 people" names its own crowd: the state's civilians
    got = coded_dyads(pipeline, "Kenyan police broke up a protest in Nairobi on Monday. Police said 20 people were "
                                "arrested.")
    assert ("173", "KENCOP", "KENCVL") in got, got


# --- an envoy stands for the state that sent him ------------------------------------------------
@pytest.mark.parametrize("text, summoner, state_code", [
    ("Latvia's Foreign Ministry has summoned Belarus's charge d'affaires, Oleg Varanets, late on Tuesday.",
     "Latvia's Foreign Ministry", "BLRGOV"),
    ("Estonia summoned Russia's charge d'affaires, Ivan Volkov, over the airspace violation.", "Estonia", "RUSGOV"),
])
def test_a_summoned_envoy_counts_for_his_state(pipeline, text, summoner, state_code):
    # the envoy is either coded as his state's official or replaced by his state as the side
    record = pipeline.extract(text)
    by_id = {a.id: a for a in record.actors}
    summons = [e for e in record.events if e.code == "114"]
    assert summons and by_id[summons[0].source].name == summoner
    assert by_id[summons[0].target].code == state_code


def test_a_coded_envoy_stays_himself(pipeline):
    got = dyads(pipeline, "Poland summoned Russia's ambassador, Sergei Andreev, to protest the drone incursion.")
    assert ("114", "Poland", "Sergei Andreev") in got
