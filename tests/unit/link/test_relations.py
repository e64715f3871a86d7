"""Who concedes: the answering party's concession, not the other side's."""

from __future__ import annotations

import pytest

from lawdiff.link.relations import Sides, distinguishes_authority, lead, sides, who_concedes

WHO = Sides(answering=frozenset({"Brightwater"}), moving=frozenset({"Ostrander", "Defendants"}))


@pytest.mark.parametrize(
    ("text", "own", "other"),
    [
        ("Brightwater withdraws its Fourth Cause of Action.", True, False),
        ("We do not dispute that notice was late.", True, False),
        ("Ostrander's own Complaint concedes the point.", False, True),
        ("The report, which Defendants concede has no errors, is reliable.", False, True),
        ("Ostrander argues the claim fails.", False, False),
        # a name the briefs never describe: the brief speaks for its author ...
        ("Sellers agree that the earn-out is measured by Net Revenue.", True, False),
        ("Plaintiff does not dispute that the screen gave notice.", True, False),
        # ... and reports the other side's concessions with "concede"
        ("Halverstrand concedes that it merged the sales teams.", False, True),
        ("Defendants dispute nothing here, and they do not dispute the logs.", False, True),
    ],
)
def test_who_concedes(text: str, own: bool, other: bool) -> None:
    assert who_concedes(text, WHO) == (own, other)


def test_sides_are_read_from_how_each_brief_describes_the_other() -> None:
    found = sides("Brightwater alleges a breach. Brightwater claims fraud.", "Ostrander argues.")
    assert found.answering == {"Brightwater"}
    assert found.moving == {"Ostrander"}


def test_what_a_party_says_of_itself_does_not_name_the_other_side() -> None:
    found = sides("Halverstrand moves for summary judgment and seeks costs.", "Sellers oppose.")
    assert found.answering == frozenset()


def test_distinguishing_the_authority_the_motion_relied_on() -> None:
    text = "Cronos is inapposite: there the buyer had inspected the goods."
    assert distinguishes_authority(text, ["Cronos"])
    assert not distinguishes_authority(text, ["Twombly"])


def test_a_section_is_read_for_its_thrust_in_its_heading_and_opening_sentences() -> None:
    opening = "The Covenant Is Unenforceable.\nQuillmark breached first. The covenant fails. "
    later = "Brightwater does not oppose an order to return the workbook."
    assert (
        lead(opening + later)
        == "The Covenant Is Unenforceable. Quillmark breached first. The covenant fails."
    )
    assert who_concedes(lead(later + " " + opening), WHO) == (True, False)
    assert who_concedes(lead(opening + later), WHO) == (False, False)
