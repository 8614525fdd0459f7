"""The `routix` command. Thin: parse, call one function, print. Errors become one sentence."""

from __future__ import annotations

import sys

import typer
from rich.console import Console

from routix.cli import library, services, studio, users

console = Console()
err_console = Console(stderr=True)

app = typer.Typer(
    name="routix",
    help="Routix, a thumbnail studio that lives in a chat.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
services.register(app)
library.register(app)
users.register(app)
studio.register(app)


def main() -> None:
    from kernel.errors import RoutixError
    from kernel.runtime import tune_process

    tune_process()
    try:
        app()
    except RoutixError as exc:
        err_console.print(f"[bold red]error:[/] {exc.user_message}", highlight=False)
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)
