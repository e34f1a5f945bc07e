"""`journeys exclude`: sites never imported or shown."""

from __future__ import annotations

import click

from journeys.cli.context import AppContext, pass_app, translate_errors
from journeys.services.exclusions import exclude_site, include_site, normalize_site


@click.command("exclude")
@click.argument("sites", nargs=-1)
@click.option("--remove", is_flag=True, help="Take the sites off the excluded ones.")
@pass_app
@translate_errors
def exclude_cmd(app: AppContext, sites: tuple[str, ...], remove: bool) -> None:
    """Never import or show these sites (their visits are deleted now); with no site, list
    the excluded ones."""
    user = app.user_id()
    for site in sites:
        if remove:
            include_site(app.store, user, site)
            app.console.print(f"{normalize_site(site)}: no longer excluded", highlight=False)
        else:
            n = exclude_site(app.store, app.builder(), user, site)
            app.console.print(
                f"{normalize_site(site)}: excluded, {n} visits deleted", highlight=False
            )
    if not sites:
        listed = app.store.excluded_sites(user)
        app.console.print("\n".join(listed) if listed else "No excluded sites.", highlight=False)
