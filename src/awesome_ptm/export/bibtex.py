"""BibTeX for the paper entries: the entries with a venue or a paper link.

Each becomes ``@inproceedings`` (booktitle), ``@article`` (journal) or ``@misc`` (preprints
and entries with no venue); which venues are journals or preprints is data
(``data/bibtex.yaml``). Titles are brace-protected (``{{Title}}``) so styles keep their
capitals; LaTeX's special characters are escaped; an arXiv link gives ``eprint`` and
``archivePrefix = {arXiv}``, a DOI gives ``doi``.

Citation keys are stable: a first author's surname (else the first significant title word),
the year, and four hex digits of a hash of the entry id (``devlin2019-3fa2``); a key that
still repeats gets ``a``, ``b``… in document order. The file is written with bibtexparser.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from awesome_ptm.datafiles import load_data
from awesome_ptm.identity import paper_identifier
from awesome_ptm.model import Entry, Exportable

_LATEX = {
    "\\": r"\textbackslash{}",
    "{": r"\textbraceleft{}",
    "}": r"\textbraceright{}",
    "%": r"\%",
    "&": r"\&",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
_LATEX_SPECIAL = re.compile("|".join(re.escape(char) for char in _LATEX))
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True, slots=True)
class BibtexRules:
    journals: frozenset[str]
    preprints: frozenset[str]
    key_stopwords: frozenset[str]


@functools.cache
def rules() -> BibtexRules:
    """The venue kinds of ``data/bibtex.yaml``, read once."""
    data = load_data("bibtex.yaml")
    return BibtexRules(
        journals=frozenset(str(name) for name in data["journals"]),
        preprints=frozenset(str(name) for name in data["preprints"]),
        key_stopwords=frozenset(str(word).casefold() for word in data["key_stopwords"]),
    )


def is_paper(entry: Entry) -> bool:
    """An entry that belongs in the bibliography: it has a venue or a paper link."""
    return entry.venue is not None or any(link.kind == "paper" for link in entry.links)


def escape_latex(text: str) -> str:
    """Text with BibTeX/LaTeX special characters escaped and braces kept balanced."""
    text = _SPACES.sub(" ", text).strip()
    return _LATEX_SPECIAL.sub(lambda match: _LATEX[match.group(0)], text)


def _ascii_words(text: str) -> list[str]:
    """The words of ``text`` (split at spaces), each folded to lowercase ASCII letters and
    digits: ``Pre-trained`` → ``pretrained``; words with none are dropped."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = ("".join(_WORD.findall(word)) for word in folded.casefold().split())
    return [word for word in words if word]


def _surname(author: str) -> str | None:
    """``Jacob Devlin`` → ``devlin``; ``Devlin, Jacob`` → ``devlin``."""
    name = author.split(",")[0] if "," in author else (author.split() or [""])[-1]
    return "".join(_ascii_words(name)) or None


def _title_word(title: str) -> str | None:
    stop = rules().key_stopwords
    for word in _ascii_words(title):
        if word not in stop and any(char.isalpha() for char in word):
            return word
    return None


def key_base(entry: Entry) -> str:
    """The citation key before de-duplication: ``surname`` or title word, year, short hash."""
    name = (_surname(entry.authors[0]) if entry.authors else None) or _title_word(entry.title)
    digest = hashlib.sha1(entry.id.encode("utf-8")).hexdigest()[:4]
    year = str(entry.year) if entry.year is not None else ""
    return f"{name or 'entry'}{year}-{digest}"


def citation_keys(entries: Iterable[Entry]) -> dict[str, str]:
    """A unique key per entry id; a repeated key gets ``a``, ``b``… in order."""
    keys: dict[str, str] = {}
    used: set[str] = set()
    for entry in entries:
        base = key_base(entry)
        key, n = base, 0
        while key in used:
            key = base + _suffix(n)
            n += 1
        used.add(key)
        keys[entry.id] = key
    return keys


def _suffix(n: int) -> str:
    letters = ""
    n += 1
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(ord("a") + rest) + letters
    return letters


def _url(url: str) -> str:
    return _SPACES.sub("", url).replace("{", "%7B").replace("}", "%7D")


def bibtex_fields(entry: Entry) -> tuple[str, list[tuple[str, str]]]:
    """The entry type and the ``(field, value)`` pairs of one paper entry, values enclosed."""
    kinds = rules()
    fields: list[tuple[str, str]] = []
    if entry.authors:
        fields.append(("author", "{" + " and ".join(map(escape_latex, entry.authors)) + "}"))
    fields.append(("title", "{{" + escape_latex(entry.title) + "}}"))
    venue = entry.venue
    if venue is not None and venue in kinds.journals:
        entry_type = "article"
        fields.append(("journal", "{" + escape_latex(venue) + "}"))
    elif venue is None or venue in kinds.preprints:
        entry_type = "misc"
    else:
        entry_type = "inproceedings"
        fields.append(("booktitle", "{" + escape_latex(venue) + "}"))
    if entry.year is not None:
        fields.append(("year", "{" + str(entry.year) + "}"))
    papers = [paper for link in entry.links if (paper := paper_identifier(link.url))]
    arxiv = next((paper for paper in papers if paper.scheme == "arxiv"), None)
    if arxiv is not None:
        fields.append(("eprint", "{" + arxiv.value + "}"))
        fields.append(("archivePrefix", "{arXiv}"))
    elif entry_type == "misc" and venue is not None:
        fields.append(("howpublished", "{" + escape_latex(venue) + "}"))
    doi = next((paper for paper in papers if paper.scheme == "doi"), None)
    if doi is not None:
        fields.append(("doi", "{" + _url(doi.value) + "}"))
    link = next((link for link in entry.links if link.kind == "paper"), None)
    link = link or (entry.links[0] if entry.links else None)
    if link is not None:
        fields.append(("url", "{" + _url(link.url) + "}"))
    return entry_type, fields


def to_bibtex(corpus: Exportable | Iterable[Entry]) -> str:
    """The paper entries as a BibTeX file, in document order, byte-identical for the same
    input."""
    from bibtexparser.entrypoint import write_string
    from bibtexparser.library import Library
    from bibtexparser.model import Entry as BibEntry
    from bibtexparser.model import Field, ImplicitComment
    from bibtexparser.writer import BibtexFormat

    from awesome_ptm.export._public import public_entry

    # As every output: without a reader's session parameters in the URLs.
    papers = [public_entry(entry)[0] for entry in corpus if is_paper(entry)]
    keys = citation_keys(papers)
    library = Library()
    blocks: list[Any] = [
        ImplicitComment(
            f"% Generated by awesome-ptm from the lists: {len(papers)} paper entries "
            "(entries with a venue or a paper link)."
        )
    ]
    for entry in papers:
        entry_type, fields = bibtex_fields(entry)
        blocks.append(
            BibEntry(entry_type, keys[entry.id], [Field(name, value) for name, value in fields])
        )
    library.add(blocks)
    layout = BibtexFormat()  # type: ignore[no-untyped-call, unused-ignore]
    layout.indent = "  "
    layout.value_column = 0
    layout.block_separator = "\n"
    layout.trailing_comma = True
    text: str = write_string(library, unparse_stack=[], bibtex_format=layout)
    return text
