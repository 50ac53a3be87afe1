"""A venue cell's bracketed presentation words (Oral, Spotlight) are not the venue."""

from __future__ import annotations

import pytest

from awesome_ptm.parse import parse_text
from awesome_ptm.parse._presentation import without_presentation

TABLE = """\
# Papers

|Year|Conference|Paper|Links|
|:-:|:-:|:-|:-:|
|2024|NeurIPS (Spotlight)|MotionBooth|[Paper](https://arxiv.org/abs/2406.17758)|
|2022|ECCV (Workshop, Oral)|Some Workshop Paper|[Paper](https://arxiv.org/abs/2208.00001)|
|2023|EMNLP (Demo)|A Demo Paper|[Paper](https://arxiv.org/abs/2310.00001)|
|2021|NIPS (Spotlight)|Old Spelling|[Paper](https://arxiv.org/abs/2106.00001)|
"""


def test_presentation_words_leave_the_venue_cell() -> None:
    doc = parse_text(TABLE)
    assert [(e.venue, e.year) for e in doc.entries] == [
        ("NeurIPS", 2024),
        ("ECCV Workshop", 2022),
        ("EMNLP Demo", 2023),
        ("NeurIPS", 2021),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CVPR (Highlight)", "CVPR"),
        ("ECCV (Workshop, Oral)", "ECCV Workshop"),
        ("Workshop on Things (WoT)", "Workshop on Things (WoT)"),
        ("ICML", "ICML"),
    ],
)
def test_without_presentation(text: str, expected: str) -> None:
    assert without_presentation(text) == expected
