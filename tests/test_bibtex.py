"""The BibTeX export: paper entries only, stable unique keys, read back by bibtexparser."""

from __future__ import annotations

from pathlib import Path

import bibtexparser
import pytest

from awesome_ptm.corpus import load
from awesome_ptm.export.bibtex import (
    bibtex_fields,
    citation_keys,
    escape_latex,
    is_paper,
    key_base,
    rules,
    to_bibtex,
)
from awesome_ptm.identity import paper_identifier
from awesome_ptm.model import Entry, Link, Source

FIXTURES = Path(__file__).parent / "fixtures"
SEEDS = FIXTURES / "seeds"
PUBLIC = FIXTURES / "public"


def _entry(title: str, *urls: str, entry_id: str = "abc", **extra: object) -> Entry:
    links = [
        Link(url=url, canonical=url, kind="paper", label=None, style="inline", line=1)
        for url in urls
    ]
    entry = Entry(
        id=entry_id,
        title=title,
        links=links,
        section=[],
        source=Source("t.md", 1, 1),
        raw="",
        shape="link-title",
    )
    for key, value in extra.items():
        setattr(entry, key, value)
    return entry


@pytest.mark.parametrize("paths", [[SEEDS], [PUBLIC], [SEEDS, PUBLIC]], ids=str)
def test_bibtex_parses_back_with_one_entry_per_paper(paths: list[Path]) -> None:
    corpus = load(paths)
    papers = [entry for entry in corpus if is_paper(entry)]
    library = bibtexparser.parse_string(to_bibtex(corpus))
    assert library.failed_blocks == []
    assert len(library.entries) == len(papers) > 0
    keys = [item.key for item in library.entries]
    assert len(keys) == len(set(keys))
    for paper, item in zip(papers, library.entries, strict=True):
        assert item["title"] == "{" + escape_latex(paper.title) + "}"
        arxiv = [paper_identifier(link.url) for link in paper.links]
        arxiv_ids = [p.value for p in arxiv if p is not None and p.scheme == "arxiv"]
        if arxiv_ids:
            assert item["eprint"] == arxiv_ids[0]
            assert item["archivePrefix"] == "arXiv"
        else:
            assert "eprint" not in item
        if paper.year is not None:
            assert item["year"] == str(paper.year)
        if paper.authors:
            assert item["author"].split(" and ") == [escape_latex(a) for a in paper.authors]


def test_entry_types_follow_the_venue_table() -> None:
    corpus = load(SEEDS)
    library = bibtexparser.parse_string(to_bibtex(corpus))
    by_title = {item["title"]: item for item in library.entries}
    spanbert = by_title["{SpanBERT: Improving Pre-training by Representing and Predicting Spans}"]
    assert spanbert.entry_type == "article" and spanbert["journal"] == "TACL"
    roberta = by_title["{RoBERTa: A Robustly Optimized BERT Pretraining Approach}"]
    assert roberta.entry_type == "inproceedings" and roberta["booktitle"] == "EMNLP"
    assert roberta["eprint"] == "1907.11692" and roberta["url"].startswith("https://arxiv.org/")
    survey = by_title["{Pre-trained Models for Natural Language Processing: A Survey}"]
    assert survey.entry_type == "misc" and survey["howpublished"] == "arXiv"
    assert "TACL" in rules().journals and "arXiv" in rules().preprints


def test_non_papers_are_left_out() -> None:
    assert not is_paper(_entry("A blog post"))
    assert is_paper(_entry("Venue only", venue="ACL"))
    assert is_paper(_entry("Paper link", "https://arxiv.org/abs/1810.04805"))
    blog = _entry("Blog", "https://example.org/post")
    blog.links[0].kind = "article"
    assert not is_paper(blog)


def test_keys_are_stable_readable_and_deduplicated() -> None:
    authored = _entry("BERT", authors=["Jacob Devlin", "Ming-Wei Chang"], year=2019)
    assert key_base(authored).startswith("devlin2019-")
    # Keys depend on the entry alone (author or title word, year, id), not on its neighbours.
    assert key_base(authored) == key_base(_entry("Other", authors=["Devlin, Jacob"], year=2019))
    titled = _entry("Do Transformers Really Understand?", year=2021)
    assert key_base(titled).startswith("transformers2021-")
    assert key_base(_entry("Pre-trained Models")).startswith("pretrained-")
    assert key_base(_entry("基于多任务学习的研究")).startswith("entry-")
    # "id228" and "id272" share the first four hex digits of their hash: the second key
    # gets a letter.
    twins = [_entry("BERT", year=2019, entry_id=i) for i in ("id228", "id272", "id228-2")]
    keys = citation_keys(twins)
    assert keys["id228"] == "bert2019-bf85"
    assert keys["id272"] == "bert2019-bf85a"
    assert len(set(keys.values())) == 3


def test_escaping_keeps_braces_balanced() -> None:
    entry = _entry(
        "50% of {BERT} & T5_x #1 $x$ ~ ^ \\ ok",
        "https://arxiv.org/abs/2001.00001v2",
        authors=["A & B"],
        venue="ACL",
        year=2020,
    )
    entry_type, fields = bibtex_fields(entry)
    values = dict(fields)
    assert entry_type == "inproceedings"
    assert values["title"] == (
        r"{{50\% of \textbraceleft{}BERT\textbraceright{} \& T5\_x \#1 \$x\$ "
        r"\textasciitilde{} \textasciicircum{} \textbackslash{} ok}}"
    )
    assert values["author"] == r"{A \& B}"
    assert values["eprint"] == "{2001.00001}"
    library = bibtexparser.parse_string(to_bibtex([entry]))
    assert library.failed_blocks == [] and len(library.entries) == 1


def test_bibtex_is_deterministic() -> None:
    assert to_bibtex(load(SEEDS)) == to_bibtex(load(SEEDS))
