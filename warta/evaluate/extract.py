"""Score quotes (and counts, through the counts scorer) against "with"-style gold files."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from warta.evaluate import ratio
from warta.model import Article, Quote

__all__ = ["evaluate_extract", "load_gold", "score_quotes"]


def load_gold(paths: Iterable[Path]) -> list[dict]:
    """Gold articles from one or more files, merged by id (each file may add fields such as "counts")."""
    merged: dict[str, dict] = {}
    for path in paths:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        for article in data["articles"]:
            merged.setdefault(article["id"], {}).update(article)
    return list(merged.values())


def _norm(text: str | None) -> str:
    """Case and spacing folded, a spaced hyphen too: "Kyung Dae - soo" as the text has it is "Kyung Dae-soo"."""
    return " ".join((text or "").replace(" - ", "-").split()).lower()


def speaker_matches(gold: str | None, quote: Quote) -> bool:
    """Gold speaker vs predicted: canonical name (case-insensitive), or an unnamed phrase by containment."""
    spk = quote.speaker
    if gold is None:
        return spk is None or (spk.canonical is None and not spk.text)
    if spk is None:
        return False
    if spk.canonical:
        return _norm(spk.canonical) == _norm(gold)
    written, wanted = _norm(spk.text), _norm(gold)
    return bool(written) and (wanted in written or written in wanted)


def score_quotes(gold_articles: list[dict], articles: list[Article]) -> dict:
    """Recall and precision of quotes, with and without the right speaker."""
    n_gold = n_pred = hit = hit_spk = pred_hit = pred_hit_spk = 0
    misses: list[dict] = []
    for gold, article in zip(gold_articles, articles, strict=True):
        quotes = list(article.quotes)
        covered: dict[int, bool] = {}  # predicted index -> matched with the right speaker
        for item in gold.get("quotes", []):
            n_gold += 1
            snippet = _norm(item["with"])
            inside = [i for i, q in enumerate(quotes) if snippet in _norm(q.text)]
            if not inside:
                misses.append({"id": gold["id"], "with": item["with"], "why": "not found"})
                continue
            hit += 1
            right = [i for i in inside if speaker_matches(item.get("speaker"), quotes[i])]
            if right:
                hit_spk += 1
            else:
                got = quotes[inside[0]].speaker
                misses.append(
                    {
                        "id": gold["id"],
                        "with": item["with"],
                        "why": "speaker",
                        "gold": item.get("speaker"),
                        "got": got.canonical or got.text if got else None,
                    }
                )
            for i in inside:
                covered[i] = covered.get(i, False) or i in right
        n_pred += len(quotes)
        pred_hit += len(covered)
        pred_hit_spk += sum(covered.values())

    return {
        "gold": n_gold,
        "predicted": n_pred,
        "recall": ratio(hit, n_gold),
        "precision": ratio(pred_hit, n_pred),
        "recall_speaker": ratio(hit_spk, n_gold),
        "precision_speaker": ratio(pred_hit_spk, n_pred),
        "misses": misses,
    }


def evaluate_extract(paths: list[Path]) -> dict:
    """Run the pipeline once per gold article and score its quotes and (where gold has them) counts."""
    import warta

    gold_articles = load_gold(paths)
    articles = [warta.analyse(g["text"], published=g.get("published")) for g in gold_articles]
    result: dict = {"articles": len(gold_articles)}
    with_quotes = [(g, a) for g, a in zip(gold_articles, articles, strict=True) if "quotes" in g]
    if with_quotes:
        result["quotes"] = score_quotes([g for g, _ in with_quotes], [a for _, a in with_quotes])
    with_counts = [(g, a) for g, a in zip(gold_articles, articles, strict=True) if "counts" in g]
    if with_counts:
        try:
            from warta.evaluate.counts import score_counts
        except ImportError:
            result["counts"] = {
                "note": "warta.evaluate.counts.score_counts is not available yet; counts not scored"
            }
        else:
            result["counts"] = score_counts([g for g, _ in with_counts], [a for _, a in with_counts])
    return result
