"""How far to trust each coded event: a logistic model over what the record says about the event.

The events stage leaves in each event's ``confidence`` the prior of the pattern that fired. The
pipeline replaces it with the model's estimate of the probability that a hand-coder would code the
same act, with the same root and sides, in the same sentence. The features are read from the
record alone, so a stored record can be scored again with another model. The model is a data file
(``data/confidence.yaml``: an intercept and one weight per feature), trained by
``bench/train_confidence.py`` on the team's held-out gold; users may train and load their own
(``Settings.confidence_model``).
"""
from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator

from newsgraph.knowledge.datafiles import DATA_DIR, load_yaml, validate_entry
from newsgraph.model import Actor, Event, Record

__all__ = ["ConfidenceModel", "event_features", "DEFAULT_MODEL_FILE"]

DEFAULT_MODEL_FILE = DATA_DIR / "confidence.yaml"

_SIDE_MENTIONS_CAP = 10
_EVENT_MENTIONS_CAP = 4
_EVIDENCE_WORDS_CAP = 80
_EVENTS_IN_SENTENCE_CAP = 6
_QUOTE_MARKS = frozenset('"“”')
STATEMENT_ROOT = "01"


class ConfidenceModel(BaseModel):
    """An intercept and feature weights; features not listed weigh nothing."""

    model_config = ConfigDict(frozen=True)  # loaded once per file and shared by pipelines

    version: Literal[1]
    trained_on: str = Field("", description="what the weights were fitted to, and how well they rank")
    intercept: float
    weights: dict[str, float]

    @field_validator("intercept")
    @classmethod
    def _finite_intercept(cls, intercept: float) -> float:
        if not math.isfinite(intercept):
            raise ValueError("the intercept must be a finite number")
        return intercept

    @field_validator("weights")
    @classmethod
    def _finite(cls, weights: dict[str, float]) -> dict[str, float]:
        bad = [name for name, w in weights.items() if not math.isfinite(w)]
        if bad:
            raise ValueError(f"weights must be finite numbers: {', '.join(bad[:5])}")
        return weights

    @classmethod
    def load(cls, path: Optional[str | Path] = None) -> "ConfidenceModel":
        """The model in `path` (the packaged one by default), validated."""
        return _load(str(Path(path or DEFAULT_MODEL_FILE).resolve()))

    def probability(self, features: dict[str, float]) -> float:
        """The model's probability for one event's features."""
        z = self.intercept + sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        if z < -30:  # exp overflows far past where the probability rounds to 0 anyway
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))

    def score(self, record: Record, min_confidence: float = 0.0) -> Record:
        """Set each event's `confidence` from the model (3 decimals); drop those under `min_confidence`.

        Plain statements (root 01) are no events to the scorer the model was fitted with: they keep
        their pattern's prior and are never dropped."""
        features = record_features(record)
        for event, feats in zip(record.events, features):
            if event.root != STATEMENT_ROOT:
                event.confidence = round(self.probability(feats), 3)
        if min_confidence > 0:
            record.events = [e for e in record.events
                             if e.root == STATEMENT_ROOT or e.confidence >= min_confidence]
        return record


@lru_cache(maxsize=8)
def _load(path: str) -> ConfidenceModel:
    data = load_yaml(path, required=("intercept", "weights"))
    return validate_entry(path, ConfidenceModel, data, entry="model")


def record_features(record: Record) -> list[dict[str, float]]:
    """The features of every event of the record, in order (see `event_features`)."""
    actors = {a.id: a for a in record.actors}
    per_sentence = Counter(e.evidence for e in record.events)
    return [event_features(e, actors, per_sentence[e.evidence], record) for e in record.events]


def event_features(event: Event, actors: dict[str, Actor], events_in_sentence: int,
                   record: Record) -> dict[str, float]:
    """What the record says about one event, as named numbers: the pattern and code, the kind and
    codes of each side, modality and negation, how often it is reported, where and how it is told."""
    f: dict[str, float] = {}
    base, *recodings = event.rule.split("+")
    f["rule=" + base] = 1.0
    for recoding in recodings:
        f["recoded=" + recoding] = 1.0
    f["trigger_pos=" + base.rsplit(".", 1)[-1][:2]] = 1.0
    f["code=" + event.code] = 1.0
    f["root=" + event.root] = 1.0
    f[f"quad={event.quad_class}"] = 1.0
    for side, actor_id in (("source", event.source), ("target", event.target)):
        actor = actors.get(actor_id) if actor_id else None
        if actor is None:
            f[side + "=none"] = 1.0
            continue
        f[f"{side}.type={actor.type}"] = 1.0
        f[f"{side}.sector={actor.sector or '?'}"] = 1.0
        f[side + ".coded"] = float(bool(actor.country or actor.sector))
        if actor.anonymous:
            f[side + ".anonymous"] = 1.0
        f[side + ".mentions"] = min(len(actor.mentions), _SIDE_MENTIONS_CAP) / _SIDE_MENTIONS_CAP
    source, target = actors.get(event.source or ""), actors.get(event.target or "")
    if event.source and event.source == event.target:
        f["source_is_target"] = 1.0
    if source and target and source.country and source.country == target.country:
        f["same_country"] = 1.0
    f[f"modality={event.modality}"] = 1.0
    if event.negated:
        f["negated"] = 1.0
    f["reports"] = min(len(event.mentions), _EVENT_MENTIONS_CAP) / _EVENT_MENTIONS_CAP
    f["position_in_text"] = event.start / max(len(record.text), 1)
    f["evidence_words"] = min(len(event.evidence.split()), _EVIDENCE_WORDS_CAP) / _EVIDENCE_WORDS_CAP
    f["evidence_quoted"] = float(any(ch in _QUOTE_MARKS for ch in event.evidence))
    f["events_in_sentence"] = min(events_in_sentence, _EVENTS_IN_SENTENCE_CAP) / _EVENTS_IN_SENTENCE_CAP
    f["in_title"] = float(bool(record.title) and event.start < len(record.title) + 2)
    return f
