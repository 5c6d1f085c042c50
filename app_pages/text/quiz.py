"""The words of the quiz page and of every question (core/quiz.py), in English and 简体中文."""

PAGE: dict[str, dict[str, str]] = {
    "quiz.idea": {
        "en": "Five or six questions per section of the lecture. Some are common misconceptions on purpose. "
              "Submit to see your score, why each answer is right, and where the app shows it.",
        "zh": "讲义每一部分五六道题，其中一些特意针对常见误解。提交后可以看到得分、每道题答案的理由，以及本应用中展示它的页面。"},
    "quiz.section": {"en": "Section", "zh": "部分"},
    "quiz.section.foundations": {"en": "Foundations: perceptron and composition", "zh": "基础：感知机与复合"},
    "quiz.section.why_deep": {"en": "Why deep: Håstad, more data, end to end",
                              "zh": "为什么需要深度：Håstad、更多数据、端到端"},
    "quiz.section.cnn": {"en": "Convolutional networks", "zh": "卷积神经网络"},
    "quiz.section.rnn": {"en": "Recurrent networks", "zh": "循环神经网络"},
    "quiz.section.gan": {"en": "Generative adversarial networks", "zh": "生成对抗网络"},
    "quiz.section.applications": {"en": "Applications", "zh": "应用"},
    "quiz.submit": {"en": "Submit answers", "zh": "提交答案"},
    "quiz.score": {"en": "Score: {right} of {total}", "zh": "得分：{right} / {total}"},
    "quiz.kept": {"en": "Kept with your progress: last attempt {last} of {total}, best {best} of {total}.",
                  "zh": "已记入你的学习进度：最近一次 {last} / {total}，最好成绩 {best} / {total}。"},
    "quiz.none_kept": {"en": "No score kept for this section yet.", "zh": "这一部分还没有记录的成绩。"},
    "quiz.not_kept": {"en": "Your score could not be kept (no progress database here); it lasts for this session.",
                      "zh": "无法保存你的成绩（此处没有进度数据库）；它只在本次会话中有效。"},
    "quiz.right": {"en": "Right", "zh": "正确"},
    "quiz.wrong": {"en": "Not quite: the answer is “{answer}”", "zh": "不对：答案是“{answer}”"},
    "quiz.unanswered": {"en": "Not answered: the answer is “{answer}”", "zh": "未作答：答案是“{answer}”"},
    "quiz.see": {"en": "Where the app shows it: {links}", "zh": "本应用中展示它的地方：{links}"},
    "quiz.step": {"en": "the lecture, step {k}", "zh": "跟着讲义走，第 {k} 步"},
}

