"""Step 10 (a GAN in the plane): the run's numbers are the GAN family's own, and the verdict follows the modes."""
import math

import pytest
import torch

from core import i18n
from core.families import gan2d
from core.lecture import gan
from tests.test_state import open_page


@pytest.fixture(scope="module")
def result():
    return gan.run({}, 0)


def test_the_run_measures_what_the_gan_family_measures_on_the_same_training(result):
    trainer = gan2d.make_trainer(gan.config(0))  # trained again, independently, with the same seed
    state = trainer.fit()
    assert result["steps"] == state.step == gan.EPOCHS * gan.config(0).steps_per_epoch
    assert result["modes"] == [int(r["modes"]) for r in state.history]
    assert result["v"] == pytest.approx([r["v"] for r in state.history])
    nets = trainer.model.eval()
    real = gan2d.sample_target("ring", 2000, torch.Generator().manual_seed(99))
    with torch.no_grad():
        fake = nets["G"](gan2d.sample_noise(gan.config(0), 2000, torch.Generator().manual_seed(98)))
        assert result["d_real"] == pytest.approx(torch.sigmoid(nets["D"](real)).mean().item())
    assert result["modes"][-1] == gan2d.modes_covered("ring", fake.numpy())[0]
    assert result["base"] == pytest.approx(gan2d.js_baseline("ring"))
    real_term, fake_term = gan2d.value(nets["D"], real, fake)
    assert result["v"][-1] == pytest.approx(real_term + fake_term)


def test_the_verdict_follows_the_last_count_of_modes_and_a_broken_run_answers_nothing(result):
    def with_last(m):
        return {**result, "modes": [*result["modes"][:-1], m]}

    assert [gan.answer(with_last(m)) for m in (8, 7, 4, 3, 0)] == ["all", "some", "some", "few", "few"]
    assert gan.answer({**result, "status": "diverged"}) is None
    assert gan.answer({**result, "v": [*result["v"][:-1], math.nan]}) is None
    assert "measures nothing" in gan.measured({**result, "status": "diverged"}, "en")


def test_the_measured_sentence_carries_the_runs_numbers_and_branches_with_them(result):
    text = gan.measured(result, "en")
    assert f"covers {result['modes'][-1]} of the 8 modes" in text and f"{result['d_real']:.2f}" in text
    assert f"V = {result['v'][-1]:.3f}" in text
    near = {**result, "d_real": 0.55, "d_fake": 0.47}
    far = {**result, "d_real": 0.8, "d_fake": 0.2}
    assert "both within 0.1 of ½" in gan.measured(near, "en") and "not both" in gan.measured(far, "en")
    every = {**result, "modes": [0] * (gan.EPOCHS - 3) + [8, 7, 8]}
    assert "first covered all of them after 800 steps" in gan.measured(every, "en")
    assert "Only 7 of the 8" in gan.measured({**result, "modes": [7] * gan.EPOCHS}, "en")
    assert "1,000" in i18n.translate("lecture.gan.question", "en")  # the question names the steps run
    assert gan.EPOCHS * gan.config(0).steps_per_epoch == 1000


def test_the_link_opens_the_gan_page_on_the_ring_with_the_runs_epochs(result):
    at = open_page("app_pages/gan.py", gan.STEP.link(result))
    assert not at.exception and not at.warning
    assert at.selectbox(key="gan:target").value == "ring" and at.slider(key="gan:ep").value == gan.EPOCHS
