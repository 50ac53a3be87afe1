"""Hardening of `fix` and of reading: each test reproduces one reported problem.

(The issue "Hardening: a tool that runs on strangers' pull requests must not be turned
against its host", items 5, 6, 8, 9 and 10.)
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from filelock import lock_descriptor, unlock_descriptor
from hypothesis import example, given, settings
from hypothesis import strategies as st

import awesome_ptm.write as write_module
from awesome_ptm.check import Finding, Fix
from awesome_ptm.config import Config
from awesome_ptm.corpus import Corpus, load
from awesome_ptm.errors import InputError
from awesome_ptm.findings import Edit
from awesome_ptm.fix import FileResult, FixWriteError, fix_corpus, write_results
from awesome_ptm.fix._changes import Hunk
from awesome_ptm.model import Document
from awesome_ptm.parse import parse_text
from awesome_ptm.rules import Context, Rule
from awesome_ptm.write import STALE_AFTER_SECONDS, atomic_write, clean_stale_temps

PLACEHOLDERS = (
    "# Articles\n\n- [SimBERT](https://spaces.ac.cn/archives/7427)\n-\n"
    "- [词向量对比](https://zhuanlan.zhihu.com/p/56382372)\n"
)
FIXED = (
    "# Articles\n\n- [SimBERT](https://spaces.ac.cn/archives/7427)\n"
    "- [词向量对比](https://zhuanlan.zhihu.com/p/56382372)\n"
)


def _fix(path: Path) -> tuple[list[FileResult], dict[str, Document]]:
    corpus = load(path)
    results = fix_corpus(corpus, Config(), select=["PTM212"], ignore=None)
    assert results[0].changed()
    return results, {document.path: document for document in corpus.documents}


# -- item 10: mixed line endings -----------------------------------------------------------


def test_mixed_line_endings_keep_each_lines_ending(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "list.md"
    path.write_bytes(
        b"# Articles\r\n\n- [SimBERT](https://spaces.ac.cn/archives/7427)\r\n-\n"
        b"- [A](https://zhuanlan.zhihu.com/p/56382372)\n- [B](https://example.org/b)\r"
        b"- [C](https://example.org/c)\r\n"
    )
    results, documents = _fix(path)
    write_results(results, documents)
    assert path.read_bytes() == (
        b"# Articles\r\n\n- [SimBERT](https://spaces.ac.cn/archives/7427)\r\n"
        b"- [A](https://zhuanlan.zhihu.com/p/56382372)\n- [B](https://example.org/b)\r"
        b"- [C](https://example.org/c)\r\n"
    )


def test_mixed_endings_an_edited_line_keeps_its_ending(tmp_path: Path) -> None:
    from awesome_ptm.fix._write import _mixed_bytes

    original = "a\nb\nc\nd"
    endings = [b"\r\n", b"\n", b"\r\n"]
    assert _mixed_bytes(original, "a\nB\nc\nd", False, endings) == b"a\r\nB\nc\r\nd"
    assert _mixed_bytes(original, "a\nc\nd", True, endings) == b"\xef\xbb\xbfa\r\nc\r\nd"
    assert _mixed_bytes(original, "a\nb\nx\nc\nd", False, endings) == b"a\r\nb\nx\nc\r\nd"


# -- item 9: edits made while fix writes; concurrent fixes; stale temp files ------------------


def test_an_edit_saved_while_fix_writes_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The editor saves between the temp file's write and the replace: its edit stays."""
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "list.md"
    path.write_text(PLACEHOLDERS, encoding="utf-8")
    results, documents = _fix(path)
    edited = PLACEHOLDERS + "- [New](https://example.org/new)\n"
    real_fsync = os.fsync

    def editor_saves(fd: int) -> None:
        real_fsync(fd)
        path.write_text(edited, encoding="utf-8")  # in place, as many editors save

    monkeypatch.setattr(os, "fsync", editor_saves)
    with pytest.raises(FixWriteError) as caught:
        write_results(results, documents)
    assert "changed on disk while it was being fixed" in str(caught.value)
    assert path.read_text(encoding="utf-8") == edited
    assert sorted(p.name for p in tmp_path.iterdir()) == ["list.md"]


