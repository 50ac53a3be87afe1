"""Atomic writes: a temporary file in the same folder, then ``os.replace``.

The temporary file is named ``.<name>.awesome-ptm-tmp-XXXXXXXX`` and holds an exclusive
``flock`` (through ``filelock``) while it is written: a write killed half-way (``kill -9``,
a power cut) leaves a file that says whose it is, and the next write of the same name
removes it once it is unlocked and older than :data:`STALE_AFTER_SECONDS`.

With ``expected``, the write also guards the file it replaces against lost updates: it holds
a lock on the file (another ``awesome-ptm fix`` waits for it, then finds the file changed)
and compares the file with ``expected`` immediately before the replace (an editor that
saved meanwhile takes no lock, but its edit is seen and kept).
"""

from __future__ import annotations

import contextlib
import io
import os
import stat
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from filelock import lock_descriptor, unlock_descriptor

from awesome_ptm._gc import gc_paused
from awesome_ptm.errors import InputError
from awesome_ptm.read import display_path

#: What the temporary files of a write are called after ``.<name>.``.
TEMP_MARK = "awesome-ptm-tmp-"

#: An unlocked temporary file older than this is left over from a killed write.
STALE_AFTER_SECONDS = 600.0

#: How long a write waits for another process's lock on the file it replaces.
LOCK_TIMEOUT_SECONDS = 30.0


def _temp_prefix(path: Path) -> str:
    return f".{path.name}.{TEMP_MARK}"


def _cannot(path: Path, error: OSError) -> InputError:
    return InputError(f"cannot write: {error.strerror or error}", display_path(path))


def clean_stale_temps(path: Path, now: float | None = None) -> list[Path]:
    """Remove the temporary files that killed writes of ``path`` left beside it: those named
    for it, not locked by a live write, older than :data:`STALE_AFTER_SECONDS`. Returns
    what was removed; problems (a folder that cannot be listed) are left for the write."""
    folder = path.parent if str(path.parent) else Path(".")
    prefix = _temp_prefix(path)
    now = time.time() if now is None else now
    removed: list[Path] = []
    try:
        with os.scandir(folder) as scan:
            names = [entry.name for entry in scan if entry.name.startswith(prefix)]
    except OSError:
        return removed
    for name in sorted(names):
        candidate = folder / name
        try:
            fd = os.open(candidate, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        except OSError:
            continue  # a symlink, gone, or not ours to read: not touched
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode) or now - info.st_mtime < STALE_AFTER_SECONDS:
                continue
            if not lock_descriptor(fd, blocking=False):
                continue  # a write in progress
            with contextlib.suppress(OSError):
                # Still the file we locked (not replaced meanwhile): remove it.
                if os.stat(candidate, follow_symlinks=False).st_ino == info.st_ino:
                    os.unlink(candidate)
                    removed.append(candidate)
        except OSError:
            continue
        finally:
            os.close(fd)
    return removed


def _try_lock(fd: int) -> bool:
    """Lock ``fd`` if no one else holds it; a file system without locks counts as locked
    (the file is still compared just before the replace)."""
    try:
        return lock_descriptor(fd, blocking=False)
    except OSError:
        return True


@contextlib.contextmanager
def _locked_target(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on the file at ``path`` (the inode the path names when the
    lock is taken: a writer that replaced it meanwhile is waited for, then looked at again).
    A missing file is not locked."""
    deadline = time.monotonic() + LOCK_TIMEOUT_SECONDS
    while True:
        try:
            fd = os.open(path, os.O_RDONLY)
        except FileNotFoundError:
            yield
            return
        except OSError as error:
            raise _cannot(path, error) from None
        try:
            while not _try_lock(fd):
                if time.monotonic() > deadline:
                    raise InputError(
                        "is being written by another process (another `awesome-ptm fix`?); "
                        "not written (run the fix again when it is done)",
                        display_path(path),
                    )
                time.sleep(0.05)
            try:
                same = os.fstat(fd).st_ino == os.stat(path).st_ino
            except FileNotFoundError:
                same = False
            if same:
                try:
                    yield
                finally:
                    with contextlib.suppress(OSError):
                        unlock_descriptor(fd)
                return
            with contextlib.suppress(OSError):
                unlock_descriptor(fd)
        except OSError as error:
            raise _cannot(path, error) from None
        finally:
            os.close(fd)


def _check_expected(path: Path, expected: bytes) -> None:
    """Refuse when the file no longer holds ``expected`` (someone saved it meanwhile)."""
    try:
        current = path.read_bytes()
    except FileNotFoundError:
        current = None
    except OSError as error:
        raise _cannot(path, error) from None
    if current != expected:
        raise InputError(
            "changed on disk while it was being fixed; not written, the other change is kept "
            "(run the fix again)",
            display_path(path),
        )


def atomic_write(path: Path, data: bytes, expected: bytes | None = None) -> None:
    """Replace ``path`` with ``data`` so that readers see the old or the new file, never half.

    Keeps the permissions of an existing file. With ``expected`` (the bytes the new content
    was made from), the file is locked against other writers and must still hold
    ``expected`` immediately before it is replaced. Raises :class:`InputError` on failure,
    leaving the original untouched.
    """
    clean_stale_temps(path)
    if expected is None:
        _write_replace(path, data, None)
        return
    with _locked_target(path):
        _check_expected(path, expected)
        _write_replace(path, data, expected)


def _write_replace(path: Path, data: bytes, expected: bytes | None) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    mode: int | None = None
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        pass
    except OSError as error:
        raise _cannot(path, error) from None
    try:
        fd, tmp = tempfile.mkstemp(prefix=_temp_prefix(path), dir=folder)
    except OSError as error:
        raise _cannot(path, error) from None
    try:
        # Locked while it is written: the stale-file cleaning of another run leaves it (and
        # once it is closed, it is too young to be taken for stale). A file system without
        # locks still gets the write.
        with contextlib.suppress(OSError):
            lock_descriptor(fd, blocking=False)
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
        if expected is not None:
            _check_expected(path, expected)  # the last moment before the replace
        os.replace(tmp, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise _cannot(path, error) from None
    except BaseException:
        # Interrupted (Ctrl-C) mid-write, or the file changed: the original is intact; leave
        # no temp file behind.
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
