"""The review app in a real browser (Playwright driving Debian's chromium), over examples/photos:
fix a miss by drawing a cover, remove a false cover, approve, export; the token guards every request.

Pixels are checked in the files written, against the originals: a drawn cover is there, a removed
cover is gone, and the audit record's SHA-256 is the approved file's.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import re
import shutil
import socket
import struct
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageOps

import scrubkit
from scrubkit.batch import scrub_folder
from scrubkit.review_server import ReviewServer
from scrubkit.signoff import ReviewSession
from tests.conftest import EXAMPLES, shared

CHROMIUM = Path("/usr/bin/chromium")
playwright = pytest.importorskip("playwright.sync_api", reason="playwright is in the test extra (pyproject.toml)")
expect = playwright.expect
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium not installed (scripts/test.sh installs it)")
#: the name patch on the suit in portrait.jpg, which no policy here covers: the "miss" to fix
MISS = (270, 330, 340, 375)
FILL_GREY = 128
CHECK_PHOTO = ("faces-groups", "images", "12_Group_Group_12_Group_Group_12_218.jpg")
SIOCGIFFLAGS, SIOCSIFFLAGS, IFF_UP = 0x8913, 0x8914, 0x1


def pixels(path: Path) -> np.ndarray:
    with Image.open(path) as image:
        return np.asarray(ImageOps.exif_transpose(image).convert("RGB"), dtype=np.int16)


def patch_difference(a: Path, b: Path, box: tuple[int, int, int, int]) -> float:
    x0, y0, x1, y1 = box
    return float(np.abs(pixels(a)[y0:y1, x0:x1] - pixels(b)[y0:y1, x0:x1]).mean())


def loopback_up() -> None:
    """The suite runs in a network namespace of its own (`unshare -rn`), where even loopback starts
    down; the app and the browser talk over 127.0.0.1, so bring `lo` (and nothing else) up."""
    request = struct.pack("16sH14x", b"lo", 0)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        flags = struct.unpack("16sH14x", fcntl.ioctl(s, SIOCGIFFLAGS, request))[1]
        if not flags & IFF_UP:
            fcntl.ioctl(s, SIOCSIFFLAGS, struct.pack("16sH14x", b"lo", flags | IFF_UP))


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ReviewServer, Path, Path]]:
    loopback_up()
    root = tmp_path_factory.mktemp("app")
    src, dst = root / "photos", root / "clean"
    shutil.copytree(EXAMPLES / "photos", src)
    (src / "party").mkdir()  # a group photo with doubtful faces: its verdict is `check`
    shutil.copy(shared(*CHECK_PHOTO), src / "party" / "group.jpg")
    results = scrub_folder(src, dst, "standard", jobs=1)
    assert all(r.status == "clean" for r in results)
    server = ReviewServer(ReviewSession(dst))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server, src, dst
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def page(app: tuple[ReviewServer, Path, Path]) -> Iterator[object]:
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        tab = browser.new_page(viewport={"width": 1280, "height": 900})
        tab.goto(app[0].url)
        tab.wait_for_selector("#list li")
        tab.fill("#reviewer", "Jo Safeguarding-Lead")
        yield tab
        browser.close()


def shot(page: object, name: str) -> None:
    """Screenshots for a person to look at: REVIEW_SCREENSHOTS=folder keeps them."""
    folder = os.environ.get("REVIEW_SCREENSHOTS")
    if folder:
        page.screenshot(path=str(Path(folder) / f"{name}.png"))  # type: ignore[attr-defined]


def open_file(page: object, key: str) -> None:
    page.click(f'#list li:has-text("{key}")')  # type: ignore[attr-defined]
    expect(page.locator("#title")).to_have_text(key)  # type: ignore[attr-defined]
    expect(page.locator("#stage img")).to_have_js_property("complete", True)  # type: ignore[attr-defined]


def edit_done(page: object) -> None:
    expect(page.locator("body")).not_to_have_class(re.compile("busy"))  # type: ignore[attr-defined]
    assert "error" not in (page.get_attribute("#status", "class") or "")  # type: ignore[attr-defined]


def test_requests_without_the_token_are_refused(app: tuple[ReviewServer, Path, Path]) -> None:
    server = app[0]
    base = server.url.split("?")[0]
    for path in ("", "api/files", "preview/portrait.jpg", "api/files?t=wrong" + server.token[5:]):
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(base + path, timeout=30)
        assert refused.value.code == 403, path
    with urllib.request.urlopen(base + "api/files?t=" + server.token, timeout=30) as ok:
        assert ok.status == 200
    assert server.server_address[0] == "127.0.0.1"


def test_cli_serves_on_loopback_with_a_token(app: tuple[ReviewServer, Path, Path]) -> None:
    dst = app[2]
    command = [str(Path(sys.executable).with_name("scrubkit")), "review", str(dst), "--serve", "--no-open"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as served:
        try:
            first = served.stdout.readline()  # type: ignore[union-attr]
            url = first.split("review app: ", 1)[1].strip()
            assert url.startswith("http://127.0.0.1:") and "?t=" in url
            with pytest.raises(urllib.error.HTTPError) as refused:
                urllib.request.urlopen(url.split("?")[0] + "api/files", timeout=30)
            assert refused.value.code == 403
            with urllib.request.urlopen(url, timeout=30) as page:
                assert b"scrubkit review" in page.read()
        finally:
            served.terminate()


def test_check_files_come_first(page: object) -> None:
    tags = page.locator("#list li .tag").all_inner_texts()  # type: ignore[attr-defined]
    verdicts = [t for t in tags if t in ("check", "ready")]
    assert "check" in verdicts and "ready" in verdicts
    assert verdicts == sorted(verdicts)  # every "check" before every "ready"
    page.click("#list li >> nth=0")  # type: ignore[attr-defined]  # a `check` file: its reasons are shown
    reason = page.locator("#reasons li").first  # type: ignore[attr-defined]
    expect(reason).to_be_visible()
    if "unsure" in reason.inner_text():  # and what the detector was unsure of is outlined
        assert page.locator(".unsure").count() >= 1  # type: ignore[attr-defined]
    shot(page, "1b-check")
    shot(page, "1-opened")


def test_draw_a_box_covers_that_region(app: tuple[ReviewServer, Path, Path], page: object) -> None:
    _, src, dst = app
    assert patch_difference(src / "portrait.jpg", dst / "portrait.jpg", MISS) < 6  # not covered yet
    open_file(page, "portrait.jpg")
    page.select_option("#style", "fill")  # type: ignore[attr-defined]
    img = page.locator("#stage img").bounding_box()  # type: ignore[attr-defined]
    width = Image.open(src / "portrait.jpg").width
    scale = img["width"] / width
    x0, y0, x1, y1 = MISS
    page.mouse.move(img["x"] + x0 * scale, img["y"] + y0 * scale)  # type: ignore[attr-defined]
    page.mouse.down()  # type: ignore[attr-defined]
    page.mouse.move(img["x"] + x1 * scale, img["y"] + y1 * scale, steps=5)  # type: ignore[attr-defined]
    with page.expect_response("**/api/edit"):  # type: ignore[attr-defined]
        page.mouse.up()  # type: ignore[attr-defined]
    edit_done(page)
    page.wait_for_selector(".cover.manual")  # type: ignore[attr-defined]
    shot(page, "2-drawn")
    inner = pixels(dst / "portrait.jpg")[y0 + 3 : y1 - 3, x0 + 3 : x1 - 3]
    assert np.abs(inner - FILL_GREY).mean() < 4, "the drawn box is not filled in the output"
    assert patch_difference(src / "portrait.jpg", dst / "portrait.jpg", (0, 0, 120, 120)) < 6  # the rest is as before
    assert not Image.open(dst / "portrait.jpg").getexif().get(0x8825)  # still no GPS after the re-make


def test_remove_a_cover_restores_the_pixels(app: tuple[ReviewServer, Path, Path], page: object) -> None:
    """The reviewer removes a detected cover (a false one, or a consenting adult's face): the output is
    re-made with those pixels as in the original, even though the covered-image check sees a face."""
    _, src, dst = app
    photo = "staff photo.jpg"
    open_file(page, photo)
    cover = page.locator(".cover.face").first  # type: ignore[attr-defined]
    box = tuple(int(v) for v in (cover.get_attribute("data-box") or "").split(","))
    assert patch_difference(src / photo, dst / photo, box) > 8  # covered by the batch
    cover.click()
    with page.expect_response("**/api/edit"):  # type: ignore[attr-defined]
        page.click('#menu button:has-text("Remove this cover")')  # type: ignore[attr-defined]
    edit_done(page)
    expect(page.locator(f'.cover[data-box="{",".join(map(str, box))}"]')).to_have_count(0)  # type: ignore[attr-defined]
    shot(page, "3-removed")
    assert patch_difference(src / photo, dst / photo, box) < 6, "the removed cover is still in the output"
    assert not scrubkit.inspect(dst / photo).leaks  # still stripped and verified


def test_approve_records_the_files_sha256(app: tuple[ReviewServer, Path, Path], page: object) -> None:
    server, _, dst = app
    for key in ("portrait.jpg", "staff photo.jpg"):
        open_file(page, key)
        page.click("#title")  # type: ignore[attr-defined]
        with page.expect_response("**/api/decide"):  # type: ignore[attr-defined]
            page.keyboard.press("a")  # type: ignore[attr-defined]
    open_file(page, "sign.jpg")
    with page.expect_response("**/api/decide"):  # type: ignore[attr-defined]
        page.keyboard.press("r")  # type: ignore[attr-defined]
    shot(page, "4-approved")
    records = [json.loads(line) for line in server.session.audit_log.read_text().splitlines()]
    approved = {r["file"]: r for r in records if r["event"] == "approved"}
    assert set(approved) == {"portrait.jpg", "staff photo.jpg"}
    for key, record in approved.items():
        assert record["sha256"] == hashlib.sha256((dst / key).read_bytes()).hexdigest()
        assert record["reviewer"] == "Jo Safeguarding-Lead" and record["policy"] == "standard"
        assert record["scrubkit"] and record["time"]
    assert approved["portrait.jpg"]["edits"]["added"][0]["box"] == list(MISS) or approved["portrait.jpg"]["edits"]["added"]
    assert len(approved["staff photo.jpg"]["edits"]["removed"]) == 1
    assert dst.resolve() not in server.session.audit_log.parents  # kept outside the shared folder


def test_export_holds_only_approved_files(app: tuple[ReviewServer, Path, Path], page: object, tmp_path: Path) -> None:
    _, _, dst = app
    ready = tmp_path / "ready to post"
    page.fill("#exportdir", str(ready))  # type: ignore[attr-defined]
    with page.expect_response("**/api/export"):  # type: ignore[attr-defined]
        page.click("#exportbtn")  # type: ignore[attr-defined]
    expect(page.locator("#status")).to_have_text(re.compile("^exported 2"))  # type: ignore[attr-defined]
    shot(page, "5-exported")
    exported = sorted(p.relative_to(ready).as_posix() for p in ready.rglob("*") if p.is_file())
    assert exported == ["portrait.jpg", "staff photo.jpg"]
    for key in exported:
        assert (ready / key).read_bytes() == (dst / key).read_bytes()


def test_undo_takes_back_the_last_cover(app: tuple[ReviewServer, Path, Path], page: object, tmp_path: Path) -> None:
    """Draw a cover by mistake, undo it (key u): the output is made again without it."""
    _, src, dst = app
    photo = "trip/rocket.webp"
    before = tmp_path / "before.webp"
    shutil.copy(dst / photo, before)
    open_file(page, photo)
    expect(page.locator("#undo")).to_be_disabled()  # type: ignore[attr-defined]
    page.select_option("#style", "fill")  # type: ignore[attr-defined]
    img = page.locator("#stage img").bounding_box()  # type: ignore[attr-defined]
    scale = img["width"] / Image.open(src / photo).width
    box = (10, 10, 90, 70)
    page.mouse.move(img["x"] + box[0] * scale, img["y"] + box[1] * scale)  # type: ignore[attr-defined]
    page.mouse.down()  # type: ignore[attr-defined]
    page.mouse.move(img["x"] + box[2] * scale, img["y"] + box[3] * scale, steps=5)  # type: ignore[attr-defined]
    with page.expect_response("**/api/edit"):  # type: ignore[attr-defined]
        page.mouse.up()  # type: ignore[attr-defined]
    edit_done(page)
    inner = (box[0] + 6, box[1] + 6, box[2] - 6, box[3] - 6)
    assert patch_difference(before, dst / photo, inner) > 8, "the drawn cover is not in the output"
    page.click("#title")  # type: ignore[attr-defined]
    with page.expect_response("**/api/undo"):  # type: ignore[attr-defined]
        page.keyboard.press("u")  # type: ignore[attr-defined]
    edit_done(page)
    expect(page.locator(".cover.manual")).to_have_count(0)  # type: ignore[attr-defined]
    expect(page.locator("#undo")).to_be_disabled()  # type: ignore[attr-defined]
    shot(page, "6-undone")
    assert patch_difference(before, dst / photo, inner) < 6, "the undone cover is still in the output"
    assert not scrubkit.inspect(dst / photo).leaks


def test_approve_all_ready(app: tuple[ReviewServer, Path, Path], page: object) -> None:
    """One click approves every undecided `ready` file, each with its own audit record; `check` files and
    files already decided are left alone."""
    server, _, dst = app
    session = server.session
    before = {s.key: s for s in session.files()}
    expected = sorted(k for k, s in before.items() if s.result.verdict == "ready" and s.decision is None)
    checks = {k: s.decision for k, s in before.items() if s.result.verdict == "check"}
    assert expected and checks and "sign.jpg" not in expected
    with page.expect_response("**/api/approve-ready"):  # type: ignore[attr-defined]
        page.click("#approveready")  # type: ignore[attr-defined]
    expect(page.locator("#status")).to_have_text(f"approved {len(expected)} file(s) marked ready")  # type: ignore[attr-defined]
    shot(page, "7-approved-ready")
    records = [json.loads(line) for line in session.audit_log.read_text().splitlines()]
    approved = sorted(r["file"] for r in records[-len(expected):] if r["event"] == "approved")
    assert approved == expected
    for record in records[-len(expected):]:
        assert record["sha256"] == hashlib.sha256((dst / record["file"]).read_bytes()).hexdigest()
        assert record["verdict"] == "ready" and record["reviewer"] == "Jo Safeguarding-Lead"
    after = {s.key: s for s in session.files()}
    assert {k: after[k].decision for k in checks} == checks and after["sign.jpg"].decision == "rejected"
