"""Decree forms: the same disposition of a motion, written as other courts write it.

``lawdiff evaluate rulings --perturb`` rewrites the decretal sentences of each tuning order (the
gold evidence quotes of its one motion, and the sentence lawdiff itself read the disposition
from) into one form of :data:`DECREE_FORMS` at a time, the gold disposition unchanged, and
counts how many orders keep their disposition. The table lives here, in the evaluation code, so
that the detector (which reads ``resources/rulings.toml``) never sees it.

A form is a template per gold disposition (``None``: the form has no wording for it); the
placeholders are filled from the gold motion: ``{name}`` its name without a parenthesised
remark, ``{movant}`` its movant's name, ``{ecf}`` its docket number, ``{relief}`` what it asks
for ("for a preliminary injunction", "to compel discovery"), ``{act}`` the same as a verb
phrase ("issue a preliminary injunction", "compel discovery"). Standard library only.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class DecreeForm:
    """One way of writing a decree: a name and a template per disposition."""

    name: str
    templates: Mapping[str, str | None]
    # a gold field the form needs ("ecf"), or the motions it is for: "appeal", "dispositive"
    # (summary judgment, dismissal, judgment on the pleadings), "demurrer"
    needs: str = ""


def _form(name: str, needs: str = "", **templates: str | None) -> DecreeForm:
    return DecreeForm(name, templates, needs)


# granted / denied / granted_in_part / moot / withdrawn, each a sentence of its own
DECREE_FORMS: tuple[DecreeForm, ...] = (
    _form(
        "it-is-ordered",
        granted="IT IS ORDERED that {name} is GRANTED.",
        denied="IT IS ORDERED that {name} is DENIED.",
        granted_in_part="IT IS ORDERED that {name} is GRANTED IN PART and DENIED IN PART.",
        moot="IT IS ORDERED that {name} is DENIED AS MOOT.",
        withdrawn="IT IS ORDERED that {name} is deemed WITHDRAWN.",
    ),
    _form(
        "plain-lower",
        granted="The motion is granted.",
        denied="The motion is denied.",
        granted_in_part="The motion is granted in part and denied in part.",
        moot="The motion is denied as moot.",
        withdrawn="The motion is withdrawn.",
    ),
    _form(
        "terse",
        granted="Motion GRANTED.",
        denied="Motion DENIED.",
        granted_in_part="Motion GRANTED IN PART and DENIED IN PART.",
        moot="Motion DENIED AS MOOT.",
        withdrawn="Motion WITHDRAWN.",
    ),
    _form(
        "court-verb",
        granted="The Court GRANTS the motion.",
        denied="The Court DENIES the motion.",
        granted_in_part="The Court GRANTS IN PART and DENIES IN PART the motion.",
        moot="The Court DENIES the motion as moot.",
        withdrawn="The Court deems the motion withdrawn.",
    ),
    _form(
        "should-be-and-hereby-is",
        granted="{movant}'s motion should be, and hereby is, GRANTED.",
        denied="{movant}'s motion should be, and hereby is, DENIED.",
        granted_in_part="{movant}'s motion should be, and hereby is, GRANTED IN PART and "
        "DENIED IN PART.",
        moot="{movant}'s motion should be, and hereby is, DENIED AS MOOT.",
        withdrawn=None,
    ),
    _form(
        "sustained-overruled",
        granted="The motion is SUSTAINED.",
        denied="The motion is OVERRULED.",
        granted_in_part="The motion is SUSTAINED IN PART and OVERRULED IN PART.",
        moot="The motion is OVERRULED as moot.",
        withdrawn=None,
    ),
    _form(
        "check-box",
        granted="The motion is: [X] GRANTED [ ] DENIED [ ] GRANTED IN PART",
        denied="The motion is: [ ] GRANTED [X] DENIED [ ] GRANTED IN PART",
        granted_in_part="The motion is: [ ] GRANTED [ ] DENIED [X] GRANTED IN PART AND "
        "DENIED IN PART",
        moot="The motion is: [ ] GRANTED [ ] DENIED [X] MOOT",
        withdrawn="The motion is: [ ] GRANTED [ ] DENIED [X] WITHDRAWN",
    ),
    _form(
        "motion-fails",
        granted="Accordingly, {movant}'s motion succeeds, and the Court grants it.",
        denied="Accordingly, {movant}'s motion fails.",
        granted_in_part="Accordingly, {movant}'s motion succeeds in part and fails in part.",
        moot=None,
        withdrawn=None,
    ),
    _form(
        "court-declines",
        granted=None,
        denied="The Court declines to {act}.",
        granted_in_part=None,
        moot="The Court declines to {act} because the request is moot.",
        withdrawn=None,
    ),
    _form(
        "docket-number",
        needs="ecf",
        granted="ECF No. {ecf} is GRANTED.",
        denied="ECF No. {ecf} is DENIED.",
        granted_in_part="ECF No. {ecf} is GRANTED IN PART and DENIED IN PART.",
        moot="ECF No. {ecf} is DENIED AS MOOT.",
        withdrawn="ECF No. {ecf} is WITHDRAWN.",
    ),
    _form(
        "relief-only",
        granted="The request {relief} is GRANTED.",
        denied="The request {relief} is DENIED.",
        granted_in_part="The request {relief} is GRANTED IN PART and DENIED IN PART.",
        moot="The request {relief} is DENIED AS MOOT.",
        withdrawn="The request {relief} is WITHDRAWN.",
    ),
    _form(
        "moot-withdrawn-words",
        granted=None,
        denied=None,
        granted_in_part=None,
        moot="{name} is moot.",
        withdrawn="{name} has been withdrawn.",
    ),
    _form(
        "moot-withdrawn-court",
        granted=None,
        denied=None,
        granted_in_part=None,
        moot="The Court finds {name} moot in light of the amended complaint.",
        withdrawn="{movant} withdrew {name} at the hearing.",
    ),
    _form(
        "appellate",
        needs="appeal",
        granted="REVERSED and REMANDED.",
        denied="AFFIRMED.",
        granted_in_part="AFFIRMED in part, REVERSED in part, and REMANDED.",
        moot="The appeal is DISMISSED as moot.",
        withdrawn=None,
    ),
    _form(
        "appeal-dismissed",
        needs="appeal",
        granted=None,
        denied="The appeal is dismissed.",
        granted_in_part=None,
        moot=None,
        withdrawn=None,
    ),
    # forms added by the twenty-eighth pass: court and tribunal styles the table lacked
    _form(
        "application",  # English and Commonwealth practice
        granted="The application succeeds and is allowed.",
        denied="The application is dismissed.",
        granted_in_part="The application succeeds in part.",
        moot="The application has become academic and is dismissed.",
        withdrawn="The application is withdrawn by consent.",
    ),
    _form(
        "tribunal-decision",  # an agency or board deciding an appeal or a petition for review
        needs="appeal",
        granted="DECISION\n\nThe petition for review is GRANTED, and the initial decision is "
        "VACATED.",
        denied="DECISION\n\nThe petition for review is DENIED, and the initial decision is "
        "the final decision of the Board.",
        granted_in_part="DECISION\n\nThe protest is sustained in part and denied in part.",
        moot="DECISION\n\nThe appeal is DISMISSED as moot.",
        withdrawn=None,
    ),
    _form(
        "remand",
        needs="appeal",
        granted="The judgment is VACATED, and the case is REMANDED for further proceedings "
        "consistent with this opinion.",
        denied="The judgment of the trial court is AFFIRMED in all respects.",
        granted_in_part="The judgment is AFFIRMED as to the first issue and VACATED as to the "
        "second, and the case is REMANDED.",
        moot=None,
        withdrawn=None,
    ),
    _form(
        "judgment-relief",  # the decree stated as the relief entered, dispositive motions only
        needs="dispositive",
        granted="Judgment shall enter for {movant} on all counts.",
        denied="The claims shall proceed to trial.",
        granted_in_part="Judgment shall enter for {movant} on Count II; Counts I and III shall "
        "proceed to trial.",
        moot=None,
        withdrawn=None,
    ),
    _form(
        "ordered-list",
        granted="Accordingly, it is ORDERED:\n\n1. {name} is GRANTED.\n\n2. The parties "
        "shall file a joint status report within fourteen days.",
        denied="Accordingly, it is ORDERED:\n\n1. {name} is DENIED.\n\n2. The parties "
        "shall file a joint status report within fourteen days.",
        granted_in_part="Accordingly, it is ORDERED:\n\n1. {name} is GRANTED as to Count II."
        "\n\n2. {name} is otherwise DENIED.\n\n3. The parties shall file a joint status "
        "report within fourteen days.",
        moot="Accordingly, it is ORDERED:\n\n1. {name} is DENIED AS MOOT.\n\n2. The "
        "parties shall file a joint status report within fourteen days.",
        withdrawn="Accordingly, it is ORDERED:\n\n1. {name} is WITHDRAWN.\n\n2. The "
        "parties shall file a joint status report within fourteen days.",
    ),
    _form(
        "conclusions-of-law",  # a findings-and-conclusions order: the decree is a conclusion
        granted="CONCLUSIONS OF LAW\n\n1. The Court has jurisdiction over the parties and "
        "the subject matter.\n\n2. {movant} is entitled to {thing}.",
        denied="CONCLUSIONS OF LAW\n\n1. The Court has jurisdiction over the parties and "
        "the subject matter.\n\n2. {movant} is not entitled to {thing}.",
        granted_in_part="CONCLUSIONS OF LAW\n\n1. The Court has jurisdiction over the "
        "parties and the subject matter.\n\n2. {movant} is entitled to {thing} as to Count "
        "II only, and not otherwise.",
        moot=None,
        withdrawn=None,
    ),
    _form(
        "tentative-adopted",  # California: the tentative ruling becomes the order
        granted="TENTATIVE RULING: The motion is GRANTED.\n\nNo party appeared to contest "
        "it. The tentative ruling is adopted as the order of the court.",
        denied="TENTATIVE RULING: The motion is DENIED.\n\nNo party appeared to contest "
        "it. The tentative ruling is adopted as the order of the court.",
        granted_in_part="TENTATIVE RULING: The motion is GRANTED IN PART and DENIED IN PART."
        "\n\nNo party appeared to contest it. The tentative ruling is adopted as the order of "
        "the court.",
        moot="TENTATIVE RULING: The motion is OFF CALENDAR AS MOOT.\n\nNo party appeared to "
        "contest it. The tentative ruling is adopted as the order of the court.",
        withdrawn=None,
    ),
    _form(
        "demurrer",  # a demurrer is sustained (with or without leave) or overruled
        needs="demurrer",
        granted="The demurrer is SUSTAINED WITHOUT LEAVE TO AMEND.",
        denied="The demurrer is OVERRULED.",
        granted_in_part="The demurrer is SUSTAINED WITH LEAVE TO AMEND as to the second cause "
        "of action and OVERRULED as to the first.",
        moot="The demurrer is OFF CALENDAR as moot.",
        withdrawn=None,
    ),
    _form(
        "motion-ruling-lines",
        granted="Motion: {name}\nRuling: GRANTED.",
        denied="Motion: {name}\nRuling: DENIED.",
        granted_in_part="Motion: {name}\nRuling: GRANTED IN PART, DENIED IN PART.",
        moot="Motion: {name}\nRuling: MOOT.",
        withdrawn="Motion: {name}\nRuling: WITHDRAWN.",
    ),
)

# the first form the twenty-eighth pass added: the rows before it are the twenty-fifth pass's
FIRST_NEW_FORM = "application"


def fields(motion: Mapping[str, Any]) -> dict[str, str]:
    """The placeholders of a gold motion (its name, movant, docket number, relief)."""
    name = re.sub(r"\s*\([^()]*\)", "", str(motion["name"])).strip()
    name = name[:1].upper() + name[1:]
    relief = _relief(name)
    movant = str(motion.get("movant_name") or motion.get("movant") or "Movant")
    return {
        "name": name,
        "movant": movant[:1].upper() + movant[1:],
        "ecf": str(motion.get("ecf") or "").split()[0] if motion.get("ecf") else "",
        "relief": relief,
        "act": _act(relief),
        "thing": relief[4:] if relief.lower().startswith("for ") else "",
    }


# the motions a judgment can end: summary judgment, dismissal, judgment on the pleadings
_DISPOSITIVE = re.compile(r"\b(?:summary\s+judgment|dismiss|judgment\s+on\s+the\s+pleadings)", re.I)

_NAMED = re.compile(r"\b(?:motion|petition|request|application)\s+((?:for|to)\s.+)$", re.I)


def _relief(name: str) -> str:
    """What a motion asks for, from its name: "for a preliminary injunction", "to compel …"."""
    found = _NAMED.search(name)
    if not found:
        return ""
    return re.split(r"\s+(?:under|pursuant to)\s", found.group(1), maxsplit=1)[0].lower()


def _act(relief: str) -> str:
    """The relief as what the court does: "to compel X" → "compel X", "for X" → "grant X"."""
    if relief.lower().startswith("to "):
        return relief[3:]
    return "grant " + relief[4:] if relief else ""


def applies(form: DecreeForm, motion: Mapping[str, Any]) -> bool:
    """Whether ``form`` has a wording for this gold motion (its disposition, its fields)."""
    if not form.templates.get(str(motion["disposition"])):
        return False
    values = fields(motion)
    if form.needs == "appeal":
        return "appeal" in str(motion["name"]).lower()
    if "appeal" in str(motion["name"]).lower():
        return False  # an appeal's decree is the appellate forms' alone
    if form.needs == "dispositive" and not _DISPOSITIVE.search(str(motion["name"])):
        return False
    if form.needs == "demurrer" and "demurrer" not in str(motion["name"]).lower():
        return False
    needed = {"ecf"} if form.needs == "ecf" else set()
    template = str(form.templates[str(motion["disposition"])])
    needed |= {p for p in ("relief", "act", "thing") if "{" + p + "}" in template}
    return all(values[p] for p in needed)


def names_the_motion(form: DecreeForm, motion: Mapping[str, Any]) -> bool:
    """Whether the form's sentence names the motion (by its name, docket number or relief), as
    it must in an order deciding several."""
    template = str(form.templates.get(str(motion["disposition"])) or "")
    return any("{" + p + "}" in template for p in ("name", "ecf", "relief"))


def decree(form: DecreeForm, motion: Mapping[str, Any]) -> str:
    """The sentence ``form`` writes for this gold motion's disposition."""
    return str(form.templates[str(motion["disposition"])]).format(**fields(motion))


