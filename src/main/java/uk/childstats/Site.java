package uk.childstats;

import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
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
import uk.childstats.web.LatestImport;
import uk.childstats.web.MethodRules;
import uk.childstats.web.RequestLog;
import uk.childstats.web.PageCache;
import uk.childstats.web.Paths;
import uk.childstats.web.SecurityHeaders;
import uk.childstats.web.SiteUrl;
import uk.childstats.web.Views;
import uk.childstats.years.YearsController;

/**
 * The route table: the one place that knows every feature and wires its routes into the HTTP server, with the
 * web layer's security headers, page cache and error pages (which never show a stack trace).
 */
public final class Site {
    private static final Logger LOG = LoggerFactory.getLogger(Site.class);
    private final Javalin app;

    private Site(Javalin app) {
        this.app = app;
    }

    public static Site start(DSLContext dsl, Settings settings) {
        Views views = new Views(settings.exitUrl());
        PageCache cache = new PageCache(new LatestImport(dsl));
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.threadPool = Connections.boundedThreadPool();
            config.appData(SiteUrl.CONFIGURED, settings.siteUrl());
            config.router.ignoreTrailingSlashes = true;
            config.staticFiles.add("/public", Location.CLASSPATH);
            config.staticFiles.enableWebjars();
            config.jetty.modifyServletContextHandler(handler -> {
                handler.addFilter(new FilterHolder(new RequestLog()), "/*", EnumSet.of(DispatcherType.REQUEST));
                handler.addFilter(new FilterHolder(new MethodRules(settings.siteUrl().startsWith("https://"))), "/*", EnumSet.of(DispatcherType.REQUEST));
            });
            config.routes.before(SecurityHeaders::apply);
            foiRoutes(config.routes, dsl, views, cache);
            officialRoutes(config.routes, dsl, views, cache);
            geographyRoutes(config.routes, dsl, views, cache);
            config.routes.get(Paths.HELP, ctx -> HelpController.show(ctx, views));
            config.routes.get(Paths.ABOUT, ctx -> AboutController.show(ctx, views));
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
        return new Site(app);
    }

    /** The FOI figures: pages (cached until the next import), their downloads, comparison and embed. */
    private static void foiRoutes(RoutesConfig routes, DSLContext dsl, Views views, PageCache cache) {
        HomeController home = new HomeController(dsl, views);
        ForcesController forces = new ForcesController(dsl, views);
        YearsController years = new YearsController(dsl, views);
        CompareController compare = new CompareController(dsl, views);
        EmbedController embed = new EmbedController(dsl, views);
        DownloadsController downloads = new DownloadsController(dsl, views, forces::dataset,
                year -> years.dataset(year.slug()), new OfficialDatasets(dsl)::forDownloadsPage);
        routes.get(Paths.HOME, cache.cached(home::show));
        routes.get(Paths.FORCES, cache.cached(forces::list));
        routes.get(Paths.Routes.FORCE_METADATA, forces::metadata);
        routes.get(Paths.Routes.FORCE_CSV, forces::csv);
        routes.get(Paths.Routes.FORCE, cache.cached(forces::show));
        routes.get(Paths.Routes.FORCE_API, forces::json);
        routes.get(Paths.YEARS, cache.cached(years::list));
        routes.get(Paths.Routes.YEAR_METADATA, years::metadata);
        routes.get(Paths.Routes.YEAR_CSV, years::csv);
        routes.get(Paths.Routes.YEAR, cache.cached(years::show));
        routes.get(Paths.Routes.YEAR_API, years::json);
        routes.get(Paths.COMPARE, cache.cachedPerQuery(compare::show));
        routes.get(Paths.COMPARE_CSV, compare::csv);
        routes.get(Paths.Routes.FORCE_EMBED, cache.cached(embed::force));
        routes.get(Paths.DOWNLOADS, cache.cached(downloads::page));
        routes.get(Paths.FIGURES_CSV, downloads::figuresCsv);
        routes.get(Paths.metadata(Paths.FIGURES_CSV), downloads::figuresMetadata);
        routes.get(Paths.API_FIGURES, downloads::figuresJson);
        routes.get(Paths.PUBLISHED_CSV, downloads::publishedCsv);
        routes.get(Paths.metadata(Paths.PUBLISHED_CSV), downloads::publishedMetadata);
        routes.get(Paths.API_PUBLISHED, downloads::publishedJson);
    }

    /** Find your force (never cached: the query is the visitor's) and the map of force areas. */
    private static void geographyRoutes(RoutesConfig routes, DSLContext dsl, Views views, PageCache cache) {
        FindController find = new FindController(dsl, views);
        MapController map = new MapController(dsl, views);
        routes.get(Paths.FIND, find::page);
        routes.get(Paths.API_FIND, find::api);
        routes.get(Paths.MAP, cache.cachedPerQuery(map::page));
        routes.get(Paths.MAP_SVG, map::svg);
        routes.get(Paths.MAP_EMBED, cache.cachedPerQuery(map::embed));
    }

    /** The Home Office series: its pages, downloads and API. */
    private static void officialRoutes(RoutesConfig routes, DSLContext dsl, Views views, PageCache cache) {
        OfficialController official = new OfficialController(dsl, views);
        OfficialDownloads downloads = new OfficialDownloads(dsl);
        OfficialApi api = new OfficialApi(dsl);
        routes.get(Paths.OFFICIAL, cache.cached(official::overview));
        routes.get(Paths.Routes.OFFICIAL_YEAR, cache.cached(official::year));
        routes.get(Paths.OFFICIAL_CSV, downloads::yearly);
        routes.get(Paths.metadata(Paths.OFFICIAL_CSV), downloads::yearlyMetadata);
        routes.get(Paths.OFFICIAL_QUARTERLY_CSV, downloads::quarterly);
        routes.get(Paths.metadata(Paths.OFFICIAL_QUARTERLY_CSV), downloads::quarterlyMetadata);
        routes.get(Paths.CHILD_POPULATION_CSV, downloads::population);
        routes.get(Paths.metadata(Paths.CHILD_POPULATION_CSV), downloads::populationMetadata);
        routes.get(Paths.Routes.OFFICIAL_FORCE_API, api::force);
        routes.get(Paths.Routes.OFFICIAL_YEAR_API, api::year);
        RevisionsController revisions = new RevisionsController(dsl, views);
        routes.get(Paths.REVISIONS, cache.cached(revisions::list));
        routes.get(Paths.Routes.RELEASE + ".csv", revisions::csv);
        routes.get(Paths.Routes.RELEASE, cache.cached(revisions::show));
    }

    public int port() {
        return app.port();
    }

    public void stop() {
        app.stop();
    }
}
