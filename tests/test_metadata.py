"""`enrich`, the PTM70x rules and `add` against a Semantic Scholar stand-in on 127.0.0.1."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from awesome_ptm.cli import main
from awesome_ptm.parse import parse_text
from tests.metadata_server import PaperServer, paper

ICLR = {
    "id": "iclr",
    "name": "International Conference on Learning Representations",
    "type": "conference",
    "alternate_names": ["ICLR", "Int Conf Learn Represent"],
}
ARXIV_VENUE = {"id": "arxiv", "name": "arXiv.org", "type": None, "alternate_names": ["ArXiv"]}

PAPERS = {
    "ARXIV:1907.11692": paper(
        "RoBERTa: A Robustly Optimized BERT Pretraining Approach",
        2019,
        "ArXiv",
        ids={"ArXiv": "1907.11692"},
        publication=ARXIV_VENUE,
    ),
    "ARXIV:2003.10555": paper(
        "ELECTRA: Pre-training Text Encoders as Discriminators Rather Than Generators",
        2020,
        "International Conference on Learning Representations",
        ids={"ArXiv": "2003.10555"},
        publication=ICLR,
    ),
    "ARXIV:1810.04805": paper(
        "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding",
        2019,
        "North American Chapter of the Association for Computational Linguistics",
        ids={"ArXiv": "1810.04805", "ACL": "N19-1423", "DOI": "10.18653/v1/N19-1423"},
    ),
    "ARXIV:2004.13922": paper(
        "Revisiting Pre-Trained Models for Chinese Natural Language Processing",
        2020,
        "Findings",
        ids={"ArXiv": "2004.13922", "ACL": "2020.findings-emnlp.58"},
        publication={"id": "f", "name": "Findings", "type": None, "alternate_names": []},
    ),
    "ARXIV:1908.10084": paper(
        "Sentence-BERT: Sentence Embeddings using Siamese BERT-Networks",
        2019,
        "Conference on Empirical Methods in Natural Language Processing",
        ids={"ArXiv": "1908.10084"},
    ),
    "ARXIV:1909.11942": paper(
        "ALBERT: A Lite BERT for Self-supervised Learning of Language Representations",
        2019,
        "International Conference on Learning Representations",
        ids={"ArXiv": "1909.11942"},
        publication=ICLR,
    ),
    "ACL:N19-1423": paper(
        "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding",
        2019,
        "North American Chapter of the Association for Computational Linguistics",
        ids={"ArXiv": "1810.04805", "ACL": "N19-1423"},
    ),
    "ARXIV:2106.09685": paper(
        "LoRA: Low-Rank Adaptation of Large Language Models",
        2021,
        "Workshop on Efficient Natural Language Processing",
        ids={"ArXiv": "2106.09685"},
    ),
}

LIST = """\
# Papers

## Models

1. RoBERTa: A Robustly Optimized BERT Pretraining Approach，**arXiv 2019**（https://arxiv.org/pdf/1907.11692.pdf）鲁棒性优化
2. ELECTRA: Pre-training Text Encoders as Discriminators Rather Than Generators，**arxiv2020**（https://arxiv.org/pdf/2003.10555.pdf）
3. Deep contextualized word representations，**arXiv 2018**（https://arxiv.org/pdf/1810.04805.pdf）
4. Revisiting Pre-Trained Models for Chinese Natural Language Processing，**arXiv 2020**（https://arxiv.org/pdf/2004.13922.pdf）
5. An Unknown Preprint About Many Things，**arXiv 2021**（https://arxiv.org/pdf/2101.99999.pdf）
6. LoRA: Low-Rank Adaptation of Large Language Models，**arXiv 2021**（https://arxiv.org/pdf/2106.09685.pdf）
"""

SBERT = "Sentence-BERT: Sentence Embeddings using Siamese BERT-Networks"
ELECTRA = "ELECTRA: Pre-training Text Encoders as Discriminators Rather Than Generators"
TABLE = f"""\
# Table

