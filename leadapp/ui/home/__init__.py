"""The home section."""
