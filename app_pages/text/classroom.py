"""The words of joining a class and of the teacher's class view, in English and 简体中文."""

TEXT: dict[str, dict[str, str]] = {
    "class.name_empty": {"en": "Type a display name.", "zh": "请输入显示名称。"},
    "class.name_long": {"en": "A display name has at most {limit} characters.",
                        "zh": "显示名称最多 {limit} 个字符。"},
    "class.name_odd": {"en": "A display name cannot contain control or formatting characters.",
                       "zh": "显示名称不能包含控制字符或格式字符。"},
}
