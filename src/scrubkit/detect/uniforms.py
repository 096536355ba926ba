"""Uniform marks: the crests, logos, badges, names and numbers on what a person wears, covered cell by cell.

Covering a whole torso hides every mark but leaves a photo of grey blocks. A mark, though, is what
cloth is not: fine, sharp-edged detail (embroidery, print, a badge, a lanyard) where the garment is
smooth at that scale. So the kit around each face (KIT_HALF_WIDTH face widths either side of its
centre, from just above the face, for caps and helmets, to KIT_DEPTH face heights below the chin) is
cut into cells about CELL face widths wide, and a cell is covered when the fine detail inside it
(the photo minus a slightly blurred copy, in lightness and colour, at a common scale where faces are
FACE_PX wide) is strong enough to be print rather than folds. Detailed cells are joined into as few
boxes as cover exactly them, each grown by half a cell so the edges of a mark are covered too. Plain jerseys,
jumpers and blazers stay as they are; text on kit is also read by OCR and covered as text.
"""

from __future__ import annotations

import numpy as np

from scrubkit.types import Box, Region

SOURCE = "uniform-marks"
#: faces are brought to this width (px) before measuring detail
FACE_PX = 80
#: the kit area around a face: face heights above its top / below its chin, face widths either side
ABOVE_FACE = 0.3
KIT_DEPTH = 4.0
KIT_HALF_WIDTH = 2.0
#: cell side as a share of the face width
CELL = 0.25
#: blur of the "no print" reference, px at the common scale
FINE_SIGMA = 1.0
#: mean fine detail (0-255 units, lightness + colour) from which a cell holds print
DETAIL_LEVEL = 25.0
COLOUR_WEIGHT = 1.0
#: the mask is trusted when this share of the cells right below the face is on the person; a cell
#: is then kit when this share of it is (grown by a cell)
TRUSTED_MASK = 0.5
ON_PERSON = 0.3
#: covered cells grow by this share of a cell on every side, for the edges of a mark
GROW = 0.5
#: a cell holds print when this share of its pixels is detail
DETAIL_SHARE = 0.12


def uniform_marks(image: np.ndarray, faces: list[Region], person: np.ndarray, scale: float) -> list[Region]:
    """Cover boxes for the detailed parts of the kit and headgear around each face.

    `person` is the photo's person mask at `scale` (see detect.people.person_mask). Where it clearly
    holds the person below a face (close and medium shots), detail off the person (background,
    other objects) is not kit and is left alone; where it does not (small people in crowds, which
    the model is not made for), every detailed cell of the kit area is covered.
    """
    height, width = image.shape[:2]
    marks: list[Region] = []
    for face in faces:
        area = _kit_area(face.box, width, height)
        if area is not None:
            on_person = _person_cells(person, scale, area, face.box)
            marks += [Region(box=box, kind="mark", score=face.score, source=SOURCE)
                      for box in _detailed_cells(image, area, face.box, on_person)]
    return marks


def _kit_area(face: Box, width: int, height: int) -> Box | None:
    x0, y0, x1, y1 = face
    face_w, face_h = x1 - x0, y1 - y0
    centre = (x0 + x1) / 2
    box = (
        max(0, int(centre - KIT_HALF_WIDTH * face_w)),
        max(0, int(y0 - ABOVE_FACE * face_h)),
        min(width, int(np.ceil(centre + KIT_HALF_WIDTH * face_w))),
        min(height, int(np.ceil(y1 + KIT_DEPTH * face_h))),
    )
    return box if box[2] - box[0] > 2 and box[3] - box[1] > 2 else None


def _grid(area: Box, face: Box) -> tuple[int, int]:
    """(columns, rows) of cells about CELL face widths wide over `area`."""
    cell = max(2.0, CELL * max(1, face[2] - face[0]))
    return max(1, round((area[2] - area[0]) / cell)), max(1, round((area[3] - area[1]) / cell))


