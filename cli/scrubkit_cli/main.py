"""The `scrubkit` command: parses arguments, calls the scrubkit library, prints. No logic of its own."""

from __future__ import annotations

import gc
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

import click

import scrubkit
from scrubkit.batch import Batch
from scrubkit.errors import ScrubError
from scrubkit.naming import RenameScheme, identifying_names
from scrubkit.report import check_report_path, write_report
from scrubkit.walk import walk
from scrubkit_cli import text_commands
from scrubkit_cli.options import (
    EXIT_FAILED,
    EXIT_OK,
    OCR_CHOICES,
    POLICY_HELP,
    RENAME_CHOICES,
    STYLE_CHOICES,
    Refused,
    interrupted_status,
    load_policy,
    stop_on_sigterm,
)
from scrubkit_cli.output import Printer

if TYPE_CHECKING:
    from scrubkit.cluster import DaskCluster


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(scrubkit.__version__, prog_name="scrubkit")
def cli() -> None:
    """Make photos and posts about children safe to share.

    Strips identifying metadata (GPS, camera serials, names), covers faces, uniforms and visible text,
    rewrites captions, and proves every output clean. Originals are never modified.
    """


@cli.command()
@click.argument("src", type=click.Path(path_type=Path))
@click.option("--out", "dst", required=True, type=click.Path(path_type=Path), help="Folder (or file) for the clean copies.")
@click.option("--policy", "policy_name", default="strict", show_default=True, help=POLICY_HELP)
@click.option("--report", "report_path", type=click.Path(path_type=Path), help="Write a JSON report of every file here.")
@click.option("--overwrite", is_flag=True, help="Replace outputs that already exist.")
@click.option("--ocr", type=OCR_CHOICES, help="OCR backend for visible text (overrides the policy).")
@click.option("--style", type=STYLE_CHOICES, help="How regions are covered (overrides the policy).")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=0, help="Worker processes (default 0: every core).")
@click.option("--review", "review", is_flag=True, help="Also write OUT/review.html, a page of the cleaned photos to check.")
@click.option("--rename", type=RENAME_CHOICES,
              help="Give the outputs neutral names (0001.jpg, or a keyed hash); the way back is kept beside OUT.")
@click.option("--cluster", metavar="ADDRESS", help="Run on the Dask cluster whose scheduler is at ADDRESS (tcp://host:8786); needs scrubkit[cluster].")
def clean(
    src: Path, dst: Path, policy_name: str, report_path: Path | None, overwrite: bool, ocr: str | None,
    style: str | None, jobs: int, review: bool, rename: RenameScheme | None, cluster: str | None,
) -> None:
    """Write scrubbed copies of the photos in SRC (a file or folder tree) into --out.

    A .txt file beside photos is a post's caption: it is rewritten, and checked against its photos.
    Run the same command again after an interruption and it continues where it stopped.
    """
    policy = load_policy(policy_name, ocr=ocr, style=style)
    if review and not src.is_dir():
        raise click.UsageError("--review needs a folder as SRC")
    try:
        if report_path:
            check_report_path(report_path, src, dst)
        batch = Batch(src, dst, policy, overwrite=overwrite, rename=rename)
    except ScrubError as e:
        raise Refused(str(e)) from None
    printer = Printer()
    printer.not_read(batch.not_read, batch.system_files)
    printer.resuming(batch.resumed, len(batch.tasks))
    names_check = NamesCheck(sorted(set(batch.labels.values()))) if batch.folder_run and not rename else None
    try:
        with printer.progress(len(batch.todo)) as advance:
            results = batch.run(jobs=jobs or None, progress=advance, executor=_cluster_executor(cluster))
        if report_path:
            write_report(report_path, results, policy)
    except KeyboardInterrupt as stop:  # Ctrl-C or SIGTERM; handled here: click would print "Aborted!" and exit 1
        printer.interrupted()
        sys.exit(interrupted_status(stop))
    except ScrubError as e:
        raise Refused(str(e)) from None
    page = None
    if review:  # the review modules import the imaging libraries: only when asked for
        from scrubkit.review import write_review

        page = write_review(dst, batch.results, policy.name)
    printer.summary(results, dst, report_path, page)
    if batch.folder_run:
        identifying = names_check.result() if names_check else []
        printer.names(batch.names.path, renamed=rename is not None, identifying=identifying, total=len(batch.labels))
    sys.exit(EXIT_FAILED if any(r.status == "failed" for r in results) else EXIT_OK)


