"""Layouts of the pairs16 tuning batch's court styles, in fictional briefs written for the test:
the statement a court's rule asks a brief to open with under its own title (a Court of
International Trade "RULE 56.2 STATEMENT" after a public-version legend and the title, its
lettered parts below it), and headings wrapped by hand (a capital heading whose last line opens
with a statute's chapter or section, a sentence-case lettered point of a text whose paragraphs
are one line each), a defendant-intervenor closing the caption, and two layouts of older
batches (a Pennsylvania NOTICE TO PLEAD under the counsel's address, an objector's NOTICE OF
INTENT TO APPEAR after the signature) — each with the text that must stay as it was."""

from __future__ import annotations

from lawdiff.core.model import Filing, FilingMeta, Page, Role
from lawdiff.core.text import lines_of
from lawdiff.segment import segment_filing
from tests.textfilings import BODY, brief, outline

CAPTION = (
    "UNITED STATES COURT OF INTERNATIONAL TRADE\n\n"
    "OSPREY VALVE CO.,\nPlaintiff,\n\nv.\n\nUNITED STATES,\nDefendant.\n\n"
    "Court No. 24-00311\n\n"
    "PUBLIC VERSION\n"
    "Business proprietary information removed from brackets on pages 4 and 7.\n\n"
    "MEMORANDUM IN SUPPORT OF PLAINTIFF'S RULE 56.2 MOTION FOR JUDGMENT ON THE AGENCY RECORD\n\n"
)
# a body paragraph on one line, as e-filed text holds it (no line wrapping)
LINE = BODY.replace("\n", " ")


def unwrapped(*parts: str) -> str:
    """A plain-text brief whose paragraphs are each one line: each part, then a paragraph."""
    return "\n\n".join(f"{part}\n\n{LINE}" for part in parts) + "\n"


def test_a_rule_statement_after_the_title_is_the_top_heading_over_its_parts() -> None:
    text = CAPTION + brief(
        "RULE 56.2 STATEMENT",
        "A. Administrative Determination Under Review",
        "B. Issues Presented",
        "ARGUMENT",
        "I. COMMERCE'S MARGIN IS UNSUPPORTED",
    )
    assert [(label, level) for label, _, level in outline(text)] == [
        ("RULE 56.2 STATEMENT", 0),
        ("A", 1),
        ("B", 1),
        ("ARGUMENT", 0),
        ("I", 1),
    ]


def test_a_rule_named_in_the_title_opens_no_section() -> None:
    # without the statement the title's "RULE 56.2 MOTION" heads nothing: the lettered
    # parts are the first headings, at the top
    text = CAPTION + brief("A. Administrative Determination Under Review", "B. Issues Presented")
    assert [(label, level) for label, _, level in outline(text)] == [("A", 0), ("B", 0)]


def test_a_capital_heading_wrapped_onto_a_statutes_chapter_is_one_heading() -> None:
    text = brief(
        "ARGUMENT",
        "I. THE JUDGE ERRED IN RULING THAT THE PLAINTIFFS\n"
        "LACKED STANDING AS PERSONS AGGRIEVED UNDER\n"
        "G. L. c. 40A, § 17.",
        "II. THE BOARD LACKED AUTHORITY TO GRANT A USE VARIANCE",
    )
    assert [heading for _, heading, _ in outline(text)] == [
        "ARGUMENT",
        "THE JUDGE ERRED IN RULING THAT THE PLAINTIFFS LACKED STANDING AS PERSONS AGGRIEVED "
        "UNDER G. L. c. 40A, § 17.",
        "THE BOARD LACKED AUTHORITY TO GRANT A USE VARIANCE",
    ]


def test_a_capital_heading_wrapped_onto_a_section_sign_or_a_lower_case_word_goes_on() -> None:
    text = brief(
        "ARGUMENT",
        "I. THE CLAIM IS NOT ONE THAT ARISES UNDER\n§ 1983 OF THE CIVIL RIGHTS ACT",
        "II. THE PLAINTIFFS HAVE NO STANDING UNDER THE\ndoctrine of parens patriae",
    )
    assert [heading for _, heading, _ in outline(text)] == [
        "ARGUMENT",
        "THE CLAIM IS NOT ONE THAT ARISES UNDER § 1983 OF THE CIVIL RIGHTS ACT",
        "THE PLAINTIFFS HAVE NO STANDING UNDER THE doctrine of parens patriae",
    ]


