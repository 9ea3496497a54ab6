"""The headline re-reading is a stage of its own, ahead of the events stage: the events stage
codes on the parse it is given and parses nothing itself."""
from __future__ import annotations

from newsgraph.pipeline.factories import state_of
from newsgraph.pipeline.headlines import READINGS_KEY, STATE_KEY, HeadlineReadings

ARTICLE = ("Harbour Guards Detain Two Trawler Captains Off Coast\n\n"
           "Coast guards of Ruritania detained two fishing captains from Freedonia on Monday, "
           "the navy said. Freedonia's foreign ministry protested the detention.")


def test_headlines_stage_runs_before_the_events_stage(pipeline) -> None:
    names = pipeline.nlp.pipe_names
    assert names.index("ng_amounts") < names.index("ng_headlines") < names.index("ng_events")


def test_events_stage_parses_nothing_and_codes_the_headline_read_before_it(pipeline) -> None:
    doc = pipeline.make_doc(ARTICLE)
    parsed_by_events: list[str] = []
    for name, proc in pipeline.nlp.pipeline:
        if name == "ng_events":
            reader = state_of(doc)[STATE_KEY]
            original = reader.parse
            reader.parse = lambda text: parsed_by_events.append(text) or original(text)
            try:
                doc = proc(doc)
            finally:
                del reader.parse
            break
        doc = proc(doc)
    state = state_of(doc)
    readings = state[READINGS_KEY]
    assert isinstance(readings, HeadlineReadings)
    assert readings.replaced and readings.found  # the Title Case headline was re-read by its stage
    assert parsed_by_events == []
    headline_end = ARTICLE.index("\n")
    assert any(event.code.startswith("17") and event.start < headline_end for event in state["events"])
