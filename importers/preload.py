"""What the fork server of `--jobs` loads before it forks a worker.

Imported by the fork server only (`parallel.py`), never by an importing process: the
parsers, the archive's preparation of a document, and the tables nearly every
document reads (the gazetteer, the first-name lexicon, the language model). Workers
forked afterwards share these pages with the fork server and with each other instead
of loading a copy each. `gc.freeze()` keeps the collector from writing to every
object it would otherwise scan in each worker, which would copy the shared pages.

Models only some documents need (Russian morphology) are still loaded by the worker
that meets such a document.
"""

from __future__ import annotations

import gc


def load() -> None:
    """Import the parsers and load the models every worker uses, then freeze them."""
    # The collector is off while they load: its full scans of the growing tables were a
    # sixth of the load's CPU (0.55 of 3 s). One collection afterwards (0.15 s) leaves no
    # garbage for the workers to inherit. The collector is then as it was before.
    enabled = gc.isenabled()
    gc.disable()
    try:
        _load()
    except Exception:  # a worker then loads what it uses itself, and reports any error
        pass
    finally:
        gc.collect()
        gc.freeze()
        if enabled:
            gc.enable()


def _load() -> None:
    import importers.formats  # noqa: F401 -- the parsers, through the readers
    import importers.records  # noqa: F401
    import importers.text  # noqa: F401
    import search.sqlite  # noqa: F401 -- a document's rows, prepared in the workers
    from importers import language, names, places

    places.name_openers()  # the gazetteer
    places.is_known("Washington", "D.C.")  # regions, states and countries
    names.first_name_gender("Anna")  # the first-name lexicon
    language._model()  # the language model (mapped: its pages are shared anyway)


load()
