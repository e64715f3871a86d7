"""The labelled brief pairs of the link evaluation, found by folder, and their variants.

Three kinds of gold are read, wherever they are:

- a brief-pair folder (``../shared/briefpairs/<slug>/``, ``data/briefpairs/<slug>/``):
  ``motion.txt``, ``opposition.txt`` and ``gold.json`` naming headings by their text;
- a corpus pair (``tests/expected/briefpairs_corpus/<slug>/gold.json``): the same gold with a
  ``documents`` field naming the two filings in ``../shared/corpus``;
- a label gold file (``tests/expected/gold_links_*.json``, :mod:`lawdiff.evaluation.links`).

Each pair is imported as its files are (text or PDF, so claims and citations are found) and as
JSON would bring it in (the gold outline for a brief pair; claims and citations empty), then
varied: headings in capitals, numbering stripped, the answer's arguments shuffled. Headings are
matched to imported units by their normalized text, in document order.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from lawdiff.core.errors import KnownError
from lawdiff.core.ids import DocumentId, SegmentId
from lawdiff.core.model import CitationKind, SegmentInfo, SegmentKind
from lawdiff.evaluation.links import find_unit, import_case, import_gold_case, load_gold
from lawdiff.ingest.letter_spacing import joined
from lawdiff.link import build_units
from lawdiff.link.baseline import near_duplicate
from lawdiff.link.textnorm import WORD, content_words, strip_numbering

REPO = Path(__file__).resolve().parents[2]
SEED = 11


@dataclass(frozen=True)
class PairCase:
    """One pair in one variant, with its gold as unit ids.

    Attributes:
        name: the pair ("ny-mtd-contract").
        group: the case it belongs to (pairs of one case are left out together).
        variant: "text", "pdf", "json", "caps", "unnumbered" or "shuffled".
        sources, targets: the segments of the moving and answering filings.
        gold: gold (source unit, target unit) pairs.
        asked: source units with a gold answer (top-1 and MRR average over them).
        judged: source units whose suggestions count for precision and recall.
        record_cites: the answering filing cites the moving one's record.
        unmatched: gold headings no imported unit carries.
        relations: gold relation of each gold pair, where the gold gives one.
    """

    name: str
    group: str
    variant: str
    sources: list[SegmentInfo]
    targets: list[SegmentInfo]
    gold: frozenset[tuple[SegmentId, SegmentId]]
    asked: tuple[SegmentId, ...]
    judged: frozenset[SegmentId]
    record_cites: bool
    unmatched: int = 0
    relations: tuple[tuple[SegmentId, SegmentId, str], ...] = ()
    new: bool = False  # written for issue 11 by the first independent labeller
    held_out: str = ""  # the gold's "set" when it is a held-out one: never fitted on
    batch: str = ""  # the gold's "set" as written ("tuning (was held-out pairs4)"), if any
    kinds: tuple[tuple[SegmentId, SegmentId, str], ...] = ()  # each gold pair's link type
    fold: frozenset[DocumentId] = frozenset()  # documents whose numbered paragraphs fold


HELD_OUT = "held-out"  # a gold "set" starting so is never fitted on


def held_out_set(batch: str) -> str:
    """``batch`` (a gold's ``"set"``) when it is held out from every fit, else "".

    Only a set named ``"held-out (…)"`` is held out; a batch scored once and then turned into
    fitting data is renamed (``"tuning (was held-out pairs4)"``) and is fitted on like the rest.
    """
    return batch if batch.strip().lower().startswith(HELD_OUT) else ""


def pair_folders(corpus_dir: Path | None) -> list[Path]:
    """Every brief-pair folder: the shared set beside the corpus and the repository's own."""
    roots = [REPO / "data" / "briefpairs", REPO / "tests" / "expected" / "briefpairs_corpus"]
    if corpus_dir is not None:
        roots.insert(0, corpus_dir.parent / "briefpairs")
    return sorted(
        {
            d.resolve()
            for root in roots
            if root.is_dir()
            for d in root.iterdir()
            if (d / "gold.json").is_file()
        },
        key=lambda d: d.name,
    )


def all_cases(corpus_dir: Path | None, skipped: list[str] | None = None) -> Iterator[PairCase]:
    """Every pair in every variant.

    A pair whose files are missing or cannot be imported is left out, with one line saying
    why appended to ``skipped``.
    """
    notes = skipped if skipped is not None else []
    for folder in pair_folders(corpus_dir):
        try:
            yield from list(heading_gold_cases(folder, corpus_dir))
        except FileNotFoundError as error:
            notes.append(f"{folder.name}: file not found ({error})")
        except KnownError as error:
            notes.append(f"{folder.name}: {' '.join(str(error).split())}")
    expected = REPO / "tests" / "expected"
    for path in sorted(expected.glob("gold_links_*.json")):
        try:
            yield from list(label_gold_cases(path, corpus_dir))
        except KnownError as error:
            notes.append(f"{path.name}: {' '.join(str(error).split())}")


def heading_gold_cases(folder: Path, corpus_dir: Path | None) -> Iterator[PairCase]:
    """A brief pair's variants: as its files import, as JSON, and varied."""
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    files = _pair_files(folder, gold, corpus_dir)
    (sources, targets), fold = import_case(files)
    base = _matched(
        folder.name, "text" if files[0].suffix == ".txt" else "pdf", gold, sources, targets, fold
    )
    batch = str(gold.get("set", ""))
    base = replace(
        base, new=REPO in folder.parents and not batch, held_out=held_out_set(batch), batch=batch
    )
    yield base
    if files[0].suffix == ".txt" and gold.get("moving") and gold.get("response"):
        sources = outline_segments(files[0].read_text(encoding="utf-8"), gold["moving"], 1)
        targets = outline_segments(files[1].read_text(encoding="utf-8"), gold["response"], 2)
        json_case = _matched(folder.name, "json", gold, sources, targets, fold)
    elif gold.get("moving") and gold.get("response"):  # a real filing: its text, gold outline
        sources = outline_segments(_as_text(base.sources, gold["moving"]), gold["moving"], 1)
        targets = outline_segments(_as_text(base.targets, gold["response"]), gold["response"], 2)
        json_case = _matched(folder.name, "json", gold, sources, targets, fold)
    else:
        json_case = replace(
            base, variant="json", sources=_bare(base.sources), targets=_bare(base.targets)
        )
    json_case = replace(
        json_case,
        record_cites=base.record_cites,
        new=base.new,
        held_out=base.held_out,
        batch=base.batch,
    )
    yield json_case
    yield from varied(json_case)


def label_gold_cases(path: Path, corpus_dir: Path | None) -> Iterator[PairCase]:
    """A label gold file's variants: as the PDFs import, as JSON, and varied."""
    gold = load_gold(path)
    (sources, targets), fold = import_gold_case(path, corpus_dir)
    pairs: set[tuple[SegmentId, SegmentId]] = set()
    judged: list[SegmentId] = []
    for source_label, target_label in gold.links:
        source = find_unit(source_label, sources, fold)
        judged.append(source)
        if target_label is not None:
            pairs.add((source, find_unit(target_label, targets, fold)))
    per_source = Counter(s for s, _ in pairs)
    kinds = tuple((s, t, "primary" if per_source[s] == 1 else "untyped") for s, t in pairs)
    asked = tuple(dict.fromkeys(s for s, _ in sorted(pairs, key=lambda p: judged.index(p[0]))))
    name = path.stem.removeprefix("gold_links_")
    group = gold.folder or name
    base = PairCase(
        name=name,
        group="sample" if "sample" in group else group,
        variant="pdf",
        sources=sources,
        targets=targets,
        gold=frozenset(pairs),
        asked=asked,
        judged=frozenset(judged),
        record_cites=_has_record_cites(sources, targets),
        kinds=kinds,
        fold=fold,
    )
    yield base
    bare = replace(base, variant="json", sources=_bare(sources), targets=_bare(targets))
    yield bare
    yield from varied(bare)


def varied(case: PairCase) -> Iterator[PairCase]:
    """The robustness variants of a case: capitals, no numbering, shuffled answer."""
    yield replace(case, variant="caps", sources=_caps(case.sources), targets=_caps(case.targets))
    yield replace(
        case,
        variant="unnumbered",
        sources=_unnumbered(case.sources),
        targets=_unnumbered(case.targets),
    )
    yield replace(case, variant="shuffled", targets=_shuffled(case.targets, random.Random(SEED)))


def _pair_files(folder: Path, gold: dict[str, Any], corpus_dir: Path | None) -> list[Path]:
    if (folder / "motion.txt").is_file():
        return [folder / "motion.txt", folder / "opposition.txt"]
    documents = gold.get("documents")
    if isinstance(documents, dict):
        names = [
            documents.get("moving") or documents.get("source"),
            documents.get("response") or documents.get("target"),
        ]
    elif isinstance(documents, list) and len(documents) == 2:
        names = documents
    else:
        raise FileNotFoundError(folder)
    return [_find(str(n), corpus_dir, str(gold.get("folder", ""))) for n in names]


def _find(name: str, corpus_dir: Path | None, folder: str) -> Path:
    if corpus_dir is None or not corpus_dir.is_dir():
        raise FileNotFoundError(name)
    if (corpus_dir / name).is_file():
        return corpus_dir / name
    if folder and (corpus_dir / folder / name).is_file():
        return corpus_dir / folder / name
    for path in corpus_dir.rglob(name):
        return path
    raise FileNotFoundError(name)


def normalized(heading: str) -> str:
    """A heading as matched: letter-spaced small capitals joined (as the text import joins
    them: :mod:`lawdiff.ingest.letter_spacing`), numbering stripped, lower case, words only."""
    return " ".join(WORD.findall(strip_numbering(joined(heading)).lower()))


def _matched(
    name: str,
    variant: str,
    gold: dict[str, Any],
    sources: list[SegmentInfo],
    targets: list[SegmentInfo],
    fold: frozenset[DocumentId] = frozenset(),
) -> PairCase:
    """A heading gold's pairs as unit ids of this import (``fold``: as :class:`PairCase`)."""
    moving = _match_headings([h["heading"] for h in gold.get("moving", [])], sources, fold)
    answer = _match_headings([h["heading"] for h in gold.get("response", [])], targets, fold)
    kinds = {h["heading"]: h.get("kind", "argument") for h in gold.get("moving", [])}
    unmatched = sum(1 for v in [*moving.values(), *answer.values()] if v is None)
    pairs: set[tuple[SegmentId, SegmentId]] = set()
    relations: list[tuple[SegmentId, SegmentId, str]] = []
    types: list[tuple[SegmentId, SegmentId, str]] = []
    asked: list[SegmentId] = []
    judged: set[SegmentId] = set()
    missing = []  # gold sources no unit carries: each counts once as a miss
    kind_of = link_kinds(gold)
    for link in gold.get("links", []):
        source, target = moving.get(link[0]), answer.get(link[1])
        if source is None:
            missing.append(link[0])
            continue
        judged.add(source)
        if source not in asked:
            asked.append(source)
        if target is not None:
            pairs.add((source, target))
            types.append((source, target, kind_of[(link[0], link[1])]))
            if len(link) > 2:
                relations.append((source, target, str(link[2])))
    for heading in gold.get("unanswered", []):
        if moving.get(heading) is not None and kinds.get(heading, "argument") == "argument":
            judged.add(moving[heading])  # type: ignore[arg-type]
    return PairCase(
        name=name,
        group=name,
        variant=variant,
        sources=sources,
        targets=targets,
        gold=frozenset(pairs),
        asked=tuple(asked) + tuple(SegmentId(-i) for i in range(1, len(set(missing)) + 1)),
        judged=frozenset(judged),
        record_cites=_has_record_cites(sources, targets),
        unmatched=unmatched,
        relations=tuple(relations),
        kinds=tuple(types),
        fold=fold,
    )


LINK_KINDS = ("primary", "parent", "lead-in", "merged", "split", "untyped")


def link_kinds(gold: dict[str, Any]) -> dict[tuple[str, str], str]:
    """Each gold link's type (docs/labelling.md, "primary and secondary links"), by headings.

    ``primary`` when the gold lists it as primary (or, with no ``primary`` list, when it is
    its argument's only link); of the secondary ones, ``parent`` when the target encloses the
    argument's primary answer, ``lead-in`` when the target has sub-sections of its own,
    ``merged`` when another argument links to it too, else ``split`` (a second answer).
    Without a ``primary`` list, a second link is ``untyped``.
    """
    links = [(str(link[0]), str(link[1])) for link in gold.get("links", []) if link[1]]
    listed = "primary" in gold
    primary = {(str(p[0]), str(p[1])) for p in gold.get("primary", [])}
    first = {s: t for s, t in links if (s, t) in primary}
    ancestors, parents = _outline_family(gold.get("response", []))
    counts: dict[str, int] = {}
    for s, _ in links:
        counts[s] = counts.get(s, 0) + 1
    kinds: dict[tuple[str, str], str] = {}
    for s, t in links:
        if (s, t) in primary or (not listed and counts[s] == 1):
            kinds[(s, t)] = "primary"
        elif not listed:
            kinds[(s, t)] = "untyped"
        elif t in ancestors.get(first.get(s, ""), ()):
            kinds[(s, t)] = "parent"
        elif t in parents:
            kinds[(s, t)] = "lead-in"
        elif any(o != s and ot == t for o, ot in links):
            kinds[(s, t)] = "merged"
        else:
            kinds[(s, t)] = "split"
    return kinds


def _outline_family(headings: Sequence[dict[str, Any]]) -> tuple[dict[str, set[str]], set[str]]:
    """Each heading's enclosing headings (by level, in reading order), and those with children.

    Part headings (``kind`` non-argument, such as ARGUMENT) enclose nothing here: a lead-in
    is an argument's.
    """
    ancestors: dict[str, set[str]] = {}
    parents: set[str] = set()
    stack: list[tuple[int, str]] = []
    for h in headings:
        level, text = int(h.get("level", 1)), str(h["heading"])
        while stack and stack[-1][0] >= level:
            stack.pop()
        ancestors[text] = {t for _, t in stack}
        if stack:
            parents.add(stack[-1][1])
        if h.get("kind", "argument") == "argument":
            stack.append((level, text))
    return ancestors, parents


def _match_headings(
    headings: Sequence[str],
    segments: Sequence[SegmentInfo],
    fold: frozenset[DocumentId] = frozenset(),
) -> dict[str, SegmentId | None]:
    """Gold heading → the unit carrying it, matched in document order (None: not found)."""
    units = [u for u in build_units(segments, fold) if u.heading]
    keys = [normalized(u.heading) for u in units]
    found: dict[str, SegmentId | None] = {}
    start = 0
    numbers = [_last_number(u.segment.label) for u in units]
    tests: tuple[Callable[[str, str], bool], ...] = (
        lambda g, k: g == k,
        # real filings' gold gives "the printed label and the opening words" (docs/labelling.md)
        lambda g, k: len(g) > 20 and (k.startswith(g) or (g.startswith(k) and len(k) > 20)),
        lambda g, k: bool(g) and (k.endswith(g) or (g.endswith(k) and len(k) > 20)),
        lambda g, k: bool(g) and near_duplicate(g, k),
    )
    for heading in headings:
        wanted = normalized(heading)
        hit = None
        for test in tests:
            hit = next((i for i in range(start, len(units)) if test(wanted, keys[i])), None)
            if hit is not None:
                break
        if hit is None:  # a redacted or misread heading: its own number and most of its words
            number = _last_number(_label(heading))
            hit = next(
                (
                    i
                    for i in range(start, len(units))
                    if number and numbers[i] == number and _mostly_shared(heading, units[i].heading)
                ),
                None,
            )
        if heading not in found or found[heading] is None:
            found[heading] = units[hit].id if hit is not None else None
        if hit is not None:
            start = hit + 1
    return found


def _last_number(label: str) -> str:
    """The last part of an outline label ("III.A.3" → "3", "II.B.2.(a)" → "(a)" → "a")."""
    return label.rpartition(".")[2].strip("()").upper()


def _mostly_shared(gold: str, found: str) -> bool:
    """Whether at least half the gold heading's content words (a "[redacted]" part left
    out) are in the imported heading: a heading blacked out or misread by OCR in part."""
    wanted = {w for w in content_words(gold) if w != "redacted"}
    return len(wanted) >= 2 and len(wanted & set(content_words(found))) * 2 >= len(wanted)


def _has_record_cites(sources: Sequence[SegmentInfo], targets: Sequence[SegmentInfo]) -> bool:
    """Whether the answer cites the moving filing's record (a cite resolved into it)."""
    mine = {s.id for s in sources}
    return any(
        c.kind is CitationKind.RECORD and c.target_segment in mine
        for t in targets
        for c in t.citations
    )


def outline_segments(
    text: str, outline: Sequence[dict[str, Any]], document: int
) -> list[SegmentInfo]:
    """A brief as a JSON import would hold it: each outline heading a HEADING segment (its
    level and parent from the outline) with its body paragraphs as PARAGRAPH children; no
    claims, no citations. Text before the first heading is left out (caption, title)."""
    lines = text.splitlines()
    segments: list[SegmentInfo] = []
    starts: list[tuple[int, int, dict[str, Any]]] = []  # first line, lines, outline item
    at = 0
    for item in outline:
        found = _heading_lines(lines, normalized(item["heading"]), at)
        if found is not None:
            starts.append((*found, item))
            at = sum(found)
    stack: list[tuple[int, SegmentId]] = []
    base = document * 100_000
    for number, (line, count, item) in enumerate(starts):
        end = starts[number + 1][0] if number + 1 < len(starts) else len(lines)
        level = int(item.get("level", 1))
        while stack and stack[-1][0] >= level:
            stack.pop()
        heading_id = SegmentId(base + len(segments))
        heading = item["heading"]
        segments.append(
            _segment(
                heading_id,
                document,
                stack[-1][1] if stack else None,
                SegmentKind.HEADING,
                _label(heading),
                strip_numbering(heading),
                heading,
                len(segments),
                level,
                line,
            )
        )
        stack.append((level, heading_id))
        for paragraph in _paragraphs(lines[line + count : end]):
            segments.append(
                _segment(
                    SegmentId(base + len(segments)),
                    document,
                    heading_id,
                    SegmentKind.PARAGRAPH,
                    "",
                    "",
                    paragraph,
                    len(segments),
                    level + 1,
                    line,
                )
            )
    return segments


# A heading of a text file may wrap over this many lines (the gold prints it whole).
WRAPPED_LINES = 3


def _heading_lines(lines: Sequence[str], wanted: str, at: int) -> tuple[int, int] | None:
    """Where a gold heading (``wanted``, normalized) starts in ``lines`` from ``at``, and over
    how many lines: a whole line first, then two or three lines joined (a heading wrapped in
    the text file), then a line holding it."""
    if not wanted:
        return None
    for count in range(1, WRAPPED_LINES + 1):
        for i in range(at, len(lines) - count + 1):
            joined = (" ".join(lines[i : i + count]), _dehyphenated(lines[i : i + count]))
            if any(normalized(text) == wanted for text in joined):
                return i, count
    hit = next((i for i in range(at, len(lines)) if wanted in normalized(lines[i])), None)
    return None if hit is None else (hit, 1)


def _dehyphenated(lines: Sequence[str]) -> str:
    """Lines joined by spaces, a word the export hyphenated at a line end made whole
    ("IMPAIR-" / "MENT": the gold records the heading as typed, docs/labelling.md)."""
    text = ""
    for line in (line.strip() for line in lines):
        if text[-2:-1].isalpha() and text.endswith("-"):
            text = text[:-1] + line
        else:
            text = f"{text} {line}" if text else line
    return text


def _as_text(segments: Sequence[SegmentInfo], outline: Sequence[dict[str, Any]]) -> str:
    """An imported filing's text with each outline heading found in it on a line of its own.

    A JSON export holds the outline its author saw (each heading as the gold prints it); the
    PDF's segmenter may have merged a heading into a paragraph or misread it. Headings are
    looked for in order, as their words with anything between them (a "[redacted]" part: up
    to 120 characters): a whole line first, then the start of a line, then — printed exactly,
    capitals and all — inside a paragraph, then as the imported heading the gold matches
    (an OCR misreading). One not found is left out, as :func:`outline_segments` leaves out a
    heading a text file lacks.
    """
    ordered = sorted(segments, key=lambda s: s.order)
    text = "\n".join(s.text for s in ordered)
    imported = _match_headings([str(item["heading"]) for item in outline], ordered)
    lines = {s.id: s.text for s in ordered if s.kind is SegmentKind.HEADING}
    at = 0
    for item in outline:
        patterns = _heading_patterns(str(item["heading"]))
        own = imported.get(str(item["heading"]))
        if own in lines:  # the heading the import found for it, misread or not
            patterns.append(re.compile(rf"^{re.escape(lines[own])}$", re.MULTILINE))
        found = next((hit for p in patterns if (hit := p.search(text, at))), None)
        if found is None:
            continue
        before, after = text[: found.start()].rstrip(" \t"), text[found.end() :].lstrip(" \t")
        text = "\n".join([before, str(item["heading"]), after])
        at = len(before) + len(str(item["heading"])) + 2
    return text


def _heading_patterns(heading: str) -> list[re.Pattern[str]]:
    """A heading's patterns, strictest first (see :func:`_as_text`)."""
    tokens = re.findall(r"\[redacted[^\]]*\]|\w+", strip_numbering(heading), re.IGNORECASE)
    pieces = [r".{0,120}?" if t.startswith("[") else re.escape(t) for t in tokens]
    if all(t.startswith("[") for t in tokens):
        return []
    words = r"(?:\(?\w{1,6}[.):]?[ \t]+)?\b" + r"[\W_]*".join(pieces)
    return [
        re.compile(rf"^[ \t]*{words}[ \t.]*$", re.IGNORECASE | re.MULTILINE),
        re.compile(rf"^[ \t]*{words}", re.IGNORECASE | re.MULTILINE),
        re.compile(words),
    ]


def _paragraphs(lines: Sequence[str]) -> list[str]:
    text = "\n".join(lines)
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]


