"""Shows in the agenda box which lines were carried over, by the same rule the print and F11 use."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from leadapp.domain.agenda import agenda_lines


class AgendaHighlighter(QSyntaxHighlighter):
    """Carried lines in italic and the secondary colour; a line typed after the block stays plain."""

    def __init__(self, document: QTextDocument, secondary: QColor) -> None:
        super().__init__(document)
        self.carried = QTextCharFormat()
        self.carried.setFontItalic(True)
        self.carried.setForeground(secondary)
        self.heading = QTextCharFormat(self.carried)
        self.heading.setFontWeight(QFont.Weight.DemiBold)

    def highlightBlock(self, text: str) -> None:
        document = self.document()
        block = self.currentBlock()
        lines = [document.findBlockByNumber(n).text() for n in range(block.blockNumber() + 1)]
        line = agenda_lines("\n".join(lines))[-1]
        if line.heading:
            self.setFormat(0, len(text), self.heading)
        elif line.carried:
            self.setFormat(0, len(text), self.carried)
        # A change in one line can end or extend the block below it: re-check the next line too.
        self.setCurrentBlockState(1 if line.heading or line.carried else 0)
