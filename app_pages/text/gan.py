"""The words of the GAN page's 2D part, in English and 简体中文 (core.i18n assembles the table); its digit
and pix2pix parts' words are in gan_images.py."""

TEXT: dict[str, dict[str, str]] = {
    "gan.idea": {
        "en": "Two networks play a game. The generator G turns random noise z into a point G(z); the "
              "discriminator D gives the probability that a point is real. D is trained to raise **V(D, G) = "
              "E_x[log D(x)] + E_z[log(1 − D(G(z)))]** and G to lower it — min_G max_D V. For a fixed G the "
              "*optimal* D is D*(x) = p_r(x) / (p_r(x) + p_g(x)) (p_r real, p_g generated), and with it V = "
              "−log 4 + 2·JS(p_r ‖ p_g), smallest exactly when the two distributions are the same "
              "(Goodfellow et al. 2014, Prop. 1 and Thm. 1). {rule} Here it happens in the plane, where you "
              "can see every part of it.",
        "zh": "两个网络在博弈。生成器 G 把随机噪声 z 变成一个点 G(z)；判别器 D 给出一个点为真实样本的概率。训练 D 使 **V(D, G) = E_x[log D(x)] + "
              "E_z[log(1 − D(G(z)))]** 增大，训练 G 使它减小——即 min_G max_D V。对固定的 G，*最优*判别器为 D*(x) = p_r(x) / (p_r(x)"
              " + p_g(x))（p_r 为真实分布，p_g 为生成分布），此时 V = −log 4 + 2·JS(p_r ‖ p_g)，当且仅当两个分布相同时取到最小值（Goodfellow 等，"
              "2014，命题 1 与定理 1）。{rule}这里的一切都在平面上进行，每个部分都看得见。"},
    "gan.idea.minimax": {
        "en": "With the *minimax* generator loss chosen in the sidebar, G descends V itself, minimising "
              "log(1 − D(G(z))); early in training, when D rejects G's samples with confidence, this loss "
              "saturates and G's gradient nearly vanishes (Goodfellow et al. 2014, §3).",
        "zh": "侧栏选择的是*极小极大*生成器损失：G 直接让 V 下降，即最小化 log(1 − D(G(z)))；训练初期 D 能有把握地识破 G 的样本，这个损失会饱和，G 的梯度几乎消失（"
              "Goodfellow 等，2014，第 3 节）。"},
    "gan.idea.non_saturating": {
        "en": "With the *non-saturating* generator loss chosen in the sidebar (the default), G does not "
              "descend V: it minimises −log D(G(z)) instead, as Goodfellow et al. (2014, §3) recommend, "
              "because log(1 − D(G(z))) saturates early in training, when D rejects G's samples with "
              "confidence. The fixed point is the same; the early gradients are much stronger.",
        "zh": "侧栏选择的是*非饱和*生成器损失（默认）：G 并不让 V 下降，而是最小化 −log D(G(z))。这是 Goodfellow 等（2014，第 3 节）的建议：训练初期 D 能有把握地"
              "识破 G 的样本，此时 log(1 − D(G(z))) 会饱和。两者的不动点相同，但非饱和损失在早期的梯度强得多。"},
    "gan.idea.least_squares": {
        "en": "With the *least-squares* loss chosen in the sidebar, neither network follows V: D minimises "
              "(D(x) − 1)² + D(G(z))² and G minimises (D(G(z)) − 1)², on D's probability (a variant of "
              "LSGAN, Mao et al. 2017); the charts still measure V with the current D.",
        "zh": "侧栏选择的是*最小二乘*损失：两个网络都不再沿 V 训练——D 最小化 (D(x) − 1)² + D(G(z))²，G 最小化 (D(G(z)) − 1)²，都作用在 D 输出的概率上（"
              "LSGAN 的一个变体，Mao 等，2017）；图表中的 V 仍用当前的 D 测量。"},
    "gan.preset": {"en": "Preset", "zh": "预设"},
    "gan.preset.default": {"en": "default", "zh": "默认"},
    "gan.preset.mode_collapse": {"en": "mode collapse", "zh": "模式崩溃"},
    "gan.preset.saturating": {"en": "saturating loss", "zh": "饱和损失"},
    "gan.target": {"en": "Real distribution", "zh": "真实分布"},
    "gan.target.ring": {"en": "ring of 8 Gaussians", "zh": "由 8 个高斯分布组成的环"},
    "gan.target.grid": {"en": "grid of 9 Gaussians", "zh": "由 9 个高斯分布组成的网格"},
    "gan.target.moons": {"en": "two moons", "zh": "双月牙"},
    "gan.target.spiral": {"en": "spiral", "zh": "螺旋"},
    "gan.target.line": {"en": "line", "zh": "直线"},
    "gan.noise_dim": {"en": "Noise dimensions", "zh": "噪声维度"},
    "gan.noise": {"en": "Noise", "zh": "噪声分布"},
    "gan.noise.gaussian": {"en": "Gaussian", "zh": "高斯分布"},
    "gan.noise.uniform": {"en": "uniform", "zh": "均匀分布"},
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
    "gan.loss_sum": {"en": "D + G loss", "zh": "D 损失 + G 损失"},
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
    "gan.finding": {"en": "**What this run shows.**", "zh": "**本次训练的结果。**"},
    "gan.finding.near": {
        "en": "V is within {tol} nats of −log 4, the value a constant D = ½ gets (|V + log 4| = {gap}): by "
              "V, this D cannot tell real from generated.",
        "zh": "V 与 −log 4（常数 D = ½ 得到的值）相差不超过 {tol} 奈特（|V + log 4| = {gap}）：按 V 来看，当前的 D 分不清真实与生成。"},
    "gan.finding.above": {
        "en": "V lies {gap} nats above −log 4 (more than {tol}): D still tells real from generated.",
        "zh": "V 比 −log 4 高 {gap} 奈特（超过 {tol}）：D 仍能区分真实与生成。"},
    "gan.finding.below": {
        "en": "V lies {gap} nats below −log 4 (more than {tol}): on these points the current D scores worse "
              "than a constant D = ½ would.",
        "zh": "V 比 −log 4 低 {gap} 奈特（超过 {tol}）：在这些点上，当前的 D 还不如常数 D = ½。"},
    "gan.finding.modes_all": {"en": "All {total} modes are covered.", "zh": "全部 {total} 个模式都被覆盖。"},
    "gan.finding.modes_missing": {
        "en": "Only {covered} of the {total} modes are covered.",
        "zh": "{total} 个模式中只覆盖了 {covered} 个。"},
    "gan.finding.hidden": {
        "en": "So V looks healthy while modes are missing: V is measured with the current D, not the optimal "
              "one, and V(D, G) ≤ −log 4 + 2·JS for every D, so V near −log 4 does not mean the "
              "distributions agree. The JS estimate shows the gap: {ratio}× what two real samples read.",
        "zh": "也就是说，V 看起来正常，模式却有缺失：V 是用当前的 D 而不是最优的 D 测得的，而对任何 D 都有 V(D, G) ≤ −log 4 + 2·JS，所以 V 接近 −log 4 并不"
              "说明两个分布一致。JS 估计显示了差距：它是两组真实样本读数的 {ratio} 倍。"},
    "gan.notice": {
        "en": "**What to notice.** Pause a run and step D alone: the grey background sharpens around the "
              "real points and the arrows lengthen. Step G alone: the orange points follow the arrows. Then "
              "train the mode-collapse preset and read the result under the charts: it compares V with −log "
              "4 and counts the modes covered.",
        "zh": "**注意观察。** 暂停训练后只让 D 走一步：灰色背景在真实点周围变得更清晰，箭头变长。只让 G 走一步：橙色点沿箭头移动。再用“模式崩溃”预设训练，看图表下方的结果：它把 V 与 "
              "−log 4 比较，并统计覆盖的模式数。"},
}
