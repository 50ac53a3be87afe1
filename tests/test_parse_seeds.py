"""The parser on the five seed lists: counts per list and a sample of parsed fields."""

from __future__ import annotations

import pytest

from awesome_ptm.model import Document, Entry


def by_title(doc: Document, fragment: str) -> Entry:
    matches = [e for e in doc.entries if fragment in e.title]
    assert len(matches) >= 1, f"no entry with {fragment!r} in {doc.path}"
    return matches[0]


@pytest.mark.parametrize(
    ("stem", "count"),
    [
        ("ptm-overview-articles", 24),
        ("ptm-resources-and-code", 35),
        ("ptm-papers-and-tutorials", 35),
        ("ptm-reading-notes", 58),
        ("ptm-paper-table", 41),
    ],
)
def test_entry_counts(seed_docs: dict[str, Document], stem: str, count: int) -> None:
    assert len(seed_docs[stem].entries) == count


def test_every_entry_has_title_and_source(seed_docs: dict[str, Document]) -> None:
    for doc in seed_docs.values():
        for entry in doc.entries:
            assert entry.title.strip(), entry.raw
            assert 1 <= entry.source.line <= entry.source.end_line
            first_line = doc.lines[entry.source.line - 1]
            assert first_line.strip(), f"entry starts on a blank line: {entry}"
            for link in entry.links:
                assert link.column is not None, (entry.title, link.url)
                assert doc.line_text(link.line)[link.column - 1 :].startswith(link.url)


def test_table_sections_rows_and_placeholders(seed_docs: dict[str, Document]) -> None:
    doc = seed_docs["ptm-paper-table"]
    table_sections = [s.title for s in doc.sections if s.kind == "table-row"]
    assert table_sections == [
        "综述",
        "预训练模型探索",
        "预训练模型兴起",
        "长文本预训练模型",
        "预训练模型压缩",
        "超大规模预训练模型",
        "特定任务领域预训练模型",
        "中文预训练模型",
    ]
    assert doc.block_counts().get("placeholder-row") == 5
    survey = doc.entries[0]
    assert survey.title == "Pre-trained Models for Natural Language Processing: A Survey"
    assert (survey.venue, survey.year, survey.venue_raw) == ("arXiv", 2020, "Arxiv2020")
    assert survey.status == "done"
    assert survey.section == ["综述"]
    assert survey.notes[0] == "邱锡鹏预训练模型综述："
    assert "9 Conclusion" in survey.notes
    assert "remarks" in survey.null_fields


def test_table_fields(seed_docs: dict[str, Document]) -> None:
    doc = seed_docs["ptm-paper-table"]
    semi = by_title(doc, "Semi-supervised Sequence Learning")
    assert (semi.venue, semi.year) == ("NeurIPS", 2015)
    bert = by_title(doc, "BERT: Pre-training of Deep Bidirectional")
    assert (bert.venue, bert.year) == ("ACL", 2019)
    assert [link.url for link in bert.links] == ["https://github.com/ymcui/Chinese-BERT-wwm"]
    assert bert.links[0].kind == "code"
    albert = [e for e in doc.entries if e.title.startswith("ALBERT")]
    assert len(albert) == 2
    assert albert[0].venue is None and albert[0].fields["venue"] == "done"
    assert [link.url for link in albert[0].links] == [
        "https://github.com/brightmart/albert_zh",
        "https://www.zhihu.com/question/347898375/answer/863537122",
        "https://mp.weixin.qq.com/s/LF8TiVccYcm4B6krCOGVTQ",
    ]
    xlm = by_title(doc, "Cross-lingual Language Model Pretraining")
    assert (xlm.venue, xlm.year) == (None, 2019)
    unilm = by_title(doc, "Unified Language Model Pre-training")
    assert "venue" in unilm.null_fields and unilm.venue is None
    longformer = by_title(doc, "Longformer")
    assert longformer.section == ["长文本预训练模型"]
    assert [link.url for link in longformer.links] == ["https://zhuanlan.zhihu.com/p/223430086"]


