"""The optional language model: nicer titles and one-paragraph overviews of journeys from an
OpenAI-compatible endpoint the person configured (a local Ollama, llama.cpp or vLLM server, or
a provider). Off unless ``llm_url`` is set; nothing is sent otherwise.

What is sent for a journey: its searches, its page titles and sites, and its dates; never
the URLs' query strings or anything from other journeys.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass

import httpx

from journeys.config import LanguageModelSettings
from journeys.engine.labels import JourneyText, KeyphraseLabeler, Label, Labeler
from journeys.errors import LanguageModelError

_SYSTEM = (
    "You name and summarize a person's browsing journeys: groups of searches and pages that "
    "belong to one task. Answer in the language of the searches. Be concrete and brief; do "
    "not invent facts that the searches and titles do not show."
)
_JSON = re.compile(r"\{.*\}", re.DOTALL)
_MAX_TITLE = 60


@dataclass(frozen=True, slots=True)
class Overview:
    """A journey's title and one paragraph about it, as the model wrote them."""

    title: str
    overview: str


class LanguageModel:
    """One OpenAI-compatible chat endpoint."""

    def __init__(
        self,
        settings: LanguageModelSettings,
        *,
        timeout: float = 60.0,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        headers = {"Authorization": f"Bearer {settings.api_key}"} if settings.api_key else {}
        self.settings = settings
        self._client = httpx.Client(
            base_url=settings.url, headers=headers, timeout=timeout, transport=transport
        )

    def chat(self, prompt: str) -> str:
        """The model's answer to one prompt (a LanguageModelError when it fails)."""
        body = {
            "model": self.settings.model,
            "messages": [
                {"role": "system", "content": _SYSTEM},
                {"role": "user", "content": prompt},
            ],
            "temperature": 0.2,
        }
        where = f"{self.settings.url}/chat/completions"
        try:
            response = self._client.post("/chat/completions", json=body)
        except httpx.HTTPError as exc:
            raise LanguageModelError(f"{where}: {exc}") from exc
        if response.status_code != 200:
            raise LanguageModelError(f"{where}: HTTP {response.status_code}: {response.text[:200]}")
        try:
            text = response.json()["choices"][0]["message"]["content"]
        except (ValueError, KeyError, IndexError, TypeError) as exc:
            raise LanguageModelError(f"{where}: not a chat completion answer") from exc
        if not isinstance(text, str) or not text.strip():
            raise LanguageModelError(f"{where}: empty answer")
        return text.strip()

    def close(self) -> None:
        """Release the connection pool."""
        self._client.close()


def _journey_prompt(text: JourneyText, extra: str = "") -> str:
    searches = list(dict.fromkeys(text.queries))[:15]
    titles = list(dict.fromkeys(text.titles))[:20]
    lines = ["Searches:", *(f"- {q}" for q in searches), "Pages read:", *(f"- {t}" for t in titles)]
    return "\n".join(lines) + ("\n" + extra if extra else "")


def _tidy_title(text: str) -> str:
    title = " ".join(text.strip().strip("\"'“”").split())
    return title[:_MAX_TITLE].rstrip()


def overview(model: LanguageModel, text: JourneyText, *, context: str = "") -> Overview:
    """A title that reads like the task and one paragraph on what was done and what is left."""
    prompt = _journey_prompt(text, context) + (
        '\n\nReply with JSON only: {"title": "a task-like title of at most 6 words", '
        '"overview": "one paragraph: what the person was trying to do, what they looked at, '
        'and what seems left to do"}'
    )
    answer = model.chat(prompt)
    found = _JSON.search(answer)
    if found:
        try:
            data = json.loads(found.group(0))
            title, para = str(data.get("title", "")), str(data.get("overview", ""))
            if title.strip():
                return Overview(_tidy_title(title), " ".join(para.split()))
        except (ValueError, AttributeError):
            pass
    first, _, rest = answer.partition("\n")
    return Overview(_tidy_title(first), " ".join(rest.split()))


class LanguageModelLabeler:
    """A Labeler that asks the model for titles of the biggest journeys (at most
    ``max_calls`` per build) and keeps the keyphrase titles for the rest, and for all of them
    once the endpoint fails."""

    def __init__(
        self,
        model: LanguageModel,
        *,
        fallback: Labeler | None = None,
        max_calls: int = 50,
        min_items: int = 3,
    ) -> None:
        self.model = model
        self.fallback = fallback or KeyphraseLabeler()
        self.max_calls = max_calls
        self.min_items = min_items
        self.failures_: list[str] = []

    def label(self, journeys: Sequence[JourneyText]) -> list[Label]:
        """One label per journey, in order."""
        labels = self.fallback.label(journeys)
        sizes = [len(j.queries) + len(j.titles) for j in journeys]
        order = sorted(range(len(journeys)), key=lambda k: -sizes[k])
        for k in order[: self.max_calls]:
            if sizes[k] < self.min_items:
                break
            prompt = _journey_prompt(journeys[k]) + (
                "\n\nReply with only a task-like title of at most 6 words, such as "
                "'Trip to Kyoto in April' or 'Standing desk under $400'."
            )
            try:
                title = _tidy_title(self.model.chat(prompt).splitlines()[0])
            except LanguageModelError as exc:
                self.failures_.append(str(exc))
                break
            if title:
                labels[k] = Label(title, labels[k].keywords, by_model=True)
        return labels
