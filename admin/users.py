"""User accounts: create with an argon2 hash, find, verify a password, seed the demo creator.

Callers own the transaction (`async with services.sessions.begin() as session: ...`), as with
the ledger. Hashing runs off the event loop: argon2 is deliberately slow (~50 ms).
"""

from __future__ import annotations

import asyncio
import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from kernel.errors import InvalidInput
from storage.models import Role, User

MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 1024
DEMO_EMAIL = "demo@routix.local"
DEMO_CREDITS = 40
DEMO_CREDENTIALS_FILE = "demo-credentials"

_HASHER = PasswordHasher()
# Verified against when the email is unknown, so a miss costs as long as a wrong password.
_DUMMY_HASH = _HASHER.hash("routix-timing-equaliser")


class AccountExists(InvalidInput):
    """An account with that email already exists."""


def normalise_email(email: str) -> str:
    """Trimmed and lower-cased; refuses what cannot be an address."""
    value = email.strip().lower()
    local, _, domain = value.partition("@")
    if not local or not domain or " " in value or len(value) > 320:
        raise InvalidInput(f"{email!r} is not an email address.")
    return value


def check_password_policy(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(f"A password needs at least {MIN_PASSWORD_LENGTH} characters.")
    if len(password) > MAX_PASSWORD_LENGTH:
        raise InvalidInput(f"A password may have at most {MAX_PASSWORD_LENGTH} characters.")


def hash_password(password: str) -> str:
    """An argon2id hash (salted, parameters embedded) of `password`."""
    return _HASHER.hash(password)


def password_matches(password_hash: str | None, password: str) -> bool:
    try:
        return _HASHER.verify(password_hash or _DUMMY_HASH, password) and bool(password_hash)
    except (VerificationError, InvalidHashError):
        return False


async def find_user(session: AsyncSession, email: str) -> User | None:
    """The account with this email (case-insensitive), or None."""
    try:
        value = normalise_email(email)
    except InvalidInput:
        return None
    return await session.scalar(select(User).where(func.lower(User.email) == value))


async def get_user(session: AsyncSession, user_id: uuid.UUID) -> User | None:
    return await session.get(User, user_id)


async def create_user(session: AsyncSession, email: str, password: str, *,
                      role: Role = Role.CREATOR, display_name: str = "") -> User:
    """A new account; raises AccountExists or InvalidInput (both carry a sentence)."""
    value = normalise_email(email)
    check_password_policy(password)
    if await find_user(session, value) is not None:
        raise AccountExists(f"An account for {value} already exists.")
    password_hash = await asyncio.to_thread(hash_password, password)
    user = User(email=value, password_hash=password_hash, role=role,
                display_name=display_name or value.split("@", 1)[0])
    session.add(user)
    try:
        await session.flush()
    except IntegrityError as exc:  # a concurrent create of the same email
        raise AccountExists(f"An account for {value} already exists.") from exc
    return user


async def user_for_oauth(session: AsyncSession, email: str, *, display_name: str = "",
                         signup_credits: int = 0) -> User | None:
    """The account an OAuth sign-in (GitHub, Google) stands for: found by its verified email,
    or created as a creator without a password; None for a disabled account."""
    user = await find_user(session, email)
    if user is None:
        value = normalise_email(email)
        user = User(email=value, password_hash=None, role=Role.CREATOR,
                    display_name=display_name or value.split("@", 1)[0])
        session.add(user)
        await session.flush()
        if signup_credits:
            from storage.ledger import grant

            await grant(session, user.id, signup_credits, note="sign-up")
    return None if user.disabled else user


async def set_password(session: AsyncSession, user: User, password: str) -> None:
    check_password_policy(password)
    user.password_hash = await asyncio.to_thread(hash_password, password)
    await session.flush()


async def authenticate(session: AsyncSession, email: str, password: str) -> User | None:
    """The enabled account whose password this is, or None (same time either way)."""
    if len(password) > MAX_PASSWORD_LENGTH:
        return None
    user = await find_user(session, email)
    stored = user.password_hash if user is not None else None
    ok = await asyncio.to_thread(password_matches, stored, password)
    if not ok or user is None or user.disabled:
        return None
    if _HASHER.check_needs_rehash(stored or ""):
        user.password_hash = await asyncio.to_thread(hash_password, password)
        await session.flush()
    return user


# --- the demo creator of a local install ---------------------------------------------------------
@dataclass(frozen=True)
class DemoAccount:
    email: str
    password: str
    created: bool


async def ensure_demo_creator(session: AsyncSession, data_dir: Path,
                              grant_credits: Callable | None = None) -> DemoAccount:
    """Create the demo creator once (with DEMO_CREDITS credits); its password lives in data_dir.

    The password is random per install and kept in `{data_dir}/demo-credentials` (0600), so
    every start can print it; if that file is lost the password is reset to a new one.
    """
    path = data_dir / DEMO_CREDENTIALS_FILE
    saved = path.read_text().strip() if path.is_file() else None
    user = await find_user(session, DEMO_EMAIL)
    if user is not None and saved and password_matches(user.password_hash, saved):
        return DemoAccount(DEMO_EMAIL, saved, created=False)
    password = secrets.token_urlsafe(9)
    created = user is None
    if user is None:
        user = await create_user(session, DEMO_EMAIL, password, display_name="Demo creator")
        if grant_credits is None:
            from storage.ledger import grant as grant_credits
        await grant_credits(session, user.id, DEMO_CREDITS, note="demo creator")
    else:
        await set_password(session, user, password)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(password + "\n")
    path.chmod(0o600)
    return DemoAccount(DEMO_EMAIL, password, created=created)


def seed_demo_creator(settings, database_url: str, report: Callable[[str], None]) -> DemoAccount:
    """For `routix up` on a local install: make sure the demo creator exists and print it."""
    from services import Services

    async def main() -> DemoAccount:
        services = Services.open(settings, database_url=database_url, redis_url="")
        try:
            async with services.sessions.begin() as session:
                return await ensure_demo_creator(session, settings.data_path)
        finally:
            await services.close()

    account = asyncio.run(main())
    report(f"Demo creator: sign in as {account.email} with password {account.password}"
           + (f" ({DEMO_CREDITS} credits)" if account.created else ""))
    return account
