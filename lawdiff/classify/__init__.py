"""lawdiff.classify."""
