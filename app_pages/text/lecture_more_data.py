"""The words of the lecture path's step 7 (more data: learning curves of shallow and deep models), en and 简体中文."""

TEXT: dict[str, dict[str, str]] = {
    "lecture.more_data.title": {"en": "Why deep learning — more data", "zh": "为什么要深度学习——更多的数据"},
    "lecture.more_data.claim": {
        "en": "With little data, shallow models (a linear classifier, a kernel SVM, a random forest, nearest "
              "neighbours, HOG features with a linear classifier) hold their own; as the training set grows, deep "
              "models keep improving. Below are the measured learning curves: test accuracy against the number of "
              "training digits, each point the mean of several seeds with their range shaded.",
        "zh": "数据少时，浅层模型（线性分类器、核 SVM、随机森林、近邻法、HOG 特征加线性分类器）并不逊色；随着训练集增大，"
              "深度模型还在继续变好。下面是测得的学习曲线：测试准确率随训练样本数的变化，每个点是几个种子的平均值，阴影是它们的范围。"},
    "lecture.more_data.question": {
        "en": "In the stored learning curves, at the largest training set (4,000 digits), where does the CNN stand "
              "against the shallow models?",
        "zh": "在存储的学习曲线中，训练集最大（4,000 个数字）时，卷积神经网络与浅层模型相比处于什么位置？"},
    "lecture.more_data.choice.ahead": {"en": "ahead of every shallow model, seed ranges apart",
                                       "zh": "领先所有浅层模型，种子范围互不重叠"},
    "lecture.more_data.choice.within": {"en": "level with the best shallow model: their seed ranges overlap",
                                        "zh": "与最好的浅层模型持平：种子范围重叠"},
    "lecture.more_data.choice.behind": {"en": "behind the best shallow model", "zh": "落后于最好的浅层模型"},
    "lecture.more_data.chart": {"en": "Stored learning curves ({seeds} seeds; ◆ this run)",
                                "zh": "存储的学习曲线（{seeds} 个种子；◆ 本次运行）"},
    "lecture.more_data.stored": {
        "en": "Stored curves (measured earlier on the {source}, {seeds} seeds per point, means): with {small} "
              "training digits the CNN reached {cnn_small} and the best shallow model, {name_small}, {best_small}; "
              "with {large}, the CNN {cnn_large} and {name_large} {best_large}. From {small} to {large} the CNN "
              "gained {gain_cnn} percentage points, {name_large} {gain_best}.",
        "zh": "存储的曲线（先前在 {source} 上测得，每个点 {seeds} 个种子，取平均）：{small} 个训练数字时，卷积神经网络达到 "
              "{cnn_small}，最好的浅层模型（{name_small}）达到 {best_small}；{large} 个时，卷积神经网络 {cnn_large}，"
              "{name_large} {best_large}。从 {small} 到 {large}，卷积神经网络提高了 {gain_cnn} 个百分点，"
              "{name_large} 提高了 {gain_best} 个百分点。"},
    "lecture.more_data.verdict.ahead": {
        "en": "At {large}, the CNN's lowest seed is above every shallow model's highest.",
        "zh": "{large} 个时，卷积神经网络最差的种子也高于每个浅层模型最好的种子。"},
    "lecture.more_data.verdict.within": {
        "en": "At {large}, the CNN's seed range overlaps a shallow model's: the curves do not separate them.",
        "zh": "{large} 个时，卷积神经网络的种子范围与某个浅层模型重叠：曲线分不出两者高下。"},
    "lecture.more_data.verdict.behind": {
        "en": "At {large}, a shallow model's lowest seed is above the CNN's highest.",
        "zh": "{large} 个时，某个浅层模型最差的种子也高于卷积神经网络最好的种子。"},
    "lecture.more_data.verdict.none": {
        "en": "With one seed per point there are no seed ranges, so the curves decide nothing at {large}.",
        "zh": "每个点只有一个种子，没有种子范围，因此曲线在 {large} 个时不能下结论。"},
    "lecture.more_data.live": {
        "en": "This run retrained two points with seed {seed} at {n} digits: {name} reached {shallow} and the "
              "CNN {cnn}.",
        "zh": "本次运行以种子 {seed} 在 {n} 个数字上重新训练了两个点：{name} 达到 {shallow}，卷积神经网络 {cnn}。"},
    "lecture.more_data.inside": {
        "en": "Both lie within the stored seeds' ranges ({ranges}).",
        "zh": "两者都落在存储的种子范围之内（{ranges}）。"},
    "lecture.more_data.outside": {
        "en": "Outside the stored seeds' ranges ({ranges}): {names}.",
        "zh": "超出存储的种子范围（{ranges}）的有：{names}。"},
}
