"""The review page, opened in a real headless Chromium: it shows the grid of cleaned photos with
covered faces outlined and the list of failures, loads nothing from the network, and never
references an original."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

import pytest
from PIL import Image

import scrubkit
from scrubkit.batch import Batch
from scrubkit.review import THUMBS_DIR, write_review
from tests.conftest import shared

CHROMIUM = Path("/usr/bin/chromium")
needs_chromium = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="Debian chromium not installed (scripts/test.sh installs it)"
)
#: two small group photos for the standard policy (faces covered), from faces-groups
GROUP_PHOTOS = ("12_Group_Group_12_Group_Group_12_434.jpg", "12_Group_Large_Group_12_Group_Large_Group_12_613.jpg")
FACE_OUTLINE = (0, 200, 83)  # .box border colour (#00c853)


class Links(HTMLParser):
    """Every src/href in the page, and the img tags."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.imgs: list[dict[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.urls += [v for k, v in attrs if k in ("src", "href") and v]
        if tag == "img":
            self.imgs.append(dict(attrs))


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A standard-policy batch: two group photos, a corrupt JPEG, a PDF; then `--review`."""
    root = tmp_path_factory.mktemp("review")
    src, dst = root / "originals", root / "clean"
    (src / "party").mkdir(parents=True)
    for name in GROUP_PHOTOS:
        shutil.copy(shared("faces-groups", "images", name), src / "party" / name)
    (src / "party" / "cut-off.jpg").write_bytes(shared("faces-groups", "images", GROUP_PHOTOS[0]).read_bytes()[:3000])
    (src / "letter.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    run = subprocess.run(
        [str(Path(sys.executable).with_name("scrubkit")), "clean", str(src), "--out", str(dst),
         "--policy", "standard", "--jobs", "2", "--review"],
        capture_output=True, text=True, timeout=600,
    )
    assert run.returncode == 1, run.stderr  # the corrupt file failed; the rest is reviewed
    return src, dst


def chromium(url: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={tmp_path / 'profile'}", *args, url],
        capture_output=True, text=True, timeout=180,
    )


@needs_chromium
def test_page_renders_grid_outlines_and_failures(reviewed: tuple[Path, Path], tmp_path: Path) -> None:
    _, dst = reviewed
    page = (dst / "review.html").as_uri()
    shot = tmp_path / "review.png"
    chromium(page, tmp_path, f"--screenshot={shot}", "--window-size=1280,2000")
    image = Image.open(shot).convert("RGB")
    colours = image.getcolors(maxcolors=1 << 20) or []
    assert len(colours) > 5000, "no photo thumbnails visible (blank page or images blocked)"
    assert any(c == FACE_OUTLINE for _, c in colours), "no face outline drawn"

    dom = chromium(page, tmp_path, "--dump-dom").stdout
    grid = dom[dom.index('<main id="grid">'):]
    assert grid.count("<figure") == 4
    assert len(re.findall(r'class="card clean has-face verdict-(ready|check)"', grid)) == 2
    assert len(re.findall(r'class="box face"', grid)) >= 10
    problems = dom[dom.index('<section id="problems">'):dom.index('<main id="grid">')]
    assert "party/cut-off.jpg" in problems and "failed" in problems
    assert "letter.pdf" in problems and "skipped" in problems

    only_problems = chromium(page + "#only-problems", tmp_path, "--dump-dom").stdout
    assert '<body class="only-problems">' in only_problems  # the inline script ran


def test_page_references_only_cleaned_files_and_nothing_online(reviewed: tuple[Path, Path]) -> None:
    src, dst = reviewed
    html = (dst / "review.html").read_text(encoding="utf-8")
    assert not re.search(r"(?i)https?:|//[a-z]", html.replace("http-equiv", "")), "page could reach the network"
    assert str(src) not in html and src.name not in html
    links = Links()
    links.feed(html)
    assert links.imgs and all(img.get("loading") == "lazy" for img in links.imgs)
    for url in links.urls:
        target = (dst / unquote(url)).resolve()
        assert dst.resolve() in target.parents and target.is_file(), url
    thumbs = [dst / unquote(img["src"] or "") for img in links.imgs]
    assert all(t.parent.name == THUMBS_DIR for t in thumbs)
    for thumb in thumbs:  # thumbnails carry no metadata at all
        found = scrubkit.inspect(thumb)
        assert found.error is None and not found.leaks
        assert not Image.open(thumb).getexif()


def test_names_are_escaped(tmp_path: Path) -> None:
    src, dst = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    nasty = "<img src=x onerror=alert(1)> Tom & \"Amy\"'s"
    shutil.copy(shared("text-icdar15", "images", "img_1.jpg"), src / f"{nasty}.jpg")
    (src / f"{nasty}.png").write_bytes(b"\x89PNG\r\n\x1a\nnot really")
    batch = Batch(src, dst, "metadata-only")
    batch.run(jobs=1)
    page = write_review(dst, batch.results).read_text(encoding="utf-8")
    assert nasty not in page and "<img src=x" not in page
    assert "&lt;img src=x onerror=alert(1)&gt; Tom &amp; &quot;Amy&quot;&#x27;s.jpg" in page
    links = Links()
    links.feed(page)
    assert [unquote(u) for u in links.urls if not u.startswith(THUMBS_DIR)] == [f"{nasty}.jpg"]