def rewrite(
    text: str, quotes: Sequence[str], sentence: str, also: Sequence[str] = ()
) -> str | None:
    """``text`` with the sentences holding each of ``quotes`` and ``also`` (found across line
    breaks) replaced by ``sentence``; None when one of ``quotes`` is not in the text (a
    transcript's line numbers, an ellipsis). A sentence of ``also`` not found is skipped."""
    # a sentence of ``also`` equal to a quote is skipped once the quote replaced it
    for quote, required in [*((q, True) for q in quotes), *((a, False) for a in also)]:
        words = re.findall(r"\S+", quote)
        found = re.search(r"\s+".join(re.escape(w) for w in words), text) if words else None
        if found is None:
            if required:
                return None
            continue
        start, end = _sentence_around(text, found.start(), found.end())
        text = text[:start] + sentence + text[end:]
    return text


# where a sentence ends: a stop before a capital, a paragraph break or the end
_STOP = re.compile(r"[.!?][\"')\]]*(?=\s+[A-Z(\[\"]|\s*\n\s*\n|\s*$)|\n\s*\n")


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the whole sentence(s) that ``text[start:end]`` lies in."""
    before = [m.end() for m in _STOP.finditer(text, 0, start)]
    first = before[-1] if before else 0
    while first < start and text[first].isspace():
        first += 1
    after = _STOP.search(text, max(end - 1, first))
    return first, after.end() if after else len(text)
