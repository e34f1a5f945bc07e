"""The local app: pages and the REST API on one FastAPI application.

Local safety: it listens on loopback by default; every request's Host header must name this
machine (DNS rebinding); state-changing requests carry a token (a form field on pages, a
header on the API); uploads are size-limited and parsed from a temporary copy.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import Headers, MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]

from journeys import __version__
from journeys.api.context import WebContext
from journeys.api.routes import router as api_router
from journeys.config import resolve_settings
from journeys.errors import (
    AuthenticationError,
    ConfigError,
    JourneysError,
    LanguageModelError,
    LockedError,
    NotFoundError,
    ScopeError,
)
from journeys.web.account import router as account_router
from journeys.web.pages import render_api_docs, render_error
from journeys.web.pages import router as pages_router

STATIC = Path(__file__).parent / "static"
LOCAL_HOSTS = ("127.0.0.1", "localhost", "[::1]", "::1", "testserver")


SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (
        b"content-security-policy",
        b"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        b"connect-src 'self'; frame-ancestors 'none'; form-action 'self'",
    ),
]


class HostCheck:
    """Refuse requests whose Host is not this machine (a DNS-rebinding page cannot reach
    us), and add the security headers to every answer. Plain ASGI: no task per request."""

    def __init__(self, app: ASGIApp, allowed: tuple[str, ...]) -> None:
        self.app = app
        self.allowed = {h.lower() for h in allowed}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        host = Headers(scope=scope).get("host", "").lower()
        name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        if name not in self.allowed:
            refused = _error(400, "bad_host", f"Host {host!r} is not this machine")
            await refused(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for key, value in SECURITY_HEADERS:
                    if key.decode() not in headers:
                        headers.raw.append((key, value))
            await send(message)

        await self.app(scope, receive, send_with_headers)


ACCESS_LOG = logging.getLogger("journeys.access")


class AccessLog:
    """One JSON line per request (hosted mode): method, path, status, time, user. Never the
    query string, which may hold a search."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = [500]

        async def send_noting_status(message: Message) -> None:
            if message["type"] == "http.response.start":
                status[0] = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, send_noting_status)
        finally:
            caller = scope.get("state", {}).get("caller")
            ACCESS_LOG.info(
                json.dumps(
                    {
                        "method": scope["method"],
                        "path": scope["path"],
                        "status": status[0],
                        "ms": round((time.perf_counter() - started) * 1000, 1),
                        "user": getattr(caller, "user_id", None),
                    }
                )
            )


def _error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _answer(request: Request, status: int, code: str, message: str) -> Response:
    if _wants_json(request):
        return _error(status, code, message)
    return render_error(request, status, message)


def _answering(status: int, code: str) -> Callable[[Request, Exception], Awaitable[Response]]:
    """An exception handler answering ``status`` with ``code`` and the exception's message."""

    async def handler(request: Request, exc: Exception) -> Response:
        return _answer(request, status, code, str(exc))

    return handler


def _field(loc: tuple[object, ...]) -> str:
    parts = [str(p) for p in loc if p not in ("body", "query", "path", "header")]
    return ".".join(parts) or "request"


def create_app(ctx: WebContext) -> FastAPI:
    """The application around one person's database."""
    app = FastAPI(
        title="journeys",
        version=__version__,
        description=(
            "Your browsing history as journeys: the tasks you were working on. Hosted mode: "
            "send Authorization: Bearer <token> (tokens are made on the account page, with "
            "scopes read, write and import). Local mode: state-changing calls need the "
            "X-Journeys-Token header (the token is in the data folder's api-token file). "
            'Errors have the shape {"error": {"code", "message"}}.'
        ),
        docs_url=None,  # the stock docs page loads its script from a CDN: ours is local
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.ctx = ctx
    hosts = LOCAL_HOSTS + ctx.allowed_hosts
    if ctx.hosted:
        app.add_middleware(AccessLog)
    app.add_middleware(HostCheck, allowed=hosts)

    @app.exception_handler(AuthenticationError)
    async def unauthenticated(request: Request, exc: AuthenticationError) -> Response:
        if isinstance(exc, LockedError):
            return _answer(request, 429, "locked", str(exc))
        if _wants_json(request):
            return _error(401, "unauthenticated", str(exc))
        target = quote(request.url.path, safe="/")
        return RedirectResponse(f"/login?next={target}", status_code=303)

    # errors that answer the same way every time: status and stable code
    for kind, status, code in (
        (ScopeError, 403, "scope"),
        (NotFoundError, 404, "not_found"),
        (ConfigError, 422, "invalid"),
        (PermissionError, 403, "forbidden"),
        (OverflowError, 413, "too_large"),
        (LanguageModelError, 502, "language_model"),
        (JourneysError, 400, "failed"),
    ):
        app.add_exception_handler(kind, _answering(status, code))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        first = exc.errors()[0] if exc.errors() else {"loc": (), "msg": "invalid request"}
        message = f"{_field(tuple(first.get('loc', ())))}: {first.get('msg', 'invalid')}"
        return _answer(request, 422, "invalid", message)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        return _answer(request, exc.status_code, code, str(exc.detail))

    @app.exception_handler(Exception)
    async def crashed(request: Request, exc: Exception) -> Response:
        return _answer(request, 500, "internal", f"internal error: {type(exc).__name__}")

    app.include_router(api_router)
    app.include_router(account_router)
    app.include_router(pages_router)

    @app.get("/api/docs", include_in_schema=False)
    def api_docs(request: Request) -> Response:
        return render_api_docs(request, app.openapi())

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app


def one_blas_thread() -> None:
    """Let numerical libraries use one thread in a server process. A request's products are
    small (one query against the journeys' centroids); OpenBLAS's extra threads keep
    spinning after each one and take the cores from the threads serving requests (with
    them, 4 concurrent searches on 2 cores had a p95 of 58 ms; without, 37 ms)."""
    threadpool_limits(limits=1, user_api="blas")


def app_from_environment() -> FastAPI:
    """The app of one of the server processes `journeys serve --workers N` starts: settings
    from the environment the command set (``JOURNEYS_SERVE_OPTIONS`` and the usual
    ``JOURNEYS_*``)."""
    one_blas_thread()
    options = json.loads(os.environ.get("JOURNEYS_SERVE_OPTIONS", "{}"))
    hosted = bool(options.get("hosted", False))
    if hosted:
        logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    ctx = WebContext(
        resolve_settings(),
        max_upload_bytes=int(options.get("max_upload_bytes", 512 << 20)),
        allowed_hosts=tuple(options.get("allowed_hosts", ())),
        hosted=hosted,
        signup=bool(options.get("signup", False)),
    )
    return create_app(ctx)
