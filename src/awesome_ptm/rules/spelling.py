"""PTM41x: typos in headings and entry titles.

Words are checked against an English dictionary (pyspellchecker's frequency list, loaded on
first use), the names of programming languages (Pygments'), the domain words of
``data/vocabulary.yaml``, the config's ``vocabulary`` and the
words the corpus itself uses in two or more titles (model names are words). Only Latin words
are checked; CJK text, URLs, file names, code spans and HTML are skipped.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import marshal
import re
import sys
from collections import Counter
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from awesome_ptm.findings import Finding
from awesome_ptm.model import Document, Entry
from awesome_ptm.rules._base import Context, Rule, normalized_title
from awesome_ptm.rules._languages import language_names

if TYPE_CHECKING:
    from spellchecker import SpellChecker

#: Shortest word that is checked: shorter ones are mostly acronyms, units and particles.
MIN_LENGTH = 4
#: Longest word that is checked: the longest English dictionary word has 45 letters. The
#: one-edit variants of an n-letter word number O(n²) (swaps of any two letters), and its
#: deletion neighbourhood O(n), each a string of n letters: a 5,000-letter "word" (a pasted
#: blob) would never finish, so longer words are neither checked nor used as terms.
MAX_LENGTH = 45
#: A corpus word used in at least this many distinct titles is a domain word.
LEARNED_MIN_TITLES = 2
#: A corpus word used in at least this many distinct titles (and this long) is a term that a
#: word used only once may be a typo of.
FREQUENT_MIN_TITLES = 3
FREQUENT_MIN_LENGTH = 5
#: Headings: a word shorter than this is reported only when it has a single correction
#: (``misc``, ``todo``, ``sota`` have many neighbours and are jargon, not typos).
AMBIGUOUS_MIN_LENGTH = 5

_ALPHABET = "abcdefghijklmnopqrstuvwxyz"
#: Plain inflections: (suffix, what replaces it on the base word).
_INFLECTIONS = (
    ("s", ""),
    ("es", ""),
    ("ies", "y"),
    ("ed", ""),
    ("ed", "e"),
    ("d", ""),
    ("ing", ""),
    ("ing", "e"),
    ("er", ""),
    ("ers", ""),
    ("ers", "e"),
    # adverbs of -able and -ible adjectives ("quantifiably", "visibly")
    ("ably", "able"),
    ("ibly", "ible"),
)
#: British spellings, tried as their American form (the dictionary is American).
_BRITISH = (
    ("isation", "ization"),
    ("isations", "izations"),
    ("ise", "ize"),
    ("ised", "ized"),
    ("iser", "izer"),
    ("isers", "izers"),
    ("ising", "izing"),
    ("our", "or"),
    ("ours", "ors"),
    ("lled", "led"),
    ("lling", "ling"),
    ("tre", "ter"),
    ("tres", "ters"),
    ("yse", "yze"),
    ("ogue", "og"),
    ("ogues", "ogs"),
    ("ence", "ense"),
)

# Runs of word characters (Latin letters, digits, underscore), with apostrophe suffixes.
_TOKEN = re.compile(r"[A-Za-z0-9_\u00C0-\u024F]+(?:['’][A-Za-z]+)*")
_LETTERS = re.compile(r"[A-Za-z]+")
_NOT_URL = r"\s<>()\[\]{}\"'`\u3000-\u303f\u3400-\u9fff\uff00-\uffef"
# Text that is not prose: URLs, link targets, HTML, code spans, hashtags, e-mail addresses, and
# dotted names (domains, file names, versions) with any path after them.
_MASK = re.compile(
    "|".join(
        (
            # Each alternative may only start where its run of characters starts (the
            # lookbehinds): otherwise a long run of letters is rescanned from every position.
            rf"(?<![A-Za-z0-9+.-])(?:[A-Za-z][A-Za-z0-9+.-]*://|www\.)[^{_NOT_URL}]*",
            r"\]\([^)\s]*",
            r"<[^<>\n]*>",
            r"`[^`\n]*`",
            # a hashtag (``#rstats``: a tag, not a word; not the ``#`` of ``C#``)
            r"(?<![A-Za-z0-9_&#])#[A-Za-z][A-Za-z0-9_]*",
            r"(?<![A-Za-z0-9_.+-])[A-Za-z0-9_.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+",
            r"(?<![A-Za-z0-9_-])[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)+(?:/[!-~]*)?",
        )
    )
)
_MASK_HINTS = (".", "<", "`", "@", "](", "#")
#: Whether :func:`tokens` needs its general path: a mask may apply (:data:`_MASK_HINTS`) or a
#: word may carry an apostrophe suffix.
_SLOW_PATH = re.compile(r"[.<`@'’#]|\]\(")
#: Without masks and apostrophes, the kept tokens are exactly the runs of ``_TOKEN``'s
#: characters made of ASCII letters only: found by one regex, with no test per match.
_PLAIN_WORD = re.compile(r"(?<![A-Za-z0-9_\u00C0-\u024F])[A-Za-z]+(?![A-Za-z0-9_\u00C0-\u024F])")


class Token(NamedTuple):
    """A word of the text: ``text[start:end] == word``. (A named tuple: every title is
    split into them, and tuples are the cheapest to make.)"""

    start: int
    end: int
    word: str

    @property
    def key(self) -> str:
        return self.word.casefold()


_new_token = tuple.__new__


def words(text: str) -> list[str]:
    """The words of :func:`tokens` (``token.word``), without their places: the corpus index
    needs only these, and most titles take a path that makes no :class:`Token` at all."""
    if _SLOW_PATH.search(text) is None:
        return _PLAIN_WORD.findall(text)  # as in tokens()
    return [token.word for token in tokens(text)]


# The lexicon splits every title and title-typo splits them again: room for 100,000+
# titles, or a long list misses the cache on every title of the second pass.
@functools.lru_cache(maxsize=1 << 17)
def tokens(text: str) -> tuple[Token, ...]:
    """The checkable Latin words of ``text``, in order: ASCII letters only (a word with a digit,
    an underscore or an accent is a name or identifier), outside URLs, HTML and code. A
    possessive ``'s`` is dropped; other contractions are skipped."""
    if _SLOW_PATH.search(text) is None:
        # Most titles: no URL, tag, code or apostrophe. ``tuple.__new__`` skips the named
        # tuple's Python-level constructor (a third of the time on 100,000 words).
        return tuple(
            [_new_token(Token, (*m.span(), m.group())) for m in _PLAIN_WORD.finditer(text)]
        )
    return _masked_tokens(text)


