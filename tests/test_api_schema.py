"""Property-based API test: schemathesis generates requests from the app's own OpenAPI
document (valid and invalid) and no answer may be a server error. Run with the token (local
mode) and with a logged-in bearer token (hosted mode), so state-changing calls are exercised
too, on a real SQLite database."""

from __future__ import annotations

from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from journeys.api.context import WebContext
from journeys.config import resolve_settings
from journeys.engine.embedding import HashingEmbedder
from journeys.services.accounts import Accounts
from journeys.services.imports import import_path
from journeys.services.journeys import JourneyBuilder
from journeys.storage import Store, open_database
from journeys.storage.journeys import JourneyStore
from journeys.times import parse_iso_to_us
from journeys.web.app import create_app

ERRANDS = Path(__file__).parent / "fixtures" / "errands_history.jsonl"
# statuses are read as of a fixed day after the errands (they do not age with the clock)
AFTER_ERRANDS = parse_iso_to_us("2026-10-20T12:00:00+00:00")


@pytest.fixture(scope="module", params=["local", "hosted"])
def app_and_token(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[object, dict[str, str]]:
    """The app and the headers of a logged-in caller: the local token, or (hosted) a bearer
    token with every scope."""
    folder = tmp_path_factory.mktemp("schema")
    url = "sqlite:///" + str(folder / "j.db")
    db = open_database(url)
    store = Store(db)
    hosted = request.param == "hosted"
    user = Accounts(db).create("alice", "correct horse battery") if hosted else None
    user = user or store.ensure_user("local")
    import_path(store, user, ERRANDS)
    JourneyBuilder(JourneyStore(db), HashingEmbedder()).build(user)
    bearer = Accounts(db).create_token(user, "t", ("read", "write", "import"))[0] if hosted else ""
    db.close()
    settings_ = resolve_settings(db=url, data_dir=str(folder / "data"), environ={})
    ctx = WebContext(settings_, embedder=HashingEmbedder(), now_us=AFTER_ERRANDS, hosted=hosted)
    headers = {"Host": "127.0.0.1"}
    headers |= {"Authorization": f"Bearer {bearer}"} if hosted else {"X-Journeys-Token": ctx.token}
    return create_app(ctx), headers


@pytest.fixture(scope="module")
def api_schema(app_and_token: tuple[object, dict[str, str]]) -> schemathesis.schemas.BaseSchema:
    app, _ = app_and_token
    return schemathesis.openapi.from_asgi("/openapi.json", app)


def test_no_request_makes_a_server_error(
    api_schema: schemathesis.schemas.BaseSchema, app_and_token: tuple[object, dict[str, str]]
) -> None:
    _, headers = app_and_token
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 12
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=30, deadline=None, suppress_health_check=list(HealthCheck), database=None
        )
        def check(case: schemathesis.Case) -> None:
            case.call_and_validate(
                headers=headers,
                checks=[not_a_server_error],
            )

        check()
