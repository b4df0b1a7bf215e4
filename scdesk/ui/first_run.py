"""The first-run setup: this device's name, who uses it, officer or hub, the officer's city (or
a new one, on a fresh data folder), and the language records are written in."""

import dataclasses
from pathlib import Path
from typing import TypeVar
from uuid import UUID

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from scdesk.domain import limits
from scdesk.domain.devices import DeviceRole, DeviceSetup
from scdesk.domain.errors import UserError
from scdesk.domain.languages import language_codes, language_name
from scdesk.domain.people import CityId
from scdesk.domain.places import CityInput, CityName
from scdesk.domain.rules import InvalidRecordError, Part, Problem
from scdesk.services.devices import profile_cities, read_hub_profile
from scdesk.services.duplicates import similar_cities
from scdesk.services.first_run import first_run_problems, set_up_device
from scdesk.store.queries.choices import city_names
from scdesk.store.store import DeviceIdentity
from scdesk.sync.profile import Profile
from scdesk.ui.collation import city_choice_items, country_choices
from scdesk.ui.confirmation import Confirmation, fingerprint_question
from scdesk.ui.context import AppContext
from scdesk.ui.forms.fields import ChoiceField, ProblemLabel, TextField
from scdesk.ui.settings_dialog import language_field
from scdesk.ui.text_direction import isolate

_NEW = "new"
F = TypeVar("F", TextField, ChoiceField)
#: A field of the setup, or of the new city (Part.NEW_CITY).
_Key = tuple[Part | None, str]


