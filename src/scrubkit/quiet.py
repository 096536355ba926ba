"""Native libraries' own log lines kept off scrubkit's stderr, in one place.

While a model loads, TFLite announces its XNNPACK delegate ("INFO: Created TensorFlow Lite ...")
and absl warns about feedback tensors ("W0000 ... inference_feedback_manager"), straight to file
descriptor 2 from C++; in the mediapipe build scrubkit pins no environment variable or Python
setting turns them off, and they collide with scrubkit's own one-line messages. So model loading
runs inside `native_logs_quiet()`: descriptor 2 goes to a temporary file for that moment, and any
line that is not one of those announcements is written back, so a real error is still seen.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager

#: informational lines of TFLite and absl (severity I or W); errors (E, F) are kept
NOISE = re.compile(r"^(?:INFO: Created TensorFlow Lite|WARNING: Logging before InitGoogle\(\)|[IW]\d{4} \d\d:\d\d:)")


@contextmanager
def native_logs_quiet() -> Iterator[None]:
    sys.stderr.flush()
    saved = os.dup(2)
    with tempfile.TemporaryFile() as capture:
        os.dup2(capture.fileno(), 2)
        try:
            yield
        finally:
            sys.stderr.flush()
            os.dup2(saved, 2)
            os.close(saved)
            capture.seek(0)
            kept = [line for line in capture.read().decode("utf-8", "replace").splitlines() if not NOISE.match(line)]
            if kept:
                print("\n".join(kept), file=sys.stderr)
