"""Undoable link edits: each command is a thin redo/undo pair of workspace calls.

Every redo and undo is saved at once (one workspace transaction each); the
:class:`~lawdiff.gui.case.CaseState` reloads and tells the screens.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand

from lawdiff.core.ids import LinkId, SegmentId
from lawdiff.core.model import LinkInfo, LinkStatus, Relation
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
    """Link ``target`` as answering ``source``; undo deletes the link again.

    When the pair was already suggested, redo accepts it and undo restores the suggestion.
    """

    def __init__(self, case: CaseState, source: SegmentId, target: SegmentId) -> None:
        super().__init__("Link segments")
        self.case = case
        self.source = source
        self.target = target
        self.before = _existing(case, source, target)
        self.link_id: LinkId | None = None

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


def _existing(case: CaseState, source: SegmentId, target: SegmentId) -> LinkInfo | None:
    return next(
        (x for x in case.links_of(source) if x.source == source and x.target == target), None
    )
