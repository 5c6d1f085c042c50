"""The glossary: the lecture's terms in English and 简体中文, as 《动手学深度学习》 (d2l, zh.d2l.ai) names them.

The lecture's own words, where they differ from d2l's (感知器 for 感知机, 反向传播算法 for 反向传播, 池化 for
汇聚), are aliases, and search finds an entry by any of them. Each entry has its formula where it has one
(LaTeX, as the pages write it) and the catalog pages that show it; its one-sentence definition is
`glossary.<key>` in app_pages/text/glossary.py.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Callable


@dataclass(frozen=True)
class Entry:
    key: str
    en: str
    zh: str
    aliases: tuple[str, ...]
    formula: str  # LaTeX, "" where the term has none
    pages: tuple[str, ...]  # core.catalog page keys

    @property
    def definition(self) -> str:
        """The translation key of the entry's definition."""
        return f"glossary.{self.key}"


E = Entry
ENTRIES: tuple[Entry, ...] = (
    # ---- foundations ----
    E("perceptron", "perceptron", "感知机", ("感知器", "Rosenblatt perceptron"),
      r"y\,W^\top \tilde x \le 0 \;\Rightarrow\; W \leftarrow W + y\,\tilde x", ("perceptron",)),
    E("novikoff", "Novikoff's bound", "Novikoff 上界", ("perceptron convergence theorem", "感知机收敛定理"),
      r"k \le (R/\gamma)^2,\quad R = \max_i \|\tilde x_i\|,\;"
      r"\gamma = \max_{\|W\| = 1} \min_i y_i W^\top \tilde x_i", ("perceptron",)),
    E("mlp", "multilayer perceptron", "多层感知机", ("MLP", "多层网络", "feedforward network"),
      r"h = \sigma(W_1 x + b_1),\quad o = W_2 h + b_2", ("playground", "perceptron")),
    E("composition", "composition of functions", "函数复合", ("复合", "layers as a composition"),
      r"g(x) = f_1\big(f_2\big(\cdots f_L(x)\big)\big)", ("playground",)),
    E("sigmoid", "sigmoid function", "sigmoid 函数", ("logistic function", "逻辑函数"),
      r"\sigma(x) = \frac{1}{1 + e^{-x}}", ("perceptron", "playground")),
    E("relu", "rectified linear unit", "ReLU 函数", ("ReLU", "修正线性单元"),
      r"\operatorname{ReLU}(x) = \max(0, x)", ("playground", "depth")),
    E("softmax", "softmax", "softmax 运算", ("softmax function", "softmax 函数"),
      r"\operatorname{softmax}(o)_j = \frac{\exp(o_j)}{\sum_k \exp(o_k)}", ("cnn", "translation")),
    E("cross_entropy", "cross-entropy loss", "交叉熵损失", ("cross-entropy", "交叉熵", "log loss"),
      r"\ell(y, \hat y) = -\sum_j y_j \log \hat y_j", ("perceptron", "cnn", "rnn")),
    E("sgd", "stochastic gradient descent", "随机梯度下降", ("SGD", "gradient descent", "梯度下降"),
      r"w \leftarrow w - \eta\, \nabla_w \ell", ("playground", "gan")),
    E("backprop", "backpropagation", "反向传播", ("反向传播算法", "BP", "backprop"),
      r"\frac{\partial \ell}{\partial h_l} = \Big(\frac{\partial h_{l+1}}{\partial h_l}\Big)^{\!\top}"
      r"\frac{\partial \ell}{\partial h_{l+1}}", ("playground", "rnn")),
    E("overfitting", "overfitting", "过拟合", ("overfit",), "", ("playground", "rnn")),
    E("weight_decay", "weight decay", "权重衰减", ("L2 regularization", "L2 正则化", "正则化"),
      r"\ell(w) + \frac{\lambda}{2}\,\|w\|^2", ("playground",)),
    # ---- why deep ----
    E("parity", "parity function", "奇偶函数", ("parity", "奇偶性", "XOR"),
      r"\oplus_n(x) = x_1 \oplus x_2 \oplus \cdots \oplus x_n", ("depth", "perceptron")),
    E("hastad", "Håstad's bound", "Håstad 下界", ("Hastad", "depth separation", "深度分离"),
      r"s_d(\oplus_n) \;\ge\; 2^{\,c_d\, n^{1/(d-1)}},\qquad c_d = (1/10)^{d/(d-1)}", ("depth",)),
    E("threshold_gate", "threshold gate", "阈值门", ("threshold unit", "阈值单元"),
      r"g(x) = [\,w^\top x \ge \theta\,]", ("depth",)),
    E("end_to_end", "end-to-end learning", "端到端学习", ("end to end", "端到端"), "", ("data_scale",)),
    E("hand_features", "hand-crafted features", "手工设计的特征", ("HOG", "手工特征", "feature engineering"),
      "", ("data_scale",)),
    E("underfitting", "underfitting", "欠拟合", ("underfit",), "", ("data_scale",)),
    # ---- CNN ----
    E("cnn", "convolutional neural network", "卷积神经网络", ("CNN", "ConvNet", "LeNet"), "", ("cnn", "speech", "faces")),
    E("convolution", "convolution", "卷积", ("cross-correlation", "互相关运算", "卷积核", "kernel", "filter"),
      r"Y_{i,j} = \sum_{u}\sum_{v} K_{u,v}\, X_{i+u,\,j+v} + b", ("cnn",)),
    E("feature_map", "feature map", "特征映射", ("特征图",), "", ("cnn",)),
    E("receptive_field", "receptive field", "感受野", (), "", ("cnn", "gan")),
    E("pooling", "pooling", "汇聚层", ("池化", "池化层", "max pooling", "最大汇聚"),
      r"Y_{i,j} = \max_{0 \le u, v < k} X_{ki+u,\; kj+v}", ("cnn",)),
    E("weight_sharing", "weight sharing", "参数共享", ("权重共享", "parameter sharing"), "", ("cnn", "rnn")),
    E("locality", "locality", "局部性", (), "", ("cnn",)),
    E("invariance", "translation invariance", "平移不变性", ("invariance", "不变性"),
      r"f(\tau_s x) = f(x)", ("cnn",)),
    E("equivariance", "translation equivariance", "平移等变性", ("equivariance", "等变性"),
      r"f(\tau_s x) = \tau_s f(x)", ("cnn",)),
    E("batch_norm", "batch normalization", "批量规范化", ("批归一化", "批量归一化", "batch norm"),
      r"\hat x = \frac{x - \hat\mu_B}{\sqrt{\hat\sigma_B^2 + \epsilon}},\quad y = \gamma \odot \hat x + \beta",
      ("cnn",)),
    E("dropout", "dropout", "暂退法", ("Dropout", "丢弃法"),
      r"h' = \frac{m \odot h}{1 - p},\quad m_i \sim \operatorname{Bernoulli}(1 - p)", ("cnn",)),
    E("augmentation", "data augmentation", "数据增广", ("图像增广", "数据增强", "SpecAugment"), "", ("cnn", "speech")),
    # ---- RNN ----
    E("rnn", "recurrent neural network", "循环神经网络", ("RNN",), r"h_t = \tanh(W x_t + U h_{t-1} + b)", ("rnn",)),
    E("bptt", "backpropagation through time", "通过时间反向传播", ("BPTT",),
      r"\frac{\partial h_t}{\partial h_{t-1}} = \operatorname{diag}(1 - h_t^2)\, U", ("rnn",)),
    E("vanishing", "vanishing gradient", "梯度消失", ("exploding gradient", "梯度爆炸"), "", ("rnn",)),
    E("lstm", "long short-term memory", "长短期记忆网络", ("LSTM", "长短时记忆"),
      r"\begin{aligned} i_t &= \sigma(W_i x_t + U_i h_{t-1} + b_i), \quad f_t = \sigma(W_f x_t + U_f h_{t-1} + b_f), "
      r"\quad o_t = \sigma(W_o x_t + U_o h_{t-1} + b_o)\\ \tilde c_t &= \tanh(W_c x_t + U_c h_{t-1} + b_c), "
      r"\quad c_t = f_t \odot c_{t-1} + i_t \odot \tilde c_t, \quad h_t = o_t \odot \tanh(c_t) \end{aligned}",
      ("rnn",)),
    E("gru", "gated recurrent unit", "门控循环单元", ("GRU",),
      r"\begin{aligned} r_t &= \sigma(W_r x_t + U_r h_{t-1} + b_r), \quad z_t = \sigma(W_z x_t + U_z h_{t-1} + b_z)\\ "
      r"\tilde h_t &= \tanh\big(W_h x_t + b_h + r_t \odot (U_h h_{t-1} + b'_h)\big), \quad "
      r"h_t = (1 - z_t) \odot \tilde h_t + z_t \odot h_{t-1} \end{aligned}", ("rnn",)),
    E("perplexity", "perplexity", "困惑度", (),
      r"\exp\Big(-\frac{1}{n} \sum_{t=1}^{n} \log P(x_t \mid x_1, \ldots, x_{t-1})\Big)", ("rnn",)),
    # ---- translation ----
    E("seq2seq", "sequence to sequence", "序列到序列学习", ("seq2seq", "encoder-decoder", "编码器-解码器"), "",
      ("translation",)),
    E("attention", "attention mechanism", "注意力机制", ("attention", "注意力"),
      r"\alpha_{ts} = \operatorname{softmax}_s\big(h_t^\top W \bar h_s\big),\quad c_t = \sum_s \alpha_{ts}\, \bar h_s",
      ("translation",)),
    E("beam_search", "beam search", "束搜索", ("greedy decoding", "贪心搜索", "贪心解码"), "", ("translation",)),
    E("bleu", "BLEU", "BLEU", ("bilingual evaluation understudy",),
      r"\mathrm{BLEU} = 100 \cdot \mathrm{BP} \cdot \exp\Big(\tfrac14 \sum_{n=1}^{4} \log p_n\Big),\quad"
      r"\mathrm{BP} = \min\big(1, e^{1 - r/c}\big)", ("translation",)),
    # ---- GAN ----
    E("gan", "generative adversarial network", "生成对抗网络", ("GAN", "对抗网络"),
      r"\min_G \max_D V(D, G) = \mathbb{E}_{x}\big[\log D(x)\big] + \mathbb{E}_{z}\big[\log\big(1 - D(G(z))\big)\big]",
      ("gan",)),
    E("discriminator", "discriminator", "判别器", ("optimal discriminator", "最优判别器"),
      r"D^*(x) = \frac{p_r(x)}{p_r(x) + p_g(x)}", ("gan",)),
    E("js", "Jensen–Shannon divergence", "JS 散度", ("JS", "Jensen-Shannon"),
      r"\mathrm{JS}(p \,\|\, q) = \tfrac12 \mathrm{KL}(p \,\|\, m) + \tfrac12 \mathrm{KL}(q \,\|\, m),\quad "
      r"m = \tfrac12 (p + q);\qquad \max_D V(D, G) = -\log 4 + 2\,\mathrm{JS}(p_r \,\|\, p_g)", ("gan",)),
    E("mode_collapse", "mode collapse", "模式崩溃", ("模式坍塌",), "", ("gan",)),
    E("conditional_gan", "conditional GAN", "条件生成对抗网络", ("条件 GAN", "pix2pix", "cGAN"),
      r"\min_G \max_D\; \mathbb{E}_{x, y}\big[\log D(x, y)\big]"
      r" + \mathbb{E}_{z, y}\big[\log\big(1 - D(G(z, y), y)\big)\big]",
      ("gan",)),
    # ---- applications ----
    E("image_classification", "image classification", "图像分类", ("image recognition", "图像识别"), "", ("cnn",)),
    E("object_detection", "object detection", "目标检测", ("face detection", "人脸检测", "bounding box", "边界框"),
      "", ("faces",)),
    E("iou", "intersection over union", "交并比", ("IoU", "Jaccard index"),
      r"\mathrm{IoU}(A, B) = \frac{|A \cap B|}{|A \cup B|}", ("faces",)),
    E("nms", "non-maximum suppression", "非极大值抑制", ("NMS",), "", ("faces",)),
    E("spectrogram", "spectrogram", "声谱图", ("log-mel spectrogram", "梅尔声谱图", "频谱图"),
      r"\mathrm{logmel}(m, \tau) = \log\Big(\sum_k M_{m k}\,\big|\mathrm{STFT}(x)_{k \tau}\big|^2\Big)", ("speech",)),
)
del E


