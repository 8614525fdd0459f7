"""Lets any `Embedder` stand where LangChain wants `Embeddings` (langchain-postgres PGVector)."""

from __future__ import annotations

import asyncio

from langchain_core.embeddings import Embeddings

from embeddings.protocol import Embedder


class LangChainEmbeddings(Embeddings):
    """A thin LangChain face over an `Embedder`; async methods run the sync call in a thread."""

    def __init__(self, embedder: Embedder) -> None:
        self.embedder = embedder

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """Embed texts to be stored."""
        return self.embedder.embed_documents(texts)

    def embed_query(self, text: str) -> list[float]:
        """Embed a search text."""
        return self.embedder.embed_query(text)

    async def aembed_documents(self, texts: list[str]) -> list[list[float]]:
        """Embed texts to be stored without blocking the event loop."""
        return await asyncio.to_thread(self.embedder.embed_documents, texts)

    async def aembed_query(self, text: str) -> list[float]:
        """Embed a search text without blocking the event loop."""
        return await asyncio.to_thread(self.embedder.embed_query, text)


def as_langchain(embedder: Embedder) -> Embeddings:
    """Return `embedder` as LangChain `Embeddings`, unwrapping nothing and copying nothing."""
    return LangChainEmbeddings(embedder)
