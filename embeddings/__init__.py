"""Text embedders behind one protocol: local MiniLM (torch-free), OpenAI, Gemini.

Public surface: `Embedder`, `make_embedder`, `as_langchain` (for langchain-postgres PGVector).
Implementations live in `embeddings.minilm`, `embeddings.openai_embedder` and
`embeddings.gemini_embedder`; import those directly when you need one by name.
"""

from embeddings.factory import EmbedderChoice, make_embedder
from embeddings.langchain_adapter import LangChainEmbeddings, as_langchain
from embeddings.protocol import Embedder

__all__ = ["Embedder", "EmbedderChoice", "LangChainEmbeddings", "as_langchain", "make_embedder"]
