package uk.childstats.web;

import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.childstats.Settings;
import uk.childstats.about.AboutController;
import uk.childstats.compare.CompareController;
import uk.childstats.downloads.DownloadsController;
import uk.childstats.embed.EmbedController;
import uk.childstats.forces.ForcesController;
import uk.childstats.help.HelpController;
import uk.childstats.home.HomeController;
import uk.childstats.official.OfficialApi;
import uk.childstats.official.OfficialController;
import uk.childstats.official.OfficialDatasets;
import uk.childstats.official.OfficialDownloads;
import uk.childstats.years.YearsController;

/** The HTTP server: routes of every feature, security headers, and error pages that never show a stack trace. */
public final class WebServer {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    public static WebServer start(DSLContext dsl, Settings settings) {
        Views views = new Views(settings.exitUrl());
        HomeController home = new HomeController(dsl, views);
        ForcesController forces = new ForcesController(dsl, views);
        YearsController years = new YearsController(dsl, views);
        PageCache cache = new PageCache(new LatestImport(dsl));
        CompareController compare = new CompareController(dsl, views);
        EmbedController embed = new EmbedController(dsl, views);
        DownloadsController downloads = new DownloadsController(dsl, views, forces::dataset,
                year -> years.dataset(year.slug()), new OfficialDatasets(dsl)::forDownloadsPage);
        OfficialController official = new OfficialController(dsl, views);
        OfficialDownloads officialDownloads = new OfficialDownloads(dsl);
        OfficialApi officialApi = new OfficialApi(dsl);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.appData(SiteUrl.CONFIGURED, settings.siteUrl());
            config.router.ignoreTrailingSlashes = true;
            config.staticFiles.add("/public", Location.CLASSPATH);
            config.staticFiles.enableWebjars();
            config.routes.before(SecurityHeaders::apply);
            config.routes.get(Paths.HOME, cache.cached(home::show));
            config.routes.get(Paths.FORCES, cache.cached(forces::list));
            config.routes.get(Paths.Routes.FORCE_METADATA, forces::metadata);
            config.routes.get(Paths.Routes.FORCE_CSV, forces::csv);
            config.routes.get(Paths.Routes.FORCE, cache.cached(forces::show));
            config.routes.get(Paths.Routes.FORCE_API, forces::json);
            config.routes.get(Paths.YEARS, cache.cached(years::list));
            config.routes.get(Paths.Routes.YEAR_METADATA, years::metadata);
            config.routes.get(Paths.Routes.YEAR_CSV, years::csv);
            config.routes.get(Paths.Routes.YEAR, cache.cached(years::show));
            config.routes.get(Paths.Routes.YEAR_API, years::json);
            config.routes.get(Paths.COMPARE, cache.cachedPerQuery(compare::show));
            config.routes.get(Paths.COMPARE_CSV, compare::csv);
            config.routes.get(Paths.DOWNLOADS, cache.cached(downloads::page));
            config.routes.get(Paths.FIGURES_CSV, downloads::figuresCsv);
            config.routes.get(Paths.metadata(Paths.FIGURES_CSV), downloads::figuresMetadata);
            config.routes.get(Paths.API_FIGURES, downloads::figuresJson);
            config.routes.get(Paths.PUBLISHED_CSV, downloads::publishedCsv);
            config.routes.get(Paths.metadata(Paths.PUBLISHED_CSV), downloads::publishedMetadata);
            config.routes.get(Paths.API_PUBLISHED, downloads::publishedJson);
            config.routes.get(Paths.Routes.FORCE_EMBED, cache.cached(embed::force));
            config.routes.get(Paths.OFFICIAL, cache.cached(official::overview));
            config.routes.get(Paths.Routes.OFFICIAL_YEAR, cache.cached(official::year));
            config.routes.get(Paths.OFFICIAL_CSV, officialDownloads::yearly);
            config.routes.get(Paths.metadata(Paths.OFFICIAL_CSV), officialDownloads::yearlyMetadata);
            config.routes.get(Paths.OFFICIAL_QUARTERLY_CSV, officialDownloads::quarterly);
            config.routes.get(Paths.metadata(Paths.OFFICIAL_QUARTERLY_CSV), officialDownloads::quarterlyMetadata);
            config.routes.get(Paths.CHILD_POPULATION_CSV, officialDownloads::population);
            config.routes.get(Paths.metadata(Paths.CHILD_POPULATION_CSV), officialDownloads::populationMetadata);
            config.routes.get(Paths.Routes.OFFICIAL_FORCE_API, officialApi::force);
            config.routes.get(Paths.Routes.OFFICIAL_YEAR_API, officialApi::year);
            config.routes.get(Paths.HELP, ctx -> HelpController.show(ctx, views));
            config.routes.get(Paths.ABOUT, ctx -> AboutController.show(ctx, views));
            config.routes.error(HttpStatus.NOT_FOUND, ctx -> ErrorPages.notFound(ctx, views));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("Request to {} failed", ctx.path(), e);
                ErrorPages.serverError(ctx, views);
            });
        }).start(settings.port());
        return new WebServer(app);
    }

    public int port() {
        return app.port();
    }

    public void stop() {
        app.stop();
    }
}
