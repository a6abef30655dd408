package io.cloudsync.hub.sandbox.store.media;

import io.cloudsync.hub.sandbox.store.SandboxShop;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Set;

/**
 * The shop's public image URLs, reachable without the key (what a marketplace downloads): with friendly URLs
 * {@code /{id_image}-{type}/{link_rewrite}.jpg} or {@code /{id_image}/{link_rewrite}.jpg}, and the physical path
 * {@code /img/p/{digits of the id, one folder each}/{id_image}[-{type}].jpg}.
 */
public final class PublicImageRoutes {

    public static final Set<String> TYPES = Set.of("cart_default", "small_default", "medium_default", "home_default",
            "large_default");
    static final String COUNTER = "public-images";

    private final SandboxShop shop;

    public PublicImageRoutes(SandboxShop shop) {
        this.shop = shop;
    }

    public void mount(Router router) {
        router.getWithRegex("^/(\\d+)(?:-([a-z_]+))?/[^/]+\\.jpg$").handler(ctx ->
                serve(ctx, ctx.pathParam("param0"), ctx.pathParam("param1")));
        router.getWithRegex("^/img/p/((?:\\d/)+)(\\d+)(?:-([a-z_]+))?\\.jpg$").handler(ctx -> {
            String folders = ctx.pathParam("param0").replace("/", "");
            String id = ctx.pathParam("param1");
            serve(ctx, folders.equals(id) ? id : "0", ctx.pathParam("param2"));
        });
    }

    private void serve(RoutingContext ctx, String id, String type) {
        shop.requests().count(COUNTER);
        boolean exists = id.length() < 10 && shop.data().images.get(Long.parseLong(id)) != null;
        if (!exists || (type != null && !TYPES.contains(type))) {
            ctx.response().setStatusCode(404).putHeader("Content-Type", "text/html; charset=utf-8")
                    .end("<html><body><h1>404 Not Found</h1></body></html>");
            return;
        }
        ctx.response().putHeader("Content-Type", "image/jpeg").putHeader("Cache-Control", "max-age=31536000")
                .end(io.vertx.core.buffer.Buffer.buffer(PlaceholderJpeg.bytes()));
    }
}
