"""Rebuttal linking: suggest which answering sections rebut which arguments, and coverage.

Public API:
    suggest_rebuttals(sources, targets, *, threshold=None, progress=no_progress)
    plan_relink(existing, fresh) -> RelinkPlan
    coverage(sources, links, *, include_suggested=True) -> Coverage
"""

from lawdiff.link.coverage import Coverage, UnitCoverage, coverage, paragraphs_expected
from lawdiff.link.review import RelinkPlan, plan_relink
from lawdiff.link.suggest import DEFAULT_THRESHOLD, select_links, suggest_rebuttals
from lawdiff.link.units import ArgumentUnit, build_units, folding_documents

__all__ = [
    "DEFAULT_THRESHOLD",
    "ArgumentUnit",
    "Coverage",
    "RelinkPlan",
    "UnitCoverage",
    "build_units",
    "coverage",
    "folding_documents",
    "paragraphs_expected",
    "plan_relink",
    "select_links",
    "suggest_rebuttals",
]
