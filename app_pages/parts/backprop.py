"""The playground's note on how it computes gradients: the backpropagation formulas it trains with
(core.families.mlp.BackpropStep) and a check against autograd at the weights shown (core.playground.backprop_check)."""
import streamlit as st

from core import playground as pg
from core.ui import t


def show(model, run_cfg: pg.PlaygroundConfig, shown) -> None:
    """An expander with the formulas, then the check's sentence (a warning if the gradients disagree)."""
    with st.expander(t("pg.backprop_title"), icon=":material/functions:"):
        st.markdown(t("pg.backprop_body"))
        st.latex(r"\frac{\partial \ell}{\partial W^{(l)}} = \delta^{(l)} h^{(l - 1)\top}, \qquad "
                 r"\frac{\partial \ell}{\partial b^{(l)}} = \delta^{(l)}, \qquad "
                 r"\delta^{(l - 1)} = \big(W^{(l)\top} \delta^{(l)}\big) \odot \sigma'\big(z^{(l - 1)}\big)")
        st.markdown(t("pg.backprop_output"))
        if check := pg.backprop_check(model, run_cfg, shown):
            (st.warning if check["key"] == "pg.backprop_mismatch" else st.caption)(t(check.pop("key"), **check))
