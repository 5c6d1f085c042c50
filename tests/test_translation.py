"""Machine translation: the generated corpus, tokenizer, attention, decoding, TSV input, and a trained model."""
import random

import pytest
import torch

from core.data import zh_en
from core.families import seq2seq as s2s


@pytest.mark.parametrize("n, zh, en", [
    (0, "零", "zero"), (7, "七", "seven"), (10, "十", "ten"), (12, "十二", "twelve"), (20, "二十", "twenty"),
    (101, "一百零一", "one hundred and one"), (110, "一百一十", "one hundred and ten"),  # 一十 inside a number
    (1002, "一千零二", "one thousand and two"), (1020, "一千零二十", "one thousand and twenty"),
    (3502, "三千五百零二", "three thousand five hundred and two"), (10000, "一万", "ten thousand"),
    (10010, "一万零一十", "ten thousand and ten"), (100000, "十万", "one hundred thousand"),
    (1000001, "一百万零一", "one million and one"),
    (12345678, "一千二百三十四万五千六百七十八",
     "twelve million three hundred and forty-five thousand six hundred and seventy-eight"),
])
def test_numbers_in_both_languages_match_a_hand_checked_list(n, zh, en):
    assert zh_en.zh_number(n) == zh and zh_en.en_number(n) == en


def test_dates_read_the_year_digit_by_digit_and_times_name_the_part_of_day():
    assert zh_en.zh_date(2026, 11, 27) == "二〇二六年十一月二十七日" and zh_en.en_date(2026, 11, 27) == "November 27, 2026"
    assert zh_en.zh_date(1900, 1, 10) == "一九〇〇年一月十日"
    assert zh_en.zh_time(15, 5) == "下午三点零五分" and zh_en.en_time(15, 5) == "3:05 p.m."
    assert zh_en.zh_time(0, 0) == "凌晨十二点整" and zh_en.en_time(0, 0) == "12:00 a.m."
    assert zh_en.zh_time(12, 30) == "中午十二点三十分" and zh_en.en_time(12, 30) == "12:30 p.m."


def test_the_held_out_split_shares_no_expression_and_no_date_year_with_training():
    corpus = zh_en.make_corpus(2000, 200)
    assert not {p.source for p in corpus.train} & {p.source for p in corpus.test}
    train_years = {p.target[-4:] for p in corpus.train if p.kind == "date"}
    test_years = {p.target[-4:] for p in corpus.test if p.kind == "date"}
    assert test_years and not train_years & test_years
    assert {p.kind for p in corpus.test} == set(zh_en.KINDS)


def test_the_tokenizer_round_trips_every_character():
    corpus = zh_en.make_corpus(1000, 100)
    texts = [t for p in corpus.train + corpus.test for t in (p.source, p.target)] + ["Hello, 世界! 3:05 p.m.\t"]
    assert all("".join(s2s.tokenize(t)) == t for t in texts)
    vocab = s2s.Vocab(texts)
    assert all(vocab.decode(vocab.encode(t) + [s2s.EOS]) == t for t in texts)
    assert s2s.tokenize("May 5, 2026") == ["May", " ", "5", ",", " ", "2", "0", "2", "6"]


@pytest.fixture(scope="module")
def tiny():
    corpus = zh_en.make_corpus(300, 30, seed=1)
    data = s2s.prepare(corpus.train, corpus.test)
    torch.manual_seed(0)
    return data, s2s.build(s2s.Seq2SeqConfig(hidden=32, embed=16), len(data.src_vocab), len(data.tgt_vocab))


def test_attention_weights_sum_to_one_over_the_real_source_tokens(tiny):
    data, model = tiny
    src = s2s.pad([data.src_vocab.encode("三千五百零二"), data.src_vocab.encode("二〇二六年十一月二十七日")])
    _, alpha = s2s.greedy(model, src, max_len=10)
    torch.testing.assert_close(alpha.sum(-1), torch.ones(alpha.shape[:2]))
    assert alpha[0, :, 6:].abs().max() < 1e-6  # the first sentence's padding gets no attention


def test_a_sentence_translates_the_same_alone_and_in_a_padded_batch(tiny):
    data, model = tiny
    short, long = data.src_vocab.encode("一百零一"), data.src_vocab.encode("二〇二六年十一月二十七日")
    alone, _ = s2s.greedy(model, torch.tensor([short]), max_len=12)
    batched, _ = s2s.greedy(model, s2s.pad([short, long]), max_len=12)
    assert torch.equal(alone[0], batched[0, :alone.shape[1]])


@pytest.mark.parametrize("arch", s2s.ARCHS)
def test_beam_search_of_width_one_is_greedy_decoding(arch):
    corpus = zh_en.make_corpus(300, 30, seed=2)
    data = s2s.prepare(corpus.train, corpus.test)
    torch.manual_seed(0)
    model = s2s.build(s2s.Seq2SeqConfig(arch=arch, hidden=32, embed=16), len(data.src_vocab), len(data.tgt_vocab))
    for pair in corpus.test[:5]:
        src = torch.tensor([data.src_vocab.encode(pair.source)])
        greedy, _ = s2s.greedy(model, src, max_len=20)
        assert data.tgt_vocab.decode(s2s.beam_search(model, src, 1, max_len=20)) == data.tgt_vocab.decode(greedy[0])


def test_malformed_tsv_lines_are_reported_by_number_and_skipped():
    raw = "三\tthree\nno tab here\n\n四\t\n五\tfive\textra\n六\tsix\n七\ta\tb\tc\n".encode()
    parsed = zh_en.parse_tsv(raw)
    assert [(p.source, p.target) for p in parsed.pairs] == [("三", "three"), ("五", "five"), ("六", "six")]
    assert [(n, key) for n, key, _ in parsed.errors] == [(2, "mt.tsv.fields"), (4, "mt.tsv.empty_side"), (7, "mt.tsv.fields")]
    assert parsed.extra_columns == 1 and not parsed.swapped


@pytest.mark.slow
def test_a_trained_checkpoint_translates_unseen_dates(tmp_path):
    from core import runs

    corpus = zh_en.make_corpus(kinds=("date",))
    data = s2s.prepare(corpus.train, corpus.test)
    config = s2s.Seq2SeqConfig(epochs=6)
    trainer = s2s.make_trainer(config, data)
    trainer.fit()
    path = tmp_path / "mt.safetensors"
    path.write_bytes(runs.weights_to_bytes(trainer.model.state_dict()))
    model = s2s.build(config, len(data.src_vocab), len(data.tgt_vocab))
    model.load_state_dict(runs.load_weights(path.read_bytes()))
    result = s2s.scores(model, data, corpus.test)
    assert result["test_exact_date"] >= 0.95, result
    unseen = random.Random(0).sample(corpus.test, 5)
    assert all(s2s.translate(model, data, p.source)[0] == p.target for p in unseen)
