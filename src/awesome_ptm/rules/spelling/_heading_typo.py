"""heading-typo (PTM411): a misspelled English word in a heading."""

from __future__ import annotations

from collections.abc import Iterable

from awesome_ptm.findings import Finding
from awesome_ptm.model import Document
from awesome_ptm.rules._base import Context, Rule
from awesome_ptm.rules.spelling._lexicon import lexicon_of
from awesome_ptm.rules.spelling._names import is_name
from awesome_ptm.rules.spelling._words import is_checkable, match_case, tokens

#: Headings: a word shorter than this is reported only when it has a single correction
#: (``misc``, ``todo``, ``sota`` have many neighbours and are jargon, not typos).
AMBIGUOUS_MIN_LENGTH = 5


class HeadingTypo(Rule):
    """A misspelled English word in a heading: ``# BERT fimaly``.

    ## What it does
    Checks the Latin words of each heading against an English dictionary, the domain words
    of ``data/vocabulary.yaml`` (pretrained, tokenizer, finetuning…), the config's
    ``vocabulary`` and the words the corpus uses in two or more entry titles (model names
    such as XLNet or NEZHA). Only lower-case and Capitalized words of four letters or more are
    checked: ALLCAPS acronyms and CamelCase names are not dictionary words, and CJK text is
    not checked. Plain inflections of known words (``toolkits``) and British spellings
    (``visualisation``) are accepted. A word is reported when it is unknown and a correction
    is one edit away (a swap of any two letters counts as one edit); a word of four letters
    is reported only when that correction is the only one (``misc`` or ``sota`` are jargon
    with many neighbours, not typos).

    ## Why is this bad
    Headings are the most visible text of a list: they are its table of contents, its
    anchors and the section names of the export.

    ## Example
    ```markdown
    # BERT fimaly
    ```

    ## Fix
    Correct the word; the unsafe fix writes the suggestion (here ``family``). If the word is
    right, add it to ``vocabulary`` in the config.
    """

    code = "PTM411"
    name = "heading-typo"
    severity = "warning"
    fixable = "unsafe"

    def check(self, document: Document, context: Context) -> Iterable[Finding]:
        if not document.headings:
            return
        lexicon = lexicon_of(context)
        for heading in sorted(document.headings, key=lambda h: h.line):
            base = document.offset(heading.line)
            for token in tokens(heading.raw):
                if not is_checkable(token.word) or lexicon.known(token.word):
                    continue
                found = lexicon.candidates(token.word)
                if not found or (len(found) > 1 and len(token.word) < AMBIGUOUS_MIN_LENGTH):
                    continue
                best = lexicon.written(found[0])
                suggestion = match_case(token.word, best)
                if is_name(token.word, suggestion, context, heading.raw, ()):
                    continue
                others = ", ".join(repr(match_case(token.word, c)) for c in found[1:3])
                also = f" (or {others})" if others else ""
                yield self.span_finding(
                    document,
                    base + token.start,
                    base + token.end,
                    f"{token.word!r} in heading {heading.title!r} looks misspelled; "
                    f"did you mean {suggestion!r}{also}?",
                    fix=self.replace(
                        base + token.start,
                        base + token.end,
                        suggestion,
                        safe=False,
                        message=f"replace {token.word!r} with {suggestion!r}",
                    ),
                )
