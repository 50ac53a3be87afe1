"""Pull-request mode: which lines changed since a git ref, and which findings concern them.

``check --since REF`` keeps a finding when its lines, or a place it relates to (the other
copy of a duplicate), were changed since REF: a new entry that repeats an old one is reported
although the old one did not change. "Since REF" means since the merge base of REF and HEAD
(what a pull request adds, not what its base branch gained meanwhile), up to the working tree;
files git does not track yet count as changed throughout.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from awesome_ptm.errors import InputError
from awesome_ptm.findings import Finding

_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")


def _git(top: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    git = shutil.which("git")
    if git is None:
        raise InputError("--since needs git, which is not installed", None)
    try:
        return subprocess.run([git, *args], cwd=top, capture_output=True, timeout=120, check=False)
    except (OSError, subprocess.SubprocessError) as error:
        raise InputError(f"git failed: {error}", None) from None


@dataclass
class Changes:
    """Changed lines per file (absolute paths); ``whole`` files changed throughout."""

    ref: str
    base: str
    top: Path
    lines: dict[str, set[int]] = field(default_factory=dict)
    whole: set[str] = field(default_factory=set)

    def touches(self, path: str, first: int, last: int | None = None) -> bool:
        """Whether any of lines ``first``..``last`` of ``path`` changed."""
        key = os.path.abspath(path)
        if key in self.whole:
            return True
        changed = self.lines.get(key)
        if not changed:
            return False
        return any(line in changed for line in range(first, (last or first) + 1))

    def involves(self, finding: Finding) -> bool:
        """Whether ``finding`` is on a changed line or relates to one."""
        if self.touches(finding.path, finding.line, finding.end_line):
            return True
        return any(self.touches(related.path, related.line) for related in finding.related)

    def changed_files(self) -> list[str]:
        """Every file with a change (absolute paths), sorted."""
        return sorted(self.whole | {path for path, lines in self.lines.items() if lines})

    def base_text(self, path: str) -> str | None:
        """The text of ``path`` at the base (None when it did not exist there)."""
        relative = os.path.relpath(os.path.abspath(path), self.top).replace(os.sep, "/")
        done = _git(self.top, "show", f"{self.base}:{relative}")
        if done.returncode != 0:
            return None
        return done.stdout.decode("utf-8", "replace")


def changes_since(ref: str, folder: Path | None = None) -> Changes:
    """The lines changed between the merge base of ``ref`` and HEAD, and the working tree.

    Raises :class:`InputError` (one line, with what to do) outside a repository or for a ref
    git does not know (a shallow clone: ``actions/checkout`` needs ``fetch-depth: 0``).
    """
    start = folder or Path.cwd()
    done = _git(start, "rev-parse", "--show-toplevel")
    if done.returncode != 0:
        raise InputError("--since needs a git repository; run it inside one", str(start))
    top = Path(done.stdout.decode().strip())
    if ref.startswith("-"):
        raise InputError(f"--since {ref}: not a git ref", None)
    done = _git(top, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    if done.returncode != 0:
        raise InputError(
            f"--since {ref}: git knows no such commit; fetch it (with actions/checkout, set "
            "fetch-depth: 0)",
            None,
        )
    commit = done.stdout.decode().strip()
    merge_base = _git(top, "merge-base", commit, "HEAD")
    base = merge_base.stdout.decode().strip() if merge_base.returncode == 0 else commit
    changes = Changes(ref=ref, base=base or commit, top=top)
    diff = _git(
        top,
        "-c",
        "core.quotePath=false",
        "diff",
        "--no-color",
        "--no-ext-diff",
        "-U0",
        "--no-renames",
        base,
        "--",
    )
    if diff.returncode != 0:
        message = diff.stderr.decode("utf-8", "replace").strip().splitlines()
        raise InputError(f"git diff failed: {message[0] if message else 'no reason given'}", None)
    current: str | None = None
    for raw in diff.stdout.decode("utf-8", "surrogateescape").splitlines():
        if raw.startswith("+++ "):
            name = raw[4:]
            current = None if name == "/dev/null" else str(top / _unquote(name)[2:])
            if current is not None:
                changes.lines.setdefault(current, set())
            continue
        match = _HUNK.match(raw)
        if match and current is not None:
            start_line = int(match.group(1))
            count = int(match.group(2)) if match.group(2) is not None else 1
            changes.lines[current].update(range(start_line, start_line + count))
    untracked = _git(top, "ls-files", "-z", "--others", "--exclude-standard")
    for name in untracked.stdout.decode("utf-8", "surrogateescape").split("\0"):
        if name:
            changes.whole.add(str(top / name))
    return changes


def _unquote(name: str) -> str:
    """A path as ``git diff`` prints it: C-quoted when it has unusual characters."""
    if not (name.startswith('"') and name.endswith('"')):
        return name
    body = name[1:-1].encode("latin-1", "backslashreplace").decode("unicode_escape")
    return body.encode("latin-1", "replace").decode("utf-8", "replace")
