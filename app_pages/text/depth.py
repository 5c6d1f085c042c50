"""The words of the depth page, in English and 简体中文 (core.i18n assembles the table)."""

TEXT: dict[str, dict[str, str]] = {
    "depth.idea": {
        "en": "Parity of n bits (is the number of ones odd?) separates shallow from deep circuits — but only for "
              "AND/OR/NOT gates. With threshold gates, depth 2 suffices: n + 1 gates. With AND/OR gates (NOT on "
              "the inputs) of bounded depth d, Håstad (STOC 1986) proved that parity needs 2^Ω(n^(1/(d−1))) gates: "
              "2ⁿ⁻¹ + 1 at depth 2, 2^Ω(√n) at depth 3. A deep circuit — a tree of XORs, depth 2⌈log₂ n⌉ — needs "
              "5(n − 1), and it reuses what earlier levels computed. This page builds and counts these circuits, "
              "trains networks of several depths at equal parameter budgets, and shows a depth separation for "
              "ReLU networks that holds exactly.",
        "zh": "n 位的奇偶性（1 的个数是否为奇数）能区分浅层电路与深层电路——但只限于与门、或门、非门。若使用阈值门，深度 2 就够了："
              "只需 n + 1 个门。对深度有界为 d 的与/或电路（非门只作用于输入），Håstad（STOC 1986）证明计算奇偶性需要 "
              "2^Ω(n^(1/(d−1))) 个门：深度 2 时为 2ⁿ⁻¹ + 1，深度 3 时为 2^Ω(√n)。深层电路——一棵深度为 2⌈log₂ n⌉ 的异或树——"
              "只需 5(n − 1) 个门，并且复用前面各层的计算结果。本页构造并统计这些电路，在相同参数预算下训练不同深度的网络，"
              "并展示一个对 ReLU 网络严格成立的深度分离结果。"},
    "depth.bound_caption": {
        "en": "Håstad's bound: s_d(⊕ₙ) is the fewest AND/OR gates (unbounded fan-in, NOT only on inputs) of any "
              "depth-d circuit computing n-bit parity; the inequality holds for n large enough (Håstad 1986). "
              "It does not apply to threshold gates.",
        "zh": "Håstad 下界：s_d(⊕ₙ) 表示计算 n 位奇偶性的深度为 d 的电路（与门、或门扇入不限，非门只作用于输入）最少需要的门数；"
              "该不等式在 n 足够大时成立（Håstad 1986），不适用于阈值门。"},
    "depth.tab.circuits": {"en": "Circuits (exact)", "zh": "电路（精确计数）"},
    "depth.tab.nets": {"en": "Neural networks (trained)", "zh": "神经网络（训练）"},
    "depth.tab.relu": {"en": "ReLU sawtooth (exact)", "zh": "ReLU 锯齿函数（精确）"},
    "depth.dnf_built": {"en": "depth 2 (DNF), built and counted: n + 2ⁿ⁻¹ + 1", "zh": "深度 2（析取范式），实际构造计数：n + 2ⁿ⁻¹ + 1"},
    "depth.dnf_proven": {"en": "depth 2, proven minimum: 2ⁿ⁻¹ + 1 AND/OR gates",
                         "zh": "深度 2，已证明的最小值：2ⁿ⁻¹ + 1 个与/或门"},
    "depth.depth3_built": {"en": "depth 3 (≈√n blocks), built and counted", "zh": "深度 3（约 √n 个分块），实际构造计数"},
    "depth.tree_built": {"en": "XOR tree, built and counted: 5(n − 1)", "zh": "异或树，实际构造计数：5(n − 1)"},
    "depth.threshold_built": {"en": "depth 2, threshold gates, built and counted: n + 1",
                              "zh": "深度 2，阈值门，实际构造计数：n + 1"},
    "depth.bound": {"en": "Håstad's lower bound with his constant, depth {d} (proven for large n)",
                    "zh": "带常数的 Håstad 下界，深度 {d}（n 足够大时已证明）"},
    "depth.bound_shape": {"en": "growth shape only, depth {d}: 2^(n^(1/(d−1))) — not a bound",
                          "zh": "仅为增长形式，深度 {d}：2^(n^(1/(d−1)))——不是下界"},
    "depth.show_shape": {"en": "Draw the growth shape instead of the proven bound",
                         "zh": "改为绘制增长形式（而非已证明的下界）"},
    "depth.shape_help": {"en": "Håstad's bound with its constant (1/10)^(d/(d−1)) is proven but below 2 gates for "
                               "n ≤ 20. Without the constant the curve only shows how fast it grows; it is not a "
                               "bound, and here it lies below the XOR tree.",
                         "zh": "带常数 (1/10)^(d/(d−1)) 的 Håstad 下界已被证明，但在 n ≤ 20 时不到 2 个门。去掉常数的曲线只展示"
                               "增长速度，它不是下界，在这里还位于异或树之下。"},
    "depth.sizes_title": {"en": "Gates needed for n-bit parity", "zh": "计算 n 位奇偶性所需的门数"},
    "depth.gates": {"en": "gates (log scale)", "zh": "门数（对数坐标）"},
    "depth.sizes_notice": {
        "en": "**What is counted.** Gates of the circuits built here (AND/OR of any fan-in and NOT gates; threshold "
              "gates for the threshold circuit), each checked on whole truth tables in the tests (n ≤ 10). At "
              "n = {n}: DNF {dnf}, best depth-3 circuit {depth3} ({k} blocks), XOR tree {tree} (depth {depth}), "
              "depth-2 threshold circuit {thr}.",
        "zh": "**计数方式。** 统计本页实际构造的电路中的门（任意扇入的与门/或门和非门；阈值电路中为阈值门），每个电路都在测试中"
              "用完整真值表验证过（n ≤ 10）。n = {n} 时：析取范式 {dnf} 个门，最优的深度 3 电路 {depth3} 个（{k} 个分块），"
              "异或树 {tree} 个（深度 {depth}），深度 2 阈值电路 {thr} 个。"},
    "depth.name.dnf": {"en": "DNF", "zh": "析取范式"},
    "depth.name.depth3": {"en": "best depth-3 circuit", "zh": "最优的深度 3 电路"},
    "depth.name.tree": {"en": "XOR tree", "zh": "异或树"},
    "depth.tree_beats_from": {"en": "The XOR tree has fewer gates than the {other} at every n from {a} to {b}.",
                              "zh": "从 n = {a} 到 {b}，异或树的门数都少于{other}。"},
    "depth.tree_not_below": {"en": "At n = {ns} the {other} has as few gates or fewer.",
                             "zh": "n = {ns} 时，{other}的门数不多于异或树。"},
    "depth.tree_never": {"en": "At n = {b} the XOR tree does not have fewer gates than the {other}; it has as many "
                               "or more at n = {ns}.",
                         "zh": "n = {b} 时异或树的门数并不少于{other}；在 n = {ns} 时都不少于。"},
    "depth.asymptotic": {
        "en": "The separation is asymptotic: any bounded-depth AND/OR circuit must grow like 2^Ω(n^(1/(d−1))), the "
              "tree grows like 5n, so for small n only the counts decide. The dashed curves are Håstad's bound "
              "with his constant — proven for large n, at most {bmax} gates here — or, with the toggle, only its "
              "growth shape, which is not a bound.",
        "zh": "这种分离是渐近的：深度有界的与/或电路的门数必然按 2^Ω(n^(1/(d−1))) 增长，而异或树按 5n 增长，所以 n 较小时只能看"
              "实际门数。虚线是带常数的 Håstad 下界（n 足够大时已证明，在这里至多 {bmax} 个门）；打开开关后则只是它的增长形式，"
              "并不是下界。"},
    "depth.tree_title": {"en": "The XOR tree, gate by gate", "zh": "逐个门查看异或树"},
    "depth.bits": {"en": "Bits n", "zh": "位数 n"},
    "depth.bit_string": {"en": "Input bits", "zh": "输入比特"},
    "depth.bad_bits": {"en": "Type exactly {n} characters, each 0 or 1.", "zh": "请恰好输入 {n} 个字符，每个为 0 或 1。"},
    "depth.tree_plot": {"en": "Each ⊕ reads two values from the level below; parity = {parity}",
                        "zh": "每个 ⊕ 读取下一层的两个值；奇偶性 = {parity}"},
    "depth.tree_notice": {"en": "This tree uses {gates} gates; the depth-2 circuit for the same n uses {dnf} (NOT gates on "
                                "the inputs counted, as in the chart; the reuse table below leaves them out).",
                          "zh": "这棵树用了 {gates} 个门；同样 n 的深度 2 电路要用 {dnf} 个（与图中一样计入输入上的非门；下面的复用表不计它们）。"},
    "depth.reuse_title": {"en": "Reuse of intermediate results at n = {n}", "zh": "n = {n} 时中间结果的复用"},
    "depth.circuit": {"en": "circuit", "zh": "电路"},
    "depth.depth": {"en": "depth", "zh": "深度"},
    "depth.reuse_gates": {"en": "gates (NOT on inputs not counted)", "zh": "门数（不计输入上的非门）"},
    "depth.intermediate": {"en": "intermediate results", "zh": "中间结果数"},
    "depth.reused": {"en": "read by ≥ 2 later gates", "zh": "被 ≥ 2 个后续门读取"},
    "depth.mean_fanout": {"en": "mean fan-out", "zh": "平均扇出"},
    "depth.max_fanout": {"en": "max fan-out", "zh": "最大扇出"},
    "depth.unshared": {"en": "gates without reuse", "zh": "不复用时的门数"},
    "depth.reuse_counted": {
        "en": "**What is counted.** Inputs and their negations are literals, free to read; every other gate but "
              "the output is an intermediate result, and its fan-out is how many later gates read it. \"Without "
              "reuse\" copies each gate once per path to the output (the circuit as a formula). At n = {n}:",
        "zh": "**计数方式。** 输入及其取反称为文字，读取不计；除输出外的其他门都是中间结果，它的扇出是读取它的后续门的个数。"
              "“不复用”指把每个门按它到输出的路径数复制（即把电路写成公式）。n = {n} 时："},
    "depth.dnf_no_reuse": {"en": "the DNF reads each of its {mid} intermediate results once — nothing is reused.",
                           "zh": "析取范式的 {mid} 个中间结果各只被读取一次——没有任何复用。"},
    "depth.dnf_reuse": {"en": "the DNF reads {reused} of its {mid} intermediate results more than once.",
                        "zh": "析取范式的 {mid} 个中间结果中有 {reused} 个被读取不止一次。"},
    "depth.reuse_row": {"en": "The {name} reads {reused} of its {mid} more than once (up to {max} times); without "
                              "reuse it would need {unshared} gates instead of {gates} ({ratio}×).",
                        "zh": "{name}的 {mid} 个中间结果中有 {reused} 个被读取不止一次（最多 {max} 次）；若不复用，需要 "
                              "{unshared} 个门而不是 {gates} 个（{ratio} 倍）。"},
    "depth.reuse_most": {"en": "The {name} saves the most by reuse here ({ratio}×).",
                         "zh": "此时{name}从复用中节省得最多（{ratio} 倍）。"},
    "depth.nets_idea": {
        "en": "For a parameter budget, networks with 1 to 4 hidden layers of equal width are trained (tanh, Adam, "
              "±1-coded bits) on one part of the n-bit strings and tested on a disjoint held-out part. The star "
              "is a network built by hand from the XOR tree, exact on every input.",
        "zh": "在给定参数预算下，训练 1 到 4 个等宽隐藏层的网络（tanh、Adam、比特编码为 ±1）：用一部分 n 位字符串训练，"
              "在与之不相交的留出部分上测试。星号是按异或树手工构造的网络，对每个输入都精确。"},
    "depth.split_full": {"en": "Data at n = {n}: the whole truth table ({space} strings), shuffled and split "
                               "{train} for training / {test} held out; {overlap} held-out strings are in the "
                               "training set.",
                         "zh": "n = {n} 时的数据：完整真值表（{space} 个字符串）打乱后分成 {train} 个训练、{test} 个留出；"
                               "留出字符串中有 {overlap} 个出现在训练集中。"},
    "depth.split_sampled": {"en": "Data at n = {n}: {total} distinct strings drawn at random without replacement from "
                                  "the {space} possible, split {train} for training / {test} held out; {overlap} "
                                  "held-out strings are in the training set.",
                            "zh": "n = {n} 时的数据：从全部 {space} 个字符串中无放回地随机抽取 {total} 个互不相同的字符串，"
                                  "分成 {train} 个训练、{test} 个留出；留出字符串中有 {overlap} 个出现在训练集中。"},
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
    "depth.sweep_best": {
        "en": "**What was measured.** The best mean held-out accuracy over {seeds} seed(s) was {acc} "
              "(range {lo}–{hi}), by {depth} hidden layer(s) with {params} parameters. The hand-built deep network needs {tree} "
              "parameters and is exact. Parity is a hard target for generalisation: flipping any one bit flips "
              "the answer, so the held-out points test whether a network found the rule, not nearby examples.",
        "zh": "**测量结果。** {seeds} 个种子的平均留出准确率最高为 {acc}（范围 {lo}–{hi}），由 {depth} 个隐藏层、{params} 个参数的网络"
              "取得。手工构造的深层网络只需 {tree} 个参数且完全正确。奇偶性很难泛化：改变任意一位都会改变答案，因此留出数据检验的是"
              "网络是否找到了规则，而不是记住了相邻样本。"},
    "depth.sweep_clear": {"en": "Its seed range lies above that of every other depth (the closest: {depth} hidden "
                                "layer(s), {params} parameters, up to {hi}).",
                          "zh": "它的种子范围高于其他所有深度（最接近的是 {depth} 个隐藏层、{params} 个参数，最高 {hi}）。"},
    "depth.sweep_overlap": {"en": "Its seed range overlaps that of {depth} hidden layer(s) with {params} parameters "
                                  "(up to {hi}), so these seeds do not single out one best depth.",
                            "zh": "它的种子范围与 {depth} 个隐藏层、{params} 个参数的网络（最高 {hi}）重叠，因此这些种子不足以"
                                  "确定哪个深度最好。"},
    "depth.sweep_spread": {"en": "The widest seed range was {lo}–{hi} ({depth} hidden layer(s), {params} parameters).",
                           "zh": "种子范围最宽的是 {lo}–{hi}（{depth} 个隐藏层、{params} 个参数）。"},
    "depth.csv": {"en": "Download the sweep as CSV", "zh": "下载结果（CSV）"},
    "depth.rnn_title": {"en": "Depth through time: a tiny RNN", "zh": "时间上的深度：一个很小的 RNN"},
    "depth.run_rnn": {"en": "Train the RNN and the shallow networks", "zh": "训练 RNN 与浅层网络"},
    "depth.rnn": {"en": "RNN with 4 units ({params} parameters), trained on {L} bits",
                  "zh": "4 个单元的 RNN（{params} 个参数），在 {L} 位上训练"},
    "depth.shallow": {"en": "widest one-hidden-layer network within {budget} parameters, seed 0 ({lo} parameters "
                            "at n = {a} to {hi} at n = {b})",
                      "zh": "不超过 {budget} 个参数的最宽单隐藏层网络，种子 0（n = {a} 时 {lo} 个参数，n = {b} 时 {hi} 个）"},
    "depth.rnn_plot": {"en": "Parity of n bits: held-out accuracy", "zh": "n 位奇偶性：留出准确率"},
    "depth.rnn_measured": {
        "en": "**What was measured.** The RNN reads one bit at a time and keeps one running state ({attempts} "
              "training attempt(s); a run that stalls restarts from the next seed). On fresh {L}-bit strings: {acc}.",
        "zh": "**测量结果。** RNN 每次读入一位、维护一个状态（训练尝试次数：{attempts}；若训练停滞则换下一个种子重来）。"
              "在新的 {L} 位字符串上准确率为 {acc}。"},
    "depth.rnn_carries": {"en": "At all {k} longer lengths tried ({a}–{b} bits, never seen in training) it reaches at "
                                "least {exact}; the lowest is {worst} at n = {worst_n}.",
                          "zh": "在尝试的全部 {k} 个更长长度（{a}–{b} 位，训练中从未见过）上准确率都至少为 {exact}；最低为 "
                                "n = {worst_n} 时的 {worst}。"},
    "depth.rnn_breaks": {"en": "Of the {k} longer lengths tried ({a}–{b} bits, never seen in training) it reaches "
                               "{exact} at {hits}; it first falls below at n = {first}, and the lowest is {worst} "
                               "at n = {worst_n}.",
                         "zh": "在尝试的 {k} 个更长长度（{a}–{b} 位，训练中从未见过）中，有 {hits} 个达到 {exact}；从 n = "
                               "{first} 开始首次低于它，最低为 n = {worst_n} 时的 {worst}。"},
    "depth.test_size": {"en": "{k} at n = {n}", "zh": "n = {n} 时 {k} 个"},
    "depth.shallow_measured": {
        "en": "The shallow networks are one seed each, trained per n on {how} and tested on the held-out strings "
              "— {sizes} — so their points for small n are coarse.",
        "zh": "浅层网络每个 n 只训练一个种子，训练数据为{how}，并在留出字符串上测试——{sizes}——所以小 n 的点很粗糙。"},
    "depth.shallow_full": {"en": "the whole truth table minus a random held-out {share}",
                           "zh": "完整真值表去掉随机留出的 {share}"},
    "depth.shallow_sampled": {"en": "distinct random strings minus a held-out {share}",
                              "zh": "互不相同的随机字符串去掉留出的 {share}"},
    "depth.honest": {
        "en": "What this does and does not show: a single hidden layer of about n threshold or sigmoid units can "
              "represent n-bit parity exactly (the threshold circuit in the first tab: n + 1 gates), so for neural "
              "networks the gap is about how many parameters and how much training it takes at a fixed budget, "
              "not about impossibility. Håstad's theorem is about AND/OR circuits of bounded depth.",
        "zh": "本实验能说明什么、不能说明什么：约 n 个阈值或 sigmoid 单元组成的单隐藏层就能精确表示 n 位奇偶性（第一个标签页中的"
              "阈值电路：n + 1 个门），所以对神经网络而言，差距在于固定预算下所需的参数量和训练难度，而不是能否表示。Håstad 定理讨论的"
              "是深度有界的与/或电路。"},
    "depth.relu_idea": {
        "en": "Telgarsky (2016): the tent map t(x) = 2·relu(x) − 4·relu(x − ½) folds [0, 1] onto itself. Composing "
              "it L times — L layers of 2 ReLUs — gives a sawtooth with 2ᴸ linear pieces. One hidden layer of w "
              "ReLUs makes at most w + 1 pieces, so it needs at least 2ᴸ − 1 units, a number that doubles with "
              "every layer.",
        "zh": "Telgarsky（2016）：帐篷映射 t(x) = 2·relu(x) − 4·relu(x − ½) 把 [0, 1] 折叠到自身。复合 L 次——L 层、每层 2 个 "
              "ReLU——得到一个锯齿函数，它在 [0, 1] 上分为 2ᴸ 个线性段。含 w 个 ReLU 的单隐藏层最多只有 w + 1 段，因此至少需要 2ᴸ − 1 个单元，随 L 指数增长。"},
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
