"""The words of the neural-network playground, in English and 简体中文 (core.i18n assembles the table)."""

TEXT: dict[str, dict[str, str]] = {
    "pg.idea": {
        "en": "A multilayer network is a composition of simple maps: each hidden layer applies an affine map and "
              "a nonlinearity σ, so each layer sees the plane as the layer before it has bent it. Written as in the lecture, the map applied first is the innermost, $f_L$, and the output layer is f₁. Press Start: the output, every "
              "neuron's response and each layer's view of the data update live, and you can change the learning "
              "rate and regularization while it trains.",
        "zh": "多层网络是简单映射的复合：每个隐藏层先做仿射变换再经过非线性 σ，所以每一层看到的是被前一层弯折过的平面。按课程的写法，最先作用的映射在最内层，记作 $f_L$；输出层是 f₁。"
              "按“开始”：输出、每个神经元的响应以及每一层眼中的数据都会实时更新；训练中还可以调整学习率和正则化。"},
    "pg.url_ignored": {"en": "Some settings in the link were not valid and were ignored: {names}.",
                       "zh": "链接中的部分设置无效，已忽略：{names}。"},
    "pg.regenerate": {"en": "Regenerate", "zh": "重新生成"},
    "pg.features": {"en": "Input features", "zh": "输入特征"},
    "pg.hidden": {"en": "Neurons per hidden layer", "zh": "各隐藏层神经元数"},
    "pg.hidden_help": {"en": "Comma-separated, e.g. 8, 8 for two layers of 8; empty for none. Up to 6 layers of "
                             "1–32 neurons.",
                       "zh": "用逗号分隔，例如 8, 8 表示两层、每层 8 个；留空表示没有隐藏层。最多 6 层，每层 1–32 个神经元。"},
    "pg.bad_hidden": {"en": "“{text}” is not a list of up to 6 layer sizes between 1 and 32 (example: 8, 8).",
                      "zh": "“{text}”不是合法的层宽列表：最多 6 层，每层 1–32 个神经元（例如：8, 8）。"},
    "pg.act.relu": {"en": "ReLU", "zh": "ReLU"},
    "pg.act.tanh": {"en": "tanh", "zh": "tanh"},
    "pg.act.sigmoid": {"en": "sigmoid", "zh": "sigmoid"},
    "pg.act.linear": {"en": "linear (identity)", "zh": "线性（恒等映射）"},
    "pg.opt.sgd": {"en": "SGD", "zh": "SGD"},
    "pg.opt.momentum": {"en": "SGD with momentum 0.9", "zh": "带动量 0.9 的 SGD"},
    "pg.opt.adam": {"en": "Adam", "zh": "Adam"},
    "pg.reg.none": {"en": "none", "zh": "无"},
    "pg.reg.l1": {"en": "L1", "zh": "L1"},
    "pg.reg.l2": {"en": "L2", "zh": "L2"},
    "pg.regularization": {"en": "Regularization", "zh": "正则化"},
    "pg.reg_rate": {"en": "Regularization rate", "zh": "正则化强度"},
    "pg.target_loss": {"en": "Stop at test loss (0 = off)", "zh": "测试损失达到此值即停止（0 = 关闭）"},
    "pg.target_help": {"en": "Early stopping: the run ends at the first epoch whose test loss is at or below this.",
                       "zh": "提前停止：当某一轮的测试损失不高于此值时结束训练。"},
    "pg.show_test": {"en": "Show test data", "zh": "显示测试数据"},
    "pg.discretize": {"en": "Discretize output", "zh": "离散化输出"},
    "pg.redraw": {"en": "Redraw while training", "zh": "训练时刷新频率"},
    "pg.redraw_help": {"en": "How often the picture is sent while training. Lower it on a slow computer or a "
                             "busy server: each redraw takes a little time from training.",
                       "zh": "训练时画面的发送频率。电脑较慢或服务器繁忙时请调低：每次刷新都会占用一点训练时间。"},
    "pg.init": {"en": "Initialisation", "zh": "初始化"},
    "pg.init.glorot": {"en": "Glorot (Xavier)", "zh": "Glorot（Xavier）"},
    "pg.init.pytorch": {"en": "PyTorch default", "zh": "PyTorch 默认"},
    "pg.init_help": {
        "en": "Glorot & Bengio (2010): weights uniform in ±gain·√(6/(fan_in+fan_out)), biases 0, so each layer "
              "passes on a signal of about the same size. PyTorch's default, ±1/√fan_in for weights and biases, "
              "starts every tanh unit nearly linear; on the circle it needed about twice as many epochs.",
        "zh": "Glorot 与 Bengio（2010）：权重在 ±增益·√(6/(输入数+输出数)) 内均匀取值，偏置为 0，使每层传下去的"
              "信号大小相近。PyTorch 默认的 ±1/√输入数（权重和偏置都是）让每个 tanh 单元一开始几乎是线性的；"
              "在圆形数据上它需要大约两倍的轮数。"},
    "pg.backprop_title": {"en": "How the gradients are computed", "zh": "梯度是怎样算出来的"},
    "pg.backprop_body": {
        "en": "This page trains with backpropagation written out: the chain rule applied by hand from the output "
              "back, not recorded by PyTorch's autograd. Number the layers from the input, $l = 1, …, L$, as the network "
              "view's “layer 1, 2, …” (the lecture's $f$ count from the output); layer $l$ "
              "takes $h^{(l - 1)}$ (the input features for $l = 1$), computes $z^{(l)} = W^{(l)} h^{(l - 1)} + b^{(l)}$ "
              "and passes on $h^{(l)} = \\sigma(z^{(l)})$. With $\\delta^{(l)} = \\partial \\ell / \\partial z^{(l)}$:",
        "zh": "本页用手写的反向传播训练：从输出层往回逐层应用链式法则，而不是由 PyTorch 的自动微分记录计算图。"
              "从输入起给各层编号 $l = 1, …, L$，与网络视图中的“第 1 层、第 2 层……”一致（课程中的 $f$ 从输出层起编号）："
              "第 $l$ 层接收 $h^{(l - 1)}$（$l = 1$ 时为输入特征），计算 "
              "$z^{(l)} = W^{(l)} h^{(l - 1)} + b^{(l)}$，再传出 $h^{(l)} = \\sigma(z^{(l)})$。记 "
              "$\\delta^{(l)} = \\partial \\ell / \\partial z^{(l)}$，则："},
    "pg.backprop_output": {
        "en": "At the output, $\\delta^{(L)}$ = sigmoid($z$) − $y$ for two classes (softmax minus the one-hot label "
              "for more, $2(z - y)$ for regression); each gradient is the average over the batch's points. $\\sigma'$ comes from the layer's "
              "output $h$: $1 - h^2$ for tanh, $h(1 - h)$ for the sigmoid, $[h > 0]$ for ReLU. L1 adds "
              "$\\lambda \\cdot$ sign($W$) and L2 $\\lambda W$ to each weight's gradient. With no graph to record, a "
              "training step of a 2-8-8-1 network took 53–62 % of autograd's time on a 2-core server.",
        "zh": "在输出层，两类时 $\\delta^{(L)}$ = sigmoid($z$) − $y$（多类时为 softmax 减去独热标签，回归时为 "
              "$2(z - y)$）；每个梯度都是对小批量中各点的平均。$\\sigma'$ 由该层的输出 $h$ 算出：tanh 为 $1 - h^2$，sigmoid 为 "
              "$h(1 - h)$，ReLU 为 $[h > 0]$。L1 正则化给每个权重的梯度加上 $\\lambda \\cdot$ sign($W$)，L2 加上 "
              "$\\lambda W$。不必记录计算图，在一台双核服务器上，2-8-8-1 网络的一步训练只用了自动微分 53–62 % 的时间。"},
    "pg.backprop_same": {
        "en": "Checked at the weights shown, on the first {n} training points: these gradients and autograd's "
              "agree exactly on all {count} weights and biases.",
        "zh": "在当前显示的权重下、用前 {n} 个训练点检查：这些梯度与自动微分的结果在全部 {count} 个权重和偏置上"
              "完全相同。"},
    "pg.backprop_mismatch": {
        "en": "Checked at the weights shown, on the first {n} training points: these gradients and autograd's "
              "differ by up to {abs} ({rel} of the largest gradient), more than float32 rounding. Please report it.",
        "zh": "在当前显示的权重下、用前 {n} 个训练点检查：这些梯度与自动微分的结果最多相差 {abs}（最大梯度的 {rel}），"
              "超出了 float32 的舍入误差。请报告这个问题。"},
    "pg.backprop_diff": {
        "en": "Checked at the weights shown, on the first {n} training points: these gradients and autograd's "
              "differ by at most {abs} ({rel} of the largest gradient) over all {count} weights and biases, "
              "the size of float32 rounding.",
        "zh": "在当前显示的权重下、用前 {n} 个训练点检查：这些梯度与自动微分的结果在全部 {count} 个权重和偏置上"
              "最多相差 {abs}（最大梯度的 {rel}），与 float32 的舍入误差同一量级。"},
    "pg.to_target": {"en": "{target} held-out accuracy after **{seconds} s** (epoch {epoch}), counted from Start.",
                     "zh": "从按下开始算起，**{seconds} 秒**（第 {epoch} 轮）时测试集准确率达到 {target}。"},
    "pg.not_yet": {"en": "Not yet at {target} held-out accuracy: {acc} after {seconds} s.",
                   "zh": "测试集准确率尚未达到 {target}：{seconds} 秒时为 {acc}。"},
    "pg.live_label": {"en": "Live network, epoch {epoch}: training loss {train}, test loss {test}.",
                      "zh": "训练中的网络，第 {epoch} 轮：训练损失 {train}，测试损失 {test}。"},
    "pg.view": {"en": "View", "zh": "视图"},
    "pg.view.network": {"en": "Network", "zh": "网络"},
    "pg.view.composition": {"en": "Composition g = f₁(f₂(⋯))", "zh": "复合 g = f₁(f₂(⋯))"},
    "pg.view.runs": {"en": "Compare runs", "zh": "比较多次训练"},
    "pg.output": {"en": "Output (● train, × test)", "zh": "输出（● 训练集，× 测试集）"},
    "pg.inputs": {"en": "features", "zh": "特征"},
    "pg.layer": {"en": "layer {i} = {f}", "zh": "第 {i} 层 = {f}"},
    "pg.out": {"en": "output = {f}", "zh": "输出 = {f}"},
    "pg.network_title": {"en": "Each unit's output over the input square; links coloured by sign, thicker when larger",
                         "zh": "每个单元在输入平面上的输出；连线颜色表示权重正负，越粗表示越大"},
    "pg.stage_input": {"en": "input plane", "zh": "输入平面"},
    "pg.stage_layer": {"en": "after layer {i} = {f} ({how})", "zh": "第 {i} 层 = {f} 之后（{how}）"},
    "pg.proj.direct": {"en": "its 2 units", "zh": "2 个单元直接作坐标"},
    "pg.proj.pca": {"en": "2 principal components", "zh": "前 2 个主成分"},
    "pg.proj.line": {"en": "1 unit", "zh": "1 个单元"},
    "pg.composition_title": {"en": "How each layer re-maps the input plane", "zh": "每一层如何重新映射输入平面"},
    "pg.composition_note": {
        "en": "Grey lines are the grid of the input square, carried through the layers; dots are the training "
              "points. A layer wider than 2 units is shown by its 2 principal components, which hide the other "
              "directions. The output layer separates the points with a straight line in the last panel's space.",
        "zh": "灰线是输入方形区域中的网格经过各层映射后的样子；圆点是训练数据。宽于 2 个单元的层用前 2 个主成分显示，"
              "其余方向被隐藏。输出层在最后一幅图的空间里用一条直线分开这些点。"},
    "pg.runs_title": {"en": "Test loss of your last runs", "zh": "最近几次训练的测试损失"},
    "pg.test_loss": {"en": "test loss", "zh": "测试损失"},
    "pg.runs_empty": {"en": "Finished or stopped runs appear here (the last 5), labelled by their settings.",
                      "zh": "完成或停止的训练会显示在这里（最近 5 次），并以其设置命名。"},
}
