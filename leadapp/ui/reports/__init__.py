"""Previewing, printing and saving the PDFs that the reports floor makes."""
