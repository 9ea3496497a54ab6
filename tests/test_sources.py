"""Reading input: encodings, bad input, HTML, JSON/JSONL, directories, dates, hashing."""
from __future__ import annotations

import io
import json
import pickle
import sys
from datetime import date
from pathlib import Path

import pytest

from newsgraph.errors import DictionaryError, InputError
from newsgraph.sources import (
    Article,
    content_hash,
    find_text_date,
    iter_inputs,
    read_path,
    read_text,
)

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

STORY = (
    "Ministers meet in Lisbon\n\n"
    "The foreign ministers of the two countries met in Lisbon on Thursday and agreed to "
    "reopen their embassies, a spokeswoman said.\n\n"
    "\u201cThis is a fresh start,\u201d one of the ministers told reporters.\n"
)

WESTERN_STORY = (
    "Señor Muñoz told reporters in Zürich that the café owners’ association was "
    "“deeply concerned” — and that talks in Genève would resume. "
) * 3

HTML_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <title>Envoys agree prisoner swap | Example Wire</title>
  <meta property="og:title" content="Envoys agree prisoner swap">
  <meta property="article:published_time" content="2022-05-04T10:00:00Z">
</head>
<body>
  <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/subscribe">Subscribe now</a></nav>
  <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies.</div>
  <article>
    <h1>Envoys agree prisoner swap</h1>
    <p>Envoys from the two neighbouring states agreed on Wednesday to exchange dozens of
    prisoners held since the border clashes of last year, mediators said.</p>
    <p>The exchange is expected to take place next week at a crossing point monitored by the
    International Committee of the Red Cross, according to a statement from the mediators.</p>
    <p>"We hope this step builds the trust needed for a lasting settlement," one of the envoys
    told reporters after the meeting.</p>
  </article>
  <aside><h3>Most read</h3><ul><li><a href="/a">Celebrity wedding photos</a></li>
  <li><a href="/b">Ten recipes for summer</a></li></ul></aside>
  <footer>Copyright 2022 Example Media. All rights reserved. Privacy policy. Contact us.</footer>
