package io.cloudsync.hub.security;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Everything the process writes to System.out and System.err while open (the console log appender writes
 * through System.out as it is at each line), still passed on to the original streams.
 */
final class OutputCapture implements AutoCloseable {

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private final PrintStream out = System.out;
    private final PrintStream err = System.err;

    OutputCapture() {
        System.setOut(new PrintStream(new Tee(out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Tee(err), true, StandardCharsets.UTF_8));
    }

    synchronized String text() {
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        System.setOut(out);
        System.setErr(err);
    }

    private final class Tee extends OutputStream {
        private final OutputStream original;

        Tee(OutputStream original) {
            this.original = original;
        }

        @Override
        public void write(int b) {
            synchronized (OutputCapture.this) {
                captured.write(b);
            }
            try {
                original.write(b);
            } catch (java.io.IOException ignored) {
                // the copy is what the test reads
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            synchronized (OutputCapture.this) {
                captured.write(bytes, offset, length);
            }
            try {
                original.write(bytes, offset, length);
            } catch (java.io.IOException ignored) {
                // the copy is what the test reads
            }
        }
    }
}
