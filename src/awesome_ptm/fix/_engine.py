"""The fix loop (ruff's) and the safety check around it (mdformat's).

1. Check the whole corpus; take the fixes whose applicability is allowed; per file, apply
   the fixes that do not meet an edit already chosen, by position then code; re-parse the
   changed files and check again, until no fix is offered or ``max_passes`` is reached.
2. Check each changed file against its original: entries keep their titles, canonical
   links and notes (:mod:`._entries`), and the text outside the edits renders the same
   (:mod:`._render`).
3. When a file fails, drop the fixes of one rule at a time (in the order the rules were
   first applied) and rerun; the first rule whose removal makes the file pass is refused
   there. When none does, the file is left untouched.
"""

from __future__ import annotations

import gc
import hashlib
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

from awesome_ptm.check import Finding, Result, run_checks
from awesome_ptm.config import Config
from awesome_ptm.corpus import Corpus
from awesome_ptm.findings import Edit
from awesome_ptm.fix._apply import Offered, apply_edits, choose, prepare
from awesome_ptm.fix._changes import Change, ChangeMap
from awesome_ptm.fix._entries import entry_problem
from awesome_ptm.fix._render import html_problem
from awesome_ptm.fix._result import FileResult
from awesome_ptm.fix._words import WordContext, word_problem
from awesome_ptm.model import Document
from awesome_ptm.parse import assign_ids, parse_text

#: Rules whose fixes may remove entries, links or notes on purpose: placeholders (empty
#: items and all-NULL rows, PTM212) and merged duplicates (PTM101 duplicate-url, PTM102
#: duplicate-title). The safety check lets an entry, a link or a note go only where an edit
#: of one of these rules touched it; any other loss refuses the fix.
REMOVING_RULES: frozenset[str] = frozenset({"PTM212", "PTM101", "PTM102"})


@dataclass(frozen=True, slots=True)
class _Options:
    config: Config
    select: list[str] | None
    ignore: list[str] | None
    unsafe: bool
    max_passes: int

    def allows(self, applicability: str) -> bool:
        return applicability == "safe" or (self.unsafe and applicability == "unsafe")


@dataclass
class _State:
    """One file during a run of the loop."""

    original: Document
    document: Document
    changes: ChangeMap = field(default_factory=ChangeMap)
    removals: list[tuple[int, int]] = field(default_factory=list)
    applied: Counter[str] = field(default_factory=Counter)
    order: list[str] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)
    pending: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    #: Digest of the text after each pass (the original first), to see a fix loop cycle.
    seen: list[bytes] = field(default_factory=list)
    #: The codes applied in each pass.
    passes: list[list[str]] = field(default_factory=list)
    #: Why the loop did not settle in this file, once it is known (the rules are refused).
    unsettled: str | None = None

    #: The current text (kept apart from ``document``, which :meth:`release` lets go).
    text: str = field(init=False)

    def __post_init__(self) -> None:
        self.text = self.document.text

    def release(self) -> None:
        """Let the parse of the fixed text go once the loop and the entry check are done
        (the HTML check works on the texts): the original's parse is held anyway."""
        self.document = self.original

    def replace(self, edits: list[Edit]) -> None:
        """Apply disjoint edits to the current text and re-parse it."""
        edits = sorted(edits, key=lambda e: (e.start, e.end))
        text = apply_edits(self.text, edits)
        self.changes.apply([Change(e.start, e.end, len(e.content)) for e in edits])
        # Let the previous parse go before the next one is made (the original stays anyway):
        # two parses of a large list at once would double the peak.
        self.document = self.original
        document = parse_text(text, self.original.path)
        document.bom = self.original.bom
        document.newline = self.original.newline
        self.document = document
        self.text = document.text


def _reparse_corpus(states: Mapping[str, _State]) -> Corpus:
    return Corpus([state.document for state in states.values()])


