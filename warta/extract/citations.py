"""Which wire service or outlet an article cites ("dilansir Reuters", "dikutip CNN", "sumber: detik")."""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from warta.extensions import CITATIONS
from warta.lang import data_lines

__all__ = ["CitationFinder"]

# An outlet name found without the outlets list is a run of capitalised words ("Middle East Eye"), at most
# this long.
MAX_FALLBACK_TOKENS = 6
# Lowercase words that may sit inside such a run ("Times of India", "Al-Quds").
_CONNECTORS = frozenset({"of", "de", "the", "-", "&"})
# Between the outlets of a list: "dilansir Reuters dan AFP", "(Antara/Reuters)".
_LIST_SEPARATORS = frozenset({"/", ",", "dan", "and", "&"})


@Language.factory("warta_citations", requires=["token.is_sent_start"], assigns=["doc.spans"])
def make_citation_finder(nlp: Language, name: str) -> CitationFinder:
    return CitationFinder(nlp, name)


class CitationFinder:
    """Finds a citation cue ("dilansir", "mengutip", "sumber:") and the outlet after it."""

    def __init__(self, nlp: Language, name: str = "warta_citations"):
        self.name = name
        self.cues = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.fillers: set[tuple[str, ...]] = set()
        self.speech: set[str] = set()
        for line in data_lines("citation_cues.txt"):
            kind, _, phrase = line.partition("\t")
            words = tuple(t.lower_ for t in nlp.make_doc(phrase.strip()))
            if kind in ("cue", "cue-known"):
                self.cues.add(kind, [nlp.make_doc(phrase.strip())])
            elif kind == "filler":
                self.fillers.add(words)
            elif kind == "speech":
                self.speech.add(phrase.strip().lower())
            else:
                raise ValueError(
                    f"citation_cues.txt: unknown kind {kind!r}, "
                    "must be one of: cue, cue-known, filler, speech"
                )
        # outlet spellings as token tuples: exact case, and lower case for capitalised variants ("REUTERS")
        self.outlets: dict[tuple[str, ...], str] = {}
        for line in data_lines("outlets.txt"):
            names = [n.strip() for n in line.split("|") if n.strip()]
            for spelling in names:
                self.outlets.setdefault(tuple(t.text for t in nlp.make_doc(spelling)), names[0])
        self.outlets_lower = {tuple(w.lower() for w in k): v for k, v in self.outlets.items()}
        self.max_outlet = max(len(k) for k in self.outlets)
        self.max_filler = max((len(k) for k in self.fillers), default=0)
        self.stop = frozenset(data_lines("citation_stopwords.txt"))

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.find_citations(doc))
        return doc

    def find_citations(self, doc: Doc) -> list[tuple[Span, str]]:
        """(span, outlet) pairs: cue + outlet, "kepada <outlet>" after a speech verb, "(Antara/Reuters)"."""
        found: list[tuple[Span, str]] = []
        cue_spans = filter_spans([Span(doc, s, e, label=m) for m, s, e in self.cues(doc)])
        for cue in cue_spans:
            found.extend(self._after_cue(doc, cue))
        for token in doc:
            if token.lower_ == "kepada" and self._spoken(token):
                outlet = self._known_outlet(doc, token.i + 1)
                if outlet:
                    found.append((doc[token.i : outlet[0]], outlet[1]))
            elif token.text == "(":
                found.extend(self._bracket_note(doc, token.i))
        return _without_overlaps(found)

    def set_annotations(self, doc: Doc, citations: list[tuple[Span, str]]) -> None:
        spans = []
        for span, outlet in citations:
            span._.outlet = outlet
            spans.append(span)
        doc.spans[CITATIONS] = spans

    # ------------------------------------------------------------------------------------------------------

    def _after_cue(self, doc: Doc, cue: Span) -> list[tuple[Span, str]]:
        i = self._skip_fillers(doc, cue.end)
        known = self._known_outlet(doc, i)
        if known:
            end, outlet = known
        elif cue.label_ == "cue":
            end = self._capitalised_run(doc, i)
            if end == i:
                return []
            outlet = doc[i:end].text
            # "kantor berita resmi Palestina WAFA": a listed outlet inside the run is the outlet
            for k in range(i + 1, end):
                inside = self._known_outlet(doc, k)
                if inside:
                    end, outlet = inside
                    break
        else:
            return []  # "mengutip Blinken": these verbs cite people too, so only a listed outlet counts
        found = [(doc[cue.start : end], outlet)]
        # "dilansir Reuters dan AFP": further listed outlets joined by "dan" or commas
        while end + 1 < len(doc) and doc[end].lower_ in _LIST_SEPARATORS:
            more = self._known_outlet(doc, end + 1)
            if not more:
                break
            found.append((doc[end + 1 : more[0]], more[1]))
            end = more[0]
        return found

    def _skip_fillers(self, doc: Doc, i: int) -> int:
        """Past "kantor berita", "laman resmi", "dari" between a cue and its outlet."""
        moved = True
        while moved and i < len(doc):
            moved = False
            for n in range(self.max_filler, 0, -1):
                if tuple(t.lower_ for t in doc[i : i + n]) in self.fillers and len(doc[i : i + n]) == n:
                    i += n
                    moved = True
                    break
        return i

    def _known_outlet(self, doc: Doc, i: int) -> tuple[int, str] | None:
        """(end, canonical name) of the longest listed outlet starting at token i."""
        if i >= len(doc):
            return None
        for n in range(min(self.max_outlet, len(doc) - i), 0, -1):
            words = tuple(t.text for t in doc[i : i + n])
            if words in self.outlets:
                return i + n, self.outlets[words]
            # other capitalisations of a listed name ("REUTERS"), but never a lowercase word ("rt", "media")
            if doc[i].text[:1].isupper():
                name = self.outlets_lower.get(tuple(w.lower() for w in words))
                if name:
                    return i + n, name
        return None

    def _capitalised_run(self, doc: Doc, i: int) -> int:
        """End of a run of capitalised words starting at i ("Middle East Eye"); i when there is none."""
        end = i
        j = i
        while j < len(doc) and j - i < MAX_FALLBACK_TOKENS:
            token = doc[j]
            if (
                token.text[:1].isupper()
                and token.text not in self.stop
                and token.is_alpha | ("." in token.text)
            ):
                end = j = j + 1
            elif token.lower_ in _CONNECTORS and end > i and not token.is_sent_start:
                j += 1
            else:
                break
            if j < len(doc) and doc[j].is_sent_start:
                break
        return end

    def _spoken(self, token) -> bool:  # type: ignore[no-untyped-def]
        """Whether a speech verb precedes this token in its sentence ("kata Rhodes kepada Reuters")."""
        start = token.sent.start if token.doc.has_annotation("SENT_START") else max(0, token.i - 20)
        return any(t.lower_ in self.speech for t in token.doc[start : token.i])

    def _bracket_note(self, doc: Doc, i: int) -> list[tuple[Span, str]]:
        """ "(Antara/Reuters)": every item a listed outlet, or nothing."""
        found = []
        j = i + 1
        while True:
            known = self._known_outlet(doc, j)
            if not known:
                return []
            found.append((doc[j : known[0]], known[1]))
            j = known[0]
            if j < len(doc) and doc[j].text == ")":
                return found
            if j < len(doc) and doc[j].lower_ in _LIST_SEPARATORS:
                j += 1
                continue
            return []


def _without_overlaps(found: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """Document order; where two spans overlap, the longer one stays."""
    kept: list[tuple[Span, str]] = []
    for span, outlet in sorted(found, key=lambda item: (item[0].start, -len(item[0]))):
        if kept and span.start < kept[-1][0].end:
            continue
        kept.append((span, outlet))
    return kept
