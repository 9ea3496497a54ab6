"""Helpers shared by the quote tests."""
from __future__ import annotations

def speaker_of(record, words: str):
    quote = next((q for q in record.quotes if words in q.text), None)
    assert quote is not None, [q.text for q in record.quotes]
    return next((a for a in record.actors if a.id == quote.speaker), None)



def quotes_by_text(pipeline, text: str) -> dict[str, tuple[str, str | None]]:
    """Each quote's text → (kind, speaker's name)."""
    record = pipeline.extract(text)
    names = {a.id: a.name for a in record.actors}
    return {q.text: (q.kind, names.get(q.speaker)) for q in record.quotes}


def quotes_containing(found: dict[str, tuple[str, str | None]], words: str) -> list[tuple[str, str | None]]:
    """The (kind, speaker) of every quote whose text holds the words."""
    return [value for text, value in found.items() if words in text]
