"""Hardening against lists and configs from strangers' pull requests: workflow-command
injection through file names and config keys, local-target checks that stay inside the
project and never crash, writes confined to the project, and reader-session parameters that
never reach an output."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from awesome_ptm.action import CommandGuard, neutralize
from awesome_ptm.check import run_checks
from awesome_ptm.cli import main
from awesome_ptm.config import Config
from awesome_ptm.corpus import load

INJECTED = "a\n::warning title=X::p.md"


def is_command(line: str) -> bool:
    """Whether the Actions runner would read ``line`` as a workflow command."""
    stripped = line.strip()
    return stripped.startswith("::") or stripped.startswith("##[")


def run_action(cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("GITHUB_", "AWESOME_PTM_"))
    }
    environ.update({"AWESOME_PTM_PATHS": "", "AWESOME_PTM_SUMMARY": "false", **env})
    return subprocess.run(
        [sys.executable, "-m", "awesome_ptm.action"],
        cwd=cwd,
        env=environ,
        capture_output=True,
        text=True,
        timeout=120,
    )


def commands_in(text: str) -> list[str]:
    return [line for line in text.splitlines() if is_command(line)]


# --- 3. workflow-command injection ------------------------------------------------------


def test_a_file_name_cannot_make_the_action_print_a_command(tmp_path: Path) -> None:
    lists = tmp_path / "lists"
    lists.mkdir()
    (lists / INJECTED).write_bytes(b"\xff\xfe not UTF-8")
    done = run_action(tmp_path)
    assert done.returncode == 2
    # Before: stderr held the line "::warning title=X::p.md:1: not valid UTF-8 ...".
    assert r"lists/a\n::warning title=X::p.md" in done.stderr
    assert commands_in(done.stderr) == []
    assert commands_in(done.stdout) == [
        "::error title=awesome-ptm::the check could not run (exit status 2); see the log"
    ]


def test_a_finding_in_such_a_file_is_one_annotation_and_one_report_line(tmp_path: Path) -> None:
    lists = tmp_path / "lists"
    lists.mkdir()
    (lists / "b\n::error title=Y::q.md").write_text("- [x](nothere.md) y\n", encoding="utf-8")
    done = run_action(tmp_path)
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    commands = commands_in(done.stdout)
    # The annotation (its file property escaped), then the report inside stop-commands.
    assert commands[0].startswith("::error file=lists/b%0A%3A%3Aerror title=Y%3A%3Aq.md,")
    assert commands[1].startswith("::stop-commands::") and len(commands) == 3
    start, end = lines.index(commands[1]), lines.index(commands[2])
    report = lines[start + 1 : end]
    assert report[0].startswith(r"lists/b\n::error title=Y::q.md:1:7: PTM307")
    assert not any(is_command(line) for line in report)


def test_a_config_key_cannot_make_the_action_print_a_command(tmp_path: Path) -> None:
    (tmp_path / "lists").mkdir()
    (tmp_path / "lists" / "a.md").write_text("- [x](https://example.org) y\n")
    (tmp_path / ".awesome-ptm.yaml").write_text('"k\\n::error::boom": 1\n', encoding="utf-8")
    done = run_action(tmp_path)
    assert done.returncode == 2
    assert r"k\n::error::boom" in done.stderr
    assert commands_in(done.stderr) == []


def test_the_cli_prints_errors_on_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    Path(INJECTED).write_bytes(b"\xff")
    assert main(["check", INJECTED]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "a\\n::warning" in err


def test_the_guard_neutralizes_command_lines_on_stderr() -> None:
    class Sink:
        def __init__(self) -> None:
            self.text = ""

        def write(self, text: str) -> int:
            self.text += text
            return len(text)

        def flush(self) -> None:
            pass

    sink = Sink()
    guard = CommandGuard(sink)  # type: ignore[arg-type]
    guard.write("plain\n  ::error::x\n##[error]old form\nhalf")
    guard.write(" line\x1b[31m")
    guard.close()
    lines = sink.text.splitlines()
    assert lines[0] == "plain"
    assert not any(is_command(line) for line in lines)
    assert lines[-1] == "half line\\x1b[31m"
    assert neutralize("::set-output name=x::y").endswith("::set-output name=x::y")


# --- 8 (part). local targets: no crash, no answer outside the project -------------------


def test_a_too_long_link_target_is_not_a_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("x.md").write_text(f"- [x]({'a' * 256}.md)\n", encoding="utf-8")
    # Before: a traceback ending in OSError ENAMETOOLONG from rules/links.py.
    assert main(["check", "x.md"]) == 0
    assert "Traceback" not in capsys.readouterr().err


def test_a_target_that_cannot_be_looked_at_is_not_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A link into a folder the user may not read (EACCES; the tests may run as root, where
    chmod does not stop reading, so the error is raised by hand)."""
    (tmp_path / "x.md").write_text("- [x](locked/file.md)\n- [y](gone.md)\n", encoding="utf-8")
    real_stat = Path.stat

    def stat(self: Path, *args: object, **kwargs: object) -> os.stat_result:
        if "locked" in self.parts:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_stat(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "stat", stat)
    corpus = load([tmp_path / "x.md"])
    result = run_checks(corpus, Config(root=tmp_path), ["PTM307"], [])
    assert [(f.line, f.code) for f in result.findings] == [(2, "PTM307")]


