package golive.ui.help;

import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;

/** The "How it works" page: each section's heading, paragraphs and (numbered or bulleted) items, scrolling. FX thread only. */
final class HowItWorksView extends ScrollPane {
    private final VBox body = new VBox();

    HowItWorksView(HelpViewModel vm) {
        setId("howItWorks");
        getStyleClass().add("gl-help-page");
        body.getStyleClass().add("gl-help-body");
        for (HelpViewModel.Section s : vm.howItWorks()) {
            if (!s.title().isEmpty()) {
                body.getChildren().add(text(s.id(), s.title(), body.getChildren().isEmpty() ? "gl-title" : "gl-card-title", "gl-help-heading"));
            }
            s.paragraphs().forEach(p -> body.getChildren().add(text(null, p)));
            List<String> items = s.items();
            for (int i = 0; i < items.size(); i++) {
                body.getChildren().add(text(s.id() + "Item" + (i + 1), (s.numbered() ? (i + 1) + ". " : "• ") + items.get(i), "gl-help-item"));
            }
        }
        setContent(body);
        setFitToWidth(true);
    }

    private static Label text(String id, String text, String... styleClasses) {
        Label l = new Label(text);
        l.setId(id);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().addAll(styleClasses);
        return l;
    }
}
