"""Labels run in at the head of a paragraph, in fictional briefs written for the test (the
layouts of pairs36-45 the segmenter misread): a standard of review run in right under the
argument, a point's joined "Preservation and Standard of Review." field, and the run-in labels
a court's rule asks a front section for, and a title-case heading that names a case — each with
the text of the same look that must stay as it is read today."""

from __future__ import annotations

from lawdiff.segment.point_fields import is_colon_field, is_run_in_field
from tests.textfilings import BODY, outline

LONG = " ".join(BODY.split())


def _headings(text: str) -> list[tuple[str, int]]:
    return [(heading, level) for _, heading, level in outline(text)]


def test_a_standard_of_review_run_in_under_the_argument_is_its_section() -> None:
    text = "\n\n".join(
        [
            "STATEMENT OF FACTS",
            LONG,
            "ARGUMENTS AND AUTHORITIES",
            "Standard of review. In a disciplinary proceeding this Court considers the evidence. "
            + LONG,
            "Exception No. 1: The hearing panel erred in finding a dishonest motive.",
            LONG,
            "Exception No. 2: The hearing panel erred in admitting Exhibit 14.",
            LONG,
            "CONCLUSION",
            LONG,
        ]
    )
    headings = _headings(text)
    assert ("Standard of review.", 1) in headings
    assert ("ARGUMENTS AND AUTHORITIES", 0) in headings


def test_a_standard_of_review_run_in_under_a_point_stays_its_field() -> None:
    text = "\n\n".join(
        [
            "ARGUMENT",
            "I. THE TRIAL COURT ERRED IN REFUSING THE INSTRUCTION.",
            "Standard of Review. The refusal of a tendered instruction is reviewed de novo. "
            + LONG,
            "II. THE EVIDENCE WAS INSUFFICIENT.",
            "Standard of Review. The question is whether substantial evidence supports it. " + LONG,
            "CONCLUSION",
            LONG,
        ]
    )
    assert not any(h.startswith("Standard") for h, _ in _headings(text))


def test_joined_preservation_and_review_labels_are_a_point_s_field() -> None:
    text = "\n\n".join(
        [
            "ARGUMENT",
            "I. THE DISTRICT COURT PROPERLY REFUSED THE SELF-DEFENSE INSTRUCTION.",
            "Preservation and Standard of Review. The State agrees that the issue was preserved. "
            + LONG,
            "II. SUBSTANTIAL EVIDENCE SUPPORTS THE VERDICT.",
            "Preservation and Standard of Review. The State agrees that the issue is reviewable. "
            + LONG,
            "CONCLUSION",
            LONG,
        ]
    )
    headings = _headings(text)
    assert not any(h.startswith("Preservation") for h, _ in headings)
    assert ("SUBSTANTIAL EVIDENCE SUPPORTS THE VERDICT.", 1) in headings


def test_joined_field_labels_are_told_from_prose() -> None:
    assert is_run_in_field("Preservation and Standard of Review. The State agrees.")
    assert is_run_in_field("Standard of Review and Preservation. Defendant objected. Tr. 4.")
    assert is_colon_field("Preservation and Standard of Review: De novo.")
    assert not is_run_in_field("Preservation and review are both waived. Tr. 4.")


def _front(*sections: str) -> str:
    return "\n\n".join(
        [*sections, "ARGUMENT", "I. THE NOTICE WAS UNTIMELY.", LONG, "CONCLUSION", LONG]
    )


def test_a_front_section_s_run_in_labels_are_its_sub_headings() -> None:
    text = _front(
        "STATEMENT OF THE BASIS OF JURISDICTION",
        LONG,
        "STATEMENT OF THE CASE",
        "Nature of the case. The landlords sued to recover possession of the farm. " + LONG,
        "Issues tried. Whether the tenancy was terminated by timely notice. " + LONG,
        "How the issues were decided. The court found the notice timely. (T88-96.)",
        "STANDING",
        LONG,
        "STATEMENT OF FACTS",
        LONG,
    )
    headings = _headings(text)
    assert ("STATEMENT OF THE BASIS OF JURISDICTION", 0) in headings
    assert ("Issues tried.", 1) in headings
    assert ("How the issues were decided.", 1) in headings
    assert ("STANDING", 0) in headings


