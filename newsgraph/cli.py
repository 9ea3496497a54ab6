"""Command line: a thin client over the library."""
from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import date
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="newsgraph: evidence-grounded event data from news articles.")
out = Console()
err = Console(stderr=True, soft_wrap=True, highlight=False)


class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


def _published(value: Optional[str]) -> Optional[date]:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"--published takes an ISO date (YYYY-MM-DD), not {value!r}")


def _pipeline(dictionary: List[Path], model: Optional[str], min_confidence: float = 0.0):
    from newsgraph.core import Pipeline
    from newsgraph.errors import DictionaryError

    overrides = {"dictionaries": tuple(dictionary), "min_confidence": min_confidence}
    if model:
        overrides["model"] = model
    try:
        return Pipeline(**overrides)
    except DictionaryError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2)
    except RuntimeError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2)


@app.command()
def extract(
    files: List[str] = typer.Argument(..., help="article files or folders; - reads stdin"),
    format: Format = typer.Option(Format.table, "--format", "-f", help="table, json or jsonl"),
    published: Optional[str] = typer.Option(None, help="publication date (YYYY-MM-DD) when the article has none"),
    dictionary: List[Path] = typer.Option([], "--dictionary", "-d", help="extra dictionary file (YAML); repeatable"),
    model: Optional[str] = typer.Option(None, help="spaCy model package (default: setting NEWSGRAPH_MODEL)"),
    new_actors: bool = typer.Option(False, "--new-actors", help="report actors no dictionary knows"),
    n_process: int = typer.Option(1, "--n-process", help="worker processes for large batches"),
    min_confidence: float = typer.Option(0.0, "--min-confidence", min=0.0, max=1.0,
                                         help="leave out events whose confidence is lower (0-1)"),
) -> None:
    """Extract the record of each article: actors, quotes, events, places, amounts."""
    from newsgraph.errors import InputError
    from newsgraph.sources import iter_inputs

    when = _published(published)
    pipeline = _pipeline(dictionary, model, min_confidence)
    bad: list[InputError] = []

    def good_inputs():
        for item in iter_inputs(files, max_bytes=pipeline.settings.max_bytes):
            if isinstance(item, InputError):
                bad.append(item)
                err.print(f"[red]error:[/red] {item}")
                continue
            yield item

    unknown: Counter[tuple[str, str]] = Counter()
    count = 0
    for record in pipeline.pipe(good_inputs(), published=when, n_process=n_process):
        count += 1
        if format is Format.jsonl:
            sys.stdout.write(record.model_dump_json() + "\n")
            sys.stdout.flush()
        elif format is Format.json:
            sys.stdout.write(record.model_dump_json(indent=2) + "\n")
        else:
            show_record(record)
        if new_actors:
            for a in record.actors:
                if not a.coded and not a.anonymous:
                    unknown[(a.name, a.type)] += 1
    if new_actors:
        show_new_actors(unknown)
    if bad and (count == 0 or len(files) == 1 and files[0] != "-" and not Path(files[0]).is_dir()):
        raise typer.Exit(1)
    if bad:
        err.print(f"{len(bad)} input(s) could not be read; {count} record(s) written")
        raise typer.Exit(1 if count == 0 else 0)


