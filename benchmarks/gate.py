"""Compare the extractors' scores on the in-repo gold with the floors in benchmarks/baseline.json.

Usage: python benchmarks/gate.py [--pin]
Exit status 1 when a score is under its floor. --pin re-pins hashes and floors after a deliberate change.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from warta.evaluate.gate import check, pin

ROOT = Path(__file__).resolve().parent.parent
BASELINE = ROOT / "benchmarks" / "baseline.json"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pin", action="store_true", help="re-pin hashes and floors from a fresh run")
    args = parser.parse_args()
    if args.pin:
        pin(BASELINE, ROOT)
        print(f"pinned {BASELINE.relative_to(ROOT)}")
        return
    rows = check(BASELINE, ROOT)
    for r in rows:
        mark = "ok " if r["ok"] else "LOW"
        print(f"{mark} {r['entry']:<18} {r['score']:<32} measured {r['measured']:<8g} floor {r['floor']:g}")
    sys.exit(0 if all(r["ok"] for r in rows) else 1)


if __name__ == "__main__":
    main()
