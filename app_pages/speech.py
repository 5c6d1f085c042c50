"""Speech recognition: spoken digits → log-mel spectrograms → a small CNN, trained live; try it with your own voice."""
import numpy as np
import streamlit as st

from app_pages.parts import lab as lab_ui, speech_try, challenges as challenges_part
from core import plots, ui
from core.data import speech as sd
from core.families import speech as sp
from core.runtime.jobs import Job, Snapshot
from core.links import steps
from core.ui import BOOLS, listing, plot, state, stop, t

KEY = "speech"
st.title(t("page.speech.title"))
ui.idea("speech.idea")
st.latex(r"\mathrm{logmel}(m, \tau) = \log\Big(\sum_k M_{m k}\,\big|\mathrm{STFT}(x)_{k \tau}\big|^2\Big)")


@st.cache_resource(show_spinner=False)  # read-only int16 clips shared by every session (~70 MB)
def cached_corpus() -> sd.Corpus | None:
    return sd.cached()


@st.cache_data(show_spinner=False)
def examples(_corpus: sd.Corpus, key: str) -> tuple[np.ndarray, list[str]]:
    """The first training clip of each digit in each language, as log-mel images."""
    picks = [int(np.flatnonzero((_corpus.labels == d) & (_corpus.lang == code) & ~_corpus.test)[0])
             for code in ("en", "zh") for d in range(10)]
    return sp.log_mel(_corpus.waves[picks]), [sd.WORDS[_corpus.lang[i]][_corpus.labels[i]] for i in picks]


@st.fragment(run_every=1.0)
def synthesis_progress() -> None:
    """The corpus is synthesised in a background thread (once per server); this redraws its progress."""
    if sd.BUILDER.running:
        done, total = sd.BUILDER.done, sd.BUILDER.total or 1
        st.progress(done / total, text=t("speech.generating", done=f"{done:,}", total=f"{total:,}" if done else "…"))
    elif sd.BUILDER.error:
        st.error(t("speech.corpus_failed", error=sd.BUILDER.error))
    elif sd.cached() is None:  # finished, yet nothing readable on disk (a full disk?): say so instead of looping
        st.error(t("speech.corpus_failed", error=str(sd.cache_path(sd.CorpusConfig()))))
    else:
        cached_corpus.clear()
        st.rerun(scope="app")


def corpus_or_message() -> sd.Corpus | None:
    corpus = cached_corpus()
    if corpus is None and sd.espeak():
        sd.BUILDER.start()
        synthesis_progress()
        if not sd.BUILDER.error:
            stop()  # the rest of the page needs the corpus; the fragment reruns the page when it is ready
    elif corpus is None:
        st.warning(t("speech.no_espeak"), icon=":material/mic_off:")
    return corpus


st.header(t("speech.corpus_title"))
st.markdown(t("speech.corpus_idea", en_voices=len(sd.VOICES["en"]), variants=len(sd.VARIANTS),
              held_out=listing(f"`{v}`" for v in sd.HELD_OUT)))
corpus = corpus_or_message()
if corpus is not None:
    c = corpus.counts()
    st.caption(t("speech.counts", clips=f"{len(corpus.labels):,}", train_en=f"{c['en/train']['clips']:,}",
                 train_zh=f"{c['zh/train']['clips']:,}", test_en=f"{c['en/test']['clips']:,}", test_zh=f"{c['zh/test']['clips']:,}",
                 spk_train=c["en/train"]["speakers"] + c["zh/train"]["speakers"],
                 spk_test=c["en/test"]["speakers"] + c["zh/test"]["speakers"]))
    specs, words = examples(corpus, sd.CorpusConfig().key())
    with st.expander(t("speech.examples"), expanded=True):
        plot(plots.image_grid(speech_try.image(specs), titles=words, cols=10, cell=70, colorscale="Viridis"))

with st.sidebar:
    width = st.select_slider(t("speech.width"), (8, 16, 32), 16, **state(f"{KEY}:width", (8, 16, 32)))
    dropout = st.slider(t("cnn.dropout"), 0.0, 0.5, 0.2, 0.1, **state(f"{KEY}:drop", steps(0.0, 0.5, 0.1)))
    spec_aug = st.toggle(t("speech.specaugment"), True, **state(f"{KEY}:specaug", BOOLS), help=t("speech.specaugment_help"))
    augment = st.toggle(t("speech.augment"), True, **state(f"{KEY}:aug", BOOLS), help=t("speech.augment_help"))
    lr = st.select_slider(t("mlp.lr"), (1e-3, 3e-3, 1e-2), 3e-3, **state(f"{KEY}:lr", (1e-3, 3e-3, 1e-2)))
    epochs = st.slider(t("mlp.epochs"), 1, 30, sp.SpeechConfig.epochs, **state(f"{KEY}:ep", range(1, 31)))
config = sp.SpeechConfig(width=width, dropout=dropout, freq_masks=2 if spec_aug else 0, time_masks=2 if spec_aug else 0,
                         augment=augment, lr=lr, epochs=epochs)

incoming = lab_ui.take("speech")


def make_job() -> Job:
    return lab_ui.job("speech", sp.make_trainer(config, corpus), config, sp.context(corpus))


def draw(snap: Snapshot) -> None:
    left, right = st.columns(2)
    with left:
        plot(plots.step_losses(snap.step_losses, title=t("speech.loss_chart"), x_title=t("plot.step"), y_title=t("plot.loss"),
                               history=snap.history, names=(t("plot.train"), t("speech.held_out"))))
    with right:
        h = snap.history
        ep = [r["epoch"] for r in h]
        series = [(t("plot.train"), ep, [r.get("train_acc", np.nan) for r in h]),
                  (t("speech.held_out"), ep, [r.get("test_acc", np.nan) for r in h])]
        series += [(t("speech.held_out_lang", language=t(f"speech.lang.{code}")), ep, [r.get(f"test_acc_{code}", np.nan) for r in h])
                   for code in ("en", "zh")]
        plot(plots.curves(series, title=t("speech.acc_chart"), x_title=t("plot.epoch"), y_title=t("plot.accuracy"), markers=True))
    if snap.history and "test_acc" in snap.history[-1]:
        last = snap.history[-1]
        st.caption(t("speech.last", epoch=snap.epoch, test=f"{last['test_acc']:.1%}", en=f"{last.get('test_acc_en', 0):.1%}",
                     zh=f"{last.get('test_acc_zh', 0):.1%}", train=f"{last.get('train_acc', 0):.1%}"))


st.header(t("speech.train_title"))
job = lab_ui.section(KEY, "speech", make_job, draw, incoming=incoming, data=corpus, bare=corpus is None,
                     controls=corpus is not None)  # without the corpus: a loaded model, no training

model = speech_try.trained_model(job)
if model is not None and corpus is not None:
    cm, _ = sp.confusion(model, corpus)
    labels = [sp.label(d) for d in range(10)]
    plot(plots.confusion_matrix(cm, labels, title=t("speech.confusion"),
                            names=(t("cnn.predicted"), t("cnn.true"), t("plot.count"))))
    off = cm - np.diag(np.diag(cm))
    true, pred = np.unravel_index(off.argmax(), off.shape)
    st.caption(t("speech.confusion_note", n=int(cm.sum()), speakers=len(set(zip(corpus.voice[corpus.test], corpus.variant[corpus.test]))),
                 true=labels[true], pred=labels[pred], count=int(off.max())))
speech_try.show(model, corpus)
challenges_part.show("speech")
