"""Server-rendered pages: journeys (home), one journey, search, history, import, settings.
Forms post back with the page's token and are redirected (they work without JavaScript)."""

from __future__ import annotations

import hmac
import io
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from journeys.api.context import RequestContext, WebContext
from journeys.errors import AuthenticationError, ConfigError
from journeys.models import VisitFilter
from journeys.services.browse import Editor
from journeys.services.exclusions import exclude_site, include_site, normalize_site
from journeys.services.export import export, hex_id
from journeys.services.uploads import import_upload
from journeys.services.views import highlight_terms, history, journey_cards, search, sittings
from journeys.storage.journeys import short_id
from journeys.times import us_to_datetime

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
router = APIRouter(include_in_schema=False)
_DAY_US = 86_400_000_000
RANGES = {"7d": 7, "30d": 30, "90d": 90, "365d": 365}


def _day(us: int) -> str:
    return us_to_datetime(us).astimezone().strftime("%d %b %Y")


def _time(us: int) -> str:
    return us_to_datetime(us).astimezone().strftime("%d %b %H:%M")


def _span(first: int, last: int) -> str:
    a, b = _day(first), _day(last)
    return a if a == b else f"{a} – {b}"


TEMPLATES.env.filters["day"] = _day
TEMPLATES.env.filters["time"] = _time
TEMPLATES.env.filters["hexid"] = lambda v: hex_id(v) or ""
TEMPLATES.env.globals["span"] = _span


def _app(request: Request) -> WebContext:
    state: WebContext = request.app.state.ctx
    return state


def _ctx(request: Request) -> RequestContext:
    """The request's user (hosted mode: an AuthenticationError sends them to log in)."""
    app = _app(request)
    return RequestContext(app, app.caller(request))


def page(request: Request, name: str, http_status: int = 200, **values: Any) -> HTMLResponse:
    """A page with the token and the navigation."""
    app = _app(request)
    try:
        caller = app.caller(request)
        token, who = caller.csrf or "", caller.user_id
    except AuthenticationError:
        token, who = "", None
    return TEMPLATES.TemplateResponse(
        request,
        name,
        {
            "token": token,
            "path": request.url.path,
            "hosted": app.hosted,
            "signed_in": who is not None,
            **values,
        },
        status_code=http_status,
    )


def render_error(request: Request, status: int, message: str) -> HTMLResponse:
    """The error page (pages); the API answers JSON instead."""
    return page(request, "error.html", http_status=status, status_code=status, message=message)


def render_api_docs(request: Request, schema: dict[str, Any]) -> HTMLResponse:
    """The API's endpoints, parameters and shapes, from its own OpenAPI document."""
    endpoints = []
    for path, methods in schema.get("paths", {}).items():
        for method, op in methods.items():
            params = [
                (p["name"], p["in"], p.get("required", False)) for p in op.get("parameters", [])
            ]
            body = op.get("requestBody", {}).get("content", {})
            endpoints.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": op.get("summary", ""),
                    "doc": op.get("description", ""),
                    "params": params,
                    "body": ", ".join(body),
                    "tags": op.get("tags", []),
                }
            )
    shapes = schema.get("components", {}).get("schemas", {})
    return page(request, "api_docs.html", endpoints=endpoints, shapes=shapes, info=schema["info"])


def _check(request: Request, token: str) -> None:
    if not hmac.compare_digest(token or "", _ctx(request).token):
        raise PermissionError("this form is stale or did not come from journeys: reload the page")


