package uk.childstats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import uk.childstats.db.Database;
import uk.childstats.support.TestDatabase;

/** The import command as a user runs it: exit status 0 for a good file, 1 for a bad one, 2 for no file. */
class MainImportTest {
    private final Database database = TestDatabase.freshSchema("cli_import");
    private final Settings settings = TestDatabase.externalSettings("cli_import");

    @Test
    void aGoodFileImportsAndExitsZero() {
        assertEquals(0, Main.importFile(settings, Path.of("data", "nspcc_foi_figures.csv"), false, false));
        assertEquals(711, database.dsl().fetchCount(uk.childstats.db.generated.Tables.FIGURE));
    }

    @Test
    void aBadFileExitsOneAndChangesNothing() throws Exception {
        Path bad = Files.createTempFile("bad", ".csv");
        Files.writeString(bad, "nation,force,year,measure,value,source_url,source_title,published,quote\n"
                + "England,Dorset Police,2015/16,total_offences,\"1,483\",https://x.org,T,,q\n");
        assertEquals(1, Main.importFile(settings, bad, true, false));
        assertEquals(0, database.dsl().fetchCount(uk.childstats.db.generated.Tables.FIGURE));
    }

    @Test
    void aMissingFileExitsTwo() {
        assertEquals(2, Main.importFile(settings, Path.of("no-such-file.csv"), false, false));
    }
}
