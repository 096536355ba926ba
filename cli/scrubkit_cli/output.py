"""How the CLI prints: a progress bar on a terminal, plain lines (no control characters) elsewhere."""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import click

from scrubkit.errors import kept_existing
from scrubkit.inspection import Inspection
from scrubkit.paths import printable
from scrubkit.types import Result

if TYPE_CHECKING:
    from scrubkit.signoff import ReviewSession

Advance = Callable[[Result, int, int], None]


def say(line: str, err: bool = False) -> None:
    """Print one line; names in it cannot break it (a newline or escape code in a file name)."""
    click.echo(printable(line), err=err)


class Printer:
    """All CLI output. Problems go to stderr, one line per file naming the file and the reason."""

    def __init__(self) -> None:
        self.interactive = sys.stderr.isatty()

    @contextmanager
    def progress(self, total: int) -> Iterator[Advance]:
        """A callback for scrub_folder: a live bar on a terminal, a plain line per problem otherwise."""
        if not self.interactive:
            yield PlainProgress(self)
            return
        from rich.progress import (  # only on a terminal: rich costs a metadata-only run a tenth of its time
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
        )

        failed = 0
        columns = (
            TextColumn("[bold]scrubbing"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[failed]} failed"), TimeRemainingColumn(),
        )
        with Progress(*columns, transient=True) as bar:
            task = bar.add_task("scrub", total=total, failed=0)

            def advance(result: Result, done: int, total: int) -> None:
                nonlocal failed
                failed += result.status == "failed"
                bar.update(task, completed=done, failed=failed)
                for line in problem_lines(result):
                    bar.console.print(printable(line), markup=False, highlight=False)

            yield advance

    def resuming(self, resumed: int, total: int) -> None:
        if resumed:
            say(f"resuming: {resumed} of {total} files were finished by an earlier run with this policy", err=True)

    def not_read(self, skipped: list[Result], system_files: int) -> None:
        """A line per path of the tree that is not read (walk.py), and one for the system files."""
        for result in skipped:
            self.problem(result)
        if system_files:
            say(f"ignored {system_files} system file{'s' if system_files > 1 else ''} (.DS_Store, Thumbs.db, "
                "desktop.ini): not photos", err=True)

    def interrupted(self) -> None:
        say(
            "Interrupted: workers stopped; files already written are complete and recorded. "
            "Run the same command again to continue where it stopped.", err=True,
        )

    def problem(self, result: Result) -> None:
        for line in problem_lines(result):
            say(line, err=True)

    def summary(self, results: list[Result], dst: Path, report: Path | None, review: Path | None = None) -> None:
        counts = Counter(r.status for r in results)
        regions = Counter(region.kind for r in results for region in r.regions)
        covered = ", ".join(f"{n} {kind}" for kind, n in sorted(regions.items())) or "nothing"
        say(
            f"{counts['clean']} clean, {counts['failed']} failed, {counts['skipped']} skipped "
            f"-> {dst} (covered: {covered})"
        )
        kept = sum(kept_existing(r.status, r.reason) for r in results)
        if kept:
            say(f"{kept} not written: an output of that name already exists and was left as it was "
                       "(not made by scrubkit for this input; use --overwrite to replace)")
        verdicts = Counter(r.verdict for r in results)
        if verdicts["ready"] or verdicts["check"]:
            say(f"{verdicts['ready']} ready, {verdicts['check']} to check")
        if report:
            say(f"report: {report}")
        if review:
            say(f"review page: {review}")

    def names(self, names_file: Path, *, renamed: bool, identifying: list[str], total: int) -> None:
        """Where the way back to the originals is kept; a plain warning when names say who or where."""
        if renamed:
            say(f"names: {names_file} links the new names to the originals; keep it private, do not share it")
        elif identifying:
            say(
                f"WARNING {len(identifying)} of {total} file or folder names look identifying (a name, school "
                f"or place, e.g. {identifying[0]!r}) and the outputs keep them: use --rename sequential or "
                "--rename hash into a new output folder"
            )

    def serving(self, url: str, session: ReviewSession, host: str) -> None:
        files = session.files()
        to_check = sum(s.result.verdict == "check" for s in files)
        say(f"review app: {url}")
        say(f"{len(files)} files, {to_check} to check first; audit log: {session.audit_log}; Ctrl-C to stop")
        if host not in ("127.0.0.1", "localhost", "::1"):
            say(f"note: listening on {host}: anyone who can reach it and has the address can review", err=True)

    def inspection(self, found: Inspection) -> None:
        head = f"{found.path}" + (f" ({found.format})" if found.format else "")
        if found.error:
            say(f"{head}: {found.error}", err=True)
        elif not found.risks:
            say(f"{head}: no identifying metadata found ({len(found.items)} harmless items)")
        else:
            say(f"{head}: would leak")
            for risk in found.risks:
                say(f"  - {risk}")


class PlainProgress:
    """Progress for logs: a problem line per file, and a plain status line at every tenth of the batch."""

    def __init__(self, printer: Printer) -> None:
        self.printer = printer
        self.started = time.monotonic()
        self.failed = 0
        self.reported = 0

    def __call__(self, result: Result, done: int, total: int) -> None:
        self.printer.problem(result)
        self.failed += result.status == "failed"
        tenth = 10 * done // total
        if tenth > self.reported:
            self.reported = tenth
            say(f"scrubbing: {done}/{total} files, {self.failed} failed, {eta(self.started, done, total)}", err=True)


def eta(started: float, done: int, total: int) -> str:
    """'about 1m20s left', from the average pace so far."""
    if done == total:
        return "done"
    left = (time.monotonic() - started) / done * (total - done)
    minutes, seconds = divmod(round(left), 60)
    return f"about {minutes}m{seconds:02d}s left" if minutes else f"about {seconds}s left"


def problem_lines(result: Result) -> list[str]:
    """One line per thing to act on: the failure or skip, and any warning (a caption that names a child)."""
    lines = [f"{result.status.upper()} {result.source}: {result.reason}"] if result.status != "clean" else []
    return lines + [f"WARNING {result.source}: {warning}" for warning in result.warnings]
