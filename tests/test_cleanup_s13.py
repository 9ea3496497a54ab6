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
    ("events", "guilt_words", "not guilty"),
    ("events", "law_enforcement", "Police"),
    ("events", "accusing_verbs", "Accuse"),
    ("events", "claiming_verbs", "take over"),
    ("events", "claimed_nouns", "credit!"),
    ("events", "depriving_verbs", "strip2"),
    ("events", "witness_nouns", "good offices"),
    ("events", "rejecting_verbs", "turn down"),
    ("events", "summary_nouns", "Demand"),
    ("events", "attack_means", "air strike"),
    ("events", "weighing_verbs", "think about"),
    ("events", "rival_modifiers", "at war"),
    ("sides", "answering_force", "return fire"),
    ("sides", "ceasefire_codes", "9999"),
    ("shared", "nobody_heads", "No one"),
    ("shared", "nobody_determiners", "NO"),
    ("actors", "building_prepositions", "in front of"),
    ("actors", "local_office_words", "Mayor"),
    ("actors", "region_kinds", "sub-district"),
    ("events", "particle_words", "Out"),
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


# -- bugs named in review -------------------------------------------------------------------------

def test_no_act_is_coded_on_the_party_named_in_a_guilty_verdict(pipeline):
    for verdict in ("found guilty of", "convicted on charges of"):
        text = f"Norland on Friday hanged a teacher {verdict} spying for Westmark's intelligence service."
        found = dyads(pipeline, text)
        assert not [d for d in found if d[2] and "intelligence" in d[2].lower()], (verdict, found)


def test_a_decision_of_a_named_body_to_act_is_that_body_s_act(pipeline):
    found = coded_dyads(pipeline, "Japan rejects the decision of the EU to add two firms to its blacklist.")
    assert ("163", "JPNGOV", "JPNBUS") not in found
    assert [d[1] for d in found if d[0] == "163"] == ["IGO"], found


def test_a_dateline_country_does_not_keep_the_seat_city_its_own(pipeline):
    text = ("Fines\n\nBRUSSELS, Belgium (AP) — The European Commission fined two carmakers on Tuesday. "
            "Brussels also threatened Hungary with sanctions over its asylum law.\n")
    sources = {source for code, source, _ in dyads(pipeline, text) if code.startswith("13")}
    assert sources == {"European Commission"}


@pytest.mark.parametrize("doer", ["Kenya's special police unit", "The security service's special unit",
                                  "Peru's police forces"])
def test_a_law_enforcement_operation_is_no_military_force(pipeline, doer):
    found = dyads(pipeline, f"{doer} launched an operation against the gang in the capital.")
    assert not [d for d in found if d[0] == "190"], found


def test_an_army_operation_is_still_military_force(pipeline):
    found = dyads(pipeline, "Ghana's army launched an operation against the rebels in the north.")
    assert [d[0] for d in found] == ["190"]
