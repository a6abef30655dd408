package io.cloudsync.hub.sandbox.store;

import io.cloudsync.hub.sandbox.store.model.ConfigurationValue;
import io.cloudsync.hub.sandbox.store.model.ShopData;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The shop's {@code ps_configuration} rows, and the wall-clock zone one of them sets. Writes are not thread-safe:
 * the {@link SandboxShop} calls them under its lock and counts the change.
 */
final class ShopConfiguration {

    private final ShopData data;

    ShopConfiguration(ShopData data) {
        this.data = data;
    }

    /** {@code PS_TIMEZONE}, or the server's default (UTC) when it is missing or invalid. */
    ZoneId zone() {
        ConfigurationValue timezone = data.configuration("PS_TIMEZONE");
        if (timezone != null) {
            try {
                return ZoneId.of(timezone.value());
            } catch (DateTimeException e) {
                return ZoneOffset.UTC;
            }
        }
        return ZoneOffset.UTC;
    }

    ConfigurationValue set(String name, String value, long now) {
        ConfigurationValue current = data.configuration(name);
        ConfigurationValue next = current == null
                ? new ConfigurationValue(data.configurations.nextId(), name, value, now, now)
                : new ConfigurationValue(current.id(), name, value, current.dateAdd(), now);
        data.configurations.put(next.id(), next);
        return next;
    }

    boolean remove(String name) {
        ConfigurationValue current = data.configuration(name);
        if (current == null) {
            return false;
        }
        data.configurations.remove(current.id());
        return true;
    }
}
