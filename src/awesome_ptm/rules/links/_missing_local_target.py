"""PTM307 missing-local-target: a relative link or image whose file does not exist, and
where a document's relative targets are written."""

from __future__ import annotations

import re
import stat
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import unquote

from awesome_ptm.findings import Finding
from awesome_ptm.model import Document
from awesome_ptm.paths import is_inside, project_root, root_for_file
from awesome_ptm.rules._base import Context, Rule
from awesome_ptm.rules.links._link_rule import link_start
from awesome_ptm.rules.links._targets import is_local_target

_MD_TARGET = re.compile(r"\]\([ \t]*<?([^)\s>]+)")
_HTML_TARGET = re.compile(r"\b(?:src|href)[ \t]*=[ \t]*(?:\"([^\"\n]*)\"|'([^'\n]*)')", re.I)
_CODE_SPAN = re.compile(r"`[^`\n]*`")
_QUERY_OR_FRAGMENT = re.compile(r"[?#]")


def _masked(text: str) -> str:
    """``text`` with inline code blanked out (same length, so offsets still hold)."""
    if "`" not in text:
        return text
    return _CODE_SPAN.sub(lambda m: " " * len(m.group(0)), text)


def local_targets(document: Document) -> list[tuple[int, str]]:
    """(offset, target as written) of every relative link and image of the document: entry
    links, and ``](…)``, ``src="…"``, ``href="…"`` in entries, non-code blocks, headings and
    group items."""
    found: dict[int, str] = {}
    for entry in document.entries:
        for link in entry.links:
            if not is_local_target(link.url):
                continue  # (asked first: it is cheaper than link_start for a web link)
            start = link_start(document, link)
            if start is not None:
                found.setdefault(start, link.url)
    spans = [(e.source.line, e.raw) for e in document.entries] + [
        (b.line, b.text) for b in document.blocks if b.kind not in ("code", "rule")
    ]
    # Headings and the items that name a group (``- [ACL2020](ACL/ACL2020.md)`` above its
    # papers) are neither entries nor blocks, and may link a file too.
    lines = {h.line for h in document.headings} | {
        s.source.line for s in document.sections if s.kind != "heading"
    }
    spans += [(line, document.line_text(line)) for line in sorted(lines)]
    for line, text in spans:
        base = document.offset(line)
        scan = _masked(text)
        # The patterns need "](" and "=": most entries have no "=" outside their URLs.
        if "](" in scan:
            for match in _MD_TARGET.finditer(scan):
                found.setdefault(base + match.start(1), match.group(1))
        if "=" not in scan:
            continue
        for match in _HTML_TARGET.finditer(scan):
            group = 1 if match.group(1) is not None else 2
            found.setdefault(base + match.start(group), match.group(group))
    return sorted((offset, t) for offset, t in found.items() if is_local_target(t))


class MissingLocalTarget(Rule):
    """A relative link or image whose file does not exist.

    ## What it does
    Checks relative link and image targets — entry links such as ``[t](docs/x.md)``,
    ``![](img/x.png)`` and ``<img src="…">`` anywhere outside code blocks — against the
    files next to the list (relative to the list file's folder). Anchors (``#…``),
    ``mailto:`` and other schemes, web addresses and root-relative paths (``/x``, whose root
    depends on where the list is published) are not checked. Lists given as text rather
    than files are skipped.

    ## Why is this bad
    The picture or page is broken for every reader; usually the file was never committed,
    or the list was copied out of its repository without it.

    ## Example
    ```markdown
    <img src="resources/PTMs.jpg" style="zoom:20%;" />
    ```

    ## Fix
    Commit the file at that path, fix the path, or link the file's public URL.
    """

    code = "PTM307"
    name = "missing-local-target"
    severity = "error"

    def check(self, document: Document, context: Context) -> Iterable[Finding]:
        list_file = Path(document.path)
        if not _exists(list_file, file=True):
            return
        folder = list_file.parent
        # What a list refers to is looked up inside its project only: a list from a pull
        # request must not learn whether ``../../../../etc/passwd`` exists on the runner.
        project = context.memo("project-root", lambda: project_root(context.config.root))
        root = root_for_file(list_file, project)
        for offset, target in local_targets(document):
            path = unquote(_QUERY_OR_FRAGMENT.split(target, maxsplit=1)[0])
            if not path or not is_inside(folder / path, root):
                continue
            if _exists(folder / path) is not False:
                continue  # there, or not checkable (a name too long, a folder not readable)
            yield self.span_finding(
                document,
                offset,
                offset + len(target),
                f"{target!r} does not exist next to this list "
                f"(looked for {(folder / path).as_posix()})",
            )


def _exists(path: Path, file: bool = False) -> bool | None:
    """Whether ``path`` exists (is a file, with ``file``); None when the system cannot say
    (ENAMETOOLONG, EACCES and other errors): such a target is not checkable, not missing."""
    try:
        info = path.stat()
    except (FileNotFoundError, NotADirectoryError):
        return False
    except (OSError, ValueError):
        return None
    return stat.S_ISREG(info.st_mode) if file else True
