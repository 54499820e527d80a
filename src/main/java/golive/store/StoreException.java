package golive.store;

/** The database failed (in use, corrupt, migration failed, disk full): an internal error to the user. */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