def _cluster_executor(address: str | None) -> DaskCluster | None:
    if address is None:
        return None
    from scrubkit.cluster import DaskCluster  # imports dask only when asked for

    return DaskCluster(address)


class NamesCheck(threading.Thread):
    """identifying_names() on a daemon thread while the batch runs: the post-text analyzer takes
    seconds to load, mostly while the main process only waits for its workers. A daemon, so Ctrl-C
    never waits for it."""

    def __init__(self, labels: list[str]) -> None:
        super().__init__(name="names-check", daemon=True)
        self.labels, self.found = labels, list[str]()
        self.start()

    def run(self) -> None:
        try:
            self.found = identifying_names(self.labels)
        except Exception as e:  # the warning is advice: its failure must not look like a crash
            click.echo(f"note: file and folder names were not checked ({type(e).__name__}: {e})", err=True)

    def result(self) -> list[str]:
        self.join()
        return self.found


@cli.command("review")
@click.argument("dst", type=click.Path(path_type=Path, file_okay=False))
@click.option("--serve", is_flag=True, help="Start the review app: fix covers, approve or reject, export.")
@click.option("--export", "ready", type=click.Path(path_type=Path, file_okay=False), help="Copy the approved files (only) to this folder.")
@click.option("--policy", "policy_name", help="The batch's policy, if the manifest cannot tell (a .toml file).")
@click.option("--audit", "audit_log", type=click.Path(path_type=Path, dir_okay=False), help="Audit log (default: DST.audit.jsonl beside DST).")
@click.option("--reviewer", default="", help="Your name, recorded with an export.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (the app is for this machine only unless you change it).")
@click.option("--port", type=click.IntRange(0, 65535), default=0, help="Port (default: any free one).")
@click.option("--no-open", is_flag=True, help="Print the address without opening a browser.")
def review_cmd(
    dst: Path, serve: bool, ready: Path | None, policy_name: str | None, audit_log: Path | None, reviewer: str,
    host: str, port: int, no_open: bool,
) -> None:
    """Check an earlier `clean --out DST`: write DST/review.html, or --serve the review app, or --export."""
    from scrubkit.review import review_from_manifest
    from scrubkit.review_server import ReviewServer
    from scrubkit.signoff import ReviewSession

    try:
        if not serve and not ready:
            click.echo(f"review page: {review_from_manifest(dst)}")
            return
        session = ReviewSession(dst, policy_name, audit_log)
        if ready:
            written = session.export(ready, reviewer)
            click.echo(f"exported {len(written)} approved file(s) to {ready} (audit log: {session.audit_log})")
        if serve:
            server = ReviewServer(session, host, port)
    except ScrubError as e:
        raise Refused(str(e)) from None
    except OSError as e:
        raise Refused(f"cannot start the review app on {host}:{port}: {e.strerror or e}") from None
    if not serve:
        return
    Printer().serving(server.url, session, host)
    if not no_open:
        import webbrowser

        webbrowser.open(server.url)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("review app stopped; decisions are in the audit log.", err=True)
    finally:
        server.server_close()


@cli.command("inspect")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
def inspect_cmd(paths: tuple[Path, ...]) -> None:
    """Show what identifying metadata each file carries (exit 1 if any file leaks)."""
    printer = Printer()
    leaks = False
    for path in paths:
        for file in sorted(walk(path).files) if path.is_dir() else [path]:
            found = scrubkit.inspect(file)
            printer.inspection(found)
            leaks = leaks or found.leaks or found.error is not None
    sys.exit(EXIT_FAILED if leaks else EXIT_OK)


cli.add_command(text_commands.text)
cli.add_command(text_commands.post)


def main() -> None:
    """Console-script entry point: usage errors exit 2, everything else is reported, never a traceback."""
    gc.freeze()  # the imported modules live as long as the process: the collector need not walk them again
    stop_on_sigterm()
    try:
        cli(standalone_mode=True)
    except KeyboardInterrupt as stop:
        click.echo("Interrupted: files already written are complete; nothing partial was left.", err=True)
        sys.exit(interrupted_status(stop))
