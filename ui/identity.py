"""Who is asking: the Chainlit session (JWT cookie or bearer token) as one of our accounts."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from fastapi import Request

from storage.models import Role, User


@dataclass(frozen=True)
class Identity:
    user_id: uuid.UUID
    email: str
    role: Role


def chainlit_user_for(user: User):
    """The `cl.User` a sign-in produces: our id and role travel in the signed JWT metadata."""
    import chainlit as cl

    return cl.User(identifier=user.email, display_name=user.display_name or user.email,
                   metadata={"user_id": str(user.id), "role": user.role.value})


def identity_from_metadata(identifier: str, metadata: dict | None) -> Identity | None:
    try:
        meta = metadata or {}
        return Identity(uuid.UUID(str(meta["user_id"])), identifier, Role(meta.get("role")))
    except (KeyError, ValueError, TypeError):
        return None


def request_identity(request: Request) -> Identity | None:
    """The signed-in user of an HTTP request, or None (no, expired or forged token)."""
    from chainlit.auth import get_token_from_cookies
    from chainlit.auth.jwt import decode_jwt

    token = get_token_from_cookies(request.cookies)
    if not token:
        scheme, _, value = request.headers.get("Authorization", "").partition(" ")
        token = value if scheme.lower() == "bearer" else None
    if not token:
        return None
    try:
        user = decode_jwt(token)
    except Exception:  # expired, bad signature, malformed: all mean "not signed in"
        return None
    return identity_from_metadata(user.identifier, user.metadata)
