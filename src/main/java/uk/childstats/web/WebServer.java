package uk.childstats.web;

import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.childstats.Settings;
import uk.childstats.about.AboutController;
import uk.childstats.forces.ForcesController;
import uk.childstats.help.HelpController;
import uk.childstats.home.HomeController;
import uk.childstats.official.OfficialApi;
import uk.childstats.official.OfficialController;
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
        OfficialController official = new OfficialController(dsl, views);
        OfficialDownloads officialDownloads = new OfficialDownloads(dsl);
        OfficialApi officialApi = new OfficialApi(dsl);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.router.ignoreTrailingSlashes = true;
            config.staticFiles.add("/public", Location.CLASSPATH);
            config.staticFiles.enableWebjars();
            config.routes.before(SecurityHeaders::apply);
            config.routes.get(Paths.HOME, home::show);
            config.routes.get(Paths.FORCES, forces::list);
            config.routes.get(Paths.FORCES + "/{slug}", forces::show);
            config.routes.get(Paths.YEARS, years::list);
            config.routes.get(Paths.YEARS + "/{year}", years::show);
            config.routes.get(Paths.OFFICIAL, official::overview);
            config.routes.get(Paths.OFFICIAL + "/{year}", official::year);
            config.routes.get(Paths.OFFICIAL_CSV, officialDownloads::yearly);
            config.routes.get(Paths.OFFICIAL_QUARTERLY_CSV, officialDownloads::quarterly);
            config.routes.get(Paths.CHILD_POPULATION_CSV, officialDownloads::population);
            config.routes.get(Paths.API_OFFICIAL_FORCES + "/{slug}", officialApi::force);
            config.routes.get(Paths.API_OFFICIAL_YEARS + "/{year}", officialApi::year);
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
