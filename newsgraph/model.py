"""The record: the JSON contract between extraction stages and every consumer.

Every offset (`start`, `end`) points into `Record.text`, the repaired article text:
`record.text[m.start:m.end] == m.text` holds for every mention.
"""
from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"

ActorType = Literal["PERSON", "ORG", "GPE", "GROUP"]
BlockKind = Literal["title", "heading", "paragraph", "caption"]
QuoteKind = Literal["direct", "indirect", "partial"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    """A stretch of the repaired text."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    kind: Optional[str] = Field(None, description="name, title, description, pronoun or acronym")


class Block(_Model):
    """A structural unit of the article: its title, a heading, a paragraph or a photo caption."""

    kind: BlockKind
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    joined: int = Field(1, description="how many raw blocks were re-joined into this one")


class CodeEvidence(_Model):
    """Why an actor carries its country or sector: the rule and what it read."""

    field: Literal["country", "sector", "type", "identity"]
    value: str
    rule: str
    source: str = Field(description="the dictionary entry, title or words that gave the value")


class Actor(_Model):
    id: str
    name: str = Field(description="canonical name")
    aliases: list[str] = Field(default_factory=list, description="every surface form seen")
    type: ActorType
    country: Optional[str] = Field(None, description="ISO 3166-1 alpha-3")
    sector: Optional[str] = Field(None, description="CAMEO-style role: GOV, MIL, REB, ...")
    code: Optional[str] = Field(None, description="country + sector, e.g. IRQGOV")
    role: Optional[str] = Field(None, description="the title the text gives")
    affiliation: Optional[str] = Field(None, description="actor id of the organisation it belongs to")
    anonymous: bool = False
    coded: bool = Field(False, description="whether a dictionary or a title gave it a code")
    dictionary_id: Optional[str] = Field(None, description="the dictionary entry it matched")
    mentions: list[Span] = Field(default_factory=list)
    evidence: list[CodeEvidence] = Field(default_factory=list)


class Quote(_Model):
    id: str
    text: str
    start: int
    end: int
    kind: QuoteKind
    speaker: Optional[str] = Field(None, description="actor id")
    speaker_text: Optional[str] = None
    cue: Optional[str] = None
    addressee: Optional[str] = None
    evidence: str = Field("", description="the rule that found it")


class EventMention(_Model):
    evidence: str
    start: int
    end: int


class Event(_Model):
    id: str
    source: Optional[str] = None
    target: Optional[str] = None
    code: str
    root: str
    quad_class: int
    goldstein: float
    negated: bool = False
    modality: Optional[str] = None
    date: Optional[str] = None
    location: Optional[str] = None
    evidence: str
    start: int
    end: int
    rule: str
    confidence: float = Field(1.0, description="estimated probability that a hand-coder codes the same act "
                                                "with the same root and sides (newsgraph.confidence)")
    mentions: list[EventMention] = Field(default_factory=list)


class Location(_Model):
    id: str
    name: str
    country: Optional[str] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    geonames_id: Optional[int] = None
    mentions: list[Span] = Field(default_factory=list)


class Amount(_Model):
    text: str
    start: int
    end: int
    value: Optional[float] = None
    currency: Optional[str] = None
    unit: Optional[str] = None
    about: Optional[str] = None


class Record(_Model):
    """Everything newsgraph extracted from one article."""

    schema_version: str = SCHEMA_VERSION
    id: str = Field(description="content hash of the raw text")
    source: Optional[str] = Field(None, description="file name or URL the article came from")
    title: Optional[str] = None
    published: Optional[str] = Field(None, description="ISO date")
    language: str = "en"
    text: str = Field(description="the repaired text every offset points into")
    blocks: list[Block] = Field(default_factory=list)
    actors: list[Actor] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    locations: list[Location] = Field(default_factory=list)
    amounts: list[Amount] = Field(default_factory=list)


def record_json_schema() -> dict:
    """JSON Schema of a record, generated from the model."""
    return Record.model_json_schema()
