"""Fit src/journeys/data/e5_minilm.npz: the linear map from multilingual-e5-small's space into
all-MiniLM-L6-v2's (``engine.multilingual``).

  python scripts/fit_language_map.py            # fit the map, and read the everyday searches
  python scripts/fit_language_map.py --probes   # keep the map, read the searches again

The texts are this project's own: the page titles and searches of the weeks of browsing in
tests/fixtures (written for this project by its scripts, not anyone's real history), those
``py3langid`` reads as English. Each is embedded by both models, as the engine reads it
(``engine.readable``), and a ridge regression maps the one onto the other. A fifth of the
texts is held out to report how close the mapped vectors come. Takes about five minutes on
two cores (e5 reads some 30 texts a second).
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import numpy as np
import py3langid  # type: ignore[import-untyped]

from journeys.engine.e5 import E5Embedder
from journeys.engine.language import probe_searches
from journeys.engine.minilm import MiniLMEmbedder
from journeys.engine.multilingual import MAP_FILE, fit_projection, shipped_map
from journeys.engine.readable import readable

ROOT = Path(__file__).resolve().parent.parent
RIDGE = 1.0


def english_texts() -> list[str]:
    """The fixtures' distinct titles and searches read as English, as the engine reads them."""
    texts: set[str] = set()
    for history in sorted((ROOT / "tests" / "fixtures").glob("week*/History")):
        conn = sqlite3.connect(f"file:{history}?mode=ro", uri=True)
        try:
            texts.update(t for (t,) in conn.execute("SELECT title FROM urls WHERE title != ''"))
            texts.update(t for (t,) in conn.execute("SELECT term FROM keyword_search_terms"))
        finally:
            conn.close()
    read = sorted({readable(t) for t in texts})
    return [t for t in read if py3langid.classify(t)[0] == "en"]


def probe_vectors() -> dict[str, np.ndarray]:
    """e5's vectors of the languages' everyday searches, read when a database measures them."""
    probes = sorted({readable(line) for lines in probe_searches().values() for line in lines})
    return dict(zip(probes, E5Embedder().embed(probes), strict=True))


def main(probes_only: bool) -> int:
    target_file = ROOT / "src" / "journeys" / "data" / MAP_FILE
    if probes_only:  # a language was added to data/languages.json: the map stays as fitted
        shipped_map().save(target_file, probe_vectors())
        return 0
    texts = english_texts()
    print(f"{len(texts)} English texts", flush=True)
    source = E5Embedder().embed(texts)
    target = MiniLMEmbedder().embed(texts)
    order = np.random.default_rng(0).permutation(len(texts))
    held = order[: len(texts) // 5]
    kept = order[len(texts) // 5 :]
    trial = fit_projection(source[kept], target[kept], RIDGE)
    closeness = float((trial.apply(source[held]) * target[held]).sum(axis=1).mean())
    print(f"held-out texts: mapped vector to MiniLM's, mean cosine {closeness:.3f}")
    fit_projection(source, target, RIDGE).save(target_file, probe_vectors())
    return 0


if __name__ == "__main__":
    sys.exit(main("--probes" in sys.argv))
