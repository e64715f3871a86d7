"""Comparison reports: one report model, several renderers.

Public API:
    build_report(snapshot, options=None) -> Report          (lawdiff.report.build)
    render_html(report, *, print_version=False) -> str      (lawdiff.report.html)
    write_docx(report, path) -> None                        (lawdiff.report.docx_writer)
    render_csv(report) -> str                               (lawdiff.report.csv_writer)
    report_to_aif(report) -> dict                           (lawdiff.report.aif)

The renderers live in their own modules so that importing the model does not load Jinja2 or
python-docx. PDF is drawn by a ``report.pdf.PdfRenderer`` the caller passes in (Qt's, in
``lawdiff.gui.report_pdf``, so this package never imports Qt); ``lawdiff.export.export_case``
is the one entry point for writing any format. Formats are described in docs/report-formats.md.
"""

from lawdiff.report.build import build_report
from lawdiff.report.model import Report, ReportOptions

__all__ = ["Report", "ReportOptions", "build_report"]
