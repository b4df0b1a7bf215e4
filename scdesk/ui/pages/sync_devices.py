"""The devices this one knows, with their fingerprints; revoking one; the hub profile, written by
a hub and imported by its officers' laptops."""

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from scdesk.domain.devices import DeviceRole, DeviceState
from scdesk.domain.labels import label
from scdesk.services.devices import (
    DeviceView,
    ProfileImported,
    import_hub_profile,
    read_hub_profile,
    revoke_device,
    write_hub_profile,
)
from scdesk.services.sync import SyncOverview
from scdesk.sync.profile import Profile
from scdesk.ui.confirmation import Confirmation, fingerprint_question
from scdesk.ui.context import AppContext
from scdesk.ui.text_direction import isolate


class DevicesPanel(QWidget):
    #: Something here changed (a device revoked, a hub trusted): read the overview again.
    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.role: DeviceRole | None = None
        self.rows: list[DeviceView] = []
        self.folder = str(Path.home())
        #: The question open now (revoking, trusting a hub), if any.
        self.question: Confirmation | None = None
        layout = QVBoxLayout(self)
        headings = [
            self.tr("Device"), self.tr("Role"), self.tr("Used by"), self.tr("State"),
            self.tr("Fingerprint"), self.tr("Last bundle from it"), self.tr("Last bundle for it"),
        ]  # fmt: skip
        self.table = QTableWidget(0, len(headings), self)
        self.table.setAccessibleName(self.tr("Devices known here"))
        self.table.setHorizontalHeaderLabels(headings)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.revoke_button = QPushButton(self.tr("&Revoke…"), self)
        self.revoke_button.setAccessibleName(self.tr("Revoke the selected device"))
        self.revoke_button.setToolTip(
            self.tr("For a lost or stolen device: its bundles are refused from now on.")
        )
        self.revoke_button.setEnabled(False)
        self.revoke_button.clicked.connect(self.ask_revoke)
        self.profile_button = QPushButton(self)
        self.profile_button.setVisible(False)
        self.profile_button.clicked.connect(self._on_profile_button_clicked)
        buttons.addWidget(self.revoke_button)
        buttons.addStretch(1)
        buttons.addWidget(self.profile_button)
        layout.addLayout(buttons)
        self.message = QLabel(self)
        self.message.setAccessibleName(self.tr("Devices: what was done"))
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        self.setTabOrder(self.table, self.revoke_button)
        self.setTabOrder(self.revoke_button, self.profile_button)

    def show_devices(self, overview: SyncOverview) -> None:
        self._set_role(overview.me.role)
        self.rows = list(overview.devices)
        self.table.setRowCount(len(self.rows))
        for row, device in enumerate(self.rows):
            cells = (
                device.name, label(device.role), device.user_name or "", label(device.state),
                device.fingerprint or "", _when(device.last_import_at),
                _when(device.last_export_at),
            )  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if device.clock_warning is not None:  # the device's date needs fixing
                    item.setToolTip(device.clock_warning)
                self.table.setItem(row, column, item)
        self._on_table_item_selection_changed()

    def _set_role(self, role: DeviceRole) -> None:
        if role is self.role:
            return
        self.role = role
        if role is DeviceRole.HUB:
            self.profile_button.setText(self.tr("Write the hub &profile…"))
            self.profile_button.setAccessibleName(self.tr("Write the hub profile"))
            self.profile_button.setToolTip(
                self.tr("The file that introduces this hub to officers' laptops.")
            )
        else:
            self.profile_button.setText(self.tr("Import the hub's &profile…"))
            self.profile_button.setAccessibleName(self.tr("Import the hub's profile"))
            self.profile_button.setToolTip(
                self.tr("The file from your hub that lets this laptop exchange bundles with it.")
            )
        self.profile_button.setVisible(True)

    def selected(self) -> DeviceView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _on_table_item_selection_changed(self) -> None:
        device = self.selected()
        revocable = (DeviceState.TRUSTED, DeviceState.NOT_TRUSTED)
        self.revoke_button.setEnabled(device is not None and device.state in revocable)

    # ------------------------------------------------------------------ revoking
    def ask_revoke(self) -> None:
        device = self.selected()
        if device is None:
            return
        question = Confirmation(
            self,
            self.tr("Revoke {name}?").format(name=isolate(device.name)),
            self.tr("Bundles from {name} will be refused from now on.").format(
                name=isolate(device.name)
            ),
            self.tr("Revoke it"),
            self.tr("Keep it"),
            detail=self.tr(
                "Do this when a device is lost, stolen or given to someone else. A revoked "
                "device cannot be trusted again."
            ),
        )
        self._ask(question, lambda: self._revoke(device))

    def _ask(self, question: Confirmation, on_yes: Callable[[], None]) -> None:
        def answered(yes: bool) -> None:
            self.question = None
            if yes:
                on_yes()

        question.answered.connect(answered)
        self.question = question
        question.open()

    def _revoke(self, device: DeviceView) -> None:
        store = self.context.store
        self.context.ops.run(
            self,
            lambda _p: revoke_device(store, device.id),
            self._on_revoked,
            label=self.tr("Revoking…"),
            writes=True,
        )

    def _on_revoked(self, device: DeviceView) -> None:
        self.message.setText(
            self.tr("{name} is revoked: its bundles are refused from now on.").format(
                name=isolate(device.name)
            )
        )
        self.changed.emit()

    # ------------------------------------------------------------------ the hub profile
    def _on_profile_button_clicked(self) -> None:
        if self.role is DeviceRole.HUB:
            self.write_profile()
        else:
            self.import_profile()

    def write_profile(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Where to write the hub profile"), self.folder
        )
        if not folder:
            return
        self.folder = folder
        store = self.context.store
        self.context.ops.run(
            self,
            lambda _p: write_hub_profile(store, Path(folder)),
            lambda path: self.message.setText(
                self.tr(
                    "Hub profile written to {path}. Import it on each officer's laptop (Sync, "
                    "Devices) and check the fingerprint it shows."
                ).format(path=path)
            ),
            label=self.tr("Writing the hub profile…"),
            writes=True,
        )

    def import_profile(self) -> None:
        name, _kind = QFileDialog.getOpenFileName(
            self,
            self.tr("The hub's profile"),
            self.folder,
            self.tr("Hub profiles (*.scdesk-profile);;All files (*)"),
        )
        if not name:
            return
        path = Path(name)
        self.folder = str(path.parent)
        self.context.ops.run(
            self,
            lambda _p: read_hub_profile(path),
            self._ask_trust_hub,
            label=self.tr("Reading the hub profile…"),
            writes=False,
        )

    def _ask_trust_hub(self, profile: Profile) -> None:
        hub = profile.hub
        question = fingerprint_question(
            self, hub.name, hub.user_name, profile.fingerprint, hub=True
        )
        self._ask(question, lambda: self._import_profile(profile))

    def _import_profile(self, profile: Profile) -> None:
        store = self.context.store
        self.context.ops.run(
            self,
            lambda _p: import_hub_profile(store, profile),
            self._on_profile_imported,
            label=self.tr("Importing the hub profile…"),
            writes=True,
        )

    def _on_profile_imported(self, imported: ProfileImported) -> None:
        self.message.setText(
            self.tr("{hub} is this device's hub. {records} of reference data taken.").format(
                hub=isolate(imported.hub), records=self.tr("%n record(s)", "", imported.counts.new)
            )
        )
        self.changed.emit()


def _when(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment is not None else ""
