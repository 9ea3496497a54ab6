"""Speakers met on the set13 texts, checked on the team's own sentences: "the ministry said" after a
body of that kind named a few sentences before is that body, not a new nameless one whose country
was guessed from a place in between; a spokesperson titled by a body and given no name speaks for
that body, not for the spokesperson of another body named before."""
from __future__ import annotations

import pytest

from actor_helpers import extract  # noqa: F401 (extract is a fixture)
from quote_helpers import speaker_of


@pytest.mark.parametrize("text, words, want", [
    ("Asylum\n\nUruguay has given shelter to a former Paraguayan finance minister who sought safety in its "
     "embassy in Asuncion, the Uruguayan foreign ministry said on Tuesday.\n\nPedro Vargas reached the "
     "mission on Thursday, shortly before a court in Asuncion issued a warrant for him. The ministry said he "
     "faced \"persecution\" and asked Paraguay to grant him safe passage.\n\nParaguay protested. Its foreign "
     "ministry said he was a fugitive.\n",
     "he faced", "Uruguayan foreign ministry"),
    ("Refuge\n\nAlgeria has sheltered a Tunisian blogger, the Algerian foreign ministry said on Sunday.\n\n"
     "Omar Haddad crossed the border on Monday, hours before a judge in Tunis ordered his arrest. The ministry "
     "said he would be protected.\n", "he would be protected", "Algerian foreign ministry"),
    ("Refuge\n\nBrazil has sheltered a Venezuelan journalist, the Brazilian foreign ministry said on Wednesday."
     "\n\nLuis Mora reached the consulate on Tuesday, a day before a court in Caracas charged him with treason. "
     "The ministry said he had asked for asylum.\n", "he had asked for asylum", "Brazilian foreign ministry"),
])
def test_the_ministry_is_the_one_of_that_kind_named_before(extract, text, words, want):
    speaker = speaker_of(extract(text), words)
    assert speaker is not None and speaker.name == want


@pytest.mark.parametrize("speaker_words, want", [
    ("The Somali ministry", ("SOM", "GOV")),  # a body of another state, named as such
    ("The authority", None),  # a body of another kind
])
def test_a_body_of_another_state_or_kind_is_not_the_one_before(extract, speaker_words, want):
    record = extract("Flights\n\nThe Kenyan transport ministry suspended two charter airlines on Friday.\n\n"
                     f"One of their planes crashed in Somalia last month. {speaker_words} said inspectors had "
                     "found serious faults.\n")
    speaker = speaker_of(record, "inspectors had found")
    assert speaker is None or speaker.name != "Kenyan transport ministry"
    if want is not None:
        assert speaker is not None and (speaker.country, speaker.sector) == want


@pytest.mark.parametrize("text, words, want", [
    ("Exports\n\nEarlier that week, Foreign Ministry spokesperson Wang Lihua asked Washington to cancel the "
     "deal. The State Department spokesperson then said the United States was \"worried\" about the "
     "steps.\n", "the United States was", ("USA", "GOV")),
    ("Visas\n\nRussian Foreign Ministry spokeswoman Maria Zakharova called the ban hostile. The State "
     "Department spokesman said the rules would stay.\n", "the rules would stay", ("USA", "GOV")),
    ("Fishing\n\nChinese Foreign Ministry spokesman Lin Jian criticised the patrol. The Japanese Foreign Ministry "
     "spokesman said Tokyo had \"acted lawfully\".\n", "acted lawfully", ("JPN", "GOV")),
])
def test_a_spokesperson_titled_by_a_body_speaks_for_it(extract, text, words, want):
    speaker = speaker_of(extract(text), words)
    assert speaker is not None and (speaker.country, speaker.sector) == want
    assert speaker.type != "PERSON" or speaker.name.endswith(("spokesman", "spokesperson"))


def test_a_named_spokesperson_keeps_speaking(extract):
    # counter-case: "The spokesman said" after a named spokesman is that person
    record = extract("Tariffs\n\nOman's foreign ministry spokesman Salim Al-Harthi denounced the new tariffs. "
                     "The spokesman said Muscat would reply.\n")
    speaker = speaker_of(record, "Muscat would reply")
    assert speaker is not None and speaker.name == "Salim Al-Harthi"


