"""LeadApp: leadership-career mentoring for NHS allied health and psychological professionals."""

__version__ = "0.1.0"
