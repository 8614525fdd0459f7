"""Fixtures for the agent tests: loopback model servers (see loopback.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.agent.loopback import Loopback, gemini_path, openai_path, serve


@pytest.fixture
def openai_server() -> Iterator[Loopback]:
    yield from serve("openai", openai_path)


@pytest.fixture
def gemini_server() -> Iterator[Loopback]:
    yield from serve("gemini", gemini_path)
