"""Machine translation: a sequence-to-sequence model with attention, trained live on Chinese numbers, dates and times."""
import random

import pandas as pd
import streamlit as st
import torch

from app_pages.parts import lab as lab_ui, challenges as challenges_part
from core import plots, ui
from core.data import zh_en
from core.families import seq2seq as s2s
from core.runtime.jobs import Job, Snapshot
from core.links import steps
from core.i18n import SettingError, describe_error
from core.ui import BOOLS, labels, lang, plot, row_problems, state, stop, t

KEY = "mt"
HIDDEN, EMBED, LRS = (32, 64, 128, 256), (16, 32, 64, 128), (3e-4, 1e-3, 3e-3, 1e-2)
st.title(t("page.translation.title"))
ui.idea("mt.idea")


@st.cache_resource(show_spinner=False)  # read-only pairs and vocabularies, shared by every session
def generated(kinds: tuple[str, ...], reverse: bool) -> s2s.Prepared:
    corpus = zh_en.make_corpus(kinds=kinds)
    return s2s.prepare(corpus.train, corpus.test, reverse)


@st.cache_resource(show_spinner=False, max_entries=4)  # shared; a few recent uploads, not every one ever made
def uploaded(raw: bytes, reverse: bool) -> tuple[s2s.Prepared | None, zh_en.ParsedTSV]:
    parsed = zh_en.parse_tsv(raw)
    if len(parsed.pairs) < 20:
        return None, parsed
    pairs = list(parsed.pairs)
    random.Random(0).shuffle(pairs)
    cut = max(1, len(pairs) // 10)
    return s2s.prepare(pairs[cut:], pairs[:cut], reverse), parsed


incoming = lab_ui.take("translation")  # a stored run to show: select its direction, data and architecture
if incoming is not None and incoming.context.get("dataset") == "generated":
    c = incoming.config
    st.session_state.update({f"{KEY}:dir": bool(c.reverse), f"{KEY}:src": "generated",
                             f"{KEY}:kinds": list(incoming.context.get("kinds", zh_en.KINDS))})
    lab_ui.follow({f"{KEY}:arch": (c.arch, s2s.ARCHS), f"{KEY}:hidden": (c.hidden, HIDDEN), f"{KEY}:embed": (c.embed, EMBED),
                   f"{KEY}:layers:{c.arch}": (c.layers, range(1, 4)), f"{KEY}:lr:{c.arch}": (c.lr, LRS),
                   f"{KEY}:ep": (c.epochs, range(1, 31))})
with st.sidebar:
    reverse = st.segmented_control(t("mt.direction"), (False, True), default=False, **state(f"{KEY}:dir", BOOLS),
                                   format_func=lambda r, w=(t("mt.dir.zh_en"), t("mt.dir.en_zh")): w[bool(r)])
    source = st.segmented_control(t("mt.data"), ("generated", "tsv"), default="generated", **state(f"{KEY}:src"),
                                  format_func=labels("mt.data.")) or "generated"
    kinds = tuple(st.multiselect(t("mt.kinds"), zh_en.KINDS, default=list(zh_en.KINDS), **state(f"{KEY}:kinds", list(zh_en.KINDS)),
                                 format_func=labels("mt.kind."), disabled=source != "generated")) or zh_en.KINDS
    arch = st.selectbox(t("mt.arch"), s2s.ARCHS, format_func=labels("mt.arch."), **state(f"{KEY}:arch", s2s.ARCHS))
    hidden = st.select_slider(t("mt.hidden"), HIDDEN, 128, **state(f"{KEY}:hidden", HIDDEN))
    embed = st.select_slider(t("mt.embed"), EMBED, 64, **state(f"{KEY}:embed", EMBED, "embedding"), disabled=arch == "transformer",
                             help=t("mt.embed_help"))
    layers = st.slider(t("rnn.layers"), 1, 3, 1 if arch != "transformer" else 2, **state(f"{KEY}:layers:{arch}", range(1, 4)))
    forcing = st.slider(t("mt.forcing"), 0.0, 1.0, 1.0, 0.1, **state(f"{KEY}:tf", steps(0.0, 1.0, 0.1)), help=t("mt.forcing_help"),
                        disabled=arch == "transformer")
    lr = st.select_slider(t("mlp.lr"), LRS, 3e-3 if arch != "transformer" else 1e-3, **state(f"{KEY}:lr:{arch}", LRS))
    epochs = st.slider(t("mlp.epochs"), 1, 30, 8, **state(f"{KEY}:ep", range(1, 31)))

reverse = bool(reverse)
if source == "tsv":
    upload = st.file_uploader(t("mt.tsv"), type=["tsv", "txt"], key=f"{KEY}:tsv", help=t("mt.tsv_help"))
    try:
        data, parsed = uploaded(upload.getvalue(), reverse) if upload is not None else (None, None)
    except SettingError as exc:
        st.error(t("mt.tsv_error", error=describe_error(exc, lang())))
        stop()
    if parsed is not None:
        st.caption(" ".join([t("text.encoding", encoding=parsed.encoding)]
                            + ([t("mt.tsv.extra", n=f"{parsed.extra_columns:,}")] if parsed.extra_columns else [])
                            + ([t("mt.tsv.swapped")] if parsed.swapped else [])))
        row_problems(parsed.errors, unit="mt.line", title="mt.bad_lines")
    if data is None:
        st.info(t("mt.tsv_needed"))
        stop()
    for side, vocab in ((t("mt.source"), data.src_vocab), (t("mt.target"), data.tgt_vocab)):
        if vocab.dropped:
            st.warning(t("mt.vocab_capped", side=side, kept=f"{len(vocab) - len(s2s.SPECIALS):,}", dropped=f"{vocab.dropped:,}",
                         share=f"{vocab.unknown_share:.1%}"))
else:
    data = generated(kinds, reverse)
st.caption(t("mt.using", train=f"{len(data.train):,}", test=f"{len(data.test):,}", src=len(data.src_vocab),
             tgt=len(data.tgt_vocab)))
with st.expander(t("mt.examples")):
    st.dataframe(pd.DataFrame([data.sides(p) for p in data.train[:8]], columns=[t("mt.source"), t("mt.target")]),
                 hide_index=True, width="stretch")
if incoming is not None:
    if data.src_vocab.tokens != incoming.context.get("src_tokens") or data.tgt_vocab.tokens != incoming.context.get("tgt_tokens"):
        st.error(t("lab.mt_vocab"))
        incoming = None  # its vocabularies are not these pairs': nothing to show
config = s2s.Seq2SeqConfig(arch=arch, embed=embed, hidden=hidden, layers=layers, teacher_forcing=forcing, lr=lr, epochs=epochs,
                           reverse=reverse)
with torch.device("meta"):  # shapes only: the count without allocating the weights
    params = sum(p.numel() for p in s2s.build(config, len(data.src_vocab.tokens), len(data.tgt_vocab.tokens)).parameters())
st.caption(t("cnn.params", params=f"{params:,}"))


def make_job() -> Job:
    context = s2s.context(data, source, kinds if source == "generated" else ())
    return lab_ui.job("translation", s2s.make_trainer(config, data), config, context, data)


def draw(snap: Snapshot) -> None:
    left, right = st.columns(2)
    with left:
        plot(plots.step_losses(snap.step_losses, title=t("mt.loss_chart"), x_title=t("plot.step"), y_title=t("plot.loss"),
                               history=snap.history, names=(t("plot.train"), t("plot.test"))))
    with right:
        series = [(t("mt.exact_all"), [r["epoch"] for r in snap.history], [r["test_exact"] for r in snap.history])]
        series += [(t(f"mt.kind.{k}"), [r["epoch"] for r in snap.history], [r[f"test_exact_{k}"] for r in snap.history])
                   for k in zh_en.KINDS + ("user",) if snap.history and f"test_exact_{k}" in snap.history[-1]]
        series += [(t("mt.bleu_line"), [r["epoch"] for r in snap.history], [r["test_bleu"] / 100 for r in snap.history])]
        plot(plots.curves(series, title=t("mt.exact_chart"), x_title=t("plot.epoch"), y_title=""))
    if snap.history:
        last = snap.history[-1]
        st.caption(t("mt.last", epoch=snap.epoch, exact=f"{last['test_exact']:.1%}", bleu=f"{last['test_bleu']:.1f}"))
        st.caption(t("mt.bleu_def"))


st.header(t("mt.train_title"))


def live_forcing(job: Job | None) -> None:
    if job is not None and not job.poll().done and st.session_state.get(f"{KEY}:live_tf") != forcing:
        job.set_hparams(teacher_forcing=forcing)  # from the next step on
    st.session_state[f"{KEY}:live_tf"] = forcing


job = lab_ui.section(KEY, "translation", make_job, draw, incoming=incoming, data=data, before_view=live_forcing)

st.header(t("mt.translate_title"))
if job is None or job.poll().step == 0 or job.data is not data:  # untrained, or trained on other pairs
    st.info(t("mt.train_first"))
    stop()
run_data, model = job.data, job.poll().model
left, right = st.columns([3, 1])
example = run_data.sides(run_data.test[0])[0]
text = left.text_input(t("mt.input"), example, **state(f"{KEY}:text:{reverse}"), max_chars=zh_en.MAX_LINE)
beam = right.slider(t("mt.beam"), 1, 8, 1, **state(f"{KEY}:beam"), help=t("mt.beam_help"))
unknown = sorted({tok for tok in s2s.tokenize(text) if tok not in run_data.src_vocab.index})
if unknown:
    st.warning(t("mt.unknown", tokens=" ".join(unknown)))
words, alpha, src_tokens = s2s.translate(model, run_data, text, beam)
st.markdown(f"### {words}")
if alpha is not None:
    out_tokens = s2s.tokenize(words) + ["</s>"]
    plot(plots.attention(alpha.numpy(), src_tokens, out_tokens, title=t("mt.attention")))
    st.caption(t("mt.attention_note"))
elif beam > 1:
    st.caption(t("mt.no_attention_beam"))
else:
    st.caption(t("mt.no_attention"))
wrong = s2s.mistakes(model, run_data, run_data.test, 20)
st.markdown(t("mt.mistakes", n=len(wrong)))
if wrong:
    st.dataframe(pd.DataFrame(wrong, columns=[t("mt.source"), t("mt.expected"), t("mt.got")]), hide_index=True,
                 width="stretch")
challenges_part.show("translation")
