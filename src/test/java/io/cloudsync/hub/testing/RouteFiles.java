package io.cloudsync.hub.testing;

import java.util.Map;
import java.util.Properties;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.Resource;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;

/** Loads the hub's route files into a route test's Camel context, with the keys their placeholders read. */
public final class RouteFiles {

    private RouteFiles() {
    }

    /**
     * Sets {@code keys} as the context's override properties, then loads {@code files} (paths from the project
     * folder, such as {@code routes/error-handling.camel.yaml}) in the order given.
     */
    public static void load(CamelContext context, Map<String, String> keys, String... files) throws Exception {
        Properties properties = new Properties();
        properties.putAll(keys);
        context.getPropertiesComponent().setOverrideProperties(properties);
        Resource[] resources = new Resource[files.length];
        for (int i = 0; i < files.length; i++) {
            resources[i] = ResourceHelper.resolveResource(context, "file:" + files[i]);
        }
        PluginHelper.getRoutesLoader(context).loadRoutes(resources);
    }
}