def _masked_tokens(text: str) -> tuple[Token, ...]:
    """:func:`tokens` of any text: URLs, tags and code masked, apostrophes handled."""
    masks: list[tuple[int, int]] = []
    if any(hint in text for hint in _MASK_HINTS):
        masks = [match.span() for match in _MASK.finditer(text)]
    found: list[Token] = []
    index = 0
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        while index < len(masks) and masks[index][1] <= start:
            index += 1
        if index < len(masks) and masks[index][0] < end:
            continue  # inside (or touching) a URL, a tag, a code span
        word = match.group()
        if "'" in word or "’" in word:
            base, _, suffix = word.replace("’", "'").partition("'")
            if suffix.casefold() != "s" or "'" in suffix:
                continue
            word, end = base, start + len(base)
        if _LETTERS.fullmatch(word):
            found.append(Token(start, end, word))
    return tuple(found)


def shape(word: str) -> str:
    """``lower``, ``capitalized``, ``upper`` or ``mixed`` (CamelCase, RoBERTa)."""
    if word.islower():
        return "lower"
    if word.isupper():
        return "upper"
    if word[0].isupper() and word[1:].islower():
        return "capitalized"
    return "mixed"


def is_checkable(word: str) -> bool:
    """Whether the dictionary is asked about a word: ``lower`` or ``Capitalized``, long enough.
    Acronyms (ALLCAPS) and model names (CamelCase, mixed case) are not English words."""
    return MIN_LENGTH <= len(word) <= MAX_LENGTH and shape(word) in ("lower", "capitalized")


def match_case(typo: str, suggestion: str) -> str:
    """``suggestion`` written in the case of ``typo`` (a mixed-case name keeps its own)."""
    if shape(suggestion) == "mixed":
        return suggestion
    kind = shape(typo)
    if kind == "lower":
        return suggestion.lower()
    if kind == "upper":
        return suggestion.upper()
    if kind == "capitalized":
        return suggestion[:1].upper() + suggestion[1:].lower()
    return suggestion


def deletes(word: str) -> set[str]:
    """The word and every string one deletion away: its SymSpell neighbourhood."""
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


