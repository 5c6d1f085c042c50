"""The words of the lecture path's step 3 (a network as a composition of maps), in English and 简体中文."""

TEXT: dict[str, dict[str, str]] = {
    "lecture.composition.title": {"en": "A network is a composition of nonlinear maps",
                                  "zh": "神经网络是非线性映射的复合"},
    "lecture.composition.claim": {
        "en": "A network is a composition of nonlinear maps g = f₁(f₂(f₃(…))): each hidden layer re-maps the "
              "points it receives, and the output layer draws one straight line (a hyperplane) in the last "
              "layer's space. Here the playground's network is trained for about a second on data no straight "
              "line separates, and a logistic regression, a straight-line classifier, is fitted on the input and "
              "on every hidden layer's outputs.",
        "zh": "神经网络是非线性映射的复合 g = f₁(f₂(f₃(…)))：每个隐藏层把收到的点重新映射一次，输出层在最后一层的空间里画一条"
              "直线（超平面）。这里先在任何直线都分不开的数据上把游乐场的网络训练约一秒，再在输入和每个隐藏层的输出上各拟合一个"
              "逻辑回归，也就是一个线性分类器。"},
    "lecture.composition.question": {
        "en": "In the input plane no straight line separates these classes. Fitted on the last hidden layer's "
              "outputs, how accurate is a straight-line classifier (logistic regression) on the test points?",
        "zh": "在输入平面上，没有一条直线能分开这些类别。在最后一个隐藏层的输出上拟合一个线性分类器（逻辑回归），"
              "它在测试点上的准确率是多少？"},
    "lecture.composition.choice.low": {"en": "below 70 %", "zh": "低于 70 %"},
    "lecture.composition.choice.middle": {"en": "70 % to 95 %", "zh": "70 % 到 95 %"},
    "lecture.composition.choice.high": {"en": "above 95 %", "zh": "高于 95 %"},
    "lecture.composition.depth": {"en": "Hidden layers", "zh": "隐藏层数"},
    "lecture.composition.layer": {"en": "after layer {i} = {f}", "zh": "第 {i} 层 = {f} 之后"},
    "lecture.composition.chart": {"en": "Test accuracy of a straight line fitted on each layer's view",
                                  "zh": "在每一层的表示上拟合的直线在测试点上的准确率"},
    "lecture.composition.at_layer": {"en": "{acc} after layer {i}", "zh": "第 {i} 层之后 {acc}"},
    "lecture.composition.lines": {
        "en": "A logistic regression fitted on the training points and scored on the {test} test points reached "
              "{input} on the input, {layers}.",
        "zh": "在训练点上拟合、在 {test} 个测试点上评估的逻辑回归：在输入上为 {input}，{layers}。"},
    "lecture.composition.rose": {
        "en": "From the input to the last hidden layer, the straight line gained {gain} percentage points "
              "({input} → {last}): the composed maps made the classes more nearly linearly separable.",
        "zh": "从输入到最后一个隐藏层，直线的准确率提高了 {gain} 个百分点（{input} → {last}）：复合的映射让这些类别更接近线性可分。"},
    "lecture.composition.flat": {
        "en": "From the input to the last hidden layer, the straight line gained less than 10 percentage points "
              "({input} → {last}): this network's layers did not make the classes linearly separable.",
        "zh": "从输入到最后一个隐藏层，直线的准确率提高不到 10 个百分点（{input} → {last}）：这个网络的各层没有让这些类别变得线性可分。"},
    "lecture.composition.network": {
        "en": "The network itself, whose output layer is such a line on the last hidden layer, reached {acc} on "
              "the test points after {epochs} epochs.",
        "zh": "网络本身（它的输出层就是最后一个隐藏层上的这样一条直线）训练 {epochs} 轮后在测试点上达到 {acc}。"},
}
