package org.papergraph.ingest;

/**
 * Size limits every source applies the same way.
 *
 * @param maxTitleChars    a longer title is rejected (titles are one line; 1,000 is ten times the longest real one)
 * @param maxSummaryChars  a longer summary is rejected (a summary is one paragraph, not a paper)
 * @param maxRecordChars   a line, JSON record or digest record longer than this is rejected without being held in
 *                         memory; it only guards the heap against hostile input, so it sits far above the field limits
 *                         and a merely long summary is still reported by its own limit
 * @param maxJsonNesting   JSON nested deeper than this is rejected (Gson's nesting limit), so deep input is a clean
 *                         rejection rather than a StackOverflowError; real records nest three levels at most
 */
public record RecordLimits(int maxTitleChars, int maxSummaryChars, int maxRecordChars, int maxJsonNesting) {

    public static final RecordLimits DEFAULT = new RecordLimits(1_000, 100_000, 10_000_000, 64);

    public RecordLimits {
        if (maxTitleChars < 1 || maxSummaryChars < 1 || maxJsonNesting < 1)
            throw new IllegalArgumentException("limits must be positive");
        if (maxRecordChars < Math.max(maxTitleChars, maxSummaryChars))
            throw new IllegalArgumentException("maxRecordChars must be at least the title and summary limits");
    }
}