def test_missing_local_target_does_not_answer_outside_the_project(tmp_path: Path) -> None:
    project = tmp_path / "project"
    (project / ".git").mkdir(parents=True)
    (project / "lists").mkdir()
    (tmp_path / "secret.txt").write_text("x")
    (project / "lists" / "inside.md").write_text("x")
    depth = "../" * 12
    text = (
        f"- [a]({depth}etc/passwd)\n"
        f"- [b]({depth}etc/no-such-file)\n"
        "- [c](../../secret.txt)\n"
        "- [d](../../no-secret.txt)\n"
        "- [e](inside.md)\n"
        "- [f](missing.md)\n"
    )
    (project / "lists" / "a.md").write_text(text, encoding="utf-8")
    (project / "lists" / "link").symlink_to(tmp_path)
    (project / "lists" / "b.md").write_text("- [g](link/gone.md)\n", encoding="utf-8")
    corpus = load([project / "lists"])
    result = run_checks(corpus, Config(root=project), ["PTM307"], [])
    # Only "missing.md" is reported: whether a path outside the project exists is not said,
    # also through a symlink that leads out of it.
    assert [(Path(f.path).name, f.line) for f in result.findings] == [("a.md", 6)]


# --- 2. writes (and reads) confined to the project ----------------------------------------

