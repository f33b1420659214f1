package uk.childstats.data;

import org.locationtech.jts.geom.Coordinate;

/**
 * A transverse Mercator projection on a sphere, centred on 2° W like the National Grid, in units of 100 metres with y
 * pointing down the page: Great Britain keeps its familiar shape, and whole numbers are precise enough to draw.
 */
final class Projection {
    private static final double EARTH_RADIUS_IN_UNITS = 6_371_000 / 100.0;
    private static final double CENTRAL_MERIDIAN = Math.toRadians(-2);

    private Projection() {
    }

    static Coordinate project(double longitude, double latitude) {
        double lambda = Math.toRadians(longitude) - CENTRAL_MERIDIAN;
        double phi = Math.toRadians(latitude);
        double b = Math.cos(phi) * Math.sin(lambda);
        double x = EARTH_RADIUS_IN_UNITS * 0.5 * Math.log((1 + b) / (1 - b));
        double y = EARTH_RADIUS_IN_UNITS * Math.atan2(Math.tan(phi), Math.cos(lambda));
        return new Coordinate(x, -y);
    }
}
