"""The base class every rule derives from, and the context rules see."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from awesome_ptm.findings import Edit, Finding, Fix, Related
from awesome_ptm.model import Document, position_in
from awesome_ptm.titles import normalize_title

if TYPE_CHECKING:
    from awesome_ptm.config import Config
    from awesome_ptm.corpus import Corpus


@dataclass
class Context:
    """What a rule may look at besides one document: the whole corpus and the configuration.

    ``shared`` holds indexes that several rules build from the corpus (by canonical link, by
    normalised title…); build them with :meth:`memo` so each is built once per run.
    """

    corpus: Corpus
    config: Config
    shared: dict[str, Any] = field(default_factory=dict)

    def memo(self, key: str, build: Any) -> Any:
        if key not in self.shared:
            self.shared[key] = build()
        return self.shared[key]

    def options(self, rule: Rule) -> dict[str, Any]:
        """The rule's options from the config (``[tool.awesome-ptm.rules.<name>]``)."""
        return dict(self.config.rule_options.get(rule.name, {}))

    def document(self, path: str) -> Document | None:
        for document in self.corpus.documents:
            if document.path == path:
                return document
        return None


class Rule:
    """A curation rule. Subclasses set ``code``, ``name``, ``severity`` and a docstring with
    the sections *What it does*, *Why is this bad*, *Example* and *Fix*, and override
    :meth:`check` (per file) and/or :meth:`check_corpus` (across all files)."""

    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[str] = "error"
    #: ``"safe"``, ``"unsafe"``, ``"sometimes"`` or None: what kind of fix the rule offers.
    fixable: ClassVar[str | None] = None

    def check(self, document: Document, context: Context) -> Iterable[Finding]:
        """Findings in one document."""
        return ()

    def check_corpus(self, context: Context) -> Iterable[Finding]:
        """Findings that need every document at once (cross-file duplicates)."""
        return ()

    # -- helpers for rule authors ---------------------------------------------------------

    def finding(
        self,
        document: Document | str,
        line: int,
        message: str,
        *,
        column: int = 1,
        end_line: int | None = None,
        end_column: int | None = None,
        fix: Fix | None = None,
        related: Iterable[Related] = (),
        severity: str | None = None,
    ) -> Finding:
        """A finding of this rule; ``severity`` overrides the rule's own for findings that
        are surer or less sure than its usual ones (see docs/severity.md)."""
        path = document if isinstance(document, str) else document.path
        # Positional: a list of 100,000 entries makes tens of thousands of findings, and
        # keyword arguments cost a third more per call.
        return Finding(
            self.code,
            self.name,
            severity or self.severity,
            message,
            path,
            line,
            column,
            end_line,
            end_column,
            fix,
            list(related),
        )

    def span_finding(
        self,
        document: Document,
        start: int,
        end: int,
        message: str,
        *,
        fix: Fix | None = None,
        related: Iterable[Related] = (),
        severity: str | None = None,
    ) -> Finding:
        """A finding that covers ``document.text[start:end]``."""
        offsets = document.line_offsets()
        line, column = position_in(offsets, start)
        end_line, end_column = position_in(offsets, end)
        return self.finding(
            document,
            line,
            message,
            column=column,
            end_line=end_line,
            end_column=end_column,
            fix=fix,
            related=related,
            severity=severity,
        )

    @staticmethod
    def replace(start: int, end: int, content: str, *, safe: bool = True, message: str = "") -> Fix:
        """A fix made of one edit."""
        return Fix("safe" if safe else "unsafe", (Edit(start, end, content),), message)

    @classmethod
    def documentation(cls) -> str:
        """The rule's doc page text (its docstring, dedented)."""
        return inspect.cleandoc(cls.__doc__ or "")

    @classmethod
    def summary(cls) -> str:
        """The first line of the docstring."""
        return cls.documentation().splitlines()[0] if cls.__doc__ else ""


# Three rule families key entries by normalised title (duplicates, venues, spelling); the
# NFKC normalisation is the costly part, so each title is normalised once per process.
normalized_title = functools.lru_cache(maxsize=1 << 17)(normalize_title)


def iter_link_spans(document: Document, line: int, column: int | None, url: str) -> Iterator[int]:
    """The offset where ``url`` starts (from the parser's line/column), if known."""
    if column is not None:
        start = document.offset(line, column)
        if document.text.startswith(url, start):
            yield start
