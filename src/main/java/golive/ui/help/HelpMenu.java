package golive.ui.help;

import golive.ui.fx.Dialogs;
import golive.ui.fx.I18n;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Modality;

/**
 * The Help menu: How it works (F1), Copy status for support, Open data folder, Open log folder,
 * About. The two pages open beside the window (not modal), so the owner can keep one open while
 * taking the steps. FX thread only.
 */
public final class HelpMenu {
    private final HelpViewModel vm;
    private final Node owner;
    private final Menu menu;

    /** @param owner a node of the window the pages belong to; @param copyStatus the window's 'Copy status for support' */
    public HelpMenu(HelpViewModel vm, Node owner, Runnable copyStatus) {
        this.vm = vm;
        this.owner = owner;
        menu = new Menu(I18n.t("menu.help"), null,
                item("menuHowItWorks", "menu.help.howItWorks", "F1", this::showHowItWorks),
                item("menuCopyStatus", "menu.help.copyStatus", "Shortcut+Shift+C", copyStatus),
                new SeparatorMenuItem(),
                item("menuDataFolder", "menu.help.dataFolder", null, vm::openDataFolder),
                item("menuLogFolder", "menu.help.logFolder", null, vm::openLogFolder),
                new SeparatorMenuItem(),
                item("menuAbout", "menu.help.about", null, this::showAbout));
        menu.setId("menuHelp");
        menu.setMnemonicParsing(true);
        vm.problemProperty().addListener((o, a, text) -> {
            if (!text.isEmpty()) {
                Alert alert = new Alert(Alert.AlertType.WARNING, text, ButtonType.OK);
                alert.setHeaderText(null);
                Dialogs.styled(alert, owner, "folderProblem").show();
            }
        });
    }

    public Menu menu() {
        return menu;
    }

    void showHowItWorks() {
        show(I18n.t("help.how.title"), new HowItWorksView(vm), "howItWorksDialog");
    }

    void showAbout() {
        show(I18n.t("help.about.title"), new AboutView(vm), "aboutDialog").setHeaderText(vm.aboutHeader());
    }

    private Dialog<Void> show(String title, Node content, String id) {
        Dialog<Void> d = new Dialog<>();
        d.setTitle(title);
        d.getDialogPane().setContent(content);
        d.getDialogPane().getButtonTypes().add(new ButtonType(I18n.t("help.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Dialogs.styled(d, owner, id);
        d.getDialogPane().getStyleClass().add("gl-help-dialog");
        d.initModality(Modality.NONE);
        d.setResizable(true);
        d.show();
        return d;
    }

    private static MenuItem item(String id, String key, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(I18n.t(key));
        m.setId(id);
        m.setMnemonicParsing(true);
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        m.setOnAction(e -> action.run());
        return m;
    }
}
