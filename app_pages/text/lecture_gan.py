"""The words of the lecture path's step 10 (a GAN in the plane), in English and 简体中文."""

TEXT: dict[str, dict[str, str]] = {
    "lecture.gan.title": {"en": "GAN: a game between two networks", "zh": "生成对抗网络：两个网络的博弈"},
    "lecture.gan.claim": {
        "en": "A generator G turns noise z into samples; a discriminator D gives the probability that a sample is "
              "real. They play the game below: D raises V by telling real from generated, G lowers it by fooling D. "
              "Here in the plane, where the real data are 8 clusters on a ring.",
        "zh": "生成器 G 把噪声 z 变成样本；判别器 D 给出一个样本为真实样本的概率。二者进行下式的博弈："
              "D 通过区分真实与生成来增大 V，G 通过骗过 D 来减小 V。这里在平面上演示，真实数据是一个圆环上的 8 个簇。"},
    "lecture.gan.question": {
        "en": "After 1,000 training steps on the ring of 8 modes (the GAN page's default settings), how many of "
              "the modes will the generator cover?",
        "zh": "在 8 个模式的圆环上训练 1,000 步之后（生成对抗网络页面的默认设置），生成器会覆盖其中几个模式？"},
    "lecture.gan.choice.all": {"en": "all 8", "zh": "全部 8 个"},
    "lecture.gan.choice.some": {"en": "4 to 7", "zh": "4 到 7 个"},
    "lecture.gan.choice.few": {"en": "fewer than 4", "zh": "不到 4 个"},
    "lecture.gan.trained": {
        "en": "After {steps} steps (seed {seed}) the generator covers {covered} of the {total} modes; measured "
              "after each 100 steps it covered {curve}.",
        "zh": "训练 {steps} 步之后（随机种子 {seed}），生成器覆盖了 {total} 个模式中的 {covered} 个；每 100 步测一次，"
              "覆盖数依次为 {curve}。"},
    "lecture.gan.first_all": {"en": "It first covered all of them after {step} steps.",
                              "zh": "它在第 {step} 步首次覆盖了全部模式。"},
    "lecture.gan.never_all": {"en": "At no measurement did it cover all of them.",
                              "zh": "在所有测量中，它都没有覆盖全部模式。"},
    "lecture.gan.near_half": {
        "en": "D's mean output is {real} on real points and {fake} on generated ones, both within {tol} of ½.",
        "zh": "D 在真实点上的平均输出为 {real}，在生成点上为 {fake}，两者与 ½ 的差都不超过 {tol}。"},
    "lecture.gan.not_half": {
        "en": "D's mean output is {real} on real points and {fake} on generated ones: not both within {tol} of ½.",
        "zh": "D 在真实点上的平均输出为 {real}，在生成点上为 {fake}：两者并非都在 ½ 的 {tol} 以内。"},
    "lecture.gan.diverged": {"en": "The training stopped after {steps} steps without finishing: this run "
                                   "measures nothing.",
                             "zh": "训练在第 {steps} 步停止，没有完成：这次运行没有测到结果。"},
    "lecture.gan.plane": {"en": "Real and generated points after {steps} steps; grey: D(x)",
                          "zh": "训练 {steps} 步后的真实点与生成点；灰度：D(x)"},
    "lecture.gan.modes_axis": {"en": "modes covered", "zh": "覆盖的模式数"},
    "lecture.gan.modes_chart": {"en": "Modes covered, per 100 steps", "zh": "每 100 步覆盖的模式数"},
}
