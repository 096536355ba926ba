"""The review page: one self-contained HTML file in the output folder to check a batch before posting.

It shows only what scrubkit wrote: small thumbnails made from the CLEANED outputs (in
DST/.scrubkit-thumbs/, without metadata) linking to the outputs by relative path, with every covered
region outlined, and per-file reasons for failures and skips. Nothing is fetched: styles and script
are inline, a Content-Security-Policy forbids any network request, and no original is referenced.
"""

from __future__ import annotations

import hashlib
import html
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path
from urllib.parse import quote

from PIL import Image, ImageOps
from pillow_heif import register_heif_opener

from scrubkit._version import __version__
from scrubkit.batch import REVIEW_NAME, default_jobs
from scrubkit.errors import UsageError
from scrubkit.manifest import MANIFEST_NAME, Manifest
from scrubkit.media.atomic import atomic_write
from scrubkit.postfile import CAPTION_FORMAT
from scrubkit.types import Result
from scrubkit.video.probe import VIDEO_FORMATS
from scrubkit.video.strip import strip_image

THUMBS_DIR = ".scrubkit-thumbs"
THUMB_SIZE = 360
#: how much of a rewritten caption a card shows
CAPTION_CHARS = 600
#: EXIF orientations that swap width and height
_TRANSPOSED = {5, 6, 7, 8}

register_heif_opener()


@dataclass(frozen=True)
class Thumb:
    """A thumbnail (relative URL) and the size of the oriented output it was made from."""

    url: str
    width: int
    height: int


def review_from_manifest(dst: str | Path) -> Path:
    """Write DST/review.html from the manifest of an earlier `scrubkit clean` into DST."""
    dst = Path(dst)
    if not (dst / MANIFEST_NAME).is_file():
        raise UsageError(f"{dst} has no {MANIFEST_NAME}: run `scrubkit clean SRC --out {dst}` first")
    manifest = Manifest(dst)
    return write_review(dst, manifest.results(), manifest.policies())


def write_review(dst: str | Path, results: Mapping[str, Result], policy_name: str | None = None) -> Path:
    """Write DST/review.html for `results`, keyed by each file's path in the batch (Batch.results),
    whose outputs lie inside DST; returns the page's path."""
    dst = Path(dst)
    clean = {
        name: r for name, r in results.items()
        if r.status == "clean" and r.output is not None and r.format != CAPTION_FORMAT
    }
    with ThreadPoolExecutor(default_jobs()) as pool:  # Pillow decodes and resizes without the GIL
        thumbs = dict(zip(clean, pool.map(lambda r: preview(dst, r), clean.values())))
    page = render(dst, dict(sorted(results.items())), thumbs, policy_name)
    path = dst / REVIEW_NAME
    atomic_write(path, page.encode("utf-8", "backslashreplace"))  # a name that is not UTF-8 shows as \\udcXX
    return path


def preview(dst: Path, result: Result) -> Thumb | None:
    """A video's strip of frames (covers drawn in), or a photo's thumbnail."""
    if result.format in VIDEO_FORMATS:
        return _cached(dst, result.output, lambda: strip_image(result.output, result.regions))  # type: ignore[arg-type]
    return thumbnail(dst, result.output)  # type: ignore[arg-type]


def _cached(dst: Path, output: Path, make: Callable[[], tuple[bytes, int, int]]) -> Thumb | None:
    """A preview made by `make` from the cleaned `output`, kept in DST/.scrubkit-thumbs/ while up to date."""
    rel = output.relative_to(dst).as_posix()
    name = hashlib.sha256(rel.encode("utf-8", "surrogateescape")).hexdigest()[:24] + ".jpg"
    thumb = dst / THUMBS_DIR / name
    try:
        if not thumb.exists() or thumb.stat().st_mtime_ns < output.stat().st_mtime_ns:
            data, width, height = make()
            atomic_write(thumb, data)
        else:
            with Image.open(thumb) as image:
                width, height = image.size
    except Exception:  # an unreadable preview must not stop the page
        return None
    return Thumb(f"{THUMBS_DIR}/{name}", width, height)