def _label(heading: str) -> str:
    """The numbering a JSON exporter would keep as the label ("POINT II" → "II", "A." → "A")."""
    number = heading[: len(heading) - len(strip_numbering(heading))]
    words = WORD.findall(number.lower())
    return words[-1].upper() if words else ""


def _segment(
    seg: SegmentId,
    document: int,
    parent: SegmentId | None,
    kind: SegmentKind,
    label: str,
    heading: str,
    text: str,
    order: int,
    level: int,
    line: int,
) -> SegmentInfo:
    page = 1 + line // 28
    return SegmentInfo(
        id=seg,
        document=DocumentId(document),
        parent=parent,
        kind=kind,
        label=label,
        heading=heading,
        text=text,
        order=order,
        level=level,
        start_page=page,
        start_line=line % 28 + 1,
        end_page=page,
        end_line=line % 28 + 1,
    )


def _bare(segments: Sequence[SegmentInfo]) -> list[SegmentInfo]:
    return [replace(s, claims=(), citations=()) for s in segments]


def _caps(segments: Sequence[SegmentInfo]) -> list[SegmentInfo]:
    return [
        replace(s, heading=s.heading.upper(), text=s.text.replace(s.heading, s.heading.upper()))
        if s.heading
        else s
        for s in segments
    ]


