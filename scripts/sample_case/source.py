"""The sample sources: paths, the mark-up's patterns and the parsed source model."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]  # scripts/sample_case/source.py
SRC = REPO / "data" / "sample" / "src"

ENUM_RE = re.compile(r"^((?:[IVXL]+)|[A-Z]|\d+|[a-z])\.\s+(.*)$")
COUNT_RE = re.compile(r"^(COUNT [IVXL]+)\s+—\s+(.*)$")
INLINE_RE = re.compile(r"(\*\*.+?\*\*|\*.+?\*|\[\^\w+\])")
NUMBER_RE = re.compile(r"\{\{n:([\w-]+)\}\}")  # {{n:anchor}}: that paragraph's number
CITE_RE = re.compile(r"\[\[(.+?)\]\]")
PARA_CITE_RE = re.compile(r"^(Compl\.) (¶¶?) (.+)$")
PAGE_CITE_RE = re.compile(r"^(Mot\.|Opp\.|Reply|Dkt\. No\. \d+) at (\S+)$")
ATTR_RE = re.compile(r"^(.*?)\s+\{([^{}]*)\}$")
ANCHOR_RE = re.compile(r"^\{#([\w-]+)\}\s+")
ABBREVIATIONS = {"Compl.": "01_complaint", "Mot.": "02_tro_motion", "Opp.": "03_opposition"}
ABBREVIATIONS["Reply"] = "04_reply"


class SampleError(Exception):
    """The sample sources are inconsistent (a bad cite, an unstable layout…)."""


@dataclass
class Block:
    """One chunk of source mark-up."""

    kind: str  # heading, num, para, quote, item, plain, footnote, directive
    text: str
    level: int = 0
    attrs: dict[str, str] = field(default_factory=dict)
    anchor: str = ""
    key: str = ""  # segment label once numbered ("¶ 3", "III.A.1", "COUNT II")


@dataclass
class Segment:
    """A labelled unit the segmenter must find, with where the layout put it."""

    kind: str  # heading, count, paragraph, footnote
    label: str
    heading: str = ""
    printed: str = ""
    level: int = 0
    parent: str | None = None
    claims: list[str] = field(default_factory=list)
    answers: list[str] = field(default_factory=list)
    unanswered: bool = False
    front_matter: bool = False
    page: int = 0
    line: int = 0
    end_page: int = 0
    starts_with: str = ""


@dataclass
class SourceDoc:
    """A parsed source file."""

    name: str
    meta: dict[str, Any]
    blocks: list[Block]
    footnotes: dict[str, str]


def parse_source(path: Path) -> SourceDoc:
    """Read one ``*.md`` source: TOML front matter and blocks."""
    raw = path.read_text(encoding="utf-8")
    _, front, body = raw.split("+++\n", 2)
    meta = tomllib.loads(front)
    blocks: list[Block] = []
    footnotes: dict[str, str] = {}
    for chunk in re.split(r"\n\s*\n", body.strip()):
        lines = [line.strip() for line in chunk.strip().splitlines()]
        if not lines or lines[0].startswith("<!--"):
            continue
        block = _parse_block(lines)
        if block.kind == "footnote":
            footnotes[block.key] = block.text
        else:
            blocks.append(block)
    return SourceDoc(path.stem, meta, blocks, footnotes)


def _parse_block(lines: list[str]) -> Block:
    first = lines[0]
    if first.startswith(">"):
        return Block("quote", " ".join(line.lstrip("> ").strip() for line in lines))
    text = " ".join(lines)
    if first.startswith("#"):
        level = len(first) - len(first.lstrip("#"))
        text, attrs = _split_attrs(text[level:].strip())
        return Block("heading", text, level=level, attrs=attrs)
    if first.startswith("¶"):
        text = text[1:].strip()
        match = ANCHOR_RE.match(text)
        anchor = match.group(1) if match else ""
        return Block("num", text[match.end() :] if match else text, anchor=anchor)
    if match := re.match(r"^\[\^(\w+)\]:\s*(.*)$", text):
        return Block("footnote", match.group(2), key=match.group(1))
    if first.startswith("@"):
        return Block("directive", text[1:].strip())
    if first.startswith("~"):
        return Block("plain", text[1:].strip())
    if re.match(r"^\([a-z]\) ", first):
        return Block("item", text)
    return Block("para", text)


def _split_attrs(text: str) -> tuple[str, dict[str, str]]:
    match = ATTR_RE.match(text)
    if not match:
        return text, {}
    attrs: dict[str, str] = {}
    for part in match.group(2).split(";"):
        name, _, value = part.strip().partition("=")
        attrs[name.strip()] = value.strip()
    return match.group(1).strip(), attrs


def _csv(value: str) -> list[str]:
    return [item.strip() for item in value.split(",") if item.strip()]
