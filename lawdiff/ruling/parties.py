"""Who is the movant and who the respondent, by every name an order may use for them.

The names come from the filings: the motion's filing party is the movant, the opposition's the
respondent, and the case caption ("Parler LLC v. Amazon Web Services, Inc.") gives the other
side's full name. Each name yields its short forms ("Parler", "Amazon Web Services", "AWS"),
a defined term the briefs or the order introduce ('Amazon Web Services, Inc. ("AWS")'), and the
role words ("Plaintiff", "Defendants", "Penggugat").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from lawdiff.core.rulings import Side

_ROLE_WORDS: dict[str, tuple[str, ...]] = {
    "plaintiff": ("plaintiff", "plaintiffs", "penggugat", "petitioner", "petitioners"),
    "defendant": ("defendant", "defendants", "tergugat"),
}
# the plaintiff's pleading speaks for the plaintiff: what it fails to allege is the plaintiff's
# failure; a "Petition" is the first pleading in several state courts (Iowa, Oklahoma, Texas,
# Missouri: "The Petition alleges three storms …"), filed by the plaintiff or the petitioner
_PLEADINGS = (
    "complaint",
    "amended complaint",
    "first amended complaint",
    "second amended complaint",
    "fac",
    "sac",
    "pleading",
    "gugatan",
    "petition",
    "amended petition",
    "first amended petition",
    "second amended petition",
)
_BOTH = ("neither side", "neither party", "both sides", "both parties", "kedua pihak")
_ALWAYS: dict[Side, tuple[str, ...]] = {
    Side.MOVANT: ("movant", "movants", "moving party", "moving parties", "pemohon"),
    Side.RESPONDENT: ("non-movant", "nonmovant", "non-moving party", "opposing party", "termohon"),
}
_ROLE_PREFIX = re.compile(
    r"^(?:(?:the\s+)?(?:plaintiffs?|defendants?|counter-?\w+|third-party\s+\w+|petitioners?|"
    r"respondents?|movants?|claimants?|applicants?|appellants?|appellees?|complainants?|"
    r"penggugat|tergugat)\s+)+",
    re.IGNORECASE,
)
# a court's name read into a caption: "Superior Court of California, County of Alameda Marisa …"
_COURT_PREFIX = re.compile(
    r"^(?i:(?:superior|district|circuit|supreme|municipal)\s+court\b[^,]*,\s*(?:county|"
    r"district|parish)\s+of)\s+[A-Z][a-z]+\s+(?=[A-Z])",
)
# the court's lines read into a caption in front of the party: "In the Court of Common Pleas
# Montgomery County, Ohio Buckeye Mutual …", "Supreme Court of the State of New York County of
# Kings Teodoro …" (a state after the county's comma is one word, or two with a compass or
# "New" in front)
_COURT_LINES = re.compile(
    r"^(?i:.*?\bcourt\b.*?\b(?:county|parish|district|division))"
    r"(?:\s+of\s+(?:(?:New|North|South|West|East|Rhode|San|Santa|Los|St\.)\s+)?[A-Z][a-z]+)?"
    r"(?:,\s*(?:(?:New|North|South|West|East|Rhode)\s+)?[A-Z][a-z]+)?"
    r"(?:\s+(?i:branch)\s+\d+)?\s+(?=[A-Z])"  # "… Dane County Branch 9 Lakeshore …"
)
# a docket number read into a caption: "Civil Action No. 1:25-cv-00932-HLW-KAS Gretchen Brandt"
# ... or after the court's lines: "Commonwealth of Massachusetts Suffolk, ss. Civil Action No.
# 2584cv01422 Denise Marchetti"
# ... or a Wisconsin caption's classification code: "Case Code: 30301 Ferrante Packaging …"
_DOCKET = re.compile(
    r"^(?:.*?\s)?(?i:(?:civil\s+)?(?:action|case|index|docket)\s+(?:no\.?|number|code)\s*:?)"
    r"\s*\S+\s+"
)
_SUFFIX = re.compile(
    r",?\s+(?:inc|llc|l\.l\.c|ltd|corp|corporation|co|company|lp|llp|plc|n\.a|s\.a|gmbh|pt|tbk|"
    # European company forms: "NORDVIK FERJESELSKAP AS" is Nordvik, never "as"
    r"as|asa|ab|ag|sa|nv|n\.v|bv|b\.v|d\.d|d\.o\.o|s\.p\.a|spa|srl|s\.r\.l|sarl|oy|kg)"
    r"\.?$",
    re.IGNORECASE,
)
_STOP = frozenset({"the", "of", "and", "a", "an", "for", "on", "in", "&"})
# English words a two-word name's initials can spell: no short name of a party
_WORD = re.compile(
    r"(?:am|an|as|at|be|by|co|do|go|he|if|in|is|it|me|my|no|of|on|or|so|to|up|us|we)"
)
_DEFINED = re.compile(
    r"\(\s*(?:collectively,?\s+)?(?:the\s+)?[\"“']([A-Z][\w&.\-’']{1,30})[\"”']\s*\)"
)


@dataclass(frozen=True)
class PartyNames:
    """Lowercase names of each side, longest first, and a pattern finding any of them."""

    names: dict[str, Side]
    pattern: re.Pattern[str] | None
    experts: frozenset[str] = frozenset()  # names of witnesses, not of parties

    @property
    def party_words(self) -> dict[str, Side]:
        """The names of the parties themselves (not their experts): words that say nothing
        about which argument a sentence is about."""
        return {n: s for n, s in self.names.items() if n not in self.experts}

    def mentions(self, text: str) -> list[tuple[int, int, Side]]:
        """Every mention of a party in ``text``: (start, end, side), in order."""
        if self.pattern is None:
            return []
        return [(m.start(), m.end(), self._side(m.group(0))) for m in self.pattern.finditer(text)]

    def _side(self, found: str) -> Side:
        """The side of a name as the pattern found it: the pattern lets any run of spaces or
        line breaks stand between a name's words ("Re:  Hensley Landscape"), so the name is
        looked up by its words."""
        side = self.names.get(found.lower())
        if side is not None:
            return side
        words = found.lower().split()
        return next(s for name, s in self.names.items() if name.split() == words)


def party_names(
    movant: str,
    respondent: str,
    caption: str = "",
    texts: Iterable[str] = (),
    marked: Mapping[str, Side] | None = None,
) -> PartyNames:
    """The names an order may use for the movant and the respondent.

    Args:
        movant: the motion's filing party ("Plaintiff Parler LLC").
        respondent: the opposition's filing party, "" when unknown (the caption's other side).
        caption: the case caption ("Parler LLC v. Amazon Web Services, Inc.").
        texts: texts that may define short names ('Amazon Web Services, Inc. ("AWS")').
        marked: the words of each side's caption mark ("respondent", "appellee", "debtor"),
            see :func:`marked_sides`.
    """
    texts = list(texts)
    # a case imported before ingest read "Opposition to Plaintiff's Motion" as the defendant's
    if _same_role(movant, respondent):
        respondent = ""
    sides = _caption_sides(caption)
    if not all(_core(side) for side in sides):  # no caption read: the order's own "A v. B"
        sides = next(filter(all, (_caption_sides(line) for line in _short_lines(texts))), sides)
    movant, respondent = _named(movant, sides, texts), _named(respondent, sides, texts)
    respondent = respondent or _other_side(movant, sides)
    if not respondent and movant:  # "" beside a named party: the other role's name, if given
        other = "defendant" if movant.lower().startswith(_ROLE_WORDS["plaintiff"]) else "plaintiff"
        respondent = _named(other.title(), sides, texts)
    if not movant and respondent:
        other = (
            "defendant" if respondent.lower().startswith(_ROLE_WORDS["plaintiff"]) else "plaintiff"
        )
        movant = _named(other.title(), sides, texts)
    names: dict[str, Side] = {}
    for side, party in ((Side.MOVANT, movant), (Side.RESPONDENT, respondent)):
        for name in _forms(party, texts):
            names.setdefault(name, side)
        roles = _role_words(party, sides, movant if side is Side.RESPONDENT else respondent)
        for word in roles:
            names.setdefault(word, side)
        if roles == _ROLE_WORDS["plaintiff"]:  # "the Complaint does not allege …"
            for word in _PLEADINGS:
                names.setdefault(word, side)
    for word, side in (marked or {}).items():
        names.setdefault(word, side)
    for word, side in _introduced_by_role(texts, names).items():
        names.setdefault(word, side)
    for side, words in _ALWAYS.items():
        for word in words:
            names.setdefault(word, side)
    for word in _BOTH:  # "Neither side has shown …": a finding against both
        names.setdefault(word, Side.MIXED)
    return PartyNames(names, _pattern(names))


# words that show a caption side holds more than a party's name (a title or a judge read into a
# two-column caption: "Order Granting in Part and … Stillwater Labs, Inc.")
_NOT_A_PARTY = re.compile(
    r"\b(?:order|granting|denying|motion|judge|court|action\s+no|index\s+no|term|honorable|"
    r"hon\.)(?!\w)",
    re.IGNORECASE,
)


def _same_role(movant: str, respondent: str) -> bool:
    """Whether both filing parties are the same role word with no name of their own or the
    same name: the opposition's party read from the movant's name in its title."""
    if not movant or not respondent:
        return False
    roles = [
        next((r for r, words in _ROLE_WORDS.items() if p.lower().startswith(words)), "")
        for p in (movant, respondent)
    ]
    same_name = _core(movant).lower() == _core(respondent).lower()
    return bool(roles[0]) and roles[0] == roles[1] and same_name


# a caption set on lines of its own: "ANTOINE BABINEAUX / VERSUS / GULFWAY HOME CENTERS, INC.",
# perhaps beside a right column ("CIVIL ACTION", "NO. 26-1187") after a wide gap
_VERSUS_LINE = re.compile(r"^(?i:versus|vs?\.?|-?\s*against\s*-?)$")
_COLUMN_GAP = re.compile(r"\s{3,}")


def reads_as_caption(caption: str) -> bool:
    """Whether both sides of ``caption`` read as names."""
    return all(_core(side) for side in _caption_sides(caption))


def caption_in(texts: Iterable[str]) -> str:
    """The case caption a filing sets on lines of its own ("A / VERSUS / B", the left column
    of a two-column caption) as "A v. B", or "" when none of ``texts`` has one: for an order
    whose caption was not read."""
    for text in texts:
        lines = [_COLUMN_GAP.split(line.strip())[0] for line in text.splitlines() if line.strip()]
        for index in range(1, len(lines) - 1):
            if not _VERSUS_LINE.match(lines[index]):
                continue
            left, right = lines[index - 1].strip(" ,"), lines[index + 1].strip(" ,")
            if _core(left) and _core(right) and not _NOT_A_PARTY.search(f"{left} {right}"):
                return f"{left} v. {right}"
    return ""


# the movant a brief's title names: "MEMORANDUM IN SUPPORT OF OWYHEE RANGELAND GRAZING
# ASSOCIATION'S MOTION TO INTERVENE"
_TITLE_MOVANT = re.compile(
    r"(?:\b(?i:of|by)\s+|^)(?:(?i:the)\s+)?((?:[A-Z][\w&.,-]*\s+){0,6}?[A-Z][\w&.,-]*)['’](?i:s)?"
    r"\s+(?:[\w-]+\s+){0,3}?(?i:motion|cross-motion)\b"
)


_BRIEF_OF = re.compile(r"\b(?i:in\s+support\s+of|memorandum\s+of(?:\s+law)?|brief\s+of)\s+")


def title_movant(title: str) -> str:
    """The party a motion's title names as its movant ("Owyhee Rangeland Grazing Association's
    Motion to Intervene"), "" when it names none or only a role ("Plaintiff's Motion")."""
    found = _TITLE_MOVANT.search(title)
    if found is None:
        return ""
    name = _BRIEF_OF.split(found.group(1))[-1].strip(" ,")
    own = _ROLE_PREFIX.sub("", f"{name} ").strip()  # "PLAINTIFF" is a role, not a name
    return name if own and _core(name) and not _NOT_A_PARTY.search(name) else ""


