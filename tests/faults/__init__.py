"""Fault and abuse tests: crashes, full disks, damaged files, fuzzed imports, erasure."""
