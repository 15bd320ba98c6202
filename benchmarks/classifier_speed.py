"""Speed of the abuse classifier alone: load time and microseconds per comment.

Run: ``python benchmarks/classifier_speed.py [REPEAT]``. Scores every corpus comment (folded by
the engine's normaliser beforehand, so only the classifier is timed) ``REPEAT`` times.
"""

from __future__ import annotations

import statistics
import sys
import time

t0 = time.perf_counter()
from sereen.engine.classifier import MODEL_PATH, load_classifier  # noqa: E402

clf = load_classifier(MODEL_PATH)
load_s = time.perf_counter() - t0

from sereen.engine.corpus import load_corpus  # noqa: E402
from sereen.engine.normalise import normalise  # noqa: E402


def main() -> None:
    repeat = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    texts = [normalise(e.text).folded for e in load_corpus()]
    latencies = []
    started = time.perf_counter()
    for _ in range(repeat):
        for text in texts:
            t = time.perf_counter()
            clf.scores(text)
            latencies.append(time.perf_counter() - t)
    total = time.perf_counter() - started
    latencies.sort()
    n = len(latencies)
    print(f"model load (import + read): {load_s * 1000:.0f} ms, {len(clf.weights)} features")
    print(f"{n} scorings: {n / total:,.0f} comments/s")
    print(
        f"latency µs: mean {statistics.fmean(latencies) * 1e6:.1f}, p50 {latencies[n // 2] * 1e6:.1f}, "
        f"p99 {latencies[int(n * 0.99)] * 1e6:.1f}, max {latencies[-1] * 1e6:.1f}"
    )


if __name__ == "__main__":
    main()
