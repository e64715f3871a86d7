"""Comparison reports: one report model, several renderers.

Public API:
    build_report(snapshot, options) -> Report
    render_html(report, *, print_version=False) -> str
    write_docx(report, path) -> None
    render_csv(report) -> str
    report_to_aif(report) -> dict
"""

from lawdiff.report.build import build_report
from lawdiff.report.model import Report, ReportOptions

__all__ = ["Report", "ReportOptions", "build_report"]
