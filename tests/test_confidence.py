"""The event-confidence model: loading and validation, features, scores and the min_confidence filter."""
from __future__ import annotations

import math
from dataclasses import replace

import pytest

from newsgraph.confidence import DEFAULT_MODEL_FILE, ConfidenceModel, event_features, record_features
from newsgraph.errors import DictionaryError
from newsgraph.model import Actor, Event, Record

STORY = (
    "Ministers from Ruritania and Freedonia met in Geneva on Monday. "
    "Ruritania's foreign minister, Anton Vell, accused Freedonia of shelling border villages. "
    "Freedonian police arrested two Ruritanian journalists in the capital on Tuesday."
)


def _record(events: list[Event], actors: list[Actor]) -> Record:
    return Record(id="x", text="A" * 400, title="T", actors=actors, events=events)


def _event(**kw) -> Event:
    base = dict(id="e1", code="112", root="11", quad_class=3, goldstein=-2.0, evidence="X accused Y.",
                start=10, end=18, rule="accuse.v", confidence=0.8)
    return Event(**{**base, **kw})


def test_packaged_model_loads_and_has_weights():
    model = ConfidenceModel.load()
    assert model.version >= 1
    assert len(model.weights) > 50
    assert "held-out" in model.trained_on


@pytest.mark.parametrize("name,content,complaint", [
    ("conf.yaml", "version: 1\nintercept: 0\nweights: {a: .nan}\n", "finite"),
    ("nan_intercept.yaml", "version: 1\nintercept: .nan\nweights: {}\n", "finite"),
    ("future.yaml", "version: 7\nintercept: 0\nweights: {}\n", "version"),
    ("missing_keys.yaml", "version: 1\nweights: {}\n", "intercept"),
])
def test_model_file_errors_name_the_file(tmp_path, name, content, complaint):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DictionaryError, match=rf"{name.replace('.', r'[.]')}.*{complaint}"):
        ConfidenceModel.load(path)


def test_probability_is_the_logistic_of_the_weighted_sum():
    model = ConfidenceModel(version=1, intercept=-1.0, weights={"a": 2.0, "b": -0.5})
    assert model.probability({}) == pytest.approx(1 / (1 + math.e), rel=1e-9)
    assert model.probability({"a": 1.0, "b": 2.0, "unknown": 5.0}) == pytest.approx(0.5)
    assert model.probability({"b": 1e6}) == 0.0


def test_features_describe_sides_code_and_telling():
    state = Actor(id="a1", name="Ruritania", type="GPE", country="RRR", sector="GOV", code="RRRGOV")
    group = Actor(id="a2", name="police", type="GROUP")
    event = _event(source="a1", target="a2", rule="accuse.v+accused", modality="reported",
                   evidence='He said "they lied".')
    f = event_features(event, {"a1": state, "a2": group}, 3, _record([event], [state, group]))
    assert f["rule=accuse.v"] == 1 and f["recoded=accused"] == 1
    assert f["code=112"] == f["root=11"] == f["quad=3"] == 1
    assert f["source.type=GPE"] == 1 and f["source.sector=GOV"] == 1 and f["source.coded"] == 1
    assert f["target.type=GROUP"] == 1 and f["target.sector=?"] == 1 and f["target.coded"] == 0
    assert f["modality=reported"] == 1 and f["evidence_quoted"] == 1
    assert f["events_in_sentence"] == pytest.approx(0.5)
    no_sides = event_features(_event(), {}, 1, _record([_event()], []))
    assert no_sides["source=none"] == no_sides["target=none"] == 1
    assert "same_country" not in no_sides


def test_scores_follow_the_weights_and_filter_drops_low_ones():
    state = Actor(id="a1", name="Ruritania", type="GPE", country="RRR", sector="GOV")
    coded = _event(id="e1", source="a1", target="a1")
    bare = _event(id="e2", source=None, target=None, start=50)
    record = _record([coded, bare], [state])
    model = ConfidenceModel(version=1, intercept=0.0, weights={"source.coded": 3.0, "source=none": -3.0})
    model.score(record)
    assert record.events[0].confidence > 0.9 > 0.1 > record.events[1].confidence
    statement = _event(id="e3", code="010", root="01", quad_class=1, goldstein=0.0, rule="say.v",
                       confidence=0.4, source=None, target=None)
    record.events.append(statement)
    model.score(record, min_confidence=0.5)
    assert [e.id for e in record.events] == ["e1", "e3"]  # a plain statement is not scored nor dropped
    assert record.events[1].confidence == 0.4
    assert len(record_features(record)) == 2


def test_pipeline_scores_events_with_the_packaged_model(pipeline):
    record = pipeline.extract(STORY)
    assert record.events, "the story codes events"
    model = ConfidenceModel.load()
    expected = [round(model.probability(f), 3) for f in record_features(record)]
    assert [e.confidence for e in record.events] == expected
    assert all(0 <= e.confidence <= 1 for e in record.events)


def test_min_confidence_setting_leaves_out_weak_events(pipeline):
    everything = pipeline.extract(STORY)
    scores = sorted(e.confidence for e in everything.events)
    assert len(set(scores)) >= 2, "the story codes events the model tells apart"
    strict = type(pipeline)(replace(pipeline.settings, min_confidence=scores[-1]))
    kept = strict.extract(STORY)
    assert kept.events and len(kept.events) == scores.count(scores[-1])


def test_default_model_file_is_packaged_data():
    assert DEFAULT_MODEL_FILE.name == "confidence.yaml" and DEFAULT_MODEL_FILE.exists()


def test_cli_min_confidence_option(tmp_path):
    import json

    from typer.testing import CliRunner

    from newsgraph.cli import app

    article = tmp_path / "story.txt"
    article.write_text("Border talks\n\n" + STORY + "\n", encoding="utf-8")
    runner = CliRunner()
    full = runner.invoke(app, ["extract", "--format", "jsonl", str(article)])
    assert full.exit_code == 0, full.output
    events = json.loads(full.stdout)["events"]
    top = max(e["confidence"] for e in events)
    cut = runner.invoke(app, ["extract", "--format", "jsonl", "--min-confidence", str(top), str(article)])
    assert cut.exit_code == 0, cut.output
    assert {e["id"] for e in json.loads(cut.stdout)["events"]} == {e["id"] for e in events if e["confidence"] >= top}
    bad = runner.invoke(app, ["extract", "--min-confidence", "1.5", str(article)])
    assert bad.exit_code != 0
