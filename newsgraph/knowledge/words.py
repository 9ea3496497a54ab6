"""The small word lists the pipeline's rules read (``newsgraph/data/words.yaml``).

Loaded and validated once per process by :func:`get_words`; :func:`load_words` reads any file
of the same shape and raises :class:`~newsgraph.errors.DictionaryError` naming the file and
the bad entry.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, field_validator

from newsgraph.errors import DictionaryError
from newsgraph.knowledge.cameo import get_cameo
from newsgraph.knowledge.datafiles import DATA_DIR, load_yaml, validate_entry

__all__ = ["Words", "DEFAULT_FILE", "get_words", "load_words"]

DEFAULT_FILE = DATA_DIR / "words.yaml"
_WORD = re.compile(r"[a-z]+")


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    @field_validator("*")
    @classmethod
    def _lower_case_words(cls, words: frozenset[str], info) -> frozenset[str]:
        if info.field_name.endswith("_codes"):
            return words
        bad = sorted(w for w in words if not _WORD.fullmatch(w))
        if bad:
            raise ValueError("a word is one lower-case word, not " + ", ".join(repr(w) for w in bad))
        return words


class ActorWords(_Section):
    framing_preps: frozenset[str]
    building_prepositions: frozenset[str]
    local_office_words: frozenset[str]
    region_kinds: frozenset[str]


class EventWords(_Section):
    pure_naming_verbs: frozenset[str]
    label_frame_nouns: frozenset[str]
    holding_participles: frozenset[str]
    fighting_nouns: frozenset[str]
    shipping_participles: frozenset[str]
    guilt_words: frozenset[str]
    law_enforcement: frozenset[str]
    accusing_verbs: frozenset[str]
    claiming_verbs: frozenset[str]
    claimed_nouns: frozenset[str]
    depriving_verbs: frozenset[str]
    witness_nouns: frozenset[str]
    rejecting_verbs: frozenset[str]
    summary_nouns: frozenset[str]
    attack_means: frozenset[str]
    weighing_verbs: frozenset[str]
    rival_modifiers: frozenset[str]
    particle_words: frozenset[str]


class SideWords(_Section):
    answering_force: frozenset[str]
    ceasefire_codes: frozenset[str]
    neutralising_verbs: frozenset[str]
    combat_words: frozenset[str]
    kin_nouns: frozenset[str]


class SharedWords(_Section):
    nobody_heads: frozenset[str]
    nobody_determiners: frozenset[str]


class Words(BaseModel):
    """Every list in words.yaml, by the module that reads it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    actors: ActorWords
    events: EventWords
    sides: SideWords
    shared: SharedWords


def load_words(path: str | Path = DEFAULT_FILE) -> Words:
    """Read and validate a words file; codes must be CAMEO codes."""
    data = load_yaml(path, required=tuple(Words.model_fields))
    words = validate_entry(path, Words, {k: v for k, v in data.items() if k != "version"}, entry="words")
    cameo = get_cameo()
    for section_name in Words.model_fields:
        for name, values in getattr(words, section_name):
            unknown = sorted(v for v in values if name.endswith("_codes") and v not in cameo)
            if unknown:
                raise DictionaryError(path, f"{section_name}.{name}: not CAMEO codes: " + ", ".join(unknown),
                                      entry=f"{section_name}.{name}")
    return words


@lru_cache(maxsize=1)
def get_words() -> Words:
    """The packaged word lists, loaded once per process."""
    return load_words()
