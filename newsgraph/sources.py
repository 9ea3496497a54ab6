"""Reading input safely: files, directories, stdin, HTML pages and JSON/JSONL feeds.

Everything that can go wrong with an input (missing, binary, empty, too large, undecodable,
malformed HTML or JSON) becomes an :class:`~newsgraph.errors.InputError` naming the input.
:func:`read_path` and :func:`read_text` raise it; :func:`iter_inputs` yields it in place of the
article, so a batch logs the bad item and goes on.
"""
from __future__ import annotations

import codecs
import hashlib
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import dateparser
from charset_normalizer import from_bytes

from newsgraph.errors import InputError

__all__ = [
    "Article",
    "INPUT_SUFFIXES",
    "content_hash",
    "find_text_date",
    "iter_inputs",
    "iter_path",
    "read_path",
    "read_text",
]

DEFAULT_MAX_BYTES = 10_000_000
INPUT_SUFFIXES = frozenset({".txt", ".html", ".htm", ".json", ".jsonl", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
TEXT_FIELDS = ("text", "content", "body")
DATE_FIELDS = ("published", "date")


@dataclass
class Article:
    """One input article, decoded, with whatever metadata came with it."""

    raw: str
    source: str
    title: str | None = None
    published: date | None = None
    url: str | None = None
    language: str | None = None
    is_html: bool = False

    @property
    def hash(self) -> str:
        """The :func:`content_hash` of the text."""
        return content_hash(self.raw)


def content_hash(text: str) -> str:
    """A stable 16-hex-digit id of an article's text.

    Unicode form (NFC) and whitespace (line endings, runs of spaces, outer blanks) do not
    change the id, so one article saved twice with different newlines is stored once.
    """
    canonical = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


# --- bytes → str ------------------------------------------------------------------------

_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF"),
    (b"PK\x03\x04", "ZIP"),
    (b"PK\x05\x06", "ZIP"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"\x1f\x8b", "gzip"),
)
# UTF-32 before UTF-16: the UTF-32-LE mark begins with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control bytes other than tab, newline, vertical tab, form feed, carriage return and escape.
_CONTROL_BYTES = frozenset(range(0x20)) - {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B}
_CONTROL_SHARE_LIMIT = 0.10
_SNIFF_BYTES = 8192
# Western legacy encodings win ties: charset-normalizer often scores cp1250/cp1257 equal to
# cp1252 on French or Spanish text, and English-language news is overwhelmingly cp1252.
_PREFERRED_LEGACY = ("cp1252", "latin_1", "iso8859_15")


def _binary_kind(data: bytes) -> str | None:
    """Why ``data`` looks binary ("PDF", "NUL bytes", ...), or None when it looks like text."""
    for signature, kind in _BINARY_SIGNATURES:
        if data.startswith(signature):
            return f"{kind} signature"
    head = data[:_SNIFF_BYTES]
    if b"\x00" in head:
        return "NUL bytes"
    controls = sum(1 for byte in head if byte in _CONTROL_BYTES)
    if head and controls / len(head) > _CONTROL_SHARE_LIMIT:
        return "control characters"
    return None


def _decode_legacy(data: bytes) -> str | None:
    """Decode non-UTF-8 bytes when charset-normalizer finds a clear fit, else None."""
    matches = list(from_bytes(data))
    if not matches:
        return None
    best = min(matches, key=lambda m: (m.chaos, -m.coherence))
    tied = [m for m in matches if m.chaos <= best.chaos and m.coherence >= best.coherence]
    for preferred in _PREFERRED_LEGACY:
        if any(preferred in (m.encoding, *m.could_be_from_charset) for m in tied):
            try:
                return data.decode(preferred)
            except UnicodeDecodeError:  # cp1252 leaves five bytes undefined
                continue
    return str(best)


def _decode(data: bytes, source: str) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as err:
                raise InputError.coded(source, "E005") from err
    kind = _binary_kind(data)
    if kind:
        raise InputError.coded(source, "E003", detail=f", {kind}")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_legacy(data)
        if text is None:
            raise InputError.coded(source, "E005") from None
        return text


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# --- dates -----------------------------------------------------------------------------

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_FULL_DATE = re.compile(
    rf"\b(?:{_DAY}\s+{_MONTH},?\s+\d{{4}}"  # 3 January 2021
    rf"|{_MONTH}\s+{_DAY},?\s+\d{{4}}"  # January 3, 2021
    r"|\d{4}-\d{2}-\d{2})\b",  # 2021-01-03
    re.IGNORECASE,
)
# "BAGHDAD, Jan. 3, 2021 (Reuters) -": a place, a date, an optional agency, then a dash.
_DATELINE = re.compile(
    rf"^[^\n,]{{2,60}},\s*(?P<date>{_FULL_DATE.pattern})\s*(?:\([^)]{{1,40}}\))?\s*[-–—:]",
    re.IGNORECASE,
)
_DATE_LABEL = re.compile(r"^\s*(?:published|updated|posted|last updated|date)\b", re.IGNORECASE)
_SHORT_LINE = 100
_DATE_LINES = 3
_DATEPARSER_SETTINGS: dict[str, Any] = {
    "STRICT_PARSING": True,
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PREFER_DAY_OF_MONTH": "first",
    "PARSERS": ["absolute-time"],  # no "yesterday", "2 hours ago", timestamps
    "RETURN_AS_TIMEZONE_AWARE": False,
}
_EARLIEST_YEAR = 1900


def _parse_date(value: str) -> date | None:
    parsed = dateparser.parse(value, languages=["en"], settings=_DATEPARSER_SETTINGS)
    if parsed is None or parsed.year < _EARLIEST_YEAR:
        return None
    return parsed.date()


def find_text_date(text: str) -> date | None:
    """The publication date given in the first lines of an article, when clearly stated.

    Looks at the first three non-blank lines. A short line (a title, a "Published On 3 Mar
    2023" line, a byline) may carry any full date; a long lead paragraph counts only when it
    opens with a dateline ("BAGHDAD, Jan 3, 2021 (Reuters) -") or a "Published"/"Updated"
    label. Dates without a year, relative dates and numeric forms such as 03/01/2021 are
    ambiguous and ignored.
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()][:_DATE_LINES]
    for line in lines:
        dateline = _DATELINE.match(line)
        if dateline:
            candidate: str | None = dateline.group("date")
        elif len(line) <= _SHORT_LINE or _DATE_LABEL.match(line):
            found = _FULL_DATE.search(line[:_SHORT_LINE])
            candidate = found.group(0) if found else None
        else:
            candidate = None
        if candidate:
            parsed = _parse_date(candidate)
            if parsed:
                return parsed
    return None


def _metadata_date(value: Any) -> date | None:
    """A date from a metadata field: ISO strings, timestamps with time, or plain dates."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        return _parse_date(value)


# --- HTML ------------------------------------------------------------------------------

_HTML_START = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S)
_HTML_TAG = re.compile(r"<html\b", re.IGNORECASE)
_HTML_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)", re.I)


