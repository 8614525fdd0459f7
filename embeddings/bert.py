"""A BERT encoder forward pass in numpy: the maths of HF `BertModel`, inference only, float32.

Pure functions over arrays; loading weights and tokenising live in `embeddings.minilm`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

Array = np.ndarray


@dataclass(frozen=True)
class BertConfig:
    """The parts of a HF `config.json` the forward pass needs."""

    hidden_size: int
    num_attention_heads: int
    num_hidden_layers: int
    layer_norm_eps: float

    @classmethod
    def from_json(cls, config: Mapping[str, object]) -> BertConfig:
        """Read a HF BERT `config.json` mapping, refusing activations we do not implement."""
        if config.get("hidden_act", "gelu") != "gelu":
            raise ValueError(f"unsupported hidden_act {config.get('hidden_act')!r}")
        if config.get("position_embedding_type", "absolute") != "absolute":
            raise ValueError("only absolute position embeddings are supported")
        return cls(
            hidden_size=int(config["hidden_size"]),  # type: ignore[arg-type]
            num_attention_heads=int(config["num_attention_heads"]),  # type: ignore[arg-type]
            num_hidden_layers=int(config["num_hidden_layers"]),  # type: ignore[arg-type]
            layer_norm_eps=float(config["layer_norm_eps"]),  # type: ignore[arg-type]
        )


@dataclass(frozen=True)
class BertLayer:
    """One encoder layer; dense weights are stored (in, out) so activations multiply on the left."""

    qkv_w: Array  # (hidden, 3 * hidden): query, key and value fused into one matmul
    qkv_b: Array
    attn_out_w: Array
    attn_out_b: Array
    attn_ln_w: Array
    attn_ln_b: Array
    inter_w: Array
    inter_b: Array
    out_w: Array
    out_b: Array
    out_ln_w: Array
    out_ln_b: Array


@dataclass(frozen=True)
class BertWeights:
    """All tensors of a `BertModel` (the pooler is unused: sentence embeddings mean-pool)."""

    config: BertConfig
    word: Array
    position: Array
    token_type: Array
    emb_ln_w: Array
    emb_ln_b: Array
    layers: tuple[BertLayer, ...]

    @classmethod
    def from_state_dict(cls, config: BertConfig, sd: Mapping[str, Array]) -> BertWeights:
        """Build from HF tensor names (with or without a `bert.` prefix)."""

        def t(name: str) -> Array:
            key = name if name in sd else f"bert.{name}"
            return np.ascontiguousarray(sd[key], dtype=np.float32)

        def lin(name: str) -> Array:  # torch Linear keeps (out, in); we want (in, out)
            return np.ascontiguousarray(t(f"{name}.weight").T)

        layers = []
        for i in range(config.num_hidden_layers):
            p = f"encoder.layer.{i}"
            s = f"{p}.attention.self"
            layers.append(
                BertLayer(
                    qkv_w=np.concatenate(
                        [lin(f"{s}.query"), lin(f"{s}.key"), lin(f"{s}.value")], axis=1
                    ),
                    qkv_b=np.concatenate(
                        [t(f"{s}.query.bias"), t(f"{s}.key.bias"), t(f"{s}.value.bias")]
                    ),
                    attn_out_w=lin(f"{p}.attention.output.dense"),
                    attn_out_b=t(f"{p}.attention.output.dense.bias"),
                    attn_ln_w=t(f"{p}.attention.output.LayerNorm.weight"),
                    attn_ln_b=t(f"{p}.attention.output.LayerNorm.bias"),
                    inter_w=lin(f"{p}.intermediate.dense"),
                    inter_b=t(f"{p}.intermediate.dense.bias"),
                    out_w=lin(f"{p}.output.dense"),
                    out_b=t(f"{p}.output.dense.bias"),
                    out_ln_w=t(f"{p}.output.LayerNorm.weight"),
                    out_ln_b=t(f"{p}.output.LayerNorm.bias"),
                )
            )
        return cls(
            config=config,
            word=t("embeddings.word_embeddings.weight"),
            position=t("embeddings.position_embeddings.weight"),
            token_type=t("embeddings.token_type_embeddings.weight"),
            emb_ln_w=t("embeddings.LayerNorm.weight"),
            emb_ln_b=t("embeddings.LayerNorm.bias"),
            layers=tuple(layers),
        )


def layer_norm(x: Array, w: Array, b: Array, eps: float) -> Array:
    """LayerNorm over the last axis with the biased variance, as torch computes it."""
    mean = x.mean(axis=-1, keepdims=True)
    centred = x - mean
    var = np.mean(centred * centred, axis=-1, keepdims=True)
    return centred / np.sqrt(var + eps) * w + b


# Abramowitz & Stegun 7.1.26: erf(z) = 1 - t·P(t)·exp(-z²), t = 1/(1 + p·z) for z ≥ 0, with
# |error| < 1.5e-7, below float32 noise. numpy has no erf, scipy is not a dependency, and the
# tanh approximation of GELU would drift from HF's exact one.
_AS_P = 0.3275911 / math.sqrt(2)  # p, with the 1/√2 of Φ(x) = (1 + erf(x/√2)) / 2 folded in
_AS_COEFFS = (1.061405429, -1.453152027, 1.421413741, -0.284496736, 0.254829592)
# GELU runs over cache-sized slices with preallocated buffers: ~5x faster than whole-array
# expressions, whose temporaries are each as large as the FFN activation.
_GELU_CHUNK = 65536


def gelu(x: Array) -> Array:
    """Exact (erf) GELU as HF's `"gelu"`, computed in place on float32 `x`, which is returned.

    Written as relu(x) - |x|·q with q = ½·(1 - erf(|x|/√2)), so one formula serves both signs.
    """
    flat = x.reshape(-1)
    a_buf, t_buf, q_buf = (np.empty(_GELU_CHUNK, dtype=np.float32) for _ in range(3))
    for start in range(0, flat.size, _GELU_CHUNK):
        chunk = flat[start : start + _GELU_CHUNK]
        n = chunk.size
        a, t, q = a_buf[:n], t_buf[:n], q_buf[:n]
        np.abs(chunk, out=a)
        np.multiply(a, np.float32(_AS_P), out=t)
        t += 1
        np.reciprocal(t, out=t)
        q.fill(np.float32(_AS_COEFFS[0]))
        for coeff in _AS_COEFFS[1:]:  # Horner: q = t·P(t)
            q *= t
            q += np.float32(coeff)
        q *= t
        np.multiply(a, a, out=t)
        t *= np.float32(-0.5)
        np.exp(t, out=t)
        q *= t
        q *= a
        q *= np.float32(0.5)
        np.maximum(chunk, 0, out=chunk)
        chunk -= q
    return x


def encode(weights: BertWeights, input_ids: Array, attention_mask: Array) -> Array:
    """Last hidden states (batch, seq, hidden) for right-padded `input_ids` and their 0/1 mask."""
    cfg = weights.config
    batch, seq = input_ids.shape
    heads = cfg.num_attention_heads
    head_dim = cfg.hidden_size // heads
    eps = cfg.layer_norm_eps

    # Single-segment input: token_type_ids are all zero, as sentence-transformers sends them.
    x = weights.word[input_ids] + weights.position[:seq][None] + weights.token_type[0]
    # Dense layers run on (batch*seq, hidden): one large GEMM instead of one per text.
    x = layer_norm(x.reshape(batch * seq, cfg.hidden_size), weights.emb_ln_w, weights.emb_ln_b, eps)

    # Padded keys get a huge negative score so softmax gives them (exactly) zero weight.
    bias = ((1.0 - attention_mask.astype(np.float32)) * np.finfo(np.float32).min)[:, None, None, :]
    scale = np.float32(1.0 / math.sqrt(head_dim))

    for layer in weights.layers:
        qkv = x @ layer.qkv_w + layer.qkv_b  # (b*s, 3h)
        qkv = qkv.reshape(batch, seq, 3, heads, head_dim).transpose(2, 0, 3, 1, 4)
        q, k, v = qkv[0], qkv[1], qkv[2]  # (b, heads, s, d)
        scores = (q @ k.transpose(0, 1, 3, 2)) * scale + bias
        scores -= scores.max(axis=-1, keepdims=True)
        np.exp(scores, out=scores)
        scores /= scores.sum(axis=-1, keepdims=True)
        context = (scores @ v).transpose(0, 2, 1, 3).reshape(batch * seq, cfg.hidden_size)
        attn = context @ layer.attn_out_w + layer.attn_out_b
        x = layer_norm(attn + x, layer.attn_ln_w, layer.attn_ln_b, eps)
        inter = gelu(x @ layer.inter_w + layer.inter_b)  # in place on the fresh product
        out = inter @ layer.out_w + layer.out_b
        x = layer_norm(out + x, layer.out_ln_w, layer.out_ln_b, eps)
    return x.reshape(batch, seq, cfg.hidden_size)


def mean_pool(hidden: Array, attention_mask: Array) -> Array:
    """Average token vectors over the real (unpadded) tokens, as sentence-transformers' Pooling."""
    mask = attention_mask.astype(np.float32)[:, :, None]
    summed = (hidden * mask).sum(axis=1)
    counts = np.clip(mask.sum(axis=1), 1e-9, None)
    return summed / counts


def l2_normalise(vectors: Array) -> Array:
    """Scale rows to unit length (torch's F.normalize, eps 1e-12)."""
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)
