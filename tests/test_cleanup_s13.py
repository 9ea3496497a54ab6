"""Session-13 cleanup: word lists moved to data/words.yaml, and the bugs named in review."""
from __future__ import annotations

import pytest
import yaml

from newsgraph.errors import DictionaryError
from newsgraph.knowledge.words import DEFAULT_FILE, get_words, load_words

from event_helpers import coded_dyads, dyads

# (section, list, a bad value for it): each list moved out of the code
MOVED_LISTS = [
    ("actors", "framing_preps", "At"),
    ("events", "pure_naming_verbs", "call out"),
    ("events", "label_frame_nouns", "act-of"),
    ("events", "holding_participles", "Hold"),
    ("events", "fighting_nouns", "battle2"),
    ("events", "shipping_participles", ""),
    ("sides", "answering_force", "return fire"),
    ("sides", "ceasefire_codes", "9999"),
    ("quotes", "nobody_heads", "No one"),
    ("quotes", "nobody_determiners", "NO"),
]


def _written(tmp_path, data) -> str:
    path = tmp_path / "words.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("section,name,bad", MOVED_LISTS)
def test_moved_list_is_read_from_the_file_and_validated(tmp_path, section, name, bad):
    data = yaml.safe_load(DEFAULT_FILE.read_text(encoding="utf-8"))
    assert getattr(getattr(get_words(), section), name) == frozenset(data[section][name])
    data[section][name] = [*data[section][name], bad]
    path = _written(tmp_path, data)
    with pytest.raises(DictionaryError) as err:
        load_words(path)
    assert path in str(err.value) and name in str(err.value)


def test_words_file_rejects_an_unknown_list(tmp_path):
    data = yaml.safe_load(DEFAULT_FILE.read_text(encoding="utf-8"))
    data["events"]["invented_nouns"] = ["thing"]
    path = _written(tmp_path, data)
    with pytest.raises(DictionaryError, match="invented_nouns") as err:
        load_words(path)
    assert path in str(err.value)
