"""A throwaway Routix for benchmarks: embedded servers in a temp dir, migrated, with a worker."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kernel.runtime import tune_process  # noqa: E402
from kernel.settings import Settings  # noqa: E402
from routix.infrastructure import Infrastructure  # noqa: E402
from storage import migrate  # noqa: E402


@contextlib.contextmanager
def bench_routix(worker: bool = True) -> Iterator[tuple[Settings, Infrastructure]]:
    tune_process()
    root = Path(tempfile.mkdtemp(prefix="routix-bench-"))
    settings = Settings(_env_file=None, data_dir=root, database_url=None, redis_url=None)
    infra = Infrastructure.from_settings(settings).start()
    migrate.upgrade(infra.database_url)
    proc = None
    if worker:
        env = {"PATH": os.environ["PATH"], "ROUTIX_DATA_DIR": str(root)}
        proc = subprocess.Popen([sys.executable, "-m", "routix", "worker"], env=env, cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        yield settings, infra
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(30)
        infra.stop()
        shutil.rmtree(root, ignore_errors=True)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]
