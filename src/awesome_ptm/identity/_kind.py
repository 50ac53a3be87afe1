"""What a link points at: paper, code, article, slides, model, video or other."""

from __future__ import annotations

import functools
from urllib.parse import unquote

from ._data import Hosts, fold_label, hosts
from ._paper import paper_identifier
from ._rewrite import redirect_target
from ._url import parse_web


@functools.lru_cache(maxsize=1 << 18)
def link_kind(url: str, label: str | None = None) -> str:
    """The kind of resource ``url`` points at, one of ``awesome_ptm.model.LINK_KINDS``.

    A ``label`` that names a kind ("论文链接：", "代码", "Slides", ...; see ``labels`` in
    hosts.yaml) wins, since the author knows what they linked. Otherwise: recognised paper
    identifiers are "paper"; a slides-like path is "slides"; then the host rules in
    hosts.yaml, most specific host first; a PDF on an unknown or code host is "paper";
    anything else is "other".
    """
    rules = hosts()
    if label is not None:
        kind = rules.labels.get(fold_label(label))
        if kind is not None:
            return kind
    text = url.strip()
    text = redirect_target(text) or text
    if paper_identifier(text) is not None:
        return "paper"
    web = parse_web(text)
    if web is None:
        return "other"
    # Extensions and words are checked on the decoded path so "%E8%AE%B2%E4%B9%89" (讲义)
    # and "Slides.PDF" are recognised.
    plain_path = unquote(web.path).casefold()
    if _is_slides_path(rules, plain_path):
        return "slides"
    kind = _host_kind(rules, web.key_host, web.path) or "other"
    if plain_path.endswith(rules.pdf_extensions) and kind in rules.pdf_over:
        return rules.pdf_kind
    return kind


def _is_slides_path(rules: Hosts, path: str) -> bool:
    if path.endswith(rules.slide_extensions):
        return True
    return path.endswith(rules.slide_word_extensions) and any(
        word in path for word in rules.slide_words
    )


def _host_kind(rules: Hosts, host: str, path: str) -> str | None:
    labels = host.split(".")
    # Walk from the full host up to its parent domains so "docs.github.com" can differ from
    # "github.com" and "jalammar.github.io" falls back to "github.io".
    for start in range(len(labels)):
        for rule in rules.kinds.get(".".join(labels[start:]), ()):
            if rule.path is None or rule.path.search(path):
                return rule.kind
    return None
