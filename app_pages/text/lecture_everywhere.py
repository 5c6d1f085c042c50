"""The words of the lecture path's step 1 (deep learning is everywhere), in English and 简体中文."""

TEXT: dict[str, dict[str, str]] = {
    "lecture.everywhere.title": {"en": "Deep learning is everywhere", "zh": "深度学习无处不在"},
    "lecture.everywhere.claim": {
        "en": "The same idea, a network of simple layers trained on examples, recognises images, recognises speech, "
              "translates and finds faces. Here four small networks the app ships, each trained on its own page, "
              "answer four such tasks live on inputs they never saw in training.",
        "zh": "同一个思想——由简单的层组成、从样本中训练出来的网络——能识别图像、识别语音、翻译语言、检测人脸。"
              "这里由本应用自带的四个小网络（各自在对应的页面上训练好）当场完成四个这样的任务，输入都是它们训练时没见过的。"},
    "lecture.everywhere.question": {"en": "How many of the four will the pretrained models get right?",
                                    "zh": "这四个任务，预训练模型会答对几个？"},
    "lecture.everywhere.choice.four": {"en": "all four", "zh": "全部四个"},
    "lecture.everywhere.choice.three": {"en": "three", "zh": "三个"},
    "lecture.everywhere.choice.two_or_fewer": {"en": "two or fewer", "zh": "两个或更少"},
    "lecture.everywhere.pick_digit": {"en": "Handwritten digit (held-out MNIST test)",
                                      "zh": "手写数字（留出的 MNIST 测试集）"},
    "lecture.everywhere.digit_option": {"en": "test digit #{i}, a {c}", "zh": "第 {i} 个测试数字，{c}"},
    "lecture.everywhere.pick_spoken": {"en": "Digit to speak (an unseen voice)", "zh": "要说出的数字（未听过的嗓音）"},
    "lecture.everywhere.pick_date": {"en": "Date to translate (Chinese → English)", "zh": "要翻译的日期（中文 → 英文）"},
    "lecture.everywhere.task.digit": {"en": "Image recognition", "zh": "图像识别"},
    "lecture.everywhere.task.speech": {"en": "Speech recognition", "zh": "语音识别"},
    "lecture.everywhere.task.date": {"en": "Machine translation", "zh": "机器翻译"},
    "lecture.everywhere.task.face": {"en": "Face detection", "zh": "人脸检测"},
    "lecture.everywhere.read_as": {"en": "a {expected}, read as {predicted}", "zh": "{expected}，识别为 {predicted}"},
    "lecture.everywhere.heard": {"en": "“{word}”, heard as {predicted}", "zh": "“{word}”，听成 {predicted}"},
    "lecture.everywhere.reference": {"en": "drawn by hand", "zh": "手工画的框"},
    "lecture.everywhere.astronaut": {"en": "IoU with the hand-drawn box: {iou}", "zh": "与手工框的 IoU：{iou}"},
    "lecture.everywhere.expected": {"en": "expected: `{expected}`", "zh": "正确译文：`{expected}`"},
    "lecture.everywhere.mark.right": {"en": "right", "zh": "对"},
    "lecture.everywhere.mark.wrong": {"en": "wrong", "zh": "错"},
    "lecture.everywhere.right": {"en": "right", "zh": "答对了"},
    "lecture.everywhere.wrong": {"en": "wrong", "zh": "答错了"},
    "lecture.everywhere.drawn": {
        "en": "Image: the digit you drew as a {expected} was read as {predicted} ({p}): {mark}; on all {n} held-out "
              "digits the CNN is right on {acc}.",
        "zh": "图像：你画的数字 {expected} 被识别为 {predicted}（{p}），{mark}；在全部 {n} 个留出的数字上，这个 CNN "
              "的正确率是 {acc}。"},
    "lecture.everywhere.draw": {"en": "Draw my own digit", "zh": "自己画一个数字"},
    "lecture.everywhere.draw_help": {"en": "Draw one digit with the mouse or a finger, white on black, large and "
                                           "centred; then say which digit it is.",
                                     "zh": "用鼠标或手指画一个数字（黑底白字，尽量大并居中），再说明它是哪个数字。"},
    "lecture.everywhere.drawn_label": {"en": "The digit I drew", "zh": "我画的数字"},
    "lecture.everywhere.draw_first": {"en": "Draw a digit on the black square first.",
                                      "zh": "请先在黑色方框中画一个数字。"},
    "lecture.everywhere.digit": {
        "en": "Image: held-out test digit #{i}, a {expected}, was read as {predicted} ({p}): {mark}; on all {n} "
              "held-out digits the CNN is right on {acc}.",
        "zh": "图像：第 {i} 个留出的测试数字是 {expected}，被识别为 {predicted}（{p}），{mark}；在全部 {n} 个留出的数字上，"
              "这个 CNN 的正确率是 {acc}。"},
    "lecture.everywhere.speech": {
        "en": "Speech: “{word}” spoken by a voice the network never heard (`{voice}`) was heard as {predicted} ({p}): "
              "{mark}.",
        "zh": "语音：由网络从未听过的嗓音（`{voice}`）说出的“{word}”被听成 {predicted}（{p}），{mark}。"},
    "lecture.everywhere.no_speech": {
        "en": "Speech: espeak-ng is not installed on this server, so the spoken {digit} was not tested.",
        "zh": "语音：这台服务器没有安装 espeak-ng，所以没有测试说出的 {digit}。"},
    "lecture.everywhere.unavailable": {"en": "not tested: espeak-ng is not installed here",
                                       "zh": "未测试：这里没有安装 espeak-ng"},
    "lecture.everywhere.date": {
        "en": "Translation: {source} became `{predicted}`, the data's English being `{expected}`: {mark}.",
        "zh": "翻译：{source} 被译成 `{predicted}`，数据中的英文是 `{expected}`，{mark}。"},
    "lecture.everywhere.face": {
        "en": "Face: the detector's box nearest the one drawn by hand is x = {x}, y = {y}, {w}×{h} px, at IoU {iou} "
              "with it: {mark} (a face is found at IoU ≥ 0.5).",
        "zh": "人脸：检测器给出的框中离手工画的框最近的是 x = {x}、y = {y}、{w}×{h} px，与它的 IoU 为 {iou}，{mark}"
              "（IoU ≥ 0.5 算找到）。"},
    "lecture.everywhere.no_face": {"en": "Face: the detector returned no box on the astronaut: wrong.",
                                   "zh": "人脸：检测器在宇航员照片上没有给出任何框，答错了。"},
    "lecture.everywhere.face_extra": {"en": "Boxes it also drew where there is no face: {n}.",
                                      "zh": "它还在没有脸的地方画了 {n} 个框。"},
    "lecture.everywhere.total": {"en": "Right: {right} of {known}.", "zh": "答对：{known} 个中的 {right} 个。"},
}
