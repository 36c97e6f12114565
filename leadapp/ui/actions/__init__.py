"""The actions section."""
