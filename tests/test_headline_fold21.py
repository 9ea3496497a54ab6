"""A headline's act noun told as the occasion of another act ("shuts border after attack") is not
that act told again: it is the attack the body tells, and folds into it."""
from __future__ import annotations

ARTICLE = """Ghana shuts border with Togo after attack on police post

ACCRA, June 9 (Reuters) - Ghana closed its border with Togo on Monday after gunmen killed four officers at a police post near Bawku, the interior ministry said.

Officials said the assailants fled across the border before dawn.
"""


def test_the_headline_attack_folds_into_the_killing_not_the_closure(pipeline):
    record = pipeline.extract(ARTICLE)
    by_code = {e.code[:3]: e for e in record.events}
    closure, killing = by_code["191"], by_code["190"]
    headline_end = ARTICLE.index("\n")
    attack_at = ARTICLE.index("attack")
    assert [m.start for m in killing.mentions if m.start < headline_end] == [attack_at]
    assert all(m.start != attack_at for m in closure.mentions)
