package golive.arch;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "golive", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** The engine never touches JavaFX: only the UI (and Main, which launches it) may. */
    @ArchTest
    static final ArchRule engineIsFreeOfJavaFx = noClasses()
            .that().resideOutsideOfPackage("golive.ui..")
            .and().doNotHaveFullyQualifiedName("golive.Main")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    /** The guard is the engine's: views and commands ask launch/, never the other way round. */
    @ArchTest
    static final ArchRule launchDoesNotDependOnFrontEnds = noClasses()
            .that().resideInAPackage("golive.launch..")
            .should().dependOnClassesThat().resideInAnyPackage("golive.ui..", "golive.cli..", "golive.sync..");

    @ArchTest
    static final ArchRule storeDoesNotDependOnHigherLayers = noClasses()
            .that().resideInAPackage("golive.store..")
            .should().dependOnClassesThat().resideInAnyPackage("golive.ui..", "golive.cli..", "golive.sync..", "golive.launch..");
}
