"""The words of the glossary page and each entry's definition (core/glossary.py), in English and 简体中文."""

PAGE: dict[str, dict[str, str]] = {
    "glossary.idea": {
        "en": "The lecture's terms in English and Chinese, named as in 《动手学深度学习》 (Dive into Deep Learning), "
              "with the lecture's own words as aliases, each with its formula and the pages that show it.",
        "zh": "讲义中的术语，中英文对照，中文名称采用《动手学深度学习》的译法，讲义自己的说法列为别名；每个术语附有公式和展示它的页面。"},
    "glossary.search": {"en": "Search (English, 中文 or an alias)", "zh": "搜索（中文、英文或别名）"},
    "glossary.search_help": {"en": "Any part of a term: “entropy”, “卷积”, “感知器”.",
                             "zh": "术语的任意一部分，如“交叉熵”“卷积”“感知器”。"},
    "glossary.count": {"en": "{n} of {total} terms", "zh": "共 {total} 个术语，显示 {n} 个"},
    "glossary.found": {"en": "{n} of {total} terms match “{query}”.", "zh": "共 {total} 个术语，其中 {n} 个与“{query}”匹配。"},
    "glossary.none": {"en": "No term matches “{query}”.", "zh": "没有与“{query}”匹配的术语。"},
    "glossary.other": {"en": "中文：{term}", "zh": "英文：“{term}”"},
    "glossary.aliases": {"en": "Also: {aliases}", "zh": "又称：{aliases}"},
    "glossary.pages": {"en": "Shown on", "zh": "展示它的页面"},
}

