"""A tiny web served on 127.0.0.1 that real browsers reach through it as their proxy.

Hosts such as www.google.com resolve nowhere here: the browsers send every http request to
this server, which answers by host and path. Used by make_fixtures.py only.
"""

from __future__ import annotations

import html
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

TITLES = {
    "/kyoto": "Kyoto travel guide – temples & cherry blossom",
    "/hotels": "Hotels in Kyoto | Café ☕ ryokan deals",
    "/flights": "Flights London → Osaka",
    "/desk": "Standing desk under $400 — reviews",
    "/thanks": "Thank you for your order!",
    "/rust": "Learning Rust: ownership",
}


def page(title: str, body: str) -> bytes:
    """An HTML page."""
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
        f"</head><body><h1>{html.escape(title)}</h1>{body}</body></html>"
    ).encode()


class Handler(BaseHTTPRequestHandler):
    """Answers by host and path; absolute-URI requests arrive because we are the proxy."""

    def log_message(self, format: str, *args: object) -> None:
        return None

    def _send(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_CONNECT(self) -> None:
        self._send(405)

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        host = (parts.hostname or self.headers.get("Host", "")).lower()
        path = parts.path or "/"
        query = parse_qs(parts.query)
        if host.endswith(("google.com", "bing.com", "duckduckgo.com")):
            q = (query.get("q") or [""])[0]
            engine = host.split(".")[-2].capitalize()
            links = "".join(
                f"<p><a id='r{i}' href='http://travel.example{p}'>{TITLES[p]}</a></p>"
                for i, p in enumerate(("/kyoto", "/hotels", "/desk", "/rust"))
            )
            self._send(200, page(f"{q} - {engine} Search", links))
            return
        if path == "/go":  # a server redirect to the hotels page
            self._send(302, headers={"Location": "http://travel.example/hotels?via=redirect"})
            return
        if path == "/hop":  # a two-step redirect chain
            self._send(301, headers={"Location": "http://travel.example/go"})
            return
        if path == "/ad":
            self._send(200, page("an iframe ad", "<p>ad</p>"))
            return
        if path == "/form":
            self._send(
                200,
                page(
                    "Search hotels",
                    "<form action='/results'><input name='city' "
                    "value='Kyoto'><button id='submit'>Go</button></form>",
                ),
            )
            return
        if path == "/results":
            city = (query.get("city") or [""])[0]
            self._send(200, page(f"Hotels in {city}", "<p>results</p>"))
            return
        title = TITLES.get(path, f"Page {path}")
        body = (
            "<p><a id='hotels' href='/hotels'>hotels</a> <a id='go' href='/go'>deal</a> "
            "<a id='hop' href='/hop'>hop</a> "
            "<a id='flights' href='/flights' target='_blank'>flights</a> "
            "<a id='desk' href='/desk'>desk</a> <a id='thanks' href='/thanks'>buy</a> "
            "<a id='form' href='/form'>form</a></p>"
            "<iframe src='/ad' width='50' height='20'></iframe>"
        )
        self._send(200, page(title, body))


def serve() -> tuple[ThreadingHTTPServer, int]:
    """Start the server on a free loopback port; returns it and its port."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, server.server_address[1]
