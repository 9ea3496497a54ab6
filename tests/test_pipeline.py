"""End-to-end behaviour of `Pipeline`: records, offsets, batching, round-trips, bad input."""
from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsgraph
from newsgraph.core import Pipeline, load_nlp
from newsgraph.errors import InputError
from newsgraph.model import Record

from conftest import offset_problems

# Our own test article: two named office-holders, a country, a quote, a meeting, a place, an amount.
ARTICLE = (
    "Ministers meet in Cairo over water dispute\n\n"
    "CAIRO - Egyptian President Abdel Fattah el-Sisi met Ethiopian Prime Minister Abiy Ahmed "
    "in Cairo on Tuesday to discuss the dam on the Blue Nile.\n\n"
    '"We will not accept any harm to our water," Sisi told reporters after the meeting.\n\n'
    "The World Bank pledged $300 million to help Sudan repair its irrigation canals."
)

SHORT_TEXTS = [
    "Kenyan police arrested three protesters in Nairobi on Friday.",
    "The French foreign minister criticised Russia over the cyberattack.",
    "Germany and Poland signed a trade agreement in Berlin.",
]


@pytest.fixture(scope="module")
def record(pipeline: Pipeline) -> Record:
    return pipeline.extract(ARTICLE)


def actor_named(record: Record, *names: str):
    wanted = {n.lower() for n in names}
    for actor in record.actors:
        if wanted & {actor.name.lower(), *(x.lower() for x in actor.aliases)}:
            return actor
    return None


def test_extract_finds_coded_actors(record: Record) -> None:
    sisi = actor_named(record, "Abdel Fattah el-Sisi", "Sisi")
    abiy = actor_named(record, "Abiy Ahmed")
    assert sisi is not None and sisi.type == "PERSON" and sisi.code == "EGYGOV"
    assert abiy is not None and abiy.code == "ETHGOV"
    assert all(a.coded for a in (sisi, abiy))


def test_extract_finds_quote_event_place_amount(record: Record) -> None:
    sisi = actor_named(record, "Sisi")
    quote = next(q for q in record.quotes if "harm to our water" in q.text)
    assert quote.speaker == sisi.id
    assert any(e.root == "04" for e in record.events), [e.code for e in record.events]
    assert any(loc.name == "Cairo" and loc.country == "EGY" for loc in record.locations)
    amount = next(a for a in record.amounts if "300" in a.text)
    assert amount.value == 300_000_000 and amount.currency == "USD"


def test_extract_offsets_point_at_their_text(record: Record) -> None:
    assert record.actors and record.quotes and record.events and record.locations and record.amounts
    assert offset_problems(record) == []


def test_event_trigger_lies_inside_its_evidence(record: Record) -> None:
    for event in record.events:
        assert record.text[event.start:event.end] in event.evidence


def test_record_metadata(record: Record) -> None:
    assert record.title == "Ministers meet in Cairo over water dispute"
    assert record.blocks[0].kind == "title"
    assert record.language == "en"
    assert len(record.id) >= 8


def test_json_round_trip(record: Record) -> None:
    again = Record.model_validate_json(record.model_dump_json())
    assert again == record


def test_deterministic_output(pipeline: Pipeline, record: Record) -> None:
    assert pipeline.extract(ARTICLE).model_dump_json() == record.model_dump_json()


def test_pipe_keeps_order_and_loads_model_once(pipeline: Pipeline) -> None:
    texts = SHORT_TEXTS + SHORT_TEXTS[::-1]
    records = list(pipeline.pipe(texts))
    assert [r.text for r in records] == texts
    loads_before = load_nlp.cache_info().misses
    second = Pipeline()
    assert second.nlp is pipeline.nlp
    list(second.pipe(SHORT_TEXTS))
    assert load_nlp.cache_info().misses == loads_before


def test_pipe_matches_extract(pipeline: Pipeline) -> None:
    piped = [r.model_dump_json() for r in pipeline.pipe(SHORT_TEXTS)]
    single = [pipeline.extract(t).model_dump_json() for t in SHORT_TEXTS]
    assert piped == single


