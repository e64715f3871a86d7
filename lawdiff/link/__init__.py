"""lawdiff.link."""
