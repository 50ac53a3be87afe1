"""PTM41x: typos in headings and entry titles.

Words are checked against an English dictionary (pyspellchecker's frequency list, loaded on
first use), the names of programming languages (Pygments'), the domain words of
``data/vocabulary.yaml``, the config's ``vocabulary`` and the
words the corpus itself uses in two or more titles (model names are words). Only Latin words
are checked; CJK text, URLs, file names, code spans and HTML are skipped.

The rules live in this package's private modules: ``spelling._heading_typo`` (heading-typo)
and ``spelling._title_typo`` (title-typo), over the word splitting and edit neighbourhoods
in ``spelling._words``, the English dictionary and its cache files in ``spelling._english``,
the run's lexicon (domain words, corpus terms) in ``spelling._lexicon`` and the tests for
names in ``spelling._names``.
"""

from __future__ import annotations

from awesome_ptm.rules._base import Rule
from awesome_ptm.rules.spelling._heading_typo import HeadingTypo
from awesome_ptm.rules.spelling._title_typo import TitleTypo

RULES: tuple[type[Rule], ...] = (HeadingTypo, TitleTypo)
