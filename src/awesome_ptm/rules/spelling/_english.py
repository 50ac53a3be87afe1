"""pyspellchecker's English dictionary as the spelling rules (PTM41x) ask it, and the cache
files in the user cache folder that spare a check decoding it again."""

from __future__ import annotations

import contextlib
import functools
import marshal
import sys
from collections.abc import Container, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spellchecker import SpellChecker


@functools.cache
def spell_checker() -> SpellChecker:
    """pyspellchecker's English dictionary (about 160,000 words with their frequencies),
    loaded on first use and kept for the process: 0.1-0.3 s."""
    from spellchecker import SpellChecker

    return SpellChecker(language="en", distance=1)


@functools.cache
def _dictionary() -> tuple[dict[str, int], int]:
    """Word → count, and the smallest count: words at that floor are obscure list words
    (``softa``), accepted as spelled right but never offered as corrections."""
    counts = _english_counts()
    if counts is None:
        counts = dict(spell_checker().word_frequency.dictionary)
    return counts, min(counts.values(), default=0)


def _english_source() -> tuple[Path, str] | None:
    """pyspellchecker's English data file and the name of its cache files, or None when the
    file is not where this pyspellchecker version keeps it. Found without importing
    pyspellchecker.

    The name is made of a digest of the file (about 1 ms) and the Python version (marshal
    is version-specific), so every environment with the same pyspellchecker shares one set
    of cache files, and a new pyspellchecker makes a new set (the old one is removed when
    the new one is written: see :func:`_write_cache`)."""
    import hashlib
    import importlib.util

    spec = importlib.util.find_spec("spellchecker")
    folders = list(spec.submodule_search_locations or []) if spec is not None else []
    source = next(
        (Path(f) / "resources" / "en.json.gz" for f in folders),
        None,
    )
    if source is None or not source.is_file():
        return None
    try:
        digest = hashlib.blake2b(source.read_bytes(), digest_size=8).hexdigest()
    except OSError:
        return None
    return source, f"english-{digest}-{_PYTHON_TAG}"


#: Cache files are kept per Python version: marshal's format may change between them.
_PYTHON_TAG = f"py{sys.version_info[0]}{sys.version_info[1]}"


def _english_counts() -> dict[str, int] | None:
    """pyspellchecker's English word counts, read from its data file as its SpellChecker
    reads them (keys lower-cased, counts of case variants summed), without building the
    SpellChecker (its Counter copy and letter set). None when the file is not where this
    pyspellchecker version keeps it.

    The load is most of a small check's time (0.1 s, nearly all of it JSON decoding), so
    the counts are kept in the user's cache folder in marshal form (0.03 s to read), under
    the name :func:`_english_source` gives: a new pyspellchecker or Python makes a new cache
    file. Any problem with the cache (no folder, a damaged file) only means the data file
    is decoded again."""
    found = _english_source()
    if found is None:
        return None
    source, name = found
    cache = _cache_folder() / f"{name}.marshal"
    try:
        cached = marshal.loads(cache.read_bytes())
        if isinstance(cached, dict):
            return cached
    except (OSError, ValueError, EOFError, TypeError):
        pass
    counts = _decode_counts(source.read_bytes())
    _write_cache(cache, marshal.dumps(counts))
    return counts


class SortedWords:
    """A set of words kept as one sorted text, a word a line, asked by bisection: reading
    it is one file read, where a set or dict of 160,000 words is 160,000 objects to build
    (0.03 s from marshal, most of a one-file check's time spent on rules)."""

    HEADER = "# awesome-ptm sorted words "

    #: Bisections (about 10 µs each) before the words are made a frozenset (about 10 ms for
    #: 100,000 words): a few lookups stay cheap, and many cost at most twice the set.
    BISECTIONS = 1000

    def __init__(self, text: str) -> None:
        self.text = text  # HEADER + count, then each word followed by "\n"
        self.start = text.index("\n") + 1
        self.lookups = 0
        self.words: frozenset[str] | None = None

    @classmethod
    def write(cls, words: Iterable[str]) -> str:
        """The text for ``words`` (none may contain a line break)."""
        ordered = sorted(words)
        return f"{cls.HEADER}{len(ordered)}\n" + "".join(word + "\n" for word in ordered)

    @classmethod
    def read(cls, text: str) -> SortedWords | None:
        """The words of ``text``, or None when it is not a whole file made by :meth:`write`
        (its header's count is checked against its lines)."""
        first, _, rest = text.partition("\n")
        if not first.startswith(cls.HEADER) or not first[len(cls.HEADER) :].isdigit():
            return None
        if rest.count("\n") != int(first[len(cls.HEADER) :]) or (rest and rest[-1] != "\n"):
            return None
        return cls(text)

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or "\n" in word:
            return False
        if self.words is not None:
            return word in self.words
        self.lookups += 1
        if self.lookups > self.BISECTIONS:
            self.words = frozenset(self.text[self.start :].split("\n")[:-1])
            return word in self.words
        text = self.text
        low, high = self.start, len(text)  # both at the start of a line (or the end)
        while low < high:
            middle = (low + high) // 2
            begin = text.rfind("\n", low - 1, middle) + 1  # the line holding ``middle``
            end = text.index("\n", begin)
            line = text[begin:end]
            if line == word:
                return True
            if line < word:
                low = end + 1
            else:
                high = begin
        return False


