"""Loaded with ``-p`` before Django starts: the environment every test run needs."""

import os

# Settings refuse to start without a secret key outside debug mode; tests get a throwaway one.
os.environ.setdefault("SEREEN_SECRET_KEY", "test-only-secret-key")
