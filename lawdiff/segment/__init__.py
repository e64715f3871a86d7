"""lawdiff.segment."""
