"""Record cites ("Compl. ¶¶ 12–15", "Mot. at 5", "Dkt. No. 10 at 3", "Ex. A", "Id.") and rules."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from lawdiff.cite import patterns as p
from lawdiff.core.model import CitationKind, CitationRef, RecordTarget, Role

MAX_RANGE = 500  # "¶¶ 12–15" expands; a typo like "¶¶ 12–1500" must not make a huge tuple

# Canonical abbreviation and role of each way a brief names a document.
_DOCUMENT_NAMES: tuple[tuple[str, str, Role], ...] = (
    (r"(?:first|1st)\s*am", "FAC", Role.COMPLAINT),
    (r"(?:second|2d|2nd)\s*am", "SAC", Role.COMPLAINT),
    (r"(?:third|3d|3rd)\s*am", "TAC", Role.COMPLAINT),
    (r"am", "Am. Compl.", Role.COMPLAINT),
    (r"compl", "Compl.", Role.COMPLAINT),
    (r"fac\b", "FAC", Role.COMPLAINT),
    (r"sac\b", "SAC", Role.COMPLAINT),
    (r"tac\b", "TAC", Role.COMPLAINT),
    (r"mot", "Mot.", Role.MOTION),
    (r"mem", "Mem.", Role.MOTION),
    (r"br", "Br.", Role.MOTION),
    (r"opp", "Opp.", Role.OPPOSITION),
    (r"reply", "Reply", Role.REPLY),
    (r"order", "Order", Role.ORDER),
)


def _document_name(word: str) -> tuple[str, Role]:
    lowered = word.lower()
    for prefix, name, role in _DOCUMENT_NAMES:
        if re.match(prefix, lowered):
            return name, role
    return p.WHITESPACE.sub(" ", word), Role.OTHER


def expand_numbers(numbers: str) -> tuple[int, ...]:
    """Paragraph numbers of a list such as ``"12–15, 18"`` → ``(12, 13, 14, 15, 18)``."""
    found: list[int] = []
    for piece in p.LIST_SEPARATOR.split(numbers.strip()):
        bounds = [int(b) for b in p.RANGE_SEPARATOR.split(piece) if b.isdigit()]
        if not bounds:
            continue
        low, high = bounds[0], bounds[-1]
        if high < low or high - low > MAX_RANGE:
            high = low
        found.extend(n for n in range(low, high + 1) if n not in found)
    return tuple(found)


def _canonical_numbers(numbers: str) -> str:
    pieces = [p.RANGE_SEPARATOR.sub("-", piece) for piece in p.LIST_SEPARATOR.split(numbers)]
    return ", ".join(piece for piece in pieces if piece)


def _page_line(pages: str) -> tuple[int | None, int | None, str]:
    """First page and line of ``"7:3-8:2"`` and its canonical spelling."""
    canonical = p.RANGE_SEPARATOR.sub("-", pages.strip())
    first = canonical.split("-")[0]
    page, _, line = first.partition(":")
    return int(page), (int(line) if line else None), canonical


@dataclass(frozen=True)
class _Locator:
    """The pin of a record cite: paragraphs, or a page and line; and its canonical text."""

    paragraphs: tuple[int, ...] = ()
    page: int | None = None
    line: int | None = None
    text: str = ""

    def target(self, role: Role | None = None, docket: str = "", exhibit: str = "") -> RecordTarget:
        return RecordTarget(
            role=role,
            docket=docket,
            paragraphs=self.paragraphs,
            page=self.page,
            line=self.line,
            exhibit=exhibit,
        )


def _locator(match: re.Match[str]) -> _Locator:
    """The pin (" ¶ 12-15", " at 7:3-9") of a match, if it has one."""
    groups = match.groupdict()
    if groups.get("paras"):
        numbers = groups["paras"]
        return _Locator(expand_numbers(numbers), text=f" ¶ {_canonical_numbers(numbers)}")
    pages = groups.get("pages") or groups.get("lines")
    if pages:
        page, line, canonical = _page_line(pages)
        return _Locator(page=page, line=line, text=f" at {canonical}")
    return _Locator()


def _document_cites(text: str) -> Iterator[CitationRef]:
    for match in p.DOCUMENT_CITE.finditer(text):
        name, role = _document_name(match["doc"])
        pin = _locator(match)
        yield _record(match, f"{name}{pin.text}", pin.target(role=role))


def _declaration_cites(text: str) -> Iterator[CitationRef]:
    for match in p.DECLARATION_CITE.finditer(text):
        pin = _locator(match)
        who = f"{match['name']} " if match["name"] else ""
        yield _record(match, f"{who}Decl.{pin.text}", pin.target())


def _docket_cites(text: str) -> Iterator[CitationRef]:
    for match in p.DOCKET_CITE.finditer(text):
        pin = _locator(match)
        yield _record(
            match, f"Dkt. No. {match['docket']}{pin.text}", pin.target(docket=match["docket"])
        )


def _exhibit_cites(text: str) -> Iterator[CitationRef]:
    for match in p.EXHIBIT_CITE.finditer(text):
        pin = _locator(match)
        yield _record(
            match, f"Ex. {match['exhibit']}{pin.text}", pin.target(exhibit=match["exhibit"])
        )


def _record(match: re.Match[str], normalized: str, target: RecordTarget) -> CitationRef:
    return CitationRef(
        kind=CitationKind.RECORD,
        text=match.group(),
        normalized=normalized,
        start=match.start(),
        end=match.end(),
        target=target,
    )


def id_cites(text: str) -> Iterator[CitationRef]:
    """ "Id." / "Id. at 5" / "Id. ¶ 4" (kind ID; the target is filled in by context later)."""
    for match in p.ID_CITE.finditer(text):
        yield CitationRef(
            kind=CitationKind.ID,
            text=match.group(),
            normalized=f"Id.{_locator(match).text}",
            start=match.start(),
            end=match.end(),
        )


def id_target(cite: CitationRef, previous: RecordTarget) -> RecordTarget:
    """The target of an "Id." that follows a record cite: same document, its own pin."""
    match = p.ID_CITE.fullmatch(cite.text)
    pin = _locator(match) if match else _Locator()
    if not pin.text:
        return previous
    return pin.target(role=previous.role, docket=previous.docket, exhibit=previous.exhibit)


def record_cites(text: str) -> Iterator[CitationRef]:
    """Every record cite in ``text`` (may overlap; the caller keeps the longest)."""
    yield from _document_cites(text)
    yield from _declaration_cites(text)
    yield from _docket_cites(text)
    yield from _exhibit_cites(text)


_FEDERAL_BODIES = {
    "civ": "Fed. R. Civ. P.",
    "evid": "Fed. R. Evid.",
    "app": "Fed. R. App. P.",
    "crim": "Fed. R. Crim. P.",
    "bankr": "Fed. R. Bankr. P.",
}


def rule_cites(text: str) -> Iterator[CitationRef]:
    """Federal and local court rules, and a bare "Rule 12(b)(6)"."""
    for match in p.FEDERAL_RULE.finditer(text):
        body = next(name for name in _FEDERAL_BODIES if match[name])
        yield _rule(match, f"{_FEDERAL_BODIES[body]} {match['num']}{match['sub']}")
    for match in p.LOCAL_RULE.finditer(text):
        prefix = p.WHITESPACE.sub("", match["prefix"])
        prefix = {"LocalRule": "L.R.", "LocalCivilRule": "Civ. L.R.", "LR": "L.R."}.get(
            prefix, prefix.replace("Civ.L.R.", "Civ. L.R.").replace("L.Civ.R.", "L. Civ. R.")
        )
        yield _rule(match, f"{prefix} {match['num']}{match['sub']}")
    for match in p.BARE_RULE.finditer(text):
        yield _rule(match, f"Rule {match['num']}{match['sub']}")


def _rule(match: re.Match[str], normalized: str) -> CitationRef:
    return CitationRef(
        kind=CitationKind.RULE,
        text=match.group(),
        normalized=normalized,
        start=match.start(),
        end=match.end(),
    )
