"""Repair machine-translated article text and cut it into structural blocks.

`repair` turns raw article text into a normalised text made of blocks (title, headings,
paragraphs, photo captions) joined by blank lines, each block on one line. Every later
offset points into that repaired text; `RepairedText.to_raw` maps an offset back to the
raw input.

The rules are general layout cues, applied in this order:

1. character normalisation (quotes, spaces, look-alike letters, invisible characters);
2. small text fixes (space before punctuation, "$ 6" -> "$6", "forces.China" -> "forces. China");
3. the title: the first line when it reads like a headline;
4. broken line wraps re-joined (an open ending or a lower-case continuation);
5. captions (a photo credit at either end) and section headings (a short, unpunctuated
   line between complete paragraphs); the headline repeated inside the body (image alt
   text glued to the running text) is cut out as a caption.
"""
from __future__ import annotations

import re
import unicodedata
import weakref
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from newsgraph.knowledge.words import get_words
from newsgraph.model import Block

__all__ = ["RepairedText", "doc_text", "remember_doc_text", "repair"]


# --- character normalisation -------------------------------------------------------------

_REMOVED = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e")
_LINE_BREAKS = frozenset("\n\v\f\x1c\x1d\x1e\x85\u2028\u2029")
_DOUBLE_QUOTES = frozenset("\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u301d\u301e\uff02")
_SINGLE_QUOTES = frozenset("\u2018\u2019\u201a\u201b\u2032`\u00b4'")

# Cyrillic and Greek letters that look like Latin ones, as they turn up inside English words.
_CONFUSABLES = {
    # Cyrillic lower case
    "а": "a", "в": "b", "е": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ј": "j", "ԁ": "d",
    "ԛ": "q", "ԝ": "w", "һ": "h", "ӏ": "l", "ү": "y",
    # Cyrillic upper case
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",
    "С": "C", "Т": "T", "У": "Y", "Х": "X", "Ѕ": "S", "І": "I", "Ј": "J", "Ү": "Y",
    "Ԛ": "Q", "Ԝ": "W",
    # Greek
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M",
    "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "ο": "o", "ι": "i",
    "κ": "k", "ν": "v", "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "α": "a",
}
_LETTER_RUN = re.compile(r"[^\W\d_]+")
_ANY_CONFUSABLE = re.compile("[" + "".join(_CONFUSABLES) + "]")


def _is_latin_letter(char: str) -> bool:
    return char.isalpha() and unicodedata.name(char, "").startswith("LATIN")


# one-to-one replacements, for the common case where no character is removed or merged
_ONE_TO_ONE = {c: r for c, r in {**{c: "\n" for c in _LINE_BREAKS}, **{c: '"' for c in _DOUBLE_QUOTES},
                                 **{c: "'" for c in _SINGLE_QUOTES}}.items() if c != r}
# a regex finds the few characters to replace far faster than str.translate walks them all
_TO_REPLACE = re.compile("[" + re.escape("".join(_ONE_TO_ONE)) + "]")
# (two searches: one alternation of both is tried branch by branch at every character)
_DROPPED_OR_CR = re.compile("[\r" + "".join(_REMOVED) + "]")
# two single quotes, perhaps with invisible characters between them, stand for a double quote
_DOUBLED = "[" + "".join(_SINGLE_QUOTES) + "][" + "".join(_REMOVED) + "]*[" + "".join(_SINGLE_QUOTES) + "]"
_DOUBLED_SINGLE_QUOTE = re.compile(_DOUBLED)
_IRREGULAR = re.compile("\r\n?|" + _DOUBLED + "|[" + "".join(_REMOVED) + "]")
_OTHER_SPACE = re.compile(r"[^\S\n ]")


def _one_to_one(text: str) -> str:
    text = _TO_REPLACE.sub(lambda m: _ONE_TO_ONE[m.group()], text)
    return _OTHER_SPACE.sub(" ", text)


