"""Gold link types: primary, and the secondary kinds the evaluation reports recall for."""

from __future__ import annotations

from lawdiff.evaluation.linkpairs import link_kinds


def heading(text: str, level: int, kind: str = "argument") -> dict[str, object]:
    return {"heading": text, "level": level, "kind": kind}


def test_kinds_from_primary_and_the_answers_outline() -> None:
    gold = {
        "response": [
            heading("ARGUMENT", 1, "non-argument"),
            heading("I. Jurisdiction", 2),
            heading("A. Contacts", 3),
            heading("B. Fairness", 3),
            heading("II. Forum", 2),
            heading("III. Discovery", 2),
        ],
        "links": [
            ["A. At home", "A. Contacts", "rebuts"],
            ["A. At home", "I. Jurisdiction", "concedes"],  # encloses the primary answer
            ["B. Availment", "B. Fairness", "rebuts"],
            ["B. Availment", "II. Forum", "rebuts"],  # answered by Forum's primary too
            ["C. Forum", "II. Forum", "rebuts"],
            ["C. Forum", "III. Discovery", "rebuts"],  # a second, independent section
            ["D. Fair play", "I. Jurisdiction", "rebuts"],  # a lead-in, not its primary's parent
            ["D. Fair play", "III. Discovery", "rebuts"],
            ["E. Bond", None],
        ],
        "primary": [
            ["A. At home", "A. Contacts"],
            ["B. Availment", "B. Fairness"],
            ["C. Forum", "II. Forum"],
            ["D. Fair play", "III. Discovery"],
        ],
    }
    assert link_kinds(gold) == {
        ("A. At home", "A. Contacts"): "primary",
        ("A. At home", "I. Jurisdiction"): "parent",
        ("B. Availment", "B. Fairness"): "primary",
        ("B. Availment", "II. Forum"): "merged",
        ("C. Forum", "II. Forum"): "primary",
        ("C. Forum", "III. Discovery"): "merged",
        ("D. Fair play", "I. Jurisdiction"): "lead-in",
        ("D. Fair play", "III. Discovery"): "primary",
    }


def test_without_a_primary_list_an_only_link_is_primary() -> None:
    gold = {"links": [["I", "I"], ["II", "II"], ["II", "III"]]}
    assert link_kinds(gold) == {
        ("I", "I"): "primary",
        ("II", "II"): "untyped",
        ("II", "III"): "untyped",
    }