def _offered(
    findings: list[Finding],
    states: Mapping[str, _State],
    options: _Options,
    blocked: Mapping[str, set[str]],
    frozen: set[str],
) -> dict[str, list[Offered]]:
    offered: dict[str, list[Offered]] = {}
    contexts: dict[str, WordContext] = {}
    for finding in findings:
        fix = finding.fix
        state = states.get(finding.path)
        if fix is None or state is None or not options.allows(fix.applicability):
            continue
        if finding.path in frozen or finding.code in blocked.get(finding.path, ()):
            continue
        item, problem = prepare(finding, fix, state.text)
        if item is not None:
            context = contexts.get(finding.path)
            if context is None or context.document is not state.document:
                context = contexts[finding.path] = WordContext(state.document)
            problem = word_problem(finding, item.edits, context)
            if problem is not None:
                item = None
        if problem is not None:
            line = f"{finding.code} ({finding.name}): fix refused: {problem}"
            if line not in state.problems:
                state.problems.append(line)
        if item is not None:
            offered.setdefault(finding.path, []).append(item)
    return offered


def _restore_final_newline(state: _State) -> None:
    """End the fixed text as the original ended: with a line ending or without."""
    text, original = state.text, state.original.text
    if text == original or not text:
        return
    if original.endswith("\n") and not text.endswith("\n"):
        state.replace([Edit(len(text), len(text), "\n")])
    elif not original.endswith("\n") and text.endswith("\n"):
        state.replace([Edit(len(text.rstrip("\n")), len(text), "")])


def _digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def _apply_pass(states: Mapping[str, _State], offered: dict[str, list[Offered]]) -> None:
    """Apply the chosen fixes of one pass to each file and re-parse it; a file whose text
    comes back to one it had after an earlier pass is cycling (see :func:`_cycle`)."""
    for path, items in offered.items():
        state = states[path]
        if state.unsettled is not None:
            continue
        if not state.seen:
            state.seen.append(_digest(state.text))
        chosen = choose(items)
        state.passes.append(sorted({item.code for item in chosen}))
        for item in chosen:
            state.applied[item.code] += 1
            state.names[item.code] = item.finding.name
            if item.code not in state.order:
                state.order.append(item.code)
            if item.code in REMOVING_RULES:
                state.removals.extend(
                    state.changes.old_span(edit.start, edit.end) for edit in item.edits
                )
        state.replace([edit for item in chosen for edit in item.edits])
        digest = _digest(state.text)
        if digest in state.seen:
            _cycle(state, state.seen.index(digest))
        state.seen.append(digest)


def _cycle(state: _State, since: int) -> None:
    """The text after the last pass is the text after pass ``since``: the fixes applied
    since undo one another, and would go round for ever."""
    codes = sorted({code for applied in state.passes[since:] for code in applied})
    state.pending = codes
    state.unsettled = (
        f"its fixes do not settle: after pass {len(state.passes)} the text is again what it "
        f"was {'before the first pass' if since == 0 else f'after pass {since}'} "
        f"(a cycle of {', '.join(codes)})"
    )


def _run(
    documents: list[Document],
    options: _Options,
    blocked: Mapping[str, set[str]],
    frozen: set[str],
) -> tuple[dict[str, _State], Result | None]:
    """One run of the fix loop over the corpus, applying no fix of the ``blocked`` codes of a
    path and none at all in ``frozen`` paths. Also returns the last check, when it is the
    check of the texts as they end (what ``fix`` reports as remaining)."""
    states = {document.path: _State(document, document) for document in documents}
    checked: Result | None = None
    for number in range(max(options.max_passes, 0) + 1):
        # The findings of the last pass go before the next check (only the offered fixes
        # are kept): at 100,000 entries they are hundreds of megabytes.
        offered = {}
        checked = None
        checked = run_checks(
            _reparse_corpus(states),
            options.config,
            select=options.select,
            ignore=options.ignore,
        )
        offered = _offered(checked.findings, states, options, blocked, frozen)
        offered = {path: items for path, items in offered.items() if not states[path].unsettled}
        if not offered:
            break
        if number == options.max_passes:
            for path, items in offered.items():
                state = states[path]
                state.pending = sorted({item.code for item in items})
                grew = len(state.text) - len(state.original.text)
                growth = f"; the text grew by {grew:,} characters" if grew > 0 else ""
                state.unsettled = (
                    f"its fixes do not settle: still editing after {options.max_passes} "
                    f"passes{growth}"
                )
            break
        checked = None  # the texts change: that check is of the texts before
        _apply_pass(states, offered)
    for state in states.values():
        before = state.text
        _restore_final_newline(state)
        if state.text != before:
            checked = None
    return states, checked


