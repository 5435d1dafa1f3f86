package org.charterdesk.cluster;

/** The database is out of reach for now; whatever was asked may be asked again shortly. */
public class DatabaseUnavailableException extends RuntimeException {

    public DatabaseUnavailableException(Throwable cause) {
        super(DatabaseOutages.MESSAGE, cause);
    }
}
