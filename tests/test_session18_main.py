"""Session 18, the lead's own rules: general frames that the parse misleads."""
from event_helpers import coded_dyads


def test_semicolon_clause_is_not_a_complement_of_the_next_clause(pipeline):
    # The parser hangs "detains" as a complement of "refuses"; a semicolon joins two clauses.
    text = ("Zambian anti-graft agency arrests ex-minister Banda; court denies bail\n\n"
            "NAIROBI (Reuters) - Supporters of the Orange party gathered outside the court on Monday.")
    codes = [code for code, _, _ in coded_dyads(pipeline, text)]
    assert "173" in codes


def test_denial_in_the_same_clause_still_blocks_the_act(pipeline):
    text = "The Kenyan army denied that its soldiers had shelled the town of Garissa on Monday."
    codes = [code for code, _, _ in coded_dyads(pipeline, text)]
    assert not any(code.startswith("19") for code in codes)
