"""The words of the lecture path's step 9 (RNN: memory through time), in English and 简体中文."""

TEXT: dict[str, dict[str, str]] = {
    "lecture.rnn.title": {"en": "RNN: memory through time", "zh": "循环神经网络：跨越时间的记忆"},
    "lecture.rnn.claim": {
        "en": "A recurrent network carries a state from step to step, hₜ = f(W hₜ₋₁ + U xₜ), with the same "
              "weights at every step. To learn from something it saw T steps ago, the gradient must flow back "
              "through all T steps, multiplied by ∂hₜ/∂hₜ₋₁ at each one.",
        "zh": "循环神经网络把状态从一个时间步带到下一个时间步，hₜ = f(W hₜ₋₁ + U xₜ)，每一步使用相同的权重。"
              "要从 T 步之前看到的内容中学习，梯度必须反向穿过全部 T 步，并在每一步乘以 ∂hₜ/∂hₜ₋₁。"},
    "lecture.rnn.question": {
        "en": "A freshly initialised RNN (tanh) reads sequences of 50 steps. Of the gradient that the last step's loss "
              "puts on the last state, how much reaches the first state, ‖∂ℓ/∂h₁‖ / ‖∂ℓ/∂h₅₀‖?",
        "zh": "一个刚初始化的 RNN（tanh）读取长度为 50 的序列。最后一步的损失施加在最后一个状态上的梯度，"
              "有多少能到达第一个状态，即 ‖∂ℓ/∂h₁‖ / ‖∂ℓ/∂h₅₀‖？"},
    "lecture.rnn.choice.most": {"en": "more than 1 %", "zh": "超过 1 %"},
    "lecture.rnn.choice.tiny": {"en": "between a millionth and 1 %", "zh": "在百万分之一到 1 % 之间"},
    "lecture.rnn.choice.vanished": {"en": "less than a millionth", "zh": "不到百万分之一"},
    "lecture.rnn.reach": {
        "en": "At length {length}, freshly initialised (hidden size {hidden}, the adding problem's inputs), the "
              "fraction of the last step's gradient that reached the first state was {rnn} for the RNN (tanh) and "
              "{lstm} for the LSTM: over the {back} steps back it was multiplied by about {rnn_step} per step "
              "in the RNN and {lstm_step} in the LSTM.",
        "zh": "长度为 {length}、刚初始化（隐藏单元数 {hidden}，加法问题的输入）时，最后一步的梯度到达第一个状态的比例："
              "RNN（tanh）为 {rnn}，LSTM 为 {lstm}；在反向的 {back} 步中，RNN 每步约乘以 {rnn_step}，"
              "LSTM 约乘以 {lstm_step}。"},
    "lecture.rnn.lstm_more": {"en": "The LSTM passed back {times} times as much.",
                              "zh": "LSTM 传回的梯度是 RNN 的 {times} 倍。"},
    "lecture.rnn.lstm_not_more": {"en": "In this run the LSTM passed back no more than the RNN.",
                                  "zh": "在这次运行中，LSTM 传回的梯度并不比 RNN 多。"},
    "lecture.rnn.no_length": {"en": "no length", "zh": "无"},
    "lecture.rnn.stored": {
        "en": "In the stored adding-problem sweep ({epochs} epochs, hidden size {hidden}, lengths {lengths}), the "
              "longest length at which at least half of the held-out sequences were solved: RNN {rnn}, LSTM "
              "{lstm}, GRU {gru}.",
        "zh": "在已存储的加法问题扫描中（{epochs} 轮，隐藏单元数 {hidden}，长度 {lengths}），至少一半留出序列被解决的"
              "最长长度：RNN {rnn}，LSTM {lstm}，GRU {gru}。"},
    "lecture.rnn.stored_at": {"en": "At length {length} the RNN solved {rnn} of the held-out sequences and the "
                                    "LSTM {lstm}.",
                              "zh": "长度为 {length} 时，RNN 解决了 {rnn} 的留出序列，LSTM 解决了 {lstm}。"},
    "lecture.rnn.chart": {"en": "‖∂ℓ/∂hₜ‖ at initialisation, length {length}", "zh": "初始化时的 ‖∂ℓ/∂hₜ‖，长度 {length}"},
}
