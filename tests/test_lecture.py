"""The lecture path: each step's measured sentence and verdict come from its run; the page walks the steps."""
import json
import threading

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from core import classroom, i18n, lecture
from core.runtime import jobs
from core.lecture import hastad, perceptron
from core.lessons import circuits
from core.lessons import perceptron as pc
from tests.test_chinese import ALLOWED
from tests.test_pages import ROOT
from tests.zh_text import latin_words, page_texts

STEPS = lecture.steps()


def test_the_steps_follow_the_lecture_and_each_has_its_words_and_a_stored_run():
    assert [s.key for s in STEPS] == list(lecture.ORDER)  # all twelve claims, in the lecture's order
    for s in STEPS:
        for code in i18n.LANGUAGES:
            for part in ("title", "claim", "question", *(f"choice.{c}" for c in s.choices)):
                assert i18n.translate(f"lecture.{s.key}.{part}", code)
        saved = lecture.stored(s)
        assert saved is not None and saved.inputs == s.defaults and not saved.live
        assert s.answer(saved.result) in (*s.choices, None)


@pytest.mark.parametrize("s", STEPS, ids=lambda s: s.key)
def test_a_live_run_with_the_defaults_answers_one_of_the_choices_or_none(s):
    out = lecture.run(s, seed=1)
    assert out.live and out.inputs == s.defaults
    assert s.answer(out.result) in (*s.choices, None)
    json.dumps(out.result)  # what the page keeps and `store` writes
    for code in i18n.LANGUAGES:
        assert s.measured(out.result, code)


def test_a_stored_run_that_is_too_big_or_not_json_is_not_shown(tmp_path, monkeypatch):
    monkeypatch.setattr(lecture, "STORED_DIR", tmp_path)
    s = lecture.step("hastad")
    (tmp_path / "hastad.json").write_text("{not json", encoding="utf-8")
    assert lecture.stored(s) is None
    (tmp_path / "hastad.json").write_text(" " * (lecture.MAX_STORED_BYTES + 1), encoding="utf-8")
    assert lecture.stored(s) is None
    lecture.store(s)
    assert lecture.stored(s).result["n"] == s.defaults["n"]


def test_hastad_counts_the_built_circuits_and_its_verdict_follows_the_ratio():
    big, small = hastad.run({"n": 12}, 0), hastad.run({"n": 5}, 0)
    assert big["rows"]["dnf"]["gates"] == circuits.dnf_size(12) and big["rows"]["tree"]["gates"] == circuits.xor_tree_size(12)
    assert all(row["correct"] for row in big["rows"].values())
    assert hastad.answer(big) == "many" and hastad.answer(small) == "similar"  # 2,061/55 = 37.5; 22/20 = 1.1
    assert "2,061" in hastad.measured(big, "en") and "2,061" not in hastad.measured(small, "en")
    broken = {**big, "rows": {**big["rows"], "tree": {**big["rows"]["tree"], "correct": False}}}
    assert hastad.answer(broken) is None and "did not compute parity" in hastad.measured(broken, "en")


def test_hastad_check_catches_a_circuit_that_is_not_parity():
    c = circuits.dnf_parity(4)
    c.gates[c.output] = circuits.Gate("and", c.gates[c.output].inputs)  # AND of the terms instead of OR
    assert not c.computes_parity(4) and circuits.dnf_parity(4).computes_parity(4)
    tree = circuits.xor_tree_parity(5)[0]  # the vectorised check agrees with gate-by-gate evaluation
    bits = circuits.truth_table(5)
    assert [bool(v) for v in tree.evaluate_all(bits)[tree.output]] == [bool(tree.evaluate(tuple(b))[tree.output]) for b in bits]


def test_one_perceptron_update_raises_the_margin_by_the_squared_norm_and_the_verdict_reads_it():
    x, labels = perceptron.points()
    answers = set()
    for i in perceptron.misclassified():
        r = perceptron.run({"point": i}, 0)
        xt = pc.augment(x)[i]
        assert r["margin_new"] - r["margin_old"] == pytest.approx(xt @ xt)
        w = np.array(r["w_new"])
        assert r["mistakes_new"] == int(np.sum(pc.signed(labels) * (pc.augment(x) @ w) <= 0))
        assert perceptron.answer(r) == ("fixed" if r["margin_new"] > 0 else "still_wrong")
        answers.add(perceptron.answer(r))
        assert f"{r['mistakes_new']} after" in perceptron.measured(r, "en")
    assert answers == {"fixed", "still_wrong"}  # the student's pick decides: some updates are not enough
    with pytest.raises(ValueError):
        perceptron.run({"point": next(i for i in range(len(x)) if i not in perceptron.misclassified())}, 0)


def open_lecture(lang: str, **params) -> AppTest:
    at = AppTest.from_file(str(ROOT / "Home.py"), default_timeout=60)
    for name, value in {"lang": lang, **params}.items():
        at.query_params[name] = value
    at.switch_page("app_pages/lecture.py")  # the session opens on the path, as a browser opening a link does
    at.run()
    assert not at.exception, at.exception[0].value if at.exception else ""
    return at


def texts(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown]


