"""Named entities: the shipped NER model, then people's roles, affiliations and canonical names."""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.pipeline import EntityRecognizer
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from warta import extensions as ext
from warta.extract.sentences import add_tokenizer_exceptions
from warta.lang import NAME_PARTICLES, alias_group_lines, alias_pairs, common_words, data_lines, name_prefixes

# Words that join a title to its affiliation: "Duta Besar Israel untuk AS", "peneliti senior di CSIS".
_LINKS = frozenset({"untuk", "di", "dari", "pada"})
# Words before two names joined by a hyphen that make them a pair of people ("pasangan Arsid-Elvier").
_PAIR_WORDS = frozenset({"pasangan", "paslon", "duet", "duo", "pasutri"})
# Tokens that may sit between a title and its affiliation unannotated ("Duta Besar Zionis Israel").
_MAX_LOOSE = 2
# first words of bodies' names and the calendar's names: capitalised, yet never a person's first name
_BODY_WORDS = frozenset(data_lines("body_words.txt"))
_CALENDAR_WORDS = frozenset(
    line.split("\t")[0] for name in ("weekdays.tsv", "months.tsv") for line in data_lines(name)
)


def model_dir() -> Path:
    """Directory of the shipped NER model inside the installed package."""
    return Path(str(resources.files("warta").joinpath("models", "ner")))


@functools.cache
def load_ner_nlp() -> Language:
    """The shipped model as a Language with Warta's tokenizer exceptions (for scoring and benchmarks)."""
    path = model_dir()
    if not (path / "config.cfg").exists():
        raise FileNotFoundError(f"No NER model at {path}: build it with `python training/train_ner.py`")
    nlp = spacy.load(path)
    add_tokenizer_exceptions(nlp)
    return nlp


@Language.factory("warta_ner", assigns=["doc.ents"])
def make_warta_ner(nlp: Language, name: str) -> EntityRecognizer:
    """The shipped model's `ner` component, its label strings (and static vectors) added to this pipeline's vocab.

    The component tags docs of this pipeline's vocab; a model trained with static word vectors reads them
    from `doc.vocab.vectors`, so the model's table is shared with this pipeline (a model without vectors
    leaves the vocab as it is).
    """
    model = load_ner_nlp()
    ner = model.get_pipe("ner")
    for label in ner.labels:
        nlp.vocab.strings.add(label)
    share_vectors(model.vocab, nlp.vocab)
    return ner


def share_vectors(source: Vocab, target: Vocab) -> None:
    """Give target the static vectors of source, when source has some; refuse to replace a different table."""
    vectors = source.vectors
    if vectors.shape[0] == 0 or target.vectors is vectors:
        return
    if target.vectors.shape[0] and target.vectors.to_bytes() != vectors.to_bytes():
        raise ValueError(
            f"The NER model's vectors ({vectors.name}) differ from this pipeline's ({target.vectors.name})"
        )
    target.vectors = vectors


@dataclass(frozen=True)
class Titles:
    """Title forms as written in the data file, abbreviations' expansions, and the forms a name follows."""

    forms: tuple[str, ...]
    expansions: dict[str, str]
    name_follows: frozenset[str]
    honorifics: frozenset[str]

    @classmethod
    def load(cls) -> Titles:
        """Read warta/data/titles.tsv: form, expansion, flag ("name" or "honorific")."""
        forms, expansions, name_follows, honorifics = [], {}, set(), set()
        for line in data_lines("titles.tsv"):
            form, role, flag = (line.split("\t") + ["", ""])[:3]
            key = form.strip().lower()
            if flag.strip() == "honorific":
                honorifics.add(key)
                continue
            forms.append(form.strip())
            if role.strip():
                expansions[key] = role.strip()
            if flag.strip() == "name":
                name_follows.add(key)
        return cls(tuple(forms), expansions, frozenset(name_follows), frozenset(honorifics))


@functools.cache
def aliases() -> dict[str, str]:
    """Short forms and the full names they stand for, from warta/data/aliases.tsv."""
    return dict(alias_pairs())


@functools.cache
def known_bodies() -> dict[str, str]:
    """Places and bodies warta/data/aliases.tsv names, with their label: every name of its ORG and LOC groups
    ("ORG|Gedung Putih|White House"), and both sides of its short forms (label "", unknown)."""
    names = dict.fromkeys([*aliases(), *aliases().values()], "")
    for label, group in alias_group_lines():
        if label in ("ORG", "LOC"):
            names.update((n, label) for n in group)
    return names


@functools.cache
def known_nicknames() -> dict[str, str]:
    """The names people go by and their full names, from the PER groups of warta/data/aliases.tsv
    ("PER|Joko Widodo|Jokowi")."""
    return {n: group[0] for label, group in alias_group_lines() if label == "PER" for n in group[1:]}


@functools.cache
def known_body_words() -> frozenset[str]:
    """The words, lowercased, of the places and bodies warta/data/aliases.tsv names ("putih" of "Gedung Putih")."""
    return frozenset(w.lower() for name in known_bodies() for w in name.split())


