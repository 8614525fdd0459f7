"""Job progress: every event is stored in a Redis stream AND pushed on pub/sub.

A client that connects late (a reloaded page, `routix generate` started after the job) first
replays the stream, then follows the live channel, skipping what it already saw by `seq`.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator
from typing import Literal

from pydantic import BaseModel, ConfigDict
from redis.asyncio import Redis

Kind = Literal["queued", "started", "step", "image", "failed", "canceled", "done"]
FINAL: frozenset[str] = frozenset({"failed", "canceled", "done"})
RETENTION_SECONDS = 24 * 3600


class JobEvent(BaseModel):
    model_config = ConfigDict(frozen=True)

    generation_id: str
    seq: int
    kind: Kind
    percent: int = 0
    done: int = 0  # images finished
    total: int = 0
    message: str = ""
    asset_id: str | None = None
    position: int | None = None  # 1-based
    at: float = 0.0


def stream_key(generation_id: str) -> str:
    return f"routix:gen:{generation_id}:events"


def channel(generation_id: str) -> str:
    return f"routix:gen:{generation_id}:live"


class EventPublisher:
    """Numbers and publishes one generation's events (the worker holds one per job run)."""

    def __init__(self, redis: Redis, generation_id: str) -> None:
        self._redis, self._id = redis, generation_id
        self._seq: int | None = None

    async def publish(self, kind: Kind, **fields: object) -> JobEvent:
        if self._seq is None:  # a retried job continues the numbering
            self._seq = int(await self._redis.xlen(stream_key(self._id)))
        self._seq += 1
        event = JobEvent(generation_id=self._id, seq=self._seq, kind=kind, at=time.time(),
                         **fields)
        payload = event.model_dump_json()
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.xadd(stream_key(self._id), {"e": payload})
            pipe.expire(stream_key(self._id), RETENTION_SECONDS)
            pipe.publish(channel(self._id), payload)
            await pipe.execute()
        return event


async def replay(redis: Redis, generation_id: str) -> list[JobEvent]:
    entries = await redis.xrange(stream_key(generation_id))
    return [JobEvent.model_validate_json(fields[b"e"]) for _id, fields in entries]


async def follow(redis: Redis, generation_id: str, timeout: float = 300
                 ) -> AsyncIterator[JobEvent]:
    """Every event of the generation from the first, live until a final one (or timeout)."""
    pubsub = redis.pubsub()
    await pubsub.subscribe(channel(generation_id))  # subscribe first: nothing falls in between
    try:
        last = 0
        for event in await replay(redis, generation_id):
            last = event.seq
            yield event
            if event.kind in FINAL:
                return
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            message = await pubsub.get_message(ignore_subscribe_messages=True,
                                               timeout=min(1.0, deadline - time.monotonic()))
            if message is None:
                continue
            event = JobEvent.model_validate_json(message["data"])
            if event.seq <= last:
                continue
            last = event.seq
            yield event
            if event.kind in FINAL:
                return
    finally:
        with contextlib.suppress(Exception):
            await pubsub.unsubscribe()
            await asyncio.shield(pubsub.aclose())