def _normalise_chars(raw: str) -> tuple[str, list[int]]:
    """Normalised text and the raw index of each of its characters."""
    if not (_DROPPED_OR_CR.search(raw) or _DOUBLED_SINGLE_QUOTE.search(raw)):
        return _fix_confusables(_one_to_one(raw)), list(range(len(raw)))
    # whole stretches map one to one; only the irregular spots between them need care
    pieces: list[str] = []
    src: list[int] = []
    pos = 0
    for m in _IRREGULAR.finditer(raw):
        if m.start() > pos:
            pieces.append(_one_to_one(raw[pos:m.start()]))
            src.extend(range(pos, m.start()))
        found = m.group()
        if found[0] == "\r":
            pieces.append("\n")
            src.append(m.start())
        elif found[0] in _SINGLE_QUOTES:
            # a doubled single quote ('' or ‘’) stands for a double quote
            pieces.append('"')
            src.append(m.start())
        # invisible characters are dropped
        pos = m.end()
    if pos < len(raw):
        pieces.append(_one_to_one(raw[pos:]))
        src.extend(range(pos, len(raw)))
    return _fix_confusables("".join(pieces)), src


def _fix_confusables(text: str) -> str:
    """Replace look-alike letters in words that are otherwise Latin (1:1, offsets kept)."""
    if not _ANY_CONFUSABLE.search(text):
        return text
    chars = list(text)
    for m in _LETTER_RUN.finditer(text):
        word = m.group()
        if not any(ch in _CONFUSABLES for ch in word):
            continue
        has_latin = any(_is_latin_letter(ch) for ch in word)
        all_lookalike = all(ch in _CONFUSABLES for ch in word)
        if has_latin or all_lookalike:
            for k, ch in enumerate(word, start=m.start()):
                chars[k] = _CONFUSABLES.get(ch, ch)
    return "".join(chars)


# --- text fixes (deletions and insertions that keep the offset map) ------------------------

# (no look-behinds at the start: a pattern that starts with a literal is searched much faster)
_SPACE_RUN = re.compile(r" ( +)")
_SPACE_BEFORE_PUNCT = re.compile(r" +(?=[.,;:!?](?![\d.]))")  # kept only after a non-space
_CURRENCY_GAP = re.compile(r"[$€£¥₹]( +)(?=\d)")
# "forces.China": a lower-case word, a sentence end, then a capitalised word
_GLUED_SENTENCE = re.compile(r"(?<![\w./@])([A-Z]?[a-z]{2,}[.!?][\"')]?)(?=[A-Z][a-z])")
_MAYBE_GLUED = re.compile(r"[.!?][\"')]?[A-Z][a-z]")  # a quick test that lets most texts skip it


def _fix_text(text: str, src: list[int]) -> tuple[str, list[int]]:
    deleted: list[tuple[int, int]] = [m.span(1) for m in _SPACE_RUN.finditer(text)]
    deleted.extend(m.span() for m in _SPACE_BEFORE_PUNCT.finditer(text)
                   if m.start() > 0 and not text[m.start() - 1].isspace())
    deleted.extend(m.span(1) for m in _CURRENCY_GAP.finditer(text))
    inserted = {m.end(1) for m in _GLUED_SENTENCE.finditer(text)} if _MAYBE_GLUED.search(text) else set()
    if not deleted and not inserted:
        return text, src
    # cut the text where a deletion starts or ends or a space goes in, and copy whole pieces
    depth: dict[int, int] = {}
    for start, end in deleted:
        depth[start] = depth.get(start, 0) + 1
        depth[end] = depth.get(end, 0) - 1
    cuts = sorted(depth.keys() | inserted | {0, len(text)})
    out_text: list[str] = []
    out_src: list[int] = []
    covered = 0
    for start, end in zip(cuts, cuts[1:]):
        covered += depth.get(start, 0)
        if start in inserted:
            out_text.append(" ")
            out_src.append(src[start])
        if not covered:
            out_text.append(text[start:end])
            out_src.extend(src[start:end])
    return "".join(out_text), out_src


# --- layout cues ---------------------------------------------------------------------------