def test_a_concurrent_fix_waits_for_the_lock_then_refuses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "list.md"
    path.write_text(PLACEHOLDERS, encoding="utf-8")
    results, documents = _fix(path)
    monkeypatch.setattr(write_module, "LOCK_TIMEOUT_SECONDS", 0.3)
    fd = os.open(path, os.O_RDONLY)
    try:
        assert lock_descriptor(fd, blocking=False)  # another fix holds the file
        started = time.monotonic()
        with pytest.raises(FixWriteError) as caught:
            write_results(results, documents)
        assert time.monotonic() - started >= 0.3
        assert "is being written by another process" in str(caught.value)
        assert path.read_text(encoding="utf-8") == PLACEHOLDERS
    finally:
        unlock_descriptor(fd)
        os.close(fd)
    write_results(results, documents)
    assert path.read_text(encoding="utf-8") == FIXED


def test_two_fixes_of_one_file_in_parallel_lose_nothing(tmp_path: Path) -> None:
    """Two processes fix the same file at once: one writes, the other finds it changed."""
    path = tmp_path / "list.md"
    path.write_text(PLACEHOLDERS, encoding="utf-8")
    command = [sys.executable, "-m", "awesome_ptm", "fix", "--select", "PTM212", "list.md"]
    runs = [
        subprocess.Popen(command, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for _ in range(2)
    ]
    outputs = [run.communicate(timeout=120) for run in runs]
    assert path.read_text(encoding="utf-8") == FIXED
    for run, (_, err) in zip(runs, outputs, strict=True):
        assert run.returncode in (0, 1, 2), err  # 0: it read the file already fixed
        assert b"Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["list.md"]


def test_temp_files_are_named_for_the_list(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    real_replace = os.replace

    def spy(src: str, dst: object) -> None:
        seen.append(os.path.basename(src))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", spy)
    atomic_write(tmp_path / "list.md", b"x\n")
    assert len(seen) == 1
    assert re.fullmatch(r"\.list\.md\.awesome-ptm-tmp-\w+", seen[0])


def test_stale_temp_files_are_cleaned_on_the_next_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A write killed with -9 leaves its temp file; the next write removes it once it is
    old and unlocked, and leaves young ones, locked ones and other files alone."""
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "list.md"
    path.write_text(PLACEHOLDERS, encoding="utf-8")
    old = time.time() - STALE_AFTER_SECONDS - 60
    stale = tmp_path / ".list.md.awesome-ptm-tmp-dead1234"
    young = tmp_path / ".list.md.awesome-ptm-tmp-live5678"
    locked = tmp_path / ".list.md.awesome-ptm-tmp-busy9012"
    other = tmp_path / ".other.md.awesome-ptm-tmp-dead1234"
    for item in (stale, young, locked, other):
        item.write_bytes(b"x" * 1000)
    for item in (stale, locked, other):
        os.utime(item, (old, old))
    fd = os.open(locked, os.O_RDONLY)
    try:
        assert lock_descriptor(fd, blocking=False)
        results, documents = _fix(path)
        write_results(results, documents)
    finally:
        os.close(fd)
    assert path.read_text(encoding="utf-8") == FIXED
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["list.md", young.name, locked.name, other.name]
    )
    assert clean_stale_temps(path) == [locked]  # unlocked now
    assert not locked.exists()


def test_a_write_killed_mid_way_leaves_a_temp_file_the_next_run_removes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """kill -9 during a write (a child process stops itself inside the write)."""
    monkeypatch.chdir(tmp_path)
    script = (
        "import os, signal\n"
        "from pathlib import Path\n"
        "import awesome_ptm.write as w\n"
        "real = os.fsync\n"
        "def die(fd):\n"
        "    real(fd)\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
        "os.fsync = die\n"
        "w.atomic_write(Path('list.md'), b'y' * 5_000_000)\n"
    )
    (tmp_path / "list.md").write_bytes(b"x\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, check=False)
    assert done.returncode == -9
    left = [p for p in tmp_path.iterdir() if p.name != "list.md"]
    assert [p.name.startswith(".list.md.awesome-ptm-tmp-") for p in left] == [True]
    assert (tmp_path / "list.md").read_bytes() == b"x\n"
    assert clean_stale_temps(Path("list.md")) == []  # young: may be a live write
    assert clean_stale_temps(Path("list.md"), now=time.time() + STALE_AFTER_SECONDS + 1) == [
        Path(left[0].name)
    ]
    assert [p.name for p in tmp_path.iterdir()] == ["list.md"]


def test_write_errors_stay_one_line(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        atomic_write(tmp_path / "missing-folder" / "list.md", b"x", expected=b"y")
    assert "\n" not in str(caught.value)


# -- item 6: a safe fix that never settles -----------------------------------------------------


def test_a_fix_that_never_settles_writes_nothing_and_names_the_rule(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The reported case: missing-venue appended ``(NAACL 2019)`` ten times a run."""
    from awesome_ptm.cli import main

    monkeypatch.chdir(tmp_path)
    path = tmp_path / "a.md"
    path.write_text("[]()|\n0|e|[](http://aclanthology.org/N19-1423.pdf)\n", encoding="utf-8")
    main(["fix", "a.md"])
    first = path.read_text(encoding="utf-8")
    err = capsys.readouterr().err
    assert first.count("NAACL 2019") <= 1
    assert "(NAACL 2019) (NAACL 2019)" not in first
    main(["fix", "a.md"])
    assert path.read_text(encoding="utf-8").count("NAACL 2019") <= 1
    if "NAACL" not in first:  # the rule's fix was refused: named, nothing of it written
        assert re.search(r"refused: a\.md: PTM\d+ \([a-z-]+\): fix refused: ", err)


# -- item 8: files that cannot be read ---------------------------------------------------------


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A folder the unprivileged user can enter (pytest's tmp_path is root's alone)."""
    folder = Path(tempfile.mkdtemp(prefix="awesome-ptm-test-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        for root, dirs, _ in os.walk(folder):
            for name in dirs:
                Path(root, name).chmod(0o755)
        shutil.rmtree(folder)


def _cli_unprivileged(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run the CLI as a user without privileges: ``nobody`` when the tests run as root
    (root reads every file), else the user running the tests."""
    command = [sys.executable, "-m", "awesome_ptm", *args]
    drop: dict[str, object] = {}
    if os.getuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is not None:
            command = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", *command]
        else:
            drop = {"user": 65534, "group": 65534, "extra_groups": []}
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        command, cwd=cwd, capture_output=True, text=True, timeout=120, env=env, **drop
    )


LIST = "# Papers\n\n- [BERT](https://arxiv.org/abs/1810.04805)\n"


def test_a_file_without_read_permission_is_one_line_not_a_usage_error(
    shared_folder: Path,
) -> None:
    (shared_folder / "a.md").write_text(LIST, encoding="utf-8")
    (shared_folder / "a.md").chmod(0o000)
    for command in ("check", "fix", "export"):
        done = _cli_unprivileged(shared_folder, command, "a.md")
        assert done.returncode == 2, done.stderr
        assert done.stderr == (
            "awesome-ptm: error: a.md: permission denied; check the file's permissions\n"
        )


def test_an_unreadable_subfolder_is_reported_in_one_line(shared_folder: Path) -> None:
    (shared_folder / "lists" / "hidden").mkdir(parents=True)
    (shared_folder / "lists" / "a.md").write_text(LIST, encoding="utf-8")
    (shared_folder / "lists" / "hidden" / "b.md").write_text(LIST, encoding="utf-8")
    (shared_folder / "lists").chmod(0o755)
    (shared_folder / "lists" / "hidden").chmod(0o000)
    done = _cli_unprivileged(shared_folder, "check", "lists")
    assert done.returncode == 2, done.stderr
    assert done.stderr == (
        "awesome-ptm: error: lists/hidden: cannot read this folder (Permission denied); "
        "make it readable, or name the lists to check\n"
    )
    (shared_folder / "lists" / "hidden").chmod(0o755)
    done = _cli_unprivileged(shared_folder, "check", "lists")
    assert done.returncode in (0, 1), done.stderr  # readable again: both lists checked


def test_a_fifo_named_as_the_config_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from awesome_ptm.cli import main

    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(LIST, encoding="utf-8")
    os.mkfifo(tmp_path / ".awesome-ptm.yaml")
    assert main(["check", "a.md"]) == 2
    assert capsys.readouterr().err == (
        "awesome-ptm: error: .awesome-ptm.yaml: config file is not a regular file (a FIFO); "
        "give a YAML or TOML file (`--config`, or .awesome-ptm.yaml)\n"
    )


# -- item 5: the safety check compares words -------------------------------------------------

LIST_WITH_NAMES = """\
# Models

## Contents

- [Agents](#agents)
- [Tools](#tools)

## Agents

- [OpenAGI: When LLM Meets Domain Experts](https://github.com/agiresearch/OpenAGI) - 2023
- [FARM](https://github.com/deepset-ai/FARM) - deepset-ai/FARM, transfer learning
- [jiant](https://github.com/nyu-mll/jiant) - a toolkit; load `albert-xxlarge-v2` with it
- [Tranformer-XL](https://arxiv.org/abs/1901.02860) - long context

**[back to top](#contents)**

## Tools

| Model | Paper | Code |
| ----- | ----- | ---- |
| BERT | [paper](https://arxiv.org/abs/1810.04805) | [code](https://github.com/g/bert) |
| BERT-wwm | [paper](https://arxiv.org/abs/1906.08101) | [code](https://github.com/g/bert) |
| BERT (again) | [paper](https://arxiv.org/abs/1810.04805) | [code](https://github.com/g/bert) |

**[back to top](#contents)**
"""


def _problem(
    old: str, new: str, *, occurrence: int = 0, named: tuple[int, int] | None = None
) -> str | None:
    """The word check on one edit of LIST_WITH_NAMES: ``old`` (its n-th occurrence) becomes
    ``new``; the finding names the edited lines unless ``named`` says otherwise."""
    from awesome_ptm.fix._words import WordContext, word_problem

    document = parse_text(LIST_WITH_NAMES, "list.md")
    at = -1
    for _ in range(occurrence + 1):
        at = LIST_WITH_NAMES.index(old, at + 1)
    edit = Edit(at, at + len(old), new)
    line, end_line = named or (document.position(at)[0], document.position(at + len(old))[0])
    finding = Finding(
        "PTM999",
        "test",
        "warning",
        "test",
        "list.md",
        line,
        end_line=end_line,
        fix=Fix("unsafe", (edit,)),
    )
    return word_problem(finding, (edit,), WordContext(document))


@pytest.mark.parametrize(
    ("old", "new", "occurrence", "expected"),
    [
        # Names the list links to or writes as code are not typos.
        ("OpenAGI:", "OpenAI:", 0, "renames 'openagi'"),
        ("[jiant]", "[giant]", 0, "renames 'jiant'"),
        ("deepset-ai/FARM,", "deepest-ai/FARM,", 0, "renames 'deepset'"),
        # A rename inside a link target or a code span.
        ("deepset-ai/FARM)", "deepest-ai/FARM)", 0, "changes the link target"),
        ("albert-xxlarge-v2", "albert-xlarge-v2", 0, "inside code"),
        ("abs/1901.02860", "abs/1901.02861", 0, "changes the link target"),
    ],
)
def test_renames_of_names_links_and_code_are_refused(
    old: str, new: str, occurrence: int, expected: str
) -> None:
    problem = _problem(old, new, occurrence=occurrence)
    assert problem is not None and expected in problem, problem


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("[Tranformer-XL]", "[Transformer-XL]"),  # a typo no link or code uses
        ("(https://arxiv.org/abs/1901.02860)", "(http://arxiv.org/pdf/1901.02860v1.pdf)"),
        ("- 2023", "- 2023 (arXiv 2023)"),  # words added on the named line
        ("long context", "Long Context"),  # letter case only
    ],
)
def test_fixes_that_change_only_what_they_name_pass(old: str, new: str) -> None:
    assert _problem(old, new) is None