def edits1(word: str) -> set[str]:
    """Every string one edit away (delete, adjacent swap, replace, insert), plus every swap
    of two letters anywhere (``fimaly`` → ``family``), which is one slip of the hand."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    result = {a + b[1:] for a, b in splits if b}
    result |= {a + c + b[1:] for a, b in splits if b for c in _ALPHABET}
    result |= {a + c + b for a, b in splits for c in _ALPHABET}
    letters = list(word)
    for i in range(len(letters)):
        for j in range(i + 1, len(letters)):
            if letters[i] != letters[j]:
                swapped = letters.copy()
                swapped[i], swapped[j] = swapped[j], swapped[i]
                result.add("".join(swapped))
    result.discard(word)
    return result


_CAMEL_PART = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+")


def camel_parts(word: str) -> list[str]:
    """``FastBERT`` → ``Fast``, ``BERT``; ``MetaGPT`` → ``Meta``, ``GPT``."""
    return _CAMEL_PART.findall(word)


def is_edge_variant(a: str, b: str) -> bool:
    """One word is the other with a letter added at the start or the end: ``Transformers``,
    ``mBERT``, ``BLOOMZ`` — an inflection or a related name, not a typo."""
    short, long = sorted((a, b), key=len)
    return len(long) == len(short) + 1 and short in (long[1:], long[:-1])


# -- the dictionary ----------------------------------------------------------------------


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


@functools.cache
def builtin_vocabulary() -> frozenset[str]:
    """The domain words of ``data/vocabulary.yaml``, casefolded."""
    from awesome_ptm.datafiles import load_data

    # The C loader when PyYAML has it: the pure-Python one took longer than the rest of a
    # one-file check.
    data: Any = load_data("vocabulary.yaml") or {}
    words: set[str] = set()
    groups = data.get("words", {}) if isinstance(data, dict) else {}
    for group in groups.values() if isinstance(groups, dict) else [groups]:
        for word in group or []:
            words.add(str(word).strip().casefold())
    words.discard("")
    return frozenset(words)


# -- the corpus index --------------------------------------------------------------------


@dataclass
class Lexicon:
    """What counts as a word in this run, and the corpus's own terms.

    ``domain`` holds the vocabulary file's words, the config's and the corpus's own (used in
    two or more titles), casefolded; ``title_counts`` maps a casefolded word to the number of
    distinct titles that use it; ``forms`` keeps how each is written; ``configured`` how the
    config writes its words; ``frequent_index`` maps every deletion neighbour of a frequent
    term to the terms (SymSpell), so a rare word finds its near terms by hashing.
    """

    domain: frozenset[str]
    title_counts: Counter[str]
    forms: dict[str, Counter[str]]
    configured: dict[str, str]
    frequent_index: dict[str, list[str]]
    #: The words used in two or more titles (LEARNED_MIN_TITLES), casefolded: title-typo
    #: skips them, and most titles hold nothing else.
    learned: frozenset[str] = frozenset()

    def written(self, key: str) -> str:
        """How a word is usually written: as the config writes it, else as the corpus most
        often does, else in lower case (a dictionary word)."""
        if key in self.configured:
            return self.configured[key]
        forms = self.forms.get(key)
        return forms.most_common(1)[0][0] if forms else key

    def in_domain(self, key: str) -> bool:
        """A domain word, or a plain inflection of one (``tokenizers``, ``finetuned``)."""
        return key in self.domain or any(base in self.domain for base in _bases(key))

    def known(self, word: str) -> bool:
        """Spelled right: a dictionary or domain word, an inflection of one, or the British
        spelling of a dictionary word (``visualisation``)."""
        key = word.casefold()
        # The domain first: it needs no dictionary, and a check whose words are all domain
        # words (or inflections of them) never loads the dictionary at all.
        if self.in_domain(key) or key in language_names():
            return True
        counts = english()
        if key in counts:
            return True
        if any(base in counts for base in _bases(key)):
            return True
        for british, american in _BRITISH:
            if key.endswith(british):
                spelled = key[: -len(british)] + american
                if spelled in counts or self.in_domain(spelled):
                    return True
        return False

    def candidates(self, word: str) -> list[str]:
        """Corrections of an unknown word one edit away (a swap of any two letters counts as
        one), best first: domain words, then dictionary words above the floor by frequency."""
        key = word.casefold()
        counts = english()
        # Above the floor is being in ``common``; only offered words need their count looked
        # up among the rare ones.
        found = {c for c in edits1(key) if c in counts.common or self._offered(c)}
        return sorted(found, key=lambda c: (not self._offered(c), -counts.count(c), c))

    def _offered(self, key: str) -> bool:
        """A domain word or its plural: what the vocabulary offers as a correction."""
        return key in self.domain or (key.endswith("s") and key[:-1] in self.domain)

    def near_terms(self, key: str) -> list[str]:
        """Frequent corpus terms one edit from ``key`` (not a case variant, not an edge
        variant such as a plural), most used first."""
        from rapidfuzz.distance import OSA

        found: set[str] = set()
        for probe in deletes(key):
            for term in self.frequent_index.get(probe, ()):
                if term != key and not is_edge_variant(term, key):
                    found.add(term)
        near = [t for t in found if OSA.distance(key, t, score_cutoff=1) <= 1]
        return sorted(near, key=lambda t: (-self.title_counts[t], t))

    def renamed_part(self, word: str, term: str) -> bool:
        """Whether two CamelCase names differ in one whole part that is itself a word:
        ``FastBERT``/``FastBART``, ``MegaGPT``/``MetaGPT`` are two names, not a typo."""
        ours, theirs = camel_parts(word), camel_parts(term)
        if len(ours) < 2 or len(ours) != len(theirs):
            return False
        changed = [a for a, b in zip(ours, theirs, strict=True) if a.casefold() != b.casefold()]
        return len(changed) == 1 and self.known(changed[0])


def _bases(key: str) -> Iterator[str]:
    """The words ``key`` may be a plain inflection of."""
    for suffix, replacement in _INFLECTIONS:
        if key.endswith(suffix) and len(key) > len(suffix) + 2:
            yield key[: -len(suffix)] + replacement


def build_lexicon(context: Context) -> Lexicon:
    """The lexicon of a run: built once (``context.memo``) from every document's titles."""
    # The words of each distinct title, then every count in bulk (Counter over one chain:
    # its counting loop is C), rather than dictionary updates per word in Python.
    words_of_titles: list[list[str]] = []
    seen: set[str] = set()
    for entry in context.corpus:
        normal = normalized_title(entry.title)
        if not normal or normal in seen:
            continue  # a title listed twice counts once
        seen.add(normal)
        words_of_titles.append(words(entry.title))
    written_counts = Counter(itertools.chain.from_iterable(words_of_titles))
    key_of = {word: word.casefold() for word in written_counts}
    # Forms in order of first use, as each key's most common form breaks ties by it.
    forms: dict[str, Counter[str]] = {}
    for word, count in written_counts.items():
        written = forms.get(key_of[word])
        if written is None:
            written = forms[key_of[word]] = Counter()
        written[word] = count
    title_counts: Counter[str] = Counter(
        itertools.chain.from_iterable(
            set(map(key_of.__getitem__, each)) for each in words_of_titles
        )
    )
    learned = frozenset(key for key, count in title_counts.items() if count >= LEARNED_MIN_TITLES)
    configured = {w.strip().casefold(): w.strip() for w in context.config.vocabulary if w.strip()}
    frequent_index: dict[str, list[str]] = {}
    for key, count in sorted(title_counts.items()):
        if count >= FREQUENT_MIN_TITLES and FREQUENT_MIN_LENGTH <= len(key) <= MAX_LENGTH:
            for probe in deletes(key):
                frequent_index.setdefault(probe, []).append(key)
    return Lexicon(
        domain=builtin_vocabulary() | frozenset(learned) | frozenset(configured),
        title_counts=title_counts,
        forms=forms,
        configured=configured,
        frequent_index=frequent_index,
        learned=learned,
    )


