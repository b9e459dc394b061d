"""communique: French news about relations between states, as auditable PLOVER event data."""

__version__ = "0.1.0"
