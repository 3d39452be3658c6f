"""py3langid's model, memory-mapped instead of read into every process.

The package ships its model compressed (`model.npz.xz`); loading it the package's way
decompresses about 68 MB of tables into each process, and briefly half as much again.
A language guess reads a few hundred characters, which touch a few hundred rows of
those tables. So the tables are decompressed once into plain `.npy` files in the user's
cache folder and mapped: a process holds only the pages its guesses touch, and every
process (the workers of `--jobs` included) shares them through the page cache.

The identifier is py3langid's own `LanguageIdentifier` over the same arrays, so its
answers are the package's. Where the cache cannot be written (a read-only home), the
model is read into memory as before.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import lzma
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any, Literal

import numpy as np

# The arrays of py3langid's model file (its modelio.save_model), saved one per file.
_ARRAYS = ("ptc", "pc", "classes", "nextmove", "nextmove_row", "out_feat")


def load_identifier() -> Any:
    """py3langid's `LanguageIdentifier` (probabilities normalised) over its packaged model,
    memory-mapped from the cache folder when it can be."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    source = MODEL_DIR / MODEL_FILE
    try:
        folder = _unpacked(source)
        arrays = {name: np.load(folder / f"{name}.npy", mmap_mode="r") for name in _ARRAYS}
    except (OSError, ValueError):
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return LanguageIdentifier(
        np.asarray(arrays["ptc"]),  # a plain view: memmap slicing costs more per guess
        np.array(arrays["pc"]),
        arrays["classes"].tolist(),
        # Memoryviews index like the package's own `array`s (a Python int per lookup,
        # as fast), without copying the mapped pages into this process.
        _view(arrays["nextmove"], "I"),
        arrays["out_feat"].tolist(),  # one entry per state, read once per byte: a list is fastest
        norm_probs=True,
        tk_row=_view(arrays["nextmove_row"], "H"),
    )


def cache_folder() -> Path:
    """Where unpacked models live: `PRESS_CACHE_DIR`, else the user's cache folder."""
    from platformdirs import user_cache_dir

    return Path(os.environ.get("PRESS_CACHE_DIR") or user_cache_dir("press-archive"))


def _view(array: np.ndarray, code: Literal["H", "I"]) -> memoryview:
    # The package stores these tables as uint16 / uint32; a model of other types is
    # read the package's way instead (ValueError).
    expected = np.dtype(np.uint16 if code == "H" else np.uint32)
    if array.dtype != expected or array.ndim != 1:
        raise ValueError(f"unexpected model array type {array.dtype}")
    view: memoryview = array.data.cast("B").cast(code)
    return view


def _complete(folder: Path) -> bool:
    return all((folder / f"{name}.npy").is_file() for name in _ARRAYS)


def _unpacked(source: Path) -> Path:
    """The folder holding `source`'s arrays as `.npy` files, made on first use. Named by
    the package version and the file's size and time, so an upgrade unpacks afresh."""
    stat = source.stat()
    version = importlib.metadata.version("py3langid")
    key = hashlib.sha256(f"{version}:{stat.st_size}:{stat.st_mtime_ns}".encode()).hexdigest()
    folder = cache_folder() / f"langid-{key[:16]}"
    if _complete(folder):
        return folder
    folder.parent.mkdir(parents=True, exist_ok=True)
    # Unpacked beside the final folder and renamed into place: a process reading the
    # cache never sees half of it, and two processes unpacking at once both succeed.
    work = Path(tempfile.mkdtemp(prefix=".langid-", dir=folder.parent))
    try:
        with tempfile.TemporaryFile(dir=work) as npz:
            with lzma.open(source) as packed:
                shutil.copyfileobj(packed, npz, length=1 << 20)
            npz.seek(0)
            with np.load(npz, allow_pickle=False) as model:
                for name in _ARRAYS:  # one array in memory at a time
                    np.save(work / f"{name}.npy", model[name], allow_pickle=False)
        if folder.is_dir() and not _complete(folder):
            shutil.rmtree(folder, ignore_errors=True)  # damaged since it was made
        try:
            work.rename(folder)
        except OSError:
            if not _complete(folder):  # not another process's copy: a real failure
                raise
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return folder
