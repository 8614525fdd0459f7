"""Chat history on our Postgres: Chainlit's SQLAlchemyDataLayer in schema `chainlit`.

Two adjustments to the stock layer:
- its `users.id` is our `users.id` (from the signed-in user's metadata), so a thread's owner is
  one of our accounts and `/files/…` can check ownership with one id;
- elements that already live in our object store (rendered thumbnails, feed previews: their
  URL is `/files/{key}`) are recorded by key instead of being downloaded and uploaded again.
Files Chainlit does upload (a creator's photo) go into our object store under
`chat/{user_id}/…`, which is what `ui/files.py` serves to that user and nobody else.
"""

from __future__ import annotations

import json
import logging
import uuid
from typing import TYPE_CHECKING, Any

import aiofiles
from chainlit.data.sql_alchemy import SQLAlchemyDataLayer
from chainlit.data.storage_clients.base import BaseStorageClient
from chainlit.data.utils import queue_until_user_message
from chainlit.user import PersistedUser, User

from storage.objects import AsyncObjectStore, content_type_for, validate_key

if TYPE_CHECKING:
    from chainlit.element import Element

log = logging.getLogger(__name__)

SCHEMA = "chainlit"
FILES_PREFIX = "/files/"
_STORABLE = {"image/png", "image/jpeg", "image/webp", "image/gif"}


def _session_user_id() -> str | None:
    """Our id of the signed-in user of the current Chainlit session, if there is one."""
    from chainlit.context import context

    try:
        user = context.session.user
    except Exception:  # no Chainlit context (tests, background tasks)
        return None
    meta = getattr(user, "metadata", None) or {}
    return meta.get("user_id") or getattr(user, "id", None)


def chat_prefix(user_id: str | uuid.UUID) -> str:
    """Where a user's chat uploads live in the object store."""
    return f"chat/{uuid.UUID(str(user_id))}"


def file_url(key: str) -> str:
    return FILES_PREFIX + validate_key(key)


def key_from_url(url: str | None) -> str | None:
    """The object key of one of our `/files/{key}` URLs, else None."""
    if not url or not url.startswith(FILES_PREFIX):
        return None
    try:
        return validate_key(url[len(FILES_PREFIX):].split("?", 1)[0])
    except ValueError:
        return None


class ObjectStoreStorageClient(BaseStorageClient):
    """Chainlit's storage client over our content-addressed object store.

    Chainlit proposes `{user_id}/{element_id}/{name}`; we keep its first part (the owner) and
    store by content. Read URLs always go through our authenticated `/files/` route, even on
    S3, so no image link works without a session.
    """

    def __init__(self, objects: AsyncObjectStore) -> None:
        self.objects = objects

    async def upload_file(self, object_key: str, data: bytes | str,
                          mime: str = "application/octet-stream", overwrite: bool = True,
                          content_disposition: str | None = None) -> dict[str, Any]:
        owner = object_key.split("/", 1)[0]
        payload = data.encode() if isinstance(data, str) else data
        ctype = mime.split(";", 1)[0].strip().lower()
        if ctype not in _STORABLE:
            ctype = "application/octet-stream"
        key = await self.objects.put(payload, content_type=ctype, prefix=chat_prefix(owner))
        return {"object_key": key, "url": file_url(key)}

    async def delete_file(self, object_key: str) -> bool:
        # Content-addressed keys may be shared by several elements: never delete on one's behalf.
        return True

    async def get_read_url(self, object_key: str) -> str:
        return file_url(object_key)

    async def close(self) -> None:
        return None


