"""The user cache: link-check results (``links.json``) and spelling data, in the platform's
user cache folder (``~/.cache/awesome-ptm`` on Linux, or under ``$XDG_CACHE_HOME``)."""

from __future__ import annotations

import shutil
from pathlib import Path


def cache_folder() -> Path:
    """The user cache folder of awesome-ptm (it may not exist)."""
    import platformdirs

    return Path(platformdirs.user_cache_dir("awesome-ptm", appauthor=False))


def _contents(folder: Path) -> tuple[int, int]:
    files = [path for path in folder.rglob("*") if path.is_file()] if folder.is_dir() else []
    return len(files), sum(path.stat().st_size for path in files)


def describe_cache() -> str:
    """Where the cache is and what it holds, in one line."""
    folder = cache_folder()
    count, size = _contents(folder)
    return f"{folder}: {count} file(s), {size:,} bytes"


def clear_cache() -> str:
    """Delete the cache folder; say what went, in one line."""
    folder = cache_folder()
    count, size = _contents(folder)
    if folder.is_dir():
        shutil.rmtree(folder)
    return f"cleared {folder} ({count} file(s), {size:,} bytes)"
