"""Pure measures behind the insights pages: inequality, spikes and coordination signals.

No Django here: every function takes plain numbers or tuples, so the measures can be tested on
hand-computed cases and reused by the benchmark.

Most inequality functions take a *histogram* of participation: ``{comments_per_person: people}``,
e.g. ``{1: 90, 5: 8, 40: 2}`` means 90 people wrote one comment, 8 wrote five and 2 wrote forty.
The database hands us that histogram (``GROUP BY`` twice), so a million comments never become a
million Python objects. ``histogram_from_counts`` turns a plain list of counts into one.

Conventions (documented on docs/nl/inzichten.md):

* **Gini** is the standard mean-absolute-difference definition
  ``G = sum_i sum_j |x_i - x_j| / (2 n^2 mean)``; 0 means everyone wrote equally much, values
  near 1 mean a few people wrote almost everything. Only people who commented are counted (the
  silent readers are covered by the reach measure instead).
* **Top-k% share** treats people as divisible, exactly like the Lorenz curve: the top 1% of 150
  commenters is 1.5 people, i.e. all comments of the most active person plus half of the
  comments of the second. So ``top_share(h, p) == 1 - lorenz_value(h, 1 - p)``. With fewer than
  100 commenters the top 1% is a fraction of the single most active person.
* **Spikes** use the robust z-score ``0.6745 * (x - median) / MAD`` (Iglewicz and Hoaglin); a week
  is a spike when the score is at least 3.5 and the value is at least ``min_count``. When MAD is 0
  (more than half the weeks identical) we fall back to the mean absolute deviation
  (``1.2533 * mean|x - median|``) so a single outburst above a flat line is still seen.
"""

from __future__ import annotations

import hashlib
import itertools
import math
import re
import statistics
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

Histogram = Mapping[int, int]


def histogram_from_counts(counts: Iterable[int]) -> dict[int, int]:
    """``[1, 1, 5]`` -> ``{1: 2, 5: 1}``. Negative counts are a programming error."""
    histogram: Counter[int] = Counter()
    for count in counts:
        if count < 0:
            raise ValueError(f"A count of comments cannot be negative: {count}.")
        histogram[int(count)] += 1
    return dict(histogram)


def _checked(histogram: Histogram) -> list[tuple[int, int]]:
    items = []
    for value, people in histogram.items():
        if value < 0 or people < 0:
            raise ValueError(f"Histogram entries must be >= 0, got {value}: {people}.")
        if people:
            items.append((int(value), int(people)))
    return sorted(items)


def people_total(histogram: Histogram) -> int:
    return sum(people for _, people in _checked(histogram))


def comments_total(histogram: Histogram) -> int:
    return sum(value * people for value, people in _checked(histogram))


def comments_per_person(histogram: Histogram) -> float | None:
    """Mean number of comments per commenter; ``None`` when nobody commented."""
    people = people_total(histogram)
    return comments_total(histogram) / people if people else None


