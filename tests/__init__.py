"""Routix test suite (a package, so `tests.support` never resolves to a dependency's `tests`)."""
