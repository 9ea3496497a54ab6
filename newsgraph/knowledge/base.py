"""All the knowledge the coder uses, loaded once per process and shared by the stages."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import yaml

from newsgraph.errors import DictionaryError
from newsgraph.knowledge.countries import CountryIndex
from newsgraph.knowledge.dictionary import ActorDictionary
from newsgraph.knowledge.roles import RoleLexicon

# which loader a user file belongs to, by its top-level key
_KINDS = {"actors": "actors", "roles": "roles", "countries": "countries", "patterns": "patterns"}


def sort_user_files(paths: Iterable[Path]) -> dict[str, list[Path]]:
    """Group user dictionary files by what they hold (their top-level key)."""
    groups: dict[str, list[Path]] = {k: [] for k in _KINDS.values()}
    for path in paths:
        path = Path(path)
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise DictionaryError(path, f"cannot read dictionary file: {exc}") from exc
        if not isinstance(data, dict):
            raise DictionaryError(path, "a dictionary file is a YAML mapping with a `version` and one of "
                                  + ", ".join(f"`{k}`" for k in _KINDS))
        kinds = [v for k, v in _KINDS.items() if k in data]
        if not kinds:
            raise DictionaryError(path, "no `actors`, `roles`, `countries` or `patterns` list found")
        for kind in kinds:
            groups[kind].append(path)
    return groups


@dataclass(frozen=True)
class Knowledge:
    countries: CountryIndex
    roles: RoleLexicon
    actors: ActorDictionary
    pattern_files: tuple[Path, ...] = ()

    @classmethod
    def load(cls, extra_files: Iterable[Path] = ()) -> "Knowledge":
        return _load(tuple(Path(p).resolve() for p in extra_files))


@lru_cache(maxsize=8)
def _load(extra_files: tuple[Path, ...]) -> Knowledge:
    groups = sort_user_files(extra_files)
    return Knowledge(
        countries=CountryIndex.load(groups["countries"]),
        roles=RoleLexicon.load(groups["roles"]),
        actors=ActorDictionary.load(groups["actors"]),
        pattern_files=tuple(groups["patterns"]),
    )
