"""Start-up imports only what the policy needs: a metadata-only `clean` of camera-named photos loads
no numpy, no model library and no text analyzer (they cost seconds against exiftool's fraction of one),
and for JPEGs not even Pillow (their container check reads the frame header itself)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import shared

HEAVY = ("numpy", "onnxruntime", "cv2", "spacy", "presidio_analyzer", "scrubkit.text.analyze", "av", "PIL.Image")


def test_metadata_only_clean_of_camera_named_photos_imports_nothing_heavy(tmp_path: Path) -> None:
    src = tmp_path / "DCIM"
    src.mkdir()
    for i, path in enumerate(sorted(shared("text-icdar15", "images").iterdir())[:3], start=1):
        shutil.copy(path, src / f"IMG_{i:04d}.JPG")
    code = (
        "import sys\n"
        "from scrubkit_cli.main import cli\n"
        f"try: cli(['clean', {str(src)!r}, '--out', {str(tmp_path / 'out')!r}, '--policy', 'metadata-only'])\n"
        "except SystemExit as e: assert e.code == 0, e.code\n"
        f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == "[]"
    assert len(list((tmp_path / "out").glob("IMG_*.JPG"))) == 3


def test_person_segmentation_loads_without_mediapipes_drawing_and_audio_modules() -> None:
    """mediapipe's drawing helpers import matplotlib and its audio tasks their own stack (~0.5 s a
    worker): they are deferred, and the segmenter still finds the person in a real photo."""
    photo = Path(__file__).resolve().parents[1] / "examples" / "photos" / "portrait.jpg"
    code = (
        "import sys\n"
        "import numpy as np\n"
        "from PIL import Image\n"
        "from scrubkit.detect.people import person_mask\n"
        f"mask, scale = person_mask(np.asarray(Image.open({str(photo)!r}).convert('RGB')))\n"
        "print(round(float(mask.mean()), 2), 'matplotlib' in sys.modules, 'mediapipe.tasks.python.audio.audio_classifier' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    share, matplotlib, audio = done.stdout.split()
    assert (matplotlib, audio) == ("False", "False")
    assert float(share) > 0.1  # the portrait's person is found