@pytest.mark.parametrize("text, first, second, want", [
    ("Talks\n\nRuto said the talks had been \"frank and useful\", while Museveni hailed \"a new chapter\" in the ties "
     "between the two countries.\n", "frank and useful", "a new chapter", "Yoweri Museveni"),
    ("Visit\n\nSaleh told reporters that the talks were \"a first step toward trust\", while Lavrov praised "
     "\"the balanced position\" of Amman.\n", "a first step toward trust", "the balanced position", "Sergey Lavrov"),
    ("Summit\n\nErdogan said that Ankara \"will not abandon its brothers\", whereas Aliyev welcomed \"the firm "
     "support\" of Turkey.\n", "will not abandon its brothers", "the firm support", "Ilham Aliyev"),
])
def test_a_contrasted_turn_is_another_speakers(extract, text, first, second, want):
    record = extract(text)
    told = next(q for q in record.quotes if first in q.text)
    assert second not in told.text
    speaker = speaker_of(record, second)
    assert speaker is not None and speaker.name == want


def test_a_contrast_clause_without_a_cue_stays_in_the_report(extract):
    # counter-case: "while prices rose" is part of what was said, not another speaker's turn
    record = extract("Economy\n\nThe minister said wages had fallen, while prices rose sharply in the capital.\n")
    assert any("while prices rose" in q.text for q in record.quotes), [q.text for q in record.quotes]


@pytest.mark.parametrize("text, words, want", [
    ("Trade\n\nThe spokesperson of the Ministry of Industry Zhou Minghua told reporters that the companies "
     "\"ignored the law\". He added that the country \"welcomes honest investors\".\n",
     "welcomes honest investors", "Zhou Minghua"),
    ("Drills\n\nThe spokesman of the Ministry of National Defense Zhang Xiaogang said on Thursday that the drills "
     "were \"a stern warning\".\n", "a stern warning", "Zhang Xiaogang"),
    ("Ports\n\nThe spokesperson of the Ministry of Transport Li Wenbo said that the port \"will reopen soon\".\n",
     "will reopen soon", "Li Wenbo"),
])
def test_a_name_after_spokesperson_of_the_ministry_is_the_speaker(extract, text, words, want):
    speaker = speaker_of(extract(text), words)
    assert speaker is not None and speaker.name == want and speaker.type == "PERSON"


@pytest.mark.parametrize("body", ["Ministry of Public Works", "Ministry of Transport and Communications"])
def test_a_ministry_without_a_name_after_it_stays_whole(extract, body):
    # counter-case: the portfolio's last capitalised words are no personal name
    record = extract(f"Roads\n\nA spokesman of the {body} said the bridge would \"reopen in May\".\n")
    speaker = speaker_of(record, "reopen in May")
    assert speaker is not None and speaker.name == body


@pytest.mark.parametrize("text, words, want", [
    ("Asylum\n\nChile refused to hand over the former minister, officials said.\n\nChilean Foreign Minister Ana Soto "
     "said Santiago would not give him up and urged La Paz to respect the treaty. \"Refuge is a right of every "
     "person,\" she told a radio station.\n", "Refuge is a right", "Ana Soto"),
    ("Border\n\nPolice closed the crossing on Monday, officials said.\n\nInterior Minister Carla Mendes said the "
     "guards would not let him pass and asked Lisbon to send the papers. \"The law is the same for all,\" she told "
     "a newspaper.\n", "The law is the same", "Carla Mendes"),
    ("Clinics\n\nDoctors walked out on Monday, hospital officials said.\n\nHealth Minister Rosa Duarte said the "
     "nurses would not let him leave and asked Quito to pay the wages. \"Care comes first,\" she told a radio "
     "station.\n", "Care comes first", "Rosa Duarte"),
])
def test_a_pronoun_is_not_a_plural_group(extract, text, words, want):
    speaker = speaker_of(extract(text), words)
    assert speaker is not None and speaker.name == want
