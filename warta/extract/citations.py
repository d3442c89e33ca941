"""Which wire service or outlet an article cites ("dilansir Reuters", "seperti dikutip CNN", "sumber: detik")."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from warta.extensions import CITATIONS


@Language.component("warta_citations", assigns=["doc.spans"])
def find_citations(doc: Doc) -> Doc:
    doc.spans[CITATIONS] = []
    return doc
