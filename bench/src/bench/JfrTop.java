package bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/** Summarises a JFR recording: CPU samples by top frame, by first project frame, and threads parked/blocked. */
public final class JfrTop {

    public static void main(String[] args) throws Exception {
        Map<String, Integer> top = new HashMap<>();
        Map<String, Integer> project = new HashMap<>();
        Map<String, Integer> threads = new HashMap<>();
        Map<String, Integer> waits = new HashMap<>();
        int samples = 0;
        int depth = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            String type = event.getEventType().getName();
            RecordedStackTrace stack = event.getStackTrace();
            if (type.equals("jdk.ExecutionSample") && stack != null) {
                samples++;
                List<RecordedFrame> frames = stack.getFrames();
                if (!frames.isEmpty()) {
                    StringBuilder key = new StringBuilder();
                    for (int i = 0; i < Math.min(depth, frames.size()); i++) {
                        key.append(i == 0 ? "" : " < ").append(name(frames.get(i)));
                    }
                    top.merge(key.toString(), 1, Integer::sum);
                }
                String first = frames.stream().map(JfrTop::name).filter(n -> n.startsWith("io.cloudsync"))
                        .findFirst().orElse("(no project frame) " + (frames.isEmpty() ? "" : name(frames.get(frames.size() - 1))));
                project.merge(first, 1, Integer::sum);
                threads.merge(event.getThread("sampledThread") == null ? "?" : pool(event.getThread("sampledThread").getJavaName()), 1, Integer::sum);
            } else if ((type.equals("jdk.ThreadPark") || type.equals("jdk.JavaMonitorEnter")) && stack != null) {
                String first = stack.getFrames().stream().map(JfrTop::name).filter(n -> n.startsWith("io.cloudsync")
                        || n.startsWith("org.apache.camel.processor") || n.startsWith("org.h2")).findFirst().orElse("?");
                waits.merge(type.substring(4) + " " + first, (int) event.getDuration().toMillis(), Integer::sum);
            }
        }
        System.out.println("CPU samples: " + samples);
        print("top frames", top, samples, 25);
        print("first project frame", project, samples, 25);
        print("threads", threads, samples, 15);
        print("waits (ms, park/monitor >= threshold)", waits, 0, 15);
    }

    private static String pool(String name) {
        return name == null ? "?" : name.replaceAll("\\d+", "#");
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static void print(String title, Map<String, Integer> counts, int total, int limit) {
        System.out.println("\n== " + title);
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(limit)
                .forEach(e -> System.out.printf("%8d %5.1f%%  %s%n", e.getValue(),
                        total == 0 ? 0.0 : 100.0 * e.getValue() / total, e.getKey()));
    }
}
