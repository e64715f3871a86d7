"""Check that a change to the linker leaves its output unchanged, to the last bit.

Run ``bench/same_links.py save OUT`` on the code before the change and
``bench/same_links.py compare OUT`` after it, both with the same ``PYTHONHASHSEED`` (cosine and
BM25 sum over a set's order, so their last bits move with the hash seed; the suggestions do
not). Compared, on bench/link.py's inputs (500 and 2,000) and on every labelled pair in every
variant as the link evaluation imports them: suggest_rebuttals at threshold 0 and at the
model's own threshold (every field, scores as exact floats) and pair_rows' feature rows.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path
from typing import Any

from lawdiff.core.ids import DocumentId
from lawdiff.core.model import SegmentInfo
from lawdiff.evaluation.linkpairs import all_cases
from lawdiff.evaluation.run import DEFAULT_CORPUS
from lawdiff.link import suggest_rebuttals
from lawdiff.link.scoring import pair_rows

sys.path.insert(0, str(Path(__file__).parent))
import link as bench  # bench/link.py, beside this file

PARTS = ("suggestions at threshold 0", "suggestions at the model's threshold", "pair_rows rows")


def exact(value: Any) -> Any:
    """``value`` as nested tuples with every float as its hex string (equal only if bit-equal)."""
    if isinstance(value, float):
        return ("float", value.hex())
    if isinstance(value, list | tuple):
        return tuple(exact(v) for v in value)
    if isinstance(value, dict):
        return tuple((k, exact(v)) for k, v in value.items())
    if hasattr(value, "__dataclass_fields__"):
        fields = value.__dataclass_fields__
        return (type(value).__name__, tuple((f, exact(getattr(value, f))) for f in fields))
    return repr(value)


def outputs(
    sources: list[SegmentInfo], targets: list[SegmentInfo], fold: frozenset[DocumentId]
) -> tuple[Any, ...]:
    return (
        exact(suggest_rebuttals(sources, targets, threshold=0.0, fold=fold)),
        exact(suggest_rebuttals(sources, targets, fold=fold)),
        exact(pair_rows(sources, targets, fold=fold)),
    )


def everything() -> dict[tuple[str, str], tuple[Any, ...]]:
    found = {}
    for size in (500, 2000):
        sources, targets, _ = bench.build(size, 7)
        found[("bench", str(size))] = outputs(sources, targets, frozenset())
    corpus = DEFAULT_CORPUS if DEFAULT_CORPUS.is_dir() else None
    for case in all_cases(corpus):
        found[(case.name, case.variant)] = outputs(case.sources, case.targets, case.fold)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("save", "compare"))
    parser.add_argument("file", type=Path)
    args = parser.parse_args()
    found = everything()
    if args.mode == "save":
        args.file.write_bytes(pickle.dumps(found))
        print(f"saved {len(found)} inputs to {args.file}")
        return
    saved = pickle.loads(args.file.read_bytes())
    pairs = len({name for name, _ in saved if name != "bench"})
    same = sum(saved.get(key) == value for key, value in found.items())
    print(f"identical on {same}/{len(saved)} inputs ({pairs} labelled pairs, every variant)")
    for i, part in enumerate(PARTS):
        alike = sum(key in saved and saved[key][i] == value[i] for key, value in found.items())
        print(f"  {part}: {alike}/{len(saved)}")
    if same != len(saved) or found.keys() != saved.keys():
        sys.exit(1)


if __name__ == "__main__":
    main()
