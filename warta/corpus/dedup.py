"""Near-duplicate articles (syndicated copies of one wire story) with MinHash LSH (datasketch).

Each article is a set of word 4-gram shingles (a sub-editor's change of one word breaks four of them). MinHash
LSH returns, per article, the earlier articles likely to share at least LSH_THRESHOLD of their shingles; each
candidate is then checked on the exact shingle sets, so LSH only has to find candidates and the cost grows
linearly with the number of articles. A copy is an article whose
shingles are at least `threshold` similar to an earlier one (Jaccard), or nearly all contained in it
(`containment`: a shortened copy). Copies of copies point at the first article of the group.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from datasketch import MinHash, MinHashLSH

__all__ = ["SHINGLE", "shingles", "find_copies"]

SHINGLE = 4  # words per shingle
NUM_PERM = 128
THRESHOLD = 0.45  # Jaccard similarity of two copies' shingle sets, at least
CONTAINMENT = 0.75  # share of a shorter copy's shingles found in the longer article, at least
# LSH finds candidates at this estimated Jaccard similarity, below THRESHOLD: a shortened copy's Jaccard
# similarity is low though nearly all its shingles are in the original (CONTAINMENT decides on those)
LSH_THRESHOLD = 0.3
MIN_SHINGLES = 8  # shorter texts are too short to call copies (a headline, a caption)
_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    """Lower-cased word n-grams of `text`."""
    words = _WORD.findall(text.lower())
    return {" ".join(words[i : i + size]) for i in range(max(0, len(words) - size + 1))}


def _minhash(items: set[str]) -> MinHash:
    mh = MinHash(num_perm=NUM_PERM, seed=1)
    mh.update_batch([s.encode("utf-8") for s in items])
    return mh


def find_copies(
    docs: Iterable[tuple[str, str]], threshold: float = THRESHOLD, containment: float = CONTAINMENT
) -> list[dict]:
    """(id, text) pairs in order (earliest first) -> [{article_id, copy_of, similarity}] for each copy found.

    `copy_of` is the earliest article of the copy's group; `similarity`, the Jaccard similarity to it.
    """
    lsh = MinHashLSH(threshold=min(LSH_THRESHOLD, threshold), num_perm=NUM_PERM)
    sets: dict[str, set[str]] = {}
    root: dict[str, str] = {}
    copies = []
    for doc_id, text in docs:
        items = shingles(text)
        if len(items) < MIN_SHINGLES or doc_id in sets:
            continue
        mh = _minhash(items)
        best: tuple[float, str] | None = None
        for other in lsh.query(mh):
            score = _similarity(items, sets[other], threshold, containment)
            if score is not None and (best is None or score > best[0]):
                best = (score, other)
        sets[doc_id] = items
        lsh.insert(doc_id, mh)
        if best is None:
            root[doc_id] = doc_id
            continue
        original = root[best[1]]
        root[doc_id] = original
        copies.append(
            {
                "article_id": doc_id,
                "copy_of": original,
                "similarity": round(_jaccard(items, sets[original]), 3),
            }
        )
    return copies


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def _similarity(a: set[str], b: set[str], threshold: float, containment: float) -> float | None:
    """The Jaccard similarity of two shingle sets when they are copies, else None."""
    shared = len(a & b)
    jaccard = shared / len(a | b)
    if jaccard >= threshold or shared / min(len(a), len(b)) >= containment:
        return jaccard
    return None


def order_for_copies(rows: Sequence[tuple[str, str | None, int]]) -> list[str]:
    """Article ids oldest first (publication date, then storage order): the first of a group is the
    original."""
    return [r[0] for r in sorted(rows, key=lambda r: (r[1] is None, r[1] or "", r[2]))]
