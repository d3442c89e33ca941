"""Score the temporal tagger on TimeML: span P/R/F1 (exact and relaxed), type accuracy, value accuracy and F1.

The tagger runs on the TimeML <TEXT> as written (tokenizer and warta_times; no cleaning), so gold and system
offsets index the same string. The DCT is given as the publication date, as metadata would be.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

from warta.model import Published

__all__ = ["TimeMLDoc", "Timex", "read_timeml", "score", "evaluate_time", "tag_text"]

_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_DCT = re.compile(r"<DCT>.*?value=\"([^\"]+)\".*?</DCT>", re.S)
_TAG = re.compile(r"<TIMEX3\b([^>]*)>(.*?)</TIMEX3>|<[^>]+>", re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True)
class Timex:
    """One temporal expression: character offsets into the document text, TIMEX3 type and value."""

    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class TimeMLDoc:
    """A TimeML document: its id, creation date, plain text and gold TIMEX3s."""

    id: str
    dct: str | None
    text: str
    timexes: tuple[Timex, ...]


def decode(data: bytes) -> str:
    """UTF-8 if it is, else cp1252 (some IndoTimex files are), else latin-1 which never fails."""
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def read_timeml(path: Path) -> TimeMLDoc:
    """Parse one TimeML file: the <TEXT> with tags removed, and the inline TIMEX3s as offsets into it."""
    raw = decode(path.read_bytes())
    body = _TEXT.search(raw)
    if body is None:
        raise ValueError(f"{path}: no <TEXT> element; expected TimeML with inline TIMEX3 inside <TEXT>")
    dct = _DCT.search(raw)
    parts: list[str] = []
    timexes = []
    pos = 0
    length = 0
    for match in _TAG.finditer(body.group(1)):
        chunk = html.unescape(body.group(1)[pos : match.start()])
        parts.append(chunk)
        length += len(chunk)
        if match.group(1) is not None:
            attrs = dict(_ATTR.findall(match.group(1)))
            inner = html.unescape(re.sub(r"<[^>]+>", "", match.group(2)))
            timexes.append(
                Timex(length, length + len(inner), inner, attrs.get("type", ""), attrs.get("value", ""))
            )
            parts.append(inner)
            length += len(inner)
        pos = match.end()
    parts.append(html.unescape(body.group(1)[pos:]))
    return TimeMLDoc(path.stem, _iso(dct.group(1)) if dct else None, "".join(parts), tuple(timexes))


def _iso(value: str) -> str | None:
    """ "2013-12-4" (as some IndoTimex DCTs are written) -> "2013-12-04"."""
    match = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", value)
    return f"{match.group(1)}-{int(match.group(2)):02d}-{int(match.group(3)):02d}" if match else None


def iter_files(paths: Iterable[Path]) -> list[Path]:
    """TimeML files named directly or found in the given folders (*.tml, *.xml)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.suffix in (".tml", ".xml", ".timeml")))
        elif path.exists():
            files.append(path)
        else:
            raise FileNotFoundError(f"{path}: no such file or folder")
    return files


def _time_nlp() -> Language:
    """Tokenizer and the time tagger only: the other components do not change times."""
    import spacy

    import warta.extract  # noqa: F401  (registers the components)
    from warta.extract.sentences import add_tokenizer_exceptions

    nlp = spacy.blank("id")
    add_tokenizer_exceptions(nlp)
    nlp.add_pipe("warta_times")
    return nlp


def tag_text(nlp: Language, text: str, dct: str | None) -> list[Timex]:
    """Run the tagger on text with dct as the publication date."""
    from warta.extensions import TIMES

    doc = nlp.make_doc(text)
    doc._.published = Published(dct, "metadata", dct) if dct else None
    doc._.warnings = []
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return [
        Timex(s.start_char, s.end_char, s.text, s._.timex_type, s._.timex_value) for s in doc.spans[TIMES]
    ]


def _prf(tp: int, n_sys: int, n_gold: int) -> dict[str, float]:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def score(pairs: Iterable[tuple[Iterable[Timex], Iterable[Timex]]]) -> dict:
    """Scores over (gold, system) lists per document; relaxed matching pairs overlapping spans one to one."""
    n_gold = n_sys = exact = relaxed = type_ok = value_ok = 0
    for gold, system in pairs:
        gold, system = list(gold), list(system)
        n_gold += len(gold)
        n_sys += len(system)
        exact += len({(g.start, g.end) for g in gold} & {(s.start, s.end) for s in system})
        used: set[int] = set()
        for g in gold:
            for k, s in enumerate(system):
                if k not in used and s.start < g.end and g.start < s.end:
                    used.add(k)
                    relaxed += 1
                    type_ok += s.type == g.type
                    value_ok += s.value == g.value
                    break
    return {
        "gold": n_gold,
        "system": n_sys,
        "exact": _prf(exact, n_sys, n_gold),
        "relaxed": _prf(relaxed, n_sys, n_gold),
        "type_accuracy": round(type_ok / relaxed, 4) if relaxed else 0.0,
        "value_accuracy": round(value_ok / relaxed, 4) if relaxed else 0.0,
        # TempEval-3 style: a value counts when its span overlaps a gold span with the same value
        "value": _prf(value_ok, n_sys, n_gold),
    }


def evaluate_time(paths: list[Path], tagger: Callable[[str, str | None], list[Timex]] | None = None) -> dict:
    """Score a tagger (Warta's by default) on TimeML files and return the scores as a dict."""
    docs = [read_timeml(p) for p in iter_files(paths)]
    if tagger is None:
        nlp = _time_nlp()

        def tagger(text: str, dct: str | None) -> list[Timex]:
            return tag_text(nlp, text, dct)

    result = score((d.timexes, tagger(d.text, d.dct)) for d in docs)
    result["documents"] = len(docs)
    return result
