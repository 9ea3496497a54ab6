"""A reaction aimed at an act ("condemned the arrests of reporters", "protested the seizure") is aimed
at the act's doer: the agent the words name, else the doer of the latest act of that kind told before;
protesting an act is disapproval (111), not a demonstration."""
from __future__ import annotations


def _coded(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    """(event code, source actor code, target actor code) of every event of `text`."""
    record = pipeline.extract(text)
    codes = {a.id: a.code or a.name for a in record.actors}
    return [(e.code, codes.get(e.source), codes.get(e.target)) for e in record.events]


def _disapproval(found, source: str) -> list[str | None]:
    return [target for code, src, target in found if code.startswith("11") and src and src.startswith(source)]


def test_a_protested_seizure_is_aimed_at_the_seizer(pipeline):
    found = _coded(pipeline, "Armed pirates seized a Chinese cargo ship off the coast on Monday.\n\n"
                             "China protested the seizure on Tuesday.")
    assert any(t and t.endswith("CRM") for t in _disapproval(found, "CHN"))


def test_condemned_arrests_of_reporters_are_aimed_at_the_arresting_police(pipeline):
    found = _coded(pipeline, "Police in Minsk detained six reporters on Wednesday.\n\n"
                             "The European Union condemned the detention of the reporters.")
    targets = _disapproval(found, "IGO")
    assert targets and all(t and t.startswith("BLRCOP") for t in targets)


def test_a_killing_by_a_named_agent_is_aimed_at_that_agent(pipeline):
    found = _coded(pipeline, "Kenya condemned the killing of the activists by the army.")
    assert _disapproval(found, "KEN") == ["KENMIL"]


def test_a_state_protesting_a_decision_disapproves(pipeline):
    found = _coded(pipeline, "Greece protested the Turkish decision on Thursday.")
    assert ("111", "GRCGOV", "TURGOV") in found
    assert not any(code == "141" for code, _, _ in found)


def test_people_protesting_in_the_streets_still_demonstrate(pipeline):
    found = _coded(pipeline, "Thousands of students protested against the government in Nairobi.")
    assert any(code == "141" for code, _, _ in found)
    found = _coded(pipeline, "Farmers protested the new tax in Paris on Monday.")
    assert any(code == "141" for code, _, _ in found)
