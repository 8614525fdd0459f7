"""Run one async CLI action with the services up, and close everything after."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TypeVar

from kernel.settings import Settings
from routix.infrastructure import Infrastructure
from services import Services
from storage import migrate

T = TypeVar("T")


def run_with_services(action: Callable[[Services], Awaitable[T]],
                      settings: Settings | None = None) -> T:
    settings = settings or Settings()
    with Infrastructure.from_settings(settings) as infra:
        migrate.upgrade(infra.database_url)
        services = Services.open(settings, database_url=infra.database_url,
                                 redis_url=infra.redis_url)

        async def main() -> T:
            try:
                return await action(services)
            finally:
                await services.close()

        return asyncio.run(main())
