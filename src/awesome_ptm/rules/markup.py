"""PTM5xx: markup — bold that does not render, brackets closed with the other width."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from awesome_ptm.findings import Finding
from awesome_ptm.model import Document
from awesome_ptm.parse._inline import BARE_URL, trim_url
from awesome_ptm.parse._markdown import markdown
from awesome_ptm.rules._base import Context, Rule

# ``**…**`` / ``__…__`` with no delimiter character inside: the content class excludes the
# delimiter, so a run of one character cannot make the engine backtrack.
_STRONG_STAR = re.compile(r"\*\*([^*\n]+)\*\*")
_STRONG_UNDERSCORE = re.compile(r"__([^_\n]+)__")
_CODE_SPAN = re.compile(r"`[^`\n]*`")
_STRONG_OPEN = "<strong>"
_OPENING = "([{（【《“‘"
_CLOSING = ")]}）】》”’"
# Each candidate is confirmed by rendering the text around it (this many characters each
# side); a line with more candidates than the cap is not worth more of them.
_WINDOW = 200
_MAX_CANDIDATES = 50


def entry_and_heading_lines(document: Document) -> list[int]:
    """Lines of entries and headings (where emphasis and brackets are content), in order."""
    lines = {heading.line for heading in document.headings}
    for entry in document.entries:
        lines.update(range(entry.source.line, entry.source.end_line + 1))
    return sorted(lines)


def may_have_markup_problem(line: str) -> bool:
    """Whether either markup rule can find anything on ``line``: bold delimiters, or brackets
    that can be unbalanced (【】《》) or mismatched (round brackets of both widths). Masking
    only blanks characters out, so a line without them has none once masked either."""
    return (
        "**" in line
        or "__" in line
        or not _PAIR_CHARS.isdisjoint(line)
        or (("(" in line or ")" in line) and ("（" in line or "）" in line))
    )


#: Blocks whose lines Markdown renders as text (not code, raw HTML or a rule): bold that
#: does not render shows its asterisks there too.
_NOT_RENDERED_BLOCKS = frozenset({"code", "html", "rule"})


def rendered_block_lines(document: Document) -> list[int]:
    """Lines that are neither entries nor headings but are rendered as Markdown text (prose,
    quotes, tables of contents, labels, items that name a group), in order."""
    lines: set[int] = set()
    for block in document.blocks:
        if block.kind not in _NOT_RENDERED_BLOCKS:
            lines.update(range(block.line, block.end_line + 1))
    # Items that name a group ("- <a id="scala">**Scala** - Scala NLP Libraries</a>").
    lines.update(s.source.line for s in document.sections if s.kind != "heading")
    return sorted(lines)


def masked_lines(
    document: Document,
    wanted: Callable[[str], bool] | None = None,
    numbers: Iterable[int] | None = None,
) -> dict[int, str]:
    """Each entry and heading line (or each of ``numbers``) with inline code and URLs
    blanked out (``\\0``, same length), so that brackets and asterisks inside them are not
    read as markup. With ``wanted``, only the lines it accepts."""
    text = document.text
    offsets = document.line_offsets()
    count = len(offsets) - 1
    blank: dict[int, list[tuple[int, int]]] = {}
    for entry in document.entries:
        for link in entry.links:
            # iter_link_spans and position() inlined: this runs for every link of the list.
            line, column, url = link.line, link.column, link.url
            if column is None:
                continue
            start = offsets[line - 1] + column - 1
            if not text.startswith(url, start):
                continue
            if not (0 < line <= count and offsets[line - 1] <= start < offsets[line]):
                line, column = document.position(start)  # a column past its line's end
            spans = blank.get(line)
            if spans is None:
                spans = blank[line] = []
            spans.append((column - 1, column - 1 + len(url)))
    result: dict[int, str] = {}
    for number in entry_and_heading_lines(document) if numbers is None else numbers:
        line_text = text[offsets[number - 1] : offsets[number] - 1]
        if wanted is not None and not wanted(line_text):
            continue
        spans = list(blank.get(number, ()))
        if "`" in line_text:
            spans.extend(m.span() for m in _CODE_SPAN.finditer(line_text))
        if "://" in line_text:  # BARE_URL needs it
            for match in BARE_URL.finditer(line_text):
                url = trim_url(match.group(0))
                spans.append((match.start(), match.start() + len(url)))
        result[number] = _blank_out(line_text, spans) if spans else line_text
    return result


def _blank_out(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the characters of each span replaced by ``\\0`` (spans may overlap)."""
    pieces: list[str] = []
    at = 0
    size = len(text)
    for start, end in sorted(spans):
        # Comparisons rather than max()/min(): two builtin calls per span add up.
        if start < at:
            start = at
        if end > size:
            end = size
        if start < end:
            pieces.append(text[at:start])
            pieces.append("\0" * (end - start))
            at = end
    pieces.append(text[at:])
    return "".join(pieces)


