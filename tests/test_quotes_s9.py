"""Quote classes from first-sight misses: quoted headline labels, quoted accused parties, plural noun
objects misread as clauses, and nameless officials of a named service."""
from __future__ import annotations

import pytest


def _quotes(pipeline, text: str) -> dict[str, str | None]:
    record = pipeline.extract(text)
    names = {a.id: a.name for a in record.actors}
    return {q.text: names.get(q.speaker) for q in record.quotes}


@pytest.mark.parametrize("text", [
    "'Betrayal': Kenyan union walks out of wage talks\n\nNAIROBI - The union said the offer was an insult.",
    "'Hypocrisy': Mali rejects French criticism of election delay\n\nBAMAKO - The junta met on Monday.",
    "'Treason': Armenia's opposition condemns border deal with Baku\n\nYEREVAN - The deal was signed on Monday.",
])
def test_a_quoted_headline_label_is_no_speaker(pipeline, text):
    found = _quotes(pipeline, text)
    headline = text.split("\n", 1)[0].split(": ", 1)[1]
    assert not any(headline in quoted for quoted in found)


def test_a_named_headline_label_still_speaks(pipeline):
    found = _quotes(pipeline, "Amnesty International: the mass trial in Tunis was unfair\n\n"
                              "TUNIS - The court sentenced 40 people on Monday.")
    assert found.get("the mass trial in Tunis was unfair") == "Amnesty International"


@pytest.mark.parametrize("text, accused", [
    ("President Adama Barrow accused \"hostile foreign circles\" of trying to undermine the election.",
     "hostile foreign circles"),
    ("Prime Minister Edi Rama accused \"some foreign embassies\" of meddling in the campaign.",
     "some foreign embassies"),
    ("The junta accused \"certain Western capitals\" of arming the rebels in the north.",
     "certain Western capitals"),
])
def test_a_quoted_accused_party_is_not_a_quote(pipeline, text, accused):
    assert accused not in " ".join(_quotes(pipeline, text))


def test_a_quoted_charge_after_accused_stays_a_quote(pipeline):
    found = _quotes(pipeline, "The interior minister accused the opposition leaders of plotting "
                              "\"a coup against the people\".")
    assert "a coup against the people" in found


@pytest.mark.parametrize("text, phrase", [
    ("The interior ministry announced the visa curbs late on Friday.", "visa curbs"),
    ("Australia's home affairs minister announced the visa bans on Wednesday, citing abuses against "
     "protesters.", "visa bans"),
    ("The minister announced the visa limits late on Thursday.", "visa limits"),
])
def test_an_announced_plural_noun_phrase_is_no_content_clause(pipeline, text, phrase):
    assert not any(phrase in quoted for quoted in _quotes(pipeline, text))


@pytest.mark.parametrize("text, content", [
    ("The agency reported the army controls the town.", "the army controls the town"),
    ("The ministry announced that the curbs would start on Friday.", "the curbs would start on Friday"),
    ("The ministry announced the asset freezes late on Tuesday, saying the firms had funded the militia.",
     "the firms had funded the militia"),
])
def test_real_content_clauses_of_the_same_verbs_stay(pipeline, text, content):
    assert content in _quotes(pipeline, text)


@pytest.mark.parametrize("text, content, body", [
    ("Gunmen attacked a jail in Kenya on Sunday. The inmates had been held for months, a prison official "
     "told reporters. A spokesman for the Kenya Prisons Service, John Otieno, said 20 inmates had been "
     "recaptured.", "The inmates had been held for months", "Kenya Prisons Service"),
    ("Two deputies switched sides in the vote, a parliamentary official said. The National Assembly of "
     "Serbia adopted the budget on Friday.", "Two deputies switched sides in the vote",
     "National Assembly of Serbia"),
    ("A police source said the suspects were caught near the border. The Ghana Police Service later "
     "confirmed the arrests.", "the suspects were caught near the border", "Ghana Police Service"),
])
def test_a_nameless_official_of_a_service_speaks_for_its_named_body(pipeline, text, content, body):
    assert _quotes(pipeline, text).get(content) == body


def test_the_official_named_again_speaks_for_the_same_body(pipeline):
    found = _quotes(pipeline, "The inmates had been held for months, a prison official told reporters. "
                              "\"They came at night,\" the official said. A spokesman for the Kenya Prisons "
                              "Service, John Otieno, said 20 inmates had been recaptured.")
    assert found.get("They came at night") == "Kenya Prisons Service"


