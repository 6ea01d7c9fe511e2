package org.payoutdesk.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.prefs.Preferences;
import javafx.application.Application;

/** Light or dark (AtlantaFX Primer), remembered between runs in java.util.prefs. */
public final class ThemePreference {
    private static final String KEY = "theme.dark";
    private final Preferences prefs;

    public ThemePreference(Preferences prefs) {
        this.prefs = prefs;
    }

    public static ThemePreference forUser() {
        return new ThemePreference(Preferences.userNodeForPackage(ThemePreference.class));
    }

    public boolean dark() {
        return prefs.getBoolean(KEY, false);
    }

    /** Applies the remembered theme to the whole application. */
    public void apply() {
        Application.setUserAgentStylesheet(dark()
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    public void setDark(boolean dark) {
        prefs.putBoolean(KEY, dark);
        apply();
    }
}