def test_a_fix_may_change_only_the_lines_its_finding_names() -> None:
    problem = _problem("[Tranformer-XL]", "[Transformer-XL]", named=(3, 3))
    assert problem is not None and "outside the lines its finding names" in problem


def test_a_removing_fix_may_remove_only_a_copy_of_something_kept() -> None:
    rows = LIST_WITH_NAMES.splitlines(keepends=True)
    row = next(i for i, line in enumerate(rows) if "BERT (again)" in line)
    # The third row is the first one again: removing it keeps every resource.
    assert _problem(rows[row], "") is None
    # The second row shares only its code link: its paper would be lost.
    distinct = next(i for i, line in enumerate(rows) if "BERT-wwm" in line)
    problem = _problem(rows[distinct], "")
    assert problem is not None and "removes the entry 'BERT-wwm'" in problem


def test_a_removing_fix_never_removes_navigation_or_a_table_of_contents() -> None:
    problem = _problem("**[back to top](#contents)**\n", "", occurrence=1)
    assert problem is not None and "removes the navigation link [back to top](#contents)" in (
        problem
    )
    # empty-section: the finding names the heading; the fix takes the contents below too.
    toc = "## Contents\n\n- [Agents](#agents)\n- [Tools](#tools)\n\n"
    problem = _problem(toc, "", named=(3, 3))
    assert problem is not None and "navigation link [Agents](#agents)" in problem
    assert _problem("## Contents\n\n", "", named=(3, 3)) is None  # the heading alone


