"""Selection is fitted for a precision-weighted F-beta (link14), figures stay F1."""

from __future__ import annotations

import pytest

from lawdiff.evaluation.linktable import FIT_BETA, f_beta


def test_f_beta_of_one_is_f1() -> None:
    assert f_beta(8, 10, 16, 1.0) == pytest.approx(2 * 0.8 * 0.5 / 1.3)
    assert f_beta(0, 0, 16, 1.0) == 0.0


def test_the_fitting_objective_prefers_fewer_surer_links_where_f1_does_not() -> None:
    sure, loose = (8, 10, 16), (12, 20, 16)  # precision 0.8 recall 0.5; 0.6 and 0.75
    assert f_beta(*loose, 1.0) > f_beta(*sure, 1.0)
    assert FIT_BETA < 1.0
    assert f_beta(*sure, FIT_BETA) > f_beta(*loose, FIT_BETA)
