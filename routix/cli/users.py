"""Accounts from the command line: `routix users add EMAIL [--admin] [--password P]`."""

from __future__ import annotations

import typer
from rich.console import Console

from routix.cli.context import run_with_services

console = Console(highlight=False)
users_app = typer.Typer(help="Manage creator and admin accounts.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(users_app, name="users")


@users_app.command("add")
def add(
    email: str = typer.Argument(..., help="The account's email (its sign-in name)."),
    admin: bool = typer.Option(False, "--admin", help="An admin instead of a creator."),
    password: str | None = typer.Option(
        None, "--password", help="The password; asked for (hidden) when not given."
    ),
) -> None:
    """Create an account that can sign in to the chat."""
    from admin.users import check_password_policy, create_user
    from storage.models import Role

    if password is None:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    check_password_policy(password)
    role = Role.ADMIN if admin else Role.CREATOR

    async def action(services) -> str:
        async with services.sessions.begin() as session:
            user = await create_user(session, email, password, role=role)
            return user.email

    created = run_with_services(action)
    console.print(f"[green]✓[/] {role.value} {created} can now sign in.")
