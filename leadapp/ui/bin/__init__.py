"""The bin: undoing a removal, the list of removed records, and the Edit menu that reaches both."""
