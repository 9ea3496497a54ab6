"""Known small bugs of session 15, each with an invented text: the article's own state against a
foreign office holder named in it, a bare "Korean" when both Koreas are named, orders to one's own
forces, bylines and journalists, and review leftovers in actors.py."""
from __future__ import annotations

from actor_helpers import code, extract, named  # noqa: F401 (extract is a fixture)

# filed from Nairobi, led by Kenya in the title, about Kenya's talks; a US office holder is named often
_FILED_AT_HOME = (
    "Kenya suspends debt talks with the United States\n\n"
    "NAIROBI, May 12 - Kenya suspended talks on a debt swap with the United States on Monday, officials "
    "said, after Janet Yellen asked for new conditions.\n\n"
    "Yellen had told Kenyan negotiators that the swap needed an audit. Yellen said the United States "
    "wanted the audit within a month, and Yellen added that the offer stood.\n\n"
    "The Kenyan treasury said the demand came too late.\n"
)


def test_a_foreign_office_holder_does_not_outweigh_the_state_the_story_is_filed_from(extract):
    record = extract(_FILED_AT_HOME)
    assert code(named(record, "Janet Yellen")) == ("USA", "GOV")
    assert code(named(record, "officials")) == ("KEN", "GOV")