def _back(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


@router.get("/", response_class=HTMLResponse)
def home(
    request: Request,
    status: str | None = None,
    site: str | None = None,
    range: str | None = None,
    offset: int = 0,
) -> HTMLResponse:
    """Journeys as cards, newest first, and the unfinished ones to pick up."""
    c = _ctx(request)
    if status not in (None, "", "active", "unfinished", "completed", "dormant"):
        raise ConfigError(f"status: {status!r} is not a status")
    if range not in (None, "", *RANGES):
        raise ConfigError(f"range: {range!r} is not one of {', '.join(RANGES)}")
    since = None
    if range:
        latest = c.store.stats(c.user_id, top=0).last_us or 0
        since = latest - RANGES[range] * _DAY_US
    cards = journey_cards(
        c.journeys,
        c.user_id,
        status=status or None,
        site=site or None,
        since_us=since,
        offset=max(0, offset),
        limit=24,
        params=c.status_params(),
        at_us=c.now(),
        index=c.index(),
    )
    resume = [] if offset else c.resume(3)
    return page(
        request,
        "home.html",
        cards=cards,
        resume=resume,
        status=status or "",
        site=site or "",
        range=range or "",
        ranges=list(RANGES),
        short_id=short_id,
    )


@router.get("/journeys/{ref}", response_class=HTMLResponse)
def journey(request: Request, ref: str) -> HTMLResponse:
    """One journey: ranked visits, a timeline by sitting, searches and the actions."""
    c = _ctx(request)
    index = c.index()
    d = c.detail(ref)
    others = [
        j.row for j in index.everyone if j.row.id != d.journey.id and j.row.status != "hidden"
    ][:300]
    top = [r for r in d.visits if not r.visit.search_terms and not r.habit][:6]
    return page(
        request,
        "journey.html",
        d=d,
        sittings=sittings(d),
        others=others,
        top=top,
        short_id=short_id,
    )


@router.post("/journeys/{ref}/{action}")
def journey_action(
    request: Request,
    ref: str,
    action: str,
    token: Annotated[str, Form()] = "",
    title: Annotated[str, Form()] = "",
    into: Annotated[str, Form()] = "",
) -> RedirectResponse:
    """rename, merge, hide, done, dismiss, reopen or delete (everywhere)."""
    _check(request, token)
    c = _ctx(request)
    with c.writing():
        editor = Editor(c.store, c.builder(), c.user_id)
        if action == "rename":
            editor.rename(ref, title)
        elif action == "merge":
            row = editor.merge(ref, into)
            return _back(f"/journeys/{short_id(row.id)}")
        elif action in ("hide", "done", "dismiss", "reopen"):
            editor.set_status(ref, action)
        elif action == "delete":
            row = c.journeys.journey(c.user_id, ref)
            n = c.store.delete_visits(c.user_id, VisitFilter(journey_id=row.id))
            c.audit("journey_deleted", visits=n)
            c.builder().refresh(c.user_id, {row.id})
            return _back("/?deleted=1")
        else:
            raise ConfigError(f"action: {action!r} is not something a journey can do")
    return _back(f"/journeys/{ref}")


@router.post("/visits/{ref}/move")
def move(
    request: Request,
    ref: str,
    token: Annotated[str, Form()] = "",
    to: Annotated[str, Form()] = "",
    back: Annotated[str, Form()] = "/",
) -> RedirectResponse:
    """Move a visit to another journey, or out (``to`` empty)."""
    _check(request, token)
    c = _ctx(request)
    with c.writing():
        Editor(c.store, c.builder(), c.user_id).move(ref, to or None)
    return _back(back if back.startswith("/") and not back.startswith("//") else "/")


@router.get("/journeys/{ref}/export")
def export_journey(request: Request, ref: str, format: str = "json") -> Response:
    """One journey in the export contract (JSON) or as Markdown."""
    if format not in ("json", "md"):
        raise ConfigError(f"format: {format!r} is not json or md")
    c = _ctx(request)
    row = c.journeys.journey(c.user_id, ref)
    out = io.StringIO()
    export(
        c.store,
        c.user_id,
        format,
        out,
        VisitFilter(journey_id=row.id),
        params=c.status_params(),
        at_us=c.now(),
    )
    media = "application/json" if format == "json" else "text/markdown"
    name = f"journey-{short_id(row.id)}.{format}"
    return Response(
        out.getvalue(),
        media_type=f"{media}; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


def _marked(text: str | None, pattern: Any) -> Markup:
    safe = str(escape(text or ""))
    if pattern is None:
        return Markup(safe)
    return Markup(pattern.sub(lambda m: f"<mark>{m.group(0)}</mark>", safe))


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: str = "", n: int = 20) -> HTMLResponse:
    """Search titles, URLs and searches (full-text) and journeys by meaning: the first
    ``n`` groups, each with its first matches and how many more it holds."""
    c = _ctx(request)
    query = q.strip()[:200]
    groups = (
        search(c.store, c.journeys, c.user_id, query, embedder=c.embedder(), index=c.index())
        if query
        else []
    )
    pattern = highlight_terms(query)
    shown = min(max(n, 1), 200)
    return page(
        request,
        "search.html",
        q=query,
        groups=groups[:shown],
        total=len(groups),
        more_url=f"/search?{urlencode({'q': query, 'n': 200})}" if len(groups) > shown else None,
        mark=lambda t: _marked(t, pattern),
        short_id=short_id,
    )


@router.get("/history", response_class=HTMLResponse)
def history_page(request: Request, before: int | None = None, n: int = 100) -> HTMLResponse:
    """The chronological list, each visit linked to its journey (``n`` per page)."""
    c = _ctx(request)
    size = min(max(n, 10), 500)
    visits, more = history(c.store, c.user_id, before_us=before, limit=size)
    titles = {k: j.row.title for k, j in c.index().by_id.items()}
    return page(
        request,
        "history.html",
        visits=visits,
        more=more,
        size=size,
        titles=titles,
        short_id=short_id,
    )


@router.get("/import", response_class=HTMLResponse)
def import_form(request: Request, job: str | None = None) -> HTMLResponse:
    """Upload a history file; with ``job``, what that background import did."""
    c = _ctx(request)
    limit_mb = c.max_upload_bytes >> 20
    if job is None:
        return page(request, "import.html", result=None, limit_mb=limit_mb)
    found = c.import_job(job[:64])
    up = found.result
    return page(
        request,
        "import.html",
        result=up.parts if up else None,
        built=up.built if up else None,
        failed=found.error,
        limit_mb=limit_mb,
    )


@router.post("/import", response_class=HTMLResponse)
def import_page_upload(
    request: Request,
    file: Annotated[UploadFile, File()],
    token: Annotated[str, Form()] = "",
) -> HTMLResponse:
    """Import the uploaded file from a temporary copy, then build journeys."""
    _check(request, token)
    c = _ctx(request)
    with c.writing():
        up = import_upload(
            c.store, c.builder(), c.user_id, file.file, file.filename, max_bytes=c.max_upload_bytes
        )
        c.audit("import", file=up.name, new=up.new, size=up.size)
    parts, built = up.parts, up.built
    return page(
        request,
        "import.html",
        result=parts,
        built=built,
        limit_mb=c.max_upload_bytes >> 20,
    )


@router.get("/settings", response_class=HTMLResponse)
def settings_page(request: Request) -> HTMLResponse:
    """Where the data lives, and deleting everything."""
    c = _ctx(request)
    return page(
        request,
        "settings.html",
        settings=c.settings,
        stats=c.store.stats(c.user_id),
        excluded=c.store.excluded_sites(c.user_id),
        message=request.query_params.get("message", ""),
    )


@router.post("/settings/exclude")
def exclude(
    request: Request, token: Annotated[str, Form()] = "", site: Annotated[str, Form()] = ""
) -> RedirectResponse:
    """Never import or show a site again; its visits are deleted now."""
    _check(request, token)
    c = _ctx(request)
    with c.writing():
        n = exclude_site(c.store, c.builder(), c.user_id, site)
        c.audit("site_excluded", visits=n)
    return _back(f"/settings?message=Excluded+{normalize_site(site)}:+{n}+visits+deleted")


@router.post("/settings/include")
def include(
    request: Request, token: Annotated[str, Form()] = "", site: Annotated[str, Form()] = ""
) -> RedirectResponse:
    """Take a site off the excluded ones."""
    _check(request, token)
    c = _ctx(request)
    with c.writing():
        include_site(c.store, c.user_id, site)
    return _back("/settings")


@router.post("/settings/delete-everything")
def delete_everything(
    request: Request,
    token: Annotated[str, Form()] = "",
    confirm: Annotated[str, Form()] = "",
) -> RedirectResponse:
    """Delete every visit and journey of this person (asks to type "delete")."""
    _check(request, token)
    if confirm.strip().lower() != "delete":
        raise ConfigError('confirm: type "delete" to delete everything')
    c = _ctx(request)
    with c.writing():
        n = c.store.delete_visits(c.user_id, VisitFilter())
        c.audit("everything_deleted", visits=n)
        c.builder().build(c.user_id, full=True)
    return _back("/")
