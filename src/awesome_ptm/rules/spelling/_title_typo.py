"""title-typo (PTM412): a probable typo in an entry title, and where the word is written in
the entry's lines."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from awesome_ptm.findings import Finding
from awesome_ptm.model import Document, Entry
from awesome_ptm.rules._base import Context, Rule
from awesome_ptm.rules.spelling._lexicon import LEARNED_MIN_TITLES, Lexicon, lexicon_of
from awesome_ptm.rules.spelling._names import is_inner_swap, is_name
from awesome_ptm.rules.spelling._words import (
    MAX_LENGTH,
    MIN_LENGTH,
    Token,
    is_checkable,
    match_case,
    tokens,
    words,
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
        lexicon = lexicon_of(context)
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
        swapped = [c for c in found if is_inner_swap(token.key, c)]
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
