"""REST API under /api/v1: journeys, visits, search, import, resume, stats. Each route parses
its input, calls one service, and returns the same data the pages show."""

from __future__ import annotations

import hmac
from pathlib import Path
from typing import Annotated, Any, Literal, cast

from fastapi import APIRouter, Depends, File, Header, Query, Request, Response, UploadFile

from journeys.api.context import RequestContext, WebContext
from journeys.api.schemas import (
    DeletedOut,
    ErrorOut,
    ImportJobOut,
    ImportOut,
    ImportRecordOut,
    JourneyDetailOut,
    JourneyList,
    JourneyOut,
    JourneyPatch,
    MergeIn,
    MoveIn,
    RankedVisitOut,
    ReopenOut,
    ResumeItemOut,
    SearchGroupOut,
    SearchOut,
    StatsOut,
    VisitList,
    VisitOut,
    journey_out,
)
from journeys.engine.resume import ResumeParams
from journeys.errors import ConfigError, NotFoundError, ScopeError
from journeys.models import StoredVisit, VisitFilter
from journeys.services.accounts import Caller
from journeys.services.browse import Editor, visit_ref
from journeys.services.exclusions import exclude_site, include_site
from journeys.services.export import hex_id
from journeys.services.import_jobs import JobView
from journeys.services.resume import resume_list
from journeys.services.uploads import Uploaded, import_upload, save_upload
from journeys.services.views import history, journey_cards, search
from journeys.times import datetime_to_us, parse_time_to_us, us_to_iso

ERRORS: dict[int | str, dict[str, object]] = {
    400: {"model": ErrorOut, "description": "Bad input"},
    403: {"model": ErrorOut, "description": "Missing or wrong token"},
    404: {"model": ErrorOut, "description": "No such record for this user"},
    413: {"model": ErrorOut, "description": "Upload too large"},
    422: {"model": ErrorOut, "description": "A field is invalid (the message names it)"},
}
router = APIRouter(prefix="/api/v1", responses=ERRORS)
Status = Literal["active", "unfinished", "completed", "dormant"]


def app_state(request: Request) -> WebContext:
    """The app's shared state."""
    state: WebContext = request.app.state.ctx
    return state


def _need(caller: Caller, scope: str) -> None:
    if scope not in caller.scopes:
        raise ScopeError(f"this token may not {scope}: its scopes are {' '.join(caller.scopes)}")


def ctx(request: Request) -> RequestContext:
    """The request's user (reading needs the read scope)."""
    caller = app_state(request).caller(request)
    _need(caller, "read")
    return RequestContext(app_state(request), caller)


Ctx = Annotated[RequestContext, Depends(ctx)]


def _changing(request: Request, header: str | None, scope: str) -> None:
    """A state-changing call: by a bearer token with the scope, or by a browser (local
    mode, or a session) that sends its token in X-Journeys-Token (CSRF)."""
    caller = app_state(request).caller(request)
    if caller.token_id is not None:
        _need(caller, scope)
        return
    expected = caller.csrf or ""
    if not header or not expected or not hmac.compare_digest(header, expected):
        raise PermissionError("X-Journeys-Token header missing or wrong")


def token(
    request: Request,
    x_journeys_token: Annotated[
        str | None, Header(description="The API token (local) or session CSRF token.")
    ] = None,
) -> None:
    """Writes need the write scope (or the browser's token)."""
    _changing(request, x_journeys_token, "write")


def import_token(
    request: Request,
    x_journeys_token: Annotated[
        str | None, Header(description="The API token (local) or session CSRF token.")
    ] = None,
) -> None:
    """Imports need the import scope (or the browser's token)."""
    _changing(request, x_journeys_token, "import")


Token = Depends(token)
ImportToken = Depends(import_token)


def visit_out(v: StoredVisit) -> VisitOut:
    """A stored visit in the API's shape."""
    return VisitOut(
        id=hex_id(v.id) or "",
        url=v.url,
        title=v.title,
        visited_at=us_to_iso(v.visited_at_us),
        site=v.host,
        search_terms=v.search_terms,
        source=v.source,
        journey_id=hex_id(v.journey_id),
    )


def _when(value: str | None, field: str) -> int | None:
    if value is None:
        return None
    try:
        return parse_time_to_us(value)
    except (ValueError, ConfigError) as exc:
        raise ConfigError(f"{field}: {value!r} is not an ISO 8601 time or Unix seconds") from exc