QUESTIONS: dict[str, dict[str, str]] = {
    # ---- foundations ----
    "quiz.rule.q": {"en": "The perceptron misclassifies a point x̃ of class y = ±1. What does Rosenblatt's rule do?",
                    "zh": "感知机把类别为 y = ±1 的点 x̃ 分错了。Rosenblatt 的学习规则会怎么做？"},
    "quiz.rule.shrink": {"en": "It halves W.", "zh": "把 W 减半。"},
    "quiz.rule.add": {"en": "It adds y·x̃ to W.", "zh": "把 y·x̃ 加到 W 上。"},
    "quiz.rule.gradient": {"en": "It takes a gradient step on the squared error.", "zh": "在平方误差上做一步梯度下降。"},
    "quiz.rule.why": {
        "en": "At a mistake (y·Wᵀx̃ ≤ 0) the rule sets W ← W + y·x̃, which raises that point's margin y·Wᵀx̃ by ‖x̃‖². "
              "It uses no gradient and no learning rate.",
        "zh": "出错时（y·Wᵀx̃ ≤ 0），规则令 W ← W + y·x̃，使该点的间隔 y·Wᵀx̃ 增加 ‖x̃‖²。它不用梯度，也没有学习率。"},
    "quiz.one_update.q": {"en": "After one update on a misclassified point, is that point on its right side?",
                          "zh": "在一个被分错的点上更新一次之后，这个点是否就在正确的一侧了？"},
    "quiz.one_update.always": {"en": "Always.", "zh": "总是。"},
    "quiz.one_update.not_always": {"en": "Not always.", "zh": "不一定。"},
    "quiz.one_update.never": {"en": "Never: one update changes W too little.", "zh": "从不：一次更新对 W 的改变太小。"},
    "quiz.one_update.why": {
        "en": "The update raises the point's margin by ‖x̃‖², which fixes it only if the margin was above −‖x̃‖². The "
              "lecture step lets you pick a point: some are fixed by one update, some are still on the wrong side.",
        "zh": "更新使该点的间隔增加 ‖x̃‖²，只有原来的间隔大于 −‖x̃‖² 时才能纠正它。讲义中这一步可以自己挑点："
              "有的点一次更新就纠正了，有的仍在错误的一侧。"},
    "quiz.xor.q": {"en": "On the four points of XOR, what does the perceptron rule do?",
                   "zh": "在异或的四个点上，感知机学习规则会怎样？"},
    "quiz.xor.slow": {"en": "It converges, but only after many epochs.", "zh": "会收敛，只是需要很多轮。"},
    "quiz.xor.cycle": {"en": "It never converges: its weights repeat a cycle.", "zh": "永远不收敛：权重不断重复一个循环。"},
    "quiz.xor.grow": {"en": "It never converges: its weights grow without bound.", "zh": "永远不收敛：权重无限增大。"},
    "quiz.xor.why": {
        "en": "No line separates XOR, so the rule never converges, but its weights stay bounded: on the 4 points "
              "of the truth table they repeat within a few epochs, and the perceptron page detects the cycle. "
              "A network with one hidden layer then fits the four points.",
        "zh": "没有直线能分开异或，因此规则永远不会收敛，但权重始终有界：在真值表的 4 个点上，几轮之内权重就会重复，"
              "感知机页会检测到这个循环。加一个隐藏层的网络就能拟合这四个点。"},
    "quiz.novikoff.q": {"en": "On linearly separable points with R = max‖x̃‖ and margin γ, Novikoff's theorem bounds "
                              "the number of updates by…",
                        "zh": "在线性可分的点上，记 R = max‖x̃‖、间隔为 γ，Novikoff 定理给出的更新次数上界是……"},
    "quiz.novikoff.ratio": {"en": "R/γ", "zh": "R/γ"},
    "quiz.novikoff.ratio_sq": {"en": "(R/γ)²", "zh": "(R/γ)²"},
    "quiz.novikoff.points": {"en": "the number of points", "zh": "点的个数"},
    "quiz.novikoff.why": {
        "en": "(R/γ)², whatever the order of the points and however many there are. The perceptron page computes "
              "R, γ and the bound on your points and says what share of it the rule used.",
        "zh": "(R/γ)²，与点的顺序和个数无关。感知机页会在你的点上计算 R、γ 和这个上界，并给出规则实际用了上界的多少。"},
    "quiz.composition.q": {"en": "A network written g(x) = f₁(f₂(f₃(x))): which map is applied to the input first?",
                           "zh": "网络写作 g(x) = f₁(f₂(f₃(x)))：哪个映射最先作用于输入？"},
    "quiz.composition.f1": {"en": "f₁", "zh": "f₁"},
    "quiz.composition.f3": {"en": "f₃", "zh": "f₃"},
    "quiz.composition.together": {"en": "all three at once, added up", "zh": "三者同时作用再相加"},
    "quiz.composition.why": {
        "en": "f₃, the innermost; f₁ gives the output. Each layer transforms what the one before it computed, "
              "and the playground shows every layer's view of the plane.",
        "zh": "f₃，即最内层；f₁ 给出输出。每一层变换上一层的计算结果，神经网络游乐场展示了每一层眼中的平面。"},
    # ---- why deep ----
    "quiz.threshold.q": {"en": "Can a depth-2 network of threshold units compute the parity of n bits with n + 1 units?",
                         "zh": "深度为 2 的阈值单元网络能否只用 n + 1 个单元计算 n 位的奇偶性？"},
    "quiz.threshold.exponential": {"en": "No: Håstad proved that depth 2 needs exponentially many units.",
                                   "zh": "不能：Håstad 证明了深度 2 需要指数多个单元。"},
    "quiz.threshold.yes": {"en": "Yes.", "zh": "能。"},
    "quiz.threshold.small_n": {"en": "Only for n ≤ 3.", "zh": "只在 n ≤ 3 时可以。"},
    "quiz.threshold.why": {
        "en": "Yes: n units fire when at least 1, 2, …, n of the bits are on, and one output adds them with "
              "alternating signs. Håstad's exponential lower bound is for circuits of AND, OR and NOT gates, not "
              "threshold gates. The depth page builds this circuit and checks it on whole truth tables.",
        "zh": "能：n 个单元分别在至少 1、2、…、n 个比特为 1 时输出 1，再由一个输出单元以正负交替的符号把它们相加。"
              "Håstad 的指数下界针对的是由与门、或门、非门组成的电路，而不是阈值门。深度与规模页构造了这个电路，并用完整真值表验证。"},
    "quiz.dnf.q": {"en": "Parity of 12 bits: how many gates does the depth-2 AND/OR circuit need, compared with the "
                         "deep XOR tree?",
                   "zh": "12 位的奇偶性：深度 2 的与/或电路需要的门数是深层异或树的多少倍？"},
    "quiz.dnf.similar": {"en": "fewer than 3 times as many", "zh": "不到 3 倍"},
    "quiz.dnf.ten": {"en": "3 to 30 times as many", "zh": "3 到 30 倍"},
    "quiz.dnf.many": {"en": "more than 30 times as many", "zh": "超过 30 倍"},
    "quiz.dnf.why": {
        "en": "2,061 gates against the tree's 55, 37.5 times as many, both built and checked on all 4,096 inputs in "
              "the lecture step. The depth-2 circuit needs a term for each of the 2ⁿ⁻¹ odd inputs; the tree needs "
              "5(n − 1) gates.",
        "zh": "2,061 个门对比异或树的 55 个，是 37.5 倍；讲义中这一步构造了两者，并在全部 4,096 个输入上验证。深度 2 的电路"
              "要为 2ⁿ⁻¹ 个奇数输入各设一项，而异或树只需 5(n − 1) 个门。"},
    "quiz.reuse.q": {"en": "Why does the deep XOR tree need so few gates?", "zh": "深层异或树为什么只需要这么少的门？"},
    "quiz.reuse.threshold_gates": {"en": "It uses threshold gates.", "zh": "它用的是阈值门。"},
    "quiz.reuse.fewer_bits": {"en": "It reads only some of the bits.", "zh": "它只读取一部分比特。"},
    "quiz.reuse.reuse": {"en": "Each level reuses what the level below computed.", "zh": "每一层都复用下一层的计算结果。"},
    "quiz.reuse.why": {
        "en": "It uses only AND, OR and NOT gates and reads every bit, but each ⊕ reads two values computed one "
              "level down. Written without reuse, as a formula, the tree's 55 gates at n = 12 would become 185.",
        "zh": "它只用与门、或门和非门，也读取每一个比特，但每个 ⊕ 读取的是下一层算好的两个值。若不复用、写成公式，"
              "n = 12 时这棵树的 55 个门会变成 185 个。"},
    "quiz.more_data.q": {"en": "Does more training data always favour the deep model?",
                         "zh": "训练数据越多，是否总是对深度模型更有利？"},
    "quiz.more_data.always": {"en": "Yes: the CNN is ahead at every training size.", "zh": "是的：在每种训练规模下 CNN 都领先。"},
    "quiz.more_data.not_small": {"en": "No: with few examples classical models can be ahead; the deep model pulls ahead "
                                       "as data grows.",
                                 "zh": "不是：样本少时传统模型可能领先，数据变多后深度模型才逐渐领先。"},
    "quiz.more_data.same": {"en": "No: with enough data every model reaches the same accuracy.",
                            "zh": "不是：数据足够多时所有模型的准确率都一样。"},
    "quiz.more_data.why": {
        "en": "In the stored sweep on the offline MNIST subset (3 seeds), some classical model is ahead of the CNN "
              "at 50 to 500 training digits, the two are within seed variation at 1,000 and 2,000, and the CNN is "
              "ahead of every classical model only at 4,000. The lecture states a trend, and the page measures it.",
        "zh": "在离线 MNIST 子集上保存的扫描（3 个随机种子）中，训练数字为 50 到 500 个时，总有某个传统模型领先于 CNN；"
              "1,000 和 2,000 个时两者在种子波动范围之内；只有到 4,000 个时 CNN 才领先于所有传统模型。讲义说的是趋势，本页对它做了测量。"},
    "quiz.end_to_end.q": {"en": "Hand-made HOG features against a CNN that learns its own features from the pixels "
                                "(end to end): which is ahead?",
                          "zh": "手工设计的 HOG 特征，对比从像素端到端自己学习特征的 CNN：哪个领先？"},
    "quiz.end_to_end.cnn_always": {"en": "The CNN, at every size.", "zh": "CNN，在每种规模下都领先。"},
    "quiz.end_to_end.hog_always": {"en": "The HOG features, at every size.", "zh": "HOG 特征，在每种规模下都领先。"},
    "quiz.end_to_end.needs_data": {"en": "The HOG features with few examples, the CNN with more.",
                                   "zh": "样本少时 HOG 特征领先，样本多时 CNN 领先。"},
    "quiz.end_to_end.why": {
        "en": "In the stored sweep HOG + logistic regression is ahead at every size up to 500 digits, and the CNN is "
              "ahead at 4,000: learning the features end to end needs data, as the lecture says.",
        "zh": "在保存的扫描中，训练数字不超过 500 个时 HOG + 逻辑回归在每种规模下都领先，到 4,000 个时 CNN 领先："
              "正如讲义所说，端到端地学习特征需要数据。"},
    # ---- CNN ----
    "quiz.equivariance.q": {"en": "Shift the input of a convolutional layer by a few pixels (away from the border). What "
                                  "happens to its feature maps?",
                            "zh": "把卷积层的输入平移几个像素（不靠近边缘）。它的特征图会怎样？"},
    "quiz.equivariance.unchanged": {"en": "They stay the same: convolution is translation-invariant.",
                                    "zh": "保持不变：卷积具有平移不变性。"},
    "quiz.equivariance.shifted": {"en": "They shift with it: convolution is translation-equivariant.",
                                  "zh": "随之平移：卷积具有平移等变性。"},
    "quiz.equivariance.scrambled": {"en": "They change in no predictable way.", "zh": "以无法预测的方式改变。"},
    "quiz.equivariance.why": {
        "en": "The same weights are used at every position, so a shifted input gives shifted feature maps: "
              "equivariance. Pooling adds only approximate invariance to small shifts; the CNN page measures how "
              "far that goes.",
        "zh": "每个位置都使用相同的权重，所以输入平移后特征图也随之平移：这是等变性。池化只对小的平移带来近似的不变性；"
              "卷积神经网络页测量了这种不变性能走多远。"},
    "quiz.shift.q": {"en": "The pretrained LeNet-5 was trained on digits moved by up to 2 pixels. Shift the held-out "
                           "digits by 4 pixels: its accuracy…",
                     "zh": "预训练的 LeNet-5 在随机平移至多 2 个像素的数字上训练。把留出的数字平移 4 个像素，它的准确率……"},
    "quiz.shift.barely": {"en": "barely changes (drops less than 5 points)", "zh": "几乎不变（下降不到 5 个百分点）"},
    "quiz.shift.some": {"en": "drops by 5–30 points", "zh": "下降 5–30 个百分点"},
    "quiz.shift.most": {"en": "drops by more than 30 points", "zh": "下降超过 30 个百分点"},
    "quiz.shift.why": {
        "en": "In the lecture step's stored run it fell from 98.2 % to 86.0 %, 12.2 points; it stayed within 5 points "
              "up to 3 pixels. The convolutions move with the input, but pooling absorbs only small shifts and the "
              "fully connected layers still see positions.",
        "zh": "在讲义这一步保存的运行中，准确率从 98.2 % 降到 86.0 %，下降 12.2 个百分点；平移不超过 3 个像素时下降都在 5 个百分点以内。"
              "卷积随输入一起移动，但池化只能吸收小的平移，全连接层仍然看得到位置。"},
    "quiz.scramble.q": {"en": "Scramble the pixels of every image by one fixed permutation and train again. Which "
                              "network loses accuracy?",
                        "zh": "用同一个固定的置换打乱每张图像的像素，再重新训练。哪个网络的准确率会下降？"},
    "quiz.scramble.mlp": {"en": "the MLP", "zh": "多层感知机"},
    "quiz.scramble.both": {"en": "both, about equally", "zh": "两者下降得差不多"},
    "quiz.scramble.cnn": {"en": "the CNN", "zh": "CNN"},
    "quiz.scramble.why": {
        "en": "In the stored experiment the CNN went from 97.0 % to 88.2 % and the MLP stayed at 93.5 %. For the MLP "
              "a fixed permutation changes nothing; the CNN's prior, that nearby pixels belong together, no longer "
              "fits the data.",
        "zh": "在保存的实验中，CNN 从 97.0 % 降到 88.2 %，多层感知机保持 93.5 %。对多层感知机来说，固定的置换什么也没改变；"
              "而 CNN 的先验知识（相邻像素属于一起）不再符合数据。"},
    "quiz.sharing.q": {"en": "What does weight sharing mean in a convolutional layer?",
                       "zh": "卷积层中的权重共享是什么意思？"},
    "quiz.sharing.same_filter": {"en": "The same filter weights are used at every position.",
                                 "zh": "在每个位置都使用相同的卷积核权重。"},
    "quiz.sharing.one_matrix": {"en": "All layers share one weight matrix.", "zh": "所有层共用一个权重矩阵。"},
    "quiz.sharing.same_channel": {"en": "Every output channel uses the same filter.", "zh": "每个输出通道都使用同一个卷积核。"},
    "quiz.sharing.why": {
        "en": "One small filter slides over the whole image, so a stroke is detected the same way wherever it is, "
              "with far fewer weights than a fully connected layer. Each output channel has a filter of its own.",
        "zh": "一个小卷积核在整幅图像上滑动，所以同一笔画无论出现在哪里都以同样的方式被检测到，权重也比全连接层少得多。"
              "每个输出通道有自己的卷积核。"},
    "quiz.prior.q": {"en": "Which prior knowledge does a convolution build in?", "zh": "卷积内置了哪些先验知识？"},
    "quiz.prior.rotation": {"en": "A pattern means the same at any rotation and scale.",
                            "zh": "一个模式在任何旋转角度和尺度下含义都相同。"},
    "quiz.prior.locality": {"en": "Nearby pixels belong together, and a pattern means the same wherever it appears.",
                            "zh": "相邻的像素属于一起，一个模式无论出现在哪里含义都相同。"},
    "quiz.prior.none": {"en": "None: it learns everything from the data.", "zh": "没有：一切都从数据中学习。"},
    "quiz.prior.why": {
        "en": "Locality and translation. It builds in nothing about rotation or scale; the CNN page's training "
              "offers random rotations as augmentation instead. When the prior does not fit (scrambled pixels), "
              "the CNN loses its lead.",
        "zh": "局部性与平移。它对旋转和尺度没有任何内置假设；卷积神经网络页改为在训练中提供随机旋转的数据增强。"
              "当先验不符合数据时（像素被打乱），CNN 就失去了领先。"},
    # ---- RNN ----
    "quiz.weights.q": {"en": "How many sets of weights does an RNN use on a sequence of T steps?",
                       "zh": "循环神经网络处理一个 T 步的序列时使用几组权重？"},
    "quiz.weights.per_step": {"en": "T, one per step", "zh": "T 组，每步一组"},
    "quiz.weights.one": {"en": "one, the same at every step", "zh": "一组，每一步都相同"},
    "quiz.weights.per_length": {"en": "as many as the longest training sequence has steps",
                                "zh": "与最长的训练序列的步数一样多"},
    "quiz.weights.why": {
        "en": "The same weights at every step: h_t = f(W x_t + U h_{t−1} + b). So it handles any length, and what "
              "it remembers must pass through the state h at every step in between.",
        "zh": "每一步使用相同的权重：h_t = f(W x_t + U h_{t−1} + b)。因此它能处理任意长度，而它要记住的东西必须经过中间每一步的状态 h。"},
    "quiz.product.q": {"en": "Why does the gradient vanish or explode in a plain RNN?",
                       "zh": "普通循环神经网络中梯度为什么会消失或爆炸？"},
    "quiz.product.product": {"en": "Each step back multiplies it by a Jacobian ∂hₜ/∂hₜ₋₁: k steps give a product of k matrices.",
                             "zh": "每往回一步都要乘以雅可比矩阵 ∂hₜ/∂hₜ₋₁：k 步就是 k 个矩阵之积。"},
    "quiz.product.sum": {"en": "The gradients of the steps are added up and cancel.", "zh": "各步的梯度相加后相互抵消。"},
    "quiz.product.rate": {"en": "Only because the learning rate is too high.", "zh": "只是因为学习率太高。"},
    "quiz.product.why": {
        "en": "Backpropagation through time multiplies the gradient by diag(1 − hₜ²)·U at every step back. It "
              "vanishes when these matrices shrink it and explodes when they stretch it, before any learning "
              "rate is applied.",
        "zh": "通过时间反向传播时，每往回一步梯度都要乘以 diag(1 − hₜ²)·U。这些矩阵使它缩小时梯度消失，使它放大时梯度爆炸，"
              "与学习率无关。"},
    "quiz.vanish.q": {"en": "A freshly initialised tanh RNN reads 50 steps. What fraction of the gradient on the last "
                            "state reaches the first state?",
                      "zh": "刚初始化的 tanh 循环神经网络读取 50 步。最后一个状态上的梯度有多大比例传到第一个状态？"},
    "quiz.vanish.most": {"en": "more than 1 %", "zh": "超过 1 %"},
    "quiz.vanish.tiny": {"en": "between a millionth and 1 %", "zh": "百万分之一到 1 % 之间"},
    "quiz.vanish.vanished": {"en": "less than a millionth", "zh": "不到百万分之一"},
    "quiz.vanish.why": {
        "en": "In the lecture step's stored run, 1.2 × 10⁻¹⁰: about 0.63 per step over 49 steps back. The LSTM "
              "passed back 1.3 × 10⁻⁵, 1.2 × 10⁵ times as much.",
        "zh": "在讲义这一步保存的运行中是 1.2 × 10⁻¹⁰：往回 49 步，每步约乘以 0.63。LSTM 传回了 1.3 × 10⁻⁵，是它的 1.2 × 10⁵ 倍。"},
    "quiz.lstm.q": {"en": "What lets an LSTM carry information over many steps?",
                    "zh": "是什么让 LSTM 能把信息传递很多步？"},
    "quiz.lstm.wider": {"en": "It has more hidden units than an RNN.", "zh": "它的隐藏单元比循环神经网络多。"},
    "quiz.lstm.no_tanh": {"en": "It has no nonlinearities.", "zh": "它没有非线性函数。"},
    "quiz.lstm.cell": {"en": "A memory cell that gates only scale and add to: c_t = f_t ⊙ c_{t−1} + i_t ⊙ c̃_t.",
                       "zh": "一个只被门控缩放和累加的记忆元：c_t = f_t ⊙ c_{t−1} + i_t ⊙ c̃_t。"},
    "quiz.lstm.why": {
        "en": "While the forget gate stays open, the cell and its gradient pass through nearly unchanged. In the "
              "stored adding-problem sweep (30 epochs, hidden size 32) the RNN solved 7 % of the held-out "
              "sequences of length 50 and the LSTM 74 %.",
        "zh": "遗忘门保持打开时，记忆元及其梯度几乎不变地通过。在保存的加法问题扫描中（30 轮，隐藏层大小 32），长度为 50 时"
              "循环神经网络解出了 7 % 的留出序列，LSTM 解出了 74 %。"},
    "quiz.gru.q": {"en": "In a GRU, h_t = (1 − z_t) ⊙ h̃_t + z_t ⊙ h_{t−1}. When the update gate z_t is near 1…",
                   "zh": "在 GRU 中，h_t = (1 − z_t) ⊙ h̃_t + z_t ⊙ h_{t−1}。当更新门 z_t 接近 1 时……"},
    "quiz.gru.copy": {"en": "the state is copied forward unchanged", "zh": "状态原样向前传递"},
    "quiz.gru.reset": {"en": "the state is reset to zero", "zh": "状态被重置为零"},
    "quiz.gru.replace": {"en": "the state is replaced by the candidate h̃_t", "zh": "状态被候选状态 h̃_t 取代"},
    "quiz.gru.why": {
        "en": "With z_t = 1 the formula gives h_t = h_{t−1}. The reset gate r_t decides how much of the old state "
              "the candidate h̃_t sees. The RNN page shows both cells' equations, as PyTorch computes them.",
        "zh": "z_t = 1 时公式给出 h_t = h_{t−1}。重置门 r_t 决定候选状态 h̃_t 能看到多少旧状态。循环神经网络页列出了两种单元的公式，"
              "与 PyTorch 的计算方式相同。"},
    # ---- GAN ----
    "quiz.optimal.q": {"en": "For a fixed generator, what is the optimal discriminator?",
                       "zh": "对固定的生成器，最优判别器是什么？"},
    "quiz.optimal.perfect": {"en": "A perfect classifier: 1 on every real point, 0 on every generated one.",
                             "zh": "一个完美的分类器：对每个真实点输出 1，对每个生成点输出 0。"},
    "quiz.optimal.ratio": {"en": "D*(x) = p_r(x) / (p_r(x) + p_g(x))", "zh": "D*(x) = p_r(x) / (p_r(x) + p_g(x))"},
    "quiz.optimal.half": {"en": "½ everywhere, whatever the generator", "zh": "处处为 ½，与生成器无关"},
    "quiz.optimal.why": {
        "en": "The optimal D weighs how likely x is under the data against the generator (Goodfellow et al. 2014, "
              "Prop. 1). It is 1 or 0 only where one density is zero, so a perfect classifier is optimal only when "
              "real and generated data do not overlap; it is ½ where the densities agree.",
        "zh": "最优判别器比较 x 在真实分布与生成分布下的可能性（Goodfellow 等，2014，命题 1）。只有在某个密度为零的地方它才是 1 或 0，"
              "所以只有真实数据与生成数据不重叠时，完美的分类器才是最优的；在两个密度相等的地方它为 ½。"},
    "quiz.equilibrium.q": {"en": "When G has learned the data distribution exactly (p_g = p_r), the optimal D outputs…",
                           "zh": "当 G 恰好学到了数据分布（p_g = p_r）时，最优判别器输出……"},
    "quiz.equilibrium.one_zero": {"en": "1 on real points and 0 on generated ones, so V = 0",
                                  "zh": "真实点上为 1、生成点上为 0，所以 V = 0"},
    "quiz.equilibrium.half": {"en": "½ everywhere, so V = −log 4", "zh": "处处为 ½，所以 V = −log 4"},
    "quiz.equilibrium.zero": {"en": "0 everywhere, so V = −∞", "zh": "处处为 0，所以 V = −∞"},
    "quiz.equilibrium.why": {
        "en": "D*(x) = p_r / (p_r + p_g) = ½, and V = log ½ + log ½ = −log 4, the smallest value of "
              "max_D V = −log 4 + 2·JS(p_r ‖ p_g), reached exactly when the two distributions are the same.",
        "zh": "D*(x) = p_r / (p_r + p_g) = ½，V = log ½ + log ½ = −log 4，这是 max_D V = −log 4 + 2·JS(p_r ‖ p_g) 的最小值，"
              "当且仅当两个分布相同时取到。"},
    "quiz.value.q": {"en": "During training V(D, G) comes within 0.1 of −log 4. Does that show that G matches the data?",
                     "zh": "训练中 V(D, G) 与 −log 4 的差不到 0.1。这能说明 G 与数据分布一致吗？"},
    "quiz.value.yes": {"en": "Yes: −log 4 is reached only when the distributions are the same.",
                       "zh": "能：只有两个分布相同时才会达到 −log 4。"},
    "quiz.value.no": {"en": "No: V is measured with the current D, which need not be optimal.",
                      "zh": "不能：V 是用当前的判别器测得的，而它未必是最优的。"},
    "quiz.value.equal_rates": {"en": "Yes, if both networks had the same learning rate.",
                               "zh": "能，只要两个网络的学习率相同。"},
    "quiz.value.why": {
        "en": "V(D, G) ≤ −log 4 + 2·JS for every D, so a weak D gives a V near −log 4 while the distributions "
              "differ. In the lecture step's stored run V was −1.347, within 0.039 of −log 4, while only 6 of the "
              "8 modes were covered.",
        "zh": "对任何判别器都有 V(D, G) ≤ −log 4 + 2·JS，所以较弱的判别器可以让 V 接近 −log 4，而两个分布仍然不同。"
              "在讲义这一步保存的运行中，V = −1.347，与 −log 4 只差 0.039，但 8 个模式只覆盖了 6 个。"},
    "quiz.saturate.q": {"en": "Early in training D rejects G's samples with confidence. With the minimax loss "
                              "log(1 − D(G(z))), G's gradient…",
                        "zh": "训练初期判别器能有把握地拒绝 G 的样本。使用极小极大损失 log(1 − D(G(z))) 时，G 的梯度……"},
    "quiz.saturate.vanishes": {"en": "nearly vanishes: the loss saturates", "zh": "几乎消失：损失饱和了"},
    "quiz.saturate.explodes": {"en": "explodes", "zh": "爆炸"},
    "quiz.saturate.unaffected": {"en": "is as strong as at any other time", "zh": "与其他时候一样强"},
    "quiz.saturate.why": {
        "en": "A discriminator that is too good starves G. The non-saturating loss −log D(G(z)), the GAN page's "
              "default, has the same fixed point and strong gradients early (Goodfellow et al. 2014, §3).",
        "zh": "过于强大的判别器会让 G 得不到梯度。非饱和损失 −log D(G(z))（生成对抗网络页的默认设置）有相同的不动点，"
              "而训练初期梯度很强（Goodfellow 等，2014，第 3 节）。"},
    "quiz.conditional.q": {"en": "What makes a GAN conditional?", "zh": "是什么让生成对抗网络成为条件生成对抗网络？"},
    "quiz.conditional.g_only": {"en": "Only G gets the condition y.", "zh": "只有 G 得到条件 y。"},
    "quiz.conditional.both": {"en": "Both get the condition: G(z, y) and D(x, y), so D judges the pair.",
                              "zh": "两者都得到条件：G(z, y) 与 D(x, y)，判别器评判的是这一对。"},
    "quiz.conditional.classifier": {"en": "A classifier replaces the discriminator.", "zh": "用一个分类器取代判别器。"},
    "quiz.conditional.why": {
        "en": "G must draw what y asks for because D judges image and condition together. In the lecture step's "
              "stored run a separate LeNet-5 read 92.1 % of the generated digits as the digit asked for.",
        "zh": "因为判别器把图像和条件放在一起评判，G 必须画出 y 所要求的内容。在讲义这一步保存的运行中，另一个 LeNet-5 "
              "把 92.1 % 的生成数字读成了所要求的数字。"},
    "quiz.patch.q": {"en": "In pix2pix, what does the PatchGAN discriminator give an (input, output) pair?",
                     "zh": "在 pix2pix 中，PatchGAN 判别器对一对（输入，输出）给出什么？"},
    "quiz.patch.one": {"en": "one real-or-fake score for the whole image", "zh": "整幅图像一个真假得分"},
    "quiz.patch.grid": {"en": "a grid of real-or-fake scores, each judging one patch",
                        "zh": "一个真假得分的网格，每个得分评判一个图块"},
    "quiz.patch.pixels": {"en": "a class for every pixel", "zh": "每个像素一个类别"},
    "quiz.patch.why": {
        "en": "Each score judges one patch, its receptive field, which the GAN page measures by a gradient probe. An "
              "L1 term keeps the output near the true image.",
        "zh": "每个得分评判一个图块，即它的感受野，生成对抗网络页用梯度探针测量了它。一个 L1 项让输出接近真实图像。"},
    # ---- applications ----
    "quiz.box.q": {"en": "What does a face detector output for each face in a photo?",
                   "zh": "人脸检测器对照片中的每张脸输出什么？"},
    "quiz.box.label": {"en": "a yes-or-no for the whole photo", "zh": "对整张照片给出是或否"},
    "quiz.box.box": {"en": "a box (x, y, w, h) in pixels and a score", "zh": "一个以像素计的框 (x, y, w, h) 和一个得分"},
    "quiz.box.name": {"en": "the person's name", "zh": "这个人的名字"},
    "quiz.box.why": {
        "en": "Where each face is and how big: a box and a score. Several neighbouring windows see the same face, "
              "so non-maximum suppression keeps one box per face.",
        "zh": "每张脸在哪里、有多大：一个框和一个得分。几个相邻窗口会看到同一张脸，因此用非极大值抑制为每张脸只保留一个框。"},
    "quiz.iou.q": {"en": "The IoU of a detected box with the true box is…", "zh": "检测框与真实框的 IoU 是……"},
    "quiz.iou.union": {"en": "the area of their intersection divided by the area of their union",
                       "zh": "两框交集的面积除以并集的面积"},
    "quiz.iou.centres": {"en": "the distance between their centres", "zh": "两框中心之间的距离"},
    "quiz.iou.predicted": {"en": "the area of their intersection divided by the detected box's area",
                           "zh": "两框交集的面积除以检测框的面积"},
    "quiz.iou.why": {
        "en": "Intersection over union: 1 for the same box, 0 for boxes that do not touch. Here a box finds a face at "
              "IoU ≥ 0.5; on the lecture step's stored scene every one of the 3 faces was found, at IoU 0.65 to 0.90.",
        "zh": "交并比：两框相同时为 1，不相交时为 0。本应用中 IoU ≥ 0.5 才算找到人脸；在讲义这一步保存的场景中，3 张脸全部找到，"
              "IoU 在 0.65 到 0.90 之间。"},
    "quiz.spectrogram.q": {"en": "How does the speech page's recogniser read a spoken digit?",
                           "zh": "语音识别页的识别器如何读取一个口语数字？"},
    "quiz.spectrogram.waveform": {"en": "the raw waveform, one sample at a time, with an RNN",
                                  "zh": "用循环神经网络逐个采样点读取原始波形"},
    "quiz.spectrogram.spectrogram": {"en": "as a log-mel spectrogram, a 40×101 image, with a small CNN",
                                     "zh": "作为对数梅尔声谱图（一张 40×101 的图），用一个小型 CNN 读取"},
    "quiz.spectrogram.text": {"en": "it transcribes the clip to text first", "zh": "先把录音转写成文字"},
    "quiz.spectrogram.why": {
        "en": "A short-time Fourier transform every 10 ms, pooled into 40 mel bands on a log scale, turns a clip into "
              "a time × frequency image, and the CNN reads it like a picture.",
        "zh": "每 10 毫秒做一次短时傅里叶变换，把功率汇集到 40 个梅尔频带并取对数，一段录音就成了一张时间 × 频率的图，"
              "CNN 像读图片一样读它。"},
    "quiz.unseen.q": {"en": "The speech page's held-out accuracy is measured on speakers the model never heard. Does it "
                            "tell how well it recognises people's voices?",
                      "zh": "语音识别页的留出准确率是在模型从未听过的说话人上测得的。它能说明模型识别真人声音的水平吗？"},
    "quiz.unseen.yes": {"en": "Yes: unseen speakers are unseen speakers.", "zh": "能：没听过的说话人就是没听过的说话人。"},
    "quiz.unseen.easier": {"en": "Yes, and people's voices are easier.", "zh": "能，而且真人的声音更容易识别。"},
    "quiz.unseen.no": {"en": "No: the held-out speakers are synthetic voices.", "zh": "不能：留出的说话人是合成的声音。"},
    "quiz.unseen.why": {
        "en": "The corpus is synthesised with espeak-ng, and the held-out set holds voice variants the model never "
              "heard, synthetic ones; human voices are a harder, untested shift. Try your own voice on the page.",
        "zh": "语料是用 espeak-ng 合成的，留出集中是模型从未听过的声音变体，但都是合成的；真人声音是更难、也未经测试的分布变化。"
              "可以在该页用你自己的声音试一试。"},
    "quiz.bleu.q": {"en": "BLEU = 100 · BP · exp(¼ Σₙ log pₙ). What does BP penalise?",
                    "zh": "BLEU = 100 · BP · exp(¼ Σₙ log pₙ)。其中 BP 惩罚的是什么？"},
    "quiz.bleu.shorter": {"en": "translations shorter than the references", "zh": "比参考译文更短的译文"},
    "quiz.bleu.longer": {"en": "translations longer than the references", "zh": "比参考译文更长的译文"},
    "quiz.bleu.rare": {"en": "rare words", "zh": "罕见词"},
    "quiz.bleu.why": {
        "en": "BP = min(1, e^(1 − r/c)) is below 1 when the c output tokens are fewer than the r reference tokens. "
              "Without it, a short output made only of sure n-grams would score high precisions pₙ.",
        "zh": "当输出的词元数 c 少于参考译文的词元数 r 时，BP = min(1, e^(1 − r/c)) 小于 1。没有它，只由有把握的 n 元组组成的"
              "短输出会得到很高的精度 pₙ。"},
    "quiz.search.q": {"en": "Search the 5 nearest neighbours of held-out digits: how often are they the same digit with "
                            "a trained CNN's features, compared with raw pixels?",
                      "zh": "为留出的数字搜索 5 个最近邻：用训练好的 CNN 的特征与用原始像素相比，近邻是同一数字的频率如何？"},
    "quiz.search.cnn": {"en": "clearly more often with the CNN's features", "zh": "用 CNN 特征时明显更高"},
    "quiz.search.same": {"en": "about the same", "zh": "差不多"},
    "quiz.search.pixels": {"en": "more often with raw pixels", "zh": "用原始像素时更高"},
    "quiz.search.why": {
        "en": "In the lecture step's stored run, 96.7 % of the neighbours were the query's digit with the pretrained "
              "LeNet-5's 84 penultimate features and 84.9 % with the 784 raw pixels: search is nearest neighbours "
              "in a feature space, and learned features make better neighbours.",
        "zh": "在讲义这一步保存的运行中，用预训练 LeNet-5 倒数第二层的 84 个特征时，96.7 % 的近邻与查询是同一数字；"
              "用 784 个原始像素时为 84.9 %。搜索就是在特征空间里找最近邻，学到的特征给出更好的近邻。"},
}

TEXT: dict[str, dict[str, str]] = {**PAGE, **QUESTIONS}