def shared_masked_lines(document: Document, context: Context) -> dict[int, str]:
    """:func:`masked_lines`, computed once per run for both markup rules, of the lines where
    they may find something (:func:`may_have_markup_problem`; most list lines have only
    ASCII round brackets, which neither rule looks at)."""
    lines: dict[int, str] = context.memo(
        f"markup.masked:{document.path}",
        lambda: masked_lines(document, may_have_markup_problem),
    )
    return lines


# --- PTM501 broken-emphasis ----------------------------------------------------------------


def strong_count(text: str) -> int:
    """How many bold runs markdown-it renders in one line of inline text."""
    html: str = markdown().renderInline(text)
    return html.count(_STRONG_OPEN)


# ``<`` excluded inside: a run of "<" costs linear time, not quadratic.
_TAG = re.compile(r"<[^<>]*>")
_STRONG_CLOSE = "</strong>"


def _plain(html: str) -> str:
    return _TAG.sub("", html).strip()


def _bold_texts(text: str) -> list[str]:
    """The text of each bold run markdown-it renders in one line of inline text (found with
    str.find, which scans the HTML once)."""
    html: str = markdown().renderInline(text)
    texts: list[str] = []
    at = html.find(_STRONG_OPEN)
    while at != -1:
        start = at + len(_STRONG_OPEN)
        end = html.find(_STRONG_CLOSE, start)
        if end == -1:
            break
        texts.append(_plain(html[start:end]))
        at = html.find(_STRONG_OPEN, end)
    return texts


@dataclass(frozen=True, slots=True)
class BrokenStrong:
    start: int  # column offset (0-based) of the opening delimiter
    end: int  # column offset just after the closing delimiter
    written: str
    replacement: str


def _repairs(line: str, start: int, end: int, delimiter: str) -> Iterator[str]:
    """Rewrites of ``line[start:end]`` with the spaces inside the delimiters moved outside
    (where they separate the bold text from a word or an opening bracket) or dropped."""
    inner = line[start + len(delimiter) : end - len(delimiter)]
    content = inner.strip()
    lead = inner[: len(inner) - len(inner.lstrip())]
    trail = inner[len(inner.rstrip()) :]
    before = line[start - 1] if start > 0 else " "
    after = line[end] if end < len(line) else " "
    keep_lead = lead if before.isalnum() or before in _CLOSING else ""
    keep_trail = trail if after.isalnum() or after in _OPENING else ""
    yield f"{keep_lead}{delimiter}{content}{delimiter}{keep_trail}"
    yield f"{delimiter}{content}{delimiter}"


def broken_strong(line: str, masked: str) -> list[BrokenStrong]:
    """Bold runs of ``line`` that markdown-it shows with their asterisks because the text
    inside starts or ends with a space, each with a rewrite that renders (checked)."""
    found: list[BrokenStrong] = []
    checked = 0
    for pattern, delimiter in ((_STRONG_STAR, "**"), (_STRONG_UNDERSCORE, "__")):
        for match in pattern.finditer(masked):
            inner = match.group(1)
            start, end = match.span()
            if (
                not inner.strip()
                or inner == inner.strip()
                or line[start - 1 : start] == delimiter[0]
                or line[end : end + 1] == delimiter[0]
            ):
                continue
            checked += 1
            if checked > _MAX_CANDIDATES:
                break
            left = line[max(0, start - _WINDOW) : start]
            right = line[end : end + _WINDOW]
            before = left + line[start:end] + right
            baseline = strong_count(before)
            # The text as written (a masked link inside, ``**[Title](url) **``, is read
            # with its link).
            written = line[start + len(delimiter) : end - len(delimiter)]
            meant = _plain(markdown().renderInline(written.strip()))
            for replacement in _repairs(line, start, end, delimiter):
                after = left + replacement + right
                # More bold runs, or the same number with this text bold now (in a line of
                # several, the stray delimiter pairs with the next run's: "**Issues **中…
                # **线索**" renders bold, but the wrong words).
                if strong_count(after) > baseline or _bold_texts(after).count(meant) > _bold_texts(
                    before
                ).count(meant):
                    found.append(BrokenStrong(start, end, line[start:end], replacement))
                    break
    return sorted(found, key=lambda b: b.start)