LIST = "# L\n\n## Papers\n\n- [BERT](https://arxiv.org/abs/1810.04805) - The paper (NAACL 2019).\n"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A git work tree (``.git`` is enough) with one list, and a folder beside it."""
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    (root / "lists").mkdir()
    (root / "lists" / "a.md").write_text(LIST, encoding="utf-8")
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "o.md").write_text(LIST.replace("(NAACL", "(naacl"), "utf-8")
    monkeypatch.chdir(root)
    return root


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.mark.parametrize(
    ("config", "key"),
    [
        ("build: {exports: {json: OUTSIDE/x.json}}", "build.exports.json"),
        ("build: {output: ../outside/x.md}", "build.output"),
        ("build: {intro: ../outside/o.md}", "build.intro"),
        ("build: {exports: {csv: lists/../../outside/x.csv}}", "build.exports.csv"),
    ],
)
def test_build_paths_from_the_config_stay_inside(
    project: Path, config: str, key: str, capsys: pytest.CaptureFixture[str]
) -> None:
    outside = project.parent / "outside"
    config = config.replace("OUTSIDE", str(outside))
    (project / ".awesome-ptm.yaml").write_text(config + "\n", encoding="utf-8")
    before = snapshot(project.parent)
    assert main(["build"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith(f"awesome-ptm: error: .awesome-ptm.yaml: {key}: ")
    assert "is outside the project" in err
    assert snapshot(project.parent) == before  # nothing written, anywhere


def test_a_symlinked_output_folder_that_leaves_the_project_is_refused(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outside = project.parent / "outside"
    (project / "dist").symlink_to(outside, target_is_directory=True)
    before = snapshot(outside)
    assert main(["build"]) == 2
    err = capsys.readouterr().err
    assert "build.exports.json" in err and "through a symlink" in err
    assert snapshot(outside) == before
    assert not (project / "lists" / "README.md").exists()


def test_list_folders_from_the_config_stay_inside(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / ".awesome-ptm.yaml").write_text("lists: [../outside/]\n", encoding="utf-8")
    before = snapshot(project.parent)
    for command in (["fix"], ["check"], ["build"]):
        assert main(command) == 2
        err = capsys.readouterr().err
        assert "lists: " in err and "is outside the project" in err
    assert snapshot(project.parent) == before


def test_the_link_cache_from_the_config_stays_inside(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / ".awesome-ptm.yaml").write_text("links: {cache-path: ../x}\n", encoding="utf-8")
    assert main(["links", "--offline"]) == 2
    err = capsys.readouterr().err
    assert ".awesome-ptm.yaml: [tool.awesome-ptm.links] cache-path: " in err
    assert not (project.parent / "x").exists()


def test_inside_paths_and_command_line_paths_still_work(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The project root is the git top level: a config in a sub-folder may name a folder
    beside it; and paths given on the command line may be anywhere (the user chose them)."""
    sub = project / "config"
    sub.mkdir()
    (sub / ".awesome-ptm.yaml").write_text(
        "lists: [../lists]\nbuild: {output: ../lists/README.md, exports: {json: ../dist/x.json,"
        " jsonl: null, csv: null, bib: null, yaml: null}}\n",
        encoding="utf-8",
    )
    assert main(["build", "--config", str(sub / ".awesome-ptm.yaml")]) == 0
    assert (project / "dist" / "x.json").is_file()
    outside = project.parent / "outside"
    assert main(["export", "-o", str(outside / "export.json"), "lists"]) == 0
    assert (outside / "export.json").is_file()
    assert main(["check", str(outside / "o.md")]) == 0


# --- 4. a reader's session parameters never reach an output -------------------------------

SECRETS = ("SECRETKEY", "SECRETUIN", "SECRETPT", "SECRETEK", "SECRETUTM")
WECHAT = (
    "https://mp.weixin.qq.com/s?__biz=MzA&mid=1&idx=1&sn=ab&key=SECRETKEY&uin=SECRETUIN"
    "&pass_ticket=SECRETPT&exportkey=SECRETEK&utm_source=SECRETUTM&scene=1#rd"
)
SESSION_LIST = f"""# L

## Articles

- [BERT explained]({WECHAT}) - See also https://mp.weixin.qq.com/s?__biz=MzB&mid=2&idx=1&sn=cd&key=SECRETKEY (NAACL 2019).
- <a href="https://mp.weixin.qq.com/s?__biz=MzC&amp;mid=3&amp;idx=1&amp;sn=ef&amp;key=SECRETKEY">An HTML link</a>
- [A paper](https://arxiv.org/abs/1810.04805) - code <https://example.org/x?utm_medium=SECRETUTM&id=7> (ICLR 2020).

| Name | Link |
| ---- | ---- |
| T | [x](https://mp.weixin.qq.com/s?__biz=MzD&mid=4&idx=1&sn=gh&uin=SECRETUIN) |
"""  # noqa: E501


def test_session_parameters_are_in_no_output(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "lists" / "a.md").write_text(SESSION_LIST, encoding="utf-8")
    assert main(["build"]) == 0
    outputs = [project / "lists" / "README.md", *sorted((project / "dist").iterdir())]
    assert {path.suffix for path in outputs} == {".md", ".json", ".jsonl", ".csv", ".bib", ".yaml"}
    for path in outputs:
        text = path.read_text(encoding="utf-8")
        assert not [secret for secret in SECRETS if secret in text], path.name
    capsys.readouterr()
    for fmt in ("json", "jsonl", "csv"):
        assert main(["export", "--format", fmt, "lists/a.md"]) == 0
        assert "SECRET" not in capsys.readouterr().out
    # What is not a session parameter is kept as written.
    readme = (project / "lists" / "README.md").read_text(encoding="utf-8")
    assert "https://mp.weixin.qq.com/s?__biz=MzA&mid=1&idx=1&sn=ab&scene=1#rd" in readme
    (json_export,) = (project / "dist").glob("*.json")  # named after the project
    assert "https://example.org/x?id=7" in json_export.read_text()


