"""The words of the RNN page, in English and 简体中文 (core.i18n assembles the table)."""

TEXT: dict[str, dict[str, str]] = {
    "rnn.idea": {
        "en": "A recurrent network reads a sequence one step at a time and carries a state: h_t = f(W x_t + U h_{t−1} + b). "
              "The same weights are used at every step, so it handles any length; what it remembers must pass through "
              "h at every step in between. Training reaches back through those steps (backpropagation through time): in a "
              "plain tanh RNN each step back multiplies the gradient by the Jacobian ∂hₜ/∂hₜ₋₁ = diag(1 − hₜ²)·U, so "
              "after k steps it is a product of k such matrices. It vanishes when they shrink it and explodes when "
              "they stretch it (Bengio, Simard & Frasconi 1994; Pascanu, Mikolov & Bengio 2013). LSTM and GRU cells "
              "add gates that let the state, and its gradient, pass through nearly unchanged when the gates say so.",
        "zh": "循环神经网络逐步读取序列并携带一个状态：h_t = f(W x_t + U h_{t−1} + b)。每一步使用相同的权重，因此可以处理"
              "任意长度；它要记住的东西必须经过中间每一步的 h。训练时梯度沿这些步骤反向传播（通过时间反向传播）：在普通 tanh "
              "RNN 中，每往回一步，梯度都要乘以雅可比矩阵 ∂hₜ/∂hₜ₋₁ = diag(1 − hₜ²)·U，所以 k 步之后它是 k 个这样的矩阵之积。"
              "这些矩阵使它缩小时梯度消失，使它放大时梯度爆炸（Bengio、Simard 与 Frasconi 1994；Pascanu、Mikolov 与 Bengio 2013）。"
              "LSTM 和 GRU 单元加入门控，在门打开时让状态及其梯度几乎不变地通过。"},
    "rnn.task": {"en": "Task", "zh": "任务"},
    "rnn.task.forecast": {"en": "forecast", "zh": "预测"},
    "rnn.task.adding": {"en": "memory", "zh": "记忆"},
    "rnn.task.text": {"en": "language model", "zh": "语言模型"},
    "rnn.cell": {"en": "Cell", "zh": "循环单元"},
    "rnn.cell.rnn": {"en": "RNN (tanh)", "zh": "RNN（tanh）"},
    "rnn.cell.lstm": {"en": "LSTM", "zh": "LSTM"},
    "rnn.cell.gru": {"en": "GRU", "zh": "GRU"},
    "rnn.hidden": {"en": "Hidden units", "zh": "隐藏单元数"},
    "rnn.layers": {"en": "Layers", "zh": "层数"},
    "rnn.length.forecast": {"en": "Input window (steps)", "zh": "输入窗口（步）"},
    "rnn.length.adding": {"en": "Sequence length", "zh": "序列长度"},
    "rnn.length.text": {"en": "Characters per training example", "zh": "每个训练样本的字符数"},
    "rnn.epochs_help": {"en": "An epoch here is 50 batches of freshly drawn examples.", "zh": "这里每轮是 50 批新抽取的样本。"},
    "rnn.setting.size": {"en": "hidden units must be 1–512, layers 1–4, lengths 2–1,000 and the embedding size 1–256",
                         "zh": "隐藏单元数须为 1–512，层数 1–4，长度 2–1,000，嵌入维度 1–256"},
    "rnn.setting.series_short": {"en": "the series has {n} values, too few for an input window of {length}",
                                 "zh": "序列只有 {n} 个值，不够 {length} 的输入窗口"},
    "rnn.text.too_short": {"en": "The text is too short to train on; give it at least a few sentences.",
                           "zh": "文本太短，无法训练；请至少提供几句话。"},
    "rnn.text.too_many_chars": {"en": "This text uses {n} different characters; at most 5,000 are accepted.",
                                "zh": "该文本使用了 {n} 个不同字符；最多接受 5,000 个。"},
    "rnn.text.none": {"en": "choose or give a text first", "zh": "请先选择或提供一段文本"},
    "rnn.unrolled": {"en": "Unrolled in time: {n} steps, one set of weights", "zh": "按时间展开：{n} 步，共用一组权重"},
    "rnn.train_title": {"en": "Train", "zh": "训练"},
    "rnn.loss_chart": {"en": "Loss: training per step, held-out per epoch", "zh": "损失：训练集每步，留出集每轮"},
    "rnn.rising": {"en": "The held-out loss was lowest after epoch {epoch} ({best}) and is {last} now: from there on "
                         "the model fits its training data better than data it has not seen — it overfits.",
                   "zh": "留出集损失在第 {epoch} 轮后最低（{best}），现在为 {last}：此后模型对训练数据的拟合好于对未见数据的"
                         "拟合——即过拟合。"},
    "rnn.held_out": {"en": "held-out", "zh": "留出集"},
    "rnn.solved_chart": {"en": "Held-out sequences solved (|error| < 0.04)", "zh": "留出序列的解决比例（|误差| < 0.04）"},
    "rnn.solved": {"en": "solved", "zh": "已解决"},
    "rnn.perplexity": {"en": "Held-out perplexity per character", "zh": "留出文本每字符困惑度"},
    "rnn.perplexity_help": {"en": "exp(cross-entropy): 1 is perfect; guessing uniformly among the {vocab} characters gives {vocab}.",
                            "zh": "exp(交叉熵)：1 为完美；在 {vocab} 个字符中均匀瞎猜得 {vocab}。"},
    "rnn.train_first": {"en": "Train a model above to see what it does with this task.", "zh": "先在上面训练一个模型，看看它在该任务上的表现。"},
    "rnn.wait": {"en": "Training has just started; the results appear here at your next click, or when it finishes.",
                 "zh": "训练刚刚开始；下次操作时或训练结束时，结果会显示在这里。"},
    "rnn.other_task": {"en": "The trained model is for the {task} task; train again for this one.",
                       "zh": "已训练的模型属于“{task}”任务；请为当前任务重新训练。"},
    "rnn.csv": {"en": "Your own series (CSV)", "zh": "你自己的序列（CSV）"},
    "rnn.csv_help": {"en": "A table with one value per row (commas, semicolons with decimal commas, tabs; a header row "
                           "names the columns); choose a numeric column. Values are standardised.",
                     "zh": "每行一个值的表格（逗号、分号加小数逗号、制表符均可；表头行给出列名）；选择一个数值列。数值会被标准化。"},
    "rnn.column": {"en": "Column", "zh": "列"},
    "rnn.csv_short": {"en": "that column has {n} numbers; at least {need} are needed", "zh": "该列只有 {n} 个数；至少需要 {need} 个"},
    "rnn.csv_constant": {"en": "that column holds one value only; there is nothing to forecast", "zh": "该列只有一个取值，没有可预测的内容"},
    "rnn.csv_no_numbers": {"en": "no column holds numbers", "zh": "没有任何一列是数值"},
    "rnn.csv_error": {"en": "This CSV cannot be used ({error}); the sine waves are used instead.",
                      "zh": "无法使用该 CSV（{error}）；改用正弦波。"},
    "rnn.corpus": {"en": "Text", "zh": "文本"},
    "rnn.corpus.python-docs": {"en": "Python's documentation (English, offline)", "zh": "Python 文档（英文，离线）"},
    "rnn.corpus.app-zh": {"en": "this app's Chinese texts (offline)", "zh": "本应用的中文文本（离线）"},
    "rnn.corpus.paste": {"en": "paste a text", "zh": "粘贴文本"},
    "rnn.corpus.upload": {"en": "upload a text file", "zh": "上传文本文件"},
    "rnn.paste": {"en": "Your text (any language)", "zh": "你的文本（任何语言）"},
    "rnn.upload": {"en": "A text file (UTF-8, UTF-16, GBK or Windows-1252), up to 2 MB",
                   "zh": "文本文件（UTF-8、UTF-16、GBK 或 Windows-1252），不超过 2 MB"},
    "rnn.horizon": {"en": "Forecast horizon (steps)", "zh": "预测步数"},
    "rnn.truth": {"en": "truth", "zh": "真实值"},
    "rnn.one_step": {"en": "one step ahead", "zh": "单步预测"},
    "rnn.free": {"en": "free-running", "zh": "自回归多步预测"},
    "rnn.forecast_chart": {"en": "Held-out part of the series", "zh": "序列的留出部分"},
    "rnn.forecast_findings": {
        "en": "**What was measured.** Over {h} held-out steps the root-mean-square error is {one} one step ahead (each "
              "prediction from the true past) and {free} free-running (each prediction fed back in); the series itself "
              "varies by {std} (standard deviation).",
        "zh": "**测量结果。** 在 {h} 个留出步上，单步预测（每次基于真实历史）的均方根误差为 {one}，自回归预测（把预测回灌为输入）"
              "为 {free}；序列本身的标准差为 {std}。"},
    "rnn.forecast.grows": {"en": "The free-running error grew from {first} over the first half of the horizon to {second} "
                                 "over the second: errors fed back in compound.",
                           "zh": "自回归预测的误差从前一半预测步的 {first} 增大到后一半的 {second}：回灌的误差在累积。"},
    "rnn.forecast.flat": {"en": "The free-running error did not grow over the horizon here ({first} over its first half, "
                                "{second} over the second).",
                          "zh": "这里自回归预测的误差没有随预测步数增大（前一半 {first}，后一半 {second}）。"},
    "rnn.target": {"en": "target (sum of the two marked numbers)", "zh": "目标（两个标记数之和）"},
    "rnn.output": {"en": "network output", "zh": "网络输出"},
    "rnn.error": {"en": "|error|", "zh": "|误差|"},
    "rnn.adding_examples": {"en": "Eight new sequences of length {length}: each has random numbers and two markers; "
                                  "the answer is the sum of the two marked numbers.",
                            "zh": "八条长度为 {length} 的新序列：每条包含随机数和两个标记；答案是两个被标记数字之和。"},
    "rnn.prompt": {"en": "Prompt", "zh": "开头"},
    "rnn.temperature": {"en": "Temperature", "zh": "温度"},
    "rnn.temperature_help": {"en": "Probabilities ∝ exp(logit / T): 0 always takes the most likely character, 1 samples "
                                   "the model's own distribution, above 1 is more random.",
                             "zh": "概率 ∝ exp(logit / T)：0 总选最可能的字符，1 按模型自身的分布采样，大于 1 更随机。"},
    "rnn.seed": {"en": "Sampling seed", "zh": "采样随机种子"},
    "rnn.unknown_chars": {"en": "Not in the training text, so skipped in the prompt: {chars}",
                          "zh": "这些字符不在训练文本中，已从开头中略去：{chars}"},
    "rnn.sweep_title": {"en": "Memory across time: the adding problem at lengths 10–100", "zh": "跨越时间的记忆：长度 10–100 的加法问题"},
    "rnn.sweep_run": {"en": "Rerun the sweep ({epochs} epochs per run, about a minute)", "zh": "重新运行扫描（每次 {epochs} 轮，约一分钟）"},
    "rnn.sweep_progress": {"en": "Training {cell} at length {n} ({i} of {k})", "zh": "正在训练 {cell}，长度 {n}（第 {i}/{k} 个）"},
    "rnn.sweep_solved": {"en": "Held-out sequences solved", "zh": "留出序列的解决比例"},
    "rnn.sweep_loss": {"en": "Held-out squared error (guessing 1 scores 0.17)", "zh": "留出集平方误差（总猜 1 得 0.17）"},
    "rnn.sweep_findings": {
        "en": "**What was measured.** With the same {epochs} epochs, hidden size and seed, the longest sequences on which "
              "at least half of the held-out sequences were solved: RNN {rnn}, LSTM {lstm}, GRU {gru} (— : none).",
        "zh": "**测量结果。** 在相同的 {epochs} 轮、隐藏单元数和随机种子下，至少一半留出序列被解决的最长长度：RNN {rnn}，"
              "LSTM {lstm}，GRU {gru}（—：没有）。"},
    "rnn.inside_title": {"en": "Look inside", "zh": "看看网络内部"},
    "rnn.states": {"en": "Hidden state of the trained {cell} over time (first 32 units, one input)",
                   "zh": "训练后 {cell} 的隐藏状态随时间的变化（前 32 个单元，一个输入）"},
    "rnn.time": {"en": "time step", "zh": "时间步"},
    "rnn.unit": {"en": "unit", "zh": "单元"},
    "rnn.at_init": {"en": "{cell}, untrained", "zh": "{cell}，未训练"},
    "rnn.trained": {"en": "{cell}, trained", "zh": "{cell}，已训练"},
    "rnn.grad_chart": {"en": "Gradient flow: how much the last step's loss reaches each earlier state",
                       "zh": "梯度流：最后一步的损失能影响到之前每个状态多少"},
    "rnn.grad_findings": {
        "en": "**What was measured** (ℓ is the loss at the last step; autograd through the recurrence written out "
              "step by step, same input of {length} steps): the average factor by which ‖∂ℓ/∂hₜ‖ changes per step back in time, and what it compounds "
              "to over the {back} steps back to the first input — {rates}. Below 1 the gradient vanishes, above 1 it "
              "explodes.",
        "zh": "**测量结果**（ℓ 为最后一步的损失；对逐步展开的循环计算用自动求导，相同的 {length} 步输入）：‖∂ℓ/∂hₜ‖ 每往回一步平均变化的倍数——"
              "以及它在回到第一个输入的 {back} 步中累积成的倍数——{rates}。因子小于 1 时梯度消失，大于 1 时梯度爆炸。"},
    "rnn.gates_title": {"en": "The LSTM and GRU equations", "zh": "LSTM 与 GRU 的公式"},
    "rnn.gates_lstm": {
        "en": "**LSTM** (Hochreiter & Schmidhuber 1997, with the forget gate of Gers et al. 2000; as in PyTorch's "
              "`nn.LSTM`): input gate iₜ, forget gate fₜ, output gate oₜ, a memory cell cₜ that is only scaled and "
              "added to, and the hidden state hₜ. σ is the sigmoid, ⊙ the elementwise product.",
        "zh": "**LSTM**（Hochreiter 与 Schmidhuber 1997，遗忘门来自 Gers 等 2000；与 PyTorch 的 `nn.LSTM` 相同）：输入门 iₜ、"
              "遗忘门 fₜ、输出门 oₜ，一个只被缩放和累加的记忆元 cₜ，以及隐状态 hₜ。σ 是 sigmoid 函数，⊙ 是按元素乘积。"},
    "rnn.gates_gru": {
        "en": "**GRU** (Cho et al. 2014; as in PyTorch's `nn.GRU`): reset gate rₜ, update gate zₜ; when zₜ is near 1 the "
              "state is copied forward unchanged.",
        "zh": "**GRU**（Cho 等 2014；与 PyTorch 的 `nn.GRU` 相同）：重置门 rₜ、更新门 zₜ；zₜ 接近 1 时，状态原样向前传递。"},
}
