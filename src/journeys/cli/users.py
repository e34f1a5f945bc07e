"""`journeys users`: hosted mode's accounts, for the administrator."""

from __future__ import annotations

import sys

import click

from journeys.cli.context import AppContext, pass_app, translate_errors
from journeys.services.accounts import Accounts


@click.group("users")
def users_group() -> None:
    """Hosted mode's accounts: add, list, disable, enable, delete."""


@users_group.command("add")
@click.argument("name")
@click.option("--admin", is_flag=True, help="An administrator.")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
@pass_app
@translate_errors
def add_cmd(app: AppContext, name: str, admin: bool, password_stdin: bool) -> None:
    """Create an account (asks for its password)."""
    if password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    Accounts(app.store.db).create(name, password, admin=admin)
    app.console.print(f"Account {name.strip().lower()} created.", highlight=False)


@users_group.command("list")
@pass_app
@translate_errors
def list_cmd(app: AppContext) -> None:
    """Every account: name, admin, disabled."""
    rows = Accounts(app.store.db).rows.all()
    if not rows:
        app.console.print("No accounts.")
    for a in rows:
        flags = " ".join(f for f, on in (("admin", a.is_admin), ("disabled", a.disabled)) if on)
        app.console.print(f"{a.name}  {flags}".rstrip(), highlight=False)


def _toggle(disabled: bool) -> click.Command:
    @click.command("disable" if disabled else "enable")
    @click.argument("name")
    @pass_app
    @translate_errors
    def command(app: AppContext, name: str) -> None:
        Accounts(app.store.db).set_disabled(name, disabled)
        app.console.print(f"{name}: {'disabled' if disabled else 'enabled'}", highlight=False)

    command.help = "Disable an account (it cannot log in)." if disabled else "Enable an account."
    return command


@users_group.command("delete")
@click.argument("name")
@click.option("--yes", is_flag=True, help="Do not ask.")
@pass_app
@translate_errors
def delete_cmd(app: AppContext, name: str, yes: bool) -> None:
    """Delete an account and all of its data."""
    accounts = Accounts(app.store.db)
    account = accounts.rows.by_name(name.strip().lower())
    if account is None:
        raise click.ClickException(f"no account {name!r}")
    if not yes:
        click.confirm(f"Delete {account.name} and all of their history?", abort=True)
    accounts.delete(account.user_id)
    app.console.print(f"{account.name}: deleted with all of their data.", highlight=False)


@users_group.command("invite")
@click.option("--days", default=7.0, show_default=True, type=click.FloatRange(min=0.01))
@pass_app
@translate_errors
def invite_cmd(app: AppContext, days: float) -> None:
    """A one-time invitation: one person signs up with it, even when sign-up is closed."""
    code = Accounts(app.store.db).invite(days=days)
    app.console.print(f"Invitation (shown once, valid {days:g} days): /signup?invite={code}")


users_group.add_command(_toggle(True))
users_group.add_command(_toggle(False))
