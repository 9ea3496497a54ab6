"""Headlines told again in the body (session 17): a headline's act that names no target becomes one
more report of the body's act of the same kind, whose sides the body names."""
from __future__ import annotations

from tests.actor_helpers import PUBLISHED


def headline_reports(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    """(code, source code, target code) of every event with a report in the text's first line."""
    end = len(text.split("\n", 1)[0])
    return [(code, source, target) for code, source, target, starts in event_reports(pipeline, text)
            if any(start < end for start in starts)]


def event_reports(pipeline, text: str) -> list[tuple[str, str | None, str | None, list[int]]]:
    """(code, source code, target code, start of each mention) of every event of the text."""
    record = pipeline.extract(text, published=PUBLISHED)
    codes = {a.id: a.code for a in record.actors}
    return [(e.code, codes.get(e.source), codes.get(e.target), [m.start for m in e.mentions])
            for e in record.events]


def body_start(text: str, words: str) -> int:
    """Where `words` begin in the body (they must be there)."""
    return text.index(words, text.index("\n"))


DETENTION = (
    "Bolivia detains engineers after dam collapse kills nine\n\n"
    "LA PAZ, May 2 - Bolivian police on Tuesday detained three Peruvian engineers working for the "
    "firm that built the Rio Blanco dam, prosecutors said.\n\n"
    "The dam gave way on Sunday, flooding two villages."
)


def test_a_headline_act_without_a_named_target_is_a_report_of_the_body_act(pipeline):
    reports = headline_reports(pipeline, DETENTION)
    assert any(code == "173" and source == "BOLCOP" and target and target.startswith("PER")
               for code, source, target in reports)


OTHER_STATE = DETENTION.replace("Bolivia detains", "Chile detains", 1)


def test_a_headline_act_of_another_state_is_not_folded(pipeline):
    assert not any(code == "173" for code, _, _ in headline_reports(pipeline, OTHER_STATE))
    detained = body_start(OTHER_STATE, "detained three")
    body_acts = [(code, source, target, starts) for code, source, target, starts in event_reports(pipeline, OTHER_STATE)
                 if code == "173"]
    assert body_acts == [("173", "BOLCOP", "PERGOV", [detained])], body_acts


SEIZURE = (
    "Bolivia detains engineers after dam collapse kills nine\n\n"
    "LA PAZ, May 2 - Bolivian police on Tuesday seized the offices of Andes Hydro, the Peruvian "
    "firm that built the Rio Blanco dam, prosecutors said."
)


def test_a_headline_act_is_not_folded_into_another_act_of_its_root(pipeline):
    assert not any(code.startswith("17") for code, _, _ in headline_reports(pipeline, SEIZURE))
    seized = body_start(SEIZURE, "seized the offices")
    body_acts = [(code, source, target, starts) for code, source, target, starts in event_reports(pipeline, SEIZURE)
                 if code.startswith("17")]
    assert body_acts == [("171", "BOLCOP", "PERBUS", [seized])], body_acts


AMBUSH = (
    "Antioquia governor survives gun attack; rebels claim responsibility\n\n"
    "MEDELLIN, May 2 - Masked men sprayed the motorcade of Antioquia Governor Velmiro Ostaquin with bullets "
    "near Rionegro late on Tuesday, injuring two bodyguards, police said.\n\n"
    "Ostaquin was unhurt."
)


def test_a_headline_general_word_is_a_report_of_a_particular_act_of_its_root(pipeline):
    reports = headline_reports(pipeline, AMBUSH)
    assert any(code.startswith("19") and (target or "").endswith("GOV") for code, _, target in reports)


RETOLD_RAID = (
    "Niger army reports dawn raid\n\n"
    "NIAMEY, May 2 - The Sahel Liberation Front attacked at dawn on Tuesday, the army said.\n\n"
    "Officials in Agadez said the Sahel Liberation Front had attacked the town of Tassara from the "
    "north before troops drove its fighters back."
)


def test_the_place_an_act_struck_may_be_named_in_a_later_report_of_it(pipeline):
    record = pipeline.extract(RETOLD_RAID, published=PUBLISHED)
    codes = {a.id: a.code for a in record.actors}
    assert any(e.code == "190" and codes.get(e.target) == "NERGOV" and len(e.mentions) >= 2 for e in record.events)
