"""`journeys serve`: the local web app and REST API."""

from __future__ import annotations

import json
import logging
import os
import socket
import sys
import webbrowser

import click

from journeys.api.context import TOKEN_FILE, WebContext
from journeys.cli.context import AppContext, pass_app, translate_errors
from journeys.config import Settings
from journeys.errors import ConfigError

DEFAULT_PORT = 8765
LOOPBACK = ("127.0.0.1", "localhost", "::1")


def serve(
    app: AppContext,
    settings: Settings,
    host: str,
    port: int,
    open_browser: bool,
    max_mb: int,
    *,
    hosted: bool = False,
    signup: bool = False,
    allowed_hosts: tuple[str, ...] = (),
    workers: int = 1,
) -> None:
    """Run the app until interrupted (``workers``: server processes sharing the port)."""
    import uvicorn

    from journeys.web.app import create_app, one_blas_thread

    one_blas_thread()

    extra = allowed_hosts + (() if host in LOOPBACK else (host,))
    if extra and not hosted:
        app.console.print(
            f"[yellow]Listening on {host}: anyone who can reach it sees your history; "
            "state-changing requests still need the token.[/yellow]"
        )
    if hosted and not settings.is_postgres:
        app.console.print(
            "[yellow]Hosted mode on SQLite: fine to try, use PostgreSQL for many users.[/yellow]"
        )
    ctx = WebContext(
        settings,
        max_upload_bytes=max_mb << 20,
        allowed_hosts=extra,
        hosted=hosted,
        signup=signup,
    )
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    url = f"http://{shown}:{port}/"
    where = (
        "accounts: journeys users add" if hosted else f"token in {settings.data_dir / TOKEN_FILE}"
    )
    app.console.print(f"journeys at {url}  (API docs {url}api/docs; {where}); Ctrl-C stops it.")
    if open_browser:
        webbrowser.open(url)
    if hosted:  # structured access log on standard error, one JSON object per line
        logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    if workers > 1:
        # each process makes its own app from the environment; the token file and the
        # schema exist already (made above), so the processes share them
        os.environ.update(worker_environment(settings, max_mb << 20, extra, hosted, signup))
        _run_workers(host, port, workers)
        return
    uvicorn.run(create_app(ctx), host=host, port=port, log_level="warning")


def listening_socket(host: str, port: int) -> socket.socket:
    """The listener the server processes share. It names TCP as its protocol: accepted
    connections inherit it, and only then does asyncio turn Nagle's algorithm off on them
    (uvicorn's own listener for --workers leaves it at 0, and every keep-alive request
    after the first then waits about 40 ms for a delayed ACK: uvicorn issue 3149)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise ConfigError(f"--port: cannot listen on {host}:{port}: {exc}") from exc
    sock.set_inheritable(True)
    return sock


def _run_workers(host: str, port: int, workers: int) -> None:
    import uvicorn
    from uvicorn.supervisors import Multiprocess

    config = uvicorn.Config(
        "journeys.web.app:app_from_environment",
        factory=True,
        workers=workers,
        host=host,
        port=port,
        log_level="warning",
    )
    with listening_socket(host, port) as sock:
        Multiprocess(config, sockets=[sock]).run()


def worker_environment(
    settings: Settings,
    max_bytes: int,
    allowed_hosts: tuple[str, ...],
    hosted: bool,
    signup: bool,
) -> dict[str, str]:
    """What a server process started by uvicorn needs to make the same app."""
    env = {
        "JOURNEYS_DATABASE_URL": settings.database_url,
        "JOURNEYS_DATA_DIR": str(settings.data_dir),
        "JOURNEYS_USER": settings.user,
        "JOURNEYS_MODEL": settings.model,
        "JOURNEYS_ACTIVE_HOURS": str(settings.active_hours),
        "JOURNEYS_SERVE_OPTIONS": json.dumps(
            {
                "max_upload_bytes": max_bytes,
                "allowed_hosts": list(allowed_hosts),
                "hosted": hosted,
                "signup": signup,
            }
        ),
    }
    if settings.config_file is not None:
        env["JOURNEYS_CONFIG"] = str(settings.config_file)
    return env


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=DEFAULT_PORT, show_default=True, type=click.IntRange(1, 65535))
@click.option("--open", "open_browser", is_flag=True, help="Open it in your browser.")
@click.option(
    "--max-upload-mb", default=512, show_default=True, type=click.IntRange(1), help="Upload limit."
)
@click.option("--hosted", is_flag=True, help="Many users: accounts, sessions, API tokens.")
@click.option("--signup", is_flag=True, help="Hosted: let people create their own accounts.")
@click.option(
    "--allowed-host", "allowed_hosts", multiple=True, help="Hosted: a public host name it answers."
)
@click.option(
    "--workers",
    default=1,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Server processes sharing the port (more pages at once on more cores).",
)
@pass_app
@translate_errors
def serve_cmd(
    app: AppContext,
    host: str,
    port: int,
    open_browser: bool,
    max_upload_mb: int,
    hosted: bool,
    signup: bool,
    allowed_hosts: tuple[str, ...],
    workers: int,
) -> None:
    """Browse your journeys in a local web page (and use the REST API under /api/v1).

    --hosted serves many people (PostgreSQL: --db postgresql://... or JOURNEYS_DATABASE_URL),
    each logging in; create accounts with `journeys users add`.
    """
    serve(
        app,
        app.settings,
        host,
        port,
        open_browser,
        max_upload_mb,
        hosted=hosted,
        signup=signup,
        allowed_hosts=allowed_hosts,
        workers=workers,
    )
