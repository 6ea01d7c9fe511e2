package org.payoutdesk.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.util.Objects;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads one screen: its FXML under {@code resources/org/payoutdesk/app/}, and its controller built by one small
 * factory that hands the controller what its constructor asks for ({@link ViewContext}, this {@code Views}, the
 * {@link ThemePreference}, or nothing). An {@code fx:include} gets its controller from the same factory. No DI framework: a controller's constructor is its list of needs.
 */
public final class Views {
    /** Where the FXML files live on the class path; paths given to {@link #load} are relative to it. */
    public static final String ROOT = "/org/payoutdesk/app/";

    private final ViewContext context;
    private final ThemePreference theme;

    public Views(ViewContext context) {
        this(context, ThemePreference.forUser());
    }

    /** @param theme the light/dark choice the main window's toggle changes (tests pass their own) */
    public Views(ViewContext context, ThemePreference theme) {
        this.context = Objects.requireNonNull(context, "context");
        this.theme = Objects.requireNonNull(theme, "theme");
    }

    public ViewContext context() {
        return context;
    }

    /** A loaded screen: the root node and its controller. */
    public record View<C>(Parent root, C controller) {}

    /** Loads {@code fxml} (e.g. {@code "payees/payees.fxml"}); the controller is the one its fx:controller names. */
    public <C> View<C> load(String fxml) {
        FXMLLoader loader = loader(fxml);
        loader.setControllerFactory(this::controller);
        return finish(fxml, loader);
    }

    /** Loads {@code fxml} with a controller built by the caller (an FXML without fx:controller; e.g. a row's detail). */
    public <C> View<C> load(String fxml, C controller) {
        FXMLLoader loader = loader(fxml);
        loader.setController(Objects.requireNonNull(controller, "controller"));
        return finish(fxml, loader);
    }

    /** The URL of a file under {@link #ROOT}; fails naming the file when it is not on the class path. */
    public static URL resource(String path) {
        URL url = Views.class.getResource(ROOT + path);
        if (url == null) throw new IllegalStateException("missing resource " + ROOT + path);
        return url;
    }

    private FXMLLoader loader(String fxml) {
        FXMLLoader loader = new FXMLLoader(resource(fxml));
        loader.setClassLoader(Views.class.getClassLoader());
        return loader;
    }

    private <C> View<C> finish(String fxml, FXMLLoader loader) {
        try {
            Parent root = loader.load();
            return new View<>(root, loader.getController());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + fxml + ": " + e.getMessage(), e);
        }
    }

    /** The controller factory: the first public constructor whose parameters are all things we can hand over. */
    Object controller(Class<?> type) {
        for (Constructor<?> c : type.getConstructors()) {
            Class<?>[] params = c.getParameterTypes();
            Object[] args = new Object[params.length];
            boolean ok = true;
            for (int i = 0; i < params.length && ok; i++) {
                if (params[i] == ViewContext.class) args[i] = context;
                else if (params[i] == Views.class) args[i] = this;
                else if (params[i] == ThemePreference.class) args[i] = theme;
                else ok = false;
            }
            if (!ok) continue;
            try {
                return c.newInstance(args);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException("controller " + type.getSimpleName() + " failed: " + e.getCause(), e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot build controller " + type.getName(), e);
            }
        }
        throw new IllegalStateException("controller " + type.getName()
                + " needs a public constructor taking ViewContext, Views and/or ThemePreference (or none)");
    }
}
