package golive.ui.orders;

import golive.domain.Order;
import golive.domain.OrderSource;
import golive.launch.WallTime;
import golive.store.OrderStore;
import golive.ui.fx.I18n;
import golive.ui.fx.UserError;
import golive.ui.wizard.WizardViewModel;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The orders page's state: the search, the filters (source, needs attention, one run), and the
 * newest matching orders with how many match in all. Every read runs in the background. FX thread only.
 */
public final class OrdersViewModel {
    /** At most this many rows are shown; the count says how many match. */
    static final int LIMIT = 500;

    /** One order as shown, its time in the store's zone. */
    public record Row(String number, String cartOrderId, String source, String created, String total, String customer, String attention) {
    }

    private final WizardViewModel wizard;
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<OrderSource> source = new SimpleObjectProperty<>();
    private final BooleanProperty attentionOnly = new SimpleBooleanProperty();
    private final ObjectProperty<Long> run = new SimpleObjectProperty<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    public OrdersViewModel(WizardViewModel wizard) {
        this.wizard = wizard;
        search.addListener((o, a, b) -> load());
        source.addListener((o, a, b) -> load());
        attentionOnly.addListener((o, a, b) -> load());
        run.addListener((o, a, b) -> load());
    }

    /** Reads the orders the filters select. */
    public void load() {
        error.set("");
        var c = wizard.cutover();
        OrderSource src = source.get();
        boolean attention = attentionOnly.get();
        String text = search.get();
        Long runId = run.get();
        wizard.background().run(busy, () -> {
            AtomicLong matching = new AtomicLong();
            List<Order> found = c.database().read(conn -> new OrderStore().find(conn, src, attention, text, runId, LIMIT, matching::set));
            ZoneId zone = c.storeZone().orElse(ZoneOffset.UTC);
            return new Found(found.stream().map(o -> row(o, zone)).toList(), matching.get());
        }, f -> {
            rows.setAll(f.rows());
            summary.set(I18n.t(runId == null ? "orders.summary" : "orders.summary.run", f.rows().size(), f.matching(),
                    runId == null ? 0 : runId));
        }, e -> error.set(UserError.of(e)));
    }

    private record Found(List<Row> rows, long matching) {
    }

    private static Row row(Order o, ZoneId zone) {
        return new Row(o.orderNumber() == null ? "" : o.orderNumber(), o.cartOrderId() == null ? "" : o.cartOrderId(),
                I18n.t("orders.source." + o.source().id()), WallTime.show(o.createdAt(), zone),
                o.total().amount().stripTrailingZeros().toPlainString() + " " + o.total().currency(),
                o.customerEmail() == null ? "" : o.customerEmail(), o.needsAttention() ? o.attentionReason() : "");
    }

    /** Shows the orders one sync run imported (from step 6's run list); null: all. */
    public void showRun(Long runId) {
        run.set(runId);
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<OrderSource> sourceProperty() {
        return source;
    }

    public BooleanProperty attentionOnlyProperty() {
        return attentionOnly;
    }

    public ObjectProperty<Long> runProperty() {
        return run;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** "12 of 12 orders", or "3 of 3 orders imported by run 7". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
