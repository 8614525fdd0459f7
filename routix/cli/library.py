"""The template library from the command line: `routix templates …` and `routix search`."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from kernel.errors import RoutixError
from routix.cli.context import run_with_services

console = Console(highlight=False)
templates_app = typer.Typer(help="Manage the secret template library.", no_args_is_help=True)
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".webp"}


def register(app: typer.Typer) -> None:
    app.add_typer(templates_app, name="templates")
    app.command()(search)


def _add_files(files: list[Path], niches: list[str]) -> None:
    from admin.ingest import TemplateInput, ingest

    async def action(services) -> int:
        failures = 0
        for path in files:
            try:
                data = path.read_bytes()
            except OSError as exc:
                console.print(f"[red]✗[/] {path}: cannot read it ({exc.strerror}).")
                failures += 1
                continue
            try:
                done = await ingest(
                    services, TemplateInput(data=data, filename=path.name, niches=niches)
                )
            except RoutixError as exc:
                console.print(f"[red]✗[/] {path}: {exc.user_message}")
                failures += 1
                continue
            console.print(
                f"[green]✓[/] {path} → {done.slug} ({', '.join(done.niches) or '-'}; {done.layout})"
            )
        return failures

    failures = run_with_services(action)
    if failures:
        raise typer.Exit(1)


@templates_app.command("add")
def add(
    files: list[Path] = typer.Argument(..., help="Image files (PNG, JPEG, WebP)."),
    niche: list[str] = typer.Option([], "--niche", "-n", help="Niche tag (repeatable)."),
) -> None:
    """Add template images: validated, analysed into design DNA, embedded, stored."""
    _add_files(files, niche)


@templates_app.command("import")
def import_dir(
    directory: Path = typer.Argument(..., exists=True, file_okay=False),
    niche: list[str] = typer.Option([], "--niche", "-n"),
) -> None:
    """Add every file in a folder (non-images are refused one by one, with the reason)."""
    files = sorted(p for p in directory.rglob("*") if p.is_file() and not p.name.startswith("."))
    if not files:
        console.print(f"No files in {directory}.")
        return
    _add_files(files, niche)


@templates_app.command("list")
def list_(
    as_json: bool = typer.Option(False, "--json", help="One JSON object per template."),
) -> None:
    """List the library."""
    from admin.templates import list_templates

    templates = run_with_services(list_templates)
    if as_json:
        for t in templates:
            print(
                json.dumps(
                    {
                        "id": str(t.id),
                        "slug": t.slug,
                        "name": t.name,
                        "status": str(t.status),
                        "niches": t.niches,
                        "layout": t.layout,
                        "aspect": t.aspect,
                        "faces": t.face_count,
                        "energy": t.energy,
                        "source": t.source,
                    }
                )
            )
        return
    table = Table("slug", "niches", "layout", "aspect", "faces", "energy", "status")
    for t in templates:
        table.add_row(
            t.slug,
            ", ".join(t.niches),
            t.layout,
            t.aspect,
            str(t.face_count),
            str(t.energy),
            str(t.status),
        )
    console.print(table)
    console.print(f"{len(templates)} templates")


@templates_app.command("show")
def show(ref: str = typer.Argument(..., help="Template id or slug.")) -> None:
    """Show one template: facts, design DNA summary, and the text it is searched by."""
    from admin.templates import get_template

    async def action(services):
        template = await get_template(services, ref)
        return template, services.objects.url(template.image_key)

    t, url = run_with_services(action)
    console.print(f"[bold]{t.name}[/] ({t.slug}) — {t.status}")
    console.print(f"id {t.id} · {t.width}×{t.height} ({t.aspect}) · source {t.source}")
    console.print(
        f"niches {', '.join(t.niches)} · layout {t.layout} · faces {t.face_count} · "
        f"energy {t.energy}/10 · text {t.text_amount}"
    )
    palette = " ".join(
        f"{s['hex']} ({s['role']}, {s['share']:.0%})" for s in (t.dna or {}).get("palette", [])
    )
    console.print(f"palette {palette}")
    console.print(f"described as: {t.description}")
    console.print(f"image: {url}")


@templates_app.command("disable")
def disable(ref: str = typer.Argument(..., help="Template id or slug.")) -> None:
    """Stop offering a template (search skips it at once); audited."""
    from admin.templates import set_status
    from storage.models import TemplateStatus

    t = run_with_services(lambda s: set_status(s, ref, TemplateStatus.DISABLED))
    console.print(f"Disabled {t.slug}.")


@templates_app.command("enable")
def enable(ref: str = typer.Argument(..., help="Template id or slug.")) -> None:
    """Offer a disabled template again; audited."""
    from admin.templates import set_status
    from storage.models import TemplateStatus

    t = run_with_services(lambda s: set_status(s, ref, TemplateStatus.ACTIVE))
    console.print(f"Enabled {t.slug}.")


@templates_app.command("reembed")
def reembed() -> None:
    """Re-embed every template with the current embedder (after switching providers)."""
    from admin.templates import reembed_all

    count = run_with_services(reembed_all)
    console.print(f"Re-embedded {count} templates.")


@templates_app.command("seed")
def seed() -> None:
    """Add the generated starter library (skips templates already present)."""
    from admin.seed import seed_starter_library

    def progress(done: int, total: int, slug: str) -> None:
        console.print(f"[{done}/{total}] {slug}")

    added = run_with_services(lambda s: seed_starter_library(s, progress))
    console.print(f"Added {added} starter templates.")


def search(
    query: str = typer.Argument(..., help="What the thumbnail is about / should look like."),
    niche: list[str] = typer.Option([], "--niche", "-n"),
    layout: str | None = typer.Option(None, help="e.g. face_right, versus, big_number"),
    colour: list[str] = typer.Option([], "--colour", help="Wanted colour, hex (#ff0000)"),
    energy: int | None = typer.Option(None, min=1, max=10),
    aspect: str | None = typer.Option(None, help="16:9, 9:16 or 1:1"),
    k: int = typer.Option(6, "-k", min=1, max=50),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Search the library as the agent does, with scores and reasons (an operator's view)."""
    from dataclasses import replace

    from library.search import TemplateQuery, search_templates
    from library.wants import read_wants

    # Words in the query give the wishes; explicit options win over them.
    read = read_wants(query)
    wants = replace(
        read.wants,
        layout=layout or read.wants.layout,
        colours=colour or read.wants.colours,
        energy=energy or read.wants.energy,
        niches=niche or read.wants.niches,
    )
    query_ = TemplateQuery(
        text=query, k=k, niches=niche, aspect=aspect, wants=wants, faces=read.faces
    )
    hits = run_with_services(lambda s: search_templates(s.sessions, s.embedder, query_))
    if as_json:
        print(
            json.dumps(
                [
                    {
                        "id": str(h.template_id),
                        "slug": h.slug,
                        "name": h.name,
                        "niches": h.niches,
                        "layout": h.layout,
                        "score": round(h.score, 4),
                        "similarity": round(h.similarity, 4),
                        "fit": None if h.fit is None else round(h.fit, 4),
                        "why": h.why,
                    }
                    for h in hits
                ],
                indent=2,
            )
        )
        return
    table = Table("#", "slug", "score", "niches", "why")
    for i, h in enumerate(hits, 1):
        table.add_row(str(i), h.slug, f"{h.score:.3f}", ", ".join(h.niches), h.why)
    console.print(table)
