package bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the results must name: the machine, and the load next to each figure. */
final class Machine {

    static String describe() {
        String cpu = "?";
        String mem = "?";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
            mem = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .findFirst().map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024 + " GB").orElse("?");
        } catch (IOException e) {
            // not Linux
        }
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + mem + " RAM, Java "
                + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vm.name") + ")";
    }

    static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + "/" + parts[1] + "/" + parts[2];
        } catch (IOException e) {
            return "?";
        }
    }

    /** User + system CPU time of a process so far (from /proc/pid/stat, clock ticks of 10 ms). */
    static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    static long vmHwmKb(long pid) {
        return status(pid, "VmHWM:");
    }

    static long vmRssKb(long pid) {
        return status(pid, "VmRSS:");
    }

    private static long status(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process is gone
        }
        return 0;
    }
}
