"""Training of the learned stages (check-worthiness) from public development data."""
