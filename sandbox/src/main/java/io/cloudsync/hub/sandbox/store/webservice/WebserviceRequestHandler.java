package io.cloudsync.hub.sandbox.store.webservice;

import io.cloudsync.hub.sandbox.store.FatalShopError;
import io.cloudsync.hub.sandbox.store.SandboxShop;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * One authenticated webservice request, start to answer: resource and method checks as PrestaShop makes them, then
 * the list, object, schema, image or write it asks for. No HTTP here (see {@link WebserviceRoutes}).
 */
final class WebserviceRequestHandler {

    private final SandboxShop shop;
    private final ResourceCatalog catalog;
    private final ImagesEndpoint images;
    private final SelectionCache selections = new SelectionCache();

    WebserviceRequestHandler(SandboxShop shop) {
        this.shop = shop;
        this.catalog = new ResourceCatalog(shop);
        this.images = new ImagesEndpoint(shop);
    }

    /** Whether the answer may take long to render (lists): the caller runs those off the event loop. */
    boolean isHeavy(String method, String[] segments) {
        return (method.equals("GET") || method.equals("HEAD")) && (segments.length == 1 || segments.length == 2
                && segments[0].equals("images"));
    }

    Answer handle(String method, String[] segments, Map<String, String> params, String body, boolean json,
                  String apiUrl) {
        OutputWriter out = json ? new JsonOutput() : new XmlOutput(apiUrl);
        try {
            return dispatch(method, segments, params, body, out, apiUrl);
        } catch (WebserviceException e) {
            return Answer.error(e, json ? new JsonOutput() : new XmlOutput(apiUrl));
        } catch (NoSuchElementException e) {
            return Answer.error(new WebserviceException(404, 87, e.getMessage()),
                    json ? new JsonOutput() : new XmlOutput(apiUrl));
        } catch (FatalShopError e) {
            return new Answer(500, "text/html; charset=utf-8", e.getMessage().getBytes(StandardCharsets.UTF_8));
        }
    }

    private Answer dispatch(String method, String[] segments, Map<String, String> params, String body,
                            OutputWriter out, String apiUrl) {
        if (segments.length == 0) {
            requireRead(method, "");
            return resourceList(out, apiUrl);
        }
        String name = segments[0];
        if (name.equals("images")) {
            requireRead(method, name);
            return images.get(segments, params, out, apiUrl);
        }
        Resource<?> resource = catalog.get(name);
        if (resource == null) {
            if (ResourceCatalog.NOT_GRANTED.contains(name)) {
                throw new WebserviceException(401, 26, "Resource of type \"" + name
                        + "\" is not allowed with this authentication key");
            }
            throw new WebserviceException(400, 27, "Resource of type \"" + name + "\" does not exists. Did you mean: \""
                    + Closest.of(name, catalog.knownNames()) + "\"? The full list is: \""
                    + String.join("\", \"", catalog.knownNames()) + "\"");
        }
        if (!resource.methods().contains(method)) {
            throw new WebserviceException(405, 25, "Method " + method + " is not allowed for the resource " + name
                    + " with this authentication key");
        }
        return switch (method) {
            case "GET", "HEAD" -> read(resource, segments, params, out, apiUrl);
            case "POST" -> write(resource, body, null, params, out, apiUrl);
            case "PUT" -> write(resource, body, Boolean.TRUE, params, out, apiUrl);
            case "PATCH" -> write(resource, body, Boolean.FALSE, params, out, apiUrl);
            case "DELETE" -> delete(resource, segments, out);
            default -> throw new WebserviceException(405, 23, "Method " + method + " is not valid");
        };
    }

    private static void requireRead(String method, String name) {
        if (!method.equals("GET") && !method.equals("HEAD")) {
            throw new WebserviceException(405, 25, "Method " + method + " is not allowed for the resource " + name
                    + " with this authentication key");
        }
    }

    private <T> Answer read(Resource<T> resource, String[] segments, Map<String, String> params, OutputWriter out,
                            String apiUrl) {
        ListQuery query = ListQuery.parse(params, shop.data().languages);
        RenderContext context = context(query, apiUrl);
        if (query.schema() != null) {
            Renderer.blank(resource, context, out);
            return Answer.of(200, out);
        }
        if (segments.length > 1 && !segments[1].isEmpty()) {
            int id = leadingInt(segments[1]);
            T row = resource.table().get(id);
            if (row == null) {
                throw new WebserviceException(404, 87, "Id(s) not exists: " + id);
            }
            Display display = query.display() == null ? Display.FULL : query.display();
            display.validate(resource, query.prices().keySet());
            Renderer.single(resource, row, display, context, out);
            return Answer.of(200, out);
        }
        Display display = query.display() == null ? Display.MINIMUM : query.display();
        display.validate(resource, query.prices().keySet());
        List<T> rows = ListEngine.select(resource, query, query.languages(), selections, context.version());
        Renderer.list(resource, rows, display, context, out);
        return Answer.of(200, out);
    }

    private <T> Answer write(Resource<T> resource, String body, Boolean replaceAll, Map<String, String> params,
                             OutputWriter out, String apiUrl) {
        if (resource.writer() == null) {
            throw new WebserviceException(405, 25, "This resource is read-only with this authentication key");
        }
        List<XmlEntity> entities = XmlBodyParser.parse(body);
        if (replaceAll != null) {
            List<Integer> ids = entities.stream().map(XmlEntity::id).filter(java.util.Objects::nonNull).toList();
            if (ids.stream().distinct().count() != ids.size()) {
                throw new WebserviceException(400, 89, "id is duplicate in request");
            }
        }
        List<T> written = new ArrayList<>();
        for (XmlEntity entity : entities) {
            written.add(replaceAll == null ? resource.writer().create(entity)
                    : resource.writer().update(entity, replaceAll));
        }
        ListQuery query = ListQuery.parse(params, shop.data().languages);
        Renderer.written(resource, written, context(query, apiUrl), out);
        return Answer.of(replaceAll == null ? 201 : 200, out);
    }

    private <T> Answer delete(Resource<T> resource, String[] segments, OutputWriter out) {
        int id = segments.length > 1 ? leadingInt(segments[1]) : 0;
        if (id == 0 || !resource.writer().delete(id)) {
            throw new WebserviceException(404, 87, "Id(s) not exists: " + id);
        }
        return new Answer(200, out.contentType(), new byte[0]);
    }

    private Answer resourceList(OutputWriter out, String apiUrl) {
        out.startDocument();
        out.startApi(shop.configuration("PS_SHOP_NAME").orElse("PrestaShop"));
        for (Resource<?> resource : catalog.all().values()) {
            out.apiResource(resource.plural(), resource.description(), apiUrl + resource.plural(), resource.methods());
        }
        out.apiResource("images", "The images", apiUrl + "images", Resource.READ);
        out.endApi();
        out.endDocument();
        return Answer.of(200, out);
    }

    private RenderContext context(ListQuery query, String apiUrl) {
        long version = shop.version();
        return new RenderContext(shop, query.languages(), query.prices(), shop.wallNow(), apiUrl, version);
    }

    private static int leadingInt(String text) {
        int value = 0;
        for (int i = 0; i < text.length() && Character.isDigit(text.charAt(i)) && value < 100_000_000; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }
}
