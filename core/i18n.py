"""The one translation table: every user-facing string, in English and 简体中文."""
from __future__ import annotations

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
    "page.mlp.title": {"en": "Multilayer network", "zh": "多层神经网络"},
    "page.mlp.blurb": {
        "en": "Train g = f₁(f₂(f₃(x))) live on 2D data and watch the decision regions bend.",
        "zh": "在二维数据上实时训练 g = f₁(f₂(f₃(x)))，看决策区域如何弯曲。"},
    "page.depth.title": {"en": "Depth versus size", "zh": "深度与规模"},
    "page.depth.blurb": {
        "en": "Håstad's parity argument: count gates of shallow and deep circuits, then train networks.",
        "zh": "Håstad 的奇偶函数论证：比较浅层与深层电路的门数，再训练神经网络验证。"},
    "page.data_scale.title": {"en": "More data, deeper models", "zh": "数据越多，越需要深度模型"},
    "page.data_scale.blurb": {
        "en": "Learning curves on real digits: classical models plateau, deep ones keep improving.",
        "zh": "真实手写数字上的学习曲线：传统模型趋于饱和，深度模型持续提升。"},
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
    "reason.step_limit": {"en": "step limit reached.", "zh": "达到步数上限。"},
    "reason.idle": {"en": "nobody watched the page for a minute, so it stopped to free the CPU.",
                    "zh": "页面一分钟无人查看，为释放 CPU 已自动停止。"},
    "reason.time_limit": {"en": "the maximum training time was reached.", "zh": "达到最长训练时间。"},
    "reason.replaced": {"en": "a new run replaced it.", "zh": "已被新的训练替换。"},
    "reason.reset": {"en": "reset.", "zh": "已重置。"},
    # ---- shared plot labels ----
    "plot.train": {"en": "train", "zh": "训练集"},
    "plot.test": {"en": "test", "zh": "测试集"},
    "plot.loss": {"en": "Loss (log scale)", "zh": "损失（对数坐标）"},
    "plot.accuracy": {"en": "Accuracy", "zh": "准确率"},
    # ---- 2D datasets ----
    "data.linear": {"en": "linearly separable", "zh": "线性可分"},
    "data.xor": {"en": "XOR", "zh": "异或（XOR）"},
    "data.circles": {"en": "circles", "zh": "同心圆"},
    "data.moons": {"en": "two moons", "zh": "双月牙"},
    "data.spiral": {"en": "spiral", "zh": "螺旋"},
    "data.blobs": {"en": "Gaussian blobs", "zh": "高斯簇"},
    "data.regression": {"en": "regression surface", "zh": "回归曲面"},
    # ---- multilayer network page ----
    "mlp.idea": {
        "en": "A multilayer network is a composition of simple nonlinear maps. Each hidden layer applies an "
              "affine map and a nonlinearity σ; stacking them lets the network bend a straight boundary into "
              "any shape the data needs. Press Start and watch the regions form.",
        "zh": "多层网络是简单非线性映射的复合。每个隐藏层先做仿射变换，再经过非线性函数 σ；层层叠加，网络就能把直线边界"
              "弯成数据需要的任意形状。按下“开始”，观察决策区域如何形成。"},
    "mlp.data": {"en": "Data", "zh": "数据"},
    "mlp.dataset": {"en": "Dataset", "zh": "数据集"},
    "mlp.points": {"en": "Points", "zh": "样本数"},
    "mlp.noise": {"en": "Noise", "zh": "噪声"},
    "mlp.classes": {"en": "Classes (spiral, blobs)", "zh": "类别数（螺旋、高斯簇）"},
    "mlp.test_fraction": {"en": "Test fraction", "zh": "测试集比例"},
    "mlp.seed": {"en": "Seed", "zh": "随机种子"},
    "mlp.network": {"en": "Network", "zh": "网络"},
    "mlp.layers": {"en": "Hidden layers", "zh": "隐藏层数"},
    "mlp.width": {"en": "Neurons per layer", "zh": "每层神经元数"},
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
    "mlp.regions": {"en": "Decision regions (● train, × test)", "zh": "决策区域（● 训练集，× 测试集）"},
    "mlp.untrained": {"en": "Untrained network (● train, × test)", "zh": "未训练的网络（● 训练集，× 测试集）"},
    "mlp.press_start": {"en": "The background shows what the randomly initialised network predicts. Press Start.",
                        "zh": "背景显示随机初始化的网络的预测。请按“开始”。"},
    "mlp.notice": {
        "en": "**What was measured.** After {epoch} epochs ({step} steps, {rate} samples/s) this network with "
              "{params} parameters reaches {train} on the training set and {test} on the held-out test set. "
              "A gap between the two means it memorises points instead of the shape. With 0 hidden layers "
              "the boundary can only be a straight line — try it on XOR.",
        "zh": "**测量结果。** 训练 {epoch} 轮（{step} 步，每秒 {rate} 个样本）后，这个有 {params} 个参数的网络在训练集上"
              "达到 {train}，在留出的测试集上达到 {test}。两者差距大，说明它在记忆样本而不是形状。隐藏层数为 0 时，"
              "边界只能是一条直线——在异或数据上试试。"},
}


def translate(key: str, lang: str, **values) -> str:
    """The text for `key` in `lang`, formatted with `values`; unknown keys fail loudly."""
    entry = TABLE[key]
    return entry.get(lang, entry["en"]).format(**values) if values else entry.get(lang, entry["en"])
