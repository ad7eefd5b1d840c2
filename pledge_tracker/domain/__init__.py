"""Pure Python: the assessment scale, kinds, scoring and as-of rules, errors. No I/O."""
