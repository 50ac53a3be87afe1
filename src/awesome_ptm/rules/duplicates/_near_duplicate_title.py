"""PTM103 near-duplicate-title: titles that differ only by a spelling variant, a typo or
punctuation.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from awesome_ptm.errors import ConfigError
from awesome_ptm.findings import Finding, Related
from awesome_ptm.rules._base import Context, Rule, normalized_title
from awesome_ptm.rules.duplicates._index import EntrySite, is_name_title, title_index
from awesome_ptm.rules.duplicates._places import location, quoted, title_span
from awesome_ptm.rules.duplicates._similarity import fuzzy_form, similar_titles

#: Forms shorter than this are not compared (too little to tell a typo from another word).
_MIN_FORM = 5


class NearDuplicateTitle(Rule):
    """Two titles that differ only by a spelling variant, a typo or punctuation.

    ## What it does
    Compares the titles of entries that are not exact duplicates (``duplicate-title``)
    and share no link (``duplicate-url``). Each title is normalised (``normalize_title``)
    and reduced to its letters and digits, so hyphens, spaces and punctuation never count;
    two titles are reported when rapidfuzz's ``fuzz.ratio`` of these forms reaches
    ``threshold`` (default 92; ``[tool.awesome-ptm.rules.near-duplicate-title]``) and where
    they differ, they differ only in spelling. ``fuzz.ratio``, not ``token_sort_ratio``: word
    order is part of a title, Chinese titles have no spaces to make tokens of, and sorting
    tokens lifts unrelated titles that share vocabulary ("Pre-trained Models for Natural
    Language Processing: A Survey" / "Revisiting Pre-Trained Models for Chinese Natural
    Language Processing": 78 with ``ratio``, 84 with ``token_sort_ratio``). 92 allows about
    one changed character in 25 ("Optimized"/"Optimised", a dropped "的", a typo) and keeps
    "Transformer" / "Transformer-XL" (91.7) apart.

    "Only in spelling" means: every stretch of words where the titles differ is a
    near-identical spelling of the other side ("optimized"/"optimised", "models"/"model";
    not "sentence"/"text", "ALBERT"/"BERT" or one CJK character for another) or an
    insertion of at most 3 characters of filler words (``insertions`` in
    ``data/duplicates.yaml``; a CJK character counts 2: "the", "的"; not "论文笔记", which
    turns a paper into notes on it, nor "UVA" or "XL", which name another course or
    model), and the titles' numbers, numerals and part words
    agree (``data/duplicates.yaml``: "（第一部分）" / "（第二部分）", "GPT-2" / "GPT-3",
    "Part I" / "Part II", "（上）" / "（下）"). Bare-URL entries and titles shorter than 8
    characters are skipped.

    Not all pairs are compared. Titles with the same letters-and-digits form (they differ
    only in punctuation) are grouped, and candidate pairs come from blocking on rare tokens:
    a title's tokens are the first 5 letters of its words (hyphens inside words dropped),
    which spelling variants keep ("optimized"/"optimised", "pre-training"/"pretraining"),
    and, in Chinese, its character bigrams. Tokens are ranked by how many titles of the
    corpus hold them, and each title is filed under every pair of its 5 rarest tokens (at most
    10 blocks; a title of one or two tokens under each). Titles that differ only in spelling
    share most tokens, and a misspelling only adds tokens rarer than the rest, so two
    near-duplicates share a block unless more than three of their rarest tokens differ. A
    block holds titles that share two rare tokens, so blocks are small; a block of more than
    200 titles (formulaic titles made of the same few words) is searched with a sliding
    window of 32 over its titles in alphabetical order. Each title sits in at most 10 blocks
    and a block of b titles yields at most 100·b candidate pairs, so there are at most 1000·n
    of them (in practice a few per title), never n²; each is cut by length before
    ``fuzz.ratio`` runs.

    Two titles that are both short names (fewer than four words) are not reported: names
    alike are mostly two resources (``MMLU-Pro``/``MMLU-ProX``, ``Chinese NLP``/
    ``chinese_nlp``), and only a shared identity link, which duplicate-url reports, makes
    them one.

    ## Why is this bad
    The same paper entered twice from two sources, with the title typed slightly
    differently, escapes exact matching; the copies drift apart.

    ## Example
    ```markdown
    - [RoBERTa: A Robustly Optimized BERT Pretraining Approach](https://arxiv.org/abs/1907.11692)
    - [RoBERTa: A Robustly Optimised BERT Pre-training Approach](https://openreview.net/forum?id=SyxS0T4tvS)
    ```

    ## Fix
    Merge the entries, or, when they are different works, allow the pair in the config.
    """

    code = "PTM103"
    name = "near-duplicate-title"
    severity = "warning"

    def threshold(self, context: Context) -> float:
        value = context.options(self).get("threshold", 92)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value <= 100:
            raise ConfigError(
                f"rules.{self.name}.threshold: expected a number above 0 and at most 100, "
                f"got {value!r}"
            )
        return float(value)

    def check_corpus(self, context: Context) -> Iterable[Finding]:
        threshold = self.threshold(context)
        # The first entry of each normalised title stands for it: later ones are exact
        # duplicates, which duplicate-title or duplicate-url report.
        by_form: dict[str, list[tuple[str, EntrySite]]] = {}
        for key, group in title_index(context).by_title.items():
            form = fuzzy_form(key)
            if len(form) >= _MIN_FORM:
                by_form.setdefault(form, []).append((key, group[0]))
        groups = list(by_form.values())
        pairs: dict[int, dict[int, float]] = context.memo(
            f"duplicates:similar-titles:{threshold}",
            lambda: similar_titles([group[0][0] for group in groups], threshold, list(by_form)),
        )
        number = {site.order: n for n, group in enumerate(groups) for _, site in group}
        for site in sorted((site for group in groups for _, site in group), key=_order):
            if len(groups[number[site.order]]) == 1 and number[site.order] not in pairs:
                continue  # alone with its form and similar to none: nothing to compare
            choices = [(number[site.order], 100.0), *pairs.get(number[site.order], {}).items()]
            match = min(
                (
                    (other.order, other, score)
                    for n, score in choices
                    for _, other in groups[n]
                    if other.order < site.order and not other.keys & site.keys
                ),
                key=lambda found: found[0],
                default=None,
            )
            if match is not None and not (
                is_name_title(normalized_title(site.entry.title))
                and is_name_title(normalized_title(match[1].entry.title))
            ):
                # Two short names alike ("MMLU-Pro" / "MMLU-ProX", "Chinese NLP" /
                # "chinese_nlp") are mostly two resources: as for duplicate-title, only a
                # shared identity link (duplicate-url) makes them one.
                yield self._finding(site, match[1], match[2])

    def _finding(self, site: EntrySite, other: EntrySite, score: float) -> Finding:
        entry = site.entry
        if score >= 100:
            how = "differs only in punctuation or spacing from"
        else:
            how = f"is {math.floor(score)}% similar to"
        column, end_column = title_span(site.document, entry)
        return self.finding(
            site.document,
            entry.source.line,
            f"title {quoted(entry.title)} {how} {quoted(other.entry.title)} at {location(other)}",
            column=column,
            end_column=end_column,
            related=[Related(other.document.path, other.entry.source.line, "similar title here")],
        )


def _order(site: EntrySite) -> int:
    return site.order
