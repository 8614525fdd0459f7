"""`AsyncObjectStore`: any `ObjectStore` for async code, each call run in a worker thread."""

from __future__ import annotations

import asyncio

from storage.objects.protocol import ObjectStore


class AsyncObjectStore:
    """Awaitable versions of the `ObjectStore` methods; the event loop never blocks on I/O.

    `url` stays synchronous: presigning and local paths are pure computation.
    """

    def __init__(self, store: ObjectStore) -> None:
        self.store = store

    async def put(self, data: bytes, *, content_type: str, prefix: str) -> str:
        """See `ObjectStore.put`."""
        return await asyncio.to_thread(
            self.store.put, data, content_type=content_type, prefix=prefix
        )

    async def get(self, key: str) -> bytes:
        """See `ObjectStore.get`."""
        return await asyncio.to_thread(self.store.get, key)

    async def exists(self, key: str) -> bool:
        """See `ObjectStore.exists`."""
        return await asyncio.to_thread(self.store.exists, key)

    async def delete(self, key: str) -> None:
        """See `ObjectStore.delete`."""
        await asyncio.to_thread(self.store.delete, key)

    def url(self, key: str) -> str:
        """See `ObjectStore.url`."""
        return self.store.url(key)
