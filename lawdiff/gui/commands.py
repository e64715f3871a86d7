"""Undoable link edits: each command is a thin redo/undo pair of workspace calls.

Every redo and undo is saved at once (one workspace transaction each); the
:class:`~lawdiff.gui.case.CaseState` reloads and tells the screens.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtGui import QUndoCommand

from lawdiff.core.ids import LinkId, SegmentId
from lawdiff.core.model import ClaimTag, LinkInfo, LinkStatus, Origin, Relation, SegmentInfo
from lawdiff.gui.case import CaseState


class SetLinkFields(QUndoCommand):
    """Change status, relation, note or pinned of a link; undo puts the old values back."""

    def __init__(self, case: CaseState, link: LinkInfo, text: str, **fields: Any) -> None:
        super().__init__(text)
        self.case = case
        self.link_id = link.id
        self.new = fields
        self.old = {name: getattr(link, name) for name in fields}

    def redo(self) -> None:
        self.case.apply(lambda: self.case.workspace.update_link(self.link_id, **self.new))

    def undo(self) -> None:
        self.case.apply(lambda: self.case.workspace.update_link(self.link_id, **self.old))


def accept_link(case: CaseState, link: LinkInfo) -> SetLinkFields:
    return SetLinkFields(case, link, "Accept link", status=LinkStatus.ACCEPTED)


def reject_link(case: CaseState, link: LinkInfo) -> SetLinkFields:
    return SetLinkFields(case, link, "Reject link", status=LinkStatus.REJECTED)


def set_relation(case: CaseState, link: LinkInfo, relation: Relation) -> SetLinkFields:
    return SetLinkFields(case, link, f"Relation: {relation.value}", relation=relation)


def set_note(case: CaseState, link: LinkInfo, note: str) -> SetLinkFields:
    return SetLinkFields(case, link, "Edit note", note=note)


def set_pinned(case: CaseState, link: LinkInfo, pinned: bool) -> SetLinkFields:
    return SetLinkFields(case, link, "Pin link" if pinned else "Unpin link", pinned=pinned)


class CreateLink(QUndoCommand):
    """Link two segments, the workspace choosing which answers which; undo deletes the link.

    When the pair was already suggested, redo accepts it and undo restores the suggestion.
    """

    def __init__(self, case: CaseState, first: SegmentId, second: SegmentId) -> None:
        super().__init__("Link segments")
        self.case = case
        self.source, self.target = case.link_direction(first, second)
        self.before = _existing(case, self.source, self.target)
        self.link_id: LinkId | None = None
        verb = "Accepted the suggestion" if self.before is not None else "Linked"
        answer, argument = case.end_name(self.target), case.end_name(self.source)
        self.summary = f"{verb}: {answer} answers {argument}"
        self.setText(f"Link {answer} to {argument}")

    def redo(self) -> None:
        changes = self.case.apply(lambda: self.case.workspace.add_link(self.source, self.target))
        ids = changes.links_added or changes.links_changed
        self.link_id = ids[0] if ids else None

    def undo(self) -> None:
        if self.before is not None:
            old = self.before
            self.case.apply(
                lambda: self.case.workspace.update_link(
                    old.id, status=old.status, relation=old.relation, note=old.note
                )
            )
        elif self.link_id is not None:
            link_id = self.link_id
            self.case.apply(lambda: self.case.workspace.delete_link(link_id))


class DeleteLink(QUndoCommand):
    """Delete a link; undo restores it exactly (same id, status, note)."""

    def __init__(self, case: CaseState, link: LinkInfo) -> None:
        super().__init__("Delete link")
        self.case = case
        self.link = link

    def redo(self) -> None:
        self.case.apply(lambda: self.case.workspace.delete_link(self.link.id))

    def undo(self) -> None:
        self.case.apply(lambda: self.case.workspace.restore_link(self.link))


class SetClaims(QUndoCommand):
    """Replace the user's claim tags of a segment; undo puts the previous tags back."""

    def __init__(
        self, case: CaseState, segment: SegmentInfo, tags: Sequence[ClaimTag], text: str
    ) -> None:
        super().__init__(text)
        self.case = case
        self.segment = segment.id
        self.new = tuple(tags)
        self.old = tuple(t for t in segment.claims if t.origin is Origin.USER)

    def redo(self) -> None:
        self.case.apply(lambda: self.case.workspace.set_claims(self.segment, self.new))

    def undo(self) -> None:
        self.case.apply(lambda: self.case.workspace.set_claims(self.segment, self.old))


def _existing(case: CaseState, source: SegmentId, target: SegmentId) -> LinkInfo | None:
    return next(
        (x for x in case.links_of(source) if x.source == source and x.target == target), None
    )
