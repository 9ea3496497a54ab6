"""A bare "spokesperson X" right after the quotation its sentence opens with speaks for the body
that is the subject of the sentence before, as one at the head of the sentence does. The stories
are invented."""
from __future__ import annotations

from actor_helpers import code, extract, named  # noqa: F401 (extract is a fixture)


def test_a_bare_spokesperson_after_a_quotation_speaks_for_the_body_before(extract):
    record = extract("Amnesty\n\nKinshasa - Congo pardoned forty jailed rebels on Thursday. "
                     "The UN rights office in Geneva objected to the pardons. \"Those who suffered deserve to see "
                     "a court,\" spokesperson Amara Lindqvist told reporters in Geneva.\n")
    assert code(named(record, "Amara Lindqvist")) == (None, "IGO")


def test_a_bare_spokesperson_at_the_head_of_the_sentence_still_does(extract):
    record = extract("Amnesty\n\nKinshasa - Congo pardoned forty jailed rebels on Thursday. "
                     "The UN rights office in Geneva objected to the pardons. Spokesperson Amara Lindqvist "
                     "told reporters in Geneva that victims deserved a trial.\n")
    assert code(named(record, "Amara Lindqvist")) == (None, "IGO")
