"""The counterpart of an act whose text names a doer but no target: an official of one of the two
states the story told of in the act's sentence or the one before acts on the other state; an act
further from the pair, by a body rather than an official, or by an official of a third state keeps
no target (and is dropped unless it means something without one)."""
from __future__ import annotations

import pytest

from event_helpers import dyads

_PAIR = "Chile recalled its ambassador from Peru on Monday."


def _aimed(found, root: str) -> set:
    return {(source, target) for code, source, target in found if code.startswith(root)}


@pytest.mark.parametrize("act, root", [
    ("Chilean Foreign Minister Anton Kessel said he sincerely regretted the incident.", "05"),
    ("Chilean Foreign Minister Anton Kessel said his government was still ready to talk.", "03"),
    ("Chilean Foreign Minister Anton Kessel said the airspace of Chile had been violated.", "11"),
])
def test_an_official_of_one_state_of_the_pair_acts_on_the_other(pipeline, act, root):
    assert ("Anton Kessel", "Peru") in _aimed(dyads(pipeline, f"{_PAIR} {act}"), root)


def test_a_pair_told_of_sentences_before_is_no_counterpart(pipeline):
    text = (f"{_PAIR} The harbour was quiet on Tuesday. Fishing boats stayed in port. "
            "Chilean Foreign Minister Anton Kessel said he sincerely regretted the incident.")
    assert not any(target == "Peru" for _, target in _aimed(dyads(pipeline, text), "05"))


def test_an_official_of_a_third_state_acts_on_no_one(pipeline):
    text = f"{_PAIR} Argentine Foreign Minister Lena Varga said she sincerely regretted the incident."
    assert not any(target == "Peru" for _, target in _aimed(dyads(pipeline, text), "05"))
