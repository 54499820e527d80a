package golive.ui;

import golive.store.StoreTarget;
import golive.ui.fx.I18n;
import golive.ui.shared.SharedDatabaseDialog;
import golive.ui.steps.autosync.AutoSyncView;
import golive.ui.steps.autosync.AutoSyncViewModel;
import golive.ui.theme.Theme;
import golive.ui.wizard.WizardViewModel;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.FileChooser;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The menu bar: File (open another store's database, or a shared one, rehearse, quit), View (orders, zoom, high
 * contrast), Sync (start — enabled by the same guard verdict as the button —, stop, import now,
 * reconcile); {@link golive.ui.help.HelpMenu} comes last.
 * Every item has a stable id and a keyboard accelerator. FX thread only.
 */
final class AppMenus {
    private final MenuBar bar = new MenuBar();

    AppMenus(Theme theme, WizardViewModel wizard, AutoSyncViewModel sync, AutoSyncView syncView,
             Consumer<StoreTarget> openOther, Runnable quit, Runnable reconcile, Runnable rehearse, Runnable orders) {
        bar.setId("menuBar");
        MenuItem open = item("menuOpen", "menu.file.open", "Shortcut+O", () -> {
            FileChooser fc = new FileChooser();
            fc.setTitle(I18n.t("menu.file.open.title"));
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("menu.file.open.filter"), "*.mv.db"));
            File f = fc.showOpenDialog(bar.getScene().getWindow());
            if (f != null) {
                openOther.accept(new StoreTarget.H2File(Path.of(f.getAbsolutePath().replaceFirst("\\.mv\\.db$", ""))));
            }
        });
        MenuItem openShared = item("menuOpenShared", "menu.file.openShared", "Shortcut+Shift+O",
                () -> SharedDatabaseDialog.ask(bar).ifPresent(openOther));
        // at any time, not only on the first screen (none inside a rehearsal: no rehearsal of a rehearsal)
        MenuItem practise = item("menuRehearse", "menu.file.rehearse", "Shortcut+Shift+R", rehearse == null ? () -> { } : rehearse);
        practise.setVisible(rehearse != null);
        MenuItem exit = item("menuQuit", "menu.file.quit", "Shortcut+Q", quit);
        Menu file = menu("menuFile", "menu.file", open, openShared, practise, new SeparatorMenuItem(), exit);

        MenuItem in = item("menuZoomIn", "menu.view.zoomIn", "Shortcut+Equals", theme.zoom()::zoomIn);
        MenuItem out = item("menuZoomOut", "menu.view.zoomOut", "Shortcut+Minus", theme.zoom()::zoomOut);
        MenuItem reset = item("menuZoomReset", "menu.view.zoomReset", "Shortcut+0", theme.zoom()::reset);
        CheckMenuItem contrast = new CheckMenuItem(I18n.t("menu.view.highContrast"));
        contrast.setId("menuHighContrast");
        contrast.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+H"));
        contrast.selectedProperty().bindBidirectional(theme.highContrastProperty());
        MenuItem ordersItem = item("menuOrders", "menu.view.orders", "Shortcut+L", orders);
        Menu viewMenu = menu("menuView", "menu.view", ordersItem, new SeparatorMenuItem(), in, out, reset, new SeparatorMenuItem(), contrast);

        MenuItem start = item("menuStartSync", "menu.sync.start", "Shortcut+Shift+S", syncView::requestStart);
        start.disableProperty().bind(sync.canStartProperty().not());
        MenuItem stop = item("menuStopSync", "menu.sync.stop", "Shortcut+Shift+T", sync::stop);
        stop.disableProperty().bind(sync.canStopProperty().not());
        MenuItem now = item("menuImportNow", "menu.sync.importNow", "Shortcut+Shift+I", sync::importNow);
        now.disableProperty().bind(sync.canImportNowProperty().not());
        MenuItem proof = item("menuReconcile", "menu.sync.reconcile", "Shortcut+R", reconcile);
        Menu syncMenu = menu("menuSync", "menu.sync", start, stop, now, new SeparatorMenuItem(), proof);
        bar.getMenus().addAll(file, viewMenu, syncMenu);
        // zoom keys as a filter on the whole scene, so they work wherever the focus is and whichever
        // key people press for them (Ctrl+=, Ctrl++, the keypad's + and -, Ctrl+0)
        bar.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null && scene.getProperties().putIfAbsent("golive.zoomKeys", Boolean.TRUE) == null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> zoomKey(theme, e));
            }
        });
    }

    private static void zoomKey(Theme theme, KeyEvent e) {
        if (!e.isShortcutDown()) {
            return;
        }
        switch (e.getCode()) {
            case EQUALS, PLUS, ADD -> theme.zoom().zoomIn();
            case MINUS, SUBTRACT -> theme.zoom().zoomOut();
            case DIGIT0, NUMPAD0 -> theme.zoom().reset();
            default -> {
                return;
            }
        }
        e.consume();
    }

    MenuBar bar() {
        return bar;
    }

    private static MenuItem item(String id, String key, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(I18n.t(key));
        m.setId(id);
        m.setMnemonicParsing(true);
        m.setAccelerator(KeyCombination.keyCombination(accelerator));
        m.setOnAction(e -> action.run());
        return m;
    }

    private static Menu menu(String id, String key, MenuItem... items) {
        Menu m = new Menu(I18n.t(key), null, items);
        m.setId(id);
        m.setMnemonicParsing(true);
        return m;
    }
}
