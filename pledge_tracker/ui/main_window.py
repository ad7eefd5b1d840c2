"""The main window: the views as pages, the menus, the open database and undo.

Adding a page is one line, `window.add_page("reports", window.tr("&Reports"), ReportsView(ctx))`,
and so is a menu entry, `window.add_action("file", window.tr("&Import…"), wizard.open)`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pledge_tracker.bootstrap import open_app_database, upkeep
from pledge_tracker.db.engine import server_of, sqlite_path
from pledge_tracker.domain.errors import DatabaseError, PledgeError
from pledge_tracker.services import seed
from pledge_tracker.ui import errors, file_dialogs, pages, transfer_menu
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.dialogs import help_dialogs
from pledge_tracker.ui.dialogs.connect_dialog import ConnectDialog
from pledge_tracker.ui.dialogs.restore_dialog import RestoreDialog
from pledge_tracker.ui.dialogs.settings_dialog import SettingsDialog
from pledge_tracker.ui.live_refresh import LiveRefresh
from pledge_tracker.ui.pages import LazyPage
from pledge_tracker.ui.screen_fit import fit_to_screen, scrolling
from pledge_tracker.ui.views.matrix_view import MatrixView
from pledge_tracker.ui.widgets.banner import StorageBanner
from pledge_tracker.ui.widgets.welcome_panel import WelcomePanel
from pledge_tracker.ui.workers import wait_for_workers

DB_FILTER = "Pledge Tracker databases (*.db *.sqlite *.sqlite3);;All files (*)"


class MainWindow(QMainWindow):
    """One open database, its views as tabs, and the app's menus."""

    import_action: QAction  # File → Import…, added by transfer_menu.install
    upkeep_done = Signal(object)  # the daily backup taken after the first paint

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.setAccessibleName(self.tr("Views"))
        self._menus: dict[str, QMenu] = {}
        self._page_keys: list[str] = []
        self._writing_notice = ""  # the status bar's saving notice, while one is shown
        self._build_menus()
        self._build_central()
        self.matrix = MatrixView(context)
        self.add_page("matrix", self.tr("&Matrix"), self.matrix)
        self._fill_menu("assess", self.matrix.menu_actions())
        # The other pages are made when first shown (ui/pages.py).
        self.add_page("supporters", self.tr("&Supporters"), lambda: pages.supporters(self))
        self.add_page("commitments", self.tr("&Commitments"), lambda: pages.commitments(self))
        self.add_page("evidence", self.tr("Evi&dence"), lambda: pages.evidence(self))
        self.add_page("actions", self.tr("Ac&tions"), lambda: pages.actions(self))
        self.add_page("timeline", self.tr("Time&line"), lambda: pages.timeline(self))
        self.add_page("crosswalk", self.tr("Cross&walk"), lambda: pages.crosswalk(self))
        self.add_page("figures", self.tr("Fi&gures"), lambda: pages.figures(self))
        self.add_page("dashboard", self.tr("Das&hboard"), lambda: pages.dashboard(self))
        self.add_page("takedown", self.tr("Ta&kedown"), lambda: pages.takedown(self))
        self.add_page("reports", self.tr("Re&ports"), lambda: pages.reports(self))
        self._build_status_bar()
        self._connect_signals()
        self.live = LiveRefresh(self, context)  # colleagues' changes, seen without a restart
        self._restore_geometry()
        self._show_database()

    # -- extension points ----------------------------------------------------------------
    def add_page(self, key: str, title: str, page: QWidget | Callable[[], QWidget]) -> None:
        """Add a view as a tab, with a View menu entry (Ctrl+1 … Ctrl+9); a function in
        place of the view makes it when the tab is first shown (or the page first asked for).
        """
        if isinstance(page, QWidget):
            page.setObjectName(f"page_{key}")
            # A page wider or taller than a small screen scrolls instead of pushing the
            # window (and its detail panel and buttons) off the screen.
            holder: QWidget = scrolling(page)
        else:
            holder = LazyPage(_named(page, key))
        index = self.pages.addTab(holder, title)
        self._page_keys.append(key)
        action = QAction(title, self)
        if index < 9:
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
        action.triggered.connect(lambda: self.show_page(key))
        self.menu("view").addAction(action)

    def page(self, key: str) -> QWidget | None:
        """The view of a tab (made now if it had not been shown yet)."""
        if key not in self._page_keys:
            return None
        holder = self.pages.widget(self._page_keys.index(key))
        if isinstance(holder, LazyPage):
            return holder.built()
        return holder.widget() if isinstance(holder, QScrollArea) else holder

    def _made_pages(self) -> list[QWidget]:
        """The views made so far (a page never shown has nothing to save)."""
        made = []
        for index in range(self.pages.count()):
            holder = self.pages.widget(index)
            if isinstance(holder, LazyPage):
                page = holder.existing()
                if page is not None:
                    made.append(page)
            elif isinstance(holder, QScrollArea):
                inner = holder.widget()
                if inner is not None:
                    made.append(inner)
        return made

    def _on_tab_shown(self, index: int) -> None:
        holder = self.pages.widget(index)
        if isinstance(holder, LazyPage):
            holder.built()

    def current_page(self) -> QWidget | None:
        index = self.pages.currentIndex()
        return self.page(self._page_keys[index]) if 0 <= index < len(self._page_keys) else None

    def page_keys(self) -> list[str]:
        return list(self._page_keys)

    def show_page(self, key: str) -> None:
        if key in self._page_keys:
            self.pages.setCurrentIndex(self._page_keys.index(key))

    def menu(self, key: str, title: str | None = None) -> QMenu:
        """A menu by key (file, edit, view, assess, help, or a new one before Help)."""
        if key not in self._menus:
            menu = QMenu(title or key.capitalize(), self)
            help_menu = self._menus.get("help")
            bar = self.menuBar()
            if help_menu is not None:
                bar.insertMenu(help_menu.menuAction(), menu)
            else:
                bar.addMenu(menu)
            self._menus[key] = menu
        return self._menus[key]

    def add_action(
        self,
        menu_key: str,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        """Add an entry to a menu (created if new); returns the action."""
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.menu(menu_key).addAction(action)
        return action

    # -- building ------------------------------------------------------------------------
    def _build_menus(self) -> None:
        for key, title in (
            ("file", self.tr("&File")),
            ("edit", self.tr("&Edit")),
            ("view", self.tr("&View")),
            ("assess", self.tr("&Assess")),
            ("help", self.tr("&Help")),
        ):
            self.menu(key, title)
        new = self.add_action("file", self.tr("&New Database…"), self.new_database)
        new.setShortcut(QKeySequence.StandardKey.New)
        opened = self.add_action("file", self.tr("&Open Database…"), self.open_database)
        opened.setShortcut(QKeySequence.StandardKey.Open)
        self.recent_menu = self.menu("file").addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.add_action("file", self.tr("Connect to &Team Database…"), self.connect_team)
        self.menu("file").addSeparator()
        self.add_action("file", self.tr("Restore &Backup…"), self.restore_backup)
        self.menu("file").addSeparator()
        transfer_menu.install(self)
        self.menu("file").addSeparator()
        quit_action = self.add_action("file", self.tr("&Quit"), self.close)
        quit_action.setShortcuts(  # Windows has no standard Quit key: Ctrl+Q everywhere
            QKeySequence.keyBindings(QKeySequence.StandardKey.Quit) or [QKeySequence("Ctrl+Q")]
        )
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self._quit_action = quit_action
        stack = self.context.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        edit = self.menu("edit")
        edit.addActions([self.undo_action, self.redo_action])
        edit.addSeparator()
        self.add_action("edit", self.tr("&Find"), self.find, QKeySequence.StandardKey.Find)
        edit.addSeparator()
        settings = self.add_action("edit", self.tr("&Settings…"), self.edit_settings, "Ctrl+,")
        settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.add_action("help", self.tr("&Keyboard Shortcuts"), self.show_shortcuts, "F1")
        self.add_action("help", self.tr("Load &Demonstration Data"), self.load_demo)
        about = self.add_action("help", self.tr("&About Pledge Tracker"), self.show_about)
        about.setMenuRole(QAction.MenuRole.AboutRole)

    def _fill_menu(self, key: str, actions: list[QAction | None]) -> None:
        for action in actions:
            if action is None:
                self.menu(key).addSeparator()
            else:
                self.menu(key).addAction(action)

    def _build_central(self) -> None:
        # Read-only, network-drive and tamper notices; the tamper check after the first paint.
        self.banner = StorageBanner(self.context, check_later=True)
        self.welcome = WelcomePanel(self.context)  # shown while the database is empty
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.welcome)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

    def _show_write_busy(self, busy: bool) -> None:
        """A busy cursor and "Saving…" while saves run on the writer thread."""
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            self._say_while_writing(self.tr("Saving…"))
        else:
            QApplication.restoreOverrideCursor()
            self._say_while_writing("")

    def _show_write_waiting(self, waiting: bool) -> None:
        """Say so while a save waits for another window, program or user to finish writing."""
        self._say_while_writing(
            self.tr("Waiting for another user's change to finish…")
            if waiting
            else self.tr("Saving…")
        )

    def _say_while_writing(self, text: str) -> None:
        # Ending clears only our own notice: a message shown meanwhile (a save's result) stays.
        bar = self.statusBar()
        if text:
            bar.showMessage(text)
        elif bar.currentMessage() == self._writing_notice:
            bar.clearMessage()
        self._writing_notice = text

    def _build_status_bar(self) -> None:
        self.database_label = QLabel()
        self.actor_label = QLabel()
        self.statusBar().addPermanentWidget(self.actor_label)
        self.statusBar().addPermanentWidget(self.database_label)

    def _connect_signals(self) -> None:
        ctx = self.context
        self.pages.currentChanged.connect(self._on_tab_shown)
        ctx.error_raised.connect(lambda error: errors.report(error, self))
        ctx.write_busy.connect(self._show_write_busy)
        ctx.write_waiting.connect(self._show_write_waiting)
        ctx.database_replaced.connect(self._show_database)
        ctx.settings_changed.connect(self._show_database)
        ctx.undo_closed.connect(self._show_undo_closed)
        self.welcome.sig_load_demo.connect(self.load_demo)
        self.welcome.sig_import.connect(lambda: self.import_action.trigger())
        self.welcome.sig_first_assessment.connect(self._first_assessment)

    def _first_assessment(self) -> None:
        self.show_page("matrix")
        self.matrix.record_first_assessment()

    def _show_undo_closed(self, step: str) -> None:
        self.statusBar().showMessage(
            self.tr("{0}: this cannot be undone, so Undo starts again from here.").format(step),
            15000,
        )

    # -- database ------------------------------------------------------------------------
    def upkeep_after_first_paint(self) -> None:
        """Once the matrix is first on screen, take the daily backup in a worker
        (bootstrap.upkeep): the copy of a large file no longer delays the window."""
        database = self.context.database

        def start() -> None:
            self.matrix.matrix_loaded.disconnect(start)
            self.context.run(lambda _worker: upkeep(database), self.upkeep_done.emit)
            self.banner.check_in_worker()

        self.matrix.matrix_loaded.connect(start)

    def database_path(self) -> Path | None:
        return sqlite_path(self.context.database.url)

    def _show_database(self) -> None:
        path = self.database_path()
        server = server_of(self.context.database.url)
        name = path.name if path else server.label if server else "?"
        read_only = self.context.database.read_only
        suffix = self.tr(" [read-only]") if read_only else ""
        self.setWindowTitle(f"{name}{suffix} — Pledge Tracker")
        self.setWindowFilePath(str(path) if path else "")
        self.database_label.setText(str(path) if path else name)
        self.actor_label.setText(
            self.tr("Changes signed as {0}").format(self.context.database.actor)
        )

    def open_path(self, path: str, *, create: bool = False) -> bool:
        """Open (or create and seed) a database in this window; errors are explained."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            database = open_app_database(
                path, actor=self.context.settings.display_name or None, create=create
            )
        except PledgeError as error:
            QApplication.restoreOverrideCursor()
            errors.report(error, self)
            return False
        QApplication.restoreOverrideCursor()
        wait_for_workers()  # nothing may still read the database being replaced
        self.context.replace_database(database)
        self.context.settings.add_recent(str(Path(path).resolve()))
        return True

    def new_database(self) -> None:
        chosen = file_dialogs.save_file(
            self.context.settings, self, self.tr("New Database"), "pledge-tracker.db", DB_FILTER
        )
        if chosen is None:
            return
        path = chosen[0]
        if not Path(path).suffix:
            path += ".db"
        if Path(path).exists():
            errors.report(
                DatabaseError(
                    self.tr(
                        "{0} already exists. To use it, open it with File → Open Database."
                    ).format(path)
                ),
                self,
            )
            return
        self.open_path(path, create=True)

    def open_database(self) -> None:
        path = file_dialogs.open_file(
            self.context.settings, self, self.tr("Open Database"), DB_FILTER
        )
        if path:
            self.open_path(path)

    def connect_team(self) -> None:
        """Open a team database on a PostgreSQL server in this window (File menu)."""
        ConnectDialog(self.context, self).exec()

    def restore_backup(self) -> None:
        """Choose a verified backup of the open database and put it back (File menu)."""
        RestoreDialog(self.context, self).exec()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.context.settings.recent_files
        for number, path in enumerate(recent, start=1):
            action = self.recent_menu.addAction(f"&{number} {path}")
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        if not recent:
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    # -- edit, help ----------------------------------------------------------------------
    def find(self) -> None:  # type: ignore[override]  # QWidget.find(id) is a static lookup
        """Focus the current view's search box."""
        page = self.current_page()
        focus = getattr(page, "focus_search", None)
        if callable(focus):
            focus()
            return
        box = page.findChild(QLineEdit, "search") if page else None
        if box is not None:
            box.setFocus()
            box.selectAll()

    def edit_settings(self) -> None:
        SettingsDialog(self.context, self).exec()

    def show_shortcuts(self) -> None:
        help_dialogs.show_shortcuts(self, self._menus.values())

    def show_about(self) -> None:
        help_dialogs.show_about(self)

    def load_demo(self) -> None:
        """Add the reference's public example evidence and demonstration assessments."""
        try:
            added = self.context.write(seed.load_demo_once)
        except PledgeError as error:
            errors.report(error, self)
            return
        text = (
            self.tr(
                "Loaded %n public example evidence item(s) and the demonstration assessments "
                "that cite them; each is marked as demonstration data.",
                "",
                added,
            )
            if added
            else self.tr("The demonstration data is already loaded.")
        )
        if added:
            self.context.close_undo_history(self.tr("Demonstration data loaded"))
            text += " " + self.tr("Loading it cannot be undone; Undo starts again from here.")
        self.statusBar().showMessage(text, 15000)

    # -- remembered state ----------------------------------------------------------------
    def _restore_geometry(self) -> None:
        settings = self.context.settings
        geometry = settings.state("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1440, 900)
        # A window saved on a larger screen (or none) opens within this one.
        fit_to_screen(self)
        state = settings.state("window/state")
        if state is not None:
            self.restoreState(state)

    def save_state(self) -> None:
        settings = self.context.settings
        settings.save_state("window/geometry", self.saveGeometry())
        settings.save_state("window/state", self.saveState())
        for page in self._made_pages():
            save = getattr(page, "save_state", None)
            if callable(save):
                save()
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.live.stop()
        self.context.writer.drain()  # queued saves land before the window goes
        wait_for_workers()
        super().closeEvent(event)


def _named(make: Callable[[], QWidget], key: str) -> Callable[[], QWidget]:
    """`make`, naming the page it makes as an eagerly added page is named."""

    def named() -> QWidget:
        page = make()
        page.setObjectName(f"page_{key}")
        return page

    return named
