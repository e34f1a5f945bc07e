"""`journeys summarize`: a title and an overview of one journey from the language model the
person configured (off unless `llm_url` is set), always followed by the real visits."""

from __future__ import annotations

import click
from rich.markup import escape

from journeys.cli.context import AppContext, pass_app, translate_errors
from journeys.engine.labels import JourneyText
from journeys.services.browse import Editor, journey_detail
from journeys.services.llm import LanguageModel, overview
from journeys.storage.journeys import short_id
from journeys.times import us_to_datetime


@click.command("summarize")
@click.argument("journey")
@click.option("--apply-title", is_flag=True, help="Rename the journey to the suggested title.")
@pass_app
@translate_errors
def summarize_cmd(app: AppContext, journey: str, apply_title: bool) -> None:
    """Ask your language model for a title and a one-paragraph overview of a journey.

    Off by default: set `llm_url` (an OpenAI-compatible endpoint such as a local Ollama,
    http://localhost:11434/v1) and `llm_model` in the config file or JOURNEYS_LLM_URL and
    JOURNEYS_LLM_MODEL. Only this journey's searches, page titles and dates are sent.
    """
    settings = app.settings.llm
    if settings is None:
        raise click.ClickException(
            "no language model is configured: set llm_url and llm_model (see `journeys "
            "summarize --help`); nothing was sent anywhere"
        )
    detail = journey_detail(
        app.store, app.journeys, app.user_id(), journey, params=app.status_params()
    )
    j = detail.journey
    first = us_to_datetime(j.first_at_us).date()
    last = us_to_datetime(j.last_at_us).date()
    text = JourneyText(
        detail.queries, [r.visit.title for r in detail.visits if r.visit.title and not r.habit]
    )
    model = LanguageModel(settings)
    try:
        told = overview(
            model, text, context=f"From {first} to {last}. Status: {detail.status.reason}."
        )
    finally:
        model.close()
    c = app.console
    c.print(f"[bold]{escape(told.title)}[/bold]  ({short_id(j.id)[:8]}, now “{escape(j.title)}”)")
    c.print(escape(told.overview) or "(no overview)", highlight=False)
    c.print(f"[dim]written by {escape(settings.model)} at {escape(settings.url)}[/dim]")
    c.print("\nThe visits it is based on:")
    for r in detail.visits[:15]:
        label = f"search: {r.visit.search_terms}" if r.visit.search_terms else r.visit.title or ""
        c.print(f"  • {escape(label)} — {escape(r.visit.url)}", highlight=False)
    if apply_title and told.title:
        Editor(app.store, app.builder(), app.user_id()).rename(short_id(j.id), told.title)
        c.print(f"Renamed to “{escape(told.title)}” (kept across rebuilds).")
