"""The words of the GAN page's digit and pix2pix parts (app_pages/parts/gan_images.py, gan_pix2pix.py), in
English and 简体中文 (core.i18n assembles the table)."""

TEXT: dict[str, dict[str, str]] = {
    "gan.img_title": {"en": "Part 2: digits, a conditional generator, and editing in latent space",
                      "zh": "第二部分：数字图像、条件生成器与潜空间编辑"},
    "gan.img_idea": {
        "en": "The same game with images: G turns 32 random numbers into a 28×28 image through two "
              "transposed convolutions (a DCGAN), trained against a convolutional D on the offline MNIST "
              "subset (or full MNIST / Fashion-MNIST when they can be downloaded). Made **conditional**, G "
              "also gets a condition vector — here the one-hot label, a higher-level abstraction — and D "
              "judges image and label together, so you can ask for a particular digit. The *label accuracy* "
              "is the share of generated images that a LeNet-5 (the CNN page's, trained separately on the "
              "same training images) reads as the label asked for.",
        "zh": "同样的博弈用于图像：G 通过两层转置卷积把 32 个随机数变成一张 28×28 的图像（DCGAN），与一个卷积 D 在离线 MNIST 子集（或可下载时的完整 MNIST / "
              "Fashion-MNIST）上对抗训练。变成**条件**生成后，G 还得到一个条件向量——这里是标签的独热编码，一种更高层的抽象——D 同时评判图像和标签，于是你可以指定要生成哪个数字。*"
              "标签准确率*是生成的图像中，被 LeNet-5（卷积神经网络页面的模型，在相同的训练图像上单独训练）识别为所要求标签的比例。"},
    "gan.scorer.digits": {
        "en": "The LeNet-5 that reads the generated images labels {acc} of the {n} held-out test digits of "
              "this data correctly.",
        "zh": "评判生成图像的 LeNet-5 在这份数据的 {n} 个留出测试数字上的准确率为 {acc}。"},
    "gan.scorer.items": {
        "en": "The LeNet-5 that reads the generated images labels {acc} of the {n} held-out test items "
              "(clothing, not digits) of this data correctly.",
        "zh": "评判生成图像的 LeNet-5 在这份数据的 {n} 件留出测试服饰（不是数字）上的准确率为 {acc}。"},
    "gan.img_data": {"en": "Images", "zh": "图像数据"},
    "gan.conditional": {"en": "Conditional on the digit label", "zh": "以数字标签为条件"},
    "gan.img_epochs_help": {
        "en": "An epoch is one pass over the training images, in batches of 64.",
        "zh": "一轮是把训练图像按每批 64 张完整过一遍。"},
    "gan.img_epochs_pretrained": {
        "en": "The pretrained run (seed 0, offline digits) took {seconds} s per epoch when it was made, and "
              "its label accuracy first reached {level} at epoch {first} of {epochs} (final {final}); one "
              "seed, so another seed or data set will differ.",
        "zh": "随应用提供的预训练模型（种子 0，离线数字）训练时每轮用时 {seconds} 秒，其标签准确率在第 {first} 轮（共 {epochs} 轮）首次达到 {level}（最终 "
              "{final}）；这只是一个种子，换种子或数据集结果会不同。"},
    "gan.img_epochs_never": {
        "en": "The pretrained run (seed 0, offline digits) took {seconds} s per epoch when it was made; its "
              "label accuracy never reached {level} in {epochs} epochs (final {final}).",
        "zh": "随应用提供的预训练模型（种子 0，离线数字）训练时每轮用时 {seconds} 秒；{epochs} 轮内其标签准确率从未达到 {level}（最终 {final}）。"},
    "gan.classifier": {
        "en": "Training the LeNet-5 that scores the generated images (once per data set)…",
        "zh": "正在训练用于评判生成图像的 LeNet-5（每个数据集只需一次）……"},
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
        "en": "pix2pix edits an image instead of drawing from noise: its generator (a U-Net, whose skip "
              "connections carry the visible strokes straight through) gets a digit with a {hole}×{hole} "
              "square hidden and must paint the square in. A PatchGAN discriminator gives each (input, "
              "output) pair a {grid}×{grid} grid of real-or-fake scores, each judging one "
              "{field}×{field}-pixel patch of the 28×28 image: its receptive field, measured here by a "
              "gradient probe (in pix2pix the patch size is this receptive field; Isola et al. 2017, "
              "§3.2.2). An L1 term keeps the output near the true digit. Shown: held-out digits, never "
              "trained on.",
        "zh": "pix2pix 编辑图像，而不是从噪声生成：它的生成器（U-Net，跳跃连接把可见笔画直接传到输出）拿到一个被遮住 {hole}×{hole} 方块的数字，必须把方块补画出来。"
              "PatchGAN 判别器对每个（输入, 输出）对给出 {grid}×{grid} 个真假评分，每个评分评判 28×28 图像中的一个 {field}×{field} 像素小块，即它的感受野"
              "，这里用梯度探针测得（pix2pix 所说的小块大小就是这个感受野；Isola 等，2017，第 3.2.2 节）。L1 项让输出接近真实数字。显示的是从未训练过的留出数字。"},
    "gan.p2p_grid": {"en": "Step {step}: input (hidden square in grey), output, target — one column per held-out digit",
                     "zh": "第 {step} 步：输入（灰色为遮挡方块）、输出、目标——每列一个留出数字"},
    "gan.p2p_l1": {"en": "After epoch {epoch}, inside the hidden squares of 256 held-out digits: mean |error| {out} for the "
                         "output against {inp} for the masked input (0 to 1 scale).",
                   "zh": "第 {epoch} 轮后，在 256 个留出数字的遮挡方块内：输出的平均 |误差| 为 {out}，遮挡输入为 {inp}（0 到 1 的尺度）。"},
    "gan.samples": {
        "en": "40 samples from fixed noise (rows of 0–9 when conditional)",
        "zh": "固定噪声生成的 40 个样本（条件生成时每行为 0–9）"},
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
