package org.frontdoor.legacy;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** A legacy file read a record at a time, so that a file of any size takes the same memory. */
interface LegacyRows extends Closeable {

    List<String> header();

    /** The next record, or null at the end of a file that ended properly. */
    LegacyRow next() throws LegacyFileProblem, IOException;
}
