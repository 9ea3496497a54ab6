"""`newsgraph explain` tells the reason the events stage itself gave for each candidate it left out
(the trace `Pipeline.analyse` turns on), not a guess made afterwards."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.explain import explain
from newsgraph.pipeline.sides import TRACE_KEY

UNTARGETED = "needs one (data/untargeted.yaml"


def _outcomes(pipeline, text: str) -> dict[str, list[str]]:
    """Trigger word -> the outcome of each of its notes."""
    _, sentences = explain(pipeline, text)
    out: dict[str, list[str]] = {}
    for sentence in sentences:
        for note in sentence.notes:
            out.setdefault(note.trigger, []).append(note.outcome)
    return out


@pytest.mark.parametrize("text, trigger, code", [
    ("Tanzanian soldiers opened fire.", "opened", "193"),
    ("Ugandan police arrested.", "arrested", "173"),
])
def test_a_doer_without_a_target_is_left_out_for_the_target_its_code_needs(pipeline, text, trigger, code) -> None:
    outcome = _outcomes(pipeline, text)[trigger]
    assert outcome == [f"left out: no target, and code {code} {UNTARGETED} lists the acts that are events "
                       f"with only their doer named)"]


def test_target_words_that_name_no_actor_are_told(pipeline) -> None:
    # a hill, not an inhabited place: shelling a town is aimed at the state it lies in
    [outcome] = _outcomes(pipeline, "Kenyan troops shelled the hill.")["shelled"]
    assert outcome.startswith("left out: no target ('the hill' resolved to no actor), and code 194 ")


def test_a_future_act_is_not_told_as_done(pipeline) -> None:
    outcomes = _outcomes(pipeline, "Kenya would attack Uganda. Kenya is due to meet Uganda next month.")
    assert outcomes["attack"] == ["left out: not told as done (future)"]
    assert outcomes["meet"] == ["left out: not told as done (future)"]


def test_a_folded_second_report_names_its_event(pipeline) -> None:
    text = ("The Kenyan president Tom Barasa met the Ugandan president Sam Okello in Nairobi. "
            "The meeting between Barasa and Okello lasted two hours.")
    outcomes = _outcomes(pipeline, text)
    assert outcomes["met"] == ["event e1"]
    assert outcomes["meeting"] == ["another report of e1"]


def test_side_words_that_resolve_to_no_actor_are_named(pipeline) -> None:
    outcomes = _outcomes(pipeline, "They said the strangers had seized him.")
    assert outcomes["seized"] == ["left out: side words 'the strangers' and 'him' resolved to no actor"]


def test_a_second_act_of_one_dyad_in_a_sentence_names_the_kept_event(pipeline) -> None:
    outcomes = _outcomes(pipeline, "Kenya slammed the Ugandan government and criticised Uganda.")
    assert outcomes["slammed"] == ["event e1"]
    assert outcomes["criticised"] == ["left out: dropped as a second act of the same dyad and root in the "
                                      "sentence (kept e1)"]


def test_time_since_negation_and_recoding_are_told(pipeline) -> None:
    assert _outcomes(pipeline, "The border stayed quiet since Kenya signed a truce with Uganda.")["signed"] == [
        "left out: told as time since (a clause opened by 'since' dates the news; it is background)"]
    assert _outcomes(pipeline, "Poland did not attack Hungary.")["attack"] == ["left out: negated"]
    outcomes = _outcomes(pipeline, "France urged Russia to release the sailors.")
    assert outcomes["urged"] == ["event e1"]
    assert outcomes["release"] == ["left out: replaced by a recoding: coded as what the demand or appeal "
                                   "'urged' asks for or threatens"]


def test_extraction_keeps_no_trace(pipeline) -> None:
    text = "Kenya would attack Uganda. Tanzanian soldiers opened fire."
    doc = next(pipeline.nlp.pipe([pipeline.make_doc(text)], disable=["ng_record"]))
    assert TRACE_KEY not in doc._.ng_state
    doc, record = pipeline.analyse(text)
    assert doc._.ng_state[TRACE_KEY]
    assert record.model_dump_json() == pipeline.extract(text).model_dump_json()


def test_explain_json_gives_the_same_notes(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Kenya would attack Uganda.\n\nFrance urged Russia to release the sailors.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["explain", str(article), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    notes = {n["trigger"]: n for s in data["sentences"] for n in s["notes"]}
    assert notes["attack"]["outcome"] == "left out: not told as done (future)"
    assert notes["urged"]["outcome"] == "event e1" and notes["urged"]["code"] == "0253"
    assert [s["events"] for s in data["sentences"] if s["events"]] == [["e1"]]
