"""How the CLI prints: a progress bar on a terminal, plain lines (no control characters) elsewhere."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import click
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from scrubkit.inspection import Inspection
from scrubkit.types import Result

Advance = Callable[[Result, int, int], None]


class Printer:
    """All CLI output. Problems go to stderr, one line per file naming the file and the reason."""

    def __init__(self) -> None:
        self.interactive = sys.stderr.isatty()

    @contextmanager
    def progress(self, total: int) -> Iterator[Advance]:
        """A callback for scrub_folder: a live bar on a terminal, a plain line per problem otherwise."""
        if not self.interactive:
            yield lambda result, done, total: self.problem(result)
            return
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
                if result.status != "clean":
                    bar.console.print(problem_line(result), markup=False, highlight=False)

            yield advance

    def problem(self, result: Result) -> None:
        if result.status != "clean":
            click.echo(problem_line(result), err=True)

    def summary(self, results: list[Result], dst: Path, report: Path | None) -> None:
        counts = Counter(r.status for r in results)
        regions = Counter(region.kind for r in results for region in r.regions)
        covered = ", ".join(f"{n} {kind}" for kind, n in sorted(regions.items())) or "nothing"
        click.echo(
            f"{counts['clean']} clean, {counts['failed']} failed, {counts['skipped']} skipped "
            f"-> {dst} (covered: {covered})"
        )
        if report:
            click.echo(f"report: {report}")

    def inspection(self, found: Inspection) -> None:
        head = f"{found.path}" + (f" ({found.format})" if found.format else "")
        if found.error:
            click.echo(f"{head}: {found.error}", err=True)
        elif not found.risks:
            click.echo(f"{head}: no identifying metadata found ({len(found.items)} harmless items)")
        else:
            click.echo(f"{head}: would leak")
            for risk in found.risks:
                click.echo(f"  - {risk}")


def problem_line(result: Result) -> str:
    return f"{result.status.upper()} {result.source}: {result.reason}"
