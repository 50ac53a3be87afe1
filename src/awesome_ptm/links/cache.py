"""The result cache: one JSON file of the links that worked, with when they were checked.

Only working links are kept (with the redirects they went through, so a permanent redirect
is still reported from the cache); a failure is never written, so the next run retries it.
A missing, unreadable or corrupt cache file is treated as empty: the cache only ever saves
requests, it never fails a run.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CACHE_VERSION = 1
CACHE_FILE = "links.json"
#: Entries older than this are dropped when the file is written, whatever ``max_age`` is.
KEEP_FOR = 30 * 86_400.0


def default_cache_path() -> Path:
    """``links.json`` in the user cache folder (``~/.cache/awesome-ptm`` on Linux)."""
    import platformdirs

    return Path(platformdirs.user_cache_dir("awesome-ptm", appauthor=False)) / CACHE_FILE


@dataclass(frozen=True, slots=True)
class CachedResult:
    """A working link as last seen: the final status, where its redirects led, and when."""

    status: int
    final_url: str
    redirects: tuple[tuple[int, str], ...]
    checked: float

    def to_json(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "final_url": self.final_url,
            "redirects": [[status, url] for status, url in self.redirects],
            "checked": round(self.checked, 3),
        }

    @classmethod
    def from_json(cls, raw: Any) -> CachedResult | None:
        try:
            status, final, checked = raw["status"], raw["final_url"], raw["checked"]
            redirects = tuple((int(s), str(u)) for s, u in raw.get("redirects", []))
        except (KeyError, TypeError, ValueError):
            return None
        if not isinstance(status, int) or not isinstance(final, str):
            return None
        if not isinstance(checked, (int, float)):
            return None
        return cls(status, final, redirects, float(checked))


class LinkCache:
    """Results by URL, loaded from and saved to ``path``."""

    def __init__(self, path: Path, entries: dict[str, CachedResult] | None = None) -> None:
        self.path = path
        self.entries: dict[str, CachedResult] = entries or {}
        self.changed = False
        self.error: str | None = None

    @classmethod
    def load(cls, path: Path) -> LinkCache:
        cache = cls(path)
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cache
        except (OSError, UnicodeDecodeError, ValueError) as error:
            cache.error = f"ignored the unreadable link cache {path}: {error}"
            return cache
        if not isinstance(raw, dict) or raw.get("version") != CACHE_VERSION:
            return cache
        entries = raw.get("links")
        if not isinstance(entries, dict):
            return cache
        for url, item in entries.items():
            result = CachedResult.from_json(item)
            if result is not None:
                cache.entries[str(url)] = result
        return cache

    def get(self, url: str, max_age: float | None, now: float | None = None) -> CachedResult | None:
        """The cached result of ``url`` if it is at most ``max_age`` seconds old (any age when
        ``max_age`` is None)."""
        result = self.entries.get(url)
        if result is None:
            return None
        if max_age is not None and (now if now is not None else time.time()) - result.checked > (
            max_age
        ):
            return None
        return result

    def put(self, url: str, result: CachedResult) -> None:
        self.entries[url] = result
        self.changed = True

    def forget(self, url: str) -> None:
        """Drop ``url`` (it failed: the next run must check it again)."""
        if self.entries.pop(url, None) is not None:
            self.changed = True

    def save(self, now: float | None = None) -> None:
        """Write the file atomically (a temporary file renamed over it), if anything changed.
        Failing to write is recorded in ``error``, not raised."""
        if not self.changed:
            return
        now = now if now is not None else time.time()
        links = {
            url: result.to_json()
            for url, result in sorted(self.entries.items())
            if now - result.checked <= KEEP_FOR
        }
        text = json.dumps({"version": CACHE_VERSION, "links": links}, ensure_ascii=False)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(
                prefix=".links-", suffix=".json", dir=self.path.parent
            )
            try:
                with os.fdopen(handle, "w", encoding="utf-8") as stream:
                    stream.write(text)
                os.replace(temporary, self.path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)
                raise
        except OSError as error:
            self.error = f"could not write the link cache {self.path}: {error}"
            return
        self.changed = False
