"""Evaluative statements in quotations become criticism (CAMEO 11) and praise (051) events."""
from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.core import Pipeline
from newsgraph.errors import DictionaryError
from newsgraph.pipeline.evaluations import EVALUATIONS_FILE, load_evaluations


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def evaluations(pipeline, text):
    """(code, source name, target name, mention count) of every evaluation event of `text`."""
    record = pipeline.extract(text)
    names = {a.id: a.name for a in record.actors}
    return [(e.code, names.get(e.source), names.get(e.target), len(e.mentions))
            for e in record.events if e.rule.startswith("evaluation:")]


def test_observer_finding_criticises_the_state(pipeline):
    text = ("Monitors of the European Union watched the vote in Belarus on Sunday. "
            "The European Union said that there were serious irregularities at many polling stations.")
    found = evaluations(pipeline, text)
    assert [(code[:2], src, tgt) for code, src, tgt, _ in found] == [("11", "European Union", "Belarus")]


def test_accusation_term_is_coded_as_accuse(pipeline):
    text = "Belarus held a vote on Sunday. The European Union said that fraud marred the count."
    codes = [code for code, *_ in evaluations(pipeline, text)]
    assert codes == ["112"]


def test_praise_of_a_well_prepared_vote(pipeline):
    text = ("Georgia held a parliamentary vote on Sunday. "
            "The European Union said the election commission was well prepared and the count was transparent.")
    record = pipeline.extract(text)
    by_id = {a.id: a for a in record.actors}
    found = [(e.code, by_id[e.source].name, by_id[e.target].country)
             for e in record.events if e.rule.startswith("evaluation:")]
    # the praised body is Georgia's election commission (or Georgia itself): a Georgian target
    assert found == [("051", "European Union", "GEO")]


def test_negated_or_restricted_praise_becomes_criticism(pipeline):
    text = "Georgia held a vote on Sunday. The European Union said there was a lack of transparency in the count."
    assert [code[:2] for code, *_ in evaluations(pipeline, text)] == ["11"]
    text = "Georgia held a vote on Sunday. The European Union said that the count was not transparent."
    assert [code[:2] for code, *_ in evaluations(pipeline, text)] == ["11"]


def test_negated_failing_is_no_event(pipeline):
    text = "Georgia held a vote on Sunday. The European Union said that there were no irregularities in the count."
    assert evaluations(pipeline, text) == []


def test_failing_to_be_remedied_is_no_finding(pipeline):
    text = "Georgia held a vote on Sunday. The European Union said that the parties must solve the problems soon."
    assert evaluations(pipeline, text) == []


def test_no_target_no_event(pipeline):
    # no state named anywhere: nobody to aim the criticism at
    assert evaluations(pipeline, "The European Union said that there were serious problems.") == []


def test_a_state_speaker_does_not_criticise_its_own_country(pipeline):
    text = ("Kenya held a vote on Sunday. The Kenyan interior minister Fred Otieno said that there were "
            "serious problems at the polling stations.")
    assert evaluations(pipeline, text) == []


def test_criticism_coded_by_a_verb_is_not_coded_twice(pipeline):
    text = "Belarus held a vote on Sunday. The European Union condemned Belarus for the serious violations."
    record = pipeline.extract(text)
    criticisms = [e for e in record.events if e.root == "11"]
    assert len(criticisms) == 1 and not criticisms[0].rule.startswith("evaluation:")


def test_one_speakers_findings_fold_into_one_event(pipeline):
    text = ("Belarus held a vote on Sunday. The European Union said that there were serious problems. "
            "The European Union said that access to the media was limited.")
    found = evaluations(pipeline, text)
    assert [(code[:2], src, tgt, n) for code, src, tgt, n in found] == [("11", "European Union", "Belarus", 2)]


def test_packaged_lexicon_loads():
    lexicon = load_evaluations()
    assert lexicon.terms["violation"][0].code == "112"
    assert lexicon.terms["prepared"][0].modifier == "well"


def test_bad_code_names_the_file_and_entry(tmp_path: Path):
    bad = tmp_path / "evaluations.yaml"
    bad.write_text(EVALUATIONS_FILE.read_text(encoding="utf-8").replace('problem: "111"', 'problem: "051"'),
                   encoding="utf-8")
    with pytest.raises(DictionaryError) as excinfo:
        load_evaluations(bad)
    assert "negative.problem" in str(excinfo.value) and str(bad) in str(excinfo.value)


def test_malformed_word_and_missing_key_are_clear_errors(tmp_path: Path):
    bad = tmp_path / "evaluations.yaml"
    bad.write_text('version: 1\nnegative: {"Big Problem!": "111"}\npositive: {}\nnegators: [no]\n', encoding="utf-8")
    with pytest.raises(DictionaryError, match="one or two lowercase words"):
        load_evaluations(bad)
    bad.write_text("version: 1\nnegative: {}\npositive: {}\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="negators"):
        load_evaluations(bad)


def test_unresolved_speaker_falls_back_to_the_actor_its_words_name(pipeline):
    from newsgraph.pipeline.evaluations import evaluation_events

    text = ("Belarus held a vote on Sunday. Serious irregularities marred the count, according to a "
            "statement of the European Union monitoring mission.")
    doc, record = pipeline.analyse(text)
    table = doc._.ng_state["actors"]
    quotes = [q.model_copy(update={"speaker": None}) for q in doc._.ng_state["quotes"]]
    assert quotes and all(q.speaker_text for q in quotes)
    found = evaluation_events(doc, table, quotes, [])
    names = {key: table.drafts[key].names[0] for key in table.drafts}
    assert [(e.candidate.code, names[e.source_id], names[e.target_id]) for e in found] == \
        [("112", "European Union", "Belarus")]
    assert evaluation_events(doc, table, [q.model_copy(update={"speaker_text": None}) for q in quotes], []) == []


def test_possible_failing_is_no_finding(pipeline):
    text = "Belarus held a vote on Sunday. The European Union said that a late count could lead to irregularities."
    assert evaluations(pipeline, text) == []


def test_owner_of_the_failing_is_the_target(pipeline):
    text = ("Observers watched the vote in Georgia on Sunday. The European Union said that there were "
            "serious violations by the Russian army.")
    found = evaluations(pipeline, text)
    assert [(code, src) for code, src, _, _ in found] == [("112", "European Union")]
    assert found[0][2] in ("Russian army", "Armed Forces of the Russian Federation")


def test_the_opposition_criticises_its_own_government(pipeline):
    text = ("Kenya held a vote on Sunday. Kenyan opposition leader Raila Odinga said that there was "
            "massive fraud at the polling stations.")
    found = evaluations(pipeline, text)
    assert [(code[:2], src, tgt) for code, src, tgt, _ in found] == [("11", "Raila Odinga", "Kenya")]


def test_anti_prefix_and_requests_find_no_fault(pipeline):
    text = ("Kenya set up a new anti-corruption court, the government said on Monday. "
            "Amnesty International urged Kenya to ensure fair trials.")
    assert evaluations(pipeline, text) == []
