package golive.ui.steps.openorders;

import golive.openorders.CartCheck;
import golive.openorders.Format;
import golive.openorders.ImportReport;
import golive.openorders.ImportRequest;
import golive.openorders.ImportSummary;
import golive.openorders.OpenOrderBatches;
import golive.openorders.OpenOrdersImporter;
import golive.store.OpenOrdersStore;
import golive.ui.fx.I18n;
import golive.ui.fx.UserError;
import golive.ui.wizard.Snapshot;
import golive.ui.wizard.WizardViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Step 4: preview a file (nothing written), map the columns of an unknown CSV, commit the batch
 * (all or nothing), undo it while the engine allows; or declare that there is nothing to migrate.
 * Every rule is {@code golive.openorders}' and {@code Cutover}'s. FX thread only.
 */
public final class OpenOrdersViewModel {
    private final WizardViewModel wizard;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> mapping = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<ImportReport> report = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ProblemRow> problems = FXCollections.observableArrayList();
    private final ObservableList<String[]> facts = FXCollections.observableArrayList();
    private final ObservableList<String[]> orders = FXCollections.observableArrayList();
    private final ObservableList<OpenOrdersStore.Batch> batches = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canImport = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canDeclareNone = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper needsMapping = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper checkText = new ReadOnlyStringWrapper("");
    private final ObservableList<String> findings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");

    public OpenOrdersViewModel(WizardViewModel wizard) {
        this.wizard = wizard;
        file.addListener((o, a, f) -> {
            mapping.set(null);
            preview();
        });
        canImport.bind(Bindings.createBooleanBinding(() -> !busy.get() && report.get() != null && report.get().dryRun()
                && report.get().accepted() && report.get().summary() != null && report.get().summary().newOrders() > 0, busy, report));
        canDeclareNone.bind(Bindings.createBooleanBinding(() -> !busy.get() && !reason.get().isBlank()
                && batches.stream().allMatch(OpenOrdersStore.Batch::isNone), busy, reason, batches));
        needsMapping.bind(Bindings.createBooleanBinding(() -> report.get() != null && report.get().problems().stream()
                .anyMatch(p -> p.kind() == golive.openorders.FileProblem.Kind.UNKNOWN_FORMAT), report));
    }

    public void load(Snapshot s) {
        batches.setAll(s.batches());
        error.set("");
        s.batches().stream().filter(OpenOrdersStore.Batch::isNone).findFirst().ifPresent(b -> reason.set(b.reason()));
    }

    private ImportRequest request() {
        return mapping.get() != null ? new ImportRequest(file.get(), Format.MAPPED, mapping.get(), false, true)
                : ImportRequest.of(file.get());
    }

    /** Reads and checks the file; writes nothing. */
    public void preview() {
        if (file.get() == null) {
            return;
        }
        ImportRequest req = request();
        clear();
        progressText.set(I18n.t("openOrders.previewing"));
        wizard.background().run(busy, () -> importer().preview(req), this::show, this::failed);
    }

    /** Commits the previewed file as one batch (everything or nothing). */
    public void importFile() {
        if (!canImport.get()) {
            return;
        }
        ImportRequest req = request();
        progressText.set(I18n.t("openOrders.importing"));
        wizard.background().run(busy, () -> importer().commit(req), r -> {
            show(r);
            result.set(r.written() ? I18n.t("openOrders.imported", r.summary().newOrders(), r.batchId())
                    : I18n.t("openOrders.notImported"));
            wizard.refresh(this::load);
        }, this::failed);
    }

    /** An importer whose counts show on the progress line as they grow (hopped to the FX thread). */
    private OpenOrdersImporter importer() {
        java.util.concurrent.Executor fx = wizard.background().fx();
        String phase = progressText.get();
        return new OpenOrdersImporter(wizard.cutover(), new golive.openorders.ImportProgress() {
            @Override
            public void fileOrders(long read, long added) {
                fx.execute(() -> progressText.set(I18n.t("openOrders.progress.file", phase, read, added)));
            }

            @Override
            public void cartOrders(long read) {
                fx.execute(() -> progressText.set(I18n.t("openOrders.progress.cart", phase, read)));
            }
        });
    }

    /** Uses a column mapping built in the mapping dialog and previews again. */
    public void useMapping(Path map) {
        mapping.set(map);
        preview();
    }

    public void undo(long batchId) {
        wizard.background().run(busy, () -> new OpenOrderBatches(wizard.cutover()).undo(batchId), n -> {
            result.set(I18n.t("openOrders.undone", batchId, n));
            wizard.refresh(this::load);
        }, this::failed);
    }

    /** "No open orders to migrate", with the reason the engine records. */
    public void declareNone() {
        if (!canDeclareNone.get()) {
            return;
        }
        String why = reason.get().strip();
        wizard.background().run(busy, () -> {
            wizard.cutover().declareNoOpenOrders(why);
            return why;
        }, ok -> {
            result.set(I18n.t("openOrders.noneDeclared", ok));
            wizard.refresh(this::load);
        }, this::failed);
    }

