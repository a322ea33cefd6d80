"""The command line: parse arguments, run the pipeline, pick a front end, translate errors."""

from __future__ import annotations

import argparse
import codecs
import gc
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from digest import __version__
from digest.errors import DigestError, UsageError

if TYPE_CHECKING:
    from digest.config import Config
    from digest.model import Digest, Problem
    from digest.pipeline import Progress

FORMATS = ("rich", "markdown", "json")
CONFIG_ENV = "DIGEST_CONFIG"
# An archive's digest is millions of small long-lived records without reference cycles: at
# CPython's default (a collection every 700 allocations) the collector re-scans them all the
# time, a fifth of the CPU of a 10,000-article run. Pool workers inherit it.
GC_THRESHOLD = (100_000, 50, 100)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{self.prog}: {message}")


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="*", metavar="PATH", help="article files or folders (default: ./articles)")
    p.add_argument("--config", metavar="FILE", help="config file (default: ./config.toml, or $DIGEST_CONFIG)")
    p.add_argument("--visit", action="append", default=[], metavar="ID", help="only this visit (repeatable)")
    p.add_argument("--sentences", type=int, metavar="N", help="sentences per article summary")
    p.add_argument("--method", metavar="NAME", help="summary method: auto, news, central, lead or a sumy method")
    p.add_argument("--no-cache", action="store_true", help="analyse everything again, do not use the cache")
    p.add_argument("--jobs", type=int, metavar="N", help="processes for analysis (default: all cores)")


