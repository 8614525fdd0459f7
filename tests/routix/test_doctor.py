import subprocess
import sys
from pathlib import Path

from kernel.settings import Settings
from routix.doctor import run_checks
from tests.support import free_port

ROOT = Path(__file__).resolve().parents[2]


def by_component(checks):
    return {c.component: c for c in checks}


def test_reports_postgres_pgvector_and_redis_versions(settings, infra):
    checks = by_component(run_checks(settings))
    assert all(c.ok for c in checks.values()), checks
    assert "PostgreSQL 18" in checks["postgres"].detail
    assert "pgvector 0.8.6" in checks["postgres"].detail
    assert checks["redis"].detail.startswith("Redis 6.2")
    assert checks["brain"].detail.startswith("local")
    assert checks["storage"].detail.startswith("local folder")


def test_unreachable_database_is_a_failure_with_a_fix(tmp_path: Path):
    port = free_port()  # nothing listens there
    settings = Settings(_env_file=None, data_dir=tmp_path,
                        database_url=f"postgresql://nobody@127.0.0.1:{port}/none",
                        redis_url=None)
    checks = by_component(run_checks(settings))
    assert not checks["postgres"].ok
    assert "Cannot reach the database" in checks["postgres"].fix
    assert "DATABASE_URL" in checks["postgres"].fix


def test_non_postgres_database_url_is_refused_with_a_sentence(tmp_path: Path):
    settings = Settings(_env_file=None, data_dir=tmp_path, database_url="mysql://x@localhost/db")
    checks = run_checks(settings)
    failed = [c for c in checks if not c.ok]
    assert failed and "must point at PostgreSQL" in failed[0].fix


def test_cli_exits_non_zero_and_prints_no_traceback_when_broken(tmp_path: Path):
    env = {"PATH": "/usr/bin:/bin", "ROUTIX_DATA_DIR": str(tmp_path),
           "DATABASE_URL": f"postgresql://nobody@127.0.0.1:{free_port()}/none"}
    result = subprocess.run([sys.executable, "-m", "routix", "doctor"], capture_output=True,
                            text=True, env=env, cwd=tmp_path, timeout=120)
    assert result.returncode == 1
    assert "FAIL" in result.stdout and "Cannot reach the database" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_a_chosen_provider_without_its_key_is_a_sentence_in_doctor_and_up(settings, infra,
                                                                          tmp_path: Path):
    import os

    chosen = settings.model_copy(update={"brain_provider": "openai"})
    checks = by_component(run_checks(chosen))
    assert not checks["brain"].ok
    assert "ROUTIX_BRAIN=openai needs OPENAI_API_KEY" in checks["brain"].fix
    env = {"PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", "/root"),
           "ROUTIX_DATA_DIR": str(tmp_path), "ROUTIX_PORT": str(free_port()),
           "ROUTIX_ANALYZER": "gemini", "GOOGLE_API_KEY": ""}
    done = subprocess.run([sys.executable, "-m", "routix", "up"], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode != 0 and "Traceback" not in done.stdout + done.stderr
    assert "ROUTIX_ANALYZER=gemini needs GOOGLE_API_KEY" in done.stdout + done.stderr