def case_caption(captions: Sequence[str], filers: Sequence[str]) -> str:
    """The case's caption: the first of ``captions`` whose two sides read as parties' names;
    else one made of the filing parties' names ("Plaintiff Marisol Delacroix" and "Defendant
    Stillwater Labs, Inc." give "Marisol Delacroix v. Stillwater Labs, Inc."); else the first
    caption there is."""
    for caption in captions:
        sides = _caption_sides(caption)
        if all(_core(side) for side in sides) and not _NOT_A_PARTY.search(" ".join(sides)):
            return caption
    named = [(f.lower(), _core(f)) for f in filers if _core(f)]
    plaintiff = next((c for f, c in named if f.startswith(_ROLE_WORDS["plaintiff"])), "")
    defendant = next((c for f, c in named if f.startswith(_ROLE_WORDS["defendant"])), "")
    if plaintiff and defendant:
        return f"{plaintiff} v. {defendant}"
    return next((c for c in captions if c), "")


def _short_lines(texts: Sequence[str]) -> list[str]:
    """Lines short enough to be a case name ("Harrowgate Marine Outfitters, LLC v. Northbeam
    Mut. Ins. Co."), in order."""
    return [
        line.strip()
        for text in texts[:12]
        for line in text.splitlines()
        if 8 <= len(line.strip()) <= 160 and re.search(r"\sv\.?\s", line)
    ]