@dataclass(frozen=True, slots=True)
class English:
    """The English dictionary as the rules ask it: is a word in it, how often is it used.

    Words above the floor (what may be offered as a correction) are a dict; the others, all
    at the floor count and nearly two thirds of the words, only need asking whether they
    are there, which a :class:`SortedWords` answers without building them."""

    common: dict[str, int]
    floor: int
    rare: Container[str]

    def __contains__(self, word: str) -> bool:
        return word in self.common or word in self.rare

    def count(self, word: str) -> int:
        """The word's count; 0 when it is not in the dictionary."""
        found = self.common.get(word)
        if found is not None:
            return found
        return self.floor if word in self.rare else 0


@functools.cache
def english() -> English:
    """:func:`_dictionary` in the form :class:`English`, read from two cache files made from it
    the first time (``.common.marshal``: the floor and the words above it with their counts,
    0.01 s to read; ``.rare.words``: a :class:`SortedWords`, one file read), so that a check
    never decodes the whole 160,000-word dictionary again. Any problem with these files
    means building them from :func:`_dictionary` again."""
    found = _english_source()
    folder = _cache_folder() if found is not None else None
    if found is not None and folder is not None:
        try:
            cached = marshal.loads((folder / f"{found[1]}.common.marshal").read_bytes())
            words = SortedWords.read((folder / f"{found[1]}.rare.words").read_text("utf-8"))
            if (
                words is not None
                and isinstance(cached, tuple)
                and len(cached) == 2
                and isinstance(cached[0], int)
                and isinstance(cached[1], dict)
            ):
                return English(cached[1], cached[0], words)
        except (OSError, UnicodeDecodeError, ValueError, EOFError, TypeError):
            pass
    counts, floor = _dictionary()
    common = {word: count for word, count in counts.items() if count > floor}
    rare = frozenset(word for word, count in counts.items() if count <= floor)
    if found is not None and folder is not None:
        _write_cache(folder / f"{found[1]}.common.marshal", marshal.dumps((floor, common)))
        _write_cache(folder / f"{found[1]}.rare.words", SortedWords.write(rare).encode("utf-8"))
    return English(common, floor, rare)


def _cache_folder() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("awesome-ptm", appauthor=False))


def _write_cache(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically; a cache that cannot be written is skipped."""
    from awesome_ptm.errors import InputError
    from awesome_ptm.write import atomic_write

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, data)
    except (OSError, InputError):
        return
    _remove_stale_caches(path)


def _remove_stale_caches(written: Path) -> None:
    """Remove the dictionary caches of other pyspellchecker data files (another version, or
    names from an older awesome-ptm) for this Python: a new cache replaces them, so the
    cache folder does not grow with every upgrade. Best effort: another process may be
    reading one (it then builds its own again)."""
    stem = written.name.split(".", 1)[0]
    if not stem.startswith("english-"):
        return
    for other in written.parent.glob(f"english-*-{_PYTHON_TAG}.*"):
        if other.name.split(".", 1)[0] != stem:  # temporary files start with "."
            with contextlib.suppress(OSError):
                other.unlink()


def _decode_counts(data: bytes) -> dict[str, int]:
    """The word counts of pyspellchecker's gzipped JSON, keys lower-cased as it does."""
    import gzip
    import json

    raw: dict[str, int] = json.loads(gzip.decompress(data).decode("utf-8"))
    if all(key.islower() or key == key.lower() for key in raw):
        return raw
    counts: dict[str, int] = {}
    for key, value in raw.items():
        folded = key.lower()
        counts[folded] = counts.get(folded, 0) + value
    return counts