</body>
</html>
"""


def write(path: Path, data: bytes | str) -> Path:
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


# --- encodings -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        STORY.encode("utf-8"),
        b"\xef\xbb\xbf" + STORY.encode("utf-8"),
        STORY.encode("utf-16"),  # Python writes a byte-order mark
        STORY.encode("utf-16-be").join([b"\xfe\xff", b""]),
        STORY.encode("utf-32"),
    ],
    ids=["utf8", "utf8-bom", "utf16-le-bom", "utf16-be-bom", "utf32-bom"],
)
def test_unicode_encodings_decode_to_the_same_text(tmp_path: Path, data: bytes) -> None:
    article = read_path(write(tmp_path / "story.txt", data))
    assert article.raw == STORY
    assert article.source == str(tmp_path / "story.txt")
    assert not article.is_html


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_legacy_western_encodings(tmp_path: Path, encoding: str) -> None:
    text = WESTERN_STORY if encoding == "cp1252" else (
        "Le ministre a visité la région près de Besançon. Les élèves étaient très "
        "contents. À bientôt, dit-il à la presse après la réunion à Genève. "
    ) * 2
    article = read_path(write(tmp_path / "legacy.txt", text.encode(encoding)))
    assert article.raw == text


def test_windows_newlines_are_normalised(tmp_path: Path) -> None:
    article = read_path(write(tmp_path / "crlf.txt", STORY.replace("\n", "\r\n")))
    assert article.raw == STORY


def test_invalid_utf8_without_a_clear_encoding_is_rejected(tmp_path: Path) -> None:
    noise = bytes((0x80 + (i * 37) % 0x80) for i in range(600))  # high bytes, no structure
    path = write(tmp_path / "garbled.txt", b"Report: " + noise)
    with pytest.raises(InputError) as caught:
        read_path(path)
    assert caught.value.code == "E005"
    assert str(caught.value).startswith(f"{path}: E005")


# --- bad input -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data,detail",
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "ZIP"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (b"GIF89a\x01\x00\x01\x00", "GIF"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip"),
        (b"plain words then a NUL \x00 byte", "NUL"),
        (bytes(range(1, 32)) * 4 + b"some letters", "control"),
    ],
)
def test_binary_input_is_rejected(tmp_path: Path, data: bytes, detail: str) -> None:
    path = write(tmp_path / "thing.txt", data)
    with pytest.raises(InputError) as caught:
        read_path(path)
    error = caught.value
    assert error.code == "E003" and error.source == str(path)
    assert str(error).startswith(f"{path}: E003 file is not text (binary data")
    assert detail in str(error)


@pytest.mark.parametrize("data", [b"", b"   \n\n\t  \r\n", "\ufeff \n".encode("utf-8")])
def test_empty_input_is_rejected(tmp_path: Path, data: bytes) -> None:
    path = write(tmp_path / "empty.txt", data)
    with pytest.raises(InputError, match=r"E004 empty") as caught:
        read_path(path)
    assert caught.value.source == str(path)


def test_oversized_file_is_rejected_before_reading(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: 20 MB on paper, nothing on disk
        handle.truncate(20_000_000)

    def refuse(*args, **kwargs):
        raise AssertionError("the file was read")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(InputError) as caught:
        read_path(path)
    assert caught.value.code == "E002"
    assert "too large (20.0 MB > 10.0 MB limit)" in str(caught.value)


def test_size_limit_is_configurable(tmp_path: Path) -> None:
    path = write(tmp_path / "story.txt", STORY)
    with pytest.raises(InputError, match="E002"):
        read_path(path, max_bytes=10)
    assert read_path(path, max_bytes=len(STORY.encode()) + 1).raw == STORY


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"nope\.txt: E001 no such file"):
        read_path(tmp_path / "nope.txt")


def test_input_errors_survive_pickling() -> None:
    error = InputError.coded("feed.jsonl", "E007", line=4, detail="Expecting value")
    copy = pickle.loads(pickle.dumps(error))
    assert str(copy) == str(error) == "feed.jsonl:4: E007 malformed JSON: Expecting value"
    assert (copy.source, copy.code, copy.line) == ("feed.jsonl", "E007", 4)


def test_input_error_default_message() -> None:
    assert str(InputError("a.txt", "E003")) == "a.txt: E003 file is not text (binary data)"


def test_dictionary_error_names_file_and_entry() -> None:
    assert str(DictionaryError("actors.yaml", "bad code")) == "actors.yaml: bad code"
    error = DictionaryError(Path("data/actors.yaml"), "missing iso3", entry="Iraq")
    assert str(error) == "data/actors.yaml: entry 'Iraq': missing iso3"
    assert str(pickle.loads(pickle.dumps(error))) == str(error)


# --- HTML ------------------------------------------------------------------------------


def test_html_main_text_without_boilerplate(tmp_path: Path) -> None:
    article = read_path(write(tmp_path / "page.html", HTML_PAGE))
    assert article.is_html
    assert article.title == "Envoys agree prisoner swap"
    assert article.published == date(2022, 5, 4)
    assert article.language == "en"
    assert "agreed on Wednesday to exchange dozens" in article.raw
    assert "International Committee of the Red Cross" in article.raw
    for boilerplate in ("Subscribe now", "cookies", "Celebrity wedding", "All rights reserved"):
        assert boilerplate not in article.raw
    paragraphs = article.raw.split("\n\n")
    assert any(p.startswith("Envoys from the two") for p in paragraphs)
    assert any(p.startswith("The exchange is expected") for p in paragraphs)


def test_html_is_sniffed_without_an_html_extension() -> None:
    article = read_text(HTML_PAGE.encode("utf-8"), source="page-from-stdin")
    assert article.is_html and "<p>" not in article.raw


@pytest.mark.parametrize(
    "html",
    [
        "<html><body><div><</div></body",
        "<!doctype html><html><head><title>Only a title</title></head>"
        "<body><script>var x = 1;</script></body></html>",
        "<html><body><<<>>>&&&</p>",
    ],
)
def test_html_without_text_is_rejected(tmp_path: Path, html: str) -> None:
    path = write(tmp_path / "broken.html", html)
    with pytest.raises(InputError) as caught:
        read_path(path)
    assert caught.value.code == "E006"
    assert str(caught.value).startswith(f"{path}: E006")


# --- JSON and JSONL ---------------------------------------------------------------------


def test_jsonl_bad_line_does_not_stop_the_batch(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a1", "title": "First", "text": "Talks opened in Oslo.",
                    "published": "2023-03-05T08:00:00Z", "url": "https://example.org/a1",
                    "language": "en"}),
        '{"id": "a2", "text": "unterminated',
        "",
        json.dumps({"content": "Troops withdrew from the town.", "date": "7 March 2023"}),
        json.dumps({"title": "no body here"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"body": "<html><body><p>Rebels released two hostages on Monday, "
                            "the Red Cross said in a statement.</p></body></html>"}),
    ]
    path = write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    items = list(iter_inputs([str(path)]))
    assert len(items) == 6

    first = items[0]
    assert isinstance(first, Article)
    assert (first.source, first.title, first.url, first.language) == (
        "a1", "First", "https://example.org/a1", "en")
    assert first.published == date(2023, 3, 5) and first.raw == "Talks opened in Oslo."

    bad = items[1]
    assert isinstance(bad, InputError) and bad.code == "E007" and bad.line == 2
    assert str(bad).startswith(f"{path}:2: E007 malformed JSON")

    third = items[2]
    assert isinstance(third, Article) and third.source == f"{path}:4"
    assert third.published == date(2023, 3, 7)

    assert isinstance(items[3], InputError) and (items[3].code, items[3].line) == ("E008", 5)
    assert isinstance(items[4], InputError) and (items[4].code, items[4].line) == ("E012", 6)

    html_record = items[5]
    assert isinstance(html_record, Article) and html_record.is_html
    assert "Rebels released two hostages" in html_record.raw and "<p>" not in html_record.raw


def test_malformed_json_file_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path / "one.json", '{\n  "text": "Some report",\n  "title": oops\n}\n')
    with pytest.raises(InputError) as caught:
        read_path(path)
    assert (caught.value.code, caught.value.line) == ("E007", 3)
    assert str(caught.value).startswith(f"{path}:3: E007")


def test_json_file_with_one_article(tmp_path: Path) -> None:
    record = {"text": "Aid trucks crossed the border.", "title": "Aid arrives",
              "date": "2020-02-01"}
    article = read_path(write(tmp_path / "one.json", json.dumps(record)))
    assert (article.raw, article.title, article.published) == (
        "Aid trucks crossed the border.", "Aid arrives", date(2020, 2, 1))


def test_read_path_refuses_a_multi_article_file(tmp_path: Path) -> None:
    path = write(tmp_path / "many.jsonl", '{"text": "one"}\n{"text": "two"}\n')
    with pytest.raises(InputError, match="E011 holds 2 articles"):
        read_path(path)


# --- directories and stdin --------------------------------------------------------------


def test_directory_with_mixed_files(tmp_path: Path) -> None:
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / ".hidden").mkdir()
    write(root / "b.txt", STORY)
    write(root / "a.html", HTML_PAGE)
    write(root / "sub" / "c.jsonl", '{"text": "First line story."}\n{bad json}\n')
    write(root / "sub" / "d.md", "# Heading\n\nA markdown story about a summit.\n")
    write(root / "e.txt", b"%PDF-1.4 binary")
    write(root / "empty.txt", b"")
    write(root / "image.png", b"\x89PNG\r\n\x1a\n")  # not an input suffix: skipped
    write(root / "notes.docx", b"PK\x03\x04")  # not an input suffix: skipped
    write(root / ".hidden" / "x.txt", STORY)  # hidden: skipped

    items = list(iter_inputs([str(root)]))
    names = [item.source for item in items]
    assert names == [
        str(root / "a.html"),
        str(root / "b.txt"),
        str(root / "e.txt"),
        str(root / "empty.txt"),
        f"{root / 'sub' / 'c.jsonl'}:1",
        str(root / "sub" / "c.jsonl"),
        str(root / "sub" / "d.md"),
    ]
    kinds = [type(item).__name__ for item in items]
    assert kinds == ["Article", "Article", "InputError", "InputError", "Article", "InputError",
                     "Article"]
    assert [item.code for item in items if isinstance(item, InputError)] == ["E003", "E004", "E007"]


def test_missing_and_empty_directory_inputs_are_reported(tmp_path: Path) -> None:
    (tmp_path / "nothing").mkdir()
    items = list(iter_inputs([str(tmp_path / "nothing"), str(tmp_path / "gone.txt"),
                              str(tmp_path / "gone.jsonl")]))
    assert [(type(i).__name__, i.code) for i in items] == [
        ("InputError", "E010"), ("InputError", "E001"), ("InputError", "E001")]


def test_stdin_is_read_for_dash(monkeypatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(STORY.encode("utf-16"))))
    (article,) = list(iter_inputs(["-"]))
    assert isinstance(article, Article)
    assert (article.source, article.raw) == ("-", STORY)


def test_stdin_size_limit(monkeypatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"x" * 50)))
    (error,) = list(iter_inputs(["-"], max_bytes=20))
    assert isinstance(error, InputError) and error.code == "E002" and error.source == "-"


def test_bundled_examples_read_cleanly() -> None:
    items = list(iter_inputs([str(EXAMPLES)]))
    assert len(items) >= 4
    for item in items:
        assert isinstance(item, Article), str(item)
        assert 150 <= len(item.raw.split()) <= 330, item.source


# --- dates in the text ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        ("MOSUL, Jan. 3, 2021 (Reuters) - " + "A long lead paragraph. " * 10, date(2021, 1, 3)),
        ("KABUL, 14 August 2021 (AFP) — " + "A long lead paragraph. " * 10, date(2021, 8, 14)),
        ("Title of the story\n\nPublished On 3 Mar 2023\n\nBody text.", date(2023, 3, 3)),
        ("Title\n2021-01-03\nBody", date(2021, 1, 3)),
        ("Title\n\nUpdated: Tuesday, 4 May 2021 10:22 GMT\n\nBody", date(2021, 5, 4)),
        ("Title\n\nBy A Reporter | September 9th, 2019\n\nBody", date(2019, 9, 9)),
    ],
)
def test_clear_dates_in_the_first_lines(text: str, expected: date) -> None:
    assert find_text_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "MOSUL, Jan 3 (Reuters) - no year given, so no date is guessed.",
        "Title\n\n" + "The report said the attack happened on January 3, 2021, and " * 3,
        "Title\n\nYesterday, officials said\n\nBody",
        "Title 03/01/2021\n\nBody",
        "Title\n\nFeb 30, 2021\n\nBody",
        "One\n\nTwo\n\nThree\n\nPublished 3 March 2023",
    ],
)
def test_unclear_or_late_dates_are_ignored(text: str) -> None:
    assert find_text_date(text) is None


def test_text_date_is_set_on_plain_text_articles() -> None:
    assert read_text("Ceasefire holds\n\nPublished On 3 Mar 2023\n\nBody.").published == date(
        2023, 3, 3)


# --- hashing ----------------------------------------------------------------------------


def test_content_hash_is_stable_and_whitespace_insensitive() -> None:
    digest = content_hash(STORY)
    assert len(digest) == 16 and int(digest, 16) >= 0
    assert content_hash(STORY.replace("\n", "\r\n") + "  \n") == digest
    assert content_hash("Cafe\u0301 talks") == content_hash("Caf\u00e9 talks")
    assert content_hash(STORY + "!") != digest
    assert Article(raw=STORY, source="x").hash == digest
