"""Word's "save as text" of a brief: each paragraph one row opening with a tab, headings
too (lawdiff.segment.indented.tab_rows_are_paragraphs): a row is a block by itself."""

from __future__ import annotations

from tests.textfilings import outline

SENTENCE = (
    "The builder knew of the defect long before the sale and said nothing to the buyers, "
    "who relied on its silence when they closed (Dep. 12:4-9); the record shows as much. "
)
PARAGRAPH = "\t" + SENTENCE * 2


def word_text(*rows: str) -> str:
    """A brief saved from Word as text: ``rows`` as given, a paragraph row after each."""
    return "\n".join(f"{row}\n{PARAGRAPH}" for row in rows) + "\n"


def test_tab_opened_heading_rows_are_headings_with_their_sub_headings() -> None:
    text = word_text(
        "ARGUMENT",
        "\tThe Negligence Claims Were Brought Within Two Years of Discovery",
        "\tThe Statutory Warranty Claim Presents Genuine Issues of Material Fact",
        "\t\tThe owners gave written notice within six months of the discovery",
        "\t\tRotted sheathing and rim joists are a major construction defect",
        "\tThe Builder Knew About the Flashing Problem and Said Nothing",
        "CONCLUSION",
    )
    assert [(heading, level) for _, heading, level in outline(text)] == [
        ("ARGUMENT", 0),
        ("The Negligence Claims Were Brought Within Two Years of Discovery", 1),
        ("The Statutory Warranty Claim Presents Genuine Issues of Material Fact", 1),
        ("The owners gave written notice within six months of the discovery", 2),
        ("Rotted sheathing and rim joists are a major construction defect", 2),
        ("The Builder Knew About the Flashing Problem and Said Nothing", 1),
        ("CONCLUSION", 0),
    ]


def test_rows_of_text_without_tabs_keep_the_blank_line_rule() -> None:
    # the same rows with no tab opening them: a title-case line glued to its paragraph row
    # is no heading in text whose blank lines end blocks
    text = word_text(
        "ARGUMENT",
        "\tThe Negligence Claims Were Brought Within Two Years of Discovery",
        "\tThe Statutory Warranty Claim Presents Genuine Issues of Material Fact",
        "\t\tThe owners gave written notice within six months of the discovery",
        "\t\tRotted sheathing and rim joists are a major construction defect",
        "CONCLUSION",
    ).replace("\t", "")
    headings = [heading for _, heading, _ in outline(text)]
    assert "The owners gave written notice within six months of the discovery" not in headings
    assert "Rotted sheathing and rim joists are a major construction defect" not in headings


def test_a_short_row_of_a_paragraph_a_row_text_ending_a_sentence_is_text() -> None:
    text = word_text(
        "ARGUMENT",
        "\tThe Negligence Claims Were Brought Within Two Years of Discovery",
        "\tThe stain did not return over the winter.",
        "\tThe owners sued in March.",
        "CONCLUSION",
    )
    headings = [heading for _, heading, _ in outline(text)]
    assert headings == [
        "ARGUMENT",
        "The Negligence Claims Were Brought Within Two Years of Discovery",
        "CONCLUSION",
    ]
