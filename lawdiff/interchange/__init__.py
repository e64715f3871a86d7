"""The lawdiff JSON interchange format (version 3): export, validate, parse (a stage: no database).

Documented in docs/json-format.md; the JSON Schema is resources/schema/lawdiff-case.schema.json.
jsonschema lives here and nowhere else.
"""

from lawdiff.interchange.export import snapshot_to_json
from lawdiff.interchange.parse import InterchangeCase, InterchangeLink, parse_interchange
from lawdiff.interchange.read import (
    FORMAT_VERSION,
    is_interchange_file,
    is_interchange_head,
    read_interchange,
    validate_interchange,
)

__all__ = [
    "FORMAT_VERSION",
    "InterchangeCase",
    "InterchangeLink",
    "is_interchange_file",
    "is_interchange_head",
    "parse_interchange",
    "read_interchange",
    "snapshot_to_json",
    "validate_interchange",
]
