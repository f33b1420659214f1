package uk.childstats.support;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultExecuteListenerProvider;

/** The bundled data, read through a jOOQ listener that writes down every statement run: what a page's data costs. */
public final class CountedQueries {
    private final List<String> queries = new ArrayList<>();
    private final DSLContext dsl = DSL.using(TestDatabase.readOnlyBundledData().dsl().configuration()
            .derive(new DefaultExecuteListenerProvider(new ExecuteListener() {
                @Override
                public void executeStart(ExecuteContext ctx) {
                    queries.add(ctx.sql());
                }
            })));

    public DSLContext dsl() {
        return dsl;
    }

    /** Forgets the statements so far, to count one page's. */
    public void clear() {
        queries.clear();
    }

    public int count() {
        return queries.size();
    }

    /** The statements so far, one a line, for a failure message. */
    public String listed() {
        return String.join("\n", queries);
    }
}
