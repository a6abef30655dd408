package io.cloudsync.hub.sandbox.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Trap 8: images come as ids behind the key; the public URLs serve a real JPEG without it. */
class ImagesTest {

    private static SandboxStore store;

    @BeforeAll
    static void start() {
        store = SandboxStore.small();
    }

    @AfterAll
    static void stop() {
        store.close();
    }

    private static BufferedImage jpeg(String path) throws IOException {
        HttpResponse<byte[]> response = store.bytes(store.request(path));
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        return ImageIO.read(new ByteArrayInputStream(response.body()));
    }

    @Test
    void productsCarryImageIdsAndTheImagesResourceListsThemWithTheKey() {
        int[] images = store.shop.data().products.get(3).imageIds();

        assertThat(store.json("/api/products/3").path("product").path("associations").path("images"))
                .extracting(row -> row.path("id").asInt())
                .containsExactlyElementsOf(java.util.Arrays.stream(images).boxed().toList());
        assertThat(store.json("/api/images/products/3").path("image").path("declination"))
                .extracting(row -> row.path("id").asInt()).hasSize(images.length);
        assertThat(store.get("/api/images/products/3").body()).contains("<declination id=\"" + images[0] + "\"");
        assertThat(store.send(store.request("/api/images/products/3")).statusCode()).isEqualTo(401);
    }

    @Test
    void theImageBehindTheKeyIsAJpeg() throws IOException {
        int image = store.shop.data().products.get(3).imageIds()[0];
        HttpResponse<byte[]> response = store.bytes(store.request("/api/images/products/3/" + image)
                .header("Authorization", SandboxStore.basic(SandboxStore.KEY)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(ImageIO.read(new ByteArrayInputStream(response.body())).getWidth()).isEqualTo(600);
    }

    @Test
    void friendlyPublicUrlsServeA600PixelJpegWithoutTheKey() throws IOException {
        int image = store.shop.data().products.get(3).imageIds()[0];
        String rewrite = store.json("/api/products/3?language=1").path("product").path("link_rewrite").asText();

        BufferedImage typed = jpeg("/" + image + "-large_default/" + rewrite + ".jpg");
        BufferedImage plain = jpeg("/" + image + "/" + rewrite + ".jpg");

        assertThat(typed.getWidth()).isEqualTo(600);
        assertThat(typed.getHeight()).isEqualTo(600);
        assertThat(plain.getWidth()).isEqualTo(600);
    }

    @Test
    void physicalImagePathsUseOneFolderPerDigit() throws IOException {
        int image = store.shop.data().products.get(20).imageIds()[0];
        String digits = String.join("/", String.valueOf(image).split(""));

        assertThat(jpeg("/img/p/" + digits + "/" + image + ".jpg").getWidth()).isEqualTo(600);
        assertThat(jpeg("/img/p/" + digits + "/" + image + "-home_default.jpg").getWidth()).isEqualTo(600);
        assertThat(store.send(store.request("/img/p/9/9/9/9/9/99999.jpg")).statusCode()).isEqualTo(404);
        assertThat(store.send(store.request("/" + image + "-no_such_type/x.jpg")).statusCode()).isEqualTo(404);
    }

    @Test
    void publicImageRequestsAreCounted() {
        long before = store.shop.requests().of("public-images");
        store.send(store.request("/1-home_default/x.jpg"));

        assertThat(store.shop.requests().of("public-images")).isEqualTo(before + 1);
    }
}