_LINE_FUNCTION_WORDS = get_words().text.line_function_words
_COMPLETE_END = re.compile(r"""[.!?…](?:\s?["'”’)\]])*$""")
_OPEN_END = re.compile(r"[,;:\-–—/&]$")
_CREDIT_WORDS = (
    r"AP|AFP|Reuters|Getty|EPA|Anadolu|Xinhua|dpa|UPI|Shutterstock|Bloomberg|Sputnik|TASS|"
    r"IRNA|SANA|WAFA|Yonhap|KCNA|Pool|Handout|Photos?|Images?|Pictures?|Credits?|Video|"
    r"social media|networking|sites|archives?|file|press service|press office|media office|courtesy"
)
_CREDIT_WORD = re.compile(r"\b(?:" + _CREDIT_WORDS + r")\b", re.I)
_END_CREDIT = re.compile(r"\(\s*([^\W\d_][^()]{0,60}?)\s*\)$")
_END_CREDIT_WITH_STOP = re.compile(r"\(\s*[^()]*\b(?:" + _CREDIT_WORDS + r")\b[^()]*\)\s*\.$", re.I)
_END_CREDIT_LABEL = re.compile(
    r"[.!?]\s+(?:Photo|Image|Picture|Credit|Source)s?\s*(?::|by\b)\s*[^.!?]{1,60}$", re.I
)
_START_CREDIT = re.compile(
    r"^(?:\(\s*)?(?:(?:AP|AFP|File|Handout|Archive|Reuters|EPA)\s+)?"
    r"(?:(?:photo|image|picture) credits?\b|"
    r"(?:photo(?:graph)?s?|images?|pictures?|credits?)\s*(?:[:/|]|-\s|by\b))",
    re.I,
)
_SOURCE_LINE = re.compile(r"^Sources?\s*:", re.I)
_IN_THIS_PHOTO = re.compile(
    r"^In (?:this|these|the) (?:\w+ ){0,2}(?:photos?|images?|pictures?|photographs?|handout|video grab|screen ?grab)\b",
    re.I,
)
_BYLINE = re.compile(r"^By\s+[A-Z]")
_NAME_PREFIX = re.compile(r"^[a-z]{1,4}-[A-Z]|^[a-z]+[A-Z]")

MAX_HEADING_WORDS = 8
MAX_CAPTION_WORDS = 60
MAX_TITLE_WORDS = 25


def _words(text: str) -> list[str]:
    return text.split()


def _last_word(text: str) -> str:
    words = re.findall(r"[\w']+", text.lower())
    return words[-1] if words else ""


def _is_complete(text: str) -> bool:
    """Ends a sentence (final punctuation, perhaps followed by closing quotes or brackets)."""
    return bool(_COMPLETE_END.search(text))


def _ends_open(text: str) -> bool:
    """Ends mid-sentence: a comma, semicolon, dash or a function word."""
    return bool(_OPEN_END.search(text)) or (
        text[-1:].isalpha() and _last_word(text) in _LINE_FUNCTION_WORDS
    )


def _starts_lower(text: str) -> bool:
    """Starts in lower case, like the rest of a broken sentence (not "al-Sadr", "iPhone")."""
    stripped = text.lstrip("\"'([")
    return stripped[:1].islower() and not _NAME_PREFIX.match(stripped)


def _starts_capital(text: str) -> bool:
    stripped = text.lstrip("\"'([")
    return stripped[:1].isupper() or stripped[:1].isdigit()


def _has_end_credit(text: str) -> bool:
    m = _END_CREDIT.search(text)
    if m and m.start() > 0:
        words = len(_words(m.group(1)))
        # a longer credit names its kind: "(press service of the district court)"
        if 1 <= words <= 5 or (words <= 9 and _CREDIT_WORD.search(m.group(1))):
            return True
    return bool(_END_CREDIT_WITH_STOP.search(text) or _END_CREDIT_LABEL.search(text))


def _has_start_credit(text: str) -> bool:
    if _START_CREDIT.match(text) or _IN_THIS_PHOTO.match(text):
        return True
    return bool(_SOURCE_LINE.match(text)) and len(_words(text)) <= 15


