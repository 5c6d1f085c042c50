"""The words of the perceptron page, in English and 简体中文 (core.i18n assembles the table)."""

TEXT: dict[str, dict[str, str]] = {
    "pc.idea": {
        "en": "Rosenblatt's perceptron (1957) weighs its inputs and fires if the sum is positive. Folding the "
              "bias into W as a constant input x₀ = 1 makes the boundary the line Wᵀx̃ = 0. Learning visits the "
              "points in order and, at each mistake, adds y·x̃ to W. The chart labels the two classes 0 and 1; the rule "
              "codes them as y = −1 and y = +1, so that one update moves W towards the point's side.",
        "zh": "Rosenblatt 的感知机（1957）对输入加权求和，和为正就输出 1。把偏置并入 W、视作恒为 1 的输入 x₀，决策边界就是直线 "
              "Wᵀx̃ = 0。学习时按顺序检查每个点，每遇到一个错误就把 y·x̃ 加到 W 上。图中两类标为 0 和 1；"
              "学习规则把它们记作 y = −1 和 y = +1，这样一次更新就把 W 推向该点所在的一侧。"},
    "pc.if": {"en": "if", "zh": "若"},
    "pc.bce": {"en": "cross-entropy", "zh": "交叉熵"},
    "pc.source": {"en": "Points", "zh": "数据点"},
    "pc.source.linear": {"en": "linearly separable", "zh": "线性可分"},
    "pc.source.xor4": {"en": "XOR (the 4 points of the truth table)", "zh": "异或（真值表的 4 个点）"},
    "pc.source.xor": {"en": "XOR (a noisy cloud)", "zh": "异或（带噪声的点云）"},
    "pc.source.csv": {"en": "your own (CSV)", "zh": "自己的数据（CSV）"},
    "pc.margin": {"en": "Margin (empty band around the line)", "zh": "间隔（分界线两侧的空白带宽）"},
    "pc.two_classes": {"en": "The perceptron separates two classes; these points have more. Use two labels.",
                       "zh": "感知机只能区分两类，而这些点多于两类。请只用两种标签。"},
    "pc.one_update": {"en": "One update", "zh": "更新一次"},
    "pc.one_epoch": {"en": "One epoch", "zh": "一轮"},
    "pc.converge": {"en": "Run to convergence", "zh": "运行至收敛"},
    "pc.boundary": {"en": "boundary Wᵀx̃ = 0", "zh": "边界 Wᵀx̃ = 0"},
    "pc.previous": {"en": "before the update", "zh": "更新前的边界"},
    "pc.weights": {"en": "(w₁, w₂)", "zh": "(w₁, w₂)"},
    "pc.caused": {"en": "misclassified point", "zh": "被分错的点"},
    "pc.updates": {"en": "Updates", "zh": "更新次数"},
    "pc.epochs": {"en": "Epochs", "zh": "轮数"},
    "pc.bound": {"en": "Bound (R/γ)²", "zh": "上界 (R/γ)²"},
    "pc.bound_detail": {"en": "Novikoff's bound on the number of updates, computed on these points: R = max‖x̃‖ = {R}, "
                              "γ = largest margin of a unit W = {gamma}.",
                        "zh": "Novikoff 给出的更新次数上界，在这些点上计算：R = max‖x̃‖ = {R}，γ = 单位向量 W 能达到的最大间隔 = {gamma}。"},
    "pc.mistakes": {"en": "Mistakes per epoch", "zh": "每轮的错误数"},
    "pc.converged": {
        "en": "Converged: every point is on the right side after {updates} updates in {epochs} epoch(s), "
              "{share} of Novikoff's bound.",
        "zh": "已收敛：经过 {epochs} 轮、{updates} 次更新，所有点都在正确的一侧，更新次数是 Novikoff 上界的 {share}。"},
    "pc.cycle": {
        "en": "The rule will never converge. The weights at the end of epoch {now} are the same as at the end of "
              "epoch {first}, so it repeats the same {period}-epoch cycle forever. No line separates these points "
              "(a linear program confirms it).",
        "zh": "该规则永远不会收敛：第 {now} 轮结束时的权重与第 {first} 轮结束时完全相同，因此它会永远重复这个长度为 {period} "
              "轮的循环。没有任何直线能分开这些点（线性规划已验证）。"},
    "pc.not_separable": {
        "en": "No line separates these points (a linear program confirms it), so the rule can never converge. "
              "Its weights stay bounded, but with real-valued points an exact repeat may take very long to appear; "
              "none has been seen in {epochs} epochs. The 4-point XOR shows the cycle within a few epochs.",
        "zh": "没有任何直线能分开这些点（线性规划已验证），因此该规则永远不会收敛。它的权重始终有界，但对于实数坐标的点，"
              "权重完全重复可能要很久才出现；目前 {epochs} 轮内尚未出现。4 点异或几轮之内就能看到循环。"},
    "pc.mlp_title": {"en": "One hidden layer solves it", "zh": "加一个隐藏层就能解决"},
    "pc.mlp_button": {"en": "Train a 2-layer network on these points", "zh": "在这些点上训练一个两层网络"},
    "pc.mlp_result": {
        "en": "A network with one hidden layer of 8 tanh units, trained for {epochs} epochs with the shared loop: "
              "{train} of the training points and {test} of the held-out points correct.",
        "zh": "一个含 8 个 tanh 单元隐藏层的网络，用共享训练循环训练 {epochs} 轮：训练点准确率 {train}，留出点准确率 {test}。"},
    "pc.sigmoid_title": {"en": "Step versus sigmoid", "zh": "阶跃函数与 sigmoid 对比"},
    "pc.sigmoid_idea": {
        "en": "Replace the step f = sign by the sigmoid σ(z) = 1/(1+e^(−z)) and the rule by gradient descent on the "
              "cross-entropy loss: that is logistic regression. Its loss is smooth and convex in W, so on data no "
              "line separates gradient descent settles towards the best line it can find instead of cycling.",
        "zh": "把阶跃函数 f = sign 换成 sigmoid σ(z) = 1/(1+e^(−z))，把学习规则换成对交叉熵损失做梯度下降，就得到逻辑回归。"
              "它的损失对 W 是光滑的凸函数，因此即使数据线性不可分，梯度下降也会逐渐稳定在它能找到的最好的直线附近，而不是循环往复。"},
    "pc.sigmoid_button": {"en": "Train the sigmoid neuron (300 steps of gradient descent)",
                          "zh": "训练 sigmoid 神经元（梯度下降 300 步）"},
    "pc.sigmoid_boundary": {"en": "sigmoid neuron", "zh": "sigmoid 神经元"},
    "pc.both_boundaries": {"en": "Perceptron (black) and sigmoid neuron (green)", "zh": "感知机（黑）与 sigmoid 神经元（绿）"},
    "pc.logistic_loss": {"en": "Sigmoid neuron: cross-entropy loss", "zh": "sigmoid 神经元：交叉熵损失"},
    "pc.sigmoid_result": {
        "en": "Measured on these points: the sigmoid neuron classifies {acc} correctly, the perceptron's current "
              "weights {perceptron}.",
        "zh": "在这些点上测得：sigmoid 神经元的准确率为 {acc}，感知机当前权重的准确率为 {perceptron}。"},
}
