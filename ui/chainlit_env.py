"""Chainlit configures itself from environment variables read at import time.

This is the one place Routix *writes* the environment: before `chainlit` is imported we tell it
where its app root is (the repo, which holds chainlit.md, .chainlit/ and public/) and hand it the
auth secret from settings, or one generated once into var/ (never committed), and point it at
the offline frontend build (ui/frontend_build.py).
"""

from __future__ import annotations

import logging
import os
import secrets
import warnings
from pathlib import Path

from kernel.settings import Settings
from ui.frontend_build import prepare_offline_build

APP_ROOT = Path(__file__).resolve().parent.parent


def auth_secret(settings: Settings) -> str:
    if settings.chainlit_auth_secret is not None:
        return settings.chainlit_auth_secret.get_secret_value()
    path = settings.data_path / "chainlit_auth_secret"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(48))
        path.chmod(0o600)
    return path.read_text().strip()


def prepare_chainlit_environment(settings: Settings) -> None:
    """Set Chainlit's environment, then point it at the offline copy of its frontend."""
    os.environ["CHAINLIT_APP_ROOT"] = str(APP_ROOT)
    os.environ["CHAINLIT_AUTH_SECRET"] = auth_secret(settings)
    for name, (client_id, secret) in settings.oauth_providers().items():
        os.environ[f"OAUTH_{name.upper()}_CLIENT_ID"] = client_id
        os.environ[f"OAUTH_{name.upper()}_CLIENT_SECRET"] = secret

    from chainlit.config import config  # only now: importing it reads the variables above

    build = prepare_offline_build(settings.data_path / "chainlit")
    # An absolute path survives Chainlit's os.path.join(APP_ROOT, custom_build).
    config.ui.custom_build = str(build)


class _DropMessages(logging.Filter):
    def __init__(self, *fragments: str) -> None:
        super().__init__()
        self.fragments = fragments

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        return not any(fragment in message for fragment in self.fragments)


def quiet_known_chainlit_noise() -> None:
    """Silence two harmless Chainlit 2.12 messages that would repeat on every page load.

    - "Translated markdown file for en-US not found": we ship one chainlit.md for everyone.
    - "coroutine 'chat_profiles' was never awaited": Chainlit's session config probes the
      profiles with run_until_complete inside a running loop, fails, and ignores it.
    """
    logging.getLogger("chainlit").addFilter(_DropMessages("Translated markdown file for"))
    warnings.filterwarnings("ignore", message="coroutine 'chat_profiles' was never awaited")
