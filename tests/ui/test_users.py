"""Accounts: argon2 hashes, sign-in that fails the same way for every reason, the demo creator,
and `routix users add`."""

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from admin.users import (
    DEMO_CREDITS,
    DEMO_EMAIL,
    AccountExists,
    authenticate,
    create_user,
    ensure_demo_creator,
    find_user,
)
from kernel.errors import InvalidInput
from storage.models import CreditEntry, Role, User

ROOT = Path(__file__).resolve().parents[2]


def email() -> str:
    return f"u{uuid.uuid4().hex[:8]}@Example.com"


async def test_create_stores_an_argon2_hash_never_the_password(fresh_services):
    address = email()
    async with fresh_services.sessions.begin() as session:
        user = await create_user(session, address, "correct horse battery")
    assert user.email == address.lower() and user.role is Role.CREATOR
    assert user.password_hash.startswith("$argon2id$")
    assert "correct horse" not in user.password_hash


async def test_sign_in_with_the_right_password_any_case_of_email(fresh_services):
    address = email()
    async with fresh_services.sessions.begin() as session:
        await create_user(session, address, "s3cret-enough", role=Role.ADMIN)
    async with fresh_services.sessions.begin() as session:
        user = await authenticate(session, address.upper(), "s3cret-enough")
    assert user is not None and user.role is Role.ADMIN


@pytest.mark.parametrize("case", ["wrong password", "unknown email", "disabled", "no password"])
async def test_sign_in_refuses(fresh_services, case):
    address = email()
    async with fresh_services.sessions.begin() as session:
        user = await create_user(session, address, "right-password")
        if case == "disabled":
            user.disabled = True
        if case == "no password":
            user.password_hash = None
    login = {"wrong password": (address, "wrong-password"),
             "unknown email": (email(), "right-password")}.get(case, (address, "right-password"))
    async with fresh_services.sessions.begin() as session:
        assert await authenticate(session, *login) is None


async def test_duplicates_short_passwords_and_bad_emails_are_sentences(fresh_services):
    address = email()
    async with fresh_services.sessions.begin() as session:
        await create_user(session, address, "long-enough-1")
    async with fresh_services.sessions.begin() as session:
        with pytest.raises(AccountExists, match="already exists"):
            await create_user(session, address.upper(), "long-enough-2")
        with pytest.raises(InvalidInput, match="at least 8 characters"):
            await create_user(session, email(), "short")
        with pytest.raises(InvalidInput, match="not an email address"):
            await create_user(session, "no-at-sign", "long-enough-3")


async def test_demo_creator_is_made_once_with_40_credits_and_its_password_kept(
        fresh_services, tmp_path):
    async with fresh_services.sessions.begin() as session:
        first = await ensure_demo_creator(session, tmp_path)
    async with fresh_services.sessions.begin() as session:
        again = await ensure_demo_creator(session, tmp_path)
    assert first.created and not again.created and again.password == first.password
    assert (tmp_path / "demo-credentials").stat().st_mode & 0o077 == 0
    async with fresh_services.sessions.begin() as session:
        user = await find_user(session, DEMO_EMAIL)
        assert user.credit_balance == DEMO_CREDITS
        grants = (await session.scalars(select(CreditEntry).where(
            CreditEntry.user_id == user.id))).all()
        assert [g.delta for g in grants] == [DEMO_CREDITS]
        assert await authenticate(session, DEMO_EMAIL, first.password) is not None

    (tmp_path / "demo-credentials").unlink()  # lost: a new password, no new credits
    async with fresh_services.sessions.begin() as session:
        reset = await ensure_demo_creator(session, tmp_path)
        assert not reset.created and reset.password != first.password
        assert await authenticate(session, DEMO_EMAIL, reset.password) is not None
        assert (await find_user(session, DEMO_EMAIL)).credit_balance == DEMO_CREDITS


def _cli(settings, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {"PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", "/root"),
           "ROUTIX_DATA_DIR": str(settings.data_path)}
    return subprocess.run([sys.executable, "-m", "routix", "users", "add", *args], env=env,
                          cwd=ROOT, input=stdin, capture_output=True, text=True, timeout=120)


def test_cli_adds_an_admin_and_refuses_a_duplicate_in_one_sentence(settings, infra, engine):
    address = email()
    done = _cli(settings, address, "--admin", "--password", "admin-password")
    assert done.returncode == 0, done.stderr
    assert "admin" in done.stdout and address.lower() in done.stdout
    again = _cli(settings, address, "--password", "another-password")
    assert again.returncode == 1 and "already exists" in again.stderr
    assert "Traceback" not in again.stderr
    from sqlalchemy.orm import Session

    with Session(engine) as session:
        user = session.scalar(select(User).where(User.email == address.lower()))
        assert user.role is Role.ADMIN


def test_cli_prompts_for_the_password_when_not_given(settings, infra):
    address = email()
    done = _cli(settings, address, stdin="typed-password\ntyped-password\n")
    assert done.returncode == 0, done.stderr
    assert "typed-password" not in done.stdout
