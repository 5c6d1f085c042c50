"""The words of the Challenges page and of every challenge (core/challenges.py), in English and 简体中文.

Each challenge has a goal, a hint and an evidence sentence whose {names} are the numbers its check returns."""

PAGE: dict[str, dict[str, str]] = {
    "page.challenges.title": {"en": "Challenges", "zh": "挑战"},
    "page.challenges.blurb": {
        "en": "Goals to reach on the pages, each checked from the numbers your own runs measured.",
        "zh": "在各页面上要达成的目标，每一项都由你自己的训练记录实际测得的数值来检验。"},
    "challenges.idea": {
        "en": "Each challenge is checked from numbers the app measured, so nothing here can be ticked by hand. "
              "Most are met by one of your stored runs: the app reads the run's settings and what its training "
              "measured. Train on the page named under a goal; when the run ends it is stored and this page finds "
              "it. The others are checked on their page, from what that page has just measured, and kept with "
              "your progress.",
        "zh": "每项挑战都由本应用实际测得的数值来检验，所以这里没有可以手动勾选的项目。"
              "大多数挑战由你保存的某一次训练来完成：本应用读取该次训练的设置和训练中实际测得的数值。"
              "到目标下方注明的页面去训练；训练结束后记录会被保存，本页就能找到它。"
              "其余挑战在各自的页面上、根据该页面刚刚测得的结果来检验，并记入你的学习进度。"},
    "challenges.on_its_page": {"en": "Checked on its page from what the page measured.",
                               "zh": "在所在页面上根据该页面的测量结果检验。"},
    "challenges.just_met": {"en": "Challenge met: {goal}", "zh": "挑战完成：{goal}"},
    "challenges.count": {"en": "{met} of {total} challenges met.",
                         "zh": "已完成 {total} 项挑战中的 {met} 项。"},
    "challenges.met": {"en": "Met", "zh": "已完成"},
    "challenges.not_yet": {"en": "Not yet", "zh": "尚未完成"},
    "challenges.hint": {"en": "Hint", "zh": "提示"},
    "challenges.where": {"en": "On the page: {page}", "zh": "所在页面：{page}"},
    "challenges.run": {"en": "Met by your run “{name}” (`{id}`).", "zh": "由你的训练记录“{name}”（`{id}`）完成。"},
    "challenges.open": {"en": "Open this run in {page}", "zh": "在{page}中打开这次训练"},
    "challenges.gone": {"en": "This run can no longer be opened (deleted, or its weights are missing).",
                        "zh": "无法再打开这次训练（已被删除，或权重文件缺失）。"},
    "challenges.kept": {"en": "Newly met: kept with your progress.", "zh": "新完成：已记入你的学习进度。"},
    "challenges.not_kept": {"en": "Met, but it could not be kept with your progress here; it shows while the run is stored.",
                            "zh": "已完成，但此处无法记入学习进度；只要这次训练仍被保存，本页就会显示它。"},
    "challenges.on_page": {"en": "Challenges on this page: {met} of {total} met",
                           "zh": "本页的挑战：已完成 {met} / {total}"},
    "challenges.all": {"en": "All challenges", "zh": "全部挑战"},
}

