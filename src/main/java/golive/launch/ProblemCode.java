package golive.launch;

/**
 * Every reason the engine refuses or rejects something. The UI and the CLI turn a code into words
 * ({@code problem.<CODE>} in the message bundle); the engine never does.
 */
public enum ProblemCode {
    // the guard (DESIGN.md, "The guard")
    CART_NOT_CONNECTED,
    CONNECTION_NOT_TESTED,
    CONNECTION_TEST_FAILED,
    CONNECTION_TEST_STALE,
    SCOPE_INSUFFICIENT,
    CLOCK_SKEW,
    CUTOFF_NOT_CONFIRMED,
    OPEN_ORDERS_NOT_IMPORTED,
    IMPORT_FROM_NOT_SET,
    GAP_NOT_ACCEPTED,
    OVERLAP_NOT_ACCEPTED,
    // plan changes
    PLAN_LOCKED,
    SHOP_CHANGE_REFUSED,
    OPEN_ORDERS_BATCH_EXISTS,
    REASON_REQUIRED,
    // input
    BAD_DATE_TIME,
    BAD_ZONE,
    ZONE_REQUIRED,
    TIME_DOES_NOT_EXIST,
    TIME_AMBIGUOUS,
    BAD_OFFSET,
    BAD_URL,
    INSECURE_URL,
    MISSING_CREDENTIAL,
    BAD_CREDENTIAL,
    UNSUPPORTED_CART,
    BAD_DURATION,
    BAD_VALUE,
    BAD_ORDER_STATE,
    // sync
    SYNC_LEASE_HELD,
    SYNC_RUNNER_MISSING,
    ORDER_NOT_FOUND,
    ORDER_NOT_ELIGIBLE,
    PLAN_CHANGED_DURING_RUN,
    SYNC_RUNNER_NO_ANSWER,
    // reconciliation
    NO_RECONCILIATION,
    NOT_MISSING,
    CONFIRMATION_REQUIRED,
    // open orders (step 4)
    OPEN_ORDERS_UNDO_LOCKED,
    OPEN_ORDERS_BATCH_NOT_FOUND,
    OPEN_ORDERS_FILE_UNREADABLE,
    OPEN_ORDERS_MAP_REQUIRED,
    OPEN_ORDERS_CHECK_FAILED
}
