package golive.ui.orders;

import golive.domain.OrderSource;
import golive.ui.fx.I18n;
import golive.ui.fx.Nodes;
import golive.ui.fx.Tables;
import golive.ui.steps.StepPage;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.Arrays;
import java.util.List;

/** The orders in the store over {@link OrdersViewModel}: search, filters, the newest matching orders. FX thread only. */
public final class OrdersView extends BorderPane {
    private final OrdersViewModel vm;
    private final Runnable onBack;
    private final TextField search = new TextField();
    private final ComboBox<OrderSource> source = new ComboBox<>();
    private final CheckBox attention = new CheckBox(I18n.t("orders.attention.label"));
    private final Button allRuns = Nodes.button("ordersAllRuns", "orders.allRuns.button", "fth-x");
    private final Label summary = Nodes.text("ordersSummary", null, "gl-muted");
    private final TableView<OrdersViewModel.Row> table;

    public OrdersView(OrdersViewModel vm, Runnable onBack) {
        this.vm = vm;
        this.onBack = onBack;
        table = new TableView<>(vm.rows());
        createParts();
        layoutParts();
        bind();
    }

    private void createParts() {
        search.setId("ordersSearch");
        search.setPromptText(I18n.t("orders.search.prompt"));
        search.setPrefColumnCount(24);
        source.setId("ordersSource");
        List<OrderSource> sources = new java.util.ArrayList<>();
        sources.add(null);
        sources.addAll(Arrays.asList(OrderSource.values()));
        source.setItems(FXCollections.observableArrayList(sources));
        source.setConverter(new StringConverter<>() {
            @Override
            public String toString(OrderSource s) {
                return s == null ? I18n.t("orders.source.all") : I18n.t("orders.source." + s.id());
            }

            @Override
            public OrderSource fromString(String s) {
                return null;
            }
        });
        attention.setId("ordersAttention");
        table.setId("storeOrders");
        table.setPlaceholder(Nodes.text("ordersNone", "orders.none", "gl-muted"));
        table.getColumns().setAll(List.of(
                Tables.column("ord-number", I18n.t("orders.column.number"), OrdersViewModel.Row::number, 9),
                Tables.column("ord-source", I18n.t("orders.column.source"), OrdersViewModel.Row::source, 9),
                Tables.column("ord-created", I18n.t("orders.column.created"), OrdersViewModel.Row::created, 15),
                Tables.column("ord-total", I18n.t("orders.column.total"), OrdersViewModel.Row::total, 8),
                Tables.column("ord-customer", I18n.t("orders.column.customer"), OrdersViewModel.Row::customer, 14),
                Tables.column("ord-cartId", I18n.t("orders.column.cartId"), OrdersViewModel.Row::cartOrderId, 12),
                Tables.column("ord-attention", I18n.t("orders.column.attention"), OrdersViewModel.Row::attention, 16)));
        Tables.keepHeadersWhole(table);
        table.getStyleClass().add("gl-orders-table");
    }

    private void layoutParts() {
        setId("orders");
        getStyleClass().add("gl-reconcile");
        Button back = Nodes.button("ordersBack", "reconcile.back.button", "fth-arrow-left");
        back.setOnAction(e -> onBack.run());
        HBox nav = new HBox(back);
        nav.getStyleClass().add("gl-nav");
        setBottom(nav);
        VBox head = new VBox(Nodes.label("ordersTitle", "orders.title", "gl-title"), Nodes.text(null, "orders.lead", "gl-lead"));
        head.getStyleClass().add("gl-step-head");
        HBox.setHgrow(search, Priority.ALWAYS);
        var filters = Nodes.actions(StepPage.field("orders.search.label", search), StepPage.field("orders.source.label", source), attention,
                allRuns);
        VBox card = StepPage.card("ordersListCard", null, filters, summary, table,
                StepPage.banner("ordersError", vm.errorProperty(), StepPage.Tone.DANGER));
        VBox page = new VBox(head, card);
        page.getStyleClass().add("gl-step");
        ScrollPane scroll = Nodes.scroll(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("gl-host");
        setCenter(scroll);
        Nodes.preventTruncation(page);
        search.setMinWidth(Region.USE_PREF_SIZE);
    }

    private void bind() {
        search.textProperty().bindBidirectional(vm.searchProperty());
        source.valueProperty().bindBidirectional(vm.sourceProperty());
        attention.selectedProperty().bindBidirectional(vm.attentionOnlyProperty());
        summary.textProperty().bind(vm.summaryProperty());
        allRuns.visibleProperty().bind(vm.runProperty().isNotNull());
        allRuns.managedProperty().bind(allRuns.visibleProperty());
        allRuns.setOnAction(e -> vm.showRun(null));
    }
}
