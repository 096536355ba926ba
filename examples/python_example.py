"""Scrub the example folder from Python, then rewrite a caption: what the CLI does, as a library.

scrub_folder runs a process pool, so, as with any multiprocessing code, the work starts under
`if __name__ == "__main__":`.
"""

from pathlib import Path

import scrubkit

HERE = Path(__file__).parent


def main() -> None:
    results = scrubkit.scrub_folder(HERE / "photos", HERE.parent / "examples-clean-py", policy="standard")
    for result in results:
        covered = ", ".join(sorted({region.kind for region in result.regions})) or "no regions"
        print(f"{result.status:8} {result.source.name}: {result.reason or covered}")

    caption = (HERE / "post" / "caption.txt").read_text(encoding="utf-8")
    print(scrubkit.scrub_text(caption, policy="strict").output)


if __name__ == "__main__":
    main()
