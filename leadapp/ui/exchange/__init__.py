"""The exchange section."""