def test_a_line_under_a_capital_heading_that_ended_is_no_part_of_it() -> None:
    # a heading that closed, or stops on a full word, is not gone on by a section sign or
    # a lower-case line under it: those open the text
    text = (
        "ARGUMENT\n\n"
        "I. THE CLAIM IS TIME-BARRED.\n"
        "§ 12 of the lease sets the period, and the tenant sued after it ran.\n\n"
        "II. THE GUARANTY IS UNENFORCEABLE\n"
        "because the guarantor never signed it, as the record shows.\n\n" + BODY + "\n"
    )
    assert [heading for _, heading, _ in outline(text)] == [
        "ARGUMENT",
        "THE CLAIM IS TIME-BARRED.",
        "THE GUARANTY IS UNENFORCEABLE",
    ]


def test_a_sentence_point_wrapped_by_hand_in_unwrapped_text_is_a_heading() -> None:
    text = unwrapped(
        "ARGUMENT",
        "I. THE JUDGE CORRECTLY FOUND THAT THE PLAINTIFFS ARE NOT AGGRIEVED.",
        "A. Density alone, without proof of a particularized\n"
        "harm to the plaintiffs, does not confer standing.",
        "II. THE COURT NEED NOT REACH THE MERITS.",
    )
    assert [(label, level) for label, _, level in outline(text)] == [
        ("ARGUMENT", 0),
        ("I", 1),
        ("I.A", 2),
        ("II", 1),
    ]
    assert outline(text)[2][1] == (
        "Density alone, without proof of a particularized harm to the plaintiffs, does not "
        "confer standing."
    )


def test_the_same_sentence_in_text_wrapped_throughout_stays_body() -> None:
    # where every paragraph wraps, a numbered sentence wrapped over two lines is a paragraph
    text = brief(
        "ARGUMENT",
        "I. THE JUDGE CORRECTLY FOUND THAT THE PLAINTIFFS ARE NOT AGGRIEVED.",
        "A. Density alone, without proof of a particularized\n"
        "harm to the plaintiffs, does not confer standing.",
        "II. THE COURT NEED NOT REACH THE MERITS.",
    )
    assert [label for label, _, _ in outline(text)] == ["ARGUMENT", "I", "II"]


def test_a_numbered_sentence_on_one_line_of_unwrapped_text_stays_body() -> None:
    text = unwrapped(
        "ARGUMENT",
        "I. THE JUDGE CORRECTLY FOUND THAT THE PLAINTIFFS ARE NOT AGGRIEVED.",
        "A. Density alone, without proof of a particularized harm to the plaintiffs, does "
        "not confer standing.",
        "II. THE COURT NEED NOT REACH THE MERITS.",
    )
    assert [label for label, _, _ in outline(text)] == ["ARGUMENT", "I", "II"]


PA_CAPTION = (
    "IN THE COURT OF COMMON PLEAS OF DAUPHIN COUNTY, PENNSYLVANIA\n\n"
    "MERIDIAN ORTHODONTICS, LLC,\nPlaintiff,\n\nv.\n\nSUMMIT AIR SYSTEMS, INC.,\nDefendant.\n\n"
    "No. 2026-CV-0415\n\n"
    "Counsel of Record for this Party:\n"
    "Irene K. Valdez, Esquire\n"
    "Pa. I.D. No. 301122\n"
    "VALDEZ MORROW LLC\n"
    "Two Market Square, Suite 900\n"
    "Harrisburg, PA 17101\n\n"
)
# a numbered paragraph on one line; preliminary objections number them on through the text
AVERMENT = (
    "{}. The agreement the parties signed, which Meridian did not attach to its Complaint, "
    "excludes lost profits, loss of use and every other consequential loss in plain terms."
)
OBJECTIONS = (
    "FACTUAL BACKGROUND\n\n"
    + "\n\n".join(AVERMENT.format(number) for number in range(1, 7))
    + "\n\nFIRST PRELIMINARY OBJECTION: DEMURRER TO COUNT I\n\n"
    + "\n\n".join(AVERMENT.format(number) for number in range(7, 13))
    + "\n"
)


