package io.cloudsync.hub.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImageUrlsTest {

    @Test
    void friendlyUrlsUseTheImageIdTypeAndLinkRewrite() {
        assertThat(new ImageUrls("https://shop.example/", "large_default", true).of(123, "camiseta-roja"))
                .isEqualTo("https://shop.example/123-large_default/camiseta-roja.jpg");
    }

    @Test
    void withoutFriendlyUrlsTheImageLivesInOneFolderPerDigit() {
        assertThat(new ImageUrls("https://shop.example", "large_default", false).of(123, "camiseta-roja"))
                .isEqualTo("https://shop.example/img/p/1/2/3/123-large_default.jpg");
        assertThat(new ImageUrls("https://shop.example", "", false).of(7, null))
                .isEqualTo("https://shop.example/img/p/7/7.jpg");
    }
}
