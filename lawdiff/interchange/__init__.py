"""The JSON interchange format."""
