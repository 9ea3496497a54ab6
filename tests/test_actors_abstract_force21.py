""""The full force of the law" is no armed force: no actor is made of it."""
from __future__ import annotations


def test_the_force_of_the_law_is_no_actor(pipeline):
    record = pipeline.extract("HARARE, Zimbabwe (Reuters) - The police commissioner warned that looters would "
                              "feel the full force of the law.")
    assert not any("force" in a.name for a in record.actors)


def test_a_force_of_men_is_still_an_actor(pipeline):
    record = pipeline.extract("HARARE, Zimbabwe (Reuters) - A special police force raided the market on Tuesday.")
    assert any("force" in a.name for a in record.actors)
