"""newsgraph: evidence-grounded event data from news articles.

The public names load lazily, so that ``import newsgraph`` stays fast and spaCy is imported
only when a pipeline is first needed::

    import newsgraph
    record = newsgraph.extract("...")          # one text, default settings
    pipeline = newsgraph.load()                # reuse the loaded model for many texts
    for record in pipeline.pipe(texts): ...
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Pipeline", "Record", "extract", "load", "__version__"]

if TYPE_CHECKING:
    from newsgraph.core import Pipeline, extract
    from newsgraph.model import Record
    from newsgraph.settings import Settings


def load(settings: "Settings | None" = None, **overrides: Any) -> "Pipeline":
    """A ready pipeline (model and dictionaries loaded); keyword overrides as for `Settings`."""
    from newsgraph.core import Pipeline

    return Pipeline(settings, **overrides)


_LAZY = {"Pipeline": "newsgraph.core", "extract": "newsgraph.core", "Record": "newsgraph.model"}


def __getattr__(name: str) -> Any:
    module_name = _LAZY.get(name)
    if module_name is None:
        raise AttributeError(f"module 'newsgraph' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module_name), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