def _formatted(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", choices=FORMATS, default=None, help="output format (default: rich)")
    p.add_argument("--width", type=int, metavar="N", help="wrap width (default: config width / terminal)")


def parser() -> argparse.ArgumentParser:
    """The argument parser (no heavy imports)."""
    top = _Parser(
        prog="digest",
        description="Per-visit digests of multilingual news: summaries, quotes by speaker, key numbers.",
        epilog="With no command, `digest` opens the browser (TUI) on ./articles.",
    )
    top.add_argument("--version", action="version", version=f"digest {__version__}")
    sub = top.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    p = sub.add_parser("print", help="print the digest (rich, Markdown or JSON)")
    _common(p)
    _formatted(p)
    p = sub.add_parser("quotes", help="print quotes by speaker")
    _common(p)
    _formatted(p)
    p.add_argument("--speaker", metavar="NAME", help="only this speaker (any spelling)")
    p = sub.add_parser("numbers", help="print key numbers and conflicts")
    _common(p)
    _formatted(p)
    p = sub.add_parser("browse", help="browse visits, quotes, numbers and articles (TUI)")
    _common(p)
    p = sub.add_parser("mail", help="write the digest as an email message (or --send it)")
    _common(p)
    p.add_argument("--to", action="append", default=[], metavar="ADDR", help="recipient (repeatable)")
    p.add_argument("--from", dest="sender", metavar="ADDR", help="sender address")
    p.add_argument("--subject", metavar="TEMPLATE", help="subject: {visits} {articles} {article_count} {languages} {date}")
    p.add_argument("--since", metavar="DATE", help="only visits ending on or after DATE (YYYY-MM-DD)")
    p.add_argument("--date", metavar="DATE", help="Date header (RFC 2822 or ISO 8601), for reproducible output")
    p.add_argument("--message-id-domain", metavar="DOMAIN", help="domain of the Message-ID")
    p.add_argument("--send", action="store_true", help="deliver over SMTP using [email] settings")
    return top


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `digest` command; returns the exit status."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    gc.set_threshold(*GC_THRESHOLD)
    # Analysis runs one process per core already; BLAS threads of its own (numpy, summaries'
    # power iteration) would only spin against the other workers. Read when numpy is imported.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    try:
        args = parser().parse_args(args_list or ["browse"])
        if args.command is None:
            args = parser().parse_args(["browse", *args_list])
        return _run(args)
    except DigestError as exc:
        _err(str(exc))
        return exc.exit_code
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except BrokenPipeError:
        # The reader went away (`| head`): not an error worth a traceback.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


def _err(message: str) -> None:
    from digest.safety import printable

    print(f"digest: {printable(message)}", file=sys.stderr)


def _config(args: argparse.Namespace) -> Config:
    from dataclasses import replace

    from digest import config as cfg

    from digest.tui.keymap import ACTIONS

    path = args.config or os.environ.get(CONFIG_ENV)
    conf = cfg.load(path or "config.toml", required=bool(path), actions={a.id for a in ACTIONS})
    for w in conf.warnings:
        _err(f"warning: {w}")
    summary = conf.summary
    if args.sentences is not None:
        if args.sentences < 1:
            raise UsageError("--sentences must be at least 1")
        summary = replace(summary, sentences=args.sentences, ratio=None, words=None)
    if args.method:
        if args.method not in cfg.SUMMARY_METHODS:
            raise UsageError(f"--method {args.method}: choose one of {', '.join(cfg.SUMMARY_METHODS)}")
        summary = replace(summary, method=args.method)
    if args.jobs is not None and args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    return replace(conf, summary=summary)


def _digest(args: argparse.Namespace, conf: Config) -> Digest:
    from digest.pipeline import build

    progress = _progress if sys.stderr.isatty() else None
    d = build(
        args.paths or [conf.articles], conf, use_cache=not args.no_cache, jobs=args.jobs, progress=progress,
        visits=args.visit or (), since=getattr(args, "since", None),
    )
    _done(progress, d.warnings)
    return d


def _print(args: argparse.Namespace, conf: Config, name: str, render: Callable[[Digest], Iterable[str]]) -> None:
    """Write what render makes of the digest (the same text as last time, when nothing changed)."""
    from digest.pipeline import printed

    progress = _progress if sys.stderr.isatty() else None
    out = printed(
        args.paths or [conf.articles], conf, name, render, use_cache=not args.no_cache, jobs=args.jobs,
        progress=progress, visits=args.visit or (),
    )
    _done(progress, out.warnings)
    if out.stored is None:
        for piece in out.pieces:
            sys.stdout.write(piece)
    elif os.linesep == "\n" and codecs.lookup(sys.stdout.encoding or "ascii").name == "utf-8" and hasattr(
        sys.stdout, "buffer"
    ):
        sys.stdout.flush()
        for chunk in out.stored:
            sys.stdout.buffer.write(chunk)  # stored as UTF-8 already: no decoding and encoding again
    else:
        sys.stdout.write(b"".join(out.stored).decode())


def _done(progress: Progress | None, warnings: Sequence[Problem]) -> None:
    if progress:
        sys.stderr.write("\r\x1b[K")
    for w in warnings:
        _err(f"warning: {w.path + ': ' if w.path else ''}{w.message}")


def _progress(done: int, total: int, path: str) -> None:
    from digest.safety import one_line

    name = one_line(os.path.basename(path))[:40]
    sys.stderr.write(f"\r\x1b[Kanalysing {done}/{total} {name}")
    sys.stderr.flush()


def _run(args: argparse.Namespace) -> int:
    conf = _config(args)
    if args.command == "browse":
        return _browse(args, conf)
    if args.command == "mail":
        from digest.output import mail

        return mail.run(args, conf, _digest(args, conf))
    sections = {
        "print": ("summary", "articles", "quotes", "numbers", "timeline"),
        "quotes": ("quotes",),
        "numbers": ("numbers",),
    }[args.command]
    speaker = getattr(args, "speaker", None)
    fmt = args.format or "rich"
    if fmt == "json":
        from digest.output import jsonout

        def render(d: Digest) -> Iterable[str]:
            if args.command == "print":
                return jsonout.pieces(d)
            return (jsonout.render_section(d, args.command, speaker),)

        _print(args, conf, f"{args.command}|json|{speaker}", render)
    elif fmt == "markdown":
        from digest.output import markdown

        width = args.width or conf.width
        _print(args, conf, f"{args.command}|markdown|{width}|{speaker}",
               lambda d: (markdown.render(d, width, sections, speaker),))
    else:
        from digest.output import terminal

        digest = _digest(args, conf)
        color = None if sys.stdout.isatty() else False
        console = terminal.make_console(width=args.width, color=color)
        terminal.render(digest, console, sections, speaker)
    sys.stdout.flush()
    return 0


def _browse(args: argparse.Namespace, conf: Config) -> int:
    if not sys.stdout.isatty() or not sys.stdin.isatty():
        raise UsageError(
            "the browser needs a terminal; use `digest print` (or --format markdown/json) in pipes and scripts"
        )
    from digest.tui.app import run

    return run(args.paths or [conf.articles], conf, use_cache=not args.no_cache, visits=args.visit)
