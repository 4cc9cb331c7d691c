package org.papergraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Peak heap use of a phase: the JVM's heap pools' peak usage, reset at the start of the phase. The sum of the
 * pools' peaks is an upper bound on the heap in use at any one moment (pools peak at different times).
 */
final class HeapPeak {

    private HeapPeak() {}

    static void reset() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.isValid()) p.resetPeakUsage();
        }
    }

    static long peakBytes() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.isValid() && p.getPeakUsage() != null) sum += p.getPeakUsage().getUsed();
        }
        return sum;
    }

    static long maxBytes() {
        return Runtime.getRuntime().maxMemory();
    }
}
