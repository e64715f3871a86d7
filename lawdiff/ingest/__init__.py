"""lawdiff.ingest."""
