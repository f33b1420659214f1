package uk.childstats;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.RoutesConfig;
import io.javalin.http.HttpStatus;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.childstats.about.AboutController;
import uk.childstats.revisions.RevisionsController;
import uk.childstats.compare.CompareController;
import uk.childstats.downloads.DownloadsController;
import uk.childstats.embed.EmbedController;
import uk.childstats.find.FindController;
import uk.childstats.forces.ForcesController;
import uk.childstats.help.HelpController;
import uk.childstats.home.HomeController;
import uk.childstats.map.MapController;
import uk.childstats.official.OfficialApi;
import uk.childstats.official.OfficialController;
import uk.childstats.official.OfficialDatasets;
import uk.childstats.official.OfficialDownloads;
import uk.childstats.web.Connections;
import uk.childstats.web.ErrorPages;
import uk.childstats.web.Health;
import uk.childstats.web.DataRelease;
import uk.childstats.web.MethodRules;
import uk.childstats.web.ReleaseWatch;
import uk.childstats.web.RequestLog;
import uk.childstats.web.ResponseStore;
import uk.childstats.web.Paths;
import uk.childstats.web.SecurityHeaders;
import uk.childstats.web.SiteUrl;
import uk.childstats.web.StoreFilter;
import uk.childstats.web.Views;
import uk.childstats.years.YearsController;

/**
 * The route table: the one place that knows every feature and wires its routes into the HTTP server, with the
 * web layer's security headers, response store and error pages (which never show a stack trace).
 */
public final class Site {
    private static final Logger LOG = LoggerFactory.getLogger(Site.class);
    private final Javalin app;
    private final ResponseStore store;
    private final ReleaseWatch watch;

    private Site(Javalin app, ResponseStore store, ReleaseWatch watch) {
        this.app = app;
        this.store = store;
        this.watch = watch;
    }

    public static Site start(DSLContext dsl, Settings settings) {
        return start(dsl, settings, new Views(settings.exitUrl()));
    }

