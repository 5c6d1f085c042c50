"""The words of the lecture path's step 4 (face detection: each face's position and size), in English and 简体中文."""

TEXT: dict[str, dict[str, str]] = {
    "lecture.faces.title": {"en": "What it is for: where each face is, and how big",
                            "zh": "它能做什么：每张脸在哪里、有多大"},
    "lecture.faces.claim": {
        "en": "The same kind of map, a network from pixels to numbers, can output each face's position and size: a "
              "box (x, y, w, h) in pixels. A box counts as finding a face when it overlaps the true box by "
              "IoU ≥ 0.5.",
        "zh": "同一类映射——从像素到数字的网络——可以输出每张脸的位置和大小：以像素计的框 (x, y, w, h)。"
              "一个框与真实框的 IoU ≥ 0.5 时，才算找到了这张脸。"},
    "lecture.faces.question": {
        "en": "On this scene (faces the detector never saw, in a photo it never saw), how well will its boxes fit "
              "the true faces?",
        "zh": "在这个场景上（检测器从未见过的脸，贴在它从未见过的照片里），它的框与真实的脸吻合得如何？"},
    "lecture.faces.choice.tight": {"en": "every face boxed tightly (IoU ≥ 0.8)",
                                   "zh": "每张脸都框得很准（IoU ≥ 0.8）"},
    "lecture.faces.choice.loose": {"en": "every face found, but some box loosely (IoU 0.5–0.8)",
                                   "zh": "每张脸都找到了，但有的框偏松（IoU 在 0.5 到 0.8 之间）"},
    "lecture.faces.choice.missed": {"en": "some face missed (no box with IoU ≥ 0.5)",
                                    "zh": "有的脸没找到（没有 IoU ≥ 0.5 的框）"},
    "lecture.faces.pick": {"en": "Test scene", "zh": "测试场景"},
    "lecture.faces.scene": {"en": "scene {i} ({k} faces)", "zh": "场景 {i}（{k} 张脸）"},
    "lecture.faces.truth": {"en": "true box", "zh": "真实框"},
    "lecture.faces.chart": {"en": "Test scene {i}: true boxes and the detector's", "zh": "测试场景 {i}：真实框与检测器的框"},
    "lecture.faces.box": {"en": "({x}, {y}, {w}×{h}, IoU {iou})", "zh": "（{x}, {y}, {w}×{h}，IoU {iou}）"},
    "lecture.faces.boxes": {
        "en": "On test scene {i} (true faces: {k}) the detector returned {n} boxes (x, y, w×h in pixels, IoU "
              "with the nearest true face): {boxes}.",
        "zh": "在测试场景 {i}（{k} 张真实的脸）上，检测器给出 {n} 个框（x, y, w×h，以像素计；与最近的真实框的 IoU）：{boxes}。"},
    "lecture.faces.no_boxes": {"en": "On test scene {i} (true faces: {k}) the detector returned no box.",
                               "zh": "在测试场景 {i}（{k} 张真实的脸）上，检测器没有给出任何框。"},
    "lecture.faces.all_found": {"en": "It found every true face at IoU ≥ 0.5 ({k} of {k}).",
                                "zh": "它以 IoU ≥ 0.5 找到了每一张真实的脸（{k} 张中的 {k} 张）。"},
    "lecture.faces.some_found": {"en": "It found {found} of the {k} faces at IoU ≥ 0.5 and missed {missed}.",
                                 "zh": "它以 IoU ≥ 0.5 找到了 {k} 张脸中的 {found} 张，漏掉了 {missed} 张。"},
    "lecture.faces.false_alarms": {"en": "False alarms (boxes where there is no face): {n}.",
                                   "zh": "误报（落在没有脸的地方的框）：{n} 个。"},
    "lecture.faces.no_false_alarm": {"en": "None of its boxes is a false alarm.", "zh": "没有一个框是误报。"},
    "lecture.faces.worst": {"en": "The true faces' best IoUs range from {worst} to {best}.",
                            "zh": "各张真实的脸得到的最佳 IoU 从 {worst} 到 {best}。"},
}