def _named(party: str, sides: tuple[str, str], texts: Sequence[str] = ()) -> str:
    """A filing party named only by its role ("Defendants", "Plaintiff-Appellant") gets the
    caption's name for that side, else the name the order introduces with that role
    ("Defendant-Appellee Northbeam Mutual Insurance Company")."""
    if not party or _ROLE_PREFIX.sub("", f"{party.strip()} ").strip():
        return party  # named already ("Defendant Stillwater Labs, Inc.")
    lowered = party.lower()
    for index, role in enumerate(("plaintiff", "defendant")):
        if not lowered.startswith(_ROLE_WORDS[role]):
            continue
        if all(sides):
            return f"{party} {sides[index]}"
        introduced = " ".join(_introduced(role, texts).split())
        return f"{party} {introduced}" if introduced else party
    return party


# 'Defendants Bellmore Tower Owner LLC (Bellmore) and … Voltline Electric, Inc. (Voltline)':
# a role word, then names each followed by its short name in parentheses (quoted or not)
_ROLE_INTRO = re.compile(r"\b((?i:plaintiffs?|defendants?))\b(?=[^;]{0,300}\()")
_CLAUSE_END = re.compile(  # a sentence's end, not a company form's period ("Corp. (X)")
    r";|(?<!\bInc)(?<!\bCorp)(?<!\bCo)(?<!\bLtd)(?<!\bNo)(?<!\bL\.P)(?<!\bN\.A)\.\s"
)
_SHORT_NAME = re.compile(r"\((?:the\s+)?[\"“']?([A-Z][\w&'’-]{2,})[\"”']?\)")