def _is_caption(text: str) -> bool:
    if len(_words(text)) > MAX_CAPTION_WORDS:
        return False
    return _has_start_credit(text) or _has_end_credit(text)


def _heading_shaped(text: str) -> bool:
    """Short, capitalised, without final punctuation and not cut off after a function word."""
    words = _words(text)
    if not 1 <= len(words) <= MAX_HEADING_WORDS or len(text) > 80:
        return False
    if not _starts_capital(text) or _BYLINE.match(text):
        return False
    if not (text[-1].isalnum() or text[-1] == ")"):
        return False
    return _last_word(text) not in _LINE_FUNCTION_WORDS


MAX_WRAPPED_HEADING_CHARS = 40


def _heading_candidate(unit: "_Unit") -> bool:
    """Heading-shaped, and not merely a full-width line of a hard-wrapped paragraph."""
    if unit.gap_after == 0 and len(unit.text) > MAX_WRAPPED_HEADING_CHARS:
        return False
    return _heading_shaped(unit.text)


def _looks_like_title(text: str) -> bool:
    words = _words(text)
    if not 1 <= len(words) <= MAX_TITLE_WORDS or not _starts_capital(text):
        return False
    if _has_start_credit(text) or _ends_open(text):
        return False
    if text.endswith(".") and not re.search(r"(?:\b[A-Z]\.){2,}$", text):
        return False
    return True


# --- blocks --------------------------------------------------------------------------------

@dataclass
class _Unit:
    """A stretch of normalised text with the raw index of each character."""

    text: str
    src: list[int]
    gap_before: int = 1  # blank lines before it (0: a single newline)
    gap_after: int = 1
    joined: int = 1
    kind: str = "paragraph"

    def join(self, other: "_Unit") -> "_Unit":
        return _Unit(
            text=self.text + " " + other.text,
            src=self.src + [self.src[-1] + 1] + other.src,
            gap_before=self.gap_before,
            gap_after=other.gap_after,
            joined=self.joined + other.joined,
            kind=self.kind,
        )

    def cut(self, start: int, end: int, kind: str) -> "_Unit":
        return _Unit(self.text[start:end], self.src[start:end], joined=self.joined, kind=kind)


def _lines(text: str, src: list[int]) -> list[_Unit]:
    units: list[_Unit] = []
    blank = 0
    pos = 0
    for line in text.split("\n"):
        lstart = pos
        pos += len(line) + 1
        stripped = line.strip(" ")
        if not stripped:
            blank += 1
            continue
        start = lstart + (len(line) - len(line.lstrip(" ")))
        end = start + len(stripped)
        if units:
            units[-1].gap_after = blank
        units.append(_Unit(stripped, src[start:end], gap_before=blank if units else 1))
        blank = 0
    if units:
        units[-1].gap_after = max(blank, 1)
    return units


# A line opening with a wire's dateline, the agency in brackets: "Bangkok (dpa) - ", "LUSAKA, Feb. 3
# (PANA) - ". It opens a paragraph, whatever the line before it ends on.
_DATELINE_OPENING = re.compile(
    r"[A-Z][\w'’.\-/]*(?: [A-Z][\w'’.\-/]*){0,2}(?:,[^\n()]{1,40})?\s*\([^()\n]{1,40}\)\s*\.?\s*[-–—]{1,2}\s")


def _should_join(prev: _Unit | None, a: _Unit, b: _Unit) -> bool:
    """Whether `b` continues the paragraph `a` (a broken line wrap)."""
    if _has_start_credit(b.text) or (_has_end_credit(a.text) and not _starts_lower(b.text)):
        return False
    if b.gap_before and _DATELINE_OPENING.match(b.text):
        return False
    if _has_end_credit(a.text) and _is_caption(a.text):
        return False
    prev_complete = prev is None or prev.kind != "paragraph" or _is_complete(prev.text)
    if prev_complete and _heading_candidate(a):
        if not _starts_lower(b.text):
            return False
        # a heading never swallows the broken fragment that follows it
        b_is_fragment = len(_words(b.text)) <= MAX_HEADING_WORDS and not _is_complete(b.text)
        if b_is_fragment or a.gap_after > a.gap_before:
            return False
        return True
    if _starts_lower(b.text):
        return True
    if _is_complete(a.text):
        return False
    return _ends_open(a.text) or b.gap_before == 0


