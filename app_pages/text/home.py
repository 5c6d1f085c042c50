"""The words of Home, in English and 简体中文 (core.i18n assembles the table)."""

TEXT: dict[str, dict[str, str]] = {
    "home.title": {"en": "Introduction to deep learning — a hands-on companion",
                   "zh": "深度学习导论 · 动手实践伴侣"},
    "home.intro1": {
        "en": "Deep learning builds a prediction from many simple units. The oldest, the perceptron (1957), "
              "weighs its inputs and applies a nonlinearity f; a multilayer network composes such maps, "
              "so each layer transforms what the previous one computed:",
        "zh": "深度学习用许多简单单元组合出预测。最早的单元是感知机（1957）：对输入加权求和，再经过非线性函数 f；"
              "多层网络把这样的映射层层复合，每一层变换上一层的计算结果："},
    "home.intro2": {
        "en": "Depth lets later layers reuse what earlier layers computed, and training every layer end to end "
              "from data lets the network find its own features. Each page below trains a model live in your "
              "browser session (or loads a saved one) and plots what happens, so you can check each claim of "
              "the lecture yourself.",
        "zh": "深度使后面的层可以复用前面层的计算；端到端地用数据训练所有层，使网络能自己找到特征。下面每一页都会在你的浏览器"
              "会话中实时训练一个模型（或加载已保存的模型）并画出过程，让你亲自检验课堂上的每个结论。"},
    "home.map": {"en": "The lecture, page by page", "zh": "按课程顺序浏览"},
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
