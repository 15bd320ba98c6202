"""Ingest throughput: comments per second from the API call to the stored decision.

    .venv/bin/python benchmarks/ingest_throughput.py [--n 10000] [--db sqlite|postgres|all]

For each database it makes a fresh database, migrates it, creates an organisation, a channel with
an API token and a published starter-like policy, then times:

1. ``POST /api/v1/channels/<id>/comments`` with N comments in one call (Django test client, the
   real view, validation and bulk storage, tasks enqueued in the database queue), and
2. the real task worker (``db_worker --batch``, django-tasks-db) deciding them all with the engine
   and storing decisions, statements of reasons, platform actions and strikes.

The clock runs from before the API call until every comment has a stored decision. Worker and API
run one after the other in this process, so there is no overlap that would flatter the number.
Besides the wall-clock figure it prints the figure per second of this process's CPU time: on a
shared or busy machine the wall clock mostly measures the neighbours, the CPU figure does not (for
PostgreSQL it leaves out the database server's own CPU). The load average is printed too.
PostgreSQL is skipped with a message when 127.0.0.1:5432 does not answer.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

TEXTS = [
    "Wanneer wordt de {street} eindelijk heraangelegd?",
    "Schandalig beleid, dit college is incompetent.",
    "Bedankt aan de groendienst voor het snoeien in de {street}!",
    "Waarom kost de parking nu {n} euro per uur?",
    "Jij bent een klootzak",
    "Die schepen is een idioot",
    "Gratis iPhone! Klik hier: bit.ly/{n}",
    "Goed nieuws voor de buurt, merci.",
    "IK BEN HET HIER ABSOLUUT NIET MEE EENS",
    "Is het containerpark zaterdag open?",
]
STREETS = ["Kerkstraat", "Stationsstraat", "Markt", "Molenstraat", "Dorpsplein"]


def make_items(n: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    items = []
    for i in range(n):
        text = rng.choice(TEXTS).format(street=rng.choice(STREETS), n=rng.randint(1, 999))
        items.append(
            {
                "id": f"bench-{i}",
                "text": text,
                "author": {"id": f"author-{rng.randint(1, n // 5 + 1)}", "handle": f"Burger {i}"},
                "created_at": f"2026-03-02T{9 + i % 10:02d}:{i % 60:02d}:00+01:00",
                "post": {"id": f"post-{i % 20}", "text": "Werken in het centrum", "reach": 4000},
            }
        )
    return items


def run_one(n: int) -> dict:
    """Runs inside a child process whose DATABASE_URL points at a fresh database."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sereen.project.settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    call_command("migrate", verbosity=0)

    from sereen.accounts.models import Organisation
    from sereen.connectors.models import Channel
    from sereen.connectors.services import issue_channel_token
    from sereen.moderation import policy_access
    from sereen.moderation.models import Comment, ModerationDecision
    from sereen.policy.models import Policy, PolicyVersion
    from tests.engine.conftest import make_policy

    org = Organisation.objects.create(name="Benchgem", slug=f"bench-{os.getpid()}")
    channel = Channel.objects.create(organisation=org, platform="facebook", name="Pagina")
    secret = issue_channel_token(channel, None).secret
    version = PolicyVersion.objects.create(
        policy=Policy.objects.create(organisation=org), number=1, state="published"
    )
    engine_policy = make_policy(version="bench-1")
    # The starter-like policy built in code, so the benchmark does not depend on the policy app.
    policy_access.published_policy = lambda organisation: (version, engine_policy)

    body = json.dumps({"comments": make_items(n)})
    client = Client(HTTP_HOST="localhost")
    cpu_started = time.process_time()
    started = time.perf_counter()
    response = client.post(
        f"/api/v1/channels/{channel.pk}/comments",
        data=body,
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {secret}",
    )
    api_done = time.perf_counter()
    assert response.status_code == 200, response.content[:500]
    summary = response.json()["summary"]
    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)
    finished = time.perf_counter()
    cpu_seconds = time.process_time() - cpu_started
    decided = ModerationDecision.objects.filter(comment__channel=channel).count()
    stored = Comment.objects.filter(channel=channel).count()
    return {
        "database": connection.vendor,
        "n": n,
        "created": summary["created"],
        "stored": stored,
        "decided": decided,
        "api_seconds": round(api_done - started, 3),
        "worker_seconds": round(finished - api_done, 3),
        "total_seconds": round(finished - started, 3),
        "per_second": round(decided / (finished - started), 1),
        "cpu_seconds": round(cpu_seconds, 3),
        "per_cpu_second": round(decided / cpu_seconds, 1),
        "load_average": round(os.getloadavg()[0], 2),
        "cpus": os.cpu_count(),
    }


def postgres_url() -> str | None:
    try:
        import psycopg
    except ImportError:
        return None
    name = f"sereen_ingest_bench_{os.getpid()}"
    try:
        with psycopg.connect(
            "postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True, connect_timeout=3
        ) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"')
    except Exception as exc:
        print(f"PostgreSQL not reachable ({exc.__class__.__name__}: {exc}); skipped.")
        return None
    return f"postgres://postgres@127.0.0.1:5432/{name}"


def drop_postgres(url: str) -> None:
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--db", choices=["sqlite", "postgres", "all"], default="all")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_one(args.n)))
        return 0
    targets: list[tuple[str, str]] = []
    if args.db in ("sqlite", "all"):
        path = Path(f"/tmp/sereen-ingest-bench-{os.getpid()}.sqlite3")
        path.unlink(missing_ok=True)
        targets.append(("SQLite", f"sqlite:///{path}"))
    if args.db in ("postgres", "all"):
        url = postgres_url()
        if url:
            targets.append(("PostgreSQL", url))
    status = 0
    for label, url in targets:
        env = {
            **os.environ,
            "DATABASE_URL": url,
            "SEREEN_DEBUG": "0",
            "SEREEN_SECRET_KEY": "benchmark-only-not-secret",
            "SEREEN_TASKS_BACKEND": "django_tasks_db.DatabaseBackend",
        }
        proc = subprocess.run(
            [sys.executable, __file__, "--child", "--n", str(args.n)],
            env=env,
            capture_output=True,
            text=True,
            cwd=REPO,
        )
        if proc.returncode != 0:
            print(f"{label}: failed\n{proc.stderr[-3000:]}")
            status = 1
            continue
        result = json.loads(proc.stdout.strip().splitlines()[-1])
        ok = result["decided"] == result["n"] == result["stored"]
        print(
            f"{label:10} {result['n']} comments: API {result['api_seconds']} s + worker "
            f"{result['worker_seconds']} s = {result['total_seconds']} s -> "
            f"{result['per_second']} comments/s from API call to stored decision; "
            f"{result['cpu_seconds']} s CPU -> {result['per_cpu_second']} comments per CPU-second "
            f"(load average {result['load_average']} on {result['cpus']} CPUs)"
            + ("" if ok else f"  (ONLY {result['decided']} decided!)")
        )
        if not ok:
            status = 1
        if url.startswith("sqlite"):
            for suffix in ("", "-wal", "-shm"):
                Path(url[len("sqlite:///") :] + suffix).unlink(missing_ok=True)
        else:
            drop_postgres(url)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
