"""First run anywhere: `git clone` into a folder only its owner may enter (as `mktemp -d`
makes, or /root), then `routix up` from there. It serves the chat and leaves the modes of the
folders it does not own as they were (the embedded Postgres runs as another user)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.support import ROOT, free_port, serving, stop_up, wait_until

pytestmark = pytest.mark.timeout(300)


@pytest.mark.skipif(not (ROOT / ".git").exists(), reason="not a git checkout")
def test_a_clone_in_a_private_folder_starts_and_leaves_the_modes_alone(tmp_path: Path):
    private = tmp_path / "home"
    private.mkdir()
    private.chmod(0o700)
    modes_before = {p: stat.S_IMODE(p.stat().st_mode) for p in (tmp_path, private)}
    checkout = private / "routix"
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(checkout)], check=True,
                   timeout=120)

    port = free_port()
    env = {"PATH": os.environ["PATH"], "HOME": str(private), "ROUTIX_PORT": str(port)}
    log_path = tmp_path / "up.log"
    with log_path.open("w") as log:
        # -m from the checkout: its own code comes first on sys.path, the venv supplies the rest
        up = subprocess.Popen([sys.executable, "-m", "routix", "up"], cwd=checkout, env=env,
                              stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until(lambda: serving(url) or up.poll() is not None, timeout=180, interval=0.5)
        assert up.poll() is None, log_path.read_text()
        page = httpx.get(url + "/", timeout=10)
        assert page.status_code == 200 and "<div id=\"root\">" in page.text
        assert (checkout / "var").is_dir()  # the data lives with the checkout, as the README says
    finally:
        stop_up(up, checkout / "var")
    output = log_path.read_text()
    assert "Traceback" not in output, output
    assert {p: stat.S_IMODE(p.stat().st_mode) for p in (tmp_path, private)} == modes_before
