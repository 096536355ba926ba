"""Batches: a folder mixing good, corrupt and unsupported files on a process pool, the same outcome
as one process, scrubkit's own files never taken as inputs, and the executor extension point."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path

import pytest

import scrubkit
from scrubkit.batch import REVIEW_NAME, Batch, Task, plan, run_task
from scrubkit.lock import LOCK_NAME
from scrubkit.manifest import MANIFEST_NAME
from scrubkit.policy import Policy
from scrubkit.review import write_review
from scrubkit.types import Result
from tests.conftest import EXAMPLES, shared

GOOD = ("img_1.jpg", "img_114.jpg", "img_121.jpg", "img_125.jpg", "img_133.jpg")


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """Five real photos, a truncated JPEG, random bytes named .jpg, an empty file, a PDF, a PNG."""
    src = tmp_path / "in"
    (src / "trip").mkdir(parents=True)
    for name in GOOD:
        shutil.copy(shared("text-icdar15", "images", name), src / "trip" / name)
    data = shared("text-icdar15", "images", GOOD[0]).read_bytes()
    (src / "truncated.jpg").write_bytes(data[: len(data) // 4])
    (src / "noise.jpg").write_bytes(bytes(range(256)) * 16)
    (src / "empty.jpg").write_bytes(b"")
    (src / "minutes.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    shutil.copy(EXAMPLES / "photos" / "class pet" / "chelsea.png", src / "chelsea.png")
    return src


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def outcome(results: list[Result], src: Path) -> dict[str, tuple[str, str | None]]:
    return {r.source.relative_to(src).as_posix(): (r.status, r.output and r.output.name) for r in results}


def test_mixed_folder_on_two_workers_matches_one_process(mixed: Path, tmp_path: Path) -> None:
    pooled = scrubkit.scrub_folder(mixed, tmp_path / "two", "metadata-only", jobs=2)
    single = scrubkit.scrub_folder(mixed, tmp_path / "one", "metadata-only", jobs=1)

    assert [r.source for r in pooled] == sorted(r.source for r in pooled)  # path order, not finish order
    assert outcome(pooled, mixed) == outcome(single, mixed)
    by_name = {r.source.name: r for r in pooled}
    assert all(by_name[name].status == "clean" for name in (*GOOD, "chelsea.png"))
    for name in ("truncated.jpg", "noise.jpg", "empty.jpg"):
        assert by_name[name].status == "failed" and by_name[name].reason and by_name[name].output is None
    assert by_name["minutes.pdf"].status == "skipped" and "PDF" in (by_name["minutes.pdf"].reason or "")
    for r in pooled:  # byte-identical to the single-process outputs
        if r.output:
            assert digest(r.output) == digest(tmp_path / "one" / r.output.relative_to(tmp_path / "two"))
    written = {p.name for p in (tmp_path / "two").rglob("*") if p.is_file()}
    assert written == {*GOOD, "chelsea.png", MANIFEST_NAME, LOCK_NAME}  # nothing for the bad files, no temp files


def test_scrubkit_files_in_a_folder_are_never_inputs(mixed: Path, tmp_path: Path) -> None:
    dst = tmp_path / "out"
    batch = Batch(mixed, dst, "metadata-only")
    batch.run(jobs=1)
    write_review(dst, batch.results)
    assert (dst / REVIEW_NAME).is_file() and (dst / MANIFEST_NAME).is_file()
    # cleaning the cleaned folder again (e.g. to a second place) sees only the photos
    names = {t.src.name for t in plan(dst, tmp_path / "again")}
    assert names == {*GOOD, "chelsea.png"}
    # a review.html the user owns (no manifest beside it) is an input like any other file
    (mixed / REVIEW_NAME).write_text("<p>my notes</p>")
    assert REVIEW_NAME in {t.src.name for t in plan(mixed, tmp_path / "x")}


class ThreadExecutor:
    """What a user plugging in another engine writes: map run_task, yield results as they finish."""

    def map(self, tasks: Sequence[Task], policy: Policy) -> Iterator[tuple[Task, Result]]:
        with ThreadPoolExecutor(3) as pool:
            futures = {pool.submit(run_task, task, policy): task for task in tasks}
            for future in as_completed(futures):
                yield futures[future], future.result()


def test_any_executor_can_map_the_unit_of_work_and_resume_still_works(mixed: Path, tmp_path: Path) -> None:
    dst = tmp_path / "out"
    results = scrubkit.scrub_folder(mixed, dst, "metadata-only", executor=ThreadExecutor())
    assert outcome(results, mixed) == outcome(scrubkit.scrub_folder(mixed, tmp_path / "ref", "metadata-only", jobs=1), mixed)
    again = Batch(mixed, dst, "metadata-only")
    assert again.resumed == len(GOOD) + 1  # the clean ones; failures and skips are tried again


CAPTION = "Well done Amy Clarke from Year 4 at Roundhay Leisure Centre today! Thanks @roundhayprimary\n"


@pytest.fixture
def posts(tmp_path: Path) -> Path:
    """Two posts: a caption naming a child beside a group photo, and a caption naming no one."""
    src = tmp_path / "posts"
    (src / "sports day").mkdir(parents=True)
    (src / "library").mkdir()
    shutil.copy(shared("faces-groups", "images", "12_Group_Group_12_Group_Group_12_434.jpg"), src / "sports day" / "team.jpg")
    (src / "sports day" / "caption.txt").write_text(CAPTION, encoding="utf-8")
    shutil.copy(shared("text-icdar15", "images", "img_1.jpg"), src / "library" / "shelves.jpg")
    (src / "library" / "caption.txt").write_text("A lovely morning reading together.\n", encoding="utf-8")
    return src


def test_posts_in_a_folder_get_their_caption_rewritten_and_the_named_child_rule(posts: Path, tmp_path: Path) -> None:
    dst = tmp_path / "out"
    batch = Batch(posts, dst, "metadata-only")  # faces stay visible: the rule must warn
    results = {r.source.relative_to(posts).as_posix(): r for r in batch.run(jobs=1)}
    write_review(dst, batch.results)

    named = results["sports day/caption.txt"]
    assert named.status == "clean" and named.output == dst / "sports day" / "caption.txt"
    rewritten = named.output.read_text(encoding="utf-8")
    assert "Amy" not in rewritten and "Roundhay" not in rewritten and "@roundhayprimary" not in rewritten
    assert len(named.warnings) == 1 and "team.jpg" in named.warnings[0]
    plain = results["library/caption.txt"]
    assert plain.status == "clean" and not plain.warnings
    assert (dst / "library" / "caption.txt").read_text(encoding="utf-8") == "A lovely morning reading together.\n"
    # the child's name is nowhere in the output folder: not in captions, manifest, or review page
    for path in dst.rglob("*"):
        if path.is_file() and path.suffix in (".txt", ".html", ".jsonl"):
            assert "Amy" not in path.read_text(encoding="utf-8"), path

    strict_rule = Policy.from_mapping({"preset": "metadata-only", "named_child_photo": "refuse"})
    outcome = {r.source: r for r in scrubkit.scrub_folder(posts, tmp_path / "refused", strict_rule, jobs=1)}
    refused = outcome[posts / "sports day" / "caption.txt"]
    assert refused.status == "failed" and "refused" in (refused.reason or "") and "Amy" not in (refused.reason or "")
    assert not (tmp_path / "refused" / "sports day" / "caption.txt").exists()
