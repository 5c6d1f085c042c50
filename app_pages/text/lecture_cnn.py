"""The words of the lecture path's step 8 (CNN: locality and translation), in English and 简体中文."""

TEXT: dict[str, dict[str, str]] = {
    "lecture.cnn.title": {"en": "CNN: locality and translation", "zh": "卷积神经网络：局部性与平移"},
    "lecture.cnn.claim": {
        "en": "A convolution looks at small neighbourhoods and uses the same weights w at every position: it assumes "
              "that nearby pixels belong together (locality) and that a pattern means the same wherever it appears "
              "(translation). Real models build in such prior knowledge of the problem.",
        "zh": "卷积只看小的邻域，并在每个位置使用同一组权重 w：它假设相邻的像素属于同一结构（局部性），并且同一个图案"
              "无论出现在哪里意义都相同（平移）。真实的模型都内置了这类关于问题的先验知识。"},
    "lecture.cnn.question": {
        "en": "Shift every held-out test digit by 4 pixels (right, left, down or up). The pretrained CNN's accuracy…",
        "zh": "把每个留出的测试数字平移 4 像素（向右、向左、向下或向上）。预训练卷积神经网络的准确率……"},
    "lecture.cnn.choice.barely": {"en": "barely changes (drops less than 5 points)",
                                  "zh": "几乎不变（下降不到 5 个百分点）"},
    "lecture.cnn.choice.some": {"en": "drops by 5–30 points", "zh": "下降 5–30 个百分点"},
    "lecture.cnn.choice.most": {"en": "drops by more than 30 points", "zh": "下降超过 30 个百分点"},
    "lecture.cnn.shifted": {
        "en": "The pretrained LeNet-5 (trained on {train} digits moved at random by up to {trained} pixels) read "
              "{acc0} of the {test} held-out digits; shifted (mean over right, left, down and up): {curve}.",
        "zh": "预训练的 LeNet-5（在 {train} 个随机平移至多 {trained} 像素的数字上训练）在 {test} 个留出数字上的"
              "准确率为 {acc0}；平移后（向右、向左、向下、向上的平均）：{curve}。"},
    "lecture.cnn.drop": {"en": "At {px} pixels it lost {drop} points.", "zh": "平移 {px} 像素时下降了 {drop} 个百分点。"},
    "lecture.cnn.tolerates": {"en": "It stayed within 5 points of its unshifted accuracy up to {tol} pixels.",
                              "zh": "平移不超过 {tol} 像素时，它的准确率与未平移时相差不到 5 个百分点。"},
    "lecture.cnn.tolerates_none": {"en": "Already at 1 pixel it lost more than 5 points.",
                                   "zh": "平移 1 像素时它就已下降超过 5 个百分点。"},
    "lecture.cnn.stored_shift": {
        "en": "In the stored experiment ({epochs} epochs, {seeds} seeds, no shifts in training), at {px} pixels a "
              "LeNet-5 kept {cnn} and an MLP with about as many weights {mlp}.",
        "zh": "在已存储的实验中（{epochs} 轮，{seeds} 个随机种子，训练时不做平移），平移 {px} 像素时 LeNet-5 的"
              "准确率为 {cnn}，参数量相近的多层感知机为 {mlp}。"},
    "lecture.cnn.stored_scrambled": {
        "en": "With one fixed permutation of the pixels (stored), the CNN went from {cnn0} to {cnn1} and the MLP from "
              "{mlp0} to {mlp1}.",
        "zh": "用同一个固定排列打乱像素后（已存储），CNN 从 {cnn0} 变为 {cnn1}，MLP 从 {mlp0} 变为 {mlp1}。"},
    "lecture.cnn.no_prior": {
        "en": "In that stored run the seed ranges do not show the CNN ahead of the MLP on the original pixels and no "
              "longer ahead once they are scrambled, so it does not show what the prior buys.",
        "zh": "在这次已存储的运行中，各种子的范围并未显示 CNN 在原始像素上领先 MLP、而打乱后不再领先，"
              "因此它没有显示出先验带来的好处。"},
    "lecture.cnn.pretrained": {"en": "pretrained LeNet-5 (trained with shifts)", "zh": "预训练 LeNet-5（训练时有平移）"},
    "lecture.cnn.stored_cnn": {"en": "LeNet-5, stored (no shifts)", "zh": "LeNet-5，已存储（无平移）"},
    "lecture.cnn.stored_mlp": {"en": "MLP, stored (no shifts)", "zh": "MLP，已存储（无平移）"},
    "lecture.cnn.bars": {"en": "Original versus scrambled pixels (stored, {seeds} seeds)",
                         "zh": "原始像素与打乱像素（已存储，{seeds} 个随机种子）"},
}
