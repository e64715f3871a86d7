"""Long fuzz run: the property tests of tests/robustness/test_fuzz.py with many examples.

Usage: .venv/bin/python scripts/fuzz.py [--examples 20000] [-k PATTERN]
Runs each property with that many random examples (not derandomised, so every run explores
new inputs) and exits non-zero with hypothesis' minimal failing example if one breaks.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=20000, help="examples per property")
    parser.add_argument("-k", default="", help="only properties matching this pytest -k")
    args = parser.parse_args()
    env = {**os.environ, "LAWDIFF_FUZZ_EXAMPLES": str(args.examples)}
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
    command += ["tests/robustness/test_fuzz.py", "--hypothesis-show-statistics"]
    if args.k:
        command += ["-k", args.k]
    return subprocess.call(command, cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main())
