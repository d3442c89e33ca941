"""Boilerplate removal and text repair for Indonesian news portals; each removed piece kept with its reason.

`clean(text)` works in numbered steps (see `_clean_once`). It only removes whole lines or paragraphs that
match a noise pattern, a repeated title, or a dateline at the start of the body; everything else is kept, so
article text is never lost. Its output is a fixed point: `clean(clean(x).text).text == clean(x).text`.
"""

from __future__ import annotations

import functools
import html
import re
import unicodedata
from dataclasses import dataclass

from warta.lang import data_lines
from warta.model import Removed

__all__ = ["Cleaned", "clean", "canonical_outlet", "repair"]

# Portal furniture ("BACA JUGA: ...", "Foto: ...") is short; a longer line is article text, whatever it says.
MAX_NOISE_LINE = 250
# A caption with its credit ("... terhadap Hamas. Foto: AP Photo/Leo Correa") may run a little longer.
MAX_CAPTION = 300
# A page title repeated above the article is a headline, not a paragraph.
MAX_TITLE = 200
# An unrepeated first line is taken for a headline only when it is this short (in words) and title-cased.
MAX_TITLE_WORDS = 16
# Hard-wrapped text: lines at most this long (typical wraps are 70-80 columns) ...
MAX_WRAP_WIDTH = 120
# ... and a line shorter than this share of the wrap width ends its paragraph ("gencatan senjata.", seed 002).
SHORT_LINE_RATIO = 0.6

REASONS = (
    "related-link",
    "caption",
    "footer",
    "advertisement",
    "byline",
    "separator",
    "title",
    "dateline",
)


@dataclass(frozen=True)
class Cleaned:
    text: str
    removed: tuple[Removed, ...] = ()
    title: str | None = None
    outlet: str | None = None
    dateline: str | None = None


# ----------------------------------------------------------------------------------------------------
# Word lists (package data), compiled once.


@functools.cache
def _outlets() -> dict[str, str]:
    """Lower-cased spelling → canonical outlet name, from outlets.txt."""
    table: dict[str, str] = {}
    for line in data_lines("outlets.txt"):
        names = [n.strip() for n in line.split("|") if n.strip()]
        for name in names:
            table.setdefault(name.lower(), names[0])
    return table


def canonical_outlet(name: str) -> str:
    """The canonical spelling of an outlet ("KOMPAS.com" → "Kompas.com"); unknown names stay as written."""
    name = name.strip()
    return _outlets().get(name.lower(), name)


def _pattern_to_regex(pattern: str) -> str:
    """A noise_lines.txt pattern ("baca juga*") as a regex over a line's key; "*" is any text."""
    parts = pattern.split("*")
    out = []
    for i, part in enumerate(parts):
        out.append(re.escape(part).replace(r"\ ", r"\s*" if part.strip() in {":", "-"} else r"\s+"))
        if i < len(parts) - 1:
            # "baca juga*" must not match "baca jugaan": a word before "*" ends at a word boundary.
            out.append(r"\b.*" if part and part[-1].isalnum() else ".*")
    return "".join(out)


@functools.cache
def _noise_line_re() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """One regex for every whole-line noise pattern; the name of the group that matched gives the reason."""
    reasons: list[str] = []
    alternatives = []
    for line in data_lines("noise_lines.txt"):
        reason, _, pattern = line.partition("\t")
        if reason not in REASONS or not pattern.strip():
            raise ValueError(
                f"noise_lines.txt: bad line {line!r}; reason must be one of: {', '.join(REASONS)}"
            )
        alternatives.append(f"(?P<g{len(reasons)}>{_pattern_to_regex(pattern.strip().lower())})")
        reasons.append(reason)
    return re.compile("|".join(alternatives), re.IGNORECASE), tuple(reasons)


@functools.cache
def _marker_re() -> re.Pattern[str]:
    """Widget markers at a line's start ("Baca_Juga "), from noise_markers.txt."""
    markers = "|".join(re.escape(m) for m in sorted(data_lines("noise_markers.txt"), key=len, reverse=True))
    return re.compile(rf"^(?:(?:{markers})(?:\s+|$))+", re.IGNORECASE)


