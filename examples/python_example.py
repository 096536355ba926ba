"""Scrub the example folder from Python, then rewrite a caption: what the CLI does, as a library."""

from pathlib import Path

import scrubkit

here = Path(__file__).parent
results = scrubkit.scrub_folder(here / "photos", here.parent / "examples-clean-py", policy="standard")
for result in results:
    covered = ", ".join(sorted({region.kind for region in result.regions})) or "no regions"
    print(f"{result.status:8} {result.source.name}: {result.reason or covered}")

caption = (here / "post" / "caption.txt").read_text(encoding="utf-8")
print(scrubkit.scrub_text(caption, policy="strict").output)
