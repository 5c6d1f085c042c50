"""Step 11 (conditional GAN, pix2pix, latent edit): the run's numbers are the families' own; the verdict follows."""
import numpy as np
import pytest
import torch

from core import lab
from core.data import images
from core.families import gan_images as gi, pix2pix as pp
from core.lecture import conditional as step
from tests.test_state import open_page


@pytest.fixture(scope="module")
def result():
    return step.run({}, 0)


def test_the_share_is_what_gan_images_label_accuracy_measures_with_the_pretrained_cnn(result):
    gan, classifier = lab.pretrained_model("gan_digits"), lab.pretrained_model("cnn")
    assert result["share"] == pytest.approx(gi.label_accuracy(gan, classifier, per_class=step.PER_DIGIT, seed=0))
    assert result["n"] == 10 * step.PER_DIGIT and np.mean(result["per_digit"]) == pytest.approx(result["share"])
    assert result["classifier_acc"] == pytest.approx(lab.pretrained("cnn").meta["final"]["test_acc"], abs=1e-6)


def test_pix2pix_and_the_edit_agree_with_the_families_functions(result):
    x, mask = pp.held_out(step.digits(), step.HELD_OUT, 0)
    scores = pp.l1_scores(lab.pretrained_model("pix2pix"), x, mask)
    assert result["test_l1_output"] == pytest.approx(scores["test_l1_output"])
    assert result["test_l1_output"] < result["test_l1_input"] == pytest.approx(scores["test_l1_input"])
    gan = lab.pretrained_model("gan_digits")
    z = torch.randn(step.EDIT_PER_DIGIT, gan["G"].z_dim, generator=torch.Generator().manual_seed(1))
    y = torch.zeros(step.EDIT_PER_DIGIT, dtype=torch.long)  # digit 0 is edited first, with the first noise
    moved = gi.generate(gan, z + step.EDIT * gi.ink_direction(gan, 0), y)
    assert result["ink_before"][0] == pytest.approx(gi.generate(gan, z, y).mean(), abs=1e-6)
    assert result["ink_after"][0] == pytest.approx(moved.mean(), abs=1e-6)
    assert len(result["grid"]) == 10 * step.SHOWN and len(result["edit_strip"]) == 20


def test_the_verdict_follows_the_share_and_a_share_at_an_edge_answers_nothing(result):
    def at(p):
        return {**result, "share": p}

    assert [step.answer(at(p)) for p in (0.95, 0.7, 0.3)] == ["over90", "middle", "under50"]
    assert step.answer(at(0.905)) is None and step.answer(at(0.5)) is None  # 2 SE of 2,000 images ≈ 1.3 points
    assert step.answer(at(0.92)) == "over90"
    assert "does not decide" in step.measured(at(0.905), "en")
    assert "does not decide" not in step.measured(at(0.95), "en")


def test_the_measured_sentence_carries_the_runs_numbers_and_branches_with_them(result):
    text = step.measured(result, "en")
    assert f"{100 * result['share']:.1f} %" in text and f"{result['test_l1_output']:.3f}" in text
    assert f"{np.mean(result['ink_after']):.3f}" in text
    worse = {**result, "test_l1_output": result["test_l1_input"] + 0.01}
    assert "no better than" in step.measured(worse, "en") and "no better than" not in text
    thinner = {**result, "ink_after": [b - 0.01 for b in result["ink_before"]]}
    assert "bolder for 0 of the 10" in step.measured(thinner, "en")


def test_packed_images_come_back_within_one_grey_level():
    x = np.random.default_rng(0).random((4, 28, 28))
    assert np.abs(images.unpack_grey(images.pack_grey(x)) - x).max() <= 1 / 30 + 1e-6
    with pytest.raises(ValueError):
        images.unpack_grey(["0" * 10])


def test_the_link_opens_the_gan_page_on_the_pretrained_models_settings(result):
    at = open_page("app_pages/gan.py", step.STEP.link(result))
    assert not at.exception and not at.warning
    assert at.selectbox(key="gan_img:data").value == "offline" and at.toggle(key="gan_img:cond").value
    assert at.slider(key="gan_img:ep").value == 30 and at.slider(key="p2p:ep").value == 8