def test_a_notice_to_plead_under_the_counsels_address_is_a_top_heading() -> None:
    text = (
        PA_CAPTION
        + "NOTICE TO PLEAD\n\n"
        + "You are hereby notified to file a written response to the enclosed Preliminary "
        + "Objections within twenty (20) days from service hereof or a judgment may be entered.\n\n"
        + OBJECTIONS
    )
    assert [heading for _, heading, _ in outline(text)] == [
        "NOTICE TO PLEAD",
        "FACTUAL BACKGROUND",
        "FIRST PRELIMINARY OBJECTION: DEMURRER TO COUNT I",
    ]


def test_a_counsels_address_above_the_first_heading_is_no_heading() -> None:
    assert [heading for _, heading, _ in outline(PA_CAPTION + OBJECTIONS)] == [
        "FACTUAL BACKGROUND",
        "FIRST PRELIMINARY OBJECTION: DEMURRER TO COUNT I",
    ]


SIGNED = (
    "CONCLUSION\n\n"
    "The Court should deny final approval of the proposed settlement.\n\n"
    "Dated: March 2, 2026\n\n"
    "Respectfully submitted,\n\n"
    "/s/ Ada R. Moreau\n"
    "Ada R. Moreau\n"
    "Counsel for Objector Tomas Lindgren\n\n"
)


def test_a_notice_after_the_signature_is_a_section_of_the_filing() -> None:
    text = (
        brief("ARGUMENT", "I. THE SETTLEMENT IS NOT FAIR")
        + SIGNED
        + (
            "NOTICE OF INTENT TO APPEAR\n\n"
            "Objector, through counsel, intends to appear at the final approval hearing set for "
            "March 30, 2026.\n"
        )
    )
    assert [heading for _, heading, _ in outline(text)] == [
        "ARGUMENT",
        "THE SETTLEMENT IS NOT FAIR",
        "CONCLUSION",
        "NOTICE OF INTENT TO APPEAR",
    ]


def test_capitals_in_a_signature_block_and_a_memorandum_after_it_stay_out() -> None:
    # a firm's name over its address, and a bundled memorandum's title over a sentence, end
    # no signature block: only a notice does
    text = (
        brief("ARGUMENT", "I. THE SETTLEMENT IS NOT FAIR")
        + SIGNED
        + (
            "MOREAU LINDQVIST LLP\n\n"
            "One Harbor Place, Suite 300, Tampa, Florida 33602, telephone (813) 555-0100.\n\n"
            "MEMORANDUM OF LAW IN SUPPORT OF THE OBJECTION\n\n"
            "Objector submits this memorandum in support of the objection filed with it today.\n"
        )
    )
    assert [heading for _, heading, _ in outline(text)] == [
        "ARGUMENT",
        "THE SETTLEMENT IS NOT FAIR",
        "CONCLUSION",
    ]


def segment_texts(text: str) -> list[str]:
    """The text of every segment lawdiff finds in ``text`` (a one-page motion)."""
    page = Page(1, text, lines_of(text))
    filing = Filing("x.txt", "0" * 64, "text", (page,), FilingMeta(role=Role.MOTION))
    return [segment.text for segment in segment_filing(filing).segments]


def test_a_defendant_intervenors_mark_closes_the_caption() -> None:
    # the intervenor set below the defendant ("and" / "COALITION …," / "Defendant-Intervenor.")
    # is the caption's last party: nothing of it is kept as text of the brief
    texts = segment_texts(CAPTION.replace("Defendant.\n", INTERVENOR) + brief("ARGUMENT"))
    assert "ARGUMENT" in texts
    assert not any("Intervenor" in text or text == "and" for text in texts)


def test_a_party_named_intervenor_in_the_text_is_body() -> None:
    texts = segment_texts(
        CAPTION + "ARGUMENT\n\nThe Court granted the coalition leave to appear as "
        "defendant-intervenor.\n"
    )
    assert texts[-1].endswith("defendant-intervenor.")


INTERVENOR = "Defendant,\n\nand\n\nCOALITION FOR FAIR VALVE TRADE,\nDefendant-Intervenor.\n"
