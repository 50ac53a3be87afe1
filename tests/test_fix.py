"""The fix engine: applying fixes, the safety check, line endings, and safe writing."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest

import awesome_ptm.rules
from awesome_ptm.check import Finding, Fix
from awesome_ptm.config import Config
from awesome_ptm.corpus import Corpus, load
from awesome_ptm.errors import InputError
from awesome_ptm.findings import Edit
from awesome_ptm.fix import (
    REMOVING_RULES,
    FileResult,
    FixWriteError,
    fix_corpus,
    unified_diff,
    write_results,
)
from awesome_ptm.model import Document
from awesome_ptm.parse import parse_text
from awesome_ptm.rules import Context, Rule

FIXTURES = Path(__file__).parent / "fixtures"

PLACEHOLDERS = """\
# Papers

| 名称 | 来源 | 说明 |
| ---- | ---- | ---- |
| 《BERT: Pre-training of Deep Bidirectional Transformers》 | NAACL 2019 | 双向编码 |
| NULL | NULL | NULL |
| 《RoBERTa: A Robustly Optimized BERT Pretraining Approach》 | arXiv 2019 | 更多数据 |

## Articles

- [融合检索和生成的SimBERT模型](https://spaces.ac.cn/archives/7427)
-
- [nlp中的词向量对比](https://zhuanlan.zhihu.com/p/56382372)
"""

PLACEHOLDERS_FIXED = """\
# Papers

| 名称 | 来源 | 说明 |
| ---- | ---- | ---- |
| 《BERT: Pre-training of Deep Bidirectional Transformers》 | NAACL 2019 | 双向编码 |
| 《RoBERTa: A Robustly Optimized BERT Pretraining Approach》 | arXiv 2019 | 更多数据 |

## Articles

- [融合检索和生成的SimBERT模型](https://spaces.ac.cn/archives/7427)
- [nlp中的词向量对比](https://zhuanlan.zhihu.com/p/56382372)
"""

NOTES = """\
# Notes

Some prose before the list.

More prose.

- [BERT](https://arxiv.org/abs/1810.04805) - 双向编码器
- [RoBERTa](http://arxiv.org/pdf/1907.11692v1.pdf) - 更多数据
-
"""


def fix_text(text: str, select: list[str], **options: Any) -> FileResult:
    corpus = Corpus([parse_text(text, "list.md")])
    return fix_corpus(corpus, Config(), select=select, ignore=None, **options)[0]


# -- test-only rules, registered by monkeypatching the registry ------------------------------


class _TestRule(Rule):
    severity = "warning"
    fixable = "safe"
    applicability = "safe"

    def edits(self, document: Document) -> list[Edit]:
        raise NotImplementedError

    def check(self, document: Document, context: Context) -> Iterable[Finding]:
        edits = tuple(self.edits(document))
        if edits:
            # The finding names the lines its fix edits (the engine refuses word changes
            # elsewhere).
            line = document.position(min(edit.start for edit in edits))[0]
            end_line = document.position(max(edit.end for edit in edits))[0]
            fix = Fix(self.applicability, edits, "test")
            yield self.finding(document, line, "test", end_line=end_line, fix=fix)


def _replace_first(document: Document, old: str, new: str) -> list[Edit]:
    at = document.text.find(old)
    return [] if at < 0 else [Edit(at, at + len(old), new)]


class DropEntryLine(_TestRule):
    """Test: a bad safe fix that deletes the first entry's line."""

    code = "PTM991"
    name = "test-drop-entry"

    def edits(self, document: Document) -> list[Edit]:
        if not document.entries:
            return []
        entry = document.entries[0]
        start = document.offset(entry.source.line)
        end = min(document.line_offsets()[entry.source.end_line], len(document.text))
        return [Edit(start, end, "")]


class RetargetLink(_TestRule):
    """Test: a bad safe fix that points BERT's link at another paper."""

    code = "PTM992"
    name = "test-retarget-link"

    def edits(self, document: Document) -> list[Edit]:
        return _replace_first(document, "abs/1810.04805", "abs/1907.11692")


class RepairLink(_TestRule):
    """Test: rewrites a link to its canonical form (the canonical stays the same)."""

    code = "PTM993"
    name = "test-repair-link"

    def edits(self, document: Document) -> list[Edit]:
        return _replace_first(
            document, "http://arxiv.org/pdf/1907.11692v1.pdf", "https://arxiv.org/abs/1907.11692"
        )


class RewordNote(_TestRule):
    """Test: a bad safe fix that rewrites a note (of the second entry)."""

    code = "PTM994"
    name = "test-reword-note"

    def edits(self, document: Document) -> list[Edit]:
        return _replace_first(document, "更多数据", "更少数据")


class Flip(_TestRule):
    """Test: a fix that never converges (it undoes itself on the next pass)."""

    code = "PTM995"
    name = "test-flip"

    def edits(self, document: Document) -> list[Edit]:
        return _replace_first(document, "# Notes", "# NOTES") or _replace_first(
            document, "# NOTES", "# Notes"
        )


class MergeParagraphs(_TestRule):
    """Test: a bad safe fix that deletes the blank line between two paragraphs, which become
    one (no entry is lost: only the HTML check sees it)."""

    code = "PTM996"
    name = "test-merge-paragraphs"

    def edits(self, document: Document) -> list[Edit]:
        at = document.text.find("list.\n\nMore")
        return [] if at < 0 else [Edit(at + 6, at + 7, "")]  # only the blank line


class UnsafeTitle(_TestRule):
    """Test: an unsafe fix that corrects a title (links unchanged)."""

    code = "PTM997"
    name = "test-unsafe-title"
    fixable = "unsafe"
    applicability = "unsafe"

    def edits(self, document: Document) -> list[Edit]:
        return _replace_first(document, "[RoBERTa]", "[RoBERTa: A Robustly Optimized BERT]")


class OverlappingEdits(_TestRule):
    """Test: a malformed fix whose own edits overlap."""

    code = "PTM998"
    name = "test-overlapping-edits"

    def edits(self, document: Document) -> list[Edit]:
        return [Edit(0, 5, "x"), Edit(3, 7, "y")] if len(document.text) > 7 else []


@pytest.fixture
def register(monkeypatch: pytest.MonkeyPatch) -> Callable[..., None]:
    """Add test rules to the registry (``select_rules`` reads ``awesome_ptm.rules.ALL_RULES``
    at call time)."""

    def add(*rules: type[Rule]) -> None:
        monkeypatch.setattr(awesome_ptm.rules, "ALL_RULES", (*awesome_ptm.rules.ALL_RULES, *rules))

    return add


# -- applying fixes --------------------------------------------------------------------------


def test_placeholder_rows_and_empty_items_are_removed() -> None:
    result = fix_text(PLACEHOLDERS, ["PTM212"])
    assert result.fixed == PLACEHOLDERS_FIXED
    assert result.applied == {"PTM212": 2}
    assert result.refused == []
    assert result.converged
    assert result.changed()
    assert result.original == PLACEHOLDERS


def test_nothing_to_fix_leaves_the_text_alone() -> None:
    result = fix_text(PLACEHOLDERS_FIXED, ["PTM212"])
    assert not result.changed()
    assert result.applied == {}
    assert unified_diff(result) == ""


def test_unified_diff() -> None:
    result = fix_text(PLACEHOLDERS, ["PTM212"])
    diff = unified_diff(result)
    assert diff.startswith("--- list.md\n+++ list.md\n@@ ")
    assert "\n-| NULL | NULL | NULL |\n" in diff
    assert "\n--\n" in diff
    assert (
        sum(1 for line in diff.splitlines() if line.startswith("-") and line != "--- list.md") == 2
    )
    assert not any(line.startswith("+") for line in diff.splitlines()[2:])


def test_unified_diff_marks_a_missing_final_newline() -> None:
    result = fix_text("- [A](https://spaces.ac.cn/archives/7427)\n- ", ["PTM212"])
    assert unified_diff(result).endswith("\\ No newline at end of file\n")


@pytest.mark.parametrize("folder", ["seeds", "public"])
def test_fixing_is_idempotent(folder: str) -> None:
    """Fixing the fixed files again changes nothing, file by file."""
    corpus = load(FIXTURES / folder)
    first = fix_corpus(corpus, Config(), select=None, ignore=None)
    assert any(result.changed() for result in first)
    for result in first:
        assert result.converged, (result.path, result.pending)
    again = Corpus([parse_text(result.fixed, result.path) for result in first])
    second = fix_corpus(again, Config(), select=None, ignore=None)
    for before, after in zip(first, second, strict=True):
        assert after.fixed == before.fixed, unified_diff(after)
        assert after.applied == {}, after.path


def test_fixing_the_seeds_with_unsafe_fixes_is_idempotent() -> None:
    corpus = load(FIXTURES / "seeds")
    first = fix_corpus(corpus, Config(), select=None, ignore=None, unsafe=True)
    again = Corpus([parse_text(result.fixed, result.path) for result in first])
    for before, after in zip(
        first, fix_corpus(again, Config(), select=None, ignore=None, unsafe=True), strict=True
    ):
        assert after.fixed == before.fixed, unified_diff(after)


def test_the_callers_corpus_keeps_its_entry_ids() -> None:
    corpus = load(FIXTURES / "seeds")
    before = [entry.id for entry in corpus]
    fix_corpus(corpus, Config(), select=None, ignore=None)
    assert [entry.id for entry in corpus] == before


def test_unsafe_fixes_need_unsafe(register: Callable[..., None]) -> None:
    register(UnsafeTitle)
    assert not fix_text(NOTES, ["PTM997"]).changed()
    result = fix_text(NOTES, ["PTM997"], unsafe=True)
    assert "- [RoBERTa: A Robustly Optimized BERT](http" in result.fixed
    assert result.applied == {"PTM997": 1}
    assert result.refused == []  # a new title with the same links is the same entry


# -- line endings ----------------------------------------------------------------------------


def test_crlf_and_bom_are_kept_byte_for_byte(tmp_path: Path) -> None:
    path = tmp_path / "list.md"
    path.write_bytes(
        "\ufeff# 文章\r\n\r\n- [SimBERT](https://spaces.ac.cn/archives/7427)\r\n- \r\n"
        "- [词向量对比](https://zhuanlan.zhihu.com/p/56382372)\r\n".encode()
    )
    corpus = load(path)
    document = corpus.documents[0]
    assert (document.bom, document.newline) == (True, "\r\n")
    results = fix_corpus(corpus, Config(), select=["PTM212"], ignore=None)
    assert write_results(results, {document.path: document}) == [document.path]
    assert path.read_bytes() == (
        "\ufeff# 文章\r\n\r\n- [SimBERT](https://spaces.ac.cn/archives/7427)\r\n"
        "- [词向量对比](https://zhuanlan.zhihu.com/p/56382372)\r\n".encode()
    )


def test_no_final_newline_stays_without_one() -> None:
    result = fix_text("- [SimBERT](https://spaces.ac.cn/archives/7427)\n- ", ["PTM212"])
    assert result.fixed == "- [SimBERT](https://spaces.ac.cn/archives/7427)"
    assert result.rendered(False, "\r\n") == b"- [SimBERT](https://spaces.ac.cn/archives/7427)"
    result = fix_text("- \n- [SimBERT](https://spaces.ac.cn/archives/7427)", ["PTM212"])
    assert result.fixed == "- [SimBERT](https://spaces.ac.cn/archives/7427)"


def test_final_newline_stays() -> None:
    result = fix_text("- [SimBERT](https://spaces.ac.cn/archives/7427)\n- \n", ["PTM212"])
    assert result.fixed == "- [SimBERT](https://spaces.ac.cn/archives/7427)\n"


# -- the safety check ------------------------------------------------------------------------


def test_a_fix_that_drops_an_entry_is_refused(register: Callable[..., None]) -> None:
    register(DropEntryLine)
    result = fix_text(NOTES, ["PTM991"])
    assert result.fixed == NOTES  # untouched
    assert not result.changed()
    assert result.applied == {}
    assert len(result.refused) == 1
    assert result.refused[0].startswith("PTM991 (test-drop-entry): fix refused: ")
    # The word check sees it first (an entry removed that is not a copy of one kept).
    assert "removes the entry 'BERT' (line 7)" in result.refused[0]


def test_bisection_refuses_only_the_bad_rule(register: Callable[..., None]) -> None:
    register(DropEntryLine)
    result = fix_text(NOTES, ["PTM212", "PTM991"])
    assert result.fixed == NOTES.replace("-\n", "")  # the placeholder fix still applies
    assert result.applied == {"PTM212": 1}
    assert [line.split(":")[0] for line in result.refused] == ["PTM991 (test-drop-entry)"]


def test_a_file_is_left_untouched_when_no_single_rule_is_to_blame(
    register: Callable[..., None],
) -> None:
    """Two bad rules in one pass: dropping either one still fails, so nothing is applied."""
    register(MergeParagraphs, RewordNote)
    result = fix_text(NOTES, ["PTM996", "PTM994"])
    assert not result.changed()
    assert result.applied == {}
    assert len(result.refused) == 1
    assert result.refused[0].startswith("left untouched: ")
    assert "PTM996" in result.refused[0] and "PTM994" in result.refused[0]


def test_removing_rules_may_remove_entries() -> None:
    assert {"PTM212", "PTM101", "PTM102"} == REMOVING_RULES


def test_a_fix_that_changes_a_links_canonical_is_refused(register: Callable[..., None]) -> None:
    register(RetargetLink)
    result = fix_text(NOTES, ["PTM992"])
    assert not result.changed()
    assert len(result.refused) == 1
    assert result.refused[0] == (
        "PTM992 (test-retarget-link): fix refused: changes the link target "
        "https://arxiv.org/abs/1810.04805 to another resource"
    )


def test_a_fix_that_keeps_the_canonical_is_applied(register: Callable[..., None]) -> None:
    register(RepairLink)
    result = fix_text(NOTES, ["PTM993"])
    assert result.fixed == NOTES.replace(
        "http://arxiv.org/pdf/1907.11692v1.pdf", "https://arxiv.org/abs/1907.11692"
    )
    assert result.refused == []


def test_a_fix_that_rewrites_a_note_is_refused(register: Callable[..., None]) -> None:
    register(RewordNote)
    result = fix_text(NOTES, ["PTM994"])
    assert not result.changed()
    assert result.refused and "note" in result.refused[0]
    assert result.refused[0].startswith("PTM994")


def test_a_fix_that_changes_blocks_outside_its_lines_is_refused(
    register: Callable[..., None],
) -> None:
    register(MergeParagraphs)
    result = fix_text(NOTES, ["PTM996"])
    assert not result.changed()
    assert len(result.refused) == 1
    assert result.refused[0].startswith("PTM996 (test-merge-paragraphs): fix refused: the ")
    assert "outside the edits" in result.refused[0]


def test_a_malformed_fix_is_refused(register: Callable[..., None]) -> None:
    register(OverlappingEdits)
    result = fix_text(NOTES, ["PTM998"])
    assert not result.changed()
    assert result.refused == [
        "PTM998 (test-overlapping-edits): fix refused: its edits overlap one another"
    ]


def test_a_fix_that_cycles_is_refused_and_not_written(register: Callable[..., None]) -> None:
    register(Flip)
    result = fix_text(NOTES, ["PTM995"], max_passes=3)
    assert not result.changed()
    assert result.applied == {}
    assert result.refused == [
        "PTM995 (test-flip): fix refused: its fixes do not settle: after pass 2 the text is "
        "again what it was before the first pass (a cycle of PTM995)"
    ]
    assert fix_text(NOTES, ["PTM212"], max_passes=3).converged


class Grow(_TestRule):
    """Test: a fix that appends to its own line on every pass (it never settles)."""

    code = "PTM990"
    name = "test-grow"

    def edits(self, document: Document) -> list[Edit]:
        at = document.text.find("\n", document.text.find("- [BERT]"))
        return [Edit(at, at, " (NAACL 2019)")]


def test_a_fix_that_keeps_growing_the_text_is_refused(register: Callable[..., None]) -> None:
    register(Grow)
    result = fix_text(NOTES, ["PTM990", "PTM212"], max_passes=4)
    assert result.fixed == NOTES.removesuffix("-\n")  # the other rule's fix is kept
    assert result.applied == {"PTM212": 1}
    assert result.refused == [
        "PTM990 (test-grow): fix refused: its fixes do not settle: still editing after 4 "
        "passes; the text grew by 50 characters"  # 4 x 13, less the 2 of PTM212
    ]
    assert result.converged


# -- writing ---------------------------------------------------------------------------------


def _fixed(
    tmp_path: Path, text: str = PLACEHOLDERS, name: str = "list.md"
) -> tuple[Path, list[FileResult], dict[str, Document]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    corpus = load(path)
    results = fix_corpus(corpus, Config(), select=["PTM212"], ignore=None)
    assert results[0].changed()
    return path, results, {document.path: document for document in corpus.documents}


def test_write_results_writes_and_keeps_permissions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    path, results, documents = _fixed(tmp_path)
    path.chmod(0o640)
    assert write_results(results, documents) == ["list.md"]
    assert path.read_text(encoding="utf-8") == PLACEHOLDERS_FIXED
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["list.md"]


def test_a_failed_replace_leaves_the_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a read-only target does when not running as root."""
    monkeypatch.chdir(tmp_path)
    path, results, documents = _fixed(tmp_path)

    def refuse(src: object, dst: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(InputError) as caught:
        write_results(results, documents)
    assert "\n" not in str(caught.value)
    assert str(caught.value).startswith("list.md: cannot write: Permission denied")
    assert isinstance(caught.value, FixWriteError) and caught.value.written == []
    assert path.read_text(encoding="utf-8") == PLACEHOLDERS
    assert sorted(p.name for p in tmp_path.iterdir()) == ["list.md"]


def test_a_file_without_write_permission_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The read-only check itself (``os.access`` says yes to root, so it is simulated)."""
    monkeypatch.chdir(tmp_path)
    path, results, documents = _fixed(tmp_path)
    monkeypatch.setattr(os, "access", lambda *args, **kwargs: False)
    with pytest.raises(InputError) as caught:
        write_results(results, documents)
    assert str(caught.value) == (
        "list.md: is read-only; not written (make it writable to apply fixes)"
    )
    assert path.read_text(encoding="utf-8") == PLACEHOLDERS


def test_an_interrupted_write_leaves_the_original(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    path, results, documents = _fixed(tmp_path)
    real_fdopen = os.fdopen

    class HalfWriter:
        def __init__(self, handle: Any) -> None:
            self.handle = handle

        def __enter__(self) -> HalfWriter:
            return self

        def __exit__(self, *exc: object) -> None:
            self.handle.close()

        def write(self, data: bytes) -> int:
            self.handle.write(data[: len(data) // 2])
            self.handle.flush()
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fdopen", lambda fd, mode: HalfWriter(real_fdopen(fd, mode)))
    with pytest.raises(InputError, match="No space left on device"):
        write_results(results, documents)
    assert path.read_text(encoding="utf-8") == PLACEHOLDERS
    assert sorted(p.name for p in tmp_path.iterdir()) == ["list.md"]


def test_a_file_changed_since_it_was_read_is_not_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    path, results, documents = _fixed(tmp_path)
    edited = PLACEHOLDERS + "- [新的条目](https://example.org/new)\n"
    path.write_text(edited, encoding="utf-8")
    with pytest.raises(InputError, match="changed on disk since it was read") as caught:
        write_results(results, documents)
    assert "\n" not in str(caught.value)
    assert path.read_text(encoding="utf-8") == edited


def test_other_files_are_still_written_when_one_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(PLACEHOLDERS, encoding="utf-8")
    (tmp_path / "b.md").write_text(PLACEHOLDERS, encoding="utf-8")
    corpus = load(tmp_path)
    results = fix_corpus(corpus, Config(), select=["PTM212"], ignore=None)
    documents = {document.path: document for document in corpus.documents}
    (tmp_path / "a.md").write_text("changed\n", encoding="utf-8")
    with pytest.raises(FixWriteError) as caught:
        write_results(results, documents)
    assert caught.value.written == ["b.md"]
    assert str(caught.value).startswith("a.md: changed on disk")
    assert (tmp_path / "b.md").read_text(encoding="utf-8") == PLACEHOLDERS_FIXED
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == "changed\n"


def test_a_symlink_out_of_the_working_tree_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    outside = tmp_path / "outside"
    work = tmp_path / "work"
    outside.mkdir()
    work.mkdir()
    target = outside / "list.md"
    target.write_text(PLACEHOLDERS, encoding="utf-8")
    (work / "link.md").symlink_to(target)
    monkeypatch.chdir(work)
    corpus = load(Path("link.md"))
    results = fix_corpus(corpus, Config(), select=["PTM212"], ignore=None)
    assert results[0].changed()
    with pytest.raises(InputError, match="symlink") as caught:
        write_results(results, {document.path: document for document in corpus.documents})
    assert "\n" not in str(caught.value)
    assert target.read_text(encoding="utf-8") == PLACEHOLDERS
    assert (work / "link.md").is_symlink()


def test_a_symlink_inside_the_working_tree_is_written_through(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "lists" / "list.md"
    target.parent.mkdir()
    target.write_text(PLACEHOLDERS, encoding="utf-8")
    (tmp_path / "link.md").symlink_to(target)
    monkeypatch.chdir(tmp_path)
    corpus = load(Path("link.md"))
    results = fix_corpus(corpus, Config(), select=["PTM212"], ignore=None)
    documents = {document.path: document for document in corpus.documents}
    assert write_results(results, documents) == ["link.md"]
    assert (tmp_path / "link.md").is_symlink()
    assert target.read_text(encoding="utf-8") == PLACEHOLDERS_FIXED
