"""`scrubkit text` and `scrubkit post` through click's test runner, on the command objects themselves."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from scrubkit_cli.text_commands import post, text
from tests.conftest import shared


@pytest.fixture(scope="module")
def cli() -> click.Group:
    group = click.Group("scrubkit")
    group.add_command(text)
    group.add_command(post)
    return group


def run(cli: click.Group, args: list[str], stdin: bytes | str | None = None):
    return CliRunner().invoke(cli, args, input=stdin)


def test_text_reads_stdin_and_writes_the_rewritten_text(cli: click.Group) -> None:
    result = run(cli, ["text"], "Well done Amy Clarke at Roundhay Leisure Centre!\n")
    assert result.exit_code == 0
    assert result.stdout == "Well done one of our children at a local leisure centre!\n"


def test_text_json_gives_spans_with_offsets_into_the_input(cli: click.Group) -> None:
    source = "Call Gareth on 07700 900482."
    result = run(cli, ["text", "--json", "--policy", "standard"], source)
    data = json.loads(result.stdout)
    assert result.exit_code == 0 and "07700" not in data["output"]
    assert any(source[s["start"]:s["end"]].strip().endswith("07700 900482") for s in data["spans"])


def test_text_jsonl_bulk(cli: click.Group, tmp_path: Path) -> None:
    src, dst = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "Well done Chidi Okafor (aged 9)!"}) + "\n"
                   + json.dumps({"id": "b", "text": "Training is cancelled."}) + "\n", encoding="utf-8")
    result = run(cli, ["text", "--jsonl", str(src), "--out", str(dst)])
    rows = [json.loads(line) for line in dst.read_text(encoding="utf-8").splitlines()]
    assert result.exit_code == 0
    assert [r["id"] for r in rows] == ["a", "b"]
    assert "Chidi" not in rows[0]["output"] and rows[1]["output"] == rows[1]["text"] and rows[1]["spans"] == []
    for span in rows[0]["spans"]:
        assert set(span) == {"start", "end", "entity", "replacement"}
        assert 0 <= span["start"] < span["end"] <= len(rows[0]["text"])


def test_text_jsonl_bad_lines_are_reported_and_the_rest_scrubbed(cli: click.Group, tmp_path: Path) -> None:
    src, dst = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_bytes(b'{"id": 1, "text": "Hi Amy Clarke"}\nnot json\n{"id": 3, "text": "\xff\xfe"}\n{"id": 4}\n')
    result = run(cli, ["text", "--jsonl", str(src), "--out", str(dst)])
    rows = [json.loads(line) for line in dst.read_text(encoding="utf-8").splitlines()]
    assert result.exit_code == 1
    assert "3 line(s)" in result.stderr
    assert "Amy" not in rows[0]["output"]
    assert [("error" in r) for r in rows] == [False, True, True, True]


@pytest.mark.parametrize(("stdin", "message"), [
    (b"\xff\xfe not utf-8", "not UTF-8 text (byte 0xff at offset 0)"),
    (b"", "empty"),
    (b"a" * 1_000_000, "too long"),
])
def test_text_bad_input_is_one_clear_line_and_exit_1(cli: click.Group, stdin: bytes, message: str) -> None:
    result = run(cli, ["text"], stdin)
    assert result.exit_code == 1
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output + result.stderr


@pytest.mark.parametrize("args", [["text", "--policy", "no-such-policy"], ["text", "--jsonl", __file__]])
def test_text_usage_errors_exit_2(cli: click.Group, args: list[str]) -> None:
    assert run(cli, args, "hello").exit_code == 2


def test_post_refuses_a_named_child_with_a_face_in_strict(cli: click.Group, tmp_path: Path) -> None:
    caption = tmp_path / "caption.txt"
    caption.write_text("Well done Amy Clarke at the gala!", encoding="utf-8")
    photo = sorted(shared("faces-groups", "images").glob("*.jpg"))[0]
    strict = run(cli, ["post", str(caption), str(photo)])
    standard = run(cli, ["post", "--policy", "standard", str(caption), str(photo)])
    assert strict.exit_code == 1 and "refused" in strict.stderr and "Amy Clarke" in strict.stderr and photo.name in strict.stderr
    assert standard.exit_code == 0 and "warning" in standard.stderr
    assert "Amy" not in strict.stdout


def test_post_bad_caption_file_is_a_clear_error(cli: click.Group, tmp_path: Path) -> None:
    caption = tmp_path / "caption.txt"
    caption.write_bytes(b"\x80\x81 latin-1?")
    result = run(cli, ["post", str(caption)])
    assert result.exit_code == 1 and "not UTF-8" in result.stderr
    assert run(cli, ["post", str(tmp_path / "missing.txt")]).exit_code == 2