def _introduced_by_role(texts: Sequence[str], names: dict[str, Side]) -> dict[str, Side]:
    """Short names the order defines after a role word ("Defendant Voltline Electric, Inc.
    (Voltline)"), each on the side that role word already stands for: co-parties the filings
    do not name (several defendants, one of whom cross-moves)."""
    out: dict[str, Side] = {}
    for text in texts:
        for role in _ROLE_INTRO.finditer(text):
            side = names.get(role.group(1).lower())
            if side not in (Side.MOVANT, Side.RESPONDENT):
                continue
            clause = _CLAUSE_END.split(text[role.end() : role.end() + 300], maxsplit=1)[0]
            for short in _SHORT_NAME.finditer(clause):
                word = short.group(1).lower()
                if word not in names and word not in _STOP:
                    out.setdefault(word, side)
    return out


def _introduced(role: str, texts: Sequence[str]) -> str:
    """The first name the texts introduce with a role word ("plaintiff Harborview Bagel
    Company, Inc.", "Defendant-Appellee Northbeam Mutual Insurance Company")."""
    pattern = re.compile(
        rf"\b(?i:{role}s?)(?:-(?i:appellants?|appellees?|petitioners?|respondents?))?\s+"
        r"((?:[A-Z][\w&'.-]*,?\s+){0,5}[A-Z][\w&'.-]*)"
    )
    for text in texts:
        for match in pattern.finditer(text):
            name = _SUFFIX.sub("", match.group(1).strip(" ,"))
            if _core(name) and not _NOT_A_PARTY.search(name):
                return match.group(1).strip(" ,")
    return ""


def _pattern(names: dict[str, Side]) -> re.Pattern[str] | None:
    if not names:
        return None
    ordered = sorted(names, key=len, reverse=True)
    alternatives = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in ordered)
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


# New York's caption style: "BELLWEATHER PRESS LLC, Plaintiff, -against- QUILLON …", ruled off
# with "-----X" lines
# a ruled caption's line ("-----X") and its "-against-" or "- against -" between the sides
_CAPTION_RULE = re.compile(
    r"-{3,}\s*X\b|(?<![\w-])(?:-\s?)?against(?:\s?-)?(?![\w-])", re.IGNORECASE
)


