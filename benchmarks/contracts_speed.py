"""Speed and memory of the contract analyser (not a test: prints figures).

Usage: .venv/bin/python benchmarks/contracts_speed.py [--skip-texts] [--cold-runs N]

- CUAD PDFs (text layer): pages/s and MB/s end-to-end with 1 and 2 processes, the first run of a
  fresh process (cold) and the same again (warm), and for comparison 1 process without the
  clause classifiers (the rules only).
- CUAD texts (508): MB/s with 1 and 2 processes, and the wall time of
  `vendorpact check --format jsonl --jobs 2` over all of them.
- With --cold-runs N: the cold run again in N fresh processes, pages per CPU second of each and
  their median (one run moves by a few per cent with the machine's other work).
- Peak memory (max RSS of a fresh process) analysing a 300-page PDF built by repeating the
  pages of a CUAD PDF with pypdfium2.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from vendorpact.core.contracts import analyse_file
from vendorpact.core.contracts.extraction import extract_file

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("VENDORPACT_SHARED_DIR", REPO.parent / "shared")) / "data"
CUAD = SHARED / "contracts" / "cuad"
TARGET_PAGES = 300


def analyse_pages(path: str) -> int:
    return analyse_file(path).pages


def analyse_pages_rules_only(path: str) -> int:
    return analyse_file(path, learned=False).pages


def timed_run(
    paths: list[str], jobs: int, analyse=analyse_pages
) -> tuple[float, int, float | None]:
    """(wall seconds, pages, CPU seconds of this process when jobs == 1)."""
    start, cpu_start = time.perf_counter(), time.process_time()
    if jobs == 1:
        pages = sum(map(analyse, paths))
        cpu = time.process_time() - cpu_start
    else:
        with ProcessPoolExecutor(jobs) as pool:
            pages = sum(pool.map(analyse_pages, paths, chunksize=4))
        cpu = None
    return time.perf_counter() - start, pages, cpu


def cpu_note(cpu: float | None, amount: float, unit: str) -> str:
    """Throughput per CPU second: what one free core achieves on a machine shared with others."""
    return f"; per CPU second {amount / cpu:.1f} {unit}" if cpu else ""


def megabytes(paths: list[str]) -> float:
    return sum(os.path.getsize(p) for p in paths) / 1e6


def bench_pdfs() -> None:
    paths = sorted(str(p) for p in (CUAD / "pdf").glob("*.pdf"))
    size = megabytes(paths)
    for jobs in (1, 2):
        seconds, pages, cpu = timed_run(paths, jobs)
        print(
            f"CUAD PDFs, {len(paths)} files, {pages} pages, {size:.1f} MB, {jobs} process(es): "
            f"{seconds:.2f} s = {pages / seconds:.0f} pages/s ({pages / seconds / jobs:.0f} "
            f"per process), {size / seconds:.2f} MB/s" + cpu_note(cpu, pages, "pages")
        )
    # the same process again: without the one-off costs of a fresh process (regular expressions
    # compiled on first use, the character n-gram cache filled), as a long-running worker sees it
    seconds, pages, cpu = timed_run(paths, 1)
    print(
        f"  again in the same process (warm), 1 process: {seconds:.2f} s = "
        f"{pages / seconds:.0f} pages/s" + cpu_note(cpu, pages, "pages")
    )
    seconds, pages, cpu = timed_run(paths, 1, analyse_pages_rules_only)
    print(
        f"  the same without the clause classifiers (rules only), 1 process: {seconds:.2f} s = "
        f"{pages / seconds:.0f} pages/s" + cpu_note(cpu, pages, "pages")
    )
    start = time.perf_counter()
    pages = sum(len(extract_file(p).pages) for p in paths)
    seconds = time.perf_counter() - start
    print(f"  of which text extraction alone: {pages / seconds:.0f} pages/s")


def bench_texts() -> None:
    paths = sorted(str(p) for p in (CUAD / "txt").glob("*.txt"))
    size = megabytes(paths)
    for jobs in (1, 2):
        seconds, _, cpu = timed_run(paths, jobs)
        print(
            f"CUAD texts, {len(paths)} files, {size:.1f} MB, {jobs} process(es): {seconds:.2f} s "
            f"= {size / seconds:.2f} MB/s ({size / seconds / jobs:.2f} MB/s per process)"
            + cpu_note(cpu, size, "MB")
        )
    from vendorpact.commands import check

    parser = argparse.ArgumentParser()
    check.register(parser.add_subparsers())
    args = parser.parse_args(["check", "--format", "jsonl", "--jobs", "2", str(CUAD / "txt")])
    start = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        code = args.func(args)
    seconds = time.perf_counter() - start
    print(
        f"`vendorpact check --format jsonl --jobs 2` on all {len(paths)} CUAD texts: "
        f"{seconds:.2f} s (exit {code})"
    )


def build_long_pdf(target: Path) -> int:
    import pypdfium2 as pdfium

    source_path = max((CUAD / "pdf").glob("*.pdf"), key=lambda p: p.stat().st_size)
    source = pdfium.PdfDocument(str(source_path))
    document = pdfium.PdfDocument.new()
    while len(document) < TARGET_PAGES:
        count = min(len(source), TARGET_PAGES - len(document))
        document.import_pages(source, list(range(count)))
    document.save(str(target))
    pages = len(document)
    document.close()
    source.close()
    return pages


# VmHWM (peak resident memory, kB) belongs to the new process image, unlike ru_maxrss.
MEMORY_PROBE = """
import sys, time
from vendorpact.core.contracts import analyse_file
def peak_kb():
    with open("/proc/self/status") as status:
        return int(next(l for l in status if l.startswith("VmHWM")).split()[1])
