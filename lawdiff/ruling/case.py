"""Run the ruling stage over a case's orders: each order with the motion and the opposition it
decides, and the links from their arguments to the order's sections.

Pure functions over the workspace's read models, like :mod:`lawdiff.pipeline`; the workspace
stores the result in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from lawdiff.core.ids import DocumentId, SegmentId
from lawdiff.core.model import DocumentInfo, LinkInfo, LinkStatus, Page, Role, SegmentInfo
from lawdiff.core.rulings import CaseRulings
from lawdiff.ruling import analyze_order


def analyze_orders(
    documents: Sequence[DocumentInfo],
    pairs: Sequence[tuple[DocumentId, DocumentId]],
    segments: Callable[[DocumentId], Sequence[SegmentInfo]],
    pages: Callable[[DocumentId], Sequence[Page]],
    links: Sequence[LinkInfo],
    only: DocumentId | None = None,
) -> dict[DocumentId, CaseRulings]:
    """The rulings of every order of a case (or of ``only``).

    Args:
        documents: the case's documents.
        pairs: (answered, answering) document pairs (``Workspace.answering_pairs``): an order
            answers the motion it decides and the opposition to it.
        segments, pages: read one document's segments and pages.
        links: the case's links.
        only: one order to analyse; all orders when None.
    """
    by_id = {d.id: d for d in documents}
    results: dict[DocumentId, CaseRulings] = {}
    for order in documents:
        if order.role is not Role.ORDER or (only is not None and order.id != only):
            continue
        answered = [by_id[a] for a, b in pairs if b == order.id and a in by_id]
        motion = next((d for d in answered if d.role is Role.MOTION), None)
        opposition = next((d for d in answered if d.role is Role.OPPOSITION), None)
        moving = segments(motion.id) if motion else ()
        answering = segments(opposition.id) if opposition else ()
        results[order.id] = analyze_order(
            order,
            segments(order.id),
            pages(order.id),
            motion,
            moving,
            opposition,
            answering,
            links,
            answers=rebuttal_pairs(links, moving, answering),
        )
    return results


def rebuttal_pairs(
    links: Sequence[LinkInfo],
    motion_segments: Sequence[SegmentInfo],
    opposition_segments: Sequence[SegmentInfo],
) -> list[tuple[SegmentId, SegmentId]]:
    """(motion segment, opposition segment) of each rebuttal link ("Opp. answers Mot."),
    accepted or suggested; rejected links and weak candidates are no answer."""
    moving = {s.id for s in motion_segments}
    answering = {s.id for s in opposition_segments}
    return [
        (link.source, link.target)
        for link in links
        if link.status is not LinkStatus.REJECTED
        and not link.weak
        and link.source in moving
        and link.target in answering
    ]