def _caption_sides(caption: str) -> tuple[str, str]:
    caption = _CAPTION_RULE.sub(" v. ", caption) if "against" in caption.lower() else caption
    caption = re.sub(r"^\W*v\.\s+|-{3,}\s*X\b", " ", caption).strip()
    parts = re.split(
        r"\s+(?:v(?:s)?\.?\s+)+|\s+melawan\s+", caption, maxsplit=1, flags=re.IGNORECASE
    )
    return (parts[0].strip(), parts[1].strip()) if len(parts) == 2 else ("", "")


def _other_side(party: str, sides: tuple[str, str]) -> str:
    left, right = sides
    core = _core(party).lower()
    if not core or not left:
        return ""
    if core in left.lower() or _core(left).lower() in party.lower():
        return right
    if core in right.lower() or _core(right).lower() in party.lower():
        return left
    return ""


def _core(name: str) -> str:
    """``name`` without role words in front and a company suffix behind."""
    name = re.sub(r"\s+", " ", _CAPTION_RULE.sub(" ", name)).strip().strip(",")
    name = _COURT_PREFIX.sub("", _ROLE_PREFIX.sub("", name))
    name = _COURT_LINES.sub("", name)
    name = _DOCKET.sub("", name).strip()
    name = re.sub(r"^(?i:PT|CV)\.?\s+(?=\S)", "", name)  # Indonesian company forms
    name = re.split(r",\s+(?:et al|a\s|an\s)", name)[0]
    while True:
        shorter = _SUFFIX.sub("", name).strip().strip(",")
        if shorter == name:
            return name
        name = shorter


def _forms(party: str, texts: Iterable[str]) -> list[str]:
    """Full, core, first-word and acronym forms of a party's names, and its defined terms."""
    forms: list[str] = []
    for name in re.split(r"\s+and\s+|;\s*", _CAPTION_RULE.sub(" ", party)):
        name = re.sub(r"\s+", " ", name)
        core = _core(name)
        if not core:
            continue
        words = [w for w in re.findall(r"[\w&'’.-]+", core) if w.lower() not in _STOP]
        forms += [name.strip().lower(), core.lower()]
        if words and len(words[0]) >= 3:
            forms.append(words[0].lower())
        acronym = "".join(w[0] for w in words).lower()
        if len(words) >= 2 and not _WORD.fullmatch(acronym):  # "Shane Ostby" is never "so"
            forms.append(acronym)
        if 2 <= len(words) <= 3 and _looks_like_a_person(name, core):
            forms.append(words[-1].lower())  # "Marisa Quill" is "Quill" in the order
            forms.append(f"{words[-1].lower()}s")  # a family: "the Szabos are correct"
        forms += _defined_terms(core, texts)
    return [f for f in dict.fromkeys(forms) if len(f) >= 2 and not _NOT_A_PARTY.fullmatch(f)]


def _looks_like_a_person(name: str, core: str) -> bool:
    """A name with no company suffix, made of capitalised words only ("Marisa Quill")."""
    bare = re.split(r",\s+(?:et al|a\s|an\s)", name.strip().strip(","))[0].strip()
    return _SUFFIX.search(bare) is None and all(
        w[:1].isupper() and w.isalpha() for w in core.split()
    )


def _defined_terms(core: str, texts: Iterable[str]) -> list[str]:
    """Short names defined right after the party's name: 'Amazon Web Services ("AWS")'."""
    found: list[str] = []
    head = re.escape(core.split()[0]) if core.split() else ""
    if not head:
        return found
    near = re.compile(rf"\b{head}\b[^()\n]{{0,60}}?\s*" + _DEFINED.pattern, re.IGNORECASE)
    for text in texts:
        found += [m.group(1).lower() for m in near.finditer(text)]
    return found


def _role_words(party: str, sides: tuple[str, str], other: str) -> Sequence[str]:
    """ "Plaintiff" words for the plaintiff's side, "Defendant" words for the defendant's."""
    lowered = party.lower()
    for role, words in _ROLE_WORDS.items():
        if lowered.startswith((role, words[2])):
            return words
    left, right = sides
    if left and _core(left).lower() and _core(left).lower() in lowered:
        return _ROLE_WORDS["plaintiff"]
    if right and _core(right).lower() and _core(right).lower() in lowered:
        return _ROLE_WORDS["defendant"]
    other_words = _role_words(other, sides, "") if other else ()
    if other_words == _ROLE_WORDS["plaintiff"]:
        return _ROLE_WORDS["defendant"]
    if other_words == _ROLE_WORDS["defendant"]:
        return _ROLE_WORDS["plaintiff"]
    return ()


