"""A big case: 20 filings, 2,000 pages, 20,000 segments; import, link, open and export times.

Run: ``.venv/bin/python bench/scale.py`` (``--filings 4`` for a quicker look,
``--dockets-only`` for the folder imports alone). First two dockets of PDFs, each imported as
a folder (``lawdiff import CASE FOLDER/``) twice in fresh processes: one file after another
(``workers=1``, the baseline) and in parallel (the default), with wall time, CPU time and the
peak RSS of the importing process and its workers together (sampled every 50 ms; target
< 1 GB), and the speed-up of the one run: 20 pleading-paper filings of 100 pages (RECAP
names), then 40 filings of 3-10 pages (names that sort unlike their ECF stamps). The machine
is shared: the load average is printed beside each pair. Then the same size of case as
lawdiff JSON, imported through the workspace like any user file; ten motion/opposition pairs
are linked pair by pair. Prints each step's wall time and the peak RSS.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from lawdiff.core.model import Role
from lawdiff.workspace import Workspace

VOCABULARY = (
    "plaintiff",
    "defendant",
    "contract",
    "breach",
    "notice",
    "termination",
    "conspiracy",
    "market",
    "rival",
    "agreement",
    "injunction",
    "harm",
    "irreparable",
    "balance",
    "equities",
    "public",
    "interest",
    "likelihood",
    "success",
    "merits",
    "service",
    "hosting",
    "content",
    "moderation",
    "policy",
    "violation",
    "damages",
    "standing",
    "remedy",
    "statute",
    "jurisdiction",
    "discovery",
    "evidence",
    "expert",
    "testimony",
    "reliance",
    "fraud",
    "negligence",
    "duty",
)


def _sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(VOCABULARY) for _ in range(words)).capitalize() + "."


def _segment(sid: str, kind: str, label: str, text: str, page: int, **extra: Any) -> dict[str, Any]:
    return {
        "id": sid, "kind": kind, "label": label, "heading": extra.get("heading", ""),
        "text": text, "page": page, "line": 1, "end_page": page, "end_line": 3, "level": 0,
        "parent": extra.get("parent"), "claims": [], "citations": [],
    }  # fmt: skip


def filing(number: int, role: str, pages: int, segments: int) -> dict[str, Any]:
    """One filing of ``segments`` segments (a heading every tenth) over ``pages`` pages."""
    rng = random.Random(number)
    doc = f"d{number}"
    out: list[dict[str, Any]] = []
    head = None
    for n in range(segments):
        page = 1 + n * pages // segments
        if n % 10 == 0:
            head = f"{doc}.s{n}"
            out.append(_segment(head, "heading", f"{n // 10 + 1}", "", page,
                                heading=_sentence(rng, 6)))  # fmt: skip
        else:
            text = " ".join(_sentence(rng, 14) for _ in range(4))
            out.append(_segment(f"{doc}.s{n}", "paragraph", "", text, page, parent=head))
    return {
        "id": doc, "title": f"{role.title()} {number}", "role": role, "party": "Party",
        "pages": pages, "source_name": f"{doc}.pdf", "sha256": f"{number:064x}", "segments": out,
    }  # fmt: skip


def case_json(filings: int, pages: int, segments: int) -> dict[str, Any]:
    roles = ["motion", "opposition"]
    return {
        "format": "lawdiff",
        "version": 1,
        "case": {"caption": "Scale v. Benchmark", "court": "", "docket": ""},
        "documents": [filing(n + 1, roles[n % 2], pages, segments) for n in range(filings)],
        "links": [],
    }


def peak_rss_mb() -> tuple[float, float]:
    """Peak RSS of this process and of its (waited-for) children, in MB."""
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return me, kids


@contextmanager
def timed(label: str, results: dict[str, float]) -> Iterator[None]:
    start = time.perf_counter()
    yield
    results[label] = time.perf_counter() - start
    print(f"{label:<8} {results[label]:8.1f} s   peak RSS {peak_rss_mb()[0]:7.0f} MB", flush=True)


def _export(ws: Workspace, folder: Path) -> Callable[[], Path]:
    try:
        from lawdiff.export import export_case
    except ImportError:  # the export stage is not there yet: the JSON export stands in
        from lawdiff.interchange import snapshot_to_json

        def write_json() -> Path:
            path = folder / "export.json"
            path.write_text(json.dumps(snapshot_to_json(ws.snapshot())), "utf-8")
            return path

        return write_json
    return lambda: export_case(ws, "html", folder / "report.html")


def pleading_pdf(path: Path, number: int, pages: int) -> None:
    """A fictional filing on pleading paper: ECF stamp, line numbers 1-28, numbered
    paragraphs, a footer repeating the title."""
    from reportlab.pdfgen import canvas

    rng = random.Random(number)
    pdf = canvas.Canvas(str(path), pagesize=(612, 792))
    paragraph = 0
    for page in range(1, pages + 1):
        pdf.setFont("Helvetica", 9)
        pdf.drawString(
            60, 770, f"Case 3:21-cv-0{number:04d}-ABC Document {number} Filed 03/04/21 "
            f"Page {page} of {pages}"
        )  # fmt: skip
        pdf.setFont("Times-Roman", 12)
        for line in range(1, 29):
            y = 740 - 24 * line
            pdf.drawRightString(86, y, str(line))
            if line % 7 == 1:
                paragraph += 1
                text = f"{paragraph}. " + _sentence(rng, 9)
            else:
                text = _sentence(rng, 10)
            pdf.drawString(104, y, text)
        pdf.setFont("Times-Roman", 9)
        pdf.drawString(250, 40, f"MOTION NUMBER {number} - {page}")
        pdf.showPage()
    pdf.save()


def docket_folder(folder: Path, filings: int, pages: int) -> Path:
    """``filings`` PDFs of ``pages`` pages each, RECAP-named, in ``folder/docket``."""
    docket = folder / "docket"
    docket.mkdir()
    for number in range(1, filings + 1):
        pleading_pdf(docket / f"gov.uscourts.cand.999.{number * 10}.0.pdf", number, pages)
    return docket


def short_docket(folder: Path, filings: int) -> Path:
    """``filings`` PDFs of 3 to 10 pages, named so that names and docket order differ
    (the ECF stamps give the order)."""
    docket = folder / "short"
    docket.mkdir()
    rng = random.Random(7)
    for number in range(1, filings + 1):
        pages = rng.randint(3, 10)
        pleading_pdf(docket / f"{rng.randrange(10**6):06d}_filing.pdf", number, pages)
    return docket


def _tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants, in MB (from /proc)."""
    total, todo = 0.0, [pid]
    while todo:
        current = todo.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text("ascii")
            for task in Path(f"/proc/{current}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, ValueError):
            continue
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1]) / 1024
    return total


