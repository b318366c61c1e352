package org.frontdoor.legacy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Whether each legacy system's history is whole here: per source system and kind of record, the rows in the files
 * of its latest finished import, how many are here now, how many that import rejected, and how many people have
 * been merged with another record. In file less imported less rejected should be nothing.
 */
@Service
public class LegacyReconciliation {

    public record Line(String system, LegacyType type, int inFile, int imported, int rejected, int merged) {
        public int unaccounted() {
            return inFile - imported - rejected;
        }
    }

    /** A headline figure of the whole borough when a system's latest import started and when it finished. */
    public record Figure(String system, String figure, long before, long after) {
        public long added() {
            return after - before;
        }
    }

    private final JdbcClient jdbc;

    LegacyReconciliation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Line> lines() {
        return jdbc.sql("""
                        with latest as (
                            select distinct on (source_system) id, source_system from legacy_run
                             where status = 'DONE' and not dry_run order by source_system, id desc)
                        select l.source_system as system, c.source_type as type, c.in_file,
                               (select count(*) from legacy_record r
                                 where r.source_system = l.source_system and r.source_type = c.source_type)::int as imported,
                               c.rejected,
                               case when c.source_type = 'PERSON' then
                                   (select count(*) from legacy_record r join person_merge m
                                         on m.undone_at is null and r.target_id in (m.merged_person_id, m.kept_person_id)
                                     where r.source_system = l.source_system and r.source_type = 'PERSON')::int
                                    else 0 end as merged
                          from latest l join legacy_run_count c on c.run_id = l.id
                         order by l.source_system, array_position(array['PERSON', 'RELATIONSHIP', 'CONTACT', 'REFERRAL',
                                                                  'ASSESSMENT', 'S47', 'PLAN', 'EARLY_HELP'],
                                                                   c.source_type)""")
                .query(Line.class).list();
    }

    public List<Figure> figures() {
        return jdbc.sql("""
                        with latest as (
                            select distinct on (source_system) id, source_system from legacy_run
                             where status = 'DONE' and not dry_run order by source_system, id desc)
                        select l.source_system as system, f.figure, f.before, f.after
                          from latest l join legacy_run_figure f on f.run_id = l.id
                         where f.after is not null
                         order by l.source_system, array_position(cast(:order as text[]), f.figure)""")
                .param("order", LegacyWriter.FIGURES.keySet().toArray(new String[0])).query(Figure.class).list();
    }

    public byte[] xlsx() {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Reconciliation");
            String[] headings = {"Source system", "Record type", "In file", "Imported", "Rejected", "Merged",
                    "Unaccounted"};
            Row header = sheet.createRow(0);
            for (int i = 0; i < headings.length; i++) {
                header.createCell(i).setCellValue(headings[i]);
            }
            int r = 1;
            for (Line line : lines()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(line.system());
                row.createCell(1).setCellValue(line.type().label());
                row.createCell(2).setCellValue(line.inFile());
                row.createCell(3).setCellValue(line.imported());
                row.createCell(4).setCellValue(line.rejected());
                row.createCell(5).setCellValue(line.merged());
                row.createCell(6).setCellValue(line.unaccounted());
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
