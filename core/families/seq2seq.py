"""Sequence to sequence with attention: an encoder reads the source, a decoder writes the target one token at
a time, looking back at every source position with weights α that sum to 1 (Luong et al., 2015). A small
Transformer (`torch.nn.Transformer`) does the same with attention only, for comparison.
"""
from __future__ import annotations

import math
import random
import re
from collections import Counter
from dataclasses import dataclass, replace

import torch
from torch import nn
from torch.nn import functional as F

from core.data import zh_en
from core.data.zh_en import Pair
from core.family import Family
from core.i18n import SettingError
from core.train import TensorBatches, Trainer, make_optimizer, seeded

PAD, BOS, EOS, UNK = 0, 1, 2, 3
SPECIALS = ("<pad>", "<s>", "</s>", "<unk>")
ARCHS = ("gru", "lstm", "transformer")
TOKEN = re.compile(r"[A-Za-z]+|.", re.S)  # Latin words whole; everything else (digits, spaces, 汉字, punctuation) alone


def tokenize(text: str) -> list[str]:
    """Tokens whose concatenation is exactly `text`: "May 5, 2026" → May ␣ 5 , ␣ 2 0 2 6."""
    return TOKEN.findall(text)


MAX_VOCAB = 3000  # tokens per side: the output layer's logits are batch × length × vocabulary floats


class Vocab:
    """The specials, then the tokens of `texts` in sorted order; beyond `max_size` only the most frequent are
    kept (ties in sorted order) and the rest read as <unk>, so a file of random words cannot make each step's
    logits gigabytes large. `dropped` counts the distinct tokens left out, `unknown_share` their occurrences."""

    def __init__(self, texts, max_size: int = MAX_VOCAB) -> None:
        counts = Counter(tok for text in texts for tok in tokenize(text))
        keep = max_size - len(SPECIALS)
        kept = sorted(counts) if len(counts) <= keep else sorted(sorted(counts, key=lambda k: (-counts[k], k))[:keep])
        self.tokens = [*SPECIALS, *kept]
        self.index = {tok: i for i, tok in enumerate(self.tokens)}
        self.dropped = len(counts) - len(kept)
        total = sum(counts.values())
        self.unknown_share = (total - sum(counts[k] for k in kept)) / total if total else 0.0

    def __len__(self) -> int:
        return len(self.tokens)

    def encode(self, text: str) -> list[int]:
        return [self.index.get(tok, UNK) for tok in tokenize(text)]

    def decode(self, ids) -> str:
        out = []
        for i in ids:
            i = int(i)
            if i == EOS:
                break
            if i >= len(SPECIALS):
                out.append(self.tokens[i])
        return "".join(out)


@dataclass(frozen=True)
class Seq2SeqConfig:
    arch: str = "gru"
    embed: int = 64
    hidden: int = 128
    layers: int = 1
    teacher_forcing: float = 1.0  # probability of feeding the true previous token while training
    lr: float = 3e-3
    batch_size: int = 64
    epochs: int = 12
    reverse: bool = False  # English → Chinese
    seed: int = 0

    def validate(self) -> None:
        if self.arch not in ARCHS:
            raise SettingError("setting.unknown")
        if not 8 <= self.hidden <= 512 or not 8 <= self.embed <= 256 or not 1 <= self.layers <= 4:
            raise SettingError("mt.setting.size")
        if not 0 <= self.teacher_forcing <= 1 or self.lr <= 0 or self.epochs < 1 or self.batch_size < 1:
            raise SettingError("setting.positive")
        if self.arch == "transformer" and self.hidden % 4:
            raise SettingError("mt.setting.heads")


