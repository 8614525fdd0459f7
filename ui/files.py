"""`GET /files/{key}`: our object store, to the signed-in owner only.

A key is served when the caller is signed in, their account is enabled, and the key is theirs:
a rendered asset of theirs (`assets.user_id`) or one of their chat files (`chat/{their id}/…`,
uploads and feed previews). Everything else, template images included, is a 404, the same
answer as for a key that does not exist, so nobody can probe for other people's files.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from sqlalchemy import exists, select

from kernel.errors import NotFound
from storage.models import Asset, User
from storage.objects import content_type_for, validate_key
from ui.history import chat_prefix
from ui.identity import Identity, request_identity
from ui.runtime import runtime

router = APIRouter()

_NOT_FOUND = {"detail": "Not found"}


async def owns_key(identity: Identity, key: str) -> bool:
    """Whether `key` is one of this user's files (and the account is enabled)."""
    services = runtime().services
    async with services.sessions() as session:
        enabled = await session.scalar(
            select(~User.disabled).where(User.id == identity.user_id)
        )
        if not enabled:
            return False
        if key.startswith(chat_prefix(identity.user_id) + "/"):
            return True
        return bool(await session.scalar(select(exists().where(
            Asset.object_key == key, Asset.user_id == identity.user_id
        ))))


@router.get("/files/{key:path}", include_in_schema=False)
async def serve_file(key: str, request: Request, download: int = 0) -> Response:
    identity = request_identity(request)
    if identity is None:
        return JSONResponse({"detail": "Sign in to see this file."}, status_code=401)
    try:
        validate_key(key)
    except ValueError:
        return JSONResponse(_NOT_FOUND, status_code=404)
    if not await owns_key(identity, key):
        return JSONResponse(_NOT_FOUND, status_code=404)
    try:
        data = await runtime().services.objects.get(key)
    except NotFound:
        return JSONResponse(_NOT_FOUND, status_code=404)
    headers = {
        # Content-addressed: the bytes under a key never change, but they are private.
        "Cache-Control": "private, max-age=86400, immutable",
        "X-Content-Type-Options": "nosniff",
    }
    if download:
        name = key.rsplit("/", 1)[-1]
        headers["Content-Disposition"] = f'attachment; filename="routix-{name[:12]}{name[-4:]}"'
    return Response(data, media_type=content_type_for(key), headers=headers)
