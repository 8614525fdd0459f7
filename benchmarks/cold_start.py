"""Cold start of `routix up`: command to a chat page that answers, first run and warm re-run.

Prints seconds for (a) a fresh data dir (initdb, migrations, seeding) and (b) a second start on
the same data dir (servers stopped in between), each to the first 200 from `/` and `/healthz`.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.support import free_port  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def time_start(data_dir: Path) -> float:
    port = free_port()
    env = {**os.environ, "ROUTIX_DATA_DIR": str(data_dir), "ROUTIX_PORT": str(port)}
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "routix", "up"], env=env, cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while True:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/", timeout=1).status_code == 200:
                    return time.perf_counter() - started
            except httpx.HTTPError:
                pass
            if proc.poll() is not None:
                raise SystemExit("routix up exited early")
            time.sleep(0.02)
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(60)


def main() -> None:
    data_dir = Path(tempfile.mkdtemp(prefix="routix-bench-"))
    try:
        first = time_start(data_dir / "var")
        warm = [time_start(data_dir / "var") for _ in range(3)]
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)
    print(f"routix up → chat page answers: first run {first:.2f} s, "
          f"later runs {min(warm):.2f}–{max(warm):.2f} s")


if __name__ == "__main__":
    main()