class RNNSeq2Seq(nn.Module):
    """Bidirectional GRU/LSTM encoder; GRU/LSTM decoder with Luong 'general' attention and an attentional layer."""

    def __init__(self, cell: str, src_vocab: int, tgt_vocab: int, embed: int, hidden: int, layers: int) -> None:
        super().__init__()
        rnn = nn.GRU if cell == "gru" else nn.LSTM
        self.src_embed, self.tgt_embed = nn.Embedding(src_vocab, embed, PAD), nn.Embedding(tgt_vocab, embed, PAD)
        self.encoder = rnn(embed, hidden // 2, layers, batch_first=True, bidirectional=True)
        self.decoder = rnn(embed, hidden, layers, batch_first=True)
        self.score = nn.Linear(hidden, hidden, bias=False)
        self.combine = nn.Linear(2 * hidden, hidden)
        self.out = nn.Linear(hidden, tgt_vocab)
        self.lstm = cell == "lstm"

    def encode(self, src: torch.Tensor) -> dict:
        # packed, so that padding never enters the backward direction: a sentence encodes the same alone or
        # in a batch with longer ones
        lengths = (src != PAD).sum(1).clamp_min(1).cpu()
        packed = nn.utils.rnn.pack_padded_sequence(self.src_embed(src), lengths, batch_first=True, enforce_sorted=False)
        memory, state = self.encoder(packed)
        memory = nn.utils.rnn.pad_packed_sequence(memory, batch_first=True, total_length=src.shape[1])[0]

        def merge(s: torch.Tensor) -> torch.Tensor:  # (2·layers, B, H/2) → (layers, B, H): both directions
            return s.view(s.shape[0] // 2, 2, *s.shape[1:]).transpose(1, 2).reshape(s.shape[0] // 2, s.shape[1], -1)

        state = tuple(merge(s) for s in state) if self.lstm else merge(state)
        return {"memory": memory, "mask": src != PAD, "state": state}

    def attend(self, h: torch.Tensor, enc: dict) -> tuple[torch.Tensor, torch.Tensor]:
        """h (B, T, H) → logits (B, T, V) and attention weights α (B, T, S), each row summing to 1."""
        scores = self.score(h) @ enc["memory"].transpose(1, 2)
        alpha = scores.masked_fill(~enc["mask"][:, None, :], -1e9).softmax(-1)
        context = alpha @ enc["memory"]
        return self.out(torch.tanh(self.combine(torch.cat([h, context], -1)))), alpha

    def forward(self, src: torch.Tensor, tgt_in: torch.Tensor) -> torch.Tensor:
        """Teacher forcing: every target step at once."""
        enc = self.encode(src)
        h, _ = self.decoder(self.tgt_embed(tgt_in), enc["state"])
        return self.attend(h, enc)[0]

    def start(self, src: torch.Tensor) -> dict:
        return self.encode(src)

    def step(self, enc: dict, token: torch.Tensor) -> tuple[torch.Tensor, dict, torch.Tensor]:
        """One decoding step from the previous token (B,): logits (B, V), the new state, α (B, S)."""
        h, state = self.decoder(self.tgt_embed(token[:, None]), enc["state"])
        logits, alpha = self.attend(h, enc)
        return logits[:, 0], {**enc, "state": state}, alpha[:, 0]

    def reorder(self, enc: dict, idx: torch.Tensor) -> dict:
        """Select batch rows (for beam search)."""
        state = tuple(s[:, idx] for s in enc["state"]) if self.lstm else enc["state"][:, idx]
        return {"memory": enc["memory"][idx], "mask": enc["mask"][idx], "state": state}


class TransformerSeq2Seq(nn.Module):
    MAX_LEN = 256

    def __init__(self, src_vocab: int, tgt_vocab: int, hidden: int, layers: int) -> None:
        super().__init__()
        self.hidden = hidden
        self.src_embed, self.tgt_embed = nn.Embedding(src_vocab, hidden, PAD), nn.Embedding(tgt_vocab, hidden, PAD)
        self.position = nn.Embedding(self.MAX_LEN, hidden)
        self.core = nn.Transformer(hidden, 4, layers, layers, 2 * hidden, dropout=0.1, batch_first=True)
        # torch's nested-tensor fast path (eval mode) is a prototype that only warns at these sizes
        self.core.encoder.enable_nested_tensor = self.core.encoder.use_nested_tensor = False
        self.out = nn.Linear(hidden, tgt_vocab)

    def _embed(self, table: nn.Embedding, ids: torch.Tensor) -> torch.Tensor:
        return table(ids) * math.sqrt(self.hidden) + self.position(torch.arange(ids.shape[1], device=ids.device))

    def start(self, src: torch.Tensor) -> dict:
        mask = src == PAD
        memory = self.core.encoder(self._embed(self.src_embed, src), src_key_padding_mask=mask)
        return {"memory": memory, "pad": mask, "prefix": src.new_zeros(src.shape[0], 0)}

    def _decode(self, enc: dict, tgt_in: torch.Tensor) -> torch.Tensor:
        causal = torch.ones(tgt_in.shape[1], tgt_in.shape[1], dtype=torch.bool, device=tgt_in.device).triu(1)
        h = self.core.decoder(self._embed(self.tgt_embed, tgt_in), enc["memory"], tgt_mask=causal, tgt_is_causal=True,
                              tgt_key_padding_mask=tgt_in == PAD, memory_key_padding_mask=enc["pad"])
        return self.out(h)

    def forward(self, src: torch.Tensor, tgt_in: torch.Tensor) -> torch.Tensor:
        return self._decode(self.start(src), tgt_in)

    def step(self, enc: dict, token: torch.Tensor) -> tuple[torch.Tensor, dict, None]:
        prefix = torch.cat([enc["prefix"], token[:, None]], 1)
        logits = self._decode(enc, prefix)[:, -1]
        return logits, {**enc, "prefix": prefix}, None

    def reorder(self, enc: dict, idx: torch.Tensor) -> dict:
        return {"memory": enc["memory"][idx], "pad": enc["pad"][idx], "prefix": enc["prefix"][idx]}


def build(config: Seq2SeqConfig, src_vocab: int, tgt_vocab: int) -> nn.Module:
    config.validate()
    if config.arch == "transformer":
        return TransformerSeq2Seq(src_vocab, tgt_vocab, config.hidden, config.layers)
    return RNNSeq2Seq(config.arch, src_vocab, tgt_vocab, config.embed, config.hidden, config.layers)


# ---- data as tensors ----
@dataclass
class Prepared:
    src_vocab: Vocab
    tgt_vocab: Vocab
    train: list[Pair]
    test: list[Pair]
    reverse: bool

    def sides(self, pair: Pair) -> tuple[str, str]:
        return (pair.target, pair.source) if self.reverse else (pair.source, pair.target)


def prepare(train: list[Pair], test: list[Pair], reverse: bool = False) -> Prepared:
    src = [p.target if reverse else p.source for p in train]
    tgt = [p.source if reverse else p.target for p in train]
    return Prepared(Vocab(src), Vocab(tgt), train, test, reverse)


def pad(seqs: list[list[int]]) -> torch.Tensor:
    width = max(len(s) for s in seqs)
    return torch.tensor([s + [PAD] * (width - len(s)) for s in seqs], dtype=torch.long)


def tensors(data: Prepared, pairs: list[Pair]) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """(source ids, decoder input <s> y₁…, decoder target y₁… </s>), padded."""
    src, tgt = zip(*(data.sides(p) for p in pairs))
    ys = [data.tgt_vocab.encode(t) for t in tgt]
    return pad([data.src_vocab.encode(s) for s in src]), pad([[BOS] + y for y in ys]), pad([y + [EOS] for y in ys])


# ---- training ----
class Seq2SeqStep:
    """Cross-entropy over target tokens; with teacher forcing below 1 the decoder is fed its own previous
    prediction at each step with probability 1 − ratio (RNN decoders; a Transformer always gets the truth)."""

    def __init__(self, model: nn.Module, optimizer: torch.optim.Optimizer, teacher_forcing: float, seed: int) -> None:
        self.model, self.optimizer, self.teacher_forcing = model, optimizer, teacher_forcing
        self.rng = random.Random(seed)

    def __call__(self, batch) -> dict[str, float]:
        src, tgt_in, tgt_out = batch
        self.optimizer.zero_grad(set_to_none=True)
        if self.teacher_forcing >= 1 or isinstance(self.model, TransformerSeq2Seq):
            logits = self.model(src, tgt_in)
        else:
            logits = self._free_running(src, tgt_in)
        loss = F.cross_entropy(logits.reshape(-1, logits.shape[-1]), tgt_out.reshape(-1), ignore_index=PAD)
        loss.backward()
        nn.utils.clip_grad_norm_(self.model.parameters(), 1.0)
        self.optimizer.step()
        return {"loss": loss.item()}

    def _free_running(self, src: torch.Tensor, tgt_in: torch.Tensor) -> torch.Tensor:
        enc, token, out = self.model.start(src), tgt_in[:, 0], []
        for t in range(tgt_in.shape[1]):
            logits, enc, _ = self.model.step(enc, token)
            out.append(logits)
            if t + 1 < tgt_in.shape[1]:
                token = tgt_in[:, t + 1] if self.rng.random() < self.teacher_forcing else logits.argmax(-1).detach()
        return torch.stack(out, 1)

    def set_hparams(self, **values: float) -> None:
        if "teacher_forcing" in values:
            self.teacher_forcing = values.pop("teacher_forcing")
        for group in self.optimizer.param_groups:
            group.update({k: v for k, v in values.items() if k in group})


def make_trainer(config: Seq2SeqConfig, data: Prepared, eval_size: int = 600) -> Trainer:
    """Model, step, shuffled batches, and per-epoch held-out exact match (overall and per kind) and BLEU."""
    with seeded(config.seed) as g:
        model = build(config, len(data.src_vocab), len(data.tgt_vocab))
    batches = TensorBatches(*tensors(data, data.train), batch_size=config.batch_size, generator=g)
    sample = random.Random(config.seed).sample(data.test, min(eval_size, len(data.test)))
    step = Seq2SeqStep(model, make_optimizer(model.parameters(), "adam", config.lr), config.teacher_forcing, config.seed)
    return Trainer(model, step, batches, epochs=config.epochs, evaluate=lambda m: scores(m, data, sample))


# ---- decoding ----
@torch.no_grad()
def greedy(model: nn.Module, src: torch.Tensor, max_len: int = 64) -> tuple[torch.Tensor, torch.Tensor | None]:
    """The most likely token at every step, for a batch; also the attention weights (B, T, S) when there are some."""
    model.eval()
    enc = model.start(src)
    token = torch.full((src.shape[0],), BOS, dtype=torch.long)
    out, alphas, done = [], [], torch.zeros(src.shape[0], dtype=torch.bool)
    for _ in range(max_len):
        logits, enc, alpha = model.step(enc, token)
        token = logits.argmax(-1)
        out.append(token)
        if alpha is not None:
            alphas.append(alpha)
        done |= token == EOS
        if done.all():
            break
    return torch.stack(out, 1), (torch.stack(alphas, 1) if alphas else None)


@torch.no_grad()
def beam_search(model: nn.Module, src: torch.Tensor, width: int = 4, max_len: int = 64) -> list[int]:
    """The highest total log-probability sequence found keeping `width` hypotheses (one source sentence)."""
    model.eval()
    enc = model.start(src[:1])
    beams: list[tuple[float, list[int]]] = [(0.0, [])]
    finished: list[tuple[float, list[int]]] = []
    for _ in range(max_len):
        tokens = torch.tensor([b[1][-1] if b[1] else BOS for b in beams])
        logits, enc, _ = model.step(enc, tokens)
        logp = logits.log_softmax(-1)
        candidates = []
        for i, (score, seq) in enumerate(beams):
            top = logp[i].topk(width)
            candidates += [(score + v, seq + [j], i) for v, j in zip(top.values.tolist(), top.indices.tolist())]
        candidates.sort(key=lambda c: -c[0])
        beams, keep = [], []
        for score, seq, parent in candidates:
            if seq[-1] == EOS:
                finished.append((score, seq))
            else:
                beams.append((score, seq))
                keep.append(parent)
            if len(beams) == width or len(finished) >= width:
                break
        if len(finished) >= width or not beams:
            break
        enc = model.reorder(enc, torch.tensor(keep))
    best = max(finished or beams, key=lambda b: b[0])
    return best[1]


def translate(model: nn.Module, data: Prepared, text: str, beam: int = 1) -> tuple[str, torch.Tensor | None, list[str]]:
    """The translation of one sentence, the attention weights (target × source) when the model has them,
    and the source tokens."""
    ids = data.src_vocab.encode(text) or [UNK]
    src = torch.tensor([ids])
    if beam > 1:
        return data.tgt_vocab.decode(beam_search(model, src, beam)), None, tokenize(text)
    out, alpha = greedy(model, src)
    words = data.tgt_vocab.decode(out[0])
    n = len(tokenize(words)) + 1  # the tokens written, and </s>
    return words, (alpha[0, :n] if alpha is not None else None), tokenize(text)


def scores(model: nn.Module, data: Prepared, pairs: list[Pair]) -> dict[str, float]:
    """Held-out exact match (overall and per kind) and corpus BLEU (sacrebleu) with greedy decoding."""
    import sacrebleu

    hyps, refs = [], []
    for start in range(0, len(pairs), 256):
        chunk = pairs[start:start + 256]
        src = pad([data.src_vocab.encode(data.sides(p)[0]) or [UNK] for p in chunk])
        out, _ = greedy(model, src)
        hyps += [data.tgt_vocab.decode(row) for row in out]
        refs += [data.sides(p)[1] for p in chunk]
    row = {"test_exact": sum(h == r for h, r in zip(hyps, refs)) / max(1, len(refs))}
    for kind in sorted({p.kind for p in pairs}):
        idx = [i for i, p in enumerate(pairs) if p.kind == kind]
        row[f"test_exact_{kind}"] = sum(hyps[i] == refs[i] for i in idx) / len(idx)
    row["test_bleu"] = sacrebleu.corpus_bleu(hyps, [refs], tokenize="zh" if data.reverse else "13a").score
    model.train()
    return row


def mistakes(model: nn.Module, data: Prepared, pairs: list[Pair], limit: int = 20) -> list[tuple[str, str, str]]:
    """(source, expected, got) for held-out pairs the model gets wrong."""
    out = []
    for start in range(0, len(pairs), 256):
        chunk = pairs[start:start + 256]
        src = pad([data.src_vocab.encode(data.sides(p)[0]) or [UNK] for p in chunk])
        decoded, _ = greedy(model, src)
        for p, row in zip(chunk, decoded):
            source, target = data.sides(p)
            got = data.tgt_vocab.decode(row)
            if got != target:
                out.append((source, target, got))
                if len(out) >= limit:
                    return out
    return out


# ---- the family, as the lab, the command line and the pages see it ----
def load(config: Seq2SeqConfig, dataset: str) -> tuple[Prepared, dict]:
    """The generated corpus (all kinds, or the one kind `dataset` names), prepared for `config`'s direction."""
    kinds = zh_en.KINDS if dataset == "generated" else (dataset,)
    corpus = zh_en.make_corpus(kinds=kinds)
    data = prepare(corpus.train, corpus.test, reverse=bool(config.reverse))
    return data, context(data, "generated", kinds)


def context(data: Prepared, dataset: str, kinds) -> dict:
    """What a run was trained on: the data, the direction and both vocabularies."""
    return {"dataset": dataset, "kinds": list(kinds), "reverse": bool(data.reverse),
            "src_tokens": data.src_vocab.tokens, "tgt_tokens": data.tgt_vocab.tokens}


def build_for(config: Seq2SeqConfig, context: dict) -> nn.Module:
    return build(config, len(context["src_tokens"]), len(context["tgt_tokens"]))


FAMILY = Family("translation", page="translation", config=Seq2SeqConfig, datasets=("generated", *zh_en.KINDS),
                load=load, make_trainer=make_trainer, build=build_for, metric="test_exact",
                for_dataset=lambda config, dataset: replace(config, epochs=8))
