package uk.childstats.map;

import java.util.List;

/**
 * The map as SVG markup, built once per data version: each force area a link with an accessible name, filled with
 * its class's colour, or hatched when it has no figure. Names and words are escaped here, as the markup is placed in
 * the page as it is. A download is the same drawing with its title, legend and source written into it.
 */
final class MapSvg {
    static final String NO_DATA_PATTERN = "map-no-data";
    private static final int MARGIN = 60;
    private static final int FOOTER = 1500;

    private MapSvg() {
    }

    static String inline(List<Outlines.Drawn> outlines, List<MapRow> rows, String title) {
        return svg(outlines, rows, title, null, "");
    }

    static String standalone(List<Outlines.Drawn> outlines, List<MapRow> rows, String title, ForceMap map,
                             String siteUrl) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg(outlines, rows, title, map, siteUrl);
    }

    private static String svg(List<Outlines.Drawn> outlines, List<MapRow> rows, String title, ForceMap download,
                              String siteUrl) {
        int minX = outlines.stream().mapToInt(Outlines.Drawn::minX).min().orElse(0) - MARGIN;
        int minY = outlines.stream().mapToInt(Outlines.Drawn::minY).min().orElse(0) - MARGIN;
        int width = outlines.stream().mapToInt(Outlines.Drawn::maxX).max().orElse(0) + MARGIN - minX;
        int height = outlines.stream().mapToInt(Outlines.Drawn::maxY).max().orElse(0) + MARGIN - minY
                + (download == null ? 0 : FOOTER);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"force-map__svg\" viewBox=\"")
                .append(minX).append(' ').append(minY).append(' ').append(width).append(' ').append(height)
                .append("\" aria-labelledby=\"force-map-title\" focusable=\"false\">")
                .append("<title id=\"force-map-title\">").append(escape(title)).append("</title>")
                .append("<defs><pattern id=\"").append(NO_DATA_PATTERN).append("\" width=\"40\" height=\"40\" ")
                .append("patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
                .append("<rect width=\"40\" height=\"40\" fill=\"#ffffff\"/>")
                .append("<rect width=\"14\" height=\"40\" fill=\"#6f777b\"/></pattern></defs>");
        for (int i = 0; i < outlines.size(); i++) {
            area(svg, outlines.get(i), rows.get(i), download == null ? "" : siteUrl);
        }
        if (download != null) {
            MapSvgFooter.write(svg, download, minX, minY + height - FOOTER, width);
        }
        return svg.append("</svg>").toString();
    }

    private static void area(StringBuilder svg, Outlines.Drawn outline, MapRow row, String linkBase) {
        String fill = row.hasValue() ? Classes.PALETTE.get(row.shade() - 1) : "url(#" + NO_DATA_PATTERN + ")";
        svg.append("<a href=\"").append(escape(linkBase + row.href())).append("\" aria-label=\"")
                .append(escape(row.accessibleName())).append("\" class=\"force-map__area\" data-slug=\"")
                .append(escape(row.slug())).append("\" data-shade=\"").append(row.shade()).append("\"><title>")
                .append(escape(row.accessibleName())).append("</title><path d=\"").append(outline.path())
                .append("\" fill=\"").append(fill)
                .append("\" stroke=\"#ffffff\" stroke-width=\"1\" vector-effect=\"non-scaling-stroke\"/></a>");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
