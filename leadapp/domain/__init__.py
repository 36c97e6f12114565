"""The domain floor: plain dataclasses, enumerations, reference data and rules. Standard library only."""
