"""The Balance section: charts of the portfolio across the five categories, gaps, and readiness."""
