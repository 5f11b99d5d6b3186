"""Public-benchmark readers and the evaluation report (claimspan evaluate)."""
