"""Force on a camp of people who fled is aimed at them, not at the camp's name; an adjective the
parser made a second subject ("Sudan's paramilitary Rapid Support Forces") is no second doer."""
from __future__ import annotations

from event_helpers import coded_dyads
from spacy.tokens import Doc

from newsgraph.pipeline import events

STORY = ("Camp raided\n\nJUBA, March 2 (Reuters) - South Sudan's feared paramilitary Tiger Division Forces (TDF) "
         "raided the Kapoeta displacement camp near the town of Torit on Saturday, killing 12 people, "
         "a UN agency said on Monday.")


def test_a_displacement_camp_raided_is_an_attack_on_the_displaced(pipeline):
    found = coded_dyads(pipeline, STORY)
    assert any(code.startswith(("18", "19")) and target == "SSDREF" for code, _, target in found)


def test_an_adjective_read_as_a_second_subject_makes_no_second_doer(pipeline):
    # the parse the tagger gives in some articles: "paramilitary" a subject of its own beside "Forces"
    words = ["Sudan", "'s", "paramilitary", "Rapid", "Support", "Forces", "shelled", "a", "market", "."]
    heads = [2, 0, 6, 5, 5, 6, 6, 8, 6, 6]
    deps = ["poss", "case", "nsubj", "compound", "compound", "nsubj", "ROOT", "det", "dobj", "punct"]
    tags = ["NNP", "POS", "JJ", "NNP", "NNP", "NNPS", "VBD", "DT", "NN", "."]
    doc = Doc(pipeline.nlp.vocab, words=words, heads=heads, deps=deps, tags=tags)
    assert [t.text for t in events._subject(doc[6])] == ["Forces"]
    two = Doc(pipeline.nlp.vocab, words=["Police", "and", "soldiers", "shelled", "it"], heads=[3, 0, 0, 3, 3],
              deps=["nsubj", "cc", "conj", "ROOT", "dobj"], tags=["NNS", "CC", "NNS", "VBD", "PRP"])
    assert [t.text for t in events._subject(two[3])] == ["Police"]  # a subject with its conjuncts stays
