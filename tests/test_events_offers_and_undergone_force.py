"""Force a party undergoes with its doer untold ("X has suffered attacks"), offers and intents to
mediate (039), and recognition granted (054)."""
from __future__ import annotations

from event_helpers import dyads


def test_a_country_that_suffered_attacks_is_their_target(pipeline):
    for text, country in (("Mali has suffered dozens of attacks in its central region since 2020.", "Mali"),
                          ("Niger sustained several raids near its border with Burkina Faso this year.", "Niger")):
        found = dyads(pipeline, text)
        assert any(code == "190" and source is None and target == country for code, source, target in found), text


def test_being_willing_or_ready_to_mediate_is_an_intent_to_mediate(pipeline):
    for text in ("Qatar is willing to mediate between Kenya and Somalia.",
                 "Egypt said it was ready to mediate between Israel and Hamas."):
        found = dyads(pipeline, text)
        assert any(code == "039" for code, _, _ in found), text
        assert not [d for d in found if d[0] == "036"], text


def test_granting_recognition_is_recognition(pipeline):
    for text, source in (("Spain granted formal recognition to Palestine on Tuesday.", "Spain"),
                         ("Chad became the first country to grant recognition to the new government of Sudan.",
                          "Chad")):
        found = dyads(pipeline, text)
        assert any(code == "054" and src == source for code, src, _ in found), text
