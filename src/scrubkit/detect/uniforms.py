"""Uniform marks: the crests, logos, badges, names and numbers on what a person wears, covered tightly.

Covering a whole torso hides every mark but leaves a photo of grey blocks. A mark, though, is what
cloth is not. The kit around each face (KIT_HALF_WIDTH face widths either side of its centre, from
just above the face to KIT_DEPTH face heights below the chin) and the headgear above it (HAT_ABOVE
face heights over the face's top, HAT_HALF_WIDTH face widths either side: the crown of a peaked cap,
a helmet or a hat with its badge stands well above the face the detector boxes) is looked at on a
common scale where faces are FACE_PX wide, and a pixel is print when it is

* fine detail: the photo minus a slightly blurred copy, in lightness and colour (embroidery, small
  print, a badge, a lanyard);
* mid-scale contrast: a blurred copy minus a more blurred one (the strokes of a large number, the body
  of a flat logo, whose inside is smooth at the fine scale);
* a colour far from the garment's with the garment all around it: the garment's colour is read on
  the chest right below the face, so a plain number or a logo on a plain shirt stands out however
  soft its edges are, while the shirt's own folds and the background between people do not.

People the face detector missed (turned away, the face inside a helmet) and legs below the kit area
are searched too, where the person mask holds them outside every face's kit area (_faceless_kit).

The kit is cut into cells about CELL face widths wide; a cell holds print when DETAIL_SHARE of it is
print, unless it is on a face (covered as a face) or bare skin (arms, hands, legs), or off the person
where the person mask can be trusted. Runs of such cells are joined into few rectangles, each grown by
a cell (a mark's edges spill over) and shrunk to the print inside it, plus PAD: the cover is about
the mark, not the cells. Plain jerseys, jumpers and blazers stay as they are; text on kit is also read
by OCR and covered as text.
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
#: headgear: face heights above the face's top, face widths either side of its centre
HAT_ABOVE = 0.7
HAT_HALF_WIDTH = 0.9
#: cell side as a share of the face width
CELL = 0.25
#: fine detail: blur of the "no print" reference (px at the common scale) and the level (0-255 units,
#: lightness + COLOUR_WEIGHT x colour) from which a pixel is print
FINE_SIGMA = 1.0
DETAIL_LEVEL = 40.0
COLOUR_WEIGHT = 1.0
#: mid-scale contrast: the two blurs (px at the common scale) and the level
MID_SIGMAS = (1.5, 4.0)
MID_LEVEL = 50.0
#: print on the garment: the chest (face heights below the chin, face widths beyond the face's sides)
#: gives the garment's colour, its commonest; pixels
#: within GARMENT_NEAR of it (Lab units) are garment; a pixel further than GARMENT_FAR is print when
#: GARMENT_AROUND of what lies within GARMENT_SIGMA face widths of it is garment
CHEST = (0.5, 2.0)
CHEST_SIDE = 0.5
GARMENT_NEAR = 30.0
GARMENT_FAR = 40.0
GARMENT_SIGMA = 0.4
GARMENT_AROUND = 0.4
#: a chest more skin-coloured than this is bare (swimmers): no garment colour
BARE_CHEST = 0.5
#: a cell holds print when this share of its pixels is print
DETAIL_SHARE = 0.12
#: a cell this share skin-coloured is bare skin (arms, hands, legs), not kit
SKIN_CELL = 0.5
#: the mask is trusted when this share of the cells right below the face is on the person; a cell
#: is then kit when this share of it is (grown by a cell)
TRUSTED_MASK = 0.5
ON_PERSON = 0.3
#: a run of cells holding print is grown by this share of a cell, then shrunk to the print inside;
#: the cover reaches PAD face widths beyond that print
GROW = 0.5
PAD = 0.05
#: a part of the person mask outside every kit area is searched as kit when it is this many faces
#: (the photo's median face, squared) large
FACELESS_SIZE = 4.0
#: ... and a cell of it is kit when this share of it is on that part (its outline against the
#: background, shoes on snow, is detail but no mark)
FACELESS_ON_PERSON = 0.9
#: ... and print there is a mark when it spans this many touching cells (a number on a back does;
#: creases, laces and the edges of shoes do not)
FACELESS_CELLS = 12


def uniform_marks(image: np.ndarray, faces: list[Region], person: np.ndarray, scale: float) -> list[Region]:
    """Cover boxes for the detailed parts of the kit and headgear around each face, and of the people
    the face detector did not find.

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
                      for box in _detailed_cells(image, area, face.box, on_person, faces)]
    return marks + _faceless_kit(image, faces, person, scale)