class EntityResolver:
    """Builds doc.spans[ENTITIES] from doc.ents: roles, affiliations and canonical names."""

    def __init__(self, nlp: Language, name: str = "warta_entities") -> None:
        self.name = name
        self.titles = Titles.load()
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.matcher.add("TITLE", [nlp.make_doc(form) for form in self.titles.forms])
        self.form_keys = {form.lower() for form in self.titles.forms}
        self.title_words = {w.lower() for form in self.titles.forms for w in form.split()}
        # places and bodies as written (case matters: "Gedung Putih" is the White House, "gedung putih" is not)
        self.bodies = PhraseMatcher(nlp.vocab, attr="ORTH")
        for label in ("ORG", "LOC", ""):
            forms = [name for name, lab in known_bodies().items() if lab == label]
            self.bodies.add(label or "BODY", list(nlp.tokenizer.pipe(forms)))
        self.body_words = known_body_words()
        # words a person's name does not run on into (`_names_run_on`)
        self.not_run_on = frozenset(self.title_words | self.body_words | _BODY_WORDS | _CALENDAR_WORDS)

    def __call__(self, doc: Doc) -> Doc:
        # the alias file's places and bodies in this doc: the repairs move spans, never tokens, so one match serves
        # every repair that reads them
        self._alias_matches = self.bodies(doc)
        titles = self.find_titles(doc)
        people, others, consumed, called = self.find_people(doc, titles)
        self.set_annotations(doc, people, [e for e in others if (e.start, e.end) not in consumed], called)
        return doc

    def find_titles(self, doc: Doc) -> dict[int, list[tuple[int, int]]]:
        """Title matches keyed by end token, longest first; touching titles as one too."""
        spans = sorted({(s, e) for _, s, e in self.matcher(doc)})
        # A chain of touching titles reads as one role, so it is a candidate too, keyed by its end.
        chains: list[tuple[int, int]] = []
        for s, e in spans:
            if chains and s <= chains[-1][1]:
                chains[-1] = (chains[-1][0], max(e, chains[-1][1]))
            else:
                chains.append((s, e))
        merged = sorted(set(spans) | set(chains))
        by_end: dict[int, list[tuple[int, int]]] = {}
        for s, e in merged:
            by_end.setdefault(e, []).append((s, e))
        for ends in by_end.values():
            ends.sort()
        return by_end

    def role_text(self, span: Span) -> str:
        """The role a title span stands for: an abbreviation's expansion ("Menlu"), else its text."""
        return self.titles.expansions.get(span.text.lower(), span.text)

    def is_title(self, span: Span, titles: dict[int, list[tuple[int, int]]]) -> bool:
        """Whether span is wholly a title (a title alone is not a person)."""
        return (span.start, span.end) in titles.get(span.end, [])

    def find_people(self, doc: Doc, titles: dict[int, list[tuple[int, int]]]):
        """PER spans with role and affiliation; the other entities; the LOC spans used inside titles; the names
        the article says its people go by (`_nicknames_given`)."""
        taken = {i for e in doc.ents for i in range(e.start, e.end)}
        ents = [_whole_hyphenated(doc, e, taken) if e.label_ == "PER" else e for e in _drop_common_words(doc)]
        ents = _split_pairs(doc, _join_split_people(doc, _majority_labels(doc, ents)))
        ents = self._split_bodies_from_people(doc, _split_places_from_people(doc, ents, titles))
        ents = self._split_names_after_titles(doc, _split_known_people(doc, ents), titles)
        # a person found in apposition may touch the rest of its name ("Aung San" tagged ORG, then "Suu Kyi")
        ents = _join_split_people(doc, self._people_in_apposition(doc, ents, titles))
        ents = _given_names_back(doc, _repair_first_names(doc, ents, titles, self.titles.honorifics))
        ents = self._names_after_titles(doc, ents, titles)
        ents = _surnames_back(doc, self._names_with_ages(doc, ents), self.title_words)
        called = _nicknames_given(doc, [e for e in ents if e.label_ == "PER"])
        ents = _nicknames_back(doc, ents, called)
        ents = _names_run_on(doc, ents, self.title_words, self.not_run_on)
        by_end = {e.end: e for e in ents}
        consumed: set[tuple[int, int]] = set()
        people: list[tuple[Span, str | None, str | None]] = []
        others = []
        for ent in ents:
            if ent.label_ != "PER":
                others.append(ent)
                continue
            if self.is_title(ent, titles):
                continue
            ent, role, aff = self._trim_title(doc, ent, titles)
            if ent is None:
                continue
            if role is None:
                role, aff, used = self._title_before(doc, ent, titles, by_end)
                consumed |= used
            if role is None:
                role, aff = self._title_after(doc, ent, titles)
            people.append((ent, role, aff))
        return people, others, consumed, called

    def _names_after_titles(self, doc: Doc, ents: list[Span], titles) -> list[Span]:
        """A title, maybe a place or body, then two or three capitalised words the model left untagged: a person.

        "Menteri Pertahanan Lloyd Austin": a pattern Indonesian news repeats for every official; only titles
        marked `name` in titles.tsv qualify, written capitalised, or in any case when a place or body the
        model tags or the alias file names comes between ("juru bicara Gedung Putih Karine Jean-Pierre": the
        title is written small because the body, not the name, follows it). Words of titles
        ("Luar", "Negeri") or of places and bodies the article or alias file names stop it, so "Menteri Luar
        Negeri Amerika Serikat" stays a title and a country; nor are words news writes small (a headline
        quoted in Title Case). A hyphenated name ("Jean-Pierre") is one word. One word is enough where it ends a
        longer name the article tags ("Jaksa Agung Chin" after "Jaksa Agung Hawaii Doug Chin").
        """
        taken = {i for e in ents for i in range(e.start, e.end)}
        stop = self.title_words | {w for e in ents if e.label_ != "PER" for w in e.text.lower().split()}
        # common words too: "Presiden Inginkan Rekonsiliasi Nasional Terkait Pelanggaran HAM" names nobody
        stop |= self.body_words | common_words()
        bodies = self._bodies(doc, ents)
        # one word is a name where it ends a name the article tags ("Jaksa Agung Chin" after "Doug Chin")
        surnames = {e[-1].lower_ for e in ents if e.label_ == "PER" and len(e) >= 2}
        found = []
        for ends in titles.values():
            # The longest title ending here decides: "Direktur Jenderal" is followed by a body.
            s, e = next(((s, e) for s, e in ends if doc[s:e].text.lower() in self.form_keys), ends[0])
            j = e
            while j in bodies and j - e < 8:  # "Gedung Putih", "Kementerian Luar Negeri AS"
                j = bodies[j][0]
            if not self._names_follow(doc, (s, e)) or (j == e and not doc[s].is_title):
                continue
            if j in taken or _title_cased(
                doc[s].sent if doc.has_annotation("SENT_START") else doc, self.title_words
            ):
                continue
            k, words = j, 0
            while k < len(doc) and words < 3 and _name_word(doc, k, taken, stop):
                words += 1
                k += 1
                while k + 1 < len(doc) and _joins(doc, k) and _name_word(doc, k + 1, taken, stop):
                    k += 2  # "Jean - Pierre" as written "Jean-Pierre"
                if k + 1 < len(doc) and doc[k].text in NAME_PARTICLES:
                    # "Abdulelah al - Saleh", "Mohammed bin Salman": a particle written small inside the name
                    m = k + 1 + (doc[k + 1].text == "-")
                    if m < len(doc) and _name_word(doc, m, taken, stop):
                        k = m
            after = doc[k] if k < len(doc) else None
            if (
                (words >= 2 or (words == 1 and doc[j].lower_ in surnames))
                and (after is None or not after.is_title)
                and not any(t.is_sent_start for t in doc[e:k])
            ):
                found.append(Span(doc, j, k, label="PER"))
        spans = {(x.start, x.end): x for x in [*ents, *found]}
        return sorted(spans.values(), key=lambda x: x.start)

    def _bodies(self, doc: Doc, ents: list[Span]) -> dict[int, tuple[int, str]]:
        """Start -> (end, label) of the places and bodies in doc, the longest at each start."""
        out: dict[int, tuple[int, str]] = {}
        for s, e, label in self._body_spans(doc, ents):
            if s not in out or e > out[s][0]:
                out[s] = (e, label)
        return out

    def _body_spans(self, doc: Doc, ents: list[Span]) -> list[tuple[int, int, str]]:
        """(start, end, label) of the places and bodies in doc: the model's ORG and LOC spans, the alias file's
        names written with capitals, and inside any span, short of its end, the text of another ORG or LOC span of
        the article ("Israel" in "Israel Isaac Herzog"). The label is "" where unknown."""
        bodies = [e for e in ents if e.label_ in ("ORG", "LOC")]
        out = [(e.start, e.end, e.label_) for e in bodies]
        for match_id, s, e in self._alias_matches:
            if doc[s].is_title or doc[s].is_upper:
                out.append((s, e, doc.vocab.strings[match_id].replace("BODY", "")))
        texts = {e.text: e.label_ for e in bodies}
        # a span the model opened with a common noun names its capitalised rest too ("kepulauan Whitsunday")
        texts |= {e[1:].text: e.label_ for e in bodies if len(e) > 1 and e[0].is_lower and e[1].is_title}
        for ent in ents:
            for i in range(ent.start, ent.end - 1):
                for k in range(i + 1, ent.end):
                    if doc[i:k].text in texts:
                        out.append((i, k, texts[doc[i:k].text]))
        return out

    def _split_bodies_from_people(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """Where a body the alias file names and a person touch, the model may draw the line between them a
        word off: "Ketua Komisi Pemilihan Umum Husni Kamil Manik" tagged "Pemilihan" ORG + "Umum Husni Kamil
        Manik" PER, or "Komisi Pemilihan Umum Husni" ORG + "Kamil Manik" PER. The body's name decides."""
        out = list(ents)
        for match_id, s, e in self._alias_matches:
            if not doc[s].is_title or e >= len(doc) or not doc[e].is_title:
                continue
            # the person opens inside the body, or a span that holds the body runs on into the person
            person = next((x for x in out if x.label_ == "PER" and s < x.start < e < x.end), None)
            if person is None:
                person = next((x for x in out if x.label_ == "PER" and x.start > e), None)
                longer = next((x for x in out if x.label_ != "PER" and x.start <= s and e < x.end), None)
                if person is None or longer is None or longer.end != person.start:
                    continue
            label = doc.vocab.strings[match_id].replace("BODY", "") or "ORG"
            out = [x for x in out if x is not person and not (x.start < person.start and x.end > s)]
            out += [Span(doc, s, e, label=label), Span(doc, e, person.end, label="PER")]
        return sorted(out, key=lambda x: x.start)

    def _names_follow(self, doc: Doc, title: tuple[int, int]) -> bool:
        """Whether a title is one that news writes a name after (marked `name` in titles.tsv)."""
        return doc[title[0] : title[1]].text.lower() in self.titles.name_follows

    def _split_names_after_titles(self, doc: Doc, ents: list[Span], titles) -> list[Span]:
        """An ORG or LOC span right after a title marked `name`, a known place or body then two or three
        capitalised words, is the body and a person: "Presiden Israel Isaac Herzog" tagged ORG whole. Words of
        titles or of the alias file's places and bodies are not a name ("Gubernur Bank Indonesia Jawa Barat"
        stays whole); other titles are often followed by a body's full name ("Ketua Indonesia Police Watch")."""
        out = []
        spans = self._body_spans(doc, ents)
        stop = self.title_words | self.body_words
        for ent in ents:
            start, label = ent.start, ent.label_
            if label in ("ORG", "LOC"):
                # a title the span took the end of ("Wali | Kota Whitsunday Andrew Willcox" tagged LOC): the span
                # starts after the title
                cut = max(
                    (e for e in range(ent.start + 1, ent.end) for s, _ in titles.get(e, []) if s < ent.start),
                    default=None,
                )
                if cut is not None:
                    ent = start = Span(doc, cut, ent.end, label=label)
                    start = ent.start
            if label in ("ORG", "LOC") and any(
                self._names_follow(doc, t) for t in self._titles_before(doc, ent, spans, titles)
            ):
                # the longest place or body inside the span at its start, then the next one ("AS" after it)
                inside = {}
                for s, e, lab in spans:
                    if ent.start <= s and e < ent.end and e > inside.get(s, (s, ""))[0]:
                        inside[s] = (e, lab)
                while start in inside:
                    start, body_label = inside[start]
                    label = body_label or label
            name = doc[start : ent.end]
            if (
                start > ent.start
                and 2 <= len(_words(name.text)) <= 3
                and all(t.is_title and t.lower_ not in stop for t in name if not _joins(doc, t.i))
                and not _title_cased(
                    doc[ent.start].sent if doc.has_annotation("SENT_START") else doc, self.title_words
                )
            ):
                out.append(Span(doc, ent.start, start, label=label))
                out.append(Span(doc, start, ent.end, label="PER"))
            else:
                out.append(ent)
        return out

    @staticmethod
    def _titles_before(
        doc: Doc, ent: Span, spans: list[tuple[int, int, str]], titles
    ) -> list[tuple[int, int]]:
        """The titles that end right before a span, or before a place or body and a link word in front of it
        ("Duta Besar | AS untuk | PBB Nikki Haley")."""
        if ent.start >= 2 and doc[ent.start - 1].lower_ in _LINKS:
            place = next((s for s, e, _ in spans if e == ent.start - 1), None)
            if place is not None:
                return titles.get(place, [])
        return titles.get(ent.start, [])

    def _people_in_apposition(self, doc: Doc, ents: list[Span], titles) -> list[Span]:
        """An ORG or LOC span of two or three capitalised words after a title, its place or body and a comma is
        a person the model mislabelled: "Menteri Dalam Negeri Pakistan, Sarfraz Bugti" tagged LOC. Words of
        titles or of the alias file's places and bodies are not a name."""
        ends = {e: s for s, (e, _) in self._bodies(doc, ents).items()}
        stop = self.title_words | self.body_words
        out = []
        for ent in ents:
            i = ent.start - 1
            if (
                ent.label_ in ("ORG", "LOC")
                and i > 0
                and doc[i].text == ","
                and 2 <= len(_words(ent.text)) <= 3
                and ent.text not in known_bodies()
                and all(t.is_title and t.lower_ not in stop for t in ent if not _joins(doc, t.i))
                and self._ends_title(doc, i, titles, ends)
            ) or self._titled_after_comma(doc, ent, titles, stop):
                ent = Span(doc, ent.start, ent.end, label="PER")
            out.append(ent)
        return out

    def _titled_after_comma(self, doc: Doc, ent: Span, titles, stop: frozenset[str] | set[str]) -> bool:
        """An ORG span of one to three plain capitalised words that a comma and a title follow is a person:
        "Siswono, Kepala Badan Pengembangan ... Kemlu, mengatakan" (a body is not given a title that way)."""
        i = ent.end
        return (
            ent.label_ == "ORG"
            and i < len(doc) - 1
            and doc[i].text == ","
            and any(s == i + 1 for ends in titles.values() for s, _ in ends)
            and 1 <= len(_words(ent.text)) <= 3
            and ent.text not in known_bodies()
            and all(t.is_title and t.lower_ not in stop and t.lower_ not in common_words() for t in ent)
        )

    @staticmethod
    def _ends_title(doc: Doc, i: int, titles, body_ends: dict[int, int]) -> bool:
        """Whether a title, then places or bodies (or up to two other capitalised words, "dan" between them), ends at
        token i.

        A title alone does not do: "di kantor Wapres, Jakarta Pusat" is a place after the title's office. A body
        may come with its acronym in brackets and a link before it ("Pengamat politik dari Universitas Indonesia
        (UI), Tjipta Lesmana")."""
        loose, end = 0, i
        after_body = False
        while i > 0 and i not in titles:
            if i in body_ends and body_ends[i] < i:
                i, after_body = body_ends[i], True
                continue
            if after_body and doc[i - 1].lower_ in _LINKS:
                i, after_body = i - 1, False
            elif (
                i == end
                and i > 3
                and doc[i - 1].text == ")"
                and doc[i - 3].text == "("
                and doc[i - 2].is_upper
            ):
                i -= 3
            elif doc[i - 1].is_title and not doc[i - 1].is_sent_start and loose < _MAX_LOOSE:
                i, loose = i - 1, loose + 1
            elif loose and i > 1 and doc[i - 1].lower_ == "dan" and doc[i - 2].is_title:
                i -= 1  # a portfolio's "dan" between its words: "Menteri Komunikasi dan Informasi"
            else:
                return False
        return i in titles and i < end

    def _names_with_ages(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """One to three untagged capitalised words before an age in brackets are a person: "kata salah seorang
        saksi mata Maizarni (41) di Padang". Common words, and words of titles or of the alias file's places
        and bodies, are not a name."""
        taken = {i for e in ents for i in range(e.start, e.end)}
        stop = self.title_words | self.body_words | common_words()
        found = []
        for i in range(1, len(doc) - 2):
            if not (doc[i].text == "(" and doc[i + 2].text == ")" and doc[i + 1].text.isdigit()):
                continue
            if not 1 <= int(doc[i + 1].text) <= 120 or not doc[i - 1].whitespace_:
                continue
            k, words = i, 0
            while k > 0 and words < 3:
                if _name_word(doc, k - 1, taken, stop):
                    k, words = k - 1, words + 1
                elif words and k >= 2 and _joins(doc, k - 1) and _name_word(doc, k - 2, taken, stop):
                    k -= 1  # "Jean - Pierre": the hyphen, then "Jean" as the same word
                    words -= 1
                else:
                    break
            if words and not (k > 0 and _name_word(doc, k - 1, taken, stop)):  # longer: not a name
                found.append(Span(doc, k, i, label="PER"))
        return sorted([*ents, *found], key=lambda x: x.start)

    def _trim_title(self, doc: Doc, ent: Span, titles) -> tuple[Span | None, str | None, str | None]:
        """A PER span that starts with a title ("Menlu Hillary Clinton") loses it to the role."""
        # A span that starts inside a title ("Irjen [Pol Fakhrizal]") starts after it; the title before
        # then gives the role.
        for end in range(ent.end - 1, ent.start, -1):
            if any(s < ent.start for s, _ in titles.get(end, [])):
                return Span(doc, end, ent.end, label="PER"), None, None
        best = None
        for end in range(ent.end - 1, ent.start, -1):
            for s, e in titles.get(end, []):
                if s == ent.start:
                    best = (s, e)
                    break
            if best:
                break
        if best is None:
            return ent, None, None
        role = self.role_text(doc[best[0] : best[1]])
        start, aff = best[1], None
        # "Presiden AS Joe Biden" tagged whole: a known short form after the title is the affiliation.
        if start < ent.end - 1 and doc[start].text in aliases():
            aff, start = doc[start].text, start + 1
        if start >= ent.end:
            return None, None, None
        return Span(doc, start, ent.end, label="PER"), role, aff

    def _title_before(self, doc: Doc, ent: Span, titles, by_end) -> tuple[str | None, str | None, set]:
        """Role and affiliation written before the name: "Perdana Menteri Israel Benjamin Netanyahu"."""
        j = ent.start
        if j > 0 and doc[j - 1].text == ",":
            j -= 1
        segments: list[tuple[str, int, int]] = []  # (kind, start, end), right to left
        loose = 0
        while j > 0 and not doc[j].is_sent_start:
            prev = doc[j - 1]
            if prev.text == ")" and j >= 3 and doc[j - 3].text == "(":
                segments.append(("paren", j - 3, j))
                j -= 3
            elif j in titles:
                s, e = titles[j][0]
                segments.append(("title", s, e))
                j = s
            elif j in by_end and by_end[j].label_ in ("LOC", "ORG"):
                segments.append(("aff", by_end[j].start, j))
                j = by_end[j].start
            elif prev.lower_ in _LINKS and segments and segments[-1][0] == "aff":
                segments.append(("link", j - 1, j))
                j -= 1
            elif (prev.is_title or prev.is_upper) and not prev.is_sent_start and loose < _MAX_LOOSE:
                segments.append(("loose", j - 1, j))
                loose += 1
                j -= 1
            else:
                break
        while segments and segments[-1][0] != "title":
            segments.pop()
        if not segments:
            return None, None, set()
        # The leftmost title group is the role; what follows it up to the next title is its affiliation.
        segments.reverse()
        role_span = doc[segments[0][1] : segments[0][2]]
        aff_parts = []
        for kind, s, e in segments[1:]:
            if kind in ("title", "link"):
                break
            if kind in ("aff", "loose"):
                aff_parts.append((s, e))
        # A place inside the title ("Presiden AS", "(AS)") is the affiliation, not a mention of the place.
        lo, hi = segments[0][1], segments[-1][2]
        used = {(x.start, x.end) for x in doc.ents if x.label_ == "LOC" and lo <= x.start and x.end <= hi}
        aff = doc[aff_parts[0][0] : aff_parts[-1][1]].text if aff_parts else None
        if (
            aff
            and all(k == "loose" for k, s, e in segments if (s, e) in aff_parts)
            and not self._known(doc, aff)
        ):
            aff = None  # capitalised words the article never names as a place or body are no evidence
        return self.role_text(role_span), aff, used

    def _known(self, doc: Doc, text: str) -> bool:
        """Whether some word of text names a place or body elsewhere in the article or in the alias file."""
        names = {x.text for x in doc.ents if x.label_ in ("LOC", "ORG")} | set(known_bodies())
        return text in names or any(w in names for w in text.split())

    def _title_after(self, doc: Doc, ent: Span, titles) -> tuple[str | None, str | None]:
        """Role in apposition: "Haim Malka, peneliti senior di Center for Strategic and International ..."."""
        i = ent.end
        if i >= len(doc) - 1 or doc[i].text != ",":
            return None, None
        starts = [(s, e) for ends in titles.values() for s, e in ends if s == i + 1]
        if not starts:
            return None, None
        s, e = max(starts, key=lambda se: se[1])
        role = self.role_text(doc[s:e])
        k = e + 1 if e < len(doc) and doc[e].lower_ in _LINKS else e
        aff = next((x.text for x in doc.ents if x.start == k and x.label_ in ("ORG", "LOC")), None)
        return role, aff

    def set_annotations(self, doc: Doc, people, others: list[Span], called: dict[str, Span]) -> None:
        """Write the spans with canonical names; short mentions take the full name's canonical and role."""
        links = [(a, b) for a, b, bracketed in read_also_links(doc.text) if bracketed]
        names = [
            (ent, _words(ent.text))
            for ent, _, _ in people
            if not any(a <= ent.start_char < b for a, b in links)
        ]
        full: dict[str, tuple[str | None, str | None]] = {}
        out = []
        written = {" ".join(ent.text.split()) for ent, _, _ in people}
        for ent, role, aff in people:
            # a name the article says this person goes by: the full name's span as it stands now (a title may have
            # been trimmed off since)
            nick_of = called.get(ent.text)
            full_ent = next((p for p, _, _ in people if _overlap(p, nick_of)), None) if nick_of else None
            canonical = _resolve_name(full_ent or ent, _words((full_ent or ent).text), names)
            # a nickname is its full name where the article writes that name ("Jokowi" beside "Joko Widodo");
            # alone it stays as written, the name the article gives
            if (full_name := known_nicknames().get(canonical)) in written:
                canonical = full_name
            # keyed with spaced hyphens joined: a full "al - Saleh" as written, a short mention's "al-Saleh"
            if role and (key := canonical.replace(" - ", "-")) not in full:
                full[key] = (role, aff)
            span = Span(doc, ent.start, ent.end, label="PER")
            span._.canonical, span._.role, span._.affiliation = canonical, role, aff
            out.append(span)
        # a full name that resolved to the same name with a middle name more takes its mentions on with it
        # ("Anies" -> "Anies Baswedan" -> "Anies Rasyid Baswedan")
        onward = {
            _written(span): span._.canonical
            for span in out
            if _middle_name_more(_written(span).split(), span._.canonical.replace(" - ", "-").split())
        }
        for span in out:
            span._.canonical = onward.get(span._.canonical, span._.canonical)
        for span in out:  # a later "Blinken" is still the Menteri Luar Negeri
            if span._.role is None and (key := span._.canonical.replace(" - ", "-")) in full:
                span._.role, span._.affiliation = full[key]
        acronyms = _acronyms(doc, others)
        for ent in others:
            span = Span(doc, ent.start, ent.end, label=ent.label_)
            span._.canonical = acronyms.get(ent.text) or aliases().get(ent.text) or ent.text
            out.append(span)
        doc.spans[ext.ENTITIES] = sorted(out, key=lambda s: (s.start, s.end))


# a link to another article, "(Baca: Budi Waseso Ingatkan Pansel soal ...)" or "Baca juga: ...": its headline's
# capitalised words are no fuller name for anyone the article quotes
READ_ALSO = re.compile(r"\(\s*baca(?: juga)?\s*:[^)]*\)?|\bBaca juga\s*:[^\n]*?(?:[.!?](?=\s|[A-Z])|$)", re.I)


def read_also_links(text: str) -> list[tuple[int, int, bool]]:
    """The text's links to other articles as (start, end, bracketed): only a bracketed one has a clear end."""
    return [(m.start(), m.end(), m.group().startswith("(")) for m in READ_ALSO.finditer(text)]


# the article says what a person is called: "Liliyana atau yang akrab disapa Butet", "Chacha, sapaan akrab Natasha";
# not a pair's two names ("Tontowi Ahmad / Liliyana Natsir, atau akrab disapa Owi / Butet")
_CALLED_AFTER = re.compile(
    r"\s*,?\s*atau\s+(?:yang\s+)?(?:akrab|karib|biasa)\s+(?:disapa|dipanggil)\s+([A-Z][\w']*)(?![\w'-]|\s*/|\s+[A-Z])"
)
_CALLED_BEFORE = re.compile(
    r"(?<![/-]\s)(?<![/-])\b([A-Z][\w']*)\s*,?\s+(?:begitu\s+)?sapaan\s+(?:akrab(?:nya)?\s+)?$"
)


def _nicknames_given(doc: Doc, people: list[Span]) -> dict[str, Span]:
    """The names the article says its people go by, each with the full name's span: "Liliyana Natsir atau yang
    akrab disapa Butet" and "Butet, sapaan akrab Liliyana Natsir" give "Butet" -> "Liliyana Natsir"."""
    text = doc.text
    out: dict[str, Span] = {}
    for ent in people:
        after = _CALLED_AFTER.match(text, ent.end_char)
        before = _CALLED_BEFORE.search(text, max(0, ent.start_char - 60), ent.start_char)
        for m in (after, before):
            if m and m.group(1) not in ent.text.split() and len(ent) > 1:
                out.setdefault(m.group(1), ent)
    return out


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _nicknames_back(doc: Doc, ents: list[Span], called: dict[str, Span]) -> list[Span]:
    """A name the article says a person goes by (`called`, from `_nicknames_given`) is that person wherever the
    model left it untagged or tagged it a place or body ("Chacha, sapaan akrab Natasha Rizky, ... kata Chacha")."""
    if not called:
        return ents
    ents = [Span(doc, e.start, e.end, label="PER") if e.text in called else e for e in ents]
    taken = {i for e in ents for i in range(e.start, e.end)}
    found = [Span(doc, t.i, t.i + 1, label="PER") for t in doc if t.text in called and t.i not in taken]
    return sorted([*ents, *found], key=lambda e: e.start)


def _drop_common_words(doc: Doc) -> list[Span]:
    """The model's entities less one-word ones that open a sentence and are common words ("Tuduhan itu ...",
    "Draf resolusi ..."; written in lower case elsewhere in the article or in news at large): a capital there
    shows the position, not a name. A longer person's name loses such a first word when the rest is the end or the
    start of another name the article writes ("Niat Idan untuk ..." beside "Sarah Idan", "Transfer Pedro" beside
    "Pedro Rodriguez")."""
    lowered = {t.text for t in doc if t.is_lower} | common_words()

    def opens_sentence(e: Span) -> bool:
        i = e.start - 1
        while i >= 0 and doc[i].is_space:
            i -= 1
        return i < 0 or doc[i].text in {".", "!", "?", "”", '"', ":"}

    def common_opener(e: Span) -> bool:
        return e[0].text[:1].isupper() and e[0].lower_ in lowered and opens_sentence(e)

    ents = [e for e in map(_without_space_ends, doc.ents) if e is not None]
    people = [_words(e.text) for e in ents if e.label_ == "PER"]
    out = []
    for e in ents:
        if len(e) == 1 and common_opener(e):
            continue
        if e.label_ == "PER" and len(e) > 1 and common_opener(e):
            rest = _words(e[1:].text)
            if any(
                len(w) > len(rest) and rest in (w[-len(rest) :], w[: len(rest)]) and w != _words(e.text)
                for w in people
            ):
                e = Span(doc, e.start + 1, e.end, label="PER")
        out.append(e)
    return out


def _without_space_ends(ent: Span) -> Span | None:
    """A model span less the line-break tokens it took at either end ("Kesamaan\n\n", a heading); None if that is
    all it was."""
    start, end = ent.start, ent.end
    while start < end and ent.doc[start].is_space:
        start += 1
    while end > start and ent.doc[end - 1].is_space:
        end -= 1
    if start == end:
        return None
    return ent if (start, end) == (ent.start, ent.end) else Span(ent.doc, start, end, label=ent.label_)


def _name_word(doc: Doc, i: int, taken: set[int], stop) -> bool:
    """Whether token i may be a word of an untagged name: capitalised, free, not a title's or a body's word."""
    return doc[i].is_title and i not in taken and doc[i].lower_ not in stop


def _joins(doc: Doc, i: int) -> bool:
    """Whether token i is a hyphen written inside a word ("Jean-Pierre", tokenized Jean - Pierre)."""
    return doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def _words(text: str) -> list[str]:
    return [w.lower() for w in text.replace(" - ", "-").split()]


def _resolve_name(ent: Span, words: list[str], names) -> str:
    """The full name a short mention stands for: the nearest longer name it begins or ends ("Clinton")."""
    best, best_dist = None, None
    for other, ow in names:
        # past initials, with a full stop or without ("M. Jusuf", "R Eko")
        first = ow[next((i for i, w in enumerate(ow[:-1]) if not re.fullmatch(r"\w\.?", w)), 0) :]
        # a surname after its particle ("Saleh" for "Abdulelah al-Saleh")
        last = [*ow[:-1], ow[-1].split("-", 1)[-1] if ow[-1].split("-", 1)[0] in NAME_PARTICLES else ow[-1]]
        ends = ow[-len(words) :] == words or last[-len(words) :] == words
        if len(ow) <= len(words) or not (ends or first[: len(words)] == words):
            continue
        # Prefer an earlier full mention, the nearest one; a later one only when none came before.
        dist = ent.start - other.start if other.start < ent.start else 10**9 + other.start
        if best_dist is None or dist < best_dist:
            best, best_dist = other, dist
    if best is None and len(words) == 1 and len(words[0]) >= 4:
        # the name a person goes by after a given name ("Jibriel" for "Muhammad Jibriel Abdul Rahman"), when only
        # one name has it
        best = _one_fit(
            names,
            lambda o, ow: (
                words[0] in ow[1:-1] and all(w in name_prefixes() for w in ow[: ow.index(words[0])])
            ),
        )
    key = _spelling_key(words[0])
    if best is None and len(words) == 1 and len(words[0]) >= 4:
        # the same name in another spelling ("Andi" for "Andy Noorsaman Sommeng"), when only one name fits
        best = _one_fit(
            names, lambda o, ow: len(ow) > 1 and key in (_spelling_key(ow[0]), _spelling_key(ow[-1]))
        )
    if best is None and len(words) == 1 and len(words[0]) >= 7:
        # a long name with one letter mistyped, added or dropped ("Saakashbili" after "Mikheil Saakashvili",
        # "Frangky" after "Franky Sibarani"), when only one name fits
        best = _one_fit(
            names,
            lambda o, ow: (
                len(ow) > 1
                and o.start < ent.start
                and any(_one_letter_apart(words[0], w) for w in (ow[0], ow[-1]))
            ),
        )
    if best is None and len(words) == 1:
        # one name written twice in two spellings ("Syafii" after "Syafi'i"): the first as written
        best = _one_fit(
            names,
            lambda o, ow: (
                o.start < ent.start and len(ow) == 1 and ow != words and _spelling_key(ow[0]) == key
            ),
        )
    if best is None and len(words) > 1:
        # a full name written earlier with a middle name more ("Anies Baswedan" after "Anies Rasyid Baswedan")
        best = _one_fit(names, lambda o, ow: o.start < ent.start and _middle_name_more(words, ow))
    if best is None and len(words) > 1:
        # a full name written earlier in another spelling of its given names ("Ihsan Modjo" after "Ikhsan Modjo")
        keys = [_spelling_key(w) for w in words[:-1]]
        best = _one_fit(
            names,
            lambda o, ow: (
                o.start < ent.start
                and ow != words
                and ow[-1] == words[-1]
                and [_spelling_key(w) for w in ow[:-1]] == keys
            ),
        )
    return _written(best) if best is not None else " ".join(ent.text.split())


def _written(span: Span) -> str:
    """A name as the article writes it, a spaced hyphen joined ("Jean - Pierre" is "Jean-Pierre")."""
    return " ".join(span.text.replace(" - ", "-").split())


def _one_fit(names, fits) -> Span | None:
    """The one name among (span, words) `names` that `fits`, its last mention; None when none or several fit."""
    found = {" ".join(o.text.split()): o for o, ow in names if fits(o, ow)}
    return next(iter(found.values())) if len(found) == 1 else None


def _middle_name_more(words: list[str], longer: list[str]) -> bool:
    """Whether longer is words with given names more between the first and the last ("Anies Rasyid Baswedan" for
    "Anies Baswedan")."""
    rest = iter(longer[1:-1])
    return (
        1 < len(words) < len(longer)
        and (longer[0], longer[-1]) == (words[0], words[-1])
        and all(w in rest for w in words[1:-1])
    )


def _one_letter_apart(a: str, b: str) -> bool:
    """Two words one letter apart: one changed ("Saakashbili", "Saakashvili"), or one added ("Frangky", "Franky")."""
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return len(long) == len(short) + 1 and any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _spelling_key(word: str) -> str:
    """A name folded over the old and new Indonesian spellings, the Arabic kh written h and an apostrophe left out
    (oe/u, dj/j, tj/c, ch/kh/h, a final y/i: "Ikhsan" and "Ihsan", "Achmad" and "Ahmad", "Syafi'i" and "Syafii")."""
    word = (
        word.lower()
        .replace("'", "")
        .replace("’", "")
        .replace("oe", "u")
        .replace("dj", "j")
        .replace("tj", "c")
        .replace("ch", "h")
        .replace("kh", "h")
    )
    return word[:-1] + "i" if word.endswith("y") else word


def _acronyms(doc: Doc, ents: list[Span]) -> dict[str, str]:
    """Acronyms the article defines in brackets: "Amerika Serikat (AS)" gives AS -> Amerika Serikat."""
    out = {}
    for ent in ents:
        e = ent.end
        if e + 2 < len(doc) and doc[e].text == "(" and doc[e + 2].text == ")":
            short = doc[e + 1].text
            if short.isupper() and len(short) < len(ent.text):
                out[short] = " ".join(ent.text.split())
    return out


def _title_cased(sent: Span, title_words: frozenset[str] | set[str] = frozenset()) -> bool:
    """A headline in Title Case, where capitals say nothing about names.

    Most words capitalised, and either hardly any written small or several capitalised words that news
    writes small ("Presiden Inginkan Rekonsiliasi Nasional Terkait Pelanggaran HAM", quoted inside a
    sentence). A sentence that lists officials ("... seperti Menteri Pertahanan Israel Yoav Galant, ..., dan
    Wakil Presiden AS Kamala Harris.") has mostly capitals too, but they are titles and names.
    """
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    if len(words) < 3 or sum(t.is_title for t in words) <= 0.6 * len(words):
        return False
    common = common_words()
    small = sum(t.is_lower for t in words)
    capital_common = sum(
        t.is_title and not t.is_sent_start and t.lower_ in common and t.lower_ not in title_words
        for t in words
    )
    return small <= 0.2 * len(words) or capital_common >= 3


def _surnames_back(doc: Doc, ents: list[Span], title_words: frozenset[str] | set[str]) -> list[Span]:
    """A surname the model left untagged where the article tags the full name ("Gomez cukup senang" after "Joe
    Gomez"), or a given name it tags alone elsewhere too ("Masinton pun mempertanyakan ..." beside "Masinton
    Pasaribu" and a tagged "Masinton"): a person, when it stands alone (no capitalised word beside it) and is no
    common or title word, nor a word of a place or body the article tags."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    others = _place_and_body_words(ents)
    full = [e for e in ents if e.label_ == "PER" and len(e) >= 2]
    alone = {e.text for e in ents if e.label_ == "PER" and len(e) == 1}
    surnames = {
        w
        for w in {e[-1].text for e in full} | ({e[0].text for e in full} & alone)
        if len(w) >= 3
        and w.istitle()
        and w.lower() not in common_words()
        and w.lower() not in title_words
        and w.lower() not in others
    }
    found = [
        Span(doc, t.i, t.i + 1, label="PER")
        for t in doc
        if t.text in surnames
        and t.i not in taken
        and not (t.i > 0 and doc[t.i - 1].is_title and not doc[t.i - 1].is_sent_start)
        and not (t.i + 1 < len(doc) and doc[t.i + 1].is_title)
    ]
    return sorted([*ents, *found], key=lambda e: e.start) if found else ents


def _place_and_body_words(ents: list[Span]) -> set[str]:
    """The words, lowercased, of the places and bodies among the spans."""
    return {w.lower() for e in ents if e.label_ != "PER" for w in e.text.split()}


def _names_run_on(
    doc: Doc, ents: list[Span], title_words: frozenset[str] | set[str], no_name: frozenset[str]
) -> list[Span]:
    """A person span the model ended one capitalised word short, mid-sentence, before a word written small or a
    comma: "Menteri Lingkungan Hidup Siti Nurbaya | Bakar dalam rilis pers" ("Bakar" is also a word, so the word
    may be common). Not a word of `no_name` (titles, days and months, the alias file's places and bodies), nor of
    a place or body the article tags; not in a Title Case headline ("Trump Sebut Holocaust ..."); not where the
    article writes the name in full with another word there ("kata Jimly Setelah memperbaiki ...", its full stop
    lost, beside "Jimly Asshidiqie")."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    stop = no_name | _place_and_body_words(ents)
    names = {tuple(t.lower_ for t in e) for e in ents if e.label_ == "PER"}
    out = []
    for ent in ents:
        k = ent.end
        given = tuple(t.lower_ for t in ent)
        if (
            ent.label_ == "PER"
            and k + 1 < len(doc)
            and not any(
                len(n) > len(given) and n[: len(given)] == given and n[len(given)] != doc[k].lower_
                for n in names
            )
            and k not in taken
            # not a photo credit in capitals run into the text ("RONY NUGROHO Warga ...")
            and ent[-1].is_title
            and doc[k].is_alpha
            and doc[k].is_title
            and not doc[k].is_sent_start
            and doc[k].lower_ not in stop
            and (doc[k + 1].is_lower or doc[k + 1].text in {",", "."})
            and not _title_cased(doc[k].sent if doc.has_annotation("SENT_START") else doc, title_words)
        ):
            ent = Span(doc, ent.start, k + 1, label="PER")
        out.append(ent)
    return out


def _split_known_people(doc: Doc, ents: list[Span]) -> list[Span]:
    """A place or body that ends with a name the article tags as a person elsewhere ends before that name; with
    no place or body word in front of the name, the whole span is that person ("San Suu Kyi" tagged a place)."""
    # Names of two tokens or more ("Jean - Pierre"): a one-word PER elsewhere is too often the model's error,
    # unless the article tags it so twice or more and a long span ends with it ("Partai Republik Donald Trump").
    tagged = Counter(tuple(t.lower_ for t in e) for e in ents if e.label_ == "PER")
    names = {n for n in tagged if len(n) >= 2}
    surnames = {n for n, k in tagged.items() if len(n) == 1 and k >= 2}
    bodies = {e.text for e in ents if e.label_ != "PER"} | set(known_bodies())
    others = bodies | common_words()
    out = []
    for ent in ents:
        tokens = tuple(t.lower_ for t in ent)
        cut = next(
            (
                len(n)
                for n in sorted(names | (surnames if len(ent) >= 4 else set()), key=len, reverse=True)
                if len(n) < len(tokens) and tokens[-len(n) :] == n
            ),
            0,
        )
        if ent.label_ == "PER" or not cut:
            out.append(ent)
            continue
        front = ent[: len(ent) - cut]
        if len(front) <= 2 and all(_first_name_word(t, others) for t in front):
            # no place or body before the name but the rest of it: all a person, with an untagged first word
            # the model left out before it ("Aung" of "San Suu Kyi" tagged a place)
            start = ent.start
            if (
                start > 0
                and not doc[start].is_sent_start
                and _first_name_word(doc[start - 1], others)
                and not any(e.start < start <= e.end for e in ents if e is not ent)
            ):
                start -= 1
            out.append(Span(doc, start, ent.end, label="PER"))
            continue
        # The model glued the name to the body; the first names glued too go with it, up to where a body the
        # article names on its own ends ("Timor - Leste | Aurelio Sergio Guterres"), else one ("Gedung Putih Karine")
        named = next(
            (
                k
                for k in range(len(ent) - cut - 1, 0, -1)
                if ent[:k].text in bodies and all(t.is_title and t.is_alpha for t in ent[k : len(ent) - cut])
            ),
            None,
        )
        if named is not None:
            cut = len(ent) - named
        elif len(_words(ent[-cut:].text)) == 1:
            if ent.end - cut - ent.start >= 3 and ent[-cut - 1].is_title and ent[-cut - 1].is_alpha:
                cut += 1
        out.append(Span(doc, ent.start, ent.end - cut, label=ent.label_))
        out.append(Span(doc, ent.end - cut, ent.end, label="PER"))
    return out


def _first_name_word(token, others: set[str]) -> bool:
    """Whether a token may be a first name: a capitalised word that is no place, body or common word."""
    return (
        token.is_alpha
        and token.is_title
        and token.text not in others
        and token.lower_ not in others
        and (token.lower_ not in _BODY_WORDS | _CALENDAR_WORDS)
    )


def _repair_first_names(doc: Doc, ents: list[Span], titles, honorifics: frozenset[str]) -> list[Span]:
    """Give a one-word name back the capitalised first name the model left out.

    "Wakil Presiden AS Kamala Harris" tagged as "Harris". Only one-word names right after a title (and its
    place or body) are repaired: there a first mention almost always has two words.
    """
    in_title = {i for ends in titles.values() for s, e in ends for i in range(s, e)}
    known = set(aliases())
    out = list(ents)
    for k, ent in enumerate(out):
        j = ent.start
        if ent.label_ != "PER" or len(_words(ent.text)) != 1 or j == 0:
            continue
        prev = doc[j - 1]
        if not (prev.is_title and prev.is_alpha) or prev.is_sent_start or j - 1 in in_title:
            continue
        if prev.text in known or prev.lower_ in honorifics:
            continue
        if any(x.end == j for x in out):
            continue
        # Only right after a title, or a title and its place or body ("Wakil Presiden AS Kamala Harris").
        body = next((x for x in out if x.end == j - 1 and x.label_ in ("ORG", "LOC")), None)
        anchor = body.start - 1 if body is not None else j - 2
        if anchor >= 0 and anchor in in_title:
            out[k] = Span(doc, j - 1, ent.end, label="PER")
    return out


def _given_names_back(doc: Doc, ents: list[Span]) -> list[Span]:
    """A person span right after a capitalised given name or noble title the model left out takes it back:
    "Lalu Iqbal Muhammad" tagged "Iqbal Muhammad" ("Lalu" is also the word for "then", so only mid-sentence)."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    out = []
    for ent in ents:
        j = ent.start - 1
        if (
            ent.label_ == "PER"
            and j >= 0
            and j not in taken
            and doc[j].is_title
            and not doc[j].is_sent_start
            and doc[j].lower_ in name_prefixes()
        ):
            ent = Span(doc, j, ent.end, label="PER")
        out.append(ent)
    return out


def _majority_labels(doc: Doc, ents: list[Span]) -> list[Span]:
    """A name the model tagged a person once but a body or place more often in the same article takes that label
    ("Bawaslu masih menunggu ..." tagged PER beside five ORG "Bawaslu"): one article means one thing by it."""
    votes: dict[str, Counter] = {}
    for e in ents:
        votes.setdefault(e.text, Counter())[e.label_] += 1
    out = []
    for e in ents:
        label, n = votes[e.text].most_common(1)[0]
        if e.label_ == "PER" and label in ("ORG", "LOC") and n > votes[e.text]["PER"]:
            e = Span(doc, e.start, e.end, label=label)
        out.append(e)
    return out


def _join_split_people(doc: Doc, ents: list[Span]) -> list[Span]:
    """Two PER spans with nothing but a space between them are one name the model cut in two ("I Gusti Agung" +
    "Ayu Putri"); a comma, "dan" or any other word keeps two people apart."""
    out: list[Span] = []
    for ent in ents:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label_ == ent.label_ == "PER"
            and prev.end == ent.start
            and doc[prev.end - 1].whitespace_
        ):
            out[-1] = Span(doc, prev.start, ent.end, label="PER")
        else:
            out.append(ent)
    return out


def _split_places_from_people(doc: Doc, ents: list[Span], titles) -> list[Span]:
    """A person span after a title or a body's acronym that opens with a place or body the article tags on its
    own elsewhere is that place, then the person: "Kepala ITPC Jeddah Gunawan" tagged "Jeddah Gunawan" beside a
    LOC "Jeddah". Elsewhere the other tag is as likely the model's error ("kata Nurshadrina" tagged a place)."""
    in_title = {i for ends in titles.values() for s, e in ends for i in range(s, e)}
    places = {e.text: e.label_ for e in ents if e.label_ in ("ORG", "LOC")}
    places = {
        text: label
        for text, label in places.items()
        if text not in {e.text for e in ents if e.label_ == "PER"}
    }
    out = []
    for ent in ents:
        cut = next(
            (k for k in range(len(ent) - 1, 0, -1) if ent.label_ == "PER" and ent[:k].text in places), None
        )
        after_title = ent.start > 0 and (ent.start - 1 in in_title or doc[ent.start - 1].is_upper)
        if cut is None or not ent[cut].is_title or not after_title:
            out.append(ent)
            continue
        out.append(Span(doc, ent.start, ent.start + cut, label=places[ent[:cut].text]))
        out.append(Span(doc, ent.start + cut, ent.end, label="PER"))
    return out


def _whole_hyphenated(doc: Doc, ent: Span, taken: set[int]) -> Span:
    """Extend a name cut at a hyphen, so "Jean-Pierre" (tokenized Jean - Pierre) stays whole.

    Never into another entity: "Joko Widodo-Jusuf Kalla" is two people.
    """
    start, end = ent.start, ent.end
    while (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and end + 1 not in taken
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
    ):
        end += 2
    while (
        start >= 2
        and doc[start - 1].text == "-"
        and start - 2 not in taken
        and not doc[start - 2].whitespace_
        and not doc[start - 1].whitespace_
    ):
        start -= 2
    if doc[end - 1].text == "-" and end - 1 > start:
        # a span the model ended on a spaced hyphen: the capitalised word after it ends the name ("Saleh al - Jasser";
        # where the model tagged that word a person of its own, _join_split_people joins the two); with none, the
        # hyphen goes
        nxt = doc[end] if end < len(doc) else None
        if nxt is None or not (nxt.is_title and nxt.is_alpha):
            end -= 1
        elif end not in taken:
            end += 1
    return ent if (start, end) == (ent.start, ent.end) else Span(doc, start, end, label=ent.label_)


def _split_pairs(doc: Doc, ents: list[Span]) -> list[Span]:
    """A person span that is two people joined by a hyphen, as election news writes candidate pairs ("pasangan
    Arsid-Elvier Ariadiannie Soedarto", "Airin Rachmi Diany - Benyamin Davnie", "Jokowi-JK"), cut in two.

    It is a pair after a pair word, when both sides are full names of two words or more, or when the article
    names each side alone. A double surname ("Kyle Walker - Peters", "Karine Jean-Pierre"), a hyphen after a
    particle ("Bashar al - Assad") or before a lower-case part ("Moon Jae - in") stays one name.
    """
    if not any(t.text == "-" for e in ents if e.label_ == "PER" for t in e[1:-1]):
        return ents  # the usual article: no person span holds a hyphen, so nothing is built for it
    people = [e for e in ents if e.label_ == "PER"]
    # names written alone, not pieces of a hyphenated name the model cut ("Kevin" | "-" | "Prince Boateng")
    alone = {
        e.text
        for e in people
        if not any(t.text == "-" for t in e)
        and (e.start == 0 or doc[e.start - 1].text != "-")
        and (e.end == len(doc) or doc[e.end].text != "-")
    }
    words = [tuple(t.text for t in e) for e in people]

    def inside_longer(pair: tuple[str, ...]) -> bool:
        """Whether a longer name the article writes holds the pair whole ("Lee Jung - Jin" for "Jung - Jin")."""
        return any(
            len(w) > len(pair) and any(w[i : i + len(pair)] == pair for i in range(len(w))) for w in words
        )

    def is_pair(start: int, cut: int, end: int) -> bool:
        left, right = doc[start:cut], doc[cut + 1 : end]
        if not all(t.text[:1].isupper() and t.is_alpha for t in (*left, *right)):
            return False
        if left[-1].lower_ in NAME_PARTICLES or right[0].lower_ in NAME_PARTICLES:
            return False
        return (
            (start > 0 and doc[start - 1].lower_ in _PAIR_WORDS)
            or (len(left) > 1 and len(right) > 1)
            or (
                left.text in alone
                and right.text in alone
                and not inside_longer(tuple(t.text for t in doc[start:end]))
            )
        )

    taken = {i for e in ents for i in range(e.start, e.end)}
    out: list[Span] = []
    for ent in ents:
        start = ent.start
        if ent.label_ == "PER":
            for cut in range(ent.start + 1, ent.end - 1):
                if doc[cut].text == "-" and is_pair(start, cut, ent.end):
                    out.append(Span(doc, start, cut, label="PER"))
                    start = cut + 1
        if start == ent.start:
            out.append(ent)
            continue
        # the second name goes on past the span the model gave the pair: "pasangan Arsid-Elvier | Ariadiannie
        # Soedarto"
        end = ent.end
        while (
            end < len(doc)
            and end - ent.end < 3
            and end not in taken
            and doc[end].is_title
            and doc[end].is_alpha
            and not doc[end].is_sent_start
            and doc[end].lower_ not in common_words()
        ):
            end += 1
        out.append(Span(doc, start, end, label="PER"))
    return out


@Language.factory("warta_entities", requires=["doc.ents"], assigns=["doc.spans"])
def make_entities(nlp: Language, name: str) -> EntityResolver:
    """Entities with roles, affiliations and canonical names."""
    return EntityResolver(nlp, name)
