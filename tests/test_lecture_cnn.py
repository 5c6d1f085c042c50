"""Step 8 (CNN): the shift curve is the pretrained model's, the verdict follows the drop, the link opens its settings."""
import numpy as np
import pytest

from core import lab
from core.data import images
from core.lecture import cnn as step
from core.lessons import inductive_bias as ib
from tests.test_state import open_page

RESULT = step.run({}, 0)


def test_the_curve_is_the_pretrained_models_accuracy_on_the_held_out_digits_shifted_four_ways():
    ck = lab.read(lab.pretrained_path("cnn").read_bytes(), expect_family="cnn")
    model = lab.bare_trainer(ck).model.eval()
    data = images.load("offline", download=False)[0]
    assert ck.context["dataset"] == "offline" and RESULT["test"] == len(data.y_test)
    assert RESULT["acc"][0] == pytest.approx(ib.accuracy(model, data.x_test, data.y_test), abs=1e-5)
    four = [ib.accuracy(model, ib.shift(data.x_test, 4 * dx, 4 * dy), data.y_test) for dx, dy in ib.DIRECTIONS]
    assert RESULT["acc"][4] == pytest.approx(np.mean(four), abs=1e-5)
    assert RESULT["trained_shift"] == ck.config.shift == 2


def test_the_stored_numbers_are_the_stored_experiments():
    summary = ib.summary(ib.load_stored()["rows"])
    s = RESULT["stored"]
    assert s["acc"]["cnn/scrambled"][0] == pytest.approx(summary["acc"]["cnn/scrambled"][0], abs=1e-4)
    assert s["shift"]["mlp"][0] == pytest.approx(summary["shift"]["mlp"].mean(0)[:5], abs=1e-4)
    assert s["prior_helps"] == ib.findings(summary)["prior_helps"]


def with_acc(acc: list[float]) -> dict:
    return {**RESULT, "acc": acc}


def test_the_verdict_follows_the_drop_at_the_asked_shift_and_is_undecided_at_an_edge():
    assert step.answer(with_acc([0.98, 0.98, 0.97, 0.96, 0.95])) == "barely"
    assert step.answer(with_acc([0.98, 0.97, 0.9, 0.8, 0.75])) == "some"
    assert step.answer(with_acc([0.98, 0.9, 0.6, 0.4, 0.3])) == "most"
    assert step.answer(with_acc([0.98, 0.97, 0.95, 0.94, 0.925])) is None  # 5.5 points: within noise of 5
    assert step.answer(RESULT) == "some"  # the shipped model loses 12.2 points at 4 pixels


def test_the_measured_sentence_carries_the_runs_numbers_and_branches_on_them():
    text = step.measured(RESULT, "en")
    assert f"{100 * RESULT['acc'][0]:.1f} %" in text and f"lost {100 * step.drop(RESULT):.1f} points" in text
    assert f"up to {step.tolerates(RESULT)} pixels" in text
    fragile = with_acc([0.98, 0.9, 0.6, 0.4, 0.3])
    assert step.tolerates(fragile) == 0 and "Already at 1 pixel" in step.measured(fragile, "en")
    assert "lost 68.0 points" in step.measured(fragile, "en")
    no_prior = {**RESULT, "stored": {**RESULT["stored"], "prior_helps": False}}
    assert "does not show what the prior buys" in step.measured(no_prior, "en")
    assert "does not show" not in text  # the stored run does show it


def test_the_link_opens_the_cnn_page_with_the_pretrained_models_settings():
    params = step.link(RESULT)
    at = open_page("app_pages/cnn.py", params)
    assert not at.exception, at.exception[0].value if at.exception else ""
    assert all("ignored" not in w.value for w in at.warning)
    assert {name: at.query_params[name] for name in params} == params  # each one a setting the page writes back
    assert at.selectbox(key="cnn:arch").value == "lenet" and at.slider(key="cnn:width:lenet").value == 6
    assert at.slider(key="cnn:shift").value == 2 and at.slider(key="cnn:ep").value == 12
