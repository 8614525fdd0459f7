"""The service container: infrastructure and providers, built once at start-up and handed to
the graphs, tools, CLI and worker. (The compiled agents are built at the composition root.)

Nothing here is a module-level client. `Services.open()` makes the engines and providers from
settings plus the resolved infrastructure URLs; `close()` releases them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from kernel.settings import Settings
from storage.db import async_engine, session_factory

if TYPE_CHECKING:
    from arq.connections import ArqRedis

    from agent.brain import Brain
    from embeddings.protocol import Embedder
    from library.retriever import TemplateStore
    from render.provider import RenderProvider
    from storage.objects import AsyncObjectStore
    from vision.analyzer import Analyzer


QUEUE_NAME = "routix:render"  # the render queue: the web app enqueues, `routix worker` takes


@dataclass
class Services:
    settings: Settings
    database_url: str
    redis_url: str
    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]

    @classmethod
    def open(cls, settings: Settings, *, database_url: str, redis_url: str) -> Services:
        engine = async_engine(database_url)
        return cls(settings, database_url, redis_url, engine, session_factory(engine))

    _queue: ArqRedis | None = None
    _template_store: TemplateStore | None = None

    async def close(self) -> None:
        if "render_provider" in self.__dict__:
            await self.render_provider.aclose()
        if self._queue is not None:
            await self._queue.aclose()
            self._queue = None
        await self.engine.dispose()

    async def queue(self) -> ArqRedis:
        """The arq pool on Redis (also a redis.asyncio client for progress events)."""
        if self._queue is None:
            from arq import create_pool
            from arq.connections import RedisSettings

            self._queue = await create_pool(RedisSettings.from_dsn(self.redis_url),
                                            default_queue_name=QUEUE_NAME)
        return self._queue

    async def template_store(self) -> TemplateStore:
        """The LangChain view of the template index, for tool-calling brains and evals."""
        if self._template_store is None:
            from library.retriever import build_template_store

            self._template_store = await build_template_store(self.engine, self.embedder)
        return self._template_store

    # Providers are built on first use: a CLI command that never embeds never loads a model.
    @cached_property
    def objects(self) -> AsyncObjectStore:
        from storage.objects import AsyncObjectStore, make_object_store

        return AsyncObjectStore(make_object_store(self.settings))

    @cached_property
    def embedder(self) -> Embedder:
        from embeddings.factory import make_embedder

        return make_embedder(self.settings, provider=self.settings.embedding_provider)

    @cached_property
    def render_provider(self) -> RenderProvider:
        """Who paints the art: Midjourney when keyed, else the templates themselves."""
        from render.provider import make_render_provider

        return make_render_provider(self.settings)

    @cached_property
    def brain(self) -> Brain:
        from agent.brain_factory import make_brain

        # The embedder lets the local brain find a niche by meaning when no keyword names it.
        return make_brain(self.settings, self.settings.brain_provider, embedder=self.embedder)

    @cached_property
    def analyzer(self) -> Analyzer:
        from vision.analyzer import make_analyzer

        return make_analyzer(self.settings, self.settings.analyzer_provider)
