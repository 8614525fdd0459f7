"""OAuth sign-in (GitHub / Google, when configured): the provider's email is the account."""

import os

import pytest

from admin.users import create_user, user_for_oauth
from kernel.settings import Settings
from storage import ledger
from ui.chainlit_env import prepare_chainlit_environment

pytestmark = pytest.mark.asyncio(loop_scope="module")


async def test_a_first_oauth_sign_in_creates_a_creator_with_signup_credits(fresh_services):
    async with fresh_services.sessions.begin() as session:
        user = await user_for_oauth(session, "New.Person@Example.com", display_name="New",
                                    signup_credits=20)
        assert user.email == "new.person@example.com" and user.password_hash is None
        assert await ledger.balance(session, user.id) == 20
    async with fresh_services.sessions.begin() as session:
        again = await user_for_oauth(session, "new.person@example.com", signup_credits=20)
        assert again.id == user.id and await ledger.balance(session, user.id) == 20


async def test_oauth_reaches_an_existing_password_account_but_not_a_disabled_one(
        fresh_services):
    async with fresh_services.sessions.begin() as session:
        existing = await create_user(session, "tia@example.com", "long enough password")
        assert (await user_for_oauth(session, "TIA@example.com")).id == existing.id
        existing.disabled = True
        await session.flush()
        assert await user_for_oauth(session, "tia@example.com") is None


def test_configured_providers_reach_chainlit_and_unconfigured_do_not(monkeypatch, tmp_path):
    for name in ("OAUTH_GITHUB_CLIENT_ID", "OAUTH_GITHUB_CLIENT_SECRET",
                 "OAUTH_GOOGLE_CLIENT_ID", "OAUTH_GOOGLE_CLIENT_SECRET",
                 "CHAINLIT_APP_ROOT", "CHAINLIT_AUTH_SECRET"):
        monkeypatch.delenv(name, raising=False)
    settings = Settings(_env_file=None, data_dir=tmp_path, oauth_github_client_id="gh-id",
                        oauth_github_client_secret="gh-secret", oauth_google_client_id="half")
    assert list(settings.oauth_providers()) == ["github"]
    prepare_chainlit_environment(settings)
    assert os.environ["OAUTH_GITHUB_CLIENT_ID"] == "gh-id"
    assert os.environ["OAUTH_GITHUB_CLIENT_SECRET"] == "gh-secret"
    assert "OAUTH_GOOGLE_CLIENT_ID" not in os.environ