    private void clear() {
        report.set(null);
        problems.clear();
        facts.clear();
        checkText.set("");
        findings.clear();
        result.set("");
        error.set("");
    }

    private void failed(Throwable e) {
        progressText.set("");
        error.set(UserError.of(e));
    }

    private void show(ImportReport r) {
        progressText.set("");
        report.set(r);
        problems.setAll(r.problems().stream().map(ProblemRow::of).toList());
        facts.setAll(facts(r.summary()));
        orders.setAll(r.summary() == null ? List.of() : orderRows(r.summary()));
        CartCheck.Result c = r.check();
        checkText.set(c == null ? (r.checkNote() == null ? "" : I18n.t("openOrders.check.notRun", r.checkNote()))
                : c.passed() ? I18n.t("openOrders.check.passed", c.cartOrdersRead())
                : I18n.t("openOrders.check.failed", c.missingCount(), c.notOpenCount(), c.unknownCount()));
        findings.setAll(c == null ? List.of() : findings(c));
    }

    /** The orders behind the check's counts, each by its number as the cart shows it and its time in the store's zone. */
    private List<String> findings(CartCheck.Result c) {
        java.time.ZoneId zone = wizard.snapshot().zone();
        List<String> out = new java.util.ArrayList<>();
        c.missingFromFile().forEach(f -> out.add(I18n.t("openOrders.finding.missing", number(f), golive.launch.WallTime.show(f.createdAt(), zone))));
        c.notOpenInCart().forEach(f -> out.add(I18n.t("openOrders.finding.notOpen", number(f), f.what())));
        c.unknownToCart().forEach(f -> out.add(I18n.t("openOrders.finding.unknown", number(f))));
        long listed = c.missingFromFile().size() + c.notOpenInCart().size() + c.unknownToCart().size();
        long counted = c.missingCount() + c.notOpenCount() + c.unknownCount();
        if (counted > listed) {
            out.add(I18n.t("openOrders.finding.more", counted - listed));
        }
        return out;
    }

    private static String number(CartCheck.Finding f) {
        return f.orderNumber() != null && !f.orderNumber().isBlank() ? f.orderNumber() : f.cartOrderId();
    }

    /** The check's orders, listed on request (empty when it passed or did not run). */
    public ObservableList<String> findings() {
        return findings;
    }

    /**
     * The first new orders as three columns that fit at 200 % zoom: the order (number, customer, the
     * file line it starts on), when it was created (in the file's zone), and its total with its items.
     */
    private static List<String[]> orderRows(ImportSummary s) {
        java.time.format.DateTimeFormatter at = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        return s.firstNewOrders().stream().map(o -> new String[] {
                I18n.t("openOrders.orders.order", o.number(), o.customerEmail() == null ? "" : o.customerEmail(), o.line()),
                o.createdAt() == null ? "" : at.format(o.createdAt().atZone(s.zone())),
                I18n.t("openOrders.orders.amount", o.currency(), o.total() == null ? "" : o.total().toPlainString(), o.lines())})
                .toList();
    }

    /** The first new orders of the file (at most {@link ImportSummary#PREVIEW_ORDERS}), as table rows. */
    public ObservableList<String[]> orders() {
        return orders;
    }

    private static List<String[]> facts(ImportSummary s) {
        List<String[]> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        out.add(new String[] {I18n.t("openOrders.fact.format"), s.format() == null ? "—" : s.format()});
        out.add(new String[] {I18n.t("openOrders.fact.orders"), s.orders() + " / " + s.lines()});
        out.add(new String[] {I18n.t("openOrders.fact.new"), String.valueOf(s.newOrders())});
        out.add(new String[] {I18n.t("openOrders.fact.totals"), String.join(", ", s.totals().entrySet().stream().map(e -> e.getKey() + " " + e.getValue().toPlainString()).toList())});
        out.add(new String[] {I18n.t("openOrders.fact.skipped"), s.skippedNotOpen() + (s.skippedByReason().isEmpty() ? ""
                : " (" + s.skippedByReason().toString().replaceAll("[{}]", "") + ")")});
        out.add(new String[] {I18n.t("openOrders.fact.already"), String.valueOf(s.alreadyInStore())});
        out.add(new String[] {I18n.t("openOrders.fact.range"), (s.earliest() == null ? "—" : s.earliest().toString())
                + " … " + (s.latest() == null ? "—" : s.latest().toString())});
        return out;
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ReadOnlyObjectProperty<ImportReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ObservableList<ProblemRow> problems() {
        return problems;
    }

    /** The preview's summary as label/value pairs. */
    public ObservableList<String[]> facts() {
        return facts;
    }

    /** Batches and the 'none' declaration in force. */
    public ObservableList<OpenOrdersStore.Batch> batches() {
        return batches;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canImportProperty() {
        return canImport.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canDeclareNoneProperty() {
        return canDeclareNone.getReadOnlyProperty();
    }

    /** The file's header is not one the engine knows: the column-mapping dialog is needed. */
    public ReadOnlyBooleanProperty needsMappingProperty() {
        return needsMapping.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty checkTextProperty() {
        return checkText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public WizardViewModel wizard() {
        return wizard;
    }
}
