package uk.childstats.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.coverage.CoverageSimplifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Turns the force areas file (GeoJSON, longitude and latitude) into outlines ready to draw: projected, then
 * simplified once as one coverage so that neighbours keep one shared border, then written as SVG path data.
 */
public final class ForceOutlines {
    /** About 1 km: under a pixel at the widest map the site draws. */
    static final double TOLERANCE = 10;
    private static final GeometryFactory FACTORY = new GeometryFactory();

    /** One force area as read from the file. */
    public record Feature(String forceName, String pfaCode, Geometry projected) {
    }

    /** One force area ready to draw: path data in 100 m units, y downwards, and its bounds. */
    public record Outline(String forceName, String pfaCode, String svgPath, Envelope bounds) {
    }

    private ForceOutlines() {
    }

    /** The features of a GeoJSON FeatureCollection; throws IllegalArgumentException for anything else. */
    public static List<Feature> read(String geoJson) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(geoJson);
        } catch (IOException e) {
            throw new IllegalArgumentException("the file is not JSON: " + e.getMessage());
        }
        if (root == null || !"FeatureCollection".equals(root.path("type").asText())) {
            throw new IllegalArgumentException("the file is not a GeoJSON FeatureCollection");
        }
        List<Feature> features = new ArrayList<>();
        for (JsonNode feature : root.path("features")) {
            JsonNode properties = feature.path("properties");
            features.add(new Feature(properties.path("police_force").asText(""), properties.path("pfa_code").asText(""),
                    geometry(feature.path("geometry"))));
        }
        return features;
    }

    /** Simplifies the areas together, so a border two forces share stays one line. */
    public static List<Outline> simplify(List<Feature> features) {
        Geometry[] coverage = features.stream().map(Feature::projected).toArray(Geometry[]::new);
        Geometry[] simplified = CoverageSimplifier.simplify(coverage, TOLERANCE);
        List<Outline> outlines = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            Feature feature = features.get(i);
            outlines.add(new Outline(feature.forceName(), feature.pfaCode(), SvgPath.of(simplified[i]),
                    SvgPath.roundedBounds(simplified[i])));
        }
        return outlines;
    }

    private static Geometry geometry(JsonNode geometry) {
        String type = geometry.path("type").asText();
        JsonNode coordinates = geometry.path("coordinates");
        if ("Polygon".equals(type)) {
            return polygon(coordinates);
        }
        if ("MultiPolygon".equals(type)) {
            List<Polygon> parts = new ArrayList<>();
            coordinates.forEach(part -> parts.add(polygon(part)));
            return FACTORY.createMultiPolygon(parts.toArray(Polygon[]::new));
        }
        throw new IllegalArgumentException("a geometry of type '" + type + "' is not a polygon");
    }

    private static Polygon polygon(JsonNode rings) {
        List<LinearRing> all = new ArrayList<>();
        rings.forEach(ring -> all.add(ring(ring)));
        if (all.isEmpty()) {
            throw new IllegalArgumentException("a polygon has no rings");
        }
        return FACTORY.createPolygon(all.get(0), all.subList(1, all.size()).toArray(LinearRing[]::new));
    }

    private static LinearRing ring(JsonNode points) {
        List<Coordinate> coordinates = new ArrayList<>();
        for (JsonNode point : points) {
            double longitude = point.path(0).asDouble(Double.NaN);
            double latitude = point.path(1).asDouble(Double.NaN);
            if (!(longitude >= -9 && longitude <= 3 && latitude >= 49 && latitude <= 61)) {
                throw new IllegalArgumentException("a point (" + point + ") is outside Great Britain");
            }
            coordinates.add(Projection.project(longitude, latitude));
        }
        if (coordinates.size() < 4) {
            throw new IllegalArgumentException("a ring has fewer than 4 points");
        }
        return FACTORY.createLinearRing(coordinates.toArray(Coordinate[]::new));
    }
}
