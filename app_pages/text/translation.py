"""The words of the machine-translation page, in English and 简体中文 (core.i18n assembles the table)."""

TEXT: dict[str, dict[str, str]] = {
    "mt.idea": {
        "en": "An encoder reads the source sentence into one vector per token, h̄₁…h̄_S. A decoder writes the translation "
              "one token at a time; before each token it looks back at the source: α_ts = softmax_s(h_tᵀ W h̄_s), "
              "c_t = Σ_s α_ts h̄_s, and predicts from [h_t; c_t]. The weights α show where it looked. The task: "
              "Chinese numbers, dates and times, whose word order differs from English (二〇二六年十一月二十七日 ↔ "
              "November 27, 2026).",
        "zh": "编码器把源句读成每个词元一个向量 h̄₁…h̄_S。解码器逐个词元写出译文；写每个词元前，它回看源句："
              "α_ts = softmax_s(h_tᵀ W h̄_s)，c_t = Σ_s α_ts h̄_s，再由 [h_t; c_t] 预测。权重 α 显示它看向哪里。"
              "任务：中文数字、日期和时间，其语序与英文不同（二〇二六年十一月二十七日 ↔ November 27, 2026）。"},
    "mt.direction": {"en": "Direction", "zh": "翻译方向"},
    "mt.dir.zh_en": {"en": "中文 → English", "zh": "中文 → 英文"},
    "mt.dir.en_zh": {"en": "English → 中文", "zh": "英文 → 中文"},
    "mt.data": {"en": "Parallel corpus", "zh": "平行语料"},
    "mt.data.generated": {"en": "generated", "zh": "自动生成"},
    "mt.data.tsv": {"en": "your TSV", "zh": "你的 TSV"},
    "mt.kinds": {"en": "Expressions", "zh": "表达类型"},
    "mt.kind.number": {"en": "numbers", "zh": "数字"},
    "mt.kind.date": {"en": "dates", "zh": "日期"},
    "mt.kind.time": {"en": "times", "zh": "时间"},
    "mt.kind.user": {"en": "your pairs", "zh": "你的句对"},
    "mt.arch": {"en": "Model", "zh": "模型"},
    "mt.arch.gru": {"en": "GRU encoder–decoder + attention", "zh": "GRU 编码器–解码器 + 注意力"},
    "mt.arch.lstm": {"en": "LSTM encoder–decoder + attention", "zh": "LSTM 编码器–解码器 + 注意力"},
    "mt.arch.transformer": {"en": "Transformer (4 heads)", "zh": "Transformer（4 个头）"},
    "mt.hidden": {"en": "Hidden size", "zh": "隐藏层大小"},
    "mt.embed": {"en": "Embedding size", "zh": "嵌入维度"},
    "mt.embed_help": {"en": "Size of each token's learned vector (the Transformer uses the hidden size).",
                      "zh": "每个词元所学向量的维度（Transformer 使用隐藏层大小）。"},
    "mt.bleu_line": {"en": "BLEU ÷ 100", "zh": "BLEU ÷ 100"},
    "mt.forcing": {"en": "Teacher forcing", "zh": "教师强制比例"},
    "mt.forcing_help": {"en": "The probability of feeding the true previous token to the decoder while training; "
                              "otherwise it gets its own prediction. Takes effect at once, also during a run. "
                              "(The Transformer always trains with the true tokens.)",
                        "zh": "训练时把真实的上一个词元喂给解码器的概率；否则喂它自己的预测。立即生效，训练中也可调。"
                              "（Transformer 总是用真实词元训练。）"},
    "mt.setting.size": {"en": "hidden size must be 8–512, embedding 8–256 and layers 1–4",
                        "zh": "隐藏层大小须为 8–512，嵌入 8–256，层数 1–4"},
    "mt.setting.heads": {"en": "the Transformer's hidden size must be divisible by its 4 heads",
                         "zh": "Transformer 的隐藏层大小必须能被 4 个头整除"},
    "mt.tsv": {"en": "A parallel corpus: 中文<TAB>English (or English<TAB>中文<TAB>attribution, as Tatoeba's), one pair per line",
               "zh": "平行语料：中文<TAB>English（或 Tatoeba 的 English<TAB>中文<TAB>署名），每行一对"},
    "mt.tsv_help": {"en": "At least 20 good lines; a tenth is held out for testing.", "zh": "至少 20 行有效数据；其中十分之一留作测试。"},
    "mt.tsv_needed": {"en": "Upload a TSV file with at least 20 good lines to train on it.", "zh": "请上传至少 20 行有效数据的 TSV 文件。"},
    "mt.bad_lines": {"en": "{count} line(s) skipped:", "zh": "跳过了 {count} 行："},
    "mt.line": {"en": "line {row}", "zh": "第 {row} 行"},
    "mt.tsv_error": {"en": "This file cannot be used: {error}.", "zh": "无法使用该文件：{error}。"},
    "mt.tsv.fields": {"en": "expected 2 tab-separated fields (or 3, the third ignored), found {found}",
                      "zh": "应有 2 个以制表符分隔的字段（或 3 个，第三个忽略），实际有 {found} 个"},
    "mt.tsv.empty_side": {"en": "an empty side", "zh": "有一侧为空"},
    "mt.tsv.limit": {"en": "only the first {limit} pairs are used", "zh": "只使用前 {limit} 对"},
    "mt.tsv.extra": {"en": "The third column of {n} lines (an attribution, as in Tatoeba's files) was ignored.",
                     "zh": "已忽略 {n} 行的第三列（署名信息，如 Tatoeba 的文件）。"},
    "mt.tsv.swapped": {"en": "The Chinese text is in the second column (English<TAB>中文, as on manythings.org); "
                             "it is read as the Chinese side.",
                       "zh": "中文位于第二列（English<TAB>中文，与 manythings.org 相同），已按中文一侧读取。"},
    "mt.vocab_capped": {"en": "{side}: the vocabulary keeps the {kept} most frequent tokens; {dropped} rarer ones "
                              "({share} of all tokens) are read as `<unk>`.",
                        "zh": "{side}：词表保留最常见的 {kept} 个词元；其余 {dropped} 个较少见的词元（占全部词元的 {share}）按 `<unk>` 处理。"},
    "mt.using": {"en": "{train} training and {test} held-out pairs; {src} source and {tgt} target tokens "
                       "(English words, and single characters).",
                 "zh": "{train} 对训练数据，{test} 对留出数据；源端 {src} 个、目标端 {tgt} 个词元（英文单词与单个字符）。"},
    "mt.examples": {"en": "Examples from the training pairs", "zh": "训练句对示例"},
    "mt.source": {"en": "source", "zh": "源句"},
    "mt.target": {"en": "target", "zh": "译文"},
    "mt.train_title": {"en": "Train", "zh": "训练"},
    "mt.loss_chart": {"en": "Training loss per step", "zh": "每步的训练损失"},
    "mt.exact_chart": {"en": "Held-out exact match and BLEU per epoch", "zh": "每轮的留出集完全匹配率与 BLEU"},
    "mt.exact_all": {"en": "all", "zh": "全部"},
    "mt.last": {"en": "After epoch {epoch}: exact match {exact} and BLEU {bleu} (sacrebleu) on up to 600 held-out pairs, "
                      "greedy decoding.",
                "zh": "第 {epoch} 轮后：在至多 600 对留出数据上，完全匹配率 {exact}，BLEU {bleu}（sacrebleu），贪心解码。"},
    "mt.bleu_def": {
        "en": "BLEU (Papineni et al. 2002) = 100 · BP · exp(¼ Σₙ log pₙ) over n = 1…4, where pₙ is the share of the "
              "model's n-grams (runs of n tokens) that also occur in the reference, each counted at most as often as "
              "there, over the whole held-out set, and BP = min(1, e^(1 − r/c)) penalises translations shorter "
              "(c tokens) than the references (r). 100 means every output equals its reference.",
        "zh": "BLEU（Papineni 等 2002）= 100 · BP · exp(¼ Σₙ log pₙ)，n = 1…4。其中 pₙ 是模型输出的 n 元组（连续 n 个词元）"
              "中也出现在参考译文里的比例（每个 n 元组最多计入它在参考译文中出现的次数），在整个留出集上统计；"
              "BP = min(1, e^(1 − r/c)) 惩罚比参考译文（r 个词元）更短的输出（c 个词元）。100 表示每个输出都与参考译文相同。"},
    "mt.translate_title": {"en": "Translate", "zh": "翻译"},
    "mt.train_first": {"en": "Train a model above (a few epochs are enough for dates); then type a sentence here.",
                       "zh": "请先在上面训练模型（日期只需几轮）；然后在这里输入句子。"},
    "mt.input": {"en": "Text to translate", "zh": "要翻译的文本"},
    "mt.beam": {"en": "Beam width", "zh": "束宽"},
    "mt.beam_help": {"en": "1 is greedy decoding; wider beams keep several partial translations and return the most "
                           "probable whole one they found (not necessarily the most probable of all).",
                     "zh": "1 即贪心解码；更宽的束保留多个部分译文，返回所找到的译文中整体概率最高的一个（未必是所有可能译文中概率最高的）。"},
    "mt.unknown": {"en": "Not in the training vocabulary (read as unknown): {tokens}", "zh": "不在训练词表中（按未知处理）：{tokens}"},
    "mt.attention": {"en": "Where the decoder looked: α for each written token (rows) over the source (columns)",
                     "zh": "解码器看向哪里：每个写出的词元（行）在源句（列）上的 α"},
    "mt.attention_note": {"en": "Each row sums to 1. ␣ is a space.", "zh": "每行之和为 1。␣ 表示空格。"},
    "mt.no_attention": {"en": "The Transformer's attention is spread over 4 heads and layers; the heat map is drawn for "
                              "the GRU and LSTM models.",
                        "zh": "Transformer 的注意力分散在 4 个头和多层中；热图只为 GRU 和 LSTM 模型绘制。"},
    "mt.no_attention_beam": {"en": "The heat map is drawn for greedy decoding (beam width 1).",
                             "zh": "热图只在贪心解码（束宽 1）时绘制。"},
    "mt.mistakes": {"en": "**Held-out mistakes:** {n} shown (at most 20), greedy decoding.", "zh": "**留出集上的错误：** 显示 {n} 条（至多 20 条），贪心解码。"},
    "mt.expected": {"en": "expected", "zh": "正确译文"},
    "mt.got": {"en": "model", "zh": "模型译文"},
}
