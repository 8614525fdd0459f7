"""A real `routix worker` process consumes jobs from the real Redis."""

import os
import signal
import subprocess
import sys
from pathlib import Path

from arq import create_pool

from jobs.worker import QUEUE_NAME, redis_settings

ROOT = Path(__file__).resolve().parents[2]


def start_worker(data_dir: Path, database_url: str, redis_url: str) -> subprocess.Popen:
    env = {"PATH": os.environ["PATH"], "ROUTIX_DATA_DIR": str(data_dir),
           "DATABASE_URL": database_url, "REDIS_URL": redis_url}
    return subprocess.Popen([sys.executable, "-m", "routix", "worker"], env=env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


async def test_worker_process_runs_a_job_and_stops_on_sigterm(settings, database_url, redis_url):
    worker = start_worker(settings.data_path, database_url, redis_url)
    pool = await create_pool(redis_settings(redis_url), default_queue_name=QUEUE_NAME)
    try:
        job = await pool.enqueue_job("ping", "hello")
        assert await job.result(timeout=60) == "hello"
    finally:
        await pool.aclose()
        worker.send_signal(signal.SIGTERM)
        output, _ = worker.communicate(timeout=30)
    assert worker.returncode == 0, output
    assert "Traceback" not in output
