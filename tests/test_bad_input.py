"""Bad input: one line on stderr naming the file and the problem, exit code 2, no traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from awesome_ptm.cli import main
from awesome_ptm.corpus import load
from awesome_ptm.parse import parse_text


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("command", ["export", "check"])
@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("latin1.md", "- [Café](https://x.org)\n".encode("latin-1"), "not valid UTF-8"),
        ("binary.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("nul.md", b"- [a](https://x.org)\n" + b"x" * 9000 + b"\x00", "NUL character"),
    ],
)
def test_undecodable_files(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    command: str,
    name: str,
    data: bytes,
    problem: str,
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    code, out, err = run(capsys, command, str(path))
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and problem in err and name in err
    assert "Traceback" not in err


def test_invalid_utf8_names_the_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "list.md"
    path.write_bytes(b"# ok\n\n- [a](https://x.org)\n- caf\xe9\n")
    code, _, err = run(capsys, "export", str(path))
    assert code == 2
    assert "list.md:4:" in err


def test_missing_path_and_empty_directory(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "export", str(tmp_path / "nope.md"))
    assert code == 2 and "no such file or directory" in err
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.txt").write_text("not markdown")
    code, _, err = run(capsys, "check", str(tmp_path / "empty"))
    assert code == 2 and "no Markdown files" in err


def test_unreadable_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # CI runs as root, which reads any file whatever its mode: make reading refuse instead.
    path = tmp_path / "secret.md"
    path.write_text("- [a](https://x.org)\n")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.chdir(tmp_path)  # export reads the config too: none here
    monkeypatch.setattr(Path, "read_bytes", refuse)
    code, _, err = run(capsys, "export", str(path))
    assert code == 2 and "permission denied" in err and "secret.md" in err


def test_size_limit_is_refused_with_advice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.md"
    path.write_text("- [a](https://x.org)\n")
    (tmp_path / ".awesome-ptm.yaml").write_text("max-file-size: 10\n")
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, "check", "big.md")
    assert code == 2 and "over the 10-byte limit" in err and "max-file-size" in err


def test_empty_file_bom_and_crlf_parse() -> None:
    assert parse_text("").entries == []
    doc = parse_text(
        "\ufeff# T\r\n\r\n- [A](https://x.org/a) - first\r\n- [B](https://x.org/b)\r\n"
    )
    assert doc.bom and doc.newline == "\r\n"
    assert [e.title for e in doc.entries] == ["A", "B"]
    assert doc.entries[0].notes == ["first"]
    assert doc.headings[0].title == "T" and doc.headings[0].line == 1


def test_five_megabyte_single_line(tmp_path: Path) -> None:
    path = tmp_path / "long.md"
    path.write_text("- [A](https://x.org/a) " + "word " * 1_000_000 + "\n")
    corpus = load(path)
    assert len(corpus) == 1
    assert corpus.entries[0].links[0].url == "https://x.org/a"


def test_symlink_loop_is_not_followed(tmp_path: Path) -> None:
    (tmp_path / "lists").mkdir()
    (tmp_path / "lists" / "a.md").write_text("- [A](https://x.org/a)\n")
    (tmp_path / "lists" / "loop").symlink_to(tmp_path / "lists")
    corpus = load(tmp_path / "lists")
    assert len(corpus) == 1


def _raise_index_error(*args: object) -> None:
    raise IndexError("pop from empty list")


@pytest.mark.parametrize("command", ["check", "export", "fix"])
def test_a_parser_bug_is_one_line_naming_the_file(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    command: str,
) -> None:
    # The shape of heldout153's crash (a `- ##### Heading` inside a group's items, fixed since):
    # whatever the next such bug is, the user gets the file and what to do, not a traceback,
    # and fix writes nothing.
    import awesome_ptm.parse._document as document

    monkeypatch.delenv("AWESOME_PTM_TRACEBACK", raising=False)
    monkeypatch.setattr(document, "_build_document", _raise_index_error)
    path = tmp_path / "list.md"
    path.write_text("# L\n\n- [a](https://x.org)  \n", encoding="utf-8")
    code, _out, err = run(capsys, command, str(path))
    assert code == 2
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert str(path) in lines[0]
    assert "IndexError: pop from empty list" in lines[0]
    assert "bug in awesome-ptm" in lines[0]
    assert path.read_text(encoding="utf-8") == "# L\n\n- [a](https://x.org)  \n"


def test_a_bug_anywhere_else_is_one_line_and_the_traceback_on_request(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import awesome_ptm.check as check

    monkeypatch.setattr(check, "_run_checks", _raise_index_error)
    path = tmp_path / "list.md"
    path.write_text("# L\n\n- [a](https://x.org)\n", encoding="utf-8")
    monkeypatch.delenv("AWESOME_PTM_TRACEBACK", raising=False)
    code, _out, err = run(capsys, "check", str(path))
    assert code == 2
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "internal error (IndexError: pop from empty list)" in err
    monkeypatch.setenv("AWESOME_PTM_TRACEBACK", "1")
    code, _out, err = run(capsys, "check", str(path))
    assert code == 2
    assert "Traceback (most recent call last)" in err and "_raise_index_error" in err
