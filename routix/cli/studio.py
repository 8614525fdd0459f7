"""Making thumbnails from the command line: `routix chat`, `routix generate`, `routix render`."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import typer
from rich.console import Console

from routix.cli.context import run_with_services
from routix.errors import InvalidInput, NotFound

console = Console(highlight=False)


def register(app: typer.Typer) -> None:
    app.command()(chat)
    app.command()(generate)
    app.command()(render)


async def _user_id(services, ref: str) -> uuid.UUID:
    """A user by email; `demo` is the local demo creator (made on first use)."""
    from admin.users import DEMO_EMAIL, ensure_demo_creator, find_user

    email = DEMO_EMAIL if ref == "demo" else ref
    async with services.sessions.begin() as session:
        user = await find_user(session, email)
        if user is None and email == DEMO_EMAIL:
            await ensure_demo_creator(session, services.settings.data_path)
            user = await find_user(session, email)
    if user is None:
        raise NotFound(f"No user {ref!r}. Create one with `routix users add {ref}`.")
    return user.id


def _attachments(photo: Path | None):
    from agent.events import Attachment

    if photo is None:
        return []
    try:
        return [Attachment(filename=photo.name, data=photo.read_bytes())]
    except OSError as exc:
        raise InvalidInput(f"Cannot read {photo}: {exc.strerror}.") from exc


def _local_path(services, url: str) -> str:
    """Show a file path for local storage (the URL needs the web app and a session)."""
    prefix = "/files/"
    store = services.objects.store
    if url.startswith(prefix) and hasattr(store, "local_path"):
        return str(store.local_path(url[len(prefix):]))
    return url


async def _print_turn(services, user: str, thread: str | None, message: str,
                      photo: Path | None, size: str | None, as_json: bool,
                      until_queued: bool = False) -> list:
    from agent.turn import run_turn

    user_id = await _user_id(services, user)
    events = []
    async for event in run_turn(services, user_id, thread, message, _attachments(photo),
                                size=size):
        events.append(event)
        if until_queued and event.type == "status" and event.step == "rendering":
            # The job is queued and paid for; the worker finishes it without us.
            console.print(f"{event.message} Queued; the worker finishes it (use --wait to "
                          "follow it here).")
            break
        if as_json:
            data = event.model_dump(mode="json")
            if event.type == "image":
                data["path"] = _local_path(services, event.url)
            print(json.dumps(data, ensure_ascii=False), flush=True)
            continue
        _show(services, event)
    return events


def _show(services, event) -> None:
    kind = event.type
    if kind == "thread":
        console.print(f"[dim]thread {event.thread_id}[/]")
    elif kind == "status":
        console.print(f"[cyan]…[/] {event.message}")
    elif kind == "progress":
        console.print(f"[cyan]{event.percent:>3}%[/] {event.message}")
    elif kind == "image":
        mark = "[green]✓[/]" if event.compliance.ok else "[yellow]![/]"
        console.print(f"{mark} #{event.position} {event.width}×{event.height} "
                      f"{_local_path(services, event.url)}")
    elif kind == "credits":
        change = f" ({event.change:+d})" if event.change else ""
        console.print(f"[magenta]credits[/] {event.balance}{change}")
    elif kind == "question":
        console.print(f"[bold]? {event.question}[/]")
    elif kind == "message":
        console.print(f"[bold]Routix:[/] {event.text}")
    elif kind == "error":
        console.print(f"[red]✗ {event.message}[/]")


def chat(message: str = typer.Argument(..., help="What you would type in the chat."),
         user: str = typer.Option(..., "--user", "-u", help="Email, or `demo`."),
         thread: str | None = typer.Option(None, "--thread", "-t", help="Continue a thread."),
         photo: Path | None = typer.Option(None, "--photo", help="A photo of you or a product."),
         size: str | None = typer.Option(None, help="16:9 (default), 9:16 or 1:1."),
         as_json: bool = typer.Option(False, "--json", help="One event per line.")) -> None:
    """One chat turn with the agent (the first line of --json output carries the thread id)."""
    events = run_with_services(lambda s: _print_turn(s, user, thread, message, photo, size,
                                                     as_json))
    if any(e.type == "error" for e in events):
        raise typer.Exit(1)


def generate(request: str = typer.Argument(..., help="Describe the thumbnail."),
             user: str = typer.Option(..., "--user", "-u"),
             photo: Path | None = typer.Option(None, "--photo"),
             size: str | None = typer.Option(None, help="16:9 (default), 9:16 or 1:1."),
             wait: bool = typer.Option(False, "--wait",
                                       help="Follow progress until the images are ready.")
             ) -> None:
    """Queue a four-variation job for REQUEST; with --wait, show progress and the files."""
    events = run_with_services(lambda s: _print_turn(s, user, None, request, photo, size,
                                                     False, until_queued=not wait))
    if any(e.type == "error" for e in events):
        raise typer.Exit(1)


def render(template: str = typer.Option(..., "--template", help="Template id or slug."),
           text: str = typer.Option(..., "--text", help="The headline."),
           photo: Path | None = typer.Option(None, "--photo"),
           size: str = typer.Option("16:9", help="16:9, 9:16 or 1:1."),
           out: Path = typer.Option(Path("."), "--out", help="Folder for the image.")) -> None:
    """Render one template directly (no queue, no credits): an operator's tool."""
    from admin.render_direct import render_template

    path, report = run_with_services(
        lambda s: render_template(s, template, text, photo, size, out))
    mark = "[green]compliant[/]" if report.ok else f"[yellow]{'; '.join(report.reasons)}[/]"
    console.print(f"{path} ({report.width}×{report.height}, {report.bytes // 1024} KB) {mark}")
