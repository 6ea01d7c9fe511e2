package org.payoutdesk.app.unlock;

import java.util.Arrays;
import javafx.concurrent.Service;
import javafx.concurrent.Task;
import org.payoutdesk.payout.KeystoreUnlock;

/**
 * Decrypts the keystore off the JavaFX thread (scrypt may take seconds). The password is handed
 * over once as a char array, given to the keystore and wiped; it is never kept in a property.
 */
public final class UnlockService extends Service<Void> {
    private final KeystoreUnlock keystore;
    private char[] password;

    public UnlockService(KeystoreUnlock keystore) {
        this.keystore = keystore;
        setExecutor(r -> {
            Thread t = new Thread(r, "keystore-unlock");
            t.setDaemon(true);
            t.start();
        });
    }

    /** Starts an unlock with {@code chars}; this service owns (and wipes) the array from now on. */
    public void unlock(char[] chars) {
        if (isRunning()) {
            Arrays.fill(chars, '\0');
            return;
        }
        password = chars;
        restart();
    }

    @Override
    protected Task<Void> createTask() {
        char[] chars = password;
        password = null;
        return new Task<>() {
            @Override
            protected Void call() {
                if (chars == null) throw new IllegalStateException("no password given");
                try {
                    keystore.unlock(chars);
                } finally {
                    Arrays.fill(chars, '\0');
                }
                return null;
            }
        };
    }
}
