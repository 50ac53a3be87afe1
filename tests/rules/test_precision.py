"""Rules that learn a list's conventions and keep quiet where a curator would not act
(the real-lists precision issue): venues, duplicates, typos, severities."""

from __future__ import annotations

import pytest

from awesome_ptm.config import Config
from ruleutil import check_text, check_texts


def _papers(n: int, venue: str = "") -> str:
    return "".join(
        f"- [A paper about topic number {i} in depth](https://arxiv.org/abs/2001.{i:05d}){venue}\n"
        for i in range(n)
    )


# --- venues follow the list -----------------------------------------------------------------


def test_missing_venue_quiet_where_the_list_states_no_venues() -> None:
    assert check_text(_papers(8), ["missing-venue"]) == []


def test_missing_venue_where_the_list_mostly_states_them() -> None:
    text = (
        _papers(7, " (ACL 2020)")
        + "- [One more paper that forgot it](https://arxiv.org/abs/2002.00001)\n"
    )
    findings = check_text(text, ["missing-venue"])
    assert [f.line for f in findings] == [8]
    assert "7 of 8 paper entries here state one" in findings[0].message


def test_missing_venue_required_by_the_config() -> None:
    config = Config(rule_options={"missing-venue": {"require": True}})
    assert len(check_text(_papers(8), ["missing-venue"], config)) == 8


def test_missing_venue_quiet_for_a_venue_the_tables_do_not_know() -> None:
    text = _papers(7, " (ACL 2020)") + (
        "- [A survey that is only a preprint here](https://arxiv.org/abs/2002.00001) Preprint.\n"
        "- [A journal paper in an unknown venue](https://arxiv.org/abs/2002.00002) IEEE SPM 2017.\n"
    )
    assert check_text(text, ["missing-venue"]) == []


def test_missing_year_quiet_where_the_list_states_no_years() -> None:
    assert check_text(_papers(8, " (arXiv)"), ["missing-year"]) == []


def test_missing_year_follows_how_the_list_writes_its_preprints() -> None:
    # Published papers carry "ACL 2020"; this list writes its preprints as "(arXiv)" alone.
    text = _papers(12, " (ACL 2020)") + "".join(
        f"- [A preprint about topic {i} in depth](https://arxiv.org/abs/2101.{i:05d}) (arXiv)\n"
        for i in range(6)
    )
    assert check_text(text, ["missing-year"]) == []
    # Where its preprints mostly state the year, the one that does not is reported.
    dated = _papers(12, " (ACL 2020)") + _papers(6, " (arXiv 2021)").replace("2001.", "2101.")
    findings = check_text(
        dated + "- [One undated](https://arxiv.org/abs/2102.00001) (arXiv)\n", ["missing-year"]
    )
    assert [f.line for f in findings] == [19]


def test_venue_format_follows_the_lists_style() -> None:
    compact = _papers(6, " (ACL2020)")
    assert check_text(compact, ["venue-format"]) == []
    odd = (
        compact
        + "- [The one spaced venue of this list](https://arxiv.org/abs/2002.00001) (ACL 2020)\n"
    )
    [finding] = check_text(odd, ["venue-format"])
    assert (finding.line, finding.severity) == (7, "info")
    assert "write 'ACL2020'" in finding.message
    canonical = Config(rule_options={"venue-format": {"style": "canonical"}})
    assert len(check_text(compact, ["venue-format"], canonical)) == 6


def test_venue_format_style_option_is_checked() -> None:
    from awesome_ptm.errors import ConfigError

    with pytest.raises(ConfigError, match=r"venue-format\.style"):
        check_text(
            _papers(1, " (ACL2020)"),
            ["venue-format"],
            Config(rule_options={"venue-format": {"style": "x"}}),
        )


# --- duplicates that mean duplicates ----------------------------------------------------------


CODE = "[Github](https://github.com/m/open_flamingo)"


def _severities(text: str, config: Config | None = None) -> list[tuple[int, str]]:
    return [(f.line, f.severity) for f in check_text(text, ["duplicate-url"], config)]


def test_duplicate_in_one_section_is_an_error_across_sections_a_warning() -> None:
    text = (
        "# A\n\n- [Tool](https://github.com/a/tool) - x.\n"
        "- [Tool](https://github.com/a/tool) - y.\n"
        "\n# B\n\n- [Tool again](https://github.com/a/tool) - z.\n"
    )
    assert _severities(text) == [(4, "error"), (8, "warning")]
    allowed = Config(rule_options={"duplicate-url": {"allow-cross-listing": True}})
    assert _severities(text, allowed) == [(4, "error")]


def test_a_list_that_cross_lists_often_gets_notes() -> None:
    text = "# A\n\n" + "".join(f"- [T{i}](https://github.com/a/t{i})\n" for i in range(3))
    text += "\n# B\n\n" + "".join(f"- [T{i}](https://github.com/a/t{i})\n" for i in range(3))
    assert {severity for _, severity in _severities(text)} == {"info"}


