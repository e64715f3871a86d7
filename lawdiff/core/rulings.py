"""What a court decided: dispositions of motions and the side it took on each argument.

The ``ruling`` stage finds them in an order's text, ``store`` keeps them (with the user's
corrections), ``report`` and ``interchange`` show them. Plain frozen dataclasses only.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from lawdiff.core.ids import DocumentId, SegmentId


class DispositionKind(StrEnum):
    """How the court disposed of one motion."""

    GRANTED = "granted"
    DENIED = "denied"
    GRANTED_IN_PART = "granted-in-part"  # granted in part and denied in part
    MOOT = "moot"
    WITHDRAWN = "withdrawn"  # the movant withdrew it
    SUBMITTED = "submitted"  # taken under submission, decision to follow
    DEFERRED = "deferred"  # reserved, deferred or carried to trial
    TERMINATED = "terminated"  # off the calendar without a ruling (e.g. leave to refile)


class Side(StrEnum):
    """Which side the court adopted on one argument."""

    MOVANT = "movant"
    RESPONDENT = "respondent"
    MIXED = "mixed"
    NOT_REACHED = "not-reached"  # the court said it need not decide it
    NOT_ADDRESSED = "not-addressed"  # the order does not discuss it


OPPOSITE: dict[Side, Side] = {Side.MOVANT: Side.RESPONDENT, Side.RESPONDENT: Side.MOVANT}
"""The other party's side; only the two parties' sides have one."""


class RulingStatus(StrEnum):
    """Whether a ruling is the analyser's or the user's word."""

    AUTO = "auto"
    CORRECTED = "corrected"  # the user set the side; re-analysis keeps it


SIDE_LABELS: dict[Side, str] = {
    Side.MOVANT: "For movant",
    Side.RESPONDENT: "For respondent",
    Side.MIXED: "Mixed",
    Side.NOT_REACHED: "Not reached",
    Side.NOT_ADDRESSED: "Not addressed",
}

DISPOSITION_LABELS: dict[DispositionKind, str] = {
    DispositionKind.GRANTED: "Granted",
    DispositionKind.DENIED: "Denied",
    DispositionKind.GRANTED_IN_PART: "Granted in part and denied in part",
    DispositionKind.MOOT: "Denied as moot",
    DispositionKind.WITHDRAWN: "Withdrawn",
    DispositionKind.SUBMITTED: "Taken under submission",
    DispositionKind.DEFERRED: "Deferred",
    DispositionKind.TERMINATED: "Terminated",
}


@dataclass(frozen=True)
class Evidence:
    """One sentence of an order that supports a finding.

    Attributes:
        text: the sentence.
        page, line: where it starts in the order (1-based).
        cue: the cue (as written in ``rulings.toml``) that matched, "" for none.
        side: the side this sentence points to.
    """

    text: str
    page: int
    line: int
    cue: str = ""
    side: Side | None = None

    @property
    def where(self) -> str:
        """ "p. 2:11", as reports print provenance."""
        return f"p. {self.page}:{self.line}"


@dataclass(frozen=True)
class Disposition:
    """The court's overall ruling on one motion that an order decides.

    Attributes:
        order: the order document.
        motion: the motion as the order names it ("Finjan's Motion in Limine No. 1").
        key: a normalised key for the motion ("finjan mil 1"), stable over re-analysis.
        movant: the party that brought it, as the order names it ("Finjan"), "" if unknown.
        kind: granted, denied, …
        evidence: the sentence that says so, with its page:line.
        confidence: 0..1.
        status: auto, or corrected by the user.
        id: the stored row's id (0 before it is stored).
    """

    order: DocumentId
    motion: str
    key: str
    movant: str
    kind: DispositionKind
    evidence: Evidence
    confidence: float
    status: RulingStatus = RulingStatus.AUTO
    id: int = 0


@dataclass(frozen=True)
class ArgumentRuling:
    """Which side the court adopted on one argument unit of a motion or an opposition.

    Attributes:
        order: the order document.
        argument: the argument unit's segment (a heading of the motion or of the opposition).
        sections: the order's segments that address it (linked, or naming it).
        side: the side adopted.
        confidence: 0..1.
        evidence: the sentences that decided it, strongest first.
        status: auto, or corrected by the user (then ``side`` is the user's).
        note: the user's note on a correction.
        id: the stored row's id (0 before it is stored).
        basis: what decided it, as the analyser found it ("cue-strong", "part",
            "fallback-prior" …: see ``lawdiff.ruling.rulebook.BASES``); not stored.
    """

    order: DocumentId
    argument: SegmentId
    sections: tuple[SegmentId, ...]
    side: Side
    confidence: float
    evidence: tuple[Evidence, ...] = ()
    status: RulingStatus = RulingStatus.AUTO
    note: str = ""
    id: int = 0
    basis: str = ""


@dataclass(frozen=True)
class CaseRulings:
    """Every disposition and argument ruling of a case, as reports and exports read them."""

    dispositions: tuple[Disposition, ...] = ()
    arguments: tuple[ArgumentRuling, ...] = ()

    def of_argument(self, segment: SegmentId) -> ArgumentRuling | None:
        """The ruling on one argument (the first order's, when several orders rule on it)."""
        return next((r for r in self.arguments if r.argument == segment), None)
