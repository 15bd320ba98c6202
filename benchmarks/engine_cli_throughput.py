"""Throughput of the real command line: ``python -m sereen.engine moderate FILE > /dev/null``.

    .venv/bin/python benchmarks/engine_cli_throughput.py [--n 50000] [--seed 7] [--runs 3]

Writes N generated comments (the texts of ``engine_throughput.py``) as JSON Lines with an id and an
author, a tenth of them with a time and an author history, then runs the command on that file in a
fresh process ``--runs`` times. Each run pays for everything a user pays for: start-up, reading and
parsing JSON, the decision under the packaged starter policy with the classifier, and writing one
JSON decision per line. Prints, for the fastest run, comments per second of wall-clock time and of
the child's CPU time (the figure least disturbed by other programs on the machine), the start-up
time (the same command on a one-line file) and the child's peak memory.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from engine_throughput import generate  # noqa: E402


def write_input(path: Path, n: int, seed: int) -> None:
    """N JSON Lines records; some carry the context a connector would send (time, history)."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as fh:
        for i, text in enumerate(generate(n, seed)):
            record: dict = {"id": f"c{i}", "text": text, "author": f"auteur-{rng.randint(1, 2000)}"}
            if rng.random() < 0.1:
                record["time"] = "2026-03-01T12:00:00+01:00"
                record["history"] = [
                    {
                        "at": "2026-02-20T09:30:00+01:00",
                        "rules": ["R2"],
                        "action": "hide",
                        "text": "ge zijt ne zakkenwasser",
                    }
                ]
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")


def run_cli(path: Path) -> tuple[float, float, float]:
    """(wall seconds, child CPU seconds, child peak RSS in MB) of one ``moderate`` run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    with open(os.devnull, "w") as devnull:
        subprocess.run(
            [sys.executable, "-m", "sereen.engine", "moderate", str(path)],
            cwd=ROOT,
            stdout=devnull,
            check=True,
        )
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, after.ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "comments.jsonl"
        write_input(big, args.n, args.seed)
        one = Path(tmp) / "one.jsonl"
        one.write_text('{"id": 1, "text": "Wanneer gaat het containerpark open?"}\n')
        startup = min(run_cli(one)[0] for _ in range(3))
        runs = [run_cli(big) for _ in range(max(1, args.runs))]
    wall, cpu, _ = min(runs)
    peak = max(r[2] for r in runs)
    print(f"comments:          {args.n}")
    print(f"runs:              {len(runs)} (fastest shown)")
    print(f"wall time:         {wall:.2f} s")
    print(f"comments/s:        {args.n / wall:,.0f}")
    print(f"comments/CPU-s:    {args.n / cpu:,.0f}")
    print(f"after start-up:    {args.n / max(wall - startup, 1e-9):,.0f} comments/s")
    print(f"start-up:          {startup:.2f} s")
    print(f"peak RSS (child):  {peak:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
