"""The accuracy gate: the extractors' scores on the gold kept in this repository (benchmarks/gold/) must stay at
or above the floors pinned in benchmarks/baseline.json, and that gold must be the gold the floors were pinned on.

Not held-out accuracy (most of this gold was also the development set): a regression alarm. After a
deliberate change, `python benchmarks/gate.py` shows the scores and `--pin` re-pins them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warta.evaluate.gate import check

ROOT = Path(__file__).resolve().parent.parent
BASELINE = ROOT / "benchmarks" / "baseline.json"

pytestmark = pytest.mark.skipif(not BASELINE.is_file(), reason="benchmarks/ is not in this checkout")


@pytest.mark.parametrize("entry", sorted(json.loads(BASELINE.read_text(encoding="utf-8"))["entries"]))
def test_accuracy_at_or_above_the_pinned_floors(entry, tmp_path):
    # check() one entry at a time, so that each shows up as its own test
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    baseline["entries"] = {entry: baseline["entries"][entry]}
    single = tmp_path / "baseline.json"
    single.write_text(json.dumps(baseline), encoding="utf-8")
    low = [r for r in check(single, ROOT) if not r["ok"]]
    assert not low, "under the floor: " + "; ".join(
        f"{r['score']} {r['measured']:g} < {r['floor']:g}" for r in low
    )


def test_gate_refuses_changed_gold(tmp_path):
    gold = tmp_path / "gold.json"
    gold.write_text('{"articles": []}', encoding="utf-8")
    baseline = tmp_path / "baseline.json"
    baseline.write_text(
        json.dumps(
            {
                "entries": {
                    "x": {"scorer": "extract", "gold": ["gold.json"], "sha256": ["0" * 64], "floors": {}}
                }
            }
        ),
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match="changed since its floors were pinned"):
        check(baseline, tmp_path)
