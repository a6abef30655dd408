package io.cloudsync.hub.app;

import picocli.CommandLine;

/** The version printed by {@code --version}: the jar's implementation version, or "dev" from the IDE. */
public final class HubVersion implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = HubVersion.class.getPackage().getImplementationVersion();
        return new String[] {"cloudsync-hub " + (version == null ? "dev" : version)};
    }
}
