"""The indicator tests use the service tests' proof that a refused change wrote nothing."""

from tests.services.conftest import unchanged

__all__ = ["unchanged"]