def _norm(text: str) -> str:
    """Text as search compares it: NFKC (full-width letters become ASCII), case folded, spaces collapsed."""
    return " ".join(unicodedata.normalize("NFKC", str(text)).casefold().split())


def search(text: str) -> list[Entry]:
    """The entries whose English term, Chinese term or an alias contains `text` (case-insensitive, NFKC),
    those with a term equal to it first, then those starting with it; every entry for empty text."""
    query = _norm(text)
    if not query:
        return list(ENTRIES)
    ranked = []
    for i, entry in enumerate(ENTRIES):
        names = [_norm(n) for n in (entry.en, entry.zh, *entry.aliases)]
        if any(query in n for n in names):
            rank = 0 if query in names else 1 if any(n.startswith(query) for n in names) else 2
            ranked.append((rank, i, entry))
    return [entry for _, _, entry in sorted(ranked, key=lambda r: r[:2])]


def entry(key: str) -> Entry:
    """The entry with this key; KeyError for an unknown one."""
    for e in ENTRIES:
        if e.key == key:
            return e
    raise KeyError(key)


# ---- terms in a page's text ----
PROTECTED = re.compile(r"\$\$.+?\$\$|\$[^$\n]+\$|`[^`\n]*`|\[[^\]\n]*\]\([^)\n]*\)|:[a-z]+\[[^\]\n]*\]|:material/\w+:",
                       re.S)  # LaTeX, code, links and Streamlit's directives: never linked inside
