package uk.childstats.downloads;

import java.nio.charset.StandardCharsets;
import java.util.List;
import uk.childstats.about.Reuse;
import uk.childstats.figures.Measure;
import uk.childstats.web.Format;
import uk.childstats.web.Paths;

/** Every download with its size and row count, and a data dictionary of every column and measure. */
public record DownloadsPage(List<Entry> whole, List<Entry> forces, List<Entry> years, List<Dictionary> dictionary,
                            List<Measure> measures) {

    /** One download: its CSV, metadata and JSON addresses, size and rows. */
    public record Entry(String title, String csvHref, String apiHref, long bytes, int rows) {
        static Entry of(Dataset dataset) {
            return new Entry(dataset.title(), dataset.csvPath(), dataset.apiPath(),
                    CsvOutput.write(dataset).getBytes(StandardCharsets.UTF_8).length, dataset.rows().size());
        }

        public String metadataHref() {
            return Paths.metadata(csvHref);
        }

        public String sizeText() {
            return bytes < 1024 ? Format.number(bytes) + " bytes"
                    : Format.number(Math.round(bytes / 1024.0)) + " KB";
        }

        public String rowsText() {
            return Format.number(rows) + (rows == 1 ? " row" : " rows");
        }
    }

    /** A table of downloads on the page. */
    public record Group(String id, String heading, List<Entry> entries) {
    }

    /** The columns of one kind of download. */
    public record Dictionary(String id, String title, String note, List<Column> columns) {
    }

    public List<Group> groups() {
        return List.of(new Group("whole", "The whole dataset", whole), new Group("forces", "Each force or aggregate",
                forces), new Group("years", "Each year", years));
    }

    public String title() {
        return "Download the figures";
    }

    public String licence() {
        return Reuse.LICENCE;
    }

    public String source() {
        return Reuse.SOURCE;
    }

    public String citationExample() {
        return Reuse.citationTemplate("Dorset Police: child sexual offences recorded, 2009/10 to 2022/23",
                "https://…" + Paths.forceCsv("dorset-police"));
    }
}
