package org.papergraph;

/** The papergraph version, from the jar manifest when packaged, else the development version. */
public final class Version {

    private static final String DEVELOPMENT = "0.1.0-SNAPSHOT";

    private Version() {}

    public static String get() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v != null ? v : DEVELOPMENT;
    }
}
