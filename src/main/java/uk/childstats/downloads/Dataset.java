package uk.childstats.downloads;

import java.util.List;

/**
 * A table offered for download, the one model behind its CSV, its CSV on the Web metadata and its JSON. A row holds
 * one value per column: Long, Integer, BigDecimal, Boolean, LocalDate, String, or null for "not provided" (an empty
 * CSV cell). A dataset without a JSON form has a null apiPath.
 */
public record Dataset(String title, String description, String fileName, String csvPath, String apiPath,
                      List<Column> columns, List<List<Object>> rows, Provenance provenance) {

    public static final String FILE_PREFIX = "child-sexual-offences-";

    public Dataset {
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(title + ": a row has " + row.size() + " values for "
                        + columns.size() + " columns");
            }
        }
    }

    /** A table of the FOI figures. */
    public Dataset(String title, String description, String fileName, String csvPath, String apiPath,
                   List<Column> columns, List<List<Object>> rows) {
        this(title, description, fileName, csvPath, apiPath, columns, rows, Provenance.FOI_FIGURES);
    }

    /** "child-sexual-offences-dorset-police.csv" */
    public static String fileName(String name) {
        return FILE_PREFIX + name + ".csv";
    }

    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    public boolean hasJson() {
        return apiPath != null;
    }
}
