"""The words of the face-detection page, in English and 简体中文 (core.i18n assembles the table)."""

TEXT: dict[str, dict[str, str]] = {
    "faces.idea": {
        "en": "Face detection answers, for every face in a photo, **where it is and how big it is**: a box (x, y, width, "
              "height) and a score. Here a small CNN learns to tell a 24×24 face window from anything else; run over "
              "the whole photo at several scales (an image pyramid) it scores every window at once. A face is seen by "
              "several neighbouring windows, so non-maximum suppression groups them into one box per face (their "
              "score-weighted mean), scored by the mean of its three best windows: a texture that fools the network "
              "is usually seen by one. The classical rival is OpenCV's LBP cascade (boosted local-binary-pattern "
              "features, Viola–Jones style), run through scikit-image.",
        "zh": "人脸检测要回答：照片中**每张脸在哪里、有多大**——一个框（x、y、宽、高）和一个得分。这里一个小 CNN 学习区分 "
              "24×24 的人脸窗口与其他一切；在多个尺度（图像金字塔）上对整张照片运行时，它一次给所有窗口打分，"
              "一张脸会被几个相邻窗口同时看到，因此用非极大值抑制把它们合并成每张脸一个框（按得分加权平均），"
              "其得分是它最好的三个窗口得分的平均：骗过网络的纹理通常只被一个窗口看到。传统方法的对手是 OpenCV 的 "
              "LBP 级联分类器（基于局部二值模式特征的提升方法，Viola–Jones 风格），通过 scikit-image 运行。"},
    "faces.data": {
        "en": "Training data, all offline: 70 of the 100 faces in scikit-image's LFW subset pasted into the top halves of "
              "20 face-free photos and into scikit-learn's two sample photos (tilted, flipped, shifted, scaled, with brightness, contrast and gamma jitter), "
              "random background windows, windows too big for a face, on a part of one or beside it, and the "
              "subset's 100 non-faces. 10 faces are kept for validation scenes, which chose the default threshold; "
              "the other 20 faces and the photos' bottom halves are kept for the test scenes.",
        "zh": "训练数据全部离线：scikit-image LFW 子集 100 张人脸中的 70 张，被贴入 20 张无人脸照片的上半部分和 scikit-learn "
              "的两张示例照片（旋转、翻转、平移、缩放，亮度、对比度与伽马扰动），加上随机背景窗口、比人脸大得多、"
              "只含人脸一部分或偏在人脸旁边的窗口，以及子集中的 100 张非人脸。另有 10 张人脸用于验证场景，"
              "默认阈值由它们选出；其余 20 张人脸和照片的下半部分留作测试场景。"},
    "faces.mining": {"en": "Hard-negative mining", "zh": "难负样本挖掘"},
    "faces.mining_help": {"en": "After epochs {epochs}, windows of training photos and scenes that the network wrongly "
                                "calls faces are added to the negatives.",
                          "zh": "在第 {epochs} 轮之后，把网络在训练照片和场景中误判为人脸的窗口加入负样本。"},
    "faces.threshold": {"en": "Score threshold", "zh": "得分阈值"},
    "faces.threshold_help": {"en": "A detection's score is the mean P(face) of its three best windows.",
                             "zh": "一个检测框的得分是它最好的三个窗口的 P(人脸) 的平均值。"},
    "faces.nms": {"en": "NMS: IoU above which a weaker box is dropped", "zh": "NMS：IoU 超过此值时去掉较弱的框"},
    "faces.nms_help": {"en": "Non-maximum suppression (`torchvision.ops.nms`); a box centred inside a better one is also "
                             "dropped as a part of that face.",
                       "zh": "非极大值抑制（`torchvision.ops.nms`）；中心落在更好框内的框也作为该脸的一部分被去掉。"},
    "faces.min_size": {"en": "Smallest face (pixels)", "zh": "最小人脸（像素）"},
    "faces.preparing": {"en": "Building the training windows…", "zh": "正在生成训练窗口……"},
    "faces.train_title": {"en": "Train the detector", "zh": "训练检测器"},
    "faces.loss_chart": {"en": "Training loss per step", "zh": "每步的训练损失"},
    "faces.acc_chart": {"en": "Window accuracy per epoch (training windows)", "zh": "每轮窗口准确率（训练窗口）"},
    "faces.mined": {"en": "Hard negatives mined — {parts}. The training-window accuracy fell in the epoch after "
                          "{dips} of {known} minings: the mined windows are the ones the network got wrong.",
                    "zh": "挖掘到的难负样本——{parts}。{known} 次挖掘中，有 {dips} 次在其后一轮训练窗口准确率下降："
                          "挖到的正是网络判断错误的窗口。"},
    "faces.mined_then": {"en": "after epoch {epoch}: {n} windows (accuracy {before}, then {after})",
                         "zh": "第 {epoch} 轮后 {n} 个窗口（准确率 {before}，下一轮 {after}）"},
    "faces.mined_at": {"en": "after epoch {epoch}: {n} windows (accuracy {before})",
                       "zh": "第 {epoch} 轮后 {n} 个窗口（准确率 {before}）"},
    "faces.detect_title": {"en": "Detect", "zh": "检测"},
    "faces.train_first": {"en": "Train the detector above (about a minute on one core) or load the pretrained one; until "
                                "then only the cascade's boxes are shown.",
                          "zh": "请先在上面训练检测器（单核约一分钟）或载入预训练模型；在此之前只显示级联分类器的框。"},
    "faces.photo": {"en": "Photo", "zh": "照片"},
    "faces.photo.astronaut": {"en": "astronaut (scikit-image)", "zh": "宇航员（scikit-image）"},
    "faces.photo.scene": {"en": "a test scene", "zh": "测试场景"},
    "faces.photo.upload": {"en": "upload", "zh": "上传"},
    "faces.scene_index": {"en": "Test scene (0–{n})", "zh": "测试场景（0–{n}）"},
    "faces.cnn": {"en": "CNN", "zh": "CNN"},
    "faces.cascade": {"en": "LBP cascade", "zh": "LBP 级联"},
    "faces.detections": {"en": "Detections on a {w}×{h} image", "zh": "{w}×{h} 图像上的检测结果"},
    "faces.width": {"en": "width", "zh": "宽"},
    "faces.height": {"en": "height", "zh": "高"},
    "faces.score": {"en": "score", "zh": "得分"},
    "faces.found": {"en": "The CNN found **{n}** face(s), the cascade {cascade}. Position (x, y: top-left corner) and "
                          "size in the image's pixels:",
                    "zh": "CNN 找到 **{n}** 张脸，级联分类器找到 {cascade} 张。位置（x、y：左上角）与大小，单位为图像像素："},
    "faces.scale": {"en": "Score map for faces of about", "zh": "人脸大小约为此值时的得分图"},
    "faces.no_scales": {"en": "No face of {size} pixels or more fits in this {w}×{h} photo; lower the smallest face size.",
                        "zh": "这张 {w}×{h} 的照片放不下 {size} 像素及以上的人脸；请调小最小人脸尺寸。"},
    "faces.score_map": {"en": "P(face) of every window, faces of about {size} px (one cell every 4 scaled pixels)",
                        "zh": "每个窗口的 P(人脸)，人脸约 {size} 像素（缩放后每 4 像素一个格）"},
    "faces.compare_title": {"en": "CNN versus cascade on scenes with known faces", "zh": "在已知人脸位置的场景上比较 CNN 与级联分类器"},
    "faces.compare_idea": {
        "en": "{n} test scenes: bottom halves of the photos with {faces} held-out faces pasted at known places and sizes "
              "(32–96 px). A detection counts when its IoU with a true face is at least 0.5, each face at most once.",
        "zh": "{n} 个测试场景：照片下半部分，贴入 {faces} 张留出的人脸，位置与大小（32–96 像素）已知。检测框与真实人脸的 "
              "IoU 至少为 0.5 时计为命中，每张脸最多命中一次。"},
    "faces.evaluating": {"en": "Running the detector on the test scenes…", "zh": "正在测试场景上运行检测器……"},
    "faces.col.precision": {"en": "precision", "zh": "精确率"},
    "faces.col.recall": {"en": "recall", "zh": "召回率"},
    "faces.col.mean_iou": {"en": "mean IoU of hits", "zh": "命中框平均 IoU"},
    "faces.col.tp": {"en": "hits", "zh": "命中"},
    "faces.col.f1": {"en": "F1", "zh": "F1"},
    "faces.col.fp": {"en": "false alarms", "zh": "误报"},
    "faces.col.faces": {"en": "faces", "zh": "人脸数"},
    "faces.current": {"en": "CNN at the chosen threshold", "zh": "当前阈值下的 CNN"},
    "faces.pr_chart": {"en": "Precision–recall on the test scenes", "zh": "测试场景上的精确率–召回率"},
    "faces.findings": {
        "en": "**What was measured.** At threshold {th} the CNN has precision {p}, recall {r}, F1 {f1} and mean IoU "
              "{iou} on these scenes; the cascade {cp}, {cr}, F1 {cf1} and {ciou}. {verdict} The scenes are synthetic "
              "(square faces pasted into photos), so these numbers say how well each finds LFW-style faces, not how "
              "either does on everyday photos.",
        "zh": "**测量结果。** 阈值为 {th} 时，CNN 在这些场景上的精确率为 {p}，召回率 {r}，F1 {f1}，平均 IoU {iou}；"
              "级联分类器分别为 {cp}、{cr}、F1 {cf1} 和 {ciou}。{verdict}这些场景是合成的（方形人脸贴入照片），"
              "因此数字反映的是找到 LFW 风格人脸的能力，而非在日常照片上的表现。"},
    "faces.verdict.better": {"en": "Here the CNN is the better detector (higher F1).",
                             "zh": "在这里 CNN 是更好的检测器（F1 更高）。"},
    "faces.verdict.worse": {"en": "Here the cascade is the better detector (higher F1).",
                            "zh": "在这里级联分类器是更好的检测器（F1 更高）。"},
    "faces.verdict.tie": {"en": "Their F1 scores are within 0.01 of each other: neither is clearly better here.",
                          "zh": "两者的 F1 相差不到 0.01：在这里难分高下。"},
}
