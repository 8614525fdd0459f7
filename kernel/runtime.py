"""Process-wide tuning applied once by every entry point (CLI, worker, tests, benchmarks)."""

from __future__ import annotations

from functools import cache


@cache
def tune_process() -> None:
    """Keep BLAS single-threaded.

    Our matrices are small (a MiniLM forward pass, k-means on a thumbnail). On a busy 2-core
    box OpenBLAS's thread pool made an 8×384 @ 384×1536 product take 32 ms instead of 0.24 ms:
    its threads spin against the web server, the worker and each other. One thread is faster.
    """
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")
