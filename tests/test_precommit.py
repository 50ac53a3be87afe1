"""The pre-commit hooks, run by the real pre-commit on throwaway git repositories.

The hooks come from a temporary git repository holding a snapshot of this working tree
(``src/``, ``pyproject.toml``, ``README.md``, ``.pre-commit-hooks.yaml``), so uncommitted
changes are what is tested. pre-commit installs that snapshot into a hook environment once
per module (pip needs PyPI); every test then makes its own list repository, with the
``.pre-commit-config.yaml`` shown in README.md.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

pytest.importorskip("pre_commit")

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOT = ("src", "pyproject.toml", "README.md", ".pre-commit-hooks.yaml", "LICENSE")

#: WeChat share parameters, ``ACL2020``, the same paper under two URLs, an all-NULL row.
MESSY = """\
# Pre-trained language models

## Papers

- [SenseBERT: Driving Some Sense into BERT](https://github.com/AI21Labs/sense-bert) - Word senses in pre-training (ACL2020).
- [BERT: Pre-training of Deep Bidirectional Transformers](https://arxiv.org/abs/1810.04805) - The paper (NAACL 2019).
- [A reading note on BERT](https://mp.weixin.qq.com/s/AbCdEf123?scene=1&srcid=0412abc&chksm=12ab) - In Chinese.
- [BERT, again](https://arxiv.org/pdf/1810.04805.pdf) - The same paper under another URL (NAACL 2019).

## Models

| 名称 | 来源 | 说明 |
| ---- | ---- | ---- |
| [RoBERTa](https://github.com/pytorch/fairseq) | arXiv 2019 | Robustly optimised BERT |
| NULL | NULL | NULL |
"""  # noqa: E501

DUPLICATE_LINE = (
    "- [BERT, again](https://arxiv.org/pdf/1810.04805.pdf)"
    " - The same paper under another URL (NAACL 2019).\n"
)


def safe_fixes(text: str) -> str:
    """What ``awesome-ptm fix`` makes of MESSY's problems (all but the duplicate)."""
    return (
        text.replace("(ACL2020)", "(ACL 2020)")
        .replace("?scene=1&srcid=0412abc&chksm=12ab", "")
        .replace("| NULL | NULL | NULL |\n", "")
    )


#: Only what ``awesome-ptm fix`` can fix: MESSY without the duplicate.
FIXABLE = MESSY.replace(DUPLICATE_LINE, "")
FIXED = CLEAN = safe_fixes(FIXABLE)
#: ``pre-commit run`` arguments for the ``args: []`` build hook of the test config.
REBUILD = ("awesome-ptm-rebuild", "--hook-stage", "manual", "--all-files")


def _base_env(tmp: Path) -> dict[str, str]:
    """The environment for git and pre-commit: our identity, no user or system git config,
    nothing inherited from a git hook or pre-commit run that may be running these tests."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("GIT_", "PRE_COMMIT")) and key != "SKIP"
    }
    global_config = tmp / "gitconfig"
    global_config.touch()
    env.update(
        GIT_AUTHOR_NAME="awesome-ptm tests",
        GIT_AUTHOR_EMAIL="tests@example.invalid",
        GIT_COMMITTER_NAME="awesome-ptm tests",
        GIT_COMMITTER_EMAIL="tests@example.invalid",
        GIT_CONFIG_GLOBAL=str(global_config),
        GIT_CONFIG_NOSYSTEM="1",
        PRE_COMMIT_HOME=str(tmp / "pre-commit-home"),
        PRE_COMMIT_COLOR="never",
    )
    return env


def _git(env: Mapping[str, str], cwd: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=True
    )
    return done.stdout


def _snapshot(dest: Path, env: Mapping[str, str]) -> str:
    """Copy this working tree's package into a new git repository at ``dest``; its commit."""
    dest.mkdir()
    for name in SNAPSHOT:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(
                source, dest / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
            )
        elif source.is_file():
            shutil.copy2(source, dest / name)
    _git(env, dest, "init", "-q", "-b", "main")
    _git(env, dest, "add", "-A")
    _git(env, dest, "commit", "-q", "-m", "snapshot of the working tree")
    return _git(env, dest, "rev-parse", "HEAD").strip()


def readme_precommit_config() -> dict[str, Any]:
    """The ``.pre-commit-config.yaml`` snippet of README.md, parsed."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for block in re.findall(r"```yaml\n(.*?)```", readme, flags=re.S):
        if "awesome-ptm-check" in block and "repos:" in block:
            config: dict[str, Any] = yaml.safe_load(block)
            return config
    raise AssertionError("README.md has no pre-commit snippet (```yaml with repos:)")


@dataclass
class HookRepo:
    path: Path
    sha: str
    env: dict[str, str]
    install_seconds: float

    def config(self) -> str:
        """The README's config pointing at the snapshot, plus a manual ``args: []`` rebuild."""
        config = readme_precommit_config()
        (repo,) = config["repos"]
        repo["repo"], repo["rev"] = str(self.path), self.sha
        repo["hooks"].append(
            {
                "id": "awesome-ptm-build",
                "alias": "awesome-ptm-rebuild",
                "name": "awesome-ptm build (write)",
                "args": [],
                "stages": ["manual"],
            }
        )
        return yaml.safe_dump(config, sort_keys=False)


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HookRepo]:
    """The snapshot repository, with its hook environment installed (the slow part)."""
    tmp = tmp_path_factory.mktemp("pre-commit")
    env = _base_env(tmp)
    sha = _snapshot(tmp / "awesome-ptm", env)
    hooks = HookRepo(tmp / "awesome-ptm", sha, env, 0.0)
    bootstrap = _project(tmp / "bootstrap", hooks, {})
    started = time.monotonic()
    done = _pre_commit(bootstrap, hooks, "install-hooks")
    hooks.install_seconds = time.monotonic() - started
    assert done.returncode == 0, done.stdout + done.stderr
    print(f"pre-commit hook environment installed in {hooks.install_seconds:.1f} s")
    yield hooks


def _project(path: Path, hooks: HookRepo, files: Mapping[str, str]) -> Path:
    path.mkdir()
    _git(hooks.env, path, "init", "-q", "-b", "main")
    (path / ".pre-commit-config.yaml").write_text(hooks.config(), encoding="utf-8")
    for name, text in files.items():
        (path / name).parent.mkdir(parents=True, exist_ok=True)
        (path / name).write_text(text, encoding="utf-8")
    _git(hooks.env, path, "add", "-A")
    return path


def _pre_commit(project: Path, hooks: HookRepo, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", *args],
        cwd=project,
        env=hooks.env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def _run(project: Path, hooks: HookRepo, *args: str) -> tuple[int, str]:
    """``pre-commit run ARGS`` → exit status and output."""
    done = _pre_commit(project, hooks, "run", "--color", "never", *args)
    return done.returncode, done.stdout + done.stderr


def _status(output: str, name: str) -> str:
    """``Passed``, ``Failed`` or ``Skipped`` for the hook called ``name`` in pre-commit's output."""
    match = re.search(rf"^{re.escape(name)}\.*(?:\(.*?\))?(Passed|Failed|Skipped)$", output, re.M)
    assert match, f"no status line for {name!r} in:\n{output}"
    return match.group(1)


def test_manifest_is_what_the_readme_promises() -> None:
    hooks = {
        hook["id"]: hook
        for hook in yaml.safe_load(ROOT.joinpath(".pre-commit-hooks.yaml").read_text())
    }
    assert set(hooks) == {"awesome-ptm-check", "awesome-ptm-fix", "awesome-ptm-build"}
    assert hooks["awesome-ptm-check"]["entry"] == "awesome-ptm check"
    assert hooks["awesome-ptm-fix"]["entry"] == "awesome-ptm fix"
    assert hooks["awesome-ptm-build"]["entry"] == "awesome-ptm build"
    assert hooks["awesome-ptm-build"]["args"] == ["--check"]
    for hook in hooks.values():
        assert hook["language"] == "python"
        assert hook["types"] == ["markdown"]
        # The whole configured corpus, in one process: duplicates are found across files.
        assert hook["pass_filenames"] is False
        assert hook["require_serial"] is True
        assert hook["minimum_pre_commit_version"]


def test_check_hook_fails_with_the_findings(hook_repo: HookRepo, tmp_path: Path) -> None:
    project = _project(tmp_path / "list", hook_repo, {"lists/papers.md": MESSY})
    code, output = _run(project, hook_repo, "awesome-ptm-check", "--all-files")
    assert code == 1, output
    assert _status(output, "awesome-ptm check") == "Failed"
    for expected in (
        "lists/papers.md:5:116: PTM204 [*] [venue-format] venue 'ACL2020' is not in its canonical"
        " form; write 'ACL 2020'",
        "lists/papers.md:7:28: PTM304 [*] [tracking-params] link carries share/tracking"
        " parameters: scene, srcid, chksm",
        "lists/papers.md:8:17: PTM101 [duplicate-url] duplicate link",
        "lists/papers.md:15:1: PTM212 [*] [placeholder] table row with no value in any cell",
        # venue-format and tracking-params are style (info; docs/severity.md)
        "Found 1 error, 1 warning, 2 infos.",
    ):
        assert expected in output
    assert (project / "lists/papers.md").read_text(encoding="utf-8") == MESSY


def test_fix_hook_rewrites_the_list_then_passes(hook_repo: HookRepo, tmp_path: Path) -> None:
    project = _project(tmp_path / "list", hook_repo, {"lists/papers.md": FIXABLE})
    code, output = _run(project, hook_repo, "awesome-ptm-fix", "--all-files")
    assert code == 1, output
    assert _status(output, "awesome-ptm fix") == "Failed"
    assert "files were modified by this hook" in output
    assert "fixed lists/papers.md: PTM204 x1, PTM212 x1, PTM304 x1" in output
    assert (project / "lists/papers.md").read_text(encoding="utf-8") == FIXED
    # The second run finds nothing left to do.
    code, output = _run(project, hook_repo, "awesome-ptm-fix", "--all-files")
    assert code == 0, output
    assert _status(output, "awesome-ptm fix") == "Passed"
    assert (project / "lists/papers.md").read_text(encoding="utf-8") == FIXED


def test_fix_hook_fails_while_an_error_needs_a_person(hook_repo: HookRepo, tmp_path: Path) -> None:
    project = _project(tmp_path / "list", hook_repo, {"lists/papers.md": MESSY})
    code, output = _run(project, hook_repo, "awesome-ptm-fix", "--all-files")
    assert code == 1 and "files were modified by this hook" in output, output
    fixed = (project / "lists/papers.md").read_text(encoding="utf-8")
    assert fixed == safe_fixes(MESSY)
    # Nothing more to fix, but the duplicate (an unsafe fix) is left to the contributor.
    code, output = _run(project, hook_repo, "awesome-ptm-fix", "--all-files")
    assert code == 1, output
    assert "files were modified by this hook" not in output
    assert "0 fix(es) applied in 0 file(s); 1 finding(s) remain (1 error(s))." in output
    assert (project / "lists/papers.md").read_text(encoding="utf-8") == fixed
    (project / "lists/papers.md").write_text(fixed.replace(DUPLICATE_LINE, ""), encoding="utf-8")
    for hook, name in (
        ("awesome-ptm-fix", "awesome-ptm fix"),
        ("awesome-ptm-check", "awesome-ptm check"),
    ):
        code, output = _run(project, hook_repo, hook, "--all-files")
        assert code == 0, output
        assert _status(output, name) == "Passed"


def test_clean_list_passes_every_hook(hook_repo: HookRepo, tmp_path: Path) -> None:
    project = _project(tmp_path / "list", hook_repo, {"lists/papers.md": CLEAN})
    # The generated README and exports do not exist yet: build --check fails and says so.
    code, output = _run(project, hook_repo, "--all-files")
    assert code == 1, output
    assert _status(output, "awesome-ptm build") == "Failed"
    assert "lists/README.md: stale (missing)" in output
    assert "run `awesome-ptm build`" in output
    assert not (project / "lists/README.md").exists()
    # `args: []` turns the hook into a rebuild. New files are not tracked by git, so
    # pre-commit does not see them as changes: the contributor adds them once.
    code, output = _run(project, hook_repo, *REBUILD)
    assert code == 0, output
    assert "<!-- awesome-ptm:start -->" in (project / "lists/README.md").read_text("utf-8")
    assert (project / "dist/list.json").is_file()  # named after the repository's folder
    _git(hook_repo.env, project, "add", "-A")
    code, output = _run(project, hook_repo, "--all-files")
    assert code == 0, output
    for name in ("awesome-ptm fix", "awesome-ptm check", "awesome-ptm build"):
        assert _status(output, name) == "Passed"
    assert (project / "lists/papers.md").read_text(encoding="utf-8") == CLEAN
    # A new entry: the check-only hook fails; the rebuild rewrites the outputs and fails once.
    with (project / "lists/papers.md").open("a", encoding="utf-8") as handle:
        handle.write("| [ALBERT](https://github.com/google-research/albert) | ICLR 2020 | Lite |\n")
    _git(hook_repo.env, project, "add", "-A")
    code, output = _run(project, hook_repo, "awesome-ptm-build", "--all-files")
    assert code == 1 and "lists/README.md: stale (out of date)" in output, output
    code, output = _run(project, hook_repo, *REBUILD)
    assert code == 1 and "files were modified by this hook" in output, output
    assert "ALBERT" in (project / "lists/README.md").read_text("utf-8")
    _git(hook_repo.env, project, "add", "-A")
    code, output = _run(project, hook_repo, "--all-files")
    assert code == 0, output


def test_duplicate_of_an_unstaged_list_is_caught(hook_repo: HookRepo, tmp_path: Path) -> None:
    """pass_filenames: false — the check sees the lists that are not part of the commit."""
    # A duplicate across files is a warning by default (docs/severity.md); this project
    # makes it block commits.
    project = _project(
        tmp_path / "list",
        hook_repo,
        {"lists/papers.md": CLEAN, ".awesome-ptm.yaml": "severity:\n  duplicate-url: error\n"},
    )
    _git(hook_repo.env, project, "commit", "-q", "--no-verify", "-m", "the lists so far")
    (project / "lists/more.md").write_text(
        "# More\n\n- [SenseBERT](https://github.com/AI21Labs/sense-bert) - Listed again.\n",
        encoding="utf-8",
    )
    _git(hook_repo.env, project, "add", "lists/more.md")
    # Without --all-files: what `git commit` runs, on the staged file only.
    code, output = _run(project, hook_repo, "awesome-ptm-check")
    assert code == 1, output
    duplicate = re.search(r"^lists/(\S+)\.md:\d+:\d+: PTM101 \[duplicate-url\].*", output, re.M)
    assert duplicate, output
    assert "lists/papers.md" in duplicate.group() and "lists/more.md" in duplicate.group()
    # A commit without Markdown does not run the hooks at all.
    _git(hook_repo.env, project, "reset", "-q")
    (project / "notes.txt").write_text("not a list\n", encoding="utf-8")
    _git(hook_repo.env, project, "add", "notes.txt")
    code, output = _run(project, hook_repo, "awesome-ptm-check")
    assert code == 0, output
    assert _status(output, "awesome-ptm check") == "Skipped"


def test_git_commit_is_blocked_then_allowed(hook_repo: HookRepo, tmp_path: Path) -> None:
    project = _project(
        tmp_path / "list",
        hook_repo,
        {"lists/papers.md": MESSY, ".gitignore": "dist/\n"},
    )
    done = _pre_commit(project, hook_repo, "install")
    assert done.returncode == 0, done.stdout + done.stderr
    commit = subprocess.run(
        ["git", "commit", "-m", "Add papers"],
        cwd=project,
        env=hook_repo.env,
        capture_output=True,
        text=True,
    )
    assert commit.returncode != 0, commit.stdout + commit.stderr
    assert "PTM101 [duplicate-url]" in commit.stdout + commit.stderr
    log = subprocess.run(["git", "log"], cwd=project, env=hook_repo.env, capture_output=True)
    assert log.returncode != 0  # no commit was made
    # The contributor keeps the fixes, removes the duplicate, builds, and commits.
    fixed = (project / "lists/papers.md").read_text(encoding="utf-8")
    (project / "lists/papers.md").write_text(fixed.replace(DUPLICATE_LINE, ""), encoding="utf-8")
    code, output = _run(project, hook_repo, *REBUILD)
    assert code == 0, output
    _git(hook_repo.env, project, "add", "-A")
    _git(hook_repo.env, project, "commit", "-q", "-m", "Add papers")
    assert _git(hook_repo.env, project, "log", "--format=%s").strip() == "Add papers"
    assert (project / "lists/papers.md").read_text(encoding="utf-8") == FIXED


# -- adoption: a list that is README.md at the root, no config --------------------------------

#: A typical awesome list: many entries, and problems that were there before awesome-ptm came.
LEGACY_README = (
    "# Awesome Pre-trained Models\n\nA curated list.\n\n## Papers\n\n"
    + "".join(
        f"- [Paper {n}: a study](https://arxiv.org/abs/2001.{n:05d}?utm_source=feed)"
        f" - Notes (ACL{2015 + n % 5}).\n"
        for n in range(1, 31)
    )
    + "- [Paper 1 again](https://arxiv.org/pdf/2001.00001.pdf) - Twice (ACL 2016).\n"
    + "\n## Code\n\n"
    + "- [A tool](https://github.com/example/tool?utm_source=twitter) - Useful (2020).\n"
)


def _awesome_ptm(project: Path, hooks: HookRepo, *args: str) -> subprocess.CompletedProcess[str]:
    """This checkout's awesome-ptm (what a user runs by hand), in ``project``."""
    return subprocess.run(
        [sys.executable, "-m", "awesome_ptm", *args],
        cwd=project,
        env=hooks.env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def _commit(project: Path, hooks: HookRepo, message: str) -> subprocess.CompletedProcess[str]:
    _git(hooks.env, project, "add", "-A")
    return subprocess.run(
        ["git", "commit", "-m", message],
        cwd=project,
        env=hooks.env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_zero_config_readme_list_end_to_end(hook_repo: HookRepo, tmp_path: Path) -> None:
    """The issue's measure: README.md at the root, no config; the real pre-commit runs the
    README's hooks; a planted duplicate blocks the commit; after `awesome-ptm init` a list
    with many old findings passes and a new duplicate still blocks; `check --since HEAD~1`
    reports only what the last commit's entries bring."""
    project = _project(
        tmp_path / "awesome-models",
        hook_repo,
        {"README.md": CLEAN, "CONTRIBUTING.md": "# Contributing\n\nOpen a pull request.\n"},
    )
    assert _pre_commit(project, hook_repo, "install").returncode == 0
    # The first build writes the exports the build hook checks, named after the repository.
    code, output = _run(project, hook_repo, *REBUILD)
    assert code == 0, output
    assert (project / "dist/awesome-models.json").is_file()
    assert not (project / "lists").exists()
    assert (project / "README.md").read_text("utf-8") == CLEAN  # the list is not an output
    done = _commit(project, hook_repo, "a clean list")
    assert done.returncode == 0, done.stdout + done.stderr
    for name in ("awesome-ptm fix", "awesome-ptm check", "awesome-ptm build"):
        assert _status(done.stdout + done.stderr, name) == "Passed", done.stderr

    # A planted duplicate (in the section that lists it already) blocks the commit, and says
    # where.
    readme = (project / "README.md").read_text("utf-8")
    first = readme.index("- [SenseBERT")
    planted = "- [SenseBERT again](https://github.com/AI21Labs/sense-bert) - Twice.\n"
    (project / "README.md").write_text(readme[:first] + planted + readme[first:], "utf-8")
    done = _commit(project, hook_repo, "a duplicate")
    assert done.returncode != 0
    hooks_said = done.stdout + done.stderr
    assert re.search(r"^README\.md:\d+:\d+: PTM101 \[duplicate-url\]", hooks_said, re.M)
    assert _git(hook_repo.env, project, "log", "--format=%s").split("\n")[0] == "a clean list"

    # A list with many findings from before: init accepts them; the hooks pass.
    (project / "README.md").write_text(LEGACY_README, encoding="utf-8")
    before = _awesome_ptm(project, hook_repo, "check", "--statistics")
    assert before.returncode == 1, before.stdout + before.stderr
    init = _awesome_ptm(project, hook_repo, "init")
    assert init.returncode == 0, init.stderr
    assert "wrote .awesome-ptm.yaml" in init.stdout
    assert "wrote .awesome-ptm-baseline.json" in init.stdout
    records = json.loads((project / ".awesome-ptm-baseline.json").read_text("utf-8"))
    assert len(records["findings"]) >= 30
    build = _awesome_ptm(project, hook_repo, "build")  # the exports follow the new list
    assert build.returncode == 0 and "dist/awesome-models.json: written" in build.stdout
    done = _commit(project, hook_repo, "adopt awesome-ptm")
    assert done.returncode == 0, done.stdout + done.stderr
    assert (project / "README.md").read_text("utf-8") == LEGACY_README  # old findings left be

    # A newly added duplicate still blocks.
    with (project / "README.md").open("a", encoding="utf-8") as handle:
        handle.write("- [A tool, again](https://github.com/example/tool) - Twice (2021).\n")
    done = _commit(project, hook_repo, "a new duplicate")
    assert done.returncode != 0
    hooks_said = done.stdout + done.stderr
    blocked = re.findall(r"^README\.md:\d+:\d+: (PTM\d+) ", hooks_said, re.M)
    assert blocked == ["PTM101"], hooks_said

    # Pull-request mode: a commit adding two entries reports only what they bring.
    (project / "README.md").write_text(
        LEGACY_README
        + "- [GPT-2](https://openai.com/research/gpt-2) - Language models (2019).\n"
        + "- [Paper 2 again](https://arxiv.org/abs/2001.00002v2) - Twice (ACL 2017).\n",
        encoding="utf-8",
    )
    _git(hook_repo.env, project, "add", "-A")
    _git(hook_repo.env, project, "commit", "-q", "--no-verify", "-m", "two entries")
    since = _awesome_ptm(
        project,
        hook_repo,
        "check",
        "--since",
        "HEAD~1",
        "--no-baseline",
        "--output-format",
        "json",
    )
    findings = json.loads(since.stdout)
    new_lines = {len(LEGACY_README.splitlines()) + 1, len(LEGACY_README.splitlines()) + 2}
    assert findings, since.stderr
    assert all(
        finding["line"] in new_lines or any(r["line"] in new_lines for r in finding["related"])
        for finding in findings
    ), findings
    assert [f["code"] for f in findings if f["code"] == "PTM101"] == ["PTM101"]
