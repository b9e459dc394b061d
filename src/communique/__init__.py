"""communique: French news about relations between states, as auditable PLOVER event data."""

__version__ = "0.1.0"

from .api import Database, open  # noqa: E402, A004

__all__ = ["Database", "__version__", "open"]
