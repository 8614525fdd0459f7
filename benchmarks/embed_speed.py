"""How fast the local MiniLM embedder is: model load time, single and batched sentences/s.

    .venv/bin/python benchmarks/embed_speed.py [--seconds 3]

Prints figures only; nothing here is asserted (timing belongs in benchmarks, not tests).
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

from embeddings.minilm import MiniLMModel, default_model_dir, load_model

WORDS = (
    "gaming thumbnail bold red arrow shocked face neon glow minimal tech review cozy lo-fi "
    "cooking street food travel vlog fitness challenge budget finance crypto news explained "
    "tutorial beginner pro tips secret trick ultimate guide vs comparison reaction"
).split()


def sentences(n: int, words: tuple[int, int], seed: int = 7) -> list[str]:
    """Plausible video descriptions of random length."""
    rng = random.Random(seed)
    return [" ".join(rng.choices(WORDS, k=rng.randint(*words))) for _ in range(n)]


def rate(fn, items: int, seconds: float) -> float:
    """Items per second over repeated calls for at least `seconds`."""
    fn()  # warm caches and BLAS threads
    calls, start = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - start) < seconds or calls < 3:
        fn()
        calls += 1
    return calls * items / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="time per measurement")
    args = parser.parse_args()

    model_dir: Path = default_model_dir()
    start = time.perf_counter()
    MiniLMModel.load(model_dir)
    cold = time.perf_counter() - start
    model = load_model(model_dir)
    print(f"load (tokenizer + safetensors + weight prep): {cold * 1000:.0f} ms")

    short = sentences(256, (5, 15))
    long_ = sentences(64, (120, 200))
    query = short[0]
    print(
        f"single query, ~10 words:      {rate(lambda: model.embed([query]), 1, args.seconds):8.1f} sentences/s"
    )
    for size in (32, 256):
        batch = short[:size]
        r = rate(lambda b=batch: model.embed(b), len(batch), args.seconds)
        print(f"batch of {size:<3} ~10 words:       {r:8.1f} sentences/s")
    r = rate(lambda: model.embed(long_), len(long_), args.seconds)
    print(f"batch of 64, ~150-250 tokens: {r:8.1f} sentences/s")
    mixed = short[:128] + long_[:32]
    random.Random(1).shuffle(mixed)
    r = rate(lambda: model.embed(mixed), len(mixed), args.seconds)
    print(f"batch of 160, mixed lengths:  {r:8.1f} sentences/s")


if __name__ == "__main__":
    main()
