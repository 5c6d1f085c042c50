"""The words of the class page: joining a class, one's own progress, and the teacher's class view."""

TEXT: dict[str, dict[str, str]] = {
    "page.classroom.title": {"en": "Class and progress", "zh": "班级与学习进度"},
    "page.classroom.blurb": {"en": "Join your class, see and download your progress; the teacher sees the class.",
                             "zh": "加入班级，查看并下载自己的学习进度；教师可查看全班进度。"},
    "class.home_progress_link": {"en": "Your progress", "zh": "你的进度"},
    "class.home_progress": {"en": "{right} of {predicted} predictions right · quiz {quiz}/{of} · "
                            "{challenges} challenges",
                      "zh": "{predicted} 个预测中猜中 {right} 个 · 测验 {quiz}/{of} · 完成 {challenges} 个挑战"},
    "class.intro": {
        "en": "Your progress — the lecture path's predictions, quiz scores and challenges met — is kept with this "
              "browser (or your login). Join your class with the code your teacher gives you: the teacher then "
              "sees your display name and your progress, and nothing else; you see only your own. A display name "
              "is what you type, not a checked identity.",
        "zh": "你的学习进度（讲义路径中的预测、测验成绩和完成的挑战）与这个浏览器（或你的登录账号）一起保存。"
              "用教师给你的班级代码加入班级后，教师能看到你的显示名称和学习进度，仅此而已；你只能看到自己的进度。"
              "显示名称是你自己输入的，并未经过身份验证。"},
    "class.no_store": {"en": "Progress cannot be kept on this server (its disk is not writable): it lasts for this "
                             "session only.",
                       "zh": "本服务器无法保存学习进度（磁盘不可写）：进度只在本次会话中有效。"},
    "class.joined": {"en": "You are in class {code} as {name}.", "zh": "你已以 {name} 的名称加入班级 {code}。"},
    "class.leave": {"en": "Leave the class", "zh": "退出班级"},
    "class.no_code": {"en": "No class is set up on this server (the operator sets a class code: see README).",
                      "zh": "本服务器没有设置班级（由管理员设置班级代码，见 README）。"},
    "class.join": {"en": "Join a class", "zh": "加入班级"},
    "class.code": {"en": "Class code", "zh": "班级代码"},
    "class.name": {"en": "Display name", "zh": "显示名称"},
    "class.name_help": {"en": "How your teacher sees you in the class table.", "zh": "教师在班级表格中看到的你的名称。"},
    "class.join_button": {"en": "Join", "zh": "加入"},
    "class.wrong_code": {"en": "That is not this class's code.", "zh": "班级代码不正确。"},
    "class.name_empty": {"en": "Type a display name.", "zh": "请输入显示名称。"},
    "class.name_long": {"en": "A display name has at most {limit} characters.",
                        "zh": "显示名称最多 {limit} 个字符。"},
    "class.name_odd": {"en": "A display name cannot contain control or formatting characters.",
                       "zh": "显示名称不能包含控制字符或格式字符。"},
    "class.mine": {"en": "Your progress", "zh": "你的学习进度"},
    "class.nothing_yet": {"en": "Nothing yet: predict and run a step of the lecture path, or answer a quiz.",
                          "zh": "还没有记录：在讲义路径中预测并运行一步，或完成一次测验。"},
    "class.kind.quiz": {"en": "Quizzes", "zh": "测验"},
    "class.kind.challenge": {"en": "Challenges met", "zh": "完成的挑战"},
    "class.item": {"en": "item", "zh": "项目"},
    "class.result": {"en": "result", "zh": "结果"},
    "class.report_title": {"en": "Progress of {name}", "zh": "{name} 的学习进度"},
    "class.anonymous": {"en": "a visitor", "zh": "一位访客"},
    "class.download_json": {"en": "Download the report (JSON)", "zh": "下载进度报告（JSON）"},
    "class.download_page": {"en": "Download a printable page", "zh": "下载可打印的页面"},
    "class.teacher": {"en": "Teacher view", "zh": "教师视图"},
    "class.no_teacher": {"en": "The teacher view needs a class code and a teacher password set by the operator "
                                "(see README).",
                         "zh": "教师视图需要管理员设置班级代码和教师密码（见 README）。"},
    "class.password": {"en": "Teacher password", "zh": "教师密码"},
    "class.wrong_password": {"en": "Wrong password.", "zh": "密码错误。"},
    "class.locked": {"en": "Too many wrong passwords: try again in {seconds} s.",
                     "zh": "密码错误次数过多：请在 {seconds} 秒后再试。"},
    "class.roster_count": {"en": "{n} students in class {code}.", "zh": "班级 {code} 共有 {n} 名学生。"},
    "class.col.name": {"en": "name", "zh": "名称"},
    "class.col.last": {"en": "last activity (UTC)", "zh": "最近活动（协调世界时）"},
    "class.col.right": {"en": "predictions right", "zh": "预测正确"},
    "class.col.quiz": {"en": "quiz points", "zh": "测验得分"},
    "class.col.challenges": {"en": "challenges", "zh": "挑战"},
    "class.col.challenge": {"en": "challenge {k}", "zh": "挑战 {k}"},
    "class.columns_help": {"en": "Columns 1–12 are the lecture path's steps: ✓ right, ✗ wrong, ? undecided, – run "
                                 "without a prediction. The challenges are numbered as on the Challenges page "
                                 "(✓ met). The CSV also has each quiz section's score.",
                           "zh": "第 1–12 列是讲义路径的各个步骤：✓ 正确，✗ 错误，? 未能判断，– 未预测就运行。"
                                 "挑战的编号与“挑战”页面上的相同（✓ 表示已完成）。CSV 文件中还有每个测验部分的得分。"},
    "class.download_csv": {"en": "Download the class table (CSV)", "zh": "下载班级表格（CSV）"},
}
