"""lawdiff.cite."""
