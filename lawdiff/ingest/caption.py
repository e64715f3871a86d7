"""What a filing is, from its caption: court, docket, parties, title, role, filing party.

Every guess carries its evidence (a short quote of the cue, never a passage), so the user
can see why lawdiff thinks a file is, say, the plaintiffs' opposition.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import NamedTuple

from lawdiff.core.caption_fields import is_field_cell
from lawdiff.core.model import FilingMeta, Page, Role
from lawdiff.ingest.designation import designated_role
from lawdiff.ingest.dispute_side import member_submission_role
from lawdiff.ingest.letter import letter_text
from lawdiff.ingest.pasted import pasted_title
from lawdiff.ingest.patterns import (
    ANSWERED_PARTY,
    APPELLATE_STAMP,
    ATTORNEYS_FOR,
    CAPTION_GAP,
    CASE_NUMBER_CAPTION,
    CHAMBERS_LETTERHEAD,
    CHAMBERS_LINES,
    CORPORATE_WORD,
    COUNSEL_GREETING,
    COURT_FEDERAL,
    COURT_LINE,
    COURT_OF_APPEALS,
    COVER_LINE,
    DECISION_LETTERHEAD,
    DECISION_WORD_LINE,
    DEFENDANT_MARK,
    DOCKET,
    DOMAIN_NAME_PROCEEDING,
    ECF_HEADER,
    FILENAME_ROLE_CUES,
    JUDGE_SIGNATURE,
    LETTERHEAD_LINES,
    MOTION_KINDS,
    NAME_STOP,
    NOT_A_NAME,
    ORDER_IN_TEXT,
    ORDER_SIGNATURE,
    PHASE_LINE,
    PHASE_LOOKAHEAD,
    PLAINTIFF_MARK,
    ROLE_CUES,
    SPACED_WORD,
    TITLE_BANNER,
    TITLE_PARTY,
    TITLE_SUBTITLE,
    VERSUS_MARK,
)
from lawdiff.ingest.title_line import run_in_title, title_case_title

CAPTION_LINES = 70  # the caption and title fit in the first page's first lines
RIGHT_COLUMN = 150.0  # points from the body margin where a caption's right column starts

_DIRECTIONS = {
    "NORTHERN": "N.D.",
    "SOUTHERN": "S.D.",
    "EASTERN": "E.D.",
    "WESTERN": "W.D.",
    "CENTRAL": "C.D.",
    "MIDDLE": "M.D.",
}
_STATES = {
    "ALABAMA": "Ala.",
    "ALASKA": "Alaska",
    "ARIZONA": "Ariz.",
    "ARKANSAS": "Ark.",
    "CALIFORNIA": "Cal.",
    "COLORADO": "Colo.",
    "CONNECTICUT": "Conn.",
    "DELAWARE": "Del.",
    "COLUMBIA": "D.C.",
    "FLORIDA": "Fla.",
    "GEORGIA": "Ga.",
    "HAWAII": "Haw.",
    "IDAHO": "Idaho",
    "ILLINOIS": "Ill.",
    "INDIANA": "Ind.",
    "IOWA": "Iowa",
    "KANSAS": "Kan.",
    "KENTUCKY": "Ky.",
    "LOUISIANA": "La.",
    "MAINE": "Me.",
    "MARYLAND": "Md.",
    "MASSACHUSETTS": "Mass.",
    "MICHIGAN": "Mich.",
    "MINNESOTA": "Minn.",
    "MISSISSIPPI": "Miss.",
    "MISSOURI": "Mo.",
    "MONTANA": "Mont.",
    "NEBRASKA": "Neb.",
    "NEVADA": "Nev.",
    "NEW HAMPSHIRE": "N.H.",
    "NEW JERSEY": "N.J.",
    "NEW MEXICO": "N.M.",
    "NEW YORK": "N.Y.",
    "NORTH CAROLINA": "N.C.",
    "NORTH DAKOTA": "N.D.",
    "OHIO": "Ohio",
    "OKLAHOMA": "Okla.",
    "OREGON": "Or.",
    "PENNSYLVANIA": "Pa.",
    "RHODE ISLAND": "R.I.",
    "SOUTH CAROLINA": "S.C.",
    "SOUTH DAKOTA": "S.D.",
    "TENNESSEE": "Tenn.",
    "TEXAS": "Tex.",
    "UTAH": "Utah",
    "VERMONT": "Vt.",
    "VIRGINIA": "Va.",
    "WASHINGTON": "Wash.",
    "WEST VIRGINIA": "W. Va.",
    "WISCONSIN": "Wis.",
    "WYOMING": "Wyo.",
}
_SQUASHED_STATES = {key.replace(" ", ""): value for key, value in _STATES.items()}
_CIRCUITS = {
    "FIRST": "1st",
    "SECOND": "2d",
    "THIRD": "3d",
    "FOURTH": "4th",
    "FIFTH": "5th",
    "SIXTH": "6th",
    "SEVENTH": "7th",
    "EIGHTH": "8th",
    "NINTH": "9th",
    "TENTH": "10th",
    "ELEVENTH": "11th",
    "FEDERAL": "Fed.",
    "DISTRICT OF COLUMBIA": "D.C.",
}
# A hearing transcript holds the court's oral ruling: for pairing and rulings, an order.
_ROLES = {r.value: r for r in Role} | {"transcript": Role.ORDER}
_ROLE_NOTES = {"transcript": ": a hearing transcript, the court's oral ruling"}


def _caption_page(pages: Sequence[Page]) -> Page | None:
    """The page holding the caption: the first of the first three that names a court (a
    cover page or a "REDACTED VERSION" sheet may come before it), else the first with text."""
    with_text = [page for page in pages[:3] if page.text.strip()]
    for page in with_text:
        head = "\n".join(page.text.split("\n")[:CAPTION_LINES])
        if COURT_FEDERAL.search(head) or COURT_LINE.search(head):
            return page
    return with_text[0] if with_text else None


def _caption_text(pages: Sequence[Page]) -> str:
    page = _caption_page(pages)
    return "\n".join(page.text.split("\n")[:CAPTION_LINES]) if page else ""


def find_court(text: str) -> str:
    """ "N.D. Cal." for a federal district court caption, else the court line as printed."""
    match = COURT_FEDERAL.search(text)
    if match:
        state = " ".join(match.group("state").upper().split())
        direction = _DIRECTIONS.get((match.group("dir") or "").upper(), "D.")
        # a state name broken by extraction ("CALIF ORNIA") is looked up without spaces
        name = _STATES.get(state) or _SQUASHED_STATES.get(state.replace(" ", ""))
        court = f"{direction} {name or state.title()}"
        return f"Bankr. {court}" if match.group("bankr") else court
    appeals = COURT_OF_APPEALS.search(text)
    if appeals:
        circuit = appeals.group("circuit").upper()
        return f"{_CIRCUITS.get(circuit, circuit.title())} Cir."
    for line in text.split("\n"):
        if "COURT" in line and line.strip().isupper():
            return line.split("\t")[0].strip()
    return ""


def _is_upper(segment: str) -> bool:
    letters = [c for c in segment if c.isalpha()]
    return len(letters) >= 3 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _segments(line: str) -> list[str]:
    """Columns of a caption line: a tab, a ")" or a wide gap (DOCX tables) separates them; a
    column that is one word letter-spaced ("O P I N I O N") is that word."""
    return [_unspaced(s.strip()) for s in CAPTION_GAP.split(line) if s.strip()]


def _unspaced(segment: str) -> str:
    """A caption word printed with a space between its capitals, closed up."""
    return segment.replace(" ", "") if SPACED_WORD.fullmatch(segment) else segment


class Row(NamedTuple):
    """One caption line split into its left (parties) and right (title) columns."""

    left: str
    right: str


def caption_rows(pages: Sequence[Page]) -> list[Row]:
    """The first page's lines as columns: a tab or ")" splits them; a line starting far
    right holds only the right column."""
    page = _caption_page(pages)
    if page is not None:
        rows: list[Row] = []
        for line in page.lines[:CAPTION_LINES]:
            raw = page.text[line.start : line.end]
            segments = _segments(raw)
            if ")" in raw and segments:
                rows.append(_parenthesis_row(raw, segments))
            elif len(segments) >= 3:  # a whole caption table flattened onto one line
                rows.extend(Row(segment, "") for segment in segments)
            elif len(segments) >= 2:
                rows.append(Row(segments[0], segments[-1]))
            elif segments and line.indent > RIGHT_COLUMN:
                rows.append(Row("", segments[0]))
            else:
                rows.append(Row(segments[0] if segments else "", ""))
        return rows
    return []


def _title_cue(segment: str) -> bool:
    """An upper-case caption block naming a role; a caption field ("NOTE ON MOTION CALENDAR:
    …", "HEARING DATE:") is none."""
    return (
        _is_upper(segment)
        and "COURT" not in segment
        and not is_field_cell(segment)
        and not COVER_LINE.match(segment)
        and not CASE_NUMBER_CAPTION.match(segment)
        and any(cue.search(segment) for _, cue in ROLE_CUES)
    )


def find_title(rows: Sequence[Row]) -> str:
    """The document title: the upper-case caption block that names a role (not the phase of
    the case printed above a decision's title)."""
    for index, row in enumerate(rows):
        for column in ("right", "left"):
            segment = getattr(row, column)
            if _title_cue(segment) and not _phase_above_decision(rows, index, column):
                return _extend_title(rows, index, column)
    return ""


def _phase_above_decision(rows: Sequence[Row], index: int, column: str) -> bool:
    """The line at ``index`` names the phase of the case alone ("PRELIMINARY OBJECTIONS") and
    the next line of its column below is a decision's word alone ("JUDGMENT")."""
    if not PHASE_LINE.fullmatch(getattr(rows[index], column)):
        return False
    below = [getattr(row, column) for row in rows[index + 1 : index + 1 + PHASE_LOOKAHEAD]]
    following = next((segment for segment in below if segment), "")
    return bool(DECISION_WORD_LINE.fullmatch(following))


def _title_start(rows: Sequence[Row], index: int, column: str) -> int:
    """Back up over upper-case lines that open the title ("DEFENDANT LE-VEL'S")."""
    start = index
    taken = 0
    while start > 0 and taken < 3:
        row = rows[start - 1]
        before = getattr(row, column)
        if not before and (row.left or row.right):
            start -= 1  # only the other column on this line ("vs." beside the title)
            continue
        if not _is_upper(before) or re.search(r"COURT|DISTRICT|DIVISION|CASE", before):
            break
        if TITLE_BANNER.fullmatch(before) or DOCKET.search(before):
            break
        start -= 1
        taken += 1
    while start < index and not getattr(rows[start], column):
        start += 1
    return start


def _extend_title(rows: Sequence[Row], index: int, column: str) -> str:
    """The title from its row on, over the upper-case lines of its column below; a note mark
    ends it (a Ninth Circuit "MEMORANDUM*" beside the caption, a party's name below)."""
    index = _title_start(rows, index, column)
    parts = [getattr(rows[index], column)]
    for row in rows[index + 1 : index + 9]:
        if parts[-1].endswith("*"):
            break
        candidate = getattr(row, column)
        if not candidate and (row.left or row.right):
            continue  # only the other column on this line
        if not _is_upper(candidate) or is_field_cell(candidate):
            break
        parts.append(candidate)
    return " ".join(" ".join(parts).split())


def _role_from(text: str, cues: tuple[tuple[str, re.Pattern[str]], ...]) -> tuple[str, str]:
    """The role whose cue comes first in ``text`` ("OPPOSITION TO … AND CROSS-MOTION" is an
    opposition, "MOTION … AND OPPOSITION TO …" a motion); on a tie, the earlier cue."""
    found = [
        (match.start(), order, role, match.group(0).strip())
        for order, (role, cue) in enumerate(cues)
        if (match := cue.search(text)) is not None
    ]
    if not found:
        return "", ""
    _, _, role, words = min(found)
    return role, words


def _caption_cue_line(line: str) -> bool:
    """An upper-case caption line that may name the document: not a hearing line, not the
    case's number ("WRIT PETITION NO. 8814 OF 2026") nor an appellate cover's line naming the
    proceeding ("ON PETITION FOR REVIEW FROM …")."""
    bare = line.strip()
    return (
        _is_upper(line)
        and not is_field_cell(bare)
        and not COVER_LINE.match(bare)
        and not CASE_NUMBER_CAPTION.match(bare)
    )


def _caption_cue_text(head: str) -> str:
    """The caption lines that may name the document: the upper-case ones, each with the
    lower-case subtitle lines that go on from it ("for the hearing of their application")."""
    kept: list[str] = []
    going_on = False
    for line in head.split("\n"):
        if not line.strip():
            continue
        if _caption_cue_line(line):
            kept.append(line)
            going_on = True
        elif going_on and TITLE_SUBTITLE.match(line):
            kept.append(line.upper())
        else:
            going_on = False
    return "\n".join(kept)


def find_role(title: str, head: str, source_name: str) -> tuple[Role, tuple[str, ...]]:
    """The role with its evidence: title first, then upper-case caption text, then what a
    letter to the court says in its "Re:" line and first paragraph, then file name; a
    tribunal's letterhead naming its decision, and a WTO Member's submission (its side from
    the dispute's title), come before all of them."""
    lines = [line for line in head.split("\n") if line.strip()]
    if decision := DECISION_LETTERHEAD.search("\n".join(lines[:LETTERHEAD_LINES])):
        return Role.ORDER, (f'letterhead says "{" ".join(decision.group(1).split())}"',)
    if CHAMBERS_LETTERHEAD.search("\n".join(lines[:CHAMBERS_LINES])) and COUNSEL_GREETING.search(
        head
    ):
        return Role.ORDER, ('letterhead says "CHAMBERS OF" and the letter greets counsel',)
    if member := member_submission_role(head):
        return member
    if designated := designated_role(head):
        return designated
    for where, text, cues in (
        ("title", title.upper(), ROLE_CUES),
        ("caption", _caption_cue_text(head), ROLE_CUES),
        ("letter", letter_text(head).upper(), ROLE_CUES),
        ("file name", source_name, FILENAME_ROLE_CUES),
    ):
        role, cue = _role_from(text, cues)
        if role == "complaint" and DOMAIN_NAME_PROCEEDING.search(head):
            return Role.MOTION, (f'{where} says "{cue}" in a domain name dispute a panel decides',)
        if role:
            return _ROLES[role], (f'{where} says "{cue}"{_ROLE_NOTES.get(role, "")}',)
    if ORDER_SIGNATURE.search(head):
        return Role.ORDER, ('text says "IT IS SO ORDERED"',)
    entry = ORDER_IN_TEXT.search(head)
    if entry:
        return Role.ORDER, (f'text says "{" ".join(entry.group(0).split())}"',)
    return Role.OTHER, ()


def _role_after_cover(
    pages: Sequence[Page], role: Role, evidence: tuple[str, ...]
) -> tuple[Role, tuple[str, ...]]:
    """A filing whose caption page is a cover sheet with no title, known by the page after it:
    its title (the EPO Boards of Appeal print a datasheet before the "DECISION") or, for a
    Montana Supreme Court opinion (docket, citation, parties, counsel, "Filed:"), its opening
    ("Justice … delivered the Opinion of the Court.")."""
    cover = _caption_page(pages)
    at = next((i for i, page in enumerate(pages) if page is cover), len(pages))
    if at + 1 < len(pages):
        following = pages[at + 1]
        found, cue = _role_from(find_title(caption_rows([following])).upper(), ROLE_CUES)
        if found:
            return _ROLES[found], (f'title on the page after the cover says "{cue}"',)
        entry = ORDER_IN_TEXT.search("\n".join(following.text.split("\n")[:CAPTION_LINES]))
        if entry:
            return Role.ORDER, (f'page after the cover says "{" ".join(entry.group(0).split())}"',)
    return role, evidence


def _order_from_last_page(
    text: str, role: Role, evidence: tuple[str, ...]
) -> tuple[Role, tuple[str, ...]]:
    """An order known by its ending: "IT IS SO ORDERED" or a judge's signature block."""
    for cue in (ORDER_SIGNATURE, JUDGE_SIGNATURE):
        match = cue.search(text)
        if match:
            return Role.ORDER, (f'last page says "{" ".join(match.group(0).split())}"',)
    return role, evidence


def find_motion_kind(role: Role, title: str, source_name: str) -> tuple[str, tuple[str, ...]]:
    """The kind of motion a motion, opposition, reply or order concerns."""
    if role in {Role.COMPLAINT, Role.OTHER}:
        return "", ()
    for where, text in (("title", title), ("file name", source_name)):
        for kind, cue in MOTION_KINDS:
            match = cue.search(text)
            if match:
                return kind, (f'{where} says "{match.group(0).strip(" _-.")}"',)
    return "other", ()


def find_party(role: Role, title: str, head: str, source_name: str) -> tuple[str, tuple[str, ...]]:
    """Who filed it: "Court" for orders, else from "Attorneys for …", the title or file name."""
    if role is Role.ORDER:
        return "Court", ()
    match = ATTORNEYS_FOR.search(head)
    if match:
        side = match.group("side").capitalize()
        name = re.sub(r"\s+and$", "", (match.group("name") or "").strip(" ,;"))
        return f"{side} {name}".strip(), (f'caption says "{match.group(0).strip()[:60]}"',)
    match = TITLE_PARTY.search(title.upper() + " ")
    if match:
        side = "Plaintiff" if match.group("side").upper().startswith("P") else "Defendant"
        answered = ANSWERED_PARTY.search(title.upper(), 0, match.start())
        if answered:  # "OPPOSITION TO PLAINTIFF'S MOTION" is the defendant's
            side = "Defendant" if side == "Plaintiff" else "Plaintiff"
        said = f"{answered.group(0) if answered else ''}{match.group(0)}".strip()
        return side, (f'title says "{said}"',)
    lowered = source_name.lower()
    for prefix, side in (("pl", "Plaintiff"), ("def", "Defendant")):
        if re.search(rf"(?:^|[_\W]){prefix}s?(?:[_\W])", lowered):
            return side, (f'file name says "{prefix}"',)
    if role is Role.COMPLAINT:
        return "Plaintiff", ("a complaint is filed by the plaintiff",)
    return "", ()


def _parenthesis_row(raw: str, segments: list[str]) -> Row:
    """A line of a ")"-ruled caption: nothing before the ")" means an empty party column
    (what follows it is the right column: case number, title, an address)."""
    if raw.lstrip().startswith(")"):
        return Row("", segments[0])
    return Row(segments[0], segments[1] if len(segments) > 1 else "")


def _clean_name(text: str) -> str:
    text = " ".join(text.split())
    match = NAME_STOP.search(text)
    return (text[: match.start()] if match else text).strip(" ,;")


def _party_column(row: Row) -> str:
    """The left column, or a party mark ("Defendant.") set further right."""
    if row.left:
        return row.left
    marks = (PLAINTIFF_MARK, DEFENDANT_MARK, VERSUS_MARK)
    return row.right if any(mark.match(row.right) for mark in marks) else ""


def _after_court(rows: Sequence[Row]) -> int:
    """Where the parties start: after the court's lines that precede the first party mark
    (the body below the caption may name a district too)."""
    court = re.compile(r"DISTRICT|DIVISION", re.IGNORECASE)
    first_mark = next(
        (i for i, row in enumerate(rows) if PLAINTIFF_MARK.match(_party_column(row))), len(rows)
    )
    marks = [
        i for i, row in enumerate(rows[:first_mark]) if court.search(f"{row.left} {row.right}")
    ]
    return max(marks, default=-1) + 1


def find_parties(rows: Sequence[Row]) -> tuple[str, ...]:
    """Plaintiff and defendant names from the left column of the caption."""
    block: list[str] = []
    names: list[str] = []
    for segment in map(_party_column, rows[_after_court(rows) :]):
        if PLAINTIFF_MARK.match(segment) or DEFENDANT_MARK.match(segment):
            if block:
                names.append(_clean_name(" ".join(block)))
            block = []
            if DEFENDANT_MARK.match(segment) or len(names) == 2:
                break
        elif VERSUS_MARK.match(segment) or not segment:
            continue
        elif not NOT_A_NAME.match(segment):
            block.append(segment)
    return tuple(n for n in names if n)


_LOWER_WORDS = frozenset({"a", "an", "and", "at", "by", "for", "in", "of", "on", "the", "to"})


def _display_word(word: str, first: bool) -> str:
    match = CORPORATE_WORD.fullmatch(word)
    if match:
        return match.group(0) if match.group("keep") else word.capitalize()
    if not first and word.lower() in _LOWER_WORDS:
        return word.lower()
    return "-".join(part.capitalize() for part in word.split("-"))


def display_name(name: str) -> str:
    """A party name as a caption prints it: "CHIRRUP, INC." -> "Chirrup, Inc." (mixed case
    is kept as typed; "LLC", "N.A." and similar stay upper case)."""
    if not _is_upper(name):
        return name
    words = name.split()
    return " ".join(_display_word(w, i == 0) for i, w in enumerate(words))


def _caption(parties: Sequence[str]) -> str:
    if len(parties) < 2:
        return ""
    return f"{display_name(parties[0])} v. {display_name(parties[1])}"


def _name_party(party: str, parties: Sequence[str]) -> tuple[str, tuple[str, ...]]:
    """ "Plaintiff" -> "Plaintiff Chirrup, Inc." from the caption's first (or second) name."""
    if party not in {"Plaintiff", "Defendant"} or len(parties) < 2:
        return party, ()
    name = display_name(parties[0] if party == "Plaintiff" else parties[1])
    return f"{party} {name}", (f"the caption names the {party.lower()} {name}",)


def infer_meta(pages: Sequence[Page], source_name: str) -> FilingMeta:
    """Court, docket, parties, title, role, motion kind and filing party of a filing.

    Args:
        pages: the filing's cleaned pages (the caption is on the first page with text).
        source_name: the file name, a weak cue when the caption says little.

    Returns:
        The metadata with one evidence string per guess.
    """
    head = _caption_text(pages)
    rows = caption_rows(pages)
    title = find_title(rows) or pasted_title(head) or title_case_title(head) or run_in_title(head)
    role, role_evidence = find_role(title, head, source_name)
    if role is Role.OTHER and not role_evidence and pages:
        role, role_evidence = _role_after_cover(pages, role, role_evidence)
    if role is Role.OTHER and not role_evidence and pages:
        role, role_evidence = _order_from_last_page(pages[-1].text, role, role_evidence)
    kind, kind_evidence = find_motion_kind(role, title, source_name)
    party, party_evidence = find_party(role, title, head, source_name)
    docket = DOCKET.search(head)
    parties = find_parties(rows)
    party, named = _name_party(party, parties)
    return FilingMeta(
        title=title,
        role=role,
        motion_kind=kind,
        party=party,
        court=find_court(head),
        docket=docket.group("docket") if docket else "",
        caption=_caption(parties),
        parties=parties,
        evidence=(*role_evidence, *kind_evidence, *party_evidence, *named),
    )


def _iso(filed: str) -> str:
    month, day, year = (int(part) for part in filed.split("/"))
    if year < 100:
        year += 2000 if year < 70 else 1900
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return ""


def apply_stamp(meta: FilingMeta, stamp: str) -> FilingMeta:
    """Docket, ECF number and filing date from the ECF stamp ("Case … Document 10 Filed …")."""
    match = ECF_HEADER.search(stamp) or APPELLATE_STAMP.search(stamp)
    if not match:
        return meta
    evidence = f'ECF stamp says "Document {match.group("ecf")} Filed {match.group("filed")}"'
    return replace(
        meta,
        docket=match.group("docket"),
        ecf_number=match.group("ecf"),
        filed=_iso(match.group("filed")),
        evidence=(*meta.evidence, evidence),
    )
