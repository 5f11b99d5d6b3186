"""Moving claimspan records to and from annotation tools: Label Studio, brat, spaCy DocBin and displaCy."""
