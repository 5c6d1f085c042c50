"""Boolean circuits for n-bit parity, built gate by gate so counts and depths are measured, not assumed.

Conventions: AND and OR gates have unbounded fan-in; NOT gates are counted as gates. Depth counts
AND/OR (and threshold) levels (negations of inputs are free in the usual AC⁰ convention, internal NOTs
are counted in the gate total and reported as their own depth figure).

Literature: Håstad, "Almost optimal lower bounds for small depth circuits", STOC 1986 (and his 1987
thesis): AND/OR/NOT circuits of bounded depth d computing n-bit parity need 2^{Ω(n^{1/(d−1)})} gates;
a constant-depth construction of that size exists (see Rossman 2015, "The average sensitivity of
bounded-depth formulas", §1). The bound says nothing about threshold gates: a depth-2 threshold
circuit computes parity with n + 1 gates (`threshold_parity`).
"""
from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field

import numpy as np

from core import i18n


@dataclass(frozen=True)
class Gate:
    kind: str  # "in", "not", "and", "or", "thr" (1 when Σ weights·inputs ≥ threshold)
    inputs: tuple[int, ...] = ()
    label: str = ""
    weights: tuple[float, ...] = ()
    threshold: float = 0.0


@dataclass
class Circuit:
    gates: list[Gate] = field(default_factory=list)
    output: int = -1

    def add(self, kind: str, inputs: tuple[int, ...] = (), label: str = "", weights: tuple[float, ...] = (),
            threshold: float = 0.0) -> int:
        self.gates.append(Gate(kind, inputs, label, weights, threshold))
        return len(self.gates) - 1

    @property
    def size(self) -> int:
        """Number of gates (inputs excluded)."""
        return sum(g.kind != "in" for g in self.gates)

    def depth(self, count_not: bool = False) -> int:
        levels: list[int] = []
        for g in self.gates:
            below = max((levels[i] for i in g.inputs), default=0)
            levels.append(below + (g.kind in ("and", "or", "thr") or (count_not and g.kind == "not")))
        return levels[self.output]

    def evaluate(self, bits: tuple[int, ...]) -> list[int]:
        """The value of every gate for one input assignment."""
        values: list[int] = []
        inputs = iter(bits)
        for g in self.gates:
            if g.kind == "in":
                values.append(next(inputs))
            elif g.kind == "not":
                values.append(1 - values[g.inputs[0]])
            elif g.kind == "and":
                values.append(int(all(values[i] for i in g.inputs)))
            elif g.kind == "thr":
                values.append(int(sum(w * values[i] for w, i in zip(g.weights, g.inputs)) >= g.threshold))
            else:
                values.append(int(any(values[i] for i in g.inputs)))
        return values

    def evaluate_all(self, bits: np.ndarray) -> list[np.ndarray]:
        """The value of every gate on many inputs at once: `bits` (m, n) of 0/1 → one (m,) bool array per gate."""
        bits = np.asarray(bits).astype(bool)
        values: list[np.ndarray] = []
        inputs = iter(bits.T)
        for g in self.gates:
            if g.kind == "in":
                values.append(next(inputs))
            elif g.kind == "not":
                values.append(~values[g.inputs[0]])
            elif g.kind == "and":
                values.append(np.logical_and.reduce([values[i] for i in g.inputs]))
            elif g.kind == "thr":
                values.append(sum(w * values[i] for w, i in zip(g.weights, g.inputs)) >= g.threshold)
            else:
                values.append(np.logical_or.reduce([values[i] for i in g.inputs]))
        return values

    def computes_parity(self, n: int) -> bool:
        """Whether the output is x₁ ⊕ … ⊕ xₙ on all 2ⁿ inputs (checked on the whole truth table)."""
        bits = truth_table(n)
        return bool(np.array_equal(self.evaluate_all(bits)[self.output], bits.sum(axis=1) % 2 == 1))


def truth_table(n: int) -> np.ndarray:
    """Every n-bit input, (2ⁿ, n) of 0/1, in counting order."""
    codes = np.arange(2 ** n)
    return (codes[:, None] >> np.arange(n)[::-1]) & 1


def dnf_parity(n: int) -> Circuit:
    """Depth 2: an OR of the 2ⁿ⁻¹ ANDs that each match one odd-weight input (n ≤ 20)."""
    c = Circuit()
    xs = [c.add("in", label=f"x{i + 1}") for i in range(n)]
    nots = [c.add("not", (x,)) for x in xs]
    terms = [c.add("and", tuple(xs[i] if bit else nots[i] for i, bit in enumerate(bits)))
             for bits in itertools.product((0, 1), repeat=n) if sum(bits) % 2 == 1]
    c.output = c.add("or", tuple(terms))
    return c


