package org.payoutdesk.cli;

/** The version printed by --version; a test keeps it equal to pom.xml's. */
public final class Version {
    public static final String VERSION = "0.1.0-SNAPSHOT";

    private Version() {
    }

    /** "payout-desk 0.1.0-SNAPSHOT", or the jar manifest's version when packaged with one. */
    public static String line() {
        String packaged = Version.class.getPackage().getImplementationVersion();
        return "payout-desk " + (packaged != null ? packaged : VERSION);
    }
}
