"""The store floor: the only code that runs SQL. Returns domain objects, never rows."""