def _faceless_kit(image: np.ndarray, faces: list[Region], person: np.ndarray, scale: float) -> list[Region]:
    """Marks on the people no kit area reaches: a player turned away or with the face inside a helmet,
    legs and shorts below the kit area. Each sizeable part of the person mask outside every face's kit
    area is searched as kit, at the photo's face size (its median face), with a head of that size at
    its top (the chest below it gives the garment's colour). Only photos with a sure face have it:
    the mask alone also calls pets and statues people, and weak "faces" on petals and fur say
    nothing about a person being there."""
    import cv2

    from scrubkit.detect.plausibility import SURE_FACE

    if not any(f.score >= SURE_FACE for f in faces):
        return []
    height, width = image.shape[:2]
    face_w = float(np.median([f.box[2] - f.box[0] for f in faces]))
    left = person.copy()
    for face in faces:
        area = _kit_area(face.box, width, height)
        if area is not None:
            x0, y0, x1, y1 = (int(v * scale) for v in area)
            left[y0:y1, x0:x1] = False
    count, labels, stats, _ = cv2.connectedComponentsWithStats(left.astype(np.uint8), connectivity=8)
    marks = []
    for label in range(1, count):
        bx, by, bw, bh, size = stats[label]
        if size < FACELESS_SIZE * (face_w * scale) ** 2:
            continue
        top = np.nonzero(labels[by] == label)[0]
        head_x = (top.mean() + 0.5) / scale
        area = (int(bx / scale), int(by / scale), min(width, int(np.ceil((bx + bw) / scale))),
                min(height, int(np.ceil((by + bh) / scale))))
        head = (int(head_x - face_w / 2), area[1], int(np.ceil(head_x + face_w / 2)), int(area[1] + face_w))
        on_person = _cell_share(labels == label, scale, area, head) >= FACELESS_ON_PERSON
        marks += [Region(box=box, kind="mark", score=0.0, source=SOURCE)
                  for box in _detailed_cells(image, area, head, on_person, faces, FACELESS_CELLS)]
    return marks


