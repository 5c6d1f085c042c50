"""Step 3: a straight line's accuracy on each layer's view of the data, checked against scikit-learn directly."""
import pytest
from sklearn.linear_model import LogisticRegression
from streamlit.testing.v1 import AppTest

from core import playground as pg
from core.data import toy2d
from core.families import mlp
from core.lecture import composition
from tests.test_pages import ROOT


@pytest.fixture(scope="module")
def result():
    return composition.run({"dataset": "spiral", "depth": 2}, 0)


def test_each_layers_accuracy_is_a_logistic_regression_on_that_layers_outputs(result):
    cfg = composition.config("spiral", 2, 0)
    data = toy2d.make(cfg.data_config())
    model, history = mlp.fit(cfg.net, data)  # trained again, independently: the run is deterministic
    train, test = mlp.layer_outputs(model, data.x_train), mlp.layer_outputs(model, data.x_test)
    expected = [LogisticRegression(max_iter=1000).fit(a.numpy(), data.y_train).score(b.numpy(), data.y_test)
                for a, b in zip(train[:3], test[:3])]  # the input and the two hidden layers, not the output
    assert result["accuracy"] == pytest.approx(expected)
    network = (mlp.predict_labels(model(data.x_test)) == data.y_test).float().mean().item()
    assert result["network_test_acc"] == pytest.approx(network)
    assert result["accuracy"][0] < 0.6  # no straight line separates three spiral arms in the input plane
    assert len(result["stages"]) == 3 and len(result["stages"][1]["points"]) == len(result["labels"])


def test_the_answer_follows_the_last_layers_accuracy():
    def last(a):
        return {"accuracy": [0.4, 0.8, a]}
    assert composition.answer(last(0.699)) == "low"
    assert composition.answer(last(composition.EDGES[0])) == "middle"
    assert composition.answer(last(0.949)) == "middle"
    assert composition.answer(last(composition.EDGES[1])) == "high"


def test_the_measured_sentence_gives_each_layers_accuracy_and_says_whether_it_rose(result):
    text = composition.measured(result, "en")
    gain = 100 * (result["accuracy"][-1] - result["accuracy"][0])
    assert f"{result['accuracy'][1]:.1%}" in text and f"gained {gain:.0f} percentage points" in text
    flat = {**result, "accuracy": [0.44, 0.46, 0.5]}
    text = composition.measured(flat, "en")
    assert "less than 10 percentage points" in text and "44% → 50%" in text and "did not make" in text
    assert "50% after layer 2" in text


def test_the_link_opens_the_playground_with_the_same_data_network_and_seed(result):
    params = composition.link(result)
    cfg, ignored = pg.from_query(params)
    assert not ignored and cfg == composition.config("spiral", 2, 0)
    at = AppTest.from_file(str(ROOT / "Home.py"), default_timeout=60)
    at.query_params.update({"lang": "en", **params})
    at.switch_page("app_pages/playground.py").run()
    assert not at.exception
    assert at.selectbox(key="pg:kind").value == "spiral" and at.text_input(key="pg:hidden").value == "16, 16"
    assert at.select_slider(key="pg:lr").value == composition.NET["lr"] and at.slider(key="pg:ep").value == 200


def test_a_dataset_or_depth_the_step_does_not_offer_is_refused():
    with pytest.raises(ValueError):
        composition.config("xor", 2, 0)
    with pytest.raises(ValueError):
        composition.config("spiral", 4, 0)
