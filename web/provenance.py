"""Quote provenance: which document carried a quote first, and who repeated it.

One function builds the data for the quote page, the document page, quote results and
the JSON API, so they all tell the same story.
"""

from __future__ import annotations

from search.base import Backend, QuoteHit
from search.speakers import head_repeats

from . import api_models as api
from .params import hit_dict

# Repeats listed per quote; a quote carried by more documents shows a count beyond this.
MAX_REPEATS = 100


def _is(hit: QuoteHit, doc_id: str, index: int) -> bool:
    return hit.document_id == doc_id and hit.index == index


def provenance(backend: Backend, doc_id: str, index: int) -> api.Provenance | None:
    """The earliest carrier of the quote and every other document that carries it.

    None when the document has no quote at `index`. `other_sources` are the sources of
    the other documents, without this document's own source, in order of first use. A
    head quotation repeating a body quotation has that quotation's provenance (the
    archive stores the words once, by the body's quote).
    """
    if not 0 <= index < 2**31:  # no document has that many quotes; no backend takes it
        return None
    same = backend.same_quotes(doc_id, index, MAX_REPEATS)
    this = next((h for h in same if _is(h, doc_id, index)), None)
    if this is None:
        doc = backend.get(doc_id)
        body = head_repeats(doc).get(index) if doc is not None else None
        return None if body is None else provenance(backend, doc_id, body)
    carriers = _one_per_document(same, this)
    earliest = carriers[0]
    repeats = [h for h in carriers if h is not this]
    sources = [h.source for h in repeats if h.source and h.source != this.source]
    return {
        "quote": hit_dict(this),
        "earliest": hit_dict(earliest),
        "is_earliest": earliest is this,
        "repeats": [hit_dict(h) for h in repeats],
        "other_sources": list(dict.fromkeys(sources)),
        "carried_by": len(carriers),
        "truncated": len(same) >= MAX_REPEATS,
    }


def _one_per_document(same: list[QuoteHit], this: QuoteHit) -> list[QuoteHit]:
    """The hits with one per document, oldest first: the quote asked for stands for its
    own document (a headline repeating its body quote, or the body repeating a headline
    quote, is the same document carrying it, never an earlier or another carrier); any
    other document is shown by its body quote of the words, else its first. Documents
    keep the order of their first hit."""
    chosen: dict[str, QuoteHit] = {this.document_id: this}
    for hit in same:
        held = chosen.get(hit.document_id)
        if held is None or (held is not this and held.part != "body" and hit.part == "body"):
            chosen[hit.document_id] = hit
    # Each document stands where it first carried the words.
    return [chosen[doc] for doc in dict.fromkeys(h.document_id for h in same)]
