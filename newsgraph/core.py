"""The public entry point: `Pipeline().extract(text)` and `Pipeline().pipe(texts)`."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

import spacy
from spacy.language import Language

from newsgraph.confidence import ConfidenceModel
from newsgraph.model import Record
from newsgraph.pipeline.attribute_index import index_attribute_ruler
from newsgraph.pipeline.lemma_cache import cache_lemmatizer
from newsgraph.pipeline.prefixes import keep_re_prefixed_words
from newsgraph.pipeline.record import build_record
from newsgraph.settings import Settings
from newsgraph.sources import Article, content_hash, read_text
from newsgraph.text import remember_doc_text, repair

import newsgraph.pipeline.factories  # noqa: F401  (registers the components)

STAGES = ("ng_actors", "ng_quotes", "ng_places", "ng_amounts", "ng_headlines", "ng_events", "ng_record")
_RECORD_STAGE = ("ng_record",)


@lru_cache(maxsize=4)
def load_nlp(model: str, dictionaries: tuple[str, ...] = (), faster_components: bool = True) -> Language:
    """The spaCy pipeline with newsgraph's stages; loaded once per process and settings."""
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise RuntimeError(
            f"spaCy model {model!r} is not installed: pip install the package that provides it, "
            f"or set NEWSGRAPH_MODEL to one that is") from exc
    if faster_components:
        index_attribute_ruler(nlp)
        cache_lemmatizer(nlp)
    if keep_re_prefixed_words(nlp) and "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("ng_prefixed_lemmas", after="lemmatizer")
    nlp.add_pipe("ng_blocks", first=True)
    for stage in STAGES:
        config = {"dictionaries": list(dictionaries)} if stage in ("ng_actors", "ng_headlines", "ng_events") else {}
        nlp.add_pipe(stage, config=config)
    return nlp


ArticleLike = Union[str, Article]


class Pipeline:
    """Extraction of records from articles, with the language model loaded once."""

    def __init__(self, settings: Optional[Settings] = None, **overrides):
        settings = settings or Settings()
        if overrides:
            settings = replace(settings, **overrides)
        self.settings = settings
        self.nlp = load_nlp(settings.model, tuple(str(Path(p).resolve()) for p in settings.dictionaries),
                            settings.faster_model_components)
        self.confidence: Optional[ConfidenceModel] = ConfidenceModel.load(settings.confidence_model)

    def extract(self, article: ArticleLike, *, published: Optional[date] = None,
                title: Optional[str] = None) -> Record:
        """The record of one article (text or `Article`)."""
        return next(self.pipe([article], published=published, title=title))

    def pipe(self, articles: Iterable[ArticleLike], *, n_process: int = 1, batch_size: Optional[int] = None,
             published: Optional[date] = None, title: Optional[str] = None) -> Iterator[Record]:
        """Records for many articles, in input order."""
        docs = (self.make_doc(a, published=published, title=title) for a in articles)
        batch_size = batch_size or self.settings.batch_size
        if n_process == 1:
            # Docs that stay in this process need no plain-data record to travel with: build the
            # Record straight from the stages' state (already validated part by part), skipping
            # ng_record's dump and the validation back.
            for doc in self.nlp.pipe(docs, batch_size=batch_size, disable=_RECORD_STAGE):
                state, doc._.ng_state = doc._.ng_state, None
                yield self._scored(build_record(doc, state or {}))
            return
        for doc in self.nlp.pipe(docs, n_process=n_process, batch_size=batch_size):
            yield self._scored(Record.model_validate(doc._.ng_record))

    def _scored(self, record: Record, min_confidence: Optional[float] = None) -> Record:
        if self.confidence is None:  # the events keep their patterns' priors (see bench/train_confidence.py)
            return record
        return self.confidence.score(record, self.settings.min_confidence if min_confidence is None else min_confidence)

    def analyse(self, article: ArticleLike, *, published: Optional[date] = None):
        """The parsed Doc with every stage's working state, and the record built from it
        (for explanations and debugging; `extract` is the fast path). The events stage traces
        what became of every coded trigger in the state's `TRACE_KEY` list (see `explain`)."""
        from newsgraph.pipeline.factories import state_of
        from newsgraph.pipeline.sides import TRACE_KEY

        doc = self.make_doc(article, published=published)
        for name, proc in self.nlp.pipeline:
            if name == "ng_record":
                break
            if name == "ng_events":
                state_of(doc)[TRACE_KEY] = []
            doc = proc(doc)
        # every event kept, so that the explanation's event numbers are the record's
        return doc, self._scored(build_record(doc, doc._.ng_state or {}), min_confidence=0.0)

    def make_doc(self, article: ArticleLike, *, published: Optional[date] = None, title: Optional[str] = None):
        """Repair the article's text and wrap it in a Doc carrying its metadata."""
        if isinstance(article, str):
            article = read_text(article, source="<text>")
        repaired = repair(article.raw)
        doc = self.nlp.make_doc(repaired.text)
        remember_doc_text(doc, repaired.text)
        when = article.published or published
        doc._.ng_meta = {
            "id": content_hash(article.raw),
            "source": article.source,
            "title": title or article.title or repaired.title,
            "published": when.isoformat() if when else None,
            "language": article.language or "en",
            "blocks": [[b.kind, b.start, b.end, b.joined] for b in repaired.blocks],
        }
        return doc


def extract(text: str, **kwargs) -> Record:
    """Convenience: the record of one text with default settings."""
    return Pipeline().extract(text, **kwargs)
