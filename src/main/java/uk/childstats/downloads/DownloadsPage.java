package uk.childstats.downloads;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import uk.childstats.figures.Format;
import uk.childstats.figures.Measure;
import uk.childstats.web.Page;
import uk.childstats.web.Paths;
import uk.childstats.web.Reuse;

/** Every download with its size and row count, and a data dictionary of every column and measure. */
public record DownloadsPage(List<Entry> whole, List<Entry> forces, List<Entry> years, Group otherSeries,
                            List<Dictionary> dictionary, List<Measure> measures) implements Page {
    @Override
    public boolean showsFigures() {
        return false;
    }


    /** One download: its CSV, metadata and JSON (null when it has none) addresses, size, rows and provenance. */
    public record Entry(String title, String csvHref, String apiHref, long bytes, int rows, Provenance provenance) {
        static Entry of(Dataset dataset) {
            return new Entry(dataset.title(), dataset.csvPath(), dataset.apiPath(),
                    CsvOutput.write(dataset).getBytes(StandardCharsets.UTF_8).length, dataset.rows().size(),
                    dataset.provenance());
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

    /** A table of downloads on the page; a series other than the FOI figures has a caveat and sources of its own. */
    public record Group(String id, String heading, String caveat, List<Entry> entries) {
        Group(String id, String heading, List<Entry> entries) {
            this(id, heading, null, entries);
        }

        /** Where its files come from, when not from the FOI figures that the citation section describes. */
        public List<String> ownSources() {
            return ownProvenance().stream().map(Provenance::source).distinct().toList();
        }

        /** Their licences, each once, when not the FOI figures' terms. */
        public List<Provenance> ownLicences() {
            Map<String, Provenance> byUrl = new LinkedHashMap<>();
            ownProvenance().forEach(p -> byUrl.putIfAbsent(p.licenceUrl(), p));
            return List.copyOf(byUrl.values());
        }

        private List<Provenance> ownProvenance() {
            return entries.stream().map(Entry::provenance).filter(p -> !p.equals(Provenance.FOI_FIGURES)).toList();
        }
    }

    /** The columns of one kind of download. */
    public record Dictionary(String id, String title, String note, List<Column> columns) {
    }

    public List<Group> groups() {
        List<Group> groups = List.of(new Group("whole", "The whole dataset", whole),
                new Group("forces", "Each force or aggregate", forces), new Group("years", "Each year", years));
        return otherSeries.entries().isEmpty() ? groups
                : Stream.concat(groups.stream(), Stream.of(otherSeries)).toList();
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
