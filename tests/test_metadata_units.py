"""The pieces of the metadata layer: identities, what a record means, titles, settings, the
file, and the OpenReview provider against a 127.0.0.1 stand-in."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from awesome_ptm.errors import ConfigError, InputError
from awesome_ptm.metadata import Record, load_store, parse_id, published_venue
from awesome_ptm.metadata.ids import entry_keys
from awesome_ptm.metadata.settings import env_name, load_settings
from awesome_ptm.metadata.store import MetadataStore
from awesome_ptm.parse import parse_text
from awesome_ptm.rules.metadata import titles_agree


def record(**fields: Any) -> Record:
    return Record(
        key="arxiv:2004.13922", provider="semantic-scholar", fetched="2026-01-01", **fields
    )


@pytest.mark.parametrize(
    ("given", "key"),
    [
        ("1706.03762", "arxiv:1706.03762"),
        ("arXiv:1706.03762v3", "arxiv:1706.03762"),
        ("https://arxiv.org/pdf/1907.11692.pdf", "arxiv:1907.11692"),
        ("hep-th/9901001", "arxiv:hep-th/9901001"),
        ("N19-1423", "acl:N19-1423"),
        ("ACL:2020.Findings-EMNLP.58", "acl:2020.findings-emnlp.58"),
        ("10.18653/v1/N19-1423", "acl:N19-1423"),
        ("doi:10.1145/3292500.3330701", "doi:10.1145/3292500.3330701"),
        ("https://openreview.net/forum?id=r1xMH1BtvB", "openreview:r1xMH1BtvB"),
        ("CorpusId:13756489", "corpusid:13756489"),
        (
            "https://www.semanticscholar.org/paper/Attention-is-All-you-Need/"
            "204e3073870fae3d05bcbc2f6a8e263d9b72e776",
            "s2:204e3073870fae3d05bcbc2f6a8e263d9b72e776",
        ),
        ("not an id", None),
        ("https://github.com/google-research/bert", None),
    ],
)
def test_parse_id(given: str, key: str | None) -> None:
    assert parse_id(given) == key


def test_entry_keys_read_paper_links_and_written_identifiers() -> None:
    text = (
        "- [BERT](https://aclanthology.org/N19-1423/) [code](https://github.com/google/bert) "
        "[OpenReview](https://openreview.net/forum?id=abcdef123)\n"
    )
    entry = parse_text(text).entries[0]
    assert entry_keys(entry) == ["acl:N19-1423", "openreview:abcdef123"]


def test_published_venue_prefers_the_acl_id_and_keeps_findings() -> None:
    found = published_venue(
        record(
            title="t",
            venue="Conference on Empirical Methods in Natural Language Processing",
            year=2020,
            external_ids={"ACL": "2020.findings-emnlp.58"},
        )
    )
    assert found is not None
    assert (found.venue, found.year, found.precise) == ("Findings of EMNLP", 2020, True)


def test_a_findings_or_workshop_name_is_not_the_main_conference() -> None:
    findings = published_venue(
        record(
            venue="Findings",
            year=2021,
            publication_venue={"name": "Findings", "alternate_names": ["EMNLP"]},
        )
    )
    assert findings is not None and not findings.precise and findings.venue == "Findings"
    workshop = published_venue(
        record(venue="Proceedings of the Workshop on Semantic Evaluation at ACL", year=2019)
    )
    assert workshop is not None and not workshop.precise


def test_arxiv_and_unknown_venues_are_not_publications() -> None:
    assert published_venue(record(venue="ArXiv", year=2020)) is None
    arxiv = {"name": "arXiv.org", "alternate_names": ["ArXiv"]}
    assert published_venue(record(venue="", publication_venue=arxiv)) is None
    assert published_venue(record(venue="Some Journal Nobody Knows", year=2020)) is None
    assert published_venue(Record("arxiv:1", "semantic-scholar", "2026-01-01", found=False)) is None
    # arXiv first, the conference in the structured venue: the conference.
    iclr = {"name": "International Conference on Learning Representations"}
    found = published_venue(record(venue="arXiv.org", publication_venue=iclr, year=2020))
    assert found is not None and found.text() == "ICLR 2020"


@pytest.mark.parametrize(
    ("listed", "recorded", "same"),
    [
        ("《BERT： Pre-training of Deep Bidirectional Transformers》", "BERT: Pre-training of "
         "Deep Bidirectional Transformers for Language Understanding", True),
        ("Deep contextualized word representation", "Deep contextualized word representations",
         True),
        ("ERNIE 2.0: A CONTINUAL PRE-TRAINING FRAMEWORK FORLANGUAGE", "ERNIE 2.0: A Continual "
         "Pre-training Framework for Language Understanding", True),
        ("Deep contextualized word representations", "BERT: Pre-training of Deep Bidirectional "
         "Transformers for Language Understanding", False),
        ("Attention Is All You Need", "Language Models are Few-Shot Learners", False),
    ],
)  # fmt: skip
def test_titles_agree(listed: str, recorded: str, same: bool) -> None:
    assert titles_agree(listed, recorded) is same


def test_settings_environment_wins_over_config(tmp_path: Path) -> None:
    raw = {"providers": {"semantic-scholar": {"url": "https://mirror.example/", "interval": 0}}}
    env = {env_name("semantic-scholar"): "http://127.0.0.1:9"}
    settings = load_settings(tmp_path, raw, env)
    assert settings.providers["semantic-scholar"].url == "http://127.0.0.1:9"
    assert settings.providers["semantic-scholar"].interval == 0
    assert load_settings(tmp_path, raw, {}).providers["semantic-scholar"].url == (
        "https://mirror.example"
    )
    assert settings.path == tmp_path / ".awesome-ptm" / "metadata.json"
    assert env_name("semantic-scholar") == "AWESOME_PTM_SEMANTIC_SCHOLAR_URL"


@pytest.mark.parametrize(
    "raw",
    [
        {"providers": {"crossref": {}}},
        {"providers": {"semantic-scholar": {"url": "ftp://x"}}},
        {"providers": {"semantic-scholar": {"interval": -1}}},
        {"max-age-days": "soon"},
        {"colour": "blue"},
    ],
)
def test_bad_settings_are_config_errors(tmp_path: Path, raw: dict[str, Any]) -> None:
    with pytest.raises(ConfigError):
        load_settings(tmp_path, raw, {})


def test_store_round_trip_and_refusals(tmp_path: Path) -> None:
    path = tmp_path / "m.json"
    store = MetadataStore(path)
    assert not store.save()  # nothing known: no empty file
    assert not path.exists()
    store.records["doi:10.1/x"] = Record(
        "doi:10.1/x", "semantic-scholar", "2026-01-01", title="T", year=2020,
        external_ids={"b": "2", "a": "1"},
    )  # fmt: skip
    store.records["arxiv:1"] = Record("arxiv:1", "semantic-scholar", "2026-01-01", found=False)
    assert store.save()
    assert not store.save()  # same bytes: not written again
    again = load_store(path)
    assert again.to_bytes() == path.read_bytes()
    assert list(json.loads(path.read_text("utf-8"))["papers"]) == ["arxiv:1", "doi:10.1/x"]
    path.write_text('{"version": 2, "papers": {}}', encoding="utf-8")
    with pytest.raises(InputError, match="format version 2"):
        load_store(path)
    path.write_text('{"version": 1, "papers": {"a": 3}}', encoding="utf-8")
    with pytest.raises(InputError, match="not an object"):
        load_store(path)


class _OpenReview(BaseHTTPRequestHandler):
    def log_message(self, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        notes = []
        if self.path == "/notes?id=abcdef123":
            notes = [
                {
                    "id": "abcdef123",
                    "pdate": 1674000000000,
                    "content": {
                        "title": {"value": "A Paper at ICLR"},
                        "authors": {"value": ["A", "B"]},
                        "venue": {"value": "ICLR 2023 poster"},
                    },
                }
            ]
        data = json.dumps({"notes": notes}).encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture
def openreview() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _OpenReview)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_openreview_provider(tmp_path: Path, openreview: str) -> None:
    from awesome_ptm.enrich import fetch_records

    settings = load_settings(
        tmp_path,
        {"providers": {"openreview": {"interval": 0}}},
        {env_name("openreview"): openreview},
    )
    records, problems, unsupported = asyncio.run(
        fetch_records(["openreview:abcdef123", "openreview:zzzzz"], settings, "2026-01-02")
    )
    assert problems == [] and unsupported == []
    found = records["openreview:abcdef123"]
    assert (found.title, found.authors, found.venue, found.year) == (
        "A Paper at ICLR",
        ["A", "B"],
        "ICLR 2023 poster",
        2023,
    )
    assert records["openreview:zzzzz"].found is False


@pytest.mark.parametrize(
    ("venue", "published"),
    [
        ("ICLR 2023 poster", "ICLR 2023"),
        ("NeurIPS 2022 Accept", "NeurIPS 2022"),
        ("Submitted to ICLR 2023", None),
        ("ICLR 2023 Conference Withdrawn Submission", None),
        ("", None),
    ],
)
def test_openreview_venues_are_decisions(venue: str, published: str | None) -> None:
    found = published_venue(
        Record(
            "openreview:x", "openreview", "2026-01-01", title="T", year=2022, venue=venue or None
        )
    )
    assert (found.text() if found is not None and found.precise else None) == published


def test_the_dblp_key_gives_the_published_year() -> None:
    iclr = "International Conference on Learning Representations"
    albert = record(venue=iclr, year=2019, external_ids={"DBLP": "conf/iclr/LanCGGSS20"})
    found = published_venue(albert)
    assert found is not None and found.text() == "ICLR 2020"
    # An arXiv (CoRR) key says nothing about the venue's year.
    corr = record(venue=iclr, year=2019, external_ids={"DBLP": "journals/corr/abs-1909-11942"})
    found = published_venue(corr)
    assert found is not None and found.text() == "ICLR 2019"
