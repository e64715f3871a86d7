"""The claim and issue taxonomy: read `resources/taxonomy.toml` (or a user's copy), compile it."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from lawdiff.classify.contexts import SectionContext, parse_contexts, parse_mentions
from lawdiff.classify.cues import Cue, CueIndex, CueSyntaxError, compile_cue
from lawdiff.core.cuefile import check_unit, read_cue_file, table, weights_table
from lawdiff.core.errors import KnownError
from lawdiff.core.model import ClaimType
from lawdiff.core.paths import resource_path

DEFAULT_WEIGHTS: Mapping[str, float] = {"strong": 0.9, "medium": 0.6, "weak": 0.3}
DEFAULT_THRESHOLD = 0.5
DEFAULT_INHERIT_FACTOR = 0.85
_ID = re.compile(r"[a-z0-9][a-z0-9-]*(?:\.[a-z0-9][a-z0-9-]*)+")
_TYPE_HEADER = re.compile(r"^[ \t]*\[\[[ \t]*type[ \t]*\]\]", re.MULTILINE)
_TYPE_KEYS = frozenset(
    {"id", "name", "group", "parent", "threshold", "unless", "yields_to", *DEFAULT_WEIGHTS}
)


@dataclass(frozen=True)
class Taxonomy:
    """Claim and issue types with their compiled cues.

    Attributes:
        types: the types in file order.
        cues: every compiled cue of every type.
        threshold: the default confidence a type needs to be tagged.
        inherit_factor: confidence multiplier for a tag inherited from a count or heading.
        thresholds: per-type thresholds that differ from ``threshold``.
        source: the file it was read from.
        unless: per type, cues of contexts in which its cues do not count (see
            :func:`lawdiff.classify.cues.mask_spans`).
        contexts: kinds of section (a legal standard) in which only some groups are argued.
        mentions: cues of contexts in which no type's cues count (a case caption, a record
            cite's description of a filing).
        yields: per type, the types it gives way to on the same text when none of its own
            strong cues matched (generic exclusion words are expert admissibility in a
            Daubert brief, not a motion in limine).
        strong_weight: the weight of a strong cue.
    """

    types: tuple[ClaimType, ...]
    cues: tuple[Cue, ...] = ()
    threshold: float = DEFAULT_THRESHOLD
    inherit_factor: float = DEFAULT_INHERIT_FACTOR
    thresholds: Mapping[str, float] = field(default_factory=dict, compare=False)
    source: str = ""
    unless: Mapping[str, tuple[Cue, ...]] = field(default_factory=dict, compare=False)
    contexts: tuple[SectionContext, ...] = field(default=(), compare=False)
    mentions: tuple[Cue, ...] = field(default=(), compare=False)
    yields: Mapping[str, tuple[str, ...]] = field(default_factory=dict, compare=False)
    strong_weight: float = DEFAULT_WEIGHTS["strong"]
    index: CueIndex = field(init=False, repr=False, compare=False)
    mention_index: CueIndex = field(init=False, repr=False, compare=False)
    unless_index: Mapping[str, CueIndex] = field(init=False, repr=False, compare=False)
    _by_id: Mapping[str, ClaimType] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "index", CueIndex(self.cues))
        object.__setattr__(self, "mention_index", CueIndex(self.mentions))
        unless = {claim: CueIndex(cues) for claim, cues in self.unless.items()}
        object.__setattr__(self, "unless_index", unless)
        object.__setattr__(self, "_by_id", {t.id: t for t in self.types})

    def get(self, claim_id: str) -> ClaimType:
        """The type with this id.

        Raises:
            KeyError: no such type in this taxonomy.
        """
        return self._by_id[claim_id]

    def __contains__(self, claim_id: object) -> bool:
        return claim_id in self._by_id

    def groups(self) -> tuple[str, ...]:
        """The groups in the order they first appear."""
        return tuple(dict.fromkeys(t.group for t in self.types))

    def threshold_of(self, claim_id: str) -> float:
        """The confidence ``claim_id`` needs to be tagged."""
        return self.thresholds.get(claim_id, self.threshold)

    def descendants(self, claim_id: str) -> tuple[str, ...]:
        """The types that refine ``claim_id``, at any depth, in file order (for filtering)."""
        return tuple(t.id for t in self.types if claim_id in self.ancestors(t.id))

    def of_group(self, group: str) -> tuple[ClaimType, ...]:
        """The types of one group, in file order."""
        return tuple(t for t in self.types if t.group == group)

    def ancestors(self, claim_id: str) -> tuple[str, ...]:
        """The parent, grandparent, … of ``claim_id`` (nearest first)."""
        chain: list[str] = []
        parent = self._by_id[claim_id].parent if claim_id in self._by_id else None
        while parent is not None and parent not in chain:
            chain.append(parent)
            parent = self._by_id[parent].parent
        return tuple(chain)


def load_taxonomy(path: Path | None = None) -> Taxonomy:
    """Read and compile a taxonomy file.

    Args:
        path: a taxonomy TOML file; the bundled ``resources/taxonomy.toml`` when None.

    Returns:
        The compiled taxonomy.

    Raises:
        KnownError: the file cannot be read, is not valid TOML, or an entry is malformed
            (the message names the file, the entry and its line).
    """
    if path is None:
        return _bundled()
    return _load(Path(path))


@lru_cache(maxsize=1)
def _bundled() -> Taxonomy:
    return _load(resource_path("taxonomy.toml"))


def _load(path: Path) -> Taxonomy:
    data, raw = read_cue_file(path, "taxonomy file")
    return _parse(data, raw, path)


def _parse(data: Mapping[str, Any], raw: str, path: Path) -> Taxonomy:
    settings = table(data, "settings", path)
    weights = weights_table(data, path, DEFAULT_WEIGHTS)
    entries = data.get("type", [])
    if not isinstance(entries, list) or not entries:
        raise KnownError("no [[type]] entries: the taxonomy defines no claims", path)
    lines = [raw.count("\n", 0, m.start()) + 1 for m in _TYPE_HEADER.finditer(raw)]
    types: list[ClaimType] = []
    cues: list[Cue] = []
    thresholds: dict[str, float] = {}
    unless: dict[str, tuple[Cue, ...]] = {}
    yields: dict[str, tuple[str, ...]] = {}
    for number, entry in enumerate(entries):
        where = f"[[type]] entry {number + 1}" + (
            f" (line {lines[number]})" if number < len(lines) else ""
        )
        claim, entry_cues, threshold = _parse_type(entry, weights, where, path)
        types.append(claim)
        cues.extend(entry_cues)
        if threshold is not None:
            thresholds[claim.id] = threshold
        contexts = _cue_list(entry, "unless", where, path)
        if contexts:
            unless[claim.id] = tuple(
                _cue(text, claim.id, 0.0, f"{where}, unless", path) for text in contexts
            )
        gives_way = _cue_list(entry, "yields_to", where, path)
        if gives_way:
            yields[claim.id] = tuple(gives_way)
    _check_references(types, path)
    _check_yields(yields, {t.id for t in types}, path)
    threshold = settings.get("threshold", DEFAULT_THRESHOLD)
    factor = settings.get("inherit_factor", DEFAULT_INHERIT_FACTOR)
    check_unit(threshold, "[settings] threshold", path)
    check_unit(factor, "[settings] inherit_factor", path)
    return Taxonomy(
        tuple(types),
        tuple(cues),
        float(threshold),
        float(factor),
        thresholds,
        str(path),
        unless,
        parse_contexts(data, {t.group for t in types}, path),
        parse_mentions(data, path),
        yields,
        float(weights["strong"]),
    )


def _check_yields(yields: Mapping[str, tuple[str, ...]], known: set[str], path: Path) -> None:
    for claim, others in yields.items():
        for other in others:
            if other not in known or other == claim:
                raise KnownError(f"id {claim!r}: yields_to {other!r} is not another type", path)


def _parse_type(
    entry: object, weights: Mapping[str, float], where: str, path: Path
) -> tuple[ClaimType, list[Cue], float | None]:
    if not isinstance(entry, dict):
        raise KnownError(f"{where} is not a table", path)
    unknown = sorted(set(entry) - _TYPE_KEYS - set(weights))
    if unknown:
        raise KnownError(f"{where}: unknown key(s) {', '.join(unknown)}", path)
    claim_id = _text(entry, "id", where, path)
    where = f"{where}, id {claim_id!r}"
    if not _ID.fullmatch(claim_id):
        raise KnownError(f"{where}: an id is lowercase and dotted, like 'contract.breach'", path)
    parent = entry.get("parent") or None
    if parent is not None and not isinstance(parent, str):
        raise KnownError(f"{where}: parent must be a string", path)
    claim = ClaimType(
        claim_id, _text(entry, "name", where, path), _text(entry, "group", where, path), parent
    )
    compiled = (
        _cue(text, claim_id, weight, f"{where}, {level}", path)
        for level, weight in weights.items()
        for text in _cue_list(entry, level, where, path)
    )
    # Cues that compile alike ("breach of contract", "breach-of-contract") count once, at the
    # weight of the first (strongest) list that gives them.
    unique: dict[tuple[str, bool], Cue] = {}
    for cue in compiled:
        unique.setdefault((cue.pattern.pattern, cue.lower), cue)
    cues = list(unique.values())
    if not cues:
        raise KnownError(f"{where}: give at least one cue (strong, medium or weak)", path)
    threshold = entry.get("threshold")
    if threshold is not None:
        check_unit(threshold, f"{where}: threshold", path)
        threshold = float(threshold)
    return claim, cues, threshold


def _text(entry: Mapping[str, Any], key: str, where: str, path: Path) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or not value.strip():
        raise KnownError(f"{where}: '{key}' is missing or empty", path)
    return value.strip()


def _cue_list(entry: Mapping[str, Any], level: str, where: str, path: Path) -> list[str]:
    value = entry.get(level, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise KnownError(f"{where}: '{level}' must be a list of strings", path)
    return list(dict.fromkeys(value))


def _cue(text: str, claim_id: str, weight: float, where: str, path: Path) -> Cue:
    try:
        return compile_cue(text, claim_id, weight)
    except CueSyntaxError as exc:
        raise KnownError(f"{where}: cue {text!r}: {exc}", path) from exc


def _check_references(types: list[ClaimType], path: Path) -> None:
    seen: set[str] = set()
    for claim in types:
        if claim.id in seen:
            raise KnownError(f"id {claim.id!r} is defined twice", path)
        seen.add(claim.id)
    parents = {claim.id: claim.parent for claim in types}
    for claim in types:
        if claim.parent is not None and claim.parent not in seen:
            raise KnownError(f"id {claim.id!r}: parent {claim.parent!r} is not defined", path)
        chain, current = [claim.id], claim.parent
        while current is not None:
            if current in chain:
                loop = " -> ".join([*chain, current])
                raise KnownError(f"id {claim.id!r}: parents form a loop ({loop})", path)
            chain.append(current)
            current = parents[current]