def test_duplicate_across_files_is_a_warning() -> None:
    files = {
        "a.md": "- [Tool](https://github.com/a/tool)\n",
        "b.md": "- [Tool](https://github.com/a/tool)\n",
    }
    [finding] = check_texts(files, ["duplicate-url"])
    assert (finding.path, finding.severity) == ("b.md", "warning")


@pytest.mark.parametrize(
    "text",
    [
        # a project mentioned in a description (a fork's origin)
        "- [httpx](https://github.com/encode/httpx) - a client.\n"
        "- [httpx2](https://github.com/p/httpx2) - a fork of [httpx](https://github.com/encode/httpx).\n",
        # an organisation's page shared by two models
        "- [Llama 3.1](https://llama.meta.com/)\n- [Llama 3.2](https://llama.meta.com/)\n",
        # two papers with one code base
        "| Title | Code |\n|---|---|\n"
        f"| [OpenFlamingo: an open framework](https://arxiv.org/abs/2308.01390) | {CODE} |\n"
        f"| [Flamingo: a visual language model](https://arxiv.org/abs/2204.14198) | {CODE} |\n",
        # navigation and the list's own pages
        "- [A](https://x.org/a) [back](#top)\n- [B](https://x.org/b) [back](#top)\n"
        "- [C](docs/more.md)\n- [D](docs/more.md)\n",
    ],
)
def test_links_that_are_not_the_entrys_own_are_no_duplicates(text: str) -> None:
    assert _severities(text) == []


def test_duplicate_title_of_a_short_name_needs_a_shared_link() -> None:
    text = (
        "- [Albert-base](https://huggingface.co/albert-base-v2)\n"
        "- [Albert-base](https://huggingface.co/voidful/albert_chinese_base)\n"
        "- [Homepage](https://a.org/x)\n- [Homepage](https://b.org/y)\n"
    )
    assert check_text(text, ["duplicate-title"]) == []


# --- typos that are typos ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "url"),
    [
        ("dspy", "https://github.com/stanfordnlp/dspy"),
        ("hankcs 码农场", "https://github.com/hankcs"),
        ("magentic", "https://github.com/jackmpcollins/magentic"),
        ("OpenAGI: When LLM Meets Domain Experts", "https://arxiv.org/abs/2304.04370"),
        ("AMBERT: A Pre-trained Language Model", "https://arxiv.org/abs/2008.12014"),
    ],
)
def test_title_typo_never_flags_a_name(title: str, url: str) -> None:
    others = "".join(
        f"- [{t} number {i}](https://x.org/{i})\n"
        for i, t in enumerate(["OpenAI", "OpenAI", "OpenAI", "ALBERT", "ALBERT", "ALBERT"])
    )
    assert check_text(f"{others}- [{title}]({url})\n", ["title-typo"]) == []


def test_title_typo_still_finds_a_typo_and_its_fix_is_unsafe() -> None:
    text = "".join(f"- [Transformer note {i}](https://x.org/{i})\n" for i in range(3))
    text += "- [Mixup-Transfomer: data augmentation](https://x.org/m)\n"
    [finding] = check_text(text, ["title-typo"])
    assert finding.fix is not None and finding.fix.applicability == "unsafe"


def test_a_word_written_elsewhere_in_the_corpus_is_a_name() -> None:
    text = "".join(f"- [Transformer note {i}](https://x.org/{i})\n" for i in range(3))
    text += "- [Tranformer tools](https://x.org/t)\n\nTranformer is our project's name.\n"
    assert check_text(text, ["title-typo"]) == []


def test_severity_policy_lists_every_rule_with_its_severity() -> None:
    from pathlib import Path

    from awesome_ptm.rules import ALL_RULES

    policy = (Path(__file__).parents[2] / "docs" / "severity.md").read_text("utf-8")
    rows = {
        cells[1]: cells[3]
        for line in policy.splitlines()
        if line.startswith("| PTM") and len(cells := [c.strip() for c in line.split("|")]) > 3
    }
    for rule in ALL_RULES:
        if rule.code.startswith("PTM60"):
            continue  # one row covers the link checks
        assert rule.code in rows, rule.code
        assert (
            rows[rule.code].startswith(rule.severity) or f"{rule.severity} " in rows[rule.code]
        ), (rule.code, rule.severity, rows[rule.code])


def test_two_models_of_one_paper_in_a_model_table_are_no_duplicate() -> None:
    text = (
        "# Models\n\n| Model | Size | Link |\n| --- | --- | --- |\n"
        "| mT0 | 13 | [Paper](https://arxiv.org/abs/2211.01786) |\n"
        "| BLOOMZ | 176 | [Paper](https://arxiv.org/abs/2211.01786) |\n"
    )
    assert check_text(text, ["duplicate-url"]) == []
    # The same model twice is still one.
    again = text + "| mT0 | 13 | [Paper](https://arxiv.org/abs/2211.01786) |\n"
    assert [f.line for f in check_text(again, ["duplicate-url"])] == [7]
