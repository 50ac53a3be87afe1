"""Entries written as linked headings, with their description and more links below."""

from __future__ import annotations

from awesome_ptm.parse import parse_text

TOOLS = """\
## ChatGPT 工具

### [翻译: OpenAI Translator](https://chrome.example.com/openai-translator)

基于 ChatGPT API 的划词翻译浏览器插件。

[Chrome 插件地址](https://chrome.example.com/openai-translator), [GitHub 开源地址](https://github.com/yetone/openai-translator)

![translator](imgs/open_translator.jpg)

### [设计梦想的房间: RoomGPT](https://www.roomgpt.io/)

使用 AI 设计自己梦想的房间。

类似工具：
* [PandaGPT](https://www.pandagpt.io/)

### [Tabby](https://github.com/TabbyML/tabby)
"""

CATEGORIES = """\
# Awesome X

## [Python](https://www.python.org/)

- [Django](https://github.com/django/django) - A web framework.

## [Rust](https://www.rust-lang.org/)

- [Tokio](https://github.com/tokio-rs/tokio) - An async runtime.

## Contents

### [LLM训练](https://github.com/o/list/tree/main/train)

About training.

- [A guide](https://example.com/guide)

### 推理
"""


def test_linked_headings_in_a_run_are_entries() -> None:
    doc = parse_text(TOOLS)
    by_title = {e.title: e for e in doc.entries}
    assert list(by_title) == [
        "翻译: OpenAI Translator",
        "设计梦想的房间: RoomGPT",
        "PandaGPT",
        "Tabby",
    ]
    translator = by_title["翻译: OpenAI Translator"]
    assert [link.url for link in translator.links] == [
        "https://chrome.example.com/openai-translator",
        "https://chrome.example.com/openai-translator",
        "https://github.com/yetone/openai-translator",
    ]
    assert translator.section == ["ChatGPT 工具"]
    assert translator.source.line == 3
    # the heading still titles the section of what is listed under it
    assert by_title["PandaGPT"].section == ["ChatGPT 工具", "设计梦想的房间: RoomGPT"]


def test_linked_category_headings_and_lone_linked_headings_are_no_entries() -> None:
    doc = parse_text(CATEGORIES)
    assert [e.title for e in doc.entries] == ["Django", "Tokio", "A guide"]
