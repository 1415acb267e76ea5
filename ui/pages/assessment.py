"""Step 3, the governance assessment: one page per section of the question bank.

The criteria are cards in a scroll area; progress for the section and the whole audit is
always in view. Texts come from the audit's own bank in the interface language. The cards
are built when the page is first initialised (about to be shown) or read, not with the page:
the wizard builds the next step ahead, and that must not lengthen the current step's turn.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ui.i18n import current_language
from ui.page_state import CompleteAnnouncer
from ui.widgets.criterion_card import CriterionCard
from wizard.bank.languages import missing_language_notice
from wizard.scoring.scores import overall_score, score_section


class SectionPage(QWizardPage):
    def __init__(self, document, section_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._complete = CompleteAnnouncer(self)
        self.document = document
        self.section_id = section_id
        self._cards: list[CriterionCard] = []
        self._built = False
        layout = QVBoxLayout(self)
        self.language_notice = QLabel()
        self.language_notice.setObjectName("bank-language-notice")
        self.language_notice.setWordWrap(True)
        self.language_notice.setVisible(False)
        layout.addWidget(self.language_notice)
        progress_row = QHBoxLayout()
        self.section_progress = QLabel()
        self.section_progress.setAccessibleName(self.tr("Section progress"))
        progress_row.addWidget(self.section_progress)
        progress_row.addStretch(1)
        overall_label = QLabel(self.tr("Overall"))
        progress_row.addWidget(overall_label)
        self.overall_progress = QProgressBar()
        self.overall_progress.setAccessibleName(self.tr("Overall progress"))
        self.overall_progress.setRange(0, 100)
        self.overall_progress.setFormat(self.tr("%p% assessed"))
        widest = self.overall_progress.format().replace("%p", "100")
        # the whole "100 % évalué" inside the bar, never clipped
        self.overall_progress.setMinimumWidth(
            self.overall_progress.fontMetrics().horizontalAdvance(widest) + 48
        )
        overall_label.setBuddy(self.overall_progress)
        progress_row.addWidget(self.overall_progress)
        layout.addLayout(progress_row)
        self.scroll_area = QScrollArea()
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the first card
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setAccessibleName(self.tr("Criteria"))
        layout.addWidget(self.scroll_area, 1)
        self._show_texts(current_language())
        document.events.sig_answer_changed.connect(self._on_answer_changed)

    @property
    def cards(self) -> list[CriterionCard]:
        """The criteria's cards, in bank order (built on first need)."""
        if not self._built:
            self.build_cards()
        return self._cards

    def section(self):
        section = self.document.audit.framework.section(self.section_id)
        if section is None:
            raise KeyError(f"section {self.section_id!r} is not in the audit's question bank")
        return section

    def build_cards(self) -> None:
        """(Re)build the cards from the audit's bank, in the current language."""
        lang = current_language()
        section = self.section()
        self._show_texts(lang)
        body = QWidget()
        column = QVBoxLayout(body)
        self._cards = []
        self._built = True
        for number, criterion in enumerate(section.criteria, start=1):
            card = CriterionCard(self.document, criterion, f"{self.section_id}.{number}", lang)
            card.sig_state_changed.connect(self._complete.announce)
            column.addWidget(card)
            self._cards.append(card)
        column.addStretch(1)
        self.scroll_area.setWidget(body)
        previous: QWidget | None = None
        for card in self._cards:
            widgets = (card.justification, card.notes, card.evidence.list, card.to_review)
            for widget in (*card.buttons.values(), *widgets):
                if previous is not None:
                    self.setTabOrder(previous, widget)
                previous = widget
        self.update_progress()

    def _show_texts(self, lang: str) -> None:
        """The section's title and description in ``lang``, and why they may not be."""
        section = self.section()
        self.setTitle(section.title.get(lang))
        self.setSubTitle(section.description.get(lang))
        # a bank in one language: say why its texts are not in the interface language
        notice = missing_language_notice(self.document.audit.framework, lang)
        self.language_notice.setText(notice or "")
        self.language_notice.setVisible(notice is not None)

    def card(self, criterion_id: str) -> CriterionCard:
        return next(c for c in self.cards if c.criterion.id == criterion_id)

    def update_progress(self) -> None:
        audit = self.document.audit
        score = score_section(audit, self.section())
        done = score.assessed + score.not_applicable
        self.section_progress.setText(
            self.tr("%1 of %2 assessed in this section")
            .replace("%1", str(done))
            .replace("%2", str(score.total))
        )
        self.overall_progress.setValue(round(overall_score(audit).completeness))

    def _on_answer_changed(self, criterion_id: str) -> None:
        if not self._built:
            return  # the cards, when built, read the answers as they are then
        for card in self._cards:
            if card.criterion.id == criterion_id:
                card.reload()
        self.update_progress()
        self._complete.announce()

    # --- wizard hooks

    def initializePage(self) -> None:
        lang = current_language()
        if not self._built or (self._cards and self._cards[0].lang != lang):
            self.build_cards()
            return
        for card in self._cards:
            card.reload()
        # read-only: the wizard locks every editor (ui.read_only); the text stays readable
        self.update_progress()

    def isComplete(self) -> bool:
        """Not while an N/A waits for its justification (Back stays available)."""
        return all(card.is_complete() for card in self._cards)

    def validatePage(self) -> bool:
        for card in self.cards:
            card.notes.commit()
            card.justification.commit()
        pending = [card for card in self.cards if not card.is_complete()]
        if pending:
            self.scroll_area.ensureWidgetVisible(pending[0])
            pending[0].justification.setFocus()
            return False
        return True
