"""Benchmarks: speed and memory of routes, measured outside the test suite."""
