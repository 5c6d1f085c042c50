"""The words of the GAN page (2D, digits, pix2pix), in English and 简体中文 (core.i18n assembles the table)."""

TEXT: dict[str, dict[str, str]] = {
    "gan.idea": {
        "en": "Two networks play a game. The generator G turns random noise z into a point G(z); the discriminator D "
              "gives the probability that a point is real. D ascends and G descends the same value "
              "**V(D, G) = E_x[log D(x)] + E_z[log(1 − D(G(z)))]** — min_G max_D V. If D were perfect, V would equal "
              "−log 4 + 2·JS(real ‖ generated), so G is pushed to make the two distributions the same. Here it happens "
              "in the plane, where you can see every part of it.",
        "zh": "两个网络在博弈。生成器 G 把随机噪声 z 变成一个点 G(z)；判别器 D 给出一个点为真的概率。D 上升、G 下降同一个值 "
              "**V(D, G) = E_x[log D(x)] + E_z[log(1 − D(G(z)))]**——即 min_G max_D V。若 D 是最优的，V 等于 "
              "−log 4 + 2·JS(真实 ‖ 生成)，所以 G 被推动让两个分布一致。这里在平面上进行，每个部分都看得见。"},
    "gan.preset": {"en": "Preset", "zh": "预设"},
    "gan.preset.default": {"en": "default", "zh": "默认"},
    "gan.preset.mode_collapse": {"en": "mode collapse", "zh": "模式崩溃"},
    "gan.preset.saturating": {"en": "saturating loss", "zh": "饱和损失"},
    "gan.target": {"en": "Real distribution", "zh": "真实分布"},
    "gan.target.ring": {"en": "ring of 8 Gaussians", "zh": "8 个高斯组成的环"},
    "gan.target.grid": {"en": "grid of 9 Gaussians", "zh": "9 个高斯组成的网格"},
    "gan.target.moons": {"en": "two moons", "zh": "双月"},
    "gan.target.spiral": {"en": "spiral", "zh": "螺旋"},
    "gan.target.line": {"en": "line", "zh": "直线"},
    "gan.noise_dim": {"en": "Noise dimensions", "zh": "噪声维度"},
    "gan.noise": {"en": "Noise", "zh": "噪声分布"},
    "gan.noise.gaussian": {"en": "Gaussian", "zh": "高斯"},
    "gan.noise.uniform": {"en": "uniform", "zh": "均匀"},
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
    "gan.notice": {"en": "**What to notice.** Pause a run and step D alone: the grey background sharpens around the real "
                         "points and the arrows lengthen. Step G alone: the orange points follow the arrows. With the "
                         "mode-collapse preset, the measured modes covered stay below the total while V looks healthy.",
                   "zh": "**注意观察。** 暂停训练后只让 D 走一步：灰色背景在真实点周围变得更清晰，箭头变长。只让 G 走一步："
                         "橙色点沿箭头移动。在“模式崩溃”预设下，覆盖的模式数始终低于总数，而 V 看起来却很正常。"},
    "gan.img_title": {"en": "Part 2: digits, a conditional generator, and editing in latent space",
                      "zh": "第二部分：数字图像、条件生成器与潜空间编辑"},
    "gan.img_idea": {
        "en": "The same game with images: G turns 32 random numbers into a 28×28 digit through two transposed "
              "convolutions (a DCGAN), trained against a convolutional D on the offline MNIST subset (or full MNIST / "
              "Fashion-MNIST when they can be downloaded). Made "
              "**conditional**, G also gets a condition vector — here the one-hot digit label, a higher-level "
              "abstraction — and D judges image and label together, so you can ask for a particular digit. The "
              "*label accuracy* is the share of generated digits that the CNN page's LeNet-5 (trained separately, "
              "97 % on real test digits) reads as the digit asked for.",
        "zh": "同样的博弈用于图像：G 通过两层转置卷积把 32 个随机数变成一张 28×28 的数字（DCGAN），与一个卷积 D 在离线 "
              "MNIST 子集（或可下载时的完整 MNIST / Fashion-MNIST）上对抗训练。变成**条件**生成后，G 还得到一个条件向量——这里是数字标签的独热编码，一种更高层的抽象——"
              "D 同时评判图像和标签，于是你可以指定要生成哪个数字。*标签准确率*是生成的数字中，被卷积网络页面的 LeNet-5"
              "（单独训练，在真实测试数字上 97%）识别为所要求数字的比例。"},
    "gan.img_data": {"en": "Images", "zh": "图像数据"},
    "gan.conditional": {"en": "Conditional on the digit label", "zh": "以数字标签为条件"},
    "gan.img_epochs_help": {"en": "About 3 seconds per epoch of 4,000 digits on two cores; label accuracy passes 80 % "
                                  "after about 20 epochs.",
                            "zh": "两核 CPU 上每轮（4,000 个数字）约 3 秒；约 20 轮后标签准确率超过 80%。"},
    "gan.classifier": {"en": "Training the LeNet-5 that scores the generated digits (once, a few seconds)…",
                       "zh": "正在训练用于评判生成数字的 LeNet-5（只需一次，几秒钟）……"},
    "gan.img_grid": {"en": "Step {step}: the same noise every time (rows of 0–9 when conditional)",
                     "zh": "第 {step} 步：每次使用相同的噪声（条件生成时每行为 0–9）"},
    "gan.label_acc": {"en": "label accuracy", "zh": "标签准确率"},
    "gan.label_chart": {"en": "Label accuracy of 500 generated digits per epoch", "zh": "每轮 500 个生成数字的标签准确率"},
    "gan.img_first": {"en": "Train a generator above, or open “Load a pretrained model or a checkpoint” for the pretrained "
                            "conditional generator, or load a generator saved from this page, to explore it.",
                      "zh": "请在上面训练生成器，或展开“加载预训练模型或检查点”加载预训练的条件生成器，或加载从本页保存的生成器，然后探索它。"},
    "gan.upload": {"en": "Load a generator saved from this page (.safetensors)", "zh": "加载从本页保存的生成器（.safetensors）"},
    "gan.uploaded_note": {"en": "Your uploaded generator.", "zh": "你上传的生成器。"},
    "gan.bad_checkpoint": {"en": "This file cannot be loaded as a generator: {error}", "zh": "无法将该文件作为生成器加载：{error}"},
    "gan.p2p_title": {"en": "Part 3: image-to-image translation — completing a digit", "zh": "第三部分：图像到图像的翻译——补全数字"},
    "gan.p2p_idea": {
        "en": "pix2pix edits an image instead of drawing from noise: its generator (a U-Net, whose skip connections carry "
              "the visible strokes straight through) gets a digit with a {hole}×{hole} square hidden and must paint the "
              "square in; a PatchGAN discriminator judges every 7×7 patch of (input, output) pairs, and an L1 term keeps "
              "the output near the true digit. Shown: held-out digits, never trained on.",
        "zh": "pix2pix 编辑图像，而不是从噪声生成：它的生成器（U-Net，跳跃连接把可见笔画直接传到输出）拿到一个被遮住 "
              "{hole}×{hole} 方块的数字，必须把方块补画出来；PatchGAN 判别器评判（输入, 输出）对的每个 7×7 小块，L1 项让输出"
              "接近真实数字。显示的是从未训练过的留出数字。"},
    "gan.p2p_grid": {"en": "Step {step}: input (hidden square in grey), output, target — one column per held-out digit",
                     "zh": "第 {step} 步：输入（灰色为遮挡方块）、输出、目标——每列一个留出数字"},
    "gan.p2p_l1": {"en": "After epoch {epoch}, inside the hidden squares of 256 held-out digits: mean |error| {out} for the "
                         "output against {inp} for the masked input (0 to 1 scale).",
                   "zh": "第 {epoch} 轮后，在 256 个留出数字的遮挡方块内：输出的平均 |误差| 为 {out}，遮挡输入为 {inp}（0 到 1 的尺度）。"},
    "gan.samples": {"en": "Forty samples from fixed noise (rows of 0–9 when conditional)",
                    "zh": "固定噪声生成的四十个样本（条件生成时每行为 0–9）"},
    "gan.explore": {"en": "**Explore the generator.** Walk a straight line between two noise vectors, and move along a "
                          "direction that makes strokes bolder.",
                    "zh": "**探索生成器。** 在两个噪声向量之间走一条直线，并沿着让笔画变粗的方向移动。"},
    "gan.digit": {"en": "Digit", "zh": "数字"},
    "gan.seed_a": {"en": "Noise seed A", "zh": "噪声种子 A"},
    "gan.seed_b": {"en": "Noise seed B", "zh": "噪声种子 B"},
    "gan.interpolation": {"en": "From z_A to z_B in 10 steps", "zh": "从 z_A 到 z_B，共 10 步"},
    "gan.ink": {"en": "Move along the “more ink” direction", "zh": "沿“更多墨水”方向移动"},
    "gan.ink_help": {"en": "The direction is fitted by least squares from 512 generated samples' ink (mean brightness) "
                           "against their noise vectors; the slider moves every z by that many units along it.",
                     "zh": "该方向由 512 个生成样本的墨量（平均亮度）对其噪声向量做最小二乘拟合得到；滑块把每个 z 沿该方向移动相应单位。"},
    "gan.edited": {"en": "Top: ten samples; bottom: the same noise moved {amount} along the direction",
                   "zh": "上：十个样本；下：相同噪声沿该方向移动 {amount}"},
    "gan.save": {"en": "Save this generator", "zh": "保存该生成器"},
}
