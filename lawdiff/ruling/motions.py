"""Motions as an order names them: "Finjan's Motion in Limine No. 1", "Cisco's motion to
exclude … Dr. Layne-Farrar", "Plaintiff's Motion for Temporary Restraining Order"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lawdiff.classify.cues import fold

_PARTY = (
    # a name, or a party's role in lower case ("ORDERED that plaintiffs' cross-motion …")
    # a party of two roles keeps the first: "Plaintiff/Counter-Defendant's Demurrer"
    r"(?P<party>[A-Z][\w&'-]*(?:/[A-Z][\w&'-]*)?(?:\s+(?:[A-Z][\w&'-]*|of|and)){0,4}?"
    r"(?:,?\s+(?:Inc|LLC|Corp|Ltd|L\.P|N\.A)\.?)?|(?:plaintiff|defendant|petitioner|respondent)s?)"
    r"'[sS]?\s+"
    r"(?:\[\s*\d+\s*\]\s+)?"  # a docket number before the name: "Plaintiff's [43] Motion"
    # what the motion is, in lower case, between the party and the name: "The plaintiffs'
    # assented-to motion to extend …", "Defendant's unopposed motion to seal"
    r"(?:(?:assented[-\s]to|unopposed|consented|joint|renewed|emergency|amended|supplemental)\s+)?"
)
_NAME = (
    # a countermotion is named like a cross-motion ("Defendant's Countermotion for Fees")
    r"(?P<name>(?:[A-Z][\w-]*\s+)?(?:(?:[Cc]ross|CROSS)-\s?|(?:[Cc]ounter|COUNTER)-?)?"
    r"(?:[Mm]otions?|MOTIONS?|[Rr]equest|[Aa]pplication|MIL|[Dd]emurrers?|DEMURRERS?|"
    r"(?:Objections|OBJECTIONS)(?=\s+(?:to|TO)\s)|"
    # what a petitioner files or asks for: "the petition for a writ of habeas corpus", "a
    # certificate of appealability", "leave to appeal in forma pauperis" (no "Motion" in them)
    r"[Pp]etitions?|PETITIONS?|(?i:certificates?\s+of\s+appealability)|"
    r"(?i:leave\s+to\s+(?:appeal|proceed)(?=\s+(?:on\s+appeal\s+)?in\s+forma\s+pauperis)))\b"
)
_REST = r"(?:\b(?i:nos?|drs?|mr|ms|mrs|prof)\.\s*|[^.;:()\[\]]){0,200})"
MOTION = re.compile(rf"(?:{_PARTY})?{_NAME}{_REST}")
_NUMBERS = re.compile(r"\b(?i:nos?)\.?\s*(\d+(?:\s*(?:,|–|—|-|and|through|to)\s*\d+)*)")
# where a motion's name ends: its verb ("is GRANTED"), a docket cite, or the next decree of a
# sentence deciding two motions verb first ("GRANTS X's Motion … and DENIES Y's Motion …")
_NEXT_DECREE = (
    r",?\s+and\s+(?:[A-Z]{4,}\b|(?:grant|den[yi]|sustain|overrul|dismiss)\w*\b"
    # or the next motion: "Motion to Dismiss and Motion to Strike"
    r"|(?:(?:the|its|their|[A-Z][\w&-]*'s?)\s+)?(?:(?:[Cc]ross|CROSS)-\s?|(?:[Cc]ounter|COUNTER)-?)?"
    r"(?:[Mm]otion|MOTION|[Dd]emurrer|DEMURRER)s?\b)"
    # a list of decrees on commas: "… is GRANTED, the motion for … is DENIED AS MOOT, and …"
    r"|,\s+(?:the|its|their|[A-Z][\w&-]*'s?)\s+(?:(?:[Cc]ross|CROSS)-\s?)?(?:[Mm]otion|MOTION)s?\b"
)
_VERB_AFTER = re.compile(rf"\s+(?:is|are|was|were|be|as)\s|,?\s*\b(?:Dkt|ECF)\b|{_NEXT_DECREE}")
_EXPERT = re.compile(
    r"\b(?:Drs?|Mr|Ms|Mrs|Prof)\.\s+((?:[A-Z][\w'-]+)(?:,?\s+(?:and\s+)?[A-Z][\w'-]+)*)"
)
_KIND_WORDS = (
    ("in limine", "mil"),
    ("demurrer", "demurrer"),
    ("mil", "mil"),
    ("daubert", "exclude"),
    ("exclude", "exclude"),
    ("strike", "strike"),
    ("temporary restraining order", "tro"),
    ("preliminary injunction", "preliminary injunction"),
    ("summary judgment", "summary judgment"),
    ("default judgment", "default"),  # as a title in capitals is keyed ("… for Default …")
    ("dismiss", "dismiss"),
    ("transfer", "transfer"),
    ("class certification", "class certification"),
    ("certify", "class certification"),
    ("compel", "compel"),
    # orders that appoint or approve rather than grant: "Motion … for Appointment as Lead
    # Plaintiff" and "Motion to Appoint Counsel" are one kind, as are "Approval" and "Approve"
    ("appoint(?:ment)?", "appoint"),
    ("approv(?:e|al)", "approve"),
    ("sanctions", "sanctions"),
    ("reconsideration", "reconsideration"),
    ("leave to amend", "leave to amend"),
    ("relief from (?:the )?(?:automatic )?stay", "stay relief"),
    ("stay", "stay"),
    ("seal", "seal"),
    ("judicial notice", "judicial notice"),
    ("habeas corpus", "habeas"),
    ("mandamus", "mandamus"),
    ("appealability", "appealability"),
    ("in forma pauperis", "in forma pauperis"),
    ("inter partes review", "inter partes review"),
    ("detention", "detention"),  # "Motion for Pretrial Detention" (thirty-eighth pass)
)

_KINDS = sorted({kind for _, kind in _KIND_WORDS}, key=len, reverse=True)


@dataclass(frozen=True)
class MotionRef:
    """A motion named in a sentence, with its normalised key ("finjan mil 1")."""

    text: str
    key: str
    movant: str
    start: int
    detail: str = ""  # the key without the party: "mil 1", "exclude layne-farrar"

    @property
    def generic(self) -> bool:
        """Names no kind of motion ("the motion", "Cisco's motion as to …")."""
        return not self.detail or self.detail.split()[0] == "motion"

    @property
    def specific(self) -> bool:
        """Names one motion among several: by number or by expert."""
        if self.generic:
            return False
        kind = next((k for k in _KINDS if self.detail == k or self.detail.startswith(f"{k} ")), "")
        return len(self.detail) > len(kind or self.detail.split()[0])


def find_motions(sentence: str) -> list[MotionRef]:
    """The motions ``sentence`` names, in order; "Nos. 1–3" names three."""
    text = fold(sentence)
    found: list[MotionRef] = []
    at = 0
    while (match := MOTION.search(text, at)) is not None:
        party = _trim_party(match.group("party") or "")
        # a docket cite ends the name ("…, ECF No. 12, and … Defendants' Cross-Motion …"): its
        # number is no motion number, and the search goes on after it for the next motion; so
        # does the next decree ("… and DENIES Plaintiff's Motion …")
        name = _DOCKET.split(match.group("name"), maxsplit=1)[0]
        at = match.start("name") + max(len(name), 1)
        name = name.strip()
        if _DISCOVERY_REQUEST.match(name):
            continue  # "Request for Production No. 4: GRANTED" is a part of a motion to compel
        # the kind is in the title, not in what the sentence goes on to say ("… is DENIED
        # without prejudice to renewal at summary judgment")
        kind = motion_kind(_VERB_AFTER.split(name, maxsplit=1)[0])
        if kind == "motion":
            kind = motion_kind(name)
        numbers = _numbers(name)
        expert = _expert(name)
        start = (
            match.start("party") + (match.group("party") or "").rfind(party)
            if party
            else match.start("name")
        )
        label = _VERB_AFTER.split(text[start : match.end()], maxsplit=1)[0].strip(" ,")
        if not party and (filer := _FILED_BY.search(name)) is not None:
            party = _trim_party(filer.group(1))  # "[24] Motion to Dismiss filed by Kestrel"
        for number in numbers or [""]:
            detail = " ".join(x for x in (kind, number, expert) if x)
            key = " ".join(x for x in (_party_key(party), detail) if x)
            found.append(MotionRef(label, key, party, start, detail))
    return found


_DISCOVERY_REQUEST = re.compile(
    r"(?:\S+\s+)?(?i:requests?\s+for\s+(?:the\s+)?(?:production|admissions?|documents|inspection))\b"
)
# the movant named after the motion: a docket entry's "[24] MOTION to Dismiss filed by Kestrel
# Automation, LLC", a state court's "the cross motion of defendant Voltline Electric, Inc."
_FILED_BY = re.compile(
    r"(?:\bfiled\s+by|^(?:\S+\s+)?(?:[Mm]otions?|MOTIONS?)\s+(?:of|by|OF|BY))\s+(?:the\s+)?"
    r"(?:(?:defendants?|plaintiffs?|respondents?|petitioners?)\s+)?"
    r"([A-Z][\w&'-]*(?:\s+(?:[A-Z][\w&'-]*|of|and)){0,4}?)"
    r"(?=,|\s+(?:and|on|in|to|for|as|is|are|was)\b|\s*\(|\s*$)"
)
_DOCKET = re.compile(rf",?\s*\(?\b(?:Dkt|ECF|Doc)\b\.?(?:\s+No\b\.?)?|{_NEXT_DECREE}")


# A titled motion of a kind not listed above is keyed by the first word of its title after
# "for" / "to": "Motion to Extend …" = "extend", "Request for Judicial Notice" = "judicial" (a
# motion for leave to do anything else is "leave", see motion_kind). Only a title in capitals
# counts, so that "the motion for the reasons …" names no kind.
_TITLED_KIND = re.compile(
    # up to two words before it, a possessive among them: "PLAINTIFFS' MOTION TO REMAND",
    # "DEFENDANTS' VERIFIED MOTION TO VACATE"
    r"^(?:[A-Z][\w'’-]*\s+){0,2}(?:(?:Cross|CROSS)-\s?)?(?:(?:Counter|COUNTER)-?[Mm]otions?|Motions?|MOTIONS?|Requests?|REQUESTS?|Applications?|Petitions?|PETITIONS?)\s+"
    r"(?:for|to|FOR|TO)\s+(?:(?:Leave|LEAVE)\s+(?:to|TO)\s+(?:File|FILE)\s+)?"
    r"(?:(?:an?|the|A|AN|THE)\s+)?([A-Z][\w-]+)"
)


def motion_kind(name: str) -> str:
    """The kind of motion a name says ("mil", "exclude", "tro", …), "motion" when unknown."""
    lowered = name.lower()
    if re.match(r"(?:[\w-]+\s+)?objections\s+to\b", lowered):  # a party's filed objections
        return "objections"
    # the kind the title names first: "Motion to Stay Discovery Pending Ruling on Motion to
    # Dismiss" is a motion to stay (the list's order breaks a tie: "leave to amend" first)
    found = [
        (hit.start(), rank, kind)
        for rank, (words, kind) in enumerate(_KIND_WORDS)
        if (hit := re.search(rf"\b{words}\b", lowered)) is not None
    ]
    if found:
        return min(found)[2]
    # a motion for leave to do what no kind above names ("for leave to serve the Affidavit of
    # Merit out of time", "for Leave to File First Amended Complaint"), in any case
    if _LEAVE.search(lowered):
        return "leave"
    titled = _TITLED_KIND.match(name) or _TO_VERB.match(name)
    return titled.group(1).lower() if titled else "motion"


_LEAVE = re.compile(r"\bfor\s+leave\s+to\b")
# in lower case, a motion "to" a verb names its kind too ("the respondent's motion to reopen
# and rescind …" = "reopen"), not "the motion to the extent …" or "a motion to be heard"
_TO_VERB = re.compile(
    r"^(?:[\w'’-]+\s+)?(?:cross-\s?)?motions?\s+to\s+"
    r"(?!(?:the|a|an|this|that|these|those|its|his|her|their|our|my|be|which|whom|extent|"
    r"date|court|judge|no|any|all|each|other)\b)([a-z][a-z-]{2,})\b"
)


def _numbers(name: str) -> list[str]:
    match = _NUMBERS.search(name)
    if match is None:
        return []
    parts = re.split(r"\s*(,|and)\s*", match.group(1))
    numbers: list[str] = []
    for part in parts:
        if part in (",", "and", ""):
            continue
        span = re.split(r"\s*(?:–|—|-|through|to)\s*", part)
        if len(span) == 2 and span[0].isdigit() and span[1].isdigit():
            low, high = int(span[0]), int(span[1])
            numbers += [str(n) for n in range(low, min(high, low + 30) + 1)]
        elif part.strip().isdigit():
            numbers.append(part.strip())
    return numbers


def _expert(name: str) -> str:
    match = _EXPERT.search(name)
    if match is None:
        return ""
    first = re.split(r",\s*(?:and\s+)?|\s+and\s+", match.group(1))[0]
    surname = first.split()[-1].lower()
    return re.sub(r"(?:'s|')$", "", surname)


def _party_key(party: str) -> str:
    words = [w for w in re.findall(r"[\w&-]+", party.lower()) if w not in ("the", "of", "and")]
    return words[0] if words else ""


_NOT_PARTY_TEXT = """
the this a an its their his her court accordingly thus therefore and of grants denies
defers deny grant terminates reserves in part
"""
_NOT_PARTY = frozenset(_NOT_PARTY_TEXT.split())


# a title's words in capitals before the movant ("ORDER GRANTING"), not the movant's own
# ("PLAINTIFF'S MOTION …", "KESTREL'S MOTION …")
_HEADING_WORD = re.compile(
    r"^\(?(?:[A-Z]+ING|ORDERS?|OPINION|MEMORANDUM|RULING|DECISION|JUDGMENT|REPORT|"
    r"RECOMMENDATION|ON|RE|THE|AS|MOOT|IN|PART|WITH|WITHOUT|PREJUDICE|TO|FOR|\d+)\W*$"
)


def _trim_party(raw: str) -> str:
    """The party words right before "'s": "the Court DEFERS Cisco" → "Cisco"."""
    words = raw.split()
    kept: list[str] = []
    for word in reversed(words):
        if word.lower().strip(",") in _NOT_PARTY or _HEADING_WORD.match(word):
            break
        kept.insert(0, word)
    return " ".join(kept).strip(", ")
