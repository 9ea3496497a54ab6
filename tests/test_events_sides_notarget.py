"""Acts kept with only their doer named (newsgraph/data/untargeted.yaml): a resignation that gives
in to protests or pressure, a refusal to surrender; a resignation told without any pressure it
yields to is a change of office and is left out."""
from __future__ import annotations

import pytest

from newsgraph.errors import DictionaryError
from newsgraph.knowledge.cameo import get_patterns
from newsgraph.knowledge.datafiles import DATA_DIR, load_yaml
from newsgraph.pipeline.sides import (_UNADDRESSED_CODES, _UNADDRESSED_ROOTS, _UNADDRESSED_RULES, _YIELDING_CODES,
                                      _pattern_rules)


def codes(pipeline, text: str) -> list[tuple[str, str | None]]:
    """(code, source country) of every event of `text` that has no target."""
    record = pipeline.extract(text)
    countries = {a.id: a.country for a in record.actors}
    return [(e.code, countries.get(e.source)) for e in record.events if e.target is None]


def test_the_data_file_lists_the_roots_and_codes_kept_without_a_target():
    assert {"02", "10", "13", "14", "15"} <= _UNADDRESSED_ROOTS
    assert "191" in _UNADDRESSED_CODES and "1246" in _UNADDRESSED_CODES
    assert "0831" in _YIELDING_CODES


def test_every_rule_kept_without_a_target_is_a_pattern_of_verbs_yaml():
    rules = {str(r) for r in load_yaml(DATA_DIR / "untargeted.yaml").get("rules", ())}
    assert rules and rules == _UNADDRESSED_RULES
    assert rules <= {pattern.id for pattern in get_patterns().patterns}


def test_a_rule_that_names_no_pattern_is_refused_with_its_id():
    with pytest.raises(DictionaryError, match="withdraw.from.treatty.v"):
        _pattern_rules(["withdraw.from.treaty.v", "withdraw.from.treatty.v"])


@pytest.mark.parametrize("text, country", [
    ("The interior minister of Peru resigned after weeks of street protests over fuel prices.", "PER"),
    ("Serbia's prime minister stepped down amid mass demonstrations against corruption.", "SRB"),
    ("The Kenyan finance minister resigned on Friday under pressure from striking teachers.", "KEN"),
])
def test_a_resignation_that_gives_in_to_pressure_is_kept(pipeline, text, country):
    assert ("0831", country) in codes(pipeline, text)


@pytest.mark.parametrize("text", [
    "The Canadian envoy to the talks resigned on Monday, citing personal reasons.",
    "The Chilean labour minister, who steps down next month, met union leaders.",
])
def test_a_resignation_without_pressure_is_no_event(pipeline, text):
    assert not any(code == "0831" for code, _ in codes(pipeline, text))


def test_a_refusal_to_surrender_is_kept(pipeline):
    found = codes(pipeline, "A spokesman said the Sudanese rebel commander would not surrender.")
    assert any(code == "1246" for code, _ in found)


@pytest.mark.parametrize("text, country", [
    ("Poland's parliament voted on Tuesday to withdraw from the convention on violence against women.", "POL"),
    ("Estonia withdrew from the arms control treaty last year.", "EST"),
    ("The Malian junta said on Monday that Mali would withdraw from the regional defence pact.", "MLI"),
])
def test_leaving_a_treaty_rejects_it_with_no_partner_named(pipeline, text, country):
    assert ("120", country) in codes(pipeline, text)


def test_troops_leaving_a_town_are_still_no_event_without_a_target(pipeline):
    assert codes(pipeline, "Russian troops withdrew from the town on Friday.") == []


def test_leaving_talks_with_a_named_partner_is_still_aimed_at_it(pipeline):
    record = pipeline.extract("Ukraine withdrew from the talks with Russia.")
    assert any(e.code == "164" and e.target is not None for e in record.events)
