"""The words of the lecture path's step 5 (end-to-end learning against hand-made features), in English and 简体中文."""

TEXT: dict[str, dict[str, str]] = {
    "lecture.end_to_end.title": {"en": "Why deep learning — end to end", "zh": "为什么要深度学习——端到端"},
    "lecture.end_to_end.claim": {
        "en": "Before deep learning, a vision system was a pipeline: hand-made features such as HOG (histograms "
              "of gradient orientations, Dalal & Triggs 2005) and a classifier trained on them. A deep network "
              "learns its features from the pixels, end to end, together with the classifier. Here both are "
              "trained now on handwritten digits, on a small and on a larger training set.",
        "zh": "在深度学习之前，视觉系统是一条流水线：先提取人工设计的特征，例如 HOG（梯度方向直方图，2005 年提出），"
              "再在这些特征上训练分类器。深度网络则从像素出发，端到端地学习特征，并与分类器一起训练。这里在手写数字上"
              "现场训练这两者，一次用较小的训练集，一次用较大的训练集。"},
    "lecture.end_to_end.question": {
        "en": "With 100 training images, which is more accurate: hand-made HOG features + a linear classifier, "
              "or a CNN that learns its features? And with 2,000?",
        "zh": "只有 100 张训练图像时，哪个更准确：人工设计的 HOG 特征加线性分类器，还是自己学习特征的卷积神经网络？"
              "有 2,000 张时呢？"},
    "lecture.end_to_end.choice.crossover": {"en": "HOG ahead at 100, the CNN ahead at 2,000",
                                            "zh": "100 张时 HOG 领先，2,000 张时卷积神经网络领先"},
    "lecture.end_to_end.choice.cnn_both": {"en": "the CNN ahead at both sizes", "zh": "两种规模下都是卷积神经网络领先"},
    "lecture.end_to_end.choice.hog_both": {"en": "HOG ahead at both sizes", "zh": "两种规模下都是 HOG 领先"},
    "lecture.end_to_end.hog": {"en": "HOG + logistic regression", "zh": "HOG + 逻辑回归"},
    "lecture.end_to_end.cnn": {"en": "CNN (learns its features)", "zh": "卷积神经网络（自己学习特征）"},
    "lecture.end_to_end.size": {"en": "{n} training images", "zh": "{n} 张训练图像"},
    "lecture.end_to_end.chart": {"en": "Test accuracy on {test} held-out digits, this run (seed {seed})",
                                 "zh": "在 {test} 个留出数字上的测试准确率，本次运行（种子 {seed}）"},
    "lecture.end_to_end.live": {
        "en": "This run trained both with seed {seed} and scored them on {test} held-out digits.",
        "zh": "本次运行以种子 {seed} 训练两者，并在 {test} 个留出数字上评估。"},
    "lecture.end_to_end.at_hog": {
        "en": "With {n} images, HOG + logistic regression reached {hog} and the CNN {cnn}: HOG ahead by {gap} points.",
        "zh": "用 {n} 张图像时，HOG + 逻辑回归达到 {hog}，卷积神经网络 {cnn}：HOG 领先 {gap} 个百分点。"},
    "lecture.end_to_end.at_cnn": {
        "en": "With {n} images, HOG + logistic regression reached {hog} and the CNN {cnn}: the CNN ahead by "
              "{gap} points.",
        "zh": "用 {n} 张图像时，HOG + 逻辑回归达到 {hog}，卷积神经网络 {cnn}：卷积神经网络领先 {gap} 个百分点。"},
    "lecture.end_to_end.at_within": {
        "en": "With {n} images, HOG + logistic regression reached {hog} and the CNN {cnn}: {gap} points apart, "
              "within the {tie}-point margin this step reads as no lead.",
        "zh": "用 {n} 张图像时，HOG + 逻辑回归达到 {hog}，卷积神经网络 {cnn}：相差 {gap} 个百分点，在本步视为不分先后的 "
              "{tie} 个百分点之内。"},
    "lecture.end_to_end.stored_cross": {
        "en": "The stored sweep (measured earlier, {seeds} seeds per point, sizes {lo} to {hi}) puts HOG ahead of the "
              "CNN by non-overlapping seed ranges at every size up to {hog} images, and the CNN ahead from {cnn}.",
        "zh": "存储的扫描结果（先前测得，每个点 {seeds} 个种子，规模 {lo} 到 {hi}）按互不重叠的种子范围判断：训练图像不超过 "
              "{hog} 张时，每种规模下都是 HOG 领先；从 {cnn} 张起卷积神经网络领先。"},
    "lecture.end_to_end.stored_none": {
        "en": "The stored sweep (measured earlier, {seeds} seeds per point) shows no crossover by non-overlapping "
              "seed ranges.",
        "zh": "存储的扫描结果（先前测得，每个点 {seeds} 个种子）按互不重叠的种子范围判断，没有出现交叉。"},
    "lecture.end_to_end.stored_at": {"en": "At the sizes trained here it reads: {verdicts}.",
                                     "zh": "在这里训练的规模上，它的结论是：{verdicts}。"},
    "lecture.end_to_end.v.hog": {"en": "{n} images, HOG ahead", "zh": "{n} 张时 HOG 领先"},
    "lecture.end_to_end.v.cnn": {"en": "{n} images, the CNN ahead", "zh": "{n} 张时卷积神经网络领先"},
    "lecture.end_to_end.v.within": {"en": "{n} images, seed ranges overlap", "zh": "{n} 张时种子范围重叠"},
}