def gini(histogram: Histogram) -> float | None:
    """Gini coefficient of comments per person; ``None`` for no people or no comments.

    Uses the sorted form ``G = 2 sum(i x_i) / (n sum x) - (n + 1) / n`` (i from 1, x ascending),
    which equals the mean-absolute-difference definition. A group of ``m`` people with value ``v``
    taking positions ``p+1 .. p+m`` contributes ``v * (m p + m (m + 1) / 2)``.
    """
    items = _checked(histogram)
    n = sum(people for _, people in items)
    total = sum(value * people for value, people in items)
    if n == 0 or total == 0:
        return None
    weighted = 0
    position = 0
    for value, people in items:
        weighted += value * (people * position + people * (people + 1) // 2)
        position += people
    return max(0.0, 2 * weighted / (n * total) - (n + 1) / n)


def lorenz_points(histogram: Histogram) -> list[tuple[float, float]]:
    """Points of the Lorenz curve, from (0, 0) to (1, 1), people sorted from least to most active.

    ``x`` is the cumulative share of people, ``y`` the cumulative share of their comments. Between
    two points the curve is a straight line (everyone in a group wrote the same number).
    """
    items = _checked(histogram)
    n = sum(people for _, people in items)
    total = sum(value * people for value, people in items)
    if n == 0 or total == 0:
        return []
    points = [(0.0, 0.0)]
    cum_people = 0
    cum_comments = 0
    for value, people in items:
        cum_people += people
        cum_comments += value * people
        points.append((cum_people / n, cum_comments / total))
    return points


def lorenz_value(histogram: Histogram, x: float) -> float:
    """The Lorenz curve at ``x`` (share of people), interpolating linearly within a group."""
    if not 0 <= x <= 1:
        raise ValueError(f"x must lie between 0 and 1, got {x}.")
    points = lorenz_points(histogram)
    if not points:
        return 0.0
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        if x <= x1:
            return y0 if x1 == x0 else y0 + (y1 - y0) * (x - x0) / (x1 - x0)
    return 1.0


def top_share(histogram: Histogram, fraction: float) -> float | None:
    """Share of comments written by the most active ``fraction`` of commenters (0.01 = top 1%).

    Fractional people are counted fractionally (see the module docstring), so the result is
    consistent with the Lorenz curve and with ``gini``.
    """
    if not 0 < fraction <= 1:
        raise ValueError(f"fraction must lie in (0, 1], got {fraction}.")
    if comments_total(histogram) == 0:
        return None
    return 1.0 - lorenz_value(histogram, 1.0 - fraction)


def people_for_share(histogram: Histogram, share: float = 0.5) -> tuple[int, float]:
    """The fewest whole people whose comments make up at least ``share`` of all comments.

    Returns ``(people, actual_share)``, e.g. ``(4, 0.62)`` — the basis of the plain sentence
    (``sentences.conclusion``).
    """
    items = _checked(histogram)
    total = sum(value * people for value, people in items)
    if total == 0:
        return 0, 0.0
    need = share * total
    taken_people = 0
    taken = 0
    for value, people in reversed(items):
        if value == 0:
            break
        missing = need - taken
        if value * people >= missing:
            k = max(1, math.ceil(missing / value))
            return taken_people + k, (taken + k * value) / total
        taken += value * people
        taken_people += people
    return taken_people, taken / total


# --- participation versus reach (the 1/9/90 rule) -------------------------------------------------

#: Nielsen's rule of thumb: about 1% of an audience contributes a lot, 9% a little, 90% only reads.
RULE_1_9_90 = {"heavy": 0.01, "light": 0.09, "lurkers": 0.90}


@dataclass(frozen=True)
class ReachComparison:
    reach: int
    commenters: int
    share: float  # commenters / reach
    heavy: int  # commenters with at least ``heavy_threshold`` comments
    heavy_share: float  # heavy / reach
    level: str  # "below", "in_line" or "above" what the rule expects (see REACH_LEVELS)


#: How commenters / reach compares with the ~10% the 1/9/90 rule expects to take part: below half
#: of it, up to one and a half times it, or more.
REACH_LEVELS = ("below", "in_line", "above")


def participation_vs_reach(
    histogram: Histogram, reach: int | None, *, heavy_threshold: int = 3
) -> ReachComparison | None:
    """Commenters as a share of reach, against the 1/9/90 rule; ``None`` when reach is unknown.

    "Heavy" commenters (``heavy_threshold`` comments or more) are compared with the 1%, all
    commenters with the 10% that the rule expects to take part at all.
    """
    if not reach or reach <= 0:
        return None
    commenters = people_total(histogram)
    heavy = sum(p for v, p in _checked(histogram) if v >= heavy_threshold)
    share = commenters / reach
    heavy_share = heavy / reach
    expected = RULE_1_9_90["heavy"] + RULE_1_9_90["light"]
    if share < expected / 2:
        level = "below"
    elif share <= expected * 1.5:
        level = "in_line"
    else:
        level = "above"
    return ReachComparison(reach, commenters, share, heavy, heavy_share, level)


# --- spikes --------------------------------------------------------------------------------------

SPIKE_THRESHOLD = 3.5


def robust_z_scores(values: Sequence[float]) -> list[float]:
    """Robust z-score of each value around the median (see the module docstring)."""
    if not values:
        return []
    median = statistics.median(values)
    deviations = [abs(v - median) for v in values]
    mad = statistics.median(deviations)
    if mad > 0:
        return [0.6745 * (v - median) / mad for v in values]
    mean_ad = sum(deviations) / len(deviations)
    if mean_ad == 0:
        return [0.0 for _ in values]
    return [(v - median) / (1.2533 * mean_ad) for v in values]


def spikes(
    values: Sequence[float], *, threshold: float = SPIKE_THRESHOLD, min_count: float = 5
) -> list[bool]:
    """Which points of a (weekly) series are spikes: robust z >= threshold and value >= min_count.

    Fewer than 4 points are never called a spike: there is no baseline to compare with.
    """
    if len(values) < 4:
        return [False for _ in values]
    return [
        z >= threshold and v >= min_count
        for v, z in zip(values, robust_z_scores(values), strict=True)
    ]


# --- coordinated behaviour signals --------------------------------------------------------------

_URL = re.compile(r"https?://\S+|www\.\S+")
_MENTION = re.compile(r"[@#]\w+")
_NON_WORD = re.compile(r"[^a-z0-9 ]+")
_REPEATS = re.compile(r"(.)\1+")
_STOPWORDS = frozenset(
    [
        "de",
        "het",
        "een",
        "en",
        "of",
        "in",
        "op",
        "te",
        "van",
        "voor",
        "met",
        "aan",
        "dat",
        "die",
        "dit",
        "is",
        "zijn",
        "was",
        "er",
        "ze",
        "we",
        "je",
        "jij",
        "u",
        "wij",
        "ik",
        "hij",
        "zij",
        "niet",
        "wel",
        "ook",
        "nog",
        "al",
        "maar",
        "om",
        "als",
        "dan",
        "bij",
        "tot",
        "naar",
        "over",
        "uit",
        "zo",
    ]
)


def normalise_text(text: str) -> str:
    """Lower case, no accents, links, mentions, emoji or punctuation; doubled letters made single.

    Two comments that only differ in case, punctuation, emoji, links, tags or "stoooop" become equal.
    """
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _URL.sub(" ", text)
    text = _MENTION.sub(" ", text)
    text = _NON_WORD.sub(" ", text)
    text = _REPEATS.sub(r"\1", text)
    return " ".join(text.split())


def text_keys(text: str) -> tuple[str, str]:
    """Two fingerprints of a comment: the normalised text, and its set of content words.

    The second key also matches copies with words shuffled or small words (de, het, ...) added or
    left out — the usual edits of a copy-paste campaign. Both are 16 hex characters (blake2b).
    Empty texts (only emoji, only a link) get empty keys and never match.
    """
    normal = normalise_text(text)
    if not normal:
        return "", ""
    words = sorted({w for w in normal.split() if w not in _STOPWORDS and len(w) > 1})
    exact = hashlib.blake2b(normal.encode(), digest_size=8).hexdigest()
    word_key = hashlib.blake2b(" ".join(words).encode(), digest_size=8).hexdigest() if words else ""
    return exact, word_key


@dataclass(frozen=True)
class TextItem:
    """One comment as the coordination detector sees it (no text needed, only its key)."""

    comment_id: int
    author_id: int
    created_at: datetime
    key: str


@dataclass
class CopySignal:
    """Several distinct accounts posted (nearly) the same text within ``window``."""

    key: str
    first_at: datetime
    last_at: datetime
    comment_ids: list[int] = field(default_factory=list)
    author_ids: set[int] = field(default_factory=set)

    @property
    def accounts(self) -> int:
        return len(self.author_ids)


def near_identical_signals(
    items: Iterable[TextItem], *, window: timedelta = timedelta(hours=1), min_accounts: int = 3
) -> list[CopySignal]:
    """Clusters of comments with the same key from at least ``min_accounts`` accounts within
    ``window`` of each other (consecutive gaps of at most ``window``).

    A signal for a person to look at, never proof: a popular slogan or a shared petition text can
    look the same.
    """
    by_key: dict[str, list[TextItem]] = defaultdict(list)
    for item in items:
        if item.key:
            by_key[item.key].append(item)
    found: list[CopySignal] = []
    for key, group in by_key.items():
        group.sort(key=lambda i: (i.created_at, i.comment_id))
        cluster: list[TextItem] = []
        for item in [*group, None]:
            if item is not None and (
                not cluster or item.created_at - cluster[-1].created_at <= window
            ):
                cluster.append(item)
                continue
            authors = {i.author_id for i in cluster}
            if len(authors) >= min_accounts:
                found.append(
                    CopySignal(
                        key=key,
                        first_at=cluster[0].created_at,
                        last_at=cluster[-1].created_at,
                        comment_ids=[i.comment_id for i in cluster],
                        author_ids=authors,
                    )
                )
            cluster = [item] if item is not None else []
    found.sort(key=lambda s: (s.first_at, s.key))
    return found


@dataclass(frozen=True)
class NewAccountBurst:
    day: object  # a date
    new_accounts: int
    young_accounts: int  # of which created shortly before they first commented
    score: float


def new_account_bursts(
    daily: Sequence[tuple[object, int, int]],
    *,
    threshold: float = SPIKE_THRESHOLD,
    min_count: int = 5,
) -> list[NewAccountBurst]:
    """Days on which unusually many accounts commented for the first time.

    ``daily`` is ``[(day, accounts first seen that day, of which young accounts), ...]`` with every
    day of the period present (zeros included), so the baseline is honest.
    """
    values = [n for _, n, _ in daily]
    flags = spikes(values, threshold=threshold, min_count=min_count)
    scores = robust_z_scores(values)
    return [
        NewAccountBurst(day, n, young, round(score, 1))
        for (day, n, young), flag, score in zip(daily, flags, scores, strict=True)
        if flag
    ]
