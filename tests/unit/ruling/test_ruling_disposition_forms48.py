"""Split decrees of appellate tribunals the orders46/47 sets used (issue 15, forty-eighth pass).

Each decree is written for this test: an appeal that "succeeds on Ground 2 and is otherwise
dismissed" (one ground won, the rest lost), and a reclaiming motion (or a cross-appeal) the
court "shall allow … in part" — the appeal's name in more than one word; a UDRP panel that
orders one domain name transferred and denies the complaint for the other. And what is no split:
a reclaiming motion refused, one ground succeeding with nothing said of the rest.
"""

from __future__ import annotations

import pytest

from lawdiff.core.ids import DocumentId
from lawdiff.core.rulings import DispositionKind as K
from lawdiff.ruling import load_rulebook, motion_canonicalizer
from lawdiff.ruling.dispositions import find_dispositions
from lawdiff.ruling.motions import MotionRef
from lawdiff.ruling.sentences import SentenceLocator
from tests.textfilings import order_sections

BOOK = load_rulebook()
CAPTION = "Corran Haulage Ltd v. Fenwick Aggregates Ltd"
APPEAL = MotionRef("the appeal", "appeal", "Defendant", 0, "appeal")


def _kinds(text: str) -> list[K]:
    canonical = motion_canonicalizer(CAPTION)
    found = find_dispositions(
        DocumentId(1), order_sections(("", text)), SentenceLocator([]), BOOK, APPEAL, canonical
    )
    return [d.kind for d in found]


SPLIT = [
    "For the reasons that follow, the appeal succeeds on Ground 3 and is otherwise dismissed.",
    "The application therefore succeeds on the second ground and otherwise fails.",
    "The appeal is allowed on Ground 1 and is otherwise dismissed.",
    "We shall allow the reclaiming motion in part.",
    "For these reasons we will allow the cross-appeal in part and remit the case.",
    "I would allow the reclaiming motion to that extent and otherwise refuse it.",
]


@pytest.mark.parametrize("text", SPLIT)
def test_an_appeal_won_on_some_grounds_and_lost_on_the_rest_is_granted_in_part(
    text: str,
) -> None:
    assert _kinds(text) == [K.GRANTED_IN_PART]


def test_a_refusal_or_one_ground_succeeding_is_no_split() -> None:
    assert _kinds("We shall refuse the reclaiming motion.") == [K.DENIED]
    assert _kinds("The appeal succeeds on Ground 2.") != [K.GRANTED_IN_PART]


def test_a_udrp_panel_transferring_one_name_and_denying_the_other_grants_in_part() -> None:
    transfer = (
        "For the foregoing reasons, the Panel orders that the disputed domain name "
        "<corran-outlet.com> be transferred to the Complainant."
    )
    denied = "For the foregoing reasons, the Complaint is denied in respect of <corran.shop>."
    assert _kinds(transfer) == [K.GRANTED]
    assert _kinds(f"{transfer} {denied}") == [K.GRANTED_IN_PART]