    /** With the views made ahead, as a start does while the database is starting. */
    static Site start(DSLContext dsl, Settings settings, Views views) {
        boolean https = settings.siteUrl().startsWith("https://");
        ResponseStore cache = new ResponseStore(startingRelease(dsl), https);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            // Stored answers carry their own gzip form; nothing is compressed per request.
            config.http.compressionStrategy = CompressionStrategy.NONE;
            config.jetty.threadPool = Connections.boundedThreadPool();
            config.appData(SiteUrl.CONFIGURED, settings.siteUrl());
            config.router.ignoreTrailingSlashes = true;
            config.jetty.modifyServletContextHandler(handler -> {
                handler.addFilter(new FilterHolder(new RequestLog(cache::isWarming)), "/*",
                        EnumSet.of(DispatcherType.REQUEST));
                handler.addFilter(new FilterHolder(new MethodRules(https)), "/*", EnumSet.of(DispatcherType.REQUEST));
                handler.addFilter(new FilterHolder(new StoreFilter(cache)), "/*", EnumSet.of(DispatcherType.REQUEST));
            });
            config.routes.before(SecurityHeaders::apply);
            SharedData shared = SharedData.of(dsl);
            foiRoutes(config.routes, dsl, views, cache, shared);
            officialRoutes(config.routes, dsl, views, cache, shared);
            geographyRoutes(config.routes, dsl, views, cache, shared);
            config.routes.get(Paths.HELP, cache.page(ctx -> HelpController.show(ctx, views)));
            config.routes.get(Paths.ABOUT, cache.page(ctx -> AboutController.show(ctx, views)));
            config.routes.error(HttpStatus.NOT_FOUND, ctx -> ErrorPages.notFound(ctx, views));
            config.routes.get(Health.LIVE, Health::live);
            config.routes.get(Health.READY, new Health(dsl)::ready);
            config.routes.exception(Exception.class, (e, ctx) -> {
                if (Health.isDatabaseAway(e)) {
                    LOG.warn("Request to {} answered 503: the database is not reachable", ctx.path());
                    ErrorPages.unavailable(ctx, views);
                    return;
                }
                LOG.error("Request to {} failed", ctx.path(), e);
                ErrorPages.serverError(ctx, views);
            });
        }).start(settings.port());
        Connections.closeIdleAndSlowClients(app.jettyServer().server());
        ReleaseWatch watch = new ReleaseWatch(dsl, cache, new SiteAddresses(dsl)::all, DataRelease::today,
                app.port()).start();
        return new Site(app, cache, watch);
    }

    /** The release on disk at start; answers are rendered on demand until every one of it is rendered. */
    private static DataRelease startingRelease(DSLContext dsl) {
        try {
            return DataRelease.read(dsl, DataRelease.today());
        } catch (RuntimeException databaseAway) {
            return new DataRelease(-1, java.time.Instant.EPOCH, DataRelease.today());
        }
    }

    /** The FOI figures: pages (cached until the next import), their downloads, comparison and embed. */
    private static void foiRoutes(RoutesConfig routes, DSLContext dsl, Views views, ResponseStore cache,
                                  SharedData shared) {
        HomeController home = new HomeController(dsl, views, shared::maps);
        ForcesController forces = new ForcesController(dsl, views, shared.foi(), shared.children(),
                shared.official());
        YearsController years = new YearsController(dsl, views, shared::maps);
        CompareController compare = new CompareController(dsl, views, shared.foi(), shared.children(),
                shared.official());
        EmbedController embed = new EmbedController(dsl, views, shared.foi());
        DownloadsController downloads = new DownloadsController(dsl, views, forces::dataset,
                (ctx, year) -> years.dataset(ctx, year.slug()), new OfficialDatasets(dsl)::forDownloadsPage);
        routes.get(Paths.HOME, cache.page(home::show));
        routes.get(Paths.FORCES, cache.page(forces::list));
        routes.get(Paths.Routes.FORCE_METADATA, cache.file(forces::metadata));
        routes.get(Paths.Routes.FORCE_CSV, cache.file(forces::csv));
        routes.get(Paths.Routes.FORCE, cache.page(forces::show));
        routes.get(Paths.Routes.FORCE_API, cache.file(forces::json));
        routes.get(Paths.YEARS, cache.page(years::list));
        routes.get(Paths.Routes.YEAR_METADATA, cache.file(years::metadata));
        routes.get(Paths.Routes.YEAR_CSV, cache.file(years::csv));
        routes.get(Paths.Routes.YEAR, cache.page(years::show));
        routes.get(Paths.Routes.YEAR_API, cache.file(years::json));
        routes.get(Paths.COMPARE, cache.pagePerQuery(Paths.COMPARE, compare::show));
        routes.get(Paths.COMPARE_CSV, cache.filePerQuery(Paths.COMPARE_CSV, compare::csv));
        routes.get(Paths.Routes.FORCE_EMBED, cache.page(embed::force));
        routes.get(Paths.DOWNLOADS, cache.page(downloads::page));
        routes.get(Paths.FIGURES_CSV, cache.file(downloads::figuresCsv));
        routes.get(Paths.metadata(Paths.FIGURES_CSV), cache.file(downloads::figuresMetadata));
        routes.get(Paths.API_FIGURES, cache.file(downloads::figuresJson));
        routes.get(Paths.PUBLISHED_CSV, cache.file(downloads::publishedCsv));
        routes.get(Paths.metadata(Paths.PUBLISHED_CSV), cache.file(downloads::publishedMetadata));
        routes.get(Paths.API_PUBLISHED, cache.file(downloads::publishedJson));
    }

    /** Find your force (never cached: the query is the visitor's) and the map of force areas. */
    private static void geographyRoutes(RoutesConfig routes, DSLContext dsl, Views views, ResponseStore cache,
                                        SharedData shared) {
        FindController find = new FindController(dsl, views);
        MapController map = new MapController(dsl, views, shared::maps);
        routes.get(Paths.FIND, find::page);
        routes.get(Paths.API_FIND, find::api);
        routes.get(Paths.MAP, cache.pagePerQuery(Paths.MAP, map::page));
        routes.get(Paths.MAP_SVG, cache.filePerQuery(Paths.MAP_SVG, map::svg));
        routes.get(Paths.MAP_EMBED, cache.pagePerQuery(Paths.MAP_EMBED, map::embed));
    }

    /** The Home Office series: its pages, downloads and API. */
    private static void officialRoutes(RoutesConfig routes, DSLContext dsl, Views views, ResponseStore cache,
                                       SharedData shared) {
        OfficialController official = new OfficialController(dsl, views, shared.official(), shared.children());
        OfficialDownloads downloads = new OfficialDownloads(dsl);
        OfficialApi api = new OfficialApi(dsl);
        routes.get(Paths.OFFICIAL, cache.page(official::overview));
        routes.get(Paths.Routes.OFFICIAL_YEAR, cache.page(official::year));
        routes.get(Paths.OFFICIAL_CSV, cache.file(downloads::yearly));
        routes.get(Paths.metadata(Paths.OFFICIAL_CSV), cache.file(downloads::yearlyMetadata));
        routes.get(Paths.OFFICIAL_QUARTERLY_CSV, cache.file(downloads::quarterly));
        routes.get(Paths.metadata(Paths.OFFICIAL_QUARTERLY_CSV), cache.file(downloads::quarterlyMetadata));
        routes.get(Paths.CHILD_POPULATION_CSV, cache.file(downloads::population));
        routes.get(Paths.metadata(Paths.CHILD_POPULATION_CSV), cache.file(downloads::populationMetadata));
        routes.get(Paths.Routes.OFFICIAL_FORCE_API, cache.file(api::force));
        routes.get(Paths.Routes.OFFICIAL_YEAR_API, cache.file(api::year));
        RevisionsController revisions = new RevisionsController(dsl, views);
        routes.get(Paths.REVISIONS, cache.page(revisions::list));
        routes.get(Paths.Routes.RELEASE + ".csv", cache.file(revisions::csv));
        routes.get(Paths.Routes.RELEASE, cache.page(revisions::show));
        routes.get(Paths.Routes.FOI_RELEASE + ".csv", cache.file(revisions::foiCsv));
        routes.get(Paths.Routes.FOI_RELEASE, cache.page(revisions::showFoi));
    }

    public int port() {
        return app.port();
    }

    /** The response store, for tests that count its renders. */
    public ResponseStore store() {
        return store;
    }

    /** Waits until every answer of the newest release is rendered and shown; false if that took too long. */
    public boolean awaitRendered(java.time.Duration timeout) throws InterruptedException {
        return watch.awaitNewest(timeout);
    }

    public void stop() {
        watch.close();
        app.stop();
    }
}
