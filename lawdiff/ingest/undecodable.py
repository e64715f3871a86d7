"""Pages whose text layer cannot be decoded: fonts without a Unicode map.

Such a page renders fine, but its extracted text is "(cid:55)(cid:75)…" (pdfminer) or glyph
numbers read as characters ("7KHFRXUW\\x03…", pypdfium2): control characters, private-use
characters and long runs without a vowel. Those pages are OCR'd like scans, or named in a
warning when OCR cannot run.
"""

from __future__ import annotations

import re

CID = re.compile(r"\(cid:\d+\)")
WORD = re.compile(r"\S+")
VOWEL = re.compile(r"[aeiouyAEIOUY]")
# Control characters (tab and line breaks aside), private use, the replacement character.
ODD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ue000-\uf8ff\ufffd]")
MIN_CHARS = 40  # shorter text is not judged (a stamp, a page number)
CID_SHARE = 0.3  # of the text's characters inside "(cid:N)" tokens
ODD_SHARE = 0.03  # control or private-use characters among the text's characters
GARBLED_SHARE = 0.5  # words of 4+ letters without a vowel, or longer than LONG_WORD
LONG_WORD = 25


def undecodable(text: str) -> bool:
    """Whether ``text`` (a page's extracted text) is undecodable glyph codes, not words."""
    body = CID.sub(lambda m: "#" * len(m.group(0)), text.strip())
    if len(body) < MIN_CHARS:
        return False
    if body.count("#") >= CID_SHARE * len(body):
        return True
    if len(ODD.findall(body)) >= ODD_SHARE * len(body):
        return True
    words = [w for w in WORD.findall(body) if sum(map(str.isalpha, w)) >= 4]
    if len(words) < 2:
        return False
    garbled = sum(1 for w in words if len(w) > LONG_WORD or not VOWEL.search(w))
    return garbled >= GARBLED_SHARE * len(words)