def canonical_party(name: str, caption: str) -> str:
    """One lowercase word for a party, the same whatever the order calls it.

    "Plaintiff", "Plaintiff Chirrup, Inc." and "Chirrup" are all "chirrup" in a case captioned
    "Chirrup, Inc. v. Stratus Web Services, LLC".
    """
    left, right = (_first_word(side) for side in _caption_sides(caption))
    own = _first_word(name)
    lowered = name.lower().strip()
    if own and own in (left, right):
        return own
    if any(lowered.startswith(w) for w in _ROLE_WORDS["plaintiff"]) and left:
        return left
    if any(lowered.startswith(w) for w in _ROLE_WORDS["defendant"]) and right:
        return right
    return own


def _first_word(name: str) -> str:
    words = [w for w in re.findall(r"[\w&-]+", _core(name).lower()) if w not in _STOP]
    return words[0] if words else ""


# "Dr. Anne Layne-Farrar's", "Mr. Hartstein lacks": a surname before "'s", a lowercase word or
# punctuation (a title-case heading's "Dr. Becker Has Established" names no one safely)
_EXPERT_NAME = re.compile(
    r"\b(?:Drs?|Mr|Ms|Mrs|Prof)\.\s+(?:[A-Z][\w-]+\s+)?([A-Z][\w-]+)"
    r"(?:['’]s\b|(?=\s+[a-z])|(?=[,.;:)])|$)"
)


def with_experts(parties: PartyNames, texts: Iterable[str]) -> PartyNames:
    """``parties`` with the experts a motion to exclude names ("Dr. Becker") on the
    respondent's side: the movant asks to exclude the other side's experts, so what the court
    says of Dr. Becker ("Dr. Becker has established proper foundation") it says of the party
    offering him."""
    names = dict(parties.names)
    experts = set(parties.experts)
    for text in texts:
        for match in _EXPERT_NAME.finditer(text):
            surname = match.group(1).lower()
            if len(surname) >= 3 and surname not in names:
                names[surname] = Side.RESPONDENT
                experts.add(surname)
    if len(names) == len(parties.names):
        return parties
    return PartyNames(names, _pattern(names), frozenset(experts))


def with_stand_ins(parties: PartyNames, extra: Mapping[str, Side]) -> PartyNames:
    """``parties`` with names of people who speak for a side but are not a party (counsel:
    "Ms Petherick submits …"); like experts, they are no party words. A name ``parties`` has
    already keeps its side."""
    names = {**parties.names, **{n: s for n, s in extra.items() if n not in parties.names}}
    if len(names) == len(parties.names):
        return parties
    added = frozenset(names) - frozenset(parties.names)
    return PartyNames(names, _pattern(names), parties.experts | added)


# A caption's party mark on a line of its own under the party's name ("Petitioner,",
# "Plaintiff-Appellant,", "Movant,", "Debtor.", "Respondents."), in the left column of a
# ")"-ruled or two-column caption: the style of habeas, mandamus, appellate and bankruptcy
# captions, whose filings name their filer by that mark alone ("PETITION FOR A WRIT …",
# "BRIEF OF DEFENDANT-APPELLEE", "DEBTOR'S RESPONSE").
_MARK = (
    r"(?:plaintiffs?|defendants?|petitioners?|respondents?|appellants?|appellees?|movants?|"
    r"debtors?|co-debtors?|claimants?|intervenors?|objectors?|applicants?|complainants?)"
)
# two marks of one party: "Plaintiff-Appellant", or Montana's "Plaintiff and Appellant"
_TWO_MARKS = rf"{_MARK}(?:\s*-\s*{_MARK}|\s+and\s+{_MARK})?"
_MARK_JOIN = re.compile(r"\s*-\s*|\s+and\s+", re.IGNORECASE)
_MARK_LINE = re.compile(rf"^({_TWO_MARKS})\s*[.,;]?$", re.IGNORECASE)
_MARK_PAIRS = (("petitioner", "respondent"), ("appellant", "appellee"), ("movant", "respondent"))
# an officer sued in an official capacity: "MARISOL DUNBAR, Warden" is "the Warden" in the order
_OFFICE = re.compile(
    r",\s*((?i:warden|superintendent|sheriff|secretary|commissioner|director|trustee))\b"
)
_IN_RE = re.compile(r"^(?i:in\s+re:?|in\s+the\s+matter\s+of:?)\s+")
_NAME_LINE = re.compile(r"[A-Z][\w&'’.-]+,?\s+[A-Z&][\w&'’.-]*")