@functools.cache
def _credit_words() -> str:
    words = sorted(data_lines("noise_credits.txt"), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


@functools.cache
def _credit_only_re() -> re.Pattern[str]:
    """A line that is only a photo credit ("Foto: AP Photo/Leo Correa", "(Foto: Antara)")."""
    return re.compile(rf"^[(\[]?\s*(?:{_credit_words()})\b\.?\s*[:/]", re.IGNORECASE)


@functools.cache
def _caption_with_credit_re() -> re.Pattern[str]:
    """A caption sentence that ends in its credit: "... terhadap Hamas. Foto: AP Photo/Leo Correa"."""
    credit = r"(?:(?![.!?]\s)[^\n]){1,80}"  # one short phrase: no sentence break inside the credit
    return re.compile(
        rf"^.+?[.!?\"”)]\s*[(\[]?\s*(?:{_credit_words()})\b\.?\s*[:/]\s*{credit}$", re.IGNORECASE
    )


# Datelines open the body: "JAKARTA, KOMPAS.com -", "GenPI.co -", "Harakatuna.com. Washington-",
# "Suaranusantara.com –", "Jakarta (ANTARA News) -", "REPUBLIKA.CO.ID, JAKARTA --", "SUKABUMI –".
_DOMAIN = r"[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z]{2,4}){1,2}\b"
_PLACE = r"[A-Z][A-Za-z'’]*(?:\s+[A-Z][A-Za-z'’]*){0,3}"
_DASH = r"\s*(?:--?|–|—)(?:\s+|(?=[^\s\-–—])|$)"
_CAPS_PLACE = r"[A-Z]{3,}(?:\s+[A-Z]{2,}){0,2}"
# Tribunnews puts its reporter before the dateline: "Laporan Wartawan Tribunnews.com, Edwin Firdaus
# TRIBUNNEWS.COM, JAKARTA -". The reporter part is removed as a byline.
_REPORTER = r"(?P<byline>Laporan\s+(?:[Ww]artawan|[Rr]eporter)\b[^\n]{0,80}?)\s+"
_DATELINE_OUTLET_GROUPS = ("o1", "o2", "o3", "o5", "o6")


@functools.cache
def _dateline_re() -> re.Pattern[str]:
    known = "|".join(re.escape(n) for n in sorted(_outlets_as_written(), key=len, reverse=True))
    outlet = rf"(?:{_DOMAIN}|(?:{known})\b)"
    # Scraped copies sometimes lost the dash ("JAKARTA, KOMPAS.com Menteri ..."); an all-capitals place next
    # to an outlet is a dateline even then, when a capitalised word follows.
    gap = r"\s+(?=[A-Z“\"])"
    forms = "|".join(
        [
            rf"(?P<o1>{outlet})(?:\s*[.,]\s*(?P<p1>{_PLACE}))?{_DASH}",
            rf"(?P<p2>{_PLACE})\s*,\s*(?P<o2>{outlet}){_DASH}",
            rf"(?P<p3>{_PLACE})\s*\(\s*(?P<o3>{outlet})\s*\){_DASH}",
            # An all-capitals place alone ("SUKABUMI –"); four letters at least so "AS - ..." stays text.
            rf"(?P<p4>[A-Z]{{4,}}(?:\s+[A-Z]{{2,}}){{0,2}}){_DASH}",
            rf"(?P<o5>{outlet})\s*[.,]\s*(?P<p5>{_CAPS_PLACE}){gap}",
            rf"(?P<p6>{_CAPS_PLACE})\s*,\s*(?P<o6>{outlet}){gap}",
        ]
    )
    return re.compile(rf"(?:{_REPORTER})?(?P<dateline>{forms})")


@functools.cache
def _outlets_as_written() -> tuple[str, ...]:
    return tuple({n.strip() for line in data_lines("outlets.txt") for n in line.split("|") if n.strip()})


# A page title with its outlet: "Bahas Perang Hamas ..., AS Dorong Alternatif Selain Invasi Rafah - GenPI.co".
_TITLE_OUTLET_RE = re.compile(r"^(?P<title>.+?)\s+[-–—|]\s+(?P<outlet>[^\s].{0,40})$")

# Characters that only occur in text decoded with the wrong codec (UTF-8 read as cp1252/Latin-1) or in cp1252
# bytes read as Latin-1 (C1 controls). Text without them skips ftfy, which costs about a millisecond an
# article.
_MOJIBAKE_HINT = re.compile(
    "[\x80-\x9f]|[\xc2-\xf4][\x80-\xbf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
# Every Unicode space (NBSP in seed 000 and 004, thin spaces, ideographic space) becomes a plain space.
_SPACES = re.compile(r"[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# Zero-width characters and control characters carry no text.
_INVISIBLE = re.compile("[\x00-\x08\x0e-\x1f\x7f\u200b\u200e\u200f\u2060\ufeff\u00ad]")
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85\x1c-\x1e]")
_RUNS_OF_SPACES = re.compile(r" {2,}")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_HAS_WORD = re.compile(r"\w")
# Editors' initials closing an article on a line of their own: "(aal/arh)", "(ard)", "( res / ugo )".
_EDITOR_INITIALS = re.compile(r"^\(\s*[a-z]{2,5}(?:\s*/\s*[a-z]{2,5})*\s*\)$")
_KEY_STRIP = " \t[](){}<>.,;:!?-–—|*•·"
_ENDS_SENTENCE = frozenset(".!?\"”'’:;)…")


@functools.cache
def _ftfy_config():  # type: ignore[no-untyped-def]
    import ftfy

    # Keep curly quotes (they tell an opening from a closing quote, which the quote extractor needs);
    # HTML entities are handled by repair() itself.
    return ftfy.TextFixerConfig(unescape_html=False, uncurl_quotes=False, explain=False)


def repair(text: str) -> str:
    """Repair encoding and normalise characters: mojibake, cp1252 leftovers, entities, NBSP, line breaks."""
    # 1. line breaks first: "\r\n" from Windows files, U+2028 from some CMSs
    text = _LINE_BREAKS.sub("\n", text)
    if not text.isascii():
        # 2. mojibake ("â€œ" for "“") and C1 controls (cp1252 bytes decoded as Latin-1), only where hinted.
        #    Spaces are made plain first: ftfy leaves "\xa0â€œ" alone but fixes " â€œ" (and "Â " is still
        #    recognised as a broken NBSP).
        if _MOJIBAKE_HINT.search(text):
            import ftfy

            text = ftfy.fix_text(_SPACES.sub(" ", text), _ftfy_config())
            text = _LINE_BREAKS.sub("\n", text)
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
    # 3. entities left by scrapers ("&quot;", "&nbsp;"), unescaped until none is left so the result is stable
    for _ in range(3):
        if "&" not in text or not _ENTITY.search(text):
            break
        text = html.unescape(text)
    # 4. spaces: every kind becomes " "; invisible characters go
    text = _SPACES.sub(" ", text)
    return _INVISIBLE.sub("", text)


# ----------------------------------------------------------------------------------------------------
# Line and paragraph rules


def _key(line: str) -> str:
    return line.strip(_KEY_STRIP)


def _noise_reason(line: str) -> str | None:
    """The reason a whole line (or paragraph) is portal noise, or None when it is article text."""
    if not _HAS_WORD.search(line):
        return "separator"  # "* * *", "---": no letters or digits, nothing of the article
    if len(line) > MAX_CAPTION:
        return None
    if _EDITOR_INITIALS.match(line):
        return "byline"
    if _caption_with_credit_re().match(line):
        return "caption"
    if len(line) > MAX_NOISE_LINE:
        return None
    regex, reasons = _noise_line_re()
    match = regex.fullmatch(_key(line))
    if match is None:
        return None
    return reasons[int(match.lastgroup[1:])]  # type: ignore[index]


def _is_wrapped(blocks: list[list[tuple[str, int, bool]]]) -> tuple[bool, int]:
    """Whether the text is hard-wrapped (seed 002), and its wrap width."""
    lengths = sorted(n for block in blocks for _, n, _ in block)
    if len(lengths) < 3:
        return False, 0
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if width > MAX_WRAP_WIDTH:
        return False, width
    # In wrapped text most lines inside a paragraph stop mid-sentence; one sentence per line is not wrapped.
    inner = [line for block in blocks for line, _, _ in block[:-1]]
    if len(inner) < 2:
        return False, width
    continuing = sum(1 for line in inner if line[-1] not in _ENDS_SENTENCE)
    return continuing * 2 >= len(inner), width


def _join(block: list[tuple[str, int, bool]], width: int) -> list[str]:
    """Join wrapped lines into paragraphs: a short line, or an indented next line, ends a paragraph."""
    paragraphs: list[str] = []
    current = ""
    previous_length = 0
    for line, length, indented in block:
        if current and not indented and previous_length >= SHORT_LINE_RATIO * width:
            # "serangan-" + "serangan": a word split at its hyphen joins without a space
            current += line if current[-1] == "-" and current[-2:-1].isalpha() else " " + line
        else:
            if current:
                paragraphs.append(current)
            current = line
        previous_length = length
    if current:
        paragraphs.append(current)
    return paragraphs


def _looks_like_title(paragraph: str) -> bool:
    """A short headline-like first paragraph: a few words, no sentence punctuation at its end."""
    words = paragraph.split()
    if not (2 <= len(words) <= MAX_TITLE_WORDS and len(paragraph) <= 150 and paragraph[0].isupper()):
        return False
    if paragraph[-1] in ".,;:?\"”'’)-–—" or ". " in paragraph:
        return False
    # Indonesian headlines capitalise their words ("La Roja Menang Tipis dari Makedonia"); a first sentence
    # does not ("Kereta api pengangkut semen ...")
    long_words = [w for w in words if len(w) > 3]
    capitalised = sum(1 for w in long_words if w[0].isupper())
    return capitalised * 3 >= len(long_words) * 2 and _dateline_re().match(paragraph) is None


def _title_outlet(paragraph: str) -> tuple[str, str] | None:
    """("Judul", "GenPI.co") for "Judul - GenPI.co", when the tail names an outlet (known or a domain)."""
    match = _TITLE_OUTLET_RE.match(paragraph)
    if not match or len(paragraph) > MAX_TITLE:
        return None
    outlet = match.group("outlet").strip()
    if outlet.lower() in _outlets() or re.fullmatch(_DOMAIN, outlet):
        return match.group("title").strip(), canonical_outlet(outlet)
    return None


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold().strip(_KEY_STRIP)


# ----------------------------------------------------------------------------------------------------


def clean(text: str, *, title: str | None = None) -> Cleaned:
    """Clean one article's raw text; `title`, when known from metadata, is removed if the text repeats it."""
    result = _clean_once(text, title)
    # Encoding repair is the one step that can see new input after the others ran (a mojibake fragment at a
    # line end meets the next line once lines are joined), so a text that still looks broken gets another
    # round, until it stops changing. Clean text has no such hint and costs one regex search here.
    for _ in range(3):
        if not _MOJIBAKE_HINT.search(result.text):
            break
        again = _clean_once(result.text, title)
        if again.text == result.text:
            break
        result = Cleaned(
            text=again.text,
            removed=result.removed + again.removed,
            title=result.title or again.title,
            outlet=result.outlet or again.outlet,
            dateline=result.dateline or again.dateline,
        )
    return result


def _clean_once(text: str, title: str | None) -> Cleaned:
    """One round of the cleaning steps."""
    removed: list[Removed] = []
    found_title: str | None = None
    outlet: str | None = None
    dateline: str | None = None

    # 1. characters: encoding repair, one kind of space, one kind of line break
    raw_lines = repair(text).split("\n")

    # 2. noise lines, each judged on its own ("BACA JUGA: ...", "Image caption", "Advertisement") or with its
    #    neighbour (a caption line right above a "Foto: ..." credit line). A removed line ends a paragraph.
    lines: list[tuple[str, int, bool] | None] = []
    for raw in raw_lines:
        line = _RUNS_OF_SPACES.sub(" ", raw).strip()
        marker = _marker_re().match(line)
        if marker:
            # the marker goes, the article text after it on the same line stays
            removed.append(Removed(marker.group(0).strip(), "related-link"))
            line = line[marker.end() :]
        if not line:
            lines.append(None)
            continue
        reason = _noise_reason(line)
        if reason is not None:
            removed.append(Removed(line, reason))
            if (
                reason == "caption"
                and _credit_only_re().match(line)
                and lines
                and lines[-1] is not None
                and len(lines[-1][0]) <= MAX_CAPTION
                and (len(lines) == 1 or lines[-2] is None)
            ):
                # the credit's caption: a line of its own directly above it
                removed.insert(len(removed) - 1, Removed(lines[-1][0], "caption"))
                lines[-1] = None
            lines.append(None)
            continue
        lines.append((line, len(raw.rstrip()), raw[:1] == " "))

    # 3. paragraphs: blocks between blank lines; a hard-wrapped text joins its lines, any other text keeps one
    #    paragraph per line (many portals separate paragraphs by a single newline, seed 003)
    blocks: list[list[tuple[str, int, bool]]] = [[]]
    for item in lines:
        if item is None:
            if blocks[-1]:
                blocks.append([])
        else:
            blocks[-1].append(item)
    if not blocks[-1]:
        blocks.pop()
    wrapped, width = _is_wrapped(blocks)
    paragraphs: list[str] = []
    for block in blocks:
        paragraphs.extend(_join(block, width) if wrapped else [line for line, _, _ in block])

    # 4. joined paragraphs get the same whole-line test (a wrapped "Baca juga" link only shows once joined)
    kept = []
    for paragraph in paragraphs:
        reason = _noise_reason(paragraph) if wrapped else None
        if reason is None:
            kept.append(paragraph)
        else:
            removed.append(Removed(paragraph, reason))
    paragraphs = kept

    # 5. the top of the article, until nothing more applies: the title (repeated, or with " - Outlet"), then
    #    the dateline opening the body ("JAKARTA, KOMPAS.com -"), which is kept as metadata
    given = _norm(title) if title else None
    while paragraphs:
        first = paragraphs[0]
        if len(paragraphs) > 1 and len(first) <= MAX_TITLE:
            with_outlet = _title_outlet(first)
            head = _norm(with_outlet[0] if with_outlet else first)
            second = _title_outlet(paragraphs[1])
            if (
                with_outlet is not None
                or head == given
                or head == _norm(second[0] if second else paragraphs[1])
                or (found_title is not None and head == _norm(found_title))
            ):
                removed.append(Removed(paragraphs.pop(0), "title"))
                found_title = found_title or (with_outlet[0] if with_outlet else first)
                outlet = outlet or (with_outlet[1] if with_outlet else None)
                continue
        # the dateline opens the body: the first paragraph, or the second under an unrepeated headline
        body = 0
        match = _dateline_re().match(first)
        if match is None and len(paragraphs) > 1 and _looks_like_title(first):
            body = 1
            match = _dateline_re().match(paragraphs[1])
        if match:
            if match.group("byline"):
                removed.append(Removed(match.group("byline"), "byline"))
            piece = match.group("dateline").strip()
            removed.append(Removed(piece, "dateline"))
            if dateline is None:
                dateline = piece
                named = next((match.group(g) for g in _DATELINE_OUTLET_GROUPS if match.group(g)), None)
                outlet = outlet or (canonical_outlet(named) if named else None)
            rest = paragraphs[body][match.end() :].strip()
            marker = _marker_re().match(rest)
            if marker:
                removed.append(Removed(marker.group(0).strip(), "related-link"))
                rest = rest[marker.end() :]
            reason = _noise_reason(rest) if rest else None
            if rest and reason is None:
                paragraphs[body] = rest
            else:
                if rest:
                    removed.append(Removed(rest, reason or "dateline"))
                paragraphs.pop(body)
            continue
        break

    # 6. an unrepeated headline on top stays in the text (it may be the article's first line), but it names
    #    the title
    if found_title is None and len(paragraphs) > 1 and _looks_like_title(paragraphs[0]):
        found_title = paragraphs[0]

    return Cleaned(
        text="\n\n".join(paragraphs),
        removed=tuple(removed),
        title=found_title,
        outlet=outlet,
        dateline=dateline,
    )