class RoutixDataLayer(SQLAlchemyDataLayer):
    """SQLAlchemyDataLayer with our user ids and our object store (see the module docstring)."""

    def __init__(self, database_url: str, objects: AsyncObjectStore) -> None:
        super().__init__(
            conninfo=database_url,
            connect_args={"options": f"-csearch_path={SCHEMA}"},
            storage_provider=ObjectStoreStorageClient(objects),
        )

    async def create_user(self, user: User) -> PersistedUser | None:
        user_id = (user.metadata or {}).get("user_id")
        if not user_id:
            log.warning("refusing to persist chat user %s without a Routix user id",
                        user.identifier)
            return None
        await self.execute_sql(
            'INSERT INTO users ("id", "identifier", "createdAt", "metadata") '
            "VALUES (:id, :identifier, :createdAt, :metadata) "
            'ON CONFLICT ("id") DO UPDATE SET "identifier" = EXCLUDED."identifier", '
            '"metadata" = EXCLUDED."metadata"',
            {"id": str(uuid.UUID(str(user_id))), "identifier": user.identifier,
             "createdAt": await self.get_current_timestamp(),
             "metadata": json.dumps(user.metadata)},
        )
        return await self.get_user(user.identifier)

    async def update_thread(self, thread_id: str, name: str | None = None,
                            user_id: str | None = None, metadata: dict | None = None,
                            tags: list[str] | None = None) -> None:
        """Chainlit's upsert, except that a thread never changes hands.

        Chainlit refuses a socket that names someone else's thread; this is the second lock,
        in case any path reaches an upsert with a foreign thread id.
        """
        if user_id is not None:
            owner = await self._get_user_id_by_thread(thread_id)
            if owner is not None and str(owner) != str(user_id):
                log.warning("refused to move thread %s to another user", thread_id)
                return None
        return await super().update_thread(thread_id, name=name, user_id=user_id,
                                           metadata=metadata, tags=tags)

    @queue_until_user_message()
    async def create_element(self, element: Element) -> None:
        """Record an element; files that are not in our store yet are stored first."""
        if not element.for_id:
            return None
        key = key_from_url(element.url)
        if key is None:
            key = await self._store_upload(element)
            if key is None:
                return None
            element.url = file_url(key)
        await self.update_thread(element.thread_id)
        row = element.to_dict()
        row["objectKey"] = key
        row["mime"] = row.get("mime") or content_type_for(key)
        cleaned = {k: v for k, v in row.items() if v is not None}
        if "props" in cleaned:
            cleaned["props"] = json.dumps(cleaned["props"])
        columns = ", ".join(f'"{c}"' for c in cleaned)
        values = ", ".join(f":{c}" for c in cleaned)
        updates = ", ".join(f'"{c}" = :{c}' for c in cleaned if c != "id")
        await self.execute_sql(
            f"INSERT INTO elements ({columns}) VALUES ({values}) "
            f"ON CONFLICT (id) DO UPDATE SET {updates}",
            cleaned,
        )
        return None

    async def _store_upload(self, element: Element) -> str | None:
        """A file the creator sent (Chainlit keeps it under .files/): into `chat/{owner}/`."""
        owner = _session_user_id() or await self._get_user_id_by_thread(element.thread_id)
        if owner is None:
            log.warning("not persisting element %s: no owner known", element.id)
            return None
        if element.path:
            async with aiofiles.open(element.path, "rb") as handle:
                data = await handle.read()
        elif element.content:
            data = element.content if isinstance(element.content, bytes) \
                else element.content.encode()
        else:
            return None
        stored = await self.storage_provider.upload_file(
            f"{owner}/{element.id}", data, mime=element.mime or "application/octet-stream")
        return stored["object_key"]

    async def get_all_user_threads(self, user_id: str | None = None,
                                   thread_id: str | None = None) -> list[dict] | None:
        """As stored, with each message's elements in name order (#1…#4 stay a grid)."""
        threads = await super().get_all_user_threads(user_id=user_id, thread_id=thread_id)
        for thread in threads or []:
            thread["elements"] = sorted(thread.get("elements") or [],
                                        key=lambda e: (str(e.get("forId")), e.get("name") or ""))
        return threads

    async def close(self) -> None:
        await self.engine.dispose()
