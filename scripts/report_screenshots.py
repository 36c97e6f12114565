"""Render every report from a fresh demo database to PNG pages in docs/screenshots/ (needs pdftoppm).

Run: .venv/bin/python scripts/report_screenshots.py   (pdftoppm: `apt-get install poppler-utils`)
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from leadapp.demo import write_demo
from leadapp.documents import DocumentKind, DocumentRequest, make_document
from leadapp.domain.enums import PersonKind
from leadapp.domain.reference import reference
from leadapp.store.store import Store

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "demo.sqlite3")
        write_demo(store)
        tom = store.people.listing([PersonKind.MENTEE], text="Tom")[0].id
        session = store.sessions._where("status = 'held'", order_by="session_date desc", limit=1)[0].id
        requests = {
            "report-session": DocumentRequest(DocumentKind.SESSION, session),
            "report-portfolio": DocumentRequest(DocumentKind.PORTFOLIO, tom),
            "report-leap": DocumentRequest(DocumentKind.LEAP, tom),
            "report-caseload": DocumentRequest(DocumentKind.CASELOAD),
        }
        for name, request in requests.items():
            document = make_document(store, reference(), request)
            pdf = Path(folder) / f"{name}.pdf"
            pdf.write_bytes(document.pdf)
            for old in OUT.glob(f"{name}-*.png"):
                old.unlink()
            subprocess.run(["pdftoppm", "-r", "70", "-png", str(pdf), str(OUT / name)], check=True)
        store.close()
    print(f"Report pages written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
