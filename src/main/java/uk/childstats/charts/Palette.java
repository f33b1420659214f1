package uk.childstats.charts;

import java.util.List;

/**
 * Series colours, each at least 3:1 against white (WCAG 2.2, non-text contrast), and a point shape and line dash
 * per series so no series is told apart by colour alone.
 */
public final class Palette {
    public static final List<String> COLOURS = List.of("#1d70b8", "#d4351c", "#00703c", "#4c2c92", "#505a5f", "#912b88");
    public static final List<String> POINT_STYLES = List.of("circle", "rect", "triangle", "rectRot", "crossRot", "star");
    public static final List<String> SHAPE_NAMES = List.of("circles", "squares", "triangles", "diamonds", "crosses", "stars");
    static final List<List<Integer>> DASHES = List.of(List.of(), List.of(8, 4), List.of(2, 3), List.of(12, 4, 2, 4),
            List.of(16, 6), List.of(4, 6));

    private Palette() {
    }

    public static int size() {
        return COLOURS.size();
    }

    /** WCAG relative-luminance contrast ratio of two "#rrggbb" colours. */
    public static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double r = channel(Integer.parseInt(hex.substring(1, 3), 16));
        double g = channel(Integer.parseInt(hex.substring(3, 5), 16));
        double b = channel(Integer.parseInt(hex.substring(5, 7), 16));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