def test_the_export_says_which_links_were_cleaned(project: Path) -> None:
    import json

    (project / "lists" / "a.md").write_text(SESSION_LIST, encoding="utf-8")
    assert main(["build"]) == 0
    (json_export,) = (project / "dist").glob("*.json")  # named after the project
    document = json.loads(json_export.read_text("utf-8"))
    links = [link for entry in document["entries"] for link in entry["links"]]
    cleaned = {link["url"]: link.get("cleaned") for link in links}
    first = "https://mp.weixin.qq.com/s?__biz=MzA&mid=1&idx=1&sn=ab&scene=1#rd"
    assert cleaned[first] == ["key", "uin", "pass_ticket", "exportkey", "utm_source"]
    assert cleaned["https://arxiv.org/abs/1810.04805"] is None  # untouched: no field
    entry = document["entries"][0]
    assert "SECRET" not in entry["raw"] and "scene=1" in entry["raw"]
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource

    root = Path(__file__).resolve().parent.parent / "schema"
    schemas = {
        name: json.loads((root / name).read_text("utf-8"))
        for name in ("entry.schema.json", "export.schema.json")
    }
    registry = Registry().with_resources(
        (schema.get("$id", name), Resource.from_contents(schema))
        for name, schema in schemas.items()
    )
    Draft202012Validator(schemas["export.schema.json"], registry=registry).validate(document)


def test_check_still_reports_them_in_the_source(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "lists" / "a.md").write_text(SESSION_LIST, encoding="utf-8")
    main(["check", "--select", "PTM304", "lists/a.md"])
    out = capsys.readouterr().out
    assert out.count("PTM304") >= 3 and "pass_ticket" in out


def test_a_list_file_that_is_a_symlink_out_of_the_project_is_not_read(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Git can carry a symlink: ``lists/evil.md -> ../../outside/o.md`` in a pull request
    would have made check, fix and build read (and build publish) a file outside."""
    (project / "lists" / "evil.md").symlink_to(project.parent / "outside" / "o.md")
    before = snapshot(project.parent)
    for command in (["check"], ["fix"], ["build"], ["links", "--offline"]):
        assert main(command) == 2, command
        err = capsys.readouterr().err
        assert "lists: " in err and "through a symlink" in err and "outside the project" in err
    assert snapshot(project.parent) == before
    # A symlink that stays inside the project is a list like any other.
    (project / "lists" / "evil.md").unlink()
    (project / "lists" / "alias.md").symlink_to(project / "lists" / "a.md")
    assert main(["check"]) in (0, 1)  # (the two files repeat each other's entries)
    captured = capsys.readouterr()
    assert captured.err == "" and "alias.md" in captured.out


def test_cleaning_is_cheap_and_linear() -> None:
    """The pre-check that spares clean entries the closer look stays linear on hostile text,
    and finds a percent-encoded name (``%6Bey`` is ``key``)."""
    import time

    from awesome_ptm.export._public import public_entry
    from awesome_ptm.parse import parse_text

    hostile = "- [x](https://mp.weixin.qq.com/s?a=1) " + "?utm_" * 100_000 + "\n"
    started = time.perf_counter()
    (entry,) = parse_text(hostile, "h.md").entries
    public_entry(entry)
    assert time.perf_counter() - started < 5
    (encoded,) = parse_text(
        "- [x](https://mp.weixin.qq.com/s?__biz=M&%6Bey=SECRETKEY) y\n", "e.md"
    ).entries
    cleaned, removed = public_entry(encoded)
    assert removed == [["key"]] and "SECRET" not in cleaned.raw + cleaned.links[0].url
