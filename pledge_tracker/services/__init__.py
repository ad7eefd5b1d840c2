"""Use cases: each takes a unit of work and returns frozen dataclasses (DTOs)."""
