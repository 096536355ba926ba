"""From what the detectors found to what the policy covers: plausibility first, then uniforms.

`find_regions` runs the detectors; `select_regions` decides, from their raw findings and one person
mask, which regions get covered. Keeping the decision apart from the (expensive) detection lets the
strict benchmark score policies side by side on the same findings, and lets the covered-image check
apply exactly the same rules as the search (a texture dropped once is not "found" again as a leak).
"""

from __future__ import annotations

import numpy as np

from scrubkit.detect.plausibility import plausible_faces, plausible_text
from scrubkit.policy import Policy
from scrubkit.types import Region


def select_regions(
    image: np.ndarray, faces: list[Region], texts: list[Region], policy: Policy, *, for_verification: bool = False
) -> list[Region]:
    """The regions to cover: plausible faces and text, plus the policy's uniform covers around the faces.

    Uniform covers (marks or torsos), heads seen without a face and garments to turn grey are placed
    by geometry and detail, not detected, so the covered-image check (`for_verification`) does not
    look for them.
    """
    height, width = image.shape[:2]
    texts = plausible_text(texts, width, height)
    kit = policy.people != "off" and policy.uniforms != "off" and not for_verification
    if not faces and not kit:
        return texts
    from scrubkit.detect.people import faceless_heads, garments_below, person_mask, torsos_below

    mask, scale = person_mask(image)
    faces = plausible_faces(faces, image, mask, scale)
    grey = policy.garments == "grey" and policy.people != "off" and not for_verification
    garments = garments_below(faces, mask, scale, width, height) if grey else []
    if not kit:
        return faces + garments + texts
    if policy.uniforms == "torso":
        covers = torsos_below(faces, mask, scale, width, height)
    else:
        from scrubkit.detect.uniforms import uniform_marks

        covers = uniform_marks(image, faces, mask, scale)
    return faces + covers + faceless_heads(mask, scale, faces) + garments + texts