def _has_strong_delimiter(line: str) -> bool:
    return "**" in line or "__" in line


class BrokenEmphasis(Rule):
    """Bold markup that renders as literal asterisks: ``**ACL 2020 **``.

    ## What it does
    Reports ``**…**`` and ``__…__`` in entries, headings and the other text Markdown renders
    (prose, quotes, tables of contents; not code or raw HTML) whose text starts or ends with a
    space, which CommonMark does not read as bold, so the page shows the asterisks. Each
    case is confirmed with markdown-it: only runs that do not render as bold, and that do
    once the spaces are moved, are reported. Inline code and URLs are ignored.

    ## Why is this bad
    Readers see ``**ACL 2020 **`` instead of **ACL 2020**, and tools reading the list miss
    the venue the author marked.

    ## Example
    ```markdown
    3. BART: Denoising Sequence-to-Sequence Pre-training，**ACL 2020 **(https://www.aclweb.org/anthology/2020.acl-main.703.pdf)降噪
    ```

    ## Fix
    Safe: the spaces move outside the delimiters where they separate the bold text from
    its neighbour and are dropped where there is already a space, so
    ``**ACL 2020 **(`` becomes ``**ACL 2020** (``. The fix is only offered when the
    rewritten line renders the bold text, and only in entries and headings: in prose the
    asterisks may be shown on purpose, so a human decides.
    """

    code = "PTM501"
    name = "broken-emphasis"
    severity = "error"
    fixable = "safe"

    def check(self, document: Document, context: Context) -> Iterable[Finding]:
        lines = dict(shared_masked_lines(document, context))
        content = set(lines)
        prose = [
            n
            for n in rendered_block_lines(document)
            if _has_strong_delimiter(document.line_text(n))
        ]
        if prose:  # (masking walks every link of the file: only when there is bold to check)
            lines.update(masked_lines(document, numbers=prose))
        for number, masked in sorted(lines.items()):
            if "**" not in masked and "__" not in masked:
                continue
            line = document.line_text(number)
            base = document.offset(number)
            for broken in broken_strong(line, masked):
                # In prose the asterisks may be shown on purpose (a note on Markdown
                # itself): reported, but the fix, which changes the rendering, is left to
                # a human there.
                fix = (
                    self.replace(
                        base + broken.start,
                        base + broken.end,
                        broken.replacement,
                        message=f"write {broken.replacement.strip()}",
                    )
                    if number in content
                    else None
                )
                yield self.span_finding(
                    document,
                    base + broken.start,
                    base + broken.end,
                    f"{broken.written} is not rendered bold (the reader sees the markup): "
                    "bold text cannot start or end with a space",
                    fix=fix,
                )


# --- PTM502 mismatched-bracket -------------------------------------------------------------

_ROUND_OPEN = {"(": ")", "（": "）"}
_ROUND_CLOSE = {")": "(", "）": "（"}
_PAIRS = {"【": "】", "《": "》"}
_CLOSERS = {close: open_ for open_, close in _PAIRS.items()}
_PAIR_CHARS = frozenset("【】《》")
_BRACKET_CHARS = re.compile(
    "[" + re.escape("".join([*_ROUND_OPEN, *_ROUND_CLOSE, *_PAIRS, *_CLOSERS])) + "]"
)


@dataclass(frozen=True, slots=True)
class BracketProblem:
    column: int  # 0-based
    message: str
    replacement: str | None  # for the character at ``column``


