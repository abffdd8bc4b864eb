package com.frameworkadvisor.benchmark;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine the numbers come from, printed first so every report says where it was measured. */
final class Machine {

    private Machine() {
    }

    static Table describe() {
        Runtime runtime = Runtime.getRuntime();
        return new Table("Machine", "property", "value")
                .row("cpu", cpuModel())
                .row("cores", runtime.availableProcessors())
                .row("memory (total)", ManagementFactory.getOperatingSystemMXBean() instanceof
                        com.sun.management.OperatingSystemMXBean os ? os.getTotalMemorySize() / (1 << 20) + " MiB" : "?")
                .row("max heap", runtime.maxMemory() / (1 << 20) + " MiB")
                .row("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"))
                .row("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown");
        } catch (Exception e) {
            return "unknown";
        }
    }
}