def xor_tree_parity(n: int) -> tuple[Circuit, list[list[int]]]:
    """A balanced tree of n−1 XORs, each (a ∧ ¬b) ∨ (¬a ∧ b): 5 gates. Returns the XOR outputs per level."""
    c = Circuit()
    level = [c.add("in", label=f"x{i + 1}") for i in range(n)]
    levels = [level]
    while len(level) > 1:
        nxt = []
        for a, b in zip(level[::2], level[1::2]):
            not_a, not_b = c.add("not", (a,)), c.add("not", (b,))
            left, right = c.add("and", (a, not_b)), c.add("and", (not_a, b))
            nxt.append(c.add("or", (left, right), label="⊕"))
        if len(level) % 2:
            nxt.append(level[-1])  # the odd one out waits for the next level
        levels.append(nxt)
        level = nxt
    c.output = level[0]
    return c, levels


def dnf_size(n: int) -> int:
    """Closed form: n NOTs, 2ⁿ⁻¹ ANDs, one OR."""
    return n + 2 ** (n - 1) + 1


def xor_tree_size(n: int) -> int:
    """Closed form: 5 gates for each of the n − 1 XORs."""
    return 5 * (n - 1)


def xor_tree_depth(n: int) -> int:
    """AND/OR levels: 2 per XOR level, ⌈log₂ n⌉ XOR levels."""
    return 2 * math.ceil(math.log2(n)) if n > 1 else 0


def hastad_bound(n: int, d: int, with_constant: bool = True) -> float:
    """Håstad (1986): depth-d circuits for parity need size above 2^((1/10)^(d/(d−1)) · n^(1/(d−1))).

    The theorem (STOC 1986; thesis 1987) holds for n large enough; with the constant the value is below 2
    for n ≤ 20. Without the constant, 2^(n^(1/(d−1))) is only the growth shape, not a bound: for d = 2
    it is 2ⁿ, above the DNF built here, and for d = 3, 4 it lies below the XOR tree for n ≤ 20.
    """
    c = 0.1 ** (d / (d - 1)) if with_constant else 1.0
    return 2.0 ** (c * n ** (1 / (d - 1)))


def xor_tree_values(bits: tuple[int, ...]) -> list[list[tuple[str, int]]]:
    """For each level of the XOR tree, (label, value) of its nodes for this input, inputs first."""
    circuit, levels = xor_tree_parity(len(bits))
    values = circuit.evaluate(bits)
    return [[(circuit.gates[g].label, values[g]) for g in level] for level in levels]


def parse_bits(text: str, n: int) -> tuple[int, ...]:
    """'1011' (spaces allowed) → (1, 0, 1, 1); ValueError unless exactly n characters 0 or 1."""
    digits = text.replace(" ", "")
    if len(digits) != n or set(digits) - {"0", "1"}:
        raise ValueError(text)
    return tuple(int(d) for d in digits)


def threshold_parity(n: int) -> Circuit:
    """Depth 2 with threshold gates, n + 1 of them: gₖ = [Σx ≥ k] for k = 1…n, then [Σₖ (−1)ᵏ⁺¹ gₖ ≥ 1].

    The alternating sum of the gₖ is 1 when the number of ones is odd and 0 when it is even. This is why
    Håstad's bound is stated for AND/OR/NOT circuits only (e.g. Siu, Roychowdhury & Kailath 1991).
    """
    c = Circuit()
    xs = tuple(c.add("in", label=f"x{i + 1}") for i in range(n))
    steps = tuple(c.add("thr", xs, weights=(1.0,) * n, threshold=k) for k in range(1, n + 1))
    c.output = c.add("thr", steps, weights=tuple((-1.0) ** k for k in range(n)), threshold=1.0)
    return c