def _problem(state: _State) -> str | None:
    """Why the fixed text of this file is unsafe, or None."""
    if state.text == state.original.text:
        return None
    problem = entry_problem(state.original, state.document, state.removals)
    state.release()
    return problem or html_problem(state.original.text, state.text, state.changes.hunks)


def fix_corpus(
    corpus: Corpus,
    config: Config,
    *,
    select: list[str] | None,
    ignore: list[str] | None,
    unsafe: bool = False,
    max_passes: int = 10,
) -> list[FileResult]:
    """Fix every document of ``corpus``; nothing is written (see ``write_results``).

    Applies safe fixes (and unsafe ones with ``unsafe=True``) of the rules chosen by
    ``select``/``ignore`` (else the config's), pass after pass, then checks each changed file
    for safety. Returns one result per document, in corpus order.
    """
    documents = list(corpus.documents)
    options = _Options(config, select, ignore, unsafe, max_passes)
    blocked: dict[str, set[str]] = {}
    frozen: set[str] = set()
    refused: dict[str, list[str]] = {document.path: [] for document in documents}
    # What exists now (the parsed corpus, the rules' caches) outlives the loop: frozen, the
    # collector's full passes over the loop's own objects skip it (at 100,000 entries they
    # walked millions of entry objects again and again). Not when the caller froze objects.
    freeze = gc.isenabled() and gc.get_freeze_count() == 0
    if freeze:
        gc.freeze()
    try:
        while True:
            states, checked = _run(documents, options, blocked, frozen)
            if _refuse_unsettled(states, blocked, refused):
                continue  # again without the rules that do not settle
            failing = [
                (path, reason) for path, state in states.items() if (reason := _problem(state))
            ]
            if not failing:
                break
            for path, reason in failing:
                _settle(path, reason, states[path], documents, options, blocked, frozen, refused)
    finally:
        if freeze:
            gc.unfreeze()
        assign_ids(corpus.entries)  # rebuilt corpora renumbered the shared entries
    results = []
    for document in documents:
        state = states[document.path]
        results.append(
            FileResult(
                path=document.path,
                original=document.text,
                fixed=state.text,
                applied=dict(sorted(state.applied.items())),
                refused=refused[document.path] + state.problems,
                converged=not state.pending,
                pending=list(state.pending),
                final_check=checked,
            )
        )
    return results


def _refuse_unsettled(
    states: Mapping[str, _State], blocked: dict[str, set[str]], refused: dict[str, list[str]]
) -> bool:
    """Refuse, in each file where the loop did not settle, the rules it was still applying
    (a fix that keeps editing, grows the text or cycles would be written half-way: nothing
    of theirs is written). Whether any rule was refused."""
    any_refused = False
    for path, state in states.items():
        if state.unsettled is None:
            continue
        mine = blocked.setdefault(path, set())
        for code in state.pending:
            if code in mine:
                continue
            mine.add(code)
            name = state.names.get(code, code)
            refused[path].append(f"{code} ({name}): fix refused: {state.unsettled}")
            any_refused = True
    return any_refused


def _settle(
    path: str,
    reason: str,
    state: _State,
    documents: list[Document],
    options: _Options,
    blocked: dict[str, set[str]],
    frozen: set[str],
    refused: dict[str, list[str]],
) -> None:
    """Find the rule whose fixes make ``path`` fail, and refuse them there (or leave the
    file untouched)."""
    codes = list(state.order)
    mine = blocked.setdefault(path, set())

    def refuse(code: str, why: str) -> None:
        mine.add(code)
        refused[path].append(f"{code} ({state.names.get(code, code)}): fix refused: {why}")

    if len(codes) == 1:
        refuse(codes[0], reason)
        return
    if not codes:
        frozen.add(path)
        refused[path].append(f"left untouched: {reason}")
        return
    for code in codes:
        trial = {key: set(value) for key, value in blocked.items()}
        trial[path] = mine | {code}
        states, _ = _run(documents, options, trial, frozen)
        if _problem(states[path]) is None:
            refuse(code, reason)
            return
    frozen.add(path)
    refused[path].append(
        f"left untouched: {reason} (dropping the fixes of any one of {', '.join(codes)} "
        "does not make it safe)"
    )
