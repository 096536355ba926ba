"""The text pipeline loads and runs with no network at all (a fresh process, sockets refused,
and inside a network namespace with no interfaces where `unshare -n` is allowed)."""

from __future__ import annotations

import shutil
import subprocess
import sys

SCRIPT = """
import socket
def refuse(*args, **kwargs):
    raise OSError("network disabled")
socket.socket.connect = refuse
socket.create_connection = refuse
from scrubkit.text import scrub_text
print(scrub_text("Email office@rosehill.sch.uk or see www.justgiving.com/page/amy - love Amy Clarke").output)
"""


def run_offline(prefix: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*prefix, sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=300)


def test_scrub_text_runs_with_sockets_refused() -> None:
    done = run_offline([])
    assert done.returncode == 0, done.stderr
    assert "rosehill" not in done.stdout and "justgiving" not in done.stdout and "Amy" not in done.stdout


def test_scrub_text_runs_without_a_network_namespace_route() -> None:
    unshare = shutil.which("unshare")
    probe = subprocess.run([unshare, "-n", "true"], capture_output=True) if unshare else None
    prefix = [unshare, "-n"] if unshare and probe and probe.returncode == 0 else [unshare, "-rn"] if unshare else []
    done = run_offline(prefix)
    assert done.returncode == 0, done.stderr
    assert "Amy" not in done.stdout