def _kit_area(face: Box, width: int, height: int) -> Box | None:
    x0, y0, x1, y1 = face
    face_w, face_h = x1 - x0, y1 - y0
    centre = (x0 + x1) / 2
    box = (
        max(0, int(centre - KIT_HALF_WIDTH * face_w)),
        max(0, int(y0 - max(ABOVE_FACE, HAT_ABOVE) * face_h)),
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
    share = _cell_share(person, scale, area, face)
    if share is None:
        return None
    rows, cols = share.shape
    fx0, fx1 = face[0] - area[0], face[2] - area[0]
    below = (np.linspace(area[1], area[3], rows) > face[3])[:, None] & (
        (np.linspace(0, area[2] - area[0], cols) >= fx0) & (np.linspace(0, area[2] - area[0], cols) <= fx1))[None, :]
    if not below.any() or share[below].mean() < TRUSTED_MASK:
        return None
    return share >= ON_PERSON


def _cell_share(mask: np.ndarray, scale: float, area: Box, face: Box) -> np.ndarray | None:
    """Per cell of `area` (cells sized by `face`): the share of it inside `mask` (a mask at `scale`)."""
    import cv2

    cols, rows = _grid(area, face)
    x0, y0, x1, y1 = (int(v * scale) for v in area)
    crop = mask[y0 : max(y1, y0 + 1), x0 : max(x1, x0 + 1)].astype(np.float32)
    if crop.size == 0:
        return None
    return cv2.resize(crop, (cols, rows), interpolation=cv2.INTER_AREA)


def _detailed_cells(
    image: np.ndarray, area: Box, face: Box, on_person: np.ndarray | None, faces: list[Region], min_cells: int = 1
) -> list[Box]:
    """Tight boxes (image pixels) around the print of each run of cells holding print in `area`;
    a patch of fewer than `min_cells` touching cells is left alone."""
    import cv2

    ax0, ay0, ax1, ay1 = area
    face_w = max(1, face[2] - face[0])
    cols, rows = _grid(area, face)
    scale = min(1.0, FACE_PX / face_w)
    crop = image[ay0:ay1, ax0:ax1]
    size = (max(cols, round(crop.shape[1] * scale)), max(rows, round(crop.shape[0] * scale)))
    small = cv2.resize(crop, size, interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR)
    sx, sy = size[0] / max(1, ax1 - ax0), size[1] / max(1, ay1 - ay0)
    face_small = ((face[0] - ax0) * sx, (face[1] - ay0) * sy, (face[2] - ax0) * sx, (face[3] - ay0) * sy)
    skin = _skin(small)
    lab = cv2.cvtColor(small, cv2.COLOR_RGB2LAB).astype(np.float32)
    detail = _detail(lab) | _print_on_garment(lab, face_small, skin)
    per_cell = cv2.resize(detail.astype(np.float32), (cols, rows), interpolation=cv2.INTER_AREA)
    hot = per_cell > DETAIL_SHARE
    xs = np.linspace(ax0, ax1, cols + 1)
    ys = np.linspace(ay0, ay1, rows + 1)
    centres_x, centres_y = (xs[:-1] + xs[1:]) / 2, (ys[:-1] + ys[1:]) / 2
    for fx0, fy0, fx1, fy1 in (f.box for f in faces):
        hot &= ~(((centres_y >= fy0) & (centres_y < fy1))[:, None] & ((centres_x >= fx0) & (centres_x < fx1))[None, :])
    # above the kit's top only the headgear: the head's width, not the neighbours or the wall behind
    hot &= ~((centres_y < face[1] - ABOVE_FACE * (face[3] - face[1]))[:, None]
             & (np.abs(centres_x - (face[0] + face[2]) / 2) > HAT_HALF_WIDTH * face_w)[None, :])
    hot &= cv2.resize(skin.astype(np.float32), (cols, rows), interpolation=cv2.INTER_AREA) < SKIN_CELL
    if on_person is not None:
        hot &= on_person
    if min_cells > 1:
        count, patches, stats, _ = cv2.connectedComponentsWithStats(hot.astype(np.uint8), connectivity=8)
        hot &= (stats[:, cv2.CC_STAT_AREA] >= min_cells)[patches]
    to_x, to_y = (ax1 - ax0) / size[0], (ay1 - ay0) / size[1]
    cell_w, cell_h = size[0] / cols, size[1] / rows
    pad = PAD * face_w
    boxes = []
    for c0, r0, c1, r1 in _rectangles(hot):
        # the run grown by GROW of a cell (a mark's edges spill over), shrunk to the print inside
        x0, x1 = max(0, int((c0 - GROW) * cell_w)), min(size[0], int(np.ceil((c1 + GROW) * cell_w)))
        y0, y1 = max(0, int((r0 - GROW) * cell_h)), min(size[1], int(np.ceil((r1 + GROW) * cell_h)))
        inside = detail[y0:y1, x0:x1]
        ys_in, xs_in = np.nonzero(inside.any(axis=1))[0], np.nonzero(inside.any(axis=0))[0]
        if not xs_in.size:
            continue
        boxes.append((
            max(0, int(ax0 + (x0 + xs_in[0]) * to_x - pad)),
            max(0, int(ay0 + (y0 + ys_in[0]) * to_y - pad)),
            min(image.shape[1], int(np.ceil(ax0 + (x0 + xs_in[-1] + 1) * to_x + pad))),
            min(image.shape[0], int(np.ceil(ay0 + (y0 + ys_in[-1] + 1) * to_y + pad))),
        ))
    return boxes


def _print_on_garment(lab: np.ndarray, face: tuple[float, float, float, float], skin: np.ndarray) -> np.ndarray:
    """Per pixel: a colour far from the garment's, with the garment all around it (a logo, a number,
    a badge on the shirt). The garment's colour is the commonest colour of the chest below the face
    (`face` in the pixels of `lab`, the kit area in CIE Lab), skin left out; none is found (all False)
    when the chest is off the photo or bare."""
    import cv2

    fx0, fy0, fx1, fy1 = face
    fw, fh = max(1.0, fx1 - fx0), max(1.0, fy1 - fy0)
    y0, y1 = max(0, int(fy1 + CHEST[0] * fh)), int(np.ceil(fy1 + CHEST[1] * fh))
    x0, x1 = max(0, int(fx0 - CHEST_SIDE * fw)), int(np.ceil(fx1 + CHEST_SIDE * fw))
    chest, chest_skin = lab[y0:y1, x0:x1], skin[y0:y1, x0:x1]
    if chest_skin.size == 0 or chest_skin.mean() > BARE_CHEST:
        return np.zeros(lab.shape[:2], bool)
    cloth = chest[~chest_skin]
    bins = (cloth // GARMENT_NEAR).astype(np.int32) @ np.array([65536, 256, 1], np.int32)
    values, counts = np.unique(bins, return_counts=True)
    colour = np.median(cloth[bins == values[counts.argmax()]], axis=0)
    distance = np.linalg.norm(lab - colour, axis=2)
    garment = (distance < GARMENT_NEAR).astype(np.float32)
    around = cv2.GaussianBlur(garment, (0, 0), GARMENT_SIGMA * fw)
    return (distance > GARMENT_FAR) & (around > GARMENT_AROUND) & ~skin


def _skin(small: np.ndarray) -> np.ndarray:
    """Per pixel: skin-coloured (the YCrCb range of detect.plausibility)."""
    import cv2

    from scrubkit.detect.plausibility import skin_pixels

    return skin_pixels(cv2.cvtColor(small, cv2.COLOR_RGB2YCrCb))


def _detail(lab: np.ndarray) -> np.ndarray:
    """Per pixel of the kit area in CIE Lab: is it print? Fine detail (photo minus a slightly blurred
    copy) or mid-scale contrast (a blurred copy minus a more blurred one: the body of a flat logo or a
    large number), in lightness and colour."""
    import cv2

    out = np.zeros(lab.shape[:2], bool)
    for inner, outer, level in ((0.0, FINE_SIGMA, DETAIL_LEVEL), (*MID_SIGMAS, MID_LEVEL)):
        a = lab if inner == 0 else cv2.GaussianBlur(lab, (0, 0), inner)
        diff = np.abs(a - cv2.GaussianBlur(lab, (0, 0), outer))
        out |= diff[..., 0] + COLOUR_WEIGHT * (diff[..., 1] + diff[..., 2]) > level
    return out


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