class FirstRunDialog(QDialog):
    """Shown instead of the main window until the device is set up."""

    set_up = Signal(object)  # DeviceIdentity
    #: The user chose another language for the interface (a language code).
    language_chosen = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Welcome to scdesk"))
        self._problems: dict[_Key, ProblemLabel] = {}
        #: The widget holding each field and its problem, a row of its form.
        self._holders: dict[_Key, QWidget] = {}
        self._touched: set[_Key] = set()
        self._show_all = False
        #: The hub's profile the officer took, and the question about its fingerprint.
        self.profile: Profile | None = None
        self.question: Confirmation | None = None
        #: The cities to choose from: this store's, or the hub's profile's once taken.
        self._cities: list[CityName] = []
        device = context.store.device()
        outer = QVBoxLayout(self)
        #: The fields scroll when a small screen cannot show them all with their problems;
        #: the problem about the whole setup and the buttons stay in sight below them.
        self.fields_area = QScrollArea(self)
        self.fields_area.setWidgetResizable(True)
        self.fields_area.setFrameShape(QFrame.Shape.NoFrame)
        fields = QWidget(self.fields_area)
        layout = QVBoxLayout(fields)
        layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(
            self.tr(
                "Set up this device once. Records you make here will say which device and "
                "which person made them."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.interface = language_field(self)
        interface_caption = QLabel(self.tr("Language of the &interface"), self)
        interface_caption.setBuddy(self.interface)
        self.interface.setAccessibleName(self.tr("Language of the interface"))
        self.interface.edited.connect(self._on_interface_language)
        form.addRow(interface_caption, self.interface)
        self.device_name = self._row(
            form, "name", self.tr("&Device name"), TextField(self, limits.DEVICE_NAME)
        )
        self.device_name.set_value(device.name)
        self.user_name = self._row(
            form, "user_name", self.tr("&Your name"), TextField(self, limits.NAME)
        )
        self.user_name.set_value(device.user_name)
        roles = QWidget(self)
        role_row = QHBoxLayout(roles)
        role_row.setContentsMargins(0, 0, 0, 0)
        self.officer = QRadioButton(self.tr("&Field officer"), roles)
        self.hub = QRadioButton(self.tr("&Hub"), roles)
        self.officer.setChecked(True)
        self._role_group = QButtonGroup(self)
        for button in (self.officer, self.hub):
            self._role_group.addButton(button)
            role_row.addWidget(button)
            button.toggled.connect(self._on_role)
        role_row.addStretch(1)
        roles.setAccessibleName(self.tr("This device is used by"))
        form.addRow(self.tr("Used by"), roles)
        self.profile_button = QPushButton(self.tr("Take the hub's &profile…"), self)
        self.profile_button.setAccessibleName(self.tr("Take the hub's profile file"))
        self.profile_button.clicked.connect(self.choose_profile)
        self.profile_note = QLabel(self.tr("(an officer: the file your hub gave you)"), self)
        profile_row = QWidget(self)
        profile_line = QHBoxLayout(profile_row)
        profile_line.setContentsMargins(0, 0, 0, 0)
        profile_line.addWidget(self.profile_button)
        profile_line.addWidget(self.profile_note, 1)
        form.addRow(self.tr("Hub"), profile_row)
        self._form = form
        self._profile_row = profile_row
        self.city = self._row(form, "city_id", self.tr("&City"), ChoiceField(self, self.tr("—")))
        self.language = self._row(
            form, "language", self.tr("&Language of records"), ChoiceField(self)
        )
        self.language.set_choices([(code, language_name(code)) for code in language_codes()])
        self.language.set_value(device.language)
        layout.addLayout(form)

        self.new_city = QGroupBox(self.tr("The new city"), self)
        city_form = QFormLayout(self.new_city)
        self.city_name = self._row(
            city_form, "name", self.tr("City &name"), TextField(self, limits.NAME), Part.NEW_CITY
        )
        self.city_local = self._row(
            city_form,
            "name_local",
            self.tr("Name in the &local script"),
            TextField(self, limits.NAME),
            Part.NEW_CITY,
        )
        self.city_country = self._row(
            city_form,
            "country",
            self.tr("C&ountry"),
            ChoiceField(self, self.tr("—")),
            Part.NEW_CITY,
        )
        self.city_country.set_choices(country_choices())
        self.similar = QLabel(self)
        self.similar.setWordWrap(True)
        self.similar.setAccessibleName(self.tr("Cities already recorded with a similar name"))
        city_form.addRow(self.similar)
        self.city_name.edited.connect(self._look_for_similar)
        self.city_country.edited.connect(self._look_for_similar)
        layout.addWidget(self.new_city)
        layout.addStretch(1)
        self.fields_area.setWidget(fields)
        outer.addWidget(self.fields_area, 1)
        self.general = ProblemLabel(self)
        outer.addWidget(self.general)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Start using scdesk"))
        self.ok_button.setAccessibleName(self.tr("Start using scdesk"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.city.set_choices([(_NEW, self.tr("A new city…"))])
        self.city.set_value(_NEW)
        self._on_city_choice()
        self.city.edited.connect(self._on_city_choice)
        self._load_cities()

    def _row(
        self, form: QFormLayout, name: str, label: str, widget: F, part: Part | None = None
    ) -> F:
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(widget)
        problem = ProblemLabel(holder)
        column.addWidget(problem)
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        widget.setAccessibleName(label.replace("&", ""))
        form.addRow(caption, holder)
        key: _Key = (part, name)
        self._problems[key] = problem
        self._holders[key] = holder
        widget.edited.connect(lambda: self._on_edited(key))
        return widget

    def choose_profile(self) -> None:
        """Read the hub's profile; once its fingerprint is confirmed, its cities are the ones
        to choose from."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("The hub's profile"), "", self.tr("Hub profiles (*.scdesk-profile)")
        )
        if path:
            self.context.ops.run(
                self, lambda _p: read_hub_profile(Path(path)), self._ask_about_profile,
                label=self.tr("Reading…"), writes=False,
            )  # fmt: skip

    def _ask_about_profile(self, profile: Profile) -> None:
        hub = profile.hub
        question = fingerprint_question(self, hub.name, hub.user_name, profile.fingerprint,
                                        hub=True)  # fmt: skip
        question.answered.connect(lambda yes: self._take_profile(profile) if yes else None)
        self.question = question
        question.open()

    def _take_profile(self, profile: Profile) -> None:
        self.profile = profile
        self.officer.setChecked(True)
        self.profile_note.setText(
            self.tr("{hub}'s cities are listed under City.").format(hub=isolate(profile.hub.name))
        )
        self._fill_cities(profile_cities(profile))

    def _look_for_similar(self) -> None:
        """A new city typed: the cities already known with a similar name, so that the officer
        picks the hub's instead of adding a second one."""
        name = self.city_name.value().strip()
        found = similar_cities(name, self._cities) if name else []
        text = self.tr("Already known: {names}. Choose it under City rather than adding it again.")
        self.similar.setText(
            text.format(names=", ".join(isolate(c.label) for c in found)) if found else ""
        )

    def _load_cities(self) -> None:
        store = self.context.store

        def work(_progress: object) -> list[CityName]:
            with store.read() as session:
                return city_names(session)

        self.context.ops.run(
            self, work, self._fill_cities, label=self.tr("Reading…"), writes=False, quiet=True
        )

    def _fill_cities(self, cities: list[CityName]) -> None:
        self._cities = cities
        ordered = city_choice_items(cities)
        self.city.set_choices([(_NEW, self.tr("A new city…")), *ordered])
        if ordered and self.city.value() == _NEW and not self.city_name.value():
            self.city.set_value(ordered[0][0])
        self._on_city_choice()
        self._look_for_similar()

    def _on_role(self) -> None:
        """A hub serves every city: it is asked for none, and takes no hub's profile."""
        officer = not self.hub.isChecked()
        self._form.setRowVisible(self._holders[(None, "city_id")], officer)
        self._form.setRowVisible(self._profile_row, officer)
        self._on_city_choice()

    def _on_city_choice(self) -> None:
        self.new_city.setVisible(self.city.value() == _NEW and not self.hub.isChecked())
        self._revalidate()

    def _on_edited(self, key: _Key) -> None:
        self._touched.add(key)
        self._revalidate()

    def collect(self) -> tuple[DeviceSetup, CityInput | None]:
        chosen = None if self.hub.isChecked() else self.city.value()
        city_id = CityId(UUID(chosen)) if chosen and chosen != _NEW else None
        new_city = None
        if chosen == _NEW:
            new_city = CityInput(
                name=self.city_name.value().strip(),
                country=self.city_country.value() or "",
                name_local=self.city_local.optional(),
            )
        setup = DeviceSetup(
            name=self.device_name.value(),
            role=DeviceRole.HUB if self.hub.isChecked() else DeviceRole.OFFICER,
            user_name=self.user_name.value(),
            city_id=city_id,
            language=self.language.value() or "en",
        )
        return setup, new_city

    def _revalidate(self) -> list[Problem]:
        setup, new_city = self.collect()
        problems = first_run_problems(setup, new_city, self.context.store.now().date())
        self._show(problems)
        return problems

    def _show(self, problems: list[Problem]) -> None:
        by_field: dict[_Key, list[str]] = {}
        for problem in problems:
            by_field.setdefault(_key(problem), []).append(problem.message)
        for key, label in self._problems.items():
            shown = self._show_all or key in self._touched
            label.show_problem("\n".join(by_field.get(key, [])) if shown else None)
        rest = [p.message for p in problems if _key(p) not in self._problems]
        self._show_general("\n".join(rest) if self._show_all else None)

    def _show_general(self, text: str | None) -> None:
        """A problem about the whole setup, shown whole: the dialog grows to fit it, as far
        as the screen allows, and the fields above scroll instead."""
        self.general.show_problem(text)
        layout = self.layout()
        if not text or layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed <= self.height():
            return
        area = self.screen().availableGeometry()
        self.resize(self.width(), min(needed, area.height()))
        frame = self.frameGeometry()
        if frame.bottom() > area.bottom():  # kept on the screen, its buttons in reach
            self.move(frame.x(), max(area.top(), area.bottom() - frame.height() + 1))

    def submit(self) -> None:
        self._show_all = True
        if self._revalidate():
            return
        setup, new_city = self.collect()
        store = self.context.store
        self.ok_button.setEnabled(False)
        profile = self.profile
        self.context.ops.run(
            self,
            lambda _p: set_up_device(store, setup, new_city=new_city, profile=profile),
            self._on_set_up,
            label=self.tr("Setting up…"),
            writes=True,
            on_failure=self._on_refused,
        )

    def _on_interface_language(self) -> None:
        code = self.interface.value()
        if code is not None:
            self._keep_language(code)
            self.language_chosen.emit(code)

    def _keep_language(self, code: str) -> None:
        settings = dataclasses.replace(self.context.settings, ui_language=code)
        self.context.settings = settings
        self.context.settings_store.save(settings)

    def _on_set_up(self, identity: DeviceIdentity) -> None:
        code = self.interface.value()
        if code is not None:
            self._keep_language(code)
        self.set_up.emit(identity)
        self.accept()

    def _on_refused(self, error: UserError) -> bool:
        self.ok_button.setEnabled(True)
        if isinstance(error, InvalidRecordError):
            self._show(list(error.problems))
        else:
            self._show_general(str(error))
        return True


def _key(problem: Problem) -> _Key:
    return (problem.location.part if problem.location else None, problem.field)
