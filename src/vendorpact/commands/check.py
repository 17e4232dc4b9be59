"""`vendorpact check PATH...`: analyse contracts, quotes, general terms and SLAs."""

from __future__ import annotations

import argparse
import json
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

FORMATS = ("text", "json", "jsonl", "md", "html")
LANGS = ("auto", "nl", "en", "fr")
KINDS = ("auto", "project", "maintenance", "saas", "tm")
EXTENSIONS = {"text": ".txt", "json": ".json", "jsonl": ".jsonl", "md": ".md", "html": ".html"}
PROGRESS_MIN_FILES = 5


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "check",
        help="analyse contracts, quotes, general terms and SLAs against the checklist",
        description="Analyse supplier documents (PDF, DOCX, TXT, MD, HTML; Dutch, English, "
        "French): every checklist item with evidence, key figures, risk flags and questions.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (recursive)")
    parser.add_argument("--format", choices=FORMATS, default="text")
    parser.add_argument(
        "--lang", choices=LANGS, default="auto", help="document language (auto: detect)"
    )
    parser.add_argument(
        "--kind", choices=KINDS, default="auto", help="engagement kind (auto: infer from the text)"
    )
    parser.add_argument(
        "--out",
        metavar="FILE_OR_DIR",
        help="write to this file, or one file per input into this folder",
    )
    parser.add_argument(
        "--jobs", type=int, default=1, metavar="N", help="analyse N files in parallel processes"
    )
    parser.set_defaults(func=run)


def collect_inputs(paths: list[str]) -> list[Path]:
    """Files named, and supported files under folders (sorted), in the order given."""
    from vendorpact.core.contracts.extraction import SUPPORTED_SUFFIXES

    found: list[Path] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found += sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
            )
        else:
            found.append(path)
    return found


def analyse_one(job: tuple[str, str, str]) -> dict:
    """Analyse one file; a file that cannot be read gives {file, error, message}."""
    from vendorpact.core.contracts import DocumentError, analyse_file, result_to_dict

    path, lang, kind = job
    try:
        result = result_to_dict(analyse_file(path, lang=lang, kind=kind))
    except DocumentError as exc:
        return {"file": path, "error": exc.code, "message": exc.message("en")}
    except Exception as exc:  # never a traceback for one bad file: report it and go on
        return {"file": path, "error": "document.failed", "message": f"{type(exc).__name__}: {exc}"}
    result["file"] = path
    return result


def analyse_all(files: list[Path], lang: str, kind: str, jobs: int):
    jobs_list = [(str(f), lang, kind) for f in files]
    if jobs > 1 and len(files) > 1:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            yield from pool.map(analyse_one, jobs_list, chunksize=_chunksize(len(files), jobs))
    else:
        yield from map(analyse_one, jobs_list)


def _chunksize(count: int, jobs: int) -> int:
    return max(1, min(16, count // (jobs * 8)))


class Progress:
    """A one-line progress bar on stderr."""

    def __init__(self, total: int, stream=None) -> None:
        self.total = total
        self.done = 0
        self.stream = stream or sys.stderr
        is_terminal = getattr(self.stream, "isatty", lambda: False)()
        self.enabled = total >= PROGRESS_MIN_FILES and (is_terminal or stream is not None)

    def step(self, name: str) -> None:
        self.done += 1
        if not self.enabled:
            return
        width = 30
        filled = width * self.done // self.total
        bar = "#" * filled + "-" * (width - filled)
        self.stream.write(f"\r[{bar}] {self.done}/{self.total} {Path(name).name[:40]:40}")
        if self.done == self.total:
            self.stream.write("\n")
        self.stream.flush()


def render(result: dict, fmt: str) -> str:
    if fmt in ("json", "jsonl"):
        indent = 2 if fmt == "json" else None
        return json.dumps(result, ensure_ascii=False, indent=indent) + "\n"
    if "error" in result:
        return f"{result['file']}: {result['error']} ({result.get('message', '')})\n"
    from vendorpact.core.contracts.report import RENDERERS

    return RENDERERS[fmt](result)


def run(args: argparse.Namespace) -> int:
    files = collect_inputs(args.paths)
    if not files:
        print("no supported files found", file=sys.stderr)
        return 2
    out = Path(args.out) if args.out else None
    per_file_dir = out is not None and (out.is_dir() or (len(files) > 1 and not out.suffix))
    if per_file_dir:
        out.mkdir(parents=True, exist_ok=True)
    progress = Progress(len(files))
    results = []
    failed = False
    for result in analyse_all(files, args.lang, args.kind, max(1, args.jobs)):
        progress.step(result["file"])
        failed = failed or "error" in result
        if "error" in result and args.format not in ("json", "jsonl"):
            print(f"{result['file']}: {result.get('message', result['error'])}", file=sys.stderr)
        if per_file_dir:
            target = out / (Path(result["file"]).name + EXTENSIONS[args.format])
            target.write_text(render(result, args.format), encoding="utf-8")
        else:
            results.append(result)
    if not per_file_dir:
        _write(results, args.format, out)
    return 2 if failed else 0


def _write(results: list[dict], fmt: str, out: Path | None) -> None:
    if fmt == "json":
        payload = results[0] if len(results) == 1 else results
        text = json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
    elif fmt == "html":
        from vendorpact.core.contracts.report import render_html_document

        shown = [r for r in results if "error" not in r]
        text = render_html_document(shown) if shown else ""
    else:
        shown = results if fmt == "jsonl" else [r for r in results if "error" not in r]
        text = "".join(render(result, fmt) for result in shown)
    if out is None:
        sys.stdout.write(text)
    else:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
