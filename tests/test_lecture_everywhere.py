"""Step 1 of the lecture path: four tasks answered by the shipped pretrained models, each checked independently."""
import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from core import lab
from core.data import digits, speech as sd, zh_en
from core.families import faces as fc, seq2seq as s2s, speech as sp
from core.lecture import everywhere as step
from core.lessons import cnn_inside
from tests.test_lecture import open_lecture
from tests.test_pages import ROOT

ESPEAK = pytest.mark.skipif(sd.espeak() is None, reason="espeak-ng is not installed")


def fresh(family: str):
    """The pretrained model loaded again, outside the step's cache."""
    return lab.bare_trainer(lab.read(lab.pretrained_path(family).read_bytes())).model.eval()


@pytest.fixture(scope="module")
def result() -> dict:
    return step.run(step.STEP.defaults, 0)


@pytest.mark.parametrize("k", range(len(step.TEST_DIGITS)))
def test_the_digit_is_the_held_out_test_digit_and_the_cnn_reads_it_as_reported(k):
    data = digits.offline_mnist()
    i = step.TEST_DIGITS[k]
    r = step.recognise_digit(i)
    probs = cnn_inside.probabilities(fresh("cnn"), data.x_test[:, None])
    assert r["expected"] == data.y_test[i] and r["predicted"] == probs[i].argmax()
    assert r["right"] == (probs[i].argmax() == data.y_test[i])
    assert r["test_accuracy"] == pytest.approx((probs.argmax(1) == data.y_test).mean(), abs=1e-4)
    assert np.abs(np.array(r["pixels"]) - data.x_test[i]).max() <= 0.005


def test_the_list_of_digits_has_some_the_cnn_gets_wrong_so_the_student_can_be_wrong():
    marks = {step.recognise_digit(i)["right"] for i in step.TEST_DIGITS}
    assert marks == {True, False}


@ESPEAK
@pytest.mark.parametrize("digit", [0, 7])
def test_the_spoken_digit_is_heard_as_the_speech_network_hears_that_clip(digit):
    r = step.recognise_speech(digit)
    assert step.VOICE[1] in sd.HELD_OUT  # a voice the network never heard
    wave = sd.synthesise({"voice": step.VOICE[0], "variant": step.VOICE[1], "rate": step.SPEECH_RATE,
                          "pitch": step.SPEECH_PITCH, "word": sd.WORDS["en"][digit]})
    probs = sp.probabilities(fresh("speech"), wave[None])[0]
    assert r["predicted"] == probs.argmax() and r["probs"] == pytest.approx(probs, abs=1e-4)
    assert r["right"] == (probs.argmax() == digit) and np.array(r["log_mel"]).shape == (sp.N_MELS, 51)


def test_without_espeak_only_the_speech_task_is_left_out_and_the_answer_allows_for_it(monkeypatch):
    monkeypatch.setattr(sd, "espeak", lambda: None)
    r = step.run(step.STEP.defaults, 0)
    assert r["speech"] == {"digit": 7, "voice": "en-us+f3", "available": False} and r["known"] == 3
    assert r["right"] == sum(r[k]["right"] for k in ("digit", "date", "face"))
    assert "espeak-ng is not installed" in step.measured(r, "en") and "3 of 3" in step.measured(r, "en")


def test_the_translation_uses_the_vocabularies_the_model_was_trained_with_and_is_checked_against_the_data():
    ck = lab.read(lab.pretrained_path("translation").read_bytes())
    data = step.translation_data()
    assert data.src_vocab.tokens == ck.context["src_tokens"] and data.tgt_vocab.tokens == ck.context["tgt_tokens"]
    model = fresh("translation")
    for date in step.DATES:
        r = step.translate_date(*date)
        assert r["source"] == zh_en.zh_date(*date) and r["expected"] == zh_en.en_date(*date)
        assert r["predicted"] == s2s.translate(model, data, r["source"])[0]
        assert r["right"] == (r["predicted"] == r["expected"])


def test_the_dates_are_from_years_the_training_dates_never_use():
    trained = {int(p.target[-4:]) for p in zh_en.make_corpus().train if p.kind == "date"}
    assert trained and not {year for year, _, _ in step.DATES} & trained


def test_the_face_box_is_the_detectors_and_its_iou_with_the_hand_drawn_box_decides(result):
    face = result["face"]
    boxes, _ = fc.detect(fresh("faces"), step.astronaut())
    assert np.allclose(face["boxes"], boxes, atol=0.05)
    overlaps = fc.iou(boxes, np.array([step.REFERENCE_BOX]))[:, 0]
    assert face["iou"] == pytest.approx(overlaps.max(), abs=1e-4)
    assert face["box"] == pytest.approx(boxes[overlaps.argmax()], abs=0.05)
    assert face["right"] == (overlaps.max() >= 0.5)
    assert face["false_alarms"] == len(boxes) - int(face["right"])  # one reference face: the rest are false alarms
    x, y, w, h = step.REFERENCE_BOX
    assert 0 <= x and x + w <= 512 and 0 <= y and y + h <= 512


