"""The words of Home, in English and 简体中文 (core.i18n assembles the table)."""

TEXT: dict[str, dict[str, str]] = {
    "home.title": {"en": "Introduction to deep learning — interactive experiments",
                   "zh": "初识深度学习 · 互动实验"},
    "home.intro1": {
        "en": "Deep learning builds a prediction from many simple units. The first one that learns from "
              "examples, Rosenblatt's perceptron (1957; the McCulloch–Pitts neuron of 1943 is older but fixed), "
              "weighs its inputs and applies a nonlinearity f; a multilayer network composes such maps, so each "
              "layer transforms what the previous one computed. Written as in the lecture, f₃ is applied first "
              "and f₁ gives the output:",
        "zh": "深度学习用许多简单单元组合出预测。第一个能从样本中学习的单元是 Rosenblatt 的感知机（1957；McCulloch 与 Pitts "
              "在 1943 年提出的神经元模型更早，但权重是固定的）：对输入加权求和，再经过非线性函数 f。多层网络把这样的映射层层"
              "复合，每一层变换上一层的计算结果。按课程的写法，f₃ 最先作用，f₁ 给出输出："},
    "home.intro2": {
        "en": "Depth lets later layers reuse what earlier layers computed, and training every layer end to end "
              "from data lets the network find its own features. Each page below trains a model live in your "
              "browser session (or loads a saved one) and plots what happens, so you can check each claim of "
              "the lecture yourself.",
        "zh": "深度使后面的层可以复用前面层的计算；端到端地用数据训练所有层，使网络能自己找到特征。下面每一页都会在你的浏览器"
              "会话中实时训练一个模型（或加载已保存的模型）并画出过程，让你亲自检验课堂上的每个结论。"},
    "home.map": {"en": "The lecture, page by page", "zh": "按课程顺序浏览"},
    "home.more_title": {"en": "More applications: recommendation, search, video, text analysis",
                        "zh": "更多应用：推荐、搜索、视频、文本分析"},
    "home.more": {
        "en": "The lecture ends with more places deep learning is used. Where this app touches them: **search** is "
              "nearest neighbours in a learned feature space — the Speech page lists the training clips nearest to "
              "your recording by the features its classifier reads; **text analysis** is the RNN page's "
              "character-level language model and the Machine translation page; **video** is a sequence of images, "
              "so a CNN per frame and a recurrent network through time (the two model families here; no video model "
              "is trained in this app); **recommendation** learns vectors for users and items and ranks by their "
              "similarity, the same nearest-neighbour idea as search — not built here.",
        "zh": "课程最后列举了深度学习的更多应用。本应用与它们的联系：**搜索**是在学到的特征空间里找最近邻——语音识别页会按分类器"
              "读取的特征列出与你的录音最接近的训练片段；**文本分析**对应循环神经网络页的字符级语言模型和机器翻译页；**视频**是一串"
              "图像，可以逐帧用卷积神经网络、再沿时间用循环神经网络处理（这里有这两个模型族，但本应用没有训练视频模型）；**推荐**为"
              "用户和物品学习向量，再按相似度排序，与搜索同为最近邻的思路——本应用没有实现。"},
    "home.planned": {"en": "planned", "zh": "即将推出"},
    "home.env": {"en": "Environment: versions, device, datasets", "zh": "运行环境：版本、设备、数据集"},
    "home.env.item": {"en": "item", "zh": "项目"},
    "home.env.value": {"en": "value", "zh": "值"},
    "home.data.name": {"en": "dataset", "zh": "数据集"},
    "home.data.source": {"en": "source", "zh": "来源"},
    "home.data.status": {"en": "availability", "zh": "可用性"},
    "home.data.offline": {"en": "offline ✓", "zh": "离线可用 ✓"},
    "home.data.cached": {"en": "downloaded ✓", "zh": "已下载 ✓"},
    "home.data.download": {"en": "needs a download", "zh": "需要下载"},
    "home.data.missing package": {"en": "package not installed", "zh": "未安装相应软件包"},
    "home.data.missing program": {"en": "espeak-ng not installed", "zh": "未安装 espeak-ng"},
}