class _RenameTitle(Rule):
    """Test: an unsafe fix that 'corrects' OpenAGI to OpenAI on the line it names."""

    code = "PTM989"
    name = "test-rename-title"
    severity = "warning"
    fixable = "unsafe"

    def check(self, document: Document, context: Context) -> Iterable[Finding]:
        at = document.text.find("OpenAGI:")
        if at >= 0:
            line = document.position(at)[0]
            edit = Edit(at, at + len("OpenAGI"), "OpenAI")
            yield self.finding(document, line, "typo?", fix=Fix("unsafe", (edit,), "rename"))


def test_the_engine_refuses_a_rename_whatever_the_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    import awesome_ptm.rules

    monkeypatch.setattr(
        awesome_ptm.rules, "ALL_RULES", (*awesome_ptm.rules.ALL_RULES, _RenameTitle)
    )
    corpus = Corpus([parse_text(LIST_WITH_NAMES, "list.md")])
    result = fix_corpus(corpus, Config(), select=["PTM989"], ignore=None, unsafe=True)[0]
    assert not result.changed()
    assert result.refused == [
        "PTM989 (test-rename-title): fix refused: renames 'openagi' (line 10), a name the "
        "list uses in a link or in code, not a typo"
    ]


# -- item 11: fix reports what remains from its own last check --------------------------------


