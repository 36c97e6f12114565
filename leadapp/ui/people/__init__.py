"""The People section: the owner's profile, the people they work with, and their relationships."""