def _merge_credit_only(units: list[_Unit]) -> list[_Unit]:
    """A block that is nothing but a bracketed credit belongs to the caption before it."""
    out: list[_Unit] = []
    for u in units:
        if out and out[-1].kind == "paragraph" and _END_CREDIT.fullmatch(u.text):
            out[-1] = out[-1].join(u)
        else:
            out.append(u)
    return out


_PROBE_CHARS = 4000


def _probe(a: _Unit, b: _Unit) -> _Unit:
    """What `_should_join` needs of a growing paragraph: its text, or only its tail when long.

    Keeps joining linear in the length of the text however many lines a paragraph has.
    """
    text = a.text[-_PROBE_CHARS:] + " " + b.text
    return _Unit(text, [], gap_before=a.gap_before, gap_after=b.gap_after, kind=a.kind)


def _merge(group: list[_Unit]) -> _Unit:
    if len(group) == 1:
        return group[0]
    src: list[int] = list(group[0].src)
    for u in group[1:]:
        src.append(src[-1] + 1)
        src.extend(u.src)
    return _Unit(
        " ".join(u.text for u in group),
        src,
        gap_before=group[0].gap_before,
        gap_after=group[-1].gap_after,
        joined=sum(u.joined for u in group),
        kind=group[0].kind,
    )


def _join_wraps(units: list[_Unit]) -> list[_Unit]:
    groups: list[list[_Unit]] = []
    probes: list[_Unit] = []
    for u in units:
        if groups and _should_join(probes[-2] if len(probes) > 1 else None, probes[-1], u):
            groups[-1].append(u)
            probes[-1] = _probe(probes[-1], u)
        else:
            groups.append([u])
            probes.append(u)
    return [_merge(g) for g in groups]


def _classify(units: list[_Unit]) -> list[_Unit]:
    for u in units:
        if _is_caption(u.text):
            u.kind = "caption"
    # a caption split over two blocks: an unpunctuated first part, then the credited part
    out: list[_Unit] = []
    for u in units:
        a = out[-1] if out else None
        if (
            a is not None
            and u.kind == "caption"
            and _has_end_credit(u.text)
            and a.kind == "paragraph"
            and not _is_complete(a.text)
            and len(_words(a.text)) > MAX_HEADING_WORDS
            and len(_words(a.text)) + len(_words(u.text)) <= MAX_CAPTION_WORDS
        ):
            merged = a.join(u)
            merged.kind = "caption"
            out[-1] = merged
        else:
            out.append(u)
    for i, u in enumerate(out):
        if u.kind != "paragraph" or i + 1 >= len(out):
            continue
        prev = out[i - 1] if i > 0 else None
        prev_complete = prev is None or prev.kind != "paragraph" or _is_complete(prev.text)
        if prev_complete and _heading_candidate(u):
            u.kind = "heading"
    return out


def _cut_title_repeats(units: list[_Unit], title: str) -> list[_Unit]:
    """Cut the headline out where the page repeats it inside a paragraph (glued alt text)."""
    if len(_words(title)) < 4:
        return units
    pattern = re.compile(r"(?<!\w)" + re.escape(title) + r"(?!\w)")
    out: list[_Unit] = []
    for u in units:
        if u.kind != "paragraph" or not pattern.search(u.text):
            out.append(u)
            continue
        pos = 0
        for m in pattern.finditer(u.text):
            before = u.text[pos:m.start()]
            if before.strip():
                lead = len(before) - len(before.lstrip())
                out.append(u.cut(pos + lead, pos + len(before.rstrip()), "paragraph"))
            out.append(u.cut(m.start(), m.end(), "caption"))
            pos = m.end()
        rest = u.text[pos:]
        if rest.strip():
            lead = len(rest) - len(rest.lstrip())
            out.append(u.cut(pos + lead, pos + len(rest.rstrip()), "paragraph"))
    return out


