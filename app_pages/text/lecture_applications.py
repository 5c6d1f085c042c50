"""The words of the lecture path's step 12 (search as nearest neighbours), in English and 简体中文."""

TEXT: dict[str, dict[str, str]] = {
    "lecture.applications.title": {"en": "More applications: search", "zh": "更多应用：搜索"},
    "lecture.applications.claim": {
        "en": "Deep learning also serves recommendation, search, video and text. Search is finding the nearest "
              "neighbours of a query in a feature space: with the features a trained network computes, "
              "neighbours tend to share what the network learned to tell apart.",
        "zh": "深度学习还用于推荐、搜索、视频和文本。搜索就是在某个特征空间里找查询的最近邻：用训练好的网络计算出的特征，"
              "近邻往往共有网络学会区分的那些性质。"},
    "lecture.applications.question": {
        "en": "Search the 5 nearest neighbours (by cosine similarity) of each of 300 held-out digits among 1,000. "
              "How often are they the same digit with the CNN's features, compared with raw pixels?",
        "zh": "在 1,000 个留出数字中，为其中 300 个各找 5 个最近邻（按余弦相似度）。用卷积神经网络的特征与用原始像素相比，"
              "近邻是同一个数字的比例如何？"},
    "lecture.applications.choice.cnn": {"en": "clearly more often with CNN features (by more than 2 points)",
                                        "zh": "用卷积神经网络特征明显更高（高出 2 个百分点以上）"},
    "lecture.applications.choice.same": {"en": "about the same (within 2 points)", "zh": "差不多（相差不超过 2 个百分点）"},
    "lecture.applications.choice.pixels": {"en": "more often with raw pixels (by more than 2 points)",
                                           "zh": "用原始像素更高（高出 2 个百分点以上）"},
    "lecture.applications.searched": {
        "en": "Searching {n} held-out digits for the {k} nearest neighbours of {q} of them (seed {seed}): "
              "{cnn} of the neighbours were the query's digit with the pretrained LeNet-5's 84 penultimate "
              "features, {pixels} with the 784 raw pixels.",
        "zh": "在 {n} 个留出数字中为其中 {q} 个查找 {k} 个最近邻（随机种子 {seed}）：用预训练 LeNet-5 倒数第二层的 84 个特征，"
              "近邻中有 {cnn} 与查询是同一个数字；用 784 个原始像素则为 {pixels}。"},
    "lecture.applications.better": {
        "en": "The CNN's features are {diff} points better (standard error {se}), more than the {tie} points "
              "counted as the same.",
        "zh": "卷积神经网络特征高出 {diff} 个百分点（标准误差 {se}），超过了算作“差不多”的 {tie} 个百分点。"},
    "lecture.applications.worse": {
        "en": "Raw pixels are {diff} points better (standard error {se}), more than the {tie} points counted as "
              "the same.",
        "zh": "原始像素高出 {diff} 个百分点（标准误差 {se}），超过了算作“差不多”的 {tie} 个百分点。"},
    "lecture.applications.same": {
        "en": "The two differ by {diff} points (standard error {se}), within the {tie} points counted as the same.",
        "zh": "两者相差 {diff} 个百分点（标准误差 {se}），在算作“差不多”的 {tie} 个百分点以内。"},
    "lecture.applications.undecided": {
        "en": "The two differ by {diff} points with a standard error of {se}: too close to the {tie}-point edge "
              "for this run to decide.",
        "zh": "两者相差 {diff} 个百分点，标准误差为 {se}：离 {tie} 个百分点的边界太近，这次运行无法判断。"},
    "lecture.applications.one": {
        "en": "For held-out digit {i}, a {label}, {cnn} of its {k} neighbours by CNN features show the same digit, "
              "and {pixels} of its {k} by pixels.",
        "zh": "对第 {i} 个留出数字（数字 {label}），按卷积神经网络特征，它的 {k} 个近邻中有 {cnn} 个是 {label}；按像素则有 "
              "{pixels} 个。"},
    "lecture.applications.pick": {"en": "Held-out digit to search for (0–999)", "zh": "要搜索的留出数字（0–999）"},
    "lecture.applications.pick_help": {
        "en": "Its 5 nearest neighbours are searched both ways. The default, 27, is one where the two searches "
              "differ; most digits find their own kind both ways.",
        "zh": "用两种方式搜索它的 5 个最近邻。默认的第 27 个是两种搜索结果不同的一例；大多数数字用两种方式都能找到同类。"},
    "lecture.applications.query": {"en": "query: {label}", "zh": "查询：{label}"},
    "lecture.applications.by_cnn": {"en": "CNN features", "zh": "卷积神经网络特征"},
    "lecture.applications.by_pixels": {"en": "raw pixels", "zh": "原始像素"},
    "lecture.applications.neighbours": {"en": "The query and its {k} nearest neighbours by {space}",
                                        "zh": "查询及其按{space}的 {k} 个最近邻"},
    "lecture.applications.bars": {"en": "Neighbours showing the query's digit,<br>per digit queried "
                                        "(bars: ±2 binomial<br>standard errors)",
                                  "zh": "近邻与查询同为一个数字的比例，<br>按查询的数字（误差线：±2 个<br>二项分布标准误差）"},
    "lecture.applications.all": {"en": "all", "zh": "全部"},
}
