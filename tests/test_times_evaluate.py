"""TimeML reading and time scoring (warta eval time)."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.evaluate.time import Timex, evaluate_time, read_timeml, score

FIXTURE = Path(__file__).parent / "fixtures" / "time_sample_cp1252.tml"


def test_times_evaluate_reads_cp1252_timeml():
    doc = read_timeml(FIXTURE)
    assert doc.dct == "2013-12-04"
    assert "\u201cKami siap,\u201d" in doc.text and "&amp;" not in doc.text
    assert [(t.text, t.type, t.value) for t in doc.timexes] == [
        ("Rabu (4/12/2013)", "DATE", "2013-12-04"),
        ("Juni 2014 mendatang", "DATE", "2014-06"),
        ("Desember", "DATE", "2013-12"),
        ("tiga bulan", "DURATION", "P3M"),
    ]
    assert all(doc.text[t.start : t.end] == t.text for t in doc.timexes)


@pytest.mark.parametrize(
    ("system", "exact_f1", "relaxed_f1", "value_f1"),
    [
        ([Timex(0, 5, "", "DATE", "2013")], 1.0, 1.0, 1.0),
        ([Timex(0, 3, "", "DATE", "2013")], 0.0, 1.0, 1.0),
        ([Timex(0, 3, "", "DATE", "2014")], 0.0, 1.0, 0.0),
        ([Timex(10, 13, "", "DATE", "2013")], 0.0, 0.0, 0.0),
    ],
)
def test_times_evaluate_score(system, exact_f1, relaxed_f1, value_f1):
    gold = [Timex(0, 5, "", "DATE", "2013")]
    result = score([(gold, system)])
    assert (result["exact"]["f1"], result["relaxed"]["f1"], result["value"]["f1"]) == (
        exact_f1,
        relaxed_f1,
        value_f1,
    )


def test_times_evaluate_runs_the_tagger():
    result = evaluate_time([FIXTURE])
    assert result["documents"] == 1 and result["gold"] == 4
    assert result["exact"]["f1"] == 1.0 and result["value"]["f1"] == 1.0
