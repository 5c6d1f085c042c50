"""The words of the lecture path's step 6 (Håstad 1986), in English and 简体中文."""

TEXT: dict[str, dict[str, str]] = {
    "lecture.hastad.title": {"en": "Why deep learning — Håstad 1986", "zh": "为什么要深度学习——Håstad 1986"},
    "lecture.hastad.claim": {
        "en": "Some functions need exponentially many gates in a shallow circuit and only a few in a deep one. "
              "Håstad (1986) proved it for parity x₁ ⊕ … ⊕ xₙ: an AND/OR/NOT circuit of depth d needs s_d gates, "
              "a number exponential in a root of n (the bound below), while a deep tree of XORs needs 5(n − 1), because "
              "each level reuses the results of the level below.",
        "zh": "有些函数用浅层电路需要指数多个门，用深层电路却只需少量的门。Håstad（1986）对奇偶函数 x₁ ⊕ … ⊕ xₙ "
              "证明了这一点：深度为 d 的与/或/非电路需要 s_d 个门，这个数随 n 的某个方根呈指数增长（见下式），而一棵深的异或树只需 5(n − 1) 个门，"
              "因为每一层都复用下一层的结果。"},
    "lecture.hastad.question": {
        "en": "Parity of n bits: how many gates does the depth-2 AND/OR circuit need, compared with the deep XOR tree?",
        "zh": "n 位奇偶函数：深度为 2 的与/或电路需要的门数是深层异或树的多少倍？"},
    "lecture.hastad.choice.similar": {"en": "fewer than 3 times as many", "zh": "不到 3 倍"},
    "lecture.hastad.choice.ten": {"en": "3 to 30 times as many", "zh": "3 到 30 倍"},
    "lecture.hastad.choice.many": {"en": "more than 30 times as many", "zh": "30 倍以上"},
    "lecture.hastad.name.dnf": {"en": "depth 2 (DNF)", "zh": "深度 2（析取范式）"},
    "lecture.hastad.name.depth3": {"en": "best depth 3", "zh": "最优深度 3"},
    "lecture.hastad.name.tree": {"en": "XOR tree (deep)", "zh": "异或树（深）"},
    "lecture.hastad.name.threshold": {"en": "depth 2, threshold gates", "zh": "深度 2，阈值门"},
    "lecture.hastad.chart": {"en": "Gates that compute parity of {n} bits (log scale)",
                             "zh": "计算 {n} 位奇偶函数所用的门数（对数坐标）"},
    "lecture.hastad.counted": {
        "en": "Built for n = {n} and checked on all {inputs} inputs: the depth-2 AND/OR circuit has {dnf} gates, "
              "the best depth-3 circuit {depth3} ({k} blocks), the XOR tree {tree} at depth {depth}; the shallow "
              "circuit has {ratio} times the tree's gates.",
        "zh": "对 n = {n} 构造电路，并在全部 {inputs} 个输入上检查：深度 2 的与/或电路有 {dnf} 个门，最优的深度 3 电路有 "
              "{depth3} 个（分 {k} 块），深度为 {depth} 的异或树有 {tree} 个；浅层电路的门数是异或树的 {ratio} 倍。"},
    "lecture.hastad.threshold": {
        "en": "With threshold gates, depth 2 needs only {thr}: Håstad's bound is about AND/OR/NOT circuits.",
        "zh": "若用阈值门，深度 2 只需 {thr} 个门：Håstad 的下界只针对与/或/非电路。"},
    "lecture.hastad.reuse": {
        "en": "In the tree, {reused} of its {mid} intermediate results are read by two or more gates; written "
              "without reuse (as a formula) its {gates} gates would become {unshared}.",
        "zh": "异或树的 {mid} 个中间结果中有 {reused} 个被两个或更多门读取；若不复用（写成公式），它的 {gates} 个门会变成 "
              "{unshared} 个。"},
    "lecture.hastad.wrong": {"en": "These circuits did not compute parity on every input: {names}.",
                             "zh": "这些电路没有在所有输入上算对奇偶函数：{names}。"},
}
