"""`scrubkit text` and `scrubkit post`: read text, call scrubkit.text / scrubkit.post, print.

Exit codes as everywhere in scrubkit: 0 done, 1 failed or refused, 2 usage error.
"""

from __future__ import annotations

import codecs
import json
import sys
from pathlib import Path
from typing import NoReturn

import click

from scrubkit.errors import ScrubError
from scrubkit.paths import check_new_file, printable, same_file
from scrubkit_cli.options import EXIT_FAILED, EXIT_OK, POLICY_HELP, Refused, load_policy


def decode_utf8(data: bytes, where: str) -> str:
    """The text, without the byte-order mark some editors put first (it is not part of the post)."""
    from scrubkit.text.bulk import decode_post  # keeps `scrubkit --help` fast

    return decode_post(data.removeprefix(codecs.BOM_UTF8), where)


def read_stdin() -> bytes:
    with click.open_file("-", "rb") as stdin:
        return stdin.read()


def fail(message: str) -> NoReturn:
    click.echo(f"scrubkit: {printable(message)}", err=True)
    sys.exit(EXIT_FAILED)


@click.command()
@click.option("--policy", "policy_name", default="strict", show_default=True, help=POLICY_HELP)
@click.option("--jsonl", "jsonl_in", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help='Bulk input: one {"id", "text"} object per line.')
@click.option("--out", "jsonl_out", type=click.Path(dir_okay=False, path_type=Path),
              help='With --jsonl: write {"id", "text", "output", "flags", "spans"} lines here.')
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON (output, names, adults, flags, spans) instead of the text.")
def text(policy_name: str, jsonl_in: Path | None, jsonl_out: Path | None, as_json: bool) -> None:
    """Rewrite post text so it no longer identifies or locates a child.

    Reads the text on standard input and prints the rewritten text; with --jsonl, rewrites many posts.
    """
    policy = load_policy(policy_name)
    if (jsonl_in is None) != (jsonl_out is None):
        raise click.UsageError("--jsonl and --out go together")
    if jsonl_in is not None and jsonl_out is not None:
        if same_file(jsonl_in, jsonl_out):
            raise Refused(f"--out {jsonl_out} is the --jsonl input itself; write the output to another file")
        try:
            check_new_file(jsonl_out, "output")
        except ScrubError as e:
            raise Refused(str(e)) from None
    from scrubkit.text import TextScrubber

    try:
        if jsonl_in is not None and jsonl_out is not None:
            from scrubkit.text.bulk import scrub_jsonl

            summary = scrub_jsonl(jsonl_in, jsonl_out, scrubber=TextScrubber(policy))
            if summary.failed:
                fail(f"{summary.failed} line(s) of {jsonl_in} could not be scrubbed (see their \"error\" in {jsonl_out})")
            return
        result = TextScrubber(policy).scrub(decode_utf8(read_stdin(), "the input"))
    except ScrubError as e:
        fail(str(e))
    except OSError as e:  # the output could not be written (disk full, permissions)
        fail(f"cannot write {jsonl_out}: {e.strerror or e}")
    click.echo(json.dumps(result.to_json(), ensure_ascii=False) if as_json else result.output, nl=as_json)


@click.command()
@click.argument("caption", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("photos", nargs=-1, type=click.Path(path_type=Path))
@click.option("--policy", "policy_name", default="strict", show_default=True, help=POLICY_HELP)
@click.option("--json", "as_json", is_flag=True, help="Print the verdict, names, photos and rewritten caption as JSON.")
def post(caption: Path, photos: tuple[Path, ...], policy_name: str, as_json: bool) -> None:
    """Check a post: rewrite CAPTION (a text file) and apply the named-child rule to the PHOTOS.

    Prints the rewritten caption. If the caption names a child and a photo shows a recognisable
    face, warns (standard policy) or refuses with exit status 1 (strict).
    """
    policy = load_policy(policy_name)
    for photo in photos:
        if not photo.exists() and not photo.is_symlink():
            raise Refused(f"{photo}: no such file")
    from scrubkit.pipeline import read_input
    from scrubkit.post import scrub_post

    try:
        text = decode_utf8(read_input(caption), str(caption))
    except ScrubError as e:
        fail(f"{caption}: {e}")
    try:
        result = scrub_post(text, list(photos), policy)
    except ScrubError as e:
        fail(str(e))
    if as_json:
        click.echo(json.dumps(result.to_json(), ensure_ascii=False))
    else:
        click.echo(result.caption.output, nl=not result.caption.output.endswith("\n"))
        if result.verdict != "ok":
            click.echo(f"scrubkit: {result.message}", err=True)
    sys.exit(EXIT_FAILED if result.verdict == "refuse" else EXIT_OK)