before = peak_kb()
start = time.perf_counter()
result = analyse_file(sys.argv[1])
seconds = time.perf_counter() - start
print(result.pages, seconds, before, peak_kb())
"""


COLD_PROBE = """
import sys, time
from vendorpact.core.contracts import analyse_file
start = time.process_time()
pages = sum(analyse_file(path).pages for path in sys.argv[1:])
print(pages, time.process_time() - start)
"""


def bench_cold_runs(runs: int) -> None:
    paths = sorted(str(p) for p in (CUAD / "pdf").glob("*.pdf"))
    rates = []
    for _ in range(runs):
        output = subprocess.run(
            [sys.executable, "-c", COLD_PROBE, *paths], check=True, capture_output=True, text=True
        ).stdout.split()
        rates.append(int(output[0]) / float(output[1]))
    print(
        f"CUAD PDFs, cold in {runs} fresh processes, pages per CPU second: "
        + ", ".join(f"{rate:.1f}" for rate in rates)
        + f"; median {statistics.median(rates):.1f}"
    )


def bench_memory() -> None:
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "long.pdf"
        pages = build_long_pdf(target)
        output = subprocess.run(
            [sys.executable, "-c", MEMORY_PROBE, str(target)],
            check=True, capture_output=True, text=True,
        ).stdout.split()  # fmt: skip
    analysed, seconds, before, after = (
        int(output[0]),
        float(output[1]),
        int(output[2]),
        int(output[3]),
    )
    print(
        f"{pages}-page PDF ({analysed} analysed) in {seconds:.2f} s = {analysed / seconds:.0f} "
        f"pages/s; peak RSS {after / 1024:.0f} MB (after imports {before / 1024:.0f} MB)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--skip-texts", action="store_true")
    parser.add_argument("--cold-runs", type=int, default=0, metavar="N")
    args = parser.parse_args()
    if not CUAD.exists():
        print(f"shared data not found at {CUAD}", file=sys.stderr)
        return 1
    print(f"cpu count {os.cpu_count()}, load average {os.getloadavg()[0]:.2f}")
    bench_pdfs()
    if args.cold_runs:
        bench_cold_runs(args.cold_runs)
    if not args.skip_texts:
        bench_texts()
    bench_memory()
    print(
        f"load average at the end {os.getloadavg()[0]:.2f} (other work on the machine slows "
        "wall-clock figures)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
