"""Domain errors. Each carries a sentence a person can act on; UIs and the CLI print only that.

Raise the most specific class; catch `RoutixError` at the edges (CLI, chat, HTTP) and show
`.user_message`. Anything else reaching an edge is a bug and is logged with its traceback.
"""

from __future__ import annotations


class RoutixError(Exception):
    """Base class: `user_message` is safe to show to the person who caused it.

    `key` and `facts` name the same sentence in the phrase catalogue (agent/local/phrases.py),
    so an edge that knows the creator's language can say it in that language.
    """

    def __init__(self, user_message: str, *, key: str | None = None,
                 facts: dict[str, str | int] | None = None) -> None:
        super().__init__(user_message)
        self.user_message = user_message
        self.key = key
        self.facts = facts or {}


# --- set-up and services ---------------------------------------------------------------------
class ConfigurationError(RoutixError):
    """Settings or the environment make a component unusable (bad URL, unwritable data dir)."""


class ServiceUnavailable(RoutixError):
    """A service Routix needs (Postgres, Redis, object storage) cannot be reached."""


class PortInUse(RoutixError):
    """The web server's port is taken by another process."""


# --- input -----------------------------------------------------------------------------------
class InvalidInput(RoutixError):
    """Input that Routix refuses, with the reason."""


class InvalidUpload(InvalidInput):
    """An uploaded file that is not an acceptable image (type, size, pixels, truncation)."""


class DuplicateTemplate(InvalidInput):
    """A template that is (perceptually) already in the library."""


class NotFound(RoutixError):
    """The thing asked for does not exist, or is not the caller's to see."""


# --- money and jobs --------------------------------------------------------------------------
class InsufficientCredits(RoutixError):
    """The user's balance does not cover the price of an action."""

    def __init__(self, balance: int, price: int) -> None:
        super().__init__(
            f"This needs {price} credit{'s' if price != 1 else ''} and your balance is {balance}."
        )
        self.balance = balance
        self.price = price


class ProviderError(RoutixError):
    """A render, model or payment provider failed in a way the user should hear about."""


class ProviderTimeout(ProviderError):
    """A provider took longer than its time limit."""


class TransientProviderError(ProviderError):
    """A provider failure worth retrying (5xx, connection reset, rate limit)."""