def _looks_like_html(text: str) -> bool:
    head = text[:2048]
    return bool(_HTML_START.match(head) or _HTML_TAG.search(head))


def _read_html(html: str, source: str, url: str | None = None) -> Article:
    import trafilatura  # heavy import, only needed for HTML input

    try:
        document = trafilatura.bare_extraction(
            html,
            url=url,
            include_comments=False,
            with_metadata=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as err:  # a third-party parser on untrusted markup: any failure is bad input
        raise InputError.coded(source, "E006", detail=f" ({type(err).__name__})") from err
    extracted = getattr(document, "text", None) or ""
    # trafilatura's plain text puts one block per line; the rest of newsgraph expects
    # paragraphs separated by blank lines.
    paragraphs = [line.strip() for line in extracted.splitlines() if line.strip()]
    text = "\n\n".join(paragraphs)
    if not any(ch.isalnum() for ch in text):
        raise InputError.coded(source, "E006")
    published = _metadata_date(getattr(document, "date", None)) or find_text_date(text)
    declared_language = _HTML_LANG.search(html[:_SNIFF_BYTES])
    return Article(
        raw=text,
        source=source,
        title=getattr(document, "title", None) or None,
        published=published,
        url=url or getattr(document, "url", None) or None,
        language=getattr(document, "language", None)
        or (declared_language.group(1).lower() if declared_language else None),
        is_html=True,
    )


# --- public readers --------------------------------------------------------------------


def _article_from_text(text: str, source: str, *, html: bool | None = None) -> Article:
    text = _normalise_newlines(text)
    if not text.strip():
        raise InputError.coded(source, "E004")
    if html or (html is None and _looks_like_html(text)):
        return _read_html(text, source)
    return Article(raw=text, source=source, published=find_text_date(text))


def read_text(data: bytes | str, source: str = "-") -> Article:
    """An article from text or bytes already in memory (stdin, a database, a test).

    Bytes are decoded as for files; HTML is recognised by its opening tags. Raises
    :class:`InputError` for binary, empty, undecodable or text-less HTML input.
    """
    if isinstance(data, bytes):
        if not data.strip():
            raise InputError.coded(source, "E004")
        data = _decode(data, source)
    return _article_from_text(data, source)


def _check_size(path: Path, max_bytes: int) -> None:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError.coded(path, "E001") from None
    except OSError as err:
        raise InputError.coded(path, "E009", detail=err.strerror or str(err)) from err
    if size > max_bytes:
        raise InputError.coded(path, "E002", size_mb=size / 1e6, limit_mb=max_bytes / 1e6)


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError.coded(path, "E001") from None
    except OSError as err:
        raise InputError.coded(path, "E009", detail=err.strerror or str(err)) from err


def _json_article(record: Any, source: str, line: int | None) -> Article:
    """An article from one decoded JSON value; ``source`` is the file it came from."""
    if not isinstance(record, dict):
        raise InputError.coded(source, "E012", line=line, kind=type(record).__name__)
    body = next((record[f] for f in TEXT_FIELDS if isinstance(record.get(f), str)), None)
    if body is None or not body.strip():
        raise InputError.coded(source, "E008", line=line)
    url = record.get("url") if isinstance(record.get("url"), str) else None
    record_id = record.get("id")
    where = f"{source}:{line}" if line is not None else source
    name = str(record_id) if record_id not in (None, "") else (url or where)
    try:
        article = _article_from_text(body, name)
    except InputError as err:
        raise InputError(source, err.code, err.message, line) from err
    title = record.get("title")
    if isinstance(title, str) and title.strip():
        article.title = title.strip()
    published = next(
        (d for d in (_metadata_date(record.get(f)) for f in DATE_FIELDS) if d), None
    )
    article.published = published or article.published
    article.url = url or article.url
    language = record.get("language")
    if isinstance(language, str) and language.strip():
        article.language = language.strip()
    return article


def _iter_jsonl(path: Path, max_bytes: int) -> Iterator[Article | InputError]:
    """One article per line; the size limit applies to each line, not to the whole file."""
    source = str(path)
    try:
        handle = path.open("rb")
    except FileNotFoundError:
        yield InputError.coded(path, "E001")
        return
    except OSError as err:
        yield InputError.coded(path, "E009", detail=err.strerror or str(err))
        return
    with handle:
        for number, raw_line in enumerate(handle, start=1):
            if len(raw_line) > max_bytes:
                size = len(raw_line)
                yield InputError.coded(
                    path, "E002", line=number, size_mb=size / 1e6, limit_mb=max_bytes / 1e6
                )
                continue
            if not raw_line.strip():
                continue
            try:
                record = json.loads(raw_line.decode("utf-8-sig" if number == 1 else "utf-8"))
            except UnicodeDecodeError:
                yield InputError.coded(path, "E005", line=number)
                continue
            except json.JSONDecodeError as err:
                yield InputError.coded(path, "E007", line=number, detail=err.msg)
                continue
            try:
                yield _json_article(record, source, number)
            except InputError as err:
                yield err


def _iter_json(path: Path, max_bytes: int) -> Iterator[Article | InputError]:
    """A .json file: one article object, or an array of them."""
    _check_size(path, max_bytes)
    text = _decode(_read_bytes(path), str(path))
    if not text.strip():
        raise InputError.coded(path, "E004")
    try:
        value = json.loads(text)
    except json.JSONDecodeError as err:
        raise InputError.coded(
            path, "E007", line=err.lineno, detail=f"{err.msg} (column {err.colno})"
        ) from err
    if isinstance(value, list):
        for index, record in enumerate(value):
            try:
                yield _json_article(record, f"{path}[{index}]", None)
            except InputError as err:
                yield err
    else:
        yield _json_article(value, str(path), None)


def iter_path(
    path: Path | str, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Article | InputError]:
    """Every article in one file: several for JSONL or a JSON array, otherwise one.

    Problems with single items of a multi-article file are yielded as :class:`InputError`;
    a problem with the file as a whole is raised.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        if not path.exists():
            raise InputError.coded(path, "E001")
        yield from _iter_jsonl(path, max_bytes)
    elif suffix == ".json":
        yield from _iter_json(path, max_bytes)
    else:
        yield read_path(path, max_bytes=max_bytes)


def read_path(path: Path | str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """The article in one file (.txt, .md, .html, .htm, one-record .json/.jsonl, or any text).

    The size is checked before reading. Raises :class:`InputError` naming the file for a
    missing, too large, binary, empty, undecodable or text-less file.
    """
    path = Path(path)
    source = str(path)
    suffix = path.suffix.lower()
    if suffix in (".json", ".jsonl"):
        items = list(iter_path(path, max_bytes=max_bytes))
        if len(items) != 1:
            if not items:
                raise InputError.coded(path, "E004")
            raise InputError.coded(path, "E011", count=len(items))
        item = items[0]
        if isinstance(item, InputError):
            raise item
        return item
    _check_size(path, max_bytes)
    data = _read_bytes(path)
    if not data.strip():
        raise InputError.coded(path, "E004")
    text = _decode(data, source)
    return _article_from_text(text, source, html=True if suffix in HTML_SUFFIXES else None)


def _is_hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _expand_directory(directory: Path) -> list[Path]:
    return sorted(
        p
        for p in directory.rglob("*")
        if p.suffix.lower() in INPUT_SUFFIXES and p.is_file() and not _is_hidden(p, directory)
    )


def _read_stdin(max_bytes: int) -> Article:
    data = sys.stdin.buffer.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError.coded("-", "E002", size_mb=len(data) / 1e6, limit_mb=max_bytes / 1e6)
    return read_text(data, "-")


def iter_inputs(
    paths: Iterable[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Article | InputError]:
    """Every article named by ``paths``, in order, never raising for a bad input.

    A directory expands to its input files (.txt .html .htm .json .jsonl .md), sorted and
    recursive, skipping hidden files and folders; ``"-"`` reads stdin. A bad file or JSONL
    line yields an :class:`InputError` in its place, so a batch can log it and go on.
    """
    for name in paths:
        if str(name) == "-":
            try:
                yield _read_stdin(max_bytes)
            except InputError as err:
                yield err
            continue
        path = Path(name)
        if path.is_dir():
            files = _expand_directory(path)
            if not files:
                yield InputError.coded(path, "E010")
        else:
            files = [path]
        for file in files:
            try:
                yield from iter_path(file, max_bytes=max_bytes)
            except InputError as err:
                yield err
