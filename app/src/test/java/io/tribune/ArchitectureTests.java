package io.tribune;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ArchitectureTests {

    private final ApplicationModules modules = ApplicationModules.of(TribuneApplication.class);

    @Test
    void modulesDependOnEachOtherOneWayOnly() {
        modules.verify();
    }

    @Test
    void theFoundationModulesExist() {
        assertThat(modules.stream().map(ApplicationModule::getName))
                .contains("system", "editions", "publishing", "media");
    }

    @Test
    void publicSiteModulesStayBelowPublishing() {
        ApplicationModule editions = modules.getModuleByName("editions").orElseThrow();
        ApplicationModule media = modules.getModuleByName("media").orElseThrow();
        ApplicationModule publishing = modules.getModuleByName("publishing").orElseThrow();
        assertThat(editions.getBootstrapDependencies(modules).toList()).isEmpty();
        assertThat(media.getDirectDependencies(modules).contains(publishing)).isFalse();
    }

    /** Writes the module diagrams and canvases that docs/architecture.md links to. */
    @Test
    void writesModuleDocumentation() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("../docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        assertThat(new java.io.File("../docs/modules/components.puml")).exists();
    }
}
