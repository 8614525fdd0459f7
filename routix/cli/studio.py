"""Making thumbnails from the command line: `routix chat`, `routix generate`, `routix render`."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import typer
from rich.console import Console

from kernel.errors import InvalidInput, NotFound
from routix.cli.context import run_with_services

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


async def _print_turn(services, user: str, thread: str | None, action,
                      photo: Path | None, size: str | None, as_json: bool,
                      until_queued: bool = False) -> list:
    from graph.creator import open_creator_agent

    user_id = await _user_id(services, user)
    agent = await open_creator_agent(services)
    try:
        return await _stream(services, agent, user_id, thread, action, photo, size, as_json,
                             until_queued)
    finally:
        await agent.aclose()


async def _stream(services, agent, user_id, thread, action, photo, size, as_json,
                  until_queued) -> list:
    from graph.turn import run_turn

    events = []
    async for event in run_turn(agent, user_id, thread, action, _attachments(photo),
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
        for choice in event.choices:
            console.print(f"  [dim]{choice.label}: --answer "
                          f"{'yes' if getattr(choice.action, 'yes', False) else 'no'}[/]")
    elif kind == "message":
        console.print(f"[bold]Routix:[/] {event.text}")
    elif kind == "error":
        console.print(f"[red]✗ {event.message}[/]")


def chat(message: str = typer.Argument("", help="What you would type in the chat."),
         user: str = typer.Option(..., "--user", "-u", help="Email, or `demo`."),
         thread: str | None = typer.Option(None, "--thread", "-t", help="Continue a thread."),
         photo: Path | None = typer.Option(None, "--photo", help="A photo of you or a product."),
         size: str | None = typer.Option(None, help="16:9 (default), 9:16 or 1:1."),
         vary: int | None = typer.Option(None, "--vary", help="More like result N (a button)."),
         upscale: int | None = typer.Option(None, "--upscale", help="Result N at 2×."),
         resize: int | None = typer.Option(None, "--resize",
                                           help="Result N in other sizes (--size picks one)."),
         answer: str | None = typer.Option(None, "--answer", help="yes or no to a question."),
         as_json: bool = typer.Option(False, "--json", help="One event per line.")) -> None:
    """One chat turn with the agent (the first line of --json output carries the thread id).

    The flags are the chat's buttons: they act on the thread without a brain reading words.
    """
    action = _action(message, vary=vary, upscale=upscale, resize=resize, size=size,
                     answer=answer)
    events = run_with_services(lambda s: _print_turn(s, user, thread, action, photo, size,
                                                     as_json))
    _exit_for(events)


def _action(message: str, *, vary: int | None, upscale: int | None, resize: int | None,
            size: str | None, answer: str | None):
    """The typed action the flags name, else the message as free text."""
    from agent.actions import Answer, Resize, Say, Upscale, Vary
    from render.sizes import ALL_SIZES, parse_size

    given = [f for f in (vary, upscale, resize, answer) if f is not None]
    if len(given) > 1 or (given and message.strip()):
        raise typer.BadParameter("Give a message or one of --vary/--upscale/--resize/--answer.")
    if vary is not None:
        return Vary(target=_position(vary))
    if upscale is not None:
        return Upscale(target=_position(upscale))
    if resize is not None:
        aspects = [parse_size(size).aspect.value] if size else \
            [s.aspect.value for s in ALL_SIZES[1:]]
        return Resize(target=_position(resize), aspects=aspects)
    if answer is not None:
        if answer.lower() not in ("yes", "no"):
            raise typer.BadParameter("--answer is yes or no.")
        return Answer(yes=answer.lower() == "yes")
    if not message.strip():
        raise typer.BadParameter("Say something: a message, or one of the action flags.")
    return Say(text=message)


def _generate_action(request: str, *, headline: str | None, topic: str | None,
                     size: str | None):
    from agent.actions import Generate, Say
    from render.sizes import parse_size

    if headline is None:
        if not request.strip():
            raise typer.BadParameter("Describe the thumbnail, or give --headline.")
        return Say(text=request)
    if request.strip():
        raise typer.BadParameter("Give a description or --headline, not both.")
    if not headline.strip() or len(headline) > 120:
        raise typer.BadParameter("--headline is 1–120 characters: the words on the thumbnail.")
    aspect = parse_size(size).aspect.value if size else None
    return Generate(headline=headline.strip(), topic=topic, aspect=aspect)


def _position(n: int) -> int:
    if not 1 <= n <= 8:
        raise typer.BadParameter(f"There is no result #{n}; results are numbered 1–8.")
    return n


def generate(request: str = typer.Argument("", help="Describe the thumbnail."),
             user: str = typer.Option(..., "--user", "-u"),
             headline: str | None = typer.Option(
                 None, "--headline", help="The exact words to print (no brain reads them)."),
             topic: str | None = typer.Option(None, "--topic", help="What the video is about."),
             photo: Path | None = typer.Option(None, "--photo"),
             size: str | None = typer.Option(None, help="16:9 (default), 9:16 or 1:1."),
             wait: bool = typer.Option(False, "--wait",
                                       help="Follow progress until the images are ready.")
             ) -> None:
    """Queue a four-variation job for REQUEST (or exactly --headline); --wait follows it."""
    action = _generate_action(request, headline=headline, topic=topic, size=size)
    events = run_with_services(lambda s: _print_turn(s, user, None, action, photo, size,
                                                     False, until_queued=not wait))
    _exit_for(events, queued_is_enough=not wait)


def _exit_for(events: list, *, queued_is_enough: bool = False) -> None:
    """Exit 1 when the turn failed, or ended with neither images nor an answer: a script
    calling us must not take silence for success."""
    if any(e.type == "error" for e in events):
        raise typer.Exit(1)
    if queued_is_enough and any(e.type == "status" and e.step == "rendering" for e in events):
        return
    if not any(e.type in ("image", "message", "question") for e in events):
        console.print("[red]✗ The turn ended with no images and no answer.[/]")
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
