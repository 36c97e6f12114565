"""The reports floor: reportlab PDFs built from domain objects. No Qt here."""