@pytest.mark.parametrize("text, content", [
    ("A Togolese police source said the suspects had crossed from Ghana. The Ghana Police Service denied "
     "any knowledge of them.", "the suspects had crossed from Ghana"),
    ("A prison official said the riot lasted two hours. Officials at the Uganda Prisons Service and the "
     "Kenya Prisons Service met on Monday.", "the riot lasted two hours"),
])
def test_a_body_of_another_state_or_one_of_two_is_not_the_officials(pipeline, text, content):
    assert "Service" not in (_quotes(pipeline, text).get(content) or "")


@pytest.mark.parametrize("text, content, party", [
    ("HARARE - Zimbabwe's ruling ZANU-PF party said on Friday that the sanctions were illegal and unjust.",
     "the sanctions were illegal and unjust", "ZANU-PF"),
    ("BUDAPEST - Hungary's ruling Fidesz party said the report was written by foreign-funded activists.",
     "the report was written by foreign-funded activists", "Fidesz"),
    ("MANAGUA - Nicaragua's ruling Sandinista National Liberation Front party said the vote was fair and "
     "clean.", "the vote was fair and clean", "Sandinista National Liberation Front"),
])
def test_a_party_named_inside_a_possessed_description_speaks(pipeline, text, content, party):
    assert _quotes(pipeline, text).get(content) == party


def test_a_possessed_ministry_keeps_its_description(pipeline):
    found = _quotes(pipeline, "CAIRO - Egypt's foreign ministry said the talks had failed.")
    assert found.get("the talks had failed") == "Egypt's foreign ministry"


@pytest.mark.parametrize("text, content, body", [
    ("The African Union exhorted the two governments to resume the talks \"for the good of both peoples\", "
     "while President William Ruto said he was ready to host them.", "for the good of both peoples",
     "African Union"),
    ("The Andean Community exhorted Peru and Ecuador to settle the dispute \"in a spirit of brotherhood\". "
     "President Daniel Noboa said he was open to talks.", "in a spirit of brotherhood", "Andean Community"),
    ("The Organization of American States exhorted the parties to respect \"the will of the voters\". "
     "President Luis Arce said the count was clean.", "the will of the voters", "Organization of American States"),
])
def test_a_fragment_after_exhorted_is_the_subjects(pipeline, text, content, body):
    assert _quotes(pipeline, text).get(content) == body


@pytest.mark.parametrize("text", [
    "The Red Cross exhorted the warring parties to spare civilians.",
    "The bishops exhorted the faithful to pray for peace.",
])
def test_exhorted_without_quotation_marks_reports_nothing(pipeline, text):
    assert _quotes(pipeline, text) == {}


@pytest.mark.parametrize("text, content, court", [
    ("The International Criminal Court on Monday issued a warrant for the general. In a 40-page decision, "
     "the judges said there were \"reasonable grounds to believe\" he ordered the killings.",
     "reasonable grounds to believe", "International Criminal Court"),
    ("The East African Court of Justice heard the case on Monday. The judges said the ban was lawful and "
     "proportionate.", "the ban was lawful and proportionate", "East African Court"),
    ("Ghana's Supreme Court dismissed the petition on Monday. The judges said the election had been free "
     "and fair.", "the election had been free and fair", "Ghana's Supreme Court"),
])
def test_the_judges_speak_for_the_court_the_article_names(pipeline, text, content, court):
    assert _quotes(pipeline, text).get(content) == court


def test_judges_of_one_of_two_courts_stay_judges(pipeline):
    found = _quotes(pipeline, "The International Criminal Court and the International Court of Justice met on "
                              "Monday. The judges said the cases were separate.")
    assert found.get("the cases were separate") == "judges"


@pytest.mark.parametrize("text, content, body", [
    ("The electoral commission rejected a statement by foreign observers that said the count had been "
     "\"opaque and slow\". The observation mission of the European Union, which sent 90 monitors, said in a "
     "report that the opposition had been denied airtime.", "opaque and slow", "European Union"),
    ("Monitors said the ceasefire was broadly holding. The OSCE's special monitoring mission has 500 staff.",
     "the ceasefire was broadly holding", "OSCE's special monitoring mission"),
    ("The government dismissed a report by international monitors that said the election was \"deeply "
     "flawed\". The Commonwealth's observer mission, led by a former president, said in its statement that "
     "the count was slow.", "deeply flawed", "Commonwealth's observer mission"),
])
def test_nameless_observers_speak_for_the_named_observation_mission(pipeline, text, content, body):
    found = _quotes(pipeline, text)
    assert [speaker for quoted, speaker in found.items() if content in quoted] == [body]


def test_observers_with_no_mission_named_stay_unattributed(pipeline):
    found = _quotes(pipeline, "Observers said the vote was calm. The European Union and the African Union "
                              "sent teams.")
    assert found.get("the vote was calm") is None
