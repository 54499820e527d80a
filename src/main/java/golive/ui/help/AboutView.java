package golive.ui.help;

import golive.about.Library;
import golive.ui.fx.I18n;
import golive.ui.fx.Nodes;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/** The About box's content: the build and runtime facts, then the bundled libraries with their licences. FX thread only. */
final class AboutView extends VBox {
    private final HelpViewModel vm;
    private final GridPane facts = new GridPane();
    private final TableView<Library> libraries = new TableView<>();

    AboutView(HelpViewModel vm) {
        this.vm = vm;
        createParts();
        layoutParts();
    }

    private void createParts() {
        int row = 0;
        for (HelpViewModel.Fact f : vm.about()) {
            Label value = new Label(f.value());
            value.setId(f.id());
            Label name = new Label(f.label());
            name.getStyleClass().add("gl-muted");
            facts.addRow(row++, name, value);
        }
        libraries.setId("aboutLibraries");
        libraries.getColumns().add(column("help.about.column.library", Library::name));
        libraries.getColumns().add(column("help.about.column.version", Library::version));
        libraries.getColumns().add(column("help.about.column.licence", l -> String.join(", ", l.licences())));
        libraries.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        libraries.getItems().setAll(vm.libraries());
    }

    private void layoutParts() {
        setId("about");
        getStyleClass().add("gl-about");
        facts.getStyleClass().add("gl-about-facts");
        libraries.getStyleClass().add("gl-about-libraries");
        getChildren().addAll(facts, Nodes.label(null, "help.about.libraries", "gl-card-title"), libraries);
    }

    private static TableColumn<Library, String> column(String key, Function<Library, String> value) {
        TableColumn<Library, String> c = new TableColumn<>(I18n.t(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
