"""One check run, as ``check``, the hooks and the Action do it: config, lists, rules,
baseline, and (``--since``) only what changed. The CLI and the Action both call this; it
imports neither of them."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from awesome_ptm.baseline import Baseline, load_baseline
from awesome_ptm.check import Finding, Result
from awesome_ptm.config import Config, load_config
from awesome_ptm.corpus import Corpus
from awesome_ptm.since import Changes


@dataclass
class CheckRun:
    """What a check run found, and what it ran on."""

    config: Config
    corpus: Corpus
    result: Result
    baseline: Baseline | None = None
    changes: Changes | None = None
    #: Findings dropped by ``--since`` (on lines that did not change).
    unchanged: int = 0

    def reports_stale(self, finding: Finding) -> bool:
        """Whether ``finding`` reports a stale baseline entry (gone after an update)."""
        from awesome_ptm.read import display_path

        return self.baseline is not None and finding.path == display_path(self.baseline.path)

    def notes(self) -> list[str]:
        """What a person should know besides the findings: the baseline, --since, no lists."""
        notes = []
        if self.baseline is not None and self.result.baselined:
            notes.append(
                f"{len(self.result.baselined)} finding(s) accepted by the baseline "
                "(`--no-baseline` shows them)."
            )
        if self.changes is not None:
            notes.append(
                f"since {self.changes.ref}: {self.unchanged} finding(s) on unchanged lines "
                "not shown."
            )
        if not self.corpus.documents:
            notes.append(
                "awesome-ptm: no lists found (no Markdown file); name them with `lists:` in "
                ".awesome-ptm.yaml"
            )
        return notes


def load_lists(config: Config, paths: Sequence[Path] = (), for_fix: bool = False) -> Corpus:
    """The lists to work on: ``paths``, else the configured lists (see
    :meth:`Config.default_paths`).

    A folder is searched as the repository is (:func:`awesome_ptm.discover.discover_lists`:
    ``.gitignore``, vendored folders and project files left out), and a file in it that
    ``build`` generated is skipped; a file named is read as it is. A discovered file that
    ``build`` writes into (zero config) is read without its generated region, and left out
    for ``fix``, which writes files back whole."""
    from awesome_ptm.errors import InputError
    from awesome_ptm.parse._document import build_document
    from awesome_ptm.read import GENERATED_MARKER, blank_generated, display_path, read_source

    discovered = not paths and config.discovered
    chosen: list[tuple[Path, bool]] = []  # (file, found in a folder)
    for path in [] if discovered else list(paths) or config.default_paths():
        if path.is_dir():
            # Imported here: gitignore matching (pathspec) is needed only to search a folder.
            from awesome_ptm.discover import discover_lists

            inside = discover_lists(path, untracked=True)
            if not inside:
                raise InputError(
                    "directory has no Markdown files (*.md); give a list file or another folder",
                    display_path(path),
                )
            chosen.extend((found, True) for found in inside)
        elif path.exists() or path.is_symlink():
            chosen.append((path, False))
        else:
            raise InputError("no such file or directory", display_path(path))
    if discovered:
        chosen = [(path, False) for path in config.default_paths()]
    documents = []
    seen: set[str] = set()
    for path, in_folder in chosen:
        key = os.path.abspath(path)
        if key in seen:
            continue
        seen.add(key)
        source = read_source(path, max_bytes=config.max_file_size)
        text = source.text
        if GENERATED_MARKER in text and (in_folder or discovered):
            if in_folder or for_fix:
                continue  # an output of build, or (for fix) a file written back whole
            text = blank_generated(text)
        documents.append(build_document(text, source.display, source.bom, source.newline))
    return Corpus(documents)


def use_baseline(config: Config) -> Baseline:
    """Load the config's baseline and put it in force (``config.accepted``)."""
    baseline = load_baseline(config.baseline_path())
    config.accepted = baseline if baseline.exists else None
    return baseline


def validate_selectors(config: Config, select: list[str], ignore: list[str]) -> None:
    """Refuse a selector that matches no rule, with a "did you mean" and, for the config's
    own, its file and line (the rules would refuse it too, without either)."""
    from awesome_ptm.config import did_you_mean, key_line
    from awesome_ptm.errors import ConfigError
    from awesome_ptm.read import display_path
    from awesome_ptm.rules import ALL_RULES

    names = [rule.name for rule in ALL_RULES] + [rule.code for rule in ALL_RULES]

    def known(selector: str) -> bool:
        upper = selector.upper()
        return upper == "ALL" or any(
            rule.code.startswith(upper) or rule.name == selector for rule in ALL_RULES
        )

    given: list[tuple[str, str, int | None]] = []
    given += [("--select", s, None) for s in select]
    given += [("--ignore", s, None) for s in ignore]
    given += [("select", s, i) for i, s in enumerate(config.select)]
    given += [("ignore", s, i) for i, s in enumerate(config.ignore)]
    for origin, selector, index in given:
        if known(selector):
            continue
        hint = did_you_mean(selector, names)
        hint = hint if hint.startswith(" (did") else ""
        message = f"{origin}: {selector!r} matches no rule code, prefix or name{hint}; "
        message += "see `awesome-ptm rules`"
        if index is None or config.source is None:
            raise ConfigError(message)
        line = key_line(config.source, [origin, index])
        raise ConfigError(message, display_path(config.source), line)


def run_check(
    paths: Sequence[Path],
    config_path: Path | None,
    select: list[str],
    ignore: list[str],
    *,
    since: str | None = None,
    baseline: bool = True,
) -> CheckRun:
    """Load the config and the lists, run the selected rules, apply the baseline and
    ``since``: what ``check`` reports."""
    from awesome_ptm.check import run_checks

    config = load_config(config_path)
    validate_selectors(config, select, ignore)
    accepted = use_baseline(config) if baseline else None
    corpus = load_lists(config, paths)
    result = run_checks(corpus, config, select, ignore)
    run = CheckRun(config, corpus, result, accepted if accepted and accepted.exists else None)
    if since is not None:
        from awesome_ptm.since import changes_since

        changes = changes_since(since, config.root)
        kept = [finding for finding in result.findings if changes.involves(finding)]
        run.unchanged = len(result.findings) - len(kept)
        result.findings = kept
        run.changes = changes
    return run


def update_baseline(run: CheckRun) -> tuple[int, int]:
    """Drop the records that no longer match (fixed findings); ``(kept, dropped)``.

    Only the files and rules of this run are judged; records of others are kept."""
    from awesome_ptm.write import atomic_write

    baseline = run.baseline
    if baseline is None:
        return 0, 0
    checked = {baseline.relative(document.path) for document in run.corpus.documents}
    ran = set(run.result.rules)
    matched = list(run.result.baseline_matched)
    others = [r for r in baseline.records if r.path not in checked or r.rule not in ran]
    keep = sorted([*matched, *others])
    dropped = len(baseline.records) - len(keep)
    if dropped:
        atomic_write(baseline.path, baseline.text(keep).encode("utf-8"))
    return len(keep), dropped
