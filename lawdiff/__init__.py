"""lawdiff: compare adversarial legal filings argument by argument."""

__version__ = "0.1.0"
