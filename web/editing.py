"""Making corrections: the forms of a document's page and the JSON write endpoints.

Every view here writes, so every one sits behind `web.auth`'s gate: the forms
(`editing`) need a signed-in editor and a CSRF token, the JSON endpoints (`api_edit`)
an editor's API token. Each correction is recorded by the backend (`search.corrections`)
under the editor's name and applied at once; an undo is recorded the same way.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, flash, jsonify, redirect, request, url_for

from search.corrections import DOCUMENT_FIELDS, Correction, CorrectionError, CorrectionNotFound

from .auth import csrf, current_editor, safe_next
from .backend import get_backend
from .corrections import describe

bp = Blueprint("editing", __name__)
api_bp = Blueprint("api_edit", __name__, url_prefix="/api")
# Token-authenticated: no cookie is read, so there is nothing for a forged request to ride.
csrf.exempt(api_bp)

MAX_SPLIT = 10


def _user() -> str:
    editor = current_editor()
    if editor is None:  # the gate lets no one through without an account
        abort(403)
    return editor.name


def _reason() -> str | None:
    return (request.form.get("reason") or "").strip() or None


def _correct(correction: Correction, refused: str = "") -> Correction:
    """Record the correction: 404 when its document is not in the archive, 400 when the
    correction cannot be made (the message says why)."""
    try:
        return get_backend().correct(correction)
    except CorrectionNotFound:
        doc_id = correction.document_id
        abort(404, description=f"No document with id ‘{doc_id}’ is in the archive.")
    except CorrectionError as exc:
        abort(400, description=f"{refused}{exc}")


def _undo(correction_id: str, reason: str | None, refused: str = "") -> Correction:
    """Record the undo of a correction: 404 when there is no such correction."""
    try:
        return get_backend().undo(correction_id, _user(), reason)
    except CorrectionNotFound:
        abort(404, description=f"No correction ‘{correction_id}’ is in the archive.")
    except CorrectionError as exc:
        abort(400, description=f"{refused}{exc}")


def _make(correction: Correction, anchor: str) -> Any:
    """Record the correction and go back to where it was made (303: see the result)."""
    made = _correct(correction, "Nothing was corrected: ")
    flash(f"Corrected: {describe(made)}.")
    target = url_for("documents.show", doc_id=made.document_id, _anchor=anchor)
    return redirect(target, code=303)


@bp.post("/documents/<doc_id>/correct/<field>")
def document_field(doc_id: str, field: str):
    """Correct the headline, publication date, dateline place or source."""
    if field not in DOCUMENT_FIELDS:
        abort(404, description=f"A document has no correctable field ‘{field}’.")
    value = (request.form.get("value") or "").strip()
    after = value or None if field in ("published", "place") else value
    correction = Correction(doc_id, "document", field, after, _user(), _reason())
    return _make(correction, "facts")


@bp.post("/documents/<doc_id>/quotes/<int:index>/speaker")
def quote_speaker(doc_id: str, index: int):
    """Give the quote a speaker: one of the document's, or a new name with a role."""
    name = (request.form.get("new_name") or "").strip() or (request.form.get("speaker") or "")
    role = (request.form.get("role") or "").strip() or None
    after = {"name": name.strip(), "role": role}
    correction = Correction(doc_id, "quote", "speaker", after, _user(), _reason(), quote=index)
    return _make(correction, f"quote-{index}")


@bp.post("/documents/<doc_id>/quotes/<int:index>/not-a-quote")
def quote_not_a_quote(doc_id: str, index: int):
    """Mark the quoted words as not speech (a title, a scare quote)."""
    correction = Correction(doc_id, "quote", "not_quote", True, _user(), _reason(), quote=index)
    return _make(correction, f"quote-{index}")


@bp.post("/documents/<doc_id>/quotes/<int:index>/split")
def quote_split(doc_id: str, index: int):
    """Give the quote to each of several speakers (one name per line)."""
    text = request.form.get("names") or ""
    names = [n.strip() for line in text.splitlines() for n in line.split(";") if n.strip()]
    correction = Correction(
        doc_id, "quote", "split", names[:MAX_SPLIT], _user(), _reason(), quote=index
    )
    return _make(correction, f"quote-{index}")


@bp.post("/corrections/<correction_id>/undo")
def undo(correction_id: str):
    """Take a correction back; the undo is recorded too."""
    made = _undo(correction_id, _reason(), "Nothing was undone: ")
    flash(f"Undone: {describe(made).removeprefix('undo: ')}.")
    default = url_for("documents.show", doc_id=made.document_id, _anchor="corrections")
    target = request.form.get("next")
    return redirect(safe_next(target) if target else default, code=303)


# -- the JSON API --------------------------------------------------------------------------


def _json_body() -> dict[str, Any]:
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        abort(400, description="Send a JSON object (Content-Type: application/json).")
    return body


@api_bp.post("/corrections")
def api_correct():
    """Make a correction as the token's editor; answers the recorded correction."""
    body = _json_body()
    quote = body.get("quote")
    if quote is not None and (not isinstance(quote, int) or isinstance(quote, bool)):
        abort(400, description="quote is the quote's index, a whole number")
    doc_id = body.get("document_id")
    if not isinstance(doc_id, str) or not doc_id:
        abort(400, description="document_id is required")
    target = body.get("target")
    if target not in ("document", "quote"):
        abort(400, description='target is "document" or "quote"')
    reason = body.get("reason")
    correction = Correction(
        document_id=doc_id,
        target=target,
        field=str(body.get("field") or ""),
        after=body.get("after"),
        user=_user(),
        reason=reason if isinstance(reason, str) else None,
        quote=quote,
    )
    return jsonify(_correct(correction).to_dict()), 201


@api_bp.post("/corrections/<correction_id>/undo")
def api_undo(correction_id: str):
    """Undo a correction as the token's editor; answers the undo's record."""
    body = request.get_json(silent=True)
    reason = body.get("reason") if isinstance(body, dict) else None
    made = _undo(correction_id, reason if isinstance(reason, str) else None)
    return jsonify(made.to_dict()), 201
