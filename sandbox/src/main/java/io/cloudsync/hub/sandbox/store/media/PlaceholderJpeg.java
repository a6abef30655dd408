package io.cloudsync.hub.sandbox.store.media;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** One real 600×600 JPEG, drawn once, served for every product image of the sandbox shop. */
public final class PlaceholderJpeg {

    public static final int SIZE = 600;
    private static volatile byte[] bytes;

    private PlaceholderJpeg() {
    }

    public static byte[] bytes() {
        byte[] current = bytes;
        if (current == null) {
            synchronized (PlaceholderJpeg.class) {
                if (bytes == null) {
                    bytes = draw();
                }
                current = bytes;
            }
        }
        return current;
    }

    private static byte[] draw() {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, new Color(0xF3EBDD), SIZE, SIZE, new Color(0xC19A6B)));
            g.fillRect(0, 0, SIZE, SIZE);
            g.setColor(new Color(0x1F2A44));
            g.fillRoundRect(150, 170, 300, 260, 40, 40);
            g.setColor(Color.WHITE);
            g.fillOval(250, 230, 100, 100);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try {
            if (!ImageIO.write(image, "jpg", out)) {
                throw new IllegalStateException("no JPEG writer in this JDK");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
