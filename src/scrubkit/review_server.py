"""`scrubkit review DST --serve`: the review app, a thin HTTP layer over scrubkit.signoff.ReviewSession.

Standard library only (ThreadingHTTPServer). Bound to 127.0.0.1 unless told otherwise; every request
must carry the random token of the URL it prints (`?t=...` or an `X-Scrubkit-Token` header) or is
refused with 403, and on loopback the Host header must name loopback too (no DNS rebinding). The
browser only ever receives previews made from the cleaned outputs; originals stay on disk, read
only to re-make an output after an edit. The page itself is review_app.html (inline script, a
Content-Security-Policy that allows nothing but this server).
"""

from __future__ import annotations

import hmac
import json
import secrets
import socket
import threading
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from scrubkit.errors import ScrubError
from scrubkit.signoff import FileState, ReviewSession, open_output

APP_PAGE = Path(__file__).with_name("review_app.html")
LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})
#: request bodies are small JSON objects; anything larger is refused
MAX_BODY = 64 * 1024
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
        "connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'"
    ),
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
}


class ReviewServer(ThreadingHTTPServer):
    """The HTTP server of one review session; `url` is the address to open (token included)."""

    daemon_threads = True

    def __init__(self, session: ReviewSession, host: str = "127.0.0.1", port: int = 0, token: str | None = None) -> None:
        self.session = session
        self.token = token or secrets.token_urlsafe(24)
        self._sizes: dict[tuple[Path, int], tuple[int, int]] = {}
        self._sizes_lock = threading.Lock()
        if ":" in host:  # an IPv6 address such as ::1
            self.address_family = socket.AF_INET6
        super().__init__((host, port), ReviewHandler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        shown = f"[{host}]" if ":" in str(host) else host
        return f"http://{shown}:{port}/?t={self.token}"

    def describe(self, state: FileState) -> dict[str, Any]:
        """What the page needs about one file: covers with their styles, reasons, decision, size."""
        result, policy = state.result, self.session.policy
        entry: dict[str, Any] = {
            "key": state.key, "status": result.status, "reason": result.reason, "format": result.format,
            "verdict": result.verdict, "reasons": result.check_reasons, "warnings": result.warnings,
            "decision": state.decision, "approved": state.approved, "editable": state.editable,
            "regions": [
                {"box": list(r.box), "kind": r.kind, "style": state.edits.style_of(r, policy.style)} for r in result.regions
            ],
            "unsure": [list(r.box) for r in result.unsure],
            "edited": bool(state.edits), "undo": self.session.can_undo(state.key),
        }
        if state.editable and result.output is not None and result.output.is_file():
            st = result.output.stat()
            entry["version"] = st.st_mtime_ns
            entry["width"], entry["height"] = self._oriented_size(result.output, st.st_mtime_ns)
        return entry

    def _oriented_size(self, output: Path, mtime_ns: int) -> tuple[int, int]:
        with self._sizes_lock:
            known = self._sizes.get((output, mtime_ns))
        if known is None:
            with open_output(output) as image:
                width, height = image.size
                if image.getexif().get(0x0112) in (5, 6, 7, 8):
                    width, height = height, width
            known = (width, height)
            with self._sizes_lock:
                self._sizes[(output, mtime_ns)] = known
        return known


class ReviewHandler(BaseHTTPRequestHandler):
    server: ReviewServer
    server_version = "scrubkit-review"
    sys_version = ""

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: request lines would show file names on the terminal of a shared screen."""

    # ---- dispatch

    def do_GET(self) -> None:
        self._dispatch({"/": self._page, "/api/files": self._files}, prefix={"/preview/": self._preview})

    def do_POST(self) -> None:
        self._dispatch({
            "/api/edit": self._edit, "/api/undo": self._undo, "/api/decide": self._decide,
            "/api/approve-ready": self._approve_ready, "/api/export": self._export,
        })

    def _dispatch(self, routes: dict[str, Callable[[], None]], prefix: dict[str, Callable[[str], None]] | None = None) -> None:
        url = urlsplit(self.path)
        if not self._allowed(url.query):
            self._send(HTTPStatus.FORBIDDEN, b"forbidden: open the address scrubkit printed (with its token)\n", "text/plain")
            return
        try:
            if url.path in routes:
                routes[url.path]()
                return
            for start, handler in (prefix or {}).items():
                if url.path.startswith(start):
                    handler(unquote(url.path[len(start):]))
                    return
            self._send(HTTPStatus.NOT_FOUND, b"not found\n", "text/plain")
        except ScrubError as e:
            self._json({"error": str(e)}, HTTPStatus.BAD_REQUEST)
        except Exception as e:  # one failed request must not stop the review
            self._json({"error": f"internal error ({type(e).__name__}: {e})"}, HTTPStatus.INTERNAL_SERVER_ERROR)

    def _allowed(self, query: str) -> bool:
        given = parse_qs(query).get("t", [""])[0] or self.headers.get("X-Scrubkit-Token", "")
        if not hmac.compare_digest(given.encode(), self.server.token.encode()):
            return False
        bound = str(self.server.server_address[0])
        if bound in LOOPBACK:
            host = (self.headers.get("Host") or "").rsplit(":", 1)[0]
            return host in LOOPBACK
        return True

    # ---- routes

    def _page(self) -> None:
        self._send(HTTPStatus.OK, APP_PAGE.read_bytes(), "text/html; charset=utf-8")

    def _files(self) -> None:
        session = self.server.session
        self._json({
            "folder": session.dst.name, "policy": session.policy.name, "audit_log": str(session.audit_log),
            "files": [self.server.describe(s) for s in session.files()],
        })

    def _preview(self, key: str) -> None:
        self._send(HTTPStatus.OK, self.server.session.preview(key), "image/jpeg")

    def _edit(self) -> None:
        body = self._body()
        session = self.server.session
        key, action = str(body.get("key", "")), body.get("action")
        edits = session.file(key).edits
        if action == "add":
            edits = edits.add(body.get("box"), body.get("style"))
        elif action == "remove":
            edits = edits.remove(body.get("box"))
        elif action == "style":
            edits = edits.restyle(body.get("box"), body.get("style"))
        else:
            self._json({"error": "action must be add, remove or style"}, HTTPStatus.BAD_REQUEST)
            return
        self._json(self.server.describe(session.edit(key, edits)))

    def _undo(self) -> None:
        key = str(self._body().get("key", ""))
        self._json(self.server.describe(self.server.session.undo(key)))

    def _decide(self) -> None:
        body = self._body()
        session = self.server.session
        key, reviewer = str(body.get("key", "")), str(body.get("reviewer", ""))
        if body.get("decision") == "approved":
            session.approve(key, reviewer)
        elif body.get("decision") == "rejected":
            session.reject(key, reviewer)
        else:
            self._json({"error": "decision must be approved or rejected"}, HTTPStatus.BAD_REQUEST)
            return
        self._json(self.server.describe(session.file(key)))

    def _approve_ready(self) -> None:
        records = self.server.session.approve_ready(str(self._body().get("reviewer", "")))
        self._json({"approved": [r["file"] for r in records]})

    def _export(self) -> None:
        body = self._body()
        written = self.server.session.export(str(body.get("to", "")), str(body.get("reviewer", "")))
        self._json({"exported": len(written), "to": str(Path(str(body.get("to", ""))).resolve())})

    # ---- plumbing

    def _body(self) -> dict[str, Any]:
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            raise ScrubError("request too large")
        try:
            body = json.loads(self.rfile.read(length) or b"{}")
        except ValueError:
            raise ScrubError("the request is not JSON") from None
        if not isinstance(body, dict):
            raise ScrubError("the request must be a JSON object")
        return body

    def _json(self, data: Any, status: HTTPStatus = HTTPStatus.OK) -> None:
        self._send(status, json.dumps(data).encode("utf-8"), "application/json")

    def _send(self, status: HTTPStatus, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in SECURITY_HEADERS.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)