@app.command()
def quotes(
    files: List[str] = typer.Argument(..., help="article files or folders; - reads stdin"),
    format: Format = typer.Option(Format.table, "--format", "-f", help="table, json or jsonl"),
    dictionary: List[Path] = typer.Option([], "--dictionary", "-d", help="extra dictionary file (YAML); repeatable"),
    model: Optional[str] = typer.Option(None, help="spaCy model package (default: setting NEWSGRAPH_MODEL)"),
) -> None:
    """List each article's quotations, direct and reported, with their speakers."""
    from newsgraph.errors import InputError
    from newsgraph.sources import iter_inputs

    pipeline = _pipeline(dictionary, model)
    failed = 0
    inputs = []
    for item in iter_inputs(files, max_bytes=pipeline.settings.max_bytes):
        if isinstance(item, InputError):
            failed += 1
            err.print(f"[red]error:[/red] {item}")
        else:
            inputs.append(item)
    for record in pipeline.pipe(inputs):
        by_id = {a.id: a for a in record.actors}
        rows = [{"source": record.source, "id": q.id, "kind": q.kind, "speaker": q.speaker,
                 "speaker_name": by_id[q.speaker].name if q.speaker in by_id else None,
                 "speaker_text": q.speaker_text, "cue": q.cue, "text": q.text, "start": q.start, "end": q.end}
                for q in record.quotes]
        if format is Format.table:
            table = Table(title=f"Quotes: {record.title or record.source}")
            for col in ("speaker", "kind", "cue", "quote"):
                table.add_column(col)
            for r in rows:
                table.add_row(r["speaker_name"] or f"[dim]{r['speaker_text'] or '?'}[/dim]", r["kind"],
                              r["cue"] or "", _clip(r["text"], 110))
            out.print(table)
        elif format is Format.json:
            sys.stdout.write(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")
        else:
            for r in rows:
                sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
    if failed:
        raise typer.Exit(1)


@app.command()
def explain(
    file: str = typer.Argument(..., help="an article file; - reads stdin"),
    published: Optional[str] = typer.Option(None, help="publication date (YYYY-MM-DD) when the article has none"),
    dictionary: List[Path] = typer.Option([], "--dictionary", "-d", help="extra dictionary file (YAML); repeatable"),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="leave out sentences where nothing fired"),
    as_json: bool = typer.Option(False, "--json", help="the same notes as JSON"),
) -> None:
    """Show, sentence by sentence, which events were coded and why, and what fired nothing."""
    from newsgraph.errors import InputError
    from newsgraph.explain import as_json as explanation_json, explain as explain_article
    from newsgraph.sources import iter_inputs

    items = list(iter_inputs([file]))
    if len(items) != 1 or isinstance(items[0], InputError):
        for item in items:
            err.print(f"[red]error:[/red] {item}")
        raise typer.Exit(1)
    record, sentences = explain_article(_pipeline(dictionary, None), items[0], published=_published(published))
    if as_json:
        data = explanation_json(record, [s for s in sentences if s.notes or not quiet])
        sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
        return
    names = {a.id: f"{a.name} ({a.code or a.type})" for a in record.actors}
    for n, sentence in enumerate(sentences, 1):
        if quiet and not sentence.notes:
            continue
        out.print(f"[bold]{n}.[/bold] {_clip(sentence.text, 160)}")
        for e in sentence.events:
            if not any(m.start == e.start for m in e.mentions[:1]) and e.mentions:
                continue
            flags = ", ".join(x for x in (e.modality, "negated" if e.negated else None, e.date) if x)
            out.print(f"   [green]{e.id}[/green] {names.get(e.source or '', '—')} —{e.code}→ "
                      f"{names.get(e.target or '', '—')}  rule {e.rule}" + (f"  \\[{flags}]" if flags else ""))
        for note in sentence.notes:
            out.print(f"   [dim]'{note.trigger}' {note.code} ({note.rule}); source words: {note.source_words or '—'}; "
                      f"target words: {note.target_words or '—'} → {note.outcome}[/dim]")
        if not sentence.notes:
            out.print("   [dim]no pattern fired[/dim]")


_PUBLIC_GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold" / "public"


@app.command("eval")
def evaluate(
    validation: Optional[Path] = typer.Argument(
        None, help="gold file (default: ../shared/gold/public/PETR2_GSR_validation.xml, "
                   "or PLOVER_GSR_CAMEO.txt with --plover)"),
    plover: bool = typer.Option(False, "--plover", help="score the PLOVER gold-standard records (JSON) instead"),
    plover_table: Path = typer.Option(_PUBLIC_GOLD / "CAMEO2PLOVER-2021.txt", "--plover-table",
                                      help="CAMEO-to-PLOVER conversion table used with --plover"),
    show: bool = typer.Option(False, "--show", help="list every record with what was expected and produced"),
    dictionary: List[Path] = typer.Option([], "--dictionary", "-d", help="extra dictionary file (YAML); repeatable"),
) -> None:
    """Code public gold sentences from raw text: PETRARCH-2 (exact and root-level matches) or PLOVER."""
    from newsgraph.errors import InputError
    from newsgraph.evaluation import read_petrarch_validation, validate

    if plover:
        _evaluate_plover(validation or _PUBLIC_GOLD / "PLOVER_GSR_CAMEO.txt", plover_table, show, dictionary)
        return
    try:
        sentences = read_petrarch_validation(validation or _PUBLIC_GOLD / "PETR2_GSR_validation.xml")
    except InputError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(1)
    report = validate(sentences, _pipeline(dictionary, None))
    parsed = {s.id for s in sentences if s.has_parse}
    if show:
        for r in report.results:
            mark = "exact" if r.exact else ("root" if r.root else "miss")
            want = ", ".join(f"{g.source}-{g.code}->{g.target}" for g in r.expected) or "no event"
            got = ", ".join(f"{p.source}-{p.code}->{p.target}" for p in r.produced) or "no event"
            out.print(f"{mark:5s} {r.id}: expected {want}; produced {got}")
    out.print(f"records: {report.total} (with a parse: {len(parsed)})")
    out.print(f"exact (code, source, target): {report.count('exact')}/{report.total}")
    out.print(f"root level (root, source and target countries): {report.count('root')}/{report.total}")