MIN_LATIN = 3  # Latin-script names shorter than this ("JS", "BP") are too ambiguous to link in running text


def names(entry: Entry, lang: str) -> list[str]:
    """The forms of `entry` that its term may take in text written in `lang` ("en" or "zh"): in English its
    English name and Latin-script aliases; in Chinese also its Chinese name and aliases."""
    forms = [entry.en, *entry.aliases] + ([entry.zh] if lang == "zh" else [])
    return [f for f in forms if (lang == "zh" or f.isascii() or not _has_cjk(f))
            and (_has_cjk(f) or len(f) >= MIN_LATIN)]


def every_name() -> tuple[str, ...]:
    """Every entry's names and aliases in both languages: what a link to the glossary may search for."""
    return tuple(dict.fromkeys(n for e in ENTRIES for n in (e.en, e.zh, *e.aliases)))


def _has_cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def _pattern(form: str) -> str:
    """A form as a regular expression: a Latin one as a whole word, case-insensitive when written in lower
    case ("Perceptron" matches "perceptron") and exact otherwise ("ReLU" does not match "relu(x)")."""
    if not form.isascii():
        return re.escape(form)
    word = rf"(?<![\w-]){re.escape(form)}(?![\w-])"
    return f"(?i:{word})" if form == form.lower() else word


