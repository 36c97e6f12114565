"""The Sessions section: the list, the editor, and the in-session view."""
