"""An evaluative word is the finding of whoever voices it: a judgement the sentence tells a named
party made ("said the prisoners had rejected the offer as insufficient") is that party's, not a
criticism by the one who tells it."""
from __future__ import annotations


def _evaluations(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    record = pipeline.extract(text)
    names = {a.id: a.name for a in record.actors}
    return [(e.code, names.get(e.source), names.get(e.target)) for e in record.events
            if e.rule.startswith("evaluation:")]


def test_a_judgement_another_party_voiced_is_not_the_teller_s_criticism(pipeline):
    assert not _evaluations(pipeline, "Bahrain's opposition said the prisoners had rejected the offer as "
                                      "insufficient and would continue the strike.")


def test_the_teller_s_own_judgement_is_still_criticism(pipeline):
    found = _evaluations(pipeline, '"The offer is insufficient and the conditions are inhumane," '
                                   "Bahrain's opposition said of the government's proposal.")
    assert any(code.startswith("11") for code, _, _ in found)