def _unnumbered(segments: Sequence[SegmentInfo]) -> list[SegmentInfo]:
    return [
        replace(s, label="", heading=strip_numbering(s.heading))
        if s.kind is SegmentKind.HEADING and s.label and not s.label.startswith(("¶", "COUNT"))
        else s
        for s in segments
    ]


def _shuffled(segments: Sequence[SegmentInfo], rng: random.Random) -> list[SegmentInfo]:
    """The segments with the sub-trees under each heading in a random order (labels stay with
    their sections, so "I" may now come after "III")."""
    children: dict[SegmentId | None, list[SegmentInfo]] = {}
    for segment in sorted(segments, key=lambda s: s.order):
        children.setdefault(segment.parent, []).append(segment)
    ordered: list[SegmentInfo] = []

    def walk(parent: SegmentId | None) -> None:
        kids = children.get(parent, [])
        heads = [k for k in kids if k.kind is SegmentKind.HEADING]
        if len(heads) > 1 and parent is not None:
            rng.shuffle(heads)
            rest = iter(heads)
            kids = [next(rest) if k.kind is SegmentKind.HEADING else k for k in kids]
        for kid in kids:
            ordered.append(kid)
            walk(kid.id)

    walk(None)
    return [replace(s, order=i) for i, s in enumerate(ordered)]