def _width(char: str) -> str:
    return "full-width" if ord(char) > 0x7F else "ASCII"


def bracket_problems(masked: str) -> list[BracketProblem]:
    """Round brackets closed with the other width, and unbalanced 【】《》, in one line."""
    if not may_have_markup_problem(masked):
        return []  # no 【】《》, and round brackets of one width only: nothing to pair up
    return _bracket_problems(masked)


def _bracket_problems(masked: str) -> list[BracketProblem]:
    """:func:`bracket_problems` of any line, without its shortcut."""
    problems: list[BracketProblem] = []
    round_stack: list[int] = []
    mismatched: list[tuple[int, int]] = []  # (opener column, closer column)
    stacks: dict[str, list[int]] = {open_: [] for open_ in _PAIRS}
    stray: dict[str, int] = {}  # first closer of each pair with nothing to close
    for match in _BRACKET_CHARS.finditer(masked):  # only the characters looked at below
        column, char = match.start(), match.group()
        if char in _ROUND_OPEN:
            round_stack.append(column)
        elif char in _ROUND_CLOSE:
            if not round_stack:
                continue  # "1)" numbering and the like
            opener = round_stack.pop()
            if _ROUND_OPEN[masked[opener]] != char:
                mismatched.append((opener, column))
        elif char in _PAIRS:
            stacks[char].append(column)
        elif char in _CLOSERS:
            stack = stacks[_CLOSERS[char]]
            if stack:
                stack.pop()
            else:
                stray.setdefault(char, column)
    # The pairing is certain only when every round bracket opened on the line is closed.
    certain = not round_stack
    for opener, closer in mismatched:
        open_char, close_char = masked[opener], masked[closer]
        wanted = _ROUND_OPEN[open_char]
        problems.append(
            BracketProblem(
                closer,
                f"{_width(open_char)} {open_char} (column {opener + 1}) is closed by "
                f"{_width(close_char)} {close_char}; close it with {wanted}",
                wanted if certain else None,
            )
        )
    # One report per kind and line: a line of a hundred 《 is one problem.
    for close, column in stray.items():
        message = f"{close} closes nothing: no {_CLOSERS[close]} before it"
        problems.append(BracketProblem(column, message, None))
    for open_, stack in stacks.items():
        if stack:
            message = f"{open_} is never closed: no {_PAIRS[open_]} after it"
            problems.append(BracketProblem(stack[0], message, None))
    return sorted(problems, key=lambda p: p.column)


class MismatchedBracket(Rule):
    """A bracket opened with one width and closed with the other: ``（…)``, ``(…）``.

    ## What it does
    Reports, in entries and headings, round brackets opened full-width and closed ASCII or
    the other way round, and ``【】``/``《》`` left unbalanced on a line. Brackets inside URLs
    and inline code are ignored, as is a lone closing ``)`` (``1)`` numbering).

    ## Why is this bad
    It looks sloppy in a rendered list; worse, a full-width ``（`` closed by ``)`` after a
    URL invites editors and tools to take the ``)`` as part of the URL, and an unclosed
    ``《`` swallows the rest of a title.

    ## Example
    ```markdown
    2. E-BERT: Adapting BERT to E-commerce （https://arxiv.org/pdf/2009.02835.pdf) 电商
    ```

    ## Fix
    Safe: the closing bracket is changed to match the opening one (``）`` after ``（``,
    ``)`` after ``(``), when every round bracket of the line is closed so the pairing is
    certain. Unbalanced ``【】``/``《》`` need a human to say where the title ends.
    """

    code = "PTM502"
    name = "mismatched-bracket"
    severity = "info"
    fixable = "safe"

    def check(self, document: Document, context: Context) -> Iterable[Finding]:
        for number, masked in shared_masked_lines(document, context).items():
            base = document.offset(number)
            for problem in bracket_problems(masked):
                start = base + problem.column
                fix = (
                    self.replace(
                        start, start + 1, problem.replacement, message=f"use {problem.replacement}"
                    )
                    if problem.replacement is not None
                    else None
                )
                yield self.span_finding(document, start, start + 1, problem.message, fix=fix)


RULES: tuple[type[Rule], ...] = (BrokenEmphasis, MismatchedBracket)
