"""Reading and validating the YAML data files under ``newsgraph/data`` and the user's own files.

Every data file is a YAML mapping with a top-level ``version``. Failures raise
:class:`~newsgraph.errors.DictionaryError` naming the file and, when known, the bad entry.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Optional, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from newsgraph.errors import DictionaryError

__all__ = ["DATA_DIR", "SECTORS", "DictionaryError", "check_sector", "load_yaml", "validate_entry",
           "describe_validation_error"]

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

# CAMEO-style sector (agent) codes an actor, role or metonym may carry
SECTORS: frozenset[str] = frozenset(
    "GOV MIL REB OPP PTY MED ELI BUS LEG JUD COP CVL EDU IGO NGO SPY REL LAB "
    "HLH REF AGR CRM ENV UAF INS SEP RAD MOD IMG".split()
)

# Sectors that speak and act for a state: its government, armed forces, courts, legislature,
# police and intelligence services
STATE_SECTORS: frozenset[str] = frozenset({"GOV", "MIL", "JUD", "LEG", "COP", "SPY"})


def check_sector(code: Optional[str]) -> Optional[str]:
    """A sector code as given, or a ValueError naming the known ones (for pydantic validators)."""
    if code is None or code in SECTORS:
        return code
    raise ValueError(f"unknown sector {code!r}; known: {' '.join(sorted(SECTORS))}")


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """Safe loader (the C one where libyaml is present: ~10x faster) that leaves dates as strings.

    Dates are parsed by each file's schema, so a bad date is reported with its file and entry
    rather than as a YAML error, and ``2020-03`` and ``2020-03-01`` are read alike.
    """


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

ModelT = TypeVar("ModelT", bound=BaseModel)


def load_yaml(path: str | Path, required: tuple[str, ...] = ()) -> dict[str, Any]:
    """Parse a data file: a YAML mapping with a ``version`` and every key in ``required``.

    Every data file is read here; dates are left as strings (see :class:`_Loader`).
    """
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