@router.get("/journeys", response_model=JourneyList, tags=["journeys"])
def list_journeys_route(
    c: Ctx,
    status: Status | None = None,
    site: Annotated[str | None, Query(max_length=253)] = None,
    since: str | None = None,
    until: str | None = None,
    offset: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
) -> JourneyList:
    """Journeys, newest activity first, with their status, top pages and searches."""
    page = journey_cards(
        c.journeys,
        c.user_id,
        status=status,
        site=site,
        since_us=_when(since, "since"),
        until_us=_when(until, "until"),
        offset=offset,
        limit=limit,
        params=c.status_params(),
        at_us=c.now(),
        index=c.index(),
    )
    items = [journey_out(k.journey, k.status.status, k.status.reason, k) for k in page.cards]
    return JourneyList(items=items, total=page.total, next_offset=page.next_offset)


def _detail(c: RequestContext, ref: str) -> JourneyDetailOut:
    d = c.detail(ref)
    head = journey_out(d.journey, d.status.status, d.status.reason)
    ranked = [
        RankedVisitOut(
            **visit_out(r.visit).model_dump(), rank=r.rank, session_id=hex_id(r.session_id) or ""
        )
        for r in d.visits
    ]
    return JourneyDetailOut(**head.model_dump() | {"queries": d.queries}, ranked_visits=ranked)


@router.get("/journeys/{journey_id}", response_model=JourneyDetailOut, tags=["journeys"])
def get_journey(c: Ctx, journey_id: str) -> JourneyDetailOut:
    """One journey with its visits by rank."""
    return _detail(c, journey_id)


@router.patch(
    "/journeys/{journey_id}",
    response_model=JourneyDetailOut,
    tags=["journeys"],
    dependencies=[Token],
)
def patch_journey(c: Ctx, journey_id: str, body: JourneyPatch) -> JourneyDetailOut:
    """Rename, mark (open, done, hidden, dismissed) or snooze a journey."""
    with c.writing():
        editor = Editor(c.store, c.builder(), c.user_id)
        if body.title is not None:
            editor.rename(journey_id, body.title)
        if body.mark is not None:
            kind = {"open": "reopen", "done": "done", "hidden": "hide", "dismissed": "dismiss"}
            editor.set_status(journey_id, kind[body.mark])
        if body.snoozed_until is not None:
            if body.snoozed_until.tzinfo is None:
                raise ConfigError("snoozed_until: give a UTC offset, e.g. 2026-12-01T09:00:00Z")
            editor.snooze(journey_id, datetime_to_us(body.snoozed_until))
    return _detail(c, journey_id)


@router.post(
    "/journeys/{journey_id}/merge",
    response_model=JourneyDetailOut,
    tags=["journeys"],
    dependencies=[Token],
)
def merge_journey(c: Ctx, journey_id: str, body: MergeIn) -> JourneyDetailOut:
    """Merge this journey into ``into`` (this one is gone)."""
    with c.writing():
        row = Editor(c.store, c.builder(), c.user_id).merge(journey_id, body.into)
    return _detail(c, hex_id(row.id) or "")


@router.delete(
    "/journeys/{journey_id}", response_model=DeletedOut, tags=["journeys"], dependencies=[Token]
)
def delete_journey(c: Ctx, journey_id: str) -> DeletedOut:
    """Delete the journey's visits everywhere (they are not imported again)."""
    with c.writing():
        row = c.journeys.journey(c.user_id, journey_id)
        n = c.store.delete_visits(c.user_id, VisitFilter(journey_id=row.id))
        c.audit("journey_deleted", visits=n)
        c.builder().refresh(c.user_id, {row.id})
    return DeletedOut(deleted=n)


@router.post(
    "/visits/{visit_id}/move",
    response_model=JourneyOut | None,
    tags=["visits"],
    dependencies=[Token],
)
def move_visit(c: Ctx, visit_id: str, body: MoveIn) -> JourneyOut | None:
    """Move a visit to another journey, or out of every journey (``to``: null)."""
    with c.writing():
        row = Editor(c.store, c.builder(), c.user_id).move(visit_id, body.to)
    if row is None:
        return None
    d = _detail(c, hex_id(row.id) or "")
    return JourneyOut(**d.model_dump(exclude={"ranked_visits"}))


