"""Sections whose full screens arrive in later releases: each says what it will hold and what to do now."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from leadapp.domain.reference import Reference


class UpcomingScreen(QScrollArea):
    def __init__(
        self,
        title: str,
        purpose: str,
        coming: list[str],
        meanwhile: str = "",
        extra: QWidget | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(title)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        heading = QLabel(title)
        heading.setProperty("role", "heading")
        layout.addWidget(heading)
        intro = QLabel(purpose)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        card = QFrame()
        card.setProperty("role", "card")
        card_layout = QVBoxLayout(card)
        sub = QLabel(self.tr("Coming to this section"))
        sub.setProperty("role", "subheading")
        card_layout.addWidget(sub)
        bullets = QLabel("<ul>" + "".join(f"<li>{line}</li>" for line in coming) + "</ul>")
        bullets.setWordWrap(True)
        card_layout.addWidget(bullets)
        layout.addWidget(card)
        if meanwhile:
            note = QLabel(meanwhile)
            note.setProperty("role", "secondary")
            note.setWordWrap(True)
            layout.addWidget(note)
        if extra is not None:
            layout.addWidget(extra)
        layout.addStretch(1)
        self.setWidget(inner)


def tr(text: str) -> str:
    return QCoreApplication.translate("upcoming", text)


def assessment_screen(ref: Reference) -> UpcomingScreen:
    return UpcomingScreen(
        tr("Self-assessment"),
        tr(
            "Dated ratings against the guide's leadership behaviours and the "
            "Healthcare Leadership Model, compared over time."
        ),
        [
            tr("{0} behaviour groups; {1} Healthcare Leadership Model dimensions").format(
                len(ref.behaviour_groups), len(ref.hlm_dimensions)
            ),
            tr("Ratings by the mentee, and optionally the mentor, as a chart"),
            tr("Gaps linked to planned activities"),
        ],
    )


def exchange_screen() -> UpcomingScreen:
    return UpcomingScreen(
        tr("Exchange"),
        tr("Send updates between mentor and mentee as a file, without any network."),
        [
            tr("An encrypted update file, safe to email"),
            tr("Records merge on import; conflicts are shown, not lost"),
            tr("Private notes never leave this computer"),
        ],
    )
