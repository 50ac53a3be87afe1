"""Adopting awesome-ptm on an existing list: zero config, init, the baseline, --since, and the
first-run polish (exit codes, hints, colour, the cache). In-process, on throwaway git
repositories whose list is README.md at the root, as most awesome lists keep it."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import click
import pytest

from awesome_ptm.cli import main
from awesome_ptm.terminal import colour_enabled, colourise, error_line

ROOT = Path(__file__).resolve().parent.parent

LIST = """\
# Awesome Language Models

A curated list.

## Papers

- [BERT: Pre-training of Deep Bidirectional Transformers](https://arxiv.org/abs/1810.04805) - The paper (NAACL 2019).
- [SenseBERT: Driving Some Sense into BERT](https://github.com/AI21Labs/sense-bert) - Word senses (ACL2020).
- [BERT, again](https://arxiv.org/pdf/1810.04805.pdf) - The same paper under another URL (NAACL 2019).

## Tools

- [bertviz](https://github.com/jessevig/bertviz) - Attention visualisation (2019).
"""  # noqa: E501

#: Two entries a pull request adds at the end (in Tools): one new, one that repeats an entry
#: of the same section (an error; a repeat in another section is a cross-listing warning).
ADDED = (
    "- [GPT-2](https://openai.com/research/better-language-models) - Language models (2019).\n"
    "- [bertviz again](https://github.com/jessevig/bertviz) - Listed twice (2019).\n"
)


def _git(repo: Path, *args: str) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(
        GIT_AUTHOR_NAME="t",
        GIT_AUTHOR_EMAIL="t@example.invalid",
        GIT_COMMITTER_NAME="t",
        GIT_COMMITTER_EMAIL="t@example.invalid",
        GIT_CONFIG_NOSYSTEM="1",
        GIT_CONFIG_GLOBAL=os.devnull,
    )
    done = subprocess.run(
        ["git", *args], cwd=repo, env=env, capture_output=True, text=True, check=True
    )
    return done.stdout


def _commit(repo: Path, message: str) -> None:
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", message)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A git repository named ``awesome-lm`` whose only list is README.md, no config."""
    path = tmp_path / "awesome-lm"
    path.mkdir()
    _git(path, "init", "-q", "-b", "main")
    (path / "README.md").write_text(LIST, encoding="utf-8")
    (path / "CONTRIBUTING.md").write_text(
        "# Contributing\n\n- [Style guide](https://example.org/style) - read it.\n", "utf-8"
    )
    (path / "node_modules" / "pkg").mkdir(parents=True)
    (path / "node_modules" / "pkg" / "README.md").write_text("- [x](https://x.org)\n", "utf-8")
    _commit(path, "the list")
    monkeypatch.chdir(path)
    monkeypatch.delenv("NO_COLOR", raising=False)
    yield path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[dict[str, str]]]:
    code, out, _ = run(capsys, "check", "--output-format", "json", *args)
    findings: list[dict[str, str]] = json.loads(out)
    return code, findings


# -- zero config -----------------------------------------------------------------------------


def test_zero_config_checks_the_tracked_readme(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, findings = _json(capsys)
    assert code == 1
    assert {f["path"] for f in findings} == {"README.md"}  # not node_modules, not CONTRIBUTING
    assert ("PTM101", 9) in {(f["code"], f["line"]) for f in findings}
    # The export reads the same lists.
    code, out, _ = run(capsys, "export", "--format", "jsonl")
    assert code == 0
    paths = {json.loads(line)["source"]["path"] for line in out.splitlines()}
    assert paths == {"README.md"}


def test_untracked_and_ignored_files_are_not_lists(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo / "notes.md").write_text("- [Draft](https://draft.example) - untracked.\n", "utf-8")
    code, out, _ = run(capsys, "export", "--format", "jsonl")
    assert code == 0 and "draft.example" not in out
    _git(repo, "add", "notes.md")
    code, out, _ = run(capsys, "export", "--format", "jsonl")
    assert "draft.example" in out


def test_a_repository_with_nothing_committed_yet_checks_its_new_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "fresh"
    folder.mkdir()
    _git(folder, "init", "-q", "-b", "main")
    (folder / ".gitignore").write_text("drafts/\n", "utf-8")
    (folder / "README.md").write_text(LIST, "utf-8")
    (folder / "drafts").mkdir()
    (folder / "drafts" / "wip.md").write_text("- [WIP](https://wip.example) - ignored.\n")
    monkeypatch.chdir(folder)
    code, out, _ = run(capsys, "export", "--format", "jsonl")
    assert code == 0
    paths = {json.loads(line)["source"]["path"] for line in out.splitlines()}
    assert paths == {"README.md"}  # the new list, not the ignored draft


def test_outside_git_the_folder_is_walked_with_gitignore(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "plain"
    for name, text in {
        "README.md": LIST,
        ".gitignore": "drafts/\n*.tmp.md\n",
        "drafts/wip.md": "- [WIP](https://wip.example) - ignored.\n",
        "old.tmp.md": "- [Tmp](https://tmp.example) - ignored.\n",
        "vendor/lib/README.md": "- [Lib](https://lib.example) - vendored.\n",
        "topics/more.md": "# More\n\n- [ALBERT](https://arxiv.org/abs/1909.11942) - (ICLR 2020).\n",
    }.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(folder)
    code, out, _ = run(capsys, "export", "--format", "jsonl")
    assert code == 0
    paths = {json.loads(line)["source"]["path"] for line in out.splitlines()}
    assert paths == {"README.md", "topics/more.md"}


def test_a_folder_given_is_searched_as_the_repository_is(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo / ".gitignore").write_text("build-output/\n", "utf-8")
    (repo / "build-output").mkdir()
    (repo / "build-output" / "x.md").write_text("- [Out](https://out.example)\n", "utf-8")
    (repo / "new.md").write_text("# New\n\n- [New](https://new.example) - untracked.\n")
    code, out, _ = run(capsys, "export", "--format", "jsonl", ".")
    assert code == 0
    paths = {json.loads(line)["source"]["path"] for line in out.splitlines()}
    # Not node_modules/, not the ignored folder, not CONTRIBUTING.md; the new file, yes.
    assert paths == {"README.md", "new.md"}


def test_a_readme_without_entries_is_not_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    _git(folder, "init", "-q", "-b", "main")
    (folder / "README.md").write_text("# Nothing yet\n\nSoon.\n", encoding="utf-8")
    _commit(folder, "readme")
    monkeypatch.chdir(folder)
    code, out, err = run(capsys, "check")
    assert code == 0, err
    assert "All clean" in out
    code, _, err = run(capsys, "build", "--check")
    assert code == 1 and "dist/empty.json: stale (missing)" in _ + err


def test_configured_lists_missing_names_the_config_line(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo / ".awesome-ptm.yaml").write_text("select: [ALL]\nlists: [lists/]\n", "utf-8")
    code, _, err = run(capsys, "check")
    assert code == 2
    assert err.startswith("awesome-ptm: error: .awesome-ptm.yaml:2: lists: lists: no such file")
    assert "remove it to check the repository's Markdown files" in err


# -- build -----------------------------------------------------------------------------------


def test_build_defaults_derive_from_the_project(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "build")
    assert code == 0
    for suffix in ("json", "jsonl", "csv", "bib", "yaml"):
        assert (repo / "dist" / f"awesome-lm.{suffix}").is_file()
    assert (repo / "README.md").read_text("utf-8") == LIST  # the list is not an output
    assert not (repo / "lists").exists()
    code, out, _ = run(capsys, "build", "--check")
    assert code == 0, out


def test_build_into_the_lists_own_readme(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / ".awesome-ptm.yaml").write_text("build:\n  output: README.md\n", "utf-8")
    readme = repo / "README.md"
    readme.write_text(
        LIST + "\n## All entries\n\n<!-- awesome-ptm:start -->\n<!-- awesome-ptm:end -->\n",
        "utf-8",
    )
    code, out, err = run(capsys, "build")
    assert code == 0, err
    text = readme.read_text("utf-8")
    assert text.startswith(LIST)  # what the curators wrote is kept byte for byte
    region = text[text.index("<!-- awesome-ptm:start -->") :]
    assert "bertviz" in region
    assert "\n# " not in region  # the README has its H1 already: no second one
    # Rebuilding changes nothing: the generated region is not read back as entries.
    code, out, _ = run(capsys, "build", "--check")
    assert code == 0, out
    # check reads the README without its generated region: no duplicates of the region.
    code, findings = _json(capsys, "--select", "PTM101,PTM102")
    assert [(f["code"], f["line"]) for f in findings] == [("PTM101", 9)]


def test_build_option_typo_is_placed_and_suggested(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.awesome-ptm]\nselect = ["ALL"]\n\n'
        '[tool.awesome-ptm.build]\ntitel = "Mine"\n',
        encoding="utf-8",
    )
    code, _, err = run(capsys, "build")
    assert code == 2
    assert err.strip() == (
        "awesome-ptm: error: pyproject.toml:8: build.titel: unknown key (did you mean 'title'?)"
    )


# -- init and the baseline -------------------------------------------------------------------


def test_init_writes_config_and_baseline_and_is_idempotent(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "init")
    assert code == 0
    config = (repo / ".awesome-ptm.yaml").read_text("utf-8")
    assert "#   README.md: 4 entries; dominant styles: link-title 4" in config
    assert "#   PTM101 x1" in config and "baseline: .awesome-ptm-baseline.json" in config
    baseline = json.loads((repo / ".awesome-ptm-baseline.json").read_text("utf-8"))
    assert {(r["path"], r["rule"]) for r in baseline["findings"]} >= {("README.md", "PTM101")}
    assert all("line" not in record for record in baseline["findings"])
    for step in ("1. pre-commit", "2. GitHub Actions", "3. Run `awesome-ptm check`"):
        assert step in out
    assert "fetch-depth: 0" in out
    before = {p.name: p.read_bytes() for p in repo.iterdir() if p.is_file()}
    code, out, _ = run(capsys, "init")
    assert code == 0 and "kept .awesome-ptm.yaml" in out
    assert {p.name: p.read_bytes() for p in repo.iterdir() if p.is_file()} == before
    code, out, err = run(capsys, "check")
    assert code == 0 and "All clean" in out
    assert "finding(s) accepted by the baseline" in err


def test_init_offers_building_into_the_readme(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "init", "--build-readme")
    assert code == 0 and "README.md (build markers added at the end)" in out
    assert "build:\n  output: README.md\n" in (repo / ".awesome-ptm.yaml").read_text("utf-8")
    readme = (repo / "README.md").read_text("utf-8")
    assert readme.startswith(LIST) and readme.endswith(
        "<!-- awesome-ptm:start -->\n<!-- awesome-ptm:end -->\n"
    )
    code, out, err = run(capsys, "build")
    assert code == 0, err
    assert "README.md: written" in out
    code, out, _ = run(capsys, "check")
    assert code == 0 and "All clean" in out
    before = {p.name: p.read_bytes() for p in repo.iterdir() if p.is_file()}
    code, out, _ = run(capsys, "init", "--build-readme")
    assert code == 0
    assert {p.name: p.read_bytes() for p in repo.iterdir() if p.is_file()} == before


def test_baseline_survives_moving_lines_and_catches_new_findings(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "init")
    readme = repo / "README.md"
    moved = LIST.replace("A curated list.\n", "A curated list.\n\nMore words.\n\nAnd more.\n")
    readme.write_text(moved, encoding="utf-8")
    code, findings = _json(capsys)
    assert code == 0 and findings == []
    readme.write_text(moved + ADDED, encoding="utf-8")
    code, findings = _json(capsys)
    assert code == 1
    assert [(f["code"], f["line"]) for f in findings] == [("PTM101", 19)]
    # The fix hook leaves accepted findings alone: nothing to fix in the new lines.
    code, out, _ = run(capsys, "fix", "--check")
    assert code == 0, out
    assert readme.read_text("utf-8") == moved + ADDED


def test_fixed_findings_are_stale_then_dropped(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "init")
    baseline_path = repo / ".awesome-ptm-baseline.json"
    records = json.loads(baseline_path.read_text("utf-8"))["findings"]
    readme = repo / "README.md"
    readme.write_text(LIST.replace("(ACL2020)", "(ACL 2020)"), encoding="utf-8")
    code, findings = _json(capsys)
    assert code == 0  # a stale entry is a warning, as an unused suppression is
    (stale,) = findings
    assert (stale["code"], stale["path"]) == ("PTM901", ".awesome-ptm-baseline.json")
    assert "PTM204 (venue-format) in README.md" in stale["message"]
    lines = baseline_path.read_text("utf-8").splitlines()
    assert '"rule": "PTM204"' in lines[int(stale["line"]) - 1]
    code, _, err = run(capsys, "check", "--update-baseline")
    assert code == 0 and "1 fixed finding(s) dropped" in err
    left = json.loads(baseline_path.read_text("utf-8"))["findings"]
    assert left == [r for r in records if r["rule"] != "PTM204"]
    code, findings = _json(capsys)
    assert findings == []
    # --no-baseline shows the accepted findings again.
    code, findings = _json(capsys, "--no-baseline")
    assert code == 1 and "PTM101" in {f["code"] for f in findings}


def test_a_broken_baseline_is_one_line(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / ".awesome-ptm-baseline.json").write_text('{"version": 1,\n "findings": [\n', "utf-8")
    code, _, err = run(capsys, "check")
    assert code == 2 and err.count("\n") == 1
    assert err.startswith("awesome-ptm: error: .awesome-ptm-baseline.json:3: invalid JSON")


# -- pull-request mode -----------------------------------------------------------------------


def test_since_reports_only_what_the_new_entries_bring(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo / "more.md").write_text("# More\n\n## Tools\n\n- [NULL](NULL) - NULL\n", "utf-8")
    _commit(repo, "another list")
    # The commit adds two entries; one repeats an entry of the other (unchanged) list.
    with (repo / "README.md").open("a", encoding="utf-8") as handle:
        handle.write(ADDED)
    _commit(repo, "add two entries")
    code, findings = _json(capsys, "--since", "HEAD~1")
    assert code == 1
    assert [(f["path"], f["code"], f["line"]) for f in findings] == [("README.md", "PTM101", 15)]
    assert findings[0]["related"] == [
        {"path": "README.md", "line": 13, "message": "first listed here"}
    ]
    # Without --since, the old findings are there too.
    _, everything = _json(capsys)
    assert len(everything) > len(findings)
    # A duplicate across files: the new entry in more.md repeats README.md's unchanged one.
    with (repo / "more.md").open("a", encoding="utf-8") as handle:
        handle.write("- [bertviz](https://github.com/jessevig/bertviz) - Again (2019).\n")
    code, findings = _json(capsys, "--since", "HEAD")
    assert [(f["path"], f["code"]) for f in findings] == [("more.md", "PTM101")]


def test_since_an_unknown_ref_says_what_to_do(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "check", "--since", "origin/nope")
    assert code == 2 and err.count("\n") == 1
    assert "git knows no such commit" in err and "fetch-depth: 0" in err


# -- first-run polish ------------------------------------------------------------------------


def test_fix_check_exits_1_only_when_a_file_would_change(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "fix", "--check")
    assert code == 1 and "would fix README.md: PTM204 x1" in out
    run(capsys, "fix")
    # Only the duplicate is left (an error no fix resolves safely): nothing would change.
    code, out, _ = run(capsys, "fix", "--check")
    assert code == 0 and "1 error(s)" in out


def test_rules_explains_its_markers(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rules")
    assert code == 0
    legend = out.splitlines()[-1]
    for mark in ("[*]", "[!]", "[?]"):
        assert mark in legend


def test_typos_get_did_you_mean(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "rule", "duplicat-url")
    assert code == 2 and "did you mean 'duplicate-url'?" in err
    code, _, err = run(capsys, "check", "--select", "duplicat-title")
    assert code == 2 and "did you mean 'duplicate-title'?" in err
    (repo / ".awesome-ptm.yaml").write_text("select: [ALL]\nignore:\n  - PTM10\n  - spelin\n")
    code, _, err = run(capsys, "check")
    assert code == 2 and err.startswith("awesome-ptm: error: .awesome-ptm.yaml:4: ignore:")
    (repo / ".awesome-ptm.yaml").write_text("links:\n  time-out: 3\n", "utf-8")
    code, _, err = run(capsys, "links", "--offline")
    assert code == 2 and ".awesome-ptm.yaml:2:" in err and "did you mean 'timeout'?" in err


def test_every_command_takes_config(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / "other.md").write_text("# Other\n\n- [ALBERT](https://arxiv.org/abs/1909.11942)\n")
    (repo / "alt.yaml").write_text("lists: [other.md]\n", "utf-8")
    code, out, _ = run(capsys, "export", "--config", "alt.yaml", "--format", "jsonl")
    assert code == 0
    assert [json.loads(line)["title"] for line in out.splitlines()] == ["ALBERT"]
    from awesome_ptm.cli import cli

    for name, command in cli.commands.items():
        reads_lists = any(p.name == "paths" for p in command.params)
        if reads_lists:
            assert any(p.name == "config_path" for p in command.params), name


def test_links_offline_with_an_empty_cache_prints_a_summary(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo / ".awesome-ptm.yaml").write_text("links:\n  cache-path: cache/links.json\n", "utf-8")
    code, out, err = run(capsys, "links", "--offline")
    assert code == 0
    assert "PTM606" not in out
    assert err.count("not checked") == 1
    assert "4 link(s) not checked: offline, and not in the cache" in err


def test_cache_command_shows_and_clears(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    folder = tmp_path / "xdg" / "awesome-ptm"
    folder.mkdir(parents=True)
    (folder / "links.json").write_text("{}", "utf-8")
    code, out, _ = run(capsys, "cache")
    assert code == 0 and str(folder) in out and "1 file(s), 2 bytes" in out
    code, out, _ = run(capsys, "cache", "--clear")
    assert code == 0 and not folder.exists()


def test_colour_only_on_a_terminal_and_never_with_no_color(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class Terminal:
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert colour_enabled(Terminal())
    assert not colour_enabled(object())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not colour_enabled(Terminal())
    assert error_line("x") == "awesome-ptm: error: x"  # pytest's stderr is no terminal
    report = (
        "a.md:3:1: PTM101 [duplicate-url] x\nb.md:4:2: PTM204 [*] y\n\nFound 1 error, 1 warning.\n"
    )
    painted = colourise(report, {"PTM101": "error", "PTM204": "warning"})
    assert "\x1b[31mPTM101" in painted and "\x1b[33mPTM204" in painted
    assert "\x1b[1ma.md:3:1:" in painted and "\x1b[31m\x1b[1mFound 1 error" in painted
    assert click.unstyle(painted) == report