def _lexicon(context: Context) -> Lexicon:
    lexicon: Lexicon = context.memo("spelling:lexicon", lambda: build_lexicon(context))
    return lexicon


# -- names ------------------------------------------------------------------------------------

_ANY_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


#: A link to a heading of the same page (a table of contents repeats the heading's words:
#: no second use of them).
_TOC_LINK = re.compile(r"\[[^\[\]\n]*\]\(#[^()\n]*\)")
_URL_TEXT = re.compile(r"(?:[a-z][a-z0-9+.-]{0,15}://|www\.)[^\s)>\]|]+", re.IGNORECASE)


def _corpus_words(context: Context) -> Counter[str]:
    """Every run of letters in the corpus's text outside URLs (titles, descriptions,
    headings), casefolded, with its count: a word written elsewhere in the corpus is a name
    the curators use, not a slip of one title. (URLs count only for their own entry: a
    path is no spelling.)"""
    counts: Counter[str] = context.memo(
        "spelling:corpus-words",
        lambda: Counter(
            word.casefold()
            for document in context.corpus.documents
            for word in _ANY_WORD.findall(_URL_TEXT.sub(" ", _TOC_LINK.sub(" ", document.text)))
        ),
    )
    return counts


def _looks_like_name(word: str) -> bool:
    """Mixed case inside the word (``DeText``, ``OpenAGI``) or digits: how names are
    written, never a slip of an English word."""
    if any(ch.isdigit() for ch in word):
        return True
    rest = word[1:]
    return any(ch.isupper() for ch in rest) and any(ch.islower() for ch in word)


