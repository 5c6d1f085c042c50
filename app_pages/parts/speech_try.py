"""The speech page's "try it": a recording, an upload or a held-out clip → waveform, spectrogram, top 3, nearest training clips.

UI only, split off app_pages/speech.py to keep each file short; the computing is in core.families.speech.
"""
import numpy as np
import streamlit as st

from core import plots
from core.data import speech as sd
from core.families import speech as sp
from core.i18n import describe_error
from core.ui import labels, lang, plot, state, t

KEY = "speech"


def image(specs: np.ndarray) -> np.ndarray:
    """Log-mel spectrograms (N, mels, frames) → images in [0, 1] with low frequencies at the bottom."""
    specs = np.asarray(specs, np.float32)
    lo, hi = specs.min(axis=(1, 2), keepdims=True), specs.max(axis=(1, 2), keepdims=True)
    return np.ascontiguousarray(((specs - lo) / np.maximum(hi - lo, 1e-6))[:, ::-1])


def trained_model(job):
    """The session's latest weights as an eval-mode model (built once per snapshot), or None."""
    if job is None or job.poll().step == 0:
        return None
    snap = job.poll()
    cache = st.session_state.get(f"{KEY}:model")
    if cache is None or cache[0] != (snap.run_id, snap.step):
        cache = ((snap.run_id, snap.step), snap.model, {})  # {} : what is computed once per model
        st.session_state[f"{KEY}:model"] = cache
    return cache[1]


def _neighbours(model, corpus: sd.Corpus) -> sp.Neighbours:
    store = st.session_state[f"{KEY}:model"][2]  # per model: the training clips' features are computed once
    if "nn" not in store:
        with st.spinner(t("speech.indexing")):
            store["nn"] = sp.Neighbours(model, corpus)
    return store["nn"]


def _sound(mode: str, corpus: sd.Corpus | None) -> tuple[np.ndarray | None, int | None]:
    """One second of audio at 8 kHz and its true digit when known; a message instead for unusable input."""
    if mode == "test":
        held = corpus.split(True)
        i = st.number_input(t("speech.test_index", n=len(held) - 1), 0, len(held) - 1, 0, **state(f"{KEY}:idx"))
        k = held[i]
        st.caption(t("speech.clip_of", word=sd.WORDS[corpus.lang[k]][corpus.labels[k]], voice=corpus.voice[k], variant=corpus.variant[k]))
        return corpus.waves[k].astype(np.float32) / 32768, int(corpus.labels[k])
    if mode == "record":
        file = st.audio_input(t("speech.record"), key=f"{KEY}:mic")
    else:
        file = st.file_uploader(t("speech.upload"), type=["wav", "flac", "ogg", "oga"], key=f"{KEY}:upload")
    if file is None:
        return None, None
    try:
        return sd.read_audio(file.getvalue()), None
    except sd.AudioError as exc:
        st.error(describe_error(exc, lang()))
        return None, None


def show(model, corpus: sd.Corpus | None) -> None:
    st.header(t("speech.try_title"))
    st.markdown(t("speech.try_idea"))
    if model is None:
        st.info(t("speech.train_first"))
        return
    modes = ["record", "upload"] + (["test"] if corpus is not None else [])
    mode = st.segmented_control(t("speech.from"), modes, default="record", format_func=labels("speech.from."),
                                **state(f"{KEY}:from")) or "record"
    wave, truth = _sound(mode, corpus)
    if wave is None:
        return
    st.audio(sd.to_wav(wave), format="audio/wav")
    probs = sp.probabilities(model, wave[None])[0]
    names = [sp.label(d) for d in range(10)]
    top = np.argsort(-probs)[:3]
    left, right = st.columns(2)
    with left:
        time = np.arange(len(wave)) / sd.RATE
        plot(plots.curves([("", time[::4], wave[::4])], title=t("speech.waveform"), x_title=t("speech.time"),
                          y_title=t("speech.amplitude")))
        plot(plots.heatmap(sp.log_mel(wave[None])[0], title=t("speech.spectrogram"), x_title=t("speech.time"),
                           y_title=t("speech.mel_band"), diverging=False, origin="lower", x_scale=sp.HOP / sd.RATE))
    with right:
        plot(plots.prob_bars(names, probs, title=t("speech.probs"), highlight=truth))
        st.markdown(t("speech.top3", first=names[top[0]], p1=f"{probs[top[0]]:.1%}", second=names[top[1]],
                      p2=f"{probs[top[1]]:.1%}", third=names[top[2]], p3=f"{probs[top[2]]:.1%}"))
    if corpus is None:
        st.caption(t("speech.no_corpus_for_nearest"))
        return
    idx, sims = _neighbours(model, corpus)(wave[None])
    titles = [t("speech.nearest_title", label=names[corpus.labels[i]], speaker=f"{corpus.voice[i]}+{corpus.variant[i]}",
                sim=f"{s:.2f}") for i, s in zip(idx, sims)]
    plot(plots.image_grid(image(sp.log_mel(corpus.waves[idx])), titles=titles, cols=3, cell=120, colorscale="Viridis",
                          title=t("speech.nearest")))
