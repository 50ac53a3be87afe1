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


def test_presentation_words_between_venue_and_year_before_a_linked_title() -> None:
    """Beastlyprime/awesome-AI4Drug-papers: ``- ICLR oral (2022) [Title](url). Remark.``
    (and ``ICLR spotlight (2022)``): the venue is ICLR, the year 2022; the remark is the
    note, without the title's full stop."""
    text = (
        "# Papers\n\n"
        "- NeurIPS (2021) [A 3D Generative Model for Structure-Based Drug Design]"
        "(https://proceedings.neurips.cc/paper/2021/hash/3144.html). A 3D generative model.\n"
        "- ICLR oral (2022) [Data-Efficient Graph Grammar Learning for Molecular Generation ]"
        "(https://openreview.net/forum?id=l4IHywGq6a). A data-efficient generative model. \n"
        "- ICLR spotlight (2022) [Spanning Tree-based Graph Generation for Molecules ]"
        "(https://openreview.net/forum?id=w60btE_8T2m). Formulating molecular generation.\n"
    )
    entries = parse_text(text).entries
    assert [(e.venue, e.year, e.notes) for e in entries] == [
        ("NeurIPS", 2021, ["A 3D generative model."]),
        ("ICLR", 2022, ["A data-efficient generative model."]),
        ("ICLR", 2022, ["Formulating molecular generation."]),
    ]


def test_a_bold_title_opening_with_its_venue_tag() -> None:
    """leihanchen/awesome_gaussian_slam: ``**[ICLR '25]Title**, Chen et al., arXiv 2025 |
    [📄 Paper](url)``: the tag glued to the bold title names where the paper was published
    (also when it says how: ``[CVPR '24 Best Student Paper]``); the citation's ``arXiv 2025``
    is the preprint. A journal no alias knows after the names is kept as written."""
    text = (
        "# SLAM\n\n"
        "- **[ICLR '25]Fast Feedforward 3D Gaussian Splatting Compression**, Chen et al., "
        "arXiv 2025 | [📄 Paper](https://arxiv.org/abs/2410.08017) | "
        "[💻 Code](https://github.com/YihangChen-ee/FCGS)\n\n"
        "- **[CVPR '24 Best Student Paper]Mip-Splatting Alias-free 3D Gaussian Splatting**, "
        "Yu et al., arXiv 2024 | [📄 Paper](https://arxiv.org/pdf/2311.16493.pdf)\n\n"
        "- **[CVPR '25]MASt3R-SLAM: Real-Time Dense SLAM with 3D Reconstruction Priors**, "
        "Murai et al., arXiv 2024 | [📄 Paper](https://arxiv.org/abs/2412.12392)\n\n"
        "- **Scene reconstruction techniques for autonomous driving: a review of 3D Gaussian "
        "splatting**, Zhu et al., Artificial Intelligence Review 2024 | "
        "[📄 Paper](https://link.springer.com/content/pdf/10.1007/s10462-024-10955-4.pdf)\n\n"
        "- **Revisiting Depth Representations for Feed-Forward 3D Gaussian Splatting**, Shi "
        "et al., arXiv 2025 | [📄 Paper](https://arxiv.org/abs/2506.05327)\n"
    )
    entries = parse_text(text).entries
    assert [(e.title, e.venue, e.year) for e in entries] == [
        ("Fast Feedforward 3D Gaussian Splatting Compression", "ICLR", 2025),
        ("Mip-Splatting Alias-free 3D Gaussian Splatting", "CVPR", 2024),
        ("MASt3R-SLAM: Real-Time Dense SLAM with 3D Reconstruction Priors", "CVPR", 2025),
        (
            "Scene reconstruction techniques for autonomous driving: a review of 3D Gaussian "
            "splatting",
            "Artificial Intelligence Review",
            2024,
        ),
        ("Revisiting Depth Representations for Feed-Forward 3D Gaussian Splatting", "arXiv", 2025),
    ]


def test_a_bold_venue_tag_with_a_short_year() -> None:
    """MaxChanger/awesome-point-cloud-scene-flow: ``- **[NeurIPS 25]** Title [[2508.17054]](url)``:
    a known venue and a two-digit year, as the linked form ``**[[RA-L 25](url)]**`` already
    read; ``**[CVPR 24 Oral]**`` too."""
    text = (
        "# Scene flow\n\n## 2025\n"
        "- **[NeurIPS 25]** DeltaFlow: An Efficient Multi-frame Scene Flow Estimation Method "
        "[[2508.17054]](https://arxiv.org/abs/2508.17054)[[code]](https://github.com/Kin-Zhang/deltaflow)\n"
        "- **[TRO 25]** (SeFlow++) HiMo: High-Speed Objects Motion Compensation in Point Cloud "
        "[[2503.00803]](https://arxiv.org/abs/2503.00803)\n"
        "- **[CVPR 24 Oral]** ICP-Flow: LiDAR Scene Flow Estimation with ICP "
        "[[2402.17351]](https://arxiv.org/abs/2402.17351)\n"
    )
    entries = parse_text(text).entries
    assert [(e.venue, e.year) for e in entries] == [
        ("NeurIPS", 2025),
        ("TRO", 2025),
        ("CVPR", 2024),
    ]