def thumbnail(dst: Path, output: Path) -> Thumb | None:
    """A small JPEG of the cleaned `output` in DST/.scrubkit-thumbs/ (reused while up to date)."""
    rel = output.relative_to(dst).as_posix()
    name = hashlib.sha256(rel.encode("utf-8", "surrogateescape")).hexdigest()[:24] + ".jpg"
    thumb = dst / THUMBS_DIR / name
    try:
        with Image.open(output) as image:
            width, height = image.size
            if image.getexif().get(0x0112) in _TRANSPOSED:
                width, height = height, width
            if not thumb.exists() or thumb.stat().st_mtime_ns < output.stat().st_mtime_ns:
                image.draft("RGB", (THUMB_SIZE * 2, THUMB_SIZE * 2))  # JPEG: decode at reduced size
                oriented = ImageOps.exif_transpose(image)
                oriented.thumbnail((THUMB_SIZE, THUMB_SIZE))
                small = BytesIO()
                oriented.convert("RGB").save(small, "JPEG", quality=80)  # no exif/xmp/icc passed on
                atomic_write(thumb, small.getvalue())
    except (OSError, ValueError, Image.DecompressionBombError):
        return None  # the card says "no preview"; the output itself is still listed
    return Thumb(f"{THUMBS_DIR}/{name}", width, height)


def render(dst: Path, by_name: dict[str, Result], thumbs: dict[str, Thumb | None], policy_name: str | None) -> str:
    """The whole page as one string; every piece of text from the batch is escaped."""
    results = list(by_name.values())
    counts = Counter(r.status for r in results)
    kinds = Counter(region.kind for r in results for region in r.regions)
    problems = {name: r for name, r in by_name.items() if r.status != "clean" or r.warnings}
    stripped = sum(1 for r in results if r.metadata_removed)
    stats = [
        ("files", len(results)), ("clean", counts["clean"]), ("to check", sum(r.verdict == "check" for r in results)),
        ("failed", counts["failed"]),
        ("skipped", counts["skipped"]), ("faces covered", kinds["face"]), ("uniform marks covered", kinds["mark"]),
        ("bodies covered", kinds["person"]), ("garments turned grey", kinds["garment"]),
        ("text covered", kinds["text"]), ("files with metadata removed", stripped),
    ]
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    policy = f" · policy {_e(policy_name)}" if policy_name else ""
    return "".join([
        _HEAD,
        f"<header><h1>scrubkit review</h1><p class=meta>{_e(str(dst.name))}{policy} · scrubkit "
        f"{_e(__version__)} · {stamp}</p><ul id=counts>",
        "".join(f"<li class=stat-{_e(k.split()[0])}><b>{v}</b> {_e(k)}</li>" for k, v in stats),
        "</ul>", _filters(results), "</header>",
        f"<section id=problems><h2>Failed, skipped and warnings ({len(problems)})</h2>",
        "<ol>" + "".join(_problem_item(name, r) for name, r in problems.items()) + "</ol>" if problems else "<p>None.</p>",
        "</section><main id=grid>",
        "".join(_card(dst, name, r, thumbs.get(name)) for name, r in by_name.items()),
        "</main>", _SCRIPT, "</body></html>\n",
    ])


