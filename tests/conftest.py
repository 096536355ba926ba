"""Shared fixtures. Real data lives in ../shared/data (read-only, never copied into the repo)."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"
EXAMPLES = REPO / "examples"


def shared(*parts: str) -> Path:
    """Path into ../shared/data; skips nothing: a missing data set is a broken checkout, so fail."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"test data missing: {path} (the suite needs ../shared/data beside the repo)")
    return path


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test runs with outbound connections refused: scrubkit must never reach the network."""

    def refuse(self: socket.socket, address: object) -> None:
        host = address[0] if isinstance(address, tuple) else address
        if isinstance(host, str) and (host.startswith("127.") or host in ("localhost", "::1")) or not isinstance(address, tuple):
            return real_connect(self, address)
        raise OSError(f"network disabled in tests: tried to connect to {address!r}")

    real_connect = socket.socket.connect
    monkeypatch.setattr(socket.socket, "connect", refuse)
