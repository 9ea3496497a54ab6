"""Helpers shared by the quote tests."""

def speaker_of(record, words: str):
    quote = next((q for q in record.quotes if words in q.text), None)
    assert quote is not None, [q.text for q in record.quotes]
    return next((a for a in record.actors if a.id == quote.speaker), None)

