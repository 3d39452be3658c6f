"""Quote provenance: which document carried a quote first, and who repeated it.

One function builds the data for the quote page, the document page, quote results and
the JSON API, so they all tell the same story.
"""

from __future__ import annotations

from search.base import Backend, QuoteHit

from . import api_models as api
from .params import hit_dict

# Repeats listed per quote; a quote carried by more documents shows a count beyond this.
MAX_REPEATS = 100


def _is(hit: QuoteHit, doc_id: str, index: int) -> bool:
    return hit.document_id == doc_id and hit.index == index


def provenance(backend: Backend, doc_id: str, index: int) -> api.Provenance | None:
    """The earliest carrier of the quote and every other document that carries it.

    None when the document has no quote at `index`. `other_sources` are the sources of
    the other documents, without this document's own source, in order of first use.
    """
    if not 0 <= index < 2**31:  # no document has that many quotes; no backend takes it
        return None
    same = backend.same_quotes(doc_id, index, MAX_REPEATS)
    this = next((h for h in same if _is(h, doc_id, index)), None)
    if this is None:
        return None
    earliest = same[0]
    repeats = [h for h in same if not _is(h, doc_id, index)]
    sources = [h.source for h in repeats if h.source and h.source != this.source]
    return {
        "quote": hit_dict(this),
        "earliest": hit_dict(earliest),
        "is_earliest": earliest is this,
        "repeats": [hit_dict(h) for h in repeats],
        "other_sources": list(dict.fromkeys(sources)),
        "carried_by": len(same),
        "truncated": len(same) >= MAX_REPEATS,
    }
