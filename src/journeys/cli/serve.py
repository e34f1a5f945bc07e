"""`journeys serve`: the local web app and REST API."""

from __future__ import annotations

import logging
import sys
import webbrowser

import click

from journeys.api.context import TOKEN_FILE, WebContext
from journeys.cli.context import AppContext, pass_app, translate_errors
from journeys.config import Settings

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
) -> None:
    """Run the app until interrupted."""
    import uvicorn

    from journeys.web.app import create_app

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
    uvicorn.run(create_app(ctx), host=host, port=port, log_level="warning")


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
    )
