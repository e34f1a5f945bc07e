"""Generate a large Chromium History made of tasks, for the journey-engine benchmark.

  python benchmarks/make_tasks_history.py [VISITS] [OUT] [--short-tasks] [--distinct]
  (default 1,000,000 visits; --short-tasks: tasks of 15-70 visits, about 2.6 times as many;
  --distinct: every task also has a name of its own, as real tasks have a product or place)

Unlike make_history.py (one endless link chain), people work here: thousands of tasks, each
with its own words, searches and pages, last days to weeks; sittings of 5-60 visits mix one
to three tasks and habit sites (mail, video, news); pages are opened from the search or page
before them, and tabs chains end when the person searches again. About 150,000 distinct
titles and searches, as in a few years of one heavy user's history.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from make_history import ROOT, START, open_history, write_rows  # type: ignore[import-not-found]

SYLLABLES = ["ka", "to", "ri", "mo", "su", "ne", "ha", "lu", "pe", "zo", "an", "el", "or", "ix"]
HABITS = [
    ("https://mail.google.com/mail/u/0/#inbox", "Inbox - Gmail"),
    ("https://www.youtube.com/", "YouTube"),
    ("https://www.bbc.com/news", "BBC News - Home"),
    ("https://news.ycombinator.com/", "Hacker News"),
    ("https://www.reddit.com/", "Reddit - Dive into anything"),
]


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))


def english_words() -> list[str]:
    """Real words (so the sentence model sees language, not noise): the whole-word entries
    of the installed MiniLM tokenizer's vocabulary."""
    from journeys.engine.minilm import model_files

    vocab = json.loads(model_files()[1].read_text())["model"]["vocab"]
    return sorted(w for w in vocab if w.isalpha() and w.isascii() and len(w) >= 4)


class Task:
    def __init__(
        self,
        rng: random.Random,
        vocab: list[str],
        ident: int,
        length: tuple[int, int],
        distinct: bool = False,
    ) -> None:
        # tasks own their words (until the vocabulary runs out and is reused); with
        # ``distinct`` each has a name of its own (a product or place: "kamori417")
        self.words = [vocab[(4 * ident + k) % len(vocab)] for k in range(4)]
        if distinct:
            # a name, and three words drawn at random: two tasks rarely share their words
            self.words = [f"{_word(rng)}{ident}", *rng.sample(vocab, 3)]
        self.site = f"https://{_word(rng)}{ident}.example"
        self.queries = [" ".join(rng.sample(self.words, rng.randint(2, 3))) for _ in range(4)]
        self.pages = [
            (
                f"{self.site}/{k}/{rng.choice(self.words)}",
                f"{rng.choice(self.words).title()} {rng.choice(vocab)} {rng.choice(self.words)} "
                f"| {self.site[8:]}",
            )
            for k in range(15)
        ]
        self.ident = ident
        self.left = rng.randint(*length)


def main(
    visits: int, out: Path, length: tuple[int, int] = (40, 220), distinct: bool = False
) -> None:
    rng = random.Random(11)
    vocab = english_words()
    rng.shuffle(vocab)
    conn = open_history(out)
    url_ids: dict[str, int] = {}
    urls: list[tuple[int, str, str, int, int, int, int]] = []
    terms: list[tuple[int, int, str, str]] = []
    rows: list[tuple[int, int, int, int, int, int, int]] = []
    t = START

    def url_id(url: str, title: str, query: str | None) -> int:
        if url not in url_ids:
            url_ids[url] = len(urls) + 1
            urls.append((url_ids[url], url, title, 1, 0, t, 0))
            if query:
                terms.append((2, url_ids[url], query, query))
        return url_ids[url]

    gold: list[int] = []  # the task of each visit (-1: a habit visit), for a quality check
    open_tasks: list[Task] = []
    ident = 0
    while len(rows) < visits:
        t += rng.randint(20, 600) * 60_000_000  # the next sitting
        while len(open_tasks) < 6:
            open_tasks.append(Task(rng, vocab, ident, length, distinct))
            ident += 1
        sitting = rng.sample(open_tasks, rng.randint(1, 3))
        tab: dict[int, int] = {}  # each task's tab: the visit its next page is opened from
        for _ in range(rng.randint(5, 60)):
            t += rng.randint(5, 240) * 1_000_000
            roll = rng.random()
            previous = 0
            if roll < 0.15:
                url, title = rng.choice(HABITS)
                uid, core = url_id(url, title, None), 1
            else:
                task = rng.choice(sitting)
                task.left -= 1
                previous = tab.get(id(task), 0)
                if roll < 0.32 or not previous:
                    q = rng.choice(task.queries)
                    url = "https://www.google.com/search?q=" + q.replace(" ", "+")
                    uid, core, previous = url_id(url, f"{q} - Google Search", q), 1, 0
                else:
                    uid, core = url_id(*rng.choice(task.pages), None), 0
                tab[id(task)] = len(rows) + 1
            rows.append(
                (len(rows) + 1, uid, t, previous, core | 0x30000000, 0, rng.randint(0, 90_000_000))
            )
            gold.append(-1 if roll < 0.15 else task.ident)
            if len(rows) >= visits:
                break
        open_tasks = [task for task in open_tasks if task.left > 0]
    write_rows(conn, urls, terms, rows)
    with out.with_name("tasks.tsv").open("w") as fh:
        fh.write("visit_time\ttask\n")
        fh.writelines(f"{r[2]}\t{g}\n" for r, g in zip(rows, gold, strict=True))
    print(f"{out}: {len(rows)} visits, {len(urls)} urls, {ident} tasks")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    n = int(args[0]) if args else 1_000_000
    target = Path(args[1]) if len(args) > 1 else ROOT / "benchmarks" / "data" / "tasks" / "History"
    main(
        n,
        target,
        (15, 70) if "--short-tasks" in sys.argv else (40, 220),
        distinct="--distinct" in sys.argv,
    )