@dataclass(frozen=True)
class CaptionMark:
    """One party of a marked caption: its name and the words of its mark ("plaintiff",
    "appellant") and office ("warden")."""

    name: str
    words: tuple[str, ...]


def caption_marks(texts: Iterable[str]) -> list[CaptionMark]:
    """The parties a caption marks with their role, in order: on a line of their own under
    the name, or after it on the name's line ("PECAN HOLLOW BAKERY, LLC, Appellant")."""
    marks: list[CaptionMark] = []
    for text in texts:
        lines = [_left_column(line) for line in text.splitlines()]
        for index, line in enumerate(lines):
            found = _MARK_LINE.match(line)
            beside = _NAME_AND_MARK.match(line) if found is None else None
            if found is not None:
                name, mark = _marked_name(lines[max(0, index - 3) : index]), found.group(1)
            elif beside is not None and _reads_as_name(beside.group(1)):
                name, mark = beside.group(1), beside.group(2)
            else:
                continue
            if name:
                words = tuple(_MARK_JOIN.split(mark.lower()))
                office = _OFFICE.search(name)
                if office:
                    words += (office.group(1).lower(),)
                marks.append(CaptionMark(_clean_marked(name), words))
    return marks


# a caption line that gives the name and then the role: "WESTHEIMER CROSSING PARTNERS, LTD.,
# Appellee" (Texas appellate captions, centred, with no column to split)
_NAME_AND_MARK = re.compile(rf"^(.+?),\s+({_TWO_MARKS})\s*[.,;]?$", re.IGNORECASE)
_NAME_CONNECTORS = frozenset({"of", "and", "the", "for", "de", "del", "la", "et", "al.", "al", "&"})


def _reads_as_name(text: str) -> bool:
    """Whether the part of a caption line before its role mark reads as a party's name: a few
    capitalised words (connectors aside), nothing a court or a title would say."""
    words = text.replace(",", " ").split()
    return (
        0 < len(words) <= 10
        and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _NAME_CONNECTORS for w in words)
        and _NAME_LINE.search(text) is not None
        and not _NOT_A_PARTY.search(text)
    )


def _left_column(line: str) -> str:
    left = _COLUMN_GAP.split(line.strip())[0]
    return left.split(")")[0].strip()


def _marked_name(above: Sequence[str]) -> str:
    """The party's name on the nearest line above its mark that reads as one."""
    for line in reversed(above):
        if _MARK_LINE.match(line) or _VERSUS_LINE.match(line):
            return ""
        if _NAME_LINE.search(line) and not _NOT_A_PARTY.search(line):
            return line
    return ""


def _clean_marked(name: str) -> str:
    name = _IN_RE.sub("", name.strip())
    name = re.split(r",?\s*\bet\s+al\b|,\s*(?:a\s|an\s)", name)[0]  # "CHIDI OKAFOR et al."
    name = _OFFICE.split(name)[0]
    name = re.split(r",\s*(?i:debtor|co-debtor)\b", name)[0]
    return name.strip(" ,;")


_FILER_TITLE = re.compile(
    rf"^(?:(?:the\s+)?({_MARK}(?:\s*-\s*{_MARK})?)\b|"
    rf".*\b(?:of|by|for)\s+(?:the\s+)?({_MARK}(?:\s*-\s*{_MARK})?)\b)",
    re.IGNORECASE,
)
_PETITION_TITLE = re.compile(r"^(?:brief\s+in\s+support\s+of\s+(?:the\s+)?)?petition\b", re.I)


def filer_mark(title: str) -> tuple[str, ...]:
    """The mark a brief's title gives its filer: "PETITION FOR A WRIT …" a petitioner's,
    "BRIEF AND ARGUMENT OF PLAINTIFF-APPELLANT" an appellant's, "DEBTOR'S RESPONSE" the
    debtor's, "RESPONDENT RIDGELINE DATA LLC'S RESPONSE" the respondent's; () for none."""
    title = " ".join(title.split())
    if _PETITION_TITLE.match(title):
        return ("petitioner",)
    found = _FILER_TITLE.match(title)
    if found is None:
        return ()
    return tuple(_MARK_JOIN.split((found.group(1) or found.group(2)).lower()))