def test_pipe_with_two_processes_gives_the_same_records(pipeline: Pipeline) -> None:
    started = time.monotonic()
    parallel = list(pipeline.pipe(SHORT_TEXTS, n_process=2, batch_size=1))
    if time.monotonic() - started > 60:
        pytest.skip("two worker processes took over 60 s to start on this machine")
    serial = list(pipeline.pipe(SHORT_TEXTS, n_process=1))
    assert [r.model_dump_json() for r in parallel] == [r.model_dump_json() for r in serial]


def test_package_exports() -> None:
    assert set(newsgraph.__all__) >= {"Pipeline", "Record", "extract", "load"}
    assert newsgraph.Pipeline is Pipeline
    assert newsgraph.Record is Record
    record = newsgraph.extract(SHORT_TEXTS[0])
    assert isinstance(record, Record)
    assert isinstance(newsgraph.load(), Pipeline)
    with pytest.raises(AttributeError):
        newsgraph.no_such_name  # noqa: B018


def test_import_is_lazy() -> None:
    import subprocess
    import sys

    code = "import sys, newsgraph; print('spacy' in sys.modules, 'pydantic' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


@pytest.mark.parametrize("text", ["", " ", "\n\n\t  \n", "\u00a0\u2003"])
def test_empty_text_is_an_input_error(pipeline: Pipeline, text: str) -> None:
    with pytest.raises(InputError) as info:
        pipeline.extract(text)
    assert info.value.code == "E004"


# Text with the characters that trouble offset bookkeeping: curly and straight quotes, newlines,
# combining marks, right-to-left script, emoji (outside the BMP), non-breaking and zero-width spaces.
_ODD = st.sampled_from(list('"\'“”‘’«»\n\r\t\u00a0\u200b\u200f-—…é́ñ中文العربية😀🇮🇶'))
_WORDS = st.sampled_from(["Iraq", "Iran", "said", "the", "minister", "President", "Biden", "met",
                          "police", "United Nations", "in", "Baghdad", ".", ",", "$5 million", "Reuters"])
_TEXT = st.lists(st.one_of(_WORDS, _ODD, st.text(min_size=1, max_size=6)), min_size=1, max_size=40).map(" ".join)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=_TEXT)
def test_any_text_yields_a_valid_record(pipeline: Pipeline, text: str) -> None:
    if not text.strip():
        with pytest.raises(InputError):
            pipeline.extract(text)
        return
    record = pipeline.extract(text)
    Record.model_validate_json(record.model_dump_json())
    assert offset_problems(record) == []


def test_factory_signatures_are_resolvable_by_old_confection() -> None:
    # confection < 1 (installed with spaCy 3.8.7) builds pydantic v1 models from the raw annotations.
    import newsgraph.pipeline.factories as factories
    from spacy.language import Language

    for name in ("make_actors", "make_events", "make_record"):
        assert getattr(factories, name).__annotations__["nlp"] is Language


def test_a_blocks_first_word_is_not_a_sentence_of_its_own():
    from newsgraph.core import Pipeline

    pipeline = Pipeline()
    doc = pipeline.nlp(pipeline.make_doc(
        "Talks resume\n\nLast week Washington approved the sale of radars to Taiwan."))
    assert not any(len(s) == 1 and s.text == "Washington" for s in doc.sents)


def test_a_wire_dateline_is_a_sentence_of_its_own():
    from newsgraph.core import Pipeline

    pipeline = Pipeline()
    text = "Talks resume\n\nLIMA, March 4 (Newswire) - Peru's army fired tear gas at protesters on Monday."
    doc = pipeline.nlp(pipeline.make_doc(text))
    sentences = [s.text.strip() for s in doc.sents]
    assert "Peru's army fired tear gas at protesters on Monday." in sentences
    record = pipeline.extract(text)
    names = {a.id: a.name for a in record.actors}
    assert [(e.code, names.get(e.source)) for e in record.events] == [("175", "Peru's army")]
