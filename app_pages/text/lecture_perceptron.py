"""The words of the lecture path's step 2 (the perceptron), in English and 简体中文."""

TEXT: dict[str, dict[str, str]] = {
    "lecture.perceptron.title": {"en": "The perceptron, y = f(Wᵀx)", "zh": "感知机 y = f(Wᵀx)"},
    "lecture.perceptron.claim": {
        "en": "Rosenblatt's perceptron (1957) weighs its inputs and fires when the sum is positive. It learns from "
              "its mistakes: when a point lies on the wrong side of the line Wᵀx̃ = 0, the rule adds y·x̃ to W "
              "(y = ±1 is the point's class; x̃ is x with a constant 1 for the bias).",
        "zh": "Rosenblatt 的感知机（1957）对输入加权求和，和为正就输出 1。它从错误中学习：当一个点落在直线 Wᵀx̃ = 0 "
              "错误的一侧时，学习规则把 y·x̃ 加到 W 上（y = ±1 是该点的类别；x̃ 是在 x 前补上常数 1 以表示偏置）。"},
    "lecture.perceptron.question": {"en": "After one update on the point you picked, where will that point be?",
                                    "zh": "在你选的点上更新一次之后，这个点会在哪一侧？"},
    "lecture.perceptron.choice.fixed": {"en": "on its right side", "zh": "在正确的一侧"},
    "lecture.perceptron.choice.still_wrong": {"en": "still on the wrong side", "zh": "仍在错误的一侧"},
    "lecture.perceptron.pick": {"en": "A misclassified point to update on", "zh": "选一个被分错的点来更新"},
    "lecture.perceptron.point": {"en": "point {i} at ({x1}, {x2}), class {c}", "zh": "第 {i} 个点 ({x1}, {x2})，类别 {c}"},
    "lecture.perceptron.start": {"en": "The starting boundary", "zh": "初始的边界"},
    "lecture.perceptron.after": {"en": "After one update", "zh": "更新一次之后"},
    "lecture.perceptron.update": {
        "en": "One update on point {i}: W went from {w0} to {w1}, and the point's margin y·Wᵀx̃ from {before} to "
              "{after} (up by ‖x̃‖² = {gain}).",
        "zh": "在第 {i} 个点上更新一次：W 从 {w0} 变为 {w1}，该点的间隔 y·Wᵀx̃ 从 {before} 变为 {after}"
              "（增加了 ‖x̃‖² = {gain}）。"},
    "lecture.perceptron.now_right": {"en": "The point is now on its right side.", "zh": "这个点现在在正确的一侧。"},
    "lecture.perceptron.still_wrong": {"en": "The point is still on the wrong side: one update moves W towards it, "
                                             "but not always far enough.",
                                       "zh": "这个点仍在错误的一侧：一次更新会把 W 推向它，但不一定推得足够远。"},
    "lecture.perceptron.mistakes": {"en": "Misclassified points: {before} of {n} before, {after} after.",
                                    "zh": "被分错的点：更新前 {n} 个中有 {before} 个，更新后有 {after} 个。"},
}