def _person_cells(person: np.ndarray, scale: float, area: Box, face: Box) -> np.ndarray | None:
    """Per cell: on the person (bool), or None when the mask does not hold the body below the face."""
    import cv2

    cols, rows = _grid(area, face)
    x0, y0, x1, y1 = (int(v * scale) for v in area)
    crop = person[y0 : max(y1, y0 + 1), x0 : max(x1, x0 + 1)].astype(np.float32)
    if crop.size == 0:
        return None
    share = cv2.resize(crop, (cols, rows), interpolation=cv2.INTER_AREA)
    fx0, fx1 = face[0] - area[0], face[2] - area[0]
    below = (np.linspace(area[1], area[3], rows) > face[3])[:, None] & (
        (np.linspace(0, area[2] - area[0], cols) >= fx0) & (np.linspace(0, area[2] - area[0], cols) <= fx1))[None, :]
    if not below.any() or share[below].mean() < TRUSTED_MASK:
        return None
    return share >= ON_PERSON


def _detailed_cells(image: np.ndarray, area: Box, face: Box, on_person: np.ndarray | None) -> list[Box]:
    """Boxes (image pixels) of the grown runs of detailed cells in `area`, the face's own cells left out."""
    import cv2

    ax0, ay0, ax1, ay1 = area
    face_w = max(1, face[2] - face[0])
    cols, rows = _grid(area, face)
    scale = min(1.0, FACE_PX / face_w)
    crop = image[ay0:ay1, ax0:ax1]
    size = (max(cols, round(crop.shape[1] * scale)), max(rows, round(crop.shape[0] * scale)))
    small = cv2.resize(crop, size, interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR)
    lab = cv2.cvtColor(small, cv2.COLOR_RGB2LAB).astype(np.float32)
    fine = np.abs(lab - cv2.GaussianBlur(lab, (0, 0), FINE_SIGMA))
    strength = fine[..., 0] + COLOUR_WEIGHT * (fine[..., 1] + fine[..., 2])
    per_cell = cv2.resize((strength > DETAIL_LEVEL).astype(np.float32), (cols, rows), interpolation=cv2.INTER_AREA)
    hot = per_cell > DETAIL_SHARE
    xs = np.linspace(ax0, ax1, cols + 1)
    ys = np.linspace(ay0, ay1, rows + 1)
    centres_x, centres_y = (xs[:-1] + xs[1:]) / 2, (ys[:-1] + ys[1:]) / 2
    in_face = ((centres_y >= face[1]) & (centres_y < face[3]))[:, None] & (
        (centres_x >= face[0]) & (centres_x < face[2]))[None, :]
    hot &= ~in_face
    if on_person is not None:
        hot &= on_person
    grow_x, grow_y = GROW * (xs[1] - xs[0]), GROW * (ys[1] - ys[0])
    return [
        (max(0, int(xs[c0] - grow_x)), max(0, int(ys[r0] - grow_y)),
         min(image.shape[1], int(np.ceil(xs[c1] + grow_x))), min(image.shape[0], int(np.ceil(ys[r1] + grow_y))))
        for c0, r0, c1, r1 in _rectangles(hot)
    ]


def _rectangles(cells: np.ndarray) -> list[tuple[int, int, int, int]]:
    """Cover the True cells with few rectangles (col0, row0, col1, row1), ends exclusive: runs of each
    row, stacked while the rows below have a run with the same ends."""
    open_runs: dict[tuple[int, int], int] = {}  # (col0, col1) -> first row
    done = []
    for row in range(cells.shape[0] + 1):
        runs = set(_runs(cells[row])) if row < cells.shape[0] else set()
        for run, first in list(open_runs.items()):
            if run not in runs:
                done.append((run[0], first, run[1], row))
                del open_runs[run]
        for run in runs:
            open_runs.setdefault(run, row)
    return done


def _runs(line: np.ndarray) -> list[tuple[int, int]]:
    padded = np.concatenate([[False], line, [False]]).astype(np.int8)
    edges = np.flatnonzero(np.diff(padded))
    return list(zip(edges[::2].tolist(), edges[1::2].tolist()))
