"""The int8 text tables keep cosines within about 0.001 of float32, and the sitting pairs
computed a span at a time equal the pairs computed one by one."""

from __future__ import annotations

import numpy as np

from journeys.engine.embedding import HashingEmbedder, normalize
from journeys.engine.likeness import Table, TextSpace, offset_likeness


def test_table_keeps_cosines_close() -> None:
    rng = np.random.default_rng(7)
    rows = normalize(rng.normal(size=(300, 384)).astype(np.float32))
    rows[5] = 0.0  # a text with no words stays a zero row
    table = Table.of(rows)
    assert table.codes.dtype == np.int8 and table.codes.nbytes * 4 == rows.nbytes
    a, b = np.arange(0, 40), np.arange(40, 300)
    exact = rows[a] @ rows[b].T
    error = np.abs(table.dots(a, b) - exact)
    assert error.max() < 3e-3 and error.mean() < 1e-3
    assert np.abs(table.rows(a) - rows[a]).max() < 0.5 * np.abs(rows).max() / 127 + 1e-7
    x, y = np.arange(0, 150), np.arange(150, 300)
    assert np.abs(table.row_dots(x, y) - np.einsum("ij,ij->i", rows[x], rows[y])).max() < 3e-3
    assert not table.rows(np.array([5])).any()


def test_offset_likeness_equals_pairs_one_offset_at_a_time() -> None:
    texts = [f"kyoto ryokan {k % 7} april" if k % 3 else f"rust borrow {k % 5}" for k in range(90)]
    space = TextSpace.of(texts, HashingEmbedder(dim=64).embed(texts))
    members = np.arange(0, 90, dtype=np.int64)
    got = offset_likeness(space, members, 4, words_only=True)
    for d in range(1, 5):
        want = space.pairs(members[d:], members[:-d], words_only=True)
        assert np.allclose(got[d - 1, d:], want) and not got[d - 1, :d].any()
    plain = normalize(HashingEmbedder(dim=512).counts(texts))
    # the unweighted words cosine is recovered from the weighted table
    assert np.allclose(got[0, 1:], np.einsum("ij,ij->i", plain[1:], plain[:-1]), atol=5e-3)
