package uk.childstats.web;

import io.javalin.http.Context;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Renders a page: one Thymeleaf template filled with the shared layout model and the page's own typed model. */
public final class Views {
    private final TemplateEngine engine;
    private final String exitUrl;

    public Views(String exitUrl) {
        this.exitUrl = exitUrl;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        // Sets the dialects up now rather than in the first visitor's request (a JSON serializer among them).
        engine.getConfiguration();
    }

    /** Renders a template with its page model and the layout's shared model: the one way a page is rendered. */
    public void render(Context ctx, String template, Page page) {
        org.thymeleaf.context.Context model = new org.thymeleaf.context.Context(java.util.Locale.UK);
        model.setVariable("layout", new Layout(Layout.SITE_NAME, exitUrl, ctx.path(), page.showsFigures()));
        model.setVariable("help", HelpModel.INSTANCE);
        model.setVariable("paths", PathsModel.INSTANCE);
        java.time.LocalDate day = DataRelease.of(ctx).map(DataRelease::day).orElseGet(DataRelease::today);
        model.setVariable("reuse", new ReuseModel(SiteUrl.of(ctx) + ctx.path(), SiteUrl.of(ctx), day));
        model.setVariable("page", page);
        ctx.contentType("text/html; charset=utf-8").result(engine.process(template, model));
    }

    /** The helpline constants as an object a template can read. */
    public static final class HelpModel {
        static final HelpModel INSTANCE = new HelpModel();

        public String childlinePhone() { return Helplines.CHILDLINE_PHONE; }
        public String childlineTel() { return Helplines.tel(Helplines.CHILDLINE_PHONE); }
        public String childlineHours() { return Helplines.CHILDLINE_HOURS; }
        public String childlineWebsite() { return Helplines.CHILDLINE_WEBSITE; }
        public String childlineWebsiteText() { return Helplines.CHILDLINE_WEBSITE_TEXT; }
        public String nspccPhone() { return Helplines.NSPCC_HELPLINE_PHONE; }
        public String nspccTel() { return Helplines.tel(Helplines.NSPCC_HELPLINE_PHONE); }
        public String nspccEmail() { return Helplines.NSPCC_HELPLINE_EMAIL; }
        public String speakOutStaySafe() { return Helplines.SPEAK_OUT_STAY_SAFE; }
        public String speakOutStaySafeUrl() { return Helplines.SPEAK_OUT_STAY_SAFE_URL; }
        public String emergencyPhone() { return Helplines.EMERGENCY_PHONE; }
        public String emergencyTel() { return Helplines.tel(Helplines.EMERGENCY_PHONE); }
    }

    /** Named routes for templates, so no URL is spelled in a template. */
    public static final class PathsModel {
        static final PathsModel INSTANCE = new PathsModel();

        public String home() { return Paths.HOME; }
        public String forces() { return Paths.FORCES; }
        public String years() { return Paths.YEARS; }
        public String help() { return Paths.HELP; }
        public String about() { return Paths.ABOUT; }
        public String official() { return Paths.OFFICIAL; }
        public String licence() { return Paths.LICENCE; }
        public String downloads() { return Paths.DOWNLOADS; }
        public String compare() { return Paths.COMPARE; }
        public String find() { return Paths.FIND; }
        public String map() { return Paths.MAP; }
        public String chartJs() { return Assets.url(Paths.CHART_JS); }
        public String chartsScript() { return Assets.url(Paths.CHARTS_SCRIPT); }
        public String govukFrontendCss() { return Assets.url(Paths.GOVUK_FRONTEND_CSS); }
        /** A static file ("/css/site.css") under its fingerprinted name. */
        public String asset(String path) { return Assets.url(path); }
    }

    /** How to cite the page being rendered, and the licence, from {@link Reuse}. */
    public record ReuseModel(String url, String siteUrl, java.time.LocalDate day) {
        public String citation(String title) { return Reuse.citationOn(title, url, day); }
        public String absolute(String path) { return siteUrl + path; }
        public String licence() { return Reuse.LICENCE; }
    }
}