@router.get("/visits", response_model=VisitList, tags=["visits"])
def list_visits(
    c: Ctx,
    before: str | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> VisitList:
    """The plain history, newest first."""
    visits, more = history(c.store, c.user_id, before_us=_when(before, "before"), limit=limit)
    return VisitList(
        items=[visit_out(v) for v in visits], next_before=us_to_iso(more) if more else None
    )


def _visit(c: RequestContext, ref: str) -> StoredVisit:
    try:
        vid = visit_ref(c.store, c.user_id, ref)
    except ConfigError as exc:
        raise NotFoundError(f"no visit {ref!r}") from exc
    found = list(c.store.iter_visits(c.user_id, VisitFilter(visit_id=vid)))
    if not found:
        raise NotFoundError(f"no visit {ref!r}")
    return found[0]


@router.get("/visits/{visit_id}", response_model=VisitOut, tags=["visits"])
def get_visit(c: Ctx, visit_id: str) -> VisitOut:
    """One visit."""
    return visit_out(_visit(c, visit_id))


@router.delete(
    "/visits/{visit_id}", response_model=DeletedOut, tags=["visits"], dependencies=[Token]
)
def delete_visit(c: Ctx, visit_id: str) -> DeletedOut:
    """Delete one visit everywhere (it is not imported again)."""
    with c.writing():
        v = _visit(c, visit_id)
        n = c.store.delete_visits(c.user_id, VisitFilter(visit_id=v.id))
        c.audit("visit_deleted", visits=n)
        if v.journey_id is not None:
            c.builder().refresh(c.user_id, {v.journey_id})
    return DeletedOut(deleted=n)


@router.get("/search", response_model=SearchOut, tags=["search"])
def search_route(c: Ctx, q: Annotated[str, Query(min_length=1, max_length=200)]) -> SearchOut:
    """Full-text over titles, URLs and search terms, and meaning over journeys."""
    index = c.index()
    rows = index.by_id
    groups = []
    for g in search(c.store, c.journeys, c.user_id, q, embedder=c.embedder(), index=index):
        head = None
        if g.journey is not None and g.journey.id in rows:
            s = rows[g.journey.id].status
            head = journey_out(g.journey, s.status, s.reason)
        groups.append(
            SearchGroupOut(journey=head, meaning=g.meaning, visits=[visit_out(v) for v in g.visits])
        )
    return SearchOut(query=q, groups=groups)


def import_out(up: Uploaded) -> ImportOut:
    """What an upload imported, in the API's shape."""
    name, parts, built = up.name, up.parts, up.built
    failed = [p.error for p in parts if p.error]
    return ImportOut(
        file=name,
        kind=", ".join(sorted({p.kind for p in parts})),
        new=up.new,
        known=sum(p.known for p in parts),
        skipped=sum(p.skipped for p in parts),
        problems=sum(p.problems for p in parts),
        error=f"{name}: {failed[0]}" if failed and len(failed) == len(parts) else None,
        journeys=built.journeys if built else 0,
    )


def job_out(job: JobView) -> ImportJobOut:
    """An import job in the API's shape."""
    return ImportJobOut(
        id=job.id,
        file=job.file,
        size=job.size,
        state=cast(Any, job.state),
        reading=Path(job.reading).name if job.reading else None,
        rows=job.rows,
        rows_total=job.rows_total,
        started_at=us_to_iso(job.started_at_us),
        finished_at=us_to_iso(job.finished_at_us) if job.finished_at_us else None,
        result=import_out(job.result) if job.result else None,
        error=job.error,
    )


@router.post("/imports", response_model=ImportOut, tags=["import"], dependencies=[ImportToken])
def upload(
    c: Ctx, file: Annotated[UploadFile, File(description="A history file or zip")]
) -> ImportOut:
    """Import an uploaded browser history, Takeout zip or log (parsed from a temporary copy),
    then build journeys; answers when done (see /import-jobs to follow a long import)."""
    with c.writing():
        up = import_upload(
            c.store, c.builder(), c.user_id, file.file, file.filename, max_bytes=c.max_upload_bytes
        )
        c.audit("import", file=up.name, new=up.new, size=up.size)
    return import_out(up)


@router.post(
    "/import-jobs",
    response_model=ImportJobOut,
    status_code=202,
    tags=["import"],
    dependencies=[ImportToken],
)
def start_import(
    c: Ctx,
    response: Response,
    file: Annotated[UploadFile, File(description="A history file or zip")],
) -> ImportJobOut:
    """Upload a history and import it in the background: answers as soon as the file is
    received, with the job to follow (GET /import-jobs/{job_id}) until it is done."""
    saved = save_upload(file.file, file.filename, max_bytes=c.max_upload_bytes)
    job = c.start_import(saved)
    response.headers["Location"] = f"/api/v1/import-jobs/{job.id}"
    return job_out(job)


@router.get("/import-jobs", response_model=list[ImportJobOut], tags=["import"])
def import_jobs(c: Ctx) -> list[ImportJobOut]:
    """This app's latest import jobs of the caller (kept in memory until it stops), newest
    first."""
    return [job_out(j) for j in c.app.jobs.of(c.user_id)]


@router.get("/import-jobs/{job_id}", response_model=ImportJobOut, tags=["import"])
def import_job(c: Ctx, job_id: str) -> ImportJobOut:
    """How far an import got: the input being read and rows read, then its summary."""
    return job_out(c.import_job(job_id))


@router.get("/resume", response_model=list[ResumeItemOut], tags=["journeys"])
def resume_route(
    c: Ctx,
    days: Annotated[float, Query(ge=1, le=3650)] = 60,
    limit: Annotated[int, Query(ge=1, le=50)] = 5,
) -> list[ResumeItemOut]:
    """Unfinished journeys that still matter, with pages to reopen and searches to run again."""
    items = resume_list(
        c.journeys,
        c.user_id,
        status_params=c.status_params(),
        at_us=c.now(),
        params=ResumeParams(days=days),
        limit=limit,
        statuses=c.index().everyone,
    )
    return [
        ResumeItemOut(
            journey=journey_out(i.journey, i.status.status, i.status.reason),
            score=i.priority.score,
            why_now=list(i.priority.why),
            dates_for=i.priority.next_date,
            reopen=[
                ReopenOut(
                    url=p.url,
                    title=p.title,
                    site=p.host,
                    visited_at=us_to_iso(p.time_us),
                    why=p.why,
                )
                for p in i.pages
            ],
            search_again=i.searches,
        )
        for i in items
    ]


@router.get("/settings/excluded-sites", response_model=list[str], tags=["settings"])
def excluded_sites(c: Ctx) -> list[str]:
    """Sites never imported or shown."""
    return c.store.excluded_sites(c.user_id)


@router.put(
    "/settings/excluded-sites/{site}",
    response_model=DeletedOut,
    tags=["settings"],
    dependencies=[Token],
)
def exclude_site_route(c: Ctx, site: str) -> DeletedOut:
    """Exclude a site: its visits are deleted everywhere now and skipped by later imports."""
    with c.writing():
        n = exclude_site(c.store, c.builder(), c.user_id, site)
        c.audit("site_excluded", visits=n)
        return DeletedOut(deleted=n)


@router.delete(
    "/settings/excluded-sites/{site}",
    response_model=list[str],
    tags=["settings"],
    dependencies=[Token],
)
def include_site_route(c: Ctx, site: str) -> list[str]:
    """Take a site off the excluded ones (its deleted visits stay deleted)."""
    with c.writing():
        include_site(c.store, c.user_id, site)
    return c.store.excluded_sites(c.user_id)


@router.get("/imports", response_model=list[ImportRecordOut], tags=["import"])
def imports(c: Ctx, limit: Annotated[int, Query(ge=1, le=500)] = 50) -> list[ImportRecordOut]:
    """The latest imports (uploads and the CLI's), newest first, with status and counts."""
    return [
        ImportRecordOut(
            id=r["id"],
            file=Path(r["path"]).name,
            kind=r["kind"],
            started_at=us_to_iso(r["started_at_us"]),
            finished_at=us_to_iso(r["finished_at_us"]) if r["finished_at_us"] else None,
            status=r["status"],
            new=r["new_count"],
            known=r["known_count"],
            skipped=r["skipped_count"],
            problems=r["problem_count"],
            error=r["error"],
        )
        for r in c.store.imports(c.user_id, limit)
    ]


@router.get("/stats", response_model=StatsOut, tags=["stats"])
def stats(c: Ctx) -> StatsOut:
    """Counts of the history and its journeys."""
    s = c.store.stats(c.user_id)
    n = len(c.journeys.journeys(c.user_id))
    return StatsOut(
        visits=s.visits,
        pages=s.pages,
        searches=s.searches,
        journeys=n,
        first_visit_at=us_to_iso(s.first_us) if s.first_us else None,
        last_visit_at=us_to_iso(s.last_us) if s.last_us else None,
    )
