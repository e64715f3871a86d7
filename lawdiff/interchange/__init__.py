"""The lawdiff JSON interchange format (version 1): export, validate, import.

Documented in docs/json-format.md; the JSON Schema is resources/schema/lawdiff-case.schema.json.
jsonschema lives here and nowhere else.
"""

from lawdiff.interchange.export import snapshot_to_json
from lawdiff.interchange.read import (
    FORMAT_VERSION,
    is_interchange_file,
    read_interchange,
    validate_interchange,
)
from lawdiff.interchange.write import store_interchange

__all__ = [
    "FORMAT_VERSION",
    "is_interchange_file",
    "read_interchange",
    "snapshot_to_json",
    "store_interchange",
    "validate_interchange",
]