def _card(dst: Path, name: str, result: Result, thumb: Thumb | None) -> str:
    kinds = Counter(region.kind for region in result.regions)
    classes = ["card", result.status] + [f"has-{kind}" for kind in kinds] + (["warned"] if result.warnings else [])
    classes += [f"verdict-{result.verdict}"] if result.verdict else []
    found = " · ".join(f"{n} {kind}{'s' if n > 1 else ''}" for kind, n in sorted(kinds.items())) or "nothing covered"
    removed = _metadata_list(result.metadata_removed)
    if result.format == CAPTION_FORMAT:  # a caption's "removed" items are the kinds of thing rewritten
        rewritten = ", ".join(item.partition(":")[2].lower() for item in result.metadata_removed)
        found, removed = (f"rewritten: {rewritten}" if rewritten else "nothing to rewrite"), ""
    body = f"<p class=reason>{_e(result.reason or '')}</p>" if result.status != "clean" else f"<p>{_e(found)}</p>"
    body += "".join(f"<p class=warning>{_e(w)}</p>" for w in result.warnings)
    body += "".join(f"<p class=check>check: {_e(r)}</p>" for r in result.check_reasons)
    return (
        f"<figure class=\"{' '.join(classes)}\">{_frame(dst, result, thumb)}"
        f"<figcaption><b>{_e(name)}</b>{body}{removed}</figcaption></figure>"
    )


def _frame(dst: Path, result: Result, thumb: Thumb | None) -> str:
    """The picture part of a card: the cleaned photo with its covers outlined, or the rewritten caption."""
    if result.status != "clean" or result.output is None:
        return f"<div class=frame><span class=badge>{_e(result.status.upper())}</span></div>"
    href = _e(quote(result.output.relative_to(dst).as_posix(), errors="surrogateescape"))
    if result.format == CAPTION_FORMAT:
        try:
            text = result.output.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return "<div class=frame><span class=badge>no preview</span></div>"
        shown = text if len(text) <= CAPTION_CHARS else text[:CAPTION_CHARS] + "…"
        return f"<a class=\"frame caption\" href=\"{href}\"><p>{_e(shown)}</p></a>"
    if thumb is None:
        return "<div class=frame><span class=badge>no preview</span></div>"
    video = result.format in VIDEO_FORMATS  # a strip of frames: the covers are drawn into it
    boxes = "" if video else "".join(_box(region.box, region.kind, thumb) for region in result.regions)
    return (
        f"<a class=frame href=\"{href}\" style=\"aspect-ratio:{thumb.width}/{thumb.height}\">"
        f"<img src=\"{_e(thumb.url)}\" loading=lazy decoding=async alt=\"\">{boxes}</a>"
    )


def _box(box: Iterable[int], kind: str, thumb: Thumb) -> str:
    x0, y0, x1, y1 = box
    left, top = 100 * x0 / thumb.width, 100 * y0 / thumb.height
    width, height = 100 * (x1 - x0) / thumb.width, 100 * (y1 - y0) / thumb.height
    return (
        f"<span class=\"box {_e(kind)}\" title=\"{_e(kind)}\" style=\"left:{left:.2f}%;top:{top:.2f}%;"
        f"width:{width:.2f}%;height:{height:.2f}%\"></span>"
    )


def _metadata_list(items: list[str]) -> str:
    if not items:
        return ""
    entries = "".join(f"<li>{_e(item)}</li>" for item in items)
    return f"<details><summary>metadata removed ({len(items)})</summary><ul>{entries}</ul></details>"


def _problem_item(name: str, result: Result) -> str:
    status, reason = result.status, result.reason or "no reason given"
    if status == "clean":  # written, with a warning to read before posting
        status, reason = "warning", "; ".join(result.warnings)
    return f"<li class={_e(status)}><b>{_e(name)}</b> <span class=status>{_e(status)}</span>: {_e(reason)}</li>"


def _e(text: str) -> str:
    return html.escape(text, quote=True)