def measure_import(folder: Path, workers: int) -> dict[str, float]:
    """Import ``folder`` into a new case in a fresh process (``workers`` 0: the default),
    sampling the resident memory of that process and its workers every 50 ms."""
    command = [sys.executable, __file__, "--import-folder", str(folder)]
    child = subprocess.Popen([*command, "--workers", str(workers)], stdout=subprocess.PIPE)
    peak = 0.0
    while child.poll() is None:
        peak = max(peak, _tree_rss_mb(child.pid))
        time.sleep(0.05)
    out = child.stdout.read() if child.stdout else b""
    if child.returncode:
        raise SystemExit(f"the import of {folder} failed ({child.returncode})")
    result: dict[str, float] = json.loads(out.decode().splitlines()[-1])
    result["tree_peak_mb"] = peak
    return result


def import_folder_once(folder: Path, workers: int) -> None:
    """The measured run (in its own process): a new case, one folder import, JSON out."""
    with tempfile.TemporaryDirectory(prefix="lawdiff-docket-") as tmp:
        start = time.perf_counter()
        with Workspace.open(Path(tmp) / "docket.lawdiff", create=True) as ws:
            outcomes, _changes = ws.import_docket([folder], workers=workers or None)
            snapshot = ws.snapshot()
        seconds = time.perf_counter() - start
    used = [resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    cpu = sum(u.ru_utime + u.ru_stime for u in used)
    imported = sum(o.status == "imported" for o in outcomes)
    pages = sum(d.page_count for d in snapshot.documents)
    print(json.dumps({"seconds": seconds, "files": len(outcomes), "imported": imported,
                      "pages": pages, "segments": len(snapshot.segments),
                      "self_peak_mb": peak_rss_mb()[0], "cpu": cpu}))  # fmt: skip


def compare_docket(label: str, folder: Path) -> dict[str, float]:
    """The folder imported one file at a time (workers=1, the baseline) and in parallel."""
    from lawdiff.ingest.docket_read import docket_workers

    print(f"{label}; load before: {os.getloadavg()[0]:.2f}", flush=True)
    runs = {"one file at a time (workers=1)": measure_import(folder, 1)}
    runs[f"in parallel ({docket_workers()} workers)"] = measure_import(folder, 0)
    for name, r in runs.items():
        print(
            f"  {name:<32} {r['seconds']:7.1f} s  {r['pages'] / r['seconds']:6.1f} pages/s  "
            f"CPU {r['cpu']:6.1f} s  "
            f"peak RSS {r['tree_peak_mb']:5.0f} MB (process and workers; process alone "
            f"{r['self_peak_mb']:.0f})  {r['imported']:.0f}/{r['files']:.0f} files imported, "
            f"{r['segments']:.0f} segments",
            flush=True,
        )
    base, fast = runs.values()
    ratio = base["seconds"] / fast["seconds"]
    print(f"  speed-up: {ratio:.2f}x; load after: {os.getloadavg()[0]:.2f}", flush=True)
    return {"ratio": ratio, "peak_mb": max(r["tree_peak_mb"] for r in runs.values())}


def import_pdf_folders(filings: int, pages: int, short: int) -> dict[str, float]:
    """Write the two dockets and compare their imports; the worst peak RSS."""
    with tempfile.TemporaryDirectory(prefix="lawdiff-docket-") as tmp:
        docket = docket_folder(Path(tmp), filings, pages)
        long_docket = compare_docket(f"docket: {filings} filings x {pages} pages", docket)
        small = short_docket(Path(tmp), short)
        short_result = compare_docket(f"docket: {short} filings of 3-10 pages", small)
    return {"peak_mb": max(long_docket["peak_mb"], short_result["peak_mb"])}


def run(filings: int, pages: int, segments: int) -> dict[str, float]:
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="lawdiff-scale-") as tmp:
        folder = Path(tmp)
        source = folder / "big.json"
        source.write_text(json.dumps(case_json(filings, pages, segments)), "utf-8")
        case = folder / "big.lawdiff"
        with timed("import", results), Workspace.open(case, create=True) as ws:
            ws.import_files([source])
        with timed("link", results), Workspace.open(case) as ws:
            docs = ws.documents()
            motions = [d.id for d in docs if d.role is Role.MOTION]
            answers = [d.id for d in docs if d.role is Role.OPPOSITION]
            for motion, answer in zip(motions, answers, strict=True):
                ws.suggest_links(motion, answer)
        with timed("open", results), Workspace.open(case) as ws:
            snapshot = ws.snapshot()
        with timed("export", results), Workspace.open(case) as ws:
            out = _export(ws, folder)()
        size = case.stat().st_size / 2**20
        print(
            f"case: {len(snapshot.documents)} filings, "
            f"{sum(d.page_count for d in snapshot.documents)} pages, "
            f"{len(snapshot.segments)} segments, {len(snapshot.links)} links; "
            f"file {size:.0f} MB; export {out.name} {out.stat().st_size / 2**20:.1f} MB"
        )
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--filings", type=int, default=20)
    parser.add_argument("--pages", type=int, default=100, help="pages per filing")
    parser.add_argument("--short", type=int, default=40, help="filings of the short docket")
    parser.add_argument("--segments", type=int, default=1000, help="segments per filing")
    parser.add_argument("--dockets-only", action="store_true", help="skip the JSON case")
    parser.add_argument("--import-folder", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--workers", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.import_folder:
        import_folder_once(args.import_folder, args.workers)
        return
    print(f"uptime: {subprocess.run(['uptime'], capture_output=True, text=True).stdout.strip()}")
    dockets = import_pdf_folders(args.filings, args.pages, args.short)
    if not args.dockets_only:
        run(args.filings, args.pages, args.segments)
    me, kids = peak_rss_mb()
    worst = max(me, kids, dockets["peak_mb"])
    print(
        f"peak RSS: {me:.0f} MB (this process), {kids:.0f} MB (largest child), "
        f"{dockets['peak_mb']:.0f} MB (a docket import, process and workers together)"
    )
    print("target: < 1024 MB:", "met" if worst < 1024 else "MISSED")
    print(f"uptime: {subprocess.run(['uptime'], capture_output=True, text=True).stdout.strip()}")


if __name__ == "__main__":
    main()
