"""Score count claims against "with"-style gold (benchmarks/gold/counts.json).

Gold per article: "counts": [{"with": "110 orang tewas", "value": 110, "category": "killed",
"approx": "exact"}], plus "value_max" for ranges, and optionally "counts_without": snippets that must not be
counts ("berusia 12 tahun"). A gold count is found when a predicted count overlaps the place of its snippet in
the article text (whitespace and case are ignored when locating it); it is right when one of those
predictions has the gold value (and value_max, where given) and category.
"""

from __future__ import annotations

import math
import re

from warta.evaluate import ratio
from warta.model import Article, Count

__all__ = ["score_counts"]


def _index(text: str) -> tuple[str, list[int]]:
    """The text lower-cased with whitespace runs collapsed, and each of its characters' original offset."""
    out: list[str] = []
    where: list[int] = []
    for match in re.finditer(r"\S+", text):
        if out:
            out.append(" ")
            where.append(match.start() - 1)
        for k, ch in enumerate(match.group().lower()):
            out.append(ch)
            where.append(match.start() + k)
    return "".join(out), where


def _locate(snippet: str, norm: str, where: list[int], taken: set[int]) -> tuple[int, int] | None:
    """Original offsets of the first occurrence of the snippet not already claimed by another gold item."""
    wanted = " ".join(snippet.split()).lower()
    if not wanted:
        return None
    start = norm.find(wanted)
    first = None
    while start != -1:
        span = (where[start], where[start + len(wanted) - 1] + 1)
        first = first or span
        if span[0] not in taken:
            return span
        start = norm.find(wanted, start + 1)
    return first


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-9)


def _right(item: dict, count: Count) -> bool:
    if not _same(item.get("value"), count.value) or item.get("category", "other") != count.category:
        return False
    return "value_max" not in item or _same(item["value_max"], count.value_max)


def score_counts(gold_articles: list[dict], articles: list[Article]) -> dict:
    """Recall of gold counts (span found; with the right value and category), precision, approx agreement."""
    n_gold = n_pred = found = right = pred_hit = approx_right = without = without_hit = 0
    misses: list[dict] = []
    false_positives: list[dict] = []
    for gold, article in zip(gold_articles, articles, strict=True):
        counts = list(article.counts)
        norm, where = _index(article.text)
        taken: set[int] = set()
        matched: set[int] = set()
        for item in gold.get("counts", []):
            n_gold += 1
            place = _locate(item["with"], norm, where, taken)
            if place is None:
                misses.append({"id": gold["id"], "with": item["with"], "why": "snippet not in text"})
                continue
            taken.add(place[0])
            hits = [i for i, c in enumerate(counts) if c.start < place[1] and place[0] < c.end]
            matched.update(hits)
            if not hits:
                misses.append({"id": gold["id"], "with": item["with"], "why": "not found"})
                continue
            found += 1
            good = [i for i in hits if _right(item, counts[i])]
            if good:
                right += 1
                if any(counts[i].approx == item.get("approx", "exact") for i in good):
                    approx_right += 1
                else:
                    misses.append(
                        {
                            "id": gold["id"],
                            "with": item["with"],
                            "why": "approx",
                            "gold": item.get("approx", "exact"),
                            "got": counts[good[0]].approx,
                        }
                    )
            else:
                got = counts[hits[0]]
                misses.append(
                    {
                        "id": gold["id"],
                        "with": item["with"],
                        "why": "value or category",
                        "gold": [item.get("value"), item.get("value_max"), item.get("category")],
                        "got": [got.value, got.value_max, got.category],
                        "got_text": got.text,
                    }
                )
        for snippet in gold.get("counts_without", []):
            without += 1
            place = _locate(snippet, norm, where, set())
            if place and any(c.start < place[1] and place[0] < c.end for c in counts):
                without_hit += 1
                false_positives.append({"id": gold["id"], "text": snippet, "why": "listed as not a count"})
        n_pred += len(counts)
        pred_hit += len(matched)
        for i, c in enumerate(counts):
            if i not in matched:
                false_positives.append({"id": gold["id"], "text": c.text, "category": c.category})

    return {
        "gold": n_gold,
        "predicted": n_pred,
        "recall": ratio(found, n_gold),
        "recall_value_category": ratio(right, n_gold),
        "precision": ratio(pred_hit, n_pred),
        "approx_accuracy": ratio(approx_right, right),
        "without": without,
        "without_violations": without_hit,
        "misses": misses,
        "false_positives": false_positives,
    }
