"""Sentence boundaries for Indonesian news: respect abbreviations ("Jl.", "Dr.", "H.") and numbers ("13.300")."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

from warta.lang import abbreviations

_ENDERS = frozenset({".", "!", "?", "…", "..."})
# Closing quotes and brackets stay with the sentence they close.
_CLOSERS = frozenset({"”", '"', "’", "'", ")", "]", "»"})
# Straight quotes both open and close; which one they do is read from the spaces around them.
_STRAIGHT = frozenset({'"', "'"})
# A sentence's end a scraper glued to the next sentence ("tersebut.Sejauh ini", "Selasa (24/8).Sekjen").
GLUED_SENTENCE_END = r"(?:(?<=[a-z]{2})|(?<=\)))\.(?=[A-Z][a-z])"
# Text a scraper ran together, each piece its own token: glued sentences, and a quotation mark glued to the next
# word's capital.
_GLUED = (
    GLUED_SENTENCE_END,
    r"""(?<=\w)[.!?](?=["“”][A-Z])""",
    r"""(?<=[\w.!?])["“”](?=[A-Z])""",
)


def add_tokenizer_exceptions(nlp: Language) -> None:
    """Keep each abbreviation's period inside the token, so it never looks like a sentence end; split text a
    scraper ran together ("tersebut.Sejauh ini", 'dipatok Rp14.080."Harga bisa ...', 'kepada TyC Sport”Saya'), so
    that a sentence ends and a name or a quote starts where the text says."""
    for abbr in abbreviations():
        nlp.tokenizer.add_special_case(abbr, [{"ORTH": abbr}])
    infixes = [*(nlp.Defaults.infixes or ()), *_GLUED]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def _opens_quote(doc: Doc, i: int) -> bool:
    """A straight quote that opens rather than closes: a space before it and a word right after it
    ('tewas. "Kami ...'), where a closing one hangs on the word before ('tewas."')."""
    token = doc[i]
    return (
        token.text in _STRAIGHT
        and 0 < i < len(doc) - 1
        and bool(doc[i - 1].whitespace_)
        and not token.whitespace_
    )


@Language.component("warta_sentences", assigns=["token.is_sent_start"])
def set_sentence_starts(doc: Doc) -> Doc:
    """Start a sentence after . ! ? (with any closing quotes) and after a blank line."""
    start_next = True
    for i, token in enumerate(doc):
        if token.is_space:
            start_next = start_next or "\n\n" in token.text
            token.is_sent_start = i == 0
            continue
        token.is_sent_start = start_next
        start_next = False
        closes_quote = token.text in _CLOSERS and not _opens_quote(doc, i)
        if token.text in _ENDERS or (closes_quote and i and doc[i - 1].text in _ENDERS):
            following = doc[i + 1] if i + 1 < len(doc) else None
            # '...," kata Blinken' and '."  kata dia' keep going: a lowercase word after a quote continues it.
            if (
                following is None
                or (following.text not in _CLOSERS or _opens_quote(doc, i + 1))
                and not (closes_quote and following.is_lower)
            ):
                start_next = True
    return doc
