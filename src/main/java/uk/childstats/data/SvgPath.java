package uk.childstats.data;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * SVG path data for a polygon or multipolygon: each ring starts with an absolute move, then relative lines, in whole
 * units. Every vertex is rounded on its own, so a vertex two neighbours share is rounded the same in both.
 */
final class SvgPath {
    private SvgPath() {
    }

    static String of(Geometry geometry) {
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Polygon polygon = (Polygon) geometry.getGeometryN(i);
            ring(path, polygon.getExteriorRing());
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                ring(path, polygon.getInteriorRingN(h));
            }
        }
        return path.toString();
    }

    static Envelope roundedBounds(Geometry geometry) {
        Envelope bounds = geometry.getEnvelopeInternal();
        return new Envelope(Math.floor(bounds.getMinX()), Math.ceil(bounds.getMaxX()),
                Math.floor(bounds.getMinY()), Math.ceil(bounds.getMaxY()));
    }

    private static void ring(StringBuilder path, LineString ring) {
        List<long[]> points = distinctRounded(ring.getCoordinates());
        if (points.size() < 3) {
            return;
        }
        long[] previous = points.get(0);
        path.append('M').append(previous[0]).append(' ').append(previous[1]).append('l');
        for (int i = 1; i < points.size(); i++) {
            long[] point = points.get(i);
            appendNumber(path, point[0] - previous[0], i == 1);
            appendNumber(path, point[1] - previous[1], false);
            previous = point;
        }
        path.append('z');
    }

    /** Rounded points with repeats (and the closing point) dropped. */
    private static List<long[]> distinctRounded(Coordinate[] coordinates) {
        List<long[]> points = new ArrayList<>();
        for (Coordinate c : coordinates) {
            long[] point = {Math.round(c.x), Math.round(c.y)};
            long[] last = points.isEmpty() ? null : points.get(points.size() - 1);
            if (last == null || last[0] != point[0] || last[1] != point[1]) {
                points.add(point);
            }
        }
        if (points.size() > 1) {
            long[] first = points.get(0);
            long[] last = points.get(points.size() - 1);
            if (first[0] == last[0] && first[1] == last[1]) {
                points.remove(points.size() - 1);
            }
        }
        return points;
    }

    /** A minus sign separates numbers by itself; otherwise a space, except for the first after the command. */
    private static void appendNumber(StringBuilder path, long value, boolean first) {
        if (!first && value >= 0) {
            path.append(' ');
        }
        path.append(value);
    }
}
