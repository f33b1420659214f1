package uk.childstats.official;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import uk.childstats.downloads.DatasetResponses;
import uk.childstats.figures.Area;
import uk.childstats.figures.FinancialYear;
import uk.childstats.rates.ChildPopulation;
import uk.childstats.rates.Rate;
import uk.childstats.web.Reuse;

/**
 * The official series as JSON: counts, groups, rates and their denominators, for one force or one year, with how to
 * cite it; kept by the response store like every download.
 */
public final class OfficialApi {
    private final OfficialFigures official;
    private final ChildPopulation population;

    public OfficialApi(DSLContext dsl) {
        this.official = new OfficialFigures(dsl);
        this.population = new ChildPopulation(dsl);
    }

    public record ReleaseJson(String name, String published, String source) {
        static ReleaseJson of(Release release) {
            return new ReleaseJson(release.name(), release.published().toString(), release.sourceLine());
        }
    }

    public record GroupCount(String group, long offences) {
    }

    public record CodeCount(String code, String description, long offences) {
    }

    /** A rate and what it divides by; ratePer1000Children is null when not available. */
    public record RateJson(BigDecimal ratePer1000Children, Long children, Integer populationMidYear, String working,
                           String source) {
        static RateJson of(Rate rate, FinancialYear year) {
            return new RateJson(rate.valueOrNull(), rate.children(),
                    rate.children() == null ? null : ChildPopulation.midYearOf(year),
                    rate.available() ? rate.working() : Rate.NOT_AVAILABLE,
                    rate.children() == null ? null : ChildPopulation.SOURCE_LINE);
        }
    }

    public record ForceYear(String year, long offences, List<GroupCount> groups, List<CodeCount> codes,
                            RateJson rate) {
    }

    public record ForceSeries(String force, String slug, boolean inEnglandAndWalesTotal, String note,
                              ReleaseJson release, String citation, List<ForceYear> years) {
    }

    /** rankByRate is null when the force is not ranked by rate, and rankByRateReason then says why. */
    public record YearForce(String force, String slug, long offences, List<GroupCount> groups, RateJson rate,
                            String rankByCount, String rankByRate, String rankByRateReason) {
    }

    public record Total(String area, long offences, RateJson rate, int forces) {
    }

    public record YearSeries(String year, ReleaseJson release, String citation, String rankedAmong,
                             String rankedByRateAmong, Total englandAndWales, List<YearForce> forces,
                             Total britishTransportPolice) {
    }

    public void force(Context ctx) {
        Area force = official.forces().stream().filter(f -> f.slug().equals(ctx.pathParam("slug"))).findFirst()
                .orElseThrow(NotFoundResponse::new);
        Release release = official.release().orElseThrow(NotFoundResponse::new);
        OffenceGroups groups = official.groups();
        Map<FinancialYear, Long> children = population.ofArea(force.slug());
        List<ForceYear> years = new ArrayList<>();
        official.countsOfArea(force.slug()).forEach((year, byCode) -> {
            long total = OffenceGroups.total(byCode);
            years.add(new ForceYear(year.label(), total, groupCounts(groups, byCode), codeCounts(groups, byCode),
                    RateJson.of(new Rate(total, children.get(year)), year)));
        });
        String note = force.territorial() ? "One of the 43 forces of England and Wales."
                : "Not a territorial force: shown on its own, never in a ranking or the England and Wales total.";
        ctx.json(new ForceSeries(force.name(), force.slug(), force.territorial(), note, ReleaseJson.of(release),
                citation(ctx, "Official series: " + force.name()), years));
    }

    public void year(Context ctx) {
        FinancialYear year = OfficialController.yearOf(ctx, official.years());
        Release release = official.release().orElseThrow(NotFoundResponse::new);
        OffenceGroups groups = official.groups();
        YearOfForces forces = new YearOfForces(official.forces(), official.countsOfYear(year), population.ofYear(year));
        OfficialYearPage page = OfficialYearPage.build(year, official.years(), release, forces);
        Map<String, String> rateRanks = new HashMap<>();
        page.byRate().forEach(r -> rateRanks.put(r.force().slug(), r.rank()));
        List<YearForce> ranked = page.byCount().stream().map(r -> new YearForce(r.force().name(), r.force().slug(),
                r.total(), groupCounts(groups, forces.counts().get(r.force().slug())), RateJson.of(r.rate(), year),
                r.rank(), rateRanks.get(r.force().slug()), notRankedReason(r.rate()))).toList();
        Total englandAndWales = new Total("England and Wales", forces.englandAndWalesTotal(),
                RateJson.of(forces.englandAndWalesRate(), year), forces.territorial().size());
        Total btp = forces.transportPolice().map(b -> new Total(b.name(), forces.total(b),
                RateJson.of(new Rate(forces.total(b), null), year), 1)).orElse(null);
        String among = page.countRankedAmong();
        ctx.json(new YearSeries(year.label(), ReleaseJson.of(release),
                citation(ctx, "Official series: " + among + ", " + year.label()), among,
                page.byRate().isEmpty() ? null : page.rateRankedAmong(), englandAndWales, ranked, btp));
    }

    /** Why a force has no rank by rate, or null when it has one. */
    private static String notRankedReason(Rate rate) {
        if (rate.rankable()) {
            return null;
        }
        return rate.available() ? Rate.NOT_RANKED_BY_RATE : "Not ranked by rate: no rate for this year ("
                + Rate.NOT_AVAILABLE + ").";
    }

    /** Cites the address asked for; the reader fills in the day they retrieved it. */
    private static String citation(Context ctx, String title) {
        return Reuse.citationTemplate(title, DatasetResponses.siteUrl(ctx) + ctx.path());
    }

    private static List<GroupCount> groupCounts(OffenceGroups groups, Map<String, Long> byCode) {
        List<Long> counts = groups.byGroup(byCode == null ? Map.of() : byCode);
        List<GroupCount> result = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            result.add(new GroupCount(groups.groups().get(i).label(), counts.get(i)));
        }
        return result;
    }

    private static List<CodeCount> codeCounts(OffenceGroups groups, Map<String, Long> byCode) {
        return groups.codes().stream()
                .map(c -> new CodeCount(c.code(), c.description(), byCode.getOrDefault(c.code(), 0L))).toList();
    }
}
