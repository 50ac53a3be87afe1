"""Project-root containment: paths that come from a config file or a list stay inside the
project.

A config or a list may come from a stranger's pull request; a path in it (an export target,
a list folder, a cache file, a link to ``../../etc/passwd``) must not make the tool read,
write or report on files outside the repository it runs in. The *project root* is the git
top level that holds the config's folder (the nearest folder above it with a ``.git``), or
the config's folder when it is not in a git work tree. Paths are compared after resolving
symlinks, so a symlinked ``dist/`` that leads out of the root counts as outside.

Paths given on the command line are the user's own choice and are not confined.
"""

from __future__ import annotations

import os
from pathlib import Path

from awesome_ptm.errors import ConfigError

__all__ = [
    "confine",
    "confine_lists",
    "escape_controls",
    "git_top_level",
    "is_inside",
    "project_root",
    "root_for_file",
]


def git_top_level(start: Path) -> Path | None:
    """The nearest folder at or above ``start`` that holds ``.git`` (a folder, or the file
    of a worktree or submodule), or None. Looks at the file system only: no ``git``."""
    try:
        folder = Path(os.path.abspath(start))
    except (OSError, ValueError):
        return None
    for candidate in (folder, *folder.parents):
        try:
            if (candidate / ".git").exists():
                return candidate
        except OSError:  # an unreadable folder on the way up: no answer from it
            continue
    return None


def project_root(config_root: Path) -> Path:
    """The project root for a config whose folder is ``config_root``: the git top level that
    holds it, else ``config_root`` itself (absolute, symlinks resolved)."""
    top = git_top_level(config_root)
    return _resolved(top if top is not None else config_root)


def root_for_file(path: Path, project: Path) -> Path:
    """The root that confines what a list file at ``path`` refers to: ``project`` when the
    file is inside it, else the git top level above the file, else the file's folder (a
    list given on the command line from elsewhere keeps to its own tree)."""
    if is_inside(path, project):
        return _resolved(project)
    top = git_top_level(path.parent)
    return _resolved(top if top is not None else path.parent)


def is_inside(path: Path, root: Path) -> bool:
    """Whether ``path``, symlinks resolved (as far as they exist), is ``root`` or below it.
    Never raises: a path that cannot be resolved is not inside."""
    try:
        resolved = _resolved(path)
        base = _resolved(root)
    except (OSError, ValueError, RuntimeError):
        return False
    return resolved == base or base in resolved.parents


def confine(path: Path, root: Path, what: str, origin: str | None = None) -> Path:
    """``path`` if it resolves inside ``root``; otherwise raise a one-line
    :class:`ConfigError` naming ``what`` (the config key) and ``origin`` (the config file)."""
    if is_inside(path, root):
        return path
    shown = os.path.normpath(os.path.abspath(path))
    try:
        resolved = str(_resolved(path))
    except (OSError, ValueError, RuntimeError):
        resolved = shown
    via = f" (through a symlink, {resolved})" if resolved != shown else ""
    raise ConfigError(
        f"{what}: {escape_controls(shown + via)} is outside the project ({root}); paths in a "
        "config must stay inside the project (give paths outside it on the command line)",
        origin,
    )


def confine_lists(paths: list[Path], root: Path, origin: str | None = None) -> list[Path]:
    """``paths`` (the configured list files and folders), after checking that every list
    file found in them resolves inside ``root``: a list file that is a symlink out of the
    project (``lists/x.md -> /etc/passwd``, which git can carry) is refused, not read."""
    from awesome_ptm.read import discover

    for path in paths:
        confine(path, root, "lists", origin)
    for found in discover(paths):
        confine(found, root, "lists", origin)
    return paths


def escape_controls(text: str) -> str:
    """``text`` on one line: control characters (newlines, escapes) written as ``\\n``,
    ``\\x1b`` and so on, so that a file name cannot start a new line in a log."""
    if text.isprintable():
        return text
    return "".join(char if char.isprintable() or char == " " else _escape(char) for char in text)


def _escape(char: str) -> str:
    escaped = repr(char)[1:-1]
    return escaped if escaped != char else f"\\u{ord(char):04x}"


def _resolved(path: Path) -> Path:
    # strict=False: a file that is not there yet (an output) still resolves through the
    # symlinks of the folders above it.
    return Path(os.path.abspath(path)).resolve(strict=False)