# --- public API ----------------------------------------------------------------------------

@dataclass
class RepairedText:
    """Repaired article text, its blocks and the way back to the raw input."""

    text: str
    blocks: list[Block]
    title: str | None
    offset_map: list[tuple[int, int, int]] = field(repr=False)
    """Runs of (repaired_start, raw_start, length): repaired characters that copy raw ones."""
    raw_length: int = 0

    def to_raw(self, offset: int) -> int:
        """Raw-input offset of the character at `offset` in the repaired text.

        Characters the repair inserted map to the raw position they stand for; an offset at
        or past the end maps to the end of the raw input.
        """
        if offset >= len(self.text) or not self.offset_map:
            return self.raw_length
        offset = max(offset, 0)
        k = bisect_right(self.offset_map, (offset, float("inf"), 0)) - 1
        start, raw_start, length = self.offset_map[max(k, 0)]
        return raw_start + min(offset - start, length - 1)

    def span_to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Raw (start, end) of the repaired span [start, end)."""
        if end <= start:
            raw = self.to_raw(start)
            return raw, raw
        return self.to_raw(start), self.to_raw(end - 1) + 1


def _runs(src: list[int]) -> list[tuple[int, int, int]]:
    if not src:
        return []
    # a run ends wherever the next character does not copy the next raw one
    breaks = (np.flatnonzero(np.diff(np.asarray(src, dtype=np.int64)) != 1) + 1).tolist()
    starts = [0] + breaks
    ends = breaks + [len(src)]
    return [(start, src[start], end - start) for start, end in zip(starts, ends)]


def repair(raw: str, *, title_line: bool | None = None) -> RepairedText:
    """Repair raw article text and split it into title, heading, paragraph and caption blocks.

    `title_line`: True when the first line is the title, False when there is none, None to
    decide from its shape (short, without final full stop).
    """
    text, src = _fix_text(*_normalise_chars(raw))
    units = _lines(text, src)

    title_unit: _Unit | None = None
    if units and (title_line or (title_line is None and _looks_like_title(units[0].text))):
        title_unit = units.pop(0)
        title_unit.kind = "title"

    units = _merge_credit_only(units)
    units = _join_wraps(units)
    units = _classify(units)
    if title_unit is not None:
        units = _cut_title_repeats(units, title_unit.text)
        units.insert(0, title_unit)

    out_text: list[str] = []
    out_src: list[int] = []
    blocks: list[Block] = []
    pos = 0
    for u in units:
        if out_text:
            out_text.append("\n\n")
            out_src += [u.src[0], u.src[0]]
            pos += 2
        blocks.append(Block(kind=u.kind, start=pos, end=pos + len(u.text), text=u.text, joined=u.joined))
        out_text.append(u.text)
        out_src += u.src
        pos += len(u.text)

    return RepairedText(
        text="".join(out_text),
        blocks=blocks,
        title=title_unit.text if title_unit else None,
        offset_map=_runs(out_src),
        raw_length=len(raw),
    )


# --- the text of a parsed Doc --------------------------------------------------------------

# spaCy joins every token's text anew on each `Doc.text`; the stages read it often, so it is
# kept here per Doc (weakly: it goes with the Doc), with the token count that checks it is current
_DOC_TEXTS: "weakref.WeakKeyDictionary[Any, tuple[int, str]]" = weakref.WeakKeyDictionary()


def doc_text(doc: Any) -> str:
    """``doc.text`` of a spaCy Doc, built once per Doc."""
    cached = _DOC_TEXTS.get(doc)
    if cached is not None and cached[0] == len(doc):
        return cached[1]
    text = doc.text
    _DOC_TEXTS[doc] = (len(doc), text)
    return text


def remember_doc_text(doc: Any, text: str) -> None:
    """Record the text a Doc was made from, so that :func:`doc_text` need not rebuild it."""
    _DOC_TEXTS[doc] = (len(doc), text)
