package uk.childstats;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way: the application root wires the features, features use web/, figures/ and the data
 * layer, and web/ uses no feature. Read from the compiled classes, so a new import that closes a loop fails here.
 */
class ArchitectureTest {
    private static final String GENERATED = "uk.childstats.db.generated..";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.childstats");

    @Test
    void noTwoPackagesDependOnEachOtherEvenThroughOthers() {
        // "uk.(**)" makes every package a slice of its own, the root package (Main, the route table) included.
        // jOOQ's generated classes refer to each other across their packages; that is jOOQ's layout, not ours.
        slices().matching("uk.(**)").should().beFreeOfCycles()
                .ignoreDependency(resideInAPackage(GENERATED), resideInAPackage(GENERATED)).check(CLASSES);
    }

    @Test
    void theWebLayerUsesNoFeature() {
        // Named by what web/ may use, so that a feature added later is covered without a change here.
        classes().that().resideInAPackage("uk.childstats.web..").should().onlyDependOnClassesThat(
                resideOutsideOfPackage("uk.childstats..").or(resideInAnyPackage("uk.childstats.web..",
                        "uk.childstats.figures..", "uk.childstats.data..", "uk.childstats.db.."))).check(CLASSES);
    }
}
