"""Step 4 of the lecture path: the pretrained detector's boxes on a held-out test scene, scored against the truth."""
import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from core.families import faces as fc
from core.lecture import faces as step
from tests.test_pages import ROOT


def test_the_held_out_scenes_are_the_faces_pages_test_scenes():
    data = fc.make_data(fc.FaceConfig(positives=4, negatives=4, near_misses=4))  # the split and photos, few windows
    ours, page = fc.held_out_scenes(), fc.test_scenes(data)
    assert len(ours) == len(page) == 30
    for a, b in zip(ours, page):
        assert np.array_equal(a.image, b.image) and np.array_equal(a.boxes, b.boxes)


@pytest.mark.parametrize("i", step.SCENES)
def test_the_run_reports_the_detectors_own_boxes_and_their_iou_with_the_true_faces(i):
    r = step.run({"scene": i}, 0)
    scene = fc.held_out_scenes()[i]
    boxes, scores = fc.detect(step.detector(), scene.image)
    assert np.allclose([d["box"] for d in r["detections"]], boxes, atol=0.05)
    assert r["truth"] == scene.boxes.round(1).tolist() and r["faces"] == len(scene.boxes)
    overlaps = fc.iou(boxes, scene.boxes)
    assert [d["iou"] for d in r["detections"]] == pytest.approx(overlaps.max(1), abs=1e-4)
    assert r["truth_iou"] == pytest.approx(overlaps.max(0), abs=1e-4)
    hit, _ = fc.match(boxes, scores, scene.boxes)
    assert r["found"] == hit.sum() and r["false_alarms"] == len(boxes) - hit.sum()
    worst = overlaps.max(0).min()
    assert step.answer(r) == ("missed" if worst < 0.5 else "tight" if worst >= 0.8 else "loose")


def test_the_answer_follows_the_worst_fitting_face():
    r = step.run({"scene": step.SCENES[0]}, 0)
    assert step.answer({**r, "truth_iou": [0.9, 0.85]}) == "tight"
    assert step.answer({**r, "truth_iou": [0.9, 0.79]}) == "loose"
    assert step.answer({**r, "truth_iou": [0.9, 0.3]}) == "missed"
    assert step.answer({**r, "found": r["faces"] - 1, "truth_iou": [0.9] * r["faces"]}) == "missed"
    assert {step.answer(step.run({"scene": i}, 0)) for i in step.SCENES} == {"tight", "loose"}  # the scene decides


def test_measured_names_the_boxes_and_branches_on_what_was_found():
    r = step.run({"scene": 0}, 0)
    text = step.measured(r, "en")
    d = r["detections"][0]
    assert f"{d['box'][0]:.0f}, {d['box'][1]:.0f}, {d['box'][2]:.0f}×{d['box'][3]:.0f}, IoU {d['iou']:.2f}" in text
    assert f"every true face at IoU ≥ 0.5 ({r['faces']} of {r['faces']})" in text and "None of its boxes" in text
    assert f"from {min(r['truth_iou']):.2f} to {max(r['truth_iou']):.2f}" in text
    worse = {**r, "found": r["faces"] - 1, "false_alarms": 2}
    text = step.measured(worse, "en")
    assert f"found {r['faces'] - 1} of the {r['faces']} faces" in text and "False alarms (boxes where there is no face): 2" in text
    empty = {**r, "detections": [], "found": 0, "false_alarms": 0, "truth_iou": [0.0] * r["faces"]}
    assert "returned no box" in step.measured(empty, "en") and "best IoUs" not in step.measured(empty, "en")
    assert "没有一个框是误报" in step.measured(r, "zh") and "误报（落在没有脸的地方的框）：2 个" in step.measured(worse, "zh")


def test_the_link_sets_the_faces_pages_detection_settings():
    params = step.STEP.link(step.run({"scene": 0}, 0))
    at = AppTest.from_file(str(ROOT / "Home.py"), default_timeout=120)
    at.query_params.update(params)
    at.switch_page("app_pages/faces.py").run()  # a link opens its page directly
    assert not at.exception and not [w for w in at.warning if "ignored" in w.value]
    assert at.slider(key="faces:th").value == pytest.approx(fc.DEFAULT_THRESHOLD)
    assert at.slider(key="faces:nms").value == pytest.approx(fc.DEFAULT_NMS)
    assert at.slider(key="faces:min").value == fc.WINDOW


def test_a_scene_outside_the_list_is_refused():
    with pytest.raises(ValueError):
        step.run({"scene": 1}, 0)
