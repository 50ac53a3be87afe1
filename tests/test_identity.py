"""Tests for awesome_ptm.identity: link identity, paper ids, tracking, link kinds."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from awesome_ptm.identity import (
    PaperId,
    canonical_url,
    https_upgrade,
    link_kind,
    paper_identifier,
    redirect_target,
    repair_arxiv,
    strip_tracking,
    tracking_params,
)
from awesome_ptm.model import LINK_KINDS

WECHAT_SHARED = (
    "https://mp.weixin.qq.com/s?__biz=MzI4ODY2NjYzMQ==&mid=2247495719&idx=1"
    "&sn=512c1f8b4e21c9d0117f625514a88290&chksm=ec38554f&mpshare=1&scene=24&srcid=1025ms9"
    "&sharer_sharetime=1635125386386&sharer_shareid=9d62&exportkey=A62G%3D&pass_ticket=SHGO%2F"
    "&wx_header=0#rd"
)
WECHAT_CANONICAL = (
    "https://mp.weixin.qq.com/s?__biz=MzI4ODY2NjYzMQ==&idx=1&mid=2247495719"
    "&sn=512c1f8b4e21c9d0117f625514a88290"
)


# --- arXiv --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "https://arxiv.org/abs/1706.03762.pdf",
        "https://arxiv.org/pdf/1706.03762.pdf",
        "https://arxiv.org/pdf/1706.03762v5",
        "https://arxiv.org/pdf/1706.03762v5.pdf",
        "https://arxiv.org/html/1706.03762v7",
        "arXiv:1706.03762",
        "arxiv: 1706.03762",
        "http://arxiv.org/abs/1706.03762",
        "https://www.arxiv.org/abs/1706.03762/",
        "http://export.arxiv.org/abs/1706.03762",
        "https://arxiv.org/abs/1706.03762?context=cs",
        "https://link.zhihu.com/?target=https%3A//arxiv.org/abs/1706.03762",
    ],
)
def test_arxiv_spellings_are_one_paper(url: str) -> None:
    assert canonical_url(url) == "https://arxiv.org/abs/1706.03762"
    paper = paper_identifier(url)
    assert paper is not None
    assert (paper.scheme, paper.value) == ("arxiv", "1706.03762")


def test_arxiv_version_is_kept_in_the_id_but_not_the_canonical() -> None:
    assert paper_identifier("https://arxiv.org/pdf/1706.03762v5") == PaperId(
        "arxiv", "1706.03762", "v5"
    )
    assert paper_identifier("https://arxiv.org/abs/1706.03762") == PaperId("arxiv", "1706.03762")


def test_arxiv_old_style_and_five_digit_ids() -> None:
    assert canonical_url("https://arxiv.org/pdf/cs/0112017v1.pdf") == (
        "https://arxiv.org/abs/cs/0112017"
    )
    assert paper_identifier("arXiv:hep-th/9901001") == PaperId("arxiv", "hep-th/9901001")
    assert canonical_url("arXiv:2203.01922v2") == "https://arxiv.org/abs/2203.01922"


def test_different_arxiv_papers_differ() -> None:
    assert canonical_url("https://arxiv.org/abs/1706.03762") != canonical_url(
        "https://arxiv.org/abs/1706.03763"
    )


def test_arxiv_non_paper_pages_are_not_papers() -> None:
    assert paper_identifier("https://arxiv.org/list/cs.CL/recent") is None
    assert canonical_url("https://arxiv.org/list/cs.CL/recent") == (
        "https://arxiv.org/list/cs.CL/recent"
    )


@pytest.mark.parametrize(
    ("url", "repaired"),
    [
        ("https://arxiv.org/abs/1706.03762.pdf", "https://arxiv.org/abs/1706.03762"),
        ("http://arxiv.org/abs/1706.03762v2.pdf", "https://arxiv.org/abs/1706.03762v2"),
        ("arXiv:2203.01922.pdf", "https://arxiv.org/abs/2203.01922"),
        ("arXiv:2203.01922", "https://arxiv.org/abs/2203.01922"),
        ("  arXiv:2203.01922v3 ", "https://arxiv.org/abs/2203.01922v3"),
    ],
)
def test_repair_arxiv(url: str, repaired: str) -> None:
    assert repair_arxiv(url) == repaired


@pytest.mark.parametrize(
    "url",
    [
        "https://arxiv.org/pdf/1706.03762.pdf",  # how arXiv spells PDF links: not broken
        "https://arxiv.org/abs/1706.03762",
        "http://arxiv.org/abs/1706.03762",  # an https upgrade, not a repair
        "https://example.com/abs/1706.03762.pdf",
        "https://aclanthology.org/D19-1410.pdf",
        "not a url",
    ],
)
def test_repair_arxiv_leaves_working_links(url: str) -> None:
    assert repair_arxiv(url) is None


# --- ACL Anthology and DOI ----------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "https://www.aclweb.org/anthology/D19-1410.pdf",
        "https://aclanthology.org/D19-1410/",
        "https://aclanthology.org/D19-1410.pdf",
        "https://aclanthology.org/d19-1410",
        "http://aclweb.org/anthology/D19-1410",
        "https://www.aclweb.org/anthology/D/D19/D19-1410.pdf",
        "https://doi.org/10.18653/v1/D19-1410",
        "https://dx.doi.org/10.18653/v1/d19-1410",
        "doi:10.18653/v1/D19-1410",
    ],
)
def test_acl_spellings_are_one_paper(url: str) -> None:
    assert canonical_url(url) == "https://aclanthology.org/D19-1410/"
    assert paper_identifier(url) == PaperId("acl", "D19-1410")


def test_acl_new_style_ids() -> None:
    url = "https://www.aclweb.org/anthology/2020.findings-emnlp.58.pdf"
    assert canonical_url(url) == "https://aclanthology.org/2020.findings-emnlp.58/"
    assert paper_identifier(url) == PaperId("acl", "2020.findings-emnlp.58")
    assert canonical_url("https://doi.org/10.18653/v1/2020.acl-main.703") == (
        "https://aclanthology.org/2020.acl-main.703/"
    )


def test_different_acl_papers_differ() -> None:
    assert canonical_url("https://aclanthology.org/N19-1423/") != canonical_url(
        "https://aclanthology.org/D19-1410/"
    )
    assert canonical_url("https://aclanthology.org/2020.findings-emnlp.58/") != canonical_url(
        "https://aclanthology.org/2020.findings-emnlp.59/"
    )


def test_acl_non_paper_pages_are_not_papers() -> None:
    assert paper_identifier("https://aclanthology.org/events/acl-2020/") is None


@pytest.mark.parametrize(
    "url",
    [
        "https://doi.org/10.1145/3292500.3330701",
        "http://dx.doi.org/10.1145/3292500.3330701",
        "doi:10.1145/3292500.3330701",
        "DOI: 10.1145/3292500.3330701",
        "https://dl.acm.org/doi/10.1145/3292500.3330701",
        "https://dl.acm.org/doi/abs/10.1145/3292500.3330701",
    ],
)
def test_doi_spellings_are_one_paper(url: str) -> None:
    assert canonical_url(url) == "https://doi.org/10.1145/3292500.3330701"
    assert paper_identifier(url) == PaperId("doi", "10.1145/3292500.3330701")


def test_doi_is_case_insensitive_and_lowercased() -> None:
    assert paper_identifier("https://doi.org/10.1007/S10462-020-09838-1") == PaperId(
        "doi", "10.1007/s10462-020-09838-1"
    )
    assert canonical_url("https://doi.org/10.1007/S10462-020-09838-1") == canonical_url(
        "https://link.springer.com/article/10.1007/s10462-020-09838-1"
    )


def test_doi_with_reserved_characters_stays_a_working_link() -> None:
    doi = "doi:10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0"
    canonical = canonical_url(doi)
    assert (
        canonical
        == "https://doi.org/10.1002/(sici)1097-4571(199806)49:8%3C693::aid-asi4%3E3.0.co;2-0"
    )
    assert canonical_url(canonical) == canonical


def test_not_papers() -> None:
    assert paper_identifier("https://github.com/google-research/bert") is None
    assert paper_identifier("https://doi.org/") is None
    assert paper_identifier("doi:not-a-doi") is None
    assert paper_identifier("") is None


# --- WeChat -------------------------------------------------------------------------------


def test_wechat_canonical_keeps_only_the_article_parameters() -> None:
    assert canonical_url(WECHAT_SHARED) == WECHAT_CANONICAL


def test_wechat_tracking_params_in_order() -> None:
    assert tracking_params(WECHAT_SHARED) == [
        "chksm",
        "mpshare",
        "scene",
        "srcid",
        "sharer_sharetime",
        "sharer_shareid",
        "exportkey",
        "pass_ticket",
        "wx_header",
    ]


def test_wechat_strip_tracking_keeps_order_and_drops_rd() -> None:
    assert strip_tracking(WECHAT_SHARED) == (
        "https://mp.weixin.qq.com/s?__biz=MzI4ODY2NjYzMQ==&mid=2247495719&idx=1"
        "&sn=512c1f8b4e21c9d0117f625514a88290"
    )


def test_wechat_encoding_and_order_do_not_matter() -> None:
    encoded = (
        "https://mp.weixin.qq.com/s?__biz=MzIwMTc4ODE0Mw%3D%3D&chksm=96e9d1a3a19e58b5&idx=1"
        "&mid=2247499793&scene=21&sn=685c3b1e6b0b5e1c#wechat_redirect"
    )
    plain = (
        "http://mp.weixin.qq.com/s?mid=2247499793&sn=685c3b1e6b0b5e1c&__biz=MzIwMTc4ODE0Mw==&idx=1"
    )
    assert canonical_url(encoded) == canonical_url(plain)
    assert "wechat_redirect" not in canonical_url(encoded)
    assert strip_tracking(encoded).endswith("&idx=1&mid=2247499793&sn=685c3b1e6b0b5e1c")


def test_wechat_different_articles_differ() -> None:
    other_position = WECHAT_SHARED.replace("&idx=1", "&idx=2")
    assert canonical_url(other_position) != canonical_url(WECHAT_SHARED)


def test_wechat_short_links_drop_the_whole_query() -> None:
    assert (
        canonical_url(
            "https://mp.weixin.qq.com/s/dIxb5_T3ZV4YZsZ0j6kmAw?scene=25&from=singlemessage#rd"
        )
        == "https://mp.weixin.qq.com/s/dIxb5_T3ZV4YZsZ0j6kmAw"
    )
    assert canonical_url("https://mp.weixin.qq.com/s/AAA") != canonical_url(
        "https://mp.weixin.qq.com/s/AAB"
    )


def test_wechat_links_without_article_parameters_are_not_merged() -> None:
    # Temporary (Sogou) links identify the article by signature; they must not all collapse
    # to "https://mp.weixin.qq.com/s".
    first = "https://mp.weixin.qq.com/s?src=11&timestamp=1&signature=aaa"
    second = "https://mp.weixin.qq.com/s?src=11&timestamp=1&signature=bbb"
    assert canonical_url(first) != canonical_url(second)


def test_wechat_params_are_only_tracking_on_wechat() -> None:
    assert tracking_params("https://example.com/search?scene=1&key=abc&lang=zh") == []
    assert strip_tracking("https://example.com/page#rd") == "https://example.com/page#rd"
    assert canonical_url("https://example.com/page#rd") == "https://example.com/page#rd"


# --- redirects and tracking ---------------------------------------------------------------


def test_zhihu_redirect() -> None:
    wrapped = "https://link.zhihu.com/?target=https%3A//github.com/brightmart/albert_zh"
    assert redirect_target(wrapped) == "https://github.com/brightmart/albert_zh"
    assert canonical_url(wrapped) == canonical_url("https://github.com/brightmart/albert_zh")
    assert link_kind(wrapped) == "code"


def test_other_redirect_wrappers_and_nesting() -> None:
    csdn = "https://link.csdn.net/?target=https%3A%2F%2Fkexue.fm%2Farchives%2F7427"
    assert redirect_target(csdn) == "https://kexue.fm/archives/7427"
    juejin = "https://link.juejin.cn/?target=https%3A%2F%2Fhuggingface.co%2Fbert-base-chinese"
    assert redirect_target(juejin) == "https://huggingface.co/bert-base-chinese"
    nested = "https://link.csdn.net/?target=" + (
        "https%3A%2F%2Flink.zhihu.com%2F%3Ftarget%3Dhttps%253A%2F%2Fgithub.com%2Fa%2Fb"
    )
    assert redirect_target(nested) == "https://github.com/a/b"


@pytest.mark.parametrize(
    "url",
    [
        "https://github.com/brightmart/albert_zh",
        "https://link.zhihu.com/",
        "https://link.zhihu.com/?target=",
        "https://link.zhihu.com/?target=not%20a%20url",
        "https://link.zhihu.com/?target=ftp%3A//example.com/file",
        "https://zhuanlan.zhihu.com/p/49271699?target=https%3A//github.com/a/b",
        "not a url",
    ],
)
def test_not_redirects(url: str) -> None:
    assert redirect_target(url) is None


def test_baidu_tracking() -> None:
    url = "https://baijiahao.baidu.com/s?id=1674061802676524773&wfr=spider&for=pc"
    assert tracking_params(url) == ["wfr", "for"]
    assert canonical_url(url) == "https://baijiahao.baidu.com/s?id=1674061802676524773"
    assert strip_tracking(url) == "https://baijiahao.baidu.com/s?id=1674061802676524773"


def test_name_value_rule_only_matches_its_value() -> None:
    url = "https://example.com/s?for=mobile&id=1"
    assert tracking_params(url) == []
    assert canonical_url(url) == "https://example.com/s?for=mobile&id=1"


def test_utm_prefix_and_csdn_params() -> None:
    url = (
        "https://blog.csdn.net/u/article/details/1?utm_medium=distribute.pc_relevant"
        "&depth_1-utm_source=distribute.pc_relevant&spm=1001.2101.3001.4242&ops_request_misc=x"
    )
    assert tracking_params(url) == ["utm_medium", "depth_1-utm_source", "spm", "ops_request_misc"]
    assert strip_tracking(url) == "https://blog.csdn.net/u/article/details/1"
    assert tracking_params("https://example.com/?ops_request_misc=x") == []


def test_strip_tracking_keeps_the_rest_byte_identical() -> None:
    url = "http://Example.com/a%2fb/?z=%e4%b8%ad&utm_source=x&a=1+2#Frag"
    assert strip_tracking(url) == "http://Example.com/a%2fb/?z=%e4%b8%ad&a=1+2#Frag"
    clean = "https://example.com/?b=2&&a=1#"
    assert strip_tracking(clean) == clean
    assert strip_tracking("not a url?utm_source=x") == "not a url?utm_source=x"


def test_strip_tracking_drops_an_emptied_query() -> None:
    assert strip_tracking("https://zhuanlan.zhihu.com/p/1?utm_source=wechat#x") == (
        "https://zhuanlan.zhihu.com/p/1#x"
    )


# --- generic canonical form ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "https://github.com/google-research/adapter-bert/",
            "https://github.com/Google-Research/adapter-bert",
        ),
        ("http://github.com/ymcui/Chinese-ELECTRA", "https://github.com/ymcui/Chinese-ELECTRA"),
        (
            "https://github.com/ymcui/Chinese-ELECTRA.git",
            "https://www.github.com/ymcui/chinese-electra",
        ),
        ("https://huggingface.co/transformers/index.html", "https://huggingface.co/transformers/"),
        ("https://EXAMPLE.com:443/a", "http://example.com:80/a"),
        ("https://example.com", "https://example.com/"),
        ("https://example.com/index.php", "https://example.com"),
        ("https://example.com/a?", "https://example.com/a"),
        ("https://example.com/a%2fb", "https://example.com/a%2Fb"),
        ("https://example.com/%7Euser", "https://example.com/~user"),
        ("https://zh.wikipedia.org/wiki/%E4%B8%AD%E6%96%87", "https://zh.wikipedia.org/wiki/中文"),
        ("https://example.com/a?x=1&utm_source=feed", "https://example.com/a?x=1"),
        ("  https://example.com/a  ", "https://example.com/a"),
        ("https://example.com/a b", "https://example.com/a%20b"),
    ],
)
def test_same_resource_same_canonical(first: str, second: str) -> None:
    assert canonical_url(first) == canonical_url(second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "https://github.com/tomohideshibata/BERT-related-papers#domain-specific",
            "https://github.com/tomohideshibata/BERT-related-papers",
        ),
        ("https://example.com/#a", "https://example.com/#b"),
        ("https://example.com/Page", "https://example.com/page"),
        (
            "https://github.com/owner/repo/blob/main/README.md",
            "https://github.com/owner/repo/blob/main/readme.md",
        ),
        ("https://example.com/?a=1&b=2", "https://example.com/?b=2&a=1"),
        ("https://example.com:8080/", "https://example.com/"),
        ("https://github.com/a/b", "https://github.io/a/b"),
        ("https://example.com/a%2Fb", "https://example.com/a/b"),
    ],
)
def test_different_resources_differ(first: str, second: str) -> None:
    assert canonical_url(first) != canonical_url(second)


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("https://huggingface.co/transformers/index.html", "https://huggingface.co/transformers"),
        ("http://github.com/ymcui/Chinese-ELECTRA/", "https://github.com/ymcui/chinese-electra"),
        (
            "https://github.com/tomohideshibata/BERT-related-papers#domain-specific",
            "https://github.com/tomohideshibata/bert-related-papers#domain-specific",
        ),
        (
            "https://github.com/Owner/Repo/tree/Main/Docs/",
            "https://github.com/owner/repo/tree/Main/Docs",
        ),
        ("https://github.com/", "https://github.com/"),
        ("http://www.Example.com/index.html", "https://example.com/"),
        ("https://zhuanlan.zhihu.com/p/49271699", "https://zhuanlan.zhihu.com/p/49271699"),
        (
            "https://kexue.fm/archives/7427#%e5%8f%82%e8%80%83",
            "https://kexue.fm/archives/7427#参考",
        ),
        ("http://example.com:8080/a/", "https://example.com:8080/a"),
        ("https://example.com/a%20b", "https://example.com/a%20b"),
        ("https://example.com/100%?q=%a%31", "https://example.com/100%25?q=%25a1"),
        ("not a url", "not a url"),
        ("  ", ""),
        ("", ""),
        ("mailto:someone@example.com", "mailto:someone@example.com"),
        ("#section", "#section"),
        ("http://[::1", "http://[::1"),
    ],
)
def test_canonical_form(url: str, canonical: str) -> None:
    assert canonical_url(url) == canonical


def test_github_suffix_only_applies_to_the_repository_segment() -> None:
    assert canonical_url("https://github.com/foo.git") == "https://github.com/foo.git"
    assert canonical_url("https://github.com/o/r.git/") == "https://github.com/o/r"


# --- https upgrade ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "upgraded"),
    [
        ("http://github.com/ymcui/Chinese-ELECTRA", "https://github.com/ymcui/Chinese-ELECTRA"),
        (
            "http://www.aclweb.org/anthology/D19-1410.pdf",
            "https://www.aclweb.org/anthology/D19-1410.pdf",
        ),
        (
            "http://jalammar.github.io/illustrated-bert/",
            "https://jalammar.github.io/illustrated-bert/",
        ),
        ("http://zhuanlan.zhihu.com/p/1?a=%2f#x", "https://zhuanlan.zhihu.com/p/1?a=%2f#x"),
    ],
)
def test_https_upgrade(url: str, upgraded: str) -> None:
    assert https_upgrade(url) == upgraded


@pytest.mark.parametrize(
    "url",
    [
        "https://github.com/a/b",  # already https
        "http://keg.cs.tsinghua.edu.cn/",  # not vouched for
        "http://example.com/",
        "http://github.com:8080/a",  # explicit port
        "http://evilgithub.com/",  # not a subdomain of a listed domain
        "http://zhihu.com/",  # exact host list: only www.zhihu.com is listed
        "ftp://github.com/",
        "not a url",
    ],
)
def test_no_https_upgrade(url: str) -> None:
    assert https_upgrade(url) is None


# --- link kinds ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("https://arxiv.org/abs/1706.03762", "paper"),
        ("arXiv:1706.03762", "paper"),
        ("https://aclanthology.org/N19-1423/", "paper"),
        ("https://openreview.net/forum?id=r1xMH1BtvB", "paper"),
        (
            "https://proceedings.neurips.cc/paper/2020/hash/1457c0d6bfcb4967418bfb8ac142f64a",
            "paper",
        ),
        ("https://ojs.aaai.org/index.php/AAAI/article/view/6428", "paper"),
        ("https://www.cs.toronto.edu/~hinton/absps/JMLRdropout.pdf", "paper"),
        ("https://github.com/google-research/bert/blob/master/paper.pdf", "paper"),
        ("https://github.com/google-research/bert", "code"),
        ("https://gitee.com/mindspore/models", "code"),
        ("https://gist.github.com/someone/abc123", "code"),
        ("https://jalammar.github.io/illustrated-bert/", "article"),
        ("https://transformers.readthedocs.io/en/latest/", "article"),
        ("https://zhuanlan.zhihu.com/p/49271699", "article"),
        ("https://mp.weixin.qq.com/s/dIxb5_T3ZV4YZsZ0j6kmAw", "article"),
        ("https://blog.csdn.net/u/article/details/1", "article"),
        ("https://kexue.fm/archives/7427", "article"),
        ("https://huggingface.co/docs/transformers/index", "article"),
        ("https://huggingface.co/transformers/model_doc/bert.html", "article"),
        ("https://huggingface.co/bert-base-chinese", "model"),
        ("https://huggingface.co/hfl/chinese-roberta-wwm-ext", "model"),
        ("https://modelscope.cn/models/damo/nlp_structbert_backbone_base_std", "model"),
        ("https://huggingface.co/datasets/squad", "other"),
        ("https://www.youtube.com/watch?v=S27pHKBEp30", "video"),
        ("https://youtu.be/S27pHKBEp30", "video"),
        ("https://www.bilibili.com/video/BV1Ey4y1874y", "video"),
        ("https://www.bilibili.com/read/cv12345", "article"),
        ("https://speakerdeck.com/someone/bert", "slides"),
        ("https://www.slideshare.net/someone/bert", "slides"),
        ("https://example.edu/talks/bert-slides.pdf", "slides"),
        ("https://github.com/thunlp/PLMpapers/blob/master/Slides/lecture.pdf", "slides"),
        ("https://example.edu/course/week1.pptx", "slides"),
        ("https://paperswithcode.com/paper/attention-is-all-you-need", "paper"),
        # a task page lists papers; it is none
        ("https://paperswithcode.com/task/autonomous-driving/codeless", "other"),
        ("https://example.com/", "other"),
        ("not a url", "other"),
    ],
)
def test_link_kind_by_url(url: str, kind: str) -> None:
    assert link_kind(url) == kind


@pytest.mark.parametrize(
    ("url", "label", "kind"),
    [
        ("https://github.com/google-research/bert", "论文链接：", "paper"),
        ("https://github.com/google-research/bert", " Paper: ", "paper"),
        ("https://github.com/google-research/bert", "PDF", "paper"),
        ("https://arxiv.org/abs/1810.04805", "代码", "code"),
        ("https://arxiv.org/abs/1810.04805", "论文开源地址:", "code"),
        ("https://arxiv.org/abs/1810.04805", "GitHub", "code"),
        ("https://example.com/x", "git地址", "code"),
        ("https://example.com/x", "讲义", "slides"),
        ("https://example.com/x", "PPT", "slides"),
        ("https://example.com/x", "权重", "model"),
        ("https://example.com/x", "Weights", "model"),
        ("https://example.com/x", "视频", "video"),
        ("https://example.com/x", "【视频】", "video"),
        # Labels that are not kind words leave the host to decide.
        ("https://github.com/google-research/bert", "BERT", "code"),
        ("https://arxiv.org/abs/1810.04805", "BERT: Pre-training of Deep ...", "paper"),
        ("https://github.com/google-research/bert", "", "code"),
        ("https://github.com/google-research/bert", None, "code"),
    ],
)
def test_link_kind_label_overrides(url: str, label: str | None, kind: str) -> None:
    assert link_kind(url, label) == kind


# --- properties ---------------------------------------------------------------------------

_HOSTS = st.sampled_from(
    [
        "github.com",
        "WWW.GitHub.com",
        "mp.weixin.qq.com",
        "arxiv.org",
        "aclanthology.org",
        "doi.org",
        "example.com",
        "link.zhihu.com",
        "baijiahao.baidu.com",
        "例子.cn",
    ]
)
_SEGMENT = st.lists(
    st.sampled_from([*"aAbZ09-._~%2fE4中文+=<|", "index.html", ".git", "%e4"]), max_size=6
).map("".join)
_PARAM = st.tuples(
    st.sampled_from(["a", "id", "utm_source", "spm", "__biz", "mid", "idx", "sn", "for", "target"]),
    st.text(alphabet=st.sampled_from(list("ab1=%3D2F/:pc")), max_size=6),
)


@st.composite
def _urls(draw: st.DrawFn) -> str:
    scheme = draw(st.sampled_from(["http", "https", "HTTP"]))
    host = draw(_HOSTS)
    port = draw(st.sampled_from(["", ":80", ":443", ":8080"]))
    path = "/".join(draw(st.lists(_SEGMENT, max_size=4)))
    params = draw(st.lists(_PARAM, max_size=5))
    query = "&".join(f"{name}={value}" for name, value in params)
    fragment = draw(st.sampled_from(["", "#", "#rd", "#wechat_redirect", "#Sec%2f", "#中"]))
    return f"{scheme}://{host}{port}/{path}{'?' + query if params else ''}{fragment}"


@settings(max_examples=300)
@given(_urls())
def test_canonical_is_idempotent_https(url: str) -> None:
    canonical = canonical_url(url)
    assert canonical.startswith("https://")
    assert canonical_url(canonical) == canonical


@settings(max_examples=300)
@given(_urls())
def test_strip_tracking_leaves_no_tracking(url: str) -> None:
    stripped = strip_tracking(url)
    assert tracking_params(stripped) == []
    assert canonical_url(stripped) == canonical_url(url)


@settings(max_examples=300)
@given(st.one_of(st.text(), _urls()), st.one_of(st.none(), st.text()))
def test_never_raises(url: str, label: str | None) -> None:
    assert isinstance(canonical_url(url), str)
    paper_identifier(url)
    assert link_kind(url, label) in LINK_KINDS
    tracking_params(url)
    strip_tracking(url)
    redirect_target(url)
    https_upgrade(url)
    repair_arxiv(url)


def test_rule_data_is_loaded_lazily() -> None:
    code = (
        "import awesome_ptm.identity as i, awesome_ptm.identity._data as d\n"
        "before = [f.cache_info().currsize for f in (d.hosts, d.tracking, d.wrappers)]\n"
        "i.canonical_url('https://github.com/a/b?x=1')\n"
        "after = [f.cache_info().currsize for f in (d.hosts, d.tracking, d.wrappers)]\n"
        "print(before, after)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[0, 0, 0] [1, 1, 1]"


@pytest.mark.parametrize(
    "readme",
    [
        "https://github.com/prakhar1989/awesome-courses/blob/master/README.md",
        "https://github.com/Prakhar1989/awesome-courses/tree/main/",
        "https://github.com/prakhar1989/awesome-courses/blob/main/README",
    ],
)
def test_a_repository_s_readme_on_its_default_branch_is_the_repository(readme: str) -> None:
    assert canonical_url(readme) == canonical_url("https://github.com/prakhar1989/awesome-courses")


@pytest.mark.parametrize(
    "page",
    [
        "https://github.com/o/r/tree/Benchmarks",
        "https://github.com/o/r/blob/dev/README.md",
        "https://github.com/o/r/blob/master/docs/README.md",
        "https://github.com/o/r/blob/master/CONTRIBUTING.md",
    ],
)
def test_other_branches_and_files_are_pages_of_their_own(page: str) -> None:
    assert canonical_url(page) != canonical_url("https://github.com/o/r")
