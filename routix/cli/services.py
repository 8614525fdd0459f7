"""Running Routix: up, down, worker, migrate, doctor."""

from __future__ import annotations

import typer
from rich.console import Console

from kernel.settings import Settings

console = Console(highlight=False)


def register(app: typer.Typer) -> None:
    app.command()(up)
    app.command()(down)
    app.command()(worker)
    app.command()(migrate)
    app.command()(doctor)


def up() -> None:
    """Start everything: database, queue, worker and the chat at http://127.0.0.1:8000."""
    from routix.up import serve

    serve(Settings(), report=console.print)


def down() -> None:
    """Stop embedded Postgres and Redis left running under the data dir."""
    from routix.infrastructure import Infrastructure

    stopped = Infrastructure.from_settings(Settings()).stop_all_embedded()
    console.print(f"Stopped {', '.join(stopped)}." if stopped else "Nothing was running.")


def worker() -> None:
    """Run a render worker (arq) until Ctrl-C."""
    from jobs.worker import run_worker
    from routix.infrastructure import Infrastructure

    settings = Settings()
    with Infrastructure.from_settings(settings) as infra:
        run_worker(settings, infra.database_url, infra.redis_url)


def migrate() -> None:
    """Upgrade the database schema to the latest revision."""
    from routix.infrastructure import Infrastructure
    from storage import migrate as migrations

    with Infrastructure.from_settings(Settings()) as infra:
        migrations.upgrade(infra.database_url)
        revision = migrations.current_revision(infra.database_url)
        console.print(f"Database schema at revision {revision}.")


def doctor() -> None:
    """Check every component; exit non-zero when something is broken."""
    from routix.doctor import run_checks

    checks = run_checks(Settings())
    width = max(len(c.component) for c in checks)
    for check in checks:
        mark = "[green]ok  [/]" if check.ok else "[red]FAIL[/]"
        console.print(f"{mark} {check.component:<{width}}  {check.detail}")
        if not check.ok and check.fix:
            console.print(f"     {'':<{width}}  [yellow]{check.fix}[/]")
    if not all(c.ok for c in checks):
        raise typer.Exit(1)
