"""Sentence boundaries for Indonesian news: respect abbreviations ("Jl.", "Dr.", "H.") and numbers ("13.300")."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from warta.lang import abbreviations

_ENDERS = frozenset({".", "!", "?", "…", "..."})
# Closing quotes and brackets stay with the sentence they close.
_CLOSERS = frozenset({"”", '"', "’", "'", ")", "]", "»"})


def add_tokenizer_exceptions(nlp: Language) -> None:
    """Keep each abbreviation's period inside the token, so it never looks like a sentence end."""
    for abbr in abbreviations():
        nlp.tokenizer.add_special_case(abbr, [{"ORTH": abbr}])


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
        if token.text in _ENDERS or (token.text in _CLOSERS and i and doc[i - 1].text in _ENDERS):
            following = doc[i + 1] if i + 1 < len(doc) else None
            # '...," kata Blinken' and '."  kata dia' keep going: a lowercase word after a quote continues it.
            closes_quote = token.text in _CLOSERS
            if (
                following is None
                or following.text not in _CLOSERS
                and not (closes_quote and following.is_lower)
            ):
                start_next = True
    return doc
