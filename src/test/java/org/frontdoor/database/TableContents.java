package org.frontdoor.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a database holds, table by table: the row count and an MD5 of every row's text in a fixed order, and where
 * each sequence stands (a restore that loses those hands out ids already used). Two equal maps, equal contents.
 */
final class TableContents {

    private TableContents() {
    }

    static Map<String, String> of(Connection connection) throws SQLException {
        Map<String, String> contents = new TreeMap<>();
        try (Statement sql = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet t = sql.executeQuery("""
                    select format('%I.%I', schemaname, tablename) from pg_tables
                     where schemaname not in ('pg_catalog', 'information_schema')""")) {
                while (t.next()) {
                    tables.add(t.getString(1));
                }
            }
            for (String table : tables) {
                // Ordered by the row's own text: deterministic without knowing each table's key.
                try (ResultSet r = sql.executeQuery("select count(*), md5(coalesce(string_agg(t::text, E'\\n' "
                        + "order by t::text), '')) from " + table + " t")) {
                    r.next();
                    contents.put("table " + table, r.getLong(1) + " rows, md5 " + r.getString(2));
                }
            }
            try (ResultSet s = sql.executeQuery("""
                    select format('%I.%I', schemaname, sequencename), coalesce(last_value, 0) from pg_sequences""")) {
                while (s.next()) {
                    contents.put("sequence " + s.getString(1), "at " + s.getLong(2));
                }
            }
        }
        return contents;
    }
}
