package org.frontdoor.legacy;

/** A file that cannot be read as a whole (encoding, quotes, columns, cut off): none of it is imported. */
public class LegacyFileProblem extends Exception {

    private final int line;

    public LegacyFileProblem(int line, String message) {
        super(line > 0 ? "Line " + line + ": " + message : message);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