@pytest.mark.parametrize("unsafe", [False, True])
def test_the_remaining_findings_are_a_check_of_the_fixed_texts(unsafe: bool) -> None:
    from awesome_ptm.check import run_checks
    from awesome_ptm.fix import remaining_findings

    seeds = Path(__file__).parent / "fixtures" / "seeds"
    results = fix_corpus(load(seeds), Config(), select=None, ignore=None, unsafe=unsafe)
    assert any(result.changed() for result in results)
    assert results[0].final_check is not None  # reused, not made again
    fresh = run_checks(
        Corpus([parse_text(result.fixed, result.path) for result in results]), Config()
    )
    reused = remaining_findings(results, Config(), None, None)
    assert [f.to_dict() for f in reused.findings] == [f.to_dict() for f in fresh.findings]
    assert reused.errors == fresh.errors


def _edit_after_first_letter(
    text: str, line_index: int, where: float, length: int, new: str
) -> tuple[str, list[Hunk]] | None:

    lines = text.split("\n")
    line_start = sum(len(line) + 1 for line in lines[:line_index])
    line = lines[line_index]
    letter = re.search(r"[^\W\d_]", line)
    if letter is None or letter.end() >= len(line):
        return None
    start = line_start + letter.end() + int(where * (len(line) - letter.end()))
    end = min(start + length, line_start + len(line))
    fixed = text[:start] + new + text[end:]
    return fixed, [Hunk(start, end, start, start + len(new))]


