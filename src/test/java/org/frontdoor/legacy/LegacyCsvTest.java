package org.frontdoor.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LegacyCsvTest {

    static final List<String> COLUMNS = List.of("ID", "NAME", "NOTE");

    static List<LegacyRow> read(byte[] bytes, Charset charset) throws Exception {
        try (LegacyCsv csv = new LegacyCsv(new ByteArrayInputStream(bytes), charset, ',', COLUMNS)) {
            List<LegacyRow> rows = new ArrayList<>();
            for (LegacyRow row = csv.next(); row != null; row = csv.next()) {
                rows.add(row);
            }
            return rows;
        }
    }

    static List<LegacyRow> read(String text) throws Exception {
        return read(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    @Test
    void aByteOrderMarkWindowsLineEndingsAndQuotedFieldsAreRead() throws Exception {
        List<LegacyRow> rows = read("\uFEFFID,NAME,NOTE\r\n1,Amy,\"Said \"\"no\"\", then, later\r\nyes\"\r\n2,Ben,\r\n");

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("ID")).isEqualTo("1");
        assertThat(rows.get(0).get("NOTE")).isEqualTo("Said \"no\", then, later\nyes");
        assertThat(rows.get(1).line()).isEqualTo(4);
        assertThat(rows.get(1).get("NOTE")).isNull();
    }

    @Test
    void aFileWithAnotherDelimiterIsReadWhenItsHeaderIsWhole() throws Exception {
        assertThat(read("ID;NAME;NOTE\n1;Amy;a, b\n")).singleElement()
                .satisfies(r -> assertThat(r.get("NOTE")).isEqualTo("a, b"));
        assertThatThrownBy(() -> read("ID;NAME\n1;Amy\n")).isInstanceOf(LegacyFileProblem.class)
                .hasMessage("Line 1: the header does not name the columns ID, NAME, NOTE (expected columns separated by commas)");
    }

    @Test
    void windows1252IsReadWhenTheMappingSaysSoAndRejectedWithItsLineWhenNot() throws Exception {
        byte[] bytes = "ID,NAME,NOTE\n1,Amy,\n2,Zoë,\n".getBytes(Charset.forName("windows-1252"));

        assertThat(read(bytes, Charset.forName("windows-1252")).get(1).get("NAME")).isEqualTo("Zoë");
        assertThatThrownBy(() -> read(bytes, StandardCharsets.UTF_8)).isInstanceOf(LegacyFileProblem.class)
                .hasMessageStartingWith("Line 3: the text is not valid UTF-8");
    }

    @Test
    void brokenStructureIsRejectedWithItsLine() {
        assertThatThrownBy(() -> read("ID,NAME,NOTE\n1,Amy,x\n2,Ben\n3,Cat,y\n"))
                .hasMessage("Line 3: this record has 2 fields where the header has 3");
        assertThatThrownBy(() -> read("ID,NAME,NOTE\n1,Amy,\"never closed\n2,Ben,x\n"))
                .hasMessage("Line 2: a quoted field opened on this line is never closed: the file looks cut off");
        assertThatThrownBy(() -> read("ID,NAME,NOTE\n1,Amy,x\n2,Ben,the note was cu"))
                .hasMessageStartingWith("Line 3: the last line does not end with a line break: the file looks cut off");
        assertThatThrownBy(() -> read("ID,NAME,NOTE\n1,Am\"y,x\n"))
                .hasMessageStartingWith("Line 2: a quote inside unquoted field 2");
        assertThatThrownBy(() -> read(new byte[] {(byte) 0xff, (byte) 0xfe, 'I', 0}, StandardCharsets.UTF_8))
                .hasMessageStartingWith("Line 1: the file is UTF-16");
    }
}