def test_the_answer_counts_the_right_tasks_and_waits_when_a_task_is_unknown(result):
    def counted(right, known=4):
        return step.answer({**result, "right": right, "known": known})
    assert [counted(n) for n in (4, 3, 2, 1, 0)] == ["four", "three", "two_or_fewer", "two_or_fewer", "two_or_fewer"]
    assert counted(3, known=3) is None and counted(2, known=3) is None  # the untested task could go either way
    assert counted(1, known=3) == "two_or_fewer"
    assert step.answer(result) == {4: "four", 3: "three"}.get(result["right"], "two_or_fewer")
    assert result["right"] == sum(result[k]["right"] for k in step.TASKS)


def test_measured_says_each_tasks_answer_with_its_numbers_and_branches_on_them(result):
    text = step.measured(result, "en")
    dg, face = result["digit"], result["face"]
    assert f"digit #{dg['index']}, a {dg['expected']}, was read as {dg['predicted']} ({dg['p']:.1%})" in text
    assert f"right on {dg['test_accuracy']:.1%}" in text and result["date"]["predicted"] in text
    assert f"IoU {face['iou']:.2f}" in text and f"Right: {result['right']} of 4." in text
    wrong = {**result, "digit": {**dg, "predicted": 3, "right": False}, "right": result["right"] - 1}
    assert "was read as 3 (" in step.measured(wrong, "en") and ": wrong;" in step.measured(wrong, "en")
    lone, extra = ({**result, "face": {**face, "false_alarms": n}} for n in (0, 2))
    assert "no face: " not in step.measured(lone, "en") and "no face: 2." in step.measured(extra, "en")
    missed = {**result, "face": {**face, "box": None, "boxes": [], "scores": [], "iou": 0.0, "right": False,
                                 "false_alarms": 0}}
    assert "returned no box" in step.measured(missed, "en")
    assert f"{dg['test_accuracy']:.1%}" in step.measured(result, "zh")


def test_the_link_sets_the_cnn_page_to_the_pretrained_cnns_settings(result):
    params = step.STEP.link(result)
    c = lab.read(lab.pretrained_path("cnn").read_bytes()).config
    at = AppTest.from_file(str(ROOT / "Home.py"), default_timeout=120)
    at.query_params.update(params)
    at.switch_page("app_pages/cnn.py").run()  # a link opens its page directly
    assert not at.exception and not [w for w in at.warning if "ignored" in w.value]
    assert at.selectbox(key="cnn:data").value == "offline" and at.selectbox(key="cnn:arch").value == c.arch
    assert at.slider(key=f"cnn:width:{c.arch}").value == c.width and at.slider(key="cnn:shift").value == c.shift
    assert at.select_slider(key="cnn:lr").value == pytest.approx(c.lr) and at.slider(key="cnn:ep").value == c.epochs
    assert at.select_slider(key="cnn:bs").value == c.batch_size


def test_the_steps_own_link_picks_its_inputs():
    at = open_lecture("en", step="1", digit="8", spoken="3", date="4")
    assert at.selectbox(key="lecture:everywhere_digit").value == 8
    assert at.selectbox(key="lecture:everywhere_spoken").value == 3
    assert at.selectbox(key="lecture:everywhere_date").value == 4


def test_inputs_outside_the_lists_are_refused():
    for bad in ({"digit": len(step.TEST_DIGITS)}, {"spoken": 10}, {"date": -1}):
        with pytest.raises(ValueError):
            step.run({**step.STEP.defaults, **bad}, 0)


def test_a_drawn_digit_is_read_by_the_cnn_against_the_digit_the_student_meant():
    from core.data.images import pack_grey, unpack_grey

    data = digits.offline_mnist()
    i = step.TEST_DIGITS[0]
    code = pack_grey(data.x_test[i][None])[0]  # as the canvas hands it over: 28×28 in 16 grey levels
    probs = cnn_inside.probabilities(fresh("cnn"), unpack_grey([code])[:, None])[0]
    inputs = {**step.STEP.defaults, "drawn": code, "drawn_label": int(data.y_test[i])}
    r = step.run(inputs, 0)
    assert r["digit"]["index"] is None and r["digit"]["predicted"] == probs.argmax()
    assert r["digit"]["right"] == (probs.argmax() == data.y_test[i])
    assert step.measured(r, "en").startswith(f"Image: the digit you drew as a {data.y_test[i]} was read as")
    wrong = step.run({**inputs, "drawn_label": (int(data.y_test[i]) + 1) % 10}, 0)  # meant another digit
    assert not wrong["digit"]["right"] and wrong["right"] == r["right"] - r["digit"]["right"]
    with pytest.raises(ValueError):
        step.run({**inputs, "drawn": "ff"}, 0)  # not a 28×28 image


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_drawing_ones_own_digit_shows_the_canvas_and_keeps_the_stored_run_for_the_test_digit(lang):
    at = open_lecture(lang, step="1")
    at.toggle(key="lecture:everywhere_draw").set_value(True).run()
    assert not at.exception
    from core import i18n
    assert i18n.translate("lecture.everywhere.draw_first", lang) in [c.value for c in at.caption]
    at.radio(key="lecture:everywhere:guess").set_value("four").run()
    assert not at.button(key="lecture:everywhere:show").disabled  # nothing drawn yet: the stored test digit stands
