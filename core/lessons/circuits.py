"""Boolean circuits for n-bit parity, built gate by gate so counts and depths are measured, not assumed.

Conventions: AND and OR gates have unbounded fan-in; NOT gates are counted as gates. Depth counts
AND/OR levels (negations of inputs are free in the usual AC⁰ convention, internal NOTs are counted
in the gate total and reported as their own depth figure).
"""
from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Gate:
    kind: str  # "in", "not", "and", "or"
    inputs: tuple[int, ...] = ()
    label: str = ""


@dataclass
class Circuit:
    gates: list[Gate] = field(default_factory=list)
    output: int = -1

    def add(self, kind: str, inputs: tuple[int, ...] = (), label: str = "") -> int:
        self.gates.append(Gate(kind, inputs, label))
        return len(self.gates) - 1

    @property
    def size(self) -> int:
        """Number of gates (inputs excluded)."""
        return sum(g.kind != "in" for g in self.gates)

    def depth(self, count_not: bool = False) -> int:
        levels: list[int] = []
        for g in self.gates:
            below = max((levels[i] for i in g.inputs), default=0)
            levels.append(below + (g.kind in ("and", "or") or (count_not and g.kind == "not")))
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
            else:
                values.append(int(any(values[i] for i in g.inputs)))
        return values


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

    Without the constant, 2^(n^(1/(d−1))) shows the bound's growth rate (for d = 2 it is 2ⁿ, the
    exact DNF size up to a factor of 2).
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