def _is_transposition(word: str, suggestion: str) -> bool:
    """Whether ``word`` is ``suggestion`` with two neighbouring letters swapped."""
    a, b = word.casefold(), suggestion.casefold()
    if len(a) != len(b):
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]


#: A word needs this many letters before a swap inside it reads as a slip of the fingers.
_MIN_SWAP_LENGTH = 5


def _is_inner_swap(word: str, suggestion: str) -> bool:
    """Whether ``word`` is ``suggestion`` with two neighbouring letters swapped inside it,
    neither of them the first or the last letter, in a word of five letters or more. A swap
    at an edge of a short word makes another word or a name (``Tech``/``Etch``,
    ``Elon``/``Leon``, ``Intro``/``Nitro``); one inside a longer word is how fingers slip
    (``Deilver``, ``soruce``)."""
    if len(word) < _MIN_SWAP_LENGTH or not _is_transposition(word, suggestion):
        return False
    first = next(i for i in range(len(word)) if word[i] != suggestion.casefold()[i])
    return first > 0 and first + 1 < len(word) - 1


def is_name(
    word: str, suggestion: str, context: Context, own_text: str, urls: Iterable[str]
) -> bool:
    """Whether a word flagged as a typo is a name after all: it stands in the entry's own
    URLs (its repository, package or user), it is written like a name (mixed case, digits,
    or all capitals unless two letters are merely swapped: ``ENRIE`` is ``ERNIE``, but
    ``AMBERT`` is not ``ALBERT``), or the corpus writes it elsewhere too."""
    key = word.casefold()
    if any(key in url.casefold() for url in urls):
        return True
    if _looks_like_name(word):
        return True
    if word.isupper() and not _is_transposition(word, suggestion):
        return True
    own_words = _ANY_WORD.findall(_URL_TEXT.sub(" ", own_text))
    own = sum(1 for found in own_words if found.casefold() == key)
    return _corpus_words(context)[key] > own


# -- rules -------------------------------------------------------------------------------


class HeadingTypo(Rule):
    """A misspelled English word in a heading: ``# BERT fimaly``.

    ## What it does
    Checks the Latin words of each heading against an English dictionary, the domain words
    of ``data/vocabulary.yaml`` (pretrained, tokenizer, finetuning…), the config's
    ``vocabulary`` and the words the corpus uses in two or more entry titles (model names
    such as XLNet or NEZHA). Only lower-case and Capitalized words of four letters or more are
    checked: ALLCAPS acronyms and CamelCase names are not dictionary words, and CJK text is
    not checked. Plain inflections of known words (``toolkits``) and British spellings
    (``visualisation``) are accepted. A word is reported when it is unknown and a correction
    is one edit away (a swap of any two letters counts as one edit); a word of four letters
    is reported only when that correction is the only one (``misc`` or ``sota`` are jargon
    with many neighbours, not typos).

    ## Why is this bad
    Headings are the most visible text of a list: they are its table of contents, its
    anchors and the section names of the export.

    ## Example
    ```markdown
    # BERT fimaly
    ```

    ## Fix
    Correct the word; the unsafe fix writes the suggestion (here ``family``). If the word is
    right, add it to ``vocabulary`` in the config.
    """

    code = "PTM411"
    name = "heading-typo"
    severity = "warning"
    fixable = "unsafe"

    def check(self, document: Document, context: Context) -> Iterable[Finding]:
        if not document.headings:
            return
        lexicon = _lexicon(context)
        for heading in sorted(document.headings, key=lambda h: h.line):
            base = document.offset(heading.line)
            for token in tokens(heading.raw):
                if not is_checkable(token.word) or lexicon.known(token.word):
                    continue
                found = lexicon.candidates(token.word)
                if not found or (len(found) > 1 and len(token.word) < AMBIGUOUS_MIN_LENGTH):
                    continue
                best = lexicon.written(found[0])
                suggestion = match_case(token.word, best)
                if is_name(token.word, suggestion, context, heading.raw, ()):
                    continue
                others = ", ".join(repr(match_case(token.word, c)) for c in found[1:3])
                also = f" (or {others})" if others else ""
                yield self.span_finding(
                    document,
                    base + token.start,
                    base + token.end,
                    f"{token.word!r} in heading {heading.title!r} looks misspelled; "
                    f"did you mean {suggestion!r}{also}?",
                    fix=self.replace(
                        base + token.start,
                        base + token.end,
                        suggestion,
                        safe=False,
                        message=f"replace {token.word!r} with {suggestion!r}",
                    ),
                )


