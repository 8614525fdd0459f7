"""How fast the local MiniLM embedder is: model load time, single and batched sentences/s.

    .venv/bin/python benchmarks/embed_speed.py [--seconds 3]

Prints figures only; nothing here is asserted (timing belongs in benchmarks, not tests).
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from pathlib import Path

from embeddings.minilm import TOKENS_PER_BATCH, MiniLMModel, default_model_dir, load_model
from kernel.runtime import tune_process

WORDS = (  # noqa: SIM905 (a sentence reads better than a list of 37 strings)
    "gaming thumbnail bold red arrow shocked face neon glow minimal tech review cozy lo-fi "
    "cooking street food travel vlog fitness challenge budget finance crypto news explained "
    "tutorial beginner pro tips secret trick ultimate guide vs comparison reaction"
).split()


def sentences(n: int, words: tuple[int, int], seed: int = 7) -> list[str]:
    """Plausible video descriptions of random length."""
    rng = random.Random(seed)
    return [" ".join(rng.choices(WORDS, k=rng.randint(*words))) for _ in range(n)]


def rate(fn, items: int, seconds: float) -> tuple[float, float]:
    """(best, median) items per second over repeated calls for at least `seconds`.

    Best-of is reported first: on a shared 2-core box other processes only ever slow us down.
    """
    fn()  # warm caches and BLAS threads
    times: list[float] = []
    start = time.perf_counter()
    while time.perf_counter() - start < seconds or len(times) < 3:
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return items / min(times), items / statistics.median(times)


def show(label: str, rates: tuple[float, float]) -> None:
    print(f"{label:<32} best {rates[0]:8.1f}  median {rates[1]:8.1f} sentences/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="time per measurement")
    parser.add_argument(
        "--blas-threads",
        action="store_true",
        help="keep OpenBLAS's thread pool (entry points normally pin BLAS to one thread)",
    )
    args = parser.parse_args()
    if not args.blas_threads:
        tune_process()  # as the CLI, worker and tests run

    model_dir: Path = default_model_dir()
    start = time.perf_counter()
    MiniLMModel.load(model_dir)
    cold = time.perf_counter() - start
    model = load_model(model_dir)
    print(f"load (tokenizer + safetensors + weight prep): {cold * 1000:.0f} ms")
    print(f"tokens per batch: {TOKENS_PER_BATCH}")

    short = sentences(256, (5, 15))
    long_ = sentences(64, (120, 200))
    query = short[0]
    show("single query, ~10 words", rate(lambda: model.embed([query]), 1, args.seconds))
    for size in (32, 256):
        batch = short[:size]
        show(
            f"batch of {size}, ~10 words", rate(lambda b=batch: model.embed(b), size, args.seconds)
        )
    show("batch of 64, ~150-250 tokens", rate(lambda: model.embed(long_), 64, args.seconds))
    mixed = short[:128] + long_[:32]
    random.Random(1).shuffle(mixed)
    show("batch of 160, mixed lengths", rate(lambda: model.embed(mixed), 160, args.seconds))


if __name__ == "__main__":
    main()
