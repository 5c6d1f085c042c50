"""Step 12 (search by nearest neighbours): precision@5 recomputed by brute force, the verdict follows the difference."""
import numpy as np
import pytest
import torch

from core import lab
from core.families import cnn
from core.lecture import applications as step
from tests.test_state import open_page


@pytest.fixture(scope="module")
def result():
    return step.run({"query": step.EXAMPLE}, 0)


def test_precision_at_5_agrees_with_a_brute_force_search_in_both_spaces(result):
    data = step.digits()
    x, y = data.x_test, data.y_test
    model = lab.pretrained_model("cnn")
    learned = model[2][:6](model[1](model[0](torch.from_numpy(x)))).detach().numpy()  # LeNet-5's 84 units
    queries = np.random.default_rng(0).choice(len(y), step.QUERIES, replace=False)
    for name, space in (("cnn", learned), ("pixels", x.reshape(len(x), -1))):
        unit = space / np.linalg.norm(space, axis=1, keepdims=True)
        hits = []
        for q in queries:
            sim = unit @ unit[q]
            sim[q] = -np.inf
            hits.append(np.mean(y[np.argsort(-sim, kind="stable")[:step.K]] == y[q]))
        assert result[f"p_{name}"] == pytest.approx(np.mean(hits))
    assert cnn.penultimate(model, torch.from_numpy(x[:4])).numpy() == pytest.approx(learned[:4], abs=1e-5)
    assert result["diff"] == pytest.approx(result["p_cnn"] - result["p_pixels"])
    assert result["query"] == step.EXAMPLE and step.EXAMPLE not in result["found_cnn"]
    assert result["found_labels_cnn"] == [int(y[i]) for i in result["found_cnn"]]


def test_the_verdict_follows_the_difference_and_one_near_an_edge_answers_nothing(result):
    def at(diff, se=0.005):
        return {**result, "diff": diff, "diff_se": se}

    assert [step.answer(at(d)) for d in (0.1, 0.0, -0.1)] == ["cnn", "same", "pixels"]
    assert step.answer(at(0.025)) is None and step.answer(at(-0.018)) is None  # within 2 SE of ±2 points
    assert step.answer(at(0.1, se=0.03)) == "cnn" and step.answer(at(0.1, se=0.05)) is None
    assert step.answer(at(0.0, se=0.02)) is None
    assert step.answer(result) == "cnn"  # 96.7 % against 84.9 % (seed 0)


def test_the_measured_sentence_carries_the_runs_numbers_and_branches_with_them(result):
    text = step.measured(result, "en")
    assert f"{100 * result['p_cnn']:.1f} %" in text and f"{100 * result['p_pixels']:.1f} %" in text
    assert "points better" in text and "CNN's features are" in text
    assert "Raw pixels are" in step.measured({**result, "diff": -0.1, "diff_se": 0.01}, "en")
    assert "within the 2 points" in step.measured({**result, "diff": 0.0, "diff_se": 0.001}, "en")
    assert "too close" in step.measured({**result, "diff": 0.02, "diff_se": 0.01}, "en")
    same = sum(label == result["query_label"] for label in result["found_labels_pixels"])
    assert f"and {same} of its 5 by pixels" in text


def test_a_query_outside_the_held_out_digits_is_refused():
    with pytest.raises(ValueError):
        step.run({"query": 1000}, 0)


def test_the_link_opens_the_cnn_page_on_the_pretrained_models_settings(result):
    at = open_page("app_pages/cnn.py", step.STEP.link(result))
    assert not at.exception and not at.warning
    c = lab.pretrained("cnn").config
    assert at.selectbox(key="cnn:data").value == "offline" and at.selectbox(key="cnn:arch").value == c.arch
    assert at.slider(key="cnn:ep").value == c.epochs and at.slider(key="cnn:shift").value == c.shift
    assert at.slider(key=f"cnn:width:{c.arch}").value == c.width and at.select_slider(key="cnn:lr").value == c.lr
