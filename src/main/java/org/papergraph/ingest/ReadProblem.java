package org.papergraph.ingest;

/**
 * Something wrong with the input. A {@link Severity#REJECTED} record was skipped (the rest of its file
 * still lands); a {@link Severity#WARNING} changes nothing that was read but deserves the user's eye
 * (a declared note count that does not match, a file decoded as Latin-1).
 */
public record ReadProblem(Severity severity, SourceLocation where, String reason) {

    public enum Severity { WARNING, REJECTED }

    public static ReadProblem rejected(SourceLocation where, String reason) {
        return new ReadProblem(Severity.REJECTED, where, reason);
    }

    public static ReadProblem warning(SourceLocation where, String reason) {
        return new ReadProblem(Severity.WARNING, where, reason);
    }

    /** {@code FILE:LINE: reason}, prefixed with {@code warning:} for warnings. */
    @Override
    public String toString() {
        return (severity == Severity.WARNING ? "warning: " : "") + where + ": " + reason;
    }
}
