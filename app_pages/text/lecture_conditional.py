"""The words of the lecture path's step 11 (a GAN with a condition; pix2pix; latent editing), in English and 简体中文."""

TEXT: dict[str, dict[str, str]] = {
    "lecture.conditional.title": {"en": "GAN with a condition: generate, translate, edit",
                                  "zh": "带条件的生成对抗网络：生成、转换、编辑"},
    "lecture.conditional.claim": {
        "en": "Give both players a condition vector y — here the digit wanted — and the game below is "
              "played with G(z, y) and D(x, y): G must draw the digit asked for, because D judges "
              "the pair. With an image as the condition it translates images (pix2pix: a digit with a hidden square "
              "→ the whole digit); moving z along a direction in the noise space edits what G draws.",
        "zh": "给两个玩家都加上一个条件向量 y（这里是想要的数字），下式的博弈就改由 "
              "G(z, y) 和 D(x, y) 来进行：因为 D 评判的是图像与条件这一对，G 必须画出所要求的数字。以图像作为条件，"
              "它就能做图像转换（pix2pix：遮住一个方块的数字 → 完整的数字）；沿噪声空间中的某个方向移动 z，"
              "就能编辑 G 画出的内容。"},
    "lecture.conditional.question": {
        "en": "Ask the pretrained conditional generator for each digit 0–9, 200 times each. What share of its "
              "digits will a separate classifier read as the digit asked for?",
        "zh": "让预训练的条件生成器把 0–9 每个数字各生成 200 次。另一个独立的分类器会把其中多大比例读成所要求的数字？"},
    "lecture.conditional.choice.over90": {"en": "more than 90 %", "zh": "超过 90 %"},
    "lecture.conditional.choice.middle": {"en": "50 % to 90 %", "zh": "50 % 到 90 %"},
    "lecture.conditional.choice.under50": {"en": "less than 50 %", "zh": "不到 50 %"},
    "lecture.conditional.asked": {
        "en": "Asked for each digit {per} times (seed {seed}), the generator drew {n} digits; the CNN page's "
              "pretrained LeNet-5, which reads {acc} of {real} held-out real digits correctly, read {share} of "
              "them as the digit asked for (lowest: {low}, {low_share}; highest: {high}, {high_share}).",
        "zh": "每个数字各要求 {per} 次（随机种子 {seed}），生成器共画出 {n} 个数字；卷积神经网络页面的预训练 LeNet-5"
              "（它在 {real} 个留出的真实数字上读对 {acc}）把其中 {share} 读成了所要求的数字"
              "（最低：数字 {low}，{low_share}；最高：数字 {high}，{high_share}）。"},
    "lecture.conditional.noise": {
        "en": "That share lies within {margin} (two standard errors) of a choice's edge, so this run does not "
              "decide between the two.",
        "zh": "这个比例与某个选项的边界相差不到 {margin}（两个标准误差），所以这次运行无法在两个选项之间作出判断。"},
    "lecture.conditional.filled": {
        "en": "pix2pix filled a hidden {hole}×{hole} square on {n} held-out digits with a mean error of {out} "
              "inside the square (pixels 0–1), against {inp} for the square left black: {less} % less.",
        "zh": "在 {n} 个留出数字上，pix2pix 补全被遮住的 {hole}×{hole} 方块，方块内的平均误差为 {out}"
              "（像素取值 0–1），而方块保持全黑时为 {inp}：减少了 {less} %。"},
    "lecture.conditional.not_filled": {
        "en": "pix2pix filled a hidden {hole}×{hole} square on {n} held-out digits with a mean error of {out} "
              "inside the square (pixels 0–1), no better than {inp} for the square left black.",
        "zh": "在 {n} 个留出数字上，pix2pix 补全被遮住的 {hole}×{hole} 方块，方块内的平均误差为 {out}"
              "（像素取值 0–1），并不比方块保持全黑时的 {inp} 更好。"},
    "lecture.conditional.edited": {
        "en": "Moving z by {edit} along the ink direction changed the mean ink of {per} generated digits per "
              "class from {before} to {after} ({change} %, bolder for {bolder} of the 10 digits); the classifier "
              "still read {kept} of the edited digits as the digit asked for.",
        "zh": "沿“墨量”方向把 z 移动 {edit}，每类 {per} 个生成数字的平均墨量从 {before} 变为 {after}"
              "（{change} %，10 个数字中有 {bolder} 个变粗）；分类器仍把编辑后数字中的 {kept} 读成所要求的数字。"},
    "lecture.conditional.grid": {"en": "Generated digits, a column per digit asked for",
                                 "zh": "生成的数字，每列是一个所要求的数字"},
    "lecture.conditional.shares": {"en": "Share read as the digit asked for", "zh": "被读成所要求数字的比例"},
    "lecture.conditional.digit": {"en": "digit asked for", "zh": "所要求的数字"},
    "lecture.conditional.triptych": {"en": "pix2pix: input with a hidden square, output, true digit",
                                     "zh": "pix2pix：遮住方块的输入、输出、真实数字"},
    "lecture.conditional.strip": {"en": "Latent edit: z (top) and z moved by {edit} along the ink direction (bottom)",
                                  "zh": "隐空间编辑：z（上）与沿墨量方向移动 {edit} 后的 z（下）"},
}