CHALLENGES: dict[str, dict[str, str]] = {
    "challenge.xor_linear.goal": {
        "en": "Reach ≥ {acc} % test accuracy on XOR with no hidden layer at all.",
        "zh": "不用任何隐藏层，在异或数据上达到 ≥ {acc} % 的测试准确率。"},
    "challenge.xor_linear.hint": {
        "en": "A line cannot separate XOR in (x1, x2); which input feature makes the two classes differ by sign?",
        "zh": "在 (x1, x2) 中没有直线能分开异或；哪个输入特征能让两类的符号不同？"},
    "challenge.xor_linear.evidence": {
        "en": "Test accuracy {test_acc} % with the features “{features}” and no hidden layer.",
        "zh": "测试准确率 {test_acc} %，输入特征为“{features}”，没有隐藏层。"},
    "challenge.circles_few.goal": {
        "en": "Reach ≥ {acc} % test accuracy on the circles with at most {units} hidden units in all, and only "
              "the features x1 and x2.",
        "zh": "只用 x1 和 x2 两个特征、隐藏单元总数不超过 {units} 个，在同心圆数据上达到 ≥ {acc} % 的测试准确率。"},
    "challenge.circles_few.hint": {
        "en": "Each tanh unit of one hidden layer draws one straight line. How many lines enclose the inner circle?",
        "zh": "单隐藏层中的每个 tanh 单元画出一条直线。围住内圈至少需要几条直线？"},
    "challenge.circles_few.evidence": {
        "en": "Test accuracy {test_acc} % with {units} hidden units on x1 and x2.",
        "zh": "在 x1 和 x2 上用 {units} 个隐藏单元，测试准确率为 {test_acc} %。"},
    "challenge.spiral_small.goal": {
        "en": "Reach ≥ {acc} % test accuracy on the spiral ({classes} arms or more) with at most {units} hidden "
              "units in all layers together.",
        "zh": "在螺旋数据（至少 {classes} 条臂）上达到 ≥ {acc} % 的测试准确率，所有隐藏层的单元合计不超过 {units} 个。"},
    "challenge.spiral_small.hint": {
        "en": "The page's suggestion (16-16-16) is far more than needed. Try two small layers and a larger "
              "learning rate, and give it a few hundred epochs.",
        "zh": "页面建议的 16-16-16 远超所需。试试两个小的隐藏层和较大的学习率，并训练几百轮。"},
    "challenge.spiral_small.evidence": {
        "en": "Test accuracy {test_acc} % on {classes} arms with {units} hidden units.",
        "zh": "在 {classes} 条臂上测试准确率为 {test_acc} %，共 {units} 个隐藏单元。"},
    "challenge.overfit.goal": {
        "en": "Make a network overfit: training accuracy at least {gap} points above test accuracy.",
        "zh": "让网络过拟合：训练准确率比测试准确率高出至少 {gap} 个百分点。"},
    "challenge.overfit.hint": {
        "en": "Few noisy points, a large network and many epochs: it memorises the training points.",
        "zh": "少量带噪声的数据点、大网络、多轮训练：网络会记住训练点。"},
    "challenge.overfit.evidence": {
        "en": "Training accuracy {train_acc} %, test accuracy {test_acc} %: a gap of {gap} points.",
        "zh": "训练准确率 {train_acc} %，测试准确率 {test_acc} %：相差 {gap} 个百分点。"},
    "challenge.regularise.goal": {
        "en": "Then fix it: on the same data as your overfitting run, a regularised run whose gap is below "
              "{gap} points.",
        "zh": "然后修正它：在与过拟合那次训练相同的数据上，用正则化训练，使差距小于 {gap} 个百分点。"},
    "challenge.regularise.hint": {
        "en": "Keep the data settings (data set, points, noise, split, seed), choose L2 (weight decay) and raise "
              "its rate step by step until the two accuracies meet.",
        "zh": "保持数据设置不变（数据集、点数、噪声、划分、种子），选择 L2（权重衰减），逐步增大正则化系数，直到两个准确率接近。"},
    "challenge.regularise.evidence": {
        "en": "{regularization} at rate {reg_rate}: training accuracy {train_acc} %, test accuracy {test_acc} %, "
              "a gap of {gap} points.",
        "zh": "{regularization} 正则化，系数 {reg_rate}：训练准确率 {train_acc} %，测试准确率 {test_acc} %，相差 {gap} 个百分点。"},
    "challenge.cnn_small.goal": {
        "en": "Reach ≥ {acc} % test accuracy on handwritten digits with at most {params} parameters.",
        "zh": "在手写数字上达到 ≥ {acc} % 的测试准确率，模型参数不超过 {params} 个。"},
    "challenge.cnn_small.hint": {
        "en": "LeNet-5 has about 60 000 parameters, most of them in its fully connected layers. A narrow VGG "
              "or ResNet with batch normalisation keeps its parameters in the convolutions.",
        "zh": "LeNet-5 约有 60 000 个参数，大多在全连接层中。较窄的 VGG 或 ResNet 加上批量规范化，参数主要在卷积层里。"},
    "challenge.cnn_small.evidence": {
        "en": "Test accuracy {test_acc} % with {params} parameters.",
        "zh": "测试准确率 {test_acc} %，参数 {params} 个。"},
    "challenge.adding_lstm.goal": {
        "en": "Train an LSTM that solves the adding problem at length ≥ {length}: at least {acc} % of held-out "
              "sequences within 0.04 of the true sum.",
        "zh": "训练一个 LSTM 解决长度 ≥ {length} 的加法问题：至少 {acc} % 的留出序列与真实和之差小于 0.04。"},
    "challenge.adding_lstm.hint": {
        "en": "The LSTM's gates let the two marked numbers survive 50 steps. Give it more epochs, and try the "
              "learning rate in both directions.",
        "zh": "LSTM 的门让两个被标记的数能保留 50 步。给它更多的轮数，并把学习率往大、往小两个方向都试试。"},
    "challenge.adding_lstm.evidence": {
        "en": "{solved} % of held-out sequences of length {length} solved.",
        "zh": "长度为 {length} 的留出序列中有 {solved} % 被解决。"},
    "challenge.adding_plain_rnn.goal": {
        "en": "Then train a plain RNN with exactly the settings of your LSTM: it solves at most {acc} % at length "
              "≥ {length}.",
        "zh": "然后用与你的 LSTM 完全相同的设置训练一个普通 RNN：在长度 ≥ {length} 时它最多解决 {acc} %。"},
    "challenge.adding_plain_rnn.hint": {
        "en": "Change only the cell. Each step back multiplies the plain RNN's gradient by its Jacobian: after 50 "
              "steps, what is left of the signal from the first marked number?",
        "zh": "只改变单元类型。每往回一步，普通 RNN 的梯度都要乘以它的雅可比矩阵：50 步之后，来自第一个被标记的数的信号还剩多少？"},
    "challenge.adding_plain_rnn.evidence": {
        "en": "The plain RNN solved {solved} % of held-out sequences of length {length}.",
        "zh": "普通 RNN 解决了长度为 {length} 的留出序列中的 {solved} %。"},
    "challenge.gan_collapse.goal": {
        "en": "Make the 2D GAN collapse on the ring: after at least {steps} steps, the generator covers at most "
              "{modes} of the 8 modes.",
        "zh": "让二维 GAN 在圆环上发生模式崩溃：训练至少 {steps} 步后，生成器最多只覆盖 8 个模式中的 {modes} 个。"},
    "challenge.gan_collapse.hint": {
        "en": "Make the generator learn much faster than the discriminator: it then chases one mode at a time.",
        "zh": "让生成器的学习速度远快于判别器：它会一次只追逐一个模式。"},
    "challenge.gan_collapse.evidence": {
        "en": "{modes} of 8 modes covered after {steps} steps.",
        "zh": "训练 {steps} 步后覆盖了 8 个模式中的 {modes} 个。"},
    "challenge.gan_all_modes.goal": {
        "en": "Then cure that collapse: keep the generator's learning rate of your collapsed run and find "
              "another setting with which it covers all 8 modes of the ring.",
        "zh": "然后治好这次崩溃：保持崩溃那次训练中生成器的学习率，找到另一项设置，使生成器覆盖圆环的全部 8 个模式。"},
    "challenge.gan_all_modes.hint": {
        "en": "The generator outran its critic. What lets the discriminator keep up: its own learning rate, or "
              "more discriminator steps per generator step?",
        "zh": "生成器跑得比判别器快。怎样让判别器跟上：提高它自己的学习率，还是每个生成器步做更多判别器步？"},
    "challenge.gan_all_modes.evidence": {
        "en": "{modes} of 8 modes covered with the generator's learning rate {g_lr}, the discriminator's {d_lr} "
              "and {d_steps} discriminator step(s) per generator step.",
        "zh": "覆盖了 8 个模式中的 {modes} 个：生成器学习率 {g_lr}，判别器学习率 {d_lr}，每个生成器步做 {d_steps} 个判别器步。"},
    "challenge.dates.goal": {
        "en": "Reach ≥ {acc} % exact match on held-out dates with at most {params} parameters (the default "
              "model has more than three times as many).",
        "zh": "用不超过 {params} 个参数的模型，在留出的日期上达到 ≥ {acc} % 的完全匹配率（默认模型的参数是其三倍多）。"},
    "challenge.dates.hint": {
        "en": "Dates are the most regular of the three kinds. The page shows the parameter count of the settings; "
              "shrink the hidden and embedding sizes and give it the epochs it needs.",
        "zh": "日期是三类例子中最规整的一类。页面会显示当前设置的参数量；缩小隐状态和嵌入的维度，并给它足够的轮数。"},
    "challenge.dates.evidence": {
        "en": "Exact match on held-out dates {exact} % with {params} parameters.",
        "zh": "留出日期上的完全匹配率为 {exact} %，模型参数 {params} 个。"},
    "challenge.speech_fast.goal": {
        "en": "Reach ≥ {acc} % accuracy on unseen speakers within {seconds} s of training.",
        "zh": "在 {seconds} 秒的训练之内，对未见过的说话人达到 ≥ {acc} % 的准确率。"},
    "challenge.speech_fast.hint": {
        "en": "Each epoch costs time: a narrower network trains faster, and the schedule ends with the epochs "
              "you choose. The Experiments page shows how long each run trained.",
        "zh": "每一轮都要花时间：更窄的网络训练得更快，学习率调度会在你选定的轮数处结束。“实验记录”页面会显示每次训练用了多长时间。"},
    "challenge.speech_fast.evidence": {
        "en": "Accuracy {test_acc} % on unseen speakers after {seconds} s of training.",
        "zh": "训练 {seconds} 秒后，在未见过的说话人上准确率为 {test_acc} %。"},
    "challenge.speech_augment.goal": {
        "en": "Measure what the waveform augmentation buys: train the speech model twice with the same settings, "
              "once with it and once without.",
        "zh": "测一测波形数据增广带来了什么：用相同的设置训练语音模型两次，一次开启增广，一次关闭。"},
    "challenge.speech_augment.hint": {
        "en": "Change only the augmentation switch (the seed may differ). Compare the accuracies on the unseen "
              "speakers, not on the training clips.",
        "zh": "只改变数据增广的开关（随机种子可以不同）。比较在未见过的说话人上的准确率，而不是训练片段上的。"},
    "challenge.speech_augment.evidence": {
        "en": "On unseen speakers: {on} % with the augmentation, {off} % without it, the other settings the same.",
        "zh": "在未见过的说话人上：开启增广为 {on} %，关闭为 {off} %，其他设置相同。"},
    "challenge.perceptron_cycle.goal": {
        "en": "Make the perceptron rule cycle: its weights come back to where they were a whole epoch earlier.",
        "zh": "让感知机学习规则陷入循环：权重在整整一轮之后回到之前的值。"},
    "challenge.perceptron_cycle.hint": {
        "en": "The rule stops only when no point is misclassified. On which data can that never happen?",
        "zh": "只有当没有任何点被分错时，规则才会停止。在什么样的数据上这永远不会发生？"},
    "challenge.perceptron_cycle.evidence": {
        "en": "On {points} points the weights after epoch {first} came back {period} epoch(s) later.",
        "zh": "在 {points} 个点上，第 {first} 轮之后的权重在 {period} 轮之后再次出现。"},
    "challenge.perceptron_quick.goal": {
        "en": "Let the rule converge on at least {points} points after at most {updates} updates.",
        "zh": "让规则在至少 {points} 个点上、最多 {updates} 次更新之内收敛。"},
    "challenge.perceptron_quick.hint": {
        "en": "Novikoff's bound (R/γ)² limits the updates: which setting of the points makes γ large?",
        "zh": "Novikoff 上界 (R/γ)² 限制了更新次数：数据点的哪项设置能让 γ 变大？"},
    "challenge.perceptron_quick.evidence": {
        "en": "Converged on {points} points after {updates} updates; Novikoff's bound was {bound}.",
        "zh": "在 {points} 个点上经过 {updates} 次更新收敛；Novikoff 上界为 {bound}。"},
    "challenge.perceptron_tight.goal": {
        "en": "Let the rule converge on points whose Novikoff bound (R/γ)² exceeds {bound} updates.",
        "zh": "让规则在 Novikoff 上界 (R/γ)² 超过 {bound} 次更新的点上收敛。"},
    "challenge.perceptron_tight.hint": {
        "en": "The bound grows as 1/γ²: what makes the margin γ small? Then compare the updates it took with the bound.",
        "zh": "上界按 1/γ² 增长：什么会让间隔 γ 变小？然后比较实际的更新次数与上界。"},
    "challenge.perceptron_tight.evidence": {
        "en": "Converged on {points} points after {updates} updates; Novikoff's bound was {bound}.",
        "zh": "在 {points} 个点上经过 {updates} 次更新收敛；Novikoff 上界为 {bound}。"},
    "challenge.cnn_shift.goal": {
        "en": "Find the shift in pixels at which the CNN's test accuracy first falls below {acc} % "
              "(under “What the convolution assumes”).",
        "zh": "找出卷积神经网络的测试准确率首次低于 {acc} % 的平移像素数（在“卷积的假设”一节）。"},
    "challenge.cnn_shift.hint": {
        "en": "Read the mean curve of the shift chart; if it never falls that low, rerun with a larger largest shift.",
        "zh": "看平移图中的平均曲线；如果它从未降到这么低，就用更大的最大平移重新运行。"},
    "challenge.cnn_shift.evidence": {
        "en": "At {shift} px the CNN's mean accuracy was {acc} %, one pixel less it was {before} %.",
        "zh": "平移 {shift} 像素时卷积神经网络的平均准确率为 {acc} %，少一个像素时为 {before} %。"},
    "challenge.faces_threshold.goal": {
        "en": "Find the lowest detection threshold (in steps of 0.01) at which your detector keeps precision "
              "≥ {precision} % on the test scenes.",
        "zh": "找出检测器在测试场景上仍保持精确率 ≥ {precision} % 的最低检测阈值（步长 0.01）。"},
    "challenge.faces_threshold.hint": {
        "en": "Lowering the threshold keeps more boxes: recall can only rise, precision usually falls. "
              "Move the threshold slider down one step at a time and watch the table.",
        "zh": "降低阈值会保留更多的框：召回率只会上升，精确率通常会下降。每次把阈值滑块下调一格，观察表格。"},
    "challenge.faces_threshold.evidence": {
        "en": "At threshold {threshold}: precision {precision} %, recall {recall} %; at {lower} precision falls "
              "to {lower_precision} %.",
        "zh": "阈值为 {threshold} 时精确率为 {precision} %，召回率为 {recall} %；阈值为 {lower} 时精确率降到 "
              "{lower_precision} %。"},
}

TEXT: dict[str, dict[str, str]] = {**PAGE, **CHALLENGES}
