"""The normalised README: entry shape, escaping, anchors, and reading it back."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from awesome_ptm.corpus import Corpus, load
from awesome_ptm.errors import InputError
from awesome_ptm.export._public import public_entry
from awesome_ptm.model import Entry, Link, Source
from awesome_ptm.parse import parse_text
from awesome_ptm.render import (
    END,
    START,
    RenderOptions,
    Slugger,
    render_entry,
    render_readme,
    section_tree,
    slugify,
    splice,
)

FIXTURES = Path(__file__).parent / "fixtures"
SEEDS = FIXTURES / "seeds"
PUBLIC = FIXTURES / "public"
CORPORA = {
    "seeds": [SEEDS],
    **{path.stem: [path] for path in sorted(PUBLIC.glob("*.md"))},
}
_TOC_LINK = re.compile(r"\]\(#([^)]*)\)")


@pytest.fixture(scope="module")
def corpora() -> dict[str, tuple[Corpus, str]]:
    """Each corpus with its rendered README."""
    out = {}
    for name, paths in CORPORA.items():
        corpus = load(paths)
        out[name] = (corpus, render_readme(corpus))
    return out


def _entry(title: str, *urls: str, notes: list[str] | None = None, **extra: object) -> Entry:
    links = [
        Link(url=url, canonical=url, kind="other", label=None, style="inline", line=1)
        for url in urls
    ]
    entry = Entry(
        id="x",
        title=title,
        links=links,
        section=[],
        source=Source("t.md", 1, 1),
        raw="",
        shape="link-title",
        notes=notes or [],
    )
    for key, value in extra.items():
        setattr(entry, key, value)
    return entry


def _key(entry: Entry) -> tuple[object, ...]:
    return (
        entry.title,
        tuple(link.canonical for link in entry.links),
        entry.venue,
        entry.year,
        " · ".join(entry.notes),
    )


# -- slugs ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("1、论文汇总：", "1论文汇总"),
        ("BERT fimaly", "bert-fimaly"),
        ("C++ & Python", "c--python"),
        ("2. PTMs单模型解读", "2-ptms单模型解读"),
        ("Hello World", "hello-world"),
        ("foo_bar-baz", "foo_bar-baz"),
        ("中文 标题（一）", "中文-标题一"),
        ("PTMs: Pre-trained-Models in NLP", "ptms-pre-trained-models-in-nlp"),
        ("Привет non-ascii", "привет-non-ascii"),
        ("😄 emoji", "-emoji"),
        ("x² — y", "x--y"),
        ("Knowledge Distillation & Model Compression", "knowledge-distillation--model-compression"),
        ("预训练模型相关资料列表", "预训练模型相关资料列表"),
    ],
)
def test_slugify_follows_github(text: str, slug: str) -> None:
    assert slugify(text) == slug


def test_slugger_numbers_duplicates_like_github() -> None:
    slugger = Slugger()
    assert [slugger.slug(t) for t in ["应用类", "应用类", "Foo", "foo", "应用类"]] == [
        "应用类",
        "应用类-1",
        "foo",
        "foo-1",
        "应用类-2",
    ]
    slugger = Slugger()
    # A heading that is itself "foo-1" pushes the next duplicate on to "foo-2".
    assert [slugger.slug(t) for t in ["foo", "foo-1", "foo"]] == ["foo", "foo-1", "foo-2"]


# -- one entry -----------------------------------------------------------------------------


def test_entry_shape() -> None:
    entry = _entry(
        "BERT",
        "https://arxiv.org/abs/1810.04805",
        "https://github.com/google-research/bert",
        notes=["Google", "the original"],
        venue="NAACL",
        year=2019,
    )
    entry.links[1].kind = "code"
    assert render_entry(entry) == (
        "- [BERT](https://arxiv.org/abs/1810.04805) — **NAACL 2019** · "
        "[code](https://github.com/google-research/bert) · Google · the original"
    )
    entry.links[1].label = "官方代码"
    assert "[官方代码](https://github.com/google-research/bert)" in render_entry(entry)
    assert render_entry(entry, ["links"]) == (
        "- [BERT](https://arxiv.org/abs/1810.04805) — [官方代码](https://github.com/google-research/bert)"
    )
    assert render_entry(_entry("Title", "https://x.org/a")) == "- [Title](https://x.org/a)"
    assert render_entry(_entry("No link", year=2020)) == "- No link — **2020**"


def test_entry_escaping_reads_back_as_written() -> None:
    title = "*Not* [bold] _or_ `code` <b>x</b> a|b ~~s~~ $x$ &amp; \\ end"
    entry = _entry(title, "https://example.org/p", notes=["note with **stars** and [brackets]"])
    line = render_entry(entry)
    assert "\\*Not\\*" in line and "\\[bold\\]" in line and "\\`code\\`" in line
    parsed = parse_text(line + "\n").entries
    assert len(parsed) == 1
    assert parsed[0].title == title
    assert parsed[0].notes == ["note with **stars** and [brackets]"]


@pytest.mark.parametrize(
    "title", ["# not a heading", "1. not a list", "2) not a list", "+ not a list"]
)
def test_linkless_title_does_not_start_a_block(title: str) -> None:
    line = render_entry(_entry(title, venue="ACL", year=2020))
    entries = parse_text(line + "\n").entries
    assert [(e.title, e.venue, e.year) for e in entries] == [(title, "ACL", 2020)]


def test_awkward_urls_stay_one_link() -> None:
    for url in [
        "https://x.org/a b",
        "https://x.org/a_(b)",
        "https://x.org/a)b",
        "https://x.org/中文",
    ]:
        entries = parse_text(render_entry(_entry("T", url)) + "\n").entries
        assert [link.url for link in entries[0].links] == [url], url


def test_notes_that_would_not_read_back_go_on_nested_lines() -> None:
    # No link and no venue: nothing would end the title on one line.
    entry = _entry("UniLMv2", notes=["UniLM2："])
    assert render_entry(entry) == "- UniLMv2\n  - UniLM2："
    # A trailing "；" would be trimmed from a one-line rest.
    entry = _entry("Longformer", "https://x.org/p", notes=["长文本：", "1 滑动膨胀Attention；"])
    assert render_entry(entry).splitlines() == [
        "- [Longformer](https://x.org/p)",
        "  - 长文本：",
        "  - 1 滑动膨胀Attention；",
    ]
    for item in (entry, _entry("UniLMv2", notes=["UniLM2："])):
        parsed = parse_text(render_entry(item) + "\n").entries
        assert [_key(e) for e in parsed] == [_key(item)]


# -- the whole README ----------------------------------------------------------------------


@pytest.mark.parametrize("name", list(CORPORA))
def test_every_entry_appears_exactly_once(
    corpora: dict[str, tuple[Corpus, str]], name: str
) -> None:
    corpus, text = corpora[name]
    doc = parse_text(text)

    def ident(entry: Entry) -> tuple[str, str | None]:
        return entry.title, entry.links[0].canonical if entry.links else None

    assert Counter(map(ident, doc.entries)) == Counter(map(ident, corpus))
    for entry in corpus:
        # As every output, the README shows links without a reader's session parameters.
        assert text.count(render_entry(public_entry(entry)[0]) + "\n") >= 1


@pytest.mark.parametrize("name", list(CORPORA))
def test_readme_reads_back_as_the_same_entries(
    corpora: dict[str, tuple[Corpus, str]], name: str
) -> None:
    corpus, text = corpora[name]
    doc = parse_text(text)
    assert len(doc.entries) == len(corpus)
    assert Counter(map(_key, doc.entries)) == Counter(map(_key, corpus))
    # Each entry stands under its list and its sections (the README's title comes first).
    expected = Counter(
        (entry.title, (tree.title, *node.path))
        for tree in map(section_tree, corpus.documents)
        for node in tree.walk()
        for entry in node.entries
    )
    assert Counter((e.title, tuple(e.section[1:])) for e in doc.entries) == expected


@pytest.mark.parametrize("name", list(CORPORA))
def test_toc_links_resolve_to_headings(corpora: dict[str, tuple[Corpus, str]], name: str) -> None:
    _, text = corpora[name]
    slugger = Slugger()
    anchors = {slugger.slug(heading.title) for heading in parse_text(text).headings}
    contents = text.split("## Contents\n", 1)[1].split("\n\n#", 1)[0]
    targets = _TOC_LINK.findall(contents)
    assert targets and all(target in anchors for target in targets)
    assert len(targets) == len(set(targets))


def test_seed_anchors_include_chinese_and_duplicates(
    corpora: dict[str, tuple[Corpus, str]],
) -> None:
    _, text = corpora["seeds"]
    for anchor in ["#1论文汇总", "#应用类", "#应用类-1", "#bert-fimaly", "#预训练模型兴起"]:
        assert f"]({anchor})" in text


def test_anchors_count_headings_written_above_the_markers(
    corpora: dict[str, tuple[Corpus, str]],
) -> None:
    corpus, _ = corpora["seeds"]
    text = render_readme(corpus, RenderOptions(headings_before=("Contents", "应用类", "BERT")))
    assert "[应用类：](#应用类-1)" in text and "[应用类](#应用类-2)" in text
    assert "## Contents" in text and "(#contents" not in text
    assert "- [BERT](#bert-1)" in text


def test_sections_counts_and_list_names(corpora: dict[str, tuple[Corpus, str]]) -> None:
    _, text = corpora["seeds"]
    # A document whose first heading is its only level-1 heading is named by it; others by
    # their file stem. In-table section rows and grouping items become headings.
    assert "\n## PTMs: Pre-trained-Models in NLP\n\n_24 entries_\n" in text
    assert "\n## ptm-paper-table\n\n_41 entries_\n" in text
    assert "\n### 预训练模型兴起\n\n_16 entries_\n" in text
    assert "\n#### sentencePiece\n\n_3 entries_\n" in text
    assert "- [ptm-reading-notes](#ptm-reading-notes) (58)" in text
    # Sections without entries (the "Contents" of a list, empty headings) are left out.
    assert "NLP预训练模型的全面总结" not in text
    assert text.rstrip().endswith("from 5 lists, 193 entries.</sub>")
    # Badges in a document title are not part of the list's name.
    _, public = corpora["clean_awesome"]
    assert "\n## Awesome NLP Tooling\n" in public


def test_rendering_is_deterministic(corpora: dict[str, tuple[Corpus, str]]) -> None:
    _, text = corpora["seeds"]
    assert render_readme(load(SEEDS)) == text


def test_sort_and_fields(corpora: dict[str, tuple[Corpus, str]]) -> None:
    corpus, _ = corpora["seeds"]
    text = render_readme(corpus, RenderOptions(sort="year"))
    section = text.split("### 中文预训练模型\n", 1)[1].split("\n## ", 1)[0]
    years = [int(y) for y in re.findall(r"\*\*(?:[^*]* )?(\d{4})\*\*", section)]
    assert years == sorted(years, reverse=True) and years[0] == 2023
    text = render_readme(corpus, RenderOptions(sort="title"))
    section = text.split("### 汇总\n", 1)[1].split("\n### ", 1)[0]
    titles = [line.split("](")[0][3:] for line in section.splitlines() if line.startswith("- [")]
    assert titles == sorted(titles, key=str.casefold)
    text = render_readme(corpus, RenderOptions(fields=("venue",)))
    assert "**ACL**" in text and "**ACL 2019**" not in text and " · " not in text
    with pytest.raises(ValueError, match="sort"):
        RenderOptions(sort="random")
    with pytest.raises(ValueError, match="field"):
        RenderOptions(fields=("authors",))


def test_title_and_intro() -> None:
    corpus = load(SEEDS / "ptm-paper-table.md")
    text = render_readme(corpus, RenderOptions(title="", intro="Hand *written*.\n"))
    assert "\n# " not in text and "\nHand *written*.\n" in text


# -- markers -------------------------------------------------------------------------------


def test_splice_keeps_text_outside_markers() -> None:
    existing = f"# Mine\r\n\r\nintro  \r\n{START}\r\nold\r\n{END}\r\n\r\n## After\r\n"
    spliced = splice(existing, "new\nbody\n")
    assert (
        spliced == f"# Mine\r\n\r\nintro  \r\n{START}\r\nnew\r\nbody\r\n{END}\r\n\r\n## After\r\n"
    )
    assert splice(None, "body\n") == f"{START}\nbody\n{END}\n"
    assert splice("  \n", "body") == f"{START}\nbody\n{END}\n"


@pytest.mark.parametrize(
    ("existing", "message"),
    [
        ("# Hand-written README\n", "has no <!-- awesome-ptm:start -->"),
        (f"{START}\n", "has no"),
        (f"{END}\n{START}\n", "before"),
        (f"{START}\n{START}\n{END}\n", "more than one"),
    ],
)
def test_splice_refuses_without_proper_markers(existing: str, message: str) -> None:
    with pytest.raises(InputError, match=message) as info:
        splice(existing, "body\n", "lists/README.md")
    assert "\n" not in str(info.value)
    assert str(info.value).startswith("lists/README.md: ")