| 名称 | 来源 | 说明 |
| ---- | ---- | ---- |
| [{SBERT}](https://arxiv.org/abs/1908.10084) | ACL 2019 | 句向量 |
| [{ELECTRA}](https://arxiv.org/abs/2003.10555) | NULL | NULL |
"""


def config_text(backoff: float = 0.01, retries: int = 2) -> str:
    return (
        "lists: [lists]\n"
        "metadata:\n"
        "  providers:\n"
        f"    semantic-scholar: {{interval: 0, backoff: {backoff}, retries: {retries}, "
        "timeout: 5}\n"
    )


@pytest.fixture
def server() -> Iterator[PaperServer]:
    running = PaperServer(dict(PAPERS)).start()
    try:
        yield running
    finally:
        if running.thread.is_alive():
            running.stop()


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, server: PaperServer) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("AWESOME_PTM_SEMANTIC_SCHOLAR_URL", server.url)
    monkeypatch.delenv("SEMANTIC_SCHOLAR_API_KEY", raising=False)
    (tmp_path / "lists").mkdir()
    (tmp_path / "lists" / "list.md").write_text(LIST, encoding="utf-8")
    (tmp_path / "lists" / "table.md").write_text(TABLE, encoding="utf-8")
    (tmp_path / ".awesome-ptm.yaml").write_text(config_text(), encoding="utf-8")
    return tmp_path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def findings(capsys: pytest.CaptureFixture[str], *select: str) -> list[dict[str, Any]]:
    code, out, err = run(
        capsys, "check", "--select", ",".join(select), "--output-format", "json", "--exit-zero"
    )
    assert code == 0, err
    items: list[dict[str, Any]] = json.loads(out)
    return items


def by_rule(items: list[dict[str, Any]]) -> dict[str, list[tuple[str, int]]]:
    found: dict[str, list[tuple[str, int]]] = {}
    for item in items:
        found.setdefault(item["name"], []).append((Path(item["path"]).name, item["line"]))
    return {name: sorted(places) for name, places in sorted(found.items())}


METADATA = Path(".awesome-ptm/metadata.json")


def test_enrich_writes_a_sorted_file_and_check_reads_it(
    project: Path, server: PaperServer, capsys: pytest.CaptureFixture[str]
) -> None:
    assert findings(capsys, "PTM7") == []  # no file yet: nothing known, nothing reported
    code, out, err = run(capsys, "enrich")
    assert code == 0, err
    assert "7 paper(s) to fetch, 6 found, 1 unknown" in out
    # One request for all papers, with the fields and the prefixes of the API.
    assert len(server.requests) == 1
    request = server.requests[0]
    assert request["path"] == "/graph/v1/paper/batch"
    assert request["query"]["fields"] == ["title,venue,year,externalIds,publicationVenue,authors"]
    assert sorted(request["body"]["ids"]) == [
        "ARXIV:1810.04805",
        "ARXIV:1907.11692",
        "ARXIV:1908.10084",
        "ARXIV:2003.10555",
        "ARXIV:2004.13922",
        "ARXIV:2101.99999",
        "ARXIV:2106.09685",
    ]
    data = json.loads(METADATA.read_text("utf-8"))
    keys = list(data["papers"])
    assert keys == sorted(keys)
    assert data["papers"]["arxiv:2101.99999"]["found"] is False
    electra = data["papers"]["arxiv:2003.10555"]
    assert electra["title"].startswith("ELECTRA")
    assert electra["authors"] == ["A. Author", "B. Author"]
    assert electra["publication_venue"]["alternate_names"] == ["ICLR", "Int Conf Learn Represent"]
    assert len(electra["fetched"]) == 10

    found = by_rule(findings(capsys, "PTM7"))
    assert found == {
        "metadata-venue-conflict": [("table.md", 5)],
        "published-preprint": [
            ("list.md", 6),
            ("list.md", 7),
            ("list.md", 8),
            ("list.md", 10),
            ("table.md", 6),
        ],
        "title-mismatch": [("list.md", 7)],
    }
    messages = {
        (Path(f["path"]).name, f["line"], f["name"]): f["message"] for f in findings(capsys, "PTM7")
    }
    assert "Findings of EMNLP 2020" in messages[("list.md", 8, "published-preprint")]
    assert "EMNLP 2020 " not in messages[("list.md", 8, "published-preprint")].replace(
        "Findings of EMNLP 2020", ""
    )
    workshop = messages[("list.md", 10, "published-preprint")]
    assert "Workshop on Efficient Natural Language Processing" in workshop
    assert "no fix" in workshop
    assert "BERT: Pre-training" in messages[("list.md", 7, "title-mismatch")]


def test_enrich_sends_each_paper_once_with_the_api_prefixes(
    project: Path, server: PaperServer, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "enrich")[0] == 0
    ids = server.requests[0]["body"]["ids"]
    assert len(ids) == len(set(ids)) == 7
    assert all(paper_id.startswith("ARXIV:") for paper_id in ids)


def test_unsafe_fix_writes_the_venue_in_the_files_style(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "enrich")[0] == 0
    _code, _, err = run(capsys, "fix", "--select", "PTM701,PTM703", "--unsafe-fixes")
    assert "refused" not in err
    text = (project / "lists" / "list.md").read_text("utf-8")
    # Compact where the entry wrote "arxiv2020", spaced where it wrote "arXiv 2018".
    electra = "ELECTRA: Pre-training Text Encoders as Discriminators Rather Than Generators"
    assert f"2. {electra}，**ICLR2020**（" in text
    assert "3. Deep contextualized word representations，**NAACL 2019**（" in text
    # Findings stay Findings; a workshop gets no fix; preprints stay preprints.
    assert "，**Findings of EMNLP 2020**（" in text
    assert "LoRA: Low-Rank Adaptation of Large Language Models，**arXiv 2021**" in text
    assert "RoBERTa: A Robustly Optimized BERT Pretraining Approach，**arXiv 2019**" in text
    table = (project / "lists" / "table.md").read_text("utf-8")
    assert "| EMNLP 2019 | 句向量 |" in table
    assert f"{electra}](https://arxiv.org/abs/2003.10555) | ICLR 2020 | NULL |" in table
    # The fixed lists parse back with those venues, and nothing is left to report.
    venues = {e.title[:12]: (e.venue, e.year) for e in parse_text(text, "list.md").entries}
    assert venues["ELECTRA: Pre"] == ("ICLR", 2020)
    assert venues["Revisiting P"] == ("Findings of EMNLP", 2020)
    left = by_rule(findings(capsys, "PTM701", "PTM703"))
    assert left == {"published-preprint": [("list.md", 10)]}


def test_second_enrich_without_the_server_changes_nothing(
    project: Path, server: PaperServer, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "enrich")[0] == 0
    before = METADATA.read_bytes()
    reported = findings(capsys, "PTM7")
    server.stop()
    code, out, err = run(capsys, "enrich")
    assert code == 0, err  # nothing missing or stale: nothing asked
    assert "0 paper(s) to fetch" in out and "unchanged" in out
    assert METADATA.read_bytes() == before
    # Asked to refresh, the provider cannot be reached: one line, the file keeps its data.
    code, out, err = run(capsys, "enrich", "--refresh")
    assert code == 1
    warnings = [line for line in err.splitlines() if line.startswith("awesome-ptm: warning:")]
    assert len(warnings) == 1
    assert "semantic-scholar could not be reached" in warnings[0]
    assert "Traceback" not in err
    assert METADATA.read_bytes() == before
    assert findings(capsys, "PTM7") == reported


def test_the_file_is_byte_identical_for_the_same_data(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from awesome_ptm.metadata import load_store

    assert run(capsys, "enrich")[0] == 0
    first = METADATA.read_bytes()
    assert load_store(METADATA).to_bytes() == first
    METADATA.unlink()
    assert run(capsys, "enrich")[0] == 0
    assert METADATA.read_bytes() == first
    assert first.endswith(b"}\n") and b"\r" not in first


def test_a_429_with_retry_after_is_honoured(
    project: Path, server: PaperServer, capsys: pytest.CaptureFixture[str]
) -> None:
    # Backoff alone would wait 4 s; the server asks for 1 s, and that is what is waited.
    (project / ".awesome-ptm.yaml").write_text(config_text(backoff=4.0), encoding="utf-8")
    server.fail_with = [(429, "1")]
    started = time.monotonic()
    code, out, err = run(capsys, "enrich")
    elapsed = time.monotonic() - started
    assert code == 0, err
    assert len(server.requests) == 2
    gap = server.requests[1]["at"] - server.requests[0]["at"]
    assert 0.9 <= gap < 3.0
    assert elapsed < 3.5
    assert "6 found" in out


def test_rate_limit_that_does_not_end_is_one_line(
    project: Path, server: PaperServer, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / ".awesome-ptm.yaml").write_text(config_text(retries=1), encoding="utf-8")
    server.fail_with = [(429, "0"), (429, "0")]
    code, _, err = run(capsys, "enrich")
    assert code == 1
    assert "semantic-scholar answered 429 Too Many Requests" in err
    assert len(err.strip().splitlines()) == 1
    assert not METADATA.exists()


def test_the_api_key_is_sent_when_set(
    project: Path,
    server: PaperServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("SEMANTIC_SCHOLAR_API_KEY", "k-123")
    assert run(capsys, "enrich")[0] == 0
    assert server.requests[0]["api_key"] == "k-123"


def test_add_writes_an_entry_in_the_sections_style(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        capsys, "add", "arXiv:1909.11942", "--to", "lists/list.md", "--section", "Models"
    )
    assert code == 0, err
    line = (
        "7. ALBERT: A Lite BERT for Self-supervised Learning of Language Representations，"
        "**ICLR 2019**（https://arxiv.org/pdf/1909.11942.pdf）"
    )
    text = (project / "lists" / "list.md").read_text("utf-8")
    assert text == LIST + line + "\n"
    assert "+" + line in out  # the diff
    entry = parse_text(text, "list.md").entries[-1]
    assert (entry.venue, entry.year, entry.links[0].canonical) == (
        "ICLR",
        2019,
        "https://arxiv.org/abs/1909.11942",
    )
    # The record is kept for the rules.
    assert "arxiv:1909.11942" in json.loads(METADATA.read_text("utf-8"))["papers"]


def test_add_to_a_table_fills_its_cells(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "add", "1909.11942", "--to", "lists/table.md")
    assert code == 0, err
    last = (project / "lists" / "table.md").read_text("utf-8").splitlines()[-1]
    assert last == (
        "| [ALBERT: A Lite BERT for Self-supervised Learning of Language Representations]"
        "(https://arxiv.org/abs/1909.11942) | ICLR 2019 | NULL |"
    )


def test_add_refuses_a_paper_already_listed(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # By the same id, and by another id of the same paper (its ACL Anthology id).
    for given in ("https://arxiv.org/abs/1810.04805", "N19-1423"):
        code, _out, err = run(capsys, "add", given, "--to", "lists/list.md")
        assert code == 1
        assert "is already listed at lists/list.md:7" in err
        assert (project / "lists" / "list.md").read_text("utf-8") == LIST


def test_add_several_ids_and_dry_run(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys, "add", "1909.11942", "1909.11942", "1810.04805", "--to", "lists/list.md",
        "--dry-run",
    )  # fmt: skip
    assert code == 1
    assert (project / "lists" / "list.md").read_text("utf-8") == LIST
    assert not METADATA.exists()
    assert out.count("\n+7. ALBERT") == 1
    assert "1 paper(s) would be added" in out
    assert err.count("already listed") == 1  # 1810.04805; the repeated id is not added twice


def test_add_bad_input_is_one_line(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "add", "not-an-id", "--to", "lists/list.md")
    assert code == 2
    assert err.startswith("awesome-ptm: error: 'not-an-id' is not a paper identifier")
    code, _, err = run(capsys, "add", "1909.11942", "--to", "lists/list.md", "--section", "Nope")
    assert code == 2
    assert "no section 'Nope'" in err
    code, _, err = run(capsys, "add", "1909.11942")
    assert code == 2
    assert "say which one with --to FILE" in err
    assert (project / "lists" / "list.md").read_text("utf-8") == LIST


def test_a_broken_metadata_file_is_one_line(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    METADATA.parent.mkdir()
    METADATA.write_text("{not json", encoding="utf-8")
    code, _out, err = run(capsys, "check")
    assert code == 2
    assert err.startswith("awesome-ptm: error: .awesome-ptm/metadata.json:1: not valid JSON")
    assert len(err.strip().splitlines()) == 1


def test_a_list_that_never_writes_venues_is_not_asked_to(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plain = f"# Plain\n\n- [{ELECTRA}](https://arxiv.org/abs/2003.10555) - Discriminators.\n"
    (project / "lists" / "plain.md").write_text(plain, encoding="utf-8")
    assert run(capsys, "enrich")[0] == 0
    places = by_rule(findings(capsys, "PTM701"))["published-preprint"]
    assert ("table.md", 6) in places  # the same paper, in a file that writes venues
    assert not [place for place in places if place[0] == "plain.md"]


LINKED = """\
# Awesome

## Papers

- [Attention Is All You Need](https://arxiv.org/abs/1706.03762) (NeurIPS 2017) - Transformers.
- [Language Models are Few-Shot Learners](https://arxiv.org/abs/2005.14165) (NeurIPS 2020) - GPT-3.

## Tools

- [bert](https://github.com/google-research/bert) - Code.
"""


def test_add_to_a_linked_list_outside_the_configured_lists(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "other.md").write_text(LINKED, encoding="utf-8")
    code, _, err = run(capsys, "add", "1909.11942", "--to", "other.md", "--section", "papers")
    assert code == 0, err
    lines = (project / "other.md").read_text("utf-8").splitlines()
    # After the section's last entry, as `[Title](url) (Venue Year)`; the note is not copied.
    assert lines[6] == (
        "- [ALBERT: A Lite BERT for Self-supervised Learning of Language Representations]"
        "(https://arxiv.org/abs/1909.11942) (ICLR 2019)"
    )
    assert lines[7:] == [
        "",
        "## Tools",
        "",
        "- [bert](https://github.com/google-research/bert) - Code.",
    ]
    # A paper of the configured lists is refused even when adding elsewhere.
    code, _, err = run(capsys, "add", "2003.10555", "--to", "other.md")
    assert code == 1
    assert "already listed at lists/list.md:6" in err
