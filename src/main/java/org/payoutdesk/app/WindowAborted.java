package org.payoutdesk.app;

/**
 * The window's engine could not be had (its Redis or node refused, the config failed late): the
 * window does not open. Thrown by a context's factory to {@link DeskApp}, which then exits the
 * toolkit; the launcher reports the cause itself.
 */
public final class WindowAborted extends RuntimeException {
    public WindowAborted(Throwable cause) {
        super(cause == null ? "the window was not opened" : cause.getMessage(), cause);
    }
}