DEFINITIONS: dict[str, dict[str, str]] = {
    "glossary.perceptron": {
        "en": "Rosenblatt's (1957) linear threshold unit y = sign(Wᵀx̃); at each mistake its rule adds y·x̃ to W.",
        "zh": "Rosenblatt（1957）提出的线性阈值单元 y = sign(Wᵀx̃)；每次出错，学习规则就把 y·x̃ 加到 W 上。"},
    "glossary.novikoff": {
        "en": "On linearly separable points the perceptron makes at most (R/γ)² updates k, whatever their order.",
        "zh": "在线性可分的点上，无论点的顺序如何，感知机的更新次数 k 至多为 (R/γ)²。"},
    "glossary.mlp": {
        "en": "Layers of affine maps, each followed by a nonlinearity; one hidden layer already solves XOR.",
        "zh": "由若干仿射变换层组成，每层后接一个非线性函数；一个隐藏层就足以解决异或问题。"},
    "glossary.composition": {
        "en": "A deep network is a composition of simple maps: f_L is applied first, f₁ gives the output.",
        "zh": "深度网络是简单映射的复合：f_L 最先作用，f₁ 给出输出。"},
    "glossary.sigmoid": {
        "en": "A smooth step from 0 to 1; with it, the perceptron becomes logistic regression trained by gradient descent.",
        "zh": "从 0 平滑过渡到 1 的阶跃；用它代替阶跃函数，感知机就成了用梯度下降训练的逻辑回归。"},
    "glossary.relu": {
        "en": "The activation max(0, x); a ReLU network computes a piecewise linear function.",
        "zh": "激活函数 max(0, x)；ReLU 网络计算的是分段线性函数。"},
    "glossary.softmax": {
        "en": "Turns scores into probabilities that are positive and sum to 1; attention weights are a softmax too.",
        "zh": "把得分变成为正且和为 1 的概率；注意力权重也是一个 softmax。"},
    "glossary.cross_entropy": {
        "en": "The loss of a classifier that predicts probabilities ŷ: minus the log-probability of the true class.",
        "zh": "预测概率 ŷ 的分类器的损失：真实类别的对数概率取负。"},
    "glossary.sgd": {
        "en": "Take a small step η against the gradient of the loss on a minibatch, again and again.",
        "zh": "在一个小批量上沿损失梯度的反方向走一小步 η，反复进行。"},
    "glossary.backprop": {
        "en": "The chain rule applied from the output back to the input, giving every weight's gradient in one pass.",
        "zh": "从输出到输入依次应用链式法则，一次反向计算就得到所有权重的梯度。"},
    "glossary.overfitting": {
        "en": "Fitting the training data better than data not seen in training: the held-out loss rises again.",
        "zh": "对训练数据的拟合好于对未见数据的拟合：留出集上的损失重新上升。"},
    "glossary.weight_decay": {
        "en": "An L2 penalty λ/2·‖w‖² added to the loss, which pulls the weights towards zero.",
        "zh": "在损失上加上 L2 惩罚 λ/2·‖w‖²，把权重拉向零。"},
    "glossary.parity": {
        "en": "Whether the number of ones among n bits is odd: the function that separates shallow from deep circuits.",
        "zh": "n 个比特中 1 的个数是否为奇数：正是它把浅层电路与深层电路区分开。"},
    "glossary.hastad": {
        "en": "Håstad (1986): a depth-d circuit of AND/OR gates (NOT on the inputs) needs exponentially many gates "
              "for parity; it does not apply to threshold gates.",
        "zh": "Håstad（1986）：深度为 d 的与/或电路（非门只作用于输入）计算奇偶性需要指数多个门；该结论不适用于阈值门。"},
    "glossary.threshold_gate": {
        "en": "A gate that outputs 1 when a weighted sum of its inputs reaches a threshold θ; at depth 2, n + 1 "
              "of them compute parity.",
        "zh": "当输入的加权和达到阈值 θ 时输出 1 的门；深度为 2 时，n + 1 个这样的门就能计算奇偶性。"},
    "glossary.end_to_end": {
        "en": "Training every layer, from the raw input to the output, on the task's loss, so the network finds its "
              "own features; it needs data.",
        "zh": "从原始输入到输出的每一层都按任务的损失一起训练，让网络自己找到特征；这需要数据。"},
    "glossary.hand_features": {
        "en": "Features designed by people, such as HOG (histograms of oriented gradients), fed to a classical model.",
        "zh": "由人设计的特征，例如 HOG（方向梯度直方图），再交给传统模型。"},
    "glossary.underfitting": {
        "en": "A model that does not even fit its training data: here, training accuracy below a threshold.",
        "zh": "模型连训练数据都拟合不好：本应用中指训练准确率低于某个阈值。"},
    "glossary.cnn": {
        "en": "A network of convolutional and pooling layers, followed by fully connected ones (LeNet-5, VGG, ResNet).",
        "zh": "由卷积层和汇聚层组成、后接全连接层的网络（LeNet-5、VGG、ResNet）。"},
    "glossary.convolution": {
        "en": "A small kernel K slid over the image, the same weights at every position (deep learning computes a "
              "cross-correlation and calls it convolution).",
        "zh": "一个小卷积核 K 在图像上滑动，每个位置使用相同的权重（深度学习中计算的其实是互相关，习惯上称为卷积）。"},
    "glossary.feature_map": {
        "en": "The output of one channel of a convolutional layer: where in the image its filter responds.",
        "zh": "卷积层一个通道的输出：它的卷积核在图像的哪些位置有响应。"},
    "glossary.receptive_field": {
        "en": "The part of the input that one output unit can see; it grows with every convolution and pooling.",
        "zh": "一个输出单元能看到的输入区域；每经过一次卷积或汇聚它就变大。"},
    "glossary.pooling": {
        "en": "Summarises each small window by its maximum or mean (2×2 windows halve the resolution); it adds "
              "approximate invariance to small shifts.",
        "zh": "用每个小窗口的最大值或平均值概括它（2×2 的窗口使分辨率减半）；它对小的平移带来近似的不变性。"},
    "glossary.weight_sharing": {
        "en": "The same weights at every position (a convolution) or every time step (an RNN).",
        "zh": "在每个位置（卷积）或每个时间步（循环神经网络）使用相同的权重。"},
    "glossary.locality": {
        "en": "Each output depends only on a small neighbourhood of the input: nearby pixels belong together.",
        "zh": "每个输出只依赖输入的一个小邻域：相邻的像素属于一起。"},
    "glossary.invariance": {
        "en": "The output does not change when the input is shifted (τ_s shifts by s); pooling gives it only "
              "approximately, for small shifts.",
        "zh": "输入平移（τ_s 表示平移 s）时输出不变；汇聚只对小的平移近似地提供这种性质。"},
    "glossary.equivariance": {
        "en": "The output shifts with the input; a convolution is translation-equivariant.",
        "zh": "输出随输入一起平移；卷积具有平移等变性。"},
    "glossary.batch_norm": {
        "en": "Standardises each channel over the minibatch, then rescales it by learned γ and β.",
        "zh": "在小批量上把每个通道标准化，再用学到的 γ 和 β 重新缩放。"},
    "glossary.dropout": {
        "en": "During training, zero each unit with probability p and scale the rest by 1/(1 − p).",
        "zh": "训练时以概率 p 把每个单元置零，其余单元乘以 1/(1 − p)。"},
    "glossary.augmentation": {
        "en": "Random changes to training examples (shifts, rotations; for speech, masked bands) that keep their label.",
        "zh": "对训练样本做不改变标签的随机变化（平移、旋转；语音中遮挡频带）。"},
    "glossary.rnn": {
        "en": "Carries a state from step to step with the same weights at every step, so it reads sequences of any length.",
        "zh": "用每一步都相同的权重把状态逐步传递下去，因此能读取任意长度的序列。"},
    "glossary.bptt": {
        "en": "Backpropagation through the unrolled steps: each step back multiplies the gradient by a Jacobian.",
        "zh": "沿展开的各步做反向传播：每往回一步，梯度都要乘以一个雅可比矩阵。"},
    "glossary.vanishing": {
        "en": "A product of many Jacobians shrinks the gradient towards zero (or makes it explode when they stretch it).",
        "zh": "许多雅可比矩阵相乘使梯度趋于零（若这些矩阵使它放大，则梯度爆炸）。"},
    "glossary.lstm": {
        "en": "A recurrent cell with input, forget and output gates and a memory cell that is only scaled and added to.",
        "zh": "带输入门、遗忘门、输出门的循环单元，其记忆元只被缩放和累加。"},
    "glossary.gru": {
        "en": "A recurrent cell with a reset gate and an update gate; with z_t near 1 the state is copied forward.",
        "zh": "带重置门和更新门的循环单元；z_t 接近 1 时状态原样向前传递。"},
    "glossary.perplexity": {
        "en": "exp of the cross-entropy per token: 1 is perfect, guessing uniformly among V tokens gives V.",
        "zh": "每个词元交叉熵的指数：1 为完美，在 V 个词元中均匀瞎猜得 V。"},
    "glossary.seq2seq": {
        "en": "An encoder reads the source sequence, a decoder writes the target one token at a time.",
        "zh": "编码器读取源序列，解码器逐个词元写出目标序列。"},
    "glossary.attention": {
        "en": "Before each token the decoder weighs the source positions (α) and reads their weighted mean c_t.",
        "zh": "写每个词元前，解码器对源序列的各位置加权（α），读取它们的加权平均 c_t。"},
    "glossary.beam_search": {
        "en": "Keeps the k most probable partial outputs at each step; k = 1 is greedy decoding.",
        "zh": "每一步保留概率最高的 k 个部分输出；k = 1 即贪心解码。"},
    "glossary.bleu": {
        "en": "Papineni et al. (2002): n-gram precisions pₙ against the references, with a brevity penalty BP; 100 "
              "means every output equals its reference.",
        "zh": "Papineni 等（2002）：与参考译文比较的 n 元组精度 pₙ，再乘以长度惩罚 BP；100 表示每个输出都与参考译文相同。"},
    "glossary.gan": {
        "en": "A generator G and a discriminator D play min_G max_D V(D, G): D tells real from generated, G tries "
              "to fool it.",
        "zh": "生成器 G 与判别器 D 进行博弈 min_G max_D V(D, G)：D 区分真实与生成，G 试图骗过 D。"},
    "glossary.discriminator": {
        "en": "The network that gives the probability that a sample is real; for a fixed G the optimal one is D*.",
        "zh": "给出样本为真实样本的概率的网络；对固定的 G，最优判别器为 D*。"},
    "glossary.js": {
        "en": "A symmetric distance between distributions; with the optimal D, V = −log 4 + 2·JS.",
        "zh": "分布之间的一种对称距离；在最优判别器下，V = −log 4 + 2·JS。"},
    "glossary.mode_collapse": {
        "en": "The generator covers only some modes of the data, e.g. a few of the 8 clusters of the ring.",
        "zh": "生成器只覆盖数据的部分模式，例如圆环上 8 个簇中的几个。"},
    "glossary.conditional_gan": {
        "en": "G and D both get a condition y (a label, or an image as in pix2pix), so G draws what y asks for.",
        "zh": "G 和 D 都得到条件 y（一个标签，或像 pix2pix 中那样的一张图像），于是 G 画出 y 所要求的内容。"},
    "glossary.image_classification": {
        "en": "Assigning an image one of a fixed set of classes: MNIST digits, or ImageNet's 1,000 classes.",
        "zh": "给图像分配固定类别集合中的一个：MNIST 数字，或 ImageNet 的 1,000 个类别。"},
    "glossary.object_detection": {
        "en": "Finding where each object (here, each face) is and how big: a bounding box (x, y, w, h) and a score.",
        "zh": "找出每个目标（这里是每张人脸）在哪里、有多大：一个边界框 (x, y, w, h) 和一个得分。"},
    "glossary.iou": {
        "en": "Overlap of two boxes: area of the intersection over area of the union; a face is found at IoU ≥ 0.5.",
        "zh": "两个框的重叠程度：交集面积除以并集面积；IoU ≥ 0.5 才算找到人脸。"},
    "glossary.nms": {
        "en": "Of overlapping boxes for the same object, keeps the best-scored one.",
        "zh": "在指向同一目标的重叠框中，只保留得分最高的那个。"},
    "glossary.spectrogram": {
        "en": "A clip's power over time and frequency (40 mel bands, log scale), which a CNN reads like an image.",
        "zh": "一段录音的功率随时间和频率的分布（40 个梅尔频带，对数刻度），CNN 像读图片一样读它。"},
}

TEXT: dict[str, dict[str, str]] = {**PAGE, **DEFINITIONS}
