"""awesome-ptm: a curation linter and toolkit for hand-written Markdown awesome lists.

The public API::

    import awesome_ptm

    corpus = awesome_ptm.load("lists/")          # files or folders
    for entry in corpus:                           # typed entries, in document order
        print(entry.title, entry.venue, entry.year, [link.url for link in entry.links])
    entry = corpus.get(some_id)                    # lookup by id
    text = corpus.to_json()                        # the export document
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["Corpus", "Document", "Entry", "Link", "__version__", "load", "parse_text"]

if TYPE_CHECKING:
    from awesome_ptm.corpus import Corpus, load
    from awesome_ptm.model import Document, Entry, Link
    from awesome_ptm.parse import parse_text


def __getattr__(name: str) -> Any:
    # Imported on first use so that `awesome-ptm --version` does not load the parser.
    if name in ("Corpus", "load"):
        from awesome_ptm import corpus

        return getattr(corpus, name)
    if name in ("Document", "Entry", "Link"):
        from awesome_ptm import model

        return getattr(model, name)
    if name == "parse_text":
        from awesome_ptm.parse import parse_text

        return parse_text
    raise AttributeError(f"module 'awesome_ptm' has no attribute {name!r}")
