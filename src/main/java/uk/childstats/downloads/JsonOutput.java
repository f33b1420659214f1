package uk.childstats.downloads;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import uk.childstats.web.DataRelease;
import uk.childstats.web.Json;
import uk.childstats.web.Paths;
import uk.childstats.web.Reuse;

/** The same table as JSON: how to cite it and its licence, its columns, and one object per row (null = not provided). */
final class JsonOutput {
    private JsonOutput() {
    }

    static String write(Dataset dataset, String siteUrl, DataRelease version) {
        ObjectNode root = Json.object();
        root.put("title", dataset.title());
        root.put("description", dataset.description());
        root.put("url", siteUrl + dataset.apiPath());
        root.put("csv", siteUrl + dataset.csvPath());
        root.put("csvMetadata", siteUrl + Paths.metadata(dataset.csvPath()));
        root.put("citation", Reuse.citationTemplate(dataset.title(), siteUrl + dataset.apiPath()));
        root.put("licence", dataset.provenance().licence());
        root.put("licenceUrl", dataset.provenance().licenceUrl(siteUrl));
        root.put("source", dataset.provenance().source());
        root.put("dataVersion", version.version());
        root.put("dataImported", version.importedDate());
        ArrayNode columns = root.putArray("columns");
        dataset.columns().forEach(c -> columns.addObject().put("name", c.name()).put("title", c.title())
                .put("datatype", c.datatype()).put("description", c.description()));
        ArrayNode rows = root.putArray("rows");
        for (List<Object> row : dataset.rows()) {
            ObjectNode r = rows.addObject();
            for (int i = 0; i < row.size(); i++) {
                put(r, dataset.columns().get(i).name(), row.get(i));
            }
        }
        return Json.pretty(root);
    }

    private static void put(ObjectNode row, String name, Object value) {
        if (value == null) {
            row.putNull(name);
        } else if (value instanceof Long n) {
            row.put(name, n);
        } else if (value instanceof Integer n) {
            row.put(name, n);
        } else if (value instanceof BigDecimal n) {
            row.put(name, n);
        } else if (value instanceof Boolean b) {
            row.put(name, b);
        } else {
            row.put(name, value.toString());
        }
    }
}
