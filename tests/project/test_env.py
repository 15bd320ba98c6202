from django.core.exceptions import ImproperlyConfigured

import pytest

from sereen.project.env import env_bool, env_int, env_list


@pytest.mark.parametrize(
    ("raw", "expected"), [("1", True), ("yes", True), ("On", True), ("0", False), ("", False)]
)
def test_booleans_accept_the_usual_spellings(monkeypatch, raw, expected):
    monkeypatch.setenv("SEREEN_X", raw)
    assert env_bool("SEREEN_X") is expected


def test_an_unknown_boolean_spelling_is_an_error_not_a_guess(monkeypatch):
    monkeypatch.setenv("SEREEN_X", "perhaps")
    with pytest.raises(ImproperlyConfigured, match="SEREEN_X"):
        env_bool("SEREEN_X")


def test_numbers_and_lists(monkeypatch):
    monkeypatch.setenv("SEREEN_N", "12")
    monkeypatch.setenv("SEREEN_L", "a.be, b.be,,")
    assert env_int("SEREEN_N", 3) == 12
    assert env_int("SEREEN_MISSING", 3) == 3
    assert env_list("SEREEN_L") == ["a.be", "b.be"]
    monkeypatch.setenv("SEREEN_N", "twelve")
    with pytest.raises(ImproperlyConfigured, match="whole number"):
        env_int("SEREEN_N", 3)