_HEAD = """<!doctype html>
<html lang=en><head><meta charset=utf-8>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self' file:; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<meta name=referrer content=no-referrer>
<meta name=viewport content="width=device-width, initial-scale=1">
<title>scrubkit review</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:0;background:#f4f4f2;color:#222}
header{background:#fff;padding:12px 20px;border-bottom:1px solid #ddd;position:sticky;top:0;z-index:2}
h1{font-size:20px;margin:0}.meta{color:#666;margin:2px 0 8px}
#counts{display:flex;flex-wrap:wrap;gap:8px;list-style:none;padding:0;margin:0 0 8px}
#counts li{background:#eee;border-radius:6px;padding:4px 10px}#counts b{font-size:16px}
#counts .stat-failed b{color:#b00020}#counts .stat-skipped b{color:#8a5a00}
#filters label{margin-right:14px;cursor:pointer}
#problems{padding:8px 20px;background:#fff6f6;border-bottom:1px solid #eed}
#problems h2{font-size:16px;margin:4px 0}#problems ol{margin:4px 0;padding-left:22px}
#problems .status{font-weight:bold;text-transform:uppercase;color:#b00020}
#problems .skipped .status{color:#8a5a00}
#grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:12px;padding:16px 20px}
.card{margin:0;background:#fff;border:1px solid #ddd;border-radius:8px;overflow:hidden}
.card.failed{border-color:#b00020}.card.skipped{border-color:#c90}
.frame{display:block;position:relative;background:#ddd;min-height:60px}
.frame img{display:block;width:100%;height:100%;object-fit:contain}
.badge{display:block;padding:22px 0;text-align:center;font-weight:bold;color:#555}
.failed .badge{color:#b00020}
.box{position:absolute;border:2px solid #00c853;box-sizing:border-box;pointer-events:none}
.box.text{border-color:#2962ff}.box.manual{border-color:#d500f9}.box.mark{border-color:#ffb300;border-width:1px}.box.person{border-color:#ff9100;border-style:dashed}.box.garment{border-color:#9e9e9e;border-style:dotted}
figcaption{padding:6px 8px;word-break:break-all}figcaption p{margin:2px 0;color:#555}
.reason{color:#b00020}.warning{color:#8a5a00}.check{color:#7a5200}#problems .warning .status{color:#8a5a00}
.frame.caption{background:#fffdf5;color:#222;text-decoration:none;padding:10px 12px;font-size:13px;white-space:pre-wrap}
.frame.caption p{margin:0}details{color:#555;font-size:12px}details ul{margin:2px 0;padding-left:18px}
body.only-check .card:not(.verdict-check),body.only-problems .card.clean:not(.warned),body.only-face .card:not(.has-face),body.only-text .card:not(.has-text){display:none}
.legend span{display:inline-block;width:10px;height:10px;border:2px solid #00c853;margin:0 3px 0 8px}
.legend .t{border-color:#2962ff}.legend .m{border-color:#ffb300}.legend .p{border-color:#ff9100;border-style:dashed}
</style></head><body>
"""

def _filters(results: list[Result]) -> str:
    """The filter buttons, each with how many files it shows. `review.html#only-problems` opens on one."""
    counts = {
        "only-check": sum(r.verdict == "check" for r in results),
        "only-problems": sum(r.status != "clean" or bool(r.warnings) for r in results),
        "only-face": sum(any(x.kind == "face" for x in r.regions) for r in results),
        "only-text": sum(any(x.kind == "text" for x in r.regions) for r in results),
    }
    labels = {"only-check": "to check", "only-problems": "failed, skipped, warnings", "only-face": "faces found", "only-text": "text found"}
    buttons = "".join(
        f"<label><input type=radio name=show value={key}> {labels[key]} ({n})</label>" for key, n in counts.items()
    )
    return (
        "<form id=filters><label><input type=radio name=show value=\"\" checked> all</label>" + buttons +
        "<span class=legend>outlines:<span></span>face<span class=t></span>text<span class=m></span>uniform mark<span class=p></span>body</span></form>"
    )


_SCRIPT = """<script>
(function () {
  var form = document.getElementById('filters');
  function show(value) {
    document.body.className = value;
    form.querySelectorAll('input').forEach(function (input) { input.checked = input.value === value; });
  }
  form.addEventListener('change', function (e) {
    show(e.target.value);
    history.replaceState(null, '', '#' + e.target.value);
  });
  var wanted = decodeURIComponent(location.hash.slice(1));
  form.querySelectorAll('input').forEach(function (input) { if (input.value && input.value === wanted) show(wanted); });
})();
</script>"""
