package uk.childstats.downloads;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import uk.childstats.web.DataRelease;
import uk.childstats.web.Json;
import uk.childstats.web.Layout;
import uk.childstats.web.Reuse;

/** CSV on the Web (W3C CSVW) metadata describing one CSV download: columns, titles, datatypes, licence, source. */
final class CsvwMetadata {
    private CsvwMetadata() {
    }

    static String write(Dataset dataset, String siteUrl, DataRelease version) {
        ObjectNode root = Json.object();
        root.put("@context", "http://www.w3.org/ns/csvw");
        root.put("url", dataset.csvPath().substring(dataset.csvPath().lastIndexOf('/') + 1));
        root.put("dc:title", dataset.title());
        root.put("dc:description", dataset.description());
        root.put("dc:publisher", Layout.SITE_NAME);
        Provenance provenance = dataset.provenance();
        root.putObject("dc:license").put("@id", provenance.licenceUrl(siteUrl));
        root.put("dc:rights", provenance.licence());
        root.put("dc:source", provenance.source());
        root.put("dc:bibliographicCitation", Reuse.citationTemplate(dataset.title(), siteUrl + dataset.csvPath()));
        root.put("dc:modified", version.importedDate());
        root.put("dc:identifier", siteUrl + dataset.csvPath());
        ObjectNode schema = root.putObject("tableSchema");
        ArrayNode columns = schema.putArray("columns");
        for (Column column : dataset.columns()) {
            ObjectNode c = columns.addObject();
            c.put("name", column.name());
            c.put("titles", column.title());
            c.put("datatype", column.datatype());
            c.put("null", "");
            c.put("dc:description", column.description());
        }
        return Json.pretty(root);
    }
}
