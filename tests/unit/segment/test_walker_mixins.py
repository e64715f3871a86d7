"""The segmenter's walker is one class built of mixins, one per concern: a method name two
of them define would silently shadow one (a rule returning ``False`` where the walker
expects a line index walked the text again from its first line, without end)."""

from __future__ import annotations

from collections import defaultdict

from lawdiff.segment.rules import _Walker


def test_no_two_walker_mixins_define_the_same_method() -> None:
    owners: dict[str, list[str]] = defaultdict(list)
    for cls in _Walker.__mro__:
        if cls.__module__.startswith("lawdiff."):
            for name, value in vars(cls).items():
                if callable(value) and not name.startswith("__"):
                    owners[name].append(cls.__name__)
    assert {name: found for name, found in owners.items() if len(found) > 1} == {}
