"""Throughput, latency and memory of the moderation engine on a large generated corpus.

    .venv/bin/python benchmarks/engine_throughput.py [--n 50000] [--seed 7]

Generates N varied comments (seeded: neutral, criticism, insults, hate, threats, personal data,
spam, obfuscated variants), moderates each with ``moderate`` under a starter-like policy, and
prints comments per second (wall clock, and per second of CPU time, which does not suffer when
other programs share the machine), p50/p95/p99 latency, then comments per CPU-second of the same
comments through ``moderate_batch`` (the CLI's path), peak memory and the start-up time of a fresh
process (import, load the classifier, decide one comment).
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sereen.engine import moderate, moderate_batch
from sereen.engine.engine import compile_policy
from tests.engine.conftest import make_policy

OPENERS = ["", "Allez, ", "Serieus, ", "Eerlijk gezegd ", "@Jan ", "Zeg, ", "Pff, "]
BODIES = [
    "wanneer wordt de {street} eindelijk heraangelegd?",
    "de burgemeester liegt over de begroting van {year}",
    "schandalig beleid, dit college is incompetent",
    "bedankt aan de groendienst voor het snoeien in de {street}",
    "godverdomme wat een chaos aan het station vandaag",
    "gij zijt ne zakkenwasser",
    "die schepen is een klootzak",
    "vuile makakken, allemaal buiten",
    "ik weet waar je woont",
    "bel die schepen op 0476 {a} {b} {c}",
    "gratis iPhone! klik hier: bit.ly/{code}",
    "verdien {n} euro per dag met crypto, dm me",
    "waarom kost de parking nu {n} euro per uur?",
    "ik ben tegen het nieuwe circulatieplan in {town}",
    "proficiat aan alle vrijwilligers van de braderie in {town}!",
    "'makak' zeggen is racistisch",
    "k l o o t z a k",
    "jij bent een kl00tz@k",
    "DIT IS ECHT SCHANDALIG WAT JULLIE DOEN MET ONS GELD",
    "de ouders van de school in de {street} {n} vragen een zebrapad",
    "j e  b e n t  e e n  i d i o o t",
    "ik 🤬 ga je v3rm00rd3n",
    "die asielzoekers zijn ongedierte",
    "het plan van de schepen is gewoon idioot",
    "ik heb niets tegen moslims, maar de parking staat elke vrijdag vol",
]
STREETS = [
    "Kerkstraat",
    "Veldstraat",
    "Brugse Steenweg",
    "Lange Leemstraat",
    "Molenstraat",
    "Dorpsplein",
]
TOWNS = ["Gent", "Aalst", "Mechelen", "Hasselt", "Brugge", "Leuven", "Kortrijk"]
TAILS = ["", "", " 😡", " 👍", "!!!", " ...", " Echt waar.", " Dat kan toch niet?"]


def generate(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        body = rng.choice(BODIES).format(
            street=rng.choice(STREETS),
            year=rng.randint(2020, 2030),
            town=rng.choice(TOWNS),
            a=rng.randint(10, 99),
            b=rng.randint(10, 99),
            c=rng.randint(10, 99),
            code="".join(rng.choice("abcdefxyz0123") for _ in range(6)),
            n=rng.randint(2, 900),
        )
        text = rng.choice(OPENERS) + body + rng.choice(TAILS)
        if rng.random() < 0.1:
            text = text.upper()
        out.append(text)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    texts = generate(args.n, args.seed)
    policy = compile_policy(make_policy())
    moderate("warm-up", policy)
    latencies = []
    clock = time.perf_counter
    start = clock()
    cpu_start = time.process_time()
    for text in texts:
        t0 = clock()
        moderate(text, policy)
        latencies.append(clock() - t0)
    plain_total = clock() - start
    cpu_total = time.process_time() - cpu_start
    # The same comments through ``moderate_batch`` (what the CLI calls): no latency per comment,
    # since a comment waits for its chunk, but each stage runs over the chunk at a stretch.
    cpu_start = time.process_time()
    for first in range(0, len(texts), 5_000):  # (not all decisions held at once: peak RSS)
        moderate_batch(texts[first : first + 5_000], policy)
    batch_cpu_total = time.process_time() - cpu_start
    # Memory in a second pass: tracemalloc slows Python down, so it must not touch the timings.
    tracemalloc.start()
    for text in texts[:10_000]:
        moderate(text, policy)
    _, peak_traced = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    latencies.sort()

    def pct(p: float) -> float:
        return latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000

    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"comments:        {len(texts)}")
    print(f"comments/s:      {len(texts) / plain_total:,.0f}")
    print(f"comments/CPU-s:  {len(texts) / cpu_total:,.0f}")
    print(f"batch, /CPU-s:   {len(texts) / batch_cpu_total:,.0f}")
    print(f"latency p50:     {pct(0.50):.3f} ms")
    print(f"latency p95:     {pct(0.95):.3f} ms")
    print(f"latency p99:     {pct(0.99):.3f} ms")
    print(f"peak traced mem: {peak_traced / 1e6:.1f} MB")
    print(f"peak RSS:        {rss_mb:.1f} MB")
    print(f"start-up:        {startup_seconds():.2f} s")
    return 0


def startup_seconds() -> float:
    """Wall time for a fresh interpreter to import the engine, load the classifier and decide one
    comment (the cost a CLI run pays before its first line)."""
    code = (
        "from sereen.engine import moderate;"
        "from sereen.engine.decide import get_classifier;"
        "from tests.engine.conftest import make_policy;"
        "get_classifier(); moderate('Wanneer gaat het containerpark open?', make_policy())"
    )
    root = Path(__file__).resolve().parents[1]
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], cwd=root, check=True)
    return time.perf_counter() - t0


if __name__ == "__main__":
    raise SystemExit(main())
