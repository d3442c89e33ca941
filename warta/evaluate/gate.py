"""The accuracy gate: score the in-repo gold and compare with the floors pinned in benchmarks/baseline.json.

Each entry of the baseline names its gold files, their SHA-256 (so that floors are never compared with scores
on changed gold) and floors for some of the scores. `python benchmarks/gate.py` prints the comparison;
`--pin` re-pins hashes and floors after a deliberate change (floors = measured minus a margin). CI runs it
through tests/test_accuracy_floors.py.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

# How far below the measured score a new floor is pinned: room for a one-item change, not for a regression.
MARGIN = 0.01


def _evaluate_extract(paths: list[Path]) -> dict:
    from warta.evaluate.extract import evaluate_extract

    return evaluate_extract(paths)


def _evaluate_time(paths: list[Path]) -> dict:
    from warta.evaluate.time import evaluate_time

    return evaluate_time(paths)


SCORERS: dict[str, Callable[[list[Path]], dict]] = {"extract": _evaluate_extract, "time": _evaluate_time}


def digest(path: Path) -> str:
    """SHA-256 of a gold file, or of a folder's files in name order."""
    sha = hashlib.sha256()
    for file in sorted(path.rglob("*")) if path.is_dir() else [path]:
        if file.is_file():
            sha.update(file.relative_to(path).as_posix().encode() if path.is_dir() else b"")
            sha.update(file.read_bytes())
    return sha.hexdigest()


def lookup(scores: dict, key: str) -> float:
    """A score by dotted key ("quotes.recall_speaker", "value.f1")."""
    value: object = scores
    for part in key.split("."):
        value = value[part]  # type: ignore[index]
    return float(value)  # type: ignore[arg-type]


def check(baseline_path: Path, root: Path) -> list[dict]:
    """One row per floor: {entry, score, floor, measured, ok}; a changed gold file raises ValueError."""
    baseline = json.loads(baseline_path.read_text(encoding="utf-8"))
    rows = []
    for name, entry in baseline["entries"].items():
        paths = [root / p for p in entry["gold"]]
        for path, pinned in zip(paths, entry["sha256"], strict=True):
            if digest(path) != pinned:
                raise ValueError(
                    f"{path} changed since its floors were pinned in {baseline_path.name}; check the scores, "
                    "then re-pin with `python benchmarks/gate.py --pin`"
                )
        scores = SCORERS[entry["scorer"]](paths)
        for key, floor in entry["floors"].items():
            measured = lookup(scores, key)
            rows.append(
                {"entry": name, "score": key, "floor": floor, "measured": measured, "ok": measured >= floor}
            )
    return rows


def pin(baseline_path: Path, root: Path) -> None:
    """Re-pin every entry's hashes and floors from a fresh run (measured minus MARGIN, counts as they are)."""
    baseline = json.loads(baseline_path.read_text(encoding="utf-8"))
    for entry in baseline["entries"].values():
        paths = [root / p for p in entry["gold"]]
        entry["sha256"] = [digest(p) for p in paths]
        scores = SCORERS[entry["scorer"]](paths)
        for key in entry["floors"]:
            measured = lookup(scores, key)
            entry["floors"][key] = measured if measured > 1 else round(max(measured - MARGIN, 0.0), 3)
    baseline_path.write_text(json.dumps(baseline, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
