"""The words of the depth page, in English and 简体中文 (core.i18n assembles the table)."""

TEXT: dict[str, dict[str, str]] = {
    "depth.idea": {
        "en": "Håstad (1986) proved that computing the parity of n bits (is the number of ones odd?) with AND/OR "
              "circuits of a fixed depth d needs exponentially many gates, while a deep circuit — a tree of XORs — "
              "needs only about 5n. The deep circuit reuses what earlier layers computed. This page counts the "
              "gates, trains networks of several depths at equal parameter budgets, and shows a depth separation "
              "for ReLU networks that holds exactly.",
        "zh": "Håstad（1986）证明：用固定深度 d 的与/或电路计算 n 位的奇偶性（1 的个数是否为奇数），需要指数多个门；"
              "而深层电路——一棵异或树——只需约 5n 个门，因为它复用了前面各层的计算结果。本页统计门数，在相同参数预算下"
              "训练不同深度的网络，并展示一个对 ReLU 网络严格成立的深度分离结果。"},
    "depth.tab.circuits": {"en": "Circuits (exact)", "zh": "电路（精确计数）"},
    "depth.tab.nets": {"en": "Neural networks (trained)", "zh": "神经网络（训练）"},
    "depth.tab.relu": {"en": "ReLU sawtooth (exact)", "zh": "ReLU 锯齿函数（精确）"},
    "depth.dnf_built": {"en": "depth 2 (DNF), built and counted", "zh": "深度 2（析取范式），实际构造计数"},
    "depth.dnf_formula": {"en": "depth 2 (DNF): n + 2ⁿ⁻¹ + 1", "zh": "深度 2（析取范式）：n + 2ⁿ⁻¹ + 1"},
    "depth.tree_built": {"en": "XOR tree, built and counted: 5(n − 1)", "zh": "异或树，实际构造计数：5(n − 1)"},
    "depth.bound": {"en": "Håstad's lower bound, depth {d}", "zh": "Håstad 下界，深度 {d}"},
    "depth.bound_shape": {"en": "growth of Håstad's bound, depth {d}: 2^(n^(1/(d−1)))",
                          "zh": "Håstad 下界的增长形式，深度 {d}：2^(n^(1/(d−1)))"},
    "depth.with_constant": {"en": "Use Håstad's constant (1/10)^(d/(d−1))", "zh": "使用 Håstad 的常数 (1/10)^(d/(d−1))"},
    "depth.constant_help": {"en": "With the constant the bound is proven but tiny for n ≤ 20; without it the curves "
                                  "show how fast it grows with n.",
                            "zh": "带常数的下界已被证明，但在 n ≤ 20 时数值很小；去掉常数后，曲线展示它随 n 增长的速度。"},
    "depth.sizes_title": {"en": "Gates needed for n-bit parity", "zh": "计算 n 位奇偶性所需的门数"},
    "depth.gates": {"en": "gates (log scale)", "zh": "门数（对数坐标）"},
    "depth.sizes_notice": {
        "en": "**What is counted.** Gates of circuits built here (AND/OR of any fan-in, NOT gates included). For "
              "n = 20 the depth-2 circuit has {dnf} gates, the XOR tree {tree} with depth {depth}. Håstad's curves "
              "are lower bounds for any circuit of that depth once n is large enough; with his constant they stay "
              "small for n ≤ 20, so they show how fast the cost grows, not the exact count. For depth 2 the exact "
              "answer is known: every DNF for parity needs all 2ⁿ⁻¹ terms.",
        "zh": "**计数方式。** 统计本页实际构造的电路中的门（任意扇入的与门/或门，包括非门）。n = 20 时，深度 2 的电路有 {dnf} "
              "个门，异或树只有 {tree} 个门、深度 {depth}。Håstad 的曲线是 n 足够大时任意该深度电路的下界；按他的常数，在 "
              "n ≤ 20 时数值仍很小，因此曲线展示的是增长速度，而非精确门数。深度 2 的精确答案已知：奇偶函数的任何析取范式都需要全部 "
              "2ⁿ⁻¹ 项。"},
    "depth.tree_title": {"en": "The XOR tree, gate by gate", "zh": "逐个门查看异或树"},
    "depth.bits": {"en": "Bits n", "zh": "位数 n"},
    "depth.bit_string": {"en": "Input bits", "zh": "输入比特"},
    "depth.bad_bits": {"en": "Type exactly {n} characters, each 0 or 1.", "zh": "请恰好输入 {n} 个字符，每个为 0 或 1。"},
    "depth.tree_plot": {"en": "Each ⊕ reads two values from the level below; parity = {parity}",
                        "zh": "每个 ⊕ 读取下一层的两个值；奇偶性 = {parity}"},
    "depth.tree_notice": {"en": "This tree uses {gates} gates; the depth-2 circuit for the same n uses {dnf}.",
                          "zh": "这棵树用了 {gates} 个门；同样 n 的深度 2 电路要用 {dnf} 个。"},
    "depth.nets_idea": {
        "en": "For a parameter budget, networks with 1 to 4 hidden layers of equal width are trained (tanh, Adam, "
              "±1-coded bits) on 75 % of the truth table and tested on the other 25 %. The star is a network built "
              "by hand from the XOR tree, exact on every input.",
        "zh": "在给定参数预算下，训练 1 到 4 个等宽隐藏层的网络（tanh、Adam、比特编码为 ±1），用 75% 的真值表训练、"
              "其余 25% 测试。星号是按异或树手工构造的网络，对每个输入都精确。"},
    "depth.seeds": {"en": "Seeds", "zh": "随机种子数"},
    "depth.budget": {"en": "Largest parameter budget", "zh": "最大参数预算"},
    "depth.run_sweep": {"en": "Train the sweep (4 depths × 5 budgets)", "zh": "训练全部组合（4 种深度 × 5 个预算）"},
    "depth.training": {"en": "Training…", "zh": "训练中……"},
    "depth.trained": {"en": "Trained {i} of {k} networks", "zh": "已训练 {i}/{k} 个网络"},
    "depth.depth_line": {"en": "{d} hidden layer(s)", "zh": "{d} 个隐藏层"},
    "depth.acc_title": {"en": "Held-out accuracy on {n}-bit parity (band: min–max over {seeds} seeds)",
                        "zh": "{n} 位奇偶性的留出准确率（阴影：{seeds} 个种子的最小–最大值）"},
    "depth.params": {"en": "parameters", "zh": "参数量"},
    "depth.test_acc": {"en": "held-out accuracy", "zh": "留出准确率"},
    "depth.tree_net": {"en": "hand-built XOR-tree network", "zh": "手工构造的异或树网络"},
    "depth.sweep_notice": {
        "en": "**What was measured.** The best mean held-out accuracy was {acc}, by {depth} hidden layer(s) with "
              "{params} parameters. The hand-built deep network needs {tree} parameters and is exact. Parity is a "
              "hard target for generalisation: flipping any one bit flips the answer, so the held-out points test "
              "whether a network found the rule, not nearby examples. Compare the lines rather than any one point; "
              "the spread across seeds is large.",
        "zh": "**测量结果。** 平均留出准确率最高为 {acc}，由 {depth} 个隐藏层、{params} 个参数的网络取得。手工构造的深层网络只需 "
              "{tree} 个参数且完全正确。奇偶性很难泛化：改变任意一位都会改变答案，因此留出数据检验的是网络是否找到了规则，"
              "而不是记住了相邻样本。请比较整条曲线，而不是单个点；不同种子之间差异很大。"},
    "depth.csv": {"en": "Download the sweep as CSV", "zh": "下载结果（CSV）"},
    "depth.rnn_title": {"en": "Depth through time: a tiny RNN", "zh": "时间上的深度：一个很小的 RNN"},
    "depth.run_rnn": {"en": "Train the RNN and the shallow networks", "zh": "训练 RNN 与浅层网络"},
    "depth.rnn": {"en": "RNN with 4 units ({params} parameters), trained on 16 bits",
                  "zh": "4 个单元的 RNN（{params} 个参数），在 16 位上训练"},
    "depth.shallow": {"en": "best one-hidden-layer network within the budget (≈{params} parameters at n = 12)",
                      "zh": "预算内的单隐藏层网络（n = 12 时约 {params} 个参数）"},
    "depth.rnn_plot": {"en": "Parity of n bits: held-out accuracy", "zh": "n 位奇偶性：留出准确率"},
    "depth.rnn_notice": {
        "en": "**What was measured.** The RNN reads one bit at a time and keeps one running state: {acc} on fresh "
              "16-bit strings, and it carries over to longer strings it never saw (attempts needed: {attempts}; a "
              "run that stalls restarts from the next seed). The shallow networks are trained per n on 75 % of the "
              "truth table and tested on the rest — 1 input at n = 2, 16 at n = 6, 1,024 at n = 12 — so their "
              "points for small n are coarse.",
        "zh": "**测量结果。** RNN 每次读入一位、维护一个状态：在新的 16 位字符串上准确率 {acc}，并能推广到训练时从未见过的更长字符串"
              "（训练尝试次数：{attempts}；若训练停滞则换下一个种子重来）。浅层网络对每个 n 分别用 75% 的真值表训练、其余部分测试"
              "——n = 2 时只有 1 个测试输入，n = 6 时 16 个，n = 12 时 1,024 个——所以小 n 的点很粗糙。"},
    "depth.honest": {
        "en": "What this does and does not show: a single hidden layer of about n threshold or sigmoid units can "
              "represent n-bit parity exactly, so for neural networks the gap is about how many parameters and how "
              "much training it takes at a fixed budget, not about impossibility. Håstad's theorem is about AND/OR "
              "circuits of constant depth.",
        "zh": "本实验能说明什么、不能说明什么：约 n 个阈值或 sigmoid 单元组成的单隐藏层就能精确表示 n 位奇偶性，所以对神经网络而言，"
              "差距在于固定预算下所需的参数量和训练难度，而不是能否表示。Håstad 定理讨论的是常数深度的与/或电路。"},
    "depth.relu_idea": {
        "en": "Telgarsky (2016): the tent map t(x) = 2·relu(x) − 4·relu(x − ½) folds [0, 1] onto itself. Composing "
              "it L times — L layers of 2 ReLUs — gives a sawtooth with 2ᴸ linear pieces. One hidden layer of w "
              "ReLUs makes at most w + 1 pieces, so it needs about 2ᴸ units: exponentially more.",
        "zh": "Telgarsky（2016）：帐篷映射 t(x) = 2·relu(x) − 4·relu(x − ½) 把 [0, 1] 折叠到自身。复合 L 次——L 层、每层 2 个 "
              "ReLU——得到有 2ᴸ 段线性的锯齿函数。含 w 个 ReLU 的单隐藏层最多只有 w + 1 段，因此需要约 2ᴸ 个单元：指数级更多。"},
    "depth.layers": {"en": "Layers L", "zh": "层数 L"},
    "depth.deep_notice": {"en": "Deep network, L = {L}: {pieces} linear pieces counted on a grid, {params} parameters.",
                          "zh": "深层网络，L = {L}：在网格上数得 {pieces} 段线性，共 {params} 个参数。"},
    "depth.deep_net": {"en": "deep: {L} layers × 2 ReLUs", "zh": "深层：{L} 层 × 2 个 ReLU"},
    "depth.fit_shallow": {"en": "Fit one-hidden-layer networks of growing width", "zh": "拟合逐渐变宽的单隐藏层网络"},
    "depth.shallow_net": {"en": "shallow: {w} ReLUs", "zh": "浅层：{w} 个 ReLU"},
    "depth.width": {"en": "width", "zh": "宽度"},
    "depth.pieces": {"en": "linear pieces", "zh": "线性段数"},
    "depth.sawtooth_title": {"en": "The sawtooth and the shallow fits", "zh": "锯齿函数与浅层拟合"},
}
