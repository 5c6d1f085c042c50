"""The words of the CNN page (and its ImageNet part), in English and 简体中文 (core.i18n assembles the table)."""

TEXT: dict[str, dict[str, str]] = {
    "cnn.idea": {
        "en": "A convolutional layer slides the same small filter over the whole image: each output looks only at a "
              "neighbourhood (**locality**) and the same weights are used everywhere (**weight sharing**: a stroke is "
              "detected the same way wherever it is — what the lecture calls **translation invariance**). Strictly, "
              "a convolution is translation-*equivariant*: shift the input and its feature maps shift with it; "
              "pooling adds only approximate invariance to small shifts (Goodfellow, Bengio & Courville, *Deep "
              "Learning*, §9.2–9.3), and the shift experiment below measures how far that goes. LeNet-5 stacks two such layers with pooling before a few "
              "fully connected ones; VGG stacks many 3×3 convolutions; a ResNet adds shortcuts, out = relu(F(x) + x), "
              "so very deep stacks still train.",
        "zh": "卷积层用同一个小卷积核在整幅图像上滑动：每个输出只看一个邻域（**局部性**），且处处使用相同的权重"
              "（**权重共享**：同一笔画无论出现在哪里，都以同样的方式被检测到——即课程所说的**平移不变性**）。严格地说，卷积是"
              "平移**等变**的：输入平移，特征图随之平移；池化只对小的平移带来近似的不变性（Goodfellow、Bengio 与 Courville，"
              "《深度学习》第 9.2–9.3 节），下面的平移实验测量了这种不变性能走多远。LeNet-5 先叠两个卷积层加池化，再接几层全连接；"
              "VGG 堆叠许多 3×3 卷积；ResNet 加入捷径连接 输出 = relu(F(x) + x)，让很深的网络也能训练。"},
    "cnn.data": {"en": "Images", "zh": "图像数据"},
    "cnn.source.offline": {"en": "MNIST subset (offline, 5,000 digits)", "zh": "MNIST 子集（离线，5,000 个数字）"},
    "cnn.source.sklearn": {"en": "scikit-learn 8×8 digits (offline)", "zh": "scikit-learn 8×8 数字（离线）"},
    "cnn.source.MNIST": {"en": "MNIST (download, 70,000)", "zh": "MNIST（需下载，70,000 张）"},
    "cnn.source.FashionMNIST": {"en": "Fashion-MNIST (download, 70,000)", "zh": "Fashion-MNIST（需下载，70,000 张）"},
    "cnn.source.CIFAR10": {"en": "CIFAR-10 photos (download, 170 MB)", "zh": "CIFAR-10 照片（需下载，170 MB）"},
    "cnn.arch": {"en": "Architecture", "zh": "网络结构"},
    "cnn.arch.lenet": {"en": "LeNet-5", "zh": "LeNet-5"},
    "cnn.arch.vgg": {"en": "small VGG (3×3 convolutions)", "zh": "小型 VGG（3×3 卷积）"},
    "cnn.arch.resnet": {"en": "small ResNet (shortcuts)", "zh": "小型 ResNet（捷径连接）"},
    "cnn.width": {"en": "Channels in the first conv layer", "zh": "第一个卷积层的通道数"},
    "cnn.width_help": {"en": "Later layers scale with it (LeNet-5: 6 and 16; VGG/ResNet double per stage).",
                       "zh": "后续层随之缩放（LeNet-5 为 6 和 16；VGG/ResNet 每个阶段翻倍）。"},
    "cnn.depth": {"en": "Stages (each halves the resolution)", "zh": "阶段数（每个阶段分辨率减半）"},
    "cnn.depth_help": {"en": "VGG: blocks of two 3×3 convolutions and a pooling; ResNet: residual blocks. "
                             "LeNet-5 always has its two conv layers.",
                       "zh": "VGG：每块两个 3×3 卷积加一次池化；ResNet：残差块。LeNet-5 固定为两个卷积层。"},
    "cnn.batchnorm": {"en": "Batch normalisation", "zh": "批归一化"},
    "cnn.dropout": {"en": "Dropout before the fully connected layers", "zh": "全连接层前的 Dropout"},
    "cnn.augment": {"en": "Augmentation of training images (`torchvision.transforms.v2`)",
                    "zh": "训练图像的数据增强（`torchvision.transforms.v2`）"},
    "cnn.shift": {"en": "Random shift (pixels)", "zh": "随机平移（像素）"},
    "cnn.rotate": {"en": "Random rotation (degrees)", "zh": "随机旋转（度）"},
    "cnn.flip": {"en": "Random horizontal flip", "zh": "随机水平翻转"},
    "cnn.flip_help": {"en": "Only for photos (CIFAR-10): a mirrored digit is a different symbol.",
                      "zh": "仅用于照片（CIFAR-10）：镜像后的数字是另一个符号。"},
    "cnn.loading": {"en": "Loading images (a download happens once, then they are cached)…",
                    "zh": "正在加载图像（只下载一次，之后使用缓存）……"},
    "cnn.fallback": {"en": "Could not get that dataset, so this page uses the offline MNIST subset instead. Reason: {reason}",
                     "zh": "无法获取该数据集，本页改用离线 MNIST 子集。原因：{reason}"},
    "cnn.using": {"en": "Data: **{source}** — {train} training and {test} test images of {shape}.",
                  "zh": "数据：**{source}**——{train} 张训练图像，{test} 张测试图像，尺寸 {shape}。"},
    "cnn.params": {"en": "This network has {params} trainable parameters.", "zh": "该网络有 {params} 个可训练参数。"},
    "cnn.setting.size": {"en": "channels must be 1–{width} and stages 1–{depth}", "zh": "通道数须为 1–{width}，阶段数须为 1–{depth}"},
    "cnn.setting.too_deep": {"en": "{depth} VGG blocks would pool a {size}-pixel image below one pixel; use fewer stages",
                             "zh": "{depth} 个 VGG 块会把 {size} 像素的图像池化到不足一个像素；请减少阶段数"},
    "cnn.train_title": {"en": "Train", "zh": "训练"},
    "cnn.loss_chart": {"en": "Loss: training per step, test per epoch", "zh": "损失：训练集每步，测试集每轮"},
    "cnn.acc_chart": {"en": "Accuracy per epoch", "zh": "每轮准确率"},
    "cnn.last_epoch": {"en": "After epoch {epoch}: train {train}, test {test} (test loss {loss}). Training accuracy is "
                             "the running mean over the epoch's batches, under augmentation and dropout.",
                       "zh": "第 {epoch} 轮后：训练集 {train}，测试集 {test}（测试损失 {loss}）。训练准确率是该轮各批次的"
                             "累计平均，计入了数据增强与 Dropout。"},
    "cnn.inside_title": {"en": "Look inside", "zh": "看看网络内部"},
    "cnn.train_first": {"en": "Train a network above (one epoch is enough to start); its filters, feature maps, "
                              "saliency and mistakes appear here.",
                        "zh": "先在上面训练一个网络（一轮即可）；它的卷积核、特征图、显著图和错误会显示在这里。"},
    "cnn.inside_at": {"en": "The model as it was at step {step} (epoch {epoch}); interact again to see later weights.",
                      "zh": "这是第 {step} 步（第 {epoch} 轮）时的模型；再次操作即可看到更新后的权重。"},
    "cnn.filters": {"en": "First-layer filters (each scaled to the full grey range)", "zh": "第一层卷积核（各自拉伸到完整灰度范围）"},
    "cnn.image_from": {"en": "Image", "zh": "图像来源"},
    "cnn.from.test": {"en": "test image", "zh": "测试图像"},
    "cnn.from.upload": {"en": "upload", "zh": "上传"},
    "cnn.from.draw": {"en": "draw", "zh": "手写"},
    "cnn.test_index": {"en": "Test image number (0–{n})", "zh": "测试图像编号（0–{n}）"},
    "cnn.upload": {"en": "An image (PNG, JPEG, GIF, BMP, WebP, TIFF; at most 10 MB)",
                   "zh": "一张图像（PNG、JPEG、GIF、BMP、WebP、TIFF；不超过 10 MB）"},
    "cnn.draw_hint": {"en": "Draw a digit with the mouse (or a finger); the prediction updates when you lift it.",
                      "zh": "用鼠标（或手指）写一个数字；抬起后预测会更新。"},
    "cnn.input": {"en": "input (true: {label})", "zh": "输入（真实：{label}）"},
    "cnn.input_unlabelled": {"en": "input, as the model sees it", "zh": "输入（模型看到的样子）"},
    "cnn.saliency": {"en": "saliency for “{label}”", "zh": "“{label}”的显著图"},
    "cnn.saliency_note": {
        "en": "Saliency = |mean of ∂ logit / ∂ pixel| of the predicted class, the gradient averaged over 16 noisy "
              "copies of the image before taking its size (SmoothGrad): the pixels whose change would move the "
              "score most. Feature maps are the chosen conv "
              "layer's output for this image (before its nonlinearity), each map scaled to the full grey range.",
        "zh": "显著图 = 预测类别 |∂ logit / ∂ 像素 的平均值|：先在图像的 16 个加噪副本上对梯度取平均，再取绝对值（SmoothGrad）：改变后对得分影响最大的像素。"
              "特征图是所选卷积层对这张图像的输出（非线性之前），每张图各自拉伸到完整灰度范围。"},
    "cnn.prediction": {"en": "Prediction (orange: the true class)", "zh": "预测（橙色：真实类别）"},
    "cnn.prediction_unlabelled": {"en": "Prediction", "zh": "预测"},
    "cnn.conv_word": {"en": "conv", "zh": "卷积层"},
    "cnn.shortcut_word": {"en": "shortcut", "zh": "捷径"},
    "cnn.layer": {"en": "Conv layer", "zh": "卷积层"},
    "cnn.maps": {"en": "Feature maps of {layer} ({k} of {shape})", "zh": "{layer} 的特征图（{shape} 中的 {k} 张）"},
    "cnn.confusion_idea": {"en": "Test accuracy {acc} on {n} images. Click a cell of the matrix to see the images behind it.",
                           "zh": "在 {n} 张图像上的测试准确率为 {acc}。点击矩阵中的格子，查看其中的图像。"},
    "cnn.confusion": {"en": "Confusion matrix (test set)", "zh": "混淆矩阵（测试集）"},
    "cnn.predicted": {"en": "predicted", "zh": "预测"},
    "cnn.true": {"en": "true", "zh": "真实"},
    "cnn.cell": {"en": "**True {true}, predicted {pred}**: {n} images (up to 24 shown, most confident first).",
                 "zh": "**真实为 {true}、预测为 {pred}**：{n} 张图像（最多显示 24 张，置信度高者在前）。"},
    "cnn.mistakes": {"en": "**The most confident mistakes** (true → predicted, confidence):",
                     "zh": "**最自信的错误**（真实 → 预测，置信度）："},
    "cnn.bias_title": {"en": "What the convolution assumes: two experiments", "zh": "卷积的假设：两个实验"},
    "cnn.bias_idea": {
        "en": "LeNet-5 against an MLP with one hidden layer and about as many weights, trained the same way on the same "
              "digits. **Translation**: test on digits shifted by 0…k pixels (right, left, down, up; averaged). "
              "**Locality**: scramble the pixels of every image by one fixed random permutation and train both again. "
              "The MLP starts from the same weights rearranged like the pixels, so for it both runs are the same "
              "computation; the CNN's 5×5 filters no longer see neighbouring strokes. The convolution builds in "
              "prior knowledge of images (nearby pixels belong together, a pattern can appear anywhere); when "
              "that knowledge is wrong for the data, as after scrambling, it stops helping.",
        "zh": "让 LeNet-5 与一个参数量相近的单隐层 MLP 在相同数字上以相同方式训练。**平移**：在平移 0…k 像素"
              "（右、左、下、上取平均）的数字上测试。**局部性**：用同一个固定的随机置换打乱每张图像的像素，再分别训练。"
              "MLP 的初始权重也按打乱像素的同一方式重新排列，所以对 MLP 而言，两次训练其实是完全相同的计算；而 CNN 的 5×5 "
              "卷积核再也看不到相邻的笔画。卷积内置了关于图像的先验知识（相邻像素属于同一结构，同一图案可以出现在任何位置）；"
              "当这种先验与数据不符时（例如像素被打乱后），它就不再有帮助。"},
    "cnn.bias_epochs": {"en": "Epochs per model", "zh": "每个模型的训练轮数"},
    "cnn.below_half": {"en": "Your reading: at how many pixels of shift does the CNN's mean accuracy first fall below 50 %?",
                       "zh": "你的读数：平移多少像素时，卷积神经网络的平均准确率首次低于 50 %？"},
    "cnn.below_half_no": {"en": "Not that one: at {px} px the mean accuracy is {acc}. Is it the first shift below 50 %?",
                          "zh": "不对：平移 {px} 像素时平均准确率为 {acc}。它是第一个低于 50 % 的平移吗？"},
    "cnn.below_half_beyond": {"en": "The chart shows shifts up to {largest} px only, not {px} px.",
                              "zh": "图中只显示到 {largest} 像素的平移，没有 {px} 像素。"},
    "cnn.max_shift": {"en": "Largest shift (pixels)", "zh": "最大平移（像素）"},
    "cnn.bias_run": {"en": "Rerun both experiments on {source}", "zh": "在 {source} 上重新运行两个实验"},
    "cnn.bias_progress": {"en": "Training {what} ({i} of {k})", "zh": "正在训练 {what}（第 {i}/{k} 个）"},
    "cnn.bias_shown": {"en": "Shown: {source}, {seeds} seed(s); bands and error bars span the seeds.",
                       "zh": "显示：{source}，{seeds} 个随机种子；阴影和误差线表示各种子之间的范围。"},
    "cnn.model.cnn": {"en": "LeNet-5 ({params} weights)", "zh": "LeNet-5（{params} 个参数）"},
    "cnn.model.mlp": {"en": "MLP ({params} weights)", "zh": "MLP（{params} 个参数）"},
    "cnn.shift_chart": {"en": "Accuracy on shifted test digits", "zh": "平移后测试数字上的准确率"},
    "cnn.shift_px": {"en": "shift (pixels)", "zh": "平移（像素）"},
    "cnn.perm_chart": {"en": "Original versus scrambled pixels", "zh": "原始像素与打乱像素"},
    "cnn.pixels.original": {"en": "original pixels", "zh": "原始像素"},
    "cnn.pixels.scrambled": {"en": "scrambled pixels", "zh": "打乱的像素"},
    "cnn.shifted": {"en": "shifted {px} px", "zh": "平移 {px} 像素"},
    "cnn.scrambled_example": {"en": "What the networks are given", "zh": "网络得到的输入"},
    "cnn.bias_findings": {
        "en": "**What was measured.** Scrambling the pixels changed test accuracy by {cnn_change} points for the CNN "
              "and {mlp_change} points for the MLP. Shifted by {px} pixels, test digits were recognised at {cnn_s} by "
              "the CNN (unshifted {cnn_0}) and {mlp_s} by the MLP (unshifted {mlp_0}). The CNN stays within 5 points "
              "of its unshifted accuracy up to a shift of {cnn_tol} px, the MLP up to {mlp_tol} px; at {largest} px "
              "they reach {cnn_last} and {mlp_last}. The convolutions move with the input, but pooling absorbs only "
              "small shifts and the fully connected layers still see positions.",
        "zh": "**测量结果。** 打乱像素后，CNN 的测试准确率变化 {cnn_change} 个百分点，MLP 变化 {mlp_change} 个百分点。"
              "测试数字平移 {px} 像素后，CNN 的识别准确率为 {cnn_s}（未平移时 {cnn_0}），MLP 为 {mlp_s}（未平移时 {mlp_0}）。"
              "CNN 在平移不超过 {cnn_tol} 像素时准确率下降不到 5 个百分点，MLP 只到 {mlp_tol} 像素；平移 {largest} 像素时二者分别为 "
              "{cnn_last} 和 {mlp_last}。卷积随输入一起平移，但池化只能吸收小的平移，而全连接层仍然区分位置。"},
    "cnn.prior.behind": {
        "en": "On the original pixels the CNN was ahead of the MLP on every seed; on scrambled pixels it was behind "
              "on every seed. Its lead came from prior knowledge of images built into the convolution (nearby pixels "
              "belong together) — real models need prior knowledge of the problem, and it must fit the data.",
        "zh": "在原始像素上，CNN 在每个随机种子下都领先 MLP；像素打乱后，它在每个种子下都落后。它的领先来自卷积内置的图像先验"
              "（相邻像素属于同一结构）——真实的模型需要关于问题的先验知识，而且这种先验必须与数据相符。"},
    "cnn.prior.overlap": {
        "en": "On the original pixels the CNN was ahead of the MLP on every seed; on scrambled pixels the two are "
              "within seed variation of each other. Its lead came from prior knowledge of images built into the "
              "convolution (nearby pixels belong together) — real models need prior knowledge of the problem, and it "
              "must fit the data.",
        "zh": "在原始像素上，CNN 在每个随机种子下都领先 MLP；像素打乱后，二者的差距在种子间波动范围之内。它的领先来自卷积内置的"
              "图像先验（相邻像素属于同一结构）——真实的模型需要关于问题的先验知识，而且这种先验必须与数据相符。"},
    "cnn.imagenet_title": {"en": "Load a pretrained ImageNet model", "zh": "加载 ImageNet 预训练模型"},
    "cnn.imagenet_idea": {
        "en": "The same ideas at scale: a torchvision network trained on 1.28 million ImageNet photos of 1,000 classes, "
              "with its own preprocessing (resize, centre crop, normalise). Its weights are downloaded once and cached.",
        "zh": "同样的思想放大规模：一个在 128 万张、1,000 类 ImageNet 照片上训练的 torchvision 网络，使用其自带的预处理"
              "（缩放、中心裁剪、归一化）。权重只下载一次并缓存。"},
    "cnn.imagenet_model": {"en": "Model", "zh": "模型"},
    "cnn.imagenet_load": {"en": "Load {name} (downloads its weights once)", "zh": "加载 {name}（仅首次下载权重）"},
    "cnn.imagenet_loading": {"en": "Loading the weights…", "zh": "正在加载权重……"},
    "cnn.imagenet_not_loaded": {"en": "Not loaded yet. Weights are cached at `{path}`.", "zh": "尚未加载。权重缓存位置：`{path}`。"},
    "cnn.photo": {"en": "Photo (from scikit-image) or your own", "zh": "照片（来自 scikit-image）或你自己的"},
    "cnn.top5": {"en": "Top-5 ImageNet classes", "zh": "ImageNet 前 5 类"},
    "imagenet.not_cached": {"en": "The {name} weights are not cached on this machine.", "zh": "本机没有缓存 {name} 的权重。"},
    "imagenet.offline": {
        "en": "The {name} weights are unavailable: they are not cached and the download failed ({error}). This "
              "machine may be offline; everything else on this page works without them.",
        "zh": "{name} 的权重不可用：本机没有缓存且下载失败（{error}）。本机可能处于离线状态；本页其余部分不依赖它们。"},
    "imagenet.broken": {"en": "The cached weights at {path} cannot be loaded ({error}); delete the file to download it again.",
                        "zh": "无法加载缓存的权重 {path}（{error}）；删除该文件即可重新下载。"},
}
