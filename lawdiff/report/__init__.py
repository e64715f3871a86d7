"""lawdiff.report."""
