package golive.ui;

import golive.launch.Cutover;
import golive.launch.Step;
import golive.store.StoreTarget;
import golive.service.Host;
import golive.service.UserService;
import golive.ui.fx.Background;
import golive.ui.fx.ControlClasses;
import golive.ui.fx.Dialogs;
import golive.ui.fx.I18n;
import golive.ui.help.HelpMenu;
import golive.ui.help.HelpViewModel;
import golive.ui.orders.OrdersView;
import golive.ui.orders.OrdersViewModel;
import golive.ui.reconcile.ReconcileView;
import golive.ui.reconcile.ReconcileViewModel;
import golive.ui.steps.autosync.AutoSyncView;
import golive.ui.steps.autosync.AutoSyncViewModel;
import golive.ui.steps.autosync.SyncRunner;
import golive.ui.steps.connect.ConnectView;
import golive.ui.steps.connect.ConnectViewModel;
import golive.ui.steps.cutoff.CutoffView;
import golive.ui.steps.cutoff.CutoffViewModel;
import golive.ui.steps.importfrom.ImportFromView;
import golive.ui.steps.importfrom.ImportFromViewModel;
import golive.ui.steps.openorders.OpenOrdersView;
import golive.ui.steps.openorders.OpenOrdersViewModel;
import golive.ui.steps.test.TestView;
import golive.ui.steps.test.TestViewModel;
import golive.ui.theme.Theme;
import golive.ui.unattended.UnattendedView;
import golive.ui.unattended.UnattendedViewModel;
import golive.ui.wizard.StepScreen;
import golive.ui.wizard.WelcomeView;
import golive.ui.wizard.WizardView;
import golive.ui.wizard.WizardViewModel;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Everything the window shows for one store (database): the view models and views of the six
 * steps, the shell, the welcome screen and the menus. The composition root per database: File ›
 * Open disposes it and builds another. FX thread only.
 */
public final class AppWindow {
    private final WizardViewModel wizard;
    private final AutoSyncViewModel sync;
    private final AutoSyncView syncView;
    private final WizardView wizardView;
    private final ReconcileViewModel reconcile;
    private final ReconcileView reconcileView;
    private final OrdersViewModel orders;
    private final OrdersView ordersView;
    private final BorderPane root = new BorderPane();
    private final ExecutorService loop = Executors.newSingleThreadExecutor(Background.daemon("golive-autosync"));
    private final SyncRunner runner;
    private final UnattendedViewModel unattended;

    /**
     * @param rehearse opens a rehearsal from the welcome screen; null inside one
     * @param banner   shown above the wizard (the rehearsal's control panel); may be null
     */
    public AppWindow(Theme theme, Cutover cutover, Path database, Background background, Consumer<StoreTarget> openOther,
                     Runnable quit, Runnable rehearse, javafx.scene.Node banner) {
        wizard = new WizardViewModel(cutover, background, database, banner != null);
        runner = new SyncRunner(cutover, loop, background.fx());
        ConnectViewModel connect = new ConnectViewModel(wizard);
        TestViewModel test = new TestViewModel(wizard);
        CutoffViewModel cutoff = new CutoffViewModel(wizard);
        OpenOrdersViewModel openOrders = new OpenOrdersViewModel(wizard);
        ImportFromViewModel importFrom = new ImportFromViewModel(wizard);
        sync = new AutoSyncViewModel(wizard, runner);
        syncView = new AutoSyncView(sync, wizard, this::showReconcile, this::showOrders);
        unattended = new UnattendedViewModel(wizard, new UserService(Host.current(System.getenv())));
        if (banner == null) { // a rehearsal's throwaway database gets no service and no e-mails
            syncView.addCards(new UnattendedView(unattended));
        }
        Map<Step, StepScreen> screens = new EnumMap<>(Step.class);
        screens.put(Step.CONNECT, new StepScreen(new ConnectView(connect, wizard), connect::load));
        screens.put(Step.TEST, new StepScreen(new TestView(test), test::load));
        screens.put(Step.CUTOFF, new StepScreen(new CutoffView(cutoff, wizard), cutoff::load));
        screens.put(Step.OPEN_ORDERS, new StepScreen(new OpenOrdersView(openOrders), openOrders::load));
        screens.put(Step.IMPORT_FROM, new StepScreen(new ImportFromView(importFrom, wizard), importFrom::load));
        screens.put(Step.AUTO_SYNC, new StepScreen(syncView, s -> { }));
        wizardView = new WizardView(wizard, screens);
        reconcile = new ReconcileViewModel(wizard);
        reconcileView = new ReconcileView(reconcile, () -> root.setCenter(wizardView));
        orders = new OrdersViewModel(wizard);
        ordersView = new OrdersView(orders, () -> root.setCenter(wizardView));
        root.setId("appRoot");
        javafx.scene.control.MenuBar menus = new AppMenus(theme, wizard, sync, syncView, openOther, quit, this::showReconcile, rehearse,
                () -> showOrders(null)).bar();
        menus.getMenus().add(new HelpMenu(HelpViewModel.forStore(database, background), root, wizardView::copyStatus).menu());
        root.setTop(banner == null ? menus : new javafx.scene.layout.VBox(menus, banner));
        Label loading = new Label(I18n.t("app.loading"));
        loading.setId("loading");
        root.setCenter(loading);
        wizard.refresh(s -> root.setCenter(s.fresh() ? new WelcomeView(database, this::showWizard, rehearse) : wizardView));
        // a store set up meanwhile (the CLI, another window) leaves the welcome screen by itself
        wizard.snapshotProperty().addListener((o, a, s) -> {
            if (!s.fresh() && root.getCenter() instanceof WelcomeView) {
                root.setCenter(wizardView);
            }
        });
        // what the first table or dialog would otherwise read from the jar on the FX thread
        background.run(null, ControlClasses::preload, loaded -> { }, e -> { });
    }

    private void showWizard() {
        wizard.currentProperty().set(Step.CONNECT);
        root.setCenter(wizardView);
    }

    /** The Reconcile page in place of the wizard, showing the latest reconciliation (it reads nothing from the cart until asked). */
    public void showReconcile() {
        reconcile.load();
        root.setCenter(reconcileView);
    }

    /** The orders in the store in place of the wizard: all of them, or those run {@code runId} imported. */
    public void showOrders(Long runId) {
        orders.showRun(runId);
        orders.load();
        root.setCenter(ordersView);
    }

    public OrdersViewModel orders() {
        return orders;
    }

    public ReconcileViewModel reconcile() {
        return reconcile;
    }

    public Parent root() {
        return root;
    }

    public WizardViewModel wizard() {
        return wizard;
    }

    public AutoSyncViewModel sync() {
        return sync;
    }

    /**
     * Asks before closing while Auto Sync is RUNNING here: the imports stop unless `sync run` runs
     * elsewhere. With the background service installed nothing is asked: it takes over.
     */
    public boolean confirmClose() {
        if (!runner.activeProperty().get() || unattended.installedProperty().get()) {
            return true;
        }
        return Dialogs.confirm(root, "closeConfirm", I18n.t("close.title"), I18n.t("close.header"), I18n.t("close.body"),
                I18n.t("close.ok"));
    }

    /** Asks the runner to end after its current page (FX thread); {@link #awaitRunnerEnd()} waits for it. */
    public void stopRunner() {
        runner.close();
        loop.shutdown();
    }

    /**
     * Blocks until the runner has ended and given the lease back, so the database never closes
     * under a page in flight. Off the FX thread (the window shows progress meanwhile).
     */
    public void awaitRunnerEnd() {
        try {
            loop.awaitTermination(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
