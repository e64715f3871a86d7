"""lawdiff.gui."""
