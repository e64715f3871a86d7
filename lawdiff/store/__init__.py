"""lawdiff.store."""
