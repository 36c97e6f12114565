"""One search over sessions, activities, actions and notes (Ctrl+F)."""
