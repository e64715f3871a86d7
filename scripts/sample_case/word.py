"""The complaint as a DOCX (python-docx), with fixed zip timestamps."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import Any

from sample_case.labels import label_segments
from sample_case.layout import Context, Renderer
from sample_case.source import COUNT_RE, SourceDoc
from sample_case.text import Piece, parse_inline

FIXED_ZIP_TIME = (2026, 1, 12, 9, 0, 0)
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FOOTNOTES_XML = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W_NS}">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
    "</w:r></w:p></w:footnote>{notes}</w:footnotes>"
)


def write_docx(doc: SourceDoc, ctx: Context, path: Path) -> None:
    """Write the document as DOCX: Heading 1/2 styles, "1." paragraph prefixes, real footnotes."""
    import docx  # python-docx; only this script writes DOCX outside lawdiff/report
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = docx.Document()
    _docx_defaults(document, doc, Pt)
    renderer = Renderer(doc, ctx, label_segments(doc)[0])
    for text in ctx.case["court"]:
        para = document.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        para.add_run(text).bold = True
    _docx_caption(document, doc, ctx.case)
    notes: list[tuple[str, str]] = []
    for block in doc.blocks:
        if block.kind == "heading":
            heading = document.add_heading(block.text, level=min(block.level, 2))
            if COUNT_RE.match(block.text) or block.level == 1:
                heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
            continue
        if block.kind == "directive":
            if block.text == "signature":
                for text in [
                    doc.meta["dated"],
                    "",
                    *ctx.case["firms"][doc.meta["firm"]]["signature"],
                ]:
                    document.add_paragraph(text)
            continue
        para = document.add_paragraph()
        if block.kind == "num":
            para.add_run(f"{block.key.removeprefix('¶ ')}.\t")
        _docx_runs(para, parse_inline(renderer.resolve(block.text)), notes)
    buffer = io.BytesIO()
    _docx_footnotes(document, notes, renderer)
    document.save(buffer)
    path.write_bytes(_fixed_zip(buffer.getvalue()))


def _docx_defaults(document: Any, doc: SourceDoc, pt: Any) -> None:
    from datetime import datetime

    style = document.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = pt(12)
    style.paragraph_format.line_spacing = 2.0
    props = document.core_properties
    props.title = doc.meta["title"]
    props.author = "lawdiff sample case (fictional)"
    props.last_modified_by = "lawdiff"
    props.revision = 1
    stamp = datetime.fromisoformat(doc.meta["filed"] + "T09:00:00")
    props.created = props.modified = stamp


def _docx_caption(document: Any, doc: SourceDoc, case: dict[str, Any]) -> None:
    table = document.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    left.text = "\n".join(case["caption_left"])
    right.text = "\n".join(
        [
            f"Case No. {case['docket']}",
            "",
            doc.meta["title"],
            "",
            *doc.meta.get("caption_extra", []),
        ]
    )


def _docx_runs(para: Any, pieces: list[Piece], notes: list[tuple[str, str]]) -> None:
    from docx.oxml import parse_xml

    for text, style in pieces:
        if style == "FN":
            notes.append((text, ""))
            para._p.append(
                parse_xml(
                    f'<w:r xmlns:w="{W_NS}"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                    f'<w:footnoteReference w:id="{text}"/></w:r>'
                )
            )
            continue
        run = para.add_run(text)
        run.italic = "I" in style
        run.bold = "B" in style


def _docx_footnotes(document: Any, notes: list[tuple[str, str]], renderer: Renderer) -> None:
    from xml.sax.saxutils import escape

    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    if not notes:
        return
    body = []
    for key, _ in notes:
        text = re.sub(r"\*+", "", renderer.resolve(renderer.doc.footnotes[key]))
        body.append(
            f'<w:footnote w:id="{key}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/>'
            f'</w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {escape(text)}'
            "</w:t></w:r></w:p></w:footnote>"
        )
    blob = FOOTNOTES_XML.format(notes="".join(body)).encode("utf-8")
    content_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
    part = Part(PackURI("/word/footnotes.xml"), content_type, blob, document.part.package)
    document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)


def _fixed_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps so the DOCX bytes are reproducible."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()
