"""Which files are lists when no config names them (zero config).

The lists of a repository are its Markdown files that git tracks (outside a repository: the
folder's Markdown files, ``.gitignore`` honoured), less the folders of vendored or generated
files and the project files that are not lists (``CONTRIBUTING.md`` and the like), both named
in ``data/discover.yaml``. Matching is gitignore's, by :mod:`pathspec`.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
from pathlib import Path

import pathspec

from awesome_ptm.datafiles import load_data
from awesome_ptm.read import MARKDOWN_SUFFIXES, folder_entries


@functools.cache
def _skipped() -> pathspec.GitIgnoreSpec:
    data = load_data("discover.yaml")
    return pathspec.GitIgnoreSpec.from_lines([*data["vendor"], *data["not_lists"]])


def git_root(folder: Path) -> Path | None:
    """The top folder of the git work tree that holds ``folder``, or None."""
    git = shutil.which("git")
    if git is None:
        return None
    try:
        done = subprocess.run(
            [git, "rev-parse", "--show-toplevel"],
            cwd=folder,
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    top = done.stdout.strip()
    return Path(top) if done.returncode == 0 and top else None


def _git_files(root: Path, untracked: bool = False) -> list[str] | None:
    """The files git tracks under ``root`` (relative, ``/``-separated), with ``untracked``
    also those it does not track but does not ignore; None outside a repository."""
    git = shutil.which("git")
    if git is None or git_root(root) is None:
        return None
    args = [git, "ls-files", "-z", "--cached"]
    if untracked:
        args += ["--others", "--exclude-standard"]
    try:
        done = subprocess.run(
            [*args, "--", "."], cwd=root, capture_output=True, timeout=60, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if done.returncode != 0:
        return None
    names = done.stdout.decode("utf-8", "surrogateescape").split("\0")
    return sorted({name for name in names if name})


def _gitignore(root: Path) -> pathspec.GitIgnoreSpec:
    """The patterns of ``root/.gitignore`` (outside git only: git applies its own)."""
    try:
        lines = (root / ".gitignore").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        lines = []
    return pathspec.GitIgnoreSpec.from_lines(lines)


def _walk(root: Path, ignored: pathspec.GitIgnoreSpec) -> list[str]:
    """Markdown files under ``root`` (relative names), pruning ignored, vendored and hidden
    folders, not entering symlinked ones. An explicit stack, not ``os.walk``, whose recursion
    before Python 3.12 overflows on a folder nested a thousand deep."""
    found: list[str] = []
    stack = [""]
    while stack:
        prefix = stack.pop()
        entries = folder_entries(root / prefix if prefix else root)
        if entries is None:
            continue
        folders = []
        for entry in entries:
            name = prefix + entry.name
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                if entry.name.startswith(".") or entry.is_symlink():
                    continue
                if ignored.match_file(name + "/") or _skipped().match_file(name + "/"):
                    continue
                folders.append(name + "/")
            elif not ignored.match_file(name):
                found.append(name)
        stack.extend(reversed(folders))
    return found


def is_markdown(name: str) -> bool:
    """Whether a file name has a Markdown ending."""
    return name.lower().endswith(MARKDOWN_SUFFIXES)


def discover_lists(
    root: Path, exclude: tuple[Path, ...] = (), untracked: bool = False
) -> list[Path]:
    """The lists of the project at ``root``, in a stable order (see the module's docstring).

    ``exclude`` are outputs that must not be read as lists (a generated README, the exports).
    ``untracked``: also the files git does not track but does not ignore (a folder given on
    the command line: a new list is checked before it is added).
    """
    names = _git_files(root, untracked)
    if names is not None and not untracked and not any(is_markdown(n) for n in names):
        # A repository with no Markdown committed yet (``git init``, then ``awesome-ptm
        # init``): its lists are the files it is about to add, not none at all.
        names = _git_files(root, untracked=True)
    if names is None:
        names = _walk(root, _gitignore(root))
    skipped = {Path(os.path.abspath(path)) for path in exclude}
    lists = []
    # Sorted as paths (by their parts), as a folder's files always were.
    for name in sorted(names, key=lambda name: Path(name).parts):
        if not is_markdown(name) or _skipped().match_file(name):
            continue
        if any(part.startswith(".") for part in Path(name).parts):
            continue  # hidden files and folders, as a folder scan always skipped them
        path = root / name
        if Path(os.path.abspath(path)) in skipped or not (path.exists() or path.is_symlink()):
            # (a tracked file deleted from the work tree; a FIFO or a looping link is kept,
            # to be refused by name when it is read)
            continue
        lists.append(path)
    return lists


def project_name(root: Path) -> str:
    """The project's name: its git top folder's name, else ``root``'s (for export names)."""
    top = git_root(root) or root
    name = top.resolve().name or "lists"
    return name
