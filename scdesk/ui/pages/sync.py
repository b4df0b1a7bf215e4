"""The Sync page: this device's fingerprint; exporting a bundle and importing bundles, trusting a
new device only once its fingerprint is confirmed; the devices known here; open conflicts."""

from pathlib import Path
from uuid import UUID

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from scdesk.domain.devices import DeviceId, DeviceRole
from scdesk.domain.labels import label
from scdesk.services.devices import Stranger, strangers
from scdesk.services.sync import (
    Exported,
    Imported,
    ImportRun,
    Outcome,
    SyncOverview,
    export_bundle,
    sync_overview,
    trust_and_import,
)
from scdesk.sync.manifest import Party
from scdesk.ui.confirmation import Confirmation, fingerprint_question
from scdesk.ui.context import AppContext
from scdesk.ui.flow_layout import FlowLayout
from scdesk.ui.pages.reading_page import page_title
from scdesk.ui.pages.sync_conflicts import ConflictsPanel
from scdesk.ui.pages.sync_devices import DevicesPanel
from scdesk.ui.text_direction import isolate


class SyncPage(QWidget):
    #: The user asked to see the probable duplicates the last import brought.
    review_duplicates = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.overview: SyncOverview | None = None
        self._generation = 0
        #: The folder last chosen for bundles (a USB stick, usually), offered first next time.
        self.folder = str(Path.home())
        #: The trust question open now, if any.
        self.question: Confirmation | None = None

        layout = QVBoxLayout(self)
        title = page_title(self.tr("Sync"), self)
        layout.addWidget(title)
        top = QHBoxLayout()
        #: The two boxes side by side, whose explanations wrap.
        self.top_boxes = (self._device_box(), self._bundle_box())
        for box in self.top_boxes:
            top.addWidget(box, 1)
        layout.addLayout(top)

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Sync details"))
        self.summary_panel = QWidget(self.tabs)
        column = QVBoxLayout(self.summary_panel)
        self.summary_heading = QLabel(self.tr("No bundle imported since scdesk started."), self)
        self.summary_heading.setWordWrap(True)
        self.summary = self._summary_table()
        column.addWidget(self.summary_heading)
        column.addWidget(self.summary, 1)
        duplicates_row = QHBoxLayout()
        self.duplicates_note = QLabel(self)
        self.duplicates_note.setWordWrap(True)
        self.duplicates_button = QPushButton(self.tr("Review &duplicates"), self)
        self.duplicates_button.setAccessibleName(self.tr("Open the probable duplicates"))
        self.duplicates_button.clicked.connect(self.review_duplicates.emit)
        duplicates_row.addWidget(self.duplicates_note, 1)
        duplicates_row.addWidget(self.duplicates_button)
        column.addLayout(duplicates_row)
        self._show_duplicates(0)
        self.devices = DevicesPanel(context, self.tabs)
        self.devices.changed.connect(self.refresh)
        self.conflicts = ConflictsPanel(context, self.tabs)
        self.conflicts.changed.connect(self.refresh)
        self.tabs.addTab(self.summary_panel, self.tr("Last import"))
        self.tabs.addTab(self.devices, self.tr("Devices"))
        self.tabs.addTab(self.conflicts, self.tr("Conflicts"))
        layout.addWidget(self.tabs, 1)
        self.setTabOrder(self.receiver, self.export_button)
        self.setTabOrder(self.export_button, self.import_button)
        self.setTabOrder(self.import_button, self.tabs)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_top_boxes()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:  # a text shown or changed
            self._fit_top_boxes()
        return handled

    def _fit_top_boxes(self) -> None:
        """A row of boxes does not ask them how tall their wrapped text is at the width they
        get: on a narrow screen the explanations take more lines, and the boxes grow to show
        every one."""
        height = max(box.heightForWidth(box.width()) for box in self.top_boxes)
        for box in self.top_boxes:
            box.setMinimumHeight(max(height, 0))

    def _device_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("This device"), self)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a laptop's narrow screen
        self.device_name = QLabel("…", box)
        self.device_name.setWordWrap(True)
        self.device_name.setAccessibleName(self.tr("This device"))
        self.fingerprint = QLabel("…", box)
        self.fingerprint.setAccessibleName(self.tr("This device's fingerprint"))
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.fingerprint.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.fingerprint.setFont(font)
        hint = QLabel(
            self.tr(
                "Before another device trusts this one, its user asks for this fingerprint: "
                "read it out, or compare it on both screens."
            ),
            box,
        )
        hint.setWordWrap(True)
        form.addRow(self.tr("Device"), self.device_name)
        form.addRow(self.tr("Fingerprint"), self.fingerprint)
        form.addRow(hint)
        return box

    def _bundle_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Bundles"), self)
        column = QVBoxLayout(box)
        row = QHBoxLayout()
        self.receiver = QComboBox(box)
        self.receiver.setAccessibleName(self.tr("Export a bundle for"))
        self.receiver.setMinimumContentsLength(16)
        for_label = QLabel(self.tr("F&or"), box)
        for_label.setBuddy(self.receiver)
        self.export_button = QPushButton(self.tr("&Export a bundle…"), box)
        self.export_button.setAccessibleName(self.tr("Export a bundle"))
        self.export_button.setToolTip(
            self.tr("Write this device's new records to a file for the device chosen.")
        )
        self.export_button.clicked.connect(self.export)
        self.import_button = QPushButton(self.tr("&Import bundles…"), box)
        self.import_button.setAccessibleName(self.tr("Import bundles"))
        self.import_button.setToolTip(self.tr("Merge bundles other devices made for this one."))
        self.import_button.clicked.connect(self.import_files)
        row.addWidget(for_label)
        row.addWidget(self.receiver, 1)
        column.addLayout(row)
        actions = FlowLayout()  # under the choice, one under the other on a laptop
        actions.addWidget(self.export_button)
        actions.addWidget(self.import_button)
        column.addLayout(actions)
        self.receiver_note = QLabel(box)
        self.receiver_note.setAccessibleName(self.tr("The last bundle for the device chosen"))
        self.receiver_note.setWordWrap(True)
        column.addWidget(self.receiver_note)
        self.receiver.currentIndexChanged.connect(self._on_receiver_current_index_changed)
        explanation = QLabel(
            self.tr(
                "A bundle holds what the device chosen has not had from this one yet, in one "
                "file named for who made it, for whom and when. Import takes the bundles other "
                "devices made for this one; choose several at once."
            ),
            box,
        )
        explanation.setWordWrap(True)
        column.addWidget(explanation)
        self.export_result = QLabel(box)
        self.export_result.setAccessibleName(self.tr("Export"))
        self.export_result.setWordWrap(True)
        self.export_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.export_result)
        column.addStretch(1)
        return box

    def _summary_table(self) -> QTableWidget:
        headings = [
            self.tr("File"), self.tr("Result"), self.tr("New"), self.tr("Updated"),
            self.tr("Already here"), self.tr("In conflict"), self.tr("Waiting"),
            self.tr("What happened"),
        ]  # fmt: skip
        table = QTableWidget(0, len(headings), self)
        table.setAccessibleName(self.tr("What each file did"))
        table.setHorizontalHeaderLabels(headings)
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        table.setWordWrap(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(headings) - 1, QHeaderView.ResizeMode.Stretch)
        return table

    # ------------------------------------------------------------------ loading
    def refresh(self) -> None:
        """Read this device, the devices known here and the open conflicts again."""
        self._generation += 1
        generation = self._generation
        store = self.context.store
        self.context.ops.run(
            self,
            lambda _p: sync_overview(store),
            lambda overview: self._show(generation, overview),
            label=self.tr("Reading…"),
            writes=True,  # the first look makes this device's keys
            quiet=True,
        )

    def _show(self, generation: int, overview: SyncOverview) -> None:
        if generation != self._generation:
            return
        self.overview = overview
        me = overview.me
        self.device_name.setText(
            self.tr("{name} ({role}), used by {user}").format(
                name=isolate(me.name), role=label(me.role), user=isolate(me.user_name)
            )
        )
        self.fingerprint.setText(overview.fingerprint)
        chosen = self.receiver.currentData()
        self.receiver.clear()
        for device in overview.receivers:
            self.receiver.addItem(f"{isolate(device.name)} ({label(device.role)})", str(device.id))
        self.receiver.setCurrentIndex(max(0, self.receiver.findData(chosen)))
        self._on_receiver_current_index_changed()
        can_export = bool(overview.receivers)
        self.receiver.setEnabled(can_export)
        self.export_button.setEnabled(can_export)
        self.devices.show_devices(overview)
        self.conflicts.show_conflicts(overview.conflicts)
        count = len(overview.conflicts)
        index = self.tabs.indexOf(self.conflicts)
        text = self.tr("Conflicts ({count})").format(count=count) if count else self.tr("Conflicts")
        self.tabs.setTabText(index, text)

    def _on_receiver_current_index_changed(self) -> None:
        index = self.receiver.currentIndex()
        if self.overview is None:
            return
        if not 0 <= index < len(self.overview.receivers):
            self.receiver_note.setText(self._no_receiver_text(self.overview.me.role))
            return
        device = self.overview.receivers[index]
        if device.last_export_at is None:
            text = self.tr("No bundle made for {name} yet.").format(name=isolate(device.name))
        else:
            when = device.last_export_at.astimezone().strftime("%Y-%m-%d %H:%M")
            text = self.tr("Last bundle for {name}: {when}.").format(
                name=isolate(device.name), when=when
            )
        self.receiver_note.setText(text)

    def _no_receiver_text(self, role: DeviceRole) -> str:
        if role is DeviceRole.OFFICER:
            return self.tr(
                "This device does not know its hub yet: import the hub's profile (under Devices, "
                "below) before exporting."
            )
        return self.tr(
            "No device is trusted here yet: import a bundle from an officer's laptop and trust "
            "it, then export bundles for it here."
        )

    # ------------------------------------------------------------------ export
    def export(self) -> None:
        chosen = self.receiver.currentData()
        if not isinstance(chosen, str):
            return
        receiver = DeviceId(UUID(chosen))
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Where to write the bundle (a USB stick, for example)"), self.folder
        )
        if not folder:
            return
        self.folder = folder
        store = self.context.store
        self.context.ops.run(
            self,
            lambda progress: export_bundle(store, Path(folder), receiver, progress),
            self._on_exported,
            label=self.tr("Exporting a bundle…"),
            writes=True,
        )

    def _on_exported(self, exported: Exported) -> None:
        records = self.tr("%n record(s)", "", exported.records)
        self.export_result.setText(
            self.tr("{records} for {receiver}, written to {path}").format(
                records=records,
                receiver=isolate(exported.receiver),
                path=isolate(str(exported.path)),
            )
        )
        self.refresh()

    # ------------------------------------------------------------------ import
    def import_files(self) -> None:
        files, _kind = QFileDialog.getOpenFileNames(
            self,
            self.tr("Bundles to import"),
            self.folder,
            self.tr("scdesk bundles (*.scdesk);;All files (*)"),
        )
        if files:
            self.folder = str(Path(files[0]).parent)
            self.import_paths([Path(name) for name in files])

    def import_paths(self, paths: list[Path]) -> None:
        """Import these files, first asking about each device not trusted here yet."""
        store = self.context.store
        self.context.ops.run(
            self,
            lambda _p: strangers(store, paths),
            lambda found: self._ask_trust(paths, found, []),
            label=self.tr("Checking the bundles…"),
            writes=False,
        )

    def _ask_trust(
        self, paths: list[Path], pending: list[Stranger], confirmed: list[Party]
    ) -> None:
        """One question per device not trusted yet; then the import, whatever the answers (a
        file from a device not trusted is refused, and the summary says why)."""
        if not pending:
            self.question = None
            self._import(paths, confirmed)
            return
        stranger, rest = pending[0], pending[1:]
        party = stranger.party
        question = fingerprint_question(
            self, party.name, party.user_name, stranger.fingerprint, hub=False,
            replaces=stranger.replaces, confirmed=stranger.confirmed,
        )  # fmt: skip
        question.answered.connect(
            lambda yes: self._ask_trust(paths, rest, [*confirmed, party] if yes else confirmed)
        )
        self.question = question
        question.open()

    def _import(self, paths: list[Path], confirmed: list[Party]) -> None:
        store = self.context.store
        self.context.ops.run(
            self,
            lambda progress: trust_and_import(store, confirmed, paths, progress),
            self._on_imported,
            label=self.tr("Importing bundles…"),
            writes=True,
        )

    def _on_imported(self, run: ImportRun) -> None:
        outcomes = [result.outcome for result in run.results]
        parts = [
            self.tr("%n file(s) merged", "", outcomes.count(Outcome.MERGED)),
            self.tr("%n already merged", "", outcomes.count(Outcome.ALREADY)),
            self.tr("%n refused", "", outcomes.count(Outcome.REFUSED)),
        ]
        if Outcome.CANCELLED in outcomes:
            parts.append(self.tr("%n not imported", "", outcomes.count(Outcome.CANCELLED)))
        heading = self.tr("Last import: {parts}.").format(parts=", ".join(parts))
        if run.trusted:
            heading += " " + self.tr("Trusted now: {names}.").format(
                names=", ".join(isolate(n) for n in run.trusted)
            )
        self.summary_heading.setText(heading)
        self.summary.setRowCount(len(run.results))
        for row, result in enumerate(run.results):
            for column, text in enumerate(self._summary_row(result)):
                item = QTableWidgetItem(text)
                if 2 <= column <= 6:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if column == 7:
                    item.setToolTip(text)
                self.summary.setItem(row, column, item)
        self.summary.resizeRowsToContents()
        self._show_duplicates(run.duplicates)
        self.tabs.setCurrentWidget(self.summary_panel)
        self.refresh()

    def _show_duplicates(self, pairs: int) -> None:
        """After an import: the probable duplicates it may have brought, and the way to them."""
        self.duplicates_note.setText(
            self.tr("%n pair(s) of probable duplicates to look at.", "", pairs)
        )
        self.duplicates_note.setVisible(pairs > 0)
        self.duplicates_button.setVisible(pairs > 0)

    def _summary_row(self, result: Imported) -> list[str]:
        outcome = {
            Outcome.MERGED: self.tr("merged"),
            Outcome.ALREADY: self.tr("already merged"),
            Outcome.REFUSED: self.tr("refused"),
            Outcome.CANCELLED: self.tr("cancelled"),
        }[result.outcome]
        if result.outcome is not Outcome.MERGED:
            return [result.path.name, outcome, "", "", "", "", "", result.message]
        counts = result.counts
        happened = self.tr("From {sender}.").format(sender=isolate(result.sender or ""))
        happened = " ".join([happened, *result.gaps])
        numbers = (counts.new, counts.updated, counts.unchanged, counts.conflicts, counts.waiting)
        return [result.path.name, outcome, *(f"{n:,}" for n in numbers), happened]
