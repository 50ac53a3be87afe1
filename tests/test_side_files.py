"""Files the configuration names (the config, a schema, an intro) get a list's guards:
regular files only, a size limit checked before reading, one clear line on failure."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from awesome_ptm.errors import ConfigError, InputError
from awesome_ptm.read import read_side_file


def _refusal(path: Path, max_bytes: int = 1000) -> str:
    with pytest.raises(ConfigError) as refused:
        read_side_file(path, max_bytes, "schema file", "fix `schemas` in the config", ConfigError)
    message = str(refused.value)
    assert "\n" not in message
    assert message.endswith("; fix `schemas` in the config")
    return message


def test_reads_a_regular_utf8_file(tmp_path: Path) -> None:
    path = tmp_path / "intro.md"
    path.write_text("Papers 论文\n", encoding="utf-8")
    assert read_side_file(path, 100, "intro", "fix `intro`") == "Papers 论文\n"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_a_fifo_is_refused_without_opening_it(tmp_path: Path) -> None:
    fifo = tmp_path / "schema.json"
    os.mkfifo(fifo)  # opening it for reading would block: nobody writes to it
    assert "is not a regular file (a FIFO)" in _refusal(fifo)


def test_a_directory_is_refused(tmp_path: Path) -> None:
    assert "is not a regular file (a directory)" in _refusal(tmp_path)


def test_an_oversized_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_bytes(b" " * 1001)
    assert "is 1,001 bytes, over the 1,000-byte limit" in _refusal(path)


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    message = _refusal(tmp_path / "nope.json")
    assert message.startswith(f"{tmp_path / 'nope.json'}: schema file not found")


def test_invalid_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.json"
    path.write_bytes(b'{\n\n  "title": "caf\xe9"\n}\n')
    assert "schema file is not valid UTF-8 (line 3)" in _refusal(path)


def test_the_default_error_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        read_side_file(tmp_path / "nope.md", 10, "intro", "fix `intro`")


# -- through the command line: exit code 2, one line, nothing hangs ----------------------


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    from awesome_ptm.cli import main

    code = main(list(args))
    err = capsys.readouterr().err
    return code, err


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "list.md").write_text("# Papers\n\n- [BERT](https://arxiv.org/abs/1810.04805)\n")
    return tmp_path


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_a_fifo_given_as_config_is_refused(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    os.mkfifo(in_tmp / "config.yaml")
    code, err = _run(capsys, "check", "--config", "config.yaml", "list.md")
    assert code == 2
    assert err.strip().splitlines() == [
        "awesome-ptm: error: config.yaml: config file is not a regular file (a FIFO); "
        "give a YAML or TOML file (`--config`, or .awesome-ptm.yaml)"
    ]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_a_fifo_named_as_schema_is_refused(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    os.mkfifo(in_tmp / "paper.schema.json")
    (in_tmp / ".awesome-ptm.yaml").write_text("schemas:\n  - schema: paper.schema.json\n")
    code, err = _run(capsys, "check", "list.md")
    assert code == 2
    assert len(err.strip().splitlines()) == 1
    assert "paper.schema.json: schema file is not a regular file (a FIFO)" in err


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        (
            '{\n  "type": "object",\n  "required": [\n}\n',
            "paper.schema.json:4: schema is not valid JSON",
        ),
        ("[" * 100_000 + "]" * 100_000, "schema nests too deeply to read"),
        ('["an array"]', "a schema must be a JSON object"),
    ],
)
def test_a_broken_schema_is_one_line(
    in_tmp: Path, capsys: pytest.CaptureFixture[str], schema: str, expected: str
) -> None:
    (in_tmp / "paper.schema.json").write_text(schema)
    (in_tmp / ".awesome-ptm.yaml").write_text("schemas:\n  - schema: paper.schema.json\n")
    code, err = _run(capsys, "check", "list.md")
    assert code == 2
    assert len(err.strip().splitlines()) == 1
    assert expected in err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_a_fifo_named_as_intro_is_refused(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    os.mkfifo(in_tmp / "intro.md")
    (in_tmp / ".awesome-ptm.yaml").write_text(
        "lists: [list.md]\nbuild:\n  output: README.md\n  intro: intro.md\n"
    )
    code, err = _run(capsys, "build")
    assert code == 2
    assert err.strip().splitlines() == [
        "awesome-ptm: error: intro.md: intro file is not a regular file (a FIFO); "
        "point build.intro at a Markdown file"
    ]
    assert not (in_tmp / "README.md").exists()  # nothing written


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
@pytest.mark.parametrize("fifo", ["README.md", "out/list.json"])
def test_a_fifo_where_a_build_output_goes_is_refused(in_tmp: Path, fifo: str) -> None:
    """Reading the old output to compare would block on a FIFO: refused first, in a
    subprocess so that a regression times out instead of hanging the suite."""
    import subprocess
    import sys

    (in_tmp / "out").mkdir()
    os.mkfifo(in_tmp / fifo)
    (in_tmp / ".awesome-ptm.yaml").write_text(
        "lists: [list.md]\nbuild:\n  output: README.md\n  exports:\n    json: out/list.json\n"
    )
    done = subprocess.run(
        [sys.executable, "-m", "awesome_ptm", "build"],
        cwd=in_tmp,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        f"awesome-ptm: error: {fifo}: is not a regular file; an output must be a file "
        "(remove it or change the path)"
    ]
    assert sorted(p.name for p in in_tmp.rglob("*") if p.is_file()) == [
        ".awesome-ptm.yaml",
        "list.md",
    ]
