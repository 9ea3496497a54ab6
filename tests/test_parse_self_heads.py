"""Walks up the parse must end at a token the parser left as its own head, whatever its label."""
from __future__ import annotations

from types import SimpleNamespace

from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsgraph.pipeline.actors import ActorExtractor


def _doc_with_a_self_headed_compound() -> Doc:
    # "Kerr" is its own head but keeps the label "compound": a shape the parser can leave behind
    # where a sentence boundary is forced inside a name
    return Doc(Vocab(), words=["Gunmen", "shot", "Anna", "Kerr"], heads=[1, 1, 3, 3],
               deps=["nsubj", "ROOT", "compound", "compound"])


def test_victim_check_stops_at_a_self_headed_token():
    doc = _doc_with_a_self_headed_compound()
    assert doc[3].head.i == 3 and doc[3].dep_ == "compound"
    table = SimpleNamespace(drafts={}, token_owner={})
    # before the guard this looped for ever; a name with no verb above it has no state doer
    assert ActorExtractor._object_of_unofficial_doer(table, doc[2]) is True
