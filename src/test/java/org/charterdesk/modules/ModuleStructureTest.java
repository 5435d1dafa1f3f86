package org.charterdesk.modules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import org.charterdesk.CharterdeskApplication;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature packages are Spring Modulith modules: no cycles between them, and none reaches into another's
 * internals (only its top package and the sub-packages it names as interfaces). Screens read typed records that
 * the modules expose for them, never entities or repositories. The module diagrams are written to
 * target/spring-modulith-docs on every run.
 */
class ModuleStructureTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(CharterdeskApplication.class);
    private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.charterdesk");

    @Test
    void modulesKeepTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void screensUseNeitherEntitiesNorRepositories() {
        noClasses()
                .that()
                .resideInAPackage("org.charterdesk.workspace..")
                .should()
                .dependOnClassesThat()
                .areAnnotatedWith(Entity.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .because("screens read the typed records each module exposes for them")
                .check(MAIN_CLASSES);
    }

    /** The component diagrams and module canvases, and the overview drawn as a picture the README links to. */
    @Test
    void writesTheModuleDocumentation() throws IOException {
        Path folder = Path.of("target", "spring-modulith-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString())).writeDocumentation();
        String diagram = Files.readString(folder.resolve("components.puml"))
                .replaceFirst("@startuml", "@startuml\n!pragma layout smetana");
        Path picture = folder.resolve("components.svg");
        try (OutputStream out = Files.newOutputStream(picture)) {
            new SourceStringReader(diagram).outputImage(out, new FileFormatOption(FileFormat.SVG));
        }
        assertThat(Files.readString(picture))
                .contains("<svg")
                .contains("Complaints")
                .contains("Workspace");
    }
}