def block_sizes(n: int, blocks: int) -> list[int]:
    """n bits cut into `blocks` consecutive blocks whose sizes differ by at most one."""
    if not 1 <= blocks <= n:
        raise ValueError(f"blocks must be in 1..{n}, got {blocks}")
    return [n // blocks + (i < n % blocks) for i in range(blocks)]


def depth3_size(n: int, blocks: int) -> int:
    """Gates of `depth3_parity(n, blocks)`: n NOTs, 2^m clauses per block of m bits, 2^(k−1) ANDs, one OR."""
    return n + sum(2 ** m for m in block_sizes(n, blocks)) + 2 ** (blocks - 1) + 1


def best_blocks(n: int) -> int:
    """The block count (2 ≤ k ≤ n, 1 for n = 1) with the fewest gates; about √n (the first if tied)."""
    if n < 2:
        return 1
    return min(range(2, n + 1), key=lambda k: (depth3_size(n, k), k))


def depth3_parity(n: int, blocks: int | None = None) -> Circuit:
    """Depth 3 (OR of ANDs of ORs of literals): the parity of k blocks, each block's parity written as a CNF.

    For every odd pattern (b₁…bₖ) of block parities one AND requires "block j has parity bⱼ" for all j;
    that condition is a CNF of the block's 2^(m−1) clauses, and the AND of those CNFs is one AND gate, so
    the whole circuit has depth 3. Each clause is read by the 2^(k−2) ANDs that need the same block
    parity (the reuse). `blocks` defaults to `best_blocks(n)`; gates: `depth3_size(n, blocks)`.
    """
    blocks = best_blocks(n) if blocks is None else blocks
    c = Circuit()
    xs = [c.add("in", label=f"x{i + 1}") for i in range(n)]
    nots = [c.add("not", (x,)) for x in xs]
    clauses: list[dict[int, list[int]]] = []  # per block: parity → the clauses of its CNF
    start = 0
    for m in block_sizes(n, blocks):
        idx = range(start, start + m)
        cnf: dict[int, list[int]] = {0: [], 1: []}
        for bits in itertools.product((0, 1), repeat=m):  # the clause that is false exactly on `bits`
            cnf[1 - sum(bits) % 2].append(c.add("or", tuple(nots[i] if b else xs[i] for i, b in zip(idx, bits))))
        clauses.append(cnf)
        start += m
    terms = [c.add("and", tuple(g for cnf, b in zip(clauses, pattern) for g in cnf[b]))
             for pattern in itertools.product((0, 1), repeat=blocks) if sum(pattern) % 2 == 1]
    c.output = c.add("or", tuple(terms))
    return c


def _beats_from(ours: dict[int, int], theirs: dict[int, int]) -> int | None:
    """The smallest n from which `ours` has strictly fewer gates at every larger n in the table."""
    first = None
    for n in sorted(ours, reverse=True):
        if ours[n] >= theirs[n]:
            break
        first = n
    return first


def size_sentence(found: dict, lang: str) -> str:
    """The chart's notice from `size_finding`: the counts at the largest n, where the tree wins, the scope."""
    last = found["last"]
    return i18n.sentences([
        i18n.translate("depth.sizes_notice", lang, n=last["n"], dnf=f"{last['dnf']:,}", depth3=last["depth3"],
                       k=last["blocks"], tree=last["tree"], depth=xor_tree_depth(last["n"]), thr=last["threshold"]),
        comparison_sentence(found, "dnf", lang), comparison_sentence(found, "depth3", lang),
        i18n.translate("depth.asymptotic", lang, bmax=f"{found['hastad_max']:.2f}")], lang)


def size_finding(ns) -> dict:
    """Gate counts of the built circuits for each n, and where the XOR tree has the fewest AND/OR/NOT gates.

    Returns {"ns", "dnf", "depth3", "blocks", "tree", "threshold"} (dicts n → gates, counted on the built
    Circuit objects) and "tree_beats_dnf_from" / "tree_beats_depth3_from": the smallest n from which the
    tree is strictly smaller at every larger n shown (None: not even at the largest), with "dnf_not_beaten"
    / "depth3_not_beaten" listing the n where it is not smaller. Sizes at the largest n are in "last";
    "hastad_max" is the largest value of Håstad's bound with his constant (d = 3, 4) over these n.
    """
    ns = sorted(ns)
    dnf = {n: dnf_size(n) if n > 12 else dnf_parity(n).size for n in ns}  # built up to 2¹¹ terms
    blocks = {n: best_blocks(n) for n in ns}
    depth3 = {n: depth3_parity(n, blocks[n]).size for n in ns}
    tree = {n: xor_tree_parity(n)[0].size for n in ns}
    thr = {n: threshold_parity(n).size for n in ns}
    last = ns[-1]
    hastad_max = max(hastad_bound(n, d) for n in ns for d in (3, 4))
    return {"hastad_max": hastad_max,
            "ns": ns, "dnf": dnf, "depth3": depth3, "blocks": blocks, "tree": tree, "threshold": thr,
            "tree_beats_dnf_from": _beats_from(tree, dnf), "tree_beats_depth3_from": _beats_from(tree, depth3),
            "dnf_not_beaten": [n for n in ns if tree[n] >= dnf[n]],
            "depth3_not_beaten": [n for n in ns if tree[n] >= depth3[n]],
            "last": {"n": last, "dnf": dnf[last], "depth3": depth3[last], "tree": tree[last],
                     "blocks": blocks[last], "threshold": thr[last]}}


def _literal(c: Circuit, i: int) -> bool:
    g = c.gates[i]
    return g.kind == "in" or (g.kind == "not" and c.gates[g.inputs[0]].kind == "in")


def reuse_stats(c: Circuit) -> dict:
    """How often the circuit reads its intermediate results again.

    Inputs and their negations are literals, free to read (the AC⁰ convention). Every other gate except
    the output is an intermediate result; its fan-out is the number of later gates that read it.
    "unshared" is the number of non-literal gates if no result could be read twice, i.e. every gate copied
    once per path from it to the output (the circuit written as a formula). Returns {"gates" (non-literal),
    "intermediate", "reused" (fan-out ≥ 2), "mean_fanout", "max_fanout", "unshared", "ratio"}.
    """
    readers = [0] * len(c.gates)
    for g in c.gates:
        for i in set(g.inputs):
            readers[i] += 1
    paths = [0] * len(c.gates)
    paths[c.output] = 1
    for j in range(c.output, -1, -1):
        for i in c.gates[j].inputs:
            paths[i] += paths[j]
    computed = [i for i in range(len(c.gates)) if not _literal(c, i) and paths[i]]
    middle = [i for i in computed if i != c.output]
    fanouts = [readers[i] for i in middle]
    unshared = sum(paths[i] for i in computed)
    return {"gates": len(computed), "intermediate": len(middle), "reused": sum(f >= 2 for f in fanouts),
            "mean_fanout": sum(fanouts) / len(fanouts) if fanouts else 0.0,
            "max_fanout": max(fanouts, default=0), "unshared": unshared,
            "ratio": unshared / len(computed) if computed else 1.0}


def reuse_finding(n: int) -> dict:
    """`reuse_stats` of the DNF, the best depth-3 circuit and the XOR tree for n bits (2 ≤ n ≤ 16).

    Returns {"n", "rows": {name: stats with "depth"}, "most": the name with the largest unshared/shared
    ratio, "fanout": the name with the largest maximum fan-out}; names are "dnf", "depth3", "tree".
    """
    circuits = {"dnf": dnf_parity(n), "depth3": depth3_parity(n), "tree": xor_tree_parity(n)[0]}
    rows = {name: {**reuse_stats(c), "depth": c.depth()} for name, c in circuits.items()}
    return {"n": n, "rows": rows, "most": max(rows, key=lambda k: rows[k]["ratio"]),
            "fanout": max(rows, key=lambda k: rows[k]["max_fanout"])}


def _ns(ns: list[int], lang: str) -> str:
    """[4, 5, 6, 9] → "4–6, 9" (Chinese: "4–6、9"): runs of consecutive n as ranges."""
    runs: list[list[int]] = []
    for n in ns:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    items = [part for r in runs for part in ([f"{r[0]}–{r[-1]}"] if len(r) > 2 else map(str, r))]
    return i18n.listing(items, lang)


def comparison_sentence(found: dict, other: str, lang: str) -> str:
    """Where the XOR tree has fewer gates than `other` ("dnf" or "depth3"), from `size_finding`'s counts."""
    name = i18n.translate(f"depth.name.{other}", lang)
    start, missed, last = found[f"tree_beats_{other}_from"], found[f"{other}_not_beaten"], found["ns"][-1]
    if start is None:
        return i18n.translate("depth.tree_never", lang, other=name, b=last, ns=_ns(missed, lang))
    text = i18n.translate("depth.tree_beats_from", lang, other=name, a=start, b=last)
    return i18n.sentences([text, i18n.translate("depth.tree_not_below", lang, other=name, ns=_ns(missed, lang))
                           if missed else ""], lang)


def reuse_sentence(found: dict, lang: str) -> str:
    """The reuse table in words, from `reuse_finding`'s counts."""
    rows = found["rows"]
    dnf = rows["dnf"]
    key = "depth.dnf_no_reuse" if dnf["reused"] == 0 else "depth.dnf_reuse"
    parts = [i18n.translate("depth.reuse_counted", lang, n=found["n"]),
             i18n.translate(key, lang, mid=f"{dnf['intermediate']:,}", reused=dnf["reused"])]
    for name in ("depth3", "tree"):
        r = rows[name]
        parts.append(i18n.translate("depth.reuse_row", lang, name=i18n.translate(f"depth.name.{name}", lang),
                                    reused=r["reused"], mid=r["intermediate"], max=r["max_fanout"],
                                    unshared=f"{r['unshared']:,}", gates=r["gates"], ratio=f"{r['ratio']:.1f}"))
    parts.append(i18n.translate("depth.reuse_most", lang, name=i18n.translate(f"depth.name.{found['most']}", lang),
                                ratio=f"{rows[found['most']]['ratio']:.1f}"))
    return i18n.sentences(parts, lang)