class TitleTypo(Rule):
    """A probable typo in an entry title: ``ENRIE(Tsinghua)``, ``LSTM比Tranformer``.

    ## What it does
    Looks at the Latin words of entry titles (also when glued to CJK text) and reports

    - a word used in only one title of the whole corpus that is one edit (a substitution, a
      deletion, an insertion or a swap of neighbours) from a term the corpus uses in three or
      more titles (``Tranformer`` → ``Transformer``, ``ENRIE`` → ``ERNIE``), unless the word
      is in the dictionary or only differs by a letter at its start or end (``Transformers``,
      ``mBERT``, ``BLOOMZ``);
    - a lower-case word the dictionary and the domain vocabulary reject that has exactly one
      correction one edit away (``positioanl`` → ``positional``); Capitalized words are left
      to the first test, since in titles they are mostly names (``Jacob Devlin``), and so
      are lower-case words of a title that has no other (``Abdel-rahman Mohamed``: a name);
    - any word of five letters or more that is a dictionary word with two neighbouring
      letters swapped inside it, neither the first nor the last (``Deilver`` → ``Deliver``,
      ``soruce`` → ``source`` rather than ``spruce``): how fingers slip, not how names are
      made (``Elon`` is not ``Leon``, ``Intro`` not ``Nitro``).

    Case-only differences (``Bert``/``BERT``) are never reported, nor are words in URLs, file
    names or code. A word that is a name is never reported: one that stands in the entry's
    own URLs (``[hankcs](https://github.com/hankcs)``, ``pyglet``), one written with mixed
    case or digits (``DeText``, ``OpenAGI``), one in capitals unless two neighbouring
    letters are merely swapped (``AMBERT`` is a model, ``ENRIE`` is ``ERNIE``), one the
    corpus writes elsewhere too (outside URLs and tables of contents), and the domain
    vocabulary's words. Near terms are found through an index of their one-deletion neighbourhoods
    (SymSpell), so the rule takes time linear in the number of words.

    ## Why is this bad
    Readers search a list for ``Transformer``; a misspelled title hides the entry, and
    duplicate detection misses two copies of a title written two ways.

    ## Example
    ```markdown
    - [ENRIE(Tsinghua)：知识图谱与BERT相结合](https://mp.weixin.qq.com/s/...)
    - [如何优雅地编码文本中的位置信息？三种positioanl encoding方法简述](https://mp.weixin.qq.com/s/...)
    ```

    ## Fix
    Check the title against its source and correct it. A title quotes its source (and the
    source may have the typo), so the fix that writes the suggestion is unsafe. If the word is
    right, add it to ``vocabulary`` in the config.
    """

    code = "PTM412"
    name = "title-typo"
    severity = "warning"
    fixable = "unsafe"

    def check(self, document: Document, context: Context) -> Iterable[Finding]:
        if not document.entries:
            return
        lexicon = _lexicon(context)
        for entry in document.entries:
            yield from self._check_entry(document, entry, lexicon, context)

    def _check_entry(
        self,
        document: Document,
        entry: Entry,
        lexicon: Lexicon,
        context: Context,
    ) -> Iterator[Finding]:
        # The words used in fewer than two titles (the loop below skips the others), found
        # by a set difference rather than a count lookup per word.
        rare = set(map(str.casefold, words(entry.title))).difference(lexicon.learned)
        if not any(MIN_LENGTH <= len(key) <= MAX_LENGTH for key in rare):
            return  # every word is short, long or used in other titles: nothing to check
        placed = _Placer(document, entry)
        reported: set[str] = set()
        lower = [t.start for t in tokens(entry.title) if t.word.islower() and len(t.word) > 2]
        for token in tokens(entry.title):
            if not MIN_LENGTH <= len(token.word) <= MAX_LENGTH or token.key in reported:
                continue
            if lexicon.title_counts[token.key] >= LEARNED_MIN_TITLES:
                continue
            if not self._may_suggest(token, lexicon) or lexicon.known(token.word):
                continue  # the cheap test first: known() may load the dictionary
            # A title with no other lower-case word is made of names ("Abdel-rahman
            # Mohamed"): a lower-case word there is part of one, not prose.
            prose = any(start != token.start for start in lower)
            suggestion, why = self._suggest(token, lexicon, prose)
            if suggestion is None:
                continue
            if is_name(token.word, suggestion, context, entry.raw, (lk.url for lk in entry.links)):
                continue
            reported.add(token.key)
            message = f"{token.word!r} in title {entry.title!r} looks like a typo of "
            message += f"{suggestion!r} ({why})"
            span = placed.find(token.word)
            if span is None:
                yield self.finding(document, entry.source.line, message)
                continue
            start, end = span
            yield self.span_finding(
                document,
                start,
                end,
                message,
                fix=self.replace(
                    start,
                    end,
                    suggestion,
                    safe=False,
                    message=f"replace {token.word!r} with {suggestion!r}",
                ),
            )

    @staticmethod
    def _may_suggest(token: Token, lexicon: Lexicon) -> bool:
        """Whether :meth:`_suggest` can find anything: a frequent term one edit away, or a
        word the dictionary is asked about. Needs no dictionary."""
        return bool(lexicon.near_terms(token.key)) or is_checkable(token.word)

    @staticmethod
    def _suggest(token: Token, lexicon: Lexicon, prose: bool = True) -> tuple[str | None, str]:
        """A correction and why, or (None, ""). The dictionary is asked only about a word of
        a title that has prose (``prose``: another lower-case word)."""
        for term in lexicon.near_terms(token.key):
            written = lexicon.written(term)
            if lexicon.renamed_part(token.word, written):
                continue
            count = lexicon.title_counts[term]
            return match_case(token.word, written), f"used in {count} titles"
        if not is_checkable(token.word):
            return None, ""
        found = lexicon.candidates(token.word)
        # A lower-case word of prose with one correction. (A Capitalized word in a title is
        # most often a name: ``Jacob Devlin`` is not a typo of ``Devin``.)
        if prose and token.word.islower() and len(found) == 1:
            best = lexicon.written(found[0])
            return match_case(token.word, best), "the only dictionary word one edit away"
        # Two neighbouring letters swapped inside a word ("Deilver", "soruce") is how
        # fingers slip, not how names are made: the one such correction is taken, also for
        # a Capitalized word and among other candidates ("source", not "spruce").
        swapped = [c for c in found if _is_inner_swap(token.key, c)]
        if len(swapped) == 1:
            best = lexicon.written(swapped[0])
            return match_case(token.word, best), "two letters of a dictionary word swapped"
        return None, ""


class _Placer:
    """Finds where a title's word is written in the entry's lines (outside URLs)."""

    def __init__(self, document: Document, entry: Entry) -> None:
        self.document = document
        self.entry = entry
        self.base = 0
        self.tokens: tuple[Token, ...] | None = None
        self.used: set[int] = set()

    def _tokens(self) -> tuple[Token, ...]:
        if self.tokens is None:
            offsets = self.document.line_offsets()
            last = min(self.entry.source.end_line, len(offsets) - 1)
            self.base = offsets[self.entry.source.line - 1]
            self.tokens = tokens(self.document.text[self.base : offsets[last] - 1])
        return self.tokens

    def find(self, word: str) -> tuple[int, int] | None:
        """Offsets in the document of the next unused occurrence of ``word``."""
        for index, token in enumerate(self._tokens()):
            if index not in self.used and token.word == word:
                self.used.add(index)
                return self.base + token.start, self.base + token.end
        return None


RULES: tuple[type[Rule], ...] = (HeadingTypo, TitleTypo)
