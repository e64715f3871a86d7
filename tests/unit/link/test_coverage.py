"""coverage: per-unit status with roll-up, per-claim shares, unanswered in document order."""

from __future__ import annotations

from lawdiff.core.ids import DocumentId
from lawdiff.core.model import DocumentInfo, LinkInfo, LinkStatus, Role, SegmentKind
from lawdiff.link import coverage, paragraphs_expected
from tests.unit.link.linkfactory import link, seg

COUNT = seg(
    1,
    "COUNT I",
    heading="Breach of Contract",
    kind=SegmentKind.COUNT,
    claims=("contract.breach-of-contract",),
)
P1 = seg(1, "¶ 1", "first", parent=COUNT, claims=("contract.breach-of-contract",))
P2 = seg(1, "¶ 2", "second", parent=COUNT, claims=("contract.breach-of-contract",))
TOP = seg(1, "I", heading="Antitrust", claims=("antitrust.sherman-1",))
A = seg(1, "I.A", heading="Market", parent=TOP, claims=("antitrust.sherman-1",))
BODY = seg(1, "", "body of I.A", parent=A)
B = seg(1, "I.B", heading="Injury", parent=TOP, claims=("antitrust.sherman-1",))
SOURCES = [COUNT, P1, P2, TOP, A, BODY, B]
T = seg(2, "I", heading="Answer")


def statuses(links: list[LinkInfo]) -> dict[str, str]:
    result = coverage(SOURCES, links)
    return {u.label: u.status for u in result.units}


def test_nothing_linked_lists_every_unit_in_document_order() -> None:
    result = coverage(SOURCES, [])
    assert result.unanswered == [COUNT.id, P1.id, P2.id, TOP.id, A.id, B.id]
    assert result.claims == {"antitrust.sherman-1": 0.0, "contract.breach-of-contract": 0.0}


def test_roll_up_answered_partly_unanswered() -> None:
    links = [link(P1.id, T.id), link(BODY.id, T.id), link(B.id, T.id)]
    assert statuses(links) == {
        "COUNT I": "partly",
        "¶ 1": "answered",
        "¶ 2": "unanswered",
        "I": "answered",
        "I.A": "answered",
        "I.B": "answered",
    }
    result = coverage(SOURCES, links)
    assert result.unanswered == [P2.id]
    assert result.claims["antitrust.sherman-1"] == 1.0
    assert result.claims["contract.breach-of-contract"] == 1 / 3


def test_a_link_to_the_count_alone_is_partly() -> None:
    assert statuses([link(COUNT.id, T.id)])["COUNT I"] == "partly"


def test_rejected_links_never_count() -> None:
    assert statuses([link(P1.id, T.id, LinkStatus.REJECTED)])["¶ 1"] == "unanswered"


def test_suggested_links_count_only_when_asked() -> None:
    links = [link(P1.id, T.id), link(P2.id, T.id, LinkStatus.ACCEPTED)]
    result = coverage(SOURCES, links, include_suggested=False)
    assert result.status(P1.id) == "unanswered"
    assert result.status(P2.id) == "answered"
    assert result.status(COUNT.id) == "partly"
    assert result.status(BODY.id) is None


def test_structural_sections_are_not_arguments_to_answer() -> None:
    from lawdiff.link.coverage import NOT_ARGUED

    intro = seg(1, "INTRODUCTION", "Words of introduction.", heading="INTRODUCTION")
    argument = seg(1, "ARGUMENT", "", heading="ARGUMENT")
    point = seg(1, "I", "The claim fails.", heading="The Claim Fails", parent=argument)
    found = coverage([intro, argument, point], [])
    assert found.status(intro.id) == NOT_ARGUED
    assert found.status(argument.id) == NOT_ARGUED
    assert found.unanswered == [point.id]


def _document(role: Role, motion_kind: str = "", title: str = "") -> DocumentInfo:
    return DocumentInfo(DocumentId(1), title, role, motion_kind, "", "", "", "", "pdf", 1, ())


def test_a_tro_opposition_is_not_expected_to_answer_complaint_paragraphs() -> None:
    complaint = _document(Role.COMPLAINT)
    assert not paragraphs_expected(complaint, _document(Role.OPPOSITION, "tro"))
    assert paragraphs_expected(complaint, _document(Role.MOTION, "dismiss"))
    assert paragraphs_expected(complaint, _document(Role.OTHER, title="ANSWER TO COMPLAINT"))
    assert paragraphs_expected(complaint, _document(Role.OPPOSITION))  # kind unknown
    assert paragraphs_expected(_document(Role.MOTION, "tro"), _document(Role.OPPOSITION))


def test_paragraphs_not_expected_are_never_unanswered() -> None:
    from lawdiff.link.coverage import NOT_EXPECTED

    para = seg(1, "¶ 1", "Defendant breached the agreement.", kind=SegmentKind.PARAGRAPH)
    found = coverage([para], [], paragraphs=False)
    assert found.status(para.id) == NOT_EXPECTED
    assert found.unanswered == []