def test_paragraph_list(seed_docs: dict[str, Document]) -> None:
    doc = seed_docs["ptm-resources-and-code"]
    deepnet = by_title(doc, "DeepNet")
    assert deepnet.title == "DeepNet_ Scaling Transformers to 1,000 Layers"
    assert deepnet.links == []
    vlp = doc.entries[0]
    assert vlp.title.startswith("Vision-Language Intelligence")
    assert vlp.links[0].url == "arXiv:2203.01922.pdf"
    assert vlp.section == ["Multi-modal PTM", "VLP PTM"]
    biobert = by_title(doc, "BioBERT")
    assert [(link.label, link.url) for link in biobert.links] == [
        ("fine-tuning代码", "https://github.com/dmis-lab/biobert"),
        ("BioBERT预训练模型权重下载", "https://github.com/naver/biobert-pretrained"),
        ("BioBERT论文解读", "https://blog.csdn.net/devshilei/article/details/103887864"),
    ]
    cogltx = by_title(doc, "CogLTX")
    assert cogltx.title == "CogLTX: Applying BERT to Long Texts"
    assert [(link.label, link.kind) for link in cogltx.links] == [
        ("论文链接", "paper"),
        ("Github", "code"),
    ]
    assert "清华和阿里的paper：使用bert解决长文本" in cogltx.notes
    transformer = next(e for e in doc.entries if e.title == "Transformer")
    assert transformer.links[0].url == "https://arxiv.org/abs/1706.03762.pdf"
    assert transformer.links[0].canonical == "https://arxiv.org/abs/1706.03762"
    assert [link.label for link in transformer.links] == [None, "tensorflow版本", "pytorch版本"]
    fast = by_title(doc, "Fast and Accurate Deep Bidirectional")
    assert (fast.venue, fast.year) == ("ACL", 2020)
    albert = by_title(doc, "ALbert模型的实现")
    assert albert.links[0].url.startswith("https://link.zhihu.com/?target=")
    assert albert.links[0].canonical == "https://github.com/brightmart/albert_zh"


def test_numbered_venue_list(seed_docs: dict[str, Document]) -> None:
    doc = seed_docs["ptm-papers-and-tutorials"]
    roberta = by_title(doc, "RoBERTa")
    assert roberta.title == "RoBERTa: A Robustly Optimized BERT Pretraining Approach"
    assert (roberta.venue, roberta.year) == ("EMNLP", 2020)
    assert roberta.notes == ["鲁棒性优化"]
    assert roberta.links[0].url == "https://arxiv.org/pdf/1907.11692.pdf"
    assert roberta.links[0].style == "paren"
    bart = by_title(doc, "BART")
    assert (bart.venue, bart.year) == ("ACL", 2020)
    assert bart.notes == ["降噪"]
    assert bart.links[0].url == "https://www.aclweb.org/anthology/2020.acl-main.703.pdf"
    ebert = by_title(doc, "E-BERT")
    assert ebert.links[0].url == "https://arxiv.org/pdf/2009.02835.pdf"
    assert ebert.notes == ["电商"]
    electra = by_title(doc, "ELECTRA")
    assert (
        electra.title
        == "ELECTRA: Pre-training Text Encoders as Discriminators Rather Than Generators"
    )
    assert electra.venue is None
    bert = doc.entries[0]
    assert bert.links[0].canonical == "https://aclanthology.org/N19-1423/"
    assert (
        bert.section == ["预训练模型相关资料列表", "基础", "基础类"] or bert.section[-1] == "基础类"
    )
    nlpcc = by_title(doc, "NLPCC")
    assert nlpcc.notes == ["（重要）"]


def test_bullet_list_with_nested_items(seed_docs: dict[str, Document]) -> None:
    doc = seed_docs["ptm-reading-notes"]
    assert doc.block_counts()["empty-item"] == 2
    assert doc.block_counts()["toc-marker"] == 1
    sentencepiece = [e for e in doc.entries if e.section[-1:] == ["sentencePiece"]]
    assert len(sentencepiece) == 3
    fengshen = by_title(doc, "封神榜")
    assert [link.url for link in fengshen.links] == [
        "https://www.idea.edu.cn/fengshenbang-lm.html",
        "https://github.com/IDEA-CCNL/Fengshenbang-LM",
    ]
    xl = by_title(doc, "Transformer-XL解读")
    assert len(xl.notes) == 2 and xl.notes[0] == "在每个片段内计算self-attention"
    assert xl.source.end_line == xl.source.line + 2
    wechat = doc.entries[0]
    assert wechat.links[0].canonical.startswith("https://mp.weixin.qq.com/s?")
    assert "chksm" not in wechat.links[0].canonical


def test_label_link_paragraphs(seed_docs: dict[str, Document]) -> None:
    doc = seed_docs["ptm-overview-articles"]
    first = doc.entries[0]
    assert first.title == "全面总结！PTMs：NLP预训练模型"
    assert [(link.label, link.url) for link in first.links] == [
        ("知乎文章1", "https://zhuanlan.zhihu.com/p/115014536"),
        (
            "图片下载",
            "https://github.com/loujie0822/Pre-trained-Models/blob/master/resources/PTMs.jpg",
        ),
    ]
    bare = [e for e in doc.entries if e.shape == "bare-url"]
    assert [e.links[0].url for e in bare][:2] == [
        "https://github.com/thunlp/PLMpapers",
        "https://github.com/tomohideshibata/BERT-related-papers",
    ]
    counts = doc.block_counts()
    assert counts["html"] == 1 and counts["placeholder"] == 1 and counts["label"] == 1
    elmo = by_title(doc, "关于ELMo的若干问题整理记录")
    assert elmo.links[0].label == "ELMo解读"
