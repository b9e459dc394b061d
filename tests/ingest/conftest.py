"""A local web server over tests/data/web: web-input tests never leave the machine."""
from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

WEB = Path(__file__).resolve().parents[1] / "data" / "web"
PLACEHOLDER = b"http://exemple.test"  # feed links point here; replaced by the server's address
TYPES = {".html": "text/html; charset=utf-8", ".txt": "text/plain; charset=utf-8",
         ".rss": "application/rss+xml", ".atom": "application/atom+xml",
         ".pdf": "application/pdf"}
SLOW_SECONDS = 2.0  # how long /lent makes the client wait
PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY")


class FixtureHandler(BaseHTTPRequestHandler):
    """Files of tests/data/web with a content type by extension (`?type=` overrides it,
    `?type=` empty sends none), plus /redirection, /vide.html (empty body), /lent (slow)."""

    server: FixtureServer

    def do_GET(self) -> None:
        self.server.user_agents.append(self.headers.get("User-Agent", ""))
        url = urlsplit(self.path)
        if url.path == "/redirection":
            self._send(302, b"", None, location="/sommet-g20.html")
            return
        if url.path == "/lent":
            time.sleep(SLOW_SECONDS)
        file = (WEB / url.path.lstrip("/")).resolve()
        if url.path == "/vide.html":
            self._send(200, b"", "text/html")
        elif file.parent != WEB or not file.is_file():
            self.send_error(404)
        else:
            base = f"http://127.0.0.1:{self.server.server_address[1]}".encode()
            query = parse_qs(url.query, keep_blank_values=True)
            kind = query["type"][0] if "type" in query else TYPES[file.suffix]
            self._send(200, file.read_bytes().replace(PLACEHOLDER, base), kind or None)

    def _send(self, status: int, body: bytes, kind: str | None, location: str | None = None) -> None:
        self.send_response(status)
        if kind:
            self.send_header("Content-Type", kind)
        if location:
            self.send_header("Location", location)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Keep the test output quiet."""


class FixtureServer(ThreadingHTTPServer):
    daemon_threads = True
    user_agents: list[str]


@pytest.fixture(scope="session")
def fixture_server() -> Iterator[FixtureServer]:
    server = FixtureServer(("127.0.0.1", 0), FixtureHandler)
    server.user_agents = []
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def web(fixture_server: FixtureServer, monkeypatch: pytest.MonkeyPatch) -> Callable[[str], str]:
    """The URL of a path on the fixture server; proxy settings are cleared so that
    requests go straight to 127.0.0.1."""
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    return lambda path: f"http://127.0.0.1:{fixture_server.server_address[1]}/{path}"


@pytest.fixture
def refused_url() -> str:
    """A URL on a local port nobody listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/page.html"
