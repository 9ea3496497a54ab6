"""Speaker classes from first-sight misses, second round: a bare "the company" / "the firm" that
stands for the named business before it, not for a new nameless one."""
from __future__ import annotations

import pytest


def _quotes(pipeline, text: str) -> dict[str, str | None]:
    record = pipeline.extract(text)
    names = {a.id: a.name for a in record.actors}
    return {q.text: names.get(q.speaker) for q in record.quotes}


def _speaker_of(pipeline, text: str, words: str) -> str | None:
    found = _quotes(pipeline, text)
    return next(speaker for quoted, speaker in found.items() if words in quoted)


@pytest.mark.parametrize("text, words, speaker", [
    ("Shares of Harbour Line Logistics fell on Monday after regulators fined the shipper. In a short "
     "statement, the company said it had \"followed every rule\" and would appeal.",
     "followed every rule", "Harbour Line Logistics"),
    ("Regulators suspended the licence of Baltic Amber Freight on Tuesday. The firm said it would "
     "\"fight the decision in court\".", "fight the decision in court", "Baltic Amber Freight"),
    ("The airline Sky Meridian Airways cancelled 40 flights on Friday after a strike by pilots. The "
     "airline said it hoped to restore its schedule by Monday.", "restore its schedule", "Sky Meridian Airways"),
    # named several sentences back: the one business of the article
    ("WASHINGTON - The Treasury on Tuesday blacklisted Nordvik Shipping Lines over oil cargoes. The "
     "department said the tankers had switched off their transponders. Officials in Oslo declined to "
     "comment. Nordvik rejected the charge. The company said it had \"never carried sanctioned oil\".",
     "never carried sanctioned oil", "Nordvik Shipping Lines"),
])
def test_the_company_speaks_for_the_business_named_before(pipeline, text, words, speaker):
    assert _speaker_of(pipeline, text, words) == speaker


@pytest.mark.parametrize("text, words, speaker", [
    # a ministry or an NGO is no company: the nameless company stays its own speaker
    ("The Ministry of Finance fined several exporters on Monday. The company said it would appeal.",
     "it would appeal", "company"),
    ("The group Reporters Without Borders condemned the arrest. The company said profits rose.",
     "profits rose", "company"),
    # a body of the state that the text names by the noun keeps its own reading
    ("The central bank raised rates on Thursday. The bank said inflation was \"still too high\".",
     "still too high", "central bank"),
])
def test_the_company_does_not_take_a_body_of_another_kind(pipeline, text, words, speaker):
    assert _speaker_of(pipeline, text, words) == speaker


@pytest.mark.parametrize("text, words, speaker", [
    ("The Kenyan foreign ministry summoned Uganda's envoy and expressed its \"serious concern\" over "
     "the arrests, according to two officials.", "serious concern", "Kenyan foreign ministry"),
    ("The Vatican recalled its nuncio and conveyed its \"profound dismay\" to the government, "
     "according to diplomats in Rome.", "profound dismay", "Vatican"),
    ("The Foreign Ministry summoned the Dutch ambassador and expressed its \"deep regret\", according "
     "to diplomats familiar with the meeting.", "deep regret", "Foreign Ministry"),
])
def test_words_voiced_by_the_subject_are_not_the_reporters(pipeline, text, words, speaker):
    """ "X conveyed its "concern", according to officials": X voiced the words; the officials only
    tell of it."""
    assert _speaker_of(pipeline, text, words) == speaker


@pytest.mark.parametrize("text, words, speaker", [
    # no speech verb owns the quoted words: the source phrase still tells the whole clause
    ("The army shelled the district overnight, killing \"dozens of civilians\", according to witnesses.",
     "The army shelled the district", "witnesses"),
    ("Rebels \"executed prisoners\" in the town, according to Human Rights Watch.",
     "executed prisoners", "Human Rights Watch"),
])
def test_a_source_phrase_still_tells_a_clause_without_a_voice(pipeline, text, words, speaker):
    assert _speaker_of(pipeline, text, words) == speaker


@pytest.mark.parametrize("text, words, speaker", [
    ("MOGADISHU - Somalia's army retook the town on Friday. Two security officials said the militants "
     "fled north. One of them said the army had lost three soldiers.", "lost three soldiers",
     "Two security officials"),
    ("LAGOS - Gunmen freed 200 inmates from a jail in Kogi state overnight, three police officers said. "
     "One of them said the attackers used explosives to breach the wall.", "used explosives",
     "three police officers"),
    ("KYIV - Several residents said the shelling lasted all night. One of them told reporters that "
     "\"nobody slept\".", "nobody slept", "Several residents"),
])
def test_one_of_them_speaks_for_the_people_told_before(pipeline, text, words, speaker):
    assert _speaker_of(pipeline, text, words) == speaker


def test_one_of_them_is_not_the_object_of_the_sentence_before(pipeline):
    # the journalists were met, not telling: no speaker is made up for them
    text = "KYIV - The minister met two journalists on Monday. One of them said the meeting was short."
    assert _speaker_of(pipeline, text, "the meeting was short") is None


@pytest.mark.parametrize("text, words, speaker", [
    ("The Government of National Unity in Tripoli thanked the Tunisian police for \"their swift action\", "
     "and Prime Minister Ali Zeidan ordered an inquiry.", "their swift action", "Government of National Unity"),
    ("The government in Accra thanked the Togolese police for \"their swift action\", and President John "
     "Mahama ordered an inquiry into the escape.", "their swift action", "government"),
    ("The ruling party praised the army for \"its restraint\", and opposition leader Juan Perez called "
     "for calm.", "its restraint", "ruling party"),
])
def test_quoted_words_belong_to_their_own_clause_subject(pipeline, text, words, speaker):
    """A person named in a clause joined after the quoted words did not say them."""
    assert _speaker_of(pipeline, text, words) == speaker


def test_a_person_in_the_quoting_clause_keeps_the_words(pipeline):
    text = "President Maia Sandu thanked the EU for \"its steady support\" on Monday."
    assert _speaker_of(pipeline, text, "its steady support") == "Maia Sandu"
