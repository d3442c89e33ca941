"""Count claims: how many were killed, injured, missing, displaced or detained; sums of money; other counts.

A token scanner. At each number (`warta.extract.numbers`) it decides whether the number counts something:

- money: a currency before ("Rp 8.000", "US$ 5 juta") or after ("1,24 triliun rupiah", "66,69 dollar AS"),
  or an exchange rate ("14.000 per dolar AS");
- otherwise a noun must follow ("13.300 orang", "80 sumur", "5.027 SPBU", "860 lainnya"), or the noun is
  left out but a casualty cue is there ("korban tewas mencapai 110.");
- never a count: a number inside a time expression (the time tagger runs first), a unit of measure or time
  after it ("persen", "barel", "ton", "km", "tahun", "kali"), a label word before it ("Pasal 5", "nomor 3",
  "ke-3", "berusia 12"), a capitalised name before it ("Densus 88", "Euro 2020"; not in title-case
  headlines), a number in brackets ("H (35)"), a bare year-like integer ("pada 2014") unless a person noun
  follows, "salah satu", a list heading ("5 Fakta ..."), and a figure of one ("satu", "seorang", "sebuah")
  unless a category cue or "orang" makes it a casualty ("seorang pilot terluka").

"other" is every count of people or things that is not a casualty, detention, displacement or money:
"ribuan tentara", "80 negara", "3.911 kasus", "100 juta kendaraan". Measures (volumes, weights, distances,
rates, percentages) are not counts at all.

Then: `approx` from hedges before or after the number (warta/data/counts.tsv); `category` from cue words (an
active verb right before the figure, "menewaskan 3 orang", then cue words after it within the clause, "110
orang tewas", then cue words shortly before it, "korban tewas mencapai 110"; a negation or "percobaan"
before a cue cancels it); `subject` from the noun phrase; `part_of` for "yang mencakup 5.600 anak" (and
figures joined to it by "dan"); `reported_by` from the quote that holds the figure (quotes run first) or a
"menurut X" in the sentence; `as_of` from the nearest date in the sentence, else the publication date.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from warta.extensions import COUNTS, QUOTES, TIMES
from warta.extract.numbers import MAX_RANGE_RATIO, Number, read_collective, read_number, table

__all__ = ["CountFinder", "find_counts"]

# Cue words after the counted noun phrase are looked for this many tokens ahead, within the clause.
FORWARD_WINDOW = 8
# Cue words before the figure ("korban tewas bertambah menjadi 110") are looked for this many tokens back.
BACKWARD_WINDOW = 5
# A subject is at most this many words ("warga sipil Palestina").
MAX_SUBJECT_WORDS = 3
# A source after "menurut" is at most this many words.
MAX_SOURCE_WORDS = 6

# Words that end a clause for the forward and backward cue searches.
_CLAUSE_STOPS = frozenset(
    {
        ".",
        ";",
        "!",
        "?",
        "dan",
        "serta",
        "atau",
        "sementara",
        "sedangkan",
        "tetapi",
        "namun",
        "sehingga",
        "oleh",
        ":",
        "(",
        ")",
        "“",
        "”",
        '"',
    }
)
# Words that end a reporter phrase ("menurut otoritas kesehatan Gaza, ...").
_SOURCE_STOPS = frozenset(
    {
        ",",
        ".",
        ";",
        "sejak",
        "hingga",
        "sampai",
        "pada",
        "bahwa",
        "yang",
        "telah",
        "sudah",
        "di",
        "dalam",
        "saat",
        "ketika",
        "setelah",
        "sebelum",
        "(",
        ")",
        "“",
        "”",
        '"',
        ":",
    }
)
_VERBISH = re.compile(r"^(?:mem|meng|meny|men|me[lrw]|ber|di)[a-z]{3,}$")
_WORD = re.compile(r"^[^\W\d_]+(?:-[^\W\d_]+)*$")
_DATE_VALUE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?")
# A figure after one of these is a place or a source, not the people a cue is about ("di tiga lokasi").
_PREPOSITIONS = frozenset({"di", "ke", "dari", "pada", "dalam", "antara"})
# "Rp 9,500" written with an English thousands comma: rupiah amounts have no three-decimal fractions.
_EN_GROUPED = re.compile(r"^\d{1,3},\d{3}$")
# A time word that points back to a date named before ("ketika itu", "saat itu", "kala itu").
_ANAPHORA = re.compile(r"\b(?:ketika|saat|waktu|kala|pada saat) itu\b")
# Nouns that look like verbs by their prefix but are nouns ("3 menteri", "5 diplomat").
_NOT_VERBS = frozenset(
    {
        "menteri",
        "mesin",
        "menara",
        "merek",
        "media",
        "meter",
        "menit",
        "diplomat",
        "direktur",
        "distrik",
        "dinas",
        "direksi",
        "dirut",
        "desa",
        "demonstran",
        "demonstrans",
        "delegasi",
        "berkas",
        "bersaudara",
        "mereka",
        "meja",
        "metode",
        "dirham",
        "meriam",
        "mesjid",
    }
)


@dataclass
class _Count:
    start: int  # token span of the claim in the doc
    end: int
    number: Number
    value: float
    value_max: float | None
    approx: str
    unit: str | None = None
    category: str = "other"
    subject: str | None = None
    reported_by: str | None = None
    as_of: str | None = None
    part_of: int | None = None
    noun_end: int = 0  # token after the counted noun phrase
    part_cue: bool = False


@functools.cache
def _lex() -> dict:
    def phrases(kind: str) -> dict[tuple[str, ...], str]:
        return {tuple(k.split()): v for k, v in table(kind).items()}

    return {
        "hedge": phrases("hedge"),
        "hedge_after": phrases("hedge_after"),
        "currency": phrases("currency"),
        "currency_before": phrases("currency_before"),
        "measure": phrases("measure"),
        "label": frozenset(table("label")),
        "classifier": phrases("classifier"),
        "not_noun": frozenset(table("not_noun")),
        "cue": phrases("cue"),
        "cue_object": phrases("cue_object"),
        "part": phrases("part"),
        "report": table("report"),
        "count_noun": frozenset(table("count_noun")),
        "single": table("single"),
        "lead": phrases("lead_noun"),
        "number_words": frozenset(table("number")) | frozenset(table("vague")),
        "listicle": frozenset(table("listicle")),
        "negation": frozenset(table("negation")),
        "part_after": phrases("part_after"),
        "rate": phrases("rate"),
        "abbrev_scale": {k: float(v) for k, v in table("abbrev_scale").items()},
        "collective": phrases("collective"),
    }


def _by_first(phrases: dict[tuple[str, ...], str]) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """The phrases of a table grouped by first word (cached on the table object)."""
    index = _INDEXES.get(id(phrases))
    if index is None:
        index = {}
        for phrase, value in phrases.items():
            index.setdefault(phrase[0], []).append((phrase, value))
        _INDEXES[id(phrases)] = index
    return index


def _by_last(phrases: dict[tuple[str, ...], str]) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """The phrases of a table grouped by last word (cached on the table object)."""
    key = -id(phrases)
    index = _INDEXES.get(key)
    if index is None:
        index = {}
        for phrase, value in phrases.items():
            index.setdefault(phrase[-1], []).append((phrase, value))
        _INDEXES[key] = index
    return index


_INDEXES: dict[int, dict] = {}


def _match(words: list[str], i: int, phrases: dict[tuple[str, ...], str]) -> tuple[int, str] | None:
    """Longest phrase of the table starting at token i: (end, value)."""
    if not 0 <= i < len(words):
        return None
    best = None
    for phrase, value in _by_first(phrases).get(words[i], ()):
        k = len(phrase)
        if tuple(words[i : i + k]) == phrase and (best is None or i + k > best[0]):
            best = (i + k, value)
    return best


def _match_ending(words: list[str], end: int, phrases: dict[tuple[str, ...], str]) -> tuple[int, str] | None:
    """Longest phrase of the table ending just before token `end`: (start, value)."""
    if not 0 < end <= len(words):
        return None
    best = None
    for phrase, value in _by_last(phrases).get(words[end - 1], ()):
        k = len(phrase)
        if end - k >= 0 and tuple(words[end - k : end]) == phrase and (best is None or end - k < best[0]):
            best = (end - k, value)
    return best


class _Scanner:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.words = [t.lower_ for t in doc]
        self.n = len(doc)
        self.lex = _lex()
        self.headline = _headline_tokens(doc)
        self.in_time = [False] * self.n
        if TIMES in doc.spans:
            for span in doc.spans[TIMES]:
                for k in range(span.start, span.end):
                    self.in_time[k] = True

    def at(self, i: int) -> str:
        return self.words[i] if 0 <= i < self.n else ""

    def is_number_start(self, i: int) -> bool:
        w = self.at(i)
        return (
            bool(w[:1].isdigit())
            or w in self.lex["number_words"]
            or (w.startswith("ke") and read_collective(self.words, i) is not None)
        )

    # ------------------------------------------------------------ one figure

    def read(self, i: int) -> _Count | None:
        """The count claim whose number starts at token i (or whose currency sign is at i), or None."""
        lex = self.lex
        cur_before = _match(self.words, i, lex["currency_before"])
        unit = None
        j = i
        if cur_before and not self.doc[i].text.islower():
            j = cur_before[0]
            if self.at(j) == ".":
                j += 1
            unit = cur_before[1]
        number = read_number(self.words, j)
        if number is None and unit is None:
            # "kedua negara" (both countries), "ketiga tentara AS itu": all of a group, before a countable noun
            number = read_collective(self.words, j)
            if number is not None and not _match(self.words, number.end, lex["collective"]):
                number = None
        if number is None:
            return None
        if any(self.in_time[number.start : number.end]):
            return None
        end = number.end
        money = unit is not None
        value, value_max, approx = number.value, number.value_max, number.approx
        if money and self.at(end) in lex["abbrev_scale"] and not self.doc[end].is_lower and not number.scaled:
            factor = lex["abbrev_scale"][self.at(end)]  # "Rp 413 M"
            value, value_max = value * factor, (value_max * factor if value_max else None)
            end += 1
        if not money:
            cur = _match(self.words, end, lex["currency"])
            if cur:
                unit, end, money = cur[1], cur[0], True
            elif number.digits and _match(self.words, end, lex["rate"]):
                unit, money = "IDR", True  # "di atas 14.000 per dolar AS": an exchange rate in rupiah
        if unit == "IDR" and not number.scaled and _EN_GROUPED.match(self.doc[number.start].text):
            value, value_max = value * 1000, (value_max * 1000 if value_max else None)  # "Rp 9,500": 9500
        if not money and self.rejected(number):
            return None
        if self.more(end) and approx == "exact":
            approx, end = "more_than", end + 1
        elif money and self.at(end) == "-" and self.at(end + 1) == "an":
            approx, end = "about", end + 2
        count = _Count(i, end, number, value, value_max, approx, unit=unit)
        part = _match(self.words, end, lex["part_after"])
        if part and not money:
            # "dua di antaranya": a part of the figure before, counted without a noun
            count.noun_end, count.end, count.part_cue = end, part[0], True
            return count
        if money:
            count.category = "money"
            count.noun_end = end
            self.money_range(count)
        elif not self.noun(count):
            return None
        self.hedge(count)
        return count

    def more(self, k: int) -> bool:
        """ "100 lebih" / "100 orang lebih": more than, unless a comparison follows ("lebih rendah")."""
        if self.at(k) != "lebih":
            return False
        nxt = self.at(k + 1)
        if not nxt or not _WORD.match(nxt) or nxt in ("dan", "serta", "atau", "yang"):
            return True
        if _match(self.words, k + 1, self.lex["classifier"]) or _match(self.words, k + 1, self.lex["cue"]):
            return True
        # "100 orang lebih mengungsi" (a verb follows), but "lebih memilih" is "prefer"
        return bool(_VERBISH.match(nxt)) and nxt not in ("memilih", "mementingkan", "mengutamakan")

    def rejected(self, number: Number) -> bool:
        """The number is a measure, a label, a name part, an age, a year or a code: not a count."""
        lex = self.lex
        s, e = number.start, number.end
        prev = self.at(s - 1)
        if _match(self.words, e, lex["measure"]):
            return True
        if prev in lex["label"] or (prev == "-" and self.at(s - 2) in ("ke", "ke-")):
            return True
        # "konferensi ke 11": an ordinal written apart in figures ("kunjungan ke lima negara" is a trip to five);
        # "meningkat ke 50 orang" is a change in a figure
        if number.digits and prev == "ke" and self.at(s - 2).isalpha() and not _VERBISH.match(self.at(s - 2)):
            return self.at(s - 2) not in ("naik", "turun", "hingga", "sampai")
        if prev == "salah" and self.at(s) == "satu":
            return True
        if prev == "(" and self.at(e) == ")":
            return True
        if prev in ("/", "#") or self.at(e) == "/":
            return True
        if self.at(e) in lex["listicle"]:
            return True  # "5 Fakta Baru Perang Gaza", "ada dua hal"
        if s > 0 and not self.doc[s - 1].is_sent_start and not self.headline[s]:
            tok = self.doc[s - 1]
            if (
                tok.is_alpha
                and (tok.is_title or tok.is_upper)
                and not self.in_time[s - 1]
                and prev not in lex["not_noun"]
                and not _match_ending(self.words, s, lex["hedge"])
                and not _match_ending(self.words, s, lex["lead"])
                and not _match_ending(self.words, s, lex["cue_object"])
            ):
                return True  # "Densus 88", "Euro 2020", "Pasal 5"
        if number.plain and 1900 <= number.value <= 2100 and self.at(e) not in lex["count_noun"]:
            return True
        if number.plain and number.approx == "range" and 1900 <= number.value <= 2100:
            return True
        return False

    def noun(self, count: _Count) -> bool:
        """Find the counted noun after the number; False when none follows and no cue makes it a count."""
        lex = self.lex
        k = count.end
        classifier = _match(self.words, k, lex["classifier"])
        if classifier:
            count.unit = " ".join(self.words[k : classifier[0]])
            k = classifier[0]
        words: list[str] = []
        j = k
        while len(words) < MAX_SUBJECT_WORDS and self.nounish(j):
            words.append(self.doc[j].text)
            j += 1
        if not classifier and not words:
            # no noun: a count only when a casualty cue names what is counted ("5 tewas", "korban tewas 110.")
            cue = _match(self.words, count.end, lex["cue"])
            if cue:
                count.category, count.noun_end = cue[1], count.end
                count.end = cue[0]
                return self.big_enough(count, cue=True)
            back = self.backward_cue(count.number.start, window=BACKWARD_WINDOW, objects=False)
            announced = _match_ending(self.words, count.number.start, lex["lead"]) or _match_ending(
                self.words, count.number.start, lex["hedge"]
            )  # "korban tewas mencapai 110." but not a numbered list ("Korban meninggal dunia 1. Pratu ...")
            if (
                back
                and announced
                and self.at(count.end) in (".", ",", ";", "!", "?", "")
                and count.number.digits
            ):
                count.category, count.noun_end = back, count.end
                return self.big_enough(count, cue=True)
            return False
        count.subject = " ".join(words) if words else count.unit
        head_end = k + 1 if words else k
        count.noun_end = j
        count.end = head_end
        if count.approx == "exact" and self.more(head_end):
            count.approx = "more_than"  # "100 orang lebih"
        cue = _match(self.words, head_end, lex["cue"])
        if cue:
            count.end = cue[0]  # "110 orang tewas", "860 lainnya terluka"
        return self.big_enough(count, cue=False)

    def big_enough(self, count: _Count, cue: bool) -> bool:
        """A figure of one (or less) counts only with a cue or the "orang" classifier."""
        if count.value > 1 or count.approx in ("vague", "range"):
            return True
        if count.value < 1:
            return False
        if cue or count.unit == "orang":
            return True
        return self.category_of(count) != "other"

    def nounish(self, k: int) -> bool:
        """Token k can be (part of) the counted noun phrase."""
        lex = self.lex
        w = self.at(k)
        if not w or not _WORD.match(w) or w in lex["not_noun"]:
            return False
        if k < self.n and self.in_time[k]:
            return False
        if _match(self.words, k, lex["cue"]) or _match(self.words, k, lex["measure"]):
            return w in (
                "pengungsi",
                "sandera",
                "tahanan",
                "tawanan",
                "narapidana",
                "jenazah",
                "mayat",
                "korban",
            )
        if _VERBISH.match(w) and w not in _NOT_VERBS and w not in lex["count_noun"]:
            return False
        return True

    def money_range(self, count: _Count) -> None:
        """ "12,9 miliar dollar AS hingga 19,4 miliar dollar AS": one range of money."""
        k = count.end
        if self.at(k) == "per" and self.at(k + 1):
            k += 2
        if self.at(k) not in ("hingga", "sampai", "-", "–"):
            return
        other = self.read_money(k + 1)
        if other is None or other.unit != count.unit or other.value == count.value or other.value_max:
            return
        low, high = sorted((count.value, other.value))
        if high > low * MAX_RANGE_RATIO:
            return
        count.value, count.value_max, count.approx = low, high, "range"
        count.end = other.end

    def read_money(self, i: int) -> _Count | None:
        found = self.read(i)
        return found if found is not None and found.category == "money" else None

    # ------------------------------------------------------------ context

    def hedge(self, count: _Count) -> None:
        """A hedge before the figure ("sedikitnya 13.300 orang"); it joins the span."""
        lex = self.lex
        start = count.start
        lead = _match_ending(self.words, start, lex["lead"])
        found = _match_ending(self.words, start, lex["hedge"])
        if found is None and lead:
            found = _match_ending(self.words, lead[0], lex["hedge"])
        if found is None:
            return
        kind = found[1]
        if count.approx == "range":
            count.start = found[0]
            return
        if kind == "up_to" and self.at(found[0] - 1) in ("dari", "antara"):
            return
        if count.approx == "vague" and kind in ("about",):
            count.start = found[0]
            return
        if count.approx in ("exact", "about") or (count.approx == "vague" and kind != "about"):
            count.approx = kind
            count.start = found[0]

    def backward_cue(self, start: int, window: int, objects: bool) -> str | None:
        """A cue word (or with objects=True only an active verb right before) ending before token `start`."""
        lex = self.lex
        k = start
        # skip hedges and lead words between the verb and the figure
        for _ in range(3):
            found = _match_ending(self.words, k, lex["hedge"]) or _match_ending(self.words, k, lex["lead"])
            if not found:
                break
            k = found[0]
        if objects:
            verb = _match_ending(self.words, k, lex["cue_object"])
            if verb and self.at(verb[0] - 1) in lex["negation"]:
                return None  # "percobaan pembunuhan terhadap lima orang"
            return verb[1] if verb else None
        for j in range(k - 1, max(-1, k - 1 - window), -1):
            if self.at(j) in _CLAUSE_STOPS or self.at(j) == ",":
                return None
            found = _match(self.words, j, lex["cue"])
            if found and found[0] <= k:
                return found[1]
        return None

    def forward_cue(self, count: _Count) -> str | None:
        """A cue word after the counted noun, within the clause and before the next figure."""
        lex = self.lex
        k = count.noun_end or count.end
        limit = min(self.n, k + FORWARD_WINDOW)
        aside = False  # inside ", termasuk lima anak-anak, dan tiga pekerja darurat," the parts come before the cue
        while k < limit:
            w = self.at(k)
            if w in _CLAUSE_STOPS and not (aside and w in ("dan", "serta")):
                return None
            if w == "," and _match(self.words, k + 1, lex["part"]):
                aside, limit = True, min(self.n, limit + FORWARD_WINDOW)
            if (
                not aside
                and not self.in_time[k]
                and self.is_number_start(k)
                and read_number(self.words, k) is not None
                and self.at(k - 1) not in _PREPOSITIONS  # "Ratusan warga di empat kecamatan mengungsi"
            ):
                return None
            if _match(self.words, k, lex["cue_object"]):
                return None  # "... orang menewaskan ..." starts a new clause about someone else
            found = _match(self.words, k, lex["cue"])
            if found and self.at(k - 1) not in lex["negation"]:
                return found[1]
            k += 1
        return None

    def category_of(self, count: _Count) -> str:
        obj = self.backward_cue(count.start, 0, objects=True)
        if obj:
            return obj
        own = None
        if count.subject:
            own = _match(self.words, count.noun_end - len(count.subject.split()), self.lex["cue"])
        if self.at(count.start - 1) in _PREPOSITIONS:
            # "mengungsi dari empat kecamatan", "ditangkap di tiga lokasi": places, not victims
            return own[1] if own else "other"
        # what happened to them comes before what they were ("Dua pengungsi asal Irak ditahan": detained)
        return (
            self.forward_cue(count)
            or (own[1] if own else None)
            or self.backward_cue(count.start, BACKWARD_WINDOW, objects=False)
            or "other"
        )


def _headline_tokens(doc: Doc) -> list[bool]:
    """For each token, whether its sentence is in title case (a headline: "Israel Tewaskan 36.096 Warga").

    In a headline every word is capitalised, so a capital before a number says nothing about names.
    """
    flags = [False] * len(doc)
    sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
    for sent in sents:
        words = [t for t in sent if t.is_alpha and len(t) > 3]
        if len(words) >= 3 and sum(t.is_title or t.is_upper for t in words) >= 0.8 * len(words):
            for t in sent:
                flags[t.i] = True
    return flags


def find_counts(doc: Doc) -> list[_Count]:
    """Every count claim in the doc, left to right, with category, hedges, parts, source and date."""
    scanner = _Scanner(doc)
    lex = scanner.lex
    found: list[_Count] = []
    i = 0
    while i < scanner.n:
        count = (
            scanner.read(i)
            if (
                scanner.is_number_start(i)
                or _match(scanner.words, i, lex["currency_before"])
                or scanner.at(i) == "antara"
            )
            else None
        )
        if count is None:
            count = _single(scanner, i)
        if count is None:
            i += 1
            continue
        if count.category != "money":
            count.category = scanner.category_of(count)
        found.append(count)
        i = max(count.end, count.number.end, i + 1)
    _parts(scanner, found)
    return found


def _single(scanner: _Scanner, i: int) -> _Count | None:
    """ "seorang pilot terluka", "seorang warga Palestina tewas": one, counted only with a category cue."""
    w = scanner.at(i)
    if w not in scanner.lex["single"] or scanner.at(i - 1) == "salah":
        return None
    j = i + 1
    while j < i + 1 + MAX_SUBJECT_WORDS and scanner.nounish(j):
        j += 1
    if j == i + 1:
        return None
    subject = scanner.doc[i + 1 : j].text
    count = _Count(i, j, Number(i, i + 1, 1.0), 1.0, None, "exact", subject=subject, noun_end=j)
    cue = _match(scanner.words, j, scanner.lex["cue"])
    if cue is not None:
        count.end = cue[0]
        return count
    # "Seorang jamaah haji asal Pacitan, Jawa Timur, meninggal dunia": the cue later in the clause
    return count if scanner.forward_cue(count) else None


def _parts(scanner: _Scanner, found: list[_Count]) -> None:
    """ "13.300 orang, yang mencakup 5.600 anak dan 3.550 perempuan": the parts point at the total."""
    lex = scanner.lex
    for idx, count in enumerate(found):
        if idx == 0:
            continue
        cue = _match_ending(scanner.words, count.start, lex["part"])
        prev = found[idx - 1]
        if count.part_cue and count.subject is None:
            count.part_of = prev.part_of if prev.part_cue and prev.part_of is not None else idx - 1
        elif cue and _same_sentence(scanner.doc, prev.start, count.start) and count.start - prev.end <= 6:
            total = prev.part_of if prev.part_cue and prev.part_of is not None else idx - 1
            count.part_of, count.part_cue = total, True
        elif (
            prev.part_cue
            and scanner.at(count.start - 1) in ("dan", ",", "serta")
            and count.start - prev.end <= 2
        ):
            count.part_of, count.part_cue = prev.part_of, True
        elif (
            scanner.at(prev.start - 1) == "dari"
            and scanner.at(prev.noun_end) == ","
            and count.start == prev.noun_end + 1
            and count.subject
            and prev.subject
            and count.subject.split()[0].lower() == prev.subject.split()[0].lower()
        ):
            # "dari 80 sumur eksploitasi, 62 sumur ..." and what is joined to it
            count.part_of, count.part_cue = idx - 1, True
        if count.part_of is not None and count.category == "other":
            count.category = found[count.part_of].category
        if (
            count.subject
            and count.subject.lower() == "lainnya"
            and _same_sentence(scanner.doc, prev.start, count.start)
        ):
            count.subject = prev.subject  # "110 orang tewas dan 860 lainnya terluka"


def _same_sentence(doc: Doc, a: int, b: int) -> bool:
    return doc[a].sent.start == doc[b].sent.start if doc.has_annotation("SENT_START") else True


def _reported_by(doc: Doc, span: Span, quotes: list[Span], report: dict[str, str]) -> str | None:
    """Who the figure is attributed to: the speaker of the quote holding it, else a source cue nearby.

    Cues come from counts.tsv: "before" cues precede the source ("menurut otoritas kesehatan Gaza",
    ", kata X"), "after" cues follow it ("media Israel menyebutkan ..."; the source is the words before
    the cue, back to the start of the sentence or a comma). A source is at most MAX_SOURCE_WORDS words, or
    none is given.
    """
    for quote in quotes:
        if (
            quote.start_char <= span.start_char
            and span.end_char <= quote.end_char
            and quote._.speaker is not None
        ):
            speaker = quote._.speaker
            name = speaker.canonical or speaker.text
            if name:
                return name
    sent = span.sent if doc.has_annotation("SENT_START") else doc[:]
    toks = list(sent)
    for k, tok in enumerate(toks):
        kind = report.get(tok.lower_)
        if kind == "before":
            if tok.lower_ != "menurut" and (k == 0 or toks[k - 1].text not in (",", "”", '"')):
                continue  # "kata" etc. attribute only after a comma or a closing quote: ", kata polisi"
            source = []
            for nxt in toks[k + 1 : k + 1 + MAX_SOURCE_WORDS + 1]:
                if nxt.lower_ in _SOURCE_STOPS or nxt.is_punct:
                    break
                source.append(nxt.text)
            if source and len(source) <= MAX_SOURCE_WORDS:
                return " ".join(source)
        elif kind == "after" and tok.i < span.start:
            source = []
            for prev in reversed(toks[:k]):
                if prev.is_punct or prev.lower_ in _SOURCE_STOPS:
                    break
                source.insert(0, prev.text)
            if 0 < len(source) <= MAX_SOURCE_WORDS:
                return " ".join(source)
    return None


def _same_paragraph(doc: Doc, a: int, b: int) -> bool:
    """No blank line between tokens a and b."""
    return "\n\n" not in doc[a:b].text


def _as_of(doc: Doc, span: Span, times: list[Span]) -> str | None:
    """The date the figure is given for: the nearest dated time expression in its sentence, else published."""
    sent = span.sent if doc.has_annotation("SENT_START") else doc[:]
    best = None
    for t in times:
        if t.start >= sent.start and t.end <= sent.end and t._.timex_type in ("DATE", "TIME"):
            value = t._.timex_value or ""
            if not _DATE_VALUE.match(value):
                continue
            distance = abs(t.start - span.start)
            if best is None or distance < best[0]:
                best = (distance, value)
    if best:
        return best[1]
    if _ANAPHORA.search(sent.text.lower()):
        # "Sekitar 1.300 orang tewas ketika itu": the date the sentences before named
        prev = [
            t
            for t in times
            if t.end <= sent.start and t._.timex_type == "DATE" and _DATE_VALUE.match(t._.timex_value or "")
        ]
        if prev and _same_paragraph(doc, prev[-1].start, sent.start):
            return prev[-1]._.timex_value
    published = doc._.published
    return published.value if published is not None else None


@Language.factory("warta_counts", requires=["doc.spans"], assigns=["doc.spans"])
def make_count_finder(nlp: Language, name: str) -> CountFinder:
    return CountFinder(nlp, name)


class CountFinder:
    """Writes count claims to doc.spans["warta_counts"]: value, hedge, category, subject, source, date."""

    def __init__(self, nlp: Language, name: str = "warta_counts") -> None:
        self.name = name
        _lex()

    def __call__(self, doc: Doc) -> Doc:
        found = find_counts(doc)
        quotes = list(doc.spans[QUOTES]) if QUOTES in doc.spans else []
        times = list(doc.spans[TIMES]) if TIMES in doc.spans else []
        report = _lex()["report"]
        spans = []
        for count in found:
            span = Span(doc, count.start, count.end)
            span._.value = count.value
            span._.value_max = count.value_max
            span._.approx = count.approx
            span._.unit = count.unit
            span._.category = count.category
            span._.subject = count.subject
            span._.part_of = count.part_of
            span._.reported_by = _reported_by(doc, span, quotes, report)
            span._.as_of = _as_of(doc, span, times)
            spans.append(span)
        doc.spans[COUNTS] = spans
        return doc
