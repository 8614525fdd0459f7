"""The interface every object store implements (local folder, S3, Cloudflare R2)."""

from __future__ import annotations

from typing import Protocol, runtime_checkable


@runtime_checkable
class ObjectStore(Protocol):
    """Content-addressed blob storage for uploads, renders and template previews.

    Methods are synchronous and thread-safe (boto3 is sync). From async code call them via
    `asyncio.to_thread`, or wrap the store in `storage.objects.AsyncObjectStore`.
    Keys are validated by `storage.objects.keys.validate_key`; bad keys raise
    `InvalidObjectKey` before any I/O.
    """

    def put(self, data: bytes, *, content_type: str, prefix: str) -> str:
        """Store `data`; return its key `{prefix}/{sha[:2]}/{sha}.{ext}` (same bytes, same key)."""
        ...

    def get(self, key: str) -> bytes:
        """The bytes under `key`; raises `NotFound` if there are none."""
        ...

    def exists(self, key: str) -> bool:
        """Whether `key` holds an object."""
        ...

    def delete(self, key: str) -> None:
        """Remove `key`; removing a missing key is not an error."""
        ...

    def url(self, key: str) -> str:
        """A URL a browser can GET `key` from (presigned for S3/R2, `/files/{key}` locally)."""
        ...
