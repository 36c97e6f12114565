"""The Leap of faith section: the support plan, its reviews and their trend."""
