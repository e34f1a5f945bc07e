"""The optional language model, against a real HTTP server on loopback that speaks the
OpenAI chat completions shape (no network, no provider)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from journeys.cli.main import cli
from journeys.config import LanguageModelSettings, resolve_settings
from journeys.engine.labels import JourneyText
from journeys.errors import ConfigError, LanguageModelError
from journeys.services.llm import LanguageModel, LanguageModelLabeler, overview

ERRANDS = Path(__file__).parent / "fixtures" / "errands_history.jsonl"


class Endpoint:
    """A loopback chat endpoint: records what it was sent, answers what it is told."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.answers: list[str] = []
        self.status = 200
        endpoint = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                endpoint.requests.append(
                    {"path": self.path, "auth": self.headers.get("Authorization"), **body}
                )
                answer = endpoint.answers.pop(0) if endpoint.answers else "Untitled"
                payload = json.dumps({"choices": [{"message": {"content": answer}}]}).encode()
                self.send_response(endpoint.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def settings(self, **kw: Any) -> LanguageModelSettings:
        return LanguageModelSettings(self.url, "local-model", **kw)


@pytest.fixture
def endpoint() -> Iterator[Endpoint]:
    e = Endpoint()
    yield e
    e.server.shutdown()


TRIP = JourneyText(
    ["flights london osaka april", "ryokan kyoto onsen"],
    ["Cheap flights London to Osaka | Skyscanner", "Ryokan Yachiyo, Kyoto"],
)


def test_overview_sends_only_the_journeys_words(endpoint: Endpoint) -> None:
    endpoint.answers.append(
        'Sure! {"title": "Trip to Kyoto in April", "overview": "Compared flights and ryokans."}'
    )
    model = LanguageModel(endpoint.settings(api_key="sk-test"))
    told = overview(model, TRIP, context="Status: no booking confirmation.")
    assert (told.title, told.overview) == (
        "Trip to Kyoto in April",
        "Compared flights and ryokans.",
    )
    (sent,) = endpoint.requests
    assert sent["path"] == "/v1/chat/completions" and sent["model"] == "local-model"
    assert sent["auth"] == "Bearer sk-test"
    prompt = sent["messages"][1]["content"]
    assert "- flights london osaka april" in prompt and "Ryokan Yachiyo, Kyoto" in prompt
    assert "http" not in prompt


def test_labeler_titles_the_big_journeys_and_falls_back(endpoint: Endpoint) -> None:
    endpoint.answers += ["Trip to Kyoto in April\nextra words"]
    small = JourneyText(["anyhow vs thiserror"], [])
    labeler = LanguageModelLabeler(LanguageModel(endpoint.settings()))
    labels = labeler.label([small, TRIP])
    assert labels[1].title == "Trip to Kyoto in April" and labels[1].keywords
    assert labels[0].title == "Anyhow vs thiserror"  # too small to ask about
    assert len(endpoint.requests) == 1
    # a failing endpoint leaves every keyphrase title in place and says why
    endpoint.status = 500
    failing = LanguageModelLabeler(LanguageModel(endpoint.settings()))
    again = failing.label([small, TRIP])
    assert again[1].title != "Trip to Kyoto in April" and "HTTP 500" in failing.failures_[0]


def test_unreachable_endpoint_is_one_clear_error() -> None:
    model = LanguageModel(LanguageModelSettings("http://127.0.0.1:9/v1", "m"), timeout=2)
    with pytest.raises(LanguageModelError, match=r"127.0.0.1:9/v1/chat/completions"):
        model.chat("hello")


def test_off_unless_configured_and_validated(tmp_path: Path) -> None:
    assert resolve_settings(environ={}, config_file=str(tmp_path / "none.toml")).llm is None
    with pytest.raises(ConfigError, match="llm_model"):
        resolve_settings(environ={"JOURNEYS_LLM_URL": "http://127.0.0.1:1/v1"})
    with pytest.raises(ConfigError, match="not an http"):
        resolve_settings(environ={"JOURNEYS_LLM_URL": "ftp://x", "JOURNEYS_LLM_MODEL": "m"})


def test_cli_summarize(tmp_path: Path, endpoint: Endpoint) -> None:
    db = str(tmp_path / "j.db")
    runner = CliRunner()
    assert runner.invoke(cli, ["--db", db, "import", str(ERRANDS)]).exit_code == 0
    listed = json.loads(runner.invoke(cli, ["--db", db, "list", "--json"]).output)
    job = next(j for j in listed if j["intent"] == "jobs")
    off = runner.invoke(cli, ["--db", db, "summarize", job["id"][:8]])
    assert off.exit_code == 1 and "nothing was sent anywhere" in off.output
    assert endpoint.requests == []
    endpoint.answers.append(
        '{"title": "Northwind data analyst application", "overview": "Started it; not sent."}'
    )
    env = {"JOURNEYS_LLM_URL": endpoint.url, "JOURNEYS_LLM_MODEL": "local-model"}
    out = runner.invoke(cli, ["--db", db, "summarize", job["id"][:8], "--apply-title"], env=env)
    assert out.exit_code == 0, out.output
    assert "Northwind data analyst application" in out.output and "Started it" in out.output
    assert "boards.greenhouse.io/northwindhealth/jobs/4471203" in out.output  # real visits
    shown = json.loads(runner.invoke(cli, ["--db", db, "show", job["id"][:8], "--json"]).output)
    assert shown["title"] == "Northwind data analyst application"
    sent = endpoint.requests[0]["messages"][1]["content"]
    assert "no application sent" in sent