def _evaluate_plover(path: Path, table_path: Path, show: bool, dictionary: List[Path]) -> None:
    from newsgraph.errors import InputError
    from newsgraph.evaluation import read_cameo_to_plover, read_plover_records, validate_plover

    try:
        records = read_plover_records(path)
        table = read_cameo_to_plover(table_path)
    except InputError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(1)
    report = validate_plover(records, _pipeline(dictionary, None), table)
    if show:
        for r in report.results:
            mark = "dyad" if r.dyad_match else ("type" if r.type_match else "miss")
            want = f"{'+'.join(r.sources) or '?'}-{r.expected}->{'+'.join(r.targets) or '?'}"
            got = ", ".join(f"{src or '?'}-{code}/{kind or '-'}->{tgt or '?'}"
                            for code, kind, src, tgt in r.produced) or "no event"
            out.print(f"{mark:4s} {r.id}: expected {want}; produced {got}", soft_wrap=True)
        for kind, (n, typed, dyad) in report.by_type().items():
            out.print(f"  {kind:12s} {typed:3d}/{n:<3d} type, {dyad:3d}/{n:<3d} type + dyad")
    out.print(f"records: {report.total}")
    out.print(f"event type (our CAMEO code mapped to PLOVER): {report.type_matches}/{report.total}")
    out.print(f"type + source country + target country: {report.dyad_matches}/{report.total}")


@app.command()
def schema() -> None:
    """Print the JSON Schema of the record."""
    from newsgraph.model import record_json_schema

    sys.stdout.write(json.dumps(record_json_schema(), indent=2) + "\n")


def show_record(record) -> None:
    title = record.title or (record.source or "article")
    out.rule(f"[bold]{title}")
    meta = f"{len(record.blocks)} blocks · {len(record.actors)} actors · {len(record.quotes)} quotes · {len(record.events)} events"
    if record.published:
        meta = f"published {record.published} · " + meta
    out.print(meta)
    table = Table(title="Actors", show_lines=False)
    for col in ("name", "type", "code", "role", "mentions", "aliases"):
        table.add_column(col)
    for a in record.actors:
        code = a.code or ("[dim]uncoded[/dim]" if not a.anonymous else "")
        name = a.name + (" [dim](anonymous)[/dim]" if a.anonymous else "")
        table.add_row(name, a.type, code, a.role or "", str(len(a.mentions)), ", ".join(a.aliases[:4]))
    out.print(table)
    if record.quotes:
        by_id = {a.id: a.name for a in record.actors}
        qt = Table(title="Quotes")
        for col in ("speaker", "kind", "cue", "text"):
            qt.add_column(col)
        for q in record.quotes:
            qt.add_row(by_id.get(q.speaker or "", q.speaker_text or "?"), q.kind, q.cue or "", _clip(q.text, 90))
        out.print(qt)
    if record.events:
        by_id = {a.id: a.name for a in record.actors}
        out.print("[bold]Events")
        for e in record.events:
            src = by_id.get(e.source or "", "—")
            tgt = by_id.get(e.target or "", "—")
            flags = ", ".join(f for f in ("not" if e.negated else "", e.modality or "", e.date or "") if f)
            out.print(f"  {src} —{e.code}/{_code_label(e.code)}→ {tgt}" + (f" ({flags})" if flags else "")
                      + f"   [dim]{_clip(e.evidence, 100)}[/dim]")


def show_new_actors(unknown: Counter) -> None:
    table = Table(title="New actor candidates (no dictionary entry, no title code)")
    table.add_column("name")
    table.add_column("type")
    table.add_column("articles", justify="right")
    for (name, type_), n in unknown.most_common():
        table.add_row(name, type_, str(n))
    Console(stderr=True).print(table)


def _code_label(code: str) -> str:
    from newsgraph.knowledge.cameo import get_cameo

    cameo = get_cameo()
    return cameo.get(code).name.lower() if code in cameo else "?"


def _clip(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


if __name__ == "__main__":
    app()
