"""Benchmarks: print figures next to their targets; run by hand, not by the test suite."""
