"""The one facade through which anything changes a case (filled in by the foundation work)."""
