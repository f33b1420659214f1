package uk.childstats.downloads;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import uk.childstats.figures.FinancialYear;
import uk.childstats.figures.PublishedValues;
import uk.childstats.web.Views;

/** The whole-dataset downloads and the page that lists every download. */
public final class DownloadsController {
    private final Views views;
    private final FigureDatasets datasets;
    private final DatasetResponses responses;
    private final PublishedValues figures;
    private final BiFunction<Context, String, Dataset> forceDataset;
    private final BiFunction<Context, FinancialYear, Dataset> yearDataset;
    private final Supplier<SeriesDownloads> otherSeries;

    /** Given each force's and year's dataset as rendered for a request (which knows its data release). */
    public DownloadsController(DSLContext dsl, Views views, BiFunction<Context, String, Dataset> forceDataset,
                               BiFunction<Context, FinancialYear, Dataset> yearDataset,
                               Supplier<SeriesDownloads> otherSeries) {
        this.views = views;
        this.datasets = new FigureDatasets(dsl);
        this.responses = new DatasetResponses(dsl);
        this.figures = new PublishedValues(dsl);
        this.forceDataset = forceDataset;
        this.yearDataset = yearDataset;
        this.otherSeries = otherSeries;
    }

    public void figuresCsv(Context ctx) {
        responses.csv(ctx, datasets.figures());
    }

    public void figuresMetadata(Context ctx) {
        responses.metadata(ctx, datasets.figures());
    }

    public void figuresJson(Context ctx) {
        responses.json(ctx, datasets.figures());
    }

    public void publishedCsv(Context ctx) {
        responses.csv(ctx, datasets.published());
    }

    public void publishedMetadata(Context ctx) {
        responses.metadata(ctx, datasets.published());
    }

    public void publishedJson(Context ctx) {
        responses.json(ctx, datasets.published());
    }

    public void page(Context ctx) {
        views.render(ctx, "downloads/downloads", build(ctx));
    }

    private DownloadsPage build(Context ctx) {
        List<Dataset> whole = List.of(datasets.figures(), datasets.published());
        List<Dataset> forces = figures.areas().stream().map(a -> forceDataset.apply(ctx, a.slug())).toList();
        List<Dataset> years = figures.allYears().stream().map(y -> yearDataset.apply(ctx, y)).toList();
        SeriesDownloads series = otherSeries.get();
        List<DownloadsPage.Dictionary> dictionary = new ArrayList<>(List.of(
                dictionary("figures-csv", whole.get(0).title(), "One row per imported figure.", List.of(whole.get(0))),
                dictionary("published-csv", whole.get(1).title(), "One row per force or aggregate, year and measure.",
                        List.of(whole.get(1))),
                dictionary("force-csv", "A force's figures (/forces/…csv)", "One row per year. A force's file has "
                        + "a column only for the measures published for it.", forces),
                dictionary("year-csv", "A year's figures (/years/…csv)", "One row per territorial force.", years)));
        series.datasets().forEach(d -> dictionary.add(dictionary(dictionaryId(d), d.title(), d.description(),
                List.of(d))));
        DownloadsPage.Group seriesGroup = new DownloadsPage.Group(series.id(), series.heading(), series.caveat(),
                entries(series.datasets()));
        return new DownloadsPage(entries(whole), entries(forces), entries(years), seriesGroup, dictionary,
                datasets.allMeasures());
    }

    /** "official-csv" for /data/official.csv */
    private static String dictionaryId(Dataset dataset) {
        return dataset.csvPath().substring(dataset.csvPath().lastIndexOf('/') + 1).replace('.', '-');
    }

    private static List<DownloadsPage.Entry> entries(List<Dataset> list) {
        return list.stream().map(DownloadsPage.Entry::of).toList();
    }

    /** Every column that appears in any of these downloads, in order of first appearance. */
    private static DownloadsPage.Dictionary dictionary(String id, String title, String note, List<Dataset> list) {
        Map<String, Column> columns = new LinkedHashMap<>();
        list.forEach(d -> d.columns().forEach(c -> columns.putIfAbsent(c.name(), c)));
        return new DownloadsPage.Dictionary(id, title, note, List.copyOf(columns.values()));
    }
}