_TITLE_FILER = re.compile(
    rf"^(?:(?i:the)\s+)?(?:(?i:{_MARK})\s+)?((?:[A-Z][\w&.,-]*\s+){{0,6}}?[A-Z][\w&.,-]*)['’](?i:s)?"
    r"\s+(?:[\w-]+\s+){0,3}?(?i:response|opposition|answer|brief|memorandum|motion|petition)\b"
)


_BRIEF_WORDS = re.compile(
    r"\b(?i:memorandum|brief|opposition|response|support|reply|answer|motion|points)\b"
)


def title_filer(title: str) -> str:
    """The name a brief's title gives its filer ("RESPONDENT RIDGELINE DATA LLC'S RESPONSE IN
    OPPOSITION …": "RIDGELINE DATA LLC"), "" when it names none or only a mark ("DEBTOR'S")."""
    found = _TITLE_FILER.match(" ".join(title.split()))
    if found is None:
        return ""
    name = found.group(1).strip(" ,")
    if _BRIEF_WORDS.search(name):  # "MEMORANDUM OF LAW IN OPPOSITION TO PLAINTIFF'S …"
        return ""
    bare = re.sub(rf"(?i:\b{_MARK}\b|\bthe\b|[\s-])", "", name)
    return name if bare and _core(name) and not _NOT_A_PARTY.search(name) else ""


def marked_sides(
    marks: Sequence[CaptionMark],
    movant_mark: Sequence[str],
    respondent_mark: Sequence[str],
) -> tuple[str, str, dict[str, Side]]:
    """The movant's and the respondent's names by their caption marks, and the words of their
    marks ("petitioner", "respondent", "appellee", "debtor", "warden") on their sides.

    Args:
        marks: the caption's marked parties (:func:`caption_marks`).
        movant_mark, respondent_mark: the mark words the briefs give their filers (the filing
            party's role word, or :func:`filer_mark` of the title); () when unknown.
    """

    def find(words: Sequence[str], not_name: str = "") -> CaptionMark | None:
        return next((m for m in marks if set(words) & set(m.words) and m.name != not_name), None)

    movant = find(movant_mark) or find(("movant",))
    respondent = find(respondent_mark, movant.name if movant else "")
    for first, second in _MARK_PAIRS:
        if respondent is None and movant is not None and first in movant.words:
            respondent = find((second,), movant.name)
        if movant is None and respondent is not None and second in respondent.words:
            movant = find((first,), respondent.name)
    if (movant is None) != (respondent is None):  # "Claimant, v. …, Defendant.": the other
        known = movant or respondent
        other = _other_marked(marks, known.name if known else "")
        movant, respondent = movant or other, respondent or other
    extra: dict[str, Side] = {}
    for side, mark in ((Side.MOVANT, movant), (Side.RESPONDENT, respondent)):
        if mark is None:
            continue
        for other in marks:
            if _core(other.name).lower() == _core(mark.name).lower():
                for word in other.words:
                    for form in _mark_forms(word):
                        extra.setdefault(form, side)
    return (movant.name if movant else "", respondent.name if respondent else "", extra)


def _other_marked(marks: Sequence[CaptionMark], name: str) -> CaptionMark | None:
    """The one other party a caption marks beside ``name``: a two-party caption's adversary
    whatever its mark ("THE STATE OF NEW YORK, Defendant" against a claimant); None when the
    caption marks more parties (a debtor, a movant and respondents)."""
    others = {
        _core(m.name).lower(): m for m in marks if _core(m.name).lower() != _core(name).lower()
    }
    return next(iter(others.values())) if len(others) == 1 else None


def _mark_forms(word: str) -> tuple[str, ...]:
    for role, words in _ROLE_WORDS.items():
        if word.rstrip("s") == role:
            return (*words, *(_PLEADINGS if role == "plaintiff" else ()))
    singular = word[:-1] if word.endswith("s") else word
    return (singular, f"{singular}s")


def office_words(captions: Iterable[str], movant: str, respondent: str) -> dict[str, Side]:
    """The office of a party sued in an official capacity ("MARISOL DUNBAR, Warden" in a
    caption: "the Warden is right that …") on that party's side."""
    out: dict[str, Side] = {}
    for caption in captions:
        for part in _caption_sides(caption):
            office = _OFFICE.search(part)
            if office is None:
                continue
            core = _core(_OFFICE.split(part)[0]).lower()
            for side, party in ((Side.MOVANT, movant), (Side.RESPONDENT, respondent)):
                if core and core in party.lower():
                    out.setdefault(office.group(1).lower(), side)
    return out
