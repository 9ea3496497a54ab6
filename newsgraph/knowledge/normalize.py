"""Name normalisation shared by every dictionary lookup."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = re.compile(r"['’`ʼ‘´]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_DROP = frozenset({"the", "al", "el"})


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """Key under which spelling variants of one name meet.

    Case, diacritics, apostrophes, punctuation, "the" and the Arabic article
    ("al-", "el-") are ignored: "Al-Kazemi", "al Kazemi" and "Kazemi" share a key.
    """
    s = unicodedata.normalize("NFKD", name or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = _APOSTROPHES.sub("", s)
    s = _NON_ALNUM.sub(" ", s)
    return " ".join(t for t in s.split() if t not in _DROP)


def name_words(name: str) -> list[str]:
    """The keyed words of a person's name, a hyphenated one kept whole ("Kim Yong-hyun" → kim,
    yonghyun; "Adeyemi-Bakare" → adeyemibakare): a Korean given name or a double surname is one
    word, not a middle name and a last name."""
    words = (name_key(word).replace(" ", "") for word in name.split())
    return [w for w in words if w]