@pytest.mark.parametrize("lang", list(i18n.LANGUAGES))
@pytest.mark.parametrize("k", range(1, len(STEPS) + 1))
def test_each_step_shows_what_its_run_measured_and_whether_the_prediction_was_right(k, lang):
    s = STEPS[k - 1]
    at = open_lecture(lang, step=str(k))
    assert at.header[0].value.startswith(f"{k}. ")
    assert at.button(key=f"lecture:{s.key}:show").disabled  # no result before a prediction
    guess = s.choices[-1]
    at.radio(key=f"lecture:{s.key}:guess").set_value(guess).run()
    at.button(key=f"lecture:{s.key}:show").click().run()
    assert not at.exception, at.exception[0].value if at.exception else ""
    saved = lecture.stored(s)
    assert s.measured(saved.result, lang) in texts(at)
    said = lecture.verdict(s, guess, saved.result)
    shown = [b.value for b in (*at.success, *at.warning, *at.info)]
    assert any(v.startswith(i18n.translate(f"lecture.verdict.{said}", lang).split("{")[0]) for v in shown)
    assert at.radio(key=f"lecture:{s.key}:guess").disabled  # the prediction is committed
    if lang == "zh":  # the result, its verdict and where it came from, all in Chinese
        found = {w: x for x in page_texts(at) for w in latin_words(x) if w not in ALLOWED}
        assert not found, "\n".join(f"{w!r} in {x[:120]!r}" for w, x in found.items())
    at.button(key=f"lecture:{s.key}:again").click().run()
    at.radio(key=f"lecture:{s.key}:guess").set_value(guess).run()
    at.button(key=f"lecture:{s.key}:run").click().run()
    live = at.session_state[f"lecture:{s.key}:outcome"]
    assert live.live and s.measured(live.result, lang) in texts(at)


def test_next_and_previous_move_through_the_steps_and_presentation_mode_hides_the_frame():
    at = open_lecture("en", present="1")
    assert not at.title  # presentation mode: no page title, the step fills the screen
    assert at.header[0].value.startswith("1. ")
    at.button(key="lecture:next").click().run()
    assert at.header[0].value.startswith("2. ") and at.query_params["step"] == "2"
    at.button(key="lecture:prev").click().run()
    assert at.header[0].value.startswith("1. ") and at.button(key="lecture:prev").disabled
    at.toggle(key="lecture:present").set_value(False).run()
    assert at.title[0].value == i18n.translate("page.lecture.title", "en")


@pytest.mark.parametrize("s", STEPS, ids=lambda s: s.key)
def test_warming_a_step_loads_what_it_needs_and_can_be_repeated(s):
    s.warm()
    s.warm()  # the path warms every step when it opens; a second session opening it must not reload anything


def test_presentation_mode_shows_the_tally_after_the_last_step_only():
    at = open_lecture("en", present="1")
    assert not any(e.label == i18n.translate("lecture.progress", "en") for e in at.expander)
    at = open_lecture("en", present="1", step=str(len(STEPS)))
    assert any(e.label == i18n.translate("lecture.progress", "en") for e in at.expander)


def test_a_prediction_is_kept_when_the_student_leaves_the_step_and_comes_back():
    at = open_lecture("zh")
    s = STEPS[0]
    at.radio(key=f"lecture:{s.key}:guess").set_value(s.choices[0]).run()
    at.button(key="lecture:next").click().run()
    at.button(key="lecture:prev").click().run()
    assert at.radio(key=f"lecture:{s.key}:guess").value == s.choices[0]


def test_a_link_with_a_step_or_a_point_the_path_does_not_have_is_named_and_ignored():
    at = open_lecture("zh", step="99")
    assert at.header[0].value.startswith("1. ") and "step" in " ".join(w.value for w in at.warning)
    k = [s.key for s in STEPS].index("perceptron") + 1
    at = open_lecture("zh", step=str(k), point="abc")
    assert at.header[0].value.startswith(f"{k}. ") and "point" in " ".join(w.value for w in at.warning)
    other = perceptron.misclassified()[-1]  # a point the step offers: the link sets it, with no warning
    at = open_lecture("en", step=str(k), point=str(other))
    assert at.selectbox(key="lecture:pc_point").value == other and not at.warning


def test_a_live_run_queues_for_a_training_slot_and_says_busy_when_none_frees():
    limiter = jobs.JobLimiter(1)
    s = lecture.step("hastad")
    with limiter.slot(1.0) as got:  # another run holds the only core
        assert got
        with pytest.raises(lecture.Busy) as caught:
            lecture.run_shared(s, seed=1, wait=0.2, limiter=limiter)
        assert "0.2 s" in i18n.describe_error(caught.value, "en") and limiter.running == 1
    out = lecture.run_shared(s, seed=1, wait=0.2, limiter=limiter)  # the core is free again
    assert out.live and out.result["n"] == s.defaults["n"] and limiter.running == 0


def test_a_revealed_prediction_is_kept_with_the_visitors_progress():
    at = open_lecture("en")
    s = STEPS[0]
    at.radio(key=f"lecture:{s.key}:guess").set_value(s.choices[-1]).run()
    at.button(key=f"lecture:{s.key}:show").click().run()
    kept = classroom.Progress().items(at.session_state["visitor:owner"], "lecture")[s.key]
    saved = lecture.stored(s).result
    assert kept == {"guess": s.choices[-1], "truth": s.answer(saved), "verdict": lecture.verdict(s, s.choices[-1], saved),
                    "live": False, "seed": 0}


def test_a_click_while_the_sessions_live_run_goes_on_waits_for_it_instead_of_starting_another():
    at = open_lecture("en")
    s = STEPS[0]
    at.radio(key=f"lecture:{s.key}:guess").set_value(s.choices[0]).run()
    busy = threading.Lock()
    busy.acquire()  # as the live run that an earlier click started holds it (Streamlit reruns at once)
    at.session_state["lecture:run_lock"] = busy
    threading.Timer(1.0, busy.release).start()
    at.button(key=f"lecture:{s.key}:run").click().run()
    assert not at.exception
    assert f"lecture:{s.key}:outcome" not in at.session_state and "lecture:seed" not in at.session_state
