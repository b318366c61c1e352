package org.frontdoor.legacy;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A legacy CSV export read strictly, one record at a time. Each physical line is decoded on its own, so a byte that
 * is not in the file's character set is reported with its line. A UTF-8 byte order mark and Windows line endings are
 * accepted; quoted fields may hold delimiters, quotes ("") and line breaks. A file whose header only reads with
 * another delimiter is read with that one. Anything else that is wrong (a quote never closed, a record with the
 * wrong number of fields, a last line with no line break, as when a copy or export stopped halfway) is a
 * {@link LegacyFileProblem} naming the line.
 */
final class LegacyCsv implements LegacyRows {

    private static final char[] DELIMITERS = {',', ';', '\t', '|'};

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final String charsetName;
    private final char delimiter;
    private final List<String> header;
    private int physicalLine;
    private boolean endedWithBreak = true;
    private boolean atEnd;

    /** Opens {@code in} and reads its header, which must name every column in {@code required}. */
    LegacyCsv(InputStream in, Charset charset, char expectedDelimiter, Collection<String> required)
            throws IOException, LegacyFileProblem {
        this.in = new BufferedInputStream(in, 1 << 16);
        this.charsetName = charset.name();
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String first = line();
        if (first == null) {
            throw new LegacyFileProblem(1, "the file is empty: it has no header line");
        }
        char chosen = expectedDelimiter;
        List<String> names = split(first, chosen);
        if (!names.containsAll(required)) {
            for (char other : DELIMITERS) {
                if (other != expectedDelimiter && split(first, other).containsAll(required)) {
                    chosen = other;
                    names = split(first, other);
                    break;
                }
            }
        }
        if (!names.containsAll(required)) {
            List<String> missing = required.stream().filter(c -> !split(first, expectedDelimiter).contains(c)).toList();
            throw new LegacyFileProblem(1, "the header does not name the columns " + String.join(", ", missing)
                    + " (expected columns separated by " + describe(expectedDelimiter) + ")");
        }
        this.delimiter = chosen;
        this.header = List.copyOf(names);
    }

    @Override
    public List<String> header() {
        return header;
    }

    /** The delimiter actually used, when it differs from the mapping's. */
    char delimiter() {
        return delimiter;
    }

    @Override
    public LegacyRow next() throws IOException, LegacyFileProblem {
        String text = line();
        while (text != null && text.isEmpty()) {
            text = line();
        }
        if (text == null) {
            return null;
        }
        int start = physicalLine;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean afterQuote = false;
        while (true) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            quoted = false;
                            afterQuote = true;
                        }
                    } else {
                        field.append(c);
                    }
                } else if (c == delimiter) {
                    fields.add(field.toString());
                    field.setLength(0);
                    afterQuote = false;
                } else if (afterQuote) {
                    throw new LegacyFileProblem(physicalLine, "text follows a closing quote in field "
                            + (fields.size() + 1) + ": quote the whole field and double any quote inside it");
                } else if (c == '"') {
                    if (!field.toString().isBlank()) {
                        throw new LegacyFileProblem(physicalLine, "a quote inside unquoted field " + (fields.size() + 1)
                                + ": quote the whole field and double any quote inside it");
                    }
                    field.setLength(0);
                    quoted = true;
                } else {
                    field.append(c);
                }
            }
            if (!quoted) {
                break;
            }
            text = line(); // a line break inside quotes belongs to the field
            if (text == null) {
                throw new LegacyFileProblem(start, "a quoted field opened on this line is never closed: "
                        + "the file looks cut off");
            }
            field.append('\n');
        }
        fields.add(field.toString());
        if (fields.size() != header.size()) {
            throw new LegacyFileProblem(start, "this record has " + fields.size() + " fields where the header has "
                    + header.size() + (atEnd ? ": the file looks cut off" : ""));
        }
        if (atEnd && !endedWithBreak) {
            throw new LegacyFileProblem(start, "the last line does not end with a line break: the file looks cut off "
                    + "halfway (export it again)");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            values.put(header.get(i), fields.get(i));
        }
        return new LegacyRow(start, values);
    }

    /** The next physical line decoded without its line break, or null at the end of the file. */
    private String line() throws IOException, LegacyFileProblem {
        if (atEnd) {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            bytes.write(b);
        }
        if (b == -1) {
            atEnd = true;
            if (bytes.size() == 0) {
                return null;
            }
            endedWithBreak = false;
        }
        physicalLine++;
        byte[] raw = bytes.toByteArray();
        int from = 0;
        int length = raw.length;
        if (length > 0 && raw[length - 1] == '\r') {
            length--; // Windows line endings
        }
        if (physicalLine == 1) {
            if (length >= 2 && (raw[0] & 0xff) == 0xfe && (raw[1] & 0xff) == 0xff
                    || length >= 2 && (raw[0] & 0xff) == 0xff && (raw[1] & 0xff) == 0xfe) {
                throw new LegacyFileProblem(1, "the file is UTF-16: save it as UTF-8 or " + charsetName);
            }
            if (length >= 3 && (raw[0] & 0xff) == 0xef && (raw[1] & 0xff) == 0xbb && (raw[2] & 0xff) == 0xbf) {
                from = 3; // a UTF-8 byte order mark, as Excel writes
                length -= 3;
            }
        }
        try {
            return decoder.reset().decode(ByteBuffer.wrap(raw, from, length)).toString();
        } catch (CharacterCodingException e) {
            String hint = decoder.charset().equals(StandardCharsets.UTF_8)
                    ? " (it may be windows-1252: set \"encoding\" in the mapping, or save the file as UTF-8)" : "";
            throw new LegacyFileProblem(physicalLine, "the text is not valid " + charsetName + hint);
        }
    }

    /** The header's names split by {@code delimiter}, quotes removed. */
    private static List<String> split(String line, char delimiter) {
        List<String> names = new ArrayList<>();
        for (String name : line.split(java.util.regex.Pattern.quote(String.valueOf(delimiter)), -1)) {
            names.add(name.trim().replaceAll("^\"|\"$", ""));
        }
        return names;
    }

    static String describe(char delimiter) {
        return switch (delimiter) {
            case ',' -> "commas";
            case ';' -> "semicolons";
            case '\t' -> "tabs";
            case '|' -> "vertical bars";
            default -> "'" + delimiter + "'";
        };
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
