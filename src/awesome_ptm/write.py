"""Atomic writes: a temporary file in the same folder, then ``os.replace``."""

from __future__ import annotations

import contextlib
import io
import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

from awesome_ptm._gc import gc_paused
from awesome_ptm.errors import InputError
from awesome_ptm.read import display_path


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that readers see the old or the new file, never half.

    Keeps the permissions of an existing file. Raises :class:`InputError` on failure, leaving
    the original untouched.
    """
    folder = path.parent if str(path.parent) else Path(".")
    mode: int | None = None
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        pass
    except OSError as error:
        raise InputError(f"cannot write: {error.strerror or error}", display_path(path)) from None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise InputError(f"cannot write: {error.strerror or error}", display_path(path)) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise InputError(f"cannot write: {error.strerror or error}", display_path(path)) from None
    except BaseException:
        # Interrupted (Ctrl-C) mid-write: the original is intact; leave no temp file behind.
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def encode_chunks(chunks: Iterable[str]) -> bytes:
    """Text chunks as UTF-8 bytes, encoded one at a time: the whole text never exists as one
    ``str`` (four bytes a character once it holds an emoji), only the bytes."""
    buffer = io.BytesIO()
    with gc_paused():  # one dict per entry and link behind the chunks: see awesome_ptm._gc
        for chunk in chunks:
            buffer.write(chunk.encode("utf-8"))
    return buffer.getvalue()
