"""Hosted mode's pages and calls for accounts: log in and out, sign up (when open), the
account page (password, API tokens, deleting the account), and health checks."""

from __future__ import annotations

import hmac
import secrets
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from journeys.api.context import SESSION_COOKIE, WebContext
from journeys.errors import AuthenticationError, ConfigError, LockedError, NotFoundError
from journeys.services.accounts import SCOPES
from journeys.times import us_to_iso
from journeys.web.pages import _check, _ctx, page

router = APIRouter(include_in_schema=False)


def _app(request: Request) -> WebContext:
    state: WebContext = request.app.state.ctx
    return state


def _hosted(request: Request) -> WebContext:
    app = _app(request)
    if not app.hosted:
        raise NotFoundError("accounts exist only in hosted mode (journeys serve --hosted)")
    return app


def _safe_next(target: str) -> str:
    return target if target.startswith("/") and not target.startswith("//") else "/"


LOGIN_COOKIE = "journeys_login"


def _login_page(
    request: Request, app: WebContext, next_: str, error: str, status: int = 200
) -> HTMLResponse:
    """The login form with a fresh anti-forgery value, also set as a cookie: a form posted
    from another site carries neither (login CSRF)."""
    nonce = secrets.token_urlsafe(24)
    response = page(
        request,
        "login.html",
        http_status=status,
        next=_safe_next(next_),
        signup=app.signup,
        error=error,
        login_nonce=nonce,
    )
    response.set_cookie(LOGIN_COOKIE, nonce, httponly=True, samesite="strict", max_age=3600)
    return response


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, next: str = "/") -> HTMLResponse:
    """The login page."""
    app = _hosted(request)
    return _login_page(request, app, next, "")


@router.post("/login")
def login(
    request: Request,
    name: Annotated[str, Form(max_length=64)] = "",
    password: Annotated[str, Form(max_length=1024)] = "",
    next: Annotated[str, Form()] = "/",
    nonce: Annotated[str, Form(max_length=100)] = "",
) -> Response:
    """Check the password, start a new session (a new cookie every time)."""
    app = _hosted(request)
    expected = request.cookies.get(LOGIN_COOKIE, "")
    if not nonce or not expected or not hmac.compare_digest(nonce, expected):
        return _login_page(request, app, next, "this form is stale: log in again", 403)
    return _start_session(request, app, name, password, next)


def _start_session(
    request: Request, app: WebContext, name: str, password: str, next_: str
) -> Response:
    try:
        session = app.accounts().login(name, password)
    except AuthenticationError as exc:
        status = 429 if isinstance(exc, LockedError) else 401
        return _login_page(request, app, next_, str(exc), status)
    response = RedirectResponse(_safe_next(next_), status_code=303)
    response.delete_cookie(LOGIN_COOKIE)
    response.set_cookie(
        SESSION_COOKIE,
        session.secret,
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https" or request.headers.get("x-forwarded-proto") == "https",
        max_age=14 * 86400,
        path="/",
    )
    return response


@router.post("/logout")
def logout(request: Request, token: Annotated[str, Form()] = "") -> RedirectResponse:
    """End this session."""
    app = _hosted(request)
    _check(request, token)
    secret = request.cookies.get(SESSION_COOKIE)
    if secret:
        app.accounts().logout(secret)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


def _may_sign_up(app: WebContext, invite: str) -> None:
    if not app.signup and not (invite and app.accounts().invitation_open(invite)):
        raise NotFoundError("sign-up is closed here: ask the administrator for an invitation")


@router.get("/signup", response_class=HTMLResponse)
def signup_form(request: Request, invite: str = "") -> HTMLResponse:
    """Sign up (when the server allows it, or with an invitation)."""
    app = _hosted(request)
    _may_sign_up(app, invite)
    return page(request, "signup.html", error="", invite=invite)


@router.post("/signup")
def signup(
    request: Request,
    name: Annotated[str, Form(max_length=64)] = "",
    password: Annotated[str, Form(max_length=1024)] = "",
    invite: Annotated[str, Form(max_length=100)] = "",
) -> Response:
    """Create an account (spending the invitation when there is one), then log in."""
    app = _hosted(request)
    _may_sign_up(app, invite)
    try:
        app.accounts().create(name, password, invitation=invite or None)
    except ConfigError as exc:
        return page(request, "signup.html", http_status=422, error=str(exc), invite=invite)
    return _start_session(request, app, name, password, "/")


@router.get("/account", response_class=HTMLResponse)
def account(request: Request, created: str = "") -> HTMLResponse:
    """Password, API tokens and deleting the account."""
    _hosted(request)
    c = _ctx(request)
    tokens = c.app.accounts().tokens(c.user_id)
    return page(
        request,
        "account.html",
        tokens=tokens,
        scopes=SCOPES,
        created=created,
        iso=us_to_iso,
        account_name=c.app.accounts().rows.by_user(c.user_id).name,  # type: ignore[union-attr]
    )


@router.post("/account/password")
def change_password(
    request: Request,
    token: Annotated[str, Form()] = "",
    old: Annotated[str, Form(max_length=1024)] = "",
    new: Annotated[str, Form(max_length=1024)] = "",
) -> RedirectResponse:
    """Change the password; every session ends, so log in again."""
    _hosted(request)
    _check(request, token)
    c = _ctx(request)
    c.app.accounts().change_password(c.user_id, old, new)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.post("/account/tokens")
def create_token(
    request: Request,
    token: Annotated[str, Form()] = "",
    name: Annotated[str, Form(max_length=100)] = "",
    scopes: Annotated[list[str] | None, Form()] = None,
    days: Annotated[str, Form()] = "",
) -> HTMLResponse:
    """A new API token: shown once."""
    _hosted(request)
    _check(request, token)
    c = _ctx(request)
    try:
        lifetime = float(days) if days.strip() else None
    except ValueError as exc:
        raise ConfigError(f"days: {days!r} is not a number") from exc
    secret, _ = c.app.accounts().create_token(c.user_id, name, tuple(scopes or ()), days=lifetime)
    return account(request, created=secret)


@router.post("/account/tokens/{token_id}/revoke")
def revoke_token(
    request: Request, token_id: int, token: Annotated[str, Form()] = ""
) -> RedirectResponse:
    """Revoke one of your tokens."""
    _hosted(request)
    _check(request, token)
    c = _ctx(request)
    c.app.accounts().revoke(c.user_id, token_id)
    return RedirectResponse("/account", status_code=303)


@router.post("/account/delete")
def delete_account(
    request: Request,
    token: Annotated[str, Form()] = "",
    confirm: Annotated[str, Form()] = "",
) -> RedirectResponse:
    """Delete the account and every row of its data (asks to type the account's name)."""
    _hosted(request)
    _check(request, token)
    c = _ctx(request)
    accounts = c.app.accounts()
    mine = accounts.rows.by_user(c.user_id)
    if mine is None or confirm.strip().lower() != mine.name:
        raise ConfigError("confirm: type your account name to delete everything")
    with c.writing():
        accounts.delete(c.user_id)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.get("/healthz")
def healthz() -> JSONResponse:
    """Liveness: the process answers."""
    return JSONResponse({"status": "ok"})


@router.get("/readyz")
def readyz(request: Request) -> JSONResponse:
    """Readiness: the database answers."""
    try:
        _app(request).db().scalar("SELECT 1")
    except Exception as exc:
        return JSONResponse({"status": "unavailable", "reason": type(exc).__name__}, 503)
    return JSONResponse({"status": "ready"})
