"""`ActorTable.body_before`: the organisation a bare "the union" points back to."""
from __future__ import annotations

from spacy.tokens import Span

from newsgraph.pipeline.actors import ActorTable


def _table(pipeline) -> tuple[ActorTable, int]:
    """A table with two unions named in the first sentence (the second one by description only)
    and a state; returns it with the index of "union" in the last sentence."""
    doc = pipeline.nlp(pipeline.make_doc("The Harbour Pilots Union met the Canal Lock Union in Oslo. "
                                         "Talks went on for hours. The union said no."))
    table = ActorTable(doc, None)
    words = [t.text for t in doc]
    for name, kind in (("Harbour Pilots Union", "name"), ("Canal Lock Union", "description")):
        start = words.index(name.split()[0])
        key = "org:" + name
        table.get(key, "ORG").add_name(name)
        table.claim(Span(doc, start, start + 3), key, kind)
    oslo = words.index("Oslo")
    table.get("gpe:NOR", "GPE").add_name("Oslo")
    table.claim(Span(doc, oslo, oslo + 1), "gpe:NOR")
    return table, len(words) - 3


def test_unique_asks_for_the_only_fitting_body(pipeline) -> None:
    table, union = _table(pipeline)
    tok = table.doc[union]
    assert table.body_before(tok, lambda d: True) is None  # two unions: which one is unsaid
    assert table.body_before(tok, lambda d: "Harbour" in d.names[0]) == "org:Harbour Pilots Union"
    assert table.body_before(tok, lambda d: True, named_only=True) == "org:Harbour Pilots Union"


def test_otherwise_the_body_mentioned_last_wins(pipeline) -> None:
    table, union = _table(pipeline)
    assert table.body_before(table.doc[union], lambda d: True, unique=False) == "org:Canal Lock Union"


def test_sentences_bound_how_far_back_it_looks(pipeline) -> None:
    table, union = _table(pipeline)
    tok = table.doc[union]
    assert table.body_before(tok, lambda d: True, sentences=1, unique=False) is None
    assert table.body_before(tok, lambda d: True, sentences=2, unique=False) == "org:Canal Lock Union"
    # nothing after the word counts
    assert table.body_before(table.doc[1], lambda d: True, unique=False) is None
