"""Fixing: apply the rules' fixes, check that nothing was lost, write back.

The public surface is small (the modules behind it are private)::

    results = fix_corpus(corpus, config, select=None, ignore=None, unsafe=False)
    for result in results:
        print(unified_diff(result))
    write_results(results, {document.path: document for document in corpus.documents})

:func:`fix_corpus` runs ruff's fix loop (check, apply non-overlapping fixes by position then
code, re-parse, repeat up to ``max_passes``) and mdformat's safety check: each changed file
must keep its entries (title, canonical links, notes; only :data:`REMOVING_RULES` may remove
them) and render the same HTML outside the edited lines. A rule whose fixes fail the check is
refused in that file (``FileResult.refused`` says which and why); nothing is written.

:func:`write_results` writes changed files atomically (temporary file + ``os.replace``,
permissions kept) with their BOM and line endings, refusing files that changed on disk since
they were read, read-only files and symlinks that lead outside the current folder.
"""

from __future__ import annotations

from awesome_ptm.fix._diff import unified_diff
from awesome_ptm.fix._engine import REMOVING_RULES, fix_corpus
from awesome_ptm.fix._result import FileResult, remaining_findings
from awesome_ptm.fix._write import FixWriteError, write_results

__all__ = [
    "REMOVING_RULES",
    "FileResult",
    "FixWriteError",
    "fix_corpus",
    "remaining_findings",
    "unified_diff",
    "write_results",
]
