"""Self-contained HTML through Jinja2 (its only home): inline CSS, no external assets.

Autoescaping is on for every template and no value is marked safe, so filing text such as
``<script>`` or ``{{ 7*7 }}`` is printed as text; data is never compiled as a template.
"""

from __future__ import annotations

from functools import cache

import jinja2

from lawdiff.core.paths import resource_path
from lawdiff.report.model import Report

TEMPLATE = "report.html.j2"


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(resource_path("templates")),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=False,
        lstrip_blocks=False,
    )


def render_html(report: Report, *, print_version: bool = False) -> str:
    """The report as one HTML page.

    Args:
        report: the report to show.
        print_version: the variant for Qt's ``QTextDocument`` (PDF): table attributes instead
            of modern CSS, a page break before the first claim.
    """
    template = _environment().get_template(TEMPLATE)
    return template.render(report=report, print=print_version)
