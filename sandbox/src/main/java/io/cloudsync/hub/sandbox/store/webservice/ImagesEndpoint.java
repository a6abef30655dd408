package io.cloudsync.hub.sandbox.store.webservice;

import io.cloudsync.hub.sandbox.store.SandboxShop;
import io.cloudsync.hub.sandbox.store.media.PlaceholderJpeg;
import io.cloudsync.hub.sandbox.store.model.Product;
import io.cloudsync.hub.sandbox.store.model.ProductImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /api/images/...} (PrestaShop's "specific management" for images, behind the key): {@code images/products}
 * lists the products that have images ({@code filter[id_product]=[1|2|…]} gives their image ids in one call),
 * {@code images/products/{id}} lists one product's images, {@code images/products/{id}/{image}} is the JPEG.
 */
final class ImagesEndpoint {

    private static final List<String> TYPES = List.of("general", "products", "categories", "manufacturers",
            "suppliers", "stores", "customizations");

    private final SandboxShop shop;

    ImagesEndpoint(SandboxShop shop) {
        this.shop = shop;
    }

    Answer get(String[] segments, Map<String, String> params, OutputWriter out, String apiUrl) {
        String type = segments.length > 1 ? segments[1] : "";
        if (type.isEmpty()) {
            out.startDocument();
            out.startApi("image_types");
            for (String name : TYPES) {
                out.apiResource(name, name, apiUrl + "images/" + name, Set.of("GET", "HEAD"));
            }
            out.endApi();
            out.endDocument();
            return Answer.of(200, out);
        }
        if (!type.equals("products")) {
            throw new WebserviceException(400, 48, "Image of type \"" + type + "\" does not exist. Did you mean: \""
                    + Closest.of(type, TYPES) + "\"? The full list is: \"" + String.join("\", \"", TYPES) + "\"");
        }
        String href = apiUrl + "images/products/";
        if (segments.length == 2) {
            return productList(params, out, href);
        }
        Product product = shop.data().products.get(parse(segments[2]));
        if (product == null || product.imageIds().length == 0) {
            throw new WebserviceException(404, 66, "This product does not exist or has no image");
        }
        if (segments.length == 3) {
            out.startDocument();
            out.productImages(product.id(), href + product.id(), product.imageIds());
            out.endDocument();
            return Answer.of(200, out);
        }
        ProductImage image = shop.data().images.get(parse(segments[3]));
        if (image == null || image.productId() != product.id()) {
            throw new WebserviceException(404, 66, "This image id does not exist");
        }
        return new Answer(200, "image/jpeg", PlaceholderJpeg.bytes());
    }

    private Answer productList(Map<String, String> params, OutputWriter out, String href) {
        String filter = params.get("filter[id_product]");
        List<Product> products = new ArrayList<>();
        if (filter == null) {
            shop.data().products.forEach(product -> {
                if (product.imageIds().length > 0) {
                    products.add(product);
                }
            });
        } else {
            FilterCondition condition = FilterCondition.parse(filter);
            List<String> ids = condition instanceof FilterCondition.AnyOf any ? any.values() : List.of();
            ids.stream().mapToInt(ImagesEndpoint::parse).distinct().sorted()
                    .mapToObj(id -> shop.data().products.get(id))
                    .filter(product -> product != null && product.imageIds().length > 0).forEach(products::add);
        }
        if (products.isEmpty()) {
            out.emptyList("images");
            return Answer.of(200, out);
        }
        out.startDocument();
        out.startList("images");
        for (Product product : products) {
            if (filter == null) {
                out.minimalRecord("image", product.id(), href + product.id());
            } else {
                out.productImages(product.id(), href + product.id(), product.imageIds());
            }
        }
        out.endList();
        out.endDocument();
        return Answer.of(200, out);
    }

    private static int parse(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
