"""The lexicon of a run for the spelling rules (PTM41x): the domain words (of
``data/vocabulary.yaml``, the config and the corpus), the corpus's own terms and how they
are written, and the tests of a word against them and the English dictionary."""

from __future__ import annotations

import functools
import itertools
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from awesome_ptm.rules._base import Context, normalized_title
from awesome_ptm.rules._languages import language_names
from awesome_ptm.rules.spelling._english import english
from awesome_ptm.rules.spelling._words import (
    MAX_LENGTH,
    camel_parts,
    deletes,
    edits1,
    is_edge_variant,
    words,
)

#: A corpus word used in at least this many distinct titles is a domain word.
LEARNED_MIN_TITLES = 2
#: A corpus word used in at least this many distinct titles (and this long) is a term that a
#: word used only once may be a typo of.
FREQUENT_MIN_TITLES = 3
FREQUENT_MIN_LENGTH = 5

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


def lexicon_of(context: Context) -> Lexicon:
    """The lexicon of this run: :func:`build_lexicon`, built once per run."""
    lexicon: Lexicon = context.memo("spelling:lexicon", lambda: build_lexicon(context))
    return lexicon