def test_a_label_over_a_one_word_answer_is_a_sub_heading() -> None:
    text = _front(
        "CERTIFICATE AS TO PARTIES, RULINGS, AND RELATED CASES",
        "Parties and Amici. Petitioner is Prairie Wave Communications, LLC.",
        "Rulings Under Review. Petitioner seeks review of the Order.",
        "Related Cases. None.",
        "RULE 56.2 STATEMENT",
        "Administrative determination under review. Plaintiff challenges the final results.",
        "Issues presented. (1) Whether Commerce's finding is supported by substantial evidence.",
    )
    headings = _headings(text)
    assert ("Related Cases.", 1) in headings
    assert ("Administrative determination under review.", 1) in headings
    assert ("Issues presented.", 1) in headings


def test_short_first_sentences_of_prose_stay_text() -> None:
    text = _front(
        "SUMMARY OF ARGUMENT",
        "The notice came too late. The ledger should not have been received. " + LONG,
        "The damages are wrong. They reach land never withheld. " + LONG,
        "STATEMENT OF THE CASE",
        "This is an appeal. The landlords sued to recover possession of the farm. " + LONG,
        LONG,
        "STATEMENT OF FACTS",
        "The lease. The parties signed a one-page memorandum. " + LONG,
        "The notice. The landlords mailed a notice on August 29. " + LONG,
    )
    texts = [heading for heading, _ in _headings(text)]
    tops = ["SUMMARY OF ARGUMENT", "STATEMENT OF THE CASE", "STATEMENT OF FACTS", "ARGUMENT"]
    assert texts[:4] == tops


def test_a_title_case_heading_naming_a_case_is_a_heading() -> None:
    text = "\n\n".join(
        [
            "Argument",
            "The Federal Arbitration Act Governs the Agreement",
            LONG,
            "Kindred Nursing Centers v. Clark Forbids Any Heightened Requirement for Arbitration",
            LONG,
            "State v. Hess, 533 N.W.2d 525 (Iowa 1995)",
            LONG,
            "Smith v. Jones Construction Company",
            LONG,
            "Conclusion",
            LONG,
        ]
    )
    texts = [heading for heading, _ in _headings(text)]
    assert (
        "Kindred Nursing Centers v. Clark Forbids Any Heightened Requirement for Arbitration"
        in texts
    )
    assert not any(t.startswith(("State v.", "Smith v.")) for t in texts)


def test_a_petition_s_prayer_for_leave_to_appeal_after_the_cover_is_its_first_section() -> None:
    text = "\n\n".join(
        [
            "No. 131482",
            "IN THE\nSUPREME COURT OF ILLINOIS",
            "DENISE REYES,\nPlaintiff-Appellant,",
            "v.",
            "KESSLER TOWING, INC.,\nDefendant-Appellee.",
            "PETITION FOR LEAVE TO APPEAL",
            "Harlan P. Voss\nVOSS DELACROIX LLC\n120 North LaSalle Street\n"
            "Chicago, Illinois 60602\nCounsel for Plaintiff-Petitioner",
            "ORAL ARGUMENT REQUESTED",
            "PRAYER FOR LEAVE TO APPEAL",
            LONG,
            "STATEMENT OF FACTS",
            LONG,
            "ARGUMENT",
            "I. THE TOWING COMPANY OWED A DUTY.",
            LONG,
            "CONCLUSION",
            LONG,
        ]
    )
    assert ("PRAYER FOR LEAVE TO APPEAL", 0) in _headings(text)


def test_an_additional_matter_after_labelled_points_is_their_sibling() -> None:
    text = "\n\n".join(
        [
            "STATEMENT OF THE CASE",
            LONG,
            "REPLY TO REASONS FOR REVIEW",
            LONG,
            "REPLY TO GROUND FOR REVIEW NUMBER ONE\nThe court of appeals correctly held it.",
            LONG,
            "REPLY TO GROUND FOR REVIEW NUMBER TWO\nThe jury was properly charged.",
            LONG,
            "ADDITIONAL MATTER: THE JUDGMENT MISSTATES THE DATE OF THE OFFENSE",
            LONG,
            "PRAYER",
            LONG,
        ]
    )
    headings = _headings(text)
    assert ("ADDITIONAL MATTER: THE JUDGMENT MISSTATES THE DATE OF THE OFFENSE", 1) in headings
    assert ("PRAYER", 0) in headings
