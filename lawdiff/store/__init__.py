"""The case database: one SQLite file per case, through SQLAlchemy 2 (its only home).

Repository functions take a Session; ``engine.run_in_transaction`` gives one session and one
transaction per user action.
"""

from lawdiff.store.engine import CaseDatabase, open_case_file, read, run_in_transaction
from lawdiff.store.migrations import SCHEMA_VERSION

__all__ = ["SCHEMA_VERSION", "CaseDatabase", "open_case_file", "read", "run_in_transaction"]
