"""The loopback Midjourney proxy shared by the Midjourney tests (one server per module)."""

from collections.abc import Iterator

import pytest

from tests.render.mj_proxy import FakeMidjourneyProxy


@pytest.fixture(scope="module")
def server() -> Iterator[FakeMidjourneyProxy]:
    with FakeMidjourneyProxy(secret="s3cret") as proxy:
        yield proxy


@pytest.fixture
def proxy(server: FakeMidjourneyProxy) -> FakeMidjourneyProxy:
    server.reset()
    return server
