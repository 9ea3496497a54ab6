"""Errors raised by newsgraph, with coded messages kept in one place.

Every message has a stable code (``E0xx`` for input, ``D0xx`` for data files) so that
logs, tests and documentation can refer to a failure without matching on wording.
All errors are picklable, so worker processes can hand them back to a batch runner.
"""
from __future__ import annotations

from pathlib import Path

__all__ = ["Errors", "NewsgraphError", "InputError", "DictionaryError"]


class Errors:
    """Message templates by code. Templates may carry ``str.format`` fields."""

    E001 = "no such file or directory"
    E002 = "too large ({size_mb:.1f} MB > {limit_mb:.1f} MB limit)"
    E003 = "file is not text (binary data{detail})"
    E004 = "empty (no text)"
    E005 = "cannot decode text: not valid UTF-8 and no other encoding fits confidently"
    E006 = "HTML yields no article text{detail}"
    E007 = "malformed JSON: {detail}"
    E008 = "JSON record has no text (expected a 'text', 'content' or 'body' field)"
    E009 = "cannot read: {detail}"
    E010 = "directory holds no input files (.txt .html .htm .json .jsonl .md)"
    E011 = "holds {count} articles; read it with iter_inputs()"
    E012 = "JSON record is not an object (got {kind})"

    @classmethod
    def message(cls, code: str, **fields: object) -> str:
        """The message for ``code`` with ``fields`` filled in (a missing ``detail`` reads as "")."""
        template: str = getattr(cls, code)
        return template.format_map(_OptionalDetail(fields))


class _OptionalDetail(dict):
    def __missing__(self, key: str) -> str:
        if key == "detail":
            return ""
        raise KeyError(key)


class NewsgraphError(Exception):
    """Base class of every error newsgraph raises on purpose."""


class InputError(NewsgraphError, ValueError):
    """An input (file, stdin, JSONL line) that cannot be read as an article.

    ``str(error)`` names the input first, e.g. ``"a.txt: E003 file is not text (binary data)"``
    or, for one line of a JSONL file, ``"feed.jsonl:7: E007 malformed JSON: ..."``.
    """

    def __init__(
        self, source: str, code: str, message: str | None = None, line: int | None = None
    ) -> None:
        if message is None:
            message = Errors.message(code)
        super().__init__(source, code, message, line)
        self.source = source
        self.code = code
        self.message = message
        self.line = line

    @classmethod
    def coded(
        cls, source: str | Path, code: str, *, line: int | None = None, **fields: object
    ) -> InputError:
        """Build the error for ``code``, filling its message template with ``fields``."""
        return cls(str(source), code, Errors.message(code, **fields), line)

    @property
    def location(self) -> str:
        """The input, with ``:line`` appended when the error concerns one line."""
        return self.source if self.line is None else f"{self.source}:{self.line}"

    def __str__(self) -> str:
        return f"{self.location}: {self.code} {self.message}"


class DictionaryError(NewsgraphError, ValueError):
    """A data file (dictionary, verb patterns, aliases) that fails validation.

    Names the file and, when known, the entry: ``"actors/x.yaml: entry 'Iraq': missing iso3"``.
    """

    def __init__(self, path: str | Path, message: str, entry: str | None = None) -> None:
        super().__init__(str(path), message, entry)
        self.path = str(path)
        self.message = message
        self.entry = entry

    def __str__(self) -> str:
        where = self.path if self.entry is None else f"{self.path}: entry {self.entry!r}"
        return f"{where}: {self.message}"