def link_terms(text: str, lang: str, url: Callable[[Entry], str], title: Callable[[Entry], str],
               limit: int = 8) -> str:
    """Markdown `text` with the first occurrence of up to `limit` glossary terms made a link to the term's
    entry (`url(entry)`) with `title(entry)` as the link's title, which a browser shows on hover. Longer names
    win ("multilayer perceptron" before "perceptron"); Latin names match whole words (see `_pattern`);
    nothing inside LaTeX, code, an existing link or a Streamlit directive is touched."""
    forms = sorted({(form, e) for e in ENTRIES for form in names(e, lang)}, key=lambda p: -len(p[0]))
    by_form = {form.casefold(): e for form, e in reversed(forms)}  # the first entry listing a form keeps it
    # A term in bold or italics takes the emphasis inside its link: "**[声谱图](…)**：" would print its
    # asterisks, since CommonMark opens emphasis before "[" only after a space or punctuation, not after 成.
    pattern = re.compile(r"(?P<em>\*{1,2})?(?P<term>" + "|".join(_pattern(f) for f, _ in forms) + r")(?(em)(?P=em))")
    linked: set[str] = set()

    def link(match: re.Match) -> str:
        term, em = match.group("term"), match.group("em") or ""
        e = by_form.get(term.casefold())
        if e is None or e.key in linked or len(linked) >= limit:
            return match.group(0)
        linked.add(e.key)
        tip = re.sub(r"[\"\\$`]", "", title(e)).replace("\n", " ").strip()
        return f'[{em}{term}{em}]({url(e)} "{tip}")'

    out, start = [], 0
    for protected in PROTECTED.finditer(text):
        out += [pattern.sub(link, text[start:protected.start()]), protected.group(0)]
        start = protected.end()
    out.append(pattern.sub(link, text[start:]))
    return "".join(out)
