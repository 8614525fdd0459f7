"""The one interface every text embedder implements, local or remote."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable


@runtime_checkable
class Embedder(Protocol):
    """Turns text into fixed-length float vectors for similarity search.

    Calls are synchronous: the local model is CPU-bound and the remote clients are sync
    underneath too. From async code call them through `asyncio.to_thread` (the LangChain
    adapter's `aembed_*` methods already do).
    """

    model_name: str
    dimensions: int

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        """Embed texts that will be stored and searched (template descriptions)."""
        ...

    def embed_query(self, text: str) -> list[float]:
        """Embed the text a search is made with (a creator's request)."""
        ...
