"""Step 6, why deep learning — Håstad 1986: parity by a shallow and by a deep circuit, gates counted."""
from __future__ import annotations

from core import i18n
from core.lecture import Step
from core.lessons import circuits

NS = tuple(range(4, 13))  # built and checked on the whole truth table: 2¹² inputs at most, well under a second
RATIOS = (3.0, 30.0)  # the choices' edges: DNF gates / XOR-tree gates below 3, 3–30, above 30


def run(inputs: dict, seed: int) -> dict:
    """Build the four parity circuits for n bits, check each on its truth table, count gates and reuse."""
    n = int(inputs["n"])
    if n not in NS:
        raise ValueError(f"n = {n} is outside {NS[0]}–{NS[-1]}")
    built = {"dnf": circuits.dnf_parity(n), "depth3": circuits.depth3_parity(n),
             "tree": circuits.xor_tree_parity(n)[0], "threshold": circuits.threshold_parity(n)}
    rows = {name: {"gates": c.size, "depth": c.depth(), "correct": c.computes_parity(n)} for name, c in built.items()}
    reuse = circuits.reuse_stats(built["tree"])
    return {"n": n, "inputs": 2 ** n, "rows": rows, "blocks": circuits.best_blocks(n),
            "ratio": rows["dnf"]["gates"] / rows["tree"]["gates"],
            "tree_reused": reuse["reused"], "tree_intermediate": reuse["intermediate"],
            "tree_unshared": reuse["unshared"], "hastad3": circuits.hastad_bound(n, 3)}


def answer(result: dict) -> str | None:
    if not all(row["correct"] for row in result["rows"].values()):
        return None  # a circuit that does not compute parity: its count answers nothing
    r = result["ratio"]
    return "similar" if r < RATIOS[0] else "ten" if r < RATIOS[1] else "many"


def measured(result: dict, lang: str) -> str:
    rows = result["rows"]
    wrong = [i18n.translate(f"lecture.hastad.name.{k}", lang) for k, row in rows.items() if not row["correct"]]
    parts = [i18n.translate("lecture.hastad.counted", lang, n=result["n"], inputs=f"{result['inputs']:,}",
                            dnf=f"{rows['dnf']['gates']:,}", depth3=rows["depth3"]["gates"], k=result["blocks"],
                            tree=rows["tree"]["gates"], depth=rows["tree"]["depth"], ratio=f"{result['ratio']:.1f}"),
             i18n.translate("lecture.hastad.threshold", lang, thr=rows["threshold"]["gates"]),
             i18n.translate("lecture.hastad.reuse", lang, reused=result["tree_reused"],
                            mid=result["tree_intermediate"], unshared=f"{result['tree_unshared']:,}",
                            gates=rows["tree"]["gates"])]
    if wrong:
        parts.append(i18n.translate("lecture.hastad.wrong", lang, names=i18n.listing(wrong, lang)))
    return i18n.sentences(parts, lang)


STEP = Step(
    key="hastad", page="depth", choices=("similar", "ten", "many"), run=run, answer=answer, measured=measured,
    link=lambda result: {"tree_n": str(result["n"])},
    formula=r"s_d(x_1 \oplus \cdots \oplus x_n) \ge 2^{\Omega(n^{1/(d-1)})}",
    defaults={"n": 12})
