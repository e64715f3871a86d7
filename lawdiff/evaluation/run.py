"""``lawdiff evaluate``: run the segmentation, claim and link evaluations on the labelled sets."""

from __future__ import annotations

from pathlib import Path

from lawdiff.core.errors import KnownError

REPO = Path(__file__).resolve().parents[2]
EXPECTED = REPO / "tests" / "expected"
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"


def run_evaluation(
    what: str, corpus: Path | None = None, *, fit: bool = False, held_out_only: bool = False
) -> str:
    """The report of one evaluation (segments, claims, links) or ``all`` of them.

    With ``fit``, the link evaluation also refits the link model on every labelled pair and
    writes ``resources/link_model.json``; with ``held_out_only`` it scores the held-out sets
    only (their figures as in a full run, without the tuning cases' fits). ``rulings`` reads
    orders into scratch cases, so it lives above the workspace (:mod:`lawdiff.rulings_eval`)
    and the command line runs it.
    """
    corpus_dir = corpus or DEFAULT_CORPUS
    if not EXPECTED.is_dir():
        raise KnownError(f"the labelled sets are missing ({EXPECTED}); run from a source checkout")
    parts = []
    if what in ("segments", "all"):
        from lawdiff.evaluation.segments import run_corpus_segment_eval

        parts.append(run_corpus_segment_eval(corpus_dir, EXPECTED))
    if what in ("claims", "all"):
        from lawdiff.evaluation.claimfiles import run_claim_eval

        parts.append(run_claim_eval(corpus_dir, EXPECTED))
    if what in ("links", "all"):
        from lawdiff.evaluation.linktable import run_link_table

        parts.append(
            run_link_table(
                corpus_dir if corpus_dir.is_dir() else None, refit=fit, held_out_only=held_out_only
            )
        )
    return "\n\n".join(parts)