SEEDS = sorted((Path(__file__).parent / "fixtures" / "seeds").glob("*.md"))
PUBLIC = sorted((Path(__file__).parent / "fixtures" / "public").glob("*.md"))


@settings(max_examples=100, deadline=None)
# (found by the randomised run: "9" after the header row's closing pipe adds a cell)
@example(
    path=SEEDS[[p.name for p in SEEDS].index("ptm-paper-table.md")],
    line=0,
    where=1.0,
    length=0,
    new="9",
)
@given(
    st.sampled_from(SEEDS + PUBLIC),
    st.integers(min_value=0),
    st.floats(min_value=0, max_value=1),
    st.integers(min_value=0, max_value=12),
    st.text(alphabet="aZ 9.,:;()[]*_!#=+-~&\"'/$%^中，（）", max_size=8),
)
def test_the_inline_shortcut_agrees_with_the_full_check(
    path: Path, line: int, where: float, length: int, new: str
) -> None:
    """Where the shortcut says "inline only", the full HTML check finds nothing either."""
    from awesome_ptm.fix._render import full_html_problem, inline_only

    text = path.read_text(encoding="utf-8")
    made = _edit_after_first_letter(text, line % text.count("\n"), where, length, new)
    if made is None:
        return
    fixed, hunks = made
    if inline_only(text, fixed, hunks):
        assert full_html_problem(text, fixed, hunks) is None


def test_the_inline_shortcut_refuses_what_may_change_blocks() -> None:
    from awesome_ptm.fix._render import html_problem, inline_only

    text = "| a | b |\n| - | - |\n| BERT | ACL2020 |\n\n<div>\nx\n</div>\n\n- item one\n"
    at = text.index("ACL2020")
    venue = text[:at] + "ACL 2020" + text[at + 7 :]
    assert inline_only(text, venue, [Hunk(at, at + 7, at, at + 8)])
    assert html_problem(text, venue, [Hunk(at, at + 7, at, at + 8)]) is None
    closing = text.index("| b |") + 5  # text after the header's closing pipe: one more cell
    assert not inline_only(
        text, text[:closing] + "9" + text[closing:], [Hunk(closing, closing, closing, closing + 1)]
    )
    head = text.index("a |") + 1  # a third header cell: the table is no table any more
    pipe = text[:head] + " | c" + text[head:]
    assert not inline_only(text, pipe, [Hunk(head, head, head, head + 4)])
    assert html_problem(text, pipe, [Hunk(head, head, head, head + 4)]) is not None
    div = text.index("div>")
    tag = text[:div] + "span>" + text[div + 4 :]
    assert not inline_only(text, tag, [Hunk(div, div + 4, div, div + 5)])
    item = text.index("- item") + 2
    marker = text[: item - 2] + "1. " + text[item:]
    assert not inline_only(text, marker, [Hunk(item - 2, item, item - 2, item + 1)])
    referenced = text + "\n[x]: https://example.org\n"
    assert not inline_only(referenced, referenced, [Hunk(at, at, at, at)])
