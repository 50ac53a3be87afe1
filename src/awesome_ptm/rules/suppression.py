"""PTM901 unused-suppression (reported by the engine, which knows what each comment hit)."""

from __future__ import annotations

from awesome_ptm.rules._base import Rule


class UnusedSuppression(Rule):
    """A suppression comment that silences nothing.

    ## What it does
    Reports ``<!-- awesome-ptm-disable-next-line … -->`` and ``<!-- awesome-ptm-disable … -->``
    comments under which no finding of the named rules remains.

    ## Why is this bad
    A stale suppression hides the next real problem that appears on that line, and tells
    readers that something is wrong where nothing is.

    ## Example
    ```markdown
    <!-- awesome-ptm-disable-next-line duplicate-url -->
    - [A unique paper](https://arxiv.org/abs/2001.00001)
    ```

    ## Fix
    Delete the comment.
    """

    code = "PTM901"
    name = "unused-suppression"
    severity = "warning"


RULES: tuple[type[Rule], ...] = (UnusedSuppression,)
