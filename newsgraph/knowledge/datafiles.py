"""Reading and validating the YAML data files under ``newsgraph/data`` and the user's own files.

Every data file is a YAML mapping with a top-level ``version``. Failures raise
:class:`~newsgraph.errors.DictionaryError` naming the file and, when known, the bad entry.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from newsgraph.errors import DictionaryError

__all__ = ["DATA_DIR", "DictionaryError", "load_yaml", "validate_entry", "describe_validation_error"]

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

# The C loader is several times faster; fall back to the pure-Python one where libyaml is missing.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

ModelT = TypeVar("ModelT", bound=BaseModel)


def load_yaml(path: str | Path, required: tuple[str, ...] = ()) -> dict[str, Any]:
    """Parse a data file: a YAML mapping with a ``version`` and every key in ``required``."""
    path = Path(path)
    try:
        with path.open(encoding="utf-8") as handle:
            data = yaml.load(handle, Loader=_Loader)  # noqa: S506 - a safe loader
    except OSError as exc:
        raise DictionaryError(path, f"cannot read data file: {exc.strerror or exc}") from exc
    except yaml.YAMLError as exc:
        raise DictionaryError(path, f"invalid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise DictionaryError(path, "a data file must be a YAML mapping with a top-level `version`")
    missing = [key for key in ("version", *required) if key not in data]
    if missing:
        raise DictionaryError(path, "missing top-level key(s): " + ", ".join(f"`{k}`" for k in missing))
    return data


def describe_validation_error(exc: ValidationError) -> str:
    """One line per problem: ``field.path: message``."""
    parts = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err["loc"]) or "entry"
        parts.append(f"{where}: {err['msg']}")
    return "; ".join(parts)


def validate_entry(path: str | Path, model: type[ModelT], raw: Any, entry: str) -> ModelT:
    """Build ``model`` from ``raw``; a failure names the file and the entry (e.g. its key or index)."""
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        raise DictionaryError(path, describe_validation_error(exc), entry=entry) from exc
