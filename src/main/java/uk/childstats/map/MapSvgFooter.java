package uk.childstats.map;

/** What a downloaded map carries in itself, as it travels without the page: heading, legend, boxes and source. */
final class MapSvgFooter {
    private static final int TEXT = 130;
    private static final int SWATCH = 160;

    private MapSvgFooter() {
    }

    static void write(StringBuilder svg, ForceMap map, int x, int top, int width) {
        int left = x + 80;
        text(svg, left, top + 180, TEXT + 30, map.heading(), true);
        int swatchX = left;
        for (ForceMap.LegendEntry entry : map.legend()) {
            svg.append("<rect x=\"").append(swatchX).append("\" y=\"").append(top + 300).append("\" width=\"")
                    .append(SWATCH).append("\" height=\"").append(SWATCH).append("\" fill=\"").append(entry.colour())
                    .append("\"/>");
            text(svg, swatchX + SWATCH + 40, top + 420, TEXT, entry.range(), false);
            swatchX += width / 6;
        }
        svg.append("<rect x=\"").append(swatchX).append("\" y=\"").append(top + 300).append("\" width=\"")
                .append(SWATCH).append("\" height=\"").append(SWATCH).append("\" fill=\"url(#")
                .append(MapSvg.NO_DATA_PATTERN).append(")\" stroke=\"#6f777b\"/>");
        text(svg, swatchX + SWATCH + 40, top + 420, TEXT, "no figure", false);
        int line = top + 640;
        for (ForceMap.OutsideBox box : map.outside()) {
            text(svg, left, line, TEXT, box.name() + " (no outline in the data): " + box.figure(), false);
            line += 180;
        }
        for (String sentence : map.source().split("(?<=\\.) ")) {
            text(svg, left, line, TEXT - 30, sentence, false);
            line += 150;
        }
    }

    private static void text(StringBuilder svg, int x, int y, int size, String words, boolean bold) {
        svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" font-size=\"").append(size)
                .append("\" font-family=\"Arial, sans-serif\" fill=\"#0b0c0c\"")
                .append(bold ? " font-weight=\"bold\"" : "").append('>').append(MapSvg.escape(words))
                .append("</text>");
    }
}
